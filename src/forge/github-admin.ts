/**
 * Setting up the registry repository on GitHub (`dhow init --repository`): the registry's files in one
 * compare-and-swapped commit, and with protection the repository settings, the labels dhow puts on its
 * pull requests and the branch ruleset docs/github-setup.md asks for. What to want is decided by pure
 * functions (desiredProtection, settingsToChange, labelsToCreate, rulesetDiffers); the calls compare
 * first and write only what differs, so a second run makes no write.
 */
import { DhowError } from '../errors.js';
import type { RegistryConfig } from '../registry/schemas.js';
import { CONFIG_FILE, planBootstrap, README_FILE } from '../registry/bootstrap.js';
import { forgeError, messageOf, statusOf } from './github-client.js';
import type { GitHubForge } from './github.js';

/** The status context the policy workflow sets; required on the default branch. */
export const POLICY_CONTEXT = 'dhow/policy';
export const RULESET_NAME = 'dhow';

export interface RepositorySettings {
  allow_auto_merge: boolean;
  delete_branch_on_merge: boolean;
  allow_merge_commit: boolean;
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export interface RulesetSpec {
  name: string;
  target: 'branch';
  enforcement: 'active';
  conditions: { ref_name: { include: string[]; exclude: string[] } };
  rules: { type: string; parameters?: Record<string, unknown> }[];
  /** The App may commit to main directly: registrations and gate evidence (see desiredProtection). */
  bypass_actors?: { actor_id: number; actor_type: 'Integration'; bypass_mode: 'always' }[];
}

export interface Protection {
  settings: RepositorySettings;
  labels: LabelSpec[];
  ruleset: RulesetSpec;
}

/**
 * What dhow needs of the repository: auto-merge on (the policy workflow enables it), head branches deleted
 * on merge, merge commits allowed (promotion-policy's default merge-method); its labels; and a ruleset on
 * the default branch: pull requests only, stale approvals dismissed, the last push approved, code owners,
 * `dhow/policy` from `integrationId` (the App) when known, no force-push, no deletion. The App is the one
 * bypass actor: `register` commits version records and gate evidence straight to main (new, immutable
 * files dhow never rewrites), which "pull requests only" would refuse; every change to what runs (releases/,
 * deploy/, dhow.yaml) still goes through a request the policy engine judges.
 */
export function desiredProtection(config: RegistryConfig, integrationId: number | undefined): Protection {
  const labels: LabelSpec[] = [
    { name: 'dhow', color: '0e8a16', description: 'A dhow promotion or revert' },
    { name: 'dhow:revert', color: 'b60205', description: 'A revert dhow opened after a drift alert' },
    { name: 'dhow-revert-failed', color: 'd93f0b', description: 'A revert dhow could not make by itself' },
    ...config.environments.map((e) => ({ name: `env:${e.name}`, color: '1d76db', description: `Changes what runs in ${e.name}` })),
  ];
  const check: { context: string; integration_id?: number } = {
    context: POLICY_CONTEXT,
    ...(integrationId !== undefined ? { integration_id: integrationId } : {}),
  };
  return {
    settings: { allow_auto_merge: true, delete_branch_on_merge: true, allow_merge_commit: true },
    labels,
    ruleset: {
      name: RULESET_NAME,
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [
        {
          type: 'pull_request',
          parameters: {
            required_approving_review_count: 0,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: true,
            require_last_push_approval: true,
            required_review_thread_resolution: false,
          },
        },
        { type: 'required_status_checks', parameters: { required_status_checks: [check], strict_required_status_checks_policy: false } },
        { type: 'non_fast_forward' },
        { type: 'deletion' },
      ],
      ...(integrationId !== undefined
        ? { bypass_actors: [{ actor_id: integrationId, actor_type: 'Integration' as const, bypass_mode: 'always' as const }] }
        : {}),
    },
  };
}

/** The settings that differ from what dhow needs (empty: nothing to write). */
export function settingsToChange(current: Partial<RepositorySettings>, desired: RepositorySettings): Partial<RepositorySettings> {
  return Object.fromEntries(Object.entries(desired).filter(([k, v]) => current[k as keyof RepositorySettings] !== v));
}

/** Labels not there yet (GitHub's label names are case-insensitive); existing ones are left as people made them. */
export function labelsToCreate(existing: string[], desired: LabelSpec[]): LabelSpec[] {
  const there = new Set(existing.map((n) => n.toLowerCase()));
  return desired.filter((l) => !there.has(l.name.toLowerCase()));
}

/** Whether a ruleset GitHub holds differs from the wanted one in anything dhow sets (GitHub adds defaults). */
export function rulesetDiffers(
  current: {
    enforcement?: string;
    target?: string | null;
    conditions?: unknown;
    rules?: { type: string; parameters?: unknown }[];
    bypass_actors?: { actor_id?: number | null; actor_type?: string; bypass_mode?: string }[] | null;
  },
  desired: RulesetSpec,
): boolean {
  if (current.enforcement !== desired.enforcement || (current.target ?? 'branch') !== desired.target) return true;
  const bypass = current.bypass_actors ?? [];
  if ((desired.bypass_actors ?? []).some((want) => !bypass.some((have) => covers(have, want)))) return true;
  if (!covers(current.conditions, desired.conditions)) return true;
  const rules = current.rules ?? [];
  if (rules.length !== desired.rules.length) return true;
  return desired.rules.some((want) => !rules.some((have) => have.type === want.type && covers(have.parameters ?? {}, want.parameters ?? {})));
}

/** `have` holds every field of `want` with the same value (arrays element by element). */
function covers(have: unknown, want: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(have) && have.length === want.length && want.every((w, i) => covers(have[i], w));
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return false;
    return Object.entries(want).every(([k, v]) => covers((have as Record<string, unknown>)[k], v));
  }
  return have === want;
}

export interface BootstrapResult {
  branch: string;
  /** The commit that wrote the files, absent when nothing was written. */
  commit?: string;
  written: string[];
}

/** Writes dhow.yaml and the README where missing, in one commit compare-and-swapped on the default branch. */
export async function bootstrapRegistry(forge: GitHubForge, config: RegistryConfig): Promise<BootstrapResult> {
  // GitHub's Git Data API cannot write the first commit of an empty repository (409 "Git Repository is
  // empty."), and the Contents API would take one commit per file: the repository must have a commit.
  const empty = () =>
    new DhowError(
      'not-found',
      `${forge.description} is empty: create it with a README (e.g. gh repo create ${forge.description} --add-readme) and run dhow init again`,
    );
  const branch = await forge.defaultBranch().catch((error: unknown) => {
    throw error instanceof DhowError && error.code === 'not-found' ? empty() : error;
  });
  const head = await forge.branchHead(branch);
  if (!head) throw empty();
  const [configText, readme] = await forge.readFiles([CONFIG_FILE, README_FILE], head);
  const plan = planBootstrap({ config: configText ?? null, readme: readme ?? null }, config, forge.description);
  if (plan.changes.length === 0) return { branch, written: [] };
  const result = await forge.commitFiles({
    branch,
    expectedHead: head,
    changes: plan.changes,
    message: 'Create the dhow registry\n\nWritten by dhow init: the registry format v1 and its promotion order.',
  });
  return { branch, ...(result.changed ? { commit: result.sha } : {}), written: result.changed ? plan.changes.map((c) => c.path) : [] };
}

/** Who the token is: an App (its integration id pins the status check), GitHub Actions' token, or a person. */
export type TokenIdentity =
  { kind: 'app'; login: string; slug: string; integrationId: number } | { kind: 'github-token'; login: string } | { kind: 'person'; login: string };

export async function tokenIdentity(forge: GitHubForge): Promise<TokenIdentity> {
  const { viewer } = await call('reading who the token belongs to', () => forge.octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }'));
  const bot = /^(.+)\[bot\]$/.exec(viewer.login);
  if (!bot) return { kind: 'person', login: viewer.login };
  if (bot[1] === 'github-actions') return { kind: 'github-token', login: viewer.login };
  const { data } = await call(`reading the App ${bot[1]}`, () => forge.octokit.apps.getBySlug({ app_slug: bot[1]! }));
  if (!data) throw new DhowError('not-found', `GitHub has no App ${bot[1]}, yet the token belongs to ${viewer.login}`);
  return { kind: 'app', login: viewer.login, slug: bot[1]!, integrationId: data.id };
}

export interface ProtectionResult {
  settings: Partial<RepositorySettings>;
  labels: string[];
  ruleset: { id: number; operation: 'created' | 'updated' | 'none' };
}

/** Applies `desired` where GitHub differs; reads everything first, writes nothing when all is in place. */
export async function protectRegistry(forge: GitHubForge, desired: Protection): Promise<ProtectionResult> {
  const repo = { owner: forge.owner, repo: forge.repo };
  const { data: current } = await call('reading the repository settings', () => forge.octokit.repos.get(repo));
  const settings = settingsToChange(current as Partial<RepositorySettings>, desired.settings);
  const existingLabels = await call('listing the labels', () => forge.octokit.paginate(forge.octokit.issues.listLabelsForRepo, { ...repo, per_page: 100 }));
  const labels = labelsToCreate(
    existingLabels.map((l) => l.name),
    desired.labels,
  );
  const rulesets = await admin('listing the rulesets', forge, () =>
    forge.octokit.paginate(forge.octokit.repos.getRepoRulesets, { ...repo, per_page: 100, includes_parents: false }),
  );
  const mine = rulesets.find((r) => r.name === desired.ruleset.name && r.source_type !== 'Organization');

  if (Object.keys(settings).length > 0) await admin('updating the repository settings', forge, () => forge.octokit.repos.update({ ...repo, ...settings }));
  for (const label of labels) {
    try {
      await forge.octokit.issues.createLabel({ ...repo, ...label });
    } catch (error) {
      // Made by someone else since we listed them: there now, which is all dhow needs.
      if (statusOf(error) !== 422 || !/already_exists/.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? '')))
        throw forgeError(`creating the label ${label.name}`, error);
    }
  }
  let ruleset: ProtectionResult['ruleset'];
  if (!mine) {
    const { data } = await admin('creating the ruleset', forge, () =>
      forge.octokit.repos.createRepoRuleset({ ...repo, ...desired.ruleset } as Parameters<typeof forge.octokit.repos.createRepoRuleset>[0]),
    );
    ruleset = { id: data.id, operation: 'created' };
  } else {
    const { data } = await admin('reading the ruleset', forge, () => forge.octokit.repos.getRepoRuleset({ ...repo, ruleset_id: mine.id }));
    if (rulesetDiffers(data as Parameters<typeof rulesetDiffers>[0], desired.ruleset)) {
      await admin('updating the ruleset', forge, () =>
        forge.octokit.repos.updateRepoRuleset({ ...repo, ruleset_id: mine.id, ...desired.ruleset } as Parameters<
          typeof forge.octokit.repos.updateRepoRuleset
        >[0]),
      );
      ruleset = { id: mine.id, operation: 'updated' };
    } else ruleset = { id: mine.id, operation: 'none' };
  }
  return { settings, labels: labels.map((l) => l.name), ruleset };
}

async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw forgeError(what, error);
  }
}

/** Administration routes: GitHub's 403 or 404 means the token lacks the permission; say which one. */
async function admin<T>(what: string, forge: GitHubForge, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      throw new DhowError(
        'refused',
        `GitHub: ${what} on ${forge.description} failed with ${status} (${messageOf(error)}): the token lacks the repository permission "Administration: write" (an App's or fine-grained token's; the admin role for a classic token). GITHUB_TOKEN never has it: run dhow init --protect with an admin's or the App's token`,
        { cause: error },
      );
    }
    throw forgeError(what, error);
  }
}
