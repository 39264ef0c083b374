/**
 * How the registry commands scale with the number of versions: registries with 100 and with 10,000
 * versions over 100 models (built in one commit with git fast-import, not 10,000 CLI calls), then the
 * time of `dhow status`, `dhow promote` and `dhow validate` at both sizes and their ratio.
 * status and promote read only what they need and must stay within 1.5x; validate reads everything and
 * grows linearly. Against the floor, measured in the same run at 10,000 versions: one `git cat-file --batch`
 * over the same blobs (status: the 100 release files, target within 3x; validate: every file of the
 * registry, target within 5x).   Run: npx tsx test/bench/registry.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { dhow } from '../support/cli.js';
import { buildRegistry, catFileFloor, MODELS, modelName } from './registry-fixture.js';
import { benchRow, handleHelp } from './report.js';

handleHelp(import.meta.url);

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
