/**
 * The slice of GitHub's GraphQL schema the emulator serves: Repository (id, defaultBranchRef, ref, object,
 * pullRequests, collaborators), Organization (team), Team (members), Ref, Commit, Tree, TreeEntry, Blob, PullRequest, and the
 * enablePullRequestAutoMerge, createRef and createCommitOnBranch mutations (with their input types, checked before anything
 * runs: validateMutationInputs). Field names and argument names follow GitHub's schema.
 */
import type { BareRepository, TreeChange } from './git.js';
import { GraphQLError, type Operation, type Resolved, type Selection } from './graphql.js';
import { BOT_SIGNER, branchMoved, guardRefUpdate, HttpError, identity, newCommits, nodeId } from './routes.js';
import { canSeeTeams, mergeRefusal, refUpdateRefusal, roleOf, rulesFor } from './rules.js';
import { now, type PullState, type RepositoryState, type User } from './state.js';

interface Context {
  repos: Map<string, RepositoryState>;
  users: Map<string, User>;
  /** org/slug to member logins, as the REST team routes read them. */
  teams: Map<string, Set<string>>;
  user: User | undefined;
  url: string;
  operationType: 'query' | 'mutation';
  /** GitHub's rules older tests predate (EmulatorOptions.enforceRules). */
  strict: boolean;
}

/**
 * Commit.associatedPullRequests: the pull requests whose commits include `sha` (reachable from the head,
 * not from the base they were opened against: the merge commit's first parent once merged).
 */
async function associatedPulls(git: BareRepository, pulls: PullState[], sha: string) {
  const found: Resolved[] = [];
  for (const pull of pulls) {
    const head = pull.closedHeadSha ?? (await git.refValue(`refs/heads/${pull.head}`));
    if (!head || !(await git.isAncestor(sha, head))) continue;
    const base = pull.mergeCommitSha ? (await git.readCommit(pull.mergeCommitSha))!.parents[0]! : await git.refValue(`refs/heads/${pull.base}`);
    if (base && (await git.isAncestor(sha, base))) continue;
    found.push({
      __typename: 'PullRequest',
      number: pull.number,
      state: pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED',
      baseRefName: pull.base,
      mergedBy: pull.mergedBy ? { __typename: 'User', login: pull.mergedBy } : null,
      mergeCommit: pull.mergeCommitSha ? { __typename: 'Commit', oid: pull.mergeCommitSha } : null,
    });
  }
  return found;
}

function gitObject(git: BareRepository, sha: string, type: string, pulls: PullState[] = []): Resolved {
  const common = { oid: sha, abbreviatedOid: sha.slice(0, 7) };
  if (type === 'blob') {
    let bytes: Promise<Buffer> | undefined;
    const load = () => (bytes ??= git.readBlob(sha));
    return {
      __typename: 'Blob',
      ...common,
      byteSize: async () => (await load()).length,
      isBinary: async () => (await load()).includes(0),
      isTruncated: async () => (await load()).length > 512 * 1024,
      text: async () => {
        const b = await load();
        return b.includes(0) ? null : b.subarray(0, 512 * 1024).toString('utf8');
      },
    };
  }
  if (type === 'tree') {
    return {
      __typename: 'Tree',
      ...common,
      entries: async () =>
        (await git.readTree(sha)).map((e) => ({
          __typename: 'TreeEntry',
          name: e.path,
          path: e.path,
          type: e.type,
          mode: parseInt(e.mode, 8),
          oid: e.sha,
          object: () => gitObject(git, e.sha, e.type),
        })),
    };
  }
  return {
    __typename: 'Commit',
    ...common,
    message: async () => (await git.readCommit(sha))!.message.replace(/\n$/, ''),
    committedDate: async () => (await git.readCommit(sha))!.committer.date,
    author: async () => {
      const a = (await git.readCommit(sha))!.author;
      return { __typename: 'GitActor', name: a.name, email: a.email, date: a.date };
    },
    history: async ({ path, first, after }: { path?: string; first?: number; after?: string }) => {
      if (first === undefined)
        throw new GraphQLError('You must provide a `first` value to properly paginate the `history` connection.', 'MISSING_PAGINATION_BOUNDARIES');
      if (first > 100)
        throw new GraphQLError(`Requesting ${first} records on the \`history\` connection exceeds the \`first\` limit of 100 records.`, 'EXCESSIVE_PAGINATION');
      const offset = after ? Number(Buffer.from(after, 'base64').toString('utf8').split(' ')[1]) + 1 : 0;
      const shas = await git.log(sha, path, offset + first + 1);
      const page = shas.slice(offset, offset + first);
      const cursor = (i: number) => Buffer.from(`${sha} ${i}`).toString('base64');
      return {
        __typename: 'CommitHistoryConnection',
        nodes: page.map((c) => gitObject(git, c, 'commit', pulls)),
        pageInfo: { __typename: 'PageInfo', hasNextPage: shas.length > offset + first, endCursor: page.length ? cursor(offset + page.length - 1) : null },
      };
    },
    tree: async () => gitObject(git, (await git.readCommit(sha))!.tree, 'tree'),
    associatedPullRequests: async ({ first }: { first?: number }) => {
      const nodes = await associatedPulls(git, pulls, sha);
      return { __typename: 'PullRequestConnection', totalCount: nodes.length, nodes: nodes.slice(0, first ?? 100) };
    },
    parents: async ({ first }: { first?: number }) => {
      const parents = (await git.readCommit(sha))!.parents;
      return { __typename: 'CommitConnection', totalCount: parents.length, nodes: parents.slice(0, first ?? 100).map((p) => gitObject(git, p, 'commit')) };
    },
    file: async ({ path }: { path: string }) => {
      const entry = await git.entryAt(sha, path);
      return entry
        ? {
            __typename: 'TreeEntry',
            name: entry.path.split('/').pop(),
            path: entry.path,
            type: entry.type,
            oid: entry.sha,
            object: () => gitObject(git, entry.sha, entry.type),
          }
        : null;
    },
  };
}

function pullNode(ctx: Context, repo: RepositoryState, pull: PullState): Resolved {
  const headOid = async () =>
    pull.state === 'closed' && pull.closedHeadSha ? pull.closedHeadSha : ((await repo.git.refValue(`refs/heads/${pull.head}`)) ?? pull.closedHeadSha);
  return {
    __typename: 'PullRequest',
    id: nodeId('PR', `${repo.owner}/${repo.name}#${pull.number}`),
    number: pull.number,
    url: `${ctx.url}/${repo.owner}/${repo.name}/pull/${pull.number}`,
    title: pull.title,
    body: pull.body ?? '',
    state: pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED',
    merged: pull.merged,
    headRefName: pull.head,
    baseRefName: pull.base,
    headRefOid: headOid,
    mergeCommit: pull.mergeCommitSha ? gitObject(repo.git, pull.mergeCommitSha, 'commit') : null,
    author: { __typename: ctx.users.get(pull.user)?.type === 'Bot' ? 'Bot' : 'User', login: pull.user },
    labels: ({ first }: { first?: number }) => ({
      __typename: 'LabelConnection',
      totalCount: pull.labels.length,
      nodes: pull.labels.slice(0, first ?? 100).map((name) => ({ __typename: 'Label', name })),
    }),
    autoMergeRequest: pull.autoMerge
      ? {
          __typename: 'AutoMergeRequest',
          mergeMethod: pull.autoMerge.method,
          enabledAt: pull.autoMerge.enabledAt,
          enabledBy: { __typename: 'User', login: pull.autoMerge.enabledBy },
        }
      : null,
  };
}

/** A Ref: https://docs.github.com/en/graphql/reference/objects#ref (id, name, prefix, target). */
function refObject(repo: RepositoryState, full: string, sha: string): Resolved {
  // refs/heads/dhow/x is the ref "dhow/x" under the prefix "refs/heads/".
  const prefix = /^refs\/[^/]+\//.exec(full)?.[0] ?? '';
  return {
    __typename: 'Ref',
    id: nodeId('REF', `${repo.owner}/${repo.name}:${full}`),
    name: full.slice(prefix.length),
    prefix,
    target: gitObject(repo.git, sha, 'commit'),
  };
}

function repositoryNode(ctx: Context, repo: RepositoryState): Resolved {
  const git = repo.git;
  const refNode = async (qualified: string): Promise<Resolved | null> => {
    const full = qualified.startsWith('refs/') ? qualified : `refs/heads/${qualified}`;
    const sha = await git.refValue(full);
    return sha ? refObject(repo, full, sha) : null;
  };
  return {
    __typename: 'Repository',
    id: nodeId('R', `${repo.owner}/${repo.name}`),
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    defaultBranchRef: () => refNode(repo.defaultBranch),
    ref: ({ qualifiedName }: { qualifiedName: string }) => refNode(qualifiedName),
    object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
      if (oid) {
        const type = await git.objectType(oid);
        return type ? gitObject(git, oid, type) : null;
      }
      if (!expression) throw new GraphQLError("Argument 'expression' or 'oid' is required on Field 'object'");
      const colon = expression.indexOf(':');
      const rev = colon === -1 ? expression : expression.slice(0, colon);
      const path = colon === -1 ? undefined : expression.slice(colon + 1);
      const commit = await git.resolveCommit(rev);
      if (!commit) return null;
      if (path === undefined) return gitObject(git, commit, 'commit', repo.pulls);
      const entry = await git.entryAt(commit, path);
      return entry ? gitObject(git, entry.sha, entry.type) : null;
    },
    // https://docs.github.com/en/graphql/reference/objects#repository (collaborators): `login` picks "one
    // specific collaborator", `query` "filters users with query on user name and login"; each
    // RepositoryCollaboratorEdge carries the RepositoryPermission enum (ADMIN, MAINTAIN, WRITE, TRIAGE, READ).
    collaborators: ({ login, query, first, last }: { login?: string; query?: string; first?: number; last?: number }) => {
      if (first === undefined && last === undefined) {
        throw new GraphQLError(
          'You must provide a `first` or `last` value to properly paginate the `collaborators` connection.',
          'MISSING_PAGINATION_BOUNDARIES',
        );
      }
      const lower = (text: string) => text.toLowerCase();
      const matching = [...repo.collaborators.entries()].filter(
        ([who]) => ctx.users.has(who) && (!login || lower(who) === lower(login)) && (!query || lower(who).includes(lower(query))),
      );
      const page = first !== undefined ? matching.slice(0, first) : matching.slice(-(last ?? 0));
      const edges = page.map(([who, role]) => ({
        __typename: 'RepositoryCollaboratorEdge',
        permission: role.toUpperCase(),
        node: { __typename: 'User', login: who },
      }));
      return { __typename: 'RepositoryCollaboratorConnection', totalCount: matching.length, edges, nodes: edges.map((e) => e.node) };
    },
    pullRequests: ({
      headRefName,
      baseRefName,
      states,
      first,
      last,
    }: {
      headRefName?: string;
      baseRefName?: string;
      states?: string[];
      first?: number;
      last?: number;
    }) => {
      if (first === undefined && last === undefined) {
        throw new GraphQLError(
          'You must provide a `first` or `last` value to properly paginate the `pullRequests` connection.',
          'MISSING_PAGINATION_BOUNDARIES',
        );
      }
      const stateOf = (p: PullState) => (p.merged ? 'MERGED' : p.state === 'open' ? 'OPEN' : 'CLOSED');
      const matching = repo.pulls.filter(
        (p) => (!headRefName || p.head === headRefName) && (!baseRefName || p.base === baseRefName) && (!states || states.includes(stateOf(p))),
      );
      const nodes = first !== undefined ? matching.slice(0, first) : matching.slice(-(last ?? 0));
      return { __typename: 'PullRequestConnection', totalCount: matching.length, nodes: nodes.map((p) => pullNode(ctx, repo, p)) };
    },
  };
}

/**
 * Organization.team and Team.members, under the REST team routes' rules: a team the token may not see
 * (GITHUB_TOKEN, an App without Members: read, when rules are enforced) is null, as REST answers 404 for it.
 * https://docs.github.com/en/graphql/reference/objects#organization (team: "Find an organization's team by its slug")
 * https://docs.github.com/en/graphql/reference/objects#team (members: `query` "The search string to look
 * for", `membership` default ALL; the emulator has no child teams, so ALL and IMMEDIATE agree)
 */
function organizationNode(ctx: Context, org: string): Resolved {
  return {
    __typename: 'Organization',
    login: org,
    team: ({ slug }: { slug: string }) => {
      const members = ctx.teams.get(`${org}/${slug}`);
      if (!members || (ctx.strict && !canSeeTeams(ctx.user!))) return null;
      return {
        __typename: 'Team',
        slug,
        name: slug,
        members: ({ query, first, last }: { query?: string; first?: number; last?: number }) => {
          if (first === undefined && last === undefined) {
            throw new GraphQLError(
              'You must provide a `first` or `last` value to properly paginate the `members` connection.',
              'MISSING_PAGINATION_BOUNDARIES',
            );
          }
          const lower = (text: string) => text.toLowerCase();
          const matching = [...members].filter((who) => !query || lower(who).includes(lower(query)));
          const page = first !== undefined ? matching.slice(0, first) : matching.slice(-(last ?? 0));
          const nodes = page.map((who) => ({ __typename: 'User', login: who }));
          return {
            __typename: 'TeamMemberConnection',
            totalCount: matching.length,
            nodes,
            edges: nodes.map((node) => ({ __typename: 'TeamMemberEdge', role: 'MEMBER', node })),
          };
        },
      };
    },
  };
}

/**
 * The input objects of the write mutations, as GitHub's schema declares them (`!`: required), so a document GitHub
 * would refuse is refused here before any field runs, in GitHub's words ("Variable $input of type
 * CreateCommitOnBranchInput! was provided invalid value for expectedHeadOid (Expected value to not be null)", as
 * avitorio/outstatic#17 quotes it).
 * https://docs.github.com/en/graphql/reference/input-objects#createcommitonbranchinput
 * https://docs.github.com/en/graphql/reference/input-objects#createrefinput
 */
const INPUT_TYPES: Record<string, Record<string, string>> = {
  CreateRefInput: { clientMutationId: 'String', name: 'String!', oid: 'GitObjectID!', repositoryId: 'ID!' },
  CreateCommitOnBranchInput: {
    branch: 'CommittableBranch!',
    clientMutationId: 'String',
    expectedHeadOid: 'GitObjectID!',
    fileChanges: 'FileChanges',
    message: 'CommitMessage!',
  },
  CommittableBranch: { branchName: 'String', id: 'ID', repositoryNameWithOwner: 'String' },
  FileChanges: { additions: '[FileAddition!]', deletions: '[FileDeletion!]' },
  FileAddition: { contents: 'Base64String!', path: 'String!' },
  FileDeletion: { path: 'String!' },
  CommitMessage: { body: 'String', headline: 'String!' },
};

/** What is wrong with `value` as a `type` (the path to the field at fault, and why), or null. */
function inputProblem(type: string, value: unknown): { path: string[]; why: string } | null {
  const required = type.endsWith('!');
  const bare = type.replace(/!$/, '');
  if (value === null || value === undefined) return required ? { path: [], why: 'Expected value to not be null' } : null;
  if (bare.startsWith('[')) {
    if (!Array.isArray(value)) return { path: [], why: 'Expected value to be a list' };
    for (const item of value) {
      const problem = inputProblem(bare.slice(1, -1), item);
      if (problem) return problem;
    }
    return null;
  }
  const fields = INPUT_TYPES[bare];
  if (!fields) return typeof value === 'string' ? null : { path: [], why: `Could not coerce value ${JSON.stringify(value)} to ${bare}` };
  if (typeof value !== 'object' || Array.isArray(value)) return { path: [], why: 'Expected value to be an object' };
  for (const key of Object.keys(value)) if (!(key in fields)) return { path: [key], why: `Field is not defined on ${bare}` };
  for (const [key, fieldType] of Object.entries(fields)) {
    const problem = inputProblem(fieldType, (value as Record<string, unknown>)[key]);
    if (problem) return { path: [key, ...problem.path], why: problem.why };
  }
  return null;
}

/** Checks the variables of a mutation typed with the input objects above; GitHub's answer when one is wrong, else null. */
export function validateMutationInputs(operation: Operation, variables: Record<string, unknown>): string | null {
  for (const [name, def] of Object.entries(operation.variables)) {
    if (!(def.type.replace(/!$/, '') in INPUT_TYPES)) continue;
    const problem = inputProblem(def.type, variables[name]);
    if (problem)
      return `Variable $${name} of type ${def.type} was provided invalid value${problem.path.length ? ` for ${problem.path.join('.')}` : ''} (${problem.why})`;
  }
  return null;
}

/**
 * The types a mutation's answer may select, checked before any field runs: GitHub validates a document against its
 * schema first, so a wrong field writes nothing ("Field 'x' doesn't exist on type 'Y'"), where the executor alone would
 * find it only after the mutation ran. Commit's fields are those the emulator serves (gitObject); a type not listed
 * here (PullRequest) is not looked into.
 * https://docs.github.com/en/graphql/reference/objects#createcommitonbranchpayload
 * https://docs.github.com/en/graphql/reference/objects#createrefpayload
 */
const MUTATION_TYPES: Record<string, Record<string, string | null>> = {
  Mutation: {
    createRef: 'CreateRefPayload',
    createCommitOnBranch: 'CreateCommitOnBranchPayload',
    enablePullRequestAutoMerge: 'EnablePullRequestAutoMergePayload',
  },
  CreateRefPayload: { clientMutationId: null, ref: 'Ref' },
  CreateCommitOnBranchPayload: { clientMutationId: null, commit: 'Commit', ref: 'Ref' },
  EnablePullRequestAutoMergePayload: { clientMutationId: null, actor: null, pullRequest: 'PullRequest' },
  Ref: { id: null, name: null, prefix: null, target: 'Commit' },
  Commit: Object.fromEntries(
    Object.keys(gitObject(undefined as unknown as BareRepository, '0'.repeat(40), 'commit')).map((field) => [field, field === 'tree' ? 'Tree' : null]),
  ),
  Tree: { oid: null, abbreviatedOid: null, entries: null },
};

/** GitHub's answer to a mutation document that selects a field its types lack, or null. */
export function validateMutationSelections(operation: Operation): string | null {
  if (operation.type !== 'mutation') return null;
  const walk = (type: string, selections: Selection[]): string | null => {
    const fields = MUTATION_TYPES[type];
    if (!fields) return null;
    for (const sel of selections) {
      if (sel.kind === 'fragment') {
        const inner = walk(sel.on, sel.selections);
        if (inner) return inner;
        continue;
      }
      if (sel.name === '__typename') continue;
      if (!(sel.name in fields)) return `Field '${sel.name}' doesn't exist on type '${type}'`;
      const below = fields[sel.name];
      if (below && sel.selections) {
        const inner = walk(below, sel.selections);
        if (inner) return inner;
      }
    }
    return null;
  };
  return walk('Mutation', operation.selections);
}

/**
 * Contents: write, which both mutations need: an App installation or token granted Contents: read gets GitHub's
 * "Resource not accessible by integration" (FORBIDDEN); a person without push access (a read or triage role, or
 * none where rules are enforced) gets the GraphQL API's "<login> does not have the correct permissions to execute
 * `<Mutation>`" (FORBIDDEN).
 * https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps#repository-permissions-for-contents
 */
function requireContentsWrite(ctx: Context, repo: RepositoryState, mutation: string): void {
  const user = ctx.user!;
  if (user.identity !== 'pat') {
    if (user.contentsReadOnly) throw new GraphQLError('Resource not accessible by integration', 'FORBIDDEN');
    return;
  }
  const role = roleOf(repo, user.login);
  if (role === 'read' || role === 'triage' || (role === null && ctx.strict)) {
    throw new GraphQLError(`${user.login} does not have the correct permissions to execute \`${mutation}\``, 'FORBIDDEN');
  }
}

/** RFC 4648 base64 with its padding, what FileAddition.contents must be ("correct padding is required"). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function findRepository(ctx: Context, match: (repo: RepositoryState) => boolean): RepositoryState | undefined {
  return [...ctx.repos.values()].find(match);
}

/**
 * createRef: "Create a new Git Ref" (repositoryId, the fully qualified name, the oid it points at), refused as the
 * REST route is: a name taken, a commit that does not exist, a branch a ruleset or protection covers (creations
 * restricted: the REST route's "Reference update failed"). GitHub documents no wording for these GraphQL errors; the
 * types are those its GraphQL API uses for the classes (UNPROCESSABLE, NOT_FOUND).
 * https://docs.github.com/en/graphql/reference/mutations#createref
 */
async function createRef(ctx: Context, input: { repositoryId: string; name: string; oid: string; clientMutationId?: string }): Promise<Resolved> {
  const repo = findRepository(ctx, (r) => nodeId('R', `${r.owner}/${r.name}`) === input.repositoryId);
  if (!repo) throw new GraphQLError(`Could not resolve to a node with the global id of '${input.repositoryId}'`, 'NOT_FOUND');
  requireContentsWrite(ctx, repo, 'CreateRef');
  const { name, oid } = input;
  if (!/^refs\/[^/]+\/.+/.test(name) || /\.\.|[\s~^:?*[\\]|\/$|\.lock$/.test(name)) throw new GraphQLError(`Reference name is invalid`, 'UNPROCESSABLE');
  if (!/^[0-9a-f]{40}$/.test(oid) || (await repo.git.objectType(oid)) !== 'commit') throw new GraphQLError(`Object does not exist`, 'UNPROCESSABLE');
  if (await repo.git.refValue(name)) throw new GraphQLError(`A ref named "${name}" already exists in the repository.`, 'UNPROCESSABLE');
  try {
    await guardRefUpdate({ repo, user: ctx.user! }, name, null, oid);
  } catch (error) {
    if (error instanceof HttpError) throw new GraphQLError(error.message, 'UNPROCESSABLE');
    throw error;
  }
  if (!(await repo.git.updateRef(name, oid, null))) throw new GraphQLError(`A ref named "${name}" already exists in the repository.`, 'UNPROCESSABLE');
  branchMoved({ repo, user: ctx.user! }, name, oid);
  return { __typename: 'CreateRefPayload', clientMutationId: input.clientMutationId ?? null, ref: refObject(repo, name, oid) };
}

interface CommitOnBranchInput {
  branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string };
  expectedHeadOid: string;
  fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
  message: { headline: string; body?: string };
  clientMutationId?: string;
}

/**
 * createCommitOnBranch: one commit on the branch's head from file additions and deletions, the branch moved to it
 * only if it still points at expectedHeadOid. Authored by the token's owner; committed and signed by GitHub (the web
 * interface's committer), whoever the token belongs to: "Commits made using this mutation are automatically signed by
 * GitHub". The message is the headline, a blank line and the body. The branch's protection and rulesets judge the
 * commit as a push; classic protection answers BRANCH_PROTECTION_RULE_VIOLATION (what clients such as Keystatic match),
 * a ruleset another type with GitHub's "Repository rule violations found" text (Thinkmill/keystatic#1598: not the
 * classic type). A moved head is STALE_DATA, "Expected branch to point to "<oid>" but it did not.  Pull and try again."
 * (ministryofjustice/modernisation-platform#11985 quotes the answer).
 * https://docs.github.com/en/graphql/reference/mutations#createcommitonbranch
 * https://docs.github.com/en/graphql/reference/input-objects#filechanges
 */
async function createCommitOnBranch(ctx: Context, input: CommitOnBranchInput): Promise<Resolved> {
  const { branch } = input;
  if (!branch.repositoryNameWithOwner || !branch.branchName) {
    throw new GraphQLError('A branch must be given by repositoryNameWithOwner and branchName (the emulator does not resolve Ref ids)', 'UNPROCESSABLE');
  }
  const repo = ctx.repos.get(branch.repositoryNameWithOwner);
  if (!repo) throw new GraphQLError(`Could not resolve to a Repository with the name '${branch.repositoryNameWithOwner}'.`, 'NOT_FOUND');
  requireContentsWrite(ctx, repo, 'CreateCommitOnBranch');
  const name = branch.branchName.replace(/^refs\/heads\//, '');
  const ref = `refs/heads/${name}`;
  const git = repo.git;
  const head = await git.refValue(ref);
  if (!head) throw new GraphQLError(`Could not resolve to a Ref with the name '${ref}'.`, 'NOT_FOUND');
  if (head !== input.expectedHeadOid)
    throw new GraphQLError(`Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`, 'STALE_DATA');

  // "path values must be unique across all additions and deletions provided"; contents are RFC 4648 base64.
  const additions = input.fileChanges?.additions ?? [];
  const deletions = input.fileChanges?.deletions ?? [];
  const paths = [...additions, ...deletions].map((c) => c.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice !== undefined) throw new GraphQLError(`A path was given more than once: ${twice}`, 'UNPROCESSABLE');
  const changes: TreeChange[] = [];
  for (const a of additions) {
    if (!BASE64.test(a.contents)) throw new GraphQLError(`Invalid base64 in the contents of ${a.path}`, 'UNPROCESSABLE');
    changes.push({ path: a.path, mode: '100644', type: 'blob', sha: await git.writeBlob(Buffer.from(a.contents, 'base64')) });
  }
  for (const d of deletions) {
    if (!(await git.entryAt(head, d.path))) {
      throw new GraphQLError(`A path was requested for deletion which does not exist as of commit oid \`${head}\``, 'UNPROCESSABLE');
    }
    changes.push({ path: d.path, mode: '100644', type: 'blob', sha: null });
  }
  const tree = await git.applyTree((await git.readCommit(head))!.tree, changes);
  const message = input.message.body ? `${input.message.headline}\n\n${input.message.body}` : input.message.headline;
  const commit = await git.writeCommit({ tree, parents: [head], message, author: identity(ctx.user!), committer: BOT_SIGNER });

  const rules = rulesFor(repo, name, ctx.user!);
  const refusal = rules ? refUpdateRefusal(repo, rules, commit, await newCommits(repo, head, commit)) : null;
  if (refusal) throw new GraphQLError(refusal.message, rules!.kind === 'protection' ? 'BRANCH_PROTECTION_RULE_VIOLATION' : 'UNPROCESSABLE');
  if (!(await git.updateRef(ref, commit, head))) {
    throw new GraphQLError(`Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`, 'STALE_DATA');
  }
  branchMoved({ repo, user: ctx.user! }, ref, commit);
  return {
    __typename: 'CreateCommitOnBranchPayload',
    clientMutationId: input.clientMutationId ?? null,
    commit: gitObject(git, commit, 'commit', repo.pulls),
    ref: refObject(repo, ref, commit),
  };
}

export function graphqlRoot(ctx: Context): Resolved {
  if (ctx.operationType === 'mutation') {
    return {
      __typename: 'Mutation',
      createRef: ({ input }: { input: Parameters<typeof createRef>[1] }) => createRef(ctx, input),
      createCommitOnBranch: ({ input }: { input: CommitOnBranchInput }) => createCommitOnBranch(ctx, input),
      enablePullRequestAutoMerge: async ({ input }: { input: { pullRequestId: string; mergeMethod?: string; clientMutationId?: string } }) => {
        for (const repo of ctx.repos.values()) {
          const pull = repo.pulls.find((p) => nodeId('PR', `${repo.owner}/${repo.name}#${p.number}`) === input.pullRequestId);
          if (!pull) continue;
          if (pull.state !== 'open') throw new GraphQLError('Pull request is not in the correct state to enable auto-merge', 'UNPROCESSABLE');
          const method = input.mergeMethod ?? 'MERGE';
          if (!['MERGE', 'SQUASH', 'REBASE'].includes(method))
            throw new GraphQLError(`Argument 'mergeMethod' on InputObject 'EnablePullRequestAutoMergeInput' has an invalid value (${method}).`);
          // Auto-merge's refusals, as GitHub words them (the "Pull request " prefix is GitHub's).
          // https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/incorporating-changes-from-a-pull-request/automatically-merging-a-pull-request
          // https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/configuring-pull-request-merges/managing-auto-merge-for-pull-requests-in-your-repository
          if (!repo.settings.allowAutoMerge) throw new GraphQLError('Pull request Auto merge is not allowed for this repository', 'UNPROCESSABLE');
          if (pull.draft) throw new GraphQLError('Pull request Pull request is in draft state', 'UNPROCESSABLE');
          if (ctx.strict) {
            const rules = rulesFor(repo, pull.base, ctx.user!);
            if (!repo.rules.has(pull.base)) throw new GraphQLError('Pull request Protected branch rules not configured for this branch', 'UNPROCESSABLE');
            const head = await repo.git.refValue(`refs/heads/${pull.head}`);
            // Nothing left to wait for: GitHub wants a plain merge instead.
            if (head && !mergeRefusal(repo, rules, pull, head, method.toLowerCase() as 'merge' | 'squash' | 'rebase')) {
              throw new GraphQLError('Pull request Pull request is in clean status', 'UNPROCESSABLE');
            }
          }
          pull.autoMerge = { method, enabledBy: ctx.user!.login, enabledAt: now() };
          return { __typename: 'EnablePullRequestAutoMergePayload', clientMutationId: input.clientMutationId ?? null, pullRequest: pullNode(ctx, repo, pull) };
        }
        throw new GraphQLError(`Could not resolve to a node with the global id of '${input.pullRequestId}'`, 'NOT_FOUND');
      },
    };
  }
  return {
    __typename: 'Query',
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = ctx.repos.get(`${owner}/${name}`);
      if (!repo) throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, 'NOT_FOUND');
      return repositoryNode(ctx, repo);
    },
    viewer: () => ({ __typename: 'User', login: ctx.user!.login }),
    // https://docs.github.com/en/graphql/reference/queries#organization: "Lookup a organization by login";
    // an unknown login is NOT_FOUND in GitHub's words.
    organization: ({ login }: { login: string }) => {
      const known = [...ctx.repos.values()].some((r) => r.owner === login) || [...ctx.teams.keys()].some((t) => t.startsWith(`${login}/`));
      if (!known) throw new GraphQLError(`Could not resolve to an Organization with the login of '${login}'.`, 'NOT_FOUND');
      return organizationNode(ctx, login);
    },
  };
}
