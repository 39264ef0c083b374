import { describe, expect, it } from 'vitest';
import { checkArabicText, hasMixedDigits, looksLikeMojibake } from '../../src/metrics/arabic/checks.js';

/** What a tool shows when UTF-8 bytes are decoded in a single-byte encoding. */
function misdecode(text: string, encoding: 'latin1' | 'windows-1252' | 'windows-1256'): string {
  const bytes = Buffer.from(text, 'utf8');
  if (encoding === 'latin1') return bytes.toString('latin1');
  return new TextDecoder(encoding).decode(bytes);
}

describe('mojibake detection', () => {
  it('recognizes UTF-8 Arabic read as Latin-1: "السلام" shows as "Ø§Ù\\u0084Ø³Ù\\u0084Ø§Ù\\u0085"', () => {
    const garbled = misdecode('السلام عليكم', 'latin1');
    expect(garbled.startsWith('Ø§Ù')).toBe(true); // ا = D8 A7 -> "Ø§"
    expect(looksLikeMojibake(garbled)).toBe(true);
  });

  it('recognizes UTF-8 Arabic read as Windows-1252 ("Ù„" for ل) and as Windows-1256 ("ط§ظ„" for ال)', () => {
    const cp1252 = misdecode('مرحبا بالعالم', 'windows-1252');
    expect(cp1252).toContain('Ø');
    expect(looksLikeMojibake(cp1252)).toBe(true);
    const cp1256 = misdecode('ال', 'windows-1256');
    expect(cp1256).toBe('ط§ظ„');
    expect(looksLikeMojibake(misdecode('مرحبا بالعالم', 'windows-1256'))).toBe(true);
  });

  it('recognizes Latin text double-encoded ("cafÃ©") and leaves clean text alone', () => {
    expect(looksLikeMojibake(misdecode('café', 'latin1'))).toBe(true);
    for (const clean of ['السلام عليكم ورحمة الله', 'café crème', 'Ørsted in København', 'plain ascii', 'قال: «مرحبا»، ٣٤٥ ريال']) {
      expect(looksLikeMojibake(clean)).toBe(false);
    }
  });
});

describe('Arabic data checks', () => {
  it('counts each check with example line numbers, and the share of Arabic letters', async () => {
    const lines = [
      'مرحبا بكم', // 1 clean
      '', // 2 empty
      'نص \u200Fمع علامة اتجاه', // 3 bidi control U+200F
      'الرقم 12 و ٣٤', // 4 mixed Western and Arabic-Indic digits
      misdecode('مرحبا', 'latin1'), // 5 mojibake
      '   ', // 6 whitespace only
      'hello', // 7 Latin only
    ];
    const report = await checkArabicText(`${lines.join('\n')}\n`, 'eval.txt');
    expect(report.lines).toBe(7);
    expect(report.checks.empty_lines).toEqual({ count: 2, lines: [2, 6], severity: 'error' });
    expect(report.checks.bidi_controls).toEqual({ count: 1, lines: [3], severity: 'error' });
    expect(report.checks.mixed_digits).toEqual({ count: 1, lines: [4], severity: 'error' });
    expect(report.checks.mojibake).toEqual({ count: 1, lines: [5], severity: 'error' });
    expect(report.checks.invalid_utf8).toEqual({ count: 0, lines: [], severity: 'error' });
    expect(report.ok).toBe(false);
    // Arabic letters: "مرحبا بكم" 5 + 3, "نص مع علامة اتجاه" 2 + 2 + 5 + 5, "الرقم و" 5 + 1 -> 28.
    // Other letters: "مرحبا" read as Latin-1 is "Ù\u0085Ø±Ø\u00adØ¨Ø§", whose letters are Ù Ø Ø Ø Ø (5; ± ¨ §,
    // the soft hyphen and the C1 control are not letters), and "hello" has 5 -> 28 + 10 = 38 letters.
    expect(report.arabic_letters).toBe(28);
    expect(report.letters).toBe(38);
    expect(report.arabic_share).toBeCloseTo(28 / 38, 15);
  });

  it('reports invalid UTF-8 by line and goes on', async () => {
    const bytes = Buffer.concat([Buffer.from('سطر أول\n', 'utf8'), Buffer.from([0x41, 0xd8, 0x0a]), Buffer.from('سطر ثالث\n', 'utf8')]);
    const report = await checkArabicText(bytes, 'bad.txt');
    expect(report.checks.invalid_utf8).toEqual({ count: 1, lines: [2], severity: 'error' });
    expect(report.lines).toBe(3);
  });

  it('checks every string of a JSONL line and flags lines that are not JSON', async () => {
    const text = [
      JSON.stringify({ hypothesis: 'مرحبا', reference: 'مرحبا' }),
      JSON.stringify({ hypothesis: '', reference: 'نص' }),
      '{not json',
      JSON.stringify({ hypothesis: 'x', references: ['a\u202Eb', 'c'] }),
    ].join('\n');
    const report = await checkArabicText(text, 'eval.jsonl', { format: 'jsonl' });
    expect(report.checks.empty_lines).toEqual({ count: 1, lines: [2], severity: 'error' });
    expect(report.checks.invalid_json).toEqual({ count: 1, lines: [3], severity: 'error' });
    expect(report.checks.bidi_controls).toEqual({ count: 1, lines: [4], severity: 'error' });
  });

  it('keeps at most five example lines per check', async () => {
    const report = await checkArabicText(Array.from({ length: 9 }, () => '1 ١').join('\n'), 'digits.txt');
    expect(report.checks.mixed_digits).toEqual({ count: 9, lines: [1, 2, 3, 4, 5], severity: 'error' });
  });

  it('tells Eastern Arabic-Indic digits (U+06F0-U+06F9) from Arabic-Indic ones', () => {
    expect(hasMixedDigits('٣ ۳')).toBe(true);
    expect(hasMixedDigits('٣٤٥')).toBe(false);
    expect(hasMixedDigits('2026')).toBe(false);
  });

  it('gives a null share when there are no letters at all', async () => {
    const report = await checkArabicText('123\n', 'n.txt');
    expect(report.arabic_share).toBeNull();
    expect(report.ok).toBe(true);
  });
});
