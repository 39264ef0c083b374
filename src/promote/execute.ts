/**
 * Carrying out promotions, merges and rollbacks through a Forge: read a snapshot, plan purely, write with
 * compare-and-swap, and on a lost race read again and re-plan (never write a plan made on a stale state).
 */
import { DhowError } from '../errors.js';
import type { ChangeRequest, Forge, OpenRequestInput, RequestOperation } from '../forge/forge.js';
import { silentLogger, type Logger } from '../logger.js';
import { parseRegistryFile } from '../registry/files.js';
import { deployDir, promotionBranch, releasePath, TRAILERS } from '../registry/paths.js';
import type { ReleaseFile } from '../registry/schemas.js';
import { RegistryReader } from '../registry/store.js';
import { planPromotion, planRollback, type RollbackOptions } from './plan.js';
import { environmentBefore, loadModelState } from './state.js';
import { environmentGpuInUse } from '../rollout/gpu-usage.js';

export interface ActOptions {
  by: string;
  /** ISO 8601 time written into release files; default now. */
  at?: string;
  logger?: Logger;
  attempts?: number;
}

export interface PromotionResult {
  request: ChangeRequest;
  operation: RequestOperation;
  release: ReleaseFile;
}

/**
 * A promotion of the version that already runs in the environment: nothing to do. `request` is the merged
 * request that put it there when the forge still finds it on the promotion branch, else null (a revert, a
 * rollback or a hand-made commit put it there, or a later request reused the branch).
 */
export interface LivePromotion {
  live: true;
  operation: 'none';
  release: ReleaseFile;
  request: ChangeRequest | null;
  message: string;
}

/** What asking for a promotion did: a request opened, updated or left as it was, or nothing (already live). */
export type PromotionOutcome = (PromotionResult & { live: false }) | LivePromotion;

/** The label of every dhow promotion request, beside env:<environment>. */
export const PROMOTION_LABEL = 'dhow';

/**
 * Attempts when the registry moves under a writer. Each lost race means another writer landed, so N writers
 * at once finish within N attempts in the worst case; 40 covers a crowd, and the backoff spreads them out.
 */
export const DEFAULT_ATTEMPTS = 40;

export async function withRetry<T>(what: string, attempts: number, logger: Logger, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof DhowError && error.code === 'conflict') || attempt >= attempts) throw error;
      logger.debug(`${what}: the registry moved (${error.message}); reading it again (attempt ${attempt + 1})`);
      // Exponential backoff with full jitter (capped at 2 s): writers that collided do not collide again in step.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
    }
  }
}

export function refused(what: string, reasons: string[]): DhowError {
  return new DhowError('refused', `${what} refused`, { reasons });
}

/**
 * Opens (or updates) the request of a branch this run wrote. When the forge refuses the request itself (a
 * repository setting, a missing permission: GITHUB_TOKEN where Actions may not open pull requests) and
 * this run created the branch, the branch is deleted again, so a refused run leaves nothing that looks
 * like a request in progress. A lost race keeps the branch: the run re-plans on top of it.
 */
export async function openRequestOnBranch(
  forge: Forge,
  input: OpenRequestInput,
  wrote: { createdBranch: boolean; sha: string },
  logger: Logger,
): Promise<{ request: ChangeRequest; operation: RequestOperation }> {
  try {
    return await forge.openOrUpdateRequest(input);
  } catch (error) {
    const race = error instanceof DhowError && error.code === 'conflict';
    if (wrote.createdBranch && !race && (await forge.branchHead(input.branch).catch(() => null)) === wrote.sha) {
      await forge.deleteBranch(input.branch).catch((cleanup: unknown) => {
        logger.warning(`could not delete ${input.branch} after the request was refused: ${cleanup instanceof Error ? cleanup.message : String(cleanup)}`);
      });
    }
    throw error;
  }
}

/**
 * Opens (or updates) the promotion request of `version` to `environment`: one request per model and
 * environment, on branch dhow/promote/<env>/<model>, holding exactly one commit on the current default
 * branch. Running it again with nothing new is a no-op (`operation: 'none'`). A version that already runs
 * in the environment is refused: there is no request to open. The CLI and the action call requestPromotion.
 */
export async function openPromotion(
  forge: Forge,
  input: { model: string; version: string; environment: string },
  options: ActOptions,
): Promise<PromotionResult> {
  const outcome = await requestPromotion(forge, input, options);
  if (outcome.live) throw refused(`promotion of ${input.model} ${input.version} to ${input.environment}`, [outcome.message]);
  return outcome;
}

/** The title (and commit subject) of a promotion request: how a merged one is recognised later. */
const promotionTitle = (model: string, version: string, environment: string) => `Promote ${model} ${version} to ${environment}`;

/** Whether `version` is what runs in `environment` now: then a promotion has nothing to do. */
export function alreadyLive(release: ReleaseFile | undefined, version: string): boolean {
  return release?.version === version;
}

/**
 * openPromotion for workflows that run again: promote.yml's promote job re-run after its request was
 * merged (or `dhow promote` in an idempotent script) finds the version live and does nothing, naming the
 * merged request when the forge finds it, instead of being refused.
 */
export async function requestPromotion(
  forge: Forge,
  input: { model: string; version: string; environment: string },
  options: ActOptions,
): Promise<PromotionOutcome> {
  const logger = options.logger ?? silentLogger;
  const { model, version, environment } = input;
  const branch = promotionBranch(environment, model);
  let created = false;
  return withRetry(`promote ${model} ${version} to ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
    // Read together: a forge that batches (github) answers the default branch with its head and dhow.yaml,
    // the promotion branch and its open request in one round trip, and the model's state in a second.
    const [base, branchHead, existing] = await Promise.all([forge.defaultBranch(), forge.branchHead(branch), forge.findRequest(branch, { state: 'open' })]);
    const reader = await RegistryReader.open(forge, base);
    const config = await reader.config();
    const envs = config.environments.map((e) => e.name);
    const before = environmentBefore(envs, environment);
    const [state, onBranch] = await Promise.all([
      loadModelState(reader, model, { versions: [version], historyOf: before ? [before] : [], deployOf: [environment] }),
      branchHead && existing ? readOnBranch(forge, branchHead, environment, model) : null,
    ]);
    const live = state.releases[environment];
    if (alreadyLive(live, version)) {
      // The newest merged request of the branch, if it carried this very version (the branch is reused by later promotions).
      const merged = await forge.findRequest(branch, { state: 'merged' });
      const request = merged && merged.title === promotionTitle(model, version, environment) ? merged : null;
      const message = `${model} ${version} already runs in ${environment}: nothing to do`;
      logger.debug(request ? `${message} (merged in ${request.url ?? `request ${request.id}`})` : message);
      return { live: true as const, operation: 'none' as const, release: live!, request, message };
    }
    // Keep the promotion time of an otherwise identical request, so a repeated promote changes nothing.
    let at = options.at ?? new Date().toISOString();
    let by = options.by;
    if (onBranch?.version === version) {
      at = onBranch['promoted-at'];
      by = onBranch['promoted-by'];
    }
    const budgeted = config.environments.find((e) => e.name === environment)?.['gpu-budget'];
    const gpuInUse = budgeted ? await environmentGpuInUse(reader, environment, model) : undefined;
    const plan = planPromotion(gpuInUse ? { ...state, gpuInUse } : state, model, version, environment, config, { by, at });
    if (!plan.ok) throw refused(`promotion of ${model} ${version} to ${environment}`, plan.reasons);

    const trailers = { [TRAILERS.model]: model, [TRAILERS.version]: version, [TRAILERS.environment]: environment };
    const commit = await forge.commitFiles({
      branch,
      expectedHead: branchHead,
      from: reader.ref,
      parent: reader.ref,
      changes: plan.changes,
      message: promotionTitle(model, version, environment),
      trailers,
    });
    const envPolicy = config.environments.find((e) => e.name === environment)!;
    const title = promotionTitle(model, version, environment);
    const body = promotionBody(plan.release, envPolicy.approvals, before);
    const opened = await openRequestOnBranch(
      forge,
      { branch, base, title, body, labels: [PROMOTION_LABEL, `env:${environment}`], reviewers: envPolicy.reviewers, author: options.by, existing },
      { createdBranch: branchHead === null, sha: commit.sha },
      logger,
    );
    created ||= opened.operation === 'created'; // kept across a retry below
    if (opened.request.headSha !== commit.sha) {
      // Another run moved the branch after we wrote it: its request text may not match the branch. Re-plan.
      throw new DhowError('conflict', `${branch} moved to ${opened.request.headSha.slice(0, 8)} while its request was being updated`);
    }
    // Another promoter may have moved the branch between our commit and the request update: then the
    // request's title would not describe its content. Re-plan and write again (the last writer wins whole).
    // A run that wrote nothing leaves consistency to the writer (and keeps an unchanged re-run read-only and cheap).
    // A request this run just created took its head from the branch as it was then (checked above), and a
    // writer that moves the branch later updates the request itself: only an update, whose head GitHub
    // refreshes after a push, needs the branch read again.
    const wrote = commit.changed || opened.operation !== 'none';
    if (wrote && opened.operation !== 'created' && (await forge.branchHead(branch)) !== commit.sha) {
      throw new DhowError('conflict', `${branch} moved while its request was being updated`);
    }
    const operation: RequestOperation = created ? 'created' : commit.changed || opened.operation === 'updated' ? 'updated' : 'none';
    logger.debug(`request ${opened.request.id}: ${operation}`);
    return { live: false as const, request: opened.request, operation, release: plan.release };
  });
}

/**
 * The release file on an open request's branch, read with the model's state. The deploy listing lets a
 * forge compare the planned files with the branch without reading them again.
 */
async function readOnBranch(forge: Forge, head: string, environment: string, model: string): Promise<ReleaseFile | null> {
  const [text] = await Promise.all([forge.readFile(releasePath(environment, model), head), forge.listDirectory(deployDir(environment, model), head)]);
  return text ? parseRegistryFile('Release', releasePath(environment, model), text) : null;
}

function promotionBody(release: ReleaseFile, approvals: number, before: string | undefined): string {
  const lines = [
    `Promotes **${release.model} ${release.version}** (\`${release.digest}\`) to **${release.environment}**.`,
    '',
    `- replaces: ${release.previous ?? 'nothing (first release here)'}`,
    `- last known good after merge: ${release['last-known-good'] ?? 'none'}`,
    before ? `- ran in ${before} before` : '- first environment in the promotion order',
    `- needs ${approvals} approval${approvals === 1 ? '' : 's'} from reviewers other than the author`,
    ...(release.rollout
      ? [
          `- after merge: a ${release.rollout.strategy} rollout beside ${release.rollout.stable}, starting at ${release.rollout.weight}% of traffic (dhow rollout step)`,
        ]
      : []),
  ];
  return lines.join('\n');
}

export interface RollbackResult {
  sha: string;
  release: ReleaseFile;
}

/** Rolls an environment back (default: to its last known good) with one direct commit carrying Revert-Of. */
export async function rollback(
  forge: Forge,
  input: { model: string; environment: string } & Pick<RollbackOptions, 'to' | 'toOption' | 'reason' | 'hold' | 'revertOf'>,
  options: ActOptions,
): Promise<RollbackResult> {
  const logger = options.logger ?? silentLogger;
  const { model, environment } = input;
  return withRetry(`roll back ${model} in ${environment}`, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
    const branch = await forge.defaultBranch();
    const reader = await RegistryReader.open(forge, branch);
    // The release file comes with the state; only a default target (its last-known-good) needs one more read.
    const loaded = await loadModelState(reader, model, { versions: input.to ? [input.to] : [], historyOf: [environment], deployOf: [environment] });
    const target = input.to ?? loaded.releases[environment]?.['last-known-good'];
    const record = target && !input.to ? await reader.version(model, target) : null;
    const state = record ? { ...loaded, versions: { ...loaded.versions, [record.version]: record } } : loaded;
    const plan = planRollback(state, model, environment, { ...input, by: options.by, at: options.at ?? new Date().toISOString() });
    if (!plan.ok) throw refused(`rollback of ${model} in ${environment}`, plan.reasons);
    const { sha } = await forge.commitFiles({
      branch,
      expectedHead: reader.ref,
      changes: plan.changes,
      message: `Roll back ${model} in ${environment} to ${plan.release.version}\n\n${input.reason}`,
      trailers: {
        [TRAILERS.model]: model,
        [TRAILERS.version]: plan.release.version,
        [TRAILERS.environment]: environment,
        [TRAILERS.revertOf]: plan.release['revert-of']!,
      },
    });
    return { sha, release: plan.release };
  });
}
