/**
 * `dhow drift` on text columns, against Evidently's text-content drift as scikit-learn computes it: the
 * expected ROC AUCs, random-classifier quantiles and decisions are those test/fixtures/drift/text_content_drift.py
 * printed (evidently a4aa4c2b calculate_text_drift_score, scikit-learn 1.2.1) into text_content_drift.json for
 * the same corpora (test/fixtures/drift/text_reference.csv against text_current_drifted.csv and
 * text_current_same.csv; `review` is English, `comment` Arabic). No expected value comes from dhow.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'drift');
const reference = join(fixtures, 'text_reference.csv');
const drifted = join(fixtures, 'text_current_drifted.csv');
const same = join(fixtures, 'text_current_same.csv');

interface Pinned {
  name: string;
  reference: string[];
  current: string[];
  roc_auc: number;
  random_percentile: number;
  abs_drift: boolean;
  perc_drift: boolean;
}

interface Column {
  column: string;
  type: string;
  method: string;
  score: number | null;
  threshold: number;
  drifted: boolean;
  inconclusive: boolean;
  domain_classifier?: { train_size: number; test_size: number; random_auc_quantile?: number };
}

let pinned: Record<string, Pinned>;
let dir: string;

beforeAll(async () => {
  const json = JSON.parse(await readFile(join(fixtures, 'text_content_drift.json'), 'utf8')) as { cases: Pinned[] };
  pinned = Object.fromEntries(json.cases.map((c) => [c.name, c]));
  dir = await mkdtemp(join(tmpdir(), 'dhow-text-drift-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function drift(...args: string[]): Promise<{ code: number; columns: Column[]; dataset_drift: boolean }> {
  const run = await dhow(['drift', '--reference', reference, '--json', ...args]);
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout) as { columns: Column[]; dataset_drift: boolean };
  return { code: run.code, ...result };
}

describe('dhow drift: text columns, with Evidently’s text-content drift', () => {
  it('finds drift in both the English and the Arabic column of the drifted corpus (perc, the default)', async () => {
    const run = await drift('--current', drifted, '--text-columns', 'review,comment', '--fail-on-drift');
    const [review, comment] = run.columns;
    for (const [column, expected] of [
      [review!, pinned['english, drifted']!],
      [comment!, pinned['arabic, drifted']!],
    ] as const) {
      expect([column.type, column.method, column.threshold, column.inconclusive]).toEqual(['text', 'perc_text_content_drift', 0.95, false]);
      expect(column.score).toBe(expected.roc_auc);
      expect(column.domain_classifier?.random_auc_quantile).toBe(expected.random_percentile);
      expect(column.drifted).toBe(expected.perc_drift);
      expect(column.drifted).toBe(true);
    }
    expect(run.dataset_drift).toBe(true);
    expect(run.code).toBe(1);
  });

  it('finds none in the corpus drawn like the reference, with perc or with abs and its 0.55 threshold', async () => {
    const perc = await drift('--current', same, '--column-type', 'review=text', '--column-type', 'comment=text', '--fail-on-drift');
    expect(perc.columns.map((c) => [c.column, c.score, c.drifted])).toEqual([
      ['review', pinned['english, no drift']!.roc_auc, pinned['english, no drift']!.perc_drift],
      ['comment', pinned['arabic, no drift']!.roc_auc, pinned['arabic, no drift']!.perc_drift],
    ]);
    expect(perc.columns.some((c) => c.drifted)).toBe(false);
    expect(perc.code).toBe(0);
    const abs = await drift('--current', same, '--text-columns', 'review,comment', '--text-method', 'abs_text_content_drift');
    expect(abs.columns.map((c) => [c.method, c.threshold, c.score, c.drifted])).toEqual([
      ['abs_text_content_drift', 0.55, pinned['english, no drift']!.roc_auc, pinned['english, no drift']!.abs_drift],
      ['abs_text_content_drift', 0.55, pinned['arabic, no drift']!.roc_auc, pinned['arabic, no drift']!.abs_drift],
    ]);
  });

  it('takes a text threshold: abs at 0.8 no longer calls the drifted English corpus (AUC 0.746) drifted', async () => {
    const run = await drift(
      '--current',
      drifted,
      '--text-columns',
      'review',
      '--column',
      'review',
      '--method-for',
      'review=abs_text_content_drift',
      '--text-threshold',
      '0.8',
    );
    expect(run.columns.map((c) => [c.method, c.threshold, c.score, c.drifted])).toEqual([
      ['abs_text_content_drift', 0.8, pinned['english, drifted']!.roc_auc, false],
    ]);
  });

  it('says in the text and Markdown reports what a text score is and what it had to exceed', async () => {
    const markdown = join(dir, 'report.md');
    const run = await dhow([
      'drift',
      '--reference',
      reference,
      '--current',
      drifted,
      '--text-columns',
      'comment',
      '--column',
      'comment',
      '--markdown',
      markdown,
    ]);
    expect(run.code).toBe(0);
    // sklearn's quantile for the Arabic drifted case, 0.6122434017595307, to four significant digits.
    const note = `comment: the score is the domain classifier's ROC AUC; it drifts above 0.6122, the random classifiers' 0.95 quantile`;
    expect(pinned['arabic, drifted']!.random_percentile).toBeCloseTo(0.6122, 4);
    expect(run.stdout).toContain(note);
    expect(await readFile(markdown, 'utf8')).toContain(`- ${note}`);
  });

  it.each([
    [['--text-columns', 'review', '--method-for', 'review=ks'], 'field "review": --method-for review=ks cannot test a text column'],
    [['--text-columns', 'review', '--method', 'chisquare', '--column', 'review'], 'field "review": --method chisquare cannot test a text column'],
    [['--method-for', 'review=perc_text_content_drift'], 'field "review": --method-for review=perc_text_content_drift cannot test a categorical column'],
  ])('refuses a test Evidently does not allow, naming the column (%j)', async (args, message) => {
    const run = await dhow(['drift', '--reference', reference, '--current', same, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves missing texts out, as Evidently drops NaN before the test: the score is unchanged', async () => {
    const english = pinned['english, drifted']!;
    const csv = (texts: string[]) => ['review', ...texts.map((t) => `"${t.replaceAll('"', '""')}"`), 'NA', '', 'null'].join('\n') + '\n';
    const ref = join(dir, 'with-missing-reference.csv');
    const cur = join(dir, 'with-missing-current.csv');
    await writeFile(ref, csv(english.reference));
    await writeFile(cur, csv(english.current));
    const run = await dhow(['drift', '--reference', ref, '--current', cur, '--text-columns', 'review', '--json']);
    expect(run.stderr).toBe('');
    const [review] = (JSON.parse(run.stdout) as { columns: (Column & { reference_size: number; current_size: number })[] }).columns;
    expect([review!.reference_size, review!.current_size]).toEqual([english.reference.length, english.current.length]);
    expect(review!.score).toBe(english.roc_auc);
  });

  it('refuses a JSON Lines text column holding a number, naming the file, line and column', async () => {
    const ref = join(dir, 'reference.jsonl');
    const cur = join(dir, 'current.jsonl');
    await writeFile(ref, ['{"note": "the parcel came early"}', '{"note": null}', '{"note": "well packed box"}'].join('\n') + '\n');
    await writeFile(cur, ['{"note": "card rejected twice"}', '{"note": 918273645}'].join('\n') + '\n');
    const run = await dhow(['drift', '--reference', ref, '--current', cur, '--text-columns', 'note', '--min-sample-size', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${cur}:2, field "note": a text column must hold strings; this line holds a number`);
    expect(run.stderr).not.toContain('918273645');
  });
});
