import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { assertName, isValidName, kubernetesNameClashes, kubernetesNameTakenBy } from '../../src/registry/names.js';
import { versionPath } from '../../src/registry/paths.js';

describe('names that become paths', () => {
  it.each(['../x', 'a/b', '', 'A', '-x', '.x', 'a..b', 'x'.repeat(64), 'a b', 'a\\b', 'ü'])('refuses model name %j', (name) => {
    expect(isValidName('model', name)).toBe(false);
    expect(() => assertName('model', name)).toThrow(DhowError);
  });

  it.each(['a', 'arabic-dialect-id', 'v1.2.3', 'x'.repeat(63), '2026-11-22_rc1'])('accepts model and version name %j', (name) => {
    expect(isValidName('model', name)).toBe(true);
    expect(isValidName('version', name)).toBe(true);
  });

  it('keeps environments to label-safe names', () => {
    expect(isValidName('environment', 'production')).toBe(true);
    expect(isValidName('environment', 'prod-uae')).toBe(true);
    expect(isValidName('environment', 'prod.uae')).toBe(false);
    expect(isValidName('environment', 'prod-')).toBe(false);
  });

  it('names the field and file in the error', () => {
    expect(() => assertName('version', '../etc', { field: '--version', file: 'x.yaml' })).toThrow(/x\.yaml, field "--version"/);
  });

  it('never builds a path from an invalid segment', () => {
    expect(() => versionPath('m', '../../dhow')).toThrow(DhowError);
    expect(versionPath('m', 'v1')).toBe('models/m/versions/v1.yaml');
  });

  it.each(['m.lock', 'm.', 'm_', 'm-', 'v3.lock', 'a.b.lock'])('refuses %j, which git or Kubernetes would refuse later', (name) => {
    expect(isValidName('model', name)).toBe(false);
    expect(isValidName('version', name)).toBe(false);
  });

  it('says the limit of an environment name is 32 characters', () => {
    expect(() => assertName('environment', 'e'.repeat(64))).toThrow(/longer than 32 characters/);
    expect(() => assertName('environment', 'e'.repeat(33))).toThrow(/longer than 32 characters/);
    expect(isValidName('environment', 'e'.repeat(32))).toBe(true);
  });

  // The oracles are git itself (check-ref-format) and Kubernetes' documented label-value syntax
  // (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).
  const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
  const gitAccepts = (ref: string) => {
    try {
      execFileSync('git', ['check-ref-format', ref], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const corpus = [
    'a',
    'm.lock',
    'm.',
    'm_',
    'm-',
    'v3.lock',
    'x.lockx',
    'a.b',
    'a_b',
    '1abc',
    'a-',
    'a.',
    'lock',
    '.lock',
    'v1.2.3',
    'a@b',
    'a{b',
    'a~b',
    'a^b',
    'a:b',
    'a?b',
    'a*b',
    'a[b',
  ];
  it.each(corpus)('a name it accepts (%j) is a valid branch segment and Kubernetes label value', (name) => {
    if (!isValidName('model', name)) return expect(isValidName('version', name)).toBe(false);
    expect(gitAccepts(`refs/heads/dhow/promote/production/${name}`)).toBe(true);
    expect(gitAccepts(`refs/heads/dhow/revert/production/m/${name}`)).toBe(true);
    expect(LABEL_VALUE.test(name) && name.length <= 63).toBe(true);
  });

  it('finds the models that would deploy as the same Kubernetes object (issue 11.5)', () => {
    const clashes = kubernetesNameClashes(['fraud.detect', 'fraud-detect', 'fraud_detect', '1abc', 'm-1abc', 'churn']);
    expect(Object.fromEntries(clashes)).toEqual({
      'fraud-detect': ['fraud-detect', 'fraud.detect', 'fraud_detect'],
      'm-1abc': ['1abc', 'm-1abc'],
    });
    expect(kubernetesNameTakenBy('fraud_detect', ['churn', 'fraud.detect'])).toBe('fraud.detect');
    expect(kubernetesNameTakenBy('fraud.detect', ['fraud.detect'])).toBeNull();
    expect(kubernetesNameTakenBy('churn2', ['churn'])).toBeNull();
  });
});
