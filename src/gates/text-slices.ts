/**
 * The text gate per slice (`source.slice-by`): every slice's value is decided with the gate's own threshold,
 * min-samples and change checks, against the same slice of the version live in the target environment (the
 * live version's gate run recorded it as the summary row `<gate>[<slice>]`). The gate's row keeps the whole
 * corpus' value; its verdict is the worst of the whole and the slices, and its reasons name the slices. This
 * module also writes those summary rows and the Markdown table of slices.
 */
import type { GateResults } from '../registry/schemas.js';
import type { Gate } from './policy.js';
import type { LiveVersion } from './regression.js';
import { decide, fmt, type Baseline, type Decision, type Verdict } from './threshold.js';

/** One slice's row in the gate result's details (`details.slices`). */
export interface SliceRow {
  slice: string;
  value: number | null;
  baseline: number | null;
  samples: number;
  verdict: Verdict;
  reasons: string[];
}

/** The summary row name that carries a slice's value to the next run's baseline. */
export function sliceGateName(gate: string, slice: string): string {
  return `${gate}[${slice}]`;
}

function sliceBaseline(gate: Pick<Gate, 'name'>, slice: string, live: LiveVersion | null): Baseline {
  if (live === null) return { kind: 'no-live-version' };
  const key = sliceGateName(gate.name, slice);
  return Object.hasOwn(live.gateValues, key)
    ? { kind: 'value', version: live.version, value: live.gateValues[key]! }
    : { kind: 'missing', version: live.version };
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, inconclusive: 2, fail: 3 };

/** Decides every slice and folds them into the gate's decision (the worst verdict; blocking if any blocks). */
export function decideSlices(
  gate: Gate,
  whole: Decision,
  slices: ReadonlyArray<{ slice: string; value: number | null; samples: number }>,
  live: LiveVersion | null,
  inconclusive: 'block' | 'warn',
): { decision: Decision; rows: SliceRow[] } {
  const rows: SliceRow[] = [];
  let verdict = whole.verdict;
  let blocking = whole.blocking;
  const reasons = [...whole.reasons];
  for (const s of slices) {
    const baseline = sliceBaseline(gate, s.slice, live);
    const d = decide(gate, { value: s.value, samples: s.samples }, baseline, inconclusive);
    rows.push({
      slice: s.slice,
      value: s.value !== null && Number.isFinite(s.value) ? s.value : null,
      baseline: baseline.kind === 'value' ? baseline.value : null,
      samples: s.samples,
      verdict: d.verdict,
      reasons: d.reasons,
    });
    if (RANK[d.verdict] > RANK[verdict]) verdict = d.verdict;
    blocking ||= d.blocking;
    if (d.verdict !== 'pass') reasons.push(...d.reasons.map((r) => `slice ${s.slice}: ${r}`));
  }
  return { decision: { verdict, blocking, reasons }, rows };
}

/** The version record's summary rows for a gate's slices (read back by liveVersionOf as baselines). */
export function sliceSummaryRows(gate: string, metric: string, threshold: number | null, slices: readonly SliceRow[]): GateResults['summary'] {
  return slices.map((s) => ({ gate: sliceGateName(gate, s.slice), metric, verdict: s.verdict, value: s.value, threshold, baseline: s.baseline }));
}

/** Reads `details.slices` of a gate result back (it is `unknown` in the report schema). */
export function slicesOf(details: Record<string, unknown>): SliceRow[] | undefined {
  const rows = details.slices;
  return Array.isArray(rows) ? (rows as SliceRow[]) : undefined;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';
}

/**
 * A signature as inline code on a line of its own (never in a table: its "|" would split cells, and escaping
 * them would show the backslashes in the code span). A backtick would end the span early, so none passes.
 */
export function signatureCode(signature: string): string {
  return `\`${signature.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}

/** The Markdown table of one gate's slices, under the signature of how every value in it was made. */
export function sliceTable(gate: string, metric: string, sliceBy: string, rows: readonly SliceRow[], signature?: string): string[] {
  const n = (v: number | null) => (v === null ? '–' : fmt(v));
  return [
    `#### ${cell(gate)}: \`${cell(metric)}\` by \`${cell(sliceBy)}\``,
    '',
    ...(signature ? [`Signature: ${signatureCode(signature)}`, ''] : []),
    '| Slice | Value | Baseline | Segments | Verdict | Why |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map((r) => `| ${cell(r.slice)} | ${n(r.value)} | ${n(r.baseline)} | ${r.samples} | ${r.verdict} | ${cell(r.reasons.join('; ') || ' ')} |`),
  ];
}
