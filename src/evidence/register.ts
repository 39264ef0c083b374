/**
 * The AI-system register (QCB's register of AI systems, ISO/IEC 42001 inventory): one row per model and
 * environment with its owner, purpose and risk tier from model.yaml, and what runs there, since when, and
 * who approved it, every row pointing at the commit that put it there.
 */
import { countedApprovers } from './approvals.js';
import type { RegistrySnapshot } from './snapshot.js';
import { utc } from './time.js';

export interface RegisterRow {
  model: string;
  environment: string;
  /** `released`, `removed` or `never-released`. */
  status: 'released' | 'removed' | 'never-released';
  version: string | null;
  digest: string | null;
  owners: string;
  ownerContact: string | null;
  purpose: string | null;
  riskTier: string | null;
  task: string | null;
  /** When the current version was put there, and by whom (release file). */
  since: string | null;
  by: string | null;
  /** The first time the model reached this environment. */
  firstReleased: string | null;
  /** Reviewers whose approval the merge counted ("" for a rollback, a revert or an environment needing none). */
  approvers: string;
  request: string | null;
  /** The commit that wrote the current release file. */
  commit: string | null;
}

export const REGISTER_COLUMNS = [
  'model',
  'environment',
  'status',
  'version',
  'digest',
  'owners',
  'ownerContact',
  'purpose',
  'riskTier',
  'task',
  'since',
  'by',
  'firstReleased',
  'approvers',
  'request',
  'commit',
] as const satisfies readonly (keyof RegisterRow)[];

export function buildRegister(snapshot: RegistrySnapshot): RegisterRow[] {
  const rows: RegisterRow[] = [];
  for (const model of snapshot.models) {
    for (const env of model.environments) {
      const last = env.history.at(-1);
      const release = env.release;
      const approvers = last?.request && release ? countedApprovers(last.request) : [];
      rows.push({
        model: model.name,
        environment: env.environment,
        status: release ? 'released' : env.history.length > 0 ? 'removed' : 'never-released',
        version: release?.version ?? null,
        digest: release?.digest ?? null,
        owners: model.file.owners.join('; '),
        ownerContact: model.file['owner-contact'] ?? null,
        purpose: model.file.purpose ?? null,
        riskTier: model.file['risk-tier'] ?? null,
        task: model.file.task ?? null,
        since: release ? utc(release['promoted-at']) : null,
        by: release?.['promoted-by'] ?? null,
        firstReleased: env.history[0] ? utc(env.history[0].date) : null,
        approvers: approvers.join('; '),
        request: release && last?.request ? last.request.id : null,
        commit: last?.commit ?? null,
      });
    }
  }
  return rows;
}
