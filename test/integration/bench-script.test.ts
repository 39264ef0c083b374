/**
 * `npm run bench` (scripts/bench.mjs) must not rot: its --help lists every benchmark, every benchmark answers
 * --help with what it measures, and a smoke run of one benchmark at its smallest size prints the one table of
 * ratios. The numbers of a smoke run are not checked: they measure nothing at that size.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const benches = readdirSync(join(root, 'test', 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, DHOW_BENCH_REPORT: '' }, maxBuffer: 16 << 20 });
}

describe('npm run bench', () => {
  it('lists every benchmark in its --help', () => {
    const r = run(process.execPath, ['scripts/bench.mjs', '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(benches.length).toBeGreaterThan(5);
    for (const name of benches) expect(r.stdout).toContain(name);
    expect(r.stdout).toContain('--smoke');
  });

  it('refuses a benchmark it does not know, naming it', () => {
    const r = run(process.execPath, ['scripts/bench.mjs', 'no-such-bench']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown benchmark no-such-bench');
  });

  it.each(benches)('%s.bench.ts answers --help with its opening comment', (name) => {
    const r = run(tsx, [join('test', 'bench', `${name}.bench.ts`), '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.startsWith(`${name}.bench.ts\n\n`)).toBe(true);
    // The comment says what is measured against what: a target, a floor, a peer or a bound.
    expect(r.stdout).toMatch(/target|floor|peer|within/i);
  });

  it('runs the metrics benchmark at its smallest size and prints the table of ratios', () => {
    const r = run(process.execPath, ['scripts/bench.mjs', 'metrics', '--smoke', '--markdown']);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('=== metrics ===');
    expect(r.stdout).toContain('2,000 rows');
    expect(r.stdout).toContain('200 segment pairs');
    const table = r.stdout.slice(r.stdout.lastIndexOf('bench  '));
    expect(table).toMatch(/^bench\s+measure\s+value\s+against\s+ratio\s+target/);
    expect(table).toMatch(/metrics\s+fairness, CPU\s+[\d.]+ ms\s+read \+ byte scan\s+[\d.]+x\s+<= 3x/);
    expect(table).toMatch(/metrics\s+WER\+CER\+BLEU\+chrF, CPU\s+[\d.]+ ms\s+read \+ JSON\.parse\s+[\d.]+x\s+<= 10x/);
    expect(r.stdout).not.toContain('failed:');
    // --markdown: the same rows again as a Markdown table (the README's Speed section).
    expect(r.stdout).toContain('| bench | measure | value | against | ratio | target |');
    expect(r.stdout).toMatch(/^\| metrics \| fairness, CPU \| [\d.]+ ms \| read \+ byte scan \| [\d.]+x \| <= 3x \| (met|MISSED) \|$/m);
  });
});
