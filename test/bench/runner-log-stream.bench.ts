/**
 * Runner-mode log streaming: how many lines per second measureCommand hands to its onLine callback while
 * sampling memory, against a floor measured in the same run (the same child read with a bare 'data'
 * listener that only counts newlines), and how much the heap grows while 300,000 lines go by.
 * Target: at least 10,000 lines per second, and a heap that does not grow with the number of lines.
 *   NODE_OPTIONS=--expose-gc npx tsx test/bench/runner-log-stream.bench.ts   (heap figures after a full GC)
 * --smoke: 5,000 lines, a check that it runs.
 */
import { spawn } from 'node:child_process';
import { measureCommand } from '../../src/gpu/sampler.js';
import { benchRow, handleHelp, smokeRun } from './report.js';

handleHelp(import.meta.url);

const LINES = smokeRun() ? 5_000 : 300_000;
const script = `const line = 'epoch 3 step 1200 loss 0.4312 lr 0.0001 tokens/s 51234 مرحبا\\n'; let s = ''; for (let i = 0; i < ${LINES}; i++) { s += line; if (s.length > 65536) { process.stdout.write(s); s = ''; } } process.stdout.write(s);`;

async function floor(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let lines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) lines++;
  });
  await new Promise((resolve) => child.on('close', resolve));
  if (lines !== LINES) throw new Error(`floor saw ${lines} lines`);
  return LINES / ((performance.now() - started) / 1000);
}

async function measured(): Promise<{ rate: number; heapGrowthMiB: number }> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let lines = 0;
  let heapPeak = heapBefore;
  const started = performance.now();
  const result = await measureCommand({
    command: process.execPath,
    args: ['-e', script],
    nvidiaSmi: '/nonexistent/nvidia-smi',
    intervalMs: 100,
    onLine: () => {
      lines++;
      if (lines % 50_000 === 0) {
        globalThis.gc?.();
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.exitCode !== 0 || lines !== LINES) throw new Error(`measured saw ${lines} lines, exit ${result.exitCode}`);
  return { rate: LINES / seconds, heapGrowthMiB: (heapPeak - heapBefore) / 2 ** 20 };
}

const peer = await floor();
const ours = await measured();
benchRow('runner-log-stream', {
  measure: 'training log lines per second',
  value: ours.rate,
  unit: 'lines/s',
  against: 'count newlines only',
  ratio: ours.rate / peer,
  target: '>= 10,000 lines/s',
  met: ours.rate >= 10_000,
});
console.log(`floor (count newlines only): ${Math.round(peer).toLocaleString('en')} lines/s`);
console.log(
  `measureCommand + onLine:     ${Math.round(ours.rate).toLocaleString('en')} lines/s (${(ours.rate / peer).toFixed(2)} of the floor; target >= 10,000 lines/s: ${ours.rate >= 10_000 ? 'met' : 'MISSED'})`,
);
console.log(
  `${globalThis.gc ? 'live ' : 'uncollected (run with NODE_OPTIONS=--expose-gc for live) '}heap growth while ${LINES.toLocaleString('en')} lines (${((LINES * 62) / 2 ** 20).toFixed(0)} MiB of log) streamed: ${ours.heapGrowthMiB.toFixed(1)} MiB`,
);
