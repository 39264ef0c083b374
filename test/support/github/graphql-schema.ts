/**
 * The slice of GitHub's GraphQL schema the emulator serves: Repository (defaultBranchRef, ref, object,
 * pullRequests, collaborators), Organization (team), Team (members), Ref, Commit, Tree, TreeEntry, Blob, PullRequest, and the enablePullRequestAutoMerge
 * mutation. Field names and argument names follow GitHub's schema.
 */
import type { BareRepository } from './git.js';
import { GraphQLError, type Resolved } from './graphql.js';
import { nodeId } from './routes.js';
import { canSeeTeams, mergeRefusal, rulesFor } from './rules.js';
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

function repositoryNode(ctx: Context, repo: RepositoryState): Resolved {
  const git = repo.git;
  const refNode = async (qualified: string): Promise<Resolved | null> => {
    const full = qualified.startsWith('refs/') ? qualified : `refs/heads/${qualified}`;
    const sha = await git.refValue(full);
    if (!sha) return null;
    const prefix = full.replace(/[^/]+$/, '');
    return { __typename: 'Ref', name: full.slice(prefix.length), prefix, target: gitObject(git, sha, 'commit') };
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

export function graphqlRoot(ctx: Context): Resolved {
  if (ctx.operationType === 'mutation') {
    return {
      __typename: 'Mutation',
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
