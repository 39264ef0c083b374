import { request } from 'node:http';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { signBody } from '../../src/bridge/auth.js';
import { jsonLogger } from '../../src/http/log.js';
import { startBridge, type Bridge, type Deliver } from '../../src/bridge/server.js';
import type { DriftAlert } from '../../src/revert/payload.js';

const TOKEN = 'bridge-token-0123456789';
const SECRET = 'hmac-secret-abcdef';

/** A notification as Alertmanager 0.25 sends it (payload version 4). */
function notification(alerts: Array<Partial<{ status: string; labels: Record<string, string>; fingerprint: string; startsAt: string }>>) {
  return {
    receiver: 'dhow-bridge',
    status: 'firing',
    alerts: alerts.map((a, i) => ({
      status: a.status ?? 'firing',
      labels: a.labels ?? { alertname: 'ModelDrift', model: 'arabic-sentiment', environment: 'production', version: '1.4.0' },
      annotations: { summary: 'share of drifted columns 0.58' },
      startsAt: a.startsAt ?? '2026-11-22T09:00:00.123456789Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://127.0.0.1:9090/graph?g0.expr=dhow_drift_share',
      fingerprint: a.fingerprint ?? `f${i}`,
    })),
    groupLabels: { alertname: 'ModelDrift' },
    commonLabels: { alertname: 'ModelDrift' },
    commonAnnotations: {},
    externalURL: 'http://127.0.0.1:9093',
    version: '4',
    groupKey: '{}:{alertname="ModelDrift"}',
    truncatedAlerts: 0,
  };
}

let bridge: Bridge | undefined;
let logs = '';

async function start(
  deliver: Deliver,
  extra: { maxBodyBytes?: number; alertNames?: string[]; maxDeliveries?: number; maxUnauthenticatedBodyBytes?: number; maxConnections?: number } = {},
) {
  logs = '';
  const stream = new PassThrough();
  stream.on('data', (c) => (logs += c));
  bridge = await startBridge({ auth: { token: TOKEN, hmacSecret: SECRET }, deliver, logger: jsonLogger(stream), ...extra });
  return bridge;
}

afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function post(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) {
  const response = await fetch(`${bridge!.url}/alertmanager`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

function recorder() {
  const delivered: DriftAlert[] = [];
  const deliver: Deliver = async (alert) => {
    delivered.push(alert);
    return 'dispatched';
  };
  return { delivered, deliver };
}

describe('Alertmanager bridge', () => {
  it('delivers each firing drift alert as a revert payload and answers 200', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver);
    const result = await post(notification([{ fingerprint: 'abc123' }]));
    expect(result.status).toBe(200);
    expect(delivered).toEqual([
      {
        model: 'arabic-sentiment',
        environment: 'production',
        version: '1.4.0',
        fingerprint: 'abc123',
        'starts-at': '2026-11-22T09:00:00.123456789Z',
        summary: 'share of drifted columns 0.58',
        source: 'http://127.0.0.1:9090/graph?g0.expr=dhow_drift_share',
      },
    ]);
    expect(result.body.deliveries).toEqual([{ fingerprint: 'abc123', key: 'production/arabic-sentiment/1.4.0', outcome: 'delivered', detail: 'dispatched' }]);
  });

  it('ignores resolved alerts and alerts that name no model version, with 200', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver);
    const result = await post(notification([{ status: 'resolved' }, { labels: { alertname: 'HighCPU', instance: 'node-1' }, fingerprint: 'cpu' }]));
    expect(result.status).toBe(200);
    expect(delivered).toEqual([]);
    expect(result.body.resolved).toBe(1);
    expect(result.body.ignored[0]).toMatchObject({ fingerprint: 'cpu' });
    expect(result.body.ignored[0].reason).toContain('no model, environment, version label(s)');
  });

  it('with alert names, acts only on those alerts and says why it ignored the others', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver, { alertNames: ['ModelDataDrift'] });
    const labels = { model: 'sentiment-ar', environment: 'production', version: '1.4.0' };
    const result = await post(
      notification([
        { labels: { ...labels, alertname: 'ModelDataDrift' }, fingerprint: 'drift' },
        { labels: { ...labels, alertname: 'ModelLatencyHigh' }, fingerprint: 'latency' },
        { labels, fingerprint: 'unnamed' },
      ]),
    );
    expect(result.status).toBe(200);
    expect(delivered.map((a) => a.fingerprint)).toEqual(['drift']);
    expect(result.body.ignored).toEqual([
      { fingerprint: 'latency', reason: 'alertname "ModelLatencyHigh": the bridge acts only on "ModelDataDrift"' },
      { fingerprint: 'unnamed', reason: 'no alertname label: the bridge acts only on "ModelDataDrift"' },
    ]);
  });

  it('answers 401 and sends nothing without credentials or with a wrong token', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver);
    expect((await post(notification([{}]), {})).status).toBe(401);
    expect((await post(notification([{}]), { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await post(notification([{}]), { authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` })).status).toBe(401);
    expect(delivered).toEqual([]);
    expect(logs).not.toContain(TOKEN);
  });

  it('accepts an HMAC-SHA256 signature of the body and refuses a wrong one', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver);
    // RFC 4231 test case 2, so the signer used below is checked against a published value, not against itself.
    expect(signBody('what do ya want for nothing?', 'Jefe')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    const body = JSON.stringify(notification([{ fingerprint: 'signed' }]));
    expect((await post(body, { 'x-dhow-signature-256': signBody(body, 'not-the-secret') })).status).toBe(401);
    expect((await post(body, { 'x-dhow-signature-256': signBody(body + ' ', SECRET) })).status).toBe(401);
    expect(delivered).toEqual([]);
    expect((await post(body, { 'x-dhow-signature-256': signBody(body, SECRET) })).status).toBe(200);
    expect(delivered.map((a) => a.fingerprint)).toEqual(['signed']);
  });

  it('answers 413 to an oversized body, declared or streamed, and sends nothing', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver, { maxBodyBytes: 4096 });
    const big = notification(Array.from({ length: 40 }, (_, i) => ({ fingerprint: `big${i}` })));
    expect((await post(big)).status).toBe(413);

    // Chunked, with no Content-Length: the limit applies while reading.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${bridge!.url}/alertmanager`,
        { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const text = JSON.stringify(big);
      for (let i = 0; i < text.length; i += 1000) req.write(text.slice(i, i + 1000));
      req.end();
    });
    expect(status).toBe(413);
    expect(delivered).toEqual([]);
  });

  it('answers 415 to a body that is not declared application/json, even authenticated, and sends nothing', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver);
    const body = JSON.stringify(notification([{ fingerprint: 'plain' }]));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}`, 'content-type': type };
      const response = await fetch(`${bridge!.url}/alertmanager`, { method: 'POST', headers, body });
      expect(response.status, type).toBe(415);
    }
    expect(delivered).toEqual([]);
    expect((await post(body, { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('reads no more than a small limit of a body before its HMAC signature is checked', async () => {
    const { delivered, deliver } = recorder();
    await start(deliver, { maxUnauthenticatedBodyBytes: 2048 });
    const body = JSON.stringify(notification(Array.from({ length: 20 }, (_, i) => ({ fingerprint: `s${i}` }))));
    expect(Buffer.byteLength(body)).toBeGreaterThan(2048);
    // Correctly signed, but too large to read before checking: refused. The same body with the token is fine.
    expect((await post(body, { 'x-dhow-signature-256': signBody(body, SECRET) })).status).toBe(413);
    expect(delivered).toEqual([]);
    expect((await post(body)).status).toBe(200);
    expect(delivered.length).toBeGreaterThan(0);
  });

  it('runs at most maxDeliveries deliveries at once, queueing the rest, and says so in /metrics', async () => {
    let running = 0;
    let most = 0;
    const delivered: string[] = [];
    await start(
      async (alert) => {
        running++;
        most = Math.max(most, running);
        // Yield a few turns so that unbounded deliveries would overlap.
        for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
        delivered.push(alert.fingerprint);
        running--;
      },
      { maxDeliveries: 3, maxConnections: 7 },
    );
    const alerts = Array.from({ length: 200 }, (_, i) => ({
      fingerprint: `a${i}`,
      labels: { alertname: 'ModelDrift', model: `m${i}`, environment: 'production', version: '1.0.0' },
    }));
    const result = await post(notification(alerts));
    expect(result.status).toBe(200);
    expect(delivered).toHaveLength(200);
    // The first three start at once (the slots are taken synchronously), and never a fourth.
    expect(most).toBe(3);
    const metrics = await (await fetch(`${bridge!.url}/metrics`)).text();
    expect(metrics).toContain('dhow_bridge_limit{limit="max_deliveries"} 3');
    expect(metrics).toContain('dhow_bridge_limit{limit="max_connections"} 7');
    expect(metrics).toContain('dhow_bridge_limit{limit="headers_timeout_seconds"} 15');
    expect(metrics).toMatch(/dhow_bridge_connections \d+/);
    expect(metrics).toContain('dhow_bridge_deliveries_queued 0');
  });

  it('answers 400 to something that is not an Alertmanager version 4 notification', async () => {
    await start(recorder().deliver);
    expect((await post('not json')).status).toBe(400);
    const result = await post({ ...notification([{}]), version: '3' });
    expect(result.status).toBe(400);
    expect(result.body.error).toContain('field "version"');
  });

  it('joins identical deliveries in flight instead of repeating them', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    await start(async () => {
      calls++;
      await gate;
      return 'reverted';
    });
    const first = post(notification([{ fingerprint: 'one' }]));
    const tick = () => new Promise((r) => setTimeout(r, 5));
    while (calls === 0) await tick(); // the first delivery is in flight
    // The second also carries an alert the bridge ignores and logs in the same synchronous step in which it
    // joins the delivery in flight: once that log line is out, the join has happened (a state, not a delay).
    const second = post(notification([{ fingerprint: 'one-repeat' }, { fingerprint: 'arrived', labels: { alertname: 'HighCPU' } }]));
    while (!logs.includes('"arrived"')) await tick();
    release();
    const outcomes = (await Promise.all([first, second])).map((r) => r.body.deliveries[0].outcome).sort();
    expect(calls).toBe(1);
    expect(outcomes).toEqual(['deduplicated', 'delivered']);
  });

  it('answers 502 when a delivery failed, so Alertmanager retries, and 200 when it was refused for good', async () => {
    let error: Error = new DhowError('forge', 'GitHub answered 503');
    await start(async () => {
      throw error;
    });
    const failed = await post(notification([{}]));
    expect(failed.status).toBe(502);
    expect(failed.body.deliveries[0]).toMatchObject({ outcome: 'failed', detail: 'GitHub answered 503' });

    error = new DhowError('refused', 'no last known good');
    const refused = await post(notification([{}]));
    expect(refused.status).toBe(200);
    expect(refused.body.deliveries[0].outcome).toBe('refused');
  });

  it('serves /healthz and its own metrics', async () => {
    await start(recorder().deliver);
    await post(notification([{}]));
    await post(notification([{}]), {});
    const health = await fetch(`${bridge!.url}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`${bridge!.url}/metrics`)).text();
    expect(metrics).toContain('dhow_bridge_alerts_total{outcome="delivered"} 1');
    expect(metrics).toContain('dhow_bridge_requests_total{path="/alertmanager",code="401"} 1');
    expect(metrics).toContain('dhow_bridge_delivery_duration_seconds_count 1');
    // Its own registry: nothing from prom-client's global one.
    expect(metrics).not.toContain('process_cpu_seconds_total');
    for (const line of logs.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('finishes deliveries in flight on shutdown and then refuses new connections', async () => {
    let inFlight = false;
    let finished = false;
    await start(async () => {
      inFlight = true;
      await new Promise((r) => setTimeout(r, 300));
      finished = true;
      return 'reverted';
    });
    const url = bridge!.url;
    const pending = post(notification([{}]));
    // Close once the delivery is in flight (a state), not after a guess at how long the request takes to arrive.
    while (!inFlight) await new Promise((r) => setTimeout(r, 5));
    await bridge!.close();
    expect(finished).toBe(true);
    expect((await pending).status).toBe(200);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    bridge = undefined;
  });

  it('refuses to start without credentials', async () => {
    await expect(startBridge({ auth: {}, deliver: async () => {} })).rejects.toThrow(/bearer token or an HMAC secret/);
  });
});
