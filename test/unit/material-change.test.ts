import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareVersions } from '../../src/evidence/material-change.js';
import { judgeMateriality, type VersionDifference } from '../../src/policy/material.js';
import { parseRegistryFile, serializeRegistryFile } from '../../src/registry/files.js';
import { defaultRegistryConfig, MaterialChangePolicy } from '../../src/registry/schemas.js';

const policy = (yaml: string) => MaterialChangePolicy.parse(parse(yaml) ?? {});
const diff = (over: Partial<VersionDifference>): VersionDifference => ({
  first: false,
  artifactChanged: true,
  dataChanged: false,
  parameters: [],
  metrics: [],
  ...over,
});

describe('materiality by the policy (dhow.yaml material-change)', () => {
  it.each([
    ['a first release, whatever the policy', diff({ first: true }), 'artifact: false\ndata: false\nparameters: []', true],
    ['a re-export (new artifact only), by default', diff({}), '', false],
    ['a re-export, when the policy counts artifacts', diff({}), 'artifact: true', true],
    ['other data, by default', diff({ dataChanged: true }), '', true],
    ['other data, when the policy does not count data', diff({ dataChanged: true }), 'data: false', false],
    ['any parameter, by default', diff({ parameters: ['epochs'] }), '', true],
    ['a parameter the policy does not list', diff({ parameters: ['epochs'] }), 'parameters: [base-model]', false],
    ['a parameter the policy lists', diff({ parameters: ['base-model', 'epochs'] }), 'parameters: [base-model]', true],
    ['a metric moving less than its limit', diff({ metrics: [{ name: 'accuracy', delta: 0.015 }] }), 'metrics: {accuracy: 0.02}', false],
    ['a metric falling by its limit or more', diff({ metrics: [{ name: 'accuracy', delta: -0.03 }] }), 'metrics: {accuracy: 0.02}', true],
    ['a metric one version lacks', diff({ metrics: [{ name: 'accuracy', delta: null }] }), 'metrics: {accuracy: 0}', false],
  ])('%s', (_, difference, yaml, material) => {
    expect(judgeMateriality(difference, policy(yaml)).material).toBe(material);
  });

  it('gives every reason the policy finds, in a stable order', () => {
    const verdict = judgeMateriality(
      diff({
        dataChanged: true,
        parameters: ['epochs', 'lr'],
        metrics: [
          { name: 'wer', delta: 0.05 },
          { name: 'accuracy', delta: -0.04 },
        ],
      }),
      policy('parameters: [lr]\nmetrics: {wer: 0.01, accuracy: 0.01}\nartifact: true'),
    );
    expect(verdict.reasons).toEqual([
      'trained on different data',
      'parameters changed: lr',
      "accuracy moved by -0.04 (the policy's limit is 0.01)",
      "wer moved by 0.05 (the policy's limit is 0.01)",
      'new artifact',
    ]);
  });

  it('refuses an unknown field or a negative limit in dhow.yaml, naming the file and the field', () => {
    const dhowYaml = (extra: string) => `${serializeRegistryFile(defaultRegistryConfig())}material-change:\n${extra}`;
    expect(() => parseRegistryFile('Registry', 'dhow.yaml', dhowYaml('  metrics: {accuracy: -1}\n'))).toThrow(/dhow\.yaml[\s\S]*material-change/);
    expect(() => parseRegistryFile('Registry', 'dhow.yaml', dhowYaml('  retrained: true\n'))).toThrow(/dhow\.yaml[\s\S]*material-change/);
    const config = parseRegistryFile('Registry', 'dhow.yaml', dhowYaml('  parameters: [epochs]\n  metrics: {accuracy: 0.02}\n'));
    expect(config['material-change']).toEqual({ data: true, parameters: ['epochs'], metrics: { accuracy: 0.02 }, artifact: false });
  });
});

/** Two version records as a registry holds them: v2 retrains v1 with epochs 3 -> 4 on the same data. */
const record = (version: string, epochs: number, accuracy: number, digest: string) =>
  parseRegistryFile(
    'ModelVersion',
    `models/m/versions/${version}.yaml`,
    `apiVersion: dhow.dev/v1
kind: ModelVersion
model: m
version: ${version}
artifact: {uri: s3://b/m/${version}, digest: "sha256:${digest.repeat(64)}"}
source: {}
data: {uri: s3://b/data, version: d1}
training: {mode: external}
parameters: {base-model: CAMeLBERT-mix, epochs: ${epochs}}
metrics: {accuracy: ${accuracy}}
serving: {}
created-by: noura
created-at: 2026-12-01T08:00:00Z
`,
  );

describe('the material-change record follows the policy', () => {
  const v1 = record('v1', 3, 0.912, 'a');
  const v2 = record('v2', 4, 0.927, 'b');
  const context = { model: 'm', environment: 'production', commit: 'c'.repeat(40), at: '2026-12-01T09:00:00Z' };

  it('flags the retraining by default: epochs changed', () => {
    const change = compareVersions(v2, v1, context);
    expect(change.material).toBe(true);
    expect(change.reasons).toEqual(['parameters changed: epochs']);
    // 0.927 - 0.912 by hand.
    expect(change.metrics).toEqual([{ name: 'accuracy', from: 0.912, to: 0.927, delta: 0.015 }]);
  });

  it('does not flag it when the policy counts only base-model and accuracy moves under 0.02', () => {
    const change = compareVersions(v2, v1, context, policy('parameters: [base-model]\nmetrics: {accuracy: 0.02}'));
    expect(change).toMatchObject({ material: false, reasons: [], parameters: [{ name: 'epochs', from: 3, to: 4 }] });
  });

  it('flags it when accuracy moves by at least the policy limit of 0.01', () => {
    const change = compareVersions(v2, v1, context, policy('parameters: []\nmetrics: {accuracy: 0.01}'));
    expect(change.material).toBe(true);
    expect(change.reasons).toEqual(["accuracy moved by 0.015 (the policy's limit is 0.01)"]);
  });
});
