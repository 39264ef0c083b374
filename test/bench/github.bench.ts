/**
 * GitHub API calls of a promotion, counted by the emulator per route: a first promotion, an unchanged
 * re-run and an updated promotion (a new version), with a registry of 10 and of 10,000 versions.
 * Targets: first <= 10 calls, re-run <= 4 calls and 0 writes, and the same counts at both sizes (the
 * cost does not grow with the registry). Prints each count as a ratio of its target.
 *   npx tsx test/bench/github.bench.ts
 */
import { createGitHubForge } from '../../src/forge/github.js';
import { silentLogger } from '../../src/logger.js';
import { openPromotion } from '../../src/promote/execute.js';
import { startGitHubEmulator } from '../support/github/index.js';
import { releaseInDev, seedRegistry } from '../support/github/registry.js';
import { benchRow, handleHelp } from './report.js';

handleHelp(import.meta.url);

const REPO = 'acme/registry';
const TARGETS = { first: 10, rerun: 4, updated: 10 } as const;
type Scenario = keyof typeof TARGETS;

interface Measure {
  calls: number;
  writes: number;
  byRoute: Record<string, number>;
  ms: number;
}

async function measure(size: number): Promise<Record<Scenario, Measure>> {
  const gh = await startGitHubEmulator({ repositories: [REPO], users: ['data-scientist', 'bob'] });
  try {
    // `size` versions of the promoted model (the one a promotion could be tempted to list), one released in dev.
    await seedRegistry(gh, REPO, { models: { 'arabic-sentiment': ['1.0.0'] }, extraVersions: size - 1 });
    const forge = () => createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: silentLogger, pacing: false });
    const promote = (version: string) => openPromotion(forge(), { model: 'arabic-sentiment', version, environment: 'staging' }, { by: 'data-scientist' });
    const run = async (fn: () => Promise<unknown>): Promise<Measure> => {
      gh.resetCalls();
      const started = performance.now();
      await fn();
      return { calls: gh.calls.total(), writes: gh.calls.writes().length, byRoute: gh.calls.byRoute(), ms: performance.now() - started };
    };
    const first = await run(() => promote('1.0.0'));
    const rerun = await run(() => promote('1.0.0'));
    await releaseInDev(gh, REPO, 'arabic-sentiment', '1.1.0', '1.0.0');
    const updated = await run(() => promote('1.1.0'));
    if (gh.violations.length) throw new Error(`OpenAPI violations:\n${gh.violations.join('\n')}`);
    return { first, rerun, updated };
  } finally {
    await gh.stop();
  }
}

const sizes = [10, 10_000];
const results = new Map<number, Record<Scenario, Measure>>();
for (const size of sizes) results.set(size, await measure(size));

let ok = true;
for (const scenario of Object.keys(TARGETS) as Scenario[]) {
  const target = TARGETS[scenario];
  console.log(`\n${scenario} (target <= ${target} calls${scenario === 'rerun' ? ', 0 writes' : ''})`);
  const routes = new Set(sizes.flatMap((s) => Object.keys(results.get(s)![scenario].byRoute)));
  for (const route of [...routes].sort()) {
    console.log(`  ${route.padEnd(52)} ${sizes.map((s) => String(results.get(s)![scenario].byRoute[route] ?? 0).padStart(6)).join(' ')}`);
  }
  for (const size of sizes) {
    const m = results.get(size)![scenario];
    console.log(
      `  registry of ${String(size).padStart(6)} versions: ${m.calls} calls (${(m.calls / target).toFixed(2)} x target), ${m.writes} writes, ${m.ms.toFixed(0)} ms`,
    );
    const met = m.calls <= target && !(scenario === 'rerun' && m.writes > 0);
    benchRow('github', {
      measure: `${scenario} promotion, ${size} versions`,
      value: m.calls,
      unit: `calls (${m.writes} writes)`,
      against: `target ${target} calls`,
      ratio: m.calls / target,
      target: '<= 1x',
      met,
    });
    if (!met) ok = false;
  }
  const [small, big] = sizes.map((s) => results.get(s)![scenario].calls);
  console.log(`  calls at 10,000 / calls at 10: ${(big! / small!).toFixed(2)}`);
  if (JSON.stringify(results.get(sizes[0]!)![scenario].byRoute) !== JSON.stringify(results.get(sizes[1]!)![scenario].byRoute)) ok = false;
}
console.log(ok ? '\nall targets met' : '\nTARGET MISSED');
process.exitCode = ok ? 0 : 1;
