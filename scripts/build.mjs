#!/usr/bin/env node
// Builds every ncc bundle (one per action under src/actions/<name>/index.ts, one for the CLI, one shared by
// both for Kubernetes mode) into dist/,
// regenerates the JSON Schemas, and copies reusable-workflows/*.yml to .github/workflows/.
// CI runs this and fails when the committed dist/, policies/schemas/ or .github/workflows/ differ.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);

function ncc(entry, out) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(bin('ncc'), ['build', entry, '-o', out, '--license', 'licenses.txt', '-q'], { cwd: root, stdio: 'inherit' });
}

// dist/kubernetes is the Kubernetes launcher and @kubernetes/client-node, built once: the CLI and the train
// action load it at run time from beside their own bundle (src/train/mode.ts), so no other bundle carries it.
const entries = [
  ['cli', 'src/cli/bin.ts'],
  ['kubernetes', 'src/train/kubernetes/index.ts'],
];
const actionsDir = join(root, 'src', 'actions');
if (existsSync(actionsDir)) {
  for (const name of readdirSync(actionsDir).sort()) {
    if (existsSync(join(actionsDir, name, 'index.ts'))) entries.push([name, `src/actions/${name}/index.ts`]);
  }
}
for (const [name, entry] of entries) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`building dist/${name}\n`);
  ncc(entry, join('dist', name));
}

if (existsSync(join(root, 'scripts', 'generate-schemas.ts'))) {
  execFileSync(bin('tsx'), ['scripts/generate-schemas.ts'], { cwd: root, stdio: 'inherit' });
}

const workflows = join(root, 'reusable-workflows');
if (existsSync(workflows)) {
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  for (const file of readdirSync(workflows)
    .filter((f) => f.endsWith('.yml'))
    .sort()) {
    copyFileSync(join(workflows, file), join(root, '.github', 'workflows', file));
  }
}
