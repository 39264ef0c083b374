/**
 * Text-content drift (abs_text_content_drift, perc_text_content_drift) against
 * test/fixtures/drift/text_content_drift.json, which test/fixtures/drift/text_content_drift.py wrote by running
 * Evidently's calculate_text_drift_score (evidently commit a4aa4c2b, legacy/utils/data_drift_utils.py) with
 * scikit-learn 1.2.1 and numpy 1.24.2 on the English and Arabic corpora of test/fixtures/drift/text_*.csv. Every
 * expected value (tokens, vocabulary, idf, the training matrix, the classifier's weights and epochs, the test
 * probabilities, the ROC AUC, the random classifiers' quantile, the decisions) is scikit-learn's or numpy's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LegacyRandomState } from '../../src/drift/numpy-random.js';
import { logCorrectlyRounded } from '../../src/drift/text-content-log.js';
import { fitModifiedHuberL1, modifiedHuberProbability } from '../../src/drift/text-content-sgd.js';
import { ENGLISH_STOP_WORDS } from '../../src/drift/text-content-stop-words.js';
import { analyzeText, fitTfidf, transformTfidf } from '../../src/drift/text-content-tfidf.js';
import { percentileLinear, rocAuc, splitHalves, textContentDrift, TextDriftRefused } from '../../src/drift/text-content.js';

interface Case {
  name: string;
  reference: string[];
  current: string[];
  permutation: number[];
  train_size: number;
  test_size: number;
  y_test: number[];
  vocabulary: string[];
  idf: number[];
  train_tfidf: { data: number[]; indices: number[]; indptr: number[] };
  coef: number[];
  intercept: number;
  n_iter: number;
  test_proba: number[];
  roc_auc: number;
  random_percentile: number;
  abs_drift: boolean;
  perc_drift: boolean;
}

interface Fixture {
  english_stop_words: string[];
  tokens: { text: string; analyzed: string[] }[];
  roc_auc: { y: number[]; score: number[]; roc_auc: number }[];
  numpy_random: { seed: number; rand: number[]; randint_0_10000: number[]; permutation_13: number[] };
  cases: Case[];
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/drift/text_content_drift.json', import.meta.url), 'utf8')) as Fixture;

/** The pipeline's pieces for one case, each from dhow. */
function run(c: Case) {
  const texts = [...c.reference, ...c.current];
  const labels = [...c.reference.map(() => 0), ...c.current.map(() => 1)];
  const { train, test } = splitHalves(texts.length);
  const fitted = fitTfidf(train.map((i) => texts[i]!));
  const model = fitModifiedHuberL1(
    fitted.rows,
    train.map((i) => labels[i] === 1),
    fitted.model.vocabulary.length,
  );
  const proba = transformTfidf(
    fitted.model,
    test.map((i) => texts[i]!),
  ).map((row) => modifiedHuberProbability(model, row));
  return { train, test, labels, fitted, model, proba };
}

describe('text-content drift: the pieces, against scikit-learn and numpy', () => {
  it("keeps scikit-learn's English stop words, all 318 of them", () => {
    expect([...ENGLISH_STOP_WORDS].sort()).toEqual(fixture.english_stop_words);
  });

  it.each(fixture.tokens.map((t) => [t.text, t.analyzed] as const))('tokenizes %j as TfidfVectorizer does', (text, analyzed) => {
    expect(analyzeText(text)).toEqual(analyzed);
  });

  it("draws numpy's legacy RandomState(42) numbers", () => {
    const r = fixture.numpy_random;
    const rand = new LegacyRandomState(r.seed);
    expect(r.rand.map(() => rand.rand())).toEqual(r.rand);
    const ints = new LegacyRandomState(r.seed);
    expect(r.randint_0_10000.map(() => ints.randint(0, 10000))).toEqual(r.randint_0_10000);
    expect(Array.from(new LegacyRandomState(r.seed).permutation(13))).toEqual(r.permutation_13);
  });

  it.each(fixture.roc_auc.map((a, i) => [i, a] as const))('computes roc_auc_score to the last bit, ties included (%i)', (_, a) => {
    expect(rocAuc(a.y, a.score)).toBe(a.roc_auc);
  });

  it.each([
    // x, then ln(x) rounded to a double from Python's decimal at 60 digits (V8's Math.log is one unit off on each).
    [76 / 14, 1.6916760106710724], // ln = 1.691676010671072511067...
    [38 / 15, 0.9295359586241757], // ln = 0.929535958624175656684...
    [76 / 31, 0.8967461358011849], // ln = 0.896746135801184850444...
    [19 / 13, 0.3794896217049037], // ln = 0.379489621704903665522...
    [2, Math.LN2],
    [1, 0],
  ])('rounds ln(%d) correctly, as libm does', (x, expected) => {
    expect(logCorrectlyRounded(x)).toBe(expected);
  });
});

describe.each(fixture.cases.map((c) => [c.name, c] as const))('text-content drift on %s', (_, c) => {
  const got = run(c);

  it('splits reference and current as train_test_split(test_size=0.5, random_state=42) does', () => {
    expect(got.test).toEqual(c.permutation.slice(0, c.test_size));
    expect(got.train).toEqual(c.permutation.slice(c.test_size));
    expect(got.test.map((i) => got.labels[i])).toEqual(c.y_test);
  });

  it('fits the same vocabulary, idf and TF-IDF rows, in the same entry order', () => {
    expect(got.fitted.model.vocabulary).toEqual(c.vocabulary);
    expect([...got.fitted.model.idf]).toEqual(c.idf);
    const indptr = [0];
    for (const row of got.fitted.rows) indptr.push(indptr[indptr.length - 1]! + row.indices.length);
    expect(indptr).toEqual(c.train_tfidf.indptr);
    expect(got.fitted.rows.flatMap((row) => [...row.indices])).toEqual(c.train_tfidf.indices);
    expect(got.fitted.rows.flatMap((row) => [...row.values])).toEqual(c.train_tfidf.data);
  });

  it("trains SGDClassifier's weights, intercept and epoch count exactly", () => {
    expect([...got.model.coef]).toEqual(c.coef);
    expect(got.model.intercept).toBe(c.intercept);
    expect(got.model.epochs).toBe(c.n_iter);
    expect(got.proba).toEqual(c.test_proba);
  });

  it('scores and decides as Evidently does, with its default thresholds', () => {
    const abs = textContentDrift(c.reference, c.current, 'abs_text_content_drift', 0.55);
    expect(abs.score).toBe(c.roc_auc);
    expect(abs.drifted).toBe(c.abs_drift);
    const perc = textContentDrift(c.reference, c.current, 'perc_text_content_drift', 0.95);
    expect(perc.score).toBe(c.roc_auc);
    expect(perc.random_auc_quantile).toBe(c.random_percentile);
    expect(perc.drifted).toBe(c.perc_drift);
  });
});

describe('text-content drift: what it refuses', () => {
  it('refuses texts with no word left after stop words, as scikit-learn does', () => {
    const stop = ['the', 'and of', 'a it', 'is', 'x y'];
    expect(() => textContentDrift(stop, stop, 'abs_text_content_drift', 0.55)).toThrow(TextDriftRefused);
  });

  it('refuses a split whose test half holds one side only', () => {
    // 1 reference text and 1 current: one lands in each half, so neither half holds both sides.
    expect(() => textContentDrift(['alpha beta'], ['gamma delta'], 'abs_text_content_drift', 0.55)).toThrow(TextDriftRefused);
  });
});

describe('np.percentile (linear)', () => {
  it('interpolates as numpy documents: percentile([1, 2, 3, 4], 95) = 3.85', () => {
    // (n - 1) q = 2.85: 3 + 0.85 (4 - 3), numpy's documented linear method.
    expect(percentileLinear([4, 1, 3, 2], 95)).toBeCloseTo(3.85, 15);
  });
});
