/**
 * The gate report: a JSON document with a stable schema (kind GateReport), the Markdown the job summary
 * and the promotion pull request show (one row per gate and a Mermaid chart of candidate against
 * production), the `gates` object of the version record, and reading a report file back.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DhowError, schemaError } from '../errors.js';
import { sha256Digest } from '../registry/digest.js';
import { API_VERSION, Digest, type VersionRecord } from '../registry/schemas.js';
import { fmt } from './threshold.js';
import { signatureCode, sliceSummaryRows, slicesOf, sliceTable } from './text-slices.js';
import { jsonSyntaxMessage } from '../io/jsonl.js';

export const VerdictEnum = z.enum(['pass', 'fail', 'warn', 'inconclusive']);

export const GateResult = z
  .object({
    name: z.string().min(1),
    metric: z.string().min(1),
    source: z.enum(['candidate', 'fairness', 'text', 'arabic-data', 'latency', 'memory', 'residency', 'round-trip']),
    severity: z.enum(['block', 'warn']),
    verdict: VerdictEnum,
    /** True when this gate stops the promotion. */
    blocking: z.boolean(),
    value: z.number().nullable(),
    threshold: z.number().nullable(),
    'min-absolute-change': z.number().nullable(),
    'min-relative-change': z.number().nullable(),
    'greater-is-better': z.boolean(),
    /** The metric of the version live in the target environment. */
    baseline: z.number().nullable(),
    samples: z.number().nullable(),
    'min-samples': z.number().nullable(),
    reasons: z.array(z.string()),
    /** Source-specific detail (per-group rates, latency percentiles, residency findings ...). */
    details: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type GateResult = z.infer<typeof GateResult>;

export const GateReport = z
  .object({
    apiVersion: z.literal(API_VERSION),
    kind: z.literal('GateReport'),
    verdict: VerdictEnum,
    /** True when at least one gate blocks: the candidate may not be promoted. */
    blocked: z.boolean(),
    'policy-digest': Digest,
    'policy-files': z.array(z.string()),
    candidate: z.object({ file: z.string(), model: z.string().nullable(), version: z.string().nullable() }).strict(),
    environment: z.string().nullable(),
    /** The version live in the environment, the baseline of every change check; null when none is. */
    'baseline-version': z.string().nullable(),
    'generated-at': z.iso.datetime({ offset: true }),
    gates: z.array(GateResult),
  })
  .strict();
export type GateReport = z.infer<typeof GateReport>;

/**
 * The overall verdict: fail when a gate blocks on a failure; inconclusive when the rest pass but some
 * gate could not decide (blocking or not, as `blocked` says); warn when only warnings failed; else pass.
 */
export function overallVerdict(gates: Pick<GateResult, 'verdict' | 'blocking'>[]): { verdict: GateReport['verdict']; blocked: boolean } {
  const blocked = gates.some((g) => g.blocking);
  if (gates.some((g) => g.verdict === 'fail')) return { verdict: 'fail', blocked };
  if (gates.some((g) => g.verdict === 'inconclusive')) return { verdict: 'inconclusive', blocked };
  if (gates.some((g) => g.verdict === 'warn')) return { verdict: 'warn', blocked };
  return { verdict: 'pass', blocked };
}

/** The report as the file holds it: two-space JSON with a final newline (its digest is of these bytes). */
export function serializeReport(report: GateReport): string {
  return `${JSON.stringify(GateReport.parse(report), null, 2)}\n`;
}

export function reportDigest(serialized: string): string {
  return sha256Digest(serialized);
}

/**
 * A gate report file as the promote and register actions take it: the report and the text its digest is
 * of. Errors name the file and `field`, the input that named it.
 */
export async function readGateReportFile(path: string, field: string): Promise<{ report: GateReport; text: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DhowError('invalid-input', `cannot read it: ${(error as Error).message}`, { file: path, field });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DhowError('invalid-input', `not JSON: ${jsonSyntaxMessage(error)}`, { file: path, field });
  }
  const parsed = GateReport.safeParse(data);
  if (!parsed.success) throw schemaError(parsed.error.issues, { file: path, field, what: 'not a dhow gate report' });
  return { report: parsed.data, text };
}

/** The `gates` field of the version record. */
export function versionGates(report: GateReport, digestOfReport?: string): NonNullable<VersionRecord['gates']> {
  const finite = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);
  return {
    verdict: report.verdict,
    'policy-digest': report['policy-digest'],
    ...(digestOfReport ? { 'report-digest': digestOfReport } : {}),
    summary: report.gates.flatMap((g) => [
      {
        gate: g.name,
        metric: g.metric,
        verdict: g.verdict,
        value: finite(g.value),
        threshold: finite(g.threshold),
        baseline: finite(g.baseline),
      },
      // A sliced text gate's slices: the next run reads them back as each slice's baseline.
      ...sliceSummaryRows(g.name, g.metric, finite(g.threshold), slicesOf(g.details) ?? []),
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown

const VERDICT_LABEL: Record<GateReport['verdict'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  warn: '⚠️ warn',
  inconclusive: '❔ inconclusive',
};

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim() || ' ';
}

function number(value: number | null): string {
  return value === null ? '–' : fmt(value);
}

/** The threshold column: every check the gate makes, in the direction it makes it. */
export function describeThreshold(g: Pick<GateResult, 'threshold' | 'min-absolute-change' | 'min-relative-change' | 'greater-is-better'>): string {
  const better = g['greater-is-better'];
  const parts: string[] = [];
  if (g.threshold !== null) parts.push(`${better ? '≥' : '≤'} ${fmt(g.threshold)}`);
  if (g['min-absolute-change'] !== null) parts.push(`${better ? '+' : '−'}${fmt(g['min-absolute-change'])} vs live`);
  if (g['min-relative-change'] !== null) parts.push(`${better ? '+' : '−'}${fmt(g['min-relative-change'] * 100)}% vs live`);
  return parts.join('; ') || '–';
}

function headline(report: GateReport): string {
  const blocking = report.gates.filter((g) => g.blocking).length;
  if (report.blocked) return `❌ refused: ${blocking} blocking gate${blocking === 1 ? '' : 's'}`;
  switch (report.verdict) {
    case 'pass':
      return '✅ passed';
    case 'warn':
      return '⚠️ passed with warnings';
    default:
      return '❔ passed, with inconclusive gates that do not block';
  }
}

/** A quoted Mermaid label: quotes cannot be escaped there, so they become apostrophes. */
function label(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

/**
 * Mermaid xychart-beta: each gate's candidate value as a percentage of the live version's in the target
 * environment (= 100; production, usually),
 * so metrics of different units share one axis. Gates without a baseline (or a baseline of 0) are left out.
 */
export function mermaidChart(report: GateReport): string | undefined {
  const rows = report.gates.filter((g) => g.value !== null && g.baseline !== null && g.baseline !== 0 && Number.isFinite(g.value));
  if (rows.length === 0) return undefined;
  const candidate = rows.map((g) => Number(((g.value! / g.baseline!) * 100).toFixed(1)));
  const top = Math.max(100, ...candidate);
  // The baseline is what runs in the target environment, which is not always production.
  const live = report.environment ?? 'production';
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${label(`Candidate as % of ${live} ${report['baseline-version'] ?? ''}`.trim())}`,
    `    x-axis [${rows.map((g) => label(g.name)).join(', ')}]`,
    `    y-axis ${label(`% of ${live}`)} 0 --> ${Math.ceil(top * 1.1)}`,
    `    bar [${candidate.join(', ')}]`,
    `    line [${rows.map(() => 100).join(', ')}]`,
    '```',
  ].join('\n');
}

export function renderMarkdown(report: GateReport): string {
  const who = report.candidate.model
    ? `\`${report.candidate.model}${report.candidate.version ? `@${report.candidate.version}` : ''}\``
    : `\`${report.candidate.file}\``;
  const against =
    report.environment === null
      ? 'no target environment (change checks do not apply)'
      : report['baseline-version'] === null
        ? `\`${report.environment}\`, where no version is live yet`
        : `\`${report.candidate.model}@${report['baseline-version']}\`, live in \`${report.environment}\``;
  const lines = [
    `### dhow gates: ${headline(report)}`,
    '',
    `Candidate ${who} against ${against}. Policy \`${report['policy-digest'].slice(0, 19)}…\`${report['policy-files'].length ? ` from ${report['policy-files'].map((f) => `\`${f}\``).join(', ')}` : ''}.`,
    '',
    '| Gate | Metric | Value | Threshold | Baseline | Verdict | Why |',
    '| --- | --- | ---: | --- | ---: | --- | --- |',
    ...report.gates.map((g) =>
      [
        '',
        cell(g.severity === 'warn' ? `${g.name} (warn only)` : g.name),
        cell(`\`${g.metric}\``),
        number(g.value),
        cell(describeThreshold(g)),
        number(g.baseline),
        cell(`${VERDICT_LABEL[g.verdict]}${g.verdict === 'inconclusive' && g.blocking ? ' (blocks)' : ''}`),
        cell(g.reasons.join('; ') || (g.verdict === 'pass' ? 'within the threshold' : '')),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  // A text metric's number means little without how it was made (tokenizer, case, transforms): its signature.
  const signatureOf = (g: GateResult) => (g.source === 'text' && typeof g.details.signature === 'string' ? g.details.signature : undefined);
  const unsliced = report.gates.filter((g) => signatureOf(g) !== undefined && !slicesOf(g.details)?.length);
  if (unsliced.length > 0) {
    lines.push('', 'Text metrics were measured as their signatures say:', '');
    for (const g of unsliced) lines.push(`- ${cell(g.name)} (\`${cell(g.metric)}\`): ${signatureCode(signatureOf(g)!)}`);
  }
  for (const g of report.gates) {
    const slices = slicesOf(g.details);
    if (slices && slices.length > 0) lines.push('', ...sliceTable(g.name, g.metric, String(g.details['slice-by'] ?? 'slice'), slices, signatureOf(g)));
  }
  const chart = mermaidChart(report);
  if (chart) lines.push('', chart);
  return `${lines.join('\n')}\n`;
}
