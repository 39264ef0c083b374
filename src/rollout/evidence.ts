/**
 * The evidence of a rollout a reviewer reads: the analysis of each step (check, canary value, stable value,
 * comparison, verdict, samples) as a Markdown table, for the promotion request's sticky comment and the job
 * summary, and as a one-line JSON trailer on the step's commit, so the registry's history is the record and
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

/** A number as a reviewer reads it: up to six significant digits, no float noise (0.12, not 0.12000000000000001). */
export function showNumber(x: number | null): string {
  return x === null ? '–' : String(Number(x.toPrecision(6)));
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

/** The promotion request's sticky comment: every recorded step of the rollout, oldest first. */
export function rolloutComment(input: { model: string; environment: string; canary: string; stable: string; steps: StepEvidence[] }): string {
  const { model, environment, canary, stable, steps } = input;
  return [
    `### Rollout of ${model} ${canary} in ${environment} (stable: ${stable})`,
    '',
    'The analysis each recorded step rests on, from the registry history (`dhow rollout status --json`).',
    '',
    ...steps.flatMap((s) => [stepSection(s), '']),
  ]
    .join('\n')
    .trimEnd();
}

/** One rollout's part of a job summary: what this step decided, and the analysis it measured (if any was due). */
export function summarySection(input: { model: string; environment: string; reasons: string[]; evidence: StepEvidence }): string {
  const { model, environment, reasons, evidence } = input;
  const lines = [`### ${model} in ${environment}`, '', ...reasons.map((r) => `- ${cell(r)}`), ''];
  if (evidence.checks.length > 0 || evidence.ab) lines.push(stepSection(evidence), '');
  return lines.join('\n');
}
