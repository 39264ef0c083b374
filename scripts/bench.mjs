#!/usr/bin/env node
// npm run bench [-- NAME...] [-- --smoke] [-- --markdown] [-- --help]: runs every benchmark in test/bench/ (or those named, e.g.
// `registry drift`) one after another, each printing its own output, then one table of the ratios they recorded
// against the peers and floors measured in the same run. Exit 1 when a benchmark failed or missed a target.
// --smoke runs each at its smallest size (DHOW_BENCH_SMOKE=1): a check that it still runs, not a measurement;
// missed targets do not fail a smoke run.
// Each benchmark takes --help on its own: npx tsx test/bench/drift.bench.ts --help
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(root, 'test', 'bench');
const all = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(
    `usage: npm run bench [-- NAME...] [-- --smoke] [-- --markdown]\n  runs ${all.join(', ')} (default: all) and prints one table of ratios\n` +
      `  --smoke     each at its smallest size: checks that it runs; its numbers are not measurements\n` +
      `  --markdown  the table again as Markdown (the README's Speed section)\n` +
      `  each benchmark's own options: npx tsx test/bench/NAME.bench.ts --help\n`,
  );
  process.exit(0);
}
const smoke = argv.includes('--smoke');
const markdown = argv.includes('--markdown');
const args = argv.filter((a) => a !== '--smoke' && a !== '--markdown');
const unknown = args.filter((a) => !all.includes(a));
if (unknown.length) {
  process.stderr.write(`npm run bench: unknown benchmark ${unknown.join(', ')} (known: ${all.join(', ')})\n`);
  process.exit(2);
}
const chosen = args.length ? args : all;
const dir = mkdtempSync(join(tmpdir(), 'dhow-bench-'));
const report = join(dir, 'rows.jsonl');
const failed = [];
for (const name of chosen) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(benchDir, `${name}.bench.ts`)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DHOW_BENCH_REPORT: report, ...(smoke ? { DHOW_BENCH_SMOKE: '1' } : {}) },
  });
  if (r.status !== 0) failed.push(name);
}
const rows = existsSync(report)
  ? readFileSync(report, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
rmSync(dir, { recursive: true, force: true });

const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const table = [
  ['bench', 'measure', 'value', 'against', 'ratio', 'target', ''],
  ...rows.map((r) => [
    r.bench,
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    r.against,
    `${fmt(r.ratio)}x`,
    r.target,
    r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
process.stdout.write('\n');
for (const [i, row] of table.entries()) {
  process.stdout.write(
    `${row
      .map((cell, j) => String(cell).padEnd(widths[j]))
      .join('  ')
      .trimEnd()}\n`,
  );
  if (i === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
}
// --markdown: the same table as Markdown, as the README's "Speed" section holds it.
if (markdown) {
  const cell = (v) => String(v).replaceAll('|', '\\|');
  const header = table[0].map((name, i) => (i === table[0].length - 1 ? 'met' : name));
  process.stdout.write(`\n| ${header.map(cell).join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
  for (const row of table.slice(1)) process.stdout.write(`| ${row.map(cell).join(' | ')} |\n`);
}
const missed = rows.filter((r) => r.met === false);
if (failed.length) process.stdout.write(`\nfailed: ${failed.join(', ')}\n`);
if (missed.length) process.stdout.write(`missed targets: ${missed.length}\n`);
process.exitCode = failed.length || (missed.length && !smoke) ? 1 : 0;
