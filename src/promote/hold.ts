/**
 * Placing and lifting holds through a Forge: read the release, plan purely (hold-plan.ts), then either
 * commit on the default branch with compare-and-swap (re-planned on a lost race) or, where changes to
 * main go through review, open a request on its own branch that a person approves and merges.
 */
import { DhowError } from '../errors.js';
import type { ChangeRequest, Forge, RequestOperation } from '../forge/forge.js';
import { silentLogger } from '../logger.js';
import { assertName } from '../registry/names.js';
import { TRAILERS } from '../registry/paths.js';
import type { Hold, ReleaseFile } from '../registry/schemas.js';
import { RegistryReader } from '../registry/store.js';
import { DEFAULT_ATTEMPTS, PROMOTION_LABEL, openRequestOnBranch, refused, withRetry, type ActOptions } from './execute.js';
import { planHold, planUnhold, type HoldInput } from './hold-plan.js';

export type HoldAction = 'hold' | 'unhold';

/** One branch per hold change, so holds of two versions can be under review at once. */
export const holdBranch = (action: HoldAction, environment: string, model: string, version: string) =>
  `dhow/${action}/${assertName('environment', environment)}/${assertName('model', model)}/${assertName('version', version)}`;

export interface HoldResult {
  /** `none`: the version already was (or was not) held; nothing was written. */
  change: 'held' | 'lifted' | 'none';
  release: ReleaseFile;
  hold?: Hold;
  /** The commit on the default branch (direct mode). */
  sha?: string;
  /** The request opened for review (request mode). */
  request?: ChangeRequest;
  operation?: RequestOperation;
}

export async function changeHold(forge: Forge, action: HoldAction, input: HoldInput, options: ActOptions & { via: 'commit' | 'request' }): Promise<HoldResult> {
  const logger = options.logger ?? silentLogger;
  const { model, environment, version } = input;
  const what = action === 'hold' ? `hold of ${model} ${version} in ${environment}` : `lifting the hold of ${model} ${version} in ${environment}`;
  return withRetry(what, options.attempts ?? DEFAULT_ATTEMPTS, logger, async () => {
    const base = await forge.defaultBranch();
    const reader = await RegistryReader.open(forge, base);
    const config = await reader.config();
    const envs = config.environments.map((e) => e.name);
    const [modelFile, record, release] = await Promise.all([
      reader.model(model),
      reader.version(model, version),
      envs.includes(environment) ? reader.release(environment, model) : Promise.resolve(null),
    ]);
    const state = { config, model, modelKnown: modelFile !== null, versionKnown: record !== null, release: release ?? undefined };
    const at = options.at ?? new Date().toISOString();
    const plan = action === 'hold' ? planHold(state, input, { by: options.by, at }) : planUnhold(state, input);
    if (!plan.ok) throw refused(what, plan.reasons);
    if (plan.change === 'none') return { change: 'none', release: plan.release, ...(plan.hold ? { hold: plan.hold } : {}) };

    const subject = action === 'hold' ? `Hold ${model} ${version} in ${environment}` : `Lift the hold on ${model} ${version} in ${environment}`;
    const message = `${subject}\n\n${input.reason.trim() || `${action === 'hold' ? 'Held' : 'Hold lifted'} by ${options.by}`}`;
    const trailers = { [TRAILERS.model]: model, [TRAILERS.version]: version, [TRAILERS.environment]: environment };
    if (options.via === 'commit') {
      const { sha } = await forge.commitFiles({ branch: base, expectedHead: reader.ref, changes: plan.changes, message, trailers });
      return { change: plan.change, release: plan.release, hold: plan.hold, sha };
    }
    const branch = holdBranch(action, environment, model, version);
    const branchHead = await forge.branchHead(branch);
    const commit = await forge.commitFiles({
      branch,
      expectedHead: branchHead,
      from: reader.ref,
      parent: reader.ref,
      changes: plan.changes,
      message,
      trailers,
    });
    const envPolicy = config.environments.find((e) => e.name === environment)!;
    const opened = await openRequestOnBranch(
      forge,
      {
        branch,
        base,
        title: subject,
        body: `${subject}.\n\n- reason: ${input.reason.trim() || '(none given)'}\n- asked by: ${options.by}\n- the version running in ${environment} does not change (${plan.release.version})`,
        labels: [PROMOTION_LABEL, `env:${environment}`],
        reviewers: envPolicy.reviewers,
        author: options.by,
      },
      { createdBranch: branchHead === null, sha: commit.sha },
      options.logger ?? silentLogger,
    );
    if (opened.request.headSha !== commit.sha) {
      // Another run moved the branch after we wrote it: re-plan rather than describe content we did not write.
      throw new DhowError('conflict', `${branch} moved to ${opened.request.headSha.slice(0, 8)} while its request was being updated`);
    }
    return { change: plan.change, release: plan.release, hold: plan.hold, request: opened.request, operation: opened.operation };
  });
}
