/**
 * GitHub API calls of dhow's everyday runs, counted by the emulator per route, with a registry of 10 and
 * of 10,000 versions: a first promotion, a first promotion to an environment with both user and team
 * reviewers, an unchanged re-run, an updated promotion (a new version), and policy-check action runs on
 * a pull request with 5 reviews and on one with 5 approvals where a team must approve
 * (test/support/github/call-scenarios.ts).
 * Targets (issue 14): first <= 6 calls (8 with user and team reviewers), re-run <= 2 calls and 0 writes,
 * updated <= 7, policy-check <= 8 (with a team group too), and the same counts per route at both sizes (the
 * cost does not grow with the registry). Prints each count as a ratio of its target; a first promotion
 * takes 5 (two dependent reads, one GraphQL mutation for the branch and its commit, the pull request and its
 * labels: CALL_CEILINGS in test/support/github/call-scenarios.ts says why).
 * Also `dhow site --repository` (issue 16) on registries of 10 and 100 models with the same six commits:
 * the same calls, route by route, at both sizes.
 *   npx tsx test/bench/github.bench.ts   (--smoke: 10 and 100 versions, 2 and 5 models, a check that it runs)
 */
import { CALL_TARGETS, measureGitHubCalls, type CallMeasure, type CallScenario } from '../support/github/call-scenarios.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator } from '../support/github/index.js';
import { buildSiteRegistry, pushToEmulator, siteOnGitHub } from '../support/github/site-registry.js';
import { benchRow, handleHelp, smokeRun } from './report.js';

handleHelp(import.meta.url);

// --smoke: registries of 10 and 100 versions (a check that it runs).
const sizes = smokeRun() ? [10, 100] : [10, 10_000];
const results = new Map<number, Record<CallScenario, CallMeasure>>();
for (const size of sizes) results.set(size, await measureGitHubCalls(size));

let ok = true;
for (const scenario of Object.keys(CALL_TARGETS) as CallScenario[]) {
  const target = CALL_TARGETS[scenario];
  console.log(`\n${scenario} (target <= ${target} calls${scenario === 'rerun' ? ', 0 writes' : ''})`);
  const routes = new Set(sizes.flatMap((s) => Object.keys(results.get(s)![scenario].byRoute)));
  for (const route of [...routes].sort()) {
    console.log(`  ${route.padEnd(60)} ${sizes.map((s) => String(results.get(s)![scenario].byRoute[route] ?? 0).padStart(6)).join(' ')}`);
  }
  for (const size of sizes) {
    const m = results.get(size)![scenario];
    console.log(
      `  registry of ${String(size).padStart(6)} versions: ${m.calls} calls (${(m.calls / target).toFixed(2)} x target), ${m.writes} writes, ${m.ms.toFixed(0)} ms (${m.outcome})`,
    );
    const met = m.calls <= target && !(scenario === 'rerun' && m.writes > 0);
    benchRow('github', {
      measure: `${scenario}, ${size} versions`,
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
// dhow site --repository: one pass over the registry's history, whatever the number of models.
const modelCounts = smokeRun() ? [2, 5] : [10, 100];
const site = [];
{
  const gh = await startGitHubEmulator({ repositories: modelCounts.map((n) => `acme/site-${n}`), users: ['noura'] });
  const scratch = await mkdtemp(join(tmpdir(), 'dhow-site-bench-'));
  try {
    for (const n of modelCounts) {
      pushToEmulator(gh, await buildSiteRegistry(n), `acme/site-${n}`);
      const started = performance.now();
      const run = await siteOnGitHub(gh, `acme/site-${n}`, join(scratch, `site-${n}`));
      if (run.code !== 0) throw new Error(`dhow site --repository failed: ${run.stderr}`);
      site.push({ n, byRoute: run.byRoute, calls: Object.values(run.byRoute).reduce((a, b) => a + b, 0), ms: performance.now() - started });
    }
  } finally {
    await gh.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}
console.log('\ndhow site --repository (6 commits; calls must not grow with the number of models)');
for (const route of [...new Set(site.flatMap((s) => Object.keys(s.byRoute)))].sort()) {
  console.log(`  ${route.padEnd(60)} ${site.map((s) => String(s.byRoute[route] ?? 0).padStart(6)).join(' ')}`);
}
for (const s of site) {
  console.log(`  registry of ${String(s.n).padStart(6)} models: ${s.calls} calls, ${s.ms.toFixed(0)} ms`);
  benchRow('github', {
    measure: `site --repository, ${s.n} models`,
    value: s.calls,
    unit: 'calls',
    against: `${site[0]!.calls} calls at ${site[0]!.n} models`,
    ratio: s.calls / site[0]!.calls,
    target: '= 1x',
    met: s.calls === site[0]!.calls,
  });
}
if (JSON.stringify(site[0]!.byRoute) !== JSON.stringify(site[1]!.byRoute)) ok = false;

console.log(ok ? '\nall targets met' : '\nTARGET MISSED');
process.exitCode = ok ? 0 : 1;
