/**
 * Evidently's domain classifier, `SGDClassifier(alpha=0.0001, max_iter=50, penalty="l1", loss="modified_huber",
 * random_state=42)`, trained as scikit-learn 1.2.1 trains it (sklearn/linear_model/_sgd_fast.pyx `_plain_sgd`,
 * called by _stochastic_gradient.py `fit_binary`): plain SGD over sparse rows with the 'optimal' learning rate
 * 1 / (alpha (t0 + t - 1)), the modified Huber loss, the intercept updated at the sparse decay 0.01, the L1 penalty
 * applied by truncated gradient (Tsuruoka et al. 2009) on the features each sample touches, the samples reshuffled
 * before every epoch by scikit-learn's own xorshift, and training stopped after 5 epochs without the summed loss
 * improving by tol (1e-3) times the number of samples.
 */
import { LegacyRandomState } from './numpy-random.js';
import type { SparseRow } from './text-content-tfidf.js';

export interface SgdSettings {
  alpha: number;
  maxIter: number;
  tol: number;
  nIterNoChange: number;
  randomState: number;
}

/** Evidently's settings; the rest are SGDClassifier's defaults. */
export const EVIDENTLY_SGD: SgdSettings = { alpha: 0.0001, maxIter: 50, tol: 1e-3, nIterNoChange: 5, randomState: 42 };

export interface LinearModel {
  coef: Float64Array;
  intercept: number;
  /** Epochs run (SGDClassifier.n_iter_). */
  epochs: number;
}

/** scikit-learn's SPARSE_INTERCEPT_DECAY: the intercept moves slower when the features are sparse. */
const SPARSE_INTERCEPT_DECAY = 0.01;
const MAX_DLOSS = 1e12;
const INT32_MAX = 2147483647;

function modifiedHuberLoss(p: number, y: number): number {
  const z = p * y;
  if (z >= 1.0) return 0.0;
  if (z >= -1.0) return (1.0 - z) * (1.0 - z);
  return -4.0 * z;
}

function modifiedHuberDloss(p: number, y: number): number {
  const z = p * y;
  if (z >= 1.0) return 0.0;
  if (z >= -1.0) return 2.0 * (1.0 - z) * -y;
  return -4.0 * y;
}

/** Fits the binary classifier: `positive[i]` is true for the class the probabilities are of (current data). */
export function fitModifiedHuberL1(
  rows: readonly SparseRow[],
  positive: readonly boolean[],
  features: number,
  settings: SgdSettings = EVIDENTLY_SGD,
): LinearModel {
  const { alpha, maxIter, tol, nIterNoChange } = settings;
  // fit_binary's draws: make_dataset takes randint(1, 2^31 - 1) for the dataset (unused by plain SGD), then the seed.
  const random = new LegacyRandomState(settings.randomState);
  random.randint(1, INT32_MAX);
  const seed = random.randint(0, INT32_MAX);

  const n = rows.length;
  const w = new Float64Array(features);
  const q = new Float64Array(features);
  let u = 0.0;
  let intercept = 0.0;
  const l1Ratio = 1.0;
  const typw = Math.sqrt(1.0 / Math.sqrt(alpha));
  const initialEta0 = typw / Math.max(1.0, modifiedHuberDloss(-typw, 1.0));
  const optimalInit = 1.0 / (initialEta0 * alpha);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let t = 1.0;
  let bestLoss = Infinity;
  let noImprovement = 0;
  let epoch = 0;
  for (; epoch < maxIter; epoch++) {
    let sumloss = 0;
    // SequentialDataset.shuffle: the same seed every epoch, applied to the order the last epoch left.
    const state = { seed };
    for (let i = 0; i < n - 1; i++) {
      const j = i + (ourRandR(state) % (n - i));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    for (let k = 0; k < n; k++) {
      const sample = order[k]!;
      const { indices, values } = rows[sample]!;
      const y = positive[sample] ? 1.0 : -1.0;
      let p = 0.0;
      for (let j = 0; j < indices.length; j++) p += w[indices[j]!]! * values[j]!;
      p *= 1.0; // WeightVector.dot multiplies by wscale, which L1 alone leaves at 1
      p += intercept;
      const eta = 1.0 / (alpha * (optimalInit + t - 1));
      sumloss += modifiedHuberLoss(p, y);
      let dloss = modifiedHuberDloss(p, y);
      if (dloss < -MAX_DLOSS) dloss = -MAX_DLOSS;
      else if (dloss > MAX_DLOSS) dloss = MAX_DLOSS;
      let update = -eta * dloss;
      update *= 1.0 * 1.0; // class weight and sample weight
      if (update !== 0.0) {
        for (let j = 0; j < indices.length; j++) w[indices[j]!] = w[indices[j]!]! + values[j]! * update;
        intercept += update * SPARSE_INTERCEPT_DECAY;
      }
      u += l1Ratio * eta * alpha;
      // l1penalty: each touched weight moves toward zero by what the penalty has accumulated, never across it.
      for (let j = 0; j < indices.length; j++) {
        const idx = indices[j]!;
        const z = w[idx]!;
        if (z > 0.0) w[idx] = Math.max(0.0, z - (u + q[idx]!));
        else if (z < 0.0) w[idx] = Math.min(0.0, z + (u - q[idx]!));
        q[idx] = q[idx]! + (w[idx]! - z);
      }
      t += 1;
    }
    if (!Number.isFinite(intercept) || w.some((v) => !Number.isFinite(v))) {
      throw new RangeError(`Floating-point under-/overflow occurred at epoch #${epoch + 1}`);
    }
    if (sumloss > bestLoss - tol * n) noImprovement++;
    else noImprovement = 0;
    if (sumloss < bestLoss) bestLoss = sumloss;
    if (noImprovement >= nIterNoChange) break;
  }
  return { coef: w, intercept, epochs: Math.min(epoch + 1, maxIter) };
}

/** predict_proba's column for the positive class: (clip(decision, -1, 1) + 1) / 2, the decision summed in row order. */
export function modifiedHuberProbability(model: LinearModel, row: SparseRow): number {
  let p = 0.0;
  for (let j = 0; j < row.indices.length; j++) p += row.values[j]! * model.coef[row.indices[j]!]!;
  p += model.intercept;
  p = Math.min(1, Math.max(-1, p));
  return (p + 1.0) / 2.0;
}

/** scikit-learn's our_rand_r (sklearn/utils/_random.pxd): xorshift on a 32-bit state, reduced to 31 bits. */
export function ourRandR(state: { seed: number }): number {
  let s = state.seed >>> 0;
  if (s === 0) s = 1;
  s = (s ^ (s << 13)) >>> 0;
  s = (s ^ (s >>> 17)) >>> 0;
  s = (s ^ (s << 5)) >>> 0;
  state.seed = s;
  return s % 0x80000000;
}
