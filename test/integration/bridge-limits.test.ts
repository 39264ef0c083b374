/**
 * The bridge's limits as `dhow bridge` flags and environment variables: bad values are refused naming the
 * flag or the variable before anything starts, and the values given are the ones a running bridge enforces
 * and publishes in /metrics (dhow_bridge_limit).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { freePort } from '../support/monitoring.js';
import { createRevertRegistry, type RevertRegistry } from '../support/revert-fixture.js';

const root = new URL('../..', import.meta.url).pathname;
const TOKEN = 'bridge-limits-token-5c1d';
const NO_CREDENTIALS = { DHOW_BRIDGE_TOKEN: '', DHOW_BRIDGE_HMAC_SECRET: '' };

describe('dhow bridge limit flags', () => {
  it.each([
    [['--max-body-bytes', '1023'], {}, 'dhow bridge: --max-body-bytes must be an integer >= 1024'],
    [['--max-body-bytes', '67108865'], {}, 'dhow bridge: --max-body-bytes must be at most 67108864'],
    [['--max-unauthenticated-body-bytes', '1e6'], {}, 'dhow bridge: --max-unauthenticated-body-bytes must be an integer >= 1024'],
    [['--max-deliveries', '0'], {}, 'dhow bridge: --max-deliveries must be an integer >= 1'],
    [['--max-deliveries', '257'], {}, 'dhow bridge: --max-deliveries must be at most 256'],
    [['--max-connections=-3'], {}, 'dhow bridge: --max-connections must be an integer >= 1'],
    [['--max-alerts', '2.5'], {}, 'dhow bridge: --max-alerts must be an integer >= 1'],
    [['--max-alerts', '100001'], {}, 'dhow bridge: --max-alerts must be at most 100000'],
    [[], { DHOW_BRIDGE_MAX_DELIVERIES: 'many' }, 'dhow bridge: $DHOW_BRIDGE_MAX_DELIVERIES must be an integer >= 1'],
    [[], { DHOW_BRIDGE_MAX_ALERTS: '0' }, 'dhow bridge: $DHOW_BRIDGE_MAX_ALERTS must be an integer >= 1'],
    [
      ['--max-body-bytes', '2048', '--max-unauthenticated-body-bytes', '4096'],
      {},
      'dhow bridge: --max-unauthenticated-body-bytes (4096) must not exceed --max-body-bytes (2048)',
    ],
  ])('%j with %j is refused before anything starts: %s', async (args, env, message) => {
    const run = await dhow(['bridge', ...args], { env: { ...NO_CREDENTIALS, ...env } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
    expect(run.stdout).toBe('');
  });

  it('takes a flag over its environment variable', async () => {
    // The flag is valid, so the run goes on to the missing credentials: the bad variable was never read.
    const run = await dhow(['bridge', '--max-alerts', '5'], { env: { ...NO_CREDENTIALS, DHOW_BRIDGE_MAX_ALERTS: 'nonsense' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('never accepts unauthenticated alerts');
  });
});

describe('a bridge started with limits', () => {
  let registry: RevertRegistry;
  let child: ChildProcess | undefined;
  let url = '';
  let stderr = '';

  beforeAll(async () => {
    registry = await createRevertRegistry();
    const port = await freePort();
    const args = ['--listen', `127.0.0.1:${port}`, '--forge', 'local', '--registry', registry.dir];
    const limits = ['--max-alerts', '2', '--max-body-bytes', '4096', '--max-unauthenticated-body-bytes', '2048', '--max-connections', '7'];
    child = spawn(process.execPath, [`${root}bin/dhow.js`, 'bridge', ...args, ...limits], {
      env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_BRIDGE_TOKEN: TOKEN, DHOW_BRIDGE_MAX_DELIVERIES: '3', DHOW_BRIDGE_MAX_CONNECTIONS: '99' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (c) => (stderr += c));
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (c) => String(c).includes('listening') && resolve());
      child!.once('exit', (code) => reject(new Error(`the bridge exited with ${code}:\n${stderr}`)));
    });
    url = `http://127.0.0.1:${port}`;
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await registry?.cleanup();
  });

  const alert = (i: number) => ({
    status: 'firing',
    labels: { alertname: 'ModelDataDrift', model: 'arabic-sentiment', environment: 'production', version: `1.${i}.0` },
    annotations: {},
    startsAt: '2026-11-22T09:00:00Z',
    fingerprint: `f${i}`,
  });
  const notification = (alerts: unknown[]) => ({ version: '4', groupKey: 'g', status: 'firing', receiver: 'dhow', alerts });
  const post = (body: string) =>
    fetch(`${url}/alertmanager`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body });

  it('publishes the limits it was given (flags over variables, variables over defaults)', async () => {
    const text = await (await fetch(`${url}/metrics`)).text();
    const limit = (name: string) => Number(new RegExp(`^dhow_bridge_limit\\{limit="${name}"\\} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(limit('max_alerts')).toBe(2);
    expect(limit('max_body_bytes')).toBe(4096);
    expect(limit('max_unauthenticated_body_bytes')).toBe(2048);
    expect(limit('max_connections')).toBe(7);
    expect(limit('max_deliveries')).toBe(3);
  });

  it('refuses a notification with more alerts than --max-alerts, whole, with 413 and no revert', async () => {
    const response = await post(JSON.stringify(notification([alert(1), alert(2), alert(3)])));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe(
      "the notification holds 3 alerts, more than the 2 the bridge takes at once: set max_alerts in Alertmanager's webhook_config or raise the bridge's alert limit",
    );
    expect(await registry.release()).toBeNull();
  });

  it('refuses a body over --max-body-bytes with 413', async () => {
    const body = JSON.stringify({ ...notification([alert(1)]), padding: 'x'.repeat(4096) });
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe('the body is larger than 4096 bytes');
  });

  it('still answers a notification within the limits', async () => {
    const response = await post(JSON.stringify(notification([alert(1), alert(2)])));
    // Nothing is released in production, so both deliveries are refusals (200), not failures.
    expect(response.status).toBe(200);
    const body = (await response.json()) as { deliveries: Array<{ outcome: string }> };
    expect(body.deliveries.map((d) => d.outcome)).toEqual(['refused', 'refused']);
  });
});
