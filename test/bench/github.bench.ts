/**
 * GitHub API calls of dhow's everyday runs, counted by the emulator per route, with a registry of 10 and
 * of 10,000 versions: a first promotion, a first promotion to an environment with both user and team
 * reviewers, an unchanged re-run, an updated promotion (a new version), and policy-check action runs on
 * a pull request with 5 reviews and on one with 5 approvals where a team must approve
 * (test/support/github/call-scenarios.ts).
 * Targets (issue 14): first <= 6 calls (8 with user and team reviewers), re-run <= 2 calls and 0 writes,
 * updated <= 7, policy-check <= 8 (with a team group too), and the same counts per route at both sizes (the
 * cost does not grow with the registry). Prints each count as a ratio of its target; a first promotion now
 * takes 7 (two dependent reads: CALL_CEILINGS in test/support/github/call-scenarios.ts says why).
 *   npx tsx test/bench/github.bench.ts   (--smoke: 10 and 100 versions, a check that it runs)
 */
import { CALL_TARGETS, measureGitHubCalls, type CallMeasure, type CallScenario } from '../support/github/call-scenarios.js';
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
console.log(ok ? '\nall targets met' : '\nTARGET MISSED');
process.exitCode = ok ? 0 : 1;
