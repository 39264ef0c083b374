/**
 * Text-content drift, Evidently's two tests for text columns (evidently/legacy/calculations/stattests/
 * text_content_drift.py and text_content_drift_abs.py over legacy/utils/data_drift_utils.py
 * `calculate_text_drift_score`): a domain classifier learns to tell reference texts (0) from current ones (1) on
 * half of them (train_test_split, test_size 0.5, random_state 42) and is scored by ROC AUC on the other half.
 * `abs_text_content_drift` calls drift when the AUC exceeds its threshold (default 0.55); `perc_text_content_drift`
 * when it exceeds the (threshold)-quantile of the AUCs of 1000 random classifiers on the same test labels
 * (default 0.95). The AUC is the score either way; pure functions over the texts.
 */
import { LegacyRandomState } from './numpy-random.js';
import { EVIDENTLY_SGD, fitModifiedHuberL1, modifiedHuberProbability } from './text-content-sgd.js';
import { EmptyVocabulary, fitTfidf, transformTfidf } from './text-content-tfidf.js';

export const TEXT_METHODS = ['abs_text_content_drift', 'perc_text_content_drift'] as const;
export type TextMethod = (typeof TEXT_METHODS)[number];

export interface TextDriftOutcome {
  method: TextMethod;
  /** The domain classifier's ROC AUC on the test half. */
  score: number;
  drifted: boolean;
  /** perc only: the random classifiers' AUC quantile the score had to exceed. */
  random_auc_quantile?: number;
  train_size: number;
  test_size: number;
  /** Terms the classifier learned from. */
  vocabulary_size: number;
}

/** sklearn's ShuffleSplit as train_test_split(test_size=0.5, random_state=seed) calls it: test first, ceil(n/2) of them. */
export function splitHalves(n: number, seed = 42): { train: number[]; test: number[] } {
  const permutation = Array.from(new LegacyRandomState(seed).permutation(n));
  const nTest = Math.ceil(0.5 * n);
  return { test: permutation.slice(0, nTest), train: permutation.slice(nTest) };
}

/**
 * sklearn.metrics.roc_auc_score for binary labels, step for step (roc_curve with drop_intermediate, then
 * np.trapz summed pairwise as numpy sums) so that the value is the same to the last bit, ties included.
 */
export function rocAuc(labels: readonly number[], scores: readonly number[]): number {
  const n = labels.length;
  // argsort(kind="mergesort")[::-1]: stable ascending, reversed (so equal scores come in reverse input order).
  const ascending = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  const order = ascending.reverse();
  const tps: number[] = [];
  const fps: number[] = [];
  let positives = 0;
  for (let k = 0; k < n; k++) {
    positives += labels[order[k]!]!;
    if (k === n - 1 || scores[order[k + 1]!] !== scores[order[k]!]) {
      tps.push(positives);
      fps.push(k + 1 - positives);
    }
  }
  if (positives === 0 || positives === n) throw new RangeError('Only one class present in y_true. ROC AUC score is not defined in that case.');
  let keepT = tps;
  let keepF = fps;
  if (tps.length > 2) {
    keepT = [];
    keepF = [];
    for (let i = 0; i < tps.length; i++) {
      const inner = i > 0 && i < tps.length - 1;
      if (!inner || fps[i - 1]! - 2 * fps[i]! + fps[i + 1]! !== 0 || tps[i - 1]! - 2 * tps[i]! + tps[i + 1]! !== 0) {
        keepT.push(tps[i]!);
        keepF.push(fps[i]!);
      }
    }
  }
  const tpr = [0, ...keepT].map((v) => v / keepT[keepT.length - 1]!);
  const fpr = [0, ...keepF].map((v) => v / keepF[keepF.length - 1]!);
  const terms = new Float64Array(tpr.length - 1);
  for (let i = 0; i < terms.length; i++) terms[i] = ((fpr[i + 1]! - fpr[i]!) * (tpr[i + 1]! + tpr[i]!)) / 2.0;
  return pairwiseSum(terms, 0, terms.length);
}

/** numpy's pairwise summation (umath loops: blocks of 128, eight accumulators), which np.sum uses for float64. */
export function pairwiseSum(a: Float64Array, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i]!;
    return res;
  }
  if (n <= 128) {
    const r = Array.from({ length: 8 }, (_, j) => a[start + j]!);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] = r[j]! + a[start + i + j]!;
    let res = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) res += a[start + i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, start, n2) + pairwiseSum(a, start + n2, n - n2);
}

/** np.percentile(values, q) with the default linear method (numpy 1.24's _quantile and _lerp). */
export function percentileLinear(values: readonly number[], q: number): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const virtual = (n - 1) * (q / 100);
  const previous = Math.floor(virtual);
  const below = sorted[Math.min(Math.max(previous, 0), n - 1)]!;
  const above = sorted[Math.min(Math.max(previous + 1, 0), n - 1)]!;
  const gamma = virtual - previous;
  const diff = above - below;
  return gamma >= 0.5 ? above - diff * (1 - gamma) : below + diff * gamma;
}

/** Evidently's roc_auc_random_classifier_percentile: 1000 random scorings seeded from seed 42, their quantile. */
export function randomClassifierQuantile(labels: readonly number[], pValue: number, iterations = 1000, seed = 42): number {
  const seeds = new LegacyRandomState(seed);
  const aucs: number[] = [];
  const draws = Array.from({ length: iterations }, () => seeds.randint(0, iterations * 10));
  for (const s of draws) {
    const random = new LegacyRandomState(s);
    aucs.push(
      rocAuc(
        labels,
        labels.map(() => random.rand()),
      ),
    );
  }
  return percentileLinear(aucs, 100 * (1 - pValue));
}

/** Why a text column cannot be tested (too few texts, no words left): the caller names the column. */
export class TextDriftRefused extends Error {}

/** calculate_text_drift_score: reference texts then current texts, split, classified, scored. */
export function textContentDrift(reference: readonly string[], current: readonly string[], method: TextMethod, threshold: number): TextDriftOutcome {
  const texts = [...reference, ...current];
  const labels = [...reference.map(() => 0), ...current.map(() => 1)];
  const { train, test } = splitHalves(texts.length);
  const testLabels = test.map((i) => labels[i]!);
  const trainLabels = train.map((i) => labels[i]!);
  if (!testLabels.includes(0) || !testLabels.includes(1)) {
    throw new TextDriftRefused(
      'the test half of the texts holds only one side (reference or current), so no ROC AUC can be computed; give both sides more texts',
    );
  }
  if (!trainLabels.includes(0) || !trainLabels.includes(1)) {
    throw new TextDriftRefused(
      'the training half of the texts holds only one side (reference or current), so no classifier can be trained; give both sides more texts',
    );
  }
  let fitted;
  try {
    fitted = fitTfidf(train.map((i) => texts[i]!));
  } catch (error) {
    if (error instanceof EmptyVocabulary) {
      throw new TextDriftRefused(`no word is left to compare after tokenizing (${error.message}); this column may not be text`);
    }
    throw error;
  }
  const model = fitModifiedHuberL1(
    fitted.rows,
    trainLabels.map((l) => l === 1),
    fitted.model.vocabulary.length,
    EVIDENTLY_SGD,
  );
  const testRows = transformTfidf(
    fitted.model,
    test.map((i) => texts[i]!),
  );
  const score = rocAuc(
    testLabels,
    testRows.map((row) => modifiedHuberProbability(model, row)),
  );
  const sizes = { train_size: train.length, test_size: test.length, vocabulary_size: fitted.model.vocabulary.length };
  if (method === 'abs_text_content_drift') return { method, score, drifted: score > threshold, ...sizes };
  const quantile = randomClassifierQuantile(testLabels, 1 - threshold);
  return { method, score, drifted: score > quantile, random_auc_quantile: quantile, ...sizes };
}

/** A text column's result as a sentence for reports: what the score is and what it had to exceed. */
export function describeTextScore(column: {
  column: string;
  method: string;
  threshold: number;
  domain_classifier?: { random_auc_quantile?: number };
}): string | undefined {
  const quantile = column.domain_classifier?.random_auc_quantile;
  if (column.method === 'perc_text_content_drift' && quantile !== undefined) {
    return `${column.column}: the score is the domain classifier's ROC AUC; it drifts above ${quantile.toPrecision(4)}, the random classifiers' ${column.threshold} quantile`;
  }
  if (column.method === 'abs_text_content_drift') return `${column.column}: the score is the domain classifier's ROC AUC; it drifts above ${column.threshold}`;
  return undefined;
}
