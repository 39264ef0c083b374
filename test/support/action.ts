/**
 * Runs an action the way the runner does: a fresh node process with INPUT_* variables and the
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE and GITHUB_ENV files, then reads them back.
 * Runs the committed bundle (dist/<name>/index.js) when DHOW_TEST_DIST=1 or CI is set (CI builds dist
 * first), otherwise the sources through tsx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** What the action wrote to GITHUB_ENV, for the steps after it (the workflow driver). */
  env: Record<string, string>;
  /** The `::error::`/`::warning::` commands and setFailed message, as the runner would show them. */
  annotations: string[];
}

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** An event payload written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload: unknown };
  cwd?: string;
  /** The entry: 'index' (main) or another file in the action's source folder, e.g. 'post'. */
  entry?: string;
  timeoutMs?: number;
  /** Called with the action's process once it is spawned (a test that signals it mid-run). */
  onStart?: (child: ChildProcess) => void;
}

export function useDist(): boolean {
  return process.env.DHOW_TEST_DIST === '1' || process.env.CI === 'true';
}

/** Parses the GITHUB_OUTPUT file format (name<<DELIMITER ... DELIMITER). */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      result[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      result[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return result;
}

export async function runActionProcess(action: string, options: ActionRunOptions = {}): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), `dhow-action-${action}-`));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd ?? dir,
    GITHUB_REPOSITORY: 'acme/model-repo',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_ACTOR: 'data-scientist',
    ...files,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  if (options.event) {
    const path = join(dir, 'event.json');
    await writeFile(path, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_NAME = options.event.name;
    env.GITHUB_EVENT_PATH = path;
  }
  Object.assign(env, options.env);

  const entry = options.entry ?? 'index';
  const bundle = join(root, 'dist', action, `${entry}.js`);
  const args = useDist()
    ? [bundle]
    : // tsx by absolute URL: the action runs in a temporary directory where 'tsx' would not resolve.
      ['--import', import.meta.resolve('tsx'), join(root, 'src', 'actions', action, `${entry}.ts`)];
  if (useDist() && !existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`);

  const child = spawn(process.execPath, args, { cwd: options.cwd ?? dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onStart?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 137)));
  clearTimeout(timeout);

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseCommandFile(await readFile(files.GITHUB_STATE, 'utf8')),
    env: parseCommandFile(await readFile(files.GITHUB_ENV, 'utf8')),
    annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  };
}
