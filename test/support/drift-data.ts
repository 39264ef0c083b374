/**
 * Small CSV data sets whose drift is known by hand, and a parser of Prometheus' text format, for the tests
 * of `dhow drift --serve`. Four numerical columns of 40 distinct values each: with at most 1000 reference
 * rows and more than 5 distinct values every column is tested with two-sample KS. A column copied
 * unchanged has D = 0 and p = 1; a column shifted by +1000 shares no value range with the reference, so
 * D = 1 and the exact two-sided p-value is 2 / C(n + m, n) (only the two extreme lattice paths reach it).
 */
import { writeFile, rename } from 'node:fs/promises';

export const COLUMNS = ['a', 'b', 'c', 'd'] as const;
export type Column = (typeof COLUMNS)[number];

/** Row i of the reference: four different permutations of 40 distinct values. */
function referenceRow(i: number): Record<Column, number> {
  return { a: i, b: (i * 7) % 40, c: i * 0.5 + 0.25, d: 40 - i };
}

/** `rows` rows (at most 40) of the reference, with the named columns shifted by +1000. */
export function driftCsv(options: { rows?: number; shifted?: Column[] } = {}): string {
  const rows = options.rows ?? 40;
  const shifted = new Set(options.shifted ?? []);
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const row = referenceRow(i);
    lines.push(COLUMNS.map((c) => String(row[c] + (shifted.has(c) ? 1000 : 0))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes through a temporary file and a rename, as a careful producer of the current sample does. */
export async function replaceFile(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

/** C(n, k) exactly, then as a float. */
export function binomial(n: number, k: number): number {
  let value = 1n;
  for (let i = 1n; i <= BigInt(k); i++) value = (value * (BigInt(n - k) + i)) / i;
  return Number(value);
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses Prometheus' text exposition format (version 0.0.4): one sample per non-comment line. */
export function parsePrometheusText(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: \d+)?$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, raw] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key!] = raw!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    const value = match[3] === '+Inf' ? Infinity : match[3] === '-Inf' ? -Infinity : Number(match[3]);
    samples.push({ name: match[1]!, labels, value });
  }
  return samples;
}

/** The samples named `name` whose labels include `labels`. */
export function samplesOf(samples: Sample[], name: string, labels: Record<string, string> = {}): Sample[] {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}
