/**
 * The CLI as a user installs it: `npm pack` makes the tarball, `npm install -g` puts it in a fresh prefix with no
 * network (--offline), and the installed `dhow` runs the demo. The package declares no dependencies: its bin runs
 * the ncc bundle in dist/cli/, which carries every package it uses, so nothing is fetched at install time.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const exec = promisify(execFile);
// Node 24 first on the PATH, as npx and npm scripts put it: the installed bin's `#!/usr/bin/env node` finds it.
const nodeBin = join(root, 'node_modules', '.bin');
const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${nodeBin}${delimiter}${process.env.PATH ?? ''}`, DHOW_FROM_SOURCE: '', NO_COLOR: '1' };
delete env.DHOW_REGISTRY;

interface Packed {
  filename: string;
  files: { path: string }[];
}

let work: string;
let tarball: string;
let packed: Packed;
let installed: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dhow-release-'));
  const pack = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, env, maxBuffer: 64 << 20 });
  packed = (JSON.parse(pack.stdout) as Packed[])[0]!;
  tarball = join(work, packed.filename);
  const prefix = join(work, 'prefix');
  await exec('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: work, env, maxBuffer: 16 << 20 });
  installed = join(prefix, 'bin', 'dhow');
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the published CLI package', () => {
  it('ships the bin, the CLI bundle, the demo’s example model and the policies, and no sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'bin/dhow.js', 'bin/node-version.js', 'dist/cli/index.js', 'policies/gates.yaml']) {
      expect(paths, needed).toContain(needed);
    }
    expect(paths).toContain('examples/arabic-dialect-id/train.mjs');
    expect(paths.filter((p) => /^(src|test|node_modules|scripts|actions|dist\/(?!cli\/))/.test(p))).toEqual([]);
  });

  it('installs offline into a fresh prefix and answers --help', async () => {
    expect(existsSync(installed), `${installed} after npm install -g`).toBe(true);
    const help = await exec(installed, ['--help'], { cwd: work, env });
    expect(help.stdout).toMatch(/^usage: dhow <command>/);
    expect(help.stdout).toContain('demo');
  });

  // The demo is ~50 commands over real git, as in demo.test.ts: measured 237 s at load 18 and 387 s at load 37
  // on 2 cores, so this one test needs more than the 240 s default.
  it('runs the demo from the installed package and leaves the registry the demo describes', { timeout: 600_000 }, async () => {
    const registry = join(work, 'registry');
    const demo = await exec(installed, ['demo', '--registry', registry], { cwd: work, env, maxBuffer: 64 << 20 });
    expect(demo.stdout).toContain(`The registry is in ${registry}`);
    const status = await exec(installed, ['status', '--registry', registry, '--json'], { cwd: work, env });
    // Where demo.test.ts's hand derivation says the lifecycle ends: v4 in dev and staging, production reverted to v1.
    const releases = (JSON.parse(status.stdout) as { releases: { environment: string; version: string; promotedBy: string }[] }).releases;
    expect(releases.map((r) => [r.environment, r.version, r.promotedBy])).toEqual([
      ['dev', 'v4', 'noura'],
      ['staging', 'v4', 'noura'],
      ['production', 'v1', 'dhow-bridge'],
    ]);
  });
});
