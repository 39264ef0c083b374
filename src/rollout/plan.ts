/**
 * The rollout planner, pure: from a release (with the rollout it records), the measurements just taken and
 * the rollout policy, at a given time, to one decision: wait, advance to the next traffic step, promote to
 * 100%, or abort (roll back to the stable version, holding the canary when it failed). The state lives only
 * in the release file, so a restarted controller resumes where the file says and a repeated step plans the
 * same thing again. Analysis semantics are Argo Rollouts': a check fails the rollout once its failed
 * measurements exceed its failure limit, and aborts it once its inconclusive ones exceed the inconclusive limit.
 */
import { durationMs, type RolloutPolicy, type RolloutState } from '../registry/rollout-schemas.js';
import type { ReleaseFile } from '../registry/schemas.js';
import { decideAb, type AbDecision, type AbMeasurement } from './ab.js';
import { evaluateCheck, type CheckOutcome, type Measurement } from './analysis.js';
import { gpuBudgetProblems, type GpuDemand } from './gpu-budget.js';
import type { GpuBudget } from '../registry/rollout-schemas.js';

/** What the edge measured in this step: one measurement per due check, and the A/B metric once it is due. */
export interface AnalysisResults {
  checks: Measurement[];
  ab?: AbMeasurement;
}

export type RolloutAction = 'none' | 'wait' | 'advance' | 'promote' | 'abort';

export interface RolloutDecision {
  action: RolloutAction;
  reasons: string[];
  /** The judged measurements this decision rests on (only checks that were due). */
  outcomes: CheckOutcome[];
  /** wait (when a failed or inconclusive measurement must be recorded) and advance: the new rollout state. */
  rollout?: RolloutState;
  /** abort: whether the canary is put on hold (it failed), or only set aside (A/B found it no better). */
  hold?: boolean;
  ab?: AbDecision;
}

/** Whether a decision changes the release file (wait changes it only to record a counted measurement). */
export function decisionChangesRelease(decision: RolloutDecision): boolean {
  return decision.action === 'advance' || decision.action === 'promote' || decision.action === 'abort' || decision.rollout !== undefined;
}

/** The traffic weight and hold time of a step of a strategy (a step past the last canary step soaks for 0). */
export function stepOf(policy: RolloutPolicy, strategy: RolloutState['strategy'], step: number): { weight: number; soakMs: number; last: boolean } {
  if (strategy === 'blue-green') return { weight: 0, soakMs: durationMs(policy.preview ?? '1s'), last: true };
  if (strategy === 'ab') return { weight: policy.ab?.weight ?? 50, soakMs: policy.ab ? durationMs(policy.ab.duration) : 0, last: true };
  const steps = policy.steps ?? [];
  const current = steps[Math.min(step, steps.length - 1)];
  return { weight: current?.weight ?? 0, soakMs: step < steps.length && current ? durationMs(current.soak) : 0, last: step >= steps.length - 1 };
}

export interface StartInput {
  environment: string;
  /** The release the promotion replaces (absent: the first release here, which takes all traffic at once). */
  current: ReleaseFile | undefined;
  canary: string;
  policy: RolloutPolicy;
  now: string;
  /** The environment's GPU budget, what its releases use now, and what the canary adds beside the stable. */
  gpu?: { budget: GpuBudget | undefined; inUse: GpuDemand; adds: GpuDemand };
}

export type StartPlan = { ok: true; rollout: RolloutState | undefined; reasons: string[] } | { ok: false; reasons: string[] };

/** The rollout a promotion starts, if any: refused when the canary would take the environment over its GPU budget. */
export function planRolloutStart(input: StartInput): StartPlan {
  const { policy, current, canary, now, environment } = input;
  if (policy.strategy === 'all-at-once') return { ok: true, rollout: undefined, reasons: [`${environment} takes new versions all at once`] };
  if (!current) return { ok: true, rollout: undefined, reasons: [`nothing runs in ${environment} yet: ${canary} takes all traffic at once`] };
  // A promotion during a rollout replaces the canary; the version that had all traffic stays the stable one.
  const stable = current.rollout?.stable ?? current.version;
  if (stable === canary) return { ok: true, rollout: undefined, reasons: [`${canary} is the stable version of ${environment}: it takes all traffic back`] };
  if (input.gpu) {
    const problems = gpuBudgetProblems(environment, input.gpu.budget, input.gpu.inUse, input.gpu.adds);
    if (problems.length > 0) return { ok: false, reasons: problems };
  }
  const first = stepOf(policy, policy.strategy, 0);
  return {
    ok: true,
    reasons: [`${policy.strategy} rollout of ${canary} beside ${stable} begins at ${first.weight}% of traffic`],
    rollout: {
      strategy: policy.strategy,
      stable,
      canary,
      weight: first.weight,
      step: 0,
      'started-at': now,
      'step-started-at': now,
      failures: {},
      inconclusive: {},
      'measured-at': {},
    },
  };
}

/**
 * The checks to measure now: each one interval after its last recorded measurement (or the step's start),
 * and each once when the soak ends, so leaving a step always rests on a fresh measurement of every check.
 */
export function dueChecks(release: ReleaseFile, policy: RolloutPolicy, now: string): string[] {
  const rollout = release.rollout;
  if (!rollout || rollout.strategy !== policy.strategy) return [];
  const t = Date.parse(now);
  const stepStart = Date.parse(rollout['step-started-at']);
  const soakEnd = stepStart + stepOf(policy, rollout.strategy, rollout.step).soakMs;
  return policy.analysis
    .filter((check) => {
      const recorded = rollout['measured-at'][check.name];
      const last = recorded === undefined ? -Infinity : Date.parse(recorded);
      if (t >= soakEnd && last < soakEnd) return true;
      return t - Math.max(stepStart, last) >= durationMs(check.interval);
    })
    .map((check) => check.name);
}

/** Whether the A/B metric is due: the split has run for its whole duration. */
export function abDue(release: ReleaseFile, policy: RolloutPolicy, now: string): boolean {
  const rollout = release.rollout;
  if (!rollout || rollout.strategy !== 'ab' || policy.strategy !== 'ab') return false;
  return Date.parse(now) - Date.parse(rollout['step-started-at']) >= stepOf(policy, 'ab', rollout.step).soakMs;
}

const over = (count: number, limit: number) => limit >= 0 && count > limit;

export function planRolloutStep(release: ReleaseFile, results: AnalysisResults, policy: RolloutPolicy, now: string): RolloutDecision {
  const rollout = release.rollout;
  const where = `${release.model} in ${release.environment}`;
  if (!rollout) return { action: 'none', reasons: [`no rollout is under way for ${where}`], outcomes: [] };
  if (rollout.strategy !== policy.strategy) {
    return {
      action: 'wait',
      reasons: [`the rollout of ${rollout.canary} is a ${rollout.strategy} rollout but the policy now says ${policy.strategy}: promote or roll back by hand`],
      outcomes: [],
    };
  }
  // A person (or a drift revert's hold) stopped the canary: go back to stable, keeping their hold as it is.
  const held = release.holds.find((h) => h.version === rollout.canary);
  if (held)
    return { action: 'abort', hold: false, outcomes: [], reasons: [`${rollout.canary} was put on hold during its rollout: ${held.reason} (by ${held.by})`] };
  const t = Date.parse(now);
  const step = stepOf(policy, rollout.strategy, rollout.step);
  const elapsed = t - Date.parse(rollout['step-started-at']);
  const soakOver = elapsed >= step.soakMs;

  // Judge the due measurements; a measurement of a check that is not due (or not in the policy) is not counted.
  const due = new Set(dueChecks(release, policy, now));
  const checks = new Map(policy.analysis.map((c) => [c.name, c]));
  const outcomes: CheckOutcome[] = [];
  for (const m of results.checks) {
    const check = checks.get(m.check);
    if (check && due.has(m.check) && !outcomes.some((o) => o.check === m.check)) outcomes.push(evaluateCheck(check, m));
  }

  const next: RolloutState = {
    ...rollout,
    failures: { ...rollout.failures },
    inconclusive: { ...rollout.inconclusive },
    'measured-at': { ...rollout['measured-at'] },
  };
  let counted = false;
  for (const o of outcomes) {
    if (o.verdict === 'pass') continue;
    const counters = o.verdict === 'fail' ? next.failures : next.inconclusive;
    counters[o.check] = (counters[o.check] ?? 0) + 1;
    next['measured-at'][o.check] = now;
    counted = true;
  }

  const failed = policy.analysis.filter((c) => over(next.failures[c.name] ?? 0, c['failure-limit']));
  if (failed.length > 0) {
    return {
      action: 'abort',
      hold: true,
      outcomes,
      reasons: [
        ...failed.map((c) => `${c.name} failed ${next.failures[c.name]} time(s), over its failure limit of ${c['failure-limit']}`),
        ...outcomes.filter((o) => o.verdict === 'fail').map((o) => o.reason),
      ],
    };
  }
  const unproven = policy.analysis.filter((c) => over(next.inconclusive[c.name] ?? 0, c['inconclusive-limit']));
  if (unproven.length > 0) {
    return {
      action: 'abort',
      hold: true,
      outcomes,
      reasons: [
        ...unproven.map((c) => `${c.name} was inconclusive ${next.inconclusive[c.name]} time(s), over its inconclusive limit of ${c['inconclusive-limit']}`),
        ...outcomes.filter((o) => o.verdict === 'inconclusive').map((o) => o.reason),
      ],
    };
  }

  const recorded = counted ? { rollout: next } : {};
  const wait = (reasons: string[]): RolloutDecision => ({ action: 'wait', reasons: [...reasons, ...outcomes.map((o) => o.reason)], outcomes, ...recorded });
  if (!soakOver) {
    const left = Math.ceil((step.soakMs - elapsed) / 1000);
    return wait([`step ${rollout.step + 1} (${rollout.weight}% to ${rollout.canary}) soaks for ${left}s more`]);
  }
  const unmeasured = policy.analysis.filter((c) => !outcomes.some((o) => o.check === c.name)).map((c) => c.name);
  if (unmeasured.length > 0) return wait([`the soak is over but ${unmeasured.join(', ')} ${unmeasured.length === 1 ? 'has' : 'have'} not been measured`]);
  const notPassed = outcomes.filter((o) => o.verdict !== 'pass');
  if (notPassed.length > 0) return wait([`the soak is over but not every check passed: measuring again after the interval`]);

  if (rollout.strategy === 'ab') {
    if (!results.ab || !policy.ab) return wait(['the split has run its course; the A/B metric has not been measured']);
    const decision = decideAb(policy.ab, results.ab);
    const reasons = [decision.reason, ...outcomes.map((o) => o.reason)];
    if (decision.outcome === 'canary-better') return { action: 'promote', reasons, outcomes, ab: decision };
    // The stable version stays unless the canary proved better; it is held only when it proved worse.
    return { action: 'abort', hold: decision.outcome === 'canary-worse', reasons, outcomes, ab: decision };
  }
  const passed = outcomes.map((o) => o.reason);
  if (step.last) return { action: 'promote', reasons: [`${rollout.canary} passed its last step: it takes all traffic`, ...passed], outcomes };
  const following = stepOf(policy, rollout.strategy, rollout.step + 1);
  return {
    action: 'advance',
    outcomes,
    reasons: [`${rollout.canary} passed step ${rollout.step + 1}: ${following.weight}% of traffic next`, ...passed],
    rollout: { ...next, step: rollout.step + 1, weight: following.weight, 'step-started-at': now },
  };
}
