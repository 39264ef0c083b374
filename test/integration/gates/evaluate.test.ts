import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCandidate } from '../../../src/gates/candidate.js';
import { runGates } from '../../../src/gates/evaluate.js';
import { overlayPolicies, parsePolicy } from '../../../src/gates/policy.js';

/** A model server: /predict answers after 5 ms, /echo gives back {"text"} after NFC (a real bug class). */
let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.url === '/echo') {
      const { text } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ text: text.normalize('NFC') }));
      return;
    }
    setTimeout(() => res.end('{"dialect":"gulf"}'), 5);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const policy = (gates: string, file = 'p.yaml') =>
  overlayPolicies([{ file, policy: parsePolicy(`apiVersion: dhow.dev/v1\nkind: GatePolicy\ngates:\n${gates}`, file) }]);
const candidate = parseCandidate('{"accuracy": 0.9}', 'c.json');

describe('running gates against a served model', () => {
  // The p95 threshold is far above the server's 5 ms and below the 10 s request time-out: latency counts from each
  // request's scheduled time, and on a loaded machine a stalled event loop adds to it; the test checks the
  // measurement's shape (samples, warm-up, shared load), not this machine's speed.
  const gates = `  - name: p95
    metric: p95
    source: { kind: latency, endpoint: { url: "\${MODEL_URL}/predict", body: { text: "مرحبا" }, rate: 40, duration-seconds: 1, warmup-seconds: 0.25 } }
    threshold: 9000
    greater-is-better: false
    min-samples: 30
  - name: errors
    metric: error-rate
    source: { kind: latency, endpoint: { url: "\${MODEL_URL}/predict", body: { text: "مرحبا" }, rate: 40, duration-seconds: 1, warmup-seconds: 0.25 } }
    threshold: 0
    greater-is-better: false
  - name: round-trip
    metric: round-trip-mismatches
    source: { kind: round-trip, url: "\${MODEL_URL}/echo" }
`;

  it('measures latency once for the gates that share a load, and catches the NFC round trip', async () => {
    const report = await runGates({ policy: policy(gates), candidate, environment: null, live: null, cwd: '/', env: { MODEL_URL: url } });
    const [p95, errors, roundTrip] = report.gates;
    // 1.25 s at 40/s = 50 scheduled, the first 10 in the warm-up: 40 measured
    expect(p95!.samples).toBe(40);
    expect(p95!.value).toBeGreaterThanOrEqual(5);
    expect(p95!.verdict).toBe('pass');
    expect(errors).toMatchObject({ value: 0, verdict: 'pass', samples: 40 });
    expect(p95!.details).toMatchObject({ mode: 'constant-rate', errors: 0, 'warmup-requests': 10 });
    // only the decomposed hamza text changes under NFC
    expect(roundTrip).toMatchObject({ value: 1, verdict: 'fail', blocking: true });
    expect(roundTrip!.reasons).toEqual(['1 is not <= threshold 0', 'text 6: the endpoint normalized the text to NFC']);
    expect(report).toMatchObject({ verdict: 'fail', blocked: true, environment: null, 'baseline-version': null });
  });

  it('names the gate and field when ${MODEL_URL} is not set', async () => {
    await expect(runGates({ policy: policy(gates), candidate, environment: null, live: null, cwd: '/', env: {} })).rejects.toThrow(
      'field "gates[name=p95].source.endpoint.url": ${MODEL_URL} is not set in the environment',
    );
  });

  it('is inconclusive, and blocks, when too few requests are measured', async () => {
    const few = gates.replace('min-samples: 30', 'min-samples: 1000');
    const report = await runGates({ policy: policy(few), candidate, environment: null, live: null, cwd: '/', env: { MODEL_URL: url } });
    expect(report.gates[0]).toMatchObject({ verdict: 'inconclusive', blocking: true, reasons: ['40 samples, fewer than min-samples 1000'] });
  });

  it('refuses a policy whose gates are all switched off: it would pass anything', async () => {
    const off = policy(
      '  - name: a\n    metric: accuracy\n    source: { kind: candidate }\n    threshold: 0.5\n    greater-is-better: true\n    enabled: false\n',
    );
    await expect(runGates({ policy: off, candidate, environment: null, live: null, cwd: '/', env: {} })).rejects.toThrow(
      'p.yaml, field "gates": the gate policy has no enabled gates, so it would check nothing',
    );
  });

  it('needs residency rules from the policy or the registry', async () => {
    const residency = policy('  - name: residency\n    metric: residency-violations\n    source: { kind: residency }\n');
    await expect(runGates({ policy: residency, candidate, environment: null, live: null, cwd: '/', env: {} })).rejects.toThrow(/needs residency rules/);
  });
});
