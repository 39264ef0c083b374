/**
 * The fairness source of a gate: Fairlearn's definitions over a streamed CSV (src/metrics/fairness.ts),
 * turned into the values gates read. A ratio with nothing to divide by (NaN) has no value: a gate on it is
 * inconclusive rather than passing or failing on a number that is not one. The columns the policy names
 * are checked against the header first, with a message that repeats the header only when it looks like one.
 */
import { DhowError } from '../errors.js';
import { describeHeader, quoteData } from '../io/csv.js';
import { readCsvHeader } from '../metrics/csv-columns.js';
import { fairnessFromCsv, type FairnessCsvOptions } from '../metrics/fairness.js';

export interface FairnessSettings {
  input: string;
  label: string;
  prediction: string;
  groups: string[];
  positiveLabel?: string;
  method: 'between_groups' | 'to_overall';
  agg: 'worst_case' | 'mean';
  minGroupSize?: number;
  /** The name errors give the input (the path as the policy wrote it). */
  name?: string;
  /** What a missing column's message says gave its name (the policy key and file); see FairnessCsvOptions. */
  givenBy?: FairnessCsvOptions['givenBy'];
}

export interface FairnessValues {
  values: Record<string, number | null>;
  count: number;
  byGroup: Record<string, unknown>;
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/** Every column the policy names is in the header; the error never prints the header unless it is one. */
async function checkColumns(settings: FairnessSettings): Promise<void> {
  const file = settings.name ?? settings.input;
  const header = await readCsvHeader(settings.input, { file });
  const givenBy = { label: 'source.label', prediction: 'source.prediction', group: 'source.group', ...settings.givenBy };
  const wanted: [string, string][] = [
    [settings.label, givenBy.label],
    [settings.prediction, givenBy.prediction],
    ...settings.groups.map((g): [string, string] => [g, givenBy.group]),
  ];
  for (const [name, by] of wanted) {
    if (!header.includes(name)) {
      const quoted = quoteData(name);
      // The field is the name as quoted (cut, escaped): a policy's text never reaches a message raw.
      throw new DhowError('invalid-input', `no column ${quoted} (given by ${by}); ${describeHeader(header)}`, { file, line: 1, field: quoted.slice(1, -1) });
    }
  }
}

export async function measureFairness(settings: FairnessSettings): Promise<FairnessValues> {
  await checkColumns(settings);
  const report = await fairnessFromCsv(settings.input, {
    label: settings.label,
    prediction: settings.prediction,
    group: settings.groups,
    positiveLabel: settings.positiveLabel,
    method: settings.method,
    agg: settings.agg,
    minGroupSize: settings.minGroupSize,
    file: settings.name ?? settings.input,
    givenBy: settings.givenBy,
  });
  return {
    values: {
      demographic_parity_difference: finite(report.demographic_parity_difference),
      demographic_parity_ratio: finite(report.demographic_parity_ratio),
      equal_opportunity_difference: finite(report.equal_opportunity_difference),
      equal_opportunity_ratio: finite(report.equal_opportunity_ratio),
      equalized_odds_difference: finite(report.equalized_odds_difference),
      equalized_odds_ratio: finite(report.equalized_odds_ratio),
      accuracy: finite(report.overall.accuracy),
      selection_rate: finite(report.overall.selection_rate),
      tpr: finite(report.overall.tpr),
      fpr: finite(report.overall.fpr),
    },
    count: report.overall.count,
    byGroup: report.by_group,
  };
}
