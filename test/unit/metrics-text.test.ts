import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusBleu, closestReferenceLength, computeBleu, corpusBleu, tokenize13a } from '../../src/metrics/text/bleu.js';
import { chrfWords, corpusChrf, CorpusChrf } from '../../src/metrics/text/chrf.js';
import { characterErrorRate, wordErrorRate, werWords } from '../../src/metrics/text/error-rate.js';
import { levenshtein } from '../../src/metrics/text/levenshtein.js';

// sacreBLEU's README example (API section): three segments, two reference streams.
const README_REFS = [
  ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
  ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
];
const README_SYS = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];

describe('WER with jiwer 4 definitions', () => {
  // Values from jiwer's tests (tests/test_wer.py, tests/test_measures.py: "From WER and RIL to MER and WIL").
  it.each([
    ['This is a test', 'This is a test', 0],
    ['This is a test', '', 1],
    ['This is a test', 'This test', 0.5],
    ['X', 'X', 0],
    ['X', 'X X Y Y', 3],
    ['X Y X', 'X Z', 2 / 3],
    ['X', 'Y', 1],
    ['X', 'Y Z', 2],
    ['i am a short ground truth', 'i am a considerably longer and very much incorrect hypothesis', 7 / 6],
  ])('jiwer.wer(%j, %j) = %d', (reference, hypothesis, expected) => {
    expect(wordErrorRate([reference], [hypothesis])).toBeCloseTo(expected, 15);
  });

  it('is a corpus micro-average: total edits over total reference words, not a mean of segment rates', () => {
    // Segment 1: "a b c d" vs "a x c": 1 substitution + 1 deletion = 2 edits over 4 words (segment WER 0.5).
    // Segment 2: "e f" vs "e f g h": 2 insertions over 2 words (segment WER 1.0).
    // Corpus: (2 + 2) / (4 + 2) = 4/6 = 0.6667; the mean of segment rates would be 0.75.
    expect(wordErrorRate(['a b c d', 'e f'], ['a x c', 'e f g h'])).toBeCloseTo(4 / 6, 15);
  });

  it("applies jiwer's default transform: collapse runs of whitespace, strip, split on spaces only", () => {
    expect(werWords('  a \t b  c ')).toEqual(['a', 'b', 'c']);
    // A lone tab is not a run of two, so it stays inside the word (jiwer splits on " " only).
    expect(werWords('a\tb c')).toEqual(['a\tb', 'c']);
    expect(wordErrorRate(['a\tb c'], ['a b c'])).toBeCloseTo(2 / 2, 15);
  });
});

describe('empty references as jiwer 4.0 scores them (jiwer 3 refused them)', () => {
  // Values from jiwer 4.0.0's tests/test_empty_ref.py (commit "allow empty references", jitsi/jiwer#108).
  it('scores an empty reference against an empty hypothesis 0, one segment or several (test_empty_ref_empty_hyp)', () => {
    expect(wordErrorRate([''], [''])).toBe(0);
    for (let i = 1; i < 10; i++) expect(wordErrorRate(new Array<string>(i).fill(''), new Array<string>(i).fill(''))).toBe(0);
  });

  it('counts every hypothesis word as an insertion: wer("", "hello") = 1, and i words give i (test_empty_ref_more)', () => {
    expect(wordErrorRate([''], ['hello'])).toBe(1);
    expect(wordErrorRate([''], ['silence'])).toBe(1);
    for (let i = 2; i <= 10; i++) expect(wordErrorRate([''], [Array.from({ length: i }, (_, j) => String(j)).join(' ')])).toBe(i);
    // A reference of spaces is empty after wer_default (RemoveMultipleSpaces, Strip): one insertion.
    expect(wordErrorRate(['   '], ['test'])).toBe(1);
  });

  it('adds the insertions to a corpus without adding reference words (test_multiple_one_empty_ref: 1/2)', () => {
    expect(wordErrorRate(['hello world', ''], ['hello world', 'done'])).toBeCloseTo(1 / 2, 15);
    // test_one_empty_ref_and_hyp: an empty pair changes nothing.
    expect(wordErrorRate(['hello world', ''], ['hello world', ''])).toBe(wordErrorRate(['hello world'], ['hello world']));
  });

  it.each([
    ['', '', 0],
    ['', 'a', 1],
    ['', 'abd', 3],
    ['a', '', 1],
    ['abc', '', 1],
  ])('CER like test_cer_empty_ref: cer(%j, %j) = %d', (reference, hypothesis, expected) => {
    expect(characterErrorRate([reference], [hypothesis])).toBe(expected);
  });
});

describe('CER with jiwer 4 definitions', () => {
  // Values from jiwer's tests/test_cer.py; CER counts spaces.
  it.each([
    ['This is a test', 'This is a test', 0 / 14],
    ['This is a test', '', 14 / 14],
    ['This is a test', 'This test', 5 / 14],
    ['X', 'X X Y Y', 6],
    ['X Y X', 'X Z', 3 / 5],
    ['X', 'Y Z', 3],
  ])('jiwer.cer(%j, %j) = %d', (reference, hypothesis, expected) => {
    expect(characterErrorRate([reference], [hypothesis])).toBeCloseTo(expected, 15);
  });

  it("pins jiwer's corpus cases (permutation invariance and return_dict)", () => {
    expect(characterErrorRate(['i', 'am i good'], ['i am', 'i good'])).toBeCloseTo(0.6, 15);
    expect(characterErrorRate(['am i good', 'i'], ['i good', 'i am'])).toBeCloseTo(0.6, 15);
    expect(characterErrorRate(['i', 'am i good'], ['i am', 'y good'])).toBeCloseTo(0.7, 15);
  });

  it('counts code points, not UTF-16 units, and Arabic letters one each', () => {
    // "😀a" is 2 code points; hypothesis "a" deletes one: 1/2.
    expect(characterErrorRate(['😀a'], ['a'])).toBeCloseTo(1 / 2, 15);
    // "كتب" vs "كتاب": one insertion over 3 reference characters.
    expect(characterErrorRate(['كتب'], ['كتاب'])).toBeCloseTo(1 / 3, 15);
  });
});

describe('Levenshtein distance (bit-parallel)', () => {
  function naive(a: number[], b: number[]): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 0; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  }

  it('agrees with the textbook dynamic programme on random sequences up to 150 symbols (several 32-bit blocks)', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let t = 0; t < 400; t++) {
      const alphabet = 1 + rand(6);
      const a = Array.from({ length: rand(150) }, () => rand(alphabet));
      const b = Array.from({ length: rand(150) }, () => rand(alphabet));
      expect(levenshtein(a, b)).toBe(naive(a, b));
    }
  });

  it('knows the classic kitten/sitting = 3', () => {
    const cp = (s: string) => [...s].map((c) => c.codePointAt(0)!);
    expect(levenshtein(cp('kitten'), cp('sitting'))).toBe(3);
    expect(levenshtein([], cp('abc'))).toBe(3);
  });
});

describe("sacreBLEU's 13a tokenizer", () => {
  it.each([
    ['Hello, world!', 'Hello , world !'],
    ['3.5 million, in 10-20 days.', '3.5 million , in 10 - 20 days .'],
    ["It wasn't (quite) $5 &amp; 6", "It wasn't ( quite ) $ 5 & 6"],
    // Entities decode in sacreBLEU's order (&quot; &amp; &lt; &gt;), so "&amp;lt;" ends as "<".
    ['&amp;lt; decodes twice', '< decodes twice'],
    ['e.g. U.S.A.', 'e . g . U . S . A .'],
    ['قال: «مرحبا»، كيف الحال؟', 'قال : «مرحبا»، كيف الحال؟'],
  ])('tokenizes %j as %j', (input, expected) => {
    expect(tokenize13a(input).join(' ')).toBe(expected);
  });
});

describe('corpus BLEU as sacreBLEU 2.6 computes it', () => {
  it("gives sacreBLEU's README and test value 48.530827 with its precisions and brevity penalty", () => {
    const score = corpusBleu(README_SYS, README_REFS);
    // test/test_bleu.py: test_corpus_bleu default settings -> 48.530827 (EPSILON 1e-8).
    expect(Math.abs(score.score - 48.530827)).toBeLessThan(1e-6);
    // README: "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)"
    expect(score.precisions.map((p) => p.toFixed(1))).toEqual(['82.4', '50.0', '45.5', '37.5']);
    expect(score.bp.toFixed(3)).toBe('0.943');
    expect(score.sysLen).toBe(17);
    expect(score.refLen).toBe(18);
  });

  it('scores empty hypotheses 0 without dropping them (test_corpus_bleu)', () => {
    expect(corpusBleu(['', '', ''], README_REFS).score).toBe(0);
  });

  it('handles a variable number of references: README 29.44 with nrefs:var', () => {
    // README "Variable Number of References": the first segment loses its first reference.
    const acc = new CorpusBleu();
    acc.add(README_SYS[0]!, [README_REFS[1]![0]!]);
    acc.add(README_SYS[1]!, [README_REFS[0]![1]!, README_REFS[1]![1]!]);
    acc.add(README_SYS[2]!, [README_REFS[0]![2]!, README_REFS[1]![2]!]);
    const s = acc.score();
    expect(s.score.toFixed(2)).toBe('29.44');
    expect(s.precisions.map((p) => p.toFixed(1))).toEqual(['82.4', '42.9', '27.3', '12.5']);
    expect(s.refLen).toBe(19);
    expect(acc.signature()).toBe('nrefs:var|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0');
  });

  it("prints sacreBLEU's signature with the number of references", () => {
    const acc = new CorpusBleu();
    README_SYS.forEach((h, i) => acc.add(h, [README_REFS[0]![i]!, README_REFS[1]![i]!]));
    expect(acc.signature()).toBe('nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0');
  });

  it('counts n-grams like sacreBLEU (test_statistics)', () => {
    const acc = new CorpusBleu();
    acc.add('am I am a character sequence', ['I am a symbol string sequence a a']);
    const s = acc.statistics();
    expect(s.correct).toEqual([4, 2, 1, 0]);
    expect(s.total).toEqual([6, 5, 4, 3]);
  });

  it('scores sufficient statistics like compute_bleu (test_scoring: 0.8375922397)', () => {
    const s = computeBleu({ correct: [9, 7, 5, 3], total: [10, 8, 6, 4], sysLen: 11, refLen: 11 });
    expect(Math.abs(s.score / 100 - 0.8375922397)).toBeLessThan(1e-8);
  });

  it('applies exp smoothing to an order with no match (hand computed)', () => {
    // hyp "a b c d", ref "a b c e": matches 3/4, 2/3, 1/2, 0/1. Exp smoothing: the first order with no match
    // gets 100 / (2 * 1) = 50. Precisions 75, 66.67, 50, 50; product 75 * 66.667 * 50 * 50 = 12,500,000;
    // BLEU = 12,500,000 ^ (1/4) = 59.4603557..., brevity penalty 1 (4 = 4).
    const s = corpusBleu(['a b c d'], [['a b c e']]);
    expect(s.score).toBeCloseTo(12_500_000 ** 0.25, 10);
  });

  it('picks the closest reference length, the shorter one on a tie', () => {
    expect(closestReferenceLength(5, [3, 7])).toBe(3);
    expect(closestReferenceLength(5, [7, 4])).toBe(4);
    expect(closestReferenceLength(5, [9, 5, 1])).toBe(5);
  });
});

describe('chrF as sacreBLEU 2.6 computes it', () => {
  it('gives the README value chrF2 = 59.73 with signature eff:yes nc:6 nw:0', () => {
    const acc = new CorpusChrf();
    README_SYS.forEach((h, i) => acc.add(h, [README_REFS[0]![i]!, README_REFS[1]![i]!]));
    expect(acc.score().toFixed(2)).toBe('59.73');
    expect(acc.name()).toBe('chrF2');
    expect(acc.signature()).toBe('nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0');
  });

  // test/test_chrf.py: test_chrf (char_order 6, word_order 0, beta 3, eps_smoothing True), EPSILON 1e-4.
  it.each([
    [['abcdefg'], ['hijklmnop'], 0.0],
    [['a'], ['b'], 0.0],
    [[''], ['b'], 0.0],
    [[''], ['reference'], 0.0],
    [['aa'], ['ab'], 8.3333],
    [['a', 'b'], ['a', 'c'], 8.3333],
    [['a'], ['a'], 16.6667],
    [['a b c'], ['a b c'], 50.0],
    [['a b c'], ['abc'], 50.0],
    [
      [' risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .'],
      ['risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .'],
      63.36173,
    ],
    [
      [' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. '],
      ['Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.'],
      64.1302698,
    ],
    [['Niemand hat die Absicht, eine Mauer zu errichten'], ['Niemand hat die Absicht, eine Mauer zu errichten'], 100.0],
  ])('eps smoothing, beta 3: %j vs %j = %d', (hyps, refs, expected) => {
    expect(Math.abs(corpusChrf(hyps, [refs], { beta: 3, epsSmoothing: true }) - expected)).toBeLessThan(1e-4);
  });

  // test/test_chrf.py: test_chrf_eff_order (eps_smoothing False, sacreBLEU's default), beta 3.
  it.each([
    [['a'], ['a'], 100.0],
    [[''], ['reference'], 0.0],
    [['a b c'], ['a b c'], 100.0],
    [['a b c'], ['abc'], 100.0],
    [[''], ['c'], 0.0],
    [['a', 'b'], ['a', 'c'], 50.0],
    [['aa'], ['ab'], 25.0],
  ])('effective order, beta 3: %j vs %j = %d', (hyps, refs, expected) => {
    expect(Math.abs(corpusChrf(hyps, [refs], { beta: 3 }) - expected)).toBeLessThan(1e-4);
  });

  // test/test_chrf.py: test_chrf_keep_whitespace (whitespace kept in character n-grams), beta 3.
  it('keeps whitespace on request (test_chrf_keep_whitespace)', () => {
    expect(
      Math.abs(
        corpusChrf(
          ['Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.'],
          [['Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.']],
          { beta: 3, whitespace: true },
        ) - 67.3481606,
      ),
    ).toBeLessThan(1e-4);
  });

  // test/test_chrf.py: test_chrf_sentence_level (eps_smoothing True, beta 2).
  it.each([
    [
      'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
      'Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.',
      39.14078509,
    ],
    [
      'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
      'A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.',
      31.22557079,
    ],
    [
      'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
      'Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.',
      57.15704367,
    ],
  ])('sentence-level with eps smoothing: %j', (hyp, ref, expected) => {
    expect(Math.abs(corpusChrf([hyp], [[ref]], { epsSmoothing: true }) - expected)).toBeLessThan(1e-4);
  });

  it('computes effective-order chrF by hand for one segment', () => {
    // hyp "ab", ref "ac" (beta 2, orders 1..6). Order 1: hyp {a,b}, ref {a,c}: P = R = 1/2.
    // Order 2: hyp {ab}, ref {ac}: P = R = 0. Orders 3..6: no n-grams on either side, not counted.
    // Averages over the 2 effective orders: P = R = 1/4; F2 = (1+4) * P * R / (4 * P + R) = 5/16 / (5/4) = 1/4.
    expect(corpusChrf(['ab'], [['ac']])).toBeCloseTo(25, 12);
  });

  it('peels punctuation off words for chrF++ like sacreBLEU', () => {
    // The end is checked first: "(world)" loses its ")" and keeps its "("; "(x" loses its "(".
    expect(chrfWords('Hello, (world) ! a.b (x')).toEqual(['Hello', ',', '(world', ')', '!', 'a.b', '(', 'x']);
    const acc = new CorpusChrf({ wordOrder: 2 });
    README_SYS.forEach((h, i) => acc.add(h, [README_REFS[0]![i]!, README_REFS[1]![i]!]));
    expect(acc.name()).toBe('chrF2++');
    expect(acc.signature()).toBe('nrefs:2|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0');
    // sacrebleu 2.6.0, CHRF(word_order=2).corpus_score on the README example prints "chrF2++ = 59.15".
    expect(acc.score().toFixed(2)).toBe('59.15');
  });
});

describe('a 300-segment corpus scored by sacreBLEU 2.6.0 itself', () => {
  // Random segments mixing Arabic, Latin, digits, punctuation, entities, an emoji, NBSP and tabs, with one to
  // three references each; the expected values were printed by sacreBLEU 2.6.0 and rapidfuzz (see the file).
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/metrics/sacrebleu-2.6.0-random-corpus.json', import.meta.url), 'utf8')) as {
    segments: { hypothesis: string; references: string[] }[];
    bleu: { score: number; counts: number[]; totals: number[]; sys_len: number; ref_len: number; signature: string };
    chrf: { score: number; signature: string };
    chrf_pp: { score: number; signature: string };
    chrf_beta3_eps: { score: number };
    wer: number;
    cer: number;
  };

  it('matches BLEU to the last digit, with its statistics and signature', () => {
    const acc = new CorpusBleu();
    for (const s of fixture.segments) acc.add(s.hypothesis, s.references);
    const score = acc.score();
    expect(score.score).toBe(fixture.bleu.score);
    expect(score.correct).toEqual(fixture.bleu.counts);
    expect(score.total).toEqual(fixture.bleu.totals);
    expect([score.sysLen, score.refLen]).toEqual([fixture.bleu.sys_len, fixture.bleu.ref_len]);
    expect(acc.signature()).toBe(fixture.bleu.signature);
  });

  it('matches chrF2, chrF++ and eps-smoothed chrF3', () => {
    const run = (options: ConstructorParameters<typeof CorpusChrf>[0]) => {
      const acc = new CorpusChrf(options);
      for (const s of fixture.segments) acc.add(s.hypothesis, s.references);
      return acc;
    };
    expect(run({}).score()).toBe(fixture.chrf.score);
    expect(run({}).signature()).toBe(fixture.chrf.signature);
    expect(run({ wordOrder: 2 }).score()).toBe(fixture.chrf_pp.score);
    expect(run({ wordOrder: 2 }).signature()).toBe(fixture.chrf_pp.signature);
    expect(run({ beta: 3, epsSmoothing: true }).score()).toBeCloseTo(fixture.chrf_beta3_eps.score, 12);
  });

  it("matches WER and CER against the first references with jiwer's transforms", () => {
    expect(
      wordErrorRate(
        fixture.segments.map((s) => s.references[0]!),
        fixture.segments.map((s) => s.hypothesis),
      ),
    ).toBe(fixture.wer);
    expect(
      characterErrorRate(
        fixture.segments.map((s) => s.references[0]!),
        fixture.segments.map((s) => s.hypothesis),
      ),
    ).toBe(fixture.cer);
  });
});

describe('BLEU and chrF on a corpus with an empty reference, as sacreBLEU computes them', () => {
  // Segment 1: hypothesis = reference = "the cat sat on the mat"; segment 2: hypothesis "silence", reference "".
  it('counts the hypothesis n-grams of the empty-reference segment in BLEU, by hand', () => {
    // 13a tokens: segment 1 has 6 (the x2, cat, sat, on, mat), every n-gram matching: 6/6, 5/5, 4/4, 3/3.
    // Segment 2 adds 1 unmatched unigram and a closest reference length of 0.
    // correct [6, 5, 4, 3], total [7, 5, 4, 3]; hyp_len 7 >= ref_len 6, so BP = 1.
    // BLEU = exp((ln(600/7) + 3 ln 100) / 4) = 100 * (6/7)^(1/4).
    const s = corpusBleu(['the cat sat on the mat', 'silence'], [['the cat sat on the mat', '']]);
    expect(s.correct).toEqual([6, 5, 4, 3]);
    expect(s.total).toEqual([7, 5, 4, 3]);
    expect([s.sysLen, s.refLen]).toEqual([7, 6]);
    expect(s.score).toBeCloseTo(100 * (6 / 7) ** 0.25, 10);
  });

  it('leaves chrF to the other segments: sacreBLEU counts no hypothesis n-grams where the reference has none', () => {
    // _get_match_statistics returns [hyp_count if ref_ngrams else 0, 0, 0] for every order of segment 2, so
    // the corpus statistics are segment 1's alone: P = R = 1 at every order, chrF 100.
    expect(corpusChrf(['the cat sat on the mat', 'silence'], [['the cat sat on the mat', '']])).toBeCloseTo(100, 12);
    // A corpus of nothing but an empty reference has no statistics at all: 0.
    expect(corpusChrf(['silence'], [['']])).toBe(0);
    expect(corpusBleu(['silence'], [['']]).score).toBe(0);
  });

  it('scores WER and CER of the same corpus like jiwer 4, by hand', () => {
    // WER: 0 edits over 6 words, then 1 insertion over 0 words: 1/6.
    expect(wordErrorRate(['the cat sat on the mat', ''], ['the cat sat on the mat', 'silence'])).toBeCloseTo(1 / 6, 15);
    // CER: 0 edits over 22 characters (17 letters, 5 spaces), then 7 insertions: 7/22.
    expect(characterErrorRate(['the cat sat on the mat', ''], ['the cat sat on the mat', 'silence'])).toBeCloseTo(7 / 22, 15);
  });
});

describe('segments too varied to pack n-grams into numbers', () => {
  it('scores BLEU over 9,000 distinct tokens (string n-grams) by hand', () => {
    // Reference: 9,001 distinct tokens; hypothesis: the first 9,000. Every hypothesis n-gram matches, so all
    // precisions are 100; brevity penalty exp(1 - 9001/9000).
    const ref = Array.from({ length: 9001 }, (_, i) => `w${i}`);
    const s = corpusBleu([ref.slice(0, 9000).join(' ')], [[ref.join(' ')]]);
    expect(s.precisions).toEqual([100, 100, 100, 100]);
    expect(s.score).toBeCloseTo(100 * Math.exp(1 - 9001 / 9000), 9);
  });

  it('scores chrF over 600 distinct characters (string n-grams) by hand', () => {
    // Identical 600-character strings of distinct CJK characters: every order matches fully -> 100.
    const text = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(corpusChrf([text], [[text]])).toBeCloseTo(100, 10);
    // Hypothesis: the first 300 characters. Order n: hyp n-grams 301 - n, all matching; ref n-grams 601 - n.
    // P_n = 1, R_n = (301 - n) / (601 - n); F2 = 5 P R / (4 P + R) over the averages of orders 1..6.
    let p = 0;
    let r = 0;
    for (let n = 1; n <= 6; n++) {
      p += 1;
      r += (301 - n) / (601 - n);
    }
    p /= 6;
    r /= 6;
    expect(corpusChrf([text.slice(0, 300)], [[text]])).toBeCloseTo((100 * 5 * p * r) / (4 * p + r), 10);
  });
});
