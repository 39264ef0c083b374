/**
 * Rollout controller benchmark (not part of `npm test`): `npx tsx test/bench/rollout.bench.ts [--interval 1s]
 * [--soak 3s] [--steps 3]`. Needs Debian's prometheus on PATH (or $DHOW_PROMETHEUS_BIN).
 *
 * A real Prometheus scrapes stand-ins for a stable and a good canary model server; a local registry holds a
 * canary rollout of --steps steps, each soaking --soak, with two analysis checks (error rate with a sample
 * count, p99 relative to stable) measured every --interval; the controller (`startRolloutController`, what
 * `dhow rollout --serve` runs) passes over the registry every --interval and takes it to 100%.
 * Printed, from the same run:
 *   - decision latency: for each step, from the moment its soak window closes (the step's start as the
 *     release records it, plus the soak) to the moment the advance or promotion commit is on the branch
 *     (the release file seen changed). Target: at most one analysis interval + 2 s (issue 15).
 *   - Prometheus queries per controller pass at step 1 and at the last step, once every check is due:
 *     constant in the number of past steps (the controller reads the state from the release file, never
 *     from history). Target: equal.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseRegistryFile } from '../../src/registry/files.js';
import { renderDeployManifests } from '../../src/registry/render.js';
import { prometheusSource } from '../../src/rollout/prometheus.js';
import { startRolloutController } from '../../src/rollout/serve.js';
import { durationMs } from '../../src/registry/rollout-schemas.js';
import { jsonLogger } from '../../src/http/log.js';
import { canaryPolicy, labRegistry, realNow, startRolloutLab } from '../support/rollout-lab.js';
import { benchRow, handleHelp } from './report.js';

handleHelp(import.meta.url);

const { values: args } = parseArgs({ options: { interval: { type: 'string' }, soak: { type: 'string' }, steps: { type: 'string' } } });
const INTERVAL = args.interval ?? '1s';
const SOAK = args.soak ?? '3s';
const STEPS = Math.max(2, Number(args.steps ?? 3));
const intervalMs = durationMs(INTERVAL);
const soakMs = durationMs(SOAK);
const weights = Array.from({ length: STEPS }, (_, i) => Math.round((90 * (i + 1)) / STEPS / 5) * 5 || 5);

const lab = await startRolloutLab();
const registry = await labRegistry(
  'bench-rollout',
  canaryPolicy(
    weights.map((weight) => ({ weight, soak: SOAK })),
    INTERVAL,
  ),
);
let controller: Awaited<ReturnType<typeof startRolloutController>> | undefined;
try {
  lab.set(registry.model, '1.3.0', { errors: 0.01, requests: 5000, p99: 0.1 });
  lab.set(registry.model, '1.4.0', { errors: 0.012, requests: 600, p99: 0.11 });
  await registry.deploy('1.3.0');
  await lab.scraped(registry.model);
  await registry.deploy('1.4.0');

  const metrics = prometheusSource(lab.prometheusUrl);
  /** When each decision's commit landed (the step that made it returned), and the queries of its pass. */
  const decisions: Array<{ at: number; queries: number }> = [];
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  controller = await startRolloutController({
    forge: registry.forge,
    metrics,
    render: renderDeployManifests,
    by: 'dhow-rollout',
    now: realNow,
    intervalMs,
    logger: jsonLogger(process.stderr, { component: 'rollout' }),
    onStep: (report) => {
      if (report.action !== 'advance' && report.action !== 'promote') return;
      decisions.push({ at: Date.now(), queries: report.queries });
      if (report.action === 'promote') finished();
    },
  });
  const timeout = setTimeout(() => finished(), STEPS * (soakMs + intervalMs) + 120_000);
  await done;
  clearTimeout(timeout);
  if (decisions.length !== STEPS) throw new Error(`the rollout took ${decisions.length} of ${STEPS} steps in time`);

  // Each step's window closes at its start as the planner saw it plus the soak: the merge commit's time for
  // the first step (begunAtMerge), then the step-started-at each advance recorded (whole seconds), from history.
  const commits = (await registry.commits()).slice(0, STEPS + 1).reverse();
  const starts = await Promise.all(
    commits.slice(0, STEPS).map(async (c, i) => {
      if (i === 0) return Date.parse(c.date);
      const text = await registry.forge.readFile(`releases/production/${registry.model}.yaml`, c.sha);
      return Date.parse(parseRegistryFile('Release', 'release', text!).rollout!['step-started-at']);
    }),
  );
  const latencies = decisions.map((d, i) => d.at - (starts[i]! + soakMs));
  latencies.forEach((l, i) => process.stdout.write(`step ${i + 1}: decided ${l} ms after its window closed\n`));
  const deciding = decisions.map((d) => d.queries);

  const target = intervalMs + 2000;
  const worst = Math.max(...latencies);
  const median = [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)]!;
  process.stdout.write(
    `\ndecision latency after the window closes: median ${(median / 1000).toFixed(2)} s, worst ${(worst / 1000).toFixed(2)} s ` +
      `(target <= one interval + 2 s = ${(target / 1000).toFixed(1)} s: ${worst <= target ? 'met' : 'MISSED'})\n`,
  );
  benchRow('rollout', {
    measure: `decision latency, ${STEPS} steps, interval ${INTERVAL}`,
    value: worst / 1000,
    unit: 's',
    against: 'one analysis interval + 2 s',
    ratio: worst / target,
    target: '<= 1',
    met: worst <= target,
  });

  const first = deciding[0] ?? 0;
  const last = deciding.at(-1) ?? 0;
  process.stdout.write(
    `Prometheus queries of the pass deciding each step: ${deciding.join(', ')}; step 1 ${first}, step ${STEPS} ${last} ` +
      `(target: equal: ${first === last && first > 0 ? 'met' : 'MISSED'})\n`,
  );
  benchRow('rollout', {
    measure: `queries per interval, step ${STEPS} vs step 1`,
    value: last,
    unit: 'queries',
    against: 'step 1',
    ratio: first > 0 ? last / first : NaN,
    target: '= 1',
    met: first === last && first > 0,
  });
  // Context for the latency: a pass is a registry read, the queries and a git commit, all slower on a loaded machine.
  process.stdout.write(
    `(${metrics.queries()} queries in all, ${controller.state().passes} passes; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs)\n`,
  );
} finally {
  await controller?.close();
  await registry.cleanup();
  await lab.stop();
}
