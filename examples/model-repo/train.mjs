#!/usr/bin/env node
// Trains a tiny Arabic sentiment classifier (multinomial Naive Bayes over words, after removing diacritics
// and unifying alef forms) on data/reviews.csv and evaluates it on the held-out rows. Plain Node, no
// dependencies, no network, deterministic. Writes to $DHOW_OUTPUT_DIR (default ./dhow-output): model.json
// (the artifact) and metrics.json (accuracy, test-samples). Parameter: DHOW_PARAM_ALPHA (smoothing, default 1).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outputDir = process.env.DHOW_OUTPUT_DIR ?? 'dhow-output';
const alpha = Number(process.env.DHOW_PARAM_ALPHA ?? '1');
if (!(alpha > 0)) throw new Error(`DHOW_PARAM_ALPHA must be positive, got ${process.env.DHOW_PARAM_ALPHA}`);

const normalize = (text) =>
  text
    .replace(/[\u064B-\u0652\u0640]/g, '') // diacritics and tatweel
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/[^\u0621-\u064A\s]/g, ' ');
const words = (text) => normalize(text).split(/\s+/).filter(Boolean);

// label,split,text; the text is the rest of the line.
const rows = readFileSync(new URL('./data/reviews.csv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [label, split, ...text] = line.split(',');
    return { label, split, text: text.join(',') };
  });
const train = rows.filter((r) => r.split === 'train');
const test = rows.filter((r) => r.split === 'test');

const labels = [...new Set(train.map((r) => r.label))].sort();
const counts = Object.fromEntries(labels.map((l) => [l, {}]));
const totals = Object.fromEntries(labels.map((l) => [l, 0]));
const priors = Object.fromEntries(labels.map((l) => [l, Math.log(train.filter((r) => r.label === l).length / train.length)]));
const vocabulary = new Set();
for (const row of train) {
  for (const word of words(row.text)) {
    counts[row.label][word] = (counts[row.label][word] ?? 0) + 1;
    totals[row.label]++;
    vocabulary.add(word);
  }
}
const predict = (text) => {
  let best = labels[0];
  let bestScore = -Infinity;
  for (const label of labels) {
    let score = priors[label];
    for (const word of words(text)) score += Math.log(((counts[label][word] ?? 0) + alpha) / (totals[label] + alpha * vocabulary.size));
    if (score > bestScore) [best, bestScore] = [label, score];
  }
  return best;
};

const correct = test.filter((r) => predict(r.text) === r.label).length;
const metrics = { accuracy: correct / test.length, 'test-samples': test.length };
console.log(`trained on ${train.length} reviews, accuracy ${correct}/${test.length} on the held-out ones`);
mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, 'model.json'), `${JSON.stringify({ labels, priors, counts, totals, alpha, vocabulary: vocabulary.size })}\n`);
writeFileSync(join(outputDir, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
