/**
 * The drift report in Markdown for job summaries and pull-request comments: the verdict, one table row
 * per column, and for every drifted column a Mermaid xychart of the reference (bars) and current (line)
 * shares per bin or value, so a reviewer sees the shift instead of reading numbers.
 */
import type { DriftColumnResult, DriftResult } from './index.js';
import { METHOD_RULES } from './stattests.js';
import { describeTextScore } from './text-content.js';

export function renderDriftMarkdown(result: DriftResult): string {
  const lines: string[] = [];
  const verdict = result.inconclusive ? 'inconclusive' : result.dataset_drift ? 'detected' : 'not detected';
  const icon = result.inconclusive ? '⚪' : result.dataset_drift ? '🔴' : '🟢';
  lines.push(`## ${icon} Data drift ${verdict}`, '');
  const decided = result.columns.filter((c) => !c.inconclusive).length;
  lines.push(
    `**${result.drifted_columns} of ${result.columns.length} columns drifted (${percent(result.share)})**; the data set drifts when the share reaches ${percent(result.drift_share)}.` +
      (decided < result.columns.length ? ` ${result.columns.length - decided} column(s) had too few current values to decide.` : ''),
    '',
    `Reference: \`${escapeCode(result.reference.file)}\` (${result.reference.rows} rows${result.reference.profile ? ', profile' : ''}) · Current: \`${escapeCode(result.current.file)}\` (${result.current.rows} rows)`,
    '',
    '| Column | Type | Method | Score | Threshold | Drifted |',
    '|---|---|---|---:|---:|:---:|',
  );
  for (const c of result.columns) {
    const drifted = c.inconclusive ? 'inconclusive' : c.drifted ? '**yes**' : 'no';
    const score = c.score === null ? '—' : formatScore(c.score) + (c.exact ? '' : ' ≈');
    lines.push(`| ${escapeCell(c.column)} | ${c.type} | ${c.method} | ${score} | ${c.threshold} | ${drifted} |`);
  }
  const textNotes = result.columns.flatMap((c) => describeTextScore(c) ?? []);
  if (textNotes.length > 0) lines.push('', ...textNotes.map((note) => `- ${escapeCell(note)}`));
  if (result.approximate_methods.length > 0) {
    lines.push(
      '',
      `≈ approximate (${result.approximate_methods.join(', ')}): computed from a sketch (a reference profile's quantiles or the current data folded in sketch mode), not from every value.`,
    );
  }
  lines.push(...dataQualityMarkdown(result));
  for (const c of result.columns.filter((x) => x.drifted && x.distribution)) lines.push('', ...chart(c));
  lines.push('');
  return lines.join('\n');
}

/** The data-quality section: only columns with unparsable values, and only when there are some. */
function dataQualityMarkdown(result: DriftResult): string[] {
  const q = result.data_quality;
  const bad = q.columns.filter((c) => c.invalid > 0);
  if (bad.length === 0) return [];
  const lines = [
    '',
    `### ${q.failed ? '🟠 Data quality check failed' : 'Data quality'}: ${q.invalid_values} value(s) of the current data are not numbers`,
    '',
    `Not counted as drift: these values are left out of the tests above. A column fails when more than ${percent(q.max_invalid_share)} of its rows hold one.`,
    '',
    '| Column | Invalid values | Share of rows | Failed |',
    '|---|---:|---:|:---:|',
  ];
  for (const c of bad) lines.push(`| ${escapeCell(c.column)} | ${c.invalid} | ${percent(c.share, 2)} | ${c.failed ? '**yes**' : 'no'} |`);
  return lines;
}

function chart(c: DriftColumnResult): string[] {
  const d = c.distribution!;
  const ref = d.reference.map((v) => round(v * 100));
  const cur = d.current.map((v) => round(v * 100));
  const top = Math.min(100, Math.ceil(Math.max(1, ...ref, ...cur) / 5) * 5);
  const comparison = METHOD_RULES[c.method].score;
  return [
    `### \`${escapeCode(c.column)}\`: ${c.method} ${comparison} ${formatScore(c.score!)} (threshold ${c.threshold})`,
    '',
    'Bars: reference, line: current (percent of values per ' +
      (c.type === 'numerical' && d.labels.length > 0 && !Number.isNaN(Number(d.labels[0])) ? 'bin or value' : 'value') +
      ').',
    '',
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(c.column)}: reference vs current"`,
    `    x-axis [${d.labels.map((l) => `"${mermaidText(l)}"`).join(', ')}]`,
    `    y-axis "percent" 0 --> ${top}`,
    `    bar [${ref.join(', ')}]`,
    `    line [${cur.join(', ')}]`,
    '```',
  ];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function percent(x: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return `${Math.round(x * 100 * scale) / scale}%`;
}

export function formatScore(x: number): string {
  if (x === 0) return '0';
  if (Math.abs(x) < 1e-4) return x.toExponential(2);
  return String(Math.round(x * 1e4) / 1e4);
}

function mermaidText(s: string): string {
  return s.replace(/["\n\r`]/g, "'").slice(0, 40);
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function escapeCode(s: string): string {
  return s.replace(/`/g, "'");
}
