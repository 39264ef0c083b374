/**
 * A stateful GitHub emulator on loopback for the REST routes (and the few GraphQL fields) dhow uses.
 * Git data lives in real bare repositories written with git itself; every request and response is
 * validated against GitHub's OpenAPI description; faults (5xx, secondary rate limits, ref races, the
 * "Could not resolve to a node" after pull request creation) are injected on demand; calls are counted
 * per route (method + route template). Real Octokit talks to it over HTTP. GitHub's governance rules
 * (protection and rulesets, settings, token identities, auto-merge, the events log) live in rules.ts and
 * are switched on per test: `rules`, `settings`, `apps` and `enforceRules` options, `protect()`/`configure()`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { BareRepository } from './git.js';
import { loadOpenApi, type Operation } from './openapi.js';
import { HttpError, ROUTES, ORG_ROUTES, DOCS, type RouteContext, type RouteResult } from './routes.js';
import {
  now,
  type BranchRules,
  type DeliveredEvent,
  type IssueState,
  type PullState,
  type RepositorySettings,
  type RepositoryState,
  type User,
} from './state.js';
import { DEFAULT_SETTINGS } from './rules.js';
import { graphqlRoot, validateMutationInputs, validateMutationSelections } from './graphql-schema.js';
import { execute, parse, refuseOverLimits, GraphQLError } from './graphql.js';

export type { BranchRules, DeliveredEvent, IssueState, PullState, RepositorySettings, RepositoryState, RulesetState } from './state.js';

export interface EmulatorOptions {
  /** Repositories as owner/name, each created empty with a `main` branch holding one commit. */
  repositories: string[];
  /** Logins that get a token (reviewers, people); the default token belongs to `github-actions[bot]`. */
  users?: string[];
  /** Teams as org/slug -> member logins. */
  teams?: Record<string, string[]>;
  /**
   * Collaborator roles per repository (owner/name -> login -> role). A repository with no entry: its owner
   * is admin and every login in `users` has write (so plain tests need not list anyone).
   */
  collaborators?: Record<string, Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>>;
  /** GitHub Apps installed on every repository, by slug: each gets an installation token for `<slug>[bot]`. */
  apps?: Record<string, { membersRead?: boolean; contents?: 'read' | 'write' }>;
  /** Repository settings by owner/name (allow_auto_merge, merge methods, Actions creating pull requests). */
  settings?: Record<string, Partial<RepositorySettings>>;
  /** Branch protection or rulesets: owner/name -> branch -> rules. */
  rules?: Record<string, Record<string, BranchRules>>;
  /**
   * GitHub's rules older tests predate (default off): GITHUB_TOKEN and Apps without Members: read see no
   * team, and auto-merge refuses a pull request whose base has no rules or that could merge now.
   */
  enforceRules?: boolean;
  /** GitHub Enterprise Server's layout: REST under /api/v3, GraphQL at /api/graphql. */
  ghes?: boolean;
}

export interface Fault {
  /** An operationId (`git/update-ref`) or a route (`PATCH /repos/{owner}/{repo}/git/refs/{ref}`), or `graphql`. */
  route: string;
  status: number;
  /** How many matching calls fail (default 1). */
  times?: number;
  /** Seconds, sent as the retry-after header (secondary rate limits). */
  retryAfter?: number;
  message?: string;
  /** Runs before the faulty response is sent, e.g. to move a ref as a concurrent writer would. */
  before?: () => Promise<void>;
  /** Only calls whose request body passes this fail (e.g. the GraphQL query that reads teams). */
  matches?: (body: unknown) => boolean;
  /**
   * No failure: `before` runs, then the call is answered as GitHub would, e.g. a concurrent writer lands a commit
   * first and createCommitOnBranch then finds the branch moved (`status` is then ignored).
   */
  proceed?: boolean;
}

/** A fault that only matches GraphQL mutations (the github forge's writes), never its reads. */
export const isMutation = (body: unknown) => /^\s*mutation\b/.test(String((body as { query?: unknown } | undefined)?.query ?? ''));

/**
 * The transient 422 "Tree SHA does not exist" GitHub answers to a createCommit right after createTree,
 * while the new tree is not yet visible to every replica (a known eventual-consistency fault).
 */
export function treeNotYetVisible(times = 1): Fault {
  return { route: 'git/create-commit', status: 422, times, message: 'Tree SHA does not exist' };
}

export interface Call {
  method: string;
  /** `METHOD /route/{template}` or `POST /graphql`. */
  route: string;
  operationId: string;
  status: number;
  write: boolean;
  user: string;
  body?: unknown;
  query?: Record<string, string>;
}

export interface CallLog {
  list: Call[];
  /** Calls per route. */
  byRoute(): Record<string, number>;
  writes(): Call[];
  total(): number;
}

export interface GitHubEmulator {
  /** The API root, as GITHUB_API_URL holds it. */
  url: string;
  /** The token of `github-actions[bot]`, what a workflow's GITHUB_TOKEN is. */
  token: string;
  botLogin: string;
  tokenFor(login: string): string;
  /** The installation token of a GitHub App named in the `apps` option (its login is `<slug>[bot]`). */
  appToken(slug: string): string;
  /** Changes a repository's settings (as an admin would on the settings page). */
  configure(repository: string, settings: Partial<RepositorySettings>): void;
  /** Protects a branch with classic protection or a ruleset (null lifts it). */
  protect(repository: string, branch: string, rules: BranchRules | null): void;
  /** The events GitHub would have delivered to workflows, with whether each would start a run. */
  events(repository: string): DeliveredEvent[];
  barePath(repository: string): string;
  repository(repository: string): RepositoryState;
  /** Commits files directly on a branch with git (test setup, not counted as API calls). */
  seed(repository: string, files: Record<string, string | null>, options?: { branch?: string; message?: string }): Promise<string>;
  pulls(repository: string): PullState[];
  /** Issues (not pull requests), in creation order. */
  issues(repository: string): IssueState[];
  calls: CallLog;
  resetCalls(): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  setTeamMembers(team: string, logins: string[]): void;
  /** Request and response violations of GitHub's OpenAPI description seen so far. */
  violations: string[];
  stop(): Promise<void>;
}

export const BOT_LOGIN = 'github-actions[bot]';

interface RouteEntry {
  op: Operation;
  regex: RegExp;
  names: string[];
  scope: 'repo' | 'org';
}

function compileRoute(op: Operation, scope: 'repo' | 'org'): RouteEntry {
  const names: string[] = [];
  const pattern = op.template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    const multi = op.parameters.find((p) => p.name === name)?.multiSegment || name === 'path';
    return multi ? '(.+)' : '([^/]+)';
  });
  return { op, regex: new RegExp(`^${pattern}$`), names, scope };
}

export async function startGitHubEmulator(options: EmulatorOptions): Promise<GitHubEmulator> {
  const openapi = loadOpenApi();
  const root = await mkdtemp(join(tmpdir(), 'dhow-github-'));
  const users = new Map<string, User>();
  const tokens = new Map<string, User>();
  let userId = 100;
  // A login named like an app (`renovate[bot]`) is a Bot account, as on GitHub.
  const addUser = (
    login: string,
    type: User['type'] = login.endsWith('[bot]') ? 'Bot' : 'User',
    identity: User['identity'] = 'pat',
    canReadMembers = false,
  ) => {
    const user: User = { login, id: ++userId, type, token: `ghs_${randomBytes(18).toString('hex')}`, identity, ...(canReadMembers ? { canReadMembers } : {}) };
    users.set(login, user);
    tokens.set(user.token, user);
    return user;
  };
  const bot = addUser(BOT_LOGIN, 'Bot', 'github-token');
  for (const login of options.users ?? []) addUser(login);
  for (const [slug, app] of Object.entries(options.apps ?? {})) {
    const user = addUser(`${slug}[bot]`, 'Bot', 'app', Boolean(app.membersRead));
    if (app.contents === 'read') user.contentsReadOnly = true;
  }
  const teams = new Map<string, Set<string>>();
  for (const [team, members] of Object.entries(options.teams ?? {})) {
    teams.set(team, new Set(members));
    for (const m of members) if (!users.has(m)) addUser(m);
  }

  const repos = new Map<string, RepositoryState>();
  let repoId = 500;
  for (const full of options.repositories) {
    const [owner, name] = full.split('/');
    if (!owner || !name) throw new Error(`repository "${full}" must be owner/name`);
    if (!users.has(owner)) addUser(owner);
    const path = join(root, `${owner}__${name}.git`);
    const git = new BareRepository(path);
    await git.git(['init', '--bare', '--quiet', '--initial-branch=main', path]);
    const tree = await git.applyTree(null, [{ path: 'README.md', mode: '100644', type: 'blob', sha: await git.writeBlob(Buffer.from(`# ${full}\n`)) }]);
    const first = await git.writeCommit({
      tree,
      parents: [],
      message: 'Initial commit\n',
      author: { name: owner, email: `${owner}@example.invalid` },
      committer: { name: owner, email: `${owner}@example.invalid` },
    });
    await git.updateRef('refs/heads/main', first, null);
    const listed = options.collaborators?.[full];
    const collaborators: RepositoryState['collaborators'] = new Map(
      listed ? Object.entries(listed) : [...(options.users ?? []).map((login) => [login, 'write'] as const)],
    );
    if (!collaborators.has(owner)) collaborators.set(owner, 'admin');
    for (const login of Object.keys(listed ?? {})) if (!users.has(login)) addUser(login);
    repos.set(full, {
      id: ++repoId,
      owner,
      name,
      git,
      defaultBranch: 'main',
      pulls: [],
      issues: [],
      comments: [],
      statuses: [],
      dispatches: [],
      labels: new Map(),
      nextNumber: 1,
      collaborators,
      settings: { ...DEFAULT_SETTINGS, ...options.settings?.[full] },
      rules: new Map(Object.entries(options.rules?.[full] ?? {})),
      events: [],
    });
  }

  const served = [
    ...Object.keys(ROUTES).map((id) => compileRoute(openapi.operation(id), 'repo')),
    ...Object.keys(ORG_ROUTES).map((id) => compileRoute(openapi.operation(id), 'org')),
  ];

  const calls: Call[] = [];
  let faults: (Fault & { left: number })[] = [];
  const violations: string[] = [];
  let url = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...headers,
    });
    res.end(text);
  };
  const errorBody = (status: number, message: string, errors?: unknown[]) => ({
    message,
    documentation_url: DOCS,
    ...(errors ? { errors } : {}),
    status: String(status),
  });

  const takeFault = (operationId: string, route: string, body?: unknown): (Fault & { left: number }) | undefined => {
    const fault = faults.find((f) => f.left > 0 && (f.route === operationId || f.route === route) && (!f.matches || f.matches(body)));
    if (fault) fault.left--;
    return fault;
  };
  const faultResponse = async (res: ServerResponse, fault: Fault) => {
    await fault.before?.();
    const headers: Record<string, string> = {};
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    const message =
      fault.message ??
      (fault.status === 403 && fault.retryAfter !== undefined
        ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000:0000:00000000.'
        : fault.status >= 500
          ? 'Server Error'
          : 'Emulated failure');
    send(res, fault.status, errorBody(fault.status, message), headers);
    return fault.status;
  };

  const readBody = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    // GHES serves REST under /api/v3 and GraphQL at /api/graphql; github.com at the root and /graphql.
    // https://docs.github.com/en/enterprise-server@latest/rest/quickstart#using-curl-commands-in-github-actions
    const prefix = options.ghes ? '/api/v3' : '';
    const graphqlPath = options.ghes ? '/api/graphql' : '/graphql';
    if (prefix && parsed.pathname.startsWith(`${prefix}/`)) parsed.pathname = parsed.pathname.slice(prefix.length);
    else if (prefix && parsed.pathname !== graphqlPath) {
      violations.push(`${method} ${parsed.pathname}: outside GitHub Enterprise Server's /api/v3 (is the API URL missing /api/v3?)`);
      return send(res, 404, errorBody(404, 'Not Found'));
    }
    const query = Object.fromEntries(parsed.searchParams);
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '');
    const user = auth ? tokens.get(auth[1]!.trim()) : undefined;
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return send(res, 400, errorBody(400, 'Problems parsing JSON'));
    }

    if (method === 'POST' && parsed.pathname === graphqlPath) {
      const record: Call = { method, route: 'POST /graphql', operationId: 'graphql', status: 200, write: false, user: user?.login ?? '', body };
      calls.push(record);
      if (!user) return send(res, (record.status = 401), errorBody(401, 'Bad credentials'));
      const fault = takeFault('graphql', 'POST /graphql', body);
      if (fault?.proceed) await fault.before?.();
      else if (fault) return void (record.status = await faultResponse(res, fault));
      const { query: source, variables = {} } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
      if (typeof source !== 'string') return send(res, (record.status = 400), errorBody(400, 'A query attribute must be specified and must be a string.'));
      try {
        const operation = parse(source);
        record.write = operation.type === 'mutation';
        const refusal = refuseOverLimits(operation, variables);
        if (refusal) return send(res, (record.status = refusal.status), refusal.body);
        // Variables are coerced before any field runs: a wrong input fails the whole document, nothing written.
        const invalid = validateMutationSelections(operation) ?? validateMutationInputs(operation, variables);
        if (invalid) return send(res, 200, { data: null, errors: [{ message: invalid }] });
        const result = await execute(
          operation,
          graphqlRoot({ repos, users, teams, user, url, operationType: operation.type, strict: Boolean(options.enforceRules) }),
          variables,
        );
        return send(res, 200, result);
      } catch (error) {
        if (error instanceof GraphQLError) return send(res, 200, { errors: [{ message: error.message }] });
        throw error;
      }
    }

    let match: { entry: RouteEntry; params: Record<string, string> } | undefined;
    for (const entry of served) {
      if (entry.op.method !== method) continue;
      const m = entry.regex.exec(parsed.pathname);
      if (!m) continue;
      const params = Object.fromEntries(entry.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      match = { entry, params };
      break;
    }
    const route = match ? `${method} ${match.entry.op.template}` : `${method} ${parsed.pathname}`;
    const record: Call = {
      method,
      route,
      operationId: match?.entry.op.operationId ?? 'unknown',
      status: 0,
      write: method !== 'GET' && method !== 'HEAD',
      user: user?.login ?? '',
      ...(body !== undefined ? { body } : {}),
      ...(Object.keys(query).length ? { query } : {}),
    };
    calls.push(record);
    if (!match) {
      violations.push(`${method} ${parsed.pathname}: no route the emulator serves (is it a GitHub route dhow should use?)`);
      return send(res, (record.status = 404), errorBody(404, 'Not Found'));
    }
    if (!user) return send(res, (record.status = 401), errorBody(401, 'Bad credentials'));
    const { op } = match.entry;

    const fault = takeFault(op.operationId, route);
    if (fault?.proceed) await fault.before?.();
    else if (fault) return void (record.status = await faultResponse(res, fault));

    const requestErrors = openapi.validateRequest(op, match.params, query, body);
    if (requestErrors.length > 0) {
      const message = `${route} (${op.operationId}) breaks GitHub's OpenAPI description: ${requestErrors.join('; ')}`;
      violations.push(message);
      return send(res, (record.status = 422), errorBody(422, `Invalid request.\n\n${requestErrors.join('\n')}`));
    }

    let result: RouteResult;
    try {
      if (match.entry.scope === 'org') {
        result = await ORG_ROUTES[op.operationId]!({ params: match.params, query, body, user, url, users, teams, strict: Boolean(options.enforceRules) });
      } else {
        const repo = repos.get(`${match.params.owner}/${match.params.repo}`);
        if (!repo) throw new HttpError(404, 'Not Found');
        const ctx: RouteContext = { repo, params: match.params, query, body, user, url, users, teams, strict: Boolean(options.enforceRules) };
        result = await ROUTES[op.operationId]!(ctx);
      }
    } catch (error) {
      if (!(error instanceof HttpError)) {
        violations.push(`${route}: emulator error ${(error as Error).stack}`);
        return send(res, (record.status = 500), errorBody(500, `emulator error: ${(error as Error).message}`));
      }
      result = { status: error.status, body: errorBody(error.status, error.message, error.errors), headers: error.headers };
    }
    record.status = result.status;
    let responseBody = result.body;
    if (result.status < 300 && responseBody !== undefined) responseBody = openapi.complete(op, result.status, responseBody);
    if (result.status < 300 || String(result.status) in op.responses) {
      const responseErrors = responseBody === undefined ? [] : openapi.validateResponse(op, result.status, responseBody);
      if (responseErrors.length > 0) violations.push(`${route} response ${result.status} breaks GitHub's OpenAPI description: ${responseErrors.join('; ')}`);
    }
    send(res, result.status, responseBody, result.headers);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      violations.push(`emulator crashed: ${error.stack}`);
      if (!res.headersSent) send(res, 500, errorBody(500, `emulator error: ${error.message}`));
    });
  });
  // Idle keep-alive connections stay open for the test's life (stop() closes them): with Node's 5 s default a
  // client on a loaded machine can send on a connection in the instant the server closes it (ECONNRESET).
  server.keepAliveTimeout = 600_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  url = options.ghes ? `${origin}/api/v3` : origin;

  const repoOf = (full: string) => {
    const repo = repos.get(full);
    if (!repo) throw new Error(`the emulator has no repository ${full}`);
    return repo;
  };

  return {
    url,
    token: bot.token,
    botLogin: BOT_LOGIN,
    tokenFor(login) {
      const user = users.get(login) ?? addUser(login);
      return user.token;
    },
    appToken(slug) {
      const app = users.get(`${slug}[bot]`);
      if (!app || app.identity !== 'app') throw new Error(`the emulator has no App ${slug} (name it in the apps option)`);
      return app.token;
    },
    configure(full, settings) {
      Object.assign(repoOf(full).settings, settings);
    },
    protect(full, branch, rules) {
      if (rules) repoOf(full).rules.set(branch, rules);
      else repoOf(full).rules.delete(branch);
    },
    events: (full) => repoOf(full).events,
    barePath: (full) => repoOf(full).git.path,
    repository: repoOf,
    async seed(full, files, seedOptions = {}) {
      // One git fast-import stream: seeding 10,000 files takes a second, not 10,000 processes.
      const repo = repoOf(full);
      const branch = seedOptions.branch ?? repo.defaultBranch;
      const head = await repo.git.refValue(`refs/heads/${branch}`);
      const chunks: Buffer[] = [];
      const data = (text: string | Buffer) => {
        const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
        chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
      };
      const when = Math.floor(Date.now() / 1000);
      chunks.push(Buffer.from(`commit refs/heads/${branch}\nmark :1\ncommitter seed <seed@example.invalid> ${when} +0000\n`));
      data(`${seedOptions.message ?? 'Seed'}\n`);
      if (head) chunks.push(Buffer.from(`from ${head}\n`));
      for (const [path, content] of Object.entries(files)) {
        if (content === null) chunks.push(Buffer.from(`D ${path}\n`));
        else {
          chunks.push(Buffer.from(`M 100644 inline ${path}\n`));
          data(content);
        }
      }
      chunks.push(Buffer.from('\n'));
      await repo.git.git(['fast-import', '--quiet', '--date-format=raw'], Buffer.concat(chunks));
      const sha = (await repo.git.refValue(`refs/heads/${branch}`))!;
      return sha;
    },
    pulls: (full) => repoOf(full).pulls,
    issues: (full) => repoOf(full).issues,
    calls: {
      list: calls,
      byRoute() {
        const counts: Record<string, number> = {};
        for (const c of calls) counts[c.route] = (counts[c.route] ?? 0) + 1;
        return counts;
      },
      writes: () => calls.filter((c) => c.write),
      total: () => calls.length,
    },
    resetCalls() {
      calls.length = 0;
    },
    injectFault(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    clearFaults() {
      faults = [];
    },
    setTeamMembers(team, logins) {
      teams.set(team, new Set(logins));
      for (const login of logins) if (!users.has(login)) addUser(login);
    },
    violations,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

export { now };
