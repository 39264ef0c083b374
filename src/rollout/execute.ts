/**
 * One rollout step through a Forge: read the release file, measure the checks that are due, plan, and
 * commit what the plan changes (release file and rendered manifests) with compare-and-swap. A lost race
 * means another controller moved the registry: read it again and re-plan, so no step is committed twice.
 * Rendering is passed in (the promotion renderer), keeping this module free of src/promote.
 */
import { DhowError } from '../errors.js';
import type { FileChange, Forge } from '../forge/forge.js';
import { silentLogger, type Logger } from '../logger.js';
import { serializeRegistryFile } from '../registry/files.js';
import { releasePath } from '../registry/paths.js';
import { rendersStableVersion } from '../registry/render.js';
import type { RolloutPolicy } from '../registry/rollout-schemas.js';
import type { RegistryConfig, ReleaseFile, VersionRecord } from '../registry/schemas.js';
import { RegistryReader } from '../registry/store.js';
import type { AbMeasurement } from './ab.js';
import type { Measurement } from './analysis.js';
import { reconcileRolloutComment } from './comment.js';
import { stepEvidence, type StepEvidence } from './evidence.js';
import { releaseHistory, rolloutHistoryOf } from './history.js';
import { abDue, decisionChangesRelease, dueChecks, planRolloutStep, type RolloutDecision } from './plan.js';
import { rolloutPolicyFor } from './policy.js';
import type { MetricSource } from './prometheus.js';
import { begunAtMerge, rolloutCommit } from './release.js';

/** Renders deploy/ for a release; `stable` is the rollout's stable version record where the renderer needs it (rendersStableVersion). */
export type ManifestRenderer = (release: ReleaseFile, record: VersionRecord, config: RegistryConfig, stable?: VersionRecord) => FileChange[];

export interface StepOptions {
  by: string;
  /** The clock (ISO 8601); read once per attempt. */
  now: () => string;
  metrics: MetricSource;
  render: ManifestRenderer;
  logger?: Logger;
  /** Re-plans after a lost compare-and-swap (default 5: each loss means another writer landed). */
  attempts?: number;
}

export interface StepResult {
  decision: RolloutDecision;
  /** The release after the step (unchanged when nothing was committed). */
  release: ReleaseFile;
  sha?: string;
  /** The analysis this step measured and what it decided (the job summary's table). */
  evidence: StepEvidence;
  /** The rollout's steps recorded before this one, oldest first (the job summary's chart); empty when none is under way. */
  history: StepEvidence[];
}

/** Fills `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` (validated names: safe inside PromQL label strings). */
export function fillQuery(template: string, values: { model: string; environment: string; version: string; namespace: string }): string {
  return template.replace(/\{\{\s*(model|environment|version|namespace)\s*\}\}/g, (_m, key: keyof typeof values) => values[key]);
}

async function measure(
  release: ReleaseFile,
  policy: RolloutPolicy,
  now: string,
  namespace: string,
  metrics: MetricSource,
): Promise<{ checks: Measurement[]; ab?: AbMeasurement }> {
  const rollout = release.rollout!;
  const vars = (version: string) => ({ model: release.model, environment: release.environment, version, namespace });
  const ask = async (what: string, template: string, version: string) => {
    try {
      return await metrics(fillQuery(template, vars(version)));
    } catch (error) {
      if (error instanceof DhowError) throw new DhowError(error.code, error.message, { file: 'dhow.yaml', field: `rollout ${what}`, cause: error });
      throw error;
    }
  };
  const due = new Set(dueChecks(release, policy, now));
  const checks = await Promise.all(
    policy.analysis
      .filter((c) => due.has(c.name))
      .map(async (c) => ({
        check: c.name,
        canary: await ask(`analysis "${c.name}" canary`, c.canary, rollout.canary),
        ...(c.stable ? { stable: await ask(`analysis "${c.name}" stable`, c.stable, rollout.stable) } : {}),
        ...(c.samples ? { samples: await ask(`analysis "${c.name}" samples`, c.samples, rollout.canary) } : {}),
      })),
  );
  if (!policy.ab || !abDue(release, policy, now)) return { checks };
  const m = policy.ab.metric;
  const arm = async (version: string) =>
    m.kind === 'rate'
      ? { successes: await ask(`ab "${m.name}" successes`, m.successes, version), trials: await ask(`ab "${m.name}" trials`, m.trials, version) }
      : {
          mean: await ask(`ab "${m.name}" mean`, m.mean, version),
          stddev: await ask(`ab "${m.name}" stddev`, m.stddev, version),
          count: await ask(`ab "${m.name}" count`, m.count, version),
        };
  const [canary, stable] = await Promise.all([arm(rollout.canary), arm(rollout.stable)]);
  return { checks, ab: { kind: m.kind, canary, stable } as AbMeasurement };
}

export async function stepRollout(forge: Forge, input: { model: string; environment: string }, options: StepOptions): Promise<StepResult> {
  const logger = options.logger ?? silentLogger;
  const { model, environment } = input;
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const branch = await forge.defaultBranch();
    const reader = await RegistryReader.open(forge, branch);
    const config = await reader.config();
    const envPolicy = config.environments.find((e) => e.name === environment);
    if (!envPolicy) {
      throw new DhowError('not-found', `unknown environment "${environment}": dhow.yaml lists ${config.environments.map((e) => e.name).join(', ')}`);
    }
    const written = await reader.release(environment, model);
    if (!written) throw new DhowError('not-found', `${model} is not released in ${environment}: ${releasePath(environment, model)} does not exist`);
    // One read of the release file's history serves both the rollout's start and its sticky comment.
    const commits = await releaseHistory(forge, { model, environment, ref: reader.ref });
    const release = begunAtMerge(written, written.rollout ? commits[0] : undefined);
    const policy = rolloutPolicyFor(config, model, environment);
    const now = options.now();
    const results = release.rollout ? await measure(release, policy, now, envPolicy.namespace ?? config.deploy.namespace, options.metrics) : { checks: [] };
    const decision = planRolloutStep(release, results, policy, now);
    const evidence = stepEvidence(release.rollout ?? { step: 0, weight: 100 }, decision, now);
    const history = release.rollout ? rolloutHistoryOf(commits, release.rollout).steps : [];
    if (!decisionChangesRelease(decision)) {
      // A step killed after its commit left the comment behind the history: catch up, even when waiting.
      await reconcileRolloutComment(forge, { release, ref: reader.ref, commits }, logger);
      return { decision, release, evidence, history };
    }

    const rollout = release.rollout!;
    const stable = decision.action === 'abort' ? await reader.version(model, rollout.stable) : null;
    if (decision.action === 'abort' && !stable) {
      throw new DhowError('not-found', `cannot roll back to ${model} ${rollout.stable}: its version record is missing`, {
        file: releasePath(environment, model),
        field: 'rollout.stable',
      });
    }
    const commit = rolloutCommit(release, decision, { by: options.by, at: now, ...(stable ? { stableDigest: stable.artifact.digest } : {}) })!;
    const record = stable ?? (await reader.version(model, commit.release.version));
    if (!record)
      throw new DhowError('not-found', `the version record of ${model} ${commit.release.version} is missing`, {
        file: releasePath(environment, model),
        field: 'version',
      });
    // A RawDeployment canary runs beside the stable version, whose record the manifests then need.
    const stableRecord = rendersStableVersion(commit.release, config)
      ? ((await reader.version(model, commit.release.rollout!.stable)) ?? undefined)
      : undefined;
    try {
      const { sha } = await forge.commitFiles({
        branch,
        expectedHead: reader.ref,
        changes: [
          { path: releasePath(environment, model), content: serializeRegistryFile(commit.release) },
          ...options.render(commit.release, record, config, stableRecord),
        ],
        message: commit.message,
        trailers: commit.trailers,
      });
      await reconcileRolloutComment(
        forge,
        { release: commit.release.rollout ? commit.release : { ...commit.release, request: release.request }, ref: sha },
        logger,
      );
      return { decision, release: commit.release, sha, evidence: { ...evidence, commit: sha }, history };
    } catch (error) {
      if (!(error instanceof DhowError && error.code === 'conflict') || attempt >= attempts) throw error;
      logger.debug(`rollout of ${model} in ${environment}: the registry moved; reading it again (attempt ${attempt + 1})`);
    }
  }
}
