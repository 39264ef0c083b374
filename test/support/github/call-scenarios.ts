/**
 * The GitHub API calls of dhow's everyday runs, counted by the emulator per route, on a registry of a
 * given size: a first promotion (and one to an environment that names both user and team reviewers), an
 * unchanged re-run, an updated promotion (a new version), and `policy-check` action runs on a pull
 * request with 5 reviews, and on one whose environment needs a team among its 5 approvers. The benchmark prints these against the targets; an integration test
 * holds them as ceilings. A count of calls is deterministic, unlike a duration.
 */
import { Octokit } from '@octokit/rest';
import { createGitHubForge } from '../../../src/forge/github.js';
import { silentLogger } from '../../../src/logger.js';
import { openPromotion } from '../../../src/promote/execute.js';
import { runActionProcess } from '../action.js';
import { startGitHubEmulator, type Call } from './index.js';
import { bareGit, releaseInDev, seedRegistry } from './registry.js';

/** Issue 14's targets: API calls per run (the re-run also writes nothing). */
export const CALL_TARGETS = {
  first: 6,
  'first with user and team reviewers': 8,
  rerun: 2,
  updated: 7,
  'policy-check, 5 reviews': 8,
  'policy-check with a required team group and 5 approving reviews': 8,
} as const;
export type CallScenario = keyof typeof CALL_TARGETS;

/**
 * What the runs cost now, held by test/integration/github-call-ceilings.test.ts so they cannot regress. A
 * first promotion reads twice: the default branch with dhow.yaml, the promotion branch and its open pull
 * request in one query, then the model's files, whose paths depend on the environments dhow.yaml lists
 * (the release in the environment before), in a second; then 3 writes: the branch and its commit in one
 * GraphQL mutation (createRef, then createCommitOnBranch), the pull request, its labels (the REST API takes
 * no labels when it creates a pull request). An update whose base moved writes a merge commit, which only
 * the Git Data API makes (tree, commit, ref): it stays at 7.
 */
export const CALL_CEILINGS: Record<CallScenario, number> = {
  ...CALL_TARGETS,
  first: 5,
  'first with user and team reviewers': 7,
};

export interface CallMeasure {
  calls: number;
  writes: number;
  byRoute: Record<string, number>;
  /** The calls in order: the route, and for GraphQL whether it read (query) or which mutations it ran. */
  sequence: string[];
  ms: number;
  /** What the run reported, to show it did its work (the promotion's operation, the status it set). */
  outcome: string;
}

const PLAIN = 'acme/registry';
/** Staging there asks user bob and team acme/model-risk for reviews: two separate calls. */
const REVIEWED = 'acme/reviewed';
/** Staging there needs 2 approvals, one of them from team acme/model-risk (a required approver group). */
const GROUPED = 'acme/grouped';
const MODEL = 'arabic-sentiment';

/** Measures every scenario on registries holding `size` versions of the promoted model. */
export async function measureGitHubCalls(size: number): Promise<Record<CallScenario, CallMeasure>> {
  const gh = await startGitHubEmulator({
    repositories: [PLAIN, REVIEWED, GROUPED],
    users: ['data-scientist', 'bob', 'carol', 'dan', 'erin', 'farah'],
    teams: { 'acme/model-risk': ['bob'] },
  });
  try {
    // `size` versions of the promoted model (the one a promotion could be tempted to list), one released in dev.
    await seedRegistry(gh, PLAIN, { models: { [MODEL]: ['1.0.0'] }, extraVersions: size - 1 });
    await seedRegistry(gh, REVIEWED, {
      models: { [MODEL]: ['1.0.0'] },
      extraVersions: size - 1,
      stagingReviewers: { users: ['bob'], teams: ['acme/model-risk'] },
    });
    await seedRegistry(gh, GROUPED, {
      models: { [MODEL]: ['1.0.0'] },
      extraVersions: size - 1,
      config: {
        environments: [
          { name: 'dev', approvals: 0 },
          { name: 'staging', approvals: 2, 'required-approvers': [{ team: 'acme/model-risk', count: 1 }] },
        ],
      },
    });
    const forge = (repository: string) => createGitHubForge({ token: gh.token, repository, baseUrl: gh.url, logger: silentLogger, pacing: false });
    const promote = async (repository: string, version: string) => {
      const { operation } = await openPromotion(forge(repository), { model: MODEL, version, environment: 'staging' }, { by: 'data-scientist' });
      return operation;
    };
    const run = async (fn: () => Promise<string>): Promise<CallMeasure> => {
      gh.resetCalls();
      const started = performance.now();
      const outcome = await fn();
      return {
        calls: gh.calls.total(),
        writes: gh.calls.writes().length,
        byRoute: gh.calls.byRoute(),
        sequence: gh.calls.list.map(describeCall),
        ms: performance.now() - started,
        outcome,
      };
    };
    const first = await run(() => promote(PLAIN, '1.0.0'));
    const reviewed = await run(() => promote(REVIEWED, '1.0.0'));
    const rerun = await run(() => promote(PLAIN, '1.0.0'));
    await releaseInDev(gh, PLAIN, MODEL, '1.1.0', '1.0.0');
    const updated = await run(() => promote(PLAIN, '1.1.0'));

    /** Submits `reviews` on the open promotion of `repository`, then runs the policy-check action on it. */
    const reviewAndCheck = async (repository: string, reviews: [string, 'APPROVE' | 'COMMENT' | 'REQUEST_CHANGES'][]) => {
      const [owner, repo] = repository.split('/') as [string, string];
      const pull = gh.pulls(repository).find((p) => p.state === 'open')!;
      for (const [login, event] of reviews) {
        await new Octokit({ auth: gh.tokenFor(login), baseUrl: gh.url }).pulls.createReview({ owner, repo, pull_number: pull.number, event, body: 'seen' });
      }
      const sha = bareGit(gh, repository, ['rev-parse', pull.head]);
      return run(async () => {
        const action = await runActionProcess('policy-check', {
          inputs: { 'github-token': gh.token },
          env: { GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off', GITHUB_REPOSITORY: repository },
          event: {
            name: 'pull_request_review',
            payload: {
              action: 'submitted',
              review: { id: 1, user: { login: reviews[reviews.length - 1]![0] }, state: 'approved', commit_id: sha },
              pull_request: { number: pull.number, state: 'open', user: { login: pull.user }, head: { ref: pull.head, sha }, base: { ref: 'main' } },
              repository: { full_name: repository },
            },
          },
          timeoutMs: 120_000,
        });
        if (action.exitCode !== 0) throw new Error(`policy-check failed:\n${action.stdout}\n${action.stderr}`);
        return `${action.outputs.state}: ${action.outputs.description}`;
      });
    };
    // Five reviews on the updated promotion: an approval, a comment, another approval, changes requested
    // and then an approval by the same reviewer.
    const policyCheck = await reviewAndCheck(PLAIN, [
      ['bob', 'APPROVE'],
      ['carol', 'COMMENT'],
      ['dan', 'APPROVE'],
      ['erin', 'REQUEST_CHANGES'],
      ['erin', 'APPROVE'],
    ]);
    // Five approvals by five people, one of them (bob) in the required team: each approver's role and each
    // (team, approver) membership must come from one query, not a call each.
    await promote(GROUPED, '1.0.0');
    const grouped = await reviewAndCheck(GROUPED, [
      ['carol', 'APPROVE'],
      ['dan', 'APPROVE'],
      ['erin', 'APPROVE'],
      ['farah', 'APPROVE'],
      ['bob', 'APPROVE'],
    ]);
    if (gh.violations.length) throw new Error(`OpenAPI violations:\n${gh.violations.join('\n')}`);
    return {
      first,
      'first with user and team reviewers': reviewed,
      rerun,
      updated,
      'policy-check, 5 reviews': policyCheck,
      'policy-check with a required team group and 5 approving reviews': grouped,
    };
  } finally {
    await gh.stop();
  }
}

/** `POST /graphql query`, `POST /graphql mutation createRef, createCommitOnBranch`, or the REST route. */
function describeCall(call: Call): string {
  if (call.route !== 'POST /graphql') return call.route;
  const source = String((call.body as { query?: unknown } | undefined)?.query ?? '');
  if (!/^\s*mutation\b/.test(source)) return 'POST /graphql query';
  const fields = [...source.matchAll(/(?:\w+\s*:\s*)?(\w+)\(input:/g)].map((m) => m[1]);
  return `POST /graphql mutation ${fields.join(', ')}`;
}
