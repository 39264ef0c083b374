import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteInterner, CsvParser, csvRows, parseCsvBuffer, parseDecimal, readCsvFile } from '../../src/io/csv.js';
import { DhowError } from '../../src/errors.js';

interface Row {
  line: number;
  fields: string[];
}

function parseAll(text: string | Buffer, chunkSize?: number, separator?: string): Row[] {
  const rows: Row[] = [];
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const parser = new CsvParser((r) => void rows.push({ line: r.line, fields: r.texts() }), { file: 'in.csv', separator });
  if (!chunkSize) parser.push(buffer);
  else for (let i = 0; i < buffer.length; i += chunkSize) parser.push(buffer.subarray(i, i + chunkSize));
  parser.finish();
  return rows;
}

/** Every way of cutting the input in two must give the same records as the whole input. */
function expectSameAtEverySplit(text: string, expected: Row[]): void {
  const buffer = Buffer.from(text, 'utf8');
  expect(parseAll(buffer)).toEqual(expected);
  for (let cut = 0; cut <= buffer.length; cut++) {
    const rows: Row[] = [];
    const parser = new CsvParser((r) => void rows.push({ line: r.line, fields: r.texts() }));
    parser.push(buffer.subarray(0, cut));
    parser.push(buffer.subarray(cut));
    parser.finish();
    expect(rows, `cut at byte ${cut}`).toEqual(expected);
  }
  expect(parseAll(buffer, 1)).toEqual(expected);
}

describe('CSV records (RFC 4180)', () => {
  it('reads plain records with LF line ends', () => {
    expectSameAtEverySplit('a,b,c\n1,2,3\n4,5,6\n', [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '5', '6'] },
    ]);
  });

  it('reads CRLF line ends and a last record without a line end', () => {
    expectSameAtEverySplit('a,b\r\n1,2\r\n3,4', [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('keeps separators, line ends and doubled quotes inside quoted fields, and counts lines', () => {
    expectSameAtEverySplit('id,text\n1,"a,b"\n2,"two\nlines"\n3,"say ""hi"""\n4,""\n5,"x\r\ny"\r\n6,z\n', [
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'a,b'] },
      { line: 3, fields: ['2', 'two\nlines'] },
      { line: 5, fields: ['3', 'say "hi"'] },
      { line: 6, fields: ['4', ''] },
      { line: 7, fields: ['5', 'x\r\ny'] },
      { line: 9, fields: ['6', 'z'] },
    ]);
  });

  it('skips a UTF-8 byte order mark and decodes UTF-8 text', () => {
    expectSameAtEverySplit('\uFEFFnom,ville\nZoë,الدوحة\n', [
      { line: 1, fields: ['nom', 'ville'] },
      { line: 2, fields: ['Zoë', 'الدوحة'] },
    ]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expectSameAtEverySplit('a,b,c\n,,\n\n1,,3\r\n\r\n', [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['', '', ''] },
      { line: 4, fields: ['1', '', '3'] },
    ]);
  });

  it('keeps a quote inside an unquoted field literally', () => {
    expect(parseAll('h\n5\'10"\n')).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['5\'10"'] },
    ]);
  });

  it('takes another separator', () => {
    expect(parseAll('a;b\n"1;2";3\n', undefined, ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1;2', '3'] },
    ]);
  });

  it('refuses a quote left open, naming the line where the field starts', () => {
    expect(() => parseAll('a,b\n1,"open\nstill\n')).toThrow(/in\.csv:2: a quoted field is not closed/);
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseAll('a,b\n1,2\n3,"x"y\n')).toThrow(/in\.csv:3: unexpected text after a closing quote/);
  });

  it('stops when the callback returns false', () => {
    const lines: number[] = [];
    parseCsvBuffer(Buffer.from('a\n1\n2\n3\n'), (r) => {
      lines.push(r.line);
      return r.line < 2;
    });
    expect(lines).toEqual([1, 2]);
  });

  it('gives byte ranges and parses numbers from the bytes', () => {
    const seen: [number, number, number][] = [];
    parseCsvBuffer(Buffer.from('x,y\n1.5,"-2e3"\n'), (r) => {
      if (r.line === 2) seen.push([r.start(0), r.end(0), r.number(0)], [r.start(1), r.end(1), r.number(1)]);
    });
    expect(seen).toEqual([
      [4, 7, 1.5],
      [9, 13, -2000],
    ]);
  });
});

describe('decimal numbers parsed from bytes', () => {
  const cases: [string, number][] = [
    ['0', 0],
    ['-0', -0],
    ['42', 42],
    ['+7', 7],
    ['3.14159', 3.14159],
    ['-0.1', -0.1],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['2.5e+2', 250],
    ['0.1', 0.1],
    ['0.30000000000000004', 0.30000000000000004],
    ['123456789012345678901234567890', 1.2345678901234568e29],
    ['1e-400', 0],
    ['1.7976931348623157e308', 1.7976931348623157e308],
    ['4.9e-324', 5e-324],
    ['9007199254740993', 9007199254740992],
    [' 12 ', 12],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
  ];
  it.each(cases)('%s is %d', (text, expected) => {
    const bytes = Buffer.from(text);
    expect(Object.is(parseDecimal(bytes, 0, bytes.length), expected)).toBe(true);
  });

  it.each(['', 'abc', '1,2', '0x10', '1e', '-', '.', 'e5', '1.2.3', '1_000', 'NaN'])('%j is not a number', (text) => {
    const bytes = Buffer.from(text);
    expect(parseDecimal(bytes, 0, bytes.length)).toBeNaN();
  });

  it('agrees with Number() on many random decimals (the fast path is correctly rounded)', () => {
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let k = 0; k < 20000; k++) {
      const digits = Math.floor(random() * 17) + 1;
      let text = '';
      for (let d = 0; d < digits; d++) text += Math.floor(random() * 10);
      const point = Math.floor(random() * (digits + 1));
      text = `${text.slice(0, point)}.${text.slice(point)}`;
      if (random() < 0.3) text += `e${Math.floor(random() * 40) - 20}`;
      if (random() < 0.5) text = `-${text}`;
      if (text.includes('.e') && text.startsWith('.')) continue;
      const bytes = Buffer.from(text);
      expect(parseDecimal(bytes, 0, bytes.length), text).toBe(Number(text));
    }
  });
});

describe('byte interning', () => {
  it('gives the same id to equal bytes and keeps the decoded value once', () => {
    const interner = new ByteInterner();
    const ids: number[] = [];
    parseCsvBuffer(Buffer.from('c\nred\nblue\n"red"\n"a""b"\na"b\nblue\nالدوحة\n'), (r) => {
      if (r.line > 1) ids.push(interner.idOfField(r, 0));
    });
    expect(ids).toEqual([0, 1, 0, 2, 2, 1, 3]);
    expect(interner.values).toEqual(['red', 'blue', 'a"b', 'الدوحة']);
  });

  it('keeps thousands of distinct values apart', () => {
    const interner = new ByteInterner();
    for (let i = 0; i < 5000; i++) expect(interner.idOfString(`v${i}`)).toBe(i);
    for (let i = 0; i < 5000; i++) expect(interner.idOfString(`v${i}`)).toBe(i);
    expect(interner.size).toBe(5000);
  });
});

describe('CSV files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dhow-csv-'));

  it('streams a file in small chunks and reports progress', async () => {
    const path = join(dir, 'a.csv');
    const text = `a,b\n${Array.from({ length: 1000 }, (_, i) => `${i},"v ${i}\nx"`).join('\n')}\n`;
    writeFileSync(path, text);
    let count = 0;
    let last = 0;
    let sum = 0;
    await readCsvFile(
      path,
      (r) => {
        count++;
        if (r.line > 1) sum += r.number(0);
      },
      { chunkSize: 7, onProgress: (done) => (last = done) },
    );
    expect(count).toBe(1001);
    expect(sum).toBe((999 * 1000) / 2);
    expect(last).toBe(Buffer.byteLength(text));
  });

  it('selects columns by name and names a row of the wrong width', async () => {
    const path = join(dir, 'b.csv');
    writeFileSync(path, 'a,b,c\n1,2,3\n4,5,6\n7,8\n');
    const seen: string[][] = [];
    await expect(async () => {
      for await (const row of csvRows(path, { columns: ['c', 'a'] })) seen.push(row.values);
    }).rejects.toThrow(`${path}:4: the row has 2 fields, the header has 3`);
    expect(seen).toEqual([
      ['3', '1'],
      ['6', '4'],
    ]);
  });

  it('names an unknown column and a missing file', async () => {
    const path = join(dir, 'c.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    await expect(csvRows(path, { columns: ['z'] }).next()).rejects.toThrow(/field "z": no such column/);
    await expect(readCsvFile(join(dir, 'nope.csv'), () => {})).rejects.toBeInstanceOf(DhowError);
  });
});

describe('numbers computed while scanning', () => {
  it('gives the same numbers as parseDecimal for every field of a column marked numeric', () => {
    let seed = 5;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const odd = ['', '-', '.', '1.', '.5', '-0', '007', '1e3', '+4', ' 7', '1.2.3', 'abc', '"12.5"', '12345678901234567', '0.000000000000001', 'NaN', '-inf'];
    const fields: string[] = [];
    for (let k = 0; k < 5000; k++) {
      if (k % 10 === 0) fields.push(odd[k % odd.length]!);
      else {
        const digits = Math.floor(random() * 16) + 1;
        let text = '';
        for (let d = 0; d < digits; d++) text += Math.floor(random() * 10);
        const point = Math.floor(random() * (digits + 1));
        fields.push(`${random() < 0.5 ? '-' : ''}${text.slice(0, point)}${point < digits || random() < 0.2 ? '.' : ''}${text.slice(point)}`);
      }
    }
    const csv = `x,y\n${fields.map((f, i) => `${f},${i}`).join('\n')}\n`;
    const seen: number[] = [];
    const expected: number[] = [];
    const parser = new CsvParser((r) => {
      if (r.line === 1) return;
      seen.push(r.number(0));
      const text = r.text(0);
      const b = Buffer.from(text);
      expected.push(parseDecimal(b, 0, b.length));
    });
    parser.expectNumbers(Uint8Array.from([1, 0]));
    const buffer = Buffer.from(csv);
    for (let i = 0; i < buffer.length; i += 4093) parser.push(buffer.subarray(i, i + 4093));
    parser.finish();
    expect(seen.length).toBe(5000);
    expect(seen.every((v, i) => Object.is(v, expected[i]))).toBe(true);
    // And, independently of parseDecimal, every generated plain decimal is the double Number() rounds it to.
    const plain = fields.flatMap((f, k) => (k % 10 === 0 ? [] : [[f, seen[k]] as const]));
    expect(plain).toHaveLength(4500);
    expect(plain.filter(([f, v]) => !Object.is(v, Number(f)))).toEqual([]);
  });
});

describe('numbers sent straight to sinks', () => {
  it('hands each complete record its numbers once, however the input is cut', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `${i}.5,x${i % 3},${-i}`);
    const buffer = Buffer.from(`a,b,c\n${rows.join('\n')}\n`);
    for (const size of [1, 7, 64, 4096]) {
      const a: number[] = [];
      const c: number[] = [];
      let records = 0;
      const parser = new CsvParser((r) => {
        if (r.line === 1) return;
        records++;
        expect(r.taken(0)).toBe(true);
        expect(r.taken(1)).toBe(false);
        expect(r.number(2)).toBe(0 - (r.line - 2));
      });
      parser.expectNumbers(Uint8Array.from([1, 0, 1]), [{ push: (v) => void a.push(v) }, undefined, { push: (v) => void c.push(v) }]);
      for (let i = 0; i < buffer.length; i += size) parser.push(buffer.subarray(i, i + size));
      parser.finish();
      expect(records).toBe(500);
      expect(a).toEqual(rows.map((_, i) => i + 0.5));
      expect(c).toEqual(rows.map((_, i) => 0 - i));
    }
  });
});

describe('direct mode (records straight into number columns and category sinks)', () => {
  /** A number column that grows when pushed to (the record callback's way), as drift's GrowableFloat64 does. */
  class Column {
    data = new Float64Array(4);
    length = 0;
    push(v: number): void {
      if (this.length === this.data.length) {
        const next = new Float64Array(this.data.length * 2);
        next.set(this.data);
        this.data = next;
      }
      this.data[this.length++] = v;
    }
    values(): number[] {
      return [...this.data.subarray(0, this.length)];
    }
  }
  /** FNV-1a over the bytes, written out here independently of the parser. */
  const fnv1a = (bytes: Uint8Array) => {
    let h = 0x811c9dc5;
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
    return h | 0;
  };

  // Columns: number, category, number, category. Odd fields make a record leave direct mode.
  const oddNumbers = ['', '-', '.', '1.', '.5', '-0', '1e3', '+4', ' 7', '1.2.3', 'abc', '"12.5"', '12345678901234567', 'NaN', '-inf'];
  const oddCategories = ['', 'NA', 'null', '"quoted, with comma"', '"say ""hi"""', 'a"b', 'N/A', 'nan'];
  function randomCsv(seed: number, rows: number): string {
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const number = () => (random() < 0.1 ? pick(oddNumbers) : `${random() < 0.3 ? '-' : ''}${Math.floor(random() * 1e6) / 10 ** Math.floor(random() * 5)}`);
    const category = () => (random() < 0.1 ? pick(oddCategories) : pick(['red', 'green', 'blue', 'city-1', 'مدينة']));
    let text = 'n1,c1,n2,c2\n';
    for (let r = 0; r < rows; r++) {
      const u = random();
      let fields = [number(), category(), number(), category()];
      if (u < 0.02)
        fields = fields.slice(0, 3); // too few fields
      else if (u < 0.04) fields.push('extra'); // too many
      const end = u < 0.9 ? '\n' : u < 0.96 ? '\r\n' : u < 0.98 ? '\r' : '\n\n'; // LF, CRLF, lone CR, a blank line
      text += fields.join(',') + end;
    }
    return text;
  }

  interface Seen {
    numbers: number[][];
    categories: string[][];
    /** Records the callback saw: their line and field count. */
    records: string[];
    hashesRight: boolean;
  }

  function read(text: string, chunk: number, direct: boolean): Seen & { direct: number } {
    const numbers = [new Column(), new Column()];
    const categories: string[][] = [[], []];
    const seen: Seen = { numbers: [], categories, records: [], hashesRight: true };
    const sink = (k: number) => ({
      add(bytes: Uint8Array, start: number, end: number, hash: number): boolean {
        if (hash !== fnv1a(bytes.subarray(start, end))) seen.hashesRight = false;
        categories[k]!.push(Buffer.from(bytes.subarray(start, end)).toString('utf8'));
        return true;
      },
    });
    const sinks = [sink(0), sink(1)];
    let header = true;
    const parser = new CsvParser((r) => {
      if (header) {
        header = false;
        if (direct) parser.expectDirect({ numbers: [numbers[0], undefined, numbers[1], undefined], categories: [undefined, sinks[0], undefined, sinks[1]] });
        return;
      }
      seen.records.push(`${r.line}:${r.length}`);
      if (r.length !== 4) return;
      for (const [k, f] of [
        [0, 0],
        [1, 2],
      ] as const) {
        const v = r.number(f);
        if (v - v === 0) numbers[k]!.push(v);
        else numbers[k]!.push(-12345.678); // a marker for "not a number" (missing, text, infinity)
      }
      for (const [k, f] of [
        [0, 1],
        [1, 3],
      ] as const)
        categories[k]!.push(r.missing(f) ? '<missing>' : r.text(f));
    });
    const buffer = Buffer.from(text, 'utf8');
    for (let i = 0; i < buffer.length; i += chunk) parser.push(buffer.subarray(i, i + chunk));
    parser.finish();
    seen.numbers = numbers.map((c) => c.values());
    return { ...seen, direct: parser.directRecords };
  }

  it('gives the columns exactly what the record callback would, and the callback every record direct mode refuses', () => {
    for (const [seed, chunk] of [
      [1, 1 << 20],
      [2, 7],
      [3, 64],
      [4, 1000],
      [5, 4096],
    ] as const) {
      const text = randomCsv(seed, 3000);
      const general = read(text, chunk, false);
      const direct = read(text, chunk, true);
      expect(general.direct).toBe(0);
      // Most records are plain: direct mode took them; the rest reached the callback, in file order.
      expect(direct.direct).toBeGreaterThan(1000);
      expect(direct.direct + direct.records.length).toBe(general.records.length);
      expect(direct.numbers).toEqual(general.numbers);
      expect(direct.categories).toEqual(general.categories);
      expect(direct.hashesRight).toBe(true);
      // Every record the callback saw in direct mode, it also saw (with the same line and width) without it.
      const all = new Set(general.records);
      expect(direct.records.filter((r) => !all.has(r))).toEqual([]);
      // Records of the wrong width never go the direct way.
      expect(direct.records.filter((r) => !r.endsWith(':4'))).toEqual(general.records.filter((r) => !r.endsWith(':4')));
    }
  });

  it('writes numbers in place while a column has room and leaves the rest to the callback', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i}.25,c${i % 4}`);
    const numbers = { data: new Float64Array(40), length: 0 };
    const pushed: number[] = [];
    const counts = new Map<string, number>();
    let header = true;
    const parser = new CsvParser((r) => {
      if (header) {
        header = false;
        parser.expectDirect({
          numbers: [numbers, undefined],
          categories: [
            undefined,
            { add: (b, s, e) => (counts.set(Buffer.from(b.subarray(s, e)).toString(), (counts.get(Buffer.from(b.subarray(s, e)).toString()) ?? 0) + 1), true) },
          ],
        });
        return;
      }
      pushed.push(r.number(0));
      counts.set(r.text(1), (counts.get(r.text(1)) ?? 0) + 1);
    });
    parser.push(Buffer.from(`x,c\n${rows.join('\n')}\n`));
    parser.finish();
    expect(parser.directRecords).toBe(40);
    expect([...numbers.data]).toEqual(Array.from({ length: 40 }, (_, i) => i + 0.25));
    expect(pushed).toEqual(Array.from({ length: 60 }, (_, i) => i + 40.25));
    expect([...counts.values()]).toEqual([25, 25, 25, 25]);
  });

  it('refuses to start when a field has nowhere to go', () => {
    let records = 0;
    const parser = new CsvParser(() => void records++);
    parser.expectDirect({ numbers: [{ data: new Float64Array(8), length: 0 }, undefined], categories: [undefined, undefined] });
    parser.push(Buffer.from('h1,h2\n1,x\n2,y\n'));
    parser.finish();
    expect(parser.directRecords).toBe(0);
    expect(records).toBe(3);
  });
});
