/**
 * The fast text metrics against plain implementations of their definitions, on randomized corpora: mixed Arabic,
 * Latin, digits and punctuation, emoji and other astral characters, lone surrogates, Python's whitespace variants,
 * empty segments, one to three references, and the options of each metric. The plain versions follow sacreBLEU's
 * and jiwer's Python: regular expressions for the 13a rules, string-keyed n-gram counts, a quadratic Levenshtein.
 * The counts must be identical, not close: every speed-up of the fast paths (token ids by offset, the 13a rules in
 * one pass, n-grams down a trie, per-order classes, packed n-grams, string n-grams) is checked here.
 */
import { describe, expect, it } from 'vitest';
import { CorpusBleu, type BleuOptions } from '../../src/metrics/text/bleu.js';
import { chrfScore, CorpusChrf, type ChrfOptions, CHRF_DEFAULTS } from '../../src/metrics/text/chrf.js';
import { CharacterErrorRate, WordErrorRate } from '../../src/metrics/text/error-rate.js';

// Python's whitespace (str.split, str.strip, `\s` in re on a str).
const WS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const split = (s: string) => s.split(new RegExp(`[${WS}]+`)).filter((w) => w !== '');
const strip = (s: string) => s.replace(new RegExp(`^[${WS}]+|[${WS}]+$`, 'g'), '');
const rstrip = (s: string) => s.replace(new RegExp(`[${WS}]+$`), '');
const chars = (s: string) => Array.from(s);

/** sacreBLEU's Tokenizer13a: its replacements, then TokenizerRegexp's four re.sub over ' line ', then split(). */
function tokenize13a(segment: string): string[] {
  let line = segment.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&')) line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  line = ` ${line} `;
  line = line.replace(/([{-~[-` -&(-+:-@/])/gu, ' $1 ');
  line = line.replace(/([^0-9])([.,])/gu, '$1 $2 ');
  line = line.replace(/([.,])([^0-9])/gu, ' $1 $2');
  line = line.replace(/([0-9])(-)/gu, '$1 $2 ');
  return split(line);
}

function ngramCounts(symbols: readonly string[], n: number, join: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= symbols.length; i++) {
    const key = symbols.slice(i, i + n).join(join);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** sacreBLEU's BLEU statistics, summed over the corpus. */
function plainBleu(corpus: Segment[], o: { tokenize: '13a' | 'none'; lowercase: boolean; maxOrder: number }) {
  const stats = { sysLen: 0, refLen: 0, correct: new Array<number>(o.maxOrder).fill(0), total: new Array<number>(o.maxOrder).fill(0) };
  const tokens = (s: string) => {
    const text = rstrip(o.lowercase ? s.toLowerCase() : s);
    return o.tokenize === '13a' ? tokenize13a(text) : split(text);
  };
  for (const { hyp, refs } of corpus) {
    const h = tokens(hyp);
    const rs = refs.map(tokens);
    stats.sysLen += h.length;
    // The closest reference length, the shorter on a tie.
    stats.refLen += [...rs].sort((a, b) => Math.abs(a.length - h.length) - Math.abs(b.length - h.length) || a.length - b.length)[0]!.length;
    for (let n = 1; n <= o.maxOrder; n++) {
      const best = new Map<string, number>();
      for (const r of rs) for (const [k, v] of ngramCounts(r, n, ' ')) best.set(k, Math.max(v, best.get(k) ?? 0));
      for (const [k, v] of ngramCounts(h, n, ' ')) {
        stats.total[n - 1]! += v;
        stats.correct[n - 1]! += Math.min(v, best.get(k) ?? 0);
      }
    }
  }
  return stats;
}

const PUNCTUATION = new Set(chars('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'));

/** sacreBLEU's CHRF._remove_punctuation. */
function chrfWords(sentence: string): string[] {
  const out: string[] = [];
  for (const w of split(sentence)) {
    const cps = chars(w);
    if (cps.length === 1) out.push(w);
    else if (PUNCTUATION.has(cps[cps.length - 1]!)) out.push(cps.slice(0, -1).join(''), cps[cps.length - 1]!);
    else if (PUNCTUATION.has(cps[0]!)) out.push(cps[0]!, cps.slice(1).join(''));
    else out.push(w);
  }
  return out;
}

/** sacreBLEU's chrF statistics (of the best reference per segment), summed over the corpus. */
function plainChrf(corpus: Segment[], o: ChrfOptions): number[] {
  const sum = new Array<number>(3 * (o.charOrder + o.wordOrder)).fill(0);
  const ngrams = (s: string) => {
    const line = o.lowercase ? s.toLowerCase() : s;
    const cs = chars(o.whitespace ? line : split(line).join(''));
    const out: Map<string, number>[] = [];
    for (let n = 1; n <= o.charOrder; n++) out.push(ngramCounts(cs, n, ''));
    const words = chrfWords(line);
    for (let n = 1; n <= o.wordOrder; n++) out.push(ngramCounts(words, n, ' '));
    return out;
  };
  for (const { hyp, refs } of corpus) {
    const h = ngrams(hyp);
    let best: number[] = [];
    let bestF = -1;
    for (const ref of refs) {
      const r = ngrams(ref);
      const stats: number[] = [];
      h.forEach((counts, i) => {
        let hypCount = 0;
        let match = 0;
        for (const [k, v] of counts) {
          hypCount += v;
          match += Math.min(v, r[i]!.get(k) ?? 0);
        }
        let refCount = 0;
        for (const v of r[i]!.values()) refCount += v;
        stats.push(r[i]!.size > 0 ? hypCount : 0, refCount, match);
      });
      const f = chrfScore(stats, o);
      if (f > bestF) {
        bestF = f;
        best = stats;
      }
    }
    best.forEach((v, i) => (sum[i]! += v));
  }
  return sum;
}

function distance(a: readonly string[], b: readonly string[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** jiwer 4's WER and CER counts (wer_default, cer_default) against the first reference. */
function plainErrorCounts(corpus: Segment[], unit: 'words' | 'characters') {
  let edits = 0;
  let referenceLength = 0;
  const symbols = (s: string) =>
    unit === 'words'
      ? strip(s.replace(new RegExp(`[${WS}][${WS}]+`, 'g'), ' '))
          .split(' ')
          .filter((w) => w !== '')
      : chars(strip(s));
  for (const { hyp, refs } of corpus) {
    const r = symbols(refs[0]!);
    edits += distance(r, symbols(hyp));
    referenceLength += r.length;
  }
  return { edits, referenceLength, segments: corpus.length };
}

interface Segment {
  hyp: string;
  refs: string[];
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Pieces of text and what goes between them ('' glues two pieces): the 13a rules' cases (digits beside periods,
// commas and dashes, doubled periods, entities), Arabic, astral characters, lone surrogates, Python's whitespace.
const PIECES = [
  ...['مرحبا', 'كيف', 'الحال', 'إلى', 'ـ', 'the', 'The', 'MODEL', 'a', 'ab', 'é', 'é', 'İ', 'ß', '中文', 'ǅ'],
  ...['2026', '3.5', '1,000', '10-20', 'x-y', '.', ',', '..', '-', "'", '"', '5.', '.5', ',x', '9.,', '4.-', '$3.5.', 'e.g.', '(ok)', '/', '{a}'],
  ...['&amp;', '&quot;', '&lt;', '<skipped>', '-\n', '😀', '𝔘𝔫', '🏳️‍🌈', '\ud800', '\udc00'],
];
const GAPS = [' ', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\x1c', '\u0085', '\ufeff', '\u200b', ''];

function corpus(seed: number, segments: number, references: number): Segment[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const sentence = () => {
    const words = r() < 0.1 ? 0 : Math.floor(r() * (r() < 0.05 ? 60 : 14));
    let s = r() < 0.2 ? pick(GAPS) : '';
    for (let i = 0; i < words; i++) s += pick(PIECES) + pick(GAPS);
    return s;
  };
  return Array.from({ length: segments }, () => {
    const refs = Array.from({ length: references }, sentence);
    // Half the hypotheses are a reference with two words changed, so that long n-grams match too.
    const words = refs[0]!.split(' ');
    if (r() < 0.5 && refs[0] !== '') for (let k = 0; k < 2; k++) words[Math.floor(r() * words.length)] = pick(PIECES);
    return { hyp: r() < 0.5 ? words.join(pick([' ', '  ', '\t'])) : sentence(), refs };
  });
}

const CORPORA = [1, 2, 3].flatMap((references) => [1, 2].map((seed) => ({ references, seed, segments: corpus(100 * references + seed, 60, references) })));

// Segments past the fast paths' tables: 700 distinct characters or tokens go order by order, 1,100 as packed or
// string n-grams.
const distinct = (count: number, sep: string) => Array.from({ length: count }, (_, i) => String.fromCodePoint(0x4e00 + i)).join(sep);
const LARGE: Segment[] = [700, 1100].flatMap((count) => [
  { hyp: distinct(count, '').slice(0, count / 2), refs: [distinct(count, '')] },
  { hyp: distinct(count / 2, ' '), refs: [distinct(count, ' ')] },
  { hyp: distinct(count, ' '), refs: [distinct(count, ' ').slice(4), distinct(count, '')] },
]);

describe('text metrics against plain implementations of their definitions, on randomized corpora', () => {
  it.each(CORPORA)('BLEU statistics (13a and none, cased and lowercased, orders 1-6): $references reference(s), seed $seed', ({ segments }) => {
    for (const tokenize of ['13a', 'none'] as const) {
      for (const lowercase of [false, true]) {
        for (const maxOrder of [1, 2, 4, 6]) {
          const options: Partial<BleuOptions> = { tokenize, lowercase, maxOrder };
          const acc = new CorpusBleu(options);
          for (const s of segments) acc.add(s.hyp, s.refs);
          expect(acc.statistics(), JSON.stringify(options)).toEqual(plainBleu(segments, { tokenize, lowercase, maxOrder }));
        }
      }
    }
  });

  it.each(CORPORA)('chrF statistics (orders, chrF++, whitespace, lowercase): $references reference(s), seed $seed', ({ segments }) => {
    for (const charOrder of [1, 6]) {
      for (const wordOrder of [0, 2]) {
        for (const whitespace of [false, true]) {
          for (const lowercase of [false, true]) {
            const options: ChrfOptions = { ...CHRF_DEFAULTS, charOrder, wordOrder, whitespace, lowercase };
            const acc = new CorpusChrf(options);
            for (const s of segments) acc.add(s.hyp, s.refs);
            expect(acc.statistics(), JSON.stringify(options)).toEqual(plainChrf(segments, options));
          }
        }
      }
    }
  });

  it.each(CORPORA)('WER and CER counts: $references reference(s), seed $seed', ({ segments }) => {
    const wer = new WordErrorRate();
    const cer = new CharacterErrorRate();
    for (const s of segments) {
      wer.add(s.hyp, s.refs[0]!);
      cer.add(s.hyp, s.refs[0]!);
    }
    expect(wer.counts()).toEqual(plainErrorCounts(segments, 'words'));
    expect(cer.counts()).toEqual(plainErrorCounts(segments, 'characters'));
  });

  it('counts segments too large for the trie and for the per-order classes the same way', () => {
    for (const wordOrder of [0, 2]) {
      const options: ChrfOptions = { ...CHRF_DEFAULTS, wordOrder };
      const chrf = new CorpusChrf(options);
      for (const s of LARGE) chrf.add(s.hyp, s.refs);
      expect(chrf.statistics()).toEqual(plainChrf(LARGE, options));
    }
    const bleu = new CorpusBleu();
    for (const s of LARGE) bleu.add(s.hyp, s.refs);
    expect(bleu.statistics()).toEqual(plainBleu(LARGE, { tokenize: '13a', lowercase: false, maxOrder: 4 }));
  });
});
