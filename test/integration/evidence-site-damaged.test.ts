/**
 * `dhow evidence` and `dhow site` on a registry someone damaged by hand: each names the damaged file (and the
 * field), gives no stack trace and builds nothing: an earlier pack or site stays as it was, and no new folder
 * appears, not even a temporary one. (evidence-site.test.ts covers a version record that breaks its schema.)
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { commitOnMain } from '../support/evidence-registry.js';
import { promoteAndMerge, register, tempDir, tempRegistry } from '../support/registry.js';

const gitOut = (registry: string, args: string[]) => execFileSync('git', ['--git-dir', registry, ...args]).toString();

/** A passing gate report for m v1 in dev with one accuracy gate, as `dhow gate --report` writes it. */
const GATE_REPORT = {
  apiVersion: 'dhow.dev/v1',
  kind: 'GateReport',
  verdict: 'pass',
  blocked: false,
  'policy-digest': `sha256:${'a'.repeat(64)}`,
  'policy-files': ['gates.yaml'],
  candidate: { file: 'candidate.yaml', model: 'm', version: 'v1' },
  environment: 'dev',
  'baseline-version': null,
  'generated-at': '2026-11-20T10:00:00Z',
  gates: [
    {
      name: 'accuracy',
      metric: 'accuracy',
      source: 'candidate',
      severity: 'block',
      verdict: 'pass',
      blocking: false,
      value: 0.91,
      threshold: 0.85,
      'min-absolute-change': null,
      'min-relative-change': null,
      'greater-is-better': true,
      baseline: null,
      samples: null,
      'min-samples': null,
      reasons: [],
      details: {},
    },
  ],
};

describe('dhow evidence and dhow site on a hand-damaged registry', () => {
  // Each a hand edit a person could commit; none may give a stack trace, echo the file or build half a pack or site.
  const DAMAGES: { what: string; path: string; edit: (text: string) => string; error: RegExp }[] = [
    {
      what: 'malformed YAML in a version record',
      path: 'models/m/versions/v1.yaml',
      edit: (text) => text.replace(/^metrics:.*$/m, 'metrics: {accuracy: [0.9'),
      error: /^dhow (evidence|site): models\/m\/versions\/v1\.yaml:\d+: malformed YAML/,
    },
    {
      what: 'a release naming a version the registry does not hold',
      path: 'releases/dev/m.yaml',
      edit: (text) => text.replace(/^version: v1$/m, 'version: v9'),
      error: /^dhow (evidence|site): releases\/dev\/m\.yaml, field "version": names m v9, which models\/m\/versions\/v9\.yaml does not hold/,
    },
    {
      what: 'a gates file with a value of the wrong type',
      path: 'gates/dev/m/v1.yaml',
      edit: (text) => text.replace(/^( +)value: .*$/m, '$1value: fast'),
      error: /^dhow (evidence|site): gates\/dev\/m\/v1\.yaml(:\d+)?, field "attempts\.0\.summary\.0\.value": /,
    },
  ];
  for (const damage of DAMAGES) {
    it(`names the file of ${damage.what}, and neither command builds anything`, async () => {
      const reg = await tempRegistry();
      const report = join(await tempDir(), 'report.json');
      await writeFile(report, JSON.stringify(GATE_REPORT));
      expect((await register(reg, 'm', 'v1', ['--gate-report', report, '--environment', 'dev'])).code).toBe(0);
      await promoteAndMerge(reg, 'm', 'v1', 'dev');
      const parent = await tempDir();
      const [pack, site] = [join(parent, 'pack'), join(parent, 'site')];
      expect((await dhow(['evidence', '--registry', reg, '--out', pack])).code).toBe(0);
      expect((await dhow(['site', '--registry', reg, '--out', site])).code).toBe(0);
      const before = await Promise.all([readFile(join(pack, 'manifest.json'), 'utf8'), readFile(join(site, 'models', 'm.html'), 'utf8')]);
      const text = gitOut(reg, ['show', `main:${damage.path}`]);
      const damaged = damage.edit(text);
      expect(damaged).not.toBe(text);
      await commitOnMain(reg, damage.path, damaged, 'hand edit', '2026-12-01T00:00:00Z');
      for (const [command, out] of [
        ['evidence', pack],
        ['site', site],
        ['evidence', join(parent, 'fresh-pack')],
        ['site', join(parent, 'fresh-site')],
      ] as const) {
        const run = await dhow([command, '--registry', reg, '--out', out]);
        expect(run.code, `${command} ${out}`).toBe(1);
        expect(run.stderr).toMatch(damage.error);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(run.stdout).toBe('');
      }
      // The earlier output as it was, and no new folder, not even a temporary one.
      expect([await readFile(join(pack, 'manifest.json'), 'utf8'), await readFile(join(site, 'models', 'm.html'), 'utf8')]).toEqual(before);
      expect((await readdir(parent)).sort()).toEqual(['pack', 'site']);
    });
  }
});
