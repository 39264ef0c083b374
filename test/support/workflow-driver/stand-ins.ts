/**
 * Small stand-ins for the third-party actions dhow's workflows use, doing what each does for a job and
 * no more:
 * - actions/checkout: a git clone of the repository from the GitHub emulator (its bare repository) at
 *   the ref asked for, or the run's commit; dhow itself (the `dhow-repository` input) is this working
 *   tree, linked in place, so `uses: ./.dhow/actions/X` runs this checkout's action.
 * - actions/upload-artifact and actions/download-artifact (v4): copies into and out of a store that
 *   belongs to one workflow run; a second upload under the same name fails as v4 does (names are
 *   unique per run: https://github.com/actions/upload-artifact#breaking-changes).
 * - actions/create-github-app-token: the installation token the emulator issues to the App whose
 *   client ID and private key are given; anything else fails as the real action would.
 * - actions/setup-node: nothing (node 24 already runs every step).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { GitHubEmulator } from '../github/index.js';

export interface StandInContext {
  gh: GitHubEmulator;
  workspace: string;
  /** owner/name of the repository the workflow runs in, and the commit it runs at. */
  repository: string;
  sha: string;
  /** The branch the run is on (a push's branch), if any. */
  branch?: string;
  /** owner/name that means dhow itself; checked out as this working tree. */
  dhowRepository: string;
  dhowRoot: string;
  /** One directory per workflow run (all attempts of its jobs share it). */
  artifacts: string;
  /** The Apps the emulator knows, by client ID. */
  apps: Record<string, { slug: string; privateKey: string }>;
}

export interface StandInResult {
  outputs: Record<string, string>;
  /** A failure message, as the action would print it with ::error::. */
  error?: string;
  warning?: string;
}

type With = Record<string, string>;

const git = (args: string[], cwd?: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

async function checkout(ctx: StandInContext, input: With): Promise<StandInResult> {
  const repository = input.repository || ctx.repository;
  const target = resolve(ctx.workspace, input.path || '.');
  if (!target.startsWith(ctx.workspace)) return { outputs: {}, error: `Repository path '${input.path}' is not under '${ctx.workspace}'` };
  if (repository === ctx.dhowRepository) {
    await mkdir(dirname(target), { recursive: true });
    await symlink(ctx.dhowRoot, target);
    return { outputs: { ref: input.ref || 'v1', commit: git(['rev-parse', 'HEAD'], ctx.dhowRoot) } };
  }
  let bare: string;
  try {
    bare = ctx.gh.barePath(repository);
  } catch {
    return { outputs: {}, error: `Repository not found: ${repository}` };
  }
  // As actions/checkout: a branch is checked out as a local branch (-B), a commit detached; with no ref,
  // the run's own repository is checked out at the run's commit on the run's branch.
  const own = repository === ctx.repository && !input.ref;
  const ref = input.ref || (own ? ctx.sha : 'main');
  await mkdir(target, { recursive: true });
  git(['init', '--quiet', target]);
  git(['fetch', '--quiet', '--no-tags', bare, '+refs/heads/*:refs/remotes/origin/*'], target);
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', /^[0-9a-f]{40}$/.test(ref) ? `${ref}^{commit}` : `refs/remotes/origin/${ref}^{commit}`], target);
  } catch {
    return { outputs: {}, error: `A branch or tag with the name '${ref}' could not be found` };
  }
  const branch = own ? ctx.branch : /^[0-9a-f]{40}$/.test(ref) ? undefined : ref;
  if (branch) git(['checkout', '--quiet', '-B', branch, commit], target);
  else git(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit], target);
  return { outputs: { ref, commit } };
}

async function upload(ctx: StandInContext, input: With): Promise<StandInResult> {
  const name = input.name || 'artifact';
  const store = join(ctx.artifacts, name);
  if (existsSync(store)) {
    return {
      outputs: {},
      error:
        'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    };
  }
  const paths = (input.path ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => resolve(ctx.workspace, p))
    .filter((p) => existsSync(p));
  if (paths.length === 0) {
    const message = `No files were found with the provided path: ${input.path}. No artifacts will be uploaded.`;
    if (input['if-no-files-found'] === 'error') return { outputs: {}, error: message };
    return { outputs: {}, warning: message };
  }
  await mkdir(store, { recursive: true });
  // A single file keeps its name; a directory's contents land at the artifact's root.
  for (const path of paths) await cp(path, statSync(path).isDirectory() ? store : join(store, basename(path)), { recursive: true });
  return { outputs: { 'artifact-id': String((await readdir(ctx.artifacts)).length) } };
}

async function download(ctx: StandInContext, input: With): Promise<StandInResult> {
  const target = resolve(ctx.workspace, input.path || '.');
  if (!input.name) return { outputs: {}, error: 'the driver downloads artifacts by name only' };
  const store = join(ctx.artifacts, input.name);
  if (!existsSync(store)) {
    return { outputs: {}, error: `Unable to download artifact(s): Artifact not found for name: ${input.name}` };
  }
  await mkdir(target, { recursive: true });
  await cp(store, target, { recursive: true });
  return { outputs: { 'download-path': target } };
}

function appToken(ctx: StandInContext, input: With): StandInResult {
  const id = input['client-id'] || input['app-id'];
  if (!id) return { outputs: {}, error: 'Either client-id or app-id must be set' };
  const app = ctx.apps[id];
  if (!app || app.privateKey !== input['private-key'])
    return { outputs: {}, error: `Failed to create token for "${input.owner || ctx.repository}": Integration not found or key invalid` };
  return { outputs: { token: ctx.gh.appToken(app.slug), 'app-slug': app.slug, 'installation-id': '1' } };
}

/** The stand-in for `uses:` (owner/name@ref), or undefined when the driver has none. */
export function standIn(uses: string): ((ctx: StandInContext, input: With) => Promise<StandInResult> | StandInResult) | undefined {
  const action = uses.split('@')[0];
  switch (action) {
    case 'actions/checkout':
      return checkout;
    case 'actions/upload-artifact':
      return upload;
    case 'actions/download-artifact':
      return download;
    case 'actions/create-github-app-token':
      return appToken;
    case 'actions/setup-node':
      return () => ({ outputs: { 'node-version': process.version } });
    default:
      return undefined;
  }
}
