/**
 * The github forge reads a large registry in queries GitHub answers (issue 16/14): a batch of reads asked for in one turn
 * goes out in chunks of at most 100 aliased reads, one query after the other, and the emulator refuses what GitHub refuses
 * (the documented node limit, pages over 100, and a query of thousands of lookups standing for one past GitHub's timeout).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/github.js';
import { recordingLogger } from '../../src/logger.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';

const REPO = 'acme/large-registry';
/** More reads than the emulator's lookup limit (150) takes in one query, and not a multiple of 100. */
const FILES = 151;
let gh: GitHubEmulator;
let commit: string;
const pathOf = (i: number) => `models/m${String(i).padStart(4, '0')}/model.yaml`;
const textOf = (i: number) => `name: m${i}\n`;

async function graphqlRaw(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${gh.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `bearer ${gh.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO], users: ['noura'] });
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) files[pathOf(i)] = textOf(i);
  commit = await gh.seed(REPO, files, { message: '151 models' });
}, 240_000);
afterAll(() => gh?.stop());

describe('reads of a large registry through the github forge', () => {
  it('reads 151 files and an absent one, asked for at once, in ceil(152 / 100) = 2 queries, every text right', { timeout: 240_000 }, async () => {
    gh.resetCalls();
    const forge = createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: recordingLogger(), pacing: false, backoffUnitMs: 5 });
    const paths = Array.from({ length: FILES }, (_, i) => pathOf(i));
    const texts = await forge.readFiles([...paths, 'models/absent/model.yaml'], commit);
    expect(texts).toEqual([...paths.map((_, i) => textOf(i)), null]);
    // 152 reads: a query of 100 and one of 52, each answered (none refused and retried).
    expect(gh.calls.byRoute()).toEqual({ 'POST /graphql': 2 });
    expect(gh.calls.list.map((c) => c.status)).toEqual(Array(2).fill(200));
    expect(gh.violations.splice(0)).toEqual([]);
    // A commit never changes: reading the same files again asks nothing.
    gh.resetCalls();
    expect(await forge.readFiles(paths.slice(0, 3), commit)).toEqual([textOf(0), textOf(1), textOf(2)]);
    expect(gh.calls.total()).toBe(0);
  });

  it('the same 151 reads in one query are refused with the answer GitHub gives a query past its timeout', { timeout: 240_000 }, async () => {
    const fields = Array.from({ length: FILES }, (_, i) => `r${i}: object(expression: "${commit}:${pathOf(i)}") { __typename oid ... on Blob { text } }`);
    const refused = await graphqlRaw(`query { repository(owner: "acme", name: "large-registry") { ${fields.join(' ')} } }`);
    expect(refused.status).toBe(502);
    expect(refused.body.errors[0].message).toMatch(/^We couldn't respond to your request in time/);
    // A few of them are answered (the forge's chunks of 100 are, in the test above).
    const answered = await graphqlRaw(`query { repository(owner: "acme", name: "large-registry") { ${fields.slice(95, 100).join(' ')} } }`);
    expect(answered.status).toBe(200);
    expect(answered.body.data.repository.r99.text).toBe(textOf(99));
  });

  it("refuses a query over GitHub's 500,000-node limit, counted as the docs count it", async () => {
    // 100 commits + 100 x 100 pull requests + 100 x 100 x 100 labels = 1,010,100 possible nodes (the docs' formula).
    const query = `query { repository(owner: "acme", name: "large-registry") { object(expression: "main") { ... on Commit {
      history(first: 100) { nodes { associatedPullRequests(first: 100) { nodes { labels(first: 100) { nodes { name } } } } } } } } } }`;
    const refused = await graphqlRaw(query);
    expect(refused.status).toBe(200);
    expect(refused.body.errors).toEqual([
      { type: 'MAX_NODE_LIMIT_EXCEEDED', message: 'This query requests up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.' },
    ]);
    // Labels 40 a pull request: 100 + 10,000 + 400,000 = 410,100, under the limit, is answered.
    const answered = await graphqlRaw(query.replace('labels(first: 100)', 'labels(first: 40)'));
    expect(answered.status).toBe(200);
    expect(answered.body.errors).toBeUndefined();
    // main's two commits: the emulator's first (README.md) and the seed.
    expect(answered.body.data.repository.object.history.nodes.length).toBe(2);
  });

  it('refuses a page over 100 records, as GitHub does', async () => {
    const refused = await graphqlRaw(
      `query($n: Int!) { repository(owner: "acme", name: "large-registry") { object(expression: "main") { ... on Commit { history(first: $n) { nodes { oid } } } } } }`,
      { n: 101 },
    );
    expect(refused.body.errors).toEqual([
      { type: 'EXCESSIVE_PAGINATION', message: 'Requesting 101 records on the `history` connection exceeds the `first` limit of 100 records.' },
    ]);
  });
});
