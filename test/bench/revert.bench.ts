/**
 * A revert through the bridge (`dhow bridge --forge local`, a real process) on a local registry, in
 * pull-request mode and in direct mode: the wall time from the alert to the answer, and the git processes
 * the bridge spawned for it, counted by a `git` shim first on the bridge's PATH that logs each call and runs
 * the real git (a test-support trick: no project module is patched). Each run starts from the same refs.
 * It prints every git command line that ran more than once in one delivery: the repeats to cut.
 * Floor: a minimal commit of the same change with plumbing, 11 git processes (`rev-parse` of main, `cat-file --batch`
 * of the release file, `hash-object`, `ls-tree` and `mktree` x3, `commit-tree`, `update-ref`), measured in the same
 * run. dhow writes blobs and trees into the object store itself and reads refs once per pass, so a revert spawns
 * 13 git processes in pull-request mode (4 commits and 5 ref updates) and 5 in direct mode.
 * Run: npx tsx test/bench/revert.bench.ts [--runs N] [--mode pull-request|direct]
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRevertRegistry, MODEL, PRODUCTION } from '../support/revert-fixture.js';
import { freePort } from '../support/monitoring.js';
import { benchRow, handleHelp } from './report.js';

handleHelp(import.meta.url);
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 7;
const root = new URL('../..', import.meta.url).pathname;
const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
const TOKEN = 'revert-bench-token';

const shimDir = mkdtempSync(join(tmpdir(), 'dhow-git-shim-'));
const log = join(shimDir, 'calls.log');
// One line per call, written before the real git runs (its arguments joined by spaces).
writeFileSync(join(shimDir, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
chmodSync(join(shimDir, 'git'), 0o755);

const git = (dir: string, args: string[], input?: string) => {
  const r = spawnSync(realGit, ['--git-dir', dir, ...args], { encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const allRefs = (dir: string) =>
  new Map(
    git(dir, ['for-each-ref', '--format=%(refname) %(objectname)'])
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );

async function measure(mode: 'pull-request' | 'direct') {
  const registry = await createRevertRegistry({ mode });
  await registry.register('1.3.0');
  await registry.register('1.4.0');
  await registry.deploy('1.3.0', '2026-11-22T08:00:00Z');
  await registry.deploy('1.4.0', '2026-11-22T08:30:00Z');
  registry.forge.close();
  const start = allRefs(registry.dir);
  const reset = () => {
    const now = allRefs(registry.dir);
    const lines = [...now.keys()].filter((r) => !start.has(r)).map((r) => `delete ${r}\n`);
    for (const [ref, sha] of start) if (now.get(ref) !== sha) lines.push(`update ${ref} ${sha}\n`);
    if (lines.length) git(registry.dir, ['update-ref', '--stdin'], lines.join(''));
  };

  const port = await freePort();
  const bridge = spawn(process.execPath, [`${root}bin/dhow.js`, 'bridge', '--listen', `127.0.0.1:${port}`, '--forge', 'local', '--registry', registry.dir], {
    env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_BRIDGE_TOKEN: TOKEN, PATH: `${shimDir}:${process.env.PATH}` },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    bridge.stdout!.on('data', (c) => String(c).includes('listening') && resolve());
    bridge.once('exit', (code) => reject(new Error(`the bridge exited with ${code}`)));
  });
  const samples: { ms: number; calls: string[] }[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    reset();
    writeFileSync(log, '');
    const t0 = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/alertmanager`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        version: '4',
        groupKey: '{}:{}',
        status: 'firing',
        receiver: 'dhow-bridge',
        groupLabels: {},
        commonLabels: {},
        commonAnnotations: {},
        externalURL: 'http://127.0.0.1:9093',
        alerts: [
          {
            status: 'firing',
            labels: { alertname: 'ModelDataDrift', model: MODEL, environment: PRODUCTION, version: '1.4.0' },
            annotations: {},
            startsAt: '2026-11-22T09:00:00Z',
            endsAt: '0001-01-01T00:00:00Z',
            generatorURL: 'http://127.0.0.1:9090/graph',
            fingerprint: `run${run}`,
          },
        ],
      }),
    });
    const body = (await response.json()) as { deliveries: Array<{ detail: string }> };
    const ms = performance.now() - t0;
    if (!body.deliveries[0]?.detail.startsWith('reverted')) throw new Error(`run ${run} did not revert: ${JSON.stringify(body)}`);
    // The first run starts the process's caches and modules: not counted.
    if (run > 0) samples.push({ ms, calls: readFileSync(log, 'utf8').trim().split('\n') });
  }
  bridge.kill('SIGTERM');
  await new Promise((resolve) => bridge.once('exit', resolve));

  // The floor: the same release file read and rewritten in one minimal commit with plumbing.
  reset();
  const floorSamples: number[] = [];
  const releasePath = `releases/${PRODUCTION}/${MODEL}.yaml`;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const head = git(registry.dir, ['rev-parse', 'refs/heads/main']).trim();
    const text = git(registry.dir, ['cat-file', '--batch'], `${head}:${releasePath}\n`);
    const blob = git(registry.dir, ['hash-object', '-w', '--stdin'], text.replace('version: 1.4.0', 'version: 1.3.0')).trim();
    let tree = blob;
    let mode = '100644 blob';
    for (const [dir, name] of [
      [`${head}:releases/${PRODUCTION}`, `${MODEL}.yaml`],
      [`${head}:releases`, PRODUCTION],
      [`${head}^{tree}`, 'releases'],
    ] as const) {
      const entries = git(registry.dir, ['ls-tree', dir]).split('\n').filter(Boolean);
      const others = entries.filter((e) => e.split('\t')[1] !== name);
      tree = git(registry.dir, ['mktree'], [...others, `${mode} ${tree}\t${name}`].join('\n') + '\n').trim();
      mode = '040000 tree';
    }
    const commit = git(registry.dir, ['commit-tree', tree, '-p', head, '-m', 'revert'], '').trim();
    git(registry.dir, ['update-ref', 'refs/heads/main', commit, head]);
    floorSamples.push(performance.now() - t0);
    reset();
  }
  await registry.cleanup();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const calls = samples.map((s) => s.calls.length);
  const last = samples[samples.length - 1]!.calls;
  const byCommand = new Map<string, number>();
  for (const c of last) byCommand.set(c.split(' ')[0]!, (byCommand.get(c.split(' ')[0]!) ?? 0) + 1);
  const repeats = new Map<string, number>();
  for (const c of last) repeats.set(c, (repeats.get(c) ?? 0) + 1);
  return { ms: median(samples.map((s) => s.ms)), floor: median(floorSamples), calls, byCommand, repeats: [...repeats].filter(([, n]) => n > 1) };
}

const modeFlag = process.argv.indexOf('--mode');
const modes = modeFlag > 0 ? [process.argv[modeFlag + 1] as 'pull-request' | 'direct'] : (['pull-request', 'direct'] as const);
for (const mode of modes) {
  const m = await measure(mode);
  const ratio = m.ms / m.floor;
  process.stdout.write(
    `revert through the bridge, ${mode} mode: median ${m.ms.toFixed(0)} ms over ${RUNS} runs; minimal commit ${m.floor.toFixed(0)} ms (${ratio.toFixed(1)}x)\n` +
      `  git processes per revert: ${m.calls.join(', ')} (by command: ${[...m.byCommand].map(([c, n]) => `${c} ${n}`).join(', ')})\n` +
      `  repeated within one revert: ${m.repeats.length ? m.repeats.map(([c, n]) => `${n}x "${c.slice(0, 80)}"`).join('; ') : 'none'}\n`,
  );
  benchRow('revert', {
    measure: `revert through the bridge, ${mode} mode`,
    value: m.ms,
    unit: 'ms',
    against: 'a minimal commit of the same change with git plumbing',
    ratio,
    target: '<= 3x',
    met: ratio <= 3,
  });
  benchRow('revert', {
    measure: `git processes per revert, ${mode} mode`,
    value: Math.min(...m.calls),
    unit: 'processes',
    against: 'the minimal commit (11 git processes)',
    ratio: Math.min(...m.calls) / 11,
    target: '',
  });
}
