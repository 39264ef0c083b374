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
 * Also `dhow site --repository` (issue 16) on registries of 10 and 100 models with the same six commits: the
 * larger one may take more queries only in full chunks of 100 lookups (GitHub's limits; docs/github.md).
 *   npx tsx test/bench/github.bench.ts   (--smoke: 10 and 100 versions, 2 and 5 models, a check that it runs)
 */
import { CALL_TARGETS, measureGitHubCalls, type CallMeasure, type CallScenario } from '../support/github/call-scenarios.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator } from '../support/github/index.js';
import { buildSiteRegistry, pushToEmulator, siteOnGitHub } from '../support/github/site-registry.js';
import { parse, type Selection } from '../support/github/graphql.js';
import { READS_PER_QUERY } from '../../src/forge/github-reads.js';
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
// dhow site --repository: one pass over the registry's history. Its reads go 100 to a query (GitHub's limits, docs/github.md),
// so a registry with more files takes more queries; the target is that it grows only that way: no query over 100
// lookups, and the queries that are not full ones (at most one per batch the read plan makes: a page of history, a
// level of trees, the files) no more at 100 models than at 10. Lookups are counted from each query's text with the
// emulator's GraphQL parser: the aliased fields of its widest selection.
const modelCounts = smokeRun() ? [2, 5] : [10, 100];
const site: { n: number; byRoute: Record<string, number>; calls: number; full: number; partial: number; widest: number; ms: number }[] = [];
{
  const gh = await startGitHubEmulator({ repositories: modelCounts.map((n) => `acme/site-${n}`), users: ['noura'] });
  const scratch = await mkdtemp(join(tmpdir(), 'dhow-site-bench-'));
  try {
    for (const n of modelCounts) {
      pushToEmulator(gh, await buildSiteRegistry(n), `acme/site-${n}`);
      const started = performance.now();
      const run = await siteOnGitHub(gh, `acme/site-${n}`, join(scratch, `site-${n}`));
      if (run.code !== 0) throw new Error(`dhow site --repository failed: ${run.stderr}`);
      const lookups = gh.calls.list.filter((c) => c.route === 'POST /graphql').map((c) => lookupsIn((c.body as { query: string }).query));
      site.push({
        n,
        byRoute: run.byRoute,
        calls: Object.values(run.byRoute).reduce((a, b) => a + b, 0),
        full: lookups.filter((l) => l === READS_PER_QUERY).length,
        partial: lookups.filter((l) => l < READS_PER_QUERY).length,
        widest: Math.max(0, ...lookups),
        ms: performance.now() - started,
      });
    }
  } finally {
    await gh.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}
console.log('\ndhow site --repository (6 commits; queries beyond those of the smaller registry must be full ones of 100 lookups)');
for (const route of [...new Set(site.flatMap((s) => Object.keys(s.byRoute)))].sort()) {
  console.log(`  ${route.padEnd(60)} ${site.map((s) => String(s.byRoute[route] ?? 0).padStart(6)).join(' ')}`);
}
const [fewer] = site;
for (const s of site) {
  const met = s.widest <= READS_PER_QUERY && s.calls - s.full <= fewer!.calls - fewer!.full;
  console.log(
    `  registry of ${String(s.n).padStart(6)} models: ${s.calls} calls (${s.full} full queries of ${READS_PER_QUERY} lookups, ${s.partial} others, widest ${s.widest}), ${s.ms.toFixed(0)} ms`,
  );
  benchRow('github', {
    measure: `site --repository, ${s.n} models: calls beyond full queries`,
    value: s.calls - s.full,
    unit: 'calls',
    against: `the same at ${fewer!.n} models (${fewer!.calls - fewer!.full})`,
    ratio: (s.calls - s.full) / (fewer!.calls - fewer!.full),
    target: '<= 1x',
    met,
  });
  if (!met) ok = false;
}

console.log(ok ? '\nall targets met' : '\nTARGET MISSED');
process.exitCode = ok ? 0 : 1;

/** The aliased fields of a query's widest selection set: how many lookups it makes at once. */
function lookupsIn(query: string): number {
  let widest = 0;
  const walk = (selections: Selection[]) => {
    widest = Math.max(widest, selections.filter((s) => s.kind === 'field' && s.alias !== undefined).length);
    for (const s of selections) if (s.selections) walk(s.selections);
  };
  walk(parse(query).selections);
  return widest;
}
