#!/usr/bin/env node
// The one definition of "fresh": rebuild everything the build generates (dist/, .github/workflows/,
// policies/schemas/) and fail when git then sees any change there — modified, deleted or new, tracked or not.
// `npm run check-dist` runs it locally and .ci/run runs the same command on a clean clone.
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const generated = ['dist', '.github/workflows', 'policies/schemas'];

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const changes = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...generated], { cwd: root, encoding: 'utf8' });
if (changes.trim() !== '') {
  process.stderr.write(changes);
  process.stderr.write(`::error::a rebuild changed or added files under ${generated.join(', ')}: run 'npm run build' and commit them\n`);
  process.exit(1);
}
process.stderr.write(`fresh: ${generated.join(', ')} are what a rebuild produces\n`);
