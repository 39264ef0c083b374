/**
 * Arabic orthographic normalization, step by step, with CAMeL Tools' mappings
 * (camel_tools.utils.normalize and camel_tools.utils.dediac, Arabic-script variants):
 *
 *   nfkc          CAMeL's normalize_unicode: U+FDFC -> "ريال", U+FDFD -> the basmala, then NFKC
 *   persian       (optional, not a default) Persian and Urdu look-alikes to the Arabic letters: U+06A9 KEHEH
 *                 -> U+0643 KAF, U+06CC FARSI YEH -> U+064A YEH, U+066E DOTLESS BEH -> U+0628 BEH. After
 *                 nfkc, so the forms NFKC folds to keheh and Farsi yeh (U+FB8E-U+FB91, U+FBFC-U+FBFF) fold on
 *   diacritics    dediac_ar: remove U+064B-U+0652 (tanween, harakat, shadda, sukun) and U+0670 (dagger alef)
 *   alef          normalize_alef_ar: U+0625 U+0623 U+0671 U+0622 -> U+0627
 *   alef-maksura  normalize_alef_maksura_ar: U+0649 -> U+064A
 *   teh-marbuta   normalize_teh_marbuta_ar: U+0629 -> U+0647
 *   tatweel       remove U+0640 (CAMeL keeps it in its letter set, so it is a step of its own here)
 *
 * Steps always run in the order above, whatever order they are asked for in: NFKC first turns presentation
 * forms (lam-alef ligatures, isolated/final forms) into the letters the later steps map.
 */
import { DhowError } from '../../errors.js';

/** The default steps (what `--normalize arabic` applies), in canonical order. */
export const ARABIC_NORMALIZATION_STEPS = ['nfkc', 'diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel'] as const;
/** Every step, the optional ones included, in the order they run. */
export const ALL_NORMALIZATION_STEPS = ['nfkc', 'persian', 'diacritics', 'alef', 'alef-maksura', 'teh-marbuta', 'tatweel'] as const;
export type ArabicNormalizationStep = (typeof ALL_NORMALIZATION_STEPS)[number];

const DIACRITICS = /[\u064B-\u0652\u0670]/g;
const ALEF_VARIANTS = /[\u0625\u0623\u0671\u0622]/g;
// NFKC would turn these two ligatures into Persian-yeh spellings; CAMeL Tools spells them out first.
const LIGATURE_FIXES = /[\uFDFC\uFDFD]/g;
const LIGATURE_SPELLINGS: Record<string, string> = {
  '\uFDFC': '\u0631\u064A\u0627\u0644',
  '\uFDFD': '\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0631\u062D\u064A\u0645',
};

const PERSIAN_LOOKALIKES = /[\u06A9\u06CC\u066E]/g;
const PERSIAN_TO_ARABIC: Record<string, string> = { '\u06A9': '\u0643', '\u06CC': '\u064A', '\u066E': '\u0628' };

const APPLY: Record<ArabicNormalizationStep, (s: string) => string> = {
  nfkc: (s) => s.replace(LIGATURE_FIXES, (c) => LIGATURE_SPELLINGS[c] ?? c).normalize('NFKC'),
  persian: (s) => s.replace(PERSIAN_LOOKALIKES, (c) => PERSIAN_TO_ARABIC[c] ?? c),
  diacritics: (s) => s.replace(DIACRITICS, ''),
  alef: (s) => s.replace(ALEF_VARIANTS, '\u0627'),
  'alef-maksura': (s) => s.replaceAll('\u0649', '\u064A'),
  'teh-marbuta': (s) => s.replaceAll('\u0629', '\u0647'),
  tatweel: (s) => s.replaceAll('\u0640', ''),
};

/** Normalizes `text` with the given steps (default: all of them), always in the canonical order. */
export function normalizeArabic(text: string, steps: readonly ArabicNormalizationStep[] = ARABIC_NORMALIZATION_STEPS): string {
  let out = text;
  for (const step of ALL_NORMALIZATION_STEPS) {
    if (steps.includes(step)) out = APPLY[step](out);
  }
  return out;
}

/** Parses a comma-separated list of steps ("nfkc,alef"), refusing unknown or repeated names. */
export function parseNormalizationSteps(list: string, field = 'steps'): ArabicNormalizationStep[] {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0) throw new DhowError('usage', `no normalization step given; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
  const seen = new Set<string>();
  for (const name of names) {
    if (!(ALL_NORMALIZATION_STEPS as readonly string[]).includes(name)) {
      throw new DhowError('usage', `unknown normalization step "${name}"; choose from ${ALL_NORMALIZATION_STEPS.join(', ')}`, { field });
    }
    if (seen.has(name)) throw new DhowError('usage', `normalization step "${name}" is given twice`, { field });
    seen.add(name);
  }
  return names as ArabicNormalizationStep[];
}
