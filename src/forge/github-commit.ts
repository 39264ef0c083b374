/**
 * A commit of the github forge written in ONE GraphQL call: createCommitOnBranch builds the tree and the commit
 * from the file changes on the branch's head and moves the branch only if it still points at expectedHeadOid
 * (GitHub's compare-and-swap), where the Git Data API takes createTree, createCommit and updateRef. For a new
 * branch, createRef comes first in the same mutation document: a mutation's top-level fields are executed
 * serially, in order (https://spec.graphql.org/October2021/#sec-Mutation), so the branch exists when the commit is
 * made. A field that fails answers null beside its error and the next still runs: a createRef that succeeded before
 * a refused commit leaves an empty branch, which the forge deletes. The commit has no author or committer given: GitHub authors it as the token's owner and signs it ("Commits
 * made using this mutation are automatically signed by GitHub", for a personal token too, unlike the REST route).
 * https://docs.github.com/en/graphql/reference/mutations#createcommitonbranch
 * https://docs.github.com/en/graphql/reference/mutations#createref
 * GitHub Enterprise Server: the mutation came to github.com on 2021-09-13
 * (https://github.blog/changelog/2021-09-13-a-simpler-api-for-authoring-commits/), so GHES releases from late 2021
 * on carry it (3.3 should be the first; its own reference page was not checked); every GHES release GitHub supports
 * today documents it (e.g. https://docs.github.com/en/enterprise-server@3.21/graphql/reference/commits#createcommitonbranch).
 * A server without it answers "Field 'createCommitOnBranch' doesn't exist on type 'Mutation'", which dhow reports
 * as a forge error naming the route.
 */
import type { graphql as Graphql } from '@octokit/graphql';
import { DhowError } from '../errors.js';
import { forgeError, messageOf } from './github-client.js';
import { refUpdateRefusal } from './github-refusals.js';

export interface BranchCommit {
  /** The repository's node id (createRef names the repository by it). */
  repositoryId: string;
  /** owner/name. */
  nameWithOwner: string;
  branch: string;
  /** The commit the branch must point at when the commit is made: its head, or the commit a new branch starts from. */
  head: string;
  /** Create the branch at `head` first, in the same document. */
  create: boolean;
  additions: { path: string; content: string }[];
  deletions: string[];
  /** The whole message, trailers included. */
  message: string;
}

export type BranchCommitResult = { ok: true; sha: string; tree: string } | { ok: false; created: boolean; error: DhowError };

interface GraphqlError {
  type?: string;
  message: string;
  path?: (string | number)[];
}

/**
 * Headline and body as the mutation takes them: GitHub writes the message as the headline, a blank line and the
 * body, so the first line is the headline and the rest (trailers included) the body.
 * https://docs.github.com/en/graphql/reference/input-objects#commitmessage
 */
export function commitMessage(message: string): { headline: string; body?: string } {
  const [headline = '', ...rest] = message.trimEnd().split('\n');
  const body = rest
    .join('\n')
    .replace(/^\s*\n/, '')
    .trim();
  return body ? { headline, body } : { headline };
}

/** FileAddition.contents: RFC 4648 base64 of the file's bytes (UTF-8). */
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export async function commitOnBranch(graphql: typeof Graphql, c: BranchCommit): Promise<BranchCommitResult> {
  const commitInput = {
    branch: { repositoryNameWithOwner: c.nameWithOwner, branchName: c.branch },
    expectedHeadOid: c.head,
    fileChanges: {
      ...(c.additions.length ? { additions: c.additions.map((a) => ({ path: a.path, contents: base64(a.content) })) } : {}),
      ...(c.deletions.length ? { deletions: c.deletions.map((path) => ({ path })) } : {}),
    },
    message: commitMessage(c.message),
  };
  const commitField = 'commit: createCommitOnBranch(input: $commit) { commit { oid tree { oid } } }';
  const document = c.create
    ? `mutation($ref: CreateRefInput!, $commit: CreateCommitOnBranchInput!) { branch: createRef(input: $ref) { ref { name } } ${commitField} }`
    : `mutation($commit: CreateCommitOnBranchInput!) { ${commitField} }`;
  const variables = {
    commit: commitInput,
    ...(c.create ? { ref: { repositoryId: c.repositoryId, name: `refs/heads/${c.branch}`, oid: c.head } } : {}),
  };
  type Data = { branch?: { ref: { name: string } | null } | null; commit?: { commit: { oid: string; tree: { oid: string } } } | null };
  try {
    const data = await graphql<Data>(document, variables);
    return { ok: true, sha: data.commit!.commit.oid, tree: data.commit!.commit.tree.oid };
  } catch (error) {
    const errors = (error as { errors?: GraphqlError[] }).errors;
    const data = (error as { data?: Data | null }).data;
    if (!Array.isArray(errors)) return { ok: false, created: false, error: forgeError(`committing on ${c.branch}`, error) };
    // createRef may fail (the branch appeared meanwhile) while the commit still lands on the branch where it was
    // expected: the compare-and-swap held, so the commit stands.
    if (data?.commit?.commit) return { ok: true, sha: data.commit.commit.oid, tree: data.commit.commit.tree.oid };
    const created = Boolean(data?.branch?.ref);
    const at = (alias: string) => errors.find((e) => e.path?.[0] === alias);
    // A refused createRef explains the commit's failure that follows it (no such branch): report the first.
    const failed = (c.create && !created ? at('branch') : undefined) ?? at('commit') ?? errors[0]!;
    return { ok: false, created, error: refusalOf(c.branch, failed, error) };
  }
}

/** Rule texts of branch protection and rulesets, in GitHub's words (see src/forge/github-refusals.ts). */
const RULE_TEXT =
  /rule violations|protected branch|Reference update failed|Changes must be made through a pull request|approving reviews? (?:is|are) required|status checks? .* expected|verified signatures|merge commits/i;

/**
 * What a GraphQL refusal of a commit means: a moved or vanished branch (STALE_DATA, or no such branch any more) and
 * a branch created meanwhile are lost races, DhowError('conflict'), which callers answer by reading again; branch
 * protection (BRANCH_PROTECTION_RULE_VIOLATION) and rulesets (their "Repository rule violations found" text under
 * another type) are DhowError('refused'), never retried; a token without Contents: write (FORBIDDEN) and anything
 * else are forge errors naming what was refused.
 */
function refusalOf(branch: string, e: GraphqlError, cause: unknown): DhowError {
  const message = e.message;
  // GitHub documents no wording for a branch that is gone; a NOT_FOUND of the commit not about the repository is that.
  if (e.type === 'STALE_DATA' || (e.path?.[0] === 'commit' && e.type === 'NOT_FOUND' && !/Repository/.test(message))) {
    return new DhowError('conflict', `branch ${branch} moved while committing (${message}); read it again and re-plan`, { cause });
  }
  if (e.path?.[0] === 'branch' && /already exists/i.test(message)) {
    return new DhowError('conflict', `branch ${branch} was created by someone else while committing (${message}); read it again and re-plan`, { cause });
  }
  if (e.type === 'FORBIDDEN') {
    return new DhowError(
      'forge',
      `GitHub: committing on ${branch} failed: ${message} (the token needs the Contents: write permission, or push access for a personal token)`,
      { cause },
    );
  }
  if (e.type === 'BRANCH_PROTECTION_RULE_VIOLATION' || RULE_TEXT.test(message)) return new DhowError('refused', refUpdateRefusal(branch, message), { cause });
  return new DhowError('forge', `GitHub: committing on ${branch} failed: ${e.type ? `${e.type}: ` : ''}${messageOf({ message })}`, { cause });
}
