/**
 * dhow's repository is named in one place, package.json `repository`; docs and examples write `OWNER/dhow`
 * where a user puts it. The only copies are the reusable workflows' `dhow-repository` defaults, which a
 * called workflow cannot learn otherwise on every GitHub (the `job.workflow_repository` context is newer than
 * GitHub Enterprise Server and actionlint), and this test holds each of them equal to package.json's.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository?: { type?: string; url?: string } };
const name = /^git\+https:\/\/github\.com\/([^/]+\/[^/]+)\.git$/.exec(manifest.repository?.url ?? '')?.[1];

/**
 * Every file git tracks or would track, less the build's outputs (dist/, the .github/workflows/ copies) and the lock file.
 * Listed once per run (git is a process: this file lives in test/integration/).
 */
let listedOnce: string[] | undefined;
function sourceFiles(): string[] {
  listedOnce ??= listSourceFiles();
  return listedOnce;
}

function listSourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return [...new Set(listed.split('\0'))]
    .filter((f) => f !== '' && !f.startsWith('dist/') && !f.startsWith('.github/workflows/') && f !== 'package-lock.json')
    .filter((f) => {
      try {
        return !readFileSync(join(root, f)).includes(0);
      } catch {
        return false; // deleted in the working tree but still in the index
      }
    });
}

function linesWith(text: string, needle: RegExp): number[] {
  return text.split('\n').flatMap((line, i) => (needle.test(line) ? [i + 1] : []));
}

describe("dhow's repository name", () => {
  it('is in package.json repository as a GitHub URL', () => {
    expect(manifest.repository?.type).toBe('git');
    expect(name, 'package.json repository.url is git+https://github.com/OWNER/NAME.git').toMatch(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/);
  });

  it('is written nowhere else but the reusable workflows’ dhow-repository defaults, each equal to it', () => {
    const literal = new RegExp(name!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i');
    const stray: string[] = [];
    for (const file of sourceFiles()) {
      const text = readFileSync(join(root, file), 'utf8');
      const lines = linesWith(text, literal);
      if (lines.length === 0) continue;
      if (file === 'package.json' && lines.length === 1) continue;
      if (/^reusable-workflows\/[^/]+\.yml$/.test(file) && lines.length === 1) {
        const inputs = (parse(text) as { on?: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } } }).on?.workflow_call?.inputs;
        if (inputs?.['dhow-repository']?.default === name && /^\s+default: /.test(text.split('\n')[lines[0]! - 1]!)) continue;
      }
      stray.push(...lines.map((l) => `${file}:${l}`));
    }
    expect(stray, `write OWNER/dhow instead of ${name} (package.json repository is the one place)`).toEqual([]);
  });

  it('is OWNER in every reference to dhow’s actions and reusable workflows in docs and examples', () => {
    const stray: string[] = [];
    for (const file of sourceFiles()) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/([A-Za-z0-9_.-]+)\/dhow\/(?:actions\/|\.github\/workflows\/)/g)) {
        if (m[1] !== 'OWNER') stray.push(`${file}: ${m[0]}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('has no reusable workflow without the dhow-repository default the checkout of its actions falls back to', () => {
    const workflows = sourceFiles().filter((f) => /^reusable-workflows\/[^/]+\.yml$/.test(f));
    expect(workflows.length).toBeGreaterThan(0);
    for (const file of workflows) {
      const doc = parse(readFileSync(join(root, file), 'utf8')) as { on?: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } } };
      expect(doc.on?.workflow_call?.inputs?.['dhow-repository']?.default, `${file}: dhow-repository default`).toBe(name);
    }
  });

  it('is pinned by one major tag: every reusable workflow’s dhow-ref default is the same vN (docs/releasing.md)', () => {
    const defaults = sourceFiles()
      .filter((f) => /^reusable-workflows\/[^/]+\.yml$/.test(f))
      .map(
        (f) =>
          (parse(readFileSync(join(root, f), 'utf8')) as { on?: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } } }).on?.workflow_call
            ?.inputs?.['dhow-ref']?.default,
      );
    expect(new Set(defaults).size, `dhow-ref defaults: ${defaults.join(', ')}`).toBe(1);
    expect(defaults[0]).toMatch(/^v[1-9]\d*$/);
  });
});
