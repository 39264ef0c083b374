/**
 * The evidence of a rollout a reviewer reads: the analysis of each step (check, canary value, stable value,
 * comparison, verdict, samples) as a Markdown table, and each check across the steps as a Mermaid line chart,
 * for the promotion request's sticky comment and the job summary, and as a one-line JSON trailer on the step's commit, so the registry's history is the record and
 * `dhow rollout status` reads it back from there. Pure: the edges decide where the text goes.
 */
import type { AbDecision } from './ab.js';
import type { CheckOutcome, Verdict } from './analysis.js';
import type { RolloutAction, RolloutDecision } from './plan.js';

/** The trailer carrying a step's analysis as JSON (`StepEvidence` without the commit). */
export const ROLLOUT_ANALYSIS_TRAILER = 'Dhow-Rollout-Analysis';

/** The sticky comment's marker on the promotion request: one comment per rollout of a model in an environment. */
export const rolloutCommentMarker = (environment: string, model: string) => `rollout-analysis:${environment}/${model}`;

export interface AnalysisRow {
  check: string;
  verdict: Verdict;
  canary: number | null;
  stable: number | null;
  samples: number | null;
  /** The rule, in words (`at most stable + 20%`). */
  comparison: string;
  /** The bound it came to (null: nothing to compare with). */
  limit: number | null;
}

/** The analysis one step of a rollout rests on, and what was decided from it. */
export interface StepEvidence {
  /** The step analysed, counted from 1, and the canary's weight during it. */
  step: number;
  weight: number;
  action: RolloutAction;
  at: string;
  checks: AnalysisRow[];
  ab?: Pick<AbDecision, 'outcome' | 'test' | 'statistic' | 'pValue' | 'alpha'>;
  /** The commit that recorded it (absent for a step that changed nothing). */
  commit?: string;
}

export function stepEvidence(step: { step: number; weight: number }, decision: RolloutDecision, at: string): StepEvidence {
  const checks = decision.outcomes.map((o: CheckOutcome) => ({
    check: o.check,
    verdict: o.verdict,
    canary: o.canary,
    stable: o.stable,
    samples: o.samples,
    comparison: o.comparison,
    limit: o.limit,
  }));
  const ab = decision.ab
    ? { outcome: decision.ab.outcome, test: decision.ab.test, statistic: decision.ab.statistic, pValue: decision.ab.pValue, alpha: decision.ab.alpha }
    : undefined;
  return { step: step.step + 1, weight: step.weight, action: decision.action, at, checks, ...(ab ? { ab } : {}) };
}

/** The trailer value: compact JSON on one line (git trailers are one line each). */
export function encodeStepEvidence(evidence: StepEvidence): string {
  const { commit: _commit, ...rest } = evidence;
  return JSON.stringify(rest);
}

/** Reads a trailer written by encodeStepEvidence; anything else (a hand-written commit) reads as nothing. */
export function decodeStepEvidence(text: string | undefined, commit?: string): StepEvidence | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as StepEvidence;
    if (typeof value !== 'object' || value === null || typeof value.step !== 'number' || !Array.isArray(value.checks)) return undefined;
    return { ...value, ...(commit ? { commit } : {}) };
  } catch {
    return undefined;
  }
}

/** A number rounded as the tables show it: six significant digits, no float noise. */
const rounded = (x: number) => Number(x.toPrecision(6));

/** A number as a reviewer reads it: up to six significant digits, no float noise (0.12, not 0.12000000000000001). */
export function showNumber(x: number | null): string {
  return x === null ? '–' : String(rounded(x));
}

const VERDICT: Record<Verdict, string> = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' };

/** Markdown cells may not hold a pipe or a line break. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The Markdown table of one step's checks. */
export function analysisTable(rows: AnalysisRow[]): string {
  const lines = ['| Check | Canary | Stable | Comparison | Verdict | Samples |', '| --- | ---: | ---: | --- | --- | ---: |'];
  for (const r of rows) {
    // A relative rule shows the bound it came to; an absolute one already says it.
    const comparison = r.limit === null || !r.comparison.includes('stable') ? r.comparison : `${r.comparison} (${showNumber(r.limit)})`;
    lines.push(
      `| ${cell(r.check)} | ${showNumber(r.canary)} | ${showNumber(r.stable)} | ${cell(comparison)} | ${VERDICT[r.verdict]} | ${showNumber(r.samples)} |`,
    );
  }
  return lines.join('\n');
}

const ACTION: Record<RolloutAction, string> = {
  none: 'nothing to do',
  wait: 'wait',
  advance: 'advance',
  promote: 'promote to all traffic',
  abort: 'abort, back to stable',
};

/** One step's section: a heading with the decision, the table, and the A/B test's numbers when it decided. */
export function stepSection(evidence: StepEvidence): string {
  const heading = `#### Step ${evidence.step} (${evidence.weight}% of traffic), ${evidence.at}: ${ACTION[evidence.action]}${evidence.commit ? ` (${evidence.commit.slice(0, 7)})` : ''}`;
  const parts = [heading, ''];
  if (evidence.checks.length > 0) parts.push(analysisTable(evidence.checks));
  else parts.push('No analysis check was measured in this step.');
  if (evidence.ab) {
    const { test, statistic, pValue, alpha, outcome } = evidence.ab;
    parts.push('', `A/B test (${test}): statistic ${showNumber(statistic)}, p-value ${showNumber(pValue)}, alpha ${alpha}: ${outcome}`);
  }
  return parts.join('\n');
}

/**
 * A chart shows at most this many steps, the latest ones a check was measured in: more points than that
 * crowd the x axis of a comment-sized chart, and the tables below it still list every step.
 */
export const CHART_STEPS = 20;

/** One check across the steps it was measured in: the values a chart draws, as the tables show them. */
export interface CheckSeries {
  check: string;
  /** The x axis: each step's canary weight (`10%`), a repeated weight told apart by a count (`10% (2)`). */
  weights: string[];
  canary: number[];
  /** Present only when every step charted has the value: a Mermaid line cannot have a gap. */
  stable?: number[];
  bound?: number[];
}

/**
 * The series of each check across the steps, checks in the order they first appear. A step counts for a
 * check when it measured the check's canary value; a check with fewer than two such steps has no series
 * (a line through one point draws nothing, and the step's table says it all).
 */
export function checkSeries(steps: StepEvidence[]): CheckSeries[] {
  const names = [...new Set(steps.flatMap((s) => s.checks.map((c) => c.check)))];
  const series: CheckSeries[] = [];
  for (const check of names) {
    const points = steps
      .flatMap((s) => {
        const row = s.checks.find((c) => c.check === check);
        return row && finite(row.canary) ? [{ weight: s.weight, row }] : [];
      })
      .slice(-CHART_STEPS);
    if (points.length < 2) continue;
    const seen = new Map<number, number>();
    const weights = points.map(({ weight }) => {
      const n = (seen.get(weight) ?? 0) + 1;
      seen.set(weight, n);
      // Mermaid's band axis merges equal labels, so a weight recorded twice needs a distinct one.
      return n === 1 ? `${weight}%` : `${weight}% (${n})`;
    });
    const column = (value: (r: AnalysisRow) => number | null) =>
      points.every((p) => finite(value(p.row))) ? { values: points.map((p) => rounded(value(p.row)!)) } : undefined;
    const stable = column((r) => r.stable);
    const bound = column((r) => r.limit);
    series.push({
      check,
      weights,
      canary: points.map((p) => rounded(p.row.canary!)),
      ...(stable ? { stable: stable.values } : {}),
      ...(bound ? { bound: bound.values } : {}),
    });
  }
  return series;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * A number in Mermaid's xychart grammar, which reads `[+-]?(\d+(\.\d+)?|\.\d+)`: no exponent, so the
 * digits JavaScript would write as 1.5e-7 or 1e+21 are spelled out.
 */
export function mermaidNumber(x: number): string {
  const text = String(x);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return text;
  const [, sign, lead, rest = '', power] = exponent;
  const digits = lead! + rest;
  const e = Number(power);
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  return `${sign}${digits}${'0'.repeat(e - rest.length)}`;
}

/**
 * A quoted Mermaid string. The grammar ends a string at `"`, a backtick after the quote starts Markdown
 * text, and Mermaid reads `%%{` as a directive anywhere in the diagram; in a Markdown fence a line break or
 * backticks could end the block. Check names come from dhow.yaml, so anything but letters, digits and plain
 * punctuation becomes `_`, and a run of `%` becomes one.
 */
export function mermaidString(text: string): string {
  const safe = text
    .replace(/[^\p{L}\p{N} _.,:/()+=@%-]/gu, '_')
    .replace(/%+/g, '%')
    .slice(0, 80);
  return `"${safe}"`;
}

/**
 * One check's chart: a Mermaid `xychart-beta` block, which GitHub renders in comments and job summaries
 * (docs.github.com, "Creating diagrams": https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams).
 * Mermaid draws no legend, so a line under the block names the lines in the order drawn.
 */
export function checkChart(series: CheckSeries): string {
  const lines: Array<[string, number[] | undefined]> = [
    ['canary', series.canary],
    ['stable', series.stable],
    ['bound', series.bound],
  ];
  const drawn = lines.filter((l): l is [string, number[]] => l[1] !== undefined);
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidString(series.check)}`,
    `  x-axis "canary weight by step" [${series.weights.map(mermaidString).join(', ')}]`,
    ...drawn.map(([name, values]) => `  line ${mermaidString(name)} [${values.map(mermaidNumber).join(', ')}]`),
    '```',
    '',
    `Lines, in the order drawn: ${drawn.map(([name]) => name).join(', ')}.`,
  ].join('\n');
}

/** The charts of every check measured in two steps or more (the last CHART_STEPS of them); '' when none. */
export function analysisCharts(steps: StepEvidence[]): string {
  return checkSeries(steps).map(checkChart).join('\n\n');
}

/** The promotion request's sticky comment: a chart per check across the steps, then every recorded step, oldest first. */
export function rolloutComment(input: { model: string; environment: string; canary: string; stable: string; steps: StepEvidence[] }): string {
  const { model, environment, canary, stable, steps } = input;
  const charts = analysisCharts(steps);
  return [
    `### Rollout of ${model} ${canary} in ${environment} (stable: ${stable})`,
    '',
    'The analysis each recorded step rests on, from the registry history (`dhow rollout status --json`).',
    '',
    ...(charts ? [`#### Each check across the steps (the last ${CHART_STEPS} at most)`, '', charts, ''] : []),
    ...steps.flatMap((s) => [stepSection(s), '']),
  ]
    .join('\n')
    .trimEnd();
}

/**
 * One rollout's part of a job summary: what this step decided, and the analysis it measured (if any was due);
 * given the rollout's recorded steps (`history`, oldest first), also a chart per check across them and this step.
 */
export function summarySection(input: { model: string; environment: string; reasons: string[]; evidence: StepEvidence; history?: StepEvidence[] }): string {
  const { model, environment, reasons, evidence, history = [] } = input;
  const lines = [`### ${model} in ${environment}`, '', ...reasons.map((r) => `- ${cell(r)}`), ''];
  if (evidence.checks.length > 0 || evidence.ab) lines.push(stepSection(evidence), '');
  // This step ends the chart unless the history, read after its commit, holds it already.
  const recorded = evidence.commit !== undefined && history.some((s) => s.commit === evidence.commit);
  const charts = analysisCharts(recorded || evidence.checks.length === 0 ? history : [...history, evidence]);
  if (charts) lines.push(charts, '');
  return lines.join('\n');
}
