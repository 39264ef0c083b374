/**
 * jiwer 4's documented transforms (jiwer/transforms.py, jiwer/transformations.py) as a chain of named steps
 * applied to a reference or a hypothesis before WER or CER: `remove-punctuation` (RemovePunctuation: every
 * code point of a Unicode P* category), `lowercase` (ToLowerCase), `strip` (Strip), `remove-multiple-spaces`
 * (RemoveMultipleSpaces), `substitute-words` (SubstituteWords, whole words by Python's Unicode `\b`) and
 * `default`, the metric's own default chain (wer_default: remove-multiple-spaces, strip; cer_default: strip).
 * The chain always ends with jiwer's reduction: words split on " " (empty ones dropped) for WER, code points
 * for CER. What Python does differently from JavaScript (whitespace, word characters) is done Python's way.
 */
import { DhowError } from '../../errors.js';
import { codePoints, PY_WHITESPACE_RUN_OF_TWO, pyStrip } from './whitespace.js';

export const JIWER_TRANSFORMS = ['default', 'remove-punctuation', 'lowercase', 'strip', 'remove-multiple-spaces', 'substitute-words'] as const;
export type JiwerTransformName = (typeof JIWER_TRANSFORMS)[number];

/** Which reduction ends the chain, and so which default `default` stands for. */
export type ErrorRateUnit = 'words' | 'characters';

/** Ordered word substitutions (jiwer applies them one after the other, in the mapping's order). */
export type WordSubstitutions = ReadonlyArray<readonly [string, string]>;

export interface TransformChain {
  steps: readonly JiwerTransformName[];
  /** Required when steps include `substitute-words`. */
  substitutions?: WordSubstitutions;
}

const PUNCTUATION = /\p{P}/gu;
// Python's `\w` in a str pattern: str.isalnum() (letters L*, numbers N*) or underscore; marks are not word characters.
const WORD = '[\\p{L}\\p{N}_]';

function wordPattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  // Python's \b: a word character on exactly one side (start and end of string count as non-word).
  const boundary = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
  return new RegExp(`${boundary}${escaped}${boundary}`, 'gu');
}

/** Checks substitutions the way a user can act on: `name` says where they came from (a file, a flag). */
export function checkSubstitutions(pairs: WordSubstitutions, name: string): void {
  for (const [from, to] of pairs) {
    if (from === '') throw new DhowError('invalid-input', 'a word to substitute cannot be empty', { file: name });
    // jiwer passes the replacement to re.sub, which reads backslashes as group references and escapes.
    if (to.includes('\\'))
      throw new DhowError('invalid-input', `the replacement of "${from}" contains a backslash, which jiwer reads as an escape`, { file: name });
  }
}

/** Compiles a chain into one function from a sentence to the symbols the error rate counts. */
export function compileTransform(chain: TransformChain, unit: ErrorRateUnit): (s: string) => string[] {
  const patterns = (chain.substitutions ?? []).map(([from, to]) => [wordPattern(from), to] as const);
  const step = (name: JiwerTransformName): ((s: string) => string) => {
    switch (name) {
      case 'default':
        return unit === 'words' ? (s) => pyStrip(s.replace(PY_WHITESPACE_RUN_OF_TWO, ' ')) : pyStrip;
      case 'remove-punctuation':
        return (s) => s.replace(PUNCTUATION, '');
      case 'lowercase':
        return (s) => s.toLowerCase();
      case 'strip':
        return pyStrip;
      case 'remove-multiple-spaces':
        return (s) => s.replace(PY_WHITESPACE_RUN_OF_TWO, ' ');
      case 'substitute-words':
        return (s) => patterns.reduce((text, [re, to]) => text.replace(re, () => to), s);
    }
  };
  const steps = chain.steps.map(step);
  const reduce = unit === 'words' ? (s: string) => s.split(' ').filter((w) => w.length >= 1) : (s: string) => codePoints(s).map((c) => String.fromCodePoint(c));
  return (s) => reduce(steps.reduce((text, f) => f(text), s));
}

/** Parses a comma-separated list of transform names; `flag` names the option in the message. */
export function parseTransformList(list: string, flag: string): JiwerTransformName[] {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0) throw new DhowError('usage', `${flag} needs at least one of ${JIWER_TRANSFORMS.join(', ')}`);
  for (const n of names) {
    if (!(JIWER_TRANSFORMS as readonly string[]).includes(n)) throw new DhowError('usage', `${flag} must list ${JIWER_TRANSFORMS.join(', ')}; got "${n}"`);
  }
  return names as JiwerTransformName[];
}

/**
 * Reads substitutions from JSON text: a list of [word, replacement] pairs, or an object of words to their
 * replacements. jiwer applies them in order; a JavaScript object puts integer-like keys first, so an object
 * with such a key among others is refused (the list form keeps any order).
 */
export function parseSubstitutions(text: string, name: string): WordSubstitutions {
  const shape = 'must be a JSON list of [word, replacement] pairs or an object of words to their replacements';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DhowError('invalid-input', shape, { file: name });
  }
  const pairs: Array<[string, string]> = [];
  if (Array.isArray(value)) {
    value.forEach((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        throw new DhowError('invalid-input', 'must be a [word, replacement] pair of strings', { file: name, field: `[${i}]` });
      }
      pairs.push([pair[0], pair[1]]);
    });
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length > 1 && entries.some(([k]) => /^(0|[1-9][0-9]*)$/.test(k))) {
      throw new DhowError('invalid-input', 'an object with number-like words loses its order in JavaScript: give a list of [word, replacement] pairs', {
        file: name,
      });
    }
    for (const [from, to] of entries) {
      if (typeof to !== 'string') throw new DhowError('invalid-input', 'must be a string', { file: name, field: from });
      pairs.push([from, to]);
    }
  } else {
    throw new DhowError('invalid-input', shape, { file: name });
  }
  checkSubstitutions(pairs, name);
  return pairs;
}
