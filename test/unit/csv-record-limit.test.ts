/**
 * A CSV record (one row, line ends inside its quoted fields included) may be at most 4 MiB, as documented
 * in docs/metrics.md and src/io/csv.ts. A longer one is refused with the file and the line it starts on, while
 * reading: the reader stops after the limit plus one read, never holding the whole record.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { CsvParser, MAX_CSV_RECORD_BYTES, csvRows, parseCsvBuffer, readCsvFile, type CsvRecord } from '../../src/io/csv.js';
import { scanCsvColumns } from '../../src/metrics/csv-columns.js';
import { detectDrift } from '../../src/drift/index.js';

const MiB = 1 << 20;
const dir = mkdtempSync(join(tmpdir(), 'dhow-csv-limit-'));
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The error a promise rejects with (a DhowError, or the test fails). */
async function refusal(promise: Promise<unknown>): Promise<DhowError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DhowError);
  return error as DhowError;
}

// A 10 MB line: far above the limit, so a reader that buffered it whole would have read it all.
const TEN_MB = 10_000_000;
const longLine = 'x'.repeat(TEN_MB);

describe('the CSV record limit', () => {
  it('is 4 MiB', () => {
    expect(MAX_CSV_RECORD_BYTES).toBe(4 * MiB);
  });

  it('refuses a 10 MB line with the file and line, after reading no more than the limit and one read', async () => {
    const path = file('long.csv', `a,b\n1,2\n3,${longLine}\n5,6\n`);
    let read = 0;
    const rows: number[] = [];
    const error = await refusal(
      readCsvFile(path, (r: CsvRecord) => void rows.push(r.line), {
        onProgress: (done) => (read = done),
      }),
    );
    expect(error.message).toMatch(/the record is longer than 4 MiB/);
    expect(error.file).toBe(path);
    expect(error.line).toBe(3);
    expect(rows).toEqual([1, 2]); // the header and the row before
    // Reads are 1 MiB: the record started in the first, so the limit was passed within the sixth.
    expect(read).toBeLessThanOrEqual(4 * MiB + 2 * MiB);
    expect(read).toBeLessThan(TEN_MB);
    // No data in the message.
    expect(error.message).not.toContain('xxxx');
  });

  it('counts a quoted field over many lines as one record, named by the line it starts on', async () => {
    const path = file('open-quote.csv', `a,b\n1,2\n3,"${'y\n'.repeat(TEN_MB / 2)}"\n`);
    const error = await refusal(readCsvFile(path, () => undefined));
    expect(error.message).toMatch(/longer than 4 MiB/);
    expect([error.file, error.line]).toEqual([path, 3]);
  });

  it('refuses the same line through the row reader, the projected reader and drift', async () => {
    const path = file('long-drift.csv', `a,b\n1,p\n2,${longLine}\n`);
    const good = file('good.csv', `a,b\n1,p\n2,q\n`);
    const readers = [
      async () => {
        for await (const row of csvRows(path)) void row;
      },
      () =>
        scanCsvColumns(
          path,
          () => [0, 1],
          () => undefined,
        ),
      () => detectDrift({ reference: good, current: path }),
      () => detectDrift({ reference: path, current: good }),
    ];
    for (const read of readers) {
      const error = await refusal(read());
      expect(error.message).toMatch(/longer than 4 MiB/);
      expect([error.file, error.line]).toEqual([path, 3]);
    }
  });

  it('accepts a record of exactly the limit, its line end included, and refuses one byte more', () => {
    const limit = 64;
    const lines = (record: string) => {
      const seen: number[] = [];
      parseCsvBuffer(Buffer.from(`h\n${record}\nz\n`), (r) => void seen.push(r.line), { maxRecordBytes: limit, file: 'in.csv' });
      return seen;
    };
    expect(lines('v'.repeat(limit - 1))).toEqual([1, 2, 3]);
    expect(() => lines('v'.repeat(limit))).toThrow(/in\.csv:2: .*the record is longer than 64 bytes/);
    // CRLF: both bytes of the line end count.
    expect(() => lines(`${'v'.repeat(limit - 1)}\r`)).toThrow(/in\.csv:2: /);
  });

  it('is enforced in direct mode too, where plain records skip the record callback', () => {
    const limit = 64;
    const numbers = { data: new Float64Array(16), length: 0 };
    const taken: string[] = [];
    const parser = new CsvParser(
      (r) => {
        if (r.line === 1)
          parser.expectDirect({
            numbers: [numbers, undefined],
            categories: [undefined, { add: (b, s, e) => (taken.push(Buffer.from(b.subarray(s, e)).toString()), true) }],
          });
      },
      { maxRecordBytes: limit, file: 'd.csv' },
    );
    const long = 'c'.repeat(limit);
    expect(() => parser.push(Buffer.from(`n,c\n1,a\n2,b\n3,${long}\n4,d\n`))).toThrow(/d\.csv:4: .*longer than 64 bytes/);
    expect(parser.directRecords).toBe(2);
    expect(taken).toEqual(['a', 'b']);
    expect(Array.from(numbers.data.subarray(0, numbers.length))).toEqual([1, 2]);
  });
});
