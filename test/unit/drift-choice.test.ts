/**
 * chooseTest, against Evidently's resolution of its options (evidently/legacy/utils/data_drift_utils.py at
 * commit a4aa4c2b): `_calculate_stattest` takes per_column_stattest.get(name, type_func or stattest), where
 * type_func is cat_stattest or num_stattest by the column's type; `_calculate_threshold` takes the per-column
 * threshold, then the type's, then the global one, else None (the test's default). A named test must be allowed
 * for the column's type (get_registered_stattest raises StatTestInvalidFeatureTypeError otherwise).
 */
import { describe, expect, it } from 'vitest';
import { chooseTest, type DriftTestChoice } from '../../src/drift/choice.js';
import { DhowError } from '../../src/errors.js';

const NAMES = {
  method: '--method',
  methodFor: '--method-for',
  methodByKind: { numerical: '--num-method', categorical: '--cat-method', text: '--text-method' },
  columnType: '--column-type',
};

describe('the test and threshold for a column, as Evidently resolves its options', () => {
  const all: DriftTestChoice = {
    method: 'psi',
    threshold: 0.3,
    methodByKind: { numerical: 'mannw', categorical: 'hellinger' },
    thresholdByKind: { categorical: 0.2 },
    methodFor: { age: 'ed', city: 'kl_div' },
    thresholdFor: { city: 0.05, age: 0 },
  };

  it.each([
    ['nothing set: the default choice and threshold', {}, 'x', 'numerical', undefined, undefined],
    ['the global test and threshold', { method: 'psi', threshold: 0.3 }, 'x', 'categorical', 'psi', 0.3],
    ["the kind's test over the global one; the global threshold without a kind's", all, 'x', 'numerical', 'mannw', 0.3],
    ["the kind's threshold over the global one", all, 'x', 'categorical', 'hellinger', 0.2],
    ["the column's test and threshold over the kind's", all, 'city', 'categorical', 'kl_div', 0.05],
    ["a column's threshold of 0 is a threshold", all, 'age', 'numerical', 'ed', 0],
    ["another kind's test does not apply", { methodByKind: { categorical: 'g_test' } }, 'x', 'numerical', undefined, undefined],
    // text_stattest and text_stattest_threshold, for text columns only.
    [
      "a text column takes the text kind's test and threshold",
      { methodByKind: { text: 'abs_text_content_drift', numerical: 'ks' }, thresholdByKind: { text: 0.6 } },
      'x',
      'text',
      'abs_text_content_drift',
      0.6,
    ],
  ] as const)('%s', (_what, choice, column, kind, method, threshold) => {
    expect(chooseTest(column, kind, choice, NAMES)).toEqual({ method, threshold });
  });

  it.each([
    [{ method: 'chisquare' }, 'numerical', '--method chisquare needs a categorical column'],
    [{ methodByKind: { numerical: 'z' } }, 'numerical', '--num-method z needs a categorical column'],
    [{ methodFor: { x: 'fisher_exact' } }, 'numerical', '--method-for x=fisher_exact needs a categorical column'],
    [{ methodFor: { x: 'ks' } }, 'categorical', '--method-for x=ks needs a numerical column'],
    [{ methodByKind: { categorical: 'anderson' } }, 'categorical', '--cat-method anderson needs a numerical column'],
    [{ method: 'ks' }, 'text', '--method ks cannot test a text column'],
    [{ methodFor: { x: 'chisquare' } }, 'text', '--method-for x=chisquare cannot test a text column'],
    [{ methodFor: { x: 'perc_text_content_drift' } }, 'numerical', '--method-for x=perc_text_content_drift cannot test a numerical column'],
    [{ methodByKind: { categorical: 'abs_text_content_drift' } }, 'categorical', '--cat-method abs_text_content_drift cannot test a categorical column'],
  ] as const)('refuses a named test the kind does not allow (%j on a %s column), naming the column', (choice, kind, says) => {
    let error: unknown;
    try {
      chooseTest('x', kind, choice as DriftTestChoice, NAMES);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).message).toContain(says);
    expect((error as DhowError).field).toBe('x');
  });

  it('does not take a column named like an Object property for a per-column option', () => {
    expect(chooseTest('constructor', 'numerical', { methodFor: {} }, NAMES)).toEqual({ method: undefined, threshold: undefined });
  });
});
