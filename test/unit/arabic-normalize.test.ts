import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { ARABIC_NORMALIZATION_STEPS, normalizeArabic, parseNormalizationSteps } from '../../src/metrics/arabic/normalize.js';

describe('Arabic normalization with CAMeL Tools mappings', () => {
  // camel_tools.utils.normalize.normalize_alef_ar: [\u0625\u0623\u0671\u0622] -> \u0627
  it.each([
    ['\u0625', 'إ alef with hamza below'],
    ['\u0623', 'أ alef with hamza above'],
    ['\u0671', 'ٱ alef wasla'],
    ['\u0622', 'آ alef with madda above'],
  ])('alef: %s (%s) becomes a bare alef', (ch) => {
    expect(normalizeArabic(ch, ['alef'])).toBe('\u0627');
  });

  it('alef-maksura: ى (U+0649) becomes ي (U+064A), as normalize_alef_maksura_ar', () => {
    expect(normalizeArabic('على', ['alef-maksura'])).toBe('علي');
  });

  it('teh-marbuta: ة (U+0629) becomes ه (U+0647), as normalize_teh_marbuta_ar', () => {
    expect(normalizeArabic('مدرسة', ['teh-marbuta'])).toBe('مدرسه');
  });

  it("diacritics: removes exactly CAMeL's AR_DIAC_CHARSET, U+064B-U+0652 and U+0670", () => {
    for (let cp = 0x064b; cp <= 0x0652; cp++) expect(normalizeArabic(`ب${String.fromCodePoint(cp)}`, ['diacritics'])).toBe('ب');
    expect(normalizeArabic('هٰذا', ['diacritics'])).toBe('هذا');
    // Neighbours stay: U+0653 (madda above), U+0654 (hamza above) and tatweel are not in the set.
    expect(normalizeArabic('\u0627\u0653\u0654\u0640', ['diacritics'])).toBe('\u0627\u0653\u0654\u0640');
  });

  it('tatweel: removes U+0640', () => {
    expect(normalizeArabic('كـــتاب', ['tatweel'])).toBe('كتاب');
  });

  it('nfkc: presentation forms become letters, and the rial and basmala ligatures are spelled as CAMeL Tools does', () => {
    // U+FEFB (lam-alef isolated) -> lam + alef; U+FE8D (alef isolated) -> alef.
    expect(normalizeArabic('\uFEFB\uFE8D', ['nfkc'])).toBe('\u0644\u0627\u0627');
    // Plain NFKC gives U+06CC (Farsi yeh) for U+FDFC; CAMeL's normalize_unicode maps it to "ريال" first.
    expect('\uFDFC'.normalize('NFKC')).toBe('\u0631\u06CC\u0627\u0644');
    expect(normalizeArabic('\uFDFC', ['nfkc'])).toBe('ريال');
    expect(normalizeArabic('\uFDFD', ['nfkc'])).toBe('بسم الله الرحمن الرحيم');
  });

  it('runs every step by default, in the canonical order', () => {
    // "إِلَى الْمَدْرَسَةِ" (to the school, fully vocalized): diacritics go, إ -> ا, ى -> ي, ة -> ه.
    expect(normalizeArabic('إِلَى الْمَدْرَسَةِ')).toBe('الي المدرسه');
    // NFKC runs before alef: the ligature U+FEF7 (lam with alef-hamza-above) -> lam + U+0623 -> lam + alef.
    expect(normalizeArabic('\uFEF7')).toBe('\u0644\u0627');
    expect(normalizeArabic('\uFEF7', ['alef', 'nfkc'])).toBe('\u0644\u0627');
  });

  it('leaves everything else alone', () => {
    expect(normalizeArabic('Hello 123 ٣', ['diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel'])).toBe('Hello 123 ٣');
  });

  it('parses --steps and refuses unknown or repeated steps', () => {
    expect(parseNormalizationSteps('alef, tatweel')).toEqual(['alef', 'tatweel']);
    expect(() => parseNormalizationSteps('alef,hamza')).toThrow(DhowError);
    // The core names the field semantically; the CLI passes its flag (test/unit/metrics-cli.test.ts).
    expect(() => parseNormalizationSteps('alef,hamza')).toThrow(/^field "steps": unknown normalization step "hamza"/);
    expect(() => parseNormalizationSteps('alef,alef')).toThrow(/twice/);
    expect(() => parseNormalizationSteps('')).toThrow(DhowError);
    expect(ARABIC_NORMALIZATION_STEPS).toEqual(['nfkc', 'diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel']);
  });
});
