/**
 * `dhow drift --serve`: the drift of one model version's production data as Prometheus metrics, over real
 * HTTP on loopback. The data sets (test/support/drift-data.ts) have four KS-tested columns whose results are
 * known by hand: an unchanged column has p = 1, a column shifted by +1000 has p = 2 / C(80, 40), so the
 * share of drifted columns is the number of shifted columns over four.
 */
import { spawn } from 'node:child_process';
import { pbkdf2 } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from '../../src/http/log.js';
import { startDriftServer, type DriftServer, type DriftServerOptions } from '../../src/drift/serve.js';
import { dhow } from '../support/cli.js';
import { binomial, COLUMNS, driftCsv, parsePrometheusText, replaceFile, samplesOf, type Sample } from '../support/drift-data.js';
import { freePort } from '../support/monitoring.js';

const root = new URL('../..', import.meta.url).pathname;
const TARGET = { model: 'arabic-sentiment', environment: 'production', version: '1.4.0' };
/** Exact two-sided KS p-value of two samples of 40 with no overlap (D = 1). */
const DISJOINT_P = 2 / binomial(80, 40);

let dir: string;
let reference: string;
let current: string;
let server: DriftServer | undefined;
let logs: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dhow-drift-serve-'));
  reference = join(dir, 'reference.csv');
  current = join(dir, 'current.csv');
  await writeFile(reference, driftCsv());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(overrides: Partial<DriftServerOptions> = {}): Promise<DriftServer> {
  logs = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  server = await startDriftServer({
    target: TARGET,
    drift: { reference, current },
    intervalMs: 3_600_000, // an hour: what changes in these tests changes because a file did
    pollMs: 50,
    logger: jsonLogger(sink),
    ...overrides,
  });
  return server;
}

async function scrape(): Promise<Sample[]> {
  const response = await fetch(`${server!.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

/** The single value of `name` for this target (and more labels), or undefined when absent. */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samplesOf(samples, name, { ...TARGET, ...labels });
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.value;
}

async function until(what: string, probe: (samples: Sample[]) => boolean, timeoutMs = 10_000): Promise<Sample[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const samples = await scrape();
    if (probe(samples)) return samples;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; logs:\n${logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const computations = (s: Sample[]) => value(s, 'dhow_drift_computations_total') ?? 0;
const healthz = async () => {
  const response = await fetch(`${server!.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const logged = () => logs.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('dhow drift --serve: metrics', () => {
  it('publishes the share of drifted columns, the verdict and every column test, labelled with the model version', async () => {
    await writeFile(current, driftCsv({ shifted: ['c', 'd'] }));
    const before = Date.now() / 1000;
    await start();
    const samples = await until('the first computation', (s) => value(s, 'dhow_drift_up') === 1);
    const after = Date.now() / 1000;

    expect(value(samples, 'dhow_drift_share')).toBe(0.5); // 2 of 4 columns
    expect(value(samples, 'dhow_drift_dataset_drift')).toBe(1); // 0.5 >= the default drift share 0.5
    expect(value(samples, 'dhow_drift_inconclusive')).toBe(0);
    expect(value(samples, 'dhow_drift_drifted_columns')).toBe(2);
    expect(value(samples, 'dhow_drift_columns')).toBe(4);
    expect(value(samples, 'dhow_drift_current_rows')).toBe(40);
    for (const column of COLUMNS) {
      const shifted = column === 'c' || column === 'd';
      expect(value(samples, 'dhow_drift_column_drifted', { column, method: 'ks' })).toBe(shifted ? 1 : 0);
      const score = value(samples, 'dhow_drift_column_score', { column, method: 'ks' })!;
      if (shifted) expect(score / DISJOINT_P).toBeCloseTo(1, 9);
      else expect(score).toBe(1);
    }
    const stamp = value(samples, 'dhow_drift_last_success_timestamp_seconds')!;
    expect(stamp).toBeGreaterThanOrEqual(before - 0.001);
    expect(stamp).toBeLessThanOrEqual(after + 0.001);
    expect(value(samples, 'dhow_drift_computations_total')).toBe(1);
    expect(value(samples, 'dhow_drift_computation_failures_total')).toBe(0);
    expect(value(samples, 'dhow_drift_computation_duration_seconds_count')).toBe(1);
    expect(await healthz()).toMatchObject({ status: 200, body: { status: 'ok', share: 0.5, dataset_drift: true } });
    expect(logged().find((l) => l.msg === 'drift computed')).toMatchObject({ trigger: 'start', share: 0.5, drifted_columns: ['c', 'd'] });
  });

  it('recomputes when the current file changes on disk, without waiting for the interval', async () => {
    await writeFile(current, driftCsv({ shifted: ['c', 'd'] }));
    await start();
    await until('the first computation', (s) => value(s, 'dhow_drift_share') === 0.5);

    await replaceFile(current, driftCsv({ shifted: ['d'] }));
    let samples = await until('the share of one shifted column', (s) => value(s, 'dhow_drift_share') === 0.25);
    expect(value(samples, 'dhow_drift_dataset_drift')).toBe(0); // 0.25 < 0.5
    expect(value(samples, 'dhow_drift_column_drifted', { column: 'c', method: 'ks' })).toBe(0);

    // Rewritten in place (same inode), not renamed: the size and mtime change.
    await writeFile(current, driftCsv({ shifted: ['a', 'b', 'c', 'd'] }));
    samples = await until('every column shifted', (s) => value(s, 'dhow_drift_share') === 1);
    expect(value(samples, 'dhow_drift_dataset_drift')).toBe(1);
    expect(
      logged()
        .filter((l) => l.msg === 'drift computed')
        .map((l) => l.trigger),
    ).toEqual(['start', 'changed', 'changed']);
  });

  it('keeps the last good values when the current file breaks, marks them stale, and recovers', async () => {
    await writeFile(current, driftCsv({ shifted: ['d'] }));
    await start();
    await until('the first computation', (s) => value(s, 'dhow_drift_up') === 1);

    // A ragged row: a malformed file is a failed computation, never a crash.
    await replaceFile(current, `${driftCsv({ shifted: ['a', 'b', 'c', 'd'] })}1,2,3\n`);
    let samples = await until('the failure', (s) => value(s, 'dhow_drift_computation_failures_total') === 1);
    expect(value(samples, 'dhow_drift_up')).toBe(0);
    expect(value(samples, 'dhow_drift_share')).toBe(0.25); // the last good value, not the broken file's
    expect(value(samples, 'dhow_drift_column_drifted', { column: 'd', method: 'ks' })).toBe(1);
    const health = await healthz();
    expect(health.status).toBe(200); // the last good values are still served
    expect(health.body.status).toBe('stale');
    expect(health.body.reason).toContain(`${current}:42`); // header + 40 rows, then the ragged row
    const failure = logged().find((l) => String(l.msg).startsWith('drift computation failed'))!;
    expect(failure).toMatchObject({ level: 'error', file: current, trigger: 'changed' });
    expect(failure.reason).toMatch(/3 fields, the header has 4/);

    // The file disappears: another failure, still the same last good values.
    await rm(current);
    samples = await until('the second failure', (s) => value(s, 'dhow_drift_computation_failures_total') === 2);
    expect(value(samples, 'dhow_drift_share')).toBe(0.25);
    expect(value(samples, 'dhow_drift_up')).toBe(0);

    await replaceFile(current, driftCsv({ shifted: ['c', 'd'] }));
    samples = await until('recovery', (s) => value(s, 'dhow_drift_up') === 1);
    expect(value(samples, 'dhow_drift_share')).toBe(0.5);
    expect((await healthz()).body.status).toBe('ok');
  });

  it('never reports inconclusive columns as drift', async () => {
    // 10 current rows, below the default minimum sample size of 30: every column shifted, none decided.
    await writeFile(current, driftCsv({ rows: 10, shifted: ['a', 'b', 'c', 'd'] }));
    await start();
    const samples = await until('the first computation', (s) => value(s, 'dhow_drift_up') === 1);
    expect(value(samples, 'dhow_drift_share')).toBe(0);
    expect(value(samples, 'dhow_drift_dataset_drift')).toBe(0);
    expect(value(samples, 'dhow_drift_inconclusive')).toBe(1);
    for (const column of COLUMNS) {
      expect(value(samples, 'dhow_drift_column_drifted', { column })).toBe(0);
      expect(value(samples, 'dhow_drift_column_inconclusive', { column })).toBe(1);
      expect(value(samples, 'dhow_drift_column_score', { column })).toBeUndefined();
    }
  });

  it('passes the drift options through: --min-sample-size 5 decides the same 10 rows', async () => {
    await writeFile(current, driftCsv({ rows: 10, shifted: ['a', 'b', 'c', 'd'] }));
    await start({ drift: { reference, current, minSampleSize: 5, driftShare: 1 } });
    const samples = await until('the first computation', (s) => value(s, 'dhow_drift_up') === 1);
    expect(value(samples, 'dhow_drift_share')).toBe(1);
    expect(value(samples, 'dhow_drift_dataset_drift')).toBe(1); // 1 >= 1
    // n = 40, m = 10, no overlap: p = 2 / C(50, 10).
    expect(value(samples, 'dhow_drift_column_score', { column: 'a', method: 'ks' })! / (2 / binomial(50, 10))).toBeCloseTo(1, 9);
  });
});

describe('dhow drift --serve: health, scheduling and shutdown', () => {
  it('answers /healthz 503 with the reason until a computation succeeds', async () => {
    await rm(current, { force: true });
    await start();
    await until('the first (failed) computation', (s) => value(s, 'dhow_drift_computation_failures_total') === 1);
    const health = await healthz();
    expect(health.status).toBe(503);
    expect(health.body.status).toBe('no-data');
    expect(health.body.reason).toContain(current);
    const samples = await scrape();
    expect(value(samples, 'dhow_drift_up')).toBe(0);
    expect(value(samples, 'dhow_drift_share')).toBeUndefined(); // nothing measured yet: no number at all

    await replaceFile(current, driftCsv({ shifted: ['b', 'c', 'd'] }));
    await until('the first success', (s) => value(s, 'dhow_drift_share') === 0.75);
    expect((await healthz()).status).toBe(200);
    expect((await fetch(`${server!.url}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${server!.url}/nope`)).status).toBe(404);
  });

  it('runs one computation at a time: requests while one runs queue a single next one', async () => {
    await writeFile(current, driftCsv({ shifted: ['c', 'd'] }));
    await start();
    await until('the first computation', (s) => computations(s) === 1 && value(s, 'dhow_drift_up') === 1);
    await Promise.all([server!.refresh(), server!.refresh(), server!.refresh(), server!.refresh(), server!.refresh()]);
    expect(computations(await scrape())).toBe(3); // the start, one now, and one queued behind it for the other four
    const computed = logged().filter((l) => l.msg === 'drift computed');
    expect(computed.map((l) => l.trigger)).toEqual(['start', 'requested', 'requested']);
  });

  it('recomputes every interval even when nothing changed', async () => {
    await writeFile(current, driftCsv({ shifted: ['c', 'd'] }));
    await start({ intervalMs: 150 });
    // Whatever the load, only how many ticks there are varies, not the labels: the start computation runs first
    // (the timers start with it), a tick while one runs queues one 'interval' after it, and nothing changed on
    // disk, so no poll computes. The counter counts a computation when it starts; wait for the third to have
    // finished and logged.
    await until('three computations', () => logged().filter((l) => l.msg === 'drift computed').length >= 3);
    expect(
      logged()
        .filter((l) => l.msg === 'drift computed')
        .map((l) => l.trigger)
        .slice(0, 3),
    ).toEqual(['start', 'interval', 'interval']);
  });

  it('computes for the start first, before any interval tick or file poll, even when listening waits for a host name lookup', async () => {
    await writeFile(current, driftCsv({ shifted: ['c', 'd'] }));
    // Resolving "localhost" runs on libuv's thread pool: keep every thread of it busy (key stretching) so that
    // listening takes several intervals and many polls. Nothing may be computed before the start computation.
    const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
    const busy = Array.from({ length: threads }, () => promisify(pbkdf2)('dhow', 'drift', 200_000, 32, 'sha512'));
    await start({ host: 'localhost', intervalMs: 25, pollMs: 5 });
    await Promise.all(busy);
    await until('two computations', () => logged().filter((l) => l.msg === 'drift computed').length >= 2);
    const triggers = logged()
      .filter((l) => String(l.msg).startsWith('drift comput'))
      .map((l) => l.trigger);
    expect(triggers[0]).toBe('start');
    // Nothing changed on disk: every later computation is an interval one, never a file change.
    expect(new Set(triggers.slice(1))).toEqual(new Set(['interval']));
  });

  it('shuts down cleanly: the port is closed and the log says so', async () => {
    await writeFile(current, driftCsv({ shifted: ['c', 'd'] }));
    const running = await start();
    await until('the first computation', (s) => value(s, 'dhow_drift_up') === 1);
    await Promise.all([running.close(), running.close()]);
    server = undefined;
    await expect(fetch(`${running.url}/metrics`)).rejects.toThrow();
    expect(
      logged()
        .map((l) => l.msg)
        .slice(-2),
    ).toEqual(['drift server shutting down', 'drift server stopped']);
  });

  it('refuses an interval longer than a Node.js timer can wait (2^31 - 1 ms), which would fire after 1 ms', async () => {
    const days30 = 30 * 24 * 3600 * 1000;
    await expect(startDriftServer({ target: TARGET, drift: { reference, current }, intervalMs: days30 })).rejects.toThrow(/interval/);
    await expect(startDriftServer({ target: TARGET, drift: { reference, current }, pollMs: days30 })).rejects.toThrow(/poll/);
  });

  it('refuses labels that break the registry name rules, naming the option', async () => {
    await expect(startDriftServer({ target: { ...TARGET, version: '../1.4.0' }, drift: { reference, current } })).rejects.toThrow(
      /--version.*version name "\.\.\/1\.4\.0"/,
    );
  });
});

describe('dhow drift --serve: the command', () => {
  const base = () => ['drift', '--reference', reference, '--current', current];
  const serveArgs = () => [...base(), '--serve', '127.0.0.1:0', '--model', TARGET.model, '--environment', TARGET.environment, '--version', TARGET.version];

  it.each([
    [['--environment', 'Production'], /field "--environment": environment name "Production" must be lower-case/],
    [['--model', 'arabic sentiment'], /field "--model": model name "arabic sentiment"/],
    [['--version', ''], /--version is required/],
    [['--interval', 'soon'], /--interval must be a duration of at least 1000 ms .*got "soon"/],
    [['--interval', '200ms'], /--interval must be a duration of at least 1000 ms/],
    [['--poll-interval', '0s'], /--poll-interval must be a duration/],
    // Node.js keeps a timer at most 2^31 - 1 ms (24.8 days); a longer one fires after 1 ms, recomputing without pause.
    [['--interval', '30d'], /--interval must be at most 24 days .*got "30d"/],
    [['--poll-interval', '600h'], /--poll-interval must be at most 24 days .*got "600h"/],
    [['--serve', '9097'], /--serve must be HOST:PORT \(e\.g\. 127\.0\.0\.1:9097\), not "9097"/],
    [['--json'], /--json does not go with --serve/],
    [['--fail-on-drift'], /--fail-on-drift does not go with --serve/],
    [['--drift-share', '2'], /--drift-share must be in \(0, 1\], got 2/],
    [['--method', 'kl'], /--method must be one of ks, /],
  ])('refuses %j with a usage error', async (extra, message) => {
    const args = serveArgs();
    // Replace the flag when it is already there, else append it.
    const at = args.indexOf(extra[0]!);
    if (at >= 0) args.splice(at, 2, ...extra);
    else args.push(...extra);
    const run = await dhow(args);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^dhow drift: /);
    expect(run.code).toBe(2);
  });

  it('needs the labels with --serve and --serve with the labels', async () => {
    const missing = await dhow([...base(), '--serve', '127.0.0.1:0', '--model', TARGET.model]);
    expect(missing.stderr.trim()).toBe('dhow drift: --environment is required');
    expect(missing.code).toBe(2);
    const orphan = await dhow([...base(), '--model', TARGET.model]);
    expect(orphan.stderr.trim()).toBe('dhow drift: --model only goes with --serve HOST:PORT');
    expect(orphan.code).toBe(2);
  });

  it('names a missing reference before listening', async () => {
    const args = serveArgs();
    args[args.indexOf(reference)] = join(dir, 'no-such-reference.csv');
    const run = await dhow(args);
    expect(run.stderr.trim()).toBe(`dhow drift: ${join(dir, 'no-such-reference.csv')}: the reference does not exist`);
    expect(run.code).toBe(1);
  });

  it('documents --serve in its help', async () => {
    const run = await dhow(['drift', '--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--serve HOST:PORT',
      '--model M',
      '--environment E',
      '--version V',
      '--interval D',
      '--poll-interval D',
      'dhow_drift_share{model,environment,version}',
      '/healthz',
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });

  it('runs as a process: serves /metrics, logs JSON lines, and stops on SIGTERM with exit 0', { timeout: 120_000 }, async () => {
    await writeFile(current, driftCsv({ shifted: ['a', 'c', 'd'] }));
    const port = await freePort();
    const args = serveArgs();
    args[args.indexOf('127.0.0.1:0')] = `127.0.0.1:${port}`;
    const child = spawn(process.execPath, [`${root}bin/dhow.js`, ...args, '--interval', '5m'], {
      env: { ...process.env, DHOW_FROM_SOURCE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr!.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (c) => {
          stdout += c;
          if (stdout.includes('serving')) resolve();
        });
        void exited.then((code) => reject(new Error(`dhow drift --serve exited with ${code}:\n${stderr}`)));
      });
      expect(stdout).toContain(`http://127.0.0.1:${port}/metrics for ${TARGET.model} ${TARGET.version} in ${TARGET.environment}`);
      let share: number | undefined;
      for (let i = 0; i < 200 && share === undefined; i++) {
        const samples = parsePrometheusText(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
        share = samplesOf(samples, 'dhow_drift_share', TARGET)[0]?.value;
        if (share === undefined) await new Promise((r) => setTimeout(r, 50));
      }
      expect(share).toBe(0.75);
      // SIGHUP recomputes at once (the interval is 5 minutes and nothing changed on disk).
      child.kill('SIGHUP');
      let count = 1;
      for (let i = 0; i < 200 && count < 2; i++) {
        const samples = parsePrometheusText(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
        count = samplesOf(samples, 'dhow_drift_computations_total', TARGET)[0]!.value;
        if (count < 2) await new Promise((r) => setTimeout(r, 50));
      }
      expect(count).toBe(2);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const lines = stderr
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg: string; component: string });
      expect(lines.every((l) => l.component === 'drift')).toBe(true);
      expect(lines.map((l) => l.msg)).toEqual(
        expect.arrayContaining(['drift server listening', 'drift computed', 'received SIGHUP: recomputing', 'received SIGTERM', 'drift server stopped']),
      );
      expect(lines.filter((l) => l.msg === 'drift computed').map((l) => (l as unknown as { trigger: string }).trigger)).toEqual(['start', 'requested']);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
