/**
 * The drift action as the runner runs it: finds the live version in the registry (GitHub emulator),
 * compares the production sample with that version's reference, reports, and on dataset drift sends the
 * revert's repository_dispatch.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDriftAlert } from '../../src/revert/payload.js';
import { runActionProcess } from '../support/action.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { releaseFile, seedRegistry } from '../support/github/registry.js';

const REPO = 'acme/model-registry';
const MODEL = 'arabic-sentiment';
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

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO] });
  await seedRegistry(gh, REPO, { models: { [MODEL]: ['1.4.0'] } });
  await gh.seed(REPO, { [`releases/production/${MODEL}.yaml`]: releaseFile('production', MODEL, '1.4.0') });
  workspace = await mkdtemp(join(tmpdir(), 'dhow-drift-action-'));
  await mkdir(join(workspace, 'references'));
  await writeFile(join(workspace, 'references', '1.4.0.csv'), csv(300, 0));
  await writeFile(join(workspace, 'same.csv'), csv(300, 0));
  await writeFile(join(workspace, 'drifted.csv'), csv(300, 0.5));
});

afterAll(async () => {
  await gh?.stop();
  await rm(workspace, { recursive: true, force: true });
});

const run = (current: string, inputs: Record<string, string> = {}) =>
  runActionProcess('drift', {
    cwd: workspace,
    inputs: { model: MODEL, current, reference: 'references/{version}.csv', registry: REPO, 'github-token': gh.token, ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/drift-jobs', GITHUB_WORKSPACE: workspace },
  });

describe('drift action', () => {
  it('reports no drift and sends nothing when production looks like the reference', async () => {
    const result = await run('same.csv');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ 'dataset-drift': 'false', version: '1.4.0', dispatched: 'false', 'drifted-columns': '[]' });
    expect(result.summary).toContain('Data drift not detected');
    expect(gh.repository(REPO).dispatches).toEqual([]);
  });

  it('on dataset drift writes the report and sends one valid drift alert for the live version', async () => {
    const result = await run('drifted.csv');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ 'dataset-drift': 'true', share: '1', version: '1.4.0', dispatched: 'true' });
    expect(JSON.parse(result.outputs['drifted-columns']!).sort()).toEqual(['color', 'x']);
    expect(result.summary).toContain('Data drift detected');
    expect(result.summary).toContain('xychart');
    const [dispatch, ...more] = gh.repository(REPO).dispatches;
    expect(more).toEqual([]);
    expect(dispatch!.eventType).toBe('dhow-drift-alert');
    const alert = parseDriftAlert(dispatch!.clientPayload);
    expect(alert).toMatchObject({
      model: MODEL,
      environment: 'production',
      version: '1.4.0',
      fingerprint: 'drift-run-1001-1',
      source: 'https://github.example/acme/drift-jobs/actions/runs/1001',
    });
    // The token is masked first (::add-mask::) and never printed otherwise.
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(gh.token);
  });

  it('reaches the registry through the api-url input (GitHub Enterprise Server), as the other actions do', async () => {
    const before = gh.repository(REPO).dispatches.length;
    const result = await runActionProcess('drift', {
      cwd: workspace,
      inputs: { model: MODEL, current: 'drifted.csv', reference: 'references/{version}.csv', registry: REPO, 'github-token': gh.token, 'api-url': gh.url },
      // No GITHUB_API_URL: without the input the action would go to GitHub itself and fail here.
      env: { GITHUB_REPOSITORY: 'acme/drift-jobs', GITHUB_WORKSPACE: workspace, DHOW_GITHUB_PACING: 'off' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ version: '1.4.0', dispatched: 'true' });
    expect(gh.repository(REPO).dispatches.length).toBe(before + 1);
  });

  it('refuses an api-url that is not an http(s) URL, naming the input', async () => {
    const result = await run('same.csv', { 'api-url': 'ftp://ghe.example/api/v3' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.join('\n')).toContain('drift: field "api-url": input "api-url" must be an http(s) URL, got "ftp://ghe.example/api/v3"');
  });

  it('names its own inputs, not CLI flags, when a method does not fit a column', async () => {
    const result = await run('same.csv', { version: '1.4.0', method: 'wasserstein', dispatch: 'false' });
    expect(result.exitCode).toBe(1);
    const annotations = result.annotations.join('\n');
    expect(annotations).toContain('field "color": input "method" wasserstein needs a numerical column; declare it numerical with input "column-types"');
    expect(annotations).not.toContain('--');
  });

  it('tests text columns declared in column-types with Evidently’s text-content drift', async () => {
    // Corpora and expected values of test/fixtures/drift/text_content_drift.py (scikit-learn 1.2.1).
    const fixtures = join(import.meta.dirname, '..', 'fixtures', 'drift');
    const pinned = JSON.parse(await readFile(join(fixtures, 'text_content_drift.json'), 'utf8')) as { cases: { name: string; random_percentile: number }[] };
    const arabic = pinned.cases.find((c) => c.name === 'arabic, drifted')!;
    await copyFile(join(fixtures, 'text_reference.csv'), join(workspace, 'text-reference.csv'));
    await copyFile(join(fixtures, 'text_current_drifted.csv'), join(workspace, 'text-drifted.csv'));
    const result = await run('text-drifted.csv', {
      reference: 'text-reference.csv',
      version: '1.4.0',
      dispatch: 'false',
      'column-types': 'review=text\ncomment=text',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ 'dataset-drift': 'true', 'drifted-columns': '["review","comment"]' });
    expect(result.summary).toContain('| comment | text | perc_text_content_drift |');
    expect(result.summary).toContain(`drifts above ${arabic.random_percentile.toPrecision(4)}, the random classifiers' 0.95 quantile`);
  });

  it('reports a bad cell of the current data as data quality, and sends nothing for it', async () => {
    const before = gh.repository(REPO).dispatches.length;
    const lines = csv(300, 0).trimEnd().split('\n');
    lines.splice(150, 0, '"0,51",a', 'abc,b');
    await writeFile(join(workspace, 'bad-cells.csv'), `${lines.join('\n')}\n`);
    const result = await run('bad-cells.csv', { 'max-invalid-share': '0.005' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ 'dataset-drift': 'false', dispatched: 'false', 'data-quality-failed': 'true', 'drifted-columns': '[]' });
    expect(result.annotations.join('\n')).toContain('data quality: values that are not numbers in x (2 of 302 rows)');
    expect(result.summary).toContain('| x | 2 | 0.66% | **yes** |');
    expect(gh.repository(REPO).dispatches.length).toBe(before);
  });

  it('fails clearly when the model has no release in the environment', async () => {
    const result = await run('same.csv', { environment: 'staging' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.join('\n')).toContain('drift: field "model": arabic-sentiment has no release in staging');
  });
});
