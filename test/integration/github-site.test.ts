/**
 * `dhow site --repository` reads a registry on GitHub in one pass (issue 16): the same registry pushed into
 * the GitHub emulator gives the very bytes `dhow site --registry` writes from the local copy, and the API
 * calls it makes do not grow with the number of models (a history of releases/ and gates/ read 100
 * commits a query, not one file history at a time).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { buildSiteRegistry, pushToEmulator, siteOnGitHub } from '../support/github/site-registry.js';
import { tempDir } from '../support/registry.js';

const SMALL = 'acme/small-registry';
const LARGE = 'acme/large-registry';
let gh: GitHubEmulator;
let small: string;
let large: string;
/** The calls of the first test's run on the 2-model registry, by route (the second compares with them). */
let smallCalls: Record<string, number> | undefined;

/** Every file under `dir`, by relative path, as bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(relative(dir, path), await readFile(path));
    }
  }
  return out;
}

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [SMALL, LARGE], users: ['noura'] });
  [small, large] = await Promise.all([buildSiteRegistry(2), buildSiteRegistry(12)]);
  pushToEmulator(gh, small, SMALL);
  pushToEmulator(gh, large, LARGE);
}, 240_000);
afterAll(() => gh?.stop());

describe('dhow site --repository', () => {
  it('writes byte for byte the site dhow site --registry writes from the same commits', { timeout: 240_000 }, async () => {
    const local = join(await tempDir(), 'site');
    const remote = join(await tempDir(), 'site');
    const fromLocal = await dhow(['site', '--registry', small, '--out', local]);
    expect(fromLocal.stderr).toBe('');
    expect(fromLocal.code).toBe(0);
    const fromGitHub = await siteOnGitHub(gh, SMALL, remote);
    expect(fromGitHub.stderr).toBe('');
    expect(fromGitHub.code).toBe(0);
    expect(gh.violations.splice(0)).toEqual([]);
    smallCalls = fromGitHub.byRoute;

    const [a, b] = await Promise.all([files(local), files(remote)]);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(b.get(path)!.equals(bytes), path).toBe(true);
    // The history is there to compare: the rollback with its alert, and the removal from staging.
    const page = a.get('models/model-001.html')!.toString('utf8');
    expect(page).toContain('c0ffee42');
    expect(page).toContain('Take 1.0.0 out of staging');
  });

  it('makes the same API calls, route by route, for 2 models and for 12', { timeout: 240_000 }, async () => {
    // One run here (the 2-model run is the test above's): two runs of the CLI in one test are slow on a loaded machine.
    expect(smallCalls, 'the 2-model run above').toBeDefined();
    const twelve = await siteOnGitHub(gh, LARGE, join(await tempDir(), 'site'));
    expect(twelve.stderr).toBe('');
    expect(twelve.code).toBe(0);
    expect(twelve.byRoute).toEqual(smallCalls);
    // Six commits: the default branch, models/, the files of a snapshot, releases/ and gates/ histories
    // (two and three queries for their 100-commit page), the release texts, the open pull requests.
    const total = Object.values(twelve.byRoute).reduce((s, n) => s + n, 0);
    expect(total).toBeLessThanOrEqual(12);
  });
});
