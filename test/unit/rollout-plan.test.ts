/**
 * The rollout planner, transition by transition: every way a step can end (none, wait, wait recording a
 * measurement, advance, promote, abort with or without a hold) for canary, blue-green and A/B rollouts, and
 * the start of a rollout with its GPU budget. Expected numbers are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { RolloutPolicy, type RolloutState } from '../../src/registry/rollout-schemas.js';
import { RegistryConfig, type ReleaseFile } from '../../src/registry/schemas.js';
import type { AbMeasurement } from '../../src/rollout/ab.js';
import type { Measurement } from '../../src/rollout/analysis.js';
import { evaluateCheck } from '../../src/rollout/analysis.js';
import { addDemands, gpuDemandOf, NO_GPU } from '../../src/rollout/gpu-budget.js';
import { abDue, dueChecks, planRolloutStart, planRolloutStep, type RolloutDecision } from '../../src/rollout/plan.js';
import { revertedRelease } from '../../src/revert/plan.js';
import { rolloutPolicyFor } from '../../src/rollout/policy.js';
import { begunAtMerge, rolloutCommit } from '../../src/rollout/release.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const T0 = '2026-11-22T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

const errorRate = {
  name: 'error-rate',
  canary: 'sum(rate(errors{version="{{version}}"}[1m])) / sum(rate(requests{version="{{version}}"}[1m]))',
  samples: 'sum(increase(requests{version="{{version}}"}[1m]))',
  'min-samples': 100,
  direction: 'lower-is-better',
  threshold: 0.05,
  interval: '1m',
  'failure-limit': 1,
  'inconclusive-limit': 2,
} as const;
const p99 = {
  name: 'p99-latency',
  canary: 'histogram_quantile(0.99, sum by (le) (rate(latency_bucket{version="{{version}}"}[1m])))',
  stable: 'histogram_quantile(0.99, sum by (le) (rate(latency_bucket{version="{{version}}"}[1m])))',
  direction: 'lower-is-better',
  tolerance: 0.2,
  interval: '1m',
} as const;

const canaryPolicy = RolloutPolicy.parse({
  strategy: 'canary',
  steps: [
    { weight: 10, soak: '10m' },
    { weight: 50, soak: '10m' },
  ],
  analysis: [errorRate, p99],
});
const blueGreen = RolloutPolicy.parse({ strategy: 'blue-green', preview: '5m', analysis: [errorRate] });
const abPolicy = RolloutPolicy.parse({
  strategy: 'ab',
  ab: {
    weight: 50,
    duration: '1h',
    metric: { kind: 'rate', name: 'conversion', successes: 'sum(conversions{version="{{version}}"})', trials: 'sum(sessions{version="{{version}}"})' },
    direction: 'higher-is-better',
    alpha: 0.05,
    'min-samples': 500,
  },
  analysis: [errorRate],
});

function rollout(overrides: Partial<RolloutState> = {}): RolloutState {
  return {
    strategy: 'canary',
    stable: '1.3.0',
    canary: '1.4.0',
    weight: 10,
    step: 0,
    'started-at': T0,
    'step-started-at': T0,
    failures: {},
    inconclusive: {},
    'measured-at': {},
    ...overrides,
  };
}

function release(state: RolloutState | null = rollout()): ReleaseFile {
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'Release',
    model: 'arabic-sentiment',
    environment: 'production',
    version: '1.4.0',
    digest: digest('b'),
    previous: '1.3.0',
    'last-known-good': '1.3.0',
    holds: [],
    'promoted-by': 'release-bot',
    'promoted-at': T0,
    ...(state ? { rollout: state } : {}),
  };
}

// Healthy measurements: 1% errors over 1000 requests; p99 110 ms against a stable 100 ms (limit 120 ms).
const goodErrors: Measurement = { check: 'error-rate', canary: 0.01, samples: 1000 };
const badErrors: Measurement = { check: 'error-rate', canary: 0.09, samples: 1000 };
const thinErrors: Measurement = { check: 'error-rate', canary: 0, samples: 12 };
const goodP99: Measurement = { check: 'p99-latency', canary: 0.11, stable: 0.1 };
const badP99: Measurement = { check: 'p99-latency', canary: 0.13, stable: 0.1 };

interface Case {
  name: string;
  release: ReleaseFile;
  policy: RolloutPolicy;
  now: string;
  checks?: Measurement[];
  ab?: AbMeasurement;
  action: RolloutDecision['action'];
  records?: boolean;
  hold?: boolean;
  state?: Partial<RolloutState>;
  reason?: RegExp;
}

const cases: Case[] = [
  { name: 'does nothing when no rollout is under way', release: release(null), policy: canaryPolicy, now: at(60), action: 'none', reason: /no rollout/ },
  {
    name: 'waits, changing nothing, when the policy no longer describes the rollout',
    release: release(),
    policy: abPolicy,
    now: at(3600),
    checks: [badErrors],
    action: 'wait',
    records: false,
    reason: /canary rollout but the policy now says ab/,
  },
  {
    name: 'waits before the first interval has passed, ignoring early measurements',
    release: release(),
    policy: canaryPolicy,
    now: at(30),
    checks: [badErrors, badP99],
    action: 'wait',
    records: false,
    reason: /soaks for 570s more/,
  },
  {
    name: 'waits without a commit when every due check passes during the soak',
    release: release(),
    policy: canaryPolicy,
    now: at(120),
    checks: [goodErrors, goodP99],
    action: 'wait',
    records: false,
  },
  {
    name: 'records a failed measurement within the failure limit',
    release: release(),
    policy: canaryPolicy,
    now: at(120),
    checks: [badErrors, goodP99],
    action: 'wait',
    records: true,
    state: { failures: { 'error-rate': 1 }, 'measured-at': { 'error-rate': at(120) } },
    reason: /error-rate: canary 0.09000, beyond the limit of at most 0.05000/,
  },
  {
    name: 'aborts and holds when failures exceed the failure limit (Argo: failed > failureLimit)',
    release: release(rollout({ failures: { 'error-rate': 1 }, 'measured-at': { 'error-rate': at(60) } })),
    policy: canaryPolicy,
    now: at(125),
    checks: [badErrors, goodP99],
    action: 'abort',
    hold: true,
    reason: /error-rate failed 2 time\(s\), over its failure limit of 1/,
  },
  {
    name: 'aborts at the first failure of a check whose failure limit is 0 (the default)',
    release: release(),
    policy: canaryPolicy,
    now: at(120),
    checks: [goodErrors, badP99],
    action: 'abort',
    hold: true,
    reason: /p99-latency failed 1 time\(s\), over its failure limit of 0/,
  },
  {
    name: 'counts too few samples as inconclusive, never as a pass',
    release: release(),
    policy: canaryPolicy,
    now: at(120),
    checks: [thinErrors, goodP99],
    action: 'wait',
    records: true,
    state: { inconclusive: { 'error-rate': 1 }, failures: {} },
    reason: /12 samples, fewer than the 100 needed/,
  },
  {
    name: 'aborts and holds when inconclusive measurements exceed the inconclusive limit',
    release: release(rollout({ inconclusive: { 'error-rate': 2 }, 'measured-at': { 'error-rate': at(60) } })),
    policy: canaryPolicy,
    now: at(121),
    checks: [thinErrors, goodP99],
    action: 'abort',
    hold: true,
    reason: /error-rate was inconclusive 3 time\(s\), over its inconclusive limit of 2/,
  },
  {
    name: 'counts an empty canary query as inconclusive',
    release: release(),
    policy: canaryPolicy,
    now: at(120),
    checks: [{ check: 'error-rate', canary: null, samples: 500 }, goodP99],
    action: 'wait',
    records: true,
    state: { inconclusive: { 'error-rate': 1 } },
    reason: /the canary query returned no number/,
  },
  {
    name: 'aborts when a relative check has no stable number to compare with and its inconclusive limit is 0',
    release: release(),
    policy: canaryPolicy,
    now: at(120),
    checks: [goodErrors, { check: 'p99-latency', canary: 0.1, stable: null }],
    action: 'abort',
    hold: true,
    reason: /p99-latency was inconclusive 1 time/,
  },
  {
    name: 'does not count a measurement of a check that is not due yet',
    release: release(rollout({ failures: { 'error-rate': 1 }, 'measured-at': { 'error-rate': at(270) } })),
    policy: canaryPolicy,
    now: at(300),
    checks: [badErrors, goodP99],
    action: 'wait',
    records: false,
  },
  {
    name: 'ignores a measurement of a check the policy does not have',
    release: release(),
    policy: canaryPolicy,
    now: at(120),
    checks: [goodErrors, goodP99, { check: 'made-up', canary: 99 }],
    action: 'wait',
    records: false,
  },
  {
    name: 'advances to the next weight when the soak is over and every check passes',
    release: release(rollout({ failures: { 'error-rate': 1 }, 'measured-at': { 'error-rate': at(120) } })),
    policy: canaryPolicy,
    now: at(600),
    checks: [goodErrors, goodP99],
    action: 'advance',
    state: { step: 1, weight: 50, 'step-started-at': at(600), failures: { 'error-rate': 1 } },
    reason: /passed step 1: 50% of traffic next/,
  },
  {
    name: 'promotes when the last step passes',
    release: release(rollout({ step: 1, weight: 50, 'step-started-at': at(600) })),
    policy: canaryPolicy,
    now: at(1200),
    checks: [goodErrors, goodP99],
    action: 'promote',
    reason: /passed its last step: it takes all traffic/,
  },
  {
    name: 'waits at the end of the soak until every check has been measured',
    release: release(),
    policy: canaryPolicy,
    now: at(600),
    checks: [goodErrors],
    action: 'wait',
    records: false,
    reason: /p99-latency has not been measured/,
  },
  {
    name: 'waits at the end of the soak, recording it, when a check fails within its limit',
    release: release(),
    policy: canaryPolicy,
    now: at(600),
    checks: [badErrors, goodP99],
    action: 'wait',
    records: true,
    state: { failures: { 'error-rate': 1 } },
    reason: /not every check passed/,
  },
  {
    name: 'never aborts on failures when the failure limit is -1',
    release: release(rollout({ failures: { 'error-rate': 40 }, 'measured-at': { 'error-rate': at(60) } })),
    policy: RolloutPolicy.parse({ ...canaryPolicy, analysis: [{ ...errorRate, 'failure-limit': -1 }] }),
    now: at(180),
    checks: [badErrors],
    action: 'wait',
    records: true,
    state: { failures: { 'error-rate': 41 } },
  },
  {
    name: 'aborts, keeping the hold as it is, when the canary was put on hold during its rollout',
    release: { ...release(), holds: [{ version: '1.4.0', reason: 'customer complaints', by: 'mariam', at: at(30) }] },
    policy: canaryPolicy,
    now: at(45),
    action: 'abort',
    hold: false,
    reason: /1.4.0 was put on hold during its rollout: customer complaints \(by mariam\)/,
  },
  {
    name: 'keeps a blue-green preview at 0% until the preview is over',
    release: release(rollout({ strategy: 'blue-green', weight: 0 })),
    policy: blueGreen,
    now: at(120),
    checks: [goodErrors],
    action: 'wait',
    records: false,
    reason: /0% to 1.4.0\) soaks for 180s more/,
  },
  {
    name: 'promotes a blue-green preview that passed its analysis',
    release: release(rollout({ strategy: 'blue-green', weight: 0 })),
    policy: blueGreen,
    now: at(300),
    checks: [goodErrors],
    action: 'promote',
  },
  {
    name: 'aborts a blue-green preview that failed',
    release: release(rollout({ strategy: 'blue-green', weight: 0, failures: { 'error-rate': 1 } })),
    policy: blueGreen,
    now: at(300),
    checks: [badErrors],
    action: 'abort',
    hold: true,
  },
];

// A/B: 50/50 for an hour; conversions 130 of 1000 on the canary against 60 of 1000 on the stable give
// z = 5.338 (p = 9.4e-8, pinned from scipy in rollout-stats.test.ts); 520/1000 against 500/1000 give p = 0.371.
const abRelease = release(rollout({ strategy: 'ab', weight: 50 }));
const rate = (cs: number, ct: number, ss: number, st: number): AbMeasurement => ({
  kind: 'rate',
  canary: { successes: cs, trials: ct },
  stable: { successes: ss, trials: st },
});
cases.push(
  {
    name: 'A/B: waits while the split runs its course',
    release: abRelease,
    policy: abPolicy,
    now: at(1800),
    checks: [goodErrors],
    ab: rate(130, 1000, 60, 1000),
    action: 'wait',
    records: false,
  },
  {
    name: 'A/B: promotes a canary that is significantly better',
    release: abRelease,
    policy: abPolicy,
    now: at(3600),
    checks: [goodErrors],
    ab: rate(130, 1000, 60, 1000),
    action: 'promote',
    reason: /conversion: the canary is significantly better \(two-proportion-z statistic 5.3382, p = 9.386e-8, alpha 0.05\)/,
  },
  {
    name: 'A/B: aborts and holds a canary that is significantly worse',
    release: abRelease,
    policy: abPolicy,
    now: at(3600),
    checks: [goodErrors],
    ab: rate(60, 1000, 130, 1000),
    action: 'abort',
    hold: true,
    reason: /significantly worse/,
  },
  {
    name: 'A/B: keeps the stable version, without a hold, when there is no significant difference',
    release: abRelease,
    policy: abPolicy,
    now: at(3600),
    checks: [goodErrors],
    ab: rate(520, 1000, 500, 1000),
    action: 'abort',
    hold: false,
    reason: /no significant difference .*p = 0.3710/,
  },
  {
    name: 'A/B: keeps the stable version when an arm has fewer observations than the minimum',
    release: abRelease,
    policy: abPolicy,
    now: at(3600),
    checks: [goodErrors],
    ab: rate(40, 300, 60, 1000),
    action: 'abort',
    hold: false,
    reason: /300 observations in an arm, fewer than the 500 needed/,
  },
  {
    name: 'A/B: waits when the metric has not been measured at the end of the split',
    release: abRelease,
    policy: abPolicy,
    now: at(3600),
    checks: [goodErrors],
    action: 'wait',
    records: false,
    reason: /A\/B metric has not been measured/,
  },
  {
    name: 'A/B: a failing guardrail check holds back even a winning canary',
    release: abRelease,
    policy: abPolicy,
    now: at(3600),
    checks: [{ ...badErrors }],
    ab: rate(130, 1000, 60, 1000),
    action: 'wait',
    records: true,
    reason: /not every check passed/,
  },
);

describe('planRolloutStep: every transition', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const decision = planRolloutStep(c.release, { checks: c.checks ?? [], ...(c.ab ? { ab: c.ab } : {}) }, c.policy, c.now);
    expect(decision.action).toBe(c.action);
    if (c.records !== undefined) expect(decision.rollout !== undefined).toBe(c.records);
    if (c.hold !== undefined) expect(decision.hold).toBe(c.hold);
    if (c.state) expect(decision.rollout).toMatchObject(c.state);
    if (c.reason) expect(decision.reasons.join('\n')).toMatch(c.reason);
  });

  it('plans the same thing again when a step is repeated on the same state (idempotent)', () => {
    const first = planRolloutStep(release(), { checks: [badErrors, goodP99] }, canaryPolicy, at(120));
    const again = planRolloutStep(release(), { checks: [badErrors, goodP99] }, canaryPolicy, at(120));
    expect(again).toEqual(first);
  });

  it('does not count the same failure twice once it is recorded (the check is not due again within its interval)', () => {
    const first = planRolloutStep(release(), { checks: [badErrors, goodP99] }, canaryPolicy, at(120));
    const recorded = release(first.rollout!);
    expect(dueChecks(recorded, canaryPolicy, at(150))).toEqual(['p99-latency']);
    const second = planRolloutStep(recorded, { checks: [badErrors, goodP99] }, canaryPolicy, at(150));
    expect(second.action).toBe('wait');
    expect(second.rollout).toBeUndefined();
    expect(dueChecks(recorded, canaryPolicy, at(180))).toEqual(['error-rate', 'p99-latency']);
  });
});

describe('dueChecks and abDue', () => {
  it('measures nothing before the first interval, every check after it, and every check once when the soak ends', () => {
    expect(dueChecks(release(), canaryPolicy, at(59))).toEqual([]);
    expect(dueChecks(release(), canaryPolicy, at(60))).toEqual(['error-rate', 'p99-latency']);
    const justMeasured = release(rollout({ 'measured-at': { 'error-rate': at(590), 'p99-latency': at(590) } }));
    expect(dueChecks(justMeasured, canaryPolicy, at(595))).toEqual([]);
    expect(dueChecks(justMeasured, canaryPolicy, at(600))).toEqual(['error-rate', 'p99-latency']);
  });

  it('asks for the A/B metric only once the split has run for its whole duration', () => {
    expect(abDue(abRelease, abPolicy, at(3599))).toBe(false);
    expect(abDue(abRelease, abPolicy, at(3600))).toBe(true);
    expect(abDue(release(), canaryPolicy, at(3600))).toBe(false);
  });
});

describe('evaluateCheck', () => {
  const quality = {
    name: 'agreement',
    canary: 'q',
    stable: 'q',
    direction: 'higher-is-better',
    tolerance: 0.1,
    interval: '1m',
    'min-samples': 0,
    'failure-limit': 0,
    'inconclusive-limit': 0,
  } as const;
  // Stable agreement 0.80 with a 10% tolerance: the canary must reach 0.80 - 0.08 = 0.72.
  it.each([
    [0.73, 'pass'],
    [0.72, 'pass'],
    [0.71, 'fail'],
  ])('holds a canary agreement of %s to at least 0.72: %s', (canary, verdict) => {
    const outcome = evaluateCheck(quality, { check: 'agreement', canary, stable: 0.8 });
    expect(outcome.verdict).toBe(verdict);
    expect(outcome.limit).toBeCloseTo(0.72, 12);
  });

  it('counts NaN and Infinity from Prometheus as no number', () => {
    expect(evaluateCheck(quality, { check: 'agreement', canary: NaN, stable: 0.8 }).verdict).toBe('inconclusive');
    expect(evaluateCheck(quality, { check: 'agreement', canary: 0.9, stable: Infinity }).verdict).toBe('inconclusive');
  });
});

describe('planRolloutStart', () => {
  const current = release(null);
  const base = { environment: 'production', current: { ...current, version: '1.3.0' }, canary: '1.4.0', now: T0 };

  it('starts nothing for all-at-once, and nothing for the first release of an environment', () => {
    expect(planRolloutStart({ ...base, policy: RolloutPolicy.parse({}) })).toMatchObject({ ok: true, rollout: undefined });
    expect(planRolloutStart({ ...base, current: undefined, policy: canaryPolicy })).toMatchObject({ ok: true, rollout: undefined });
  });

  it('starts a canary at its first weight beside the version that runs now', () => {
    const plan = planRolloutStart({ ...base, policy: canaryPolicy });
    expect(plan).toMatchObject({ ok: true, rollout: { strategy: 'canary', stable: '1.3.0', canary: '1.4.0', weight: 10, step: 0, 'step-started-at': T0 } });
  });

  it('starts a blue-green preview at 0% and an A/B split at its weight', () => {
    expect(planRolloutStart({ ...base, policy: blueGreen })).toMatchObject({ ok: true, rollout: { weight: 0 } });
    expect(planRolloutStart({ ...base, policy: abPolicy })).toMatchObject({ ok: true, rollout: { weight: 50 } });
  });

  it('keeps the stable version when a promotion replaces a canary mid-rollout', () => {
    const mid = { ...current, version: '1.4.0', rollout: rollout() };
    expect(planRolloutStart({ ...base, current: mid, canary: '1.5.0', policy: canaryPolicy })).toMatchObject({
      ok: true,
      rollout: { stable: '1.3.0', canary: '1.5.0' },
    });
  });

  it('refuses a canary that would exceed the GPU budget, saying by how much', () => {
    // 3 GPUs in use, the canary adds 2: 5 against a budget of 4, over by 1.
    const plan = planRolloutStart({ ...base, policy: canaryPolicy, gpu: { budget: { gpus: 4 }, inUse: { gpus: 3, mig: {} }, adds: { gpus: 2, mig: {} } } });
    expect(plan).toEqual({ ok: false, reasons: ['the canary adds 2 GPUs to the 3 production uses: 5 is over its budget of 4 by 1'] });
  });

  it('counts each version at its maximum replicas: stable and canary together during a canary', () => {
    const serving = (count: number, max: number, profile?: string) =>
      ({ serving: { gpu: { count, ...(profile ? { 'mig-profile': profile } : {}) }, replicas: { min: 1, max } } }) as unknown as Parameters<
        typeof gpuDemandOf
      >[0];
    // Stable: 3 replicas of 2 GPUs = 6; another model's 1 replica of 1 GPU = 1; in use 7. The canary: 3 x 2 = 6.
    const stable = gpuDemandOf(serving(2, 3));
    expect(stable).toEqual({ gpus: 6, mig: {}, replicas: 3 });
    const inUse = addDemands(stable, gpuDemandOf({ serving: { gpu: { count: 1 } } } as unknown as Parameters<typeof gpuDemandOf>[0]));
    expect(inUse).toEqual({ gpus: 7, mig: {} });
    // 7 + 6 = 13 against a budget of 12: over by 1.
    const plan = planRolloutStart({ ...base, policy: canaryPolicy, gpu: { budget: { gpus: 12 }, inUse, adds: gpuDemandOf(serving(2, 3)) } });
    expect(plan).toEqual({ ok: false, reasons: ['the canary adds 6 GPUs (3 replicas of 2) to the 7 production uses: 13 is over its budget of 12 by 1'] });
    expect(planRolloutStart({ ...base, policy: canaryPolicy, gpu: { budget: { gpus: 13 }, inUse, adds: gpuDemandOf(serving(2, 3)) } }).ok).toBe(true);
    // MIG: 4 replicas of 1 slice each against 3 left of a budget of 5 (2 in use): 6, over by 1.
    const mig = planRolloutStart({
      ...base,
      policy: canaryPolicy,
      gpu: { budget: { mig: { '1g.10gb': 5 } }, inUse: { gpus: 0, mig: { '1g.10gb': 2 } }, adds: gpuDemandOf(serving(1, 4, '1g.10gb')) },
    });
    expect(mig).toEqual({
      ok: false,
      reasons: ['the canary adds 4 1g.10gb MIG slices (4 replicas of 1) to the 2 production uses: 6 is over its budget of 5 by 1'],
    });
  });

  it('refuses MIG slices over the budget of their profile and lets a fitting canary start', () => {
    const mig = planRolloutStart({
      ...base,
      policy: canaryPolicy,
      gpu: { budget: { mig: { '1g.10gb': 7 } }, inUse: { gpus: 0, mig: { '1g.10gb': 6 } }, adds: { gpus: 0, mig: { '1g.10gb': 2 } } },
    });
    expect(mig).toEqual({ ok: false, reasons: ['the canary adds 2 1g.10gb MIG slices to the 6 production uses: 8 is over its budget of 7 by 1'] });
    const fits = planRolloutStart({ ...base, policy: canaryPolicy, gpu: { budget: { gpus: 4 }, inUse: { gpus: 2, mig: {} }, adds: { gpus: 2, mig: {} } } });
    expect(fits.ok).toBe(true);
    expect(planRolloutStart({ ...base, policy: canaryPolicy, gpu: { budget: undefined, inUse: NO_GPU, adds: { gpus: 8, mig: {} } } }).ok).toBe(true);
  });
});

describe('rolloutCommit: the release file and trailers a decision commits', () => {
  const by = 'dhow-rollout';
  const when = at(600);

  it('commits nothing for a plain wait', () => {
    expect(rolloutCommit(release(), { action: 'wait', reasons: [], outcomes: [] }, { by, at: when })).toBeNull();
  });

  it('moves the weight on an advance and names the step in a trailer', () => {
    const decision = planRolloutStep(release(), { checks: [goodErrors, goodP99] }, canaryPolicy, when);
    const commit = rolloutCommit(release(), decision, { by, at: when })!;
    expect(commit.release.rollout).toMatchObject({ step: 1, weight: 50 });
    expect(commit.release.version).toBe('1.4.0');
    expect(commit.trailers).toMatchObject({ 'Dhow-Rollout': 'advance', 'Dhow-Rollout-Step': `1.4.0@${T0}#0`, 'Dhow-Version': '1.4.0' });
    expect(commit.message).toMatch(/^Shift 50% of arabic-sentiment traffic in production to 1.4.0 \(step 2\)/);
  });

  it('drops the rollout on a promotion: the canary takes all traffic', () => {
    const commit = rolloutCommit(release(), { action: 'promote', reasons: ['passed'], outcomes: [] }, { by, at: when })!;
    expect(commit.release.rollout).toBeUndefined();
    expect(commit.release.version).toBe('1.4.0');
    expect(commit.trailers['Dhow-Rollout']).toBe('promote');
  });

  it('puts the stable version back on an abort, holding the canary, with Revert-Of', () => {
    const commit = rolloutCommit(
      release(),
      { action: 'abort', hold: true, reasons: ['p99-latency failed'], outcomes: [] },
      { by, at: when, stableDigest: digest('a') },
    )!;
    expect(commit.release).toEqual({
      apiVersion: 'dhow.dev/v1',
      kind: 'Release',
      model: 'arabic-sentiment',
      environment: 'production',
      version: '1.3.0',
      digest: digest('a'),
      previous: '1.4.0',
      'last-known-good': '1.3.0',
      holds: [{ version: '1.4.0', reason: 'rollout aborted: p99-latency failed', by, at: when }],
      'revert-of': '1.4.0',
      'promoted-by': by,
      'promoted-at': when,
    });
    expect(commit.trailers).toMatchObject({ 'Dhow-Rollout': 'abort', 'Revert-Of': '1.4.0', 'Dhow-Version': '1.3.0' });
  });

  it('sets a canary aside without a hold when an A/B test found it no better', () => {
    const commit = rolloutCommit(
      release(),
      { action: 'abort', hold: false, reasons: ['no difference'], outcomes: [] },
      { by, at: when, stableDigest: digest('a') },
    )!;
    expect(commit.release.holds).toEqual([]);
    expect(commit.release.version).toBe('1.3.0');
  });
});

describe('begunAtMerge: a rollout written with its promotion request begins when the request merges', () => {
  const merge = { date: '2026-11-22T12:30:00+00:00', trailers: { 'Dhow-Model': 'arabic-sentiment', 'Dhow-Request': '7' } };

  it('starts the first step at the merge commit when no rollout commit followed it', () => {
    expect(begunAtMerge(release(), merge).rollout).toMatchObject({ 'started-at': '2026-11-22T12:30:00.000Z', 'step-started-at': '2026-11-22T12:30:00.000Z' });
  });

  it('keeps the written times once a rollout commit recorded them, after the first step, or for an earlier commit', () => {
    expect(begunAtMerge(release(), { ...merge, trailers: { 'Dhow-Rollout': 'record' } })).toEqual(release());
    expect(begunAtMerge(release(rollout({ step: 1 })), merge)).toEqual(release(rollout({ step: 1 })));
    expect(begunAtMerge(release(), { ...merge, date: '2026-11-22T09:00:00Z' })).toEqual(release());
    expect(begunAtMerge(release(null), merge)).toEqual(release(null));
  });
});

describe('the rollout policy in dhow.yaml', () => {
  const base = {
    apiVersion: 'dhow.dev/v1',
    kind: 'Registry',
    environments: [
      { name: 'staging', approvals: 0 },
      { name: 'production', approvals: 2, rollout: canaryPolicy },
    ],
  };

  it('takes a model override whole over the environment policy, and all-at-once where neither says anything', () => {
    const config = RegistryConfig.parse({ ...base, models: { 'arabic-sentiment': { rollout: { production: { strategy: 'blue-green', preview: '15m' } } } } });
    expect(rolloutPolicyFor(config, 'arabic-sentiment', 'production')).toMatchObject({ strategy: 'blue-green', preview: '15m', analysis: [] });
    expect(rolloutPolicyFor(config, 'other-model', 'production').strategy).toBe('canary');
    expect(rolloutPolicyFor(config, 'arabic-sentiment', 'staging').strategy).toBe('all-at-once');
  });

  it.each([
    [
      { models: { m: { rollout: { prod: { strategy: 'canary', steps: [{ weight: 10, soak: '5m' }] } } } } },
      ['models', 'm', 'rollout', 'prod'],
      'no environment "prod"',
    ],
    [{ environments: [{ name: 'production', approvals: 0, rollout: { strategy: 'canary' } }] }, ['environments', 0, 'rollout', 'steps'], 'at least one step'],
    [
      {
        environments: [
          {
            name: 'production',
            approvals: 0,
            rollout: {
              strategy: 'canary',
              steps: [
                { weight: 50, soak: '5m' },
                { weight: 10, soak: '5m' },
              ],
            },
          },
        ],
      },
      ['environments', 0, 'rollout', 'steps', 1, 'weight'],
      'step weights must increase',
    ],
    [
      {
        environments: [{ name: 'production', approvals: 0, rollout: { analysis: [{ name: 'e', canary: 'q', direction: 'lower-is-better', tolerance: 0.1 }] } }],
      },
      ['environments', 0, 'rollout', 'analysis', 0, 'stable'],
      'needs a "stable" query',
    ],
    [
      {
        environments: [
          {
            name: 'production',
            approvals: 0,
            rollout: { analysis: [{ name: 'e', canary: 'q', direction: 'lower-is-better', threshold: 1, 'min-samples': 10 }] },
          },
        ],
      },
      ['environments', 0, 'rollout', 'analysis', 0, 'samples'],
      '"min-samples" needs a "samples" query',
    ],
    [
      { environments: [{ name: 'production', approvals: 0, 'gpu-budget': { mig: { 'big-slice': 2 } } }] },
      ['environments', 0, 'gpu-budget', 'mig', 'big-slice'],
      'MIG profile',
    ],
  ])('refuses a policy that cannot run, naming the field (%#)', (change, path, message) => {
    const result = RegistryConfig.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    // A bad record key carries its message one level down (zod's invalid_key issue).
    const said = [issue?.message, ...((issue as { issues?: Array<{ message: string }> } | undefined)?.issues ?? []).map((i) => i.message)].join(' ');
    expect(said, JSON.stringify(result.error!.issues)).toContain(message);
  });

  it('keeps every registry written before rollouts valid: the release and environment fields are optional', () => {
    const config = RegistryConfig.parse(base);
    expect(config.environments[0]).not.toHaveProperty('rollout');
    expect(release(null)).not.toHaveProperty('rollout');
  });
});

describe('a drift alert during a rollout', () => {
  it('ends the rollout through the revert path: the reverted release has no rollout left to render', () => {
    const hold = { version: '1.4.0', reason: 'drift', by: 'dhow-bot', at: at(300), alert: 'c0ffee12' };
    const plan = {
      action: 'revert' as const,
      model: 'arabic-sentiment',
      environment: 'production',
      from: '1.4.0',
      to: '1.3.0',
      hold,
      message: 'm',
      trailers: {},
    };
    const reverted = revertedRelease(release(), plan, digest('a'), { by: 'dhow-bot', now: at(300) });
    expect(reverted).toMatchObject({ version: '1.3.0', 'revert-of': '1.4.0' });
    expect(reverted).not.toHaveProperty('rollout');
  });
});
