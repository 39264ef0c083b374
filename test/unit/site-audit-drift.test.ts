/**
 * The site's audit log and drift section on a snapshot built by hand (no git): gate attempts become audit
 * rows naming the commit that recorded each, and a drift revert shows its alert, hold and report.
 */
import { describe, expect, it } from 'vitest';
import type { RegistrySnapshot } from '../../src/evidence/snapshot.js';
import { defaultRegistryConfig, type GateAttempt, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';
import { buildSite } from '../../src/site/build.js';

const sha = (c: string) => c.repeat(40);
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const version = (v: string, accuracy: number): VersionRecord => ({
  apiVersion: 'dhow.dev/v1',
  kind: 'ModelVersion',
  model: 'm',
  version: v,
  artifact: { uri: `s3://b/m/${v}`, digest: digest(v === 'v1' ? 'a' : 'b') },
  source: {},
  data: {},
  training: { mode: 'external' },
  parameters: {},
  metrics: { accuracy },
  serving: {},
  'created-by': 'noura',
  'created-at': v === 'v1' ? '2026-12-01T08:00:00Z' : '2026-12-01T09:00:00Z',
});
const attempt = (verdict: 'pass' | 'fail', value: number, at: string): GateAttempt => ({
  verdict,
  'policy-digest': digest('c'),
  summary: [{ gate: 'accuracy', metric: 'accuracy', verdict, value, threshold: 0.9 }],
  'run-url': 'https://github.com/acme/m/actions/runs/7',
  'recorded-by': 'ci-bot',
  'recorded-at': at,
});
const release = (v: string, over: Partial<ReleaseFile> = {}): ReleaseFile => ({
  apiVersion: 'dhow.dev/v1',
  kind: 'Release',
  model: 'm',
  environment: 'staging',
  version: v,
  digest: digest(v === 'v1' ? 'a' : 'b'),
  holds: [],
  'promoted-by': 'noura',
  'promoted-at': '2026-12-01T10:00:00Z',
  ...over,
});

const promoted = release('v2');
const reverted = release('v1', {
  'revert-of': 'v2',
  holds: [{ version: 'v2', reason: 'drift', by: 'dhow-bridge', at: '2026-12-01T11:00:00Z', alert: 'feed42' }],
});
const REPORT = 'v2 drifts in staging (alert feed42).\nBack to v1.\n\nانحراف في البيانات';
const snapshot: RegistrySnapshot = {
  commit: sha('f'),
  config: defaultRegistryConfig(),
  models: [
    {
      name: 'm',
      file: { apiVersion: 'dhow.dev/v1', kind: 'Model', name: 'm', owners: ['noura'], language: ['ar'] } as RegistrySnapshot['models'][number]['file'],
      versions: [version('v1', 0.91), version('v2', 0.88)],
      environments: [
        {
          environment: 'staging',
          release: reverted,
          history: [
            {
              commit: sha('1'),
              date: '2026-12-01T10:00:00Z',
              author: 'noura',
              subject: 'Promote m v2 to staging',
              body: '',
              trailers: {},
              release: promoted,
              before: null,
            },
            {
              commit: sha('2'),
              date: '2026-12-01T11:00:00Z',
              author: 'dhow-bridge',
              subject: 'revert(staging): m v2 -> v1 on drift alert',
              body: `${REPORT}\n\nDhow-Alert: feed42\nRevert-Of: v2`,
              trailers: { 'Dhow-Alert': 'feed42', 'Revert-Of': 'v2' },
              release: reverted,
              before: promoted,
            },
          ],
        },
      ],
      gates: {
        v1: {},
        v2: {
          staging: {
            apiVersion: 'dhow.dev/v1',
            kind: 'GateEvidence',
            model: 'm',
            version: 'v2',
            environment: 'staging',
            attempts: [attempt('fail', 0.85, '2026-12-01T09:10:00Z'), attempt('pass', 0.92, '2026-12-01T09:20:00Z')],
          },
        },
      },
      gateCommits: { v1: {}, v2: { staging: [sha('3'), sha('4')] } },
    },
  ],
};

describe('the site of a registry with gate evidence and a drift revert', () => {
  it('lists each gate attempt in the audit log with the commit that recorded it', async () => {
    const audit = (await buildSite(snapshot)).get('audit.html')!;
    const rows = [...audit.matchAll(/<tr data-event="gate-attempt"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`<code title="${sha('3')}">`);
    expect(rows[0]).toContain('fail: attempt 1 of 2 in gates/staging/m/v2.yaml');
    expect(rows[1]).toContain(`<code title="${sha('4')}">`);
    expect(rows[1]).toContain('pass: attempt 2 of 2');
    expect(audit).toContain('<option>gate-attempt</option>');
  });

  it('shows the drift alert, what it went back to, the hold and the report without its trailers', async () => {
    const page = (await buildSite(snapshot)).get('models/m.html')!;
    const drift = /<section aria-labelledby="drift">[\s\S]*?<\/section>/.exec(page)![0];
    const row = /<tr data-env="staging">([\s\S]*?)<\/tr>/.exec(drift)![1]!;
    const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(cells.slice(0, 6)).toEqual(['2026-12-01T11:00:00Z', 'staging', 'feed42', 'v2', 'v1', 'v2']);
    expect(cells[6]).toBe(REPORT);
    expect(row).not.toContain('Dhow-Alert');
  });

  it('charts the gate value against its threshold in staging, with the values in its text alternative', async () => {
    const page = (await buildSite(snapshot)).get('models/m.html')!;
    const label = /<svg role="img" tabindex="0" aria-label="(Gate values against thresholds in staging[^"]*)"/.exec(page)![1]!;
    // The last attempt counts: v2 0.92 against 0.9, passing.
    expect(label).toContain('accuracy in 1 version, v2 0.92 (threshold 0.9, pass); none failed');
    expect(page).not.toContain('<script');
  });

  it('gives the same bytes when built twice in one process', async () => {
    const [a, b] = [await buildSite(snapshot), await buildSite(snapshot)];
    expect([...b]).toEqual([...a]);
  });
});
