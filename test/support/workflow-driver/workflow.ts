/**
 * The workflow file as the driver reads it, and the decisions GitHub makes before a job runs: whether an
 * event triggers a workflow (`on:` with types and branch filters), how a `workflow_call` or
 * `workflow_dispatch` binds its inputs and secrets (unknown, missing or mistyped ones refused with their
 * names), and whether a called workflow asks for more `permissions` than its caller grants. Pure: no
 * files, no processes.
 */
import { parse as parseYaml } from 'yaml';
import { interpolate, toText, type Contexts, type Value } from './expressions.js';

export interface StepSpec {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}

export interface JobSpec {
  name?: string;
  needs?: string | string[];
  if?: string | boolean;
  'runs-on'?: unknown;
  permissions?: Permissions;
  env?: Record<string, unknown>;
  outputs?: Record<string, string>;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  steps?: StepSpec[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: 'inherit' | Record<string, string>;
  'timeout-minutes'?: number;
}

export interface InputSpec {
  type?: 'string' | 'boolean' | 'number' | 'choice' | 'environment';
  required?: boolean;
  default?: unknown;
  options?: string[];
}

export interface WorkflowSpec {
  name?: string;
  on: unknown;
  permissions?: Permissions;
  env?: Record<string, unknown>;
  concurrency?: JobSpec['concurrency'];
  jobs: Record<string, JobSpec>;
}

export type Permissions = 'read-all' | 'write-all' | Record<string, 'read' | 'write' | 'none'>;

/** A refusal GitHub makes before any job runs (an invalid workflow file or call); the message is GitHub's. */
export class WorkflowError extends Error {}

export function parseWorkflow(text: string, file: string): WorkflowSpec {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new WorkflowError(`${file}: not YAML: ${(error as Error).message}`);
  }
  const spec = doc as Partial<WorkflowSpec> | null;
  // YAML 1.1 readers turn `on` into true; the yaml package (YAML 1.2) keeps it a string key.
  if (!spec || typeof spec !== 'object' || !spec.jobs || typeof spec.jobs !== 'object') throw new WorkflowError(`${file}: no jobs`);
  if (spec.on === undefined) throw new WorkflowError(`${file}: no "on" trigger`);
  return spec as WorkflowSpec;
}

export interface TriggerEvent {
  name: string;
  /** The activity type (pull_request: opened, ...; repository_dispatch: the event_type). */
  action?: string;
  /** The branch pushed or the pull request's base branch. */
  branch?: string;
}

/** Default activity types where GitHub documents them (pull_request: opened, synchronize, reopened). */
const DEFAULT_TYPES: Record<string, string[]> = { pull_request: ['opened', 'synchronize', 'reopened'] };

function glob(pattern: string): RegExp {
  // Filter patterns: * matches anything but /, ** anything ("Filter pattern cheat sheet").
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*|\*/g, (m) => (m === '**' ? '.*' : '[^/]*'));
  return new RegExp(`^${source}$`);
}

/**
 * Whether `event` starts this workflow: its name under `on`, its activity type among `types`, its branch
 * among `branches` (and not `branches-ignore`).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#on
 */
export function triggers(on: unknown, event: TriggerEvent): boolean {
  if (typeof on === 'string') return on === event.name;
  if (Array.isArray(on)) return on.includes(event.name);
  if (!on || typeof on !== 'object' || !Object.hasOwn(on, event.name)) return false;
  const filter = ((on as Record<string, unknown>)[event.name] ?? {}) as { types?: string[]; branches?: string[]; 'branches-ignore'?: string[] };
  const types = filter.types ?? DEFAULT_TYPES[event.name];
  if (types && event.action !== undefined && !types.includes(event.action)) return false;
  // pull_request_review and the like filter on the base branch, push on the branch pushed.
  if (filter.branches && (event.branch === undefined || !filter.branches.some((b) => glob(b).test(event.branch!)))) return false;
  if (filter['branches-ignore'] && event.branch !== undefined && filter['branches-ignore'].some((b) => glob(b).test(event.branch!))) return false;
  return true;
}

function typed(name: string, spec: InputSpec, value: unknown, where: string): Value {
  const type = spec.type ?? 'string';
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    // workflow_dispatch inputs arrive as strings; a workflow_call's boolean must be a boolean.
    if (where.startsWith('workflow_dispatch') && (value === 'true' || value === 'false')) return value === 'true';
    throw new WorkflowError(`${where}: Input ${name} expects a boolean, got ${JSON.stringify(value)}.`);
  }
  if (type === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'boolean' || Number.isNaN(n)) throw new WorkflowError(`${where}: Input ${name} expects a number, got ${JSON.stringify(value)}.`);
    return n;
  }
  if (value !== null && typeof value === 'object') throw new WorkflowError(`${where}: Input ${name} expects a string, got an object.`);
  const text = typeof value === 'string' ? value : toText(value as Value);
  if (type === 'choice' && spec.options && !spec.options.includes(text)) {
    throw new WorkflowError(`${where}: Input ${name} must be one of ${spec.options.join(', ')}, got "${text}".`);
  }
  return text;
}

/**
 * Binds the inputs a caller passes (`with:` of a workflow_call, or a workflow_dispatch's inputs) to the
 * called workflow's declaration. GitHub refuses the caller's file: "Invalid input, NAME is not defined in
 * the referenced workflow." and "Input NAME is required, but not provided while calling."
 * https://docs.github.com/en/actions/sharing-automations/reusing-workflows#using-inputs-and-secrets-in-a-reusable-workflow
 */
export function bindInputs(
  declared: Record<string, InputSpec> | undefined,
  given: Record<string, unknown>,
  where: string,
  contexts: Contexts,
): Record<string, Value> {
  const specs = declared ?? {};
  checkInputNames(declared, Object.keys(given), where);
  const bound: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    if (value === undefined || value === null) {
      if (spec.required && spec.default === undefined) throw new WorkflowError(`${where}: Input ${name} is required, but not provided while calling.`);
      if (spec.default === undefined) bound[name] = spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '';
      else {
        const fallback = typeof spec.default === 'string' ? interpolate(spec.default, contexts) : (spec.default as Value);
        bound[name] = typed(name, spec, fallback, where);
      }
      continue;
    }
    bound[name] = typed(name, spec, value, where);
  }
  return bound;
}

/**
 * The check GitHub makes when it reads the caller's file, before any job runs: every input named is
 * declared, and every required one without a default is named.
 */
export function checkInputNames(declared: Record<string, InputSpec> | undefined, names: string[], where: string): void {
  const specs = declared ?? {};
  const unknown = names.filter((name) => !Object.hasOwn(specs, name));
  if (unknown.length > 0) {
    if (where.startsWith('workflow_dispatch')) throw new WorkflowError(`${where}: Unexpected inputs provided: ${JSON.stringify(unknown)}`);
    throw new WorkflowError(`${where}: Invalid input, ${unknown[0]} is not defined in the referenced workflow.`);
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && spec.default === undefined && !names.includes(name))
      throw new WorkflowError(`${where}: Input ${name} is required, but not provided while calling.`);
  }
}

/**
 * Binds the secrets a caller passes: `inherit` passes all of the caller's; named ones must be declared
 * ("Invalid secret, NAME is not defined in the referenced workflow.") and required ones present.
 */
export function bindSecrets(
  declared: Record<string, { required?: boolean }> | undefined,
  given: 'inherit' | Record<string, string> | undefined,
  callerSecrets: Record<string, string>,
  where: string,
): Record<string, string> {
  const specs = declared ?? {};
  const bound = given === 'inherit' ? { ...callerSecrets } : {};
  if (given && given !== 'inherit') {
    for (const [name, value] of Object.entries(given)) {
      if (!Object.hasOwn(specs, name)) throw new WorkflowError(`${where}: Invalid secret, ${name} is not defined in the referenced workflow.`);
      bound[name] = value;
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && !bound[name]) throw new WorkflowError(`${where}: Secret ${name} is required, but not provided while calling.`);
  }
  return bound;
}

const LEVEL = { none: 0, read: 1, write: 2 } as const;
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
];

function level(permissions: Permissions | undefined, scope: string): number {
  if (permissions === undefined) return LEVEL.write; // unset here: the caller's or the repository's default decides
  if (permissions === 'read-all') return scope === 'id-token' ? LEVEL.none : LEVEL.read;
  if (permissions === 'write-all') return LEVEL.write;
  return LEVEL[permissions[scope] ?? 'none'];
}

/**
 * A called workflow may keep or lower the caller's GITHUB_TOKEN permissions, never raise them; GitHub
 * refuses the run: "The nested job 'JOB' is requesting 'SCOPE: LEVEL', but is only allowed 'SCOPE: LEVEL'."
 * https://docs.github.com/en/actions/sharing-automations/reusing-workflows#access-and-permissions
 */
export function checkNestedPermissions(allowed: Permissions | undefined, called: WorkflowSpec, uses: string): void {
  if (allowed === undefined) return;
  const names = ['none', 'read', 'write'];
  for (const [job, spec] of Object.entries(called.jobs)) {
    const asked = spec.permissions ?? called.permissions;
    if (asked === undefined) continue;
    for (const scope of SCOPES) {
      if (level(asked, scope) > level(allowed, scope)) {
        throw new WorkflowError(
          `Error calling workflow '${uses}'. The nested job '${job}' is requesting '${scope}: ${names[level(asked, scope)]}', but is only allowed '${scope}: ${names[level(allowed, scope)]}'.`,
        );
      }
    }
  }
}

/** Jobs in an order where each comes after the jobs it needs; a cycle or an unknown need is refused. */
export function jobOrder(jobs: Record<string, JobSpec>, file: string): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, from?: string) => {
    if (!Object.hasOwn(jobs, name)) throw new WorkflowError(`${file}: Job '${from}' depends on unknown job '${name}'.`);
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new WorkflowError(`${file}: the needs of job '${name}' form a cycle.`);
    state.set(name, 'visiting');
    for (const need of needsOf(jobs[name]!)) visit(need, name);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name);
  return order;
}

export function needsOf(job: JobSpec): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}
