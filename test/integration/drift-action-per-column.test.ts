/**
 * The drift action's per-kind and per-column inputs (num-method, cat-method, method-for, threshold, num-threshold,
 * cat-threshold, threshold-for), run as the runner runs the action (a real process), on the fixture columns of
 * test/integration/drift-per-column.test.ts. Expected scores were printed by scipy 1.17.1 with the functions of
 * test/fixtures/drift/evidently_stattests.py (listed there): mannwhitneyu(x=ref, y=cur, alternative='less')[1]
 * = 0.0004932079621765212 for score, Evidently's categorical hellinger = 0.17071148477083659 for grade, psi over
 * binned shares = 0.11552453009332421 for "answer, in short". The version is given and nothing is dispatched, so
 * the registry is never reached.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionProcess } from '../support/action.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'drift');
let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'dhow-drift-action-columns-'));
  await copyFile(join(fixtures, 'reference.csv'), join(workspace, 'reference.csv'));
  await copyFile(join(fixtures, 'current.csv'), join(workspace, 'current.csv'));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const run = (inputs: Record<string, string>) =>
  runActionProcess('drift', {
    cwd: workspace,
    inputs: { model: 'arabic-sentiment', version: '1.4.0', current: 'current.csv', reference: 'reference.csv', dispatch: 'false', ...inputs },
    env: { GITHUB_REPOSITORY: 'acme/model-registry', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace },
  });

interface Column {
  column: string;
  method: string;
  score: number;
  threshold: number;
  drifted: boolean;
}

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * expected);

describe('drift action: tests and thresholds per kind and per column', () => {
  it('takes a column’s test over its kind’s and its kind’s over the global one, thresholds likewise', async () => {
    const result = await run({
      method: 'psi',
      'num-method': 'mannw',
      'method-for': 'grade=hellinger\n',
      threshold: '0.2',
      'cat-threshold': '0.01',
      'threshold-for': ' grade = 0.5 \n\n',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { columns: Column[] };
    const [score, grade, answer] = report.columns;
    expect([score!.method, score!.threshold, score!.drifted]).toEqual(['mannw', 0.2, true]);
    close(score!.score, 0.0004932079621765212);
    expect([grade!.method, grade!.threshold, grade!.drifted]).toEqual(['hellinger', 0.5, false]);
    close(grade!.score, 0.17071148477083659);
    expect([answer!.method, answer!.threshold, answer!.drifted]).toEqual(['psi', 0.01, true]);
    close(answer!.score, 0.11552453009332421);
    expect(JSON.parse(result.outputs['drifted-columns']!)).toEqual(['score', 'answer, in short']);
  });

  it('takes several columns in method-for, one per line, and a numerical threshold', async () => {
    const result = await run({ 'method-for': 'score=mannw\ngrade=hellinger', 'num-threshold': '0.0001' });
    expect(result.exitCode, result.stdout).toBe(0);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { columns: Column[] };
    expect(report.columns.map((c) => [c.column, c.method, c.threshold, c.drifted])).toEqual([
      ['score', 'mannw', 0.0001, false],
      ['grade', 'hellinger', 0.1, true],
      ['answer, in short', 'z', 0.05, expect.any(Boolean)],
    ]);
  });

  it.each([
    [{ 'method-for': 'score=chisquare' }, 'field "score": input "method-for" score=chisquare needs a categorical column'],
    [{ 'cat-method': 'mannw' }, 'field "grade": input "cat-method" mannw needs a numerical column'],
    [{ 'method-for': 'nosuch=psi' }, 'field "nosuch": input "method-for" names a column that is not in the data'],
    [{ 'threshold-for': 'grade=abc' }, 'input "threshold-for" must be a number, got "abc"'],
    [{ 'method-for': 'grade' }, 'input "method-for" takes COLUMN=VALUE, got "grade"'],
    [{ 'method-for': 'grade=psi\ngrade=z' }, 'input "method-for" names the column "grade" twice'],
    [{ 'num-method': 'ttest' }, 'input "num-method" must be one of ks, chisquare'],
    [{ 'cat-threshold': '', threshold: 'x' }, 'input "threshold" must be a number, got "x"'],
  ])('refuses %j, naming the input', async (inputs, says) => {
    const result = await run(inputs);
    expect(result.exitCode).toBe(1);
    const annotations = result.annotations.join('\n');
    expect(annotations).toContain(says);
    expect(annotations).not.toContain('--');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });
});
