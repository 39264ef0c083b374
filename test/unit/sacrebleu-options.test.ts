import { describe, expect, it } from 'vitest';
import { bleuTokens, computeBleu, corpusBleu, CorpusBleu, pyFixed2 } from '../../src/metrics/text/bleu.js';
import { CorpusChrf, corpusChrf } from '../../src/metrics/text/chrf.js';

// sacreBLEU's README corpus, as its test/test_bleu.py uses it.
const REFS = [
  ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
  ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
];
const HYPS = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];

describe('sacreBLEU BLEU options', () => {
  // test/test_bleu.py, test_corpus_bleu (EPSILON 1e-8).
  it.each([
    [{ tokenize: 'none' as const }, 49.1919566],
    [{ tokenize: '13a' as const }, 48.530827],
    [{ tokenize: 'intl' as const }, 43.91623493],
    [{ smoothMethod: 'none' as const }, 48.530827],
  ])('corpus_bleu(README, %j) = %d', (options, expected) => {
    expect(Math.abs(corpusBleu(HYPS, REFS, options).score - expected)).toBeLessThan(1e-8);
  });

  // test/test_bleu.py, test_max_ngram_order.
  it.each([
    [1, '77.65'],
    [2, '60.50'],
    [3, '53.93'],
    [4, '48.53'],
    [5, '46.14'],
    [6, '43.28'],
  ])('max n-gram order %d gives %s', (maxOrder, expected) => {
    expect(corpusBleu(HYPS, REFS, { maxOrder }).score.toFixed(2)).toBe(expected);
  });

  // test/test_bleu.py: raw_corpus_bleu is tokenize 'none', smooth 'floor' with the given value, effective order.
  const raw = (hyps: string[], refs: string[][], smoothValue?: number) =>
    corpusBleu(hyps, refs, { tokenize: 'none', smoothMethod: 'floor', smoothValue, effectiveOrder: true }).score / 100;

  it.each([
    [['this is a test', 'another test'], [['ref1', 'ref2']], 0.0],
    [['this is a test'], [['this is a test']], 1.0],
    [['this is a fest'], [['this is a test']], 0.223606797749979],
  ])('test_raw_bleu: %j vs %j = %d', (hyps, refs, expected) => {
    expect(Math.abs(raw(hyps, refs, 0.01) - expected)).toBeLessThan(1e-8);
  });

  it.each([
    [['test'], [['a test']], 0.3678794411714425],
    [['a test'], [['a test']], 1.0],
    [['a little test'], [['a test']], 0.03218297948685433],
  ])('test_effective_order: %j vs %j = %d', (hyps, refs, expected) => {
    expect(Math.abs(raw(hyps, refs, 0.01) - expected)).toBeLessThan(1e-8);
  });

  it('test_offset: floor 0 gives 0, the default floor 0.1 gives 0.1555722182', () => {
    const hyps = ['am I am a character sequence'];
    const refs = [['I am a symbol string sequence a a']];
    expect(raw(hyps, refs, 0)).toBe(0);
    expect(Math.abs(raw(hyps, refs) - 0.1555722182)).toBeLessThan(1e-8);
  });

  // test/test_bleu.py, test_degenerate_statistics: compute_bleu with floor smoothing.
  it.each([
    [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0.0],
    [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0.0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.0],
    [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0.0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
    [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01],
  ])('degenerate statistics %j / %j score 0', (correct, total, sysLen, refLen, offset) => {
    expect(computeBleu({ correct, total, sysLen, refLen }, { smoothMethod: 'floor', smoothValue: offset }).score).toBe(0);
  });

  // test/test_sentence_bleu.py (issue #98): one segment, effective order on, EPSILON 1e-3.
  const REF = 'producţia de zahăr brut se exprimă în zahăr alb;';
  const SYS = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';
  it.each([
    ['exp', undefined, false, '13a', 8.493],
    ['none', undefined, false, '13a', 0.0],
    ['floor', undefined, false, '13a', 4.51688],
    ['floor', 0.1, false, '13a', 4.51688],
    ['floor', 0.5, false, '13a', 10.1],
    ['add-k', undefined, false, '13a', 14.882],
    ['add-k', 1, false, '13a', 14.882],
    ['add-k', 2, false, '13a', 21.389],
    ['exp', undefined, false, 'none', 7.347],
    ['exp', undefined, false, 'intl', 8.493],
    ['exp', undefined, false, 'char', 40.8759],
    ['exp', undefined, true, 'char', 42.0267],
  ] as const)('sentence BLEU smooth %s value %s lowercase %s tokenize %s = %d', (smoothMethod, smoothValue, lowercase, tokenize, expected) => {
    const score = corpusBleu([SYS], [[REF]], { smoothMethod, smoothValue, lowercase, tokenize, effectiveOrder: true }).score;
    expect(Math.abs(score - expected)).toBeLessThan(1e-3);
  });

  it.each(['exp', 'none', 'floor', 'add-k'] as const)('gives 0 for a hypothesis with no match, smoothing %s (issue #141)', (smoothMethod) => {
    expect(corpusBleu(['this is a cat'], [['okay thanks']], { smoothMethod, effectiveOrder: true }).score).toBe(0);
  });

  it('prints the signature as BLEUSignature builds it: case, eff, tok, the smoothing value with two decimals', () => {
    const sig = (options: ConstructorParameters<typeof CorpusBleu>[0]) => {
      const acc = new CorpusBleu(options);
      acc.add('a', ['a']);
      return acc.signature();
    };
    expect(sig({})).toBe('nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0');
    expect(sig({ lowercase: true, tokenize: 'intl', effectiveOrder: true })).toBe('nrefs:1|case:lc|eff:yes|tok:intl|smooth:exp|version:2.6.0');
    expect(sig({ smoothMethod: 'floor' })).toBe('nrefs:1|case:mixed|eff:no|tok:13a|smooth:floor[0.10]|version:2.6.0');
    expect(sig({ smoothMethod: 'add-k' })).toBe('nrefs:1|case:mixed|eff:no|tok:13a|smooth:add-k[1.00]|version:2.6.0');
    expect(sig({ smoothMethod: 'add-k', smoothValue: 2, tokenize: 'char' })).toBe('nrefs:1|case:mixed|eff:no|tok:char|smooth:add-k[2.00]|version:2.6.0');
    expect(sig({ smoothMethod: 'none', tokenize: 'none' })).toBe('nrefs:1|case:mixed|eff:no|tok:none|smooth:none|version:2.6.0');
    // exp takes no value, so a value given to it does not show.
    expect(sig({ smoothMethod: 'exp', smoothValue: 3 })).toBe('nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0');
  });

  it("formats the smoothing value like Python's .2f, ties to even", () => {
    // f'{0.125:.2f}' == '0.12' and f'{0.375:.2f}' == '0.38' in Python (the doubles are exact ties).
    expect([pyFixed2(0.125), pyFixed2(0.375), pyFixed2(0.1), pyFixed2(0.01), pyFixed2(2.5)]).toEqual(['0.12', '0.38', '0.10', '0.01', '2.50']);
  });

  it('tokenizes like sacreBLEU: intl splits Unicode punctuation and symbols, char every character', () => {
    // intl: "،" (U+060C, Po) after a letter is split off; "$" (Sc) is a symbol; a "." between digits stays.
    expect(bleuTokens('قال، السعر $3.5.', 'intl')).toEqual(['قال', '،', 'السعر', '$', '3.5.']);
    expect(bleuTokens('ab c', 'char')).toEqual(['a', 'b', 'c']);
    expect(bleuTokens('The Dog', 'none', true)).toEqual(['the', 'dog']);
  });
});

describe('sacreBLEU chrF options', () => {
  it('folds case with lowercase and says case:lc in the signature', () => {
    // "AB" vs "ab": case-sensitive, no character matches at all; lowercased, identical: 100.
    expect(corpusChrf(['AB'], [['ab']])).toBe(0);
    const acc = new CorpusChrf({ lowercase: true });
    acc.add('AB', ['ab']);
    expect(acc.score()).toBeCloseTo(100, 12);
    expect(acc.signature()).toBe('nrefs:1|case:lc|eff:yes|nc:6|nw:0|space:no|version:2.6.0');
  });

  it('takes char order, word order and beta: chrF1 over orders 1-2 by hand', () => {
    // hyp "ab", ref "ac", char order 2, beta 1. Order 1: P = R = 1/2. Order 2: "ab" vs "ac": P = R = 0.
    // Averages P = R = 1/4; F1 = 2PR / (P + R) = 1/4 -> 25.
    const acc = new CorpusChrf({ charOrder: 2, beta: 1 });
    acc.add('ab', ['ac']);
    expect(acc.score()).toBeCloseTo(25, 12);
    expect(acc.name()).toBe('chrF1');
    expect(acc.signature()).toBe('nrefs:1|case:mixed|eff:yes|nc:2|nw:0|space:no|version:2.6.0');
  });
});
