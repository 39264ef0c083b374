/**
 * The registries the registry benchmarks read: 100 models, a chosen number of versions in all, built in one
 * commit with git fast-import (not thousands of CLI calls) and packed as `git gc` packs; v1 of every model runs in dev.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderDeployManifests } from '../../src/registry/render.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { defaultRegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';

export const MODELS = 100;
const config = defaultRegistryConfig();
const digestOf = (m: number, v: number) => `sha256:${(m * 100_000 + v).toString(16).padStart(64, '0')}`;
export const modelName = (m: number) => `model-${String(m).padStart(3, '0')}`;

export async function buildRegistry(totalVersions: number): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), `dhow-bench-${totalVersions}-`)), 'registry');
  spawnSync('git', ['init', '-q', '--bare', '--initial-branch=main', dir]);
  const files: [string, string][] = [['dhow.yaml', serializeRegistryFile(config)]];
  const perModel = totalVersions / MODELS;
  for (let m = 0; m < MODELS; m++) {
    const model = modelName(m);
    files.push([
      `models/${model}/model.yaml`,
      serializeRegistryFile({ apiVersion: 'dhow.dev/v1', kind: 'Model', name: model, owners: ['bench'], language: ['ar'] }),
    ]);
    let first: VersionRecord | undefined;
    for (let v = 1; v <= perModel; v++) {
      const record: VersionRecord = {
        apiVersion: 'dhow.dev/v1',
        kind: 'ModelVersion',
        model,
        version: `v${v}`,
        artifact: { uri: `s3://bench/${model}/v${v}/model.safetensors`, digest: digestOf(m, v), size: 1_000_000 + v },
        source: { repository: 'acme/models', commit: 'a'.repeat(40) },
        data: {},
        training: { mode: 'external' },
        parameters: { epochs: 3, lr: 0.0001 },
        metrics: { accuracy: 0.9, 'macro-f1': 0.88 },
        serving: { memory: '8Gi' },
        'created-by': 'bench',
        'created-at': '2026-11-22T08:00:00Z',
      };
      first ??= record;
      files.push([`models/${model}/versions/v${v}.yaml`, serializeRegistryFile(record)]);
    }
    // v1 runs in dev, so `dhow promote --to staging` of v1 is allowed.
    const release: ReleaseFile = {
      apiVersion: 'dhow.dev/v1',
      kind: 'Release',
      model,
      environment: 'dev',
      version: 'v1',
      digest: digestOf(m, 1),
      holds: [],
      'promoted-by': 'bench',
      'promoted-at': '2026-11-22T08:00:00Z',
    };
    files.push([`releases/dev/${model}.yaml`, serializeRegistryFile(release)]);
    for (const change of renderDeployManifests(release, first!, config)) files.push([change.path, change.content!]);
  }
  let stream = 'commit refs/heads/main\ncommitter bench <bench@dhow.local> 1763798400 +0000\ndata 15\nbench registry\n';
  for (const [path, content] of files) stream += `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  const r = spawnSync('git', ['--git-dir', dir, 'fast-import', '--quiet'], { input: stream });
  if (r.status !== 0) throw new Error(`fast-import failed: ${r.stderr}`);
  // fast-import deltas each blob against the one before it in the stream, 50 deep: a release file then costs
  // git 50 delta applications to read, 3x what it costs in a registry git has packed. Packed as git gc packs.
  const packed = spawnSync('git', ['--git-dir', dir, 'repack', '-a', '-d', '-f', '-q']);
  if (packed.status !== 0) throw new Error(`repack failed: ${packed.stderr}`);
  return dir;
}

/**
 * The floor: one `git cat-file --batch` reading the blobs under `prefix` at main (listed beforehand, not timed).
 * Both calls lift spawnSync's 1 MiB default `maxBuffer`: the listing of a 10,000-version registry is ~1.1 MB, and
 * a truncated listing made the floor read only the first ~9,400 blobs at every size (so at 100,000 versions it
 * read a tenth of what validate reads). The count of objects read back is checked against the listing.
 */
export function catFileFloor(reg: string, prefix: string, runs: number): number {
  const listed = spawnSync('git', ['--git-dir', reg, 'ls-tree', '-r', 'main', '--', ...(prefix ? [prefix] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (listed.status !== 0 || listed.error) throw new Error(`ls-tree failed: ${listed.error?.message ?? listed.stderr}`);
  const ids = listed.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[2]!);
  const input = ids.map((id) => `${id}\n`).join('');
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const r = spawnSync('git', ['--git-dir', reg, 'cat-file', '--batch'], { input, maxBuffer: 1 << 30 });
    samples.push(performance.now() - start);
    if (r.status !== 0 || r.error) throw new Error(`cat-file failed: ${r.error?.message ?? r.stderr}`);
    const read = objectsIn(r.stdout);
    if (read !== ids.length) throw new Error(`the floor read ${read} objects of the ${ids.length} listed`);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** How many objects a `cat-file --batch` output holds (header lines `<id> <type> <size>`, each then its bytes). */
function objectsIn(out: Buffer): number {
  let count = 0;
  for (let at = 0; at < out.length; count++) {
    const nl = out.indexOf(10, at);
    if (nl < 0) break;
    const size = Number(out.toString('latin1', at, nl).split(' ')[2]);
    if (!Number.isInteger(size)) break;
    at = nl + 1 + size + 1;
  }
  return count;
}
