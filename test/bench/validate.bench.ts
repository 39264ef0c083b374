/**
 * `dhow validate` against its floor at several registry sizes: one `git cat-file --batch` over the same
 * blobs (every file of the registry), measured in the same run; target within 5x. Registries have 100 models
 * and the given numbers of versions in all, built with git fast-import. Medians of 3 runs each, interleaved (in-process CLI).
 * Run: npx tsx test/bench/validate.bench.ts [--versions 1000,10000]   (100000 takes minutes to build)
 */
import { performance } from 'node:perf_hooks';
import { dhow } from '../support/cli.js';
import { buildRegistry, catFileFloor } from './registry-fixture.js';
import { benchRow, handleHelp } from './report.js';

handleHelp(import.meta.url);
const flag = process.argv.indexOf('--versions');
const sizes = (flag > 0 ? process.argv[flag + 1]! : '1000,10000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 100 || n % 100 !== 0)) {
  process.stderr.write('validate.bench: --versions takes multiples of 100 (one per model), e.g. 1000,10000\n');
  process.exit(2);
}

let failed = false;
process.stdout.write('versions   validate      cat-file --batch   ratio   target\n');
for (const versions of sizes) {
  const built = performance.now();
  const registry = await buildRegistry(versions);
  const buildMs = performance.now() - built;
  // Interleaved, so that a machine busy with something else slows both sides alike.
  const samples: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    const r = await dhow(['validate', '--registry', registry]);
    if (r.code !== 0) throw new Error(`dhow validate exited ${r.code}: ${r.stdout}${r.stderr}`);
    if (run === 0) continue; // the first run loads the modules
    samples.push(performance.now() - start);
    floors.push(catFileFloor(registry, '', 1));
  }
  const validate = samples.sort((a, b) => a - b)[1]!;
  const floor = floors.sort((a, b) => a - b)[1]!;
  const ratio = validate / floor;
  failed ||= ratio > 5;
  benchRow('validate', {
    measure: `validate, ${versions.toLocaleString('en')} versions`,
    value: validate,
    unit: 'ms',
    against: 'git cat-file --batch over the same blobs',
    ratio,
    target: '<= 5x',
    met: ratio <= 5,
  });
  process.stdout.write(
    `${versions.toLocaleString('en').padStart(8)}  ${validate.toFixed(0).padStart(7)} ms   ${floor.toFixed(0).padStart(7)} ms      ${ratio.toFixed(2).padStart(6)}x  5x ${ratio <= 5 ? 'ok' : 'EXCEEDED'}   (built in ${(buildMs / 1000).toFixed(1)} s)\n`,
  );
}
process.exitCode = failed ? 1 : 0;
