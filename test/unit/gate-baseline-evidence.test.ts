/**
 * The baseline a candidate is compared with is what the live version passed in the target environment: its
 * gate evidence there (gates/<env>/<model>/<version>.yaml, the last attempt), else its record's `gates`
 * (registries older than gates/). Before, only the record was read, so a version registered with per-
 * environment evidence had no gate baselines at all.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareGates, type GateRegistry } from '../../src/gates/run.js';
import { GateEvidenceFile, RegistryConfig, ReleaseFile, VersionRecord } from '../../src/registry/schemas.js';

const DIGEST = `sha256:${'2'.repeat(64)}`;
const config = RegistryConfig.parse({
  apiVersion: 'dhow.dev/v1',
  kind: 'Registry',
  environments: [
    { name: 'staging', approvals: 0 },
    { name: 'production', approvals: 1 },
  ],
});
const row = (value: number) => ({ gate: 'latency-p99', metric: 'latency_p99_ms', verdict: 'pass' as const, value, threshold: 500 });
const results = (value: number) => ({ verdict: 'pass' as const, 'policy-digest': DIGEST, summary: [row(value)] });
const record = (gates?: ReturnType<typeof results>) =>
  VersionRecord.parse({
    apiVersion: 'dhow.dev/v1',
    kind: 'ModelVersion',
    model: 'm',
    version: '1.0.0',
    artifact: { uri: 's3://b/m/1.0.0/model.onnx', digest: DIGEST },
    metrics: { accuracy: 0.9 },
    ...(gates ? { gates } : {}),
    'created-by': 'ci',
    'created-at': '2026-11-01T00:00:00Z',
  });
const release = ReleaseFile.parse({
  apiVersion: 'dhow.dev/v1',
  kind: 'Release',
  model: 'm',
  environment: 'production',
  version: '1.0.0',
  digest: DIGEST,
  'promoted-by': 'sara',
  'promoted-at': '2026-11-02T00:00:00Z',
});
const evidence = (env: string, ...values: number[]) =>
  GateEvidenceFile.parse({
    apiVersion: 'dhow.dev/v1',
    kind: 'GateEvidence',
    model: 'm',
    version: '1.0.0',
    environment: env,
    attempts: values.map((v, i) => ({ ...results(v), 'recorded-by': 'ci', 'recorded-at': `2026-11-0${i + 1}T00:00:00Z` })),
  });

/** A registry port over fixed files (the port run.ts declares; no project module is patched). */
function registry(rec: VersionRecord, files: GateEvidenceFile[]): GateRegistry {
  return {
    config: async () => config,
    release: async (environment, model) => (environment === 'production' && model === 'm' ? release : null),
    version: async (model, version) => (model === 'm' && version === '1.0.0' ? rec : null),
    readText: async () => null,
    gateEvidence: async (environment, model, version) => files.find((f) => f.environment === environment && f.model === model && f.version === version) ?? null,
  };
}

async function liveGateValues(reg: GateRegistry): Promise<Record<string, number> | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-baseline-'));
  await writeFile(
    join(dir, 'gates.yaml'),
    'apiVersion: dhow.dev/v1\nkind: GatePolicy\ngates:\n  - name: accuracy\n    metric: accuracy\n    source: { kind: candidate }\n    threshold: 0.5\n    greater-is-better: true\n',
  );
  await writeFile(join(dir, 'candidate.json'), JSON.stringify({ model: 'm', version: '1.1.0', metrics: { accuracy: 0.91 } }));
  const setup = await prepareGates({
    policyFile: 'gates.yaml',
    candidateFile: 'candidate.json',
    registry: reg,
    environment: 'production',
    model: 'm',
    cwd: dir,
    env: {},
  });
  return setup.live?.gateValues;
}

describe("the live version's gate baselines", () => {
  it("come from its evidence in the target environment, the last attempt, not another environment's", async () => {
    // staging recorded 310 ms; production failed once at 640 ms, then passed at 280 ms: 280 counts.
    expect(await liveGateValues(registry(record(), [evidence('staging', 310), evidence('production', 640, 280)]))).toEqual({ 'latency-p99': 280 });
  });

  it("fall back to the record's gates in a registry older than gates/", async () => {
    expect(await liveGateValues(registry(record(results(350)), []))).toEqual({ 'latency-p99': 350 });
  });

  it('are empty when the live version has neither', async () => {
    expect(await liveGateValues(registry(record(), [evidence('staging', 310)]))).toEqual({});
  });
});
