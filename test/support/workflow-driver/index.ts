/**
 * A workflow driver: runs the workflows of repositories in the GitHub emulator the way GitHub Actions
 * would, job by job, so a test can follow a model from a push to production. It owns:
 * - which runs start: only the events the emulator logged as ones GitHub would deliver and that start
 *   workflows (a pull request a GITHUB_TOKEN opens starts none), matched against each workflow's `on:`
 *   as the workflow file stands at the event's commit;
 * - each run: `needs` order, job and step `if:`, `env`, `outputs`, `permissions` (a called workflow may
 *   not raise its caller's), `concurrency` groups (evaluated and recorded; runs here are sequential, so
 *   nothing waits or is cancelled), reusable workflows called with `uses:` (inputs typed and checked by
 *   name, secrets passed by name or `inherit`), a fresh workspace per job and artifacts per run;
 * - each step: `run:` with bash as the runner runs it (`bash --noprofile --norc -eo pipefail`), a local
 *   action (`uses: ./.dhow/actions/X`) through test/support/action.ts (sources, or dist/ when CI is
 *   set) with INPUT_*, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH, its post
 *   step at the end of the job, and third-party actions through the stand-ins in stand-ins.ts.
 * Every run reports the API calls it made (and which wrote) and its wall time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseCommandFile, runActionProcess } from '../action.js';
import type { DeliveredEvent, GitHubEmulator } from '../github/index.js';
import { condition, interpolate, toText, type Contexts, type JobStatus, type Value } from './expressions.js';
import { DHOW_REPOSITORY } from './repository.js';
import { standIn, type StandInContext } from './stand-ins.js';
import {
  bindInputs,
  bindSecrets,
  checkInputNames,
  checkNestedPermissions,
  jobOrder,
  needsOf,
  parseWorkflow,
  triggers,
  WorkflowError,
  type InputSpec,
  type JobSpec,
  type Permissions,
  type StepSpec,
  type WorkflowSpec,
} from './workflow.js';

export { WorkflowError } from './workflow.js';
export { DHOW_REPOSITORY, withDhowRepository } from './repository.js';

const ROOT = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');
const SERVER_URL = 'https://github.example';

export interface DriverOptions {
  gh: GitHubEmulator;
  /** owner/name by which workflows name dhow (its reusable workflows and actions): this working tree; default package.json's. */
  dhowRepository?: string;
  /** Repository secrets, by owner/name. */
  secrets?: Record<string, Record<string, string>>;
  /** Repository configuration variables (the `vars` context), by owner/name. */
  vars?: Record<string, Record<string, string>>;
  /** GitHub Apps by client ID: the emulator's App slug and the private key that goes with it. */
  apps?: Record<string, { slug: string; privateKey: string }>;
  /** Added to every step's environment (PATH with a fake nvidia-smi, DHOW_GITHUB_PACING=off ...). */
  env?: Record<string, string>;
  /** Prints a line per job and step (default: nothing). */
  log?: (line: string) => void;
}

export type Result = 'success' | 'failure' | 'skipped';

export interface StepRun {
  name: string;
  result: Result;
  annotations: string[];
  summary: string;
}

export interface JobRun {
  /** caller job, or caller job/called job for a reusable workflow's jobs. */
  name: string;
  result: Result;
  outputs: Record<string, string>;
  steps: StepRun[];
  concurrency?: string;
  error?: string;
}

export interface WorkflowRun {
  repository: string;
  workflow: string;
  event: string;
  action?: string;
  runId: number;
  attempt: number;
  result: Result;
  jobs: JobRun[];
  /** A refusal before any job ran (GitHub's "Invalid workflow file" message). */
  error?: string;
  calls: number;
  writes: number;
  wallMs: number;
}

interface RunContext {
  repository: string;
  workflow: string;
  github: Record<string, Value>;
  event: { name: string; payload: Record<string, Value> };
  artifacts: string;
  eventPath: string;
  secrets: Record<string, string>;
  vars: Record<string, Value>;
}

interface Trigger {
  event: DeliveredEvent;
  sha: string;
  payload: Record<string, Value>;
  ref: string;
}

export interface WorkflowDriver {
  /** Starts the runs every new event of `repositories` calls for, and the runs their events call for, until none is left. */
  settle(repositories: string[]): Promise<WorkflowRun[]>;
  /** Runs one workflow again for the same event and commit ("Re-run all jobs": the next attempt). */
  rerun(run: WorkflowRun): Promise<WorkflowRun>;
  runs: WorkflowRun[];
  /** Removes every workspace, artifact and command file the runs left. */
  dispose(): Promise<void>;
}

function fail(message: string): never {
  throw new WorkflowError(message);
}

async function gitShow(gh: GitHubEmulator, repository: string, sha: string, path: string): Promise<string | null> {
  const entry = await gh.repository(repository).git.entryAt(sha, path);
  if (!entry || entry.type !== 'blob') return null;
  return (await gh.repository(repository).git.readBlob(entry.sha)).toString('utf8');
}

async function workflowFiles(gh: GitHubEmulator, repository: string, sha: string): Promise<string[]> {
  const dir = await gh.repository(repository).git.entryAt(sha, '.github/workflows');
  if (!dir || dir.type !== 'tree') return [];
  const entries = await gh.repository(repository).git.readTree(dir.sha);
  return entries.filter((e) => e.type === 'blob' && /\.ya?ml$/.test(e.path)).map((e) => e.path.replace(/^.*\//, ''));
}

function stringMap(values: Record<string, unknown> | undefined, contexts: Contexts, status?: JobStatus): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {}))
    out[name] = typeof value === 'string' ? toText(interpolate(value, contexts, status)) : toText(value as Value);
  return out;
}

function withValues(values: Record<string, unknown> | undefined, contexts: Contexts): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values ?? {})) out[name] = typeof value === 'string' ? interpolate(value, contexts) : value;
  return out;
}

function concurrencyGroup(spec: JobSpec['concurrency'], contexts: Contexts): string | undefined {
  if (spec === undefined) return undefined;
  return toText(interpolate(typeof spec === 'string' ? spec : spec.group, contexts));
}

export function createWorkflowDriver(options: DriverOptions): WorkflowDriver {
  const { gh } = options;
  const dhowRepository = options.dhowRepository ?? DHOW_REPOSITORY;
  const log = options.log ?? (() => {});
  const cursors = new Map<string, number>();
  const runs: WorkflowRun[] = [];
  const triggersOf = new WeakMap<WorkflowRun, Trigger>();
  let nextRunId = 4000;
  // Every runner workspace, run directory and step's command files lives under one directory.
  let scratch: string | undefined;
  const tempDir = async (prefix: string) => mkdtemp(join((scratch ??= await mkdtemp(join(tmpdir(), 'dhow-driver-'))), prefix));
  const runNumbers = new Map<string, number>();

  async function payloadFor(repository: string, event: DeliveredEvent): Promise<Trigger> {
    const state = gh.repository(repository);
    const repoJson = { full_name: repository, name: state.name, owner: { login: state.owner }, default_branch: state.defaultBranch };
    const sender = { login: event.sender };
    const headOf = async (branch: string) => (await state.git.refValue(`refs/heads/${branch}`)) ?? fail(`${repository}: no branch ${branch}`);
    if (event.event === 'push') {
      const sha = event.sha ?? (await headOf(event.ref!));
      return { event, sha, ref: `refs/heads/${event.ref}`, payload: { ref: `refs/heads/${event.ref}`, after: sha, repository: repoJson, sender } };
    }
    if (event.event === 'pull_request' || event.event === 'pull_request_review') {
      const pull = state.pulls.find((p) => p.number === event.pull) ?? fail(`${repository}: no pull request #${event.pull}`);
      const head = pull.closedHeadSha ?? (await headOf(pull.head));
      const base = await headOf(pull.base);
      // State as the event saw it (a pull request opened then merged at once arrives as "opened", open).
      const pullJson = {
        number: pull.number,
        state: event.pullSnapshot?.state ?? pull.state,
        merged: event.pullSnapshot?.merged ?? pull.merged,
        html_url: `${SERVER_URL}/${repository}/pull/${pull.number}`,
        user: { login: pull.user },
        head: { ref: pull.head, sha: head },
        base: { ref: pull.base, sha: base },
      };
      const payload: Record<string, Value> = { action: event.action ?? 'opened', number: pull.number, pull_request: pullJson, repository: repoJson, sender };
      if (event.event === 'pull_request_review') {
        const review = event.pullSnapshot?.review;
        payload.review = { id: review?.id ?? 0, user: sender, state: (review?.state ?? 'COMMENTED').toLowerCase(), commit_id: review?.commitId ?? head };
      }
      // A pull_request run's commit is the merge commit; the driver takes the base's workflows (the head's
      // files are never executed by dhow's registry workflows) and runs at the head commit.
      return { event, sha: head, ref: `refs/pull/${pull.number}/merge`, payload };
    }
    if (event.event === 'repository_dispatch') {
      const index = state.events.filter((e) => e.event === 'repository_dispatch').indexOf(event);
      const dispatch = state.dispatches[index] ?? fail(`${repository}: no dispatch for event ${index}`);
      const sha = await headOf(state.defaultBranch);
      return {
        event,
        sha,
        ref: `refs/heads/${state.defaultBranch}`,
        payload: { action: dispatch.eventType, client_payload: dispatch.clientPayload as Value, repository: repoJson, sender },
      };
    }
    if (event.event === 'workflow_dispatch') {
      const sha = event.sha ?? (await headOf(event.ref!));
      return {
        event,
        sha,
        ref: `refs/heads/${event.ref}`,
        payload: {
          inputs: (event.inputs ?? {}) as Value,
          ref: `refs/heads/${event.ref}`,
          workflow: `.github/workflows/${event.workflow}`,
          repository: repoJson,
          sender,
        },
      };
    }
    return { event, sha: await headOf(state.defaultBranch), ref: `refs/heads/${state.defaultBranch}`, payload: { repository: repoJson, sender } };
  }

  /** The workflow file at `uses:`: dhow's reusable workflows are this tree's reusable-workflows/; others come from the emulator. */
  async function calledWorkflow(uses: string, caller: RunContext, callerSha: string): Promise<{ text: string; file: string }> {
    const local = /^\.\/\.github\/workflows\/([^@]+)$/.exec(uses);
    if (local) {
      const text =
        (await gitShow(gh, caller.repository, callerSha, `.github/workflows/${local[1]}`)) ?? fail(`${uses}: no such workflow in ${caller.repository}`);
      return { text, file: `${caller.repository}/.github/workflows/${local[1]}` };
    }
    const remote =
      /^([^/]+\/[^/]+)\/\.github\/workflows\/([^@]+)@(.+)$/.exec(uses) ?? fail(`${uses}: a reusable workflow is named owner/repo/.github/workflows/file@ref`);
    const [, repository, file] = remote;
    if (repository === dhowRepository) {
      const path = join(ROOT, 'reusable-workflows', file!);
      if (!existsSync(path)) fail(`${uses}: dhow has no reusable workflow ${file}`);
      return { text: await readFile(path, 'utf8'), file: `reusable-workflows/${file}` };
    }
    fail(`${uses}: the driver calls only dhow's reusable workflows and the repository's own`);
  }

  async function runStep(
    step: StepSpec,
    index: number,
    job: {
      env: Record<string, string>;
      workspace: string;
      contexts: Contexts;
      status: JobStatus;
      run: RunContext;
      stepsCtx: Record<string, Value>;
      posts: (() => Promise<void>)[];
    },
  ): Promise<StepRun> {
    const label = step.name ?? step.id ?? step.uses ?? (step.run ?? '').split('\n')[0]!.slice(0, 60);
    // Secrets may not appear in a step's if: ("Unrecognized named-value: 'secrets'").
    const ifContexts: Contexts = { ...job.contexts, steps: job.stepsCtx, env: job.env };
    delete ifContexts.secrets;
    if (!condition(step.if, ifContexts, job.status)) {
      if (step.id) job.stepsCtx[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      return { name: label, result: 'skipped', annotations: [], summary: '' };
    }
    const contexts = { ...job.contexts, steps: job.stepsCtx, env: job.env };
    const env = { ...job.env, ...stringMap(step.env, contexts) };
    let outputs: Record<string, string> = {};
    let annotations: string[] = [];
    let summary = '';
    let ok: boolean;
    const baseEnv = { ...runnerEnv(job.run, job.workspace), ...env };
    if (step.run !== undefined) {
      const script = toText(interpolate(step.run, contexts));
      const files = await commandFiles(await tempDir('step-'));
      const cwd = resolve(job.workspace, step['working-directory'] ?? '.');
      const path = join(files.dir, `step-${index}.sh`);
      await writeFile(path, script);
      const { code, stdout, stderr } = await spawnCollect('bash', ['--noprofile', '--norc', '-eo', 'pipefail', path], cwd, { ...baseEnv, ...files.env });
      outputs = parseCommandFile(await readFile(files.env.GITHUB_OUTPUT, 'utf8'));
      Object.assign(job.env, parseCommandFile(await readFile(files.env.GITHUB_ENV, 'utf8')));
      summary = await readFile(files.env.GITHUB_STEP_SUMMARY, 'utf8');
      annotations = stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l));
      ok = code === 0;
      if (!ok && annotations.length === 0) annotations.push(`::error::Process completed with exit code ${code}. ${stderr.slice(-500)}`);
    } else if (step.uses?.startsWith('./')) {
      const actionDir = resolve(job.workspace, step.uses);
      const metadata = ['action.yml', 'action.yaml'].map((f) => join(actionDir, f)).find(existsSync) ?? fail(`Can't find 'action.yml' under '${actionDir}'`);
      const spec = parseYaml(await readFile(metadata, 'utf8')) as {
        inputs?: Record<string, { default?: string; required?: boolean }>;
        runs: { using: string; main: string; post?: string };
      };
      // Only dhow's own node actions: runs.main names dist/<name>/index.js, the bundle of src/actions/<name>.
      const bundle = /^\.\.\/\.\.\/dist\/([a-z-]+)\/index\.js$/.exec(spec.runs.main);
      if (!/^node2\d$/.test(spec.runs.using) || !bundle) fail(`${step.uses}: the driver runs dhow's node actions only (runs.main ${spec.runs.main})`);
      const given = stringMap(step.with, contexts);
      for (const name of Object.keys(given)) {
        // The runner warns: "Unexpected input(s) 'x', valid inputs are [...]".
        if (!spec.inputs || !Object.hasOwn(spec.inputs, name))
          annotations.push(`::warning::Unexpected input(s) '${name}', valid inputs are [${Object.keys(spec.inputs ?? {}).join(', ')}]`);
      }
      const inputs: Record<string, string> = {};
      for (const [name, input] of Object.entries(spec.inputs ?? {}))
        if (input.default !== undefined) inputs[name] = toText(interpolate(String(input.default), contexts));
      Object.assign(inputs, given);
      const action = bundle[1]!;
      const actionEnv = withoutCommandFiles(baseEnv);
      const result = await runActionProcess(action, { inputs, env: actionEnv, cwd: job.workspace, event: job.run.event, timeoutMs: 600_000 });
      outputs = result.outputs;
      Object.assign(job.env, result.env);
      summary = result.summary;
      annotations.push(...result.annotations);
      ok = result.exitCode === 0;
      if (!ok && result.annotations.length === 0) annotations.push(`::error::${action} exited ${result.exitCode}: ${result.stderr.slice(-800)}`);
      if (spec.runs.post) {
        const state: Record<string, string> = {};
        for (const [name, value] of Object.entries(result.state)) state[`STATE_${name}`] = value;
        job.posts.unshift(async () => {
          const post = await runActionProcess(action, {
            inputs,
            env: { ...actionEnv, ...state },
            cwd: job.workspace,
            event: job.run.event,
            timeoutMs: 120_000,
          });
          if (post.exitCode !== 0) log(`    post ${action}: exit ${post.exitCode} ${post.annotations.join(' ')}`);
        });
      }
    } else if (step.uses) {
      const stand = standIn(step.uses) ?? fail(`${step.uses}: the driver has no stand-in for this action`);
      const ctx: StandInContext = {
        gh,
        workspace: job.workspace,
        repository: job.run.repository,
        sha: toText(job.run.github.sha!),
        ...(toText(job.run.github.ref!).startsWith('refs/heads/') ? { branch: toText(job.run.github.ref_name!) } : {}),
        dhowRepository,
        dhowRoot: ROOT,
        artifacts: job.run.artifacts,
        apps: options.apps ?? {},
      };
      const result = await stand(ctx, stringMap(step.with, contexts));
      outputs = result.outputs;
      if (result.error) annotations.push(`::error::${result.error}`);
      if (result.warning) annotations.push(`::warning::${result.warning}`);
      ok = !result.error;
    } else fail(`step ${index} has neither run nor uses`);
    const result: Result = ok || step['continue-on-error'] ? 'success' : 'failure';
    if (step.id) job.stepsCtx[step.id] = { outputs, outcome: ok ? 'success' : 'failure', conclusion: result };
    if (result === 'failure') job.status = { ...job.status, failed: true };
    log(`    ${ok ? 'ok  ' : 'FAIL'} ${label}${ok ? '' : `: ${annotations.join(' | ').slice(0, 400)}`}`);
    return { name: label, result, annotations, summary };
  }

  function runnerEnv(run: RunContext, workspace: string): Record<string, string> {
    const github = run.github;
    return {
      PATH: process.env.PATH ?? '',
      HOME: workspace,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: join(workspace, '..', 'runner-temp'),
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: run.repository,
      GITHUB_REPOSITORY_OWNER: run.repository.split('/')[0]!,
      GITHUB_RUN_ID: toText(github.run_id!),
      GITHUB_RUN_NUMBER: toText(github.run_number!),
      GITHUB_RUN_ATTEMPT: toText(github.run_attempt!),
      GITHUB_SHA: toText(github.sha!),
      GITHUB_REF: toText(github.ref!),
      GITHUB_REF_NAME: toText(github.ref_name!),
      GITHUB_SERVER_URL: SERVER_URL,
      GITHUB_API_URL: gh.url,
      GITHUB_ACTOR: toText(github.actor!),
      GITHUB_TRIGGERING_ACTOR: toText(github.triggering_actor!),
      GITHUB_WORKFLOW: run.workflow,
      GITHUB_EVENT_NAME: run.event.name,
      GITHUB_EVENT_PATH: run.eventPath,
      ...options.env,
    };
  }

  /**
   * Runs the jobs of one workflow (the caller's, or a reusable one's with its bound inputs and secrets).
   * Returns the job runs and each job's result and outputs for `needs` and `jobs` contexts.
   */
  async function runJobs(
    spec: WorkflowSpec,
    file: string,
    run: RunContext,
    inputs: Record<string, Value>,
    secrets: Record<string, string>,
    prefix: string,
    allowed: Permissions | undefined,
    sha: string,
  ): Promise<{ jobs: JobRun[]; results: Record<string, { result: Result; outputs: Record<string, string> }> }> {
    const jobs: JobRun[] = [];
    const results: Record<string, { result: Result; outputs: Record<string, string> }> = {};
    for (const name of jobOrder(spec.jobs, file)) {
      const job = spec.jobs[name]!;
      const needs: Record<string, Value> = {};
      // A job's status functions look at every job it needs, directly or not.
      const all = new Set<string>();
      const collect = (n: string) => needsOf(spec.jobs[n]!).forEach((m) => (all.add(m), collect(m)));
      collect(name);
      for (const need of needsOf(job)) needs[need] = { result: results[need]!.result, outputs: results[need]!.outputs };
      const status: JobStatus = {
        failed: [...all].some((n) => results[n]!.result === 'failure'),
        cancelled: false,
        skipped: [...all].some((n) => results[n]!.result === 'skipped'),
      };
      const base: Contexts = {
        github: run.github,
        inputs,
        needs,
        vars: run.vars,
        secrets,
        matrix: {},
        strategy: {},
        runner: { os: 'Linux', temp: '' },
        job: {},
      };
      const { secrets: _s, ...jobIfContexts } = base;
      void _s;
      const full = `${prefix}${name}`;
      if (!condition(job.if, jobIfContexts, status)) {
        log(`  skip ${full}`);
        results[name] = { result: 'skipped', outputs: {} };
        jobs.push({ name: full, result: 'skipped', outputs: {}, steps: [] });
        continue;
      }
      const concurrency = concurrencyGroup(job.concurrency, base);
      if (job.uses) {
        const called = await calledWorkflow(job.uses, run, sha);
        const calledSpec = parseWorkflow(called.text, called.file);
        const declaration = ((calledSpec.on as Record<string, unknown>)?.workflow_call ?? fail(`${job.uses}: the workflow has no workflow_call trigger`)) as {
          inputs?: Record<string, InputSpec>;
          secrets?: Record<string, { required?: boolean }>;
          outputs?: Record<string, { value: string }>;
        };
        const where = `${file} (job ${name})`;
        const boundInputs = bindInputs(declaration.inputs, withValues(job.with, { ...base, inputs }), where, { github: run.github });
        const boundSecrets = bindSecrets(
          declaration.secrets,
          job.secrets === 'inherit' ? 'inherit' : job.secrets && stringMap(job.secrets, base),
          secrets,
          where,
        );
        checkNestedPermissions(job.permissions ?? allowed, calledSpec, job.uses);
        log(`  call ${full} -> ${called.file}`);
        const inner = await runJobs(calledSpec, called.file, run, boundInputs, boundSecrets, `${full}/`, job.permissions ?? allowed, sha);
        jobs.push(...inner.jobs);
        const failed = Object.values(inner.results).some((r) => r.result === 'failure');
        const outputs = stringMap(Object.fromEntries(Object.entries(declaration.outputs ?? {}).map(([k, v]) => [k, v.value])), {
          github: run.github,
          inputs: boundInputs,
          jobs: inner.results as unknown as Value,
        });
        results[name] = { result: failed ? 'failure' : 'success', outputs };
        continue;
      }
      const workspace = join(await tempDir('runner-'), 'workspace');
      await mkdir(workspace, { recursive: true });
      await mkdir(join(workspace, '..', 'runner-temp'), { recursive: true });
      const jobEnv = { ...stringMap(spec.env, base), ...stringMap(job.env, base) };
      const state = {
        env: jobEnv,
        workspace,
        contexts: base,
        status: { failed: false, cancelled: false },
        run,
        stepsCtx: {} as Record<string, Value>,
        posts: [] as (() => Promise<void>)[],
      };
      log(`  job  ${full}${concurrency ? ` (concurrency ${concurrency})` : ''}`);
      // runs-on is evaluated as GitHub does (fromJSON of the caller's labels); every job runs on this machine.
      interpolate(typeof job['runs-on'] === 'string' ? job['runs-on'] : '', base);
      const steps: StepRun[] = [];
      let error: string | undefined;
      try {
        for (const [i, step] of (job.steps ?? []).entries()) steps.push(await runStep(step, i, state));
      } catch (e) {
        if (!(e instanceof WorkflowError) && !(e instanceof Error)) throw e;
        error = (e as Error).message;
        state.status.failed = true;
        log(`    FAIL ${error}`);
      }
      for (const post of state.posts) await post();
      const outputs = stringMap(job.outputs, { ...base, steps: state.stepsCtx, env: jobEnv });
      const result: Result = state.status.failed ? 'failure' : 'success';
      results[name] = { result, outputs };
      jobs.push({ name: full, result, outputs, steps, ...(concurrency ? { concurrency } : {}), ...(error ? { error } : {}) });
    }
    return { jobs, results };
  }

  async function start(repository: string, file: string, trigger: Trigger, attempt: number, runId?: number, workflowsAt = trigger.sha): Promise<WorkflowRun> {
    const text = (await gitShow(gh, repository, workflowsAt, `.github/workflows/${file}`))!;
    const started = Date.now();
    const callsBefore = gh.calls.list.length;
    const id = runId ?? ++nextRunId;
    const key = `${repository}/${file}`;
    const number = runId ? runNumbers.get(key)! : (runNumbers.get(key) ?? 0) + 1;
    runNumbers.set(key, number);
    const branch = trigger.ref.replace(/^refs\/(heads|tags)\//, '');
    const github: Record<string, Value> = {
      event_name: trigger.event.event,
      event: trigger.payload,
      sha: trigger.sha,
      ref: trigger.ref,
      ref_name: branch,
      repository,
      repository_owner: repository.split('/')[0]!,
      actor: trigger.event.sender,
      triggering_actor: trigger.event.sender,
      run_id: String(id),
      run_number: String(number),
      run_attempt: String(attempt),
      server_url: SERVER_URL,
      api_url: gh.url,
      workflow: file,
      token: gh.token,
    };
    const runDir = await tempDir('run-');
    const artifacts = join(runDir, 'artifacts');
    await mkdir(artifacts, { recursive: true });
    const eventPath = join(runDir, 'event.json');
    await writeFile(eventPath, JSON.stringify(trigger.payload));
    const run: RunContext = {
      repository,
      workflow: file,
      github,
      event: { name: trigger.event.event, payload: trigger.payload },
      artifacts,
      eventPath,
      secrets: options.secrets?.[repository] ?? {},
      vars: options.vars?.[repository] ?? {},
    };
    const result: WorkflowRun = {
      repository,
      workflow: file,
      event: trigger.event.event,
      ...(trigger.event.action ? { action: trigger.event.action } : {}),
      runId: id,
      attempt,
      result: 'success',
      jobs: [],
      calls: 0,
      writes: 0,
      wallMs: 0,
    };
    triggersOf.set(result, trigger);
    log(`run ${repository} ${file} on ${trigger.event.event}${trigger.event.action ? `.${trigger.event.action}` : ''} (run ${id}, attempt ${attempt})`);
    try {
      const spec = parseWorkflow(text, `.github/workflows/${file}`);
      let inputs: Record<string, Value> = {};
      if (trigger.event.event === 'workflow_dispatch') {
        const declared = ((spec.on as Record<string, { inputs?: Record<string, InputSpec> }>).workflow_dispatch ?? {}).inputs;
        inputs = bindInputs(declared, (trigger.event.inputs ?? {}) as Record<string, unknown>, `workflow_dispatch of .github/workflows/${file}`, { github });
        github.event = { ...trigger.payload, inputs };
      }
      concurrencyGroup(spec.concurrency, { github, inputs, vars: run.vars });
      // GitHub validates every call in the file before the first job starts.
      for (const [name, job] of Object.entries(spec.jobs)) {
        if (!job.uses) continue;
        const called = await calledWorkflow(job.uses, run, trigger.sha);
        const declaration = ((parseWorkflow(called.text, called.file).on as Record<string, unknown>)?.workflow_call ??
          fail(`${job.uses}: the workflow has no workflow_call trigger`)) as { inputs?: Record<string, InputSpec> };
        checkInputNames(declaration.inputs, Object.keys(job.with ?? {}), `.github/workflows/${file} (job ${name})`);
      }
      const { jobs } = await runJobs(spec, `.github/workflows/${file}`, run, inputs, run.secrets, '', spec.permissions, trigger.sha);
      result.jobs = jobs;
      result.result = jobs.some((j) => j.result === 'failure') ? 'failure' : 'success';
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      result.error = error.message;
      result.result = 'failure';
      log(`  refused: ${error.message}`);
    }
    const made = gh.calls.list.slice(callsBefore);
    result.calls = made.length;
    result.writes = made.filter((c) => c.write).length;
    result.wallMs = Date.now() - started;
    runs.push(result);
    return result;
  }

  async function settle(repositories: string[]): Promise<WorkflowRun[]> {
    const started: WorkflowRun[] = [];
    for (;;) {
      let next: { repository: string; event: DeliveredEvent } | undefined;
      for (const repository of repositories) {
        const events = gh.events(repository);
        const at = cursors.get(repository) ?? 0;
        if (at < events.length) {
          next = { repository, event: events[at]! };
          cursors.set(repository, at + 1);
          break;
        }
      }
      if (!next) return started;
      const { repository, event } = next;
      if (!event.startsWorkflows) continue;
      const trigger = await payloadFor(repository, event);
      // pull_request runs take the base branch's workflows (see payloadFor).
      const pull = (trigger.payload.pull_request ?? null) as { base?: { sha?: string; ref?: string } } | null;
      const workflowsAt = pull?.base?.sha ?? trigger.sha;
      const branch = pull?.base?.ref ?? event.ref;
      for (const file of await workflowFiles(gh, repository, workflowsAt)) {
        if (event.event === 'workflow_dispatch' && file !== event.workflow) continue;
        const text = (await gitShow(gh, repository, workflowsAt, `.github/workflows/${file}`))!;
        let on: unknown;
        try {
          on = parseWorkflow(text, file).on;
        } catch {
          continue;
        }
        const match = triggers(on, {
          name: event.event,
          ...(event.action !== undefined ? { action: event.action } : {}),
          ...(branch !== undefined ? { branch } : {}),
        });
        if (match) started.push(await start(repository, file, trigger, 1, undefined, workflowsAt));
      }
    }
  }

  async function rerun(previous: WorkflowRun): Promise<WorkflowRun> {
    const trigger = triggersOf.get(previous) ?? fail('not a run of this driver');
    const attempts = runs.filter((r) => r.runId === previous.runId).length;
    return start(previous.repository, previous.workflow, trigger, attempts + 1, previous.runId);
  }

  async function dispose(): Promise<void> {
    if (scratch) await rm(scratch, { recursive: true, force: true });
    scratch = undefined;
  }

  return { settle, rerun, runs, dispose };
}

async function commandFiles(dir: string): Promise<{
  dir: string;
  env: Record<'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_PATH' | 'GITHUB_STATE', string>;
}> {
  const env = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STATE: join(dir, 'state'),
  };
  for (const file of Object.values(env)) await writeFile(file, '');
  return { dir, env };
}

/** runActionProcess makes its own command files; these would override them. */
function withoutCommandFiles(env: Record<string, string>): Record<string, string> {
  const out = { ...env };
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_EVENT_PATH', 'GITHUB_EVENT_NAME'])
    delete out[name];
  return out;
}

function spawnCollect(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolvePromise({ code: code ?? 137, stdout, stderr }));
  });
}
