import { describe, expect, it } from 'vitest';
import { ARABIC_WARNINGS, checkArabicText, hasMixedNumber } from '../../src/metrics/arabic/checks.js';
import { normalizeArabic, parseNormalizationSteps } from '../../src/metrics/arabic/normalize.js';

// Lines as they arrive from keyboards, web pages, PDF extraction and model outputs. The checks each line
// fires are worked out by hand in its comment. None is mojibake: in Windows-1256 every Arabic letter used
// here is a byte that UTF-8 reads as a lead byte (C1-FE) or, for keheh (98), a continuation byte with no lead
// before it, so no line re-encodes to valid UTF-8; none holds a character of U+00D8-U+00DB; and Windows-1252
// has no Arabic letters at all.
const FIXTURE = [
  'مرحبا بكم في الدوحة', // 1: clean
  '\u061Cالسعر ٢٥٠ ريال', // 2: ARABIC LETTER MARK pasted from a phone: bidi_controls
  'می\u200Cخواهم', // 3: Persian "I want" with its ZWNJ: zero_width_non_joiner (warning) and persian_letters (U+06CC in "می")
  'كتاب\u200D', // 4: a trailing ZWJ: zero_width_joiner
  'مرحبا\uFEFFبكم', // 5: two files glued together, the second one's BOM inside the line: bom_in_text
  'الاستق\u00ADلال', // 6: a web page's soft hyphen: soft_hyphen
  'كـــتاب', // 7: kashida in a model output (a text file: every line is checked): tatweel
  '\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1 عليكم', // 8: "السلام" from a PDF as presentation forms (5): presentation_forms (warning)
  'عل\uFBFD', // 9: "على" from a PDF with U+FBFD FARSI YEH FINAL FORM: presentation_forms and nfkc_urdu_forms (warnings)
  'نسبة النجاح ٩٥٪ و ٣٫٥ مليون', // 10: Arabic percent and decimal signs with Arabic-Indic digits: arabic_number_signs (warning)
  'بلغ النمو 3٫5 بالمئة', // 11: Western digits joined by U+066B: mixed_number_digits and arabic_number_signs
  'رقم الهاتف ٠٥5١٢٣', // 12: one number of Arabic-Indic digits with a Western 5: mixed_number_digits and mixed_digits
  'عام 2024 و ٢٠٢٥', // 13: two numbers, each of one system: mixed_digits only (the line mixes, no number does)
  'کیف حالک', // 14: keheh (twice) and Farsi yeh for kaf and yeh: persian_letters
];

describe('the Arabic checks an expert expects', () => {
  it('counts every check on the fixture, by hand', async () => {
    const report = await checkArabicText(`${FIXTURE.join('\n')}\n`, 'outputs.txt', { exampleLimit: 10 });
    const fired = Object.fromEntries(
      Object.entries(report.checks)
        .filter(([, f]) => f.count > 0)
        .map(([name, f]) => [name, f.lines]),
    );
    expect(fired).toEqual({
      bidi_controls: [2],
      zero_width_non_joiner: [3],
      persian_letters: [3, 14],
      zero_width_joiner: [4],
      bom_in_text: [5],
      soft_hyphen: [6],
      tatweel: [7],
      presentation_forms: [8, 9],
      nfkc_urdu_forms: [9],
      arabic_number_signs: [10, 11],
      mixed_number_digits: [11, 12],
      mixed_digits: [12, 13],
    });
    expect(report.ok).toBe(false);
  });

  it('measures the share of presentation forms among Arabic letters, by hand', async () => {
    // Line 8: ﺍ ﻟ ﺴ ﻼ ﻡ are 5 presentation-form letters; "عليكم" adds 5 plain letters: 5 / 10.
    const report = await checkArabicText(`${FIXTURE[7]}\n`, 'pdf.txt');
    expect(report.presentation_form_letters).toBe(5);
    expect(report.arabic_letters).toBe(10);
    expect(report.presentation_form_share).toBe(0.5);
    // No Arabic letter at all: no share.
    expect((await checkArabicText('hello\n', 'en.txt')).presentation_form_share).toBeNull();
  });

  it('lets warnings through: ZWNJ, presentation forms and Arabic number signs alone leave the report ok', async () => {
    expect([...ARABIC_WARNINGS].sort()).toEqual(['arabic_number_signs', 'nfkc_urdu_forms', 'presentation_forms', 'zero_width_non_joiner']);
    const report = await checkArabicText(['ب\u200Cت', FIXTURE[7], FIXTURE[9]].join('\n'), 'warn.txt');
    expect(report.checks.zero_width_non_joiner).toEqual({ count: 1, lines: [1], severity: 'warning' });
    expect(report.checks.presentation_forms.count).toBe(1);
    expect(report.checks.arabic_number_signs.count).toBe(1);
    expect(report.ok).toBe(true);
    expect(report.checks.tatweel.severity).toBe('error');
  });

  it('looks for tatweel only in the hypothesis of a JSONL line that has one, elsewhere in every string', async () => {
    const jsonl = [
      JSON.stringify({ hypothesis: 'كتاب', reference: 'كـتاب' }), // 1: the reference may stretch: nothing
      JSON.stringify({ hypothesis: 'كـتاب', reference: 'كتاب' }), // 2: the model did: tatweel
      JSON.stringify({ text: 'كـتاب' }), // 3: no hypothesis key, every string: tatweel
    ].join('\n');
    const report = await checkArabicText(jsonl, 'eval.jsonl', { format: 'jsonl' });
    expect(report.checks.tatweel).toEqual({ count: 2, lines: [2, 3], severity: 'error' });
  });

  it.each([
    ['٣٫١٤', false], // one system, Arabic decimal sign
    ['3.14', false],
    ['١٬٠٠٠٬٠٠٠', false], // Arabic thousands signs between Arabic-Indic digits
    ['1,000', false],
    ['3٫14', true], // Western digits, Arabic decimal sign
    ['1٬000', true], // Western digits, Arabic thousands sign
    ['١2٣', true], // two systems in one number
    ['۱٢', true], // Eastern and Arabic-Indic
    ['2024 ٢٠٢٥', false], // two numbers
    ['3. ٤', false], // a full stop then a space ends the number
  ])('mixed number in %j: %s', (text, expected) => {
    expect(hasMixedNumber(text)).toBe(expected);
  });
});

describe('the optional persian normalization step', () => {
  it('folds keheh, Farsi yeh and dotless beh to kaf, yeh and beh, only when asked for', () => {
    expect(normalizeArabic('کیف حالک', ['persian'])).toBe('كيف حالك');
    expect(normalizeArabic('\u066E', ['persian'])).toBe('\u0628');
    // Not a default step: the default pipeline keeps Farsi yeh (its alef-maksura step maps U+0649 only).
    expect(normalizeArabic('علی')).toBe('علی');
  });

  it('runs after nfkc, so a Farsi yeh presentation form ends as yeh', () => {
    // U+FBFD (Farsi yeh final form) -NFKC-> U+06CC -persian-> U+064A.
    expect(normalizeArabic('عل\uFBFD', ['persian', 'nfkc'])).toBe('علي');
    expect(normalizeArabic('عل\uFBFD', ['nfkc'])).toBe('عل\u06CC');
    expect(parseNormalizationSteps('nfkc,persian')).toEqual(['nfkc', 'persian']);
  });
});
