/** Temporary registries for tests: real git repositories made by `dhow init`, and their refs for before/after checks. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dhow } from './cli.js';

export async function tempDir(prefix = 'dhow-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A fresh registry (dev -> staging -> production, approvals 0, 1, 2). */
export async function tempRegistry(): Promise<string> {
  const dir = join(await tempDir(), 'registry');
  const r = await dhow(['init', dir]);
  if (r.code !== 0) throw new Error(`dhow init failed: ${r.stderr}`);
  return dir;
}

export function git(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_DIR: dir } }).toString();
}

/** Every ref with its commit, plus HEAD: equal snapshots mean nothing was written. */
export function refsSnapshot(dir: string): string {
  return git(dir, ['for-each-ref', '--format=%(refname) %(objectname)']) + git(dir, ['rev-parse', 'HEAD']);
}

export function show(dir: string, path: string, ref = 'main'): string {
  return git(dir, ['show', `${ref}:${path}`]);
}

/** Writes a stand-in artifact and returns its path. */
export async function artifactFile(content: string): Promise<string> {
  const path = join(await tempDir('dhow-artifact-'), 'model.bin');
  await writeFile(path, content);
  return path;
}

/** Registers `version` of `model` with an artifact whose content is `${model}/${version}`. */
export async function register(registry: string, model: string, version: string, extra: string[] = []) {
  const file = await artifactFile(`${model}/${version}`);
  return dhow([
    'register',
    '--registry',
    registry,
    '--model',
    model,
    '--version',
    version,
    '--artifact',
    `s3://bucket/${model}/${version}`,
    '--artifact-file',
    file,
    '--as',
    'ds',
    ...extra,
  ]);
}

/** promote, then reviews by `approvers`, then merge; returns the request id. */
export async function promoteAndMerge(registry: string, model: string, version: string, env: string, approvers: string[] = []): Promise<string> {
  const p = await dhow(['promote', '--registry', registry, '--model', model, '--version', version, '--to', env, '--as', 'ds', '--json']);
  if (p.code !== 0) throw new Error(`promote failed: ${p.stderr}`);
  const id = JSON.parse(p.stdout).request as string;
  for (const who of approvers) {
    const r = await dhow(['review', '--registry', registry, id, '--approve', '--as', who]);
    if (r.code !== 0) throw new Error(`review failed: ${r.stderr}`);
  }
  const m = await dhow(['merge', '--registry', registry, id, '--as', 'ds']);
  if (m.code !== 0) throw new Error(`merge failed: ${m.stderr}`);
  return id;
}
