/**
 * `dhow rollout --serve`, the long-running controller, as a process against a local registry and a real
 * Prometheus scraping stand-ins for the stable and canary model servers (test/support/rollout-lab.ts). Soaks
 * are real seconds; the test waits for states (a release file changed, a process exited), never durations.
 * Shows: a good canary goes to 100% with one commit per step even with two controllers at once
 * (compare-and-swap, then re-plan); SIGTERM stops a controller with exit 0; a restarted controller resumes
 * from the release file; /metrics and /healthz say what the controller did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLLOUT_STEP_TRAILER, ROLLOUT_TRAILER } from '../../src/rollout/release.js';
import {
  canaryPolicy,
  labRegistry,
  metricValue,
  startControllerProcess,
  startRolloutLab,
  until,
  type ControllerProcess,
  type RolloutLab,
} from '../support/rollout-lab.js';
import { dhow } from '../support/cli.js';
import { renderDeployManifests } from '../../src/registry/render.js';
import { prometheusSource } from '../../src/rollout/prometheus.js';
import { startRolloutController } from '../../src/rollout/serve.js';
import { jsonLogger } from '../../src/http/log.js';

// Controllers start from the sources through tsx and commit through git on a busy machine: this only bounds a hang.
const SLOW = 300_000;
const GOOD = { errors: 0.01, requests: 5000, p99: 0.1 };
const GOOD_CANARY = { errors: 0.012, requests: 600, p99: 0.11 };

let lab: RolloutLab | undefined;
const running: ControllerProcess[] = [];

beforeAll(async () => {
  lab = await startRolloutLab();
}, 60_000);

afterAll(async () => {
  await Promise.all(running.map((c) => c.stop()));
  await lab?.stop();
});

async function controller(dir: string): Promise<ControllerProcess> {
  const c = await startControllerProcess(dir, lab!.prometheusUrl);
  running.push(c);
  return c;
}

const page = async (url: string) => (await fetch(`${url}/metrics`)).text();

describe('dhow rollout --serve', { timeout: SLOW }, () => {
  it('takes a good canary to all traffic with one commit per step, even with two controllers at once', async () => {
    const r = await labRegistry(
      'serve-good',
      canaryPolicy([
        { weight: 10, soak: '2s' },
        { weight: 50, soak: '2s' },
      ]),
    );
    try {
      lab!.set(r.model, '1.3.0', GOOD);
      lab!.set(r.model, '1.4.0', GOOD_CANARY);
      await r.deploy('1.3.0');
      await lab!.scraped(r.model);
      await r.deploy('1.4.0');
      expect((await r.release()).rollout).toMatchObject({ canary: '1.4.0', stable: '1.3.0', weight: 10, step: 0 });
      const before = (await r.commits()).length;

      const [a, b] = await Promise.all([controller(r.dir), controller(r.dir)]);
      const release = await until('the canary to take all traffic', async () => {
        const now = await r.release();
        return now.rollout === undefined && now;
      });
      expect(release.version).toBe('1.4.0');

      const commits = await r.commits();
      expect(commits.length - before).toBe(2);
      expect(commits.slice(0, 2).map((c) => [c.trailers[ROLLOUT_TRAILER], c.trailers['Dhow-Version']])).toEqual([
        ['promote', '1.4.0'],
        ['advance', '1.4.0'],
      ]);
      // Each step is named once: no step was committed twice.
      expect(new Set(commits.slice(0, 2).map((c) => c.trailers[ROLLOUT_STEP_TRAILER])).size).toBe(2);

      // Between them, the two controllers took the advance and the promotion once each (the loser of a race
      // re-planned and waited), and each asked Prometheus.
      // A controller counts a step once its pass is over (after the commit, the sticky comment): wait for that state.
      const promoted = await until('the controllers to count the promotion', async () => {
        const pages = await Promise.all([page(a.url), page(b.url)]);
        return pages.reduce((t, p) => t + metricValue(p, 'dhow_rollout_steps_total', { outcome: 'promote', model: r.model }), 0) > 0 && pages;
      });
      const pages = promoted;
      const sum = (name: string, labels: Record<string, string> = {}) => pages.reduce((t, p) => t + metricValue(p, name, labels), 0);
      expect(sum('dhow_rollout_steps_total', { outcome: 'advance', model: r.model })).toBe(1);
      expect(sum('dhow_rollout_steps_total', { outcome: 'promote', model: r.model })).toBe(1);
      expect(sum('dhow_rollout_commits_total', { model: r.model })).toBe(2);
      expect(sum('dhow_rollout_errors_total')).toBe(0);
      expect(sum('dhow_rollout_prometheus_queries_total', { model: r.model })).toBeGreaterThan(0);
      expect(sum('dhow_rollout_last_decision_timestamp_seconds', { model: r.model, environment: 'production' })).toBeGreaterThan(0);

      // The controllers keep running with nothing to do, then stop on SIGTERM with exit 0. Under load one
      // controller may still be in its first pass when the other has finished the rollout (503 "starting"):
      // wait for its first pass, the state /healthz reports, not for a duration.
      const health = await until('controller a to finish a pass', async () => {
        const answer = await fetch(`${a.url}/healthz`);
        return answer.status === 200 ? ((await answer.json()) as { status: string }) : undefined;
      });
      expect(health).toMatchObject({ status: 'ok' });
      expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
      for (const c of [a, b]) {
        const lines = c
          .stderr()
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { msg: string });
        expect(lines.map((l) => l.msg)).toContain('rollout controller stopped');
      }
      expect((await r.commits()).length - before).toBe(2);
    } finally {
      await r.cleanup();
    }
  });

  it('stops on SIGTERM mid-rollout with exit 0, and a restarted controller resumes from the release file', async () => {
    // The second step soaks long enough that the first controller is stopped during it.
    const r = await labRegistry(
      'serve-restart',
      canaryPolicy([
        { weight: 10, soak: '2s' },
        { weight: 50, soak: '20s' },
      ]),
    );
    try {
      lab!.set(r.model, '1.3.0', GOOD);
      lab!.set(r.model, '1.4.0', GOOD_CANARY);
      await r.deploy('1.3.0');
      await lab!.scraped(r.model);
      await r.deploy('1.4.0');
      const before = (await r.commits()).length;

      const first = await controller(r.dir);
      await until('the first step to advance', async () => (await r.release()).rollout?.step === 1);
      expect(await first.stop()).toBe(0);
      expect((await r.release()).rollout).toMatchObject({ step: 1, weight: 50, canary: '1.4.0' });

      const second = await controller(r.dir);
      await until('the canary to take all traffic', async () => (await r.release()).rollout === undefined);
      const commits = await r.commits();
      expect(commits.length - before).toBe(2);
      expect(commits.slice(0, 2).map((c) => c.trailers[ROLLOUT_TRAILER])).toEqual(['promote', 'advance']);
      // The restarted controller did not take the first step again: it read where the release file was.
      // The controller counts the promotion once its pass is over (after the commit): wait for that state.
      const metrics = await until('the restarted controller to count the promotion', async () => {
        const text = await page(second.url);
        return metricValue(text, 'dhow_rollout_steps_total', { outcome: 'promote' }) > 0 && text;
      });
      expect(metricValue(metrics, 'dhow_rollout_steps_total', { outcome: 'advance' })).toBe(0);
      expect(metricValue(metrics, 'dhow_rollout_steps_total', { outcome: 'promote' })).toBe(1);
      expect(metricValue(metrics, 'dhow_rollout_canary_weight_percent', { model: r.model })).toBe(100);
      expect(await second.stop()).toBe(0);
    } finally {
      await r.cleanup();
    }
  });
});

describe('dhow rollout step --all (what the scheduled rollout.yml runs)', { timeout: SLOW }, () => {
  it('steps every rollout under way; one whose Prometheus fails is named and exits 1', async () => {
    const r = await labRegistry('step-all', canaryPolicy([{ weight: 10, soak: '1h' }]));
    try {
      lab!.set(r.model, '1.3.0', GOOD);
      lab!.set(r.model, '1.4.0', GOOD_CANARY);
      await r.deploy('1.3.0');
      await lab!.scraped(r.model);
      await r.deploy('1.4.0');
      // The step began when the promotion merged (the release file's last commit). A few analysis intervals
      // into it, both checks are due: four queries, and no commit (they pass).
      const merged = (await r.commits())[0]!.date;
      const env = { DHOW_NOW: new Date(Date.parse(merged) + 5000).toISOString().replace('.000Z', 'Z') };
      const where = ['--registry', r.dir, '--as', 'dhow-rollout'];
      const ok = await dhow(['rollout', 'step', '--all', ...where, '--prometheus', lab!.prometheusUrl, '--json'], { env });
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).rollouts).toEqual([
        expect.objectContaining({ model: r.model, environment: 'production', action: 'wait', commit: null, queries: 4, weight: 10 }),
      ]);
      const before = await r.commits();
      const down = await dhow(['rollout', 'step', '--all', ...where, '--prometheus', 'http://127.0.0.1:9'], { env });
      expect(down.code).toBe(1);
      expect(down.stderr).toContain(`${r.model} in production: the step failed: `);
      expect(down.stderr).toContain('Prometheus at http://127.0.0.1:9 could not be reached');
      expect(await r.commits()).toEqual(before);
      const mixed = await dhow(['rollout', 'step', '--all', '--model', r.model, ...where, '--prometheus', lab!.prometheusUrl], { env });
      expect(mixed.code).toBe(2);
      expect(mixed.stderr).toContain('--all steps every rollout; it does not go with --model');
    } finally {
      await r.cleanup();
    }
  });

  it('refuses a bad --serve address or --interval before touching anything', async () => {
    const bad = await dhow(['rollout', '--serve', 'nowhere', '--registry', '/nonexistent', '--prometheus', 'http://127.0.0.1:9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--serve must be HOST:PORT');
    const interval = await dhow([
      'rollout',
      '--serve',
      '127.0.0.1:0',
      '--interval',
      '10ms',
      '--registry',
      '/nonexistent',
      '--prometheus',
      'http://127.0.0.1:9',
    ]);
    expect(interval.code).toBe(2);
    expect(interval.stderr).toContain('--interval must be a duration from 100ms to 24 days');
  });
});

describe('the controller when a step fails', { timeout: SLOW }, () => {
  it('counts and logs a rollout whose Prometheus is down, commits nothing, and says degraded on /healthz', async () => {
    const r = await labRegistry('serve-down', canaryPolicy([{ weight: 10, soak: '1h' }]));
    const lines: string[] = [];
    try {
      await r.deploy('1.3.0');
      await r.deploy('1.4.0');
      const before = await r.commits();
      // A clock a few analysis intervals into the step, so the checks are due and Prometheus is asked.
      const at = new Date(Date.parse(before[0]!.date) + 5000).toISOString().replace('.000Z', 'Z');
      const controller = await startRolloutController({
        forge: r.forge,
        metrics: prometheusSource('http://127.0.0.1:9', { timeoutMs: 5000 }),
        render: renderDeployManifests,
        by: 'dhow-rollout',
        now: () => at,
        intervalMs: 3_600_000,
        logger: jsonLoggerTo(lines),
      });
      try {
        const reports = await controller.pass();
        expect(reports).toEqual([expect.objectContaining({ model: r.model, environment: 'production', action: 'error' })]);
        expect(reports[0]!.error).toContain('Prometheus at http://127.0.0.1:9 could not be reached');
        const health = await fetch(`${controller.url}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: 'degraded', failing: [`${r.model}/production`] });
        const metrics = await page(controller.url);
        expect(metricValue(metrics, 'dhow_rollout_errors_total', { model: r.model })).toBeGreaterThanOrEqual(1);
        expect(metricValue(metrics, 'dhow_rollout_up')).toBe(1);
        const failed = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'rollout step failed; it is tried again next pass');
        expect(failed).toMatchObject({ level: 'error', model: r.model, environment: 'production', file: 'dhow.yaml' });
        expect(await r.commits()).toEqual(before);
      } finally {
        await controller.close();
      }
    } finally {
      await r.cleanup();
    }
  });
});

/** A JSON logger writing its lines into an array. */
function jsonLoggerTo(lines: string[]) {
  return jsonLogger({ write: (chunk: string) => lines.push(...chunk.trim().split('\n')) } as unknown as NodeJS.WritableStream, { component: 'rollout' });
}
