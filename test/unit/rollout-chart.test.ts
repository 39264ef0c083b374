/**
 * The chart of each analysis check across a rollout's steps (src/rollout/evidence.ts): a Mermaid
 * `xychart-beta` block in the sticky comment and the job summary. The blocks are read back with a small
 * reader of the grammar lines the renderer may emit (Mermaid's xychart.jison: quoted strings end at `"`,
 * numbers are `[+-]?(\d+(\.\d+)?|\.\d+)`), and every value is checked against the StepEvidence given and the
 * table cells of the same steps.
 */
import { describe, expect, it } from 'vitest';
import { analysisCharts, CHART_STEPS, mermaidNumber, rolloutComment, summarySection, type AnalysisRow, type StepEvidence } from '../../src/rollout/evidence.js';

interface Chart {
  title: string;
  weights: string[];
  lines: Record<string, number[]>;
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const STRING = '"[^"`\\n%]*(?:%[^"`\\n%]*)*"'; // no quote, backtick, line break or `%%` inside

/** Reads every ```mermaid block of a text, failing on any line that is not one of the grammar's lines we emit. */
function readCharts(markdown: string): Chart[] {
  const fences = markdown.split('\n').filter((l) => l.startsWith('```'));
  // Every block is closed: no label opened or closed a fence of its own.
  expect(fences.length % 2).toBe(0);
  return [...markdown.matchAll(/^```mermaid\n([^`]*?)\n```$/gm)].map(([, body]) => {
    const [header, ...statements] = body!.split('\n');
    expect(header).toBe('xychart-beta');
    const chart: Chart = { title: '', weights: [], lines: {} };
    for (const line of statements) {
      let m: RegExpExecArray | null;
      if ((m = new RegExp(`^  title (${STRING})$`).exec(line))) chart.title = m[1]!.slice(1, -1);
      else if ((m = new RegExp(`^  x-axis ${STRING} \\[(${STRING}(?:, ${STRING})*)\\]$`).exec(line)))
        chart.weights = [...m[1]!.matchAll(new RegExp(STRING, 'g'))].map((s) => s[0].slice(1, -1));
      else if ((m = new RegExp(`^  line (${STRING}) \\[(${NUMBER}(?:, ${NUMBER})*)\\]$`).exec(line)))
        chart.lines[m[1]!.slice(1, -1)] = m[2]!.split(', ').map(Number);
      else throw new Error(`not a line of the xychart grammar we emit: ${JSON.stringify(line)}`);
    }
    for (const values of Object.values(chart.lines)) expect(values).toHaveLength(chart.weights.length);
    return chart;
  });
}

/** The table rows of one step's section in a comment, by check (the cells after the check's name). */
function stepRows(comment: string, step: number): Record<string, string[]> {
  const section = comment.split('#### ').find((s) => s.startsWith(`Step ${step} (`))!;
  return Object.fromEntries(
    section
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Check') && !l.startsWith('| ---'))
      .map((l) => {
        const [check, ...cells] = l.slice(2, -2).split(' | ');
        return [check!, cells];
      }),
  );
}

const row = (check: string, canary: number | null, stable: number | null, limit: number | null): AnalysisRow => ({
  check,
  verdict: 'pass',
  canary,
  stable,
  samples: null,
  comparison: limit === null ? 'no bound' : stable === null ? `at most ${limit}` : 'at most stable + 20%',
  limit,
});
const step = (n: number, weight: number, checks: AnalysisRow[]): StepEvidence => ({
  step: n,
  weight,
  action: 'advance',
  at: `2026-11-22T10:0${n}:00Z`,
  checks,
  commit: String(n).repeat(40),
});
const comment = (steps: StepEvidence[]) => rolloutComment({ model: 'arabic-sentiment', environment: 'production', canary: '1.4.0', stable: '1.3.0', steps });

// Three steps, the second recorded twice at 25% (a failed measurement, then a passing one). p99 is relative to
// the stable version (bound = stable * 1.2, float noise included); the error rate has an absolute bound; the
// drift share was measured in one step only; "labels" never got a number.
const steps: StepEvidence[] = [
  step(1, 10, [row('p99-latency', 0.11, 0.1, 0.1 * 1.2), row('error-rate', 0.012, null, 0.05), row('labels', null, null, null)]),
  step(2, 25, [row('p99-latency', 0.1 * 1.3, 0.1, 0.1 * 1.2), row('error-rate', 0.00000015, null, 0.05), row('drift', 0.2, null, 0.3)]),
  step(3, 25, [row('p99-latency', 0.118, 0.099, 0.099 * 1.2), row('error-rate', 1234567.89, null, 0.05), row('labels', null, null, null)]),
];

describe('the chart of each analysis check across the steps', () => {
  it('draws each check measured in two steps or more: weights on the x axis, canary, stable and bound as lines', () => {
    const charts = readCharts(comment(steps));
    expect(charts.map((c) => c.title)).toEqual(['p99-latency', 'error-rate']);
    // A weight recorded twice gets a distinct label (Mermaid's band axis would merge them).
    for (const chart of charts) expect(chart.weights).toEqual(['10%', '25%', '25% (2)']);
    const [p99, errors] = charts;
    expect(Object.keys(p99!.lines)).toEqual(['canary', 'stable', 'bound']);
    // The error rate has no stable value: no stable line, and no gap drawn as zero.
    expect(Object.keys(errors!.lines)).toEqual(['canary', 'bound']);
  });

  it('charts the values the tables show, computed from the evidence given', () => {
    const text = comment(steps);
    const [p99, errors] = readCharts(text);
    // Six significant digits, as a reviewer reads the tables: 0.1 * 1.3 is 0.13, 1234567.89 is 1234570.
    const sixDigits = (x: number) => Number(x.toPrecision(6));
    const of = (check: string, pick: (r: AnalysisRow) => number | null) => steps.map((s) => sixDigits(pick(s.checks.find((c) => c.check === check)!)!));
    expect(p99!.lines).toEqual({
      canary: of('p99-latency', (r) => r.canary),
      stable: of('p99-latency', (r) => r.stable),
      bound: of('p99-latency', (r) => r.limit),
    });
    expect(p99!.lines.canary).toEqual([0.11, 0.13, 0.118]);
    expect(p99!.lines.bound).toEqual([0.12, 0.12, 0.1188]);
    expect(errors!.lines).toEqual({ canary: [0.012, 0.00000015, 1234570], bound: [0.05, 0.05, 0.05] });
    // And the same numbers as the table cells of each step.
    steps.forEach((s, i) => {
      const [canary, stable] = stepRows(text, s.step)['p99-latency']!;
      expect([p99!.lines.canary![i], p99!.lines.stable![i]]).toEqual([Number(canary), Number(stable)]);
      expect(errors!.lines.canary![i]).toBe(Number(stepRows(text, s.step)['error-rate']![0]));
    });
  });

  it('spells numbers out without an exponent, which the grammar cannot read', () => {
    expect(mermaidNumber(1.5e-7)).toBe('0.00000015');
    expect(mermaidNumber(-2.5e-9)).toBe('-0.0000000025');
    expect(mermaidNumber(1.23457e22)).toBe('12345700000000000000000');
    expect(mermaidNumber(0.012)).toBe('0.012');
    // The table may write 1.5e-7; the chart may not.
    for (const [block] of comment(steps).matchAll(/```mermaid\n[^`]*```/g)) expect(block).not.toMatch(/\d[eE][+-]?\d/);
  });

  it('skips a check without numbers and leaves out a line missing a value, never drawing a gap as zero', () => {
    const gappy = [step(1, 10, [row('p99-latency', 0.11, null, 0.12)]), step(2, 50, [row('p99-latency', 0.12, 0.1, 0.12)])];
    const [p99] = readCharts(comment(gappy));
    expect(Object.keys(p99!.lines)).toEqual(['canary', 'bound']);
    expect(analysisCharts([step(1, 10, [row('labels', null, null, null)]), step(2, 50, [row('labels', Number.NaN, null, null)])])).toBe('');
    // One step alone: the table says it all (a line through one point draws nothing).
    expect(readCharts(comment(steps.slice(0, 1)))).toEqual([]);
    expect(comment(steps.slice(0, 1))).not.toContain('```mermaid');
  });

  it(`keeps to the last ${CHART_STEPS} steps a check was measured in`, () => {
    const many = Array.from({ length: 25 }, (_, i) => step(i + 1, i + 1, [row('error-rate', (i + 1) / 1000, null, 0.05)]));
    const [chart] = readCharts(comment(many));
    expect(chart!.weights).toHaveLength(20);
    expect(chart!.weights[0]).toBe('6%');
    expect(chart!.lines.canary).toEqual(Array.from({ length: 20 }, (_, i) => (i + 6) / 1000));
    // The tables still list every step.
    expect(comment(many)).toContain('#### Step 1 (1% of traffic)');
  });

  it('quotes a hostile check name so that it cannot end the string, the block or add a directive', () => {
    const hostile = 'evil"] \n```\n%%{init: {"theme":"dark"}}%%\n  line [1, 2] `x` <img src=x>';
    const text = comment([step(1, 10, [row(hostile, 0.1, 0.2, 0.3)]), step(2, 50, [row(hostile, 0.2, 0.2, 0.3)])]);
    const charts = readCharts(text);
    expect(charts).toHaveLength(1);
    expect(charts[0]!.lines).toEqual({ canary: [0.1, 0.2], stable: [0.2, 0.2], bound: [0.3, 0.3] });
    expect(charts[0]!.title).not.toMatch(/["`<>{}\n[\]]|%%/);
    const block = /```mermaid\n[^]*?\n```/.exec(text)![0];
    expect(block).not.toContain('%%');
    expect(block.split('\n')).toHaveLength(8);
  });
});

describe('the chart in a job summary', () => {
  const [first, second, third] = steps;
  const summary = (evidence: StepEvidence, history?: StepEvidence[]) =>
    summarySection({ model: 'arabic-sentiment', environment: 'production', reasons: ['advanced'], evidence, ...(history ? { history } : {}) });

  it('charts the recorded steps and this one after them', () => {
    const waiting: StepEvidence = { ...third!, action: 'wait' };
    delete waiting.commit;
    const [p99] = readCharts(summary(waiting, [first!, second!]));
    expect(p99!.weights).toEqual(['10%', '25%', '25% (2)']);
    expect(p99!.lines.canary).toEqual([0.11, 0.13, 0.118]);
  });

  it('does not chart a step twice when the history read after its commit holds it already', () => {
    expect(readCharts(summary(third!, steps))[0]!.weights).toEqual(['10%', '25%', '25% (2)']);
  });

  it('has no chart for a step without its history', () => {
    expect(summary(third!)).not.toContain('```mermaid');
  });
});
