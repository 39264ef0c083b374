/**
 * A registry with dialect-id@1.4.0 live in production (its record carries metrics and gate results) and
 * a workspace with evaluation files, for the gate CLI, action and demo tests.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { initRegistry } from '../../src/forge/local.js';
import { RegistryConfig } from '../../src/registry/schemas.js';

export const DIGEST = `sha256:${'1'.repeat(64)}`;

export interface GateWorld {
  registry: string;
  workspace: string;
}

export function draft(version: string, metrics: Record<string, number>, over: Record<string, unknown> = {}): string {
  return stringify({
    apiVersion: 'dhow.dev/v1',
    kind: 'ModelVersion',
    model: 'dialect-id',
    version,
    artifact: { uri: `s3://doha-models/dialect-id/${version}/model.onnx`, digest: DIGEST },
    data: { uri: 'https://qatardata.blob.core.windows.net/eval/v3/' },
    training: { mode: 'kubernetes', cluster: 'gpu-doha-1' },
    metrics,
    'created-by': 'ci',
    'created-at': '2026-11-22T08:00:00Z',
    ...over,
  });
}

export async function gateWorld(options: { productionPolicy?: string; modelPolicy?: string } = {}): Promise<GateWorld> {
  const root = await mkdtemp(join(tmpdir(), 'dhow-gates-'));
  const registry = join(root, 'registry');
  const workspace = join(root, 'work');
  await mkdir(workspace);
  const config = RegistryConfig.parse({
    apiVersion: 'dhow.dev/v1',
    kind: 'Registry',
    environments: [
      { name: 'staging', approvals: 0 },
      { name: 'production', approvals: 1, ...(options.productionPolicy ? { 'gate-policy': 'policies/production-gates.yaml' } : {}) },
    ],
    ...(options.modelPolicy ? { models: { 'dialect-id': { 'gate-policy': 'policies/dialect-id-gates.yaml' } } } : {}),
    residency: {
      'allowed-regions': ['me-central-1', 'qatarcentral'],
      locations: [
        { prefix: 's3://doha-models/', region: 'me-central-1' },
        { prefix: 'https://qatardata.blob.core.windows.net/', region: 'qatarcentral' },
      ],
      clusters: { 'gpu-doha-1': 'qatarcentral' },
    },
  });
  const forge = await initRegistry(registry, config);
  const head = (await forge.branchHead('main'))!;
  const live = draft(
    '1.4.0',
    { accuracy: 0.86 },
    {
      gates: {
        verdict: 'pass',
        'policy-digest': DIGEST,
        summary: [{ gate: 'latency-p99', metric: 'p99', verdict: 'pass', value: 120, threshold: 300, baseline: null }],
      },
    },
  );
  const changes = [
    { path: 'models/dialect-id/model.yaml', content: stringify({ apiVersion: 'dhow.dev/v1', kind: 'Model', name: 'dialect-id', language: ['ar'] }) },
    { path: 'models/dialect-id/versions/1.4.0.yaml', content: live },
    {
      path: 'releases/production/dialect-id.yaml',
      content: stringify({
        apiVersion: 'dhow.dev/v1',
        kind: 'Release',
        model: 'dialect-id',
        environment: 'production',
        version: '1.4.0',
        digest: DIGEST,
        'promoted-by': 'ops',
        'promoted-at': '2026-11-01T08:00:00Z',
      }),
    },
  ];
  if (options.modelPolicy) changes.push({ path: 'policies/dialect-id-gates.yaml', content: options.modelPolicy });
  if (options.productionPolicy) changes.push({ path: 'policies/production-gates.yaml', content: options.productionPolicy });
  await forge.commitFiles({ branch: 'main', expectedHead: head, changes, message: 'dialect-id 1.4.0 in production' });

  // Evaluation outputs. WER by hand: on normalized Arabic, segment 1 matches (diacritics, إ -> ا) and
  // segment 2 misses one of 4 reference words: 1 / (3 + 4) = 0.142857...; on raw text 6 / 7.
  await writeFile(
    join(workspace, 'transcripts.jsonl'),
    [
      { hypothesis: 'ذهبت الى المدرسة', reference: 'ذَهَبْتُ إلى المدرسة' },
      { hypothesis: 'انا احب القراءه', reference: 'أنا أحب القراءة كثيرا' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n') + '\n',
  );
  // Fairness by hand: selection rate gulf 2/4, msa 3/4 -> demographic parity difference 0.25; TPR gulf 1/2,
  // msa 2/2 and FPR 1/2 both -> equalized odds difference 0.5; accuracy (2 + 3) / 8 = 0.625.
  await writeFile(
    join(workspace, 'predictions.csv'),
    'dialect,label,prediction\r\ngulf,1,1\r\ngulf,0,1\r\ngulf,1,0\r\ngulf,0,0\r\nmsa,1,1\r\nmsa,0,0\r\nmsa,1,1\r\nmsa,0,1\r\n',
  );
  // 1..100 ms: nearest-rank p99 is the 99th smallest = 99, p50 the 50th = 50.
  await writeFile(join(workspace, 'latencies.txt'), Array.from({ length: 100 }, (_, i) => `${i + 1}`).join('\n') + '\n');
  return { registry, workspace };
}

export const POLICY = `apiVersion: dhow.dev/v1
kind: GatePolicy
gates:
  - name: accuracy
    metric: accuracy
    source: { kind: candidate }
    threshold: 0.8
    min-absolute-change: 0.01
    greater-is-better: true
  - name: dialect-parity
    metric: demographic_parity_difference
    source: { kind: fairness, input: predictions.csv, label: label, prediction: prediction, group: dialect, positive-label: 1 }
    threshold: 0.3
    greater-is-better: false
  - name: equalized-odds
    metric: equalized_odds_difference
    source: { kind: fairness, input: predictions.csv, label: label, prediction: prediction, group: dialect, positive-label: 1 }
    threshold: 0.6
    greater-is-better: false
    severity: warn
  - name: wer
    metric: wer
    source: { kind: text, input: transcripts.jsonl, normalize: arabic }
    threshold: 0.2
    greater-is-better: false
  - name: mojibake
    metric: mojibake
    source: { kind: arabic-data, input: transcripts.jsonl }
    threshold: 0
    greater-is-better: false
  - name: latency-p99
    metric: p99
    source: { kind: latency, file: latencies.txt }
    threshold: 250
    greater-is-better: false
    min-samples: 50
  - name: residency
    metric: residency-violations
    source: { kind: residency }
`;
