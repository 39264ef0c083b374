import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../bin/node-version.js';

const bin = fileURLToPath(new URL('../../bin/dhow.js', import.meta.url));

describe('dhow on an older Node', () => {
  it('accepts Node 24 and newer', () => {
    expect(nodeVersionProblem('24.0.0')).toBeNull();
    expect(nodeVersionProblem('25.2.1')).toBeNull();
  });

  it('refuses Node 20 and 22 with a message that says what to run instead', () => {
    for (const version of ['20.20.2', '22.11.0']) {
      const message = nodeVersionProblem(version);
      expect(message).toContain(`this is Node ${version}`);
      expect(message).toContain('npx dhow');
    }
  });

  it('says so in one line and exits 1 instead of failing inside a dependency', () => {
    // bin/dhow.js reads process.versions.node; a preloaded module makes this Node look like Node 20.
    const fake = 'data:text/javascript,Object.defineProperty(process.versions, "node", { value: "20.20.2" });';
    const run = spawnSync(process.execPath, ['--import', fake, bin, 'status'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(nodeVersionProblem('20.20.2'));
  });
});
