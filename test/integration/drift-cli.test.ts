/**
 * `dhow drift` end to end on files. The fixtures hold 300 reference and 200 current rows; the expected
 * p-values were printed by scipy 1.10.1 / pandas 1.5.3 running Evidently's tests on the same columns:
 *   score  (numerical, 300 reference rows, many values -> ks)        0.001156189541489953
 *   grade  (categorical, 4 values -> chisquare)                      3.728569828798929e-09
 *   "answer, in short" (categorical, 2 values -> z)                  0.00019394162910368884
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { detectDrift, renderDriftMarkdown } from '../../src/drift/index.js';
import { dhow } from '../support/cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'drift');
const reference = join(fixtures, 'reference.csv');
const current = join(fixtures, 'current.csv');
const currentJsonl = join(fixtures, 'current.jsonl');
const close = (actual: number | null, expected: number) => expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * expected);

describe('dhow drift', () => {
  it('chooses each column test as Evidently does and reports dataset drift', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.columns.map((c: { column: string; type: string; method: string }) => [c.column, c.type, c.method])).toEqual([
      ['score', 'numerical', 'ks'],
      ['grade', 'categorical', 'chisquare'],
      ['answer, in short', 'categorical', 'z'],
    ]);
    close(out.columns[0].score, 0.001156189541489953);
    close(out.columns[1].score, 3.728569828798929e-9);
    close(out.columns[2].score, 0.00019394162910368884);
    expect(out.columns.map((c: { threshold: number; drifted: boolean }) => [c.threshold, c.drifted])).toEqual([
      [0.05, true],
      [0.05, true],
      [0.05, true],
    ]);
    expect(out.drifted_columns).toBe(3);
    expect(out.share).toBe(1);
    expect(out.dataset_drift).toBe(true);
  });

  it('reads JSON Lines the same way', async () => {
    const result = await detectDrift({ reference, current: currentJsonl });
    close(result.columns[0]!.score, 0.001156189541489953);
    close(result.columns[1]!.score, 3.728569828798929e-9);
    close(result.columns[2]!.score, 0.00019394162910368884);
  });

  it('takes one method for all columns and the drift share', async () => {
    const result = await detectDrift({ reference, current, method: 'psi', driftShare: 1 });
    expect(result.columns.every((c) => c.method === 'psi' && c.threshold === 0.1)).toBe(true);
    // Sturges-binned psi of the score column, from scipy/numpy as above: 0.14621685005723067.
    close(result.columns[0]!.score, 0.14621685005723067);
  });

  it('treats a numerical column as categorical when told to', async () => {
    const result = await detectDrift({ reference, current, columnTypes: { score: 'categorical' }, columns: ['score'] });
    expect(result.columns[0]).toMatchObject({ column: 'score', type: 'categorical', method: 'chisquare' });
  });

  it('is inconclusive below the minimum current sample size', async () => {
    const result = await detectDrift({ reference, current, minSampleSize: 500 });
    expect(result.inconclusive).toBe(true);
    expect(result.dataset_drift).toBe(false);
    expect(result.columns.every((c) => c.inconclusive && c.score === null && !c.drifted)).toBe(true);
  });

  it('writes a Markdown report with a Mermaid chart per drifted column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-drift-'));
    const md = join(dir, 'report.md');
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--markdown', md]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/DATASET DRIFT: 3 of 3 columns drifted/);
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/Data drift detected/);
    expect(text.match(/```mermaid\nxychart-beta/g)?.length).toBe(3);
    // grade shares: reference a 40%, b 30%, c 20%, d 10%.
    expect(text).toMatch(/x-axis \["a", "b", "c", "d"\]\n {4}y-axis "percent" 0 --> \d+\n {4}bar \[40, 30, 20, 10\]/);
  });

  it('exits 1 on drift with --fail-on-drift', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--fail-on-drift']);
    expect(run.code).toBe(1);
  });
});

describe('reference profiles', () => {
  it('gives the same exact results from a profile for counted columns, and says which are approximate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-profile-'));
    const profile = join(dir, 'profile.json');
    const made = await dhow(['drift', 'profile', '--input', reference, '--output', profile]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/quantile sketch .* for score/);
    const saved = JSON.parse(readFileSync(profile, 'utf8'));
    expect(saved).toMatchObject({ apiVersion: 'dhow.dev/v1', kind: 'DriftProfile', 'profile-version': 1, rows: 300 });
    expect(saved.columns[1]).toEqual({ name: 'grade', type: 'categorical', count: 300, dropped: 0, counts: { a: 120, b: 90, c: 60, d: 30 } });
    // Editors and other tools can check it against the published JSON Schema.
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'policies', 'schemas', 'drift-profile.schema.json'), 'utf8'));
    const validate = ajv.compile(schema);
    expect(validate(saved), JSON.stringify(validate.errors)).toBe(true);

    const result = await detectDrift({ reference: profile, current });
    expect(result.reference.profile).toBe(true);
    close(result.columns[1]!.score, 3.728569828798929e-9);
    close(result.columns[2]!.score, 0.00019394162910368884);
    expect(result.columns[0]).toMatchObject({ method: 'ks', exact: false, reference_size: 300 });
    expect(result.columns[0]!.score!).toBeGreaterThan(0.0001);
    expect(result.columns[0]!.score!).toBeLessThan(0.01);
    expect(result.approximate_methods).toEqual(['ks']);
    expect(renderDriftMarkdown(result)).toMatch(/approximate.*\(ks\)/);
  });

  it('keeps every value of a column with few distinct values, so its tests stay exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-profile-'));
    const ref = join(dir, 'ref.csv');
    const cur = join(dir, 'cur.csv');
    writeFileSync(ref, `flag\n${'1\n'.repeat(70)}${'0\n'.repeat(30)}`);
    writeFileSync(cur, `flag\n${'1\n'.repeat(50)}${'0\n'.repeat(50)}`);
    const profile = join(dir, 'p.json');
    expect((await dhow(['drift', 'profile', '--input', ref, '--output', profile])).code).toBe(0);
    const fromProfile = await detectDrift({ reference: profile, current: cur });
    // 70 of 100 against 50 of 100 (scipy, as in the unit tests): 0.0038924171227785465
    expect(fromProfile.columns[0]).toMatchObject({ method: 'z', exact: true });
    close(fromProfile.columns[0]!.score, 0.0038924171227785465);
  });

  it('refuses a file that is not a profile, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-profile-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ apiVersion: 'dhow.dev/v1', kind: 'DriftProfile', 'profile-version': 2 }));
    const run = await dhow(['drift', '--reference', bad, '--current', current]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.json, field "profile-version": not a drift profile/);
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dhow-drift-bad-'));

  it('names a column missing from the current data', async () => {
    const cur = join(dir, 'missing.csv');
    writeFileSync(cur, 'score,grade\n1,a\n');
    const run = await dhow(['drift', '--reference', reference, '--current', cur]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${cur}, field "answer, in short": the column is missing from the current data`);
  });

  it('names a column only in the current data', async () => {
    const cur = join(dir, 'extra.csv');
    writeFileSync(cur, 'score,grade,"answer, in short",extra\n1,a,yes,2\n');
    const run = await dhow(['drift', '--reference', reference, '--current', cur]);
    expect(run.stderr).toContain(`${cur}, field "extra": the column is only in the current data`);
  });

  it('names an unknown column given on the command line', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--column-type', 'nope=numerical']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/field "nope": --column-type names a column that is not in the data/);
  });

  it('tests a column named twice with --column once, so the share of drifted columns stays right', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--column', 'score', '--column', 'grade', '--column', 'score', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.columns.map((c: { column: string }) => c.column)).toEqual(['score', 'grade']);
    expect(result.drifted_columns).toBe(2);
    expect(result.share).toBe(1);
  });

  it('refuses an empty file', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const run = await dhow(['drift', '--reference', reference, '--current', empty]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${empty}: the current data is empty`);
  });

  it('names the line of a row with the wrong number of fields', async () => {
    const cur = join(dir, 'ragged.csv');
    writeFileSync(cur, 'score,grade,"answer, in short"\n1,a,yes\n2,b\n');
    const run = await dhow(['drift', '--reference', reference, '--current', cur]);
    expect(run.stderr).toContain(`${cur}:3: the row has 2 fields, the header has 3`);
  });

  it('refuses an unknown method and a malformed --column-type', async () => {
    expect((await dhow(['drift', '--reference', reference, '--current', current, '--method', 'ttest'])).code).toBe(2);
    expect((await dhow(['drift', '--reference', reference, '--current', current, '--column-type', 'score'])).code).toBe(2);
  });

  it('refuses a numerical-only method on a categorical column', async () => {
    const run = await dhow(['drift', '--reference', reference, '--current', current, '--method', 'wasserstein']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/field "grade": --method wasserstein needs a numerical column/);
  });
});

describe('sketch mode', () => {
  it('stays exact while a column has at most 2048 distinct current values', async () => {
    const sketched = await detectDrift({ reference, current, sketch: true });
    expect(sketched.columns.map((c) => [c.column, c.method, c.exact])).toEqual([
      ['score', 'ks', true],
      ['grade', 'chisquare', true],
      ['answer, in short', 'z', true],
    ]);
    close(sketched.columns[0]!.score, 0.001156189541489953);
    close(sketched.columns[1]!.score, 3.728569828798929e-9);
    close(sketched.columns[2]!.score, 0.00019394162910368884);
  });

  it('takes every row of a file larger than its buffers, odd rows included, and stays exact with few distinct values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-sketch-large-'));
    let seed = 21;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    // 150,000 rows: more than two 65,536-value buffers; a quoted number or a missing value now and then
    // makes a row take the record callback's way into the same sketch.
    const rows = (n: number, shift: number) =>
      Array.from({ length: n }, (_, r) => {
        const v = Math.floor(random() * 1000 + shift) / 10;
        const u = random();
        return `${u < 0.01 ? `"${v}"` : u < 0.02 ? '' : v},${['a', 'b', 'c'][r % 3]}`;
      }).join('\n');
    writeFileSync(join(dir, 'ref.csv'), `x,k\n${rows(5000, 0)}\n`);
    writeFileSync(join(dir, 'cur.csv'), `x,k\n${rows(150000, 40)}\n`);
    const exact = await detectDrift({ reference: join(dir, 'ref.csv'), current: join(dir, 'cur.csv') });
    const sketched = await detectDrift({ reference: join(dir, 'ref.csv'), current: join(dir, 'cur.csv'), sketch: true });
    // At most 1,040 distinct values: the sketch keeps them all, so every number is the exact run's.
    expect(sketched.columns.map((c) => [c.column, c.method, c.exact, c.current_size, c.score])).toEqual(
      exact.columns.map((c) => [c.column, c.method, true, c.current_size, c.score]),
    );
    expect(sketched.columns[0]!.current_size).toBe(150000 - (readFileSync(join(dir, 'cur.csv'), 'utf8').match(/^,/gm) ?? []).length);
  });

  it('approximates a column with many distinct values closely and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-sketch-'));
    const ref = join(dir, 'ref.csv');
    const cur = join(dir, 'cur.csv');
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    writeFileSync(ref, `x\n${Array.from({ length: 3000 }, () => (random() * 10).toFixed(6)).join('\n')}\n`);
    writeFileSync(cur, `x\n${Array.from({ length: 6000 }, () => (random() * 11 + 0.5).toFixed(6)).join('\n')}\n`);
    const exact = await detectDrift({ reference: ref, current: cur });
    const sketched = await detectDrift({ reference: ref, current: cur, sketch: true });
    expect(exact.columns[0]).toMatchObject({ method: 'wasserstein', exact: true });
    // scipy.stats.wasserstein_distance(ref, cur) / numpy.std(ref) on the same values (scipy 1.17): 0.344631596150937.
    close(exact.columns[0]!.score, 0.344631596150937);
    expect(sketched.columns[0]).toMatchObject({ method: 'wasserstein', exact: false });
    expect(Math.abs(sketched.columns[0]!.score! - exact.columns[0]!.score!) / exact.columns[0]!.score!).toBeLessThan(0.01);
    expect(sketched.approximate_methods).toEqual(['wasserstein']);
  });

  it('is exact on a column with two values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-sketch-'));
    const ref = join(dir, 'ref.csv');
    const cur = join(dir, 'cur.csv');
    writeFileSync(ref, `flag\n${'1\n'.repeat(70)}${'0\n'.repeat(30)}`);
    writeFileSync(cur, `flag\n${'1\n'.repeat(50)}${'0\n'.repeat(50)}`);
    const result = await detectDrift({ reference: ref, current: cur, sketch: true });
    expect(result.columns[0]).toMatchObject({ method: 'z', exact: true });
    close(result.columns[0]!.score, 0.0038924171227785465);
  });

  it('widens its range for values outside the reference and keeps every count', async () => {
    const { NumericSketch } = await import('../../src/drift/sketch.js');
    const sketch = new NumericSketch(0, 1);
    const values = [0.5, -3, 7.25, 0.25, 1e6, -0.001];
    for (const v of values) sketch.add(v);
    for (let i = 0; i < 3000; i++) sketch.add(i / 10);
    const points = sketch.points();
    expect(points.exact).toBe(false);
    expect(points.weights.reduce((a, b) => a + b, 0)).toBe(3006);
    expect([sketch.min, sketch.max, sketch.count]).toEqual([-3, 1e6, 3006]);
    expect(points.values[0]).toBeGreaterThanOrEqual(-3);
    expect(points.values.at(-1)).toBeLessThanOrEqual(1e6);
    expect(sketch.lo).toBeLessThanOrEqual(-3);
    expect(sketch.lo + sketch.width).toBeGreaterThanOrEqual(1e6);
  });
});

describe('missing and non-finite values', () => {
  it('drops NaN, +-inf and missing values per column before testing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-nan-'));
    const cur = join(dir, 'cur.csv');
    const lines = readFileSync(current, 'utf8').trimEnd().split('\n');
    // The same 200 rows plus rows whose score is not finite or missing, and a row whose grade is missing.
    const extra = ['nan,a,yes', 'inf,b,no', '-inf,c,yes', 'NA,d,no', ',a,yes', '-Infinity,b,no'];
    writeFileSync(cur, `${[...lines, ...extra].join('\n')}\n`);
    const result = await detectDrift({ reference, current: cur, columns: ['score'] });
    expect(result.columns[0]).toMatchObject({ column: 'score', type: 'numerical', method: 'ks', current_size: 200 });
    close(result.columns[0]!.score, 0.001156189541489953);

    const jsonl = join(dir, 'cur.jsonl');
    const rows = readFileSync(currentJsonl, 'utf8').trimEnd().split('\n');
    writeFileSync(
      jsonl,
      `${[...rows, '{"score": null, "grade": "a", "answer, in short": "yes"}', '{"score": "NaN", "grade": "b", "answer, in short": "no"}', '{"grade": "c", "answer, in short": "no"}'].join('\n')}\n`,
    );
    const fromJsonl = await detectDrift({ reference, current: jsonl, columns: ['score'] });
    close(fromJsonl.columns[0]!.score, 0.001156189541489953);
  });

  it('takes the kind of a column from the reference: text there makes it categorical (unless told it is numerical), text only in the current data is an invalid value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-mixed-'));
    const plain = join(dir, 'plain.csv');
    const mixed = join(dir, 'mixed.csv');
    writeFileSync(plain, `v\n${Array.from({ length: 100 }, (_, i) => String(i % 7)).join('\n')}\n`);
    writeFileSync(mixed, `v\n${Array.from({ length: 100 }, (_, i) => (i === 50 ? 'seven' : String(i % 7))).join('\n')}\n`);
    const detected = await detectDrift({ reference: mixed, current: plain });
    expect(detected.columns[0]).toMatchObject({ type: 'categorical', method: 'chisquare', current_size: 100 });
    expect(detected.data_quality.columns).toEqual([]);
    const coerced = await detectDrift({ reference: mixed, current: plain, columnTypes: { v: 'numerical' } });
    expect(coerced.columns[0]).toMatchObject({ type: 'numerical', method: 'ks', reference_size: 99, current_size: 100 });
    const fromReference = await detectDrift({ reference: plain, current: mixed });
    expect(fromReference.columns[0]).toMatchObject({ type: 'numerical', method: 'ks', current_size: 99 });
    expect(fromReference.data_quality.columns).toEqual([{ column: 'v', invalid: 1, rows: 100, share: 0.01, failed: false }]);
  });
});

describe('large files', () => {
  it('reads every row as the JSON Lines reader does, whether it goes straight into the columns or through the record callback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhow-large-'));
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    // Columns: x (numbers, odd forms now and then), c (categories, some quoted or missing), late (numbers
    // until row 3000, then text now and then, long after plain rows began to go straight into the columns:
    // it stays numerical, as in the reference, and the text is counted as invalid).
    const csv = ['x,c,late'];
    const jsonl: string[] = [];
    for (let r = 0; r < 5000; r++) {
      const u = random();
      const value = Math.round((random() * 200 - 100) * 100) / 100;
      let x = String(value);
      let xJson: number | null = value;
      if (u < 0.03) [x, xJson] = ['', null];
      else if (u < 0.06) x = `"${value}"`;
      else if (u < 0.09) [x, xJson] = [`${Math.round(value * 100)}e-2`, Number(`${Math.round(value * 100)}e-2`)];
      const category = ['red', 'green', 'blue', 'amber'][Math.floor(random() * 4)]!;
      let c = category;
      let cJson: string | null = category;
      if (u > 0.97) [c, cJson] = ['NA', null];
      else if (u > 0.94) [c, cJson] = ['"blue, dark"', 'blue, dark'];
      const late = r >= 3000 && u < 0.5 ? 'text' : String(r % 9);
      csv.push(`${x},${c},${late}${u > 0.5 && u < 0.55 ? '\r' : ''}`);
      jsonl.push(JSON.stringify({ x: xJson, c: cJson, late }));
    }
    const ref = join(dir, 'ref.csv');
    writeFileSync(
      ref,
      `x,c,late\n${Array.from({ length: 2000 }, (_, r) => `${Math.round((random() * 180 - 90) * 100) / 100},${['red', 'green', 'blue'][r % 3]},${r % 9}`).join('\n')}\n`,
    );
    writeFileSync(join(dir, 'cur.csv'), `${csv.join('\n')}\n`);
    writeFileSync(join(dir, 'cur.jsonl'), `${jsonl.join('\n')}\n`);
    const fromCsv = await detectDrift({ reference: ref, current: join(dir, 'cur.csv') });
    const fromJsonl = await detectDrift({ reference: ref, current: join(dir, 'cur.jsonl') });
    const pick = (r: typeof fromCsv) =>
      r.columns.map(({ column, type, method, score, reference_size, current_size }) => ({ column, type, method, score, reference_size, current_size }));
    expect(pick(fromCsv)).toEqual(pick(fromJsonl));
    expect(fromCsv.current.rows).toBe(5000);
    expect(pick(fromCsv).map((c) => c.type)).toEqual(['numerical', 'categorical', 'numerical']);
    expect(fromCsv.data_quality).toEqual(fromJsonl.data_quality);
    const texts = jsonl.filter((l) => l.includes('"late":"text"')).length;
    expect(texts).toBeGreaterThan(500);
    expect(fromCsv.data_quality.columns.map((c) => [c.column, c.invalid])).toEqual([
      ['x', 0],
      ['late', texts],
    ]);
    // Missing values are dropped: the current sizes count what is left.
    expect(fromCsv.columns[0]!.current_size).toBe(jsonl.filter((l) => !l.includes('"x":null')).length);
    expect(fromCsv.columns[1]!.current_size).toBe(jsonl.filter((l) => !l.includes('"c":null')).length);
  });
});

describe('progress bar', () => {
  it('draws on a terminal for files over 32 MiB, never otherwise', async () => {
    const { progressBar } = await import('../../src/cli/commands/drift.js');
    const { defaultContext } = await import('../../src/cli/context.js');
    let drawn = '';
    const terminal = { isTTY: true, write: (s: string) => void (drawn += s) } as unknown as NodeJS.WritableStream;
    const bar = progressBar(defaultContext({ stderr: terminal }))!;
    bar('/data/current.csv', 10, 64 << 20);
    bar('/data/current.csv', 32 << 20, 64 << 20);
    bar('/data/current.csv', 64 << 20, 64 << 20);
    bar('/data/small.csv', 1, 1000);
    expect(drawn).toBe(
      `\rcurrent.csv [${'.'.repeat(30)}] 0%` + `\rcurrent.csv [${'#'.repeat(15)}${'.'.repeat(15)}] 50%` + `\rcurrent.csv [${'#'.repeat(30)}] 100%\n`,
    );
    const pipe = { write: () => true } as unknown as NodeJS.WritableStream;
    expect(progressBar(defaultContext({ stderr: pipe }))).toBeUndefined();
  });
});
