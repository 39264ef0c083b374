/**
 * Which test and which threshold a column gets, resolved the way Evidently resolves its options
 * (evidently/legacy/utils/data_drift_utils.py, `_calculate_stattest` and `_calculate_threshold`): a test named
 * for the column wins over one named for its kind (`num_stattest`, `cat_stattest`), which wins over one for every
 * column (`stattest`); thresholds likewise, and without any the chosen test's default. A test the user named must
 * apply to the column's kind (Evidently's get_registered_stattest raises StatTestInvalidFeatureTypeError); a test
 * Evidently's default choice makes is not checked (it picks chisquare and z for numerical columns of few values).
 */
import { DhowError } from '../errors.js';
import { METHOD_RULES, METHODS, type DriftColumnKind, type Method } from './stattests.js';

/** The test and threshold options, each one optional. */
export interface DriftTestChoice {
  /** One test for every column (Evidently's `stattest`). */
  method?: Method;
  /** One threshold for every column (`stattest_threshold`). */
  threshold?: number;
  /** A test per kind of column (`num_stattest`, `cat_stattest`, `text_stattest`). */
  methodByKind?: Partial<Record<DriftColumnKind, Method>>;
  /** A threshold per kind of column (`num_stattest_threshold`, `cat_stattest_threshold`, `text_stattest_threshold`). */
  thresholdByKind?: Partial<Record<DriftColumnKind, number>>;
  /** A test per column (`per_column_stattest`). */
  methodFor?: Record<string, Method>;
  /** A threshold per column (`per_column_stattest_threshold`). */
  thresholdFor?: Record<string, number>;
}

/** How the caller's users name these options, for messages (the CLI: `--method-for`; an action: an input). */
export interface ChoiceOptionNames {
  method: string;
  methodFor: string;
  methodByKind: Record<DriftColumnKind, string>;
  columnType: string;
}

export interface ColumnChoice {
  /** The test the user named for this column; undefined leaves it to Evidently's default choice. */
  method?: Method;
  /** The threshold the user set for this column; undefined means the test's default. */
  threshold?: number;
}

/** The test and threshold for one column, refusing a named test that does not apply to the column's kind. */
export function chooseTest(column: string, kind: DriftColumnKind, choice: DriftTestChoice, names: ChoiceOptionNames): ColumnChoice {
  let method = choice.method;
  let source = names.method;
  const byKind = choice.methodByKind?.[kind];
  if (byKind !== undefined) [method, source] = [byKind, names.methodByKind[kind]];
  const forColumn = choice.methodFor && Object.hasOwn(choice.methodFor, column) ? choice.methodFor[column] : undefined;
  if (forColumn !== undefined) [method, source] = [forColumn, `${names.methodFor} ${column}=${forColumn}`];
  if (method !== undefined && !METHOD_RULES[method].kinds.includes(kind)) {
    const says = source.endsWith(`=${method}`) ? source : `${source} ${method}`;
    const kinds = METHOD_RULES[method].kinds;
    const message =
      kind === 'text' || kinds.includes('text')
        ? `${says} cannot test a ${kind} column: Evidently allows only abs_text_content_drift and perc_text_content_drift on text columns, ` +
          `and those only on text (StatTestInvalidFeatureTypeError)` +
          (kind === 'text' ? '' : `; declare the column text with ${names.columnType} if it holds text`)
        : kind === 'categorical'
          ? `${says} needs a numerical column; declare it numerical with ${names.columnType} if it holds numbers`
          : `${says} needs a categorical column (Evidently refuses it on a numerical one: StatTestInvalidFeatureTypeError); ` +
            `choose another test, or declare the column categorical with ${names.columnType}`;
    throw new DhowError('usage', message, { field: column });
  }
  const threshold =
    choice.thresholdFor && Object.hasOwn(choice.thresholdFor, column) ? choice.thresholdFor[column] : (choice.thresholdByKind?.[kind] ?? choice.threshold);
  return { method, threshold };
}

/** Refuses per-column options naming a column that the data does not have (a typo would silently test nothing). */
export function checkChoiceColumns(
  choice: DriftTestChoice,
  has: (column: string) => boolean,
  names: { methodFor: string; thresholdFor: string },
  file: string,
): void {
  for (const [option, map] of [
    [names.methodFor, choice.methodFor],
    [names.thresholdFor, choice.thresholdFor],
  ] as const) {
    for (const column of Object.keys(map ?? {})) {
      if (!has(column)) throw new DhowError('usage', `${option} names a column that is not in the data`, { file, field: column });
    }
  }
}

/**
 * COLUMN=VALUE entries (a CLI flag given again, or an action input's lines) into a record: the column name may
 * hold "=", the value may not; a column given twice is refused. `option` names the flag or input in messages.
 */
export function parsePerColumn<T>(option: string, entries: string[], parse: (value: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    if (at <= 0) throw new DhowError('usage', `${option} takes COLUMN=VALUE, got "${entry}"`);
    const column = entry.slice(0, at).trim();
    if (Object.hasOwn(out, column)) throw new DhowError('usage', `${option} names the column "${column}" twice`, { field: column });
    out[column] = parse(entry.slice(at + 1).trim());
  }
  return out;
}

/** A test by Evidently's name, refused naming the flag or input otherwise. */
export function parseMethodName(option: string, value: string): Method {
  if (!(METHODS as readonly string[]).includes(value)) throw new DhowError('usage', `${option} must be one of ${METHODS.join(', ')}, got "${value}"`);
  return value as Method;
}

/** A threshold: a finite number, refused naming the flag or input otherwise. */
export function parseThreshold(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new DhowError('usage', `${option} must be a number, got "${value}"`);
  return n;
}
