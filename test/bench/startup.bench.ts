/**
 * Action start-up: how long each action bundle (dist/<action>/index.js) takes from `node` to exit when run with
 * no inputs (it fails on the first required input, or does its no-input work), against a bare `node -e ''` measured
 * in the same run. Medians of interleaved runs, so a busy machine slows bundle and floor alike; the first run of
 * each is a warm-up (it also fills Node's compile cache where the bundle enables it).
 * Target: every action within +150 ms of bare node. Beside wall time, the CPU time (user + system) each run
 * cost is printed, as each process reports it from process.cpuUsage() when it exits (a preload the floor loads
 * too): on a loaded machine it is the steadier of the two.
 * Build the bundles first: node scripts/build.mjs <action>...
 * With --cold, NODE_DISABLE_COMPILE_CACHE=1 keeps Node's compile cache off: the first step on a fresh runner.
 * --dist DIR measures the bundles in DIR/<action>/index.js instead of dist/ (e.g. an older build, to compare).
 * --runs N sets the number of measured runs (default 11); --smoke is one run of one action (drift).
 * Run: npx tsx test/bench/startup.bench.ts [--runs N] [--cold] [--dist DIR] [ACTION...]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchRow, handleHelp, smokeRun } from './report.js';

handleHelp(import.meta.url);

const TARGET_MS = 150;
const cold = process.argv.includes('--cold');
const root = new URL('../..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const smoke = smokeRun();
const runs = Number(valueOf('--runs') ?? (smoke ? 1 : 11));
const dist = valueOf('--dist') ?? join(root, 'dist');
const named = argv.filter((a, i) => !a.startsWith('--') && !['--runs', '--dist'].includes(argv[i - 1] ?? ''));
const actions = named.length
  ? named
  : smoke
    ? ['drift']
    : readdirSync(join(root, 'src', 'actions'), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, 'src', 'actions', d.name, 'index.ts')))
        .map((d) => d.name)
        .sort();
const missing = actions.filter((a) => !existsSync(join(dist, a, 'index.js')));
if (missing.length) {
  process.stderr.write(`startup bench: no bundle for ${missing.join(', ')}; build it with node scripts/build.mjs ${missing.join(' ')}\n`);
  process.exit(2);
}

// A runner-like environment with no inputs: outputs and state go to files in a scratch directory, never to the
// real $GITHUB_OUTPUT of whoever runs the bench.
const scratch = mkdtempSync(join(tmpdir(), 'dhow-startup-'));
for (const f of ['output', 'state', 'summary', 'env', 'path']) writeFileSync(join(scratch, f), '');
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  RUNNER_TEMP: scratch,
  GITHUB_WORKSPACE: scratch,
  GITHUB_OUTPUT: join(scratch, 'output'),
  GITHUB_STATE: join(scratch, 'state'),
  GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
  GITHUB_ENV: join(scratch, 'env'),
  GITHUB_PATH: join(scratch, 'path'),
  ...(cold ? { NODE_DISABLE_COMPILE_CACHE: '1' } : {}),
};

// Each run reports its own CPU time (user + system, microseconds) from process.cpuUsage() as it exits, through a
// preload that bare node and the bundles load alike: finer than the 10 ms ticks of the OS's child accounting, so
// a change of a few milliseconds shows in the medians.
const cpuHook = join(scratch, 'cpu-usage.cjs');
writeFileSync(
  cpuHook,
  "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(2, `\\ndhow-startup-cpu-us ${u.user + u.system}\\n`); });\n",
);

function time(args: string[]): { wall: number; cpu: number | undefined } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', cpuHook, ...args], { cwd: scratch, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - start;
  if (r.error) throw r.error;
  const reported = /dhow-startup-cpu-us (\d+)/.exec(r.stderr ?? '');
  return { wall, cpu: reported ? Number(reported[1]) / 1000 : undefined };
}

const commands: [string, string[]][] = [['bare node', ['-e', '']], ...actions.map((a): [string, string[]] => [a, [join(dist, a, 'index.js')]])];
const samples = new Map<string, number[]>(commands.map(([name]) => [name, []]));
const cpuSamples = new Map<string, number[]>(commands.map(([name]) => [name, []]));
for (const [, args] of commands) time(args); // warm-up
for (let run = 0; run < runs; run++) {
  for (const [name, args] of commands) {
    const { wall, cpu } = time(args);
    samples.get(name)!.push(wall);
    if (cpu !== undefined) cpuSamples.get(name)!.push(cpu);
  }
}
rmSync(scratch, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bare = median(samples.get('bare node')!);
const withCpu = [...cpuSamples.values()].every((xs) => xs.length === runs);
const bareCpu = withCpu ? median(cpuSamples.get('bare node')!) : 0;
process.stdout.write(
  `startup bench${cold ? ' (compile cache off)' : ''}: medians of ${runs} interleaved runs; bare node -e '' ${bare.toFixed(0)} ms` +
    `${withCpu ? `, ${bareCpu.toFixed(0)} ms CPU` : ''}\n`,
);
process.stdout.write(`action          median   over bare   ratio   target${withCpu ? '   CPU  over bare' : ''}\n`);
let failed = false;
for (const action of actions) {
  const m = median(samples.get(action)!);
  const over = m - bare;
  const ok = over <= TARGET_MS;
  failed ||= !ok;
  benchRow('startup', {
    measure: `${action} start-up${cold ? ', cold' : ''}`,
    value: m,
    unit: 'ms',
    against: "node -e ''",
    ratio: m / bare,
    target: `<= +${TARGET_MS} ms`,
    met: ok,
  });
  process.stdout.write(
    `${action.padEnd(14)} ${m.toFixed(0).padStart(5)} ms  ${`+${over.toFixed(0)}`.padStart(7)} ms  ${(m / bare).toFixed(2).padStart(5)}x  ${(ok ? 'ok' : 'MISSED').padEnd(6)}` +
      `${withCpu ? `  ${median(cpuSamples.get(action)!).toFixed(0).padStart(4)} ms ${`+${(median(cpuSamples.get(action)!) - bareCpu).toFixed(0)}`.padStart(6)} ms` : ''}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
