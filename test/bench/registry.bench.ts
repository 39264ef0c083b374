/**
 * How the registry commands scale with the number of versions: registries with 100 and with 10,000
 * versions over 100 models (built in one commit with git fast-import, not 10,000 CLI calls), then the
 * time of `dhow status`, `dhow promote` and `dhow validate` at both sizes and their ratio.
 * status and promote read only what they need and must stay within 1.5x; validate reads everything and
 * grows linearly. Against the floor, measured in the same run at 10,000 versions: one `git cat-file --batch`
 * over the same blobs (status: the 100 release files, target within 3x; validate: every file of the
 * registry, target within 5x).   Run: npx tsx test/bench/registry.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderDeployManifests } from '../../src/registry/render.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { defaultRegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';
import { dhow } from '../support/cli.js';
import { benchRow, handleHelp } from './report.js';

handleHelp(import.meta.url);

const MODELS = 100;
const config = defaultRegistryConfig();
const digestOf = (m: number, v: number) => `sha256:${(m * 100_000 + v).toString(16).padStart(64, '0')}`;
const modelName = (m: number) => `model-${String(m).padStart(3, '0')}`;

async function buildRegistry(totalVersions: number): Promise<string> {
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
  return dir;
}

async function must(argv: string[]) {
  const r = await dhow(argv);
  if (r.code !== 0) throw new Error(`dhow ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
}

// Both registries are built first, then measured in alternation, so a busy machine slows both alike.
const t0 = performance.now();
const smallRegistry = await buildRegistry(100);
const t1 = performance.now();
const largeRegistry = await buildRegistry(10_000);
const t2 = performance.now();
const builds = [t1 - t0, t2 - t1];
const registries = [smallRegistry, largeRegistry] as const;
for (const reg of registries) await must(['status', '--registry', reg, '--json']); // warm-up

async function alternate(runs: number, command: (reg: string, run: number) => string[]): Promise<[number, number]> {
  const samples: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    for (const i of [0, 1] as const) {
      const start = performance.now();
      await must(command(registries[i], run));
      samples[i].push(performance.now() - start);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return [median(samples[0]), median(samples[1])];
}

const status = await alternate(9, (reg) => ['status', '--registry', reg, '--json']);
const promote = await alternate(9, (reg, run) => [
  'promote',
  '--registry',
  reg,
  '--model',
  modelName(run),
  '--version',
  'v1',
  '--to',
  'staging',
  '--as',
  'bench',
  '--json',
]);
const validate = await alternate(3, (reg) => ['validate', '--registry', reg]);

/** The floor: one `git cat-file --batch` reading the blobs under `prefix` at main (listed beforehand, not timed). */
function catFileFloor(reg: string, prefix: string, runs: number): number {
  const listing = spawnSync('git', ['--git-dir', reg, 'ls-tree', '-r', 'main', '--', ...(prefix ? [prefix] : [])], { encoding: 'utf8' }).stdout;
  const input = listing
    .split('\n')
    .filter(Boolean)
    .map((line) => `${line.split(/\s+/)[2]}\n`)
    .join('');
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const r = spawnSync('git', ['--git-dir', reg, 'cat-file', '--batch'], { input, maxBuffer: 1 << 30 });
    samples.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`cat-file failed: ${r.stderr}`);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
const floors = { status: catFileFloor(largeRegistry, 'releases', 9), validate: catFileFloor(largeRegistry, '', 3) };
const small = { build: builds[0]!, status: status[0], promote: promote[0], validate: validate[0] };
const large = { build: builds[1]!, status: status[1], promote: promote[1], validate: validate[1] };
const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;
const rows = [
  ['status', small.status, large.status, 1.5],
  ['promote', small.promote, large.promote, 1.5],
  ['validate', small.validate, large.validate, Infinity],
] as const;
process.stdout.write(`registry bench: ${MODELS} models; build took ${small.build.toFixed(0)} ms and ${large.build.toFixed(0)} ms (fast-import)\n`);
process.stdout.write(`command      100 versions   10,000 versions   ratio   limit\n`);
let failed = false;
for (const [name, a, b, limit] of rows) {
  const ratio = b / a;
  const ok = ratio <= limit;
  failed ||= !ok;
  benchRow('registry', {
    measure: `${name}, 10,000 vs 100 versions`,
    value: b,
    unit: 'ms',
    against: `${name} at 100 versions`,
    ratio,
    target: limit === Infinity ? '' : `<= ${limit}x`,
    ...(limit === Infinity ? {} : { met: ok }),
  });
  process.stdout.write(
    `${name.padEnd(10)} ${ms(a)}     ${ms(b)}      ${ratio.toFixed(2).padStart(6)}x  ${limit === Infinity ? 'linear (100x data)' : `${limit}x ${ok ? 'ok' : 'EXCEEDED'}`}\n`,
  );
}
process.stdout.write(`against one git cat-file --batch over the same blobs (10,000 versions):\n`);
for (const [name, value, floor, limit] of [
  ['status', large.status, floors.status, 3],
  ['validate', large.validate, floors.validate, 5],
] as const) {
  const ratio = value / floor;
  const ok = ratio <= limit;
  failed ||= !ok;
  benchRow('registry', {
    measure: `${name}, 10,000 versions`,
    value,
    unit: 'ms',
    against: 'git cat-file --batch over the same blobs',
    ratio,
    target: `<= ${limit}x`,
    met: ok,
  });
  process.stdout.write(`${name.padEnd(10)} ${ms(value)}  cat-file ${ms(floor)}  ${ratio.toFixed(2).padStart(6)}x  ${limit}x ${ok ? 'ok' : 'EXCEEDED'}\n`);
}
process.exitCode = failed ? 1 : 0;
