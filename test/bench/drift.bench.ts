/**
 * Drift benchmark: 1,000,000 current rows x 12 columns (8 numerical, 4 categorical) against 100,000
 * reference rows. Prints, from the same run (medians over --repeat fresh processes each; the CPU time,
 * user + system, is the steadier number on a shared machine):
 *   - dhow's time: cold (the first detectDrift call of a fresh process, what one CLI run pays) and warm
 *     (later calls in the same process, JIT warm), and its peak memory (maxRSS) against the numerical
 *     values held as float64 plus the process's baseline RSS (node and the code: the constant);
 *   - the floor: reading both files in 1 MiB chunks and scanning every byte for separators and newlines;
 *   - where python3 has pandas and scipy: the same computation as Evidently runs it (read_csv, then
 *     _get_default_stattest's choice and the scipy tests), its time and peak memory;
 * and the ratios; then whole processes: `dhow drift --json` from the built bundle against a floor process. Run: npx tsx test/bench/drift.bench.ts [--rows N] [--reference-rows N] [--repeat N] [--python PATH]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRow, handleHelp, smokeRun } from './report.js';

handleHelp(import.meta.url);

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string' },
    'reference-rows': { type: 'string' },
    python: { type: 'string' },
    repeat: { type: 'string' },
    smoke: { type: 'boolean' },
  },
});
// --smoke: 2,000 current and 500 reference rows, one repeat (a check that it runs).
const smoke = smokeRun();
const REPEAT = Math.max(1, Number(args.repeat ?? (smoke ? 1 : 5)));
const ROWS = Number(args.rows ?? (smoke ? 2_000 : 1_000_000));
const REF_ROWS = Number(args['reference-rows'] ?? (smoke ? 500 : 100_000));
// The python that has pandas and scipy: --python, else `python3` on PATH, else Debian's (apt-get install python3-pandas
// python3-scipy puts them under /usr/bin/python3, which a pyenv or venv python3 earlier on PATH does not see).
const PYTHON =
  args.python ?? ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pandas, scipy'], { encoding: 'utf8' }).status === 0) ?? 'python3';
const root = new URL('../..', import.meta.url).pathname;
const dir = join(tmpdir(), `dhow-drift-bench-${ROWS}-${REF_ROWS}`);
mkdirSync(dir, { recursive: true });
const referenceFile = join(dir, 'reference.csv');
const currentFile = join(dir, 'current.csv');

const CATEGORIES = [
  ['red', 'green', 'blue', 'amber', 'black'],
  Array.from({ length: 12 }, (_, i) => `city-${i}`),
  ['ar', 'en', 'fr'],
  Array.from({ length: 20 }, (_, i) => `sku${i * 7}`),
];

async function generate(file: string, rows: number, seed: number, drift: boolean): Promise<void> {
  if (existsSync(file)) return;
  let s = seed >>> 0;
  const random = () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    s ^= s >>> 12;
    return (s >>> 0) / 2 ** 32;
  };
  const normal = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const out = createWriteStream(`${file}.tmp`);
  let buf = 'age,income,score,latency_ms,tokens,temperature,ratio,balance,color,city,lang,sku\n';
  for (let i = 0; i < rows; i++) {
    const shift = drift ? 0.6 : 0;
    const cells = [
      (35 + 12 * normal() + (drift ? 6 : 0)).toFixed(1),
      (52000 + 15000 * normal()).toFixed(2),
      (normal() + shift).toFixed(4),
      (120 + 30 * Math.abs(normal()) * (drift ? 1.5 : 1)).toFixed(3),
      String(Math.floor(200 + 80 * random())),
      (0.7 + 0.1 * normal()).toFixed(4),
      random().toFixed(5),
      (1000 * normal()).toFixed(2),
    ];
    for (let c = 0; c < 4; c++) {
      const values = CATEGORIES[c]!;
      const u = drift && c === 0 ? random() ** 2 : random();
      cells.push(values[Math.floor(u * values.length)]!);
    }
    buf += `${cells.join(',')}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const { renameSync } = await import('node:fs');
  renameSync(`${file}.tmp`, file);
}

interface Measure {
  ms: number;
  /** CPU time (user + system) of the measured part: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Later runs in the same process, the JIT warm (dhow only): the better of two. */
  warmMs?: number;
  warmCpuMs?: number;
  maxRssMb: number;
  baselineRssMb?: number;
  output?: unknown;
}

function child(command: string, argv: string[], input?: string): Measure {
  const run = spawnSync(command, argv, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: '' } });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines.at(-1)!) as Measure;
}

const DHOW_SCRIPT = `
const { detectDrift } = await import(${JSON.stringify(join(root, 'src/drift/index.ts'))});
const baseline = process.memoryUsage().rss;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const run = async () => {
  const c0 = cpu();
  const t = performance.now();
  const result = await detectDrift({ reference: process.argv[2], current: process.argv[3], sketch: process.argv[4] === 'sketch' });
  return { ms: performance.now() - t, cpuMs: cpu() - c0, result };
};
// The first run is what one CLI invocation costs (code not yet optimized by the JIT); the second what a
// long-lived process (the bridge, an action running several models) pays once warm.
const cold = await run();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const warm = [await run(), await run()];
const warmMs = Math.min(warm[0].ms, warm[1].ms);
const warmCpuMs = Math.min(warm[0].cpuMs, warm[1].cpuMs);
console.log(JSON.stringify({ ms: cold.ms, cpuMs: cold.cpuMs, warmMs, warmCpuMs, maxRssMb, baselineRssMb: baseline / 1048576, output: cold.result.columns.map((c) => [c.column, c.method, c.score]) }));
`;

const FLOOR_SCRIPT = `
import { open } from 'node:fs/promises';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu();
const t = performance.now();
let count = 0;
for (const file of process.argv.slice(2)) {
  const h = await open(file);
  const b = Buffer.allocUnsafe(1 << 20);
  for (;;) {
    const { bytesRead } = await h.read(b, 0, b.length, null);
    if (bytesRead === 0) break;
    for (let i = 0; i < bytesRead; i++) { const x = b[i]; if (x === 44 || x === 10) count++; }
  }
  await h.close();
}
console.log(JSON.stringify({ ms: performance.now() - t, cpuMs: cpu() - c0, maxRssMb: process.resourceUsage().maxRSS / 1024, output: count }));
`;

const PYTHON_SCRIPT = `
import json, resource, sys, time
import numpy as np, pandas as pd
from scipy import stats
from scipy.spatial import distance
t = time.perf_counter(); c0 = time.process_time()
ref_df = pd.read_csv(sys.argv[1]); cur_df = pd.read_csv(sys.argv[2])

def binned(ref, cur, num, fill):
    if num and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur], axis=0).values, bins='sturges')
        r = np.histogram(ref, bins)[0] / len(ref); c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = list(set(ref.dropna().unique()) | set(cur.dropna().unique()))
        rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}; cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
        r = np.array([rd[k] / len(ref) for k in keys]); c = np.array([cd[k] / len(cur) for k in keys])
    return r, c

out = []
for col in ref_df.columns:
    ref = ref_df[col].replace([-np.inf, np.inf], np.nan).dropna(); cur = cur_df[col].replace([-np.inf, np.inf], np.nan).dropna()
    num = pd.api.types.is_numeric_dtype(ref_df[col])
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        method = ('ks' if n_values > 5 else ('chisquare' if n_values > 2 else 'z')) if num else ('chisquare' if n_values > 2 else 'z')
    else:
        method = ('wasserstein' if n_values > 5 else 'jensenshannon') if num else 'jensenshannon'
    if method == 'wasserstein':
        score = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
    elif method == 'jensenshannon':
        r, c = binned(ref, cur, num, False); score = distance.jensenshannon(r, c)
    elif method == 'ks':
        score = stats.ks_2samp(ref, cur)[1]
    else:
        raise SystemExit('benchmark data should not need ' + method)
    out.append([col, method, float(score)])
ms = (time.perf_counter() - t) * 1000
print(json.dumps({'ms': ms, 'cpuMs': (time.process_time() - c0) * 1000, 'maxRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'output': out}))
`;

function hasPandasScipy(): boolean {
  const r = spawnSync(PYTHON, ['-c', 'import pandas, scipy'], { encoding: 'utf8' });
  return r.status === 0;
}

async function main(): Promise<void> {
  console.log(`generating (cached in ${dir}) ...`);
  await generate(referenceFile, REF_ROWS, 1, false);
  await generate(currentFile, ROWS, 2, true);
  const scriptDir = join(dir, 'scripts');
  mkdirSync(scriptDir, { recursive: true });
  const dhowScript = join(scriptDir, 'dhow.mts');
  const floorScript = join(scriptDir, 'floor.mjs');
  const pyScript = join(scriptDir, 'evidently_like.py');
  writeFileSync(dhowScript, DHOW_SCRIPT);
  writeFileSync(floorScript, FLOOR_SCRIPT);
  writeFileSync(pyScript, PYTHON_SCRIPT);
  const tsx = join(root, 'node_modules', '.bin', 'tsx');

  // Medians over n fresh processes of each number separately (peak memory: the largest).
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((x, y) => x - y);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const measure = (f: () => Measure, n: number): Measure => {
    const runs = Array.from({ length: n }, f);
    const pick = (k: keyof Measure) => (runs[0]![k] === undefined ? undefined : median(runs.map((r) => r[k] as number)));
    return {
      ms: pick('ms')!,
      cpuMs: pick('cpuMs')!,
      warmMs: pick('warmMs'),
      warmCpuMs: pick('warmCpuMs'),
      maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
      baselineRssMb: pick('baselineRssMb'),
      output: runs[0]!.output,
    };
  };
  // Interleaved, so that a burst of load on the shared machine does not fall on one side only.
  const floors: Measure[] = [];
  const dhows: Measure[] = [];
  for (let i = 0; i < REPEAT; i++) {
    floors.push(child(process.execPath, [floorScript, referenceFile, currentFile]));
    dhows.push(child(tsx, [dhowScript, referenceFile, currentFile]));
  }
  const floor = measure(() => floors.shift()!, REPEAT);
  const dhow = measure(() => dhows.shift()!, REPEAT);
  const sketch = measure(() => child(tsx, [dhowScript, referenceFile, currentFile, 'sketch']), Math.max(1, Math.ceil(REPEAT / 2)));
  const numericMb = (8 * (ROWS + REF_ROWS) * 8) / 1048576;
  const line = (name: string, ms: number, cpuMs: number, extra = '') =>
    console.log(`${name.padEnd(26)} wall ${ms.toFixed(0).padStart(6)} ms  cpu ${cpuMs.toFixed(0).padStart(6)} ms${extra}`);
  const ratios = (ms: number, cpuMs: number, target: string) =>
    `   ${(cpuMs / floor.cpuMs).toFixed(2)}x the floor by cpu, ${(ms / floor.ms).toFixed(2)}x by wall${target}`;
  console.log(`\nrows: ${ROWS} current + ${REF_ROWS} reference, 12 columns (8 numerical, 4 categorical); medians of ${REPEAT} runs`);
  line('byte-scan floor', floor.ms, floor.cpuMs);
  line('dhow, cold (one CLI run)', dhow.ms, dhow.cpuMs, ratios(dhow.ms, dhow.cpuMs, ' (target <= 5x)'));
  benchRow('drift', {
    measure: 'dhow drift cold, CPU',
    value: dhow.cpuMs,
    unit: 'ms',
    against: 'byte-scan floor',
    ratio: dhow.cpuMs / floor.cpuMs,
    target: '<= 5x',
    met: dhow.cpuMs / floor.cpuMs <= 5,
  });
  line('dhow, warm JIT', dhow.warmMs!, dhow.warmCpuMs!, ratios(dhow.warmMs!, dhow.warmCpuMs!, ''));
  line('dhow --sketch, cold', sketch.ms, sketch.cpuMs, ratios(sketch.ms, sketch.cpuMs, ''));
  // Whole processes, as a user runs them: `dhow drift --json` from the committed bundle (node's start,
  // loading the bundle, reading, testing, printing) against a node process that only reads and scans.
  const bundle = join(root, 'dist', 'cli', 'index.js');
  if (existsSync(bundle)) {
    const timed = (argv: string[]) => {
      const t = performance.now();
      const run = spawnSync(process.execPath, argv, {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        env: { ...process.env, NODE_OPTIONS: '', DHOW_FROM_SOURCE: '' },
      });
      if (run.status !== 0) throw new Error(`${argv.join(' ')} failed: ${run.stderr}`);
      return performance.now() - t;
    };
    const floorRuns: number[] = [];
    const cliRuns: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      floorRuns.push(timed([floorScript, referenceFile, currentFile]));
      cliRuns.push(timed([join(root, 'bin', 'dhow.js'), 'drift', '--reference', referenceFile, '--current', currentFile, '--json']));
    }
    const floorMs = median(floorRuns);
    const cliMs = median(cliRuns);
    console.log(`${'floor process'.padEnd(26)} wall ${floorMs.toFixed(0).padStart(6)} ms  (node's start included)`);
    console.log(
      `${'dhow drift process'.padEnd(26)} wall ${cliMs.toFixed(0).padStart(6)} ms  ${(cliMs / floorMs).toFixed(2)}x the floor process (the bundle in dist/)`,
    );
  } else console.log('dhow drift process: not measured (no dist/cli/index.js: npm run build)');
  const extra = dhow.maxRssMb - dhow.baselineRssMb!;
  console.log(
    `dhow peak memory ${dhow.maxRssMb.toFixed(0)} MB = baseline ${dhow.baselineRssMb!.toFixed(0)} MB (node + code, the constant) + ${extra.toFixed(0)} MB; ` +
      `the numerical values as float64 are ${numericMb.toFixed(0)} MB: ${(extra / numericMb).toFixed(2)}x them, ${(extra - numericMb).toFixed(0)} MB beyond them (target: float64 values + a constant)`,
  );
  console.log(
    `dhow --sketch peak memory: baseline + ${(sketch.maxRssMb - sketch.baselineRssMb!).toFixed(0)} MB (reference values + fixed sketches, independent of the current rows)`,
  );
  // At 1,000 reference rows or fewer Evidently tests with chi-square and z, which the peer script does not do.
  if (REF_ROWS <= 1000) console.log(`pandas + scipy: not measured (a reference of ${REF_ROWS} rows; the peer script covers over 1,000)`);
  else if (hasPandasScipy()) {
    const py = measure(() => child(PYTHON, [pyScript, referenceFile, currentFile]), Math.max(1, Math.ceil(REPEAT / 2)));
    line('pandas + scipy', py.ms, py.cpuMs, `   peak ${py.maxRssMb.toFixed(0)} MB`);
    console.log(
      `speed-up over pandas + scipy: cold ${(py.cpuMs / dhow.cpuMs).toFixed(2)}x by cpu, ${(py.ms / dhow.ms).toFixed(2)}x by wall (target >= 3x); ` +
        `warm ${(py.cpuMs / dhow.warmCpuMs!).toFixed(2)}x by cpu, ${(py.ms / dhow.warmMs!).toFixed(2)}x by wall`,
    );
    benchRow('drift', {
      measure: 'pandas + scipy / dhow cold, CPU',
      value: py.cpuMs,
      unit: 'ms',
      against: 'dhow drift cold',
      ratio: py.cpuMs / dhow.cpuMs,
      target: '>= 3x faster',
      met: py.cpuMs / dhow.cpuMs >= 3,
    });
    const ours = dhow.output as [string, string, number][];
    const theirs = py.output as [string, string, number][];
    let worst = 0;
    for (let i = 0; i < ours.length; i++) {
      if (ours[i]![1] !== theirs[i]![1]) console.log(`  method differs on ${ours[i]![0]}: dhow ${ours[i]![1]}, evidently-like ${theirs[i]![1]}`);
      worst = Math.max(worst, Math.abs(ours[i]![2] - theirs[i]![2]) / Math.max(1e-12, Math.abs(theirs[i]![2])));
    }
    console.log(`largest relative difference of a score against pandas + scipy: ${worst.toExponential(2)}`);
  } else {
    console.log(`pandas + scipy: not measured (${PYTHON} lacks pandas or scipy; apt-get install python3-pandas python3-scipy)`);
  }
  console.log('\nscores:', JSON.stringify(dhow.output));
}

await main();
