/**
 * End to end with the real servers: `dhow drift --serve` computes the drift of production data that really
 * drifts (first 1 of 4 columns shifted: share 0.25, no alert; then the file changes and 3 of 4 drift: 0.75),
 * Prometheus scrapes it (1 s), its alert rule fires,
 * Alertmanager routes the alert to the dhow bridge (bearer token), and the bridge runs the revert on a
 * local registry. Production must go back to the last known good version in exactly one commit;
 * Alertmanager's repeats and a bridge restart change nothing more; a newer promotion is never undone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from '../../src/http/log.js';
import { startDriftServer, type DriftServer } from '../../src/drift/serve.js';
import { startBridge, type Bridge, type Deliver } from '../../src/bridge/server.js';
import { executeRevert } from '../../src/revert/execute.js';
import {
  ALERTMANAGER_BIN,
  bridgeRoute,
  driftRule,
  freePort,
  PROMETHEUS_BIN,
  requireBinary,
  startAlertmanager,
  startPrometheus,
  type RunningServer,
} from '../support/monitoring.js';
import { driftCsv, replaceFile } from '../support/drift-data.js';
import { createRevertRegistry, MODEL, PRODUCTION, type RevertRegistry } from '../support/revert-fixture.js';

const TOKEN = 'e2e-bridge-token-5d8a1c';

let registry: RevertRegistry | undefined;
let data: string | undefined;
let drift: DriftServer | undefined;
let alertmanager: RunningServer | undefined;
let prometheus: RunningServer | undefined;
let bridge: Bridge | undefined;
const deliveries: Array<{ at: number; fingerprint: string; result: string }> = [];
let logs = '';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

async function until(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}\ndeliveries: ${JSON.stringify(deliveries)}\n` +
          `alertmanager:\n${alertmanager?.output()}\nprometheus:\n${prometheus?.output()}\nbridge:\n${logs.slice(-4000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** dhow_drift_share{model,environment,version} as Prometheus has it now (its HTTP query API). */
async function queryShare(): Promise<number | undefined> {
  const query = `dhow_drift_share{model="${MODEL}",environment="${PRODUCTION}",version="1.4.0"}`;
  const response = await fetch(`${prometheus!.url}/api/v1/query?query=${encodeURIComponent(query)}`);
  const body = (await response.json()) as { data: { result: Array<{ value: [number, string] }> } };
  const sample = body.data.result[0];
  return sample === undefined ? undefined : Number(sample.value[1]);
}

const revertCommits = async () => (await registry!.commits()).filter((c) => c.trailers['Revert-Of']);
const productionVersion = async () => (await registry!.release())?.version;

beforeAll(async () => {
  registry = await createRevertRegistry({ mode: 'direct' });
  for (const v of ['1.3.0', '1.4.0', '1.5.0']) await registry.register(v);
  await registry.deploy('1.3.0', minutesAgo(60));
  await registry.deploy('1.4.0', minutesAgo(5));
  // The production sample of 1.4.0 against its reference: at first only column d is shifted (share 0.25).
  data = await mkdtemp(join(tmpdir(), 'dhow-e2e-drift-'));
  await writeFile(join(data, 'reference.csv'), driftCsv());
  await writeFile(join(data, 'production.csv'), driftCsv({ shifted: ['d'] }));
  drift = await startDriftServer({
    target: { model: MODEL, environment: PRODUCTION, version: '1.4.0' },
    drift: { reference: join(data, 'reference.csv'), current: join(data, 'production.csv') },
    intervalMs: 60_000,
    pollMs: 200,
    logger: jsonLogger(new Writable({ write: (chunk, _encoding, done) => void ((logs += chunk), done()) })),
  });
});

afterAll(async () => {
  await Promise.allSettled([prometheus?.stop(), alertmanager?.stop(), bridge?.close(), drift?.close()]);
  await registry?.cleanup();
  if (data) await rm(data, { recursive: true, force: true });
});

const deliver: Deliver = async (alert) => {
  try {
    const outcome = await executeRevert(registry!.forge, alert, { by: 'dhow-bridge' });
    deliveries.push({ at: Date.now(), fingerprint: alert.fingerprint, result: outcome.outcome });
    return `${outcome.outcome}: ${outcome.message}`;
  } catch (error) {
    deliveries.push({ at: Date.now(), fingerprint: alert.fingerprint, result: `error: ${(error as Error).message}` });
    throw error;
  }
};

async function openBridge(port: number) {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs += chunk;
      done();
    },
  });
  bridge = await startBridge({ port, auth: { token: TOKEN }, deliver, logger: jsonLogger(sink), alertNames: ['ModelDataDrift'] });
}

describe('drift alert -> Prometheus -> Alertmanager -> bridge -> revert (real servers)', () => {
  it('reverts production exactly once, through repeats, a bridge restart and a newer promotion', { timeout: 240_000 }, async () => {
    // Missing servers fail this test with a message saying how to install them; never a skip.
    requireBinary(PROMETHEUS_BIN);
    requireBinary(ALERTMANAGER_BIN);
    const port = await freePort();
    await openBridge(port);
    alertmanager = await startAlertmanager(bridgeRoute(`http://127.0.0.1:${port}`, TOKEN));
    prometheus = await startPrometheus({ targets: [new URL(drift!.url).host], rules: driftRule(), alertmanager: `127.0.0.1:${alertmanager.port}` });

    // 0. Prometheus holds the share dhow computed: 1 of 4 columns drifted (KS p = 2 / C(80, 40)), below 0.5,
    //    so nothing fires; then the production sample changes on disk and 3 of 4 columns drift.
    await until('Prometheus to hold dhow_drift_share', 15_000, async () => (await queryShare()) !== undefined);
    expect(await queryShare()).toBe(0.25);
    await new Promise((r) => setTimeout(r, 3000)); // three evaluations and Alertmanager's group_wait
    expect(deliveries).toEqual([]);
    await replaceFile(join(data!, 'production.csv'), driftCsv({ shifted: ['b', 'c', 'd'] }));
    await until('Prometheus to hold the new share', 15_000, async () => (await queryShare()) === 0.75);

    // 1. The alert fires and production goes back to 1.3.0, in exactly one commit.
    await until('production back on 1.3.0', 25_000, async () => (await productionVersion()) === '1.3.0');
    const [revert, ...more] = await revertCommits();
    expect(more).toEqual([]);
    expect(revert!.trailers).toMatchObject({ 'Revert-Of': '1.4.0', 'Dhow-Version': '1.3.0', 'Dhow-Environment': PRODUCTION });
    expect(revert!.trailers['Dhow-Alert']).toMatch(/^[0-9a-f]{16}$/); // Alertmanager's fingerprint
    const holds = (await registry!.release())!.holds;
    expect(holds.map((h) => [h.version, h.alert])).toEqual([['1.4.0', revert!.trailers['Dhow-Alert']]]);
    // The alert Alertmanager holds carries the computed share in its summary (the rule's {{ $value }}).
    const alerts = (await (await fetch(`${alertmanager.url}/api/v2/alerts`)).json()) as Array<{
      labels: Record<string, string>;
      annotations: Record<string, string>;
    }>;
    expect(alerts.map((a) => [a.labels.alertname, a.labels.version, a.annotations.summary])).toEqual([
      ['ModelDataDrift', '1.4.0', `${MODEL} 1.4.0 drifts in ${PRODUCTION}: share 0.75`],
    ]);

    // 2. Alertmanager keeps repeating the still-firing alert; the bridge restarts in the middle.
    const reverted = deliveries.length;
    await until('a repeated notification', 10_000, async () => deliveries.length > reverted);
    await bridge!.close();
    await new Promise((r) => setTimeout(r, 2500)); // Alertmanager's deliveries fail meanwhile and are retried
    const beforeRestart = deliveries.length;
    await openBridge(port);
    await until('two deliveries after the restart', 15_000, async () => deliveries.length >= beforeRestart + 2);
    expect(deliveries.slice(reverted).map((d) => d.result)).toEqual(deliveries.slice(reverted).map(() => 'nothing'));
    expect(await revertCommits()).toHaveLength(1);
    expect(await productionVersion()).toBe('1.3.0');

    // 3. A person promotes 1.5.0 after the alert; the alert about 1.4.0 still fires; 1.5.0 stays.
    await registry!.deploy('1.5.0', new Date().toISOString());
    const afterPromotion = deliveries.length;
    await until('two deliveries after the new promotion', 15_000, async () => deliveries.length >= afterPromotion + 2);
    expect(await productionVersion()).toBe('1.5.0');
    expect(await revertCommits()).toHaveLength(1);
    expect(deliveries.filter((d) => d.result === 'reverted')).toHaveLength(1);
    expect(deliveries.filter((d) => d.result.startsWith('error'))).toEqual([]);
  });
});
