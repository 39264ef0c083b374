/**
 * A scheduled drift check against the registry's reference profile, step by step as drift-check.yml runs
 * it: the register action keeps the version's profile at models/<model>/profiles/<version>.json (once;
 * `dhow validate` checks it), and the drift action, given the inputs drift-check.yml gives it, compares a
 * production sample with the profile of the version live in production (read from a checkout of the
 * registry) and on drift sends one alert to the registry, the event revert-on-drift.yml acts on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDriftAlert } from '../../src/revert/payload.js';
import { runActionProcess } from '../support/action.js';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, releaseFile, seedRegistry, versionFile } from '../support/github/registry.js';

const REPO = 'acme/model-registry';
const MODEL = 'arabic-sentiment';
const PROFILE_PATH = `models/${MODEL}/profiles/1.4.0.json`;
let gh: GitHubEmulator;
let workspace: string;

/** x evenly spread over [0, 1) and three colours in equal parts; `shift` moves x and tilts the colours. */
function csv(rows: number, shift: number): string {
  const lines = ['x,color'];
  for (let i = 0; i < rows; i++) {
    const color = shift > 0 && i % 4 !== 0 ? 'c' : ['a', 'b', 'c'][i % 3];
    lines.push(`${(i / rows + shift).toFixed(4)},${color}`);
  }
  return `${lines.join('\n')}\n`;
}

const env = () => ({ GITHUB_API_URL: gh.url, DHOW_GITHUB_PACING: 'off', GITHUB_REPOSITORY: 'acme/drift-jobs', GITHUB_WORKSPACE: workspace });
const register = (profile: string) =>
  runActionProcess('register', {
    cwd: workspace,
    inputs: { 'github-token': gh.token, registry: REPO, 'version-file': 'draft.yaml', profile },
    env: env(),
  });

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO] });
  await seedRegistry(gh, REPO, { models: {} });
  workspace = await mkdtemp(join(tmpdir(), 'dhow-drift-check-'));
  await writeFile(join(workspace, 'training.csv'), csv(300, 0));
  await writeFile(join(workspace, 'same.csv'), csv(300, 0));
  await writeFile(join(workspace, 'drifted.csv'), csv(300, 0.5));
  for (const [input, output] of [
    ['training.csv', 'profile.json'],
    ['drifted.csv', 'other-profile.json'],
  ] as const) {
    const run = await dhow(['drift', 'profile', '--input', join(workspace, input), '--output', join(workspace, output)]);
    expect(run.code, run.stderr).toBe(0);
  }
  await writeFile(
    join(workspace, 'draft.yaml'),
    versionFile(MODEL, '1.4.0')
      .replace(/created-at: .*\n/, '')
      .replace(/created-by: .*\n/, ''),
  );
});

afterAll(async () => {
  await gh?.stop();
});

describe('a version registered with its reference profile', () => {
  it('keeps the profile next to the version record, once', async () => {
    const first = await register('profile.json');
    expect(first.annotations).toEqual([]);
    expect(first.outputs).toMatchObject({ operation: 'created', 'profile-path': PROFILE_PATH });
    // The same profile, parsed from both ends: what `dhow drift profile` wrote is what the registry holds.
    expect(JSON.parse(bareGit(gh, REPO, ['show', `main:${PROFILE_PATH}`]))).toEqual(JSON.parse(await readFile(join(workspace, 'profile.json'), 'utf8')));
    const log = bareGit(gh, REPO, ['log', '--format=%s', 'main', '--', PROFILE_PATH]);
    expect(log).toBe(`Register ${MODEL} 1.4.0`);

    const head = bareGit(gh, REPO, ['rev-parse', 'main']);
    gh.resetCalls();
    const again = await register('profile.json');
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ operation: 'none', 'profile-path': PROFILE_PATH });
    expect(gh.calls.writes()).toEqual([]);
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(head);
  });

  it('refuses another profile for the same version, naming the file, and writes nothing', async () => {
    const head = bareGit(gh, REPO, ['rev-parse', 'main']);
    const other = await register('other-profile.json');
    expect(other.exitCode).toBe(1);
    expect(other.annotations.join('\n')).toContain(
      `${PROFILE_PATH}: a different reference profile is already registered for this version: profiles are immutable`,
    );
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(head);
  });

  it('refuses a file that is not a profile, naming the input file and field, before anything is written', async () => {
    await writeFile(join(workspace, 'bad-profile.json'), JSON.stringify({ apiVersion: 'dhow.dev/v1', kind: 'DriftProfile', 'profile-version': 1 }));
    const head = bareGit(gh, REPO, ['rev-parse', 'main']);
    const bad = await register('bad-profile.json');
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.join('\n')).toMatch(/bad-profile\.json, field "source": not a drift profile/);
    expect(bareGit(gh, REPO, ['rev-parse', 'main'])).toBe(head);
  });
});

describe('dhow validate', () => {
  it('accepts a registry holding the registered profile', async () => {
    const ok = await dhow(['validate', '--registry', gh.barePath(REPO)]);
    expect(ok.stdout + ok.stderr).toContain('every file is valid');
    expect(ok.code).toBe(0);
  });
});

/** The drift step of drift-check.yml with its `${{ }}` filled in as GitHub would for these inputs. */
function driftStepInputs(inputs: Record<string, string>): Record<string, string> {
  const wf = parse(readFileSync(new URL('../../reusable-workflows/drift-check.yml', import.meta.url), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { default?: unknown }> } };
    jobs: { drift: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
  };
  const declared = wf.on.workflow_call.inputs;
  const value = (expression: string): string => {
    if (expression.includes('steps.app-token.outputs.token')) return gh.token;
    const name = /^inputs\.([a-z-]+)$/.exec(expression)?.[1];
    expect(name, `an expression this test cannot fill: ${expression}`).toBeDefined();
    expect(Object.keys(declared), `drift-check.yml declares no input ${name}`).toContain(name);
    return inputs[name!] ?? String(declared[name!]!.default ?? '');
  };
  const step = wf.jobs.drift.steps.find((s) => s.uses === './.dhow/actions/drift')!;
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => value(e))]));
}

describe('drift-check.yml: the drift step against the live version profile in the registry', () => {
  beforeAll(async () => {
    await gh.seed(REPO, { [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.4.0') });
    // actions/checkout of the registry into .registry, as the workflow's step before does.
    execFileSync('git', ['clone', '--quiet', gh.barePath(REPO), join(workspace, '.registry')]);
  });

  it('reports no drift and sends nothing when production looks like the training data', async () => {
    const inputs = driftStepInputs({ registry: REPO, model: MODEL, current: 'same.csv' });
    expect(inputs.reference).toBe(`.registry/models/${MODEL}/profiles/{version}.json`);
    const run = await runActionProcess('drift', { cwd: workspace, inputs, env: env() });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ 'dataset-drift': 'false', version: '1.4.0', dispatched: 'false' });
    expect(gh.repository(REPO).dispatches).toEqual([]);
  });

  it('on drift sends one alert for the live version to the registry', async () => {
    const run = await runActionProcess('drift', {
      cwd: workspace,
      inputs: driftStepInputs({ registry: REPO, model: MODEL, current: 'drifted.csv' }),
      env: env(),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ 'dataset-drift': 'true', version: '1.4.0', dispatched: 'true' });
    const [dispatch, ...more] = gh.repository(REPO).dispatches;
    expect(more).toEqual([]);
    expect(dispatch!.eventType).toBe('dhow-drift-alert');
    expect(parseDriftAlert(dispatch!.clientPayload)).toMatchObject({ model: MODEL, environment: 'production', version: '1.4.0' });
  });

  it('with dispatch false only reports', async () => {
    const before = gh.repository(REPO).dispatches.length;
    const run = await runActionProcess('drift', {
      cwd: workspace,
      inputs: driftStepInputs({ registry: REPO, model: MODEL, current: 'drifted.csv', dispatch: 'false' }),
      env: env(),
    });
    expect(run.outputs).toMatchObject({ 'dataset-drift': 'true', dispatched: 'false' });
    expect(gh.repository(REPO).dispatches.length).toBe(before);
  });
});

describe('dhow validate on broken reference profiles', () => {
  it('names a broken profile, one without a version and a file that is no profile', async () => {
    await gh.seed(REPO, {
      [`models/${MODEL}/profiles/1.5.0.json`]: readFileSync(join(workspace, 'profile.json'), 'utf8'),
      [`models/${MODEL}/profiles/1.4.0-rc.json`]: '{"apiVersion": "dhow.dev/v1", "kind": "DriftProfile"',
      [`models/${MODEL}/profiles/notes.txt`]: 'x',
    });
    const bad = await dhow(['validate', '--registry', gh.barePath(REPO), '--json']);
    expect(bad.code).toBe(1);
    const { problems } = JSON.parse(bad.stdout) as { problems: { file: string; message: string }[] };
    expect(problems.filter((p) => p.file.includes('/profiles/'))).toEqual([
      { file: `models/${MODEL}/profiles/1.4.0-rc.json`, message: 'not valid JSON: a reference profile is the JSON dhow drift profile writes' },
      { file: `models/${MODEL}/profiles/1.4.0-rc.json`, message: `version "1.4.0-rc" of ${MODEL} is not registered: a profile belongs to a version` },
      { file: `models/${MODEL}/profiles/1.5.0.json`, message: `version "1.5.0" of ${MODEL} is not registered: a profile belongs to a version` },
      { file: `models/${MODEL}/profiles/notes.txt`, message: 'not a reference profile: profiles/<version>.json with a valid version name' },
    ]);
  });
});
