/**
 * The registry format of progressive delivery: the rollout policy dhow.yaml declares per environment (and
 * per model), the GPU budget of an environment, and the rollout state a release file records while a
 * canary, blue-green or A/B rollout is under way. Every field is optional or defaulted, so registries
 * written before rollouts existed stay valid. Semantics of the analysis limits follow Argo Rollouts'
 * AnalysisTemplate (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */
import { z } from 'zod';
import { VersionName } from './names.js';

/** A duration as `30s`, `5m`, `24h` or `7d` (rollout intervals and soaks are often seconds or minutes). */
export const RolloutDuration = z.string().regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a whole number of seconds, minutes, hours or days, e.g. 30s, 5m, 1h');

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a RolloutDuration (or of a registry Duration, which is a subset). */
export function durationMs(duration: string): number {
  const match = /^([0-9]+)([smhd])$/.exec(duration);
  if (!match) throw new RangeError(`not a duration: ${duration}`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

const CheckName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
/** A PromQL query; `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` are filled in before it runs. */
const PromQL = z.string().min(1).max(4000);

/**
 * One analysis check. `canary` (and `stable`, for a relative comparison) are PromQL queries returning one
 * number; `samples` returns how many observations the canary's number rests on. Exactly one of `threshold`
 * (absolute) and `tolerance` (relative to stable, a fraction: 0.1 lets the canary be 10% worse) is given.
 */
export const AnalysisCheck = z
  .object({
    name: CheckName,
    canary: PromQL,
    stable: PromQL.optional(),
    samples: PromQL.optional(),
    /** Fewer samples than this make a measurement inconclusive, never a pass. */
    'min-samples': z.number().int().min(0).default(0),
    direction: z.enum(['lower-is-better', 'higher-is-better']),
    threshold: z.number().optional(),
    tolerance: z.number().min(0).max(100).optional(),
    /** Time between two measurements; the first is taken one interval after a step begins. */
    interval: RolloutDuration.default('1m'),
    /** Argo Rollouts' failureLimit: the analysis fails when failed measurements exceed it; -1: never. */
    'failure-limit': z.number().int().min(-1).default(0),
    /** Argo Rollouts' inconclusiveLimit: inconclusive measurements beyond it abort the rollout; -1: never. */
    'inconclusive-limit': z.number().int().min(-1).default(0),
  })
  .strict()
  .superRefine((check, ctx) => {
    if ((check.threshold === undefined) === (check.tolerance === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'give exactly one of "threshold" (absolute) and "tolerance" (relative to stable)' });
    }
    if (check.tolerance !== undefined && check.stable === undefined) {
      ctx.addIssue({ code: 'custom', path: ['stable'], message: 'a relative check ("tolerance") needs a "stable" query to compare with' });
    }
    if (check['min-samples'] > 0 && check.samples === undefined) {
      ctx.addIssue({ code: 'custom', path: ['samples'], message: '"min-samples" needs a "samples" query that counts the observations' });
    }
  });
export type AnalysisCheck = z.infer<typeof AnalysisCheck>;

export const CanaryStep = z.object({ weight: z.number().int().min(1).max(99), soak: RolloutDuration }).strict();

/**
 * The A/B decision: a fixed split held for `duration`, then a test on the primary metric. `rate`: PromQL
 * for successes and trials per arm (two-proportion z-test); `mean`: PromQL for the mean, standard deviation
 * and count per arm (Welch's t-test). Queries are templated like analysis checks, `{{version}}` naming the arm.
 */
export const AbTest = z
  .object({
    weight: z.number().int().min(1).max(99).default(50),
    duration: RolloutDuration,
    metric: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('rate'), name: CheckName, successes: PromQL, trials: PromQL }).strict(),
      z.object({ kind: z.literal('mean'), name: CheckName, mean: PromQL, stddev: PromQL, count: PromQL }).strict(),
    ]),
    direction: z.enum(['lower-is-better', 'higher-is-better']),
    alpha: z.number().gt(0).lt(1).default(0.05),
    /** Observations each arm needs; fewer make the decision inconclusive (the stable version stays). */
    'min-samples': z.number().int().min(2).default(100),
  })
  .strict();
export type AbTest = z.infer<typeof AbTest>;

export const RolloutPolicy = z
  .object({
    strategy: z.enum(['all-at-once', 'canary', 'blue-green', 'ab']).default('all-at-once'),
    /** canary: traffic weights in increasing order, each held for its soak; 100% follows the last. */
    steps: z.array(CanaryStep).max(20).optional(),
    /** blue-green: how long the new version runs beside the old with no traffic before it takes all. */
    preview: RolloutDuration.optional(),
    ab: AbTest.optional(),
    analysis: z.array(AnalysisCheck).max(20).default([]),
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.strategy === 'canary') {
      if (!policy.steps || policy.steps.length === 0) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a canary rollout needs at least one step' });
      policy.steps?.forEach((step, i) => {
        if (i > 0 && step.weight <= policy.steps![i - 1]!.weight) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'weight'], message: 'step weights must increase' });
        }
      });
    }
    if (policy.strategy === 'blue-green' && !policy.preview) {
      ctx.addIssue({ code: 'custom', path: ['preview'], message: 'a blue-green rollout needs a "preview" duration' });
    }
    if (policy.strategy === 'ab' && !policy.ab) ctx.addIssue({ code: 'custom', path: ['ab'], message: 'an ab rollout needs an "ab" test' });
    const seen = new Set<string>();
    policy.analysis.forEach((check, i) => {
      if (seen.has(check.name)) ctx.addIssue({ code: 'custom', path: ['analysis', i, 'name'], message: `check "${check.name}" is listed twice` });
      seen.add(check.name);
    });
  });
export type RolloutPolicy = z.infer<typeof RolloutPolicy>;

/** The GPUs an environment may use across all its models: whole GPUs, and MIG slices by profile. */
export const GpuBudget = z
  .object({
    gpus: z.number().int().min(0).optional(),
    mig: z.record(z.string().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb'), z.number().int().min(0)).optional(),
  })
  .strict();
export type GpuBudget = z.infer<typeof GpuBudget>;

const Timestamp = z.iso.datetime({ offset: true });

/**
 * A rollout under way, in the release file: the release's `version` is the canary (what the manifests
 * render, with its traffic weight), `stable` the version serving the rest. Counters are measurements that
 * failed or were inconclusive, per check, since the rollout began.
 */
export const RolloutState = z
  .object({
    strategy: z.enum(['canary', 'blue-green', 'ab']),
    stable: VersionName(),
    canary: VersionName(),
    weight: z.number().int().min(0).max(99),
    step: z.number().int().min(0),
    'started-at': Timestamp,
    'step-started-at': Timestamp,
    failures: z.record(CheckName, z.number().int().min(1)).default({}),
    inconclusive: z.record(CheckName, z.number().int().min(1)).default({}),
    /** When each check's last recorded (failed or inconclusive) measurement was taken. */
    'measured-at': z.record(CheckName, Timestamp).default({}),
  })
  .strict();
export type RolloutState = z.infer<typeof RolloutState>;
