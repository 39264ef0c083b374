/**
 * `dhow rollout step` and `dhow rollout status` against the rollout lab (test/support/rollout-lab.ts): a real
 * Prometheus (Debian's, on loopback) scraping a small exporter standing in for the stable and canary model
 * servers. The registry is a real local one; a promotion merged under a canary policy starts the
 * rollout, and every step the CLI takes is checked in the release file, the rendered manifest and the
 * commits. The clock of the registry is $DHOW_NOW (soaks and intervals are minutes, not waited for); what is
 * waited for is a state: Prometheus having scraped the exporter's current numbers.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalForge } from '../../src/forge/local.js';
import { mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { renderDeployManifests } from '../../src/registry/render.js';
import { stepRollout } from '../../src/rollout/execute.js';
import { prometheusSource } from '../../src/rollout/prometheus.js';
import { dhow } from '../support/cli.js';
import { kserveCanaryRefusals, validInferenceService } from '../support/kserve-crd.js';
import { labRegistry, startRolloutLab, type LabRegistry, type RolloutLab } from '../support/rollout-lab.js';

// Each test sets up a registry through several promotions and merges (git) and runs the CLI a few times:
// generous on a busy machine. Nothing waits for a duration; this only bounds a hang.
const SLOW = 240_000;
const T0 = '2026-11-22T10:00:00Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString().replace('.000Z', 'Z');

let lab: RolloutLab | undefined;

beforeAll(async () => {
  lab = await startRolloutLab();
});

afterAll(async () => {
  await lab?.stop();
});

const ROLLOUT = {
  strategy: 'canary',
  steps: [
    { weight: 10, soak: '2m' },
    { weight: 50, soak: '2m' },
  ],
  analysis: [
    {
      name: 'error-rate',
      canary: 'max(dhow_test_error_ratio{model="{{model}}",version="{{version}}"})',
      samples: 'sum(dhow_test_requests{model="{{model}}",version="{{version}}"})',
      'min-samples': 100,
      direction: 'lower-is-better',
      threshold: 0.05,
      interval: '1m',
      'inconclusive-limit': 1,
    },
    {
      name: 'p99-latency',
      canary: 'max(dhow_test_p99_seconds{model="{{model}}",version="{{version}}"})',
      stable: 'max(dhow_test_p99_seconds{model="{{model}}",version="{{version}}"})',
      direction: 'lower-is-better',
      tolerance: 0.2,
      interval: '1m',
    },
  ],
};

interface Registry extends LabRegistry {
  step(seconds: number, extra?: string[]): Promise<{ code: number; json: Record<string, any>; stderr: string }>;
}

let clock = T0;

/** The lab's registry on this test's clock, with `dhow rollout step` run at T0 + seconds. */
async function registry(
  model: string,
  options: { gpuBudget?: number; gpus?: number; replicas?: number; rollout?: unknown; kserveMode?: 'raw-deployment' } = {},
): Promise<Registry> {
  const lr = await labRegistry(model, options.rollout ?? ROLLOUT, { ...options, now: () => clock });
  return Object.assign(lr, {
    async step(seconds: number, extra: string[] = []) {
      const run = await dhow(
        [
          'rollout',
          'step',
          '--registry',
          lr.dir,
          '--model',
          model,
          '--env',
          'production',
          '--prometheus',
          lab!.prometheusUrl,
          '--json',
          '--as',
          'dhow-rollout',
          ...extra,
        ],
        { env: { DHOW_NOW: at(seconds) } },
      );
      return { code: run.code, json: run.stdout ? (JSON.parse(run.stdout) as Record<string, any>) : {}, stderr: run.stderr };
    },
  });
}

/** Promotes through staging to production, merging at `when` (the registry's clock). */
async function deploy(r: Registry, version: string, when: string): Promise<void> {
  clock = when;
  await r.deploy(version, when);
}

/** The rows of the Markdown tables in a text, by check: the cells after the check's name. */
function tableRows(markdown: string): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| Check ') || line.startsWith('| ---')) continue;
    const [check, ...cells] = line.slice(2, -2).split(' | ');
    rows[check!] = cells;
  }
  return rows;
}

/** The sticky comment of a local promotion request, read from the registry's request records (git itself). */
async function stickyComment(dir: string, id: string, marker: string): Promise<string | undefined> {
  const { stdout } = await promisify(execFile)('git', ['-C', dir, 'show', `refs/dhow/requests:requests/${id}.json`]);
  return (JSON.parse(stdout) as { comments: Array<{ marker: string; body: string }> }).comments.find((c) => c.marker === marker)?.body;
}

describe('dhow rollout step against a real Prometheus', { timeout: SLOW }, () => {
  it('takes a good canary step by step to all traffic, one commit per step and none when nothing changes', async () => {
    const r = await registry('rollout-good');
    try {
      lab!.set('rollout-good', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
      lab!.set('rollout-good', '1.4.0', { errors: 0.012, requests: 600, p99: 0.11 });
      await deploy(r, '1.3.0', at(-3600));
      await deploy(r, '1.4.0', T0);
      // The merge started the canary: 10% to 1.4.0, KServe keeping 90% on 1.3.0.
      expect((await r.release()).rollout).toMatchObject({ strategy: 'canary', stable: '1.3.0', canary: '1.4.0', weight: 10, step: 0 });
      expect((await r.manifest()).spec.predictor).toMatchObject({ canaryTrafficPercent: 10, model: { storageUri: 's3://models/rollout-good/1.4.0/' } });
      const request = await r.forge.findRequest('dhow/promote/production/rollout-good', { state: 'all' });
      expect(request!.body).toContain('- after merge: a canary rollout beside 1.3.0, starting at 10% of traffic (dhow rollout step)');
      await lab!.scraped('rollout-good');
      const before = (await r.commits()).length;

      const early = await r.step(30);
      expect(early).toMatchObject({ code: 0, json: { action: 'wait', commit: null, queries: 0 } });
      const measured = await r.step(61);
      expect(measured.json).toMatchObject({ action: 'wait', commit: null });
      expect(measured.json.checks.map((c: { check: string; verdict: string }) => [c.check, c.verdict])).toEqual([
        ['error-rate', 'pass'],
        ['p99-latency', 'pass'],
      ]);
      // Error rate: canary, samples; p99: canary, stable. Four queries, whatever the number of past steps.
      expect(measured.json.queries).toBe(4);

      const summary = join(r.dir, '..', 'summary.md');
      const advanced = await r.step(120, ['--summary', summary]);
      expect(advanced.json).toMatchObject({ action: 'advance', weight: 50, version: '1.4.0' });
      expect(advanced.json.commit).toMatch(/^[0-9a-f]{40}$/);
      // The evidence a reviewer reads, with the numbers the exporter serves: the canary's error ratio 0.012
      // over 600 requests against the 0.05 threshold; its p99 0.11 against the stable 0.1 with a 20%
      // tolerance, a bound of 0.1 * 1.2 = 0.12.
      const canaryRows = {
        'error-rate': ['0.012', '–', 'at most 0.05', '✅ pass', '600'],
        'p99-latency': ['0.11', '0.1', 'at most stable + 20% (0.12)', '✅ pass', '–'],
      };
      const written = await readFile(summary, 'utf8');
      expect(written).toContain('### rollout-good in production');
      expect(written).toContain('#### Step 1 (10% of traffic), 2026-11-22T10:02:00Z: advance');
      expect(tableRows(written)).toEqual(canaryRows);
      const status = JSON.parse((await dhow(['rollout', 'status', '--registry', r.dir, '--json'], { env: { DHOW_NOW: at(130) } })).stdout);
      expect(status.rollouts[0].analysis).toEqual([
        {
          step: 1,
          weight: 10,
          action: 'advance',
          at: at(120),
          commit: advanced.json.commit,
          checks: [
            { check: 'error-rate', verdict: 'pass', canary: 0.012, stable: null, samples: 600, comparison: 'at most 0.05', limit: 0.05 },
            {
              check: 'p99-latency',
              verdict: 'pass',
              canary: 0.11,
              stable: 0.1,
              samples: null,
              comparison: 'at most stable + 20%',
              limit: expect.closeTo(0.12, 12),
            },
          ],
        },
      ]);
      expect((await r.manifest()).spec.predictor.canaryTrafficPercent).toBe(50);
      // One interval into the next step: the same four queries, however many steps went before.
      expect((await r.step(180)).json).toMatchObject({ action: 'wait', commit: null, queries: 4 });
      // Run again at the same moment: the step is done, nothing is committed twice.
      expect((await r.step(120)).json).toMatchObject({ action: 'wait', commit: null });

      const summary2 = join(r.dir, '..', 'summary-2.md');
      const promoted = await r.step(240, ['--summary', summary2]);
      expect(promoted.json).toMatchObject({ action: 'promote', weight: 100, version: '1.4.0' });
      // From the second step on, the job summary charts each check across the steps: step 1's recorded canary
      // error ratio (0.012, read back from status above) and this step's, at the weights 10% and 50%.
      const errorNow = promoted.json.checks.find((c: { check: string }) => c.check === 'error-rate').canary;
      const charted = await readFile(summary2, 'utf8');
      expect(charted).toContain(
        ['```mermaid', 'xychart-beta', '  title "error-rate"', '  x-axis "canary weight by step" ["10%", "50%"]', `  line "canary" [0.012, ${errorNow}]`].join(
          '\n',
        ),
      );
      const release = await r.release();
      expect(release.rollout).toBeUndefined();
      expect(release.version).toBe('1.4.0');
      expect((await r.manifest()).spec.predictor).not.toHaveProperty('canaryTrafficPercent');
      expect((await r.step(300)).json).toMatchObject({ action: 'none', commit: null });
      // The promotion request's one sticky comment holds both recorded steps, oldest first.
      const comment = (await stickyComment(r.dir, request!.id, 'rollout-analysis:production/rollout-good'))!;
      expect(comment).toMatch(/#### Step 1 \(10% of traffic\)[^]*#### Step 2 \(50% of traffic\), 2026-11-22T10:04:00Z: promote to all traffic/);
      expect(tableRows(comment)).toEqual(canaryRows);
      // A comment left behind the history (a step killed before writing it) is put right by the next step, even
      // after the promotion; the stable version it names is read from the release file before the promotion.
      await r.forge.upsertComment(request!.id, 'rollout-analysis:production/rollout-good', 'behind');
      expect((await r.step(310)).json).toMatchObject({ action: 'none', commit: null });
      expect(await stickyComment(r.dir, request!.id, 'rollout-analysis:production/rollout-good')).toBe(comment);
      expect(comment).toContain('### Rollout of rollout-good 1.4.0 in production (stable: 1.3.0)');

      const commits = await r.commits();
      expect(commits.length - before).toBe(2);
      expect(commits.slice(0, 2).map((c) => [c.trailers['Dhow-Rollout'], c.trailers['Dhow-Version'], c.trailers['Dhow-Environment']])).toEqual([
        ['promote', '1.4.0', 'production'],
        ['advance', '1.4.0', 'production'],
      ]);
    } finally {
      await r.cleanup();
    }
  });

  it('aborts a canary with a higher error rate at its first failing measurement: back to stable in one commit, canary held', async () => {
    const r = await registry('rollout-bad');
    try {
      lab!.set('rollout-bad', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
      lab!.set('rollout-bad', '1.4.0', { errors: 0.2, requests: 600, p99: 0.1 });
      await deploy(r, '1.3.0', at(-3600));
      await deploy(r, '1.4.0', T0);
      await lab!.scraped('rollout-bad');
      const before = (await r.commits()).length;
      const aborted = await r.step(61);
      expect(aborted.json).toMatchObject({ action: 'abort', version: '1.3.0', weight: 100 });
      expect(aborted.json.reasons.join('\n')).toContain('error-rate: canary 0.2000, beyond the limit of at most 0.05000');
      const release = await r.release();
      expect(release).toMatchObject({ version: '1.3.0', 'revert-of': '1.4.0', previous: '1.4.0', 'promoted-by': 'dhow-rollout' });
      expect(release.holds.map((h) => h.version)).toEqual(['1.4.0']);
      expect((await r.manifest()).spec.predictor).toEqual({ model: { modelFormat: { name: 'huggingface' }, storageUri: 's3://models/rollout-bad/1.3.0/' } });
      const commits = await r.commits();
      expect(commits.length - before).toBe(1);
      expect(commits[0]!.trailers).toMatchObject({ 'Dhow-Rollout': 'abort', 'Revert-Of': '1.4.0', 'Dhow-Version': '1.3.0' });
      // The failing measurement is the evidence on the promotion request: 0.2 against the 0.05 threshold.
      const request = await r.forge.findRequest('dhow/promote/production/rollout-bad', { state: 'all' });
      const comment = (await stickyComment(r.dir, request!.id, 'rollout-analysis:production/rollout-bad'))!;
      expect(comment).toContain('#### Step 1 (10% of traffic), 2026-11-22T10:01:01Z: abort, back to stable');
      expect(tableRows(comment)['error-rate']).toEqual(['0.2', '–', 'at most 0.05', '❌ fail', '600']);
      expect((await r.step(120)).json).toMatchObject({ action: 'none', commit: null });
    } finally {
      await r.cleanup();
    }
  });

  it('counts a canary without traffic as inconclusive and aborts it past the inconclusive limit', async () => {
    const r = await registry('rollout-idle');
    try {
      lab!.set('rollout-idle', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
      lab!.set('rollout-idle', '1.4.0', { errors: 0, requests: 0, p99: 0.1 });
      await deploy(r, '1.3.0', at(-3600));
      await deploy(r, '1.4.0', T0);
      await lab!.scraped('rollout-idle');
      const first = await r.step(61);
      expect(first.json).toMatchObject({ action: 'wait', version: '1.4.0', weight: 10 });
      expect(first.json.commit).toMatch(/^[0-9a-f]{40}$/);
      expect((await r.release()).rollout).toMatchObject({ inconclusive: { 'error-rate': 1 } });
      // Within the interval the same check is not measured again.
      expect((await r.step(90)).json).toMatchObject({ action: 'wait', commit: null });
      const status = await dhow(['rollout', 'status', '--registry', r.dir, '--json'], { env: { DHOW_NOW: at(90) } });
      expect(JSON.parse(status.stdout).rollouts).toEqual([
        expect.objectContaining({
          model: 'rollout-idle',
          strategy: 'canary',
          canary: '1.4.0',
          stable: '1.3.0',
          weight: 10,
          step: 1,
          steps: 2,
          inconclusive: { 'error-rate': 1 },
        }),
      ]);
      const second = await r.step(121);
      expect(second.json).toMatchObject({ action: 'abort', version: '1.3.0' });
      expect(second.json.reasons[0]).toBe('error-rate was inconclusive 2 time(s), over its inconclusive limit of 1');
    } finally {
      await r.cleanup();
    }
  });

  it('lets two controllers step at once without committing the step twice (compare-and-swap, then re-plan)', async () => {
    const r = await registry('rollout-race');
    try {
      lab!.set('rollout-race', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
      lab!.set('rollout-race', '1.4.0', { errors: 0.01, requests: 600, p99: 0.1 });
      await deploy(r, '1.3.0', at(-3600));
      await deploy(r, '1.4.0', T0);
      await lab!.scraped('rollout-race');
      const before = (await r.commits()).length;
      clock = at(120);
      const controllers = await Promise.all([0, 1].map(() => openLocalForge(r.dir, { identity: { name: 'dhow-rollout' }, now: () => at(120) })));
      const results = await Promise.all(
        controllers.map((forge) =>
          stepRollout(
            forge,
            { model: r.model, environment: 'production' },
            { by: 'dhow-rollout', now: () => at(120), metrics: prometheusSource(lab!.prometheusUrl), render: renderDeployManifests },
          ),
        ),
      );
      expect(results.map((x) => x.decision.action).sort()).toEqual(['advance', 'wait']);
      expect(results.filter((x) => x.sha).length).toBe(1);
      expect((await r.commits()).length - before).toBe(1);
      expect((await r.release()).rollout).toMatchObject({ step: 1, weight: 50 });
    } finally {
      await r.cleanup();
    }
  });

  it('names the dhow.yaml check whose query returns more than one series, writing nothing', async () => {
    const sloppy = { ...ROLLOUT, analysis: [{ ...ROLLOUT.analysis[1], canary: 'dhow_test_p99_seconds{model="{{model}}"}' }] };
    const r = await registry('rollout-sloppy', { rollout: sloppy });
    try {
      lab!.set('rollout-sloppy', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
      lab!.set('rollout-sloppy', '1.4.0', { errors: 0.01, requests: 600, p99: 0.1 });
      await deploy(r, '1.3.0', at(-3600));
      await deploy(r, '1.4.0', T0);
      await lab!.scraped('rollout-sloppy');
      const before = await r.commits();
      const run = await r.step(61);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('dhow.yaml, field "rollout analysis "p99-latency" canary"');
      expect(run.stderr).toContain('returned 2 series, not one: aggregate it');
      expect(await r.commits()).toEqual(before);
    } finally {
      await r.cleanup();
    }
  });
});

describe('a RawDeployment environment: KServe v0.20 named canaries', { timeout: SLOW }, () => {
  /** The rendered InferenceService, after checking it against KServe's CRD and its canary admission rules. */
  async function admitted(r: Registry): Promise<Record<string, any>> {
    const service = await r.manifest();
    expect(validInferenceService(service)).toEqual([]);
    expect(kserveCanaryRefusals(service)).toEqual([]);
    expect(service.metadata.annotations['serving.kserve.io/deploymentMode']).toBe('RawDeployment');
    return service;
  }
  const model = (m: string, v: string) => ({ name: 'kserve-container', modelFormat: { name: 'huggingface' }, storageUri: `s3://models/${m}/${v}/` });
  const stable = (m: string) => ({ model: { modelFormat: { name: 'huggingface' }, storageUri: `s3://models/${m}/1.3.0/` } });

  it('runs the canary beside the stable predictor, shifts its trafficPercent step by step, then promotes it', async () => {
    const r = await registry('raw-good', { kserveMode: 'raw-deployment' });
    try {
      lab!.set('raw-good', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
      lab!.set('raw-good', '1.4.0', { errors: 0.012, requests: 600, p99: 0.11 });
      await deploy(r, '1.3.0', at(-3600));
      expect((await admitted(r)).spec).toEqual({ predictor: stable('raw-good') });
      await deploy(r, '1.4.0', T0);
      // The merge started the canary: the predictor stays 1.3.0, the named canary v1-4-0 takes 10%.
      expect((await admitted(r)).spec).toEqual({
        predictor: stable('raw-good'),
        canary: [{ trafficPercent: 10, predictor: { name: 'v1-4-0', model: model('raw-good', '1.4.0') } }],
      });
      await lab!.scraped('raw-good');
      const before = (await r.commits()).length;
      expect((await r.step(61)).json).toMatchObject({ action: 'wait', commit: null });
      const advanced = await r.step(120);
      expect(advanced.json).toMatchObject({ action: 'advance', weight: 50, version: '1.4.0' });
      expect((await admitted(r)).spec).toEqual({
        predictor: stable('raw-good'),
        canary: [{ trafficPercent: 50, predictor: { name: 'v1-4-0', model: model('raw-good', '1.4.0') } }],
      });
      // deploy/ is what the release renders (with the stable version's record beside the canary's).
      expect((await dhow(['validate', '--registry', r.dir])).code).toBe(0);
      expect((await r.step(240)).json).toMatchObject({ action: 'promote', weight: 100, version: '1.4.0' });
      // Promoted: the canary entry is gone and the predictor runs 1.4.0 (KServe rolls the stable Deployment to it).
      const { name: _container, ...promoted } = model('raw-good', '1.4.0');
      expect((await admitted(r)).spec).toEqual({ predictor: { model: promoted } });
      expect((await r.commits()).length - before).toBe(2);
      expect((await dhow(['validate', '--registry', r.dir])).code).toBe(0);
    } finally {
      await r.cleanup();
    }
  });

  it('aborts a failing canary by dropping it, leaving the stable predictor as it was, in one commit', async () => {
    const r = await registry('raw-bad', { kserveMode: 'raw-deployment' });
    try {
      lab!.set('raw-bad', '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
      lab!.set('raw-bad', '1.4.0', { errors: 0.2, requests: 600, p99: 0.1 });
      await deploy(r, '1.3.0', at(-3600));
      await deploy(r, '1.4.0', T0);
      const during = await admitted(r);
      expect(during.spec.canary).toEqual([{ trafficPercent: 10, predictor: { name: 'v1-4-0', model: model('raw-bad', '1.4.0') } }]);
      await lab!.scraped('raw-bad');
      const before = (await r.commits()).length;
      expect((await r.step(61)).json).toMatchObject({ action: 'abort', version: '1.3.0', weight: 100 });
      const after = await admitted(r);
      expect(after.spec).toEqual({ predictor: stable('raw-bad') });
      // The same stable predictor as during the rollout: its Deployment is not restarted by the abort.
      expect(after.spec.predictor).toEqual(during.spec.predictor);
      expect((await r.commits()).length - before).toBe(1);
      expect((await r.release()).holds.map((h) => h.version)).toEqual(['1.4.0']);
      expect((await dhow(['validate', '--registry', r.dir])).code).toBe(0);
    } finally {
      await r.cleanup();
    }
  });
});

const AB = {
  strategy: 'ab',
  ab: {
    weight: 50,
    duration: '10m',
    metric: {
      kind: 'rate',
      name: 'conversion',
      successes: 'sum(dhow_test_conversions{model="{{model}}",version="{{version}}"})',
      trials: 'sum(dhow_test_sessions{model="{{model}}",version="{{version}}"})',
    },
    direction: 'higher-is-better',
    alpha: 0.05,
    'min-samples': 500,
  },
};

describe('an A/B rollout decided by a two-proportion z-test on Prometheus numbers', { timeout: SLOW }, () => {
  // Expected values: pooled z and 2 * scipy.stats.norm.sf(|z|) from scipy 1.17.1 (see rollout-stats.test.ts).
  it.each([
    ['a real difference', 'ab-better', 130, 60, 'promote', '1.4.0', 5.338225922968465, 9.386045741028277e-8],
    ['no real difference', 'ab-same', 520, 500, 'abort', '1.3.0', 0.894606130121643, 0.37099767373660797],
  ])('with %s: %s', async (_what, model, canaryConversions, stableConversions, action, version, statistic, pValue) => {
    const r = await registry(model, { rollout: AB });
    try {
      lab!.set(model, '1.3.0', { errors: 0, requests: 1000, p99: 0.1, conversions: stableConversions, sessions: 1000 });
      lab!.set(model, '1.4.0', { errors: 0, requests: 1000, p99: 0.1, conversions: canaryConversions, sessions: 1000 });
      await deploy(r, '1.3.0', at(-3600));
      await deploy(r, '1.4.0', T0);
      expect((await r.manifest()).spec.predictor.canaryTrafficPercent).toBe(50);
      await lab!.scraped(model);
      expect((await r.step(300)).json).toMatchObject({ action: 'wait', commit: null, queries: 0 });
      const decided = await r.step(600);
      expect(decided.json).toMatchObject({ action, version, ab: { test: 'two-proportion-z', alpha: 0.05 } });
      expect(decided.json.ab.statistic).toBeCloseTo(statistic, 10);
      expect(decided.json.ab.pValue / pValue).toBeCloseTo(1, 8);
      // Successes and trials for each arm: four queries.
      expect(decided.json.queries).toBe(4);
      const release = await r.release();
      expect(release.version).toBe(version);
      expect(release.rollout).toBeUndefined();
      // No significant difference keeps the stable version without holding the canary.
      expect(release.holds).toEqual([]);
      expect((await r.commits())[0]!.trailers['Dhow-Rollout']).toBe(action);
    } finally {
      await r.cleanup();
    }
  });
});

describe('the GPU budget of an environment', { timeout: SLOW }, () => {
  it('refuses a canary that would take production over its GPU budget, counting replicas, saying by how much', async () => {
    // Each version: up to 2 replicas of 1 GPU. The stable takes 2, the canary beside it 2 more: 4 over 3 by 1.
    const r = await registry('rollout-gpu', { gpuBudget: 3, gpus: 1, replicas: 2 });
    try {
      await deploy(r, '1.3.0', at(-3600));
      clock = T0;
      await openPromotion(r.forge, { model: r.model, version: '1.4.0', environment: 'staging' }, { by: 'noura', at: T0 }).then(({ request }) =>
        mergePromotion(r.forge, request.id, { by: 'noura', at: T0 }),
      );
      const run = await dhow(['promote', '--registry', r.dir, '--model', r.model, '--version', '1.4.0', '--to', 'production', '--as', 'noura'], {
        env: { DHOW_NOW: T0 },
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('the canary adds 2 GPUs (2 replicas of 1) to the 2 production uses: 4 is over its budget of 3 by 1');
      expect((await r.manifest()).spec.predictor).toMatchObject({
        minReplicas: 1,
        maxReplicas: 2,
      });
      expect((await r.release()).version).toBe('1.3.0');
    } finally {
      await r.cleanup();
    }
  });
});
