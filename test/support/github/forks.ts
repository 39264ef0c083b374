/**
 * Pull requests from forks, for tests: GitHub keeps the head of a cross-repository pull request at
 * refs/pull/<number>/head of the base repository (so its commits and files are readable there); the
 * emulator does the same, and reports the fork as the pull request's `head.repo`.
 * https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/proposing-changes-to-your-work-with-pull-requests/about-pull-requests
 */
import type { GitHubEmulator } from './index.js';
import { now } from './state.js';

export async function openForkPullRequest(
  gh: GitHubEmulator,
  base: string,
  input: { fork: string; branch: string; files: Record<string, string | null>; title: string; user: string },
): Promise<number> {
  const repo = gh.repository(base);
  // Written with the emulator's seeding on a scratch branch, then moved to where GitHub keeps fork heads.
  const scratch = `fork-scratch/${input.fork.replace('/', '-')}/${input.branch}`;
  const mainHead = (await repo.git.refValue(`refs/heads/${repo.defaultBranch}`))!;
  await repo.git.updateRef(`refs/heads/${scratch}`, mainHead, null);
  const head = await gh.seed(base, input.files, { branch: scratch, message: input.title });
  const number = repo.nextNumber++;
  await repo.git.updateRef(`refs/pull/${number}/head`, head, null);
  await repo.git.deleteRef(`refs/heads/${scratch}`, head);
  gh.tokenFor(input.user);
  const at = now();
  repo.pulls.push({
    number,
    title: input.title,
    body: null,
    head: input.branch,
    base: repo.defaultBranch,
    user: input.user,
    state: 'open',
    draft: false,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    closedHeadSha: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    labels: [],
    requestedReviewers: [],
    requestedTeams: [],
    reviews: [],
    autoMerge: null,
    headRepository: input.fork,
  });
  return number;
}
