import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/github.js';
import { recordingLogger } from '../../src/logger.js';
import { mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { Octokit } from '@octokit/rest';
import { registerVersion } from '../../src/registry/store.js';
import { VersionRecord } from '../../src/registry/schemas.js';
import { parse as parseYaml } from 'yaml';
import { isMutation, startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, digestOf, refs, releaseInDev, seedRegistry } from '../support/github/registry.js';

const REPO = 'acme/registry';
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO], users: ['data-scientist', 'alice', 'bob'], teams: { 'acme/ml-leads': ['alice'] } });
  await seedRegistry(gh, REPO, {
    models: {
      'arabic-sentiment': ['1.0.0'],
      m1: ['1.0.0'],
      m2: ['1.0.0'],
      m3: ['1.0.0'],
      m4: ['1.0.0'],
      m5: ['1.0.0'],
      twin: ['1.0.0'],
      faulty: ['1.0.0'],
      flaky: ['1.0.0'],
    },
    stagingReviewers: { users: ['bob'], teams: ['acme/ml-leads'] },
  });
});
afterAll(() => gh.stop());
afterEach(() => {
  gh.clearFaults();
  const violations = gh.violations.splice(0);
  expect(violations).toEqual([]);
});

function forge(logger = recordingLogger()) {
  return createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger, pacing: false, backoffUnitMs: 5 });
}

const promote = (model: string, version: string, environment = 'staging', logger = recordingLogger()) =>
  openPromotion(forge(logger), { model, version, environment }, { by: 'data-scientist', logger });

describe('promotion pull requests on GitHub', () => {
  it('opens a branch, one commit holding the release and its manifests, and a labelled pull request, in at most 7 calls', async () => {
    const mainBefore = bareGit(gh, REPO, ['rev-parse', 'main']);
    gh.resetCalls();
    const result = await promote('arabic-sentiment', '1.0.0');
    expect(result.operation).toBe('created');
    // 2 reads and 3 writes (the branch and its commit in one mutation, the pull request, its labels), plus two:
    // user and team reviewers are requested in separate calls (a team the token cannot see must not cost the user reviewers).
    expect(gh.calls.total()).toBeLessThanOrEqual(7);

    const branch = 'dhow/promote/staging/arabic-sentiment';
    const head = bareGit(gh, REPO, ['rev-parse', branch]);
    expect(bareGit(gh, REPO, ['rev-parse', `${head}^`])).toBe(mainBefore);
    expect(bareGit(gh, REPO, ['diff', '--name-only', mainBefore, head]).split('\n')).toEqual([
      'deploy/staging/arabic-sentiment/inferenceservice.yaml',
      'releases/staging/arabic-sentiment.yaml',
    ]);
    const release = parseYaml(bareGit(gh, REPO, ['show', `${head}:releases/staging/arabic-sentiment.yaml`]));
    expect(release).toMatchObject({ version: '1.0.0', digest: digestOf('arabic-sentiment', '1.0.0'), 'promoted-by': 'data-scientist' });
    // No author or committer was sent (createCommitOnBranch takes none): GitHub commits as the token's identity and signs it.
    const commitCall = gh.calls.writes()[0]!;
    const input = (commitCall.body as { variables: { commit: Record<string, unknown> } }).variables.commit;
    expect(Object.keys(input).sort()).toEqual(['branch', 'expectedHeadOid', 'fileChanges', 'message']);
    expect(input.message).toEqual({
      headline: 'Promote arabic-sentiment 1.0.0 to staging',
      body: 'Dhow-Model: arabic-sentiment\nDhow-Version: 1.0.0\nDhow-Environment: staging',
    });
    expect(bareGit(gh, REPO, ['log', '-1', '--format=%an|%cn', head])).toBe('github-actions[bot]|GitHub');
    expect(bareGit(gh, REPO, ['log', '-1', '--format=%(trailers:key=Dhow-Version,valueonly)', head])).toBe('1.0.0');

    const pr = gh.pulls(REPO).find((p) => p.head === branch)!;
    expect(pr.title).toBe('Promote arabic-sentiment 1.0.0 to staging');
    expect(pr.labels.sort()).toEqual(['dhow', 'env:staging']);
    expect(pr.requestedReviewers).toEqual(['bob']);
    expect(pr.requestedTeams).toEqual(['ml-leads']);
    expect(result.request.url).toBe(`${gh.url}/acme/registry/pull/${pr.number}`);
  });

  it('makes no write at all when the same promotion runs again, in at most 2 calls', async () => {
    const before = refs(gh, REPO);
    gh.resetCalls();
    const result = await promote('arabic-sentiment', '1.0.0');
    expect(result.operation).toBe('none');
    expect(gh.calls.writes()).toEqual([]);
    expect(gh.calls.total()).toBeLessThanOrEqual(2);
    expect(refs(gh, REPO)).toBe(before);
  });

  it('updates the same pull request with one new commit when a new version is promoted', async () => {
    const branch = 'dhow/promote/staging/arabic-sentiment';
    const number = gh.pulls(REPO).find((p) => p.head === branch)!.number;
    const oldHead = bareGit(gh, REPO, ['rev-parse', branch]);
    await releaseInDev(gh, REPO, 'arabic-sentiment', '1.1.0', '1.0.0');
    const result = await promote('arabic-sentiment', '1.1.0');
    expect(result.operation).toBe('updated');
    expect(result.request.id).toBe(String(number));
    const pr = gh.pulls(REPO).find((p) => p.number === number)!;
    expect(pr.title).toBe('Promote arabic-sentiment 1.1.0 to staging');
    const head = bareGit(gh, REPO, ['rev-parse', branch]);
    // A new commit on top of the old head (no force-push), whose tree is main plus the planned files.
    expect(bareGit(gh, REPO, ['merge-base', '--is-ancestor', oldHead, head])).toBe('');
    expect(bareGit(gh, REPO, ['diff', '--name-only', 'main', head]).split('\n')).toEqual([
      'deploy/staging/arabic-sentiment/inferenceservice.yaml',
      'releases/staging/arabic-sentiment.yaml',
    ]);
    expect(parseYaml(bareGit(gh, REPO, ['show', `${head}:releases/staging/arabic-sentiment.yaml`])).version).toBe('1.1.0');
    expect(gh.pulls(REPO).filter((p) => p.head === branch)).toHaveLength(1);
  });

  it('lands five promotions of different models to one environment at once', async () => {
    const results = await Promise.all(['m1', 'm2', 'm3', 'm4', 'm5'].map((m) => promote(m, '1.0.0')));
    expect(results.map((r) => r.operation)).toEqual(['created', 'created', 'created', 'created', 'created']);
    for (const m of ['m1', 'm2', 'm3', 'm4', 'm5']) {
      const head = bareGit(gh, REPO, ['rev-parse', `dhow/promote/staging/${m}`]);
      expect(parseYaml(bareGit(gh, REPO, ['show', `${head}:releases/staging/${m}.yaml`])).version).toBe('1.0.0');
      expect(gh.pulls(REPO).filter((p) => p.head === `dhow/promote/staging/${m}` && p.state === 'open')).toHaveLength(1);
    }
  });

  it('ends with one pull request whose title matches its branch when one model is promoted twice at once', async () => {
    await releaseInDev(gh, REPO, 'twin', '2.0.0', '1.0.0');
    const settled = await Promise.allSettled([promote('twin', '1.0.0'), promote('twin', '2.0.0')]);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    const open = gh.pulls(REPO).filter((p) => p.head === 'dhow/promote/staging/twin' && p.state === 'open');
    expect(open).toHaveLength(1);
    const head = bareGit(gh, REPO, ['rev-parse', 'dhow/promote/staging/twin']);
    const onBranch = parseYaml(bareGit(gh, REPO, ['show', `${head}:releases/staging/twin.yaml`])).version;
    expect(open[0]!.title).toBe(`Promote twin ${onBranch} to staging`);
  });
});

describe('merging a promotion on GitHub', () => {
  it('refuses to merge without the approval the environment needs, then merges one commit with dhow trailers onto main', async () => {
    const id = (await promote('m1', '1.0.0')).request.id;
    await expect(mergePromotion(forge(), id, { by: 'data-scientist' })).rejects.toThrow(/merge of request .* refused/);
    await new Octokit({ auth: gh.tokenFor('bob'), baseUrl: gh.url }).pulls.createReview({
      owner: 'acme',
      repo: 'registry',
      pull_number: Number(id),
      event: 'APPROVE',
    });
    const { sha } = await mergePromotion(forge(), id, { by: 'data-scientist' });
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(sha);
    expect(parseYaml(bareGit(gh, REPO, ['show', 'main:releases/staging/m1.yaml'])).version).toBe('1.0.0');
    expect(bareGit(gh, REPO, ['show', 'main:deploy/staging/m1/inferenceservice.yaml'])).toContain('InferenceService');
    expect(bareGit(gh, REPO, ['log', '-1', '--format=%(trailers:key=Dhow-Environment,valueonly)%(trailers:key=Dhow-Request,valueonly)', 'main'])).toBe(
      `staging\n${id}`,
    );
    expect(gh.pulls(REPO).find((p) => p.number === Number(id))!.merged).toBe(true);
  });
});

describe('pull request text on GitHub', () => {
  it('keeps one sticky comment per purpose, found by its hidden marker and edited in place', async () => {
    const id = (await promote('m2', '1.0.0')).request.id;
    const f = forge();
    await f.upsertComment(id, 'gate-report', 'latency p95: 41 ms');
    await f.upsertComment(id, 'drift', 'no drift');
    gh.resetCalls();
    await f.upsertComment(id, 'gate-report', 'latency p95: 38 ms');
    const comments = gh.repository(REPO).comments.filter((c) => c.issue === Number(id));
    expect(comments.map((c) => c.body)).toEqual(['<!-- dhow:gate-report -->\nlatency p95: 38 ms', '<!-- dhow:drift -->\nno drift']);
    expect(gh.calls.list.map((c) => c.operationId)).toEqual(['issues/list-comments', 'issues/update-comment']);
    gh.resetCalls();
    await f.upsertComment(id, 'gate-report', 'latency p95: 38 ms');
    expect(gh.calls.writes()).toEqual([]);
  });

  it('cuts a body longer than GitHub accepts instead of failing the promotion', async () => {
    const f = forge();
    const branch = 'dhow/promote/staging/m3';
    const rows = Array.from({ length: 4000 }, (_, i) => `| gate-${i} | pass | ${i} ms |`).join('\n');
    const { request, operation } = await f.openOrUpdateRequest({
      branch,
      base: 'main',
      title: 'Promote m3 1.0.0 to staging',
      body: `| gate | verdict | value |\n|---|---|---|\n${rows}`,
      author: 'data-scientist',
    });
    expect(operation).toBe('updated');
    const body = gh.pulls(REPO).find((p) => p.number === Number(request.id))!.body!;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('> **Truncated**');
    expect(
      body
        .split('\n\n> **Truncated**')[0]!
        .split('\n')
        .every((line) => /^\|.*\|$/.test(line)),
    ).toBe(true);
  });
});

describe('faults on the way to GitHub', () => {
  it('retries a 502 and a secondary rate limit (honouring retry-after) and still lands the promotion; the log never shows the token', async () => {
    gh.injectFault({ route: 'graphql', status: 502, matches: isMutation });
    gh.injectFault({ route: 'pulls/create', status: 403, retryAfter: 1 });
    const logger = recordingLogger();
    gh.resetCalls();
    const result = await promote('flaky', '1.0.0', 'staging', logger);
    expect(result.operation).toBe('created');
    const statuses = (id: string) => gh.calls.list.filter((c) => c.operationId === id).map((c) => c.status);
    expect(gh.calls.list.filter((c) => isMutation(c.body)).map((c) => c.status)).toEqual([502, 200]);
    expect(statuses('pulls/create')).toEqual([403, 201]);
    expect(logger.lines.some((l) => l.level === 'warning' && /secondary rate limit/.test(l.message))).toBe(true);
    expect(JSON.stringify(logger.lines)).not.toContain(gh.token);
  });

  it('finds and updates the pull request another run opened between our look-up and our create', async () => {
    await gh.seed(REPO, { 'solo.txt': 'x\n' }, { branch: 'dhow/promote/staging/solo' });
    const other = new Octokit({ auth: gh.token, baseUrl: gh.url });
    gh.injectFault({
      route: 'pulls/create',
      status: 422,
      message: 'Validation Failed: A pull request already exists for acme:dhow/promote/staging/solo.',
      before: async () =>
        void (await other.pulls.create({ owner: 'acme', repo: 'registry', head: 'dhow/promote/staging/solo', base: 'main', title: 'theirs' })),
    });
    gh.resetCalls();
    const { request, operation } = await forge().openOrUpdateRequest({
      branch: 'dhow/promote/staging/solo',
      base: 'main',
      title: 'ours',
      body: 'ours',
      author: 'data-scientist',
    });
    expect(operation).toBe('updated');
    expect(
      gh
        .pulls(REPO)
        .filter((p) => p.head === 'dhow/promote/staging/solo')
        .map((p) => [p.number, p.title]),
    ).toEqual([[Number(request.id), 'ours']]);
    const list = gh.calls.list.find((c) => c.operationId === 'pulls/list')!;
    expect(list.query).toMatchObject({ head: 'acme:dhow/promote/staging/solo', state: 'open' });
  });

  it('requests reviewers again when GitHub cannot yet resolve the new pull request', async () => {
    await releaseInDev(gh, REPO, 'late', '1.0.0');
    await gh.seed(REPO, { 'models/late/model.yaml': 'apiVersion: dhow.dev/v1\nkind: Model\nname: late\n' });
    gh.resetCalls();
    gh.injectFault({ route: 'pulls/request-reviewers', status: 422, times: 2, message: "Could not resolve to a node with the global id of 'PR_kwDOAAAB'" });
    await promote('late', '1.0.0');
    const pr = gh.pulls(REPO).find((p) => p.head === 'dhow/promote/staging/late')!;
    expect(pr.requestedReviewers).toEqual(['bob']);
    const asks = gh.calls.list.filter((c) => c.operationId === 'pulls/request-reviewers');
    expect(asks.map((c) => c.status)).toEqual([422, 422, 201, 201]);
    expect(asks.map((c) => c.body)).toEqual([{ reviewers: ['bob'] }, { reviewers: ['bob'] }, { reviewers: ['bob'] }, { team_reviewers: ['ml-leads'] }]);
  });

  it('fails clearly when GitHub keeps failing, and leaves the registry without a half-written branch', async () => {
    const before = refs(gh, REPO);
    gh.injectFault({ route: 'graphql', status: 500, times: 10, matches: isMutation });
    await expect(promote('faulty', '1.0.0')).rejects.toThrow(/GitHub: committing on dhow\/promote\/staging\/faulty failed with 500/);
    expect(refs(gh, REPO)).toBe(before);
    expect(gh.pulls(REPO).some((p) => p.head === 'dhow/promote/staging/faulty')).toBe(false);
  });

  it('gives up after a bounded number of secondary rate limits, saying so, with no branch left behind', async () => {
    await releaseInDev(gh, REPO, 'limited', '1.0.0');
    await gh.seed(REPO, { 'models/limited/model.yaml': 'apiVersion: dhow.dev/v1\nkind: Model\nname: limited\n' });
    const before = refs(gh, REPO);
    gh.resetCalls();
    gh.injectFault({ route: 'graphql', status: 403, retryAfter: 1, times: 10, matches: isMutation });
    const logger = recordingLogger();
    await expect(promote('limited', '1.0.0', 'staging', logger)).rejects.toThrow(
      /GitHub: committing on dhow\/promote\/staging\/limited failed with 403: You have exceeded a secondary rate limit/,
    );
    expect(gh.calls.list.filter((c) => isMutation(c.body))).toHaveLength(3); // the first try and two retries
    expect(logger.lines.some((l) => l.level === 'error' && /giving up after 2 retries/.test(l.message))).toBe(true);
    expect(refs(gh, REPO)).toBe(before);
  });

  it('re-reads and retries when the default branch moves under a registration (STALE_DATA)', async () => {
    const record = VersionRecord.parse(parseYaml(bareGit(gh, REPO, ['show', 'main:models/m1/versions/1.0.0.yaml'])));
    const next = { ...record, version: '3.0.0', artifact: { ...record.artifact, digest: digestOf('m1', '3.0.0') } };
    // A concurrent writer lands a commit on main just before our createCommitOnBranch reaches GitHub.
    gh.injectFault({
      route: 'graphql',
      status: 200,
      proceed: true,
      matches: isMutation,
      before: async () =>
        void (await gh.seed(REPO, {
          'models/m2/versions/9.9.9.yaml': bareGit(gh, REPO, ['show', 'main:models/m2/versions/1.0.0.yaml']).replace(/1\.0\.0/g, '9.9.9') + '\n',
        })),
    });
    const result = await registerVersion(forge(), next, { by: 'data-scientist' });
    expect(result.operation).toBe('created');
    const files = bareGit(gh, REPO, ['ls-tree', '-r', '--name-only', 'main']);
    expect(files).toContain('models/m1/versions/3.0.0.yaml');
    expect(files).toContain('models/m2/versions/9.9.9.yaml');
    expect(bareGit(gh, REPO, ['rev-list', '--count', 'main'])).toMatch(/^\d+$/);
    // Two commits asked for: the first found main moved (STALE_DATA), the second, after reading again, landed.
    const commits = gh.calls.writes().filter((c) => JSON.stringify(c.body).includes('createCommitOnBranch'));
    expect(commits.slice(-2).map((c) => (c.body as { variables: { commit: { expectedHeadOid: string } } }).variables.commit.expectedHeadOid)).toHaveLength(2);
    expect(
      new Set(commits.slice(-2).map((c) => (c.body as { variables: { commit: { expectedHeadOid: string } } }).variables.commit.expectedHeadOid)).size,
    ).toBe(2);
  });
});
