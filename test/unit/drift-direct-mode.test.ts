/**
 * Drift's CSV reading with the parser's direct mode (plain records written straight into the columns) must
 * be indistinguishable from the general record path: same columns, counts, dropped and invalid values, row
 * counts, reference flips to categorical and errors (file and line), however the input is cut into chunks.
 *
 * The expectation is always the general path itself, run with direct mode switched off (`csv.direct: false`,
 * an option of the real reader) and the file read as usual, plus hand-counted numbers where a case is small
 * enough to count. Chunking goes through the reader's own `csv.chunks` option: the file's bytes cut into
 * pieces, each handed to the scanner as one read would be.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import type { CsvParser } from '../../src/io/csv.js';
import { readSide, rereadCategorical, type ColumnSide, type ColumnState, type CsvReading } from '../../src/drift/columns.js';
import { buildProfile, detectDrift, writeProfile } from '../../src/drift/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dhow-direct-'));
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface Outcome<T> {
  value?: T;
  error?: { message: string; file?: string; line?: number; field?: string };
  /** Records that went the direct way, over every parser the run created. */
  direct: number;
}

/** The file's bytes in pieces of `size` bytes. */
function* pieces(path: string, size: number): Iterable<Buffer> {
  const bytes = readFileSync(path);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Runs fn with every CSV read cut into pieces of `chunk` bytes (undefined: read from the file), with or without direct mode. */
async function run<T>(chunk: number | undefined, direct: boolean, fn: (csv: CsvReading) => Promise<T>): Promise<Outcome<T>> {
  const parsers = new Set<CsvParser>();
  const taken = () => [...parsers].reduce((sum, p) => sum + p.directRecords, 0);
  const csv: CsvReading = {
    direct,
    chunks: chunk === undefined ? undefined : (path) => pieces(path, chunk),
    onParser: (parser) => void parsers.add(parser),
  };
  try {
    const value = await fn(csv);
    return { value, direct: taken() };
  } catch (error) {
    if (!(error instanceof DhowError)) throw error;
    return { error: { message: error.message, file: error.file, line: error.line, field: error.field }, direct: taken() };
  }
}

function side(column: ColumnState, s: ColumnSide) {
  const counts: [string, number][] = [];
  s.counts.forEach((n, id) => {
    if (n > 0) counts.push([column.interner.values[id]!, n]);
  });
  return { numbers: Array.from(s.numbers.view(), (v) => (Object.is(v, -0) ? '-0' : v)), counts, dropped: s.dropped, invalid: s.invalid, rows: s.rows };
}

/** Both sides read as detectDrift reads them (flipped columns re-read), as plain data. */
async function readBoth(csv: CsvReading, reference: string, current: string, types: Record<string, 'numerical' | 'categorical'> = {}) {
  const columns = new Map<string, ColumnState>();
  const kinds = new Map(Object.entries(types));
  const flippedRef = await readSide(reference, 'reference', columns, kinds, { csv });
  if (flippedRef.length > 0) await rereadCategorical(reference, 'reference', flippedRef, columns, { csv });
  const flippedCur = await readSide(current, 'current', columns, kinds, { csv });
  if (flippedCur.length > 0) {
    await rereadCategorical(reference, 'reference', flippedCur, columns, { csv });
    await rereadCategorical(current, 'current', flippedCur, columns, { csv });
  }
  return {
    flippedRef,
    flippedCur,
    columns: [...columns.values()].map((c) => ({ name: c.name, kind: c.kind, reference: side(c, c.reference), current: side(c, c.current) })),
  };
}

const CHUNKS = [undefined, 1, 2, 3, 5, 7, 16, 61, 1000];

/** The general path over the whole input is the expectation; direct mode at every chunking must match it. */
async function expectSameEverywhere<T>(
  fn: (csv: CsvReading) => Promise<T>,
  chunks: (number | undefined)[] = CHUNKS,
): Promise<{ expected: Outcome<T>; directMost: number }> {
  const expected = await run(undefined, false, fn);
  expect(expected.direct).toBe(0);
  let directMost = 0;
  for (const chunk of chunks) {
    const actual = await run(chunk, true, fn);
    expect({ value: actual.value, error: actual.error }, `direct mode, chunks of ${chunk ?? 'any'} bytes`).toEqual({
      value: expected.value,
      error: expected.error,
    });
    directMost = Math.max(directMost, actual.direct);
  }
  return { expected, directMost };
}

function random(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

/**
 * Columns: n (numbers in every plain and odd form, stays numerical), c (categories, many starting like a
 * missing-value token, some missing), late (numbers, then a lone "-" at row `lateAt`: turns categorical
 * after direct mode began), first (text from the first row on the reference side when `firstText`),
 * fixed (numbers with text now and then; the caller may fix its kind).
 */
function dataset(seed: number, rows: number, options: { sep?: string; lateAt?: number; firstText?: boolean; ends?: boolean } = {}): string {
  const r = random(seed);
  const sep = options.sep ?? ',';
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const oddNumbers = [
    '-0',
    '1.',
    '.5',
    '-.5',
    '0001',
    '-0007.50',
    '+1',
    '1e3',
    '1234567890123456',
    '123456789012345',
    '-12345678901234.5',
    '12345678901234567890',
    '',
    'NA',
    '-nan',
    'NaN',
    '"2.5"',
    '0.000000000000001',
  ];
  const categories = [
    'Nairobi',
    'null-ish',
    'n/a',
    'NA',
    'N',
    'n',
    'None',
    'Nonesuch',
    '',
    'a"b',
    '#hash',
    '#N/A',
    '<b>',
    '<NA>',
    '1st',
    '-x',
    '-nan',
    'red',
    'green',
    '"quoted, c"',
    '"say ""hi"""',
    'نيروبي',
    'NULL',
    'nan',
    'nanny',
  ];
  const lines = [['n', 'c', 'late', 'first', 'fixed'].join(sep)];
  for (let i = 0; i < rows; i++) {
    const n = r() < 0.15 ? pick(oddNumbers) : `${r() < 0.4 ? '-' : ''}${Math.floor(r() * 1e6) / 10 ** Math.floor(r() * 4)}`;
    const c = r() < 0.6 ? pick(categories) : pick(['red', 'green', 'blue']);
    const late = options.lateAt !== undefined && i === options.lateAt ? '-' : String(Math.floor(r() * 50) / 4);
    const first = options.firstText ? pick(['alpha', 'beta', 'gamma', '']) : String(i % 7);
    const fixed = r() < 0.05 ? 'abc' : String(i % 11);
    const end = options.ends === false ? '\n' : pick(['\n', '\n', '\n', '\n', '\r\n', '\r', '\n\n']);
    lines.push([n, c, late, first, fixed].join(sep) + end);
  }
  return `${lines[0]}\n${lines.slice(1).join('')}`;
}

describe('drift columns read with direct mode equal the general path', () => {
  it('for numbers in every form, categories that start like missing values, and every line end, at any chunking', async () => {
    const reference = file('ref.csv', dataset(1, 1500, { firstText: true }));
    const current = file('cur.csv', dataset(2, 1500, { lateAt: 1200 }));
    const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference, current));
    expect(directMost).toBeGreaterThan(200);
    const value = expected.value!;
    // late met its "-" in the current data, long after plain rows went the direct way: it stays numerical
    // (the reference decided) and the "-" is one invalid value; first was text from the reference's first
    // row on, so it never held numbers.
    expect(value.flippedRef).toEqual(['fixed']);
    expect(value.flippedCur).toEqual([]);
    expect(value.columns.map((c) => c.kind)).toEqual(['numerical', 'categorical', 'numerical', 'categorical', 'categorical']);
    expect(value.columns[2]!.current.invalid).toBe(1);
    expect(value.columns[2]!.reference.invalid).toBe(0);
    // Not missing: values that only start like a missing-value token.
    const c = new Map(value.columns[1]!.reference.counts);
    for (const v of ['Nairobi', 'null-ish', 'N', 'n', 'Nonesuch', 'a"b', '#hash', '<b>', '1st', '-x', 'nanny', 'quoted, c', 'say "hi"'])
      expect(c.get(v), v).toBeGreaterThan(0);
    for (const v of ['n/a', 'NA', 'None', '', '#N/A', '<NA>', '-nan', 'NULL', 'nan']) expect(c.has(v), v).toBe(false);
  });

  it('with a tab separator (a .tsv file), where commas are ordinary bytes', async () => {
    const tsv = (seed: number) => dataset(seed, 800, { sep: '\t' }).replaceAll('"quoted, c"', 'comma, inside').replaceAll('"say ""hi"""', 'x');
    const reference = file('ref.tsv', tsv(3));
    const current = file('cur.tsv', tsv(4));
    const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference, current));
    expect(directMost).toBeGreaterThan(150);
    expect(new Map(expected.value!.columns[1]!.current.counts).get('comma, inside')).toBeGreaterThan(0);
  });

  it('with a byte order mark, CRLF everywhere and no line end after the last row', async () => {
    const body = dataset(5, 600, { ends: false }).replaceAll('\n', '\r\n').replace(/\r\n$/, '');
    const reference = file('bom-ref.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    const current = file('bom-cur.csv', `${dataset(6, 600, { ends: false }).trimEnd()}`);
    const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference, current));
    expect(directMost).toBeGreaterThan(200);
    // Hand count: 600 data rows on each side, the BOM not part of the first column's name.
    expect(expected.value!.columns[0]!.name).toBe('n');
    expect(expected.value!.columns.map((c) => [c.reference.rows, c.current.rows])).toEqual(Array(5).fill([600, 600]));
  });

  it('with a header-only current file, with and without its line end', async () => {
    const reference = file('h-ref.csv', 'a,b\n1,x\n2,y\n');
    for (const text of ['a,b\n', 'a,b', 'a,b\r\n', '\uFEFFa,b\n']) {
      const current = file('h-cur.csv', text);
      const { expected } = await expectSameEverywhere((csv) => readBoth(csv, reference, current));
      expect(expected.value!.columns.map((c) => c.current.rows)).toEqual([0, 0]);
    }
  });

  it('when a column is text from the first row on, in the reference or only in the current data', async () => {
    // Column t: text in the reference's first row (never numbers); u: numbers in the reference, text in the
    // current data from its first row on (the reference decided: u stays numerical, every value invalid).
    const rows = (t: (i: number) => string, u: (i: number) => string) =>
      `t,u,v\n${Array.from({ length: 300 }, (_, i) => `${t(i)},${u(i)},${i % 13}.5`).join('\n')}\n`;
    const reference = file(
      't-ref.csv',
      rows(
        (i) => `w${i % 5}`,
        (i) => String(i % 9),
      ),
    );
    const current = file(
      't-cur.csv',
      rows(
        (i) => (i % 3 ? `w${i % 4}` : String(i)),
        (i) => `k${i % 3}`,
      ),
    );
    const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference, current));
    expect(directMost).toBeGreaterThan(250);
    expect(expected.value!.flippedCur).toEqual([]);
    const [t, u] = expected.value!.columns;
    expect(t!.kind).toBe('categorical');
    expect(u!.kind).toBe('numerical');
    expect(u!.reference.numbers.length).toBe(300);
    expect(u!.current).toEqual({ numbers: [], counts: [], dropped: 300, invalid: 300, rows: 300 });
  });

  it('when the reference turns categorical after direct mode began', async () => {
    const reference = file('f-ref.csv', dataset(7, 900, { lateAt: 700 }));
    const current = file('f-cur.csv', dataset(8, 900));
    const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference, current));
    expect(directMost).toBeGreaterThan(150);
    expect(expected.value!.flippedRef).toContain('late');
    expect(expected.value!.columns[2]!.kind).toBe('categorical');
  });

  it('with --column-type overrides: numerical on text drops the text, categorical counts the numbers', async () => {
    const reference = file('o-ref.csv', dataset(9, 700));
    const current = file('o-cur.csv', dataset(10, 700));
    const { expected } = await expectSameEverywhere((csv) => readBoth(csv, reference, current, { c: 'numerical', fixed: 'numerical', n: 'categorical' }));
    const [n, c, , , fixed] = expected.value!.columns;
    expect([n!.kind, c!.kind, fixed!.kind]).toEqual(['categorical', 'numerical', 'numerical']);
    // Every c value is text or missing: nothing is kept, every row is dropped.
    expect(c!.reference.numbers).toEqual([]);
    expect(c!.reference.dropped).toBe(700);
    expect(fixed!.reference.dropped).toBeGreaterThan(0);
  });

  it('with more columns than the parser first makes room for (64)', async () => {
    const wide = (seed: number) => {
      const r = random(seed);
      let text = `${Array.from({ length: 150 }, (_, i) => `h${i}`).join(',')}\n`;
      for (let row = 0; row < 300; row++) {
        text += `${Array.from({ length: 150 }, (_, i) => (i % 2 ? `v${Math.floor(r() * 7)}` : r() < 0.02 ? '' : String(Math.floor(r() * 1000) / 8))).join(',')}\n`;
      }
      return text;
    };
    const reference = file('w-ref.csv', wide(13));
    const current = file('w-cur.csv', wide(14));
    const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference, current), [undefined, 7, 100]);
    expect(directMost).toBeGreaterThan(10);
    expect(expected.value!.columns.filter((c) => c.kind === 'numerical')).toHaveLength(75);
    expect(expected.value!.columns[149]!.current.counts.reduce((a, [, n]) => a + n, 0)).toBe(300);
  });

  it('when the first chunk holds only the header, or a quoted line end (the row-size estimate)', async () => {
    const quoted = `a,b\n"x\ny",1\n${Array.from({ length: 3000 }, (_, i) => `c${i % 7},${i}.25`).join('\n')}\n`;
    const reference = file('q-ref.csv', quoted);
    const current = file('q-cur.csv', `a,b\n${Array.from({ length: 3000 }, (_, i) => `c${i % 5},${i % 100}`).join('\n')}\n`);
    // Chunks of 4 bytes: the header's chunk ends at its line end; 8: the first row's quote is still open.
    const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference, current), [undefined, 4, 8, 11, 4096]);
    expect(directMost).toBeGreaterThan(5000);
    expect(expected.value!.columns[1]!.reference.numbers.length).toBe(3001);
    expect(expected.value!.columns[1]!.reference.numbers.slice(0, 3)).toEqual([1, 0.25, 1.25]);
  });
});

describe('rows and errors with direct mode', () => {
  it('names the line of a ragged row, a bad quote or an open quote deep in a large file, in either file', async () => {
    let body = 'a,b,c\n';
    let line = 2;
    // 7000 rows (about 84 KB): the error lies beyond the first chunk even at the largest chunking tried (64 KiB).
    for (let i = 0; i < 7000; i++) {
      if (i === 50) {
        body += '7,"two\nlines",8\n';
        line += 2;
      } else if (i % 1000 === 999) {
        body += '\r\n'; // a blank line
        line += 1;
      } else {
        body += `${i},c${i % 3},${i % 7}.5${i % 2 ? '\r\n' : '\n'}`;
        line += 1;
      }
    }
    // The tail, and the line (from the first line after the body) the error must name.
    const tails: [string, string, number][] = [
      ['1,2\n9,c,9\n', 'the row has 2 fields, the header has 3', 0],
      ['1,2,x,4\n', 'the row has 4 fields, the header has 3', 0],
      ['9,c,9\n1,2,x,4', 'the row has 4 fields, the header has 3', 1],
      ['1,"x"y,3\n', 'unexpected text after a closing quote (field 2)', 0],
      ['9,c,9\n1,"open,3\n9,c,9\n', 'a quoted field is not closed before the end of the input', 1],
      ['1,2,3\r4,5\n', 'the row has 2 fields, the header has 3', 1],
    ];
    const good = file('good.csv', 'a,b,c\n1,c0,2\n');
    for (const [tail, message, offset] of tails) {
      const bad = file('bad.csv', body + tail);
      for (const [reference, current] of [
        [bad, good],
        [good, bad],
      ]) {
        const { expected, directMost } = await expectSameEverywhere((csv) => readBoth(csv, reference!, current!), [undefined, 3, 4096, 65536]);
        expect(directMost).toBeGreaterThan(5000);
        expect(expected.error).toEqual({ message: expect.stringContaining(message), file: bad, line: line + offset, field: undefined });
      }
    }
  });

  it('reports the rows read (reference.rows, current.rows) in detectDrift, with sketches, and against a profile', async () => {
    const reference = file('r-ref.csv', dataset(11, 2500, { ends: false }));
    const current = file('r-cur.csv', dataset(12, 2500));
    const chunks = [undefined, 7, 4096];
    const plain = await expectSameEverywhere((csv) => detectDrift({ reference, current, csv }), chunks);
    expect(plain.directMost).toBeGreaterThan(500);
    // Hand count: blank lines are not rows; "\n\n" ends one row and adds a blank line.
    expect(plain.expected.value!.reference.rows).toBe(2500);
    expect(plain.expected.value!.current.rows).toBe(2500);
    const sketched = await expectSameEverywhere((csv) => detectDrift({ reference, current, sketch: true, csv }), chunks);
    expect(sketched.expected.value!.current.rows).toBe(2500);
    const profileOf = async (csv: CsvReading) => {
      const profile = await buildProfile({ input: reference, now: new Date('2026-11-22T00:00:00Z'), csv });
      const path = join(dir, 'profile.json');
      await writeProfile(path, profile);
      return { profile, drift: await detectDrift({ reference: path, current, csv }) };
    };
    const profiled = await expectSameEverywhere(profileOf, chunks);
    expect(profiled.directMost).toBeGreaterThan(250);
    expect(profiled.expected.value!.drift.current.rows).toBe(2500);
  });

  it('counts every category once in a file of several chunks, as the JSON Lines reader does', async () => {
    // Records that are not plain (a missing or exponent number, a quoted category) go through the record
    // callback; from the second chunk on the parser has already offered their plain categories to the
    // column's counter, so the callback must not count them again. The file is read in chunks of 64 KiB (the
    // reader's own are 1 MiB): the same parser at a sixteenth of the data.
    const chunk = 1 << 16;
    const r = random(21);
    const csv = ['x,c,k'];
    const jsonl: string[] = [];
    let missing = 0;
    for (let i = 0; i < 14000; i++) {
      const u = r();
      const value = Math.round((r() * 200 - 100) * 100) / 100;
      const c = ['red', 'green', 'blue', 'Nairobi'][Math.floor(r() * 4)]!;
      const k = `k${i % 5}`;
      if (u < 0.1) {
        csv.push(`,${c},${k}`);
        jsonl.push(JSON.stringify({ x: null, c, k }));
      } else if (u < 0.2) {
        csv.push(`${Math.round(value * 100)}e-2,${c},${k}`);
        jsonl.push(JSON.stringify({ x: Number(`${Math.round(value * 100)}e-2`), c, k }));
      } else if (u < 0.25) {
        csv.push(`${value},NA,${k}`);
        jsonl.push(JSON.stringify({ x: value, c: null, k }));
        missing++;
      } else if (u < 0.3) {
        csv.push(`${value},"${c}, dark",${k}`);
        jsonl.push(JSON.stringify({ x: value, c: `${c}, dark`, k }));
      } else {
        csv.push(`${value},${c},${k}`);
        jsonl.push(JSON.stringify({ x: value, c, k }));
      }
    }
    const text = `${csv.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(3 * chunk); // four chunks at least
    const reference = file('big-ref.csv', text);
    const current = file('big-cur.csv', text);
    const currentJsonl = file('big-cur.jsonl', `${jsonl.join('\n')}\n`);
    const csvReading: CsvReading = { chunks: (path) => pieces(path, chunk) };
    const fromCsv = await detectDrift({ reference, current, csv: csvReading });
    const fromJsonl = await detectDrift({ reference, current: currentJsonl, csv: csvReading });
    const pick = (result: typeof fromCsv) =>
      result.columns.map(({ column, type, score, reference_size, current_size }) => ({ column, type, score, reference_size, current_size }));
    expect(pick(fromCsv)).toEqual(pick(fromJsonl));
    // Hand count: every row has one c value unless it is NA, and one k value.
    expect(fromCsv.columns.map((c) => [c.column, c.reference_size, c.current_size])).toEqual([
      ['x', 14000 - jsonl.filter((l) => l.includes('"x":null')).length, 14000 - jsonl.filter((l) => l.includes('"x":null')).length],
      ['c', 14000 - missing, 14000 - missing],
      ['k', 14000, 14000],
    ]);
    expect(fromCsv.drifted_columns).toBe(0); // the same data on both sides
  });
});
