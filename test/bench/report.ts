/**
 * What every benchmark shares: `--help` prints the benchmark's opening block comment (what it measures, against
 * which peer or floor, its targets and arguments), and `benchRow` records one ratio for the table that
 * `npm run bench` prints at the end (appended as a JSON line to $DHOW_BENCH_REPORT when the runner set it; a
 * benchmark run by hand just prints its own output). `--smoke` (or DHOW_BENCH_SMOKE=1, which `npm run bench -- --smoke`
 * sets) asks every benchmark for its smallest size: a check that it still runs, not a measurement.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  /** The measure, e.g. "status, 10,000 versions" or "fairness wall". */
  measure: string;
  /** What dhow did, in `unit`. */
  value: number;
  unit: string;
  /** The peer or floor measured in the same run, e.g. "git cat-file --batch" or "pandas + scipy". */
  against: string;
  /** value / peer (or the inverse where the text says so): the number the target is about. */
  ratio: number;
  /** The target, e.g. "<= 3x"; empty when the row only informs. */
  target: string;
  /** Whether the target was met (undefined: no target). */
  met?: boolean;
}

/** True when the run is a smoke test: the smallest sizes, numbers not meant to be read. */
export function smokeRun(): boolean {
  return process.argv.includes('--smoke') || process.env.DHOW_BENCH_SMOKE === '1';
}

/** Prints the benchmark's block comment and exits when asked for --help (call first thing). */
export function handleHelp(moduleUrl: string): void {
  if (!process.argv.slice(2).some((a) => a === '--help' || a === '-h')) return;
  const file = fileURLToPath(moduleUrl);
  const text = readFileSync(file, 'utf8');
  const match = /^\/\*\*([\s\S]*?)\*\//.exec(text);
  const body = (match?.[1] ?? '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
  process.stdout.write(`${basename(file)}\n\n${body}\n`);
  process.exit(0);
}

/** Records one row of `npm run bench`'s table (a no-op unless the runner set $DHOW_BENCH_REPORT). */
export function benchRow(bench: string, row: BenchRow): void {
  const file = process.env.DHOW_BENCH_REPORT;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ bench, ...row })}\n`);
}
