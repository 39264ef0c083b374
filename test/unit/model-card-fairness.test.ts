/**
 * The model card's fairness section: a gate is a fairness result by its metric (Fairlearn's between-group
 * differences and ratios), whatever the user named it, or by the name "fairness"; the other gates stay in
 * the gates section only. Inputs are written by hand; the card is read as text.
 */
import { describe, expect, it } from 'vitest';
import { isFairnessResult, renderModelCard } from '../../src/evidence/model-card.js';
import type { GateAttempt, ModelFile, VersionRecord } from '../../src/registry/schemas.js';

const model: ModelFile = { apiVersion: 'dhow.dev/v1', kind: 'Model', name: 'm', owners: ['noura'], language: ['ar'] };
const record: VersionRecord = {
  apiVersion: 'dhow.dev/v1',
  kind: 'ModelVersion',
  model: 'm',
  version: 'v3',
  artifact: { uri: 's3://b/m/v3', digest: `sha256:${'3'.repeat(64)}` },
  source: {},
  data: {},
  training: { mode: 'runner' },
  parameters: {},
  metrics: { accuracy: 0.56 },
  serving: {},
  'created-by': 'noura',
  'created-at': '2026-11-30T13:55:00Z',
};
const attempt: GateAttempt = {
  verdict: 'fail',
  'policy-digest': `sha256:${'c'.repeat(64)}`,
  summary: [
    { gate: 'accuracy', metric: 'accuracy', verdict: 'fail', value: 0.56, threshold: 0.85 },
    { gate: 'dialect-accuracy-gap', metric: 'demographic_parity_difference', verdict: 'pass', value: 0.36, threshold: 0.4 },
    { gate: 'odds', metric: 'equalized_odds_ratio', verdict: 'fail', value: 0.5, threshold: 0.8 },
  ],
  'recorded-by': 'noura',
  'recorded-at': '2026-11-30T14:16:00Z',
};

describe('the fairness section of a model card', () => {
  it.each([
    [{ gate: 'dialect-accuracy-gap', metric: 'demographic_parity_difference' }, true],
    [{ gate: 'x', metric: 'demographic_parity_ratio' }, true],
    [{ gate: 'x', metric: 'equal_opportunity_difference' }, true],
    [{ gate: 'x', metric: 'equalized_odds_ratio' }, true],
    [{ gate: 'fairness', metric: 'selection_rate' }, true],
    [{ gate: 'fairness' }, true],
    [{ gate: 'accuracy', metric: 'accuracy' }, false],
    [{ gate: 'latency-p99', metric: 'p99' }, false],
    [{ gate: 'x', metric: 'tpr' }, false],
  ])('%o is a fairness result: %s', (row, expected) => {
    expect(isFairnessResult(row)).toBe(expected);
  });

  it("lists an environment's fairness gates under their environment, in English and Arabic, and not the others", () => {
    const card = renderModelCard(model, record, [], [{ environment: 'staging', results: attempt, source: 'evidence', attempts: [attempt] }]);
    const [english, arabic] = card.split('<div dir="rtl" lang="ar">');
    const fairness = english!.slice(english!.indexOf('## Fairness'), english!.indexOf('## Gates'));
    expect(fairness).toBe(
      [
        '## Fairness',
        '',
        '### staging',
        '',
        '| Gate | Metric | Verdict | Value | Threshold |',
        '|---|---|---|---|---|',
        '| dialect-accuracy-gap | demographic_parity_difference | pass | 0.36 | 0.4 |',
        '| odds | equalized_odds_ratio | fail | 0.5 | 0.8 |',
        '',
        '',
      ].join('\n'),
    );
    const arabicFairness = arabic!.slice(arabic!.indexOf('## العدالة'), arabic!.indexOf('## بوابات الجودة'));
    expect(arabicFairness).toContain('| dialect-accuracy-gap | demographic_parity_difference | pass | 0.36 | 0.4 |');
    expect(arabicFairness).not.toContain('| accuracy |');
  });
});
