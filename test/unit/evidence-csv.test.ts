import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/evidence/csv.js';

describe('evidence CSV (RFC 4180, safe to open in a spreadsheet)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+cmd', "'+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-x', "'-x"],
    ['-0.5', '-0.5'],
    ['نورة', 'نورة'],
    [null, ''],
    [0.017, '0.017'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('ends every record with CRLF, the header first', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
