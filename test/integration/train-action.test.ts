import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VersionRecord } from '../../src/registry/schemas.js';
import { runActionProcess } from '../support/action.js';
import { H100, installFakeNvidiaSmi, twoH100s } from '../support/fake-nvidia-smi.js';

const toyTrain = new URL('../fixtures/train/toy-train.mjs', import.meta.url).pathname;

async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-train-action-'));
  const fake = await installFakeNvidiaSmi({ gpus: twoH100s() });
  return { dir, env: { PATH: fake.pathEnv, DHOW_CHECKPOINT_ROOT: join(dir, 'ckpt'), HOME: dir } };
}

describe('the train action in runner mode', () => {
  it('trains, sets the outputs and writes the version-record draft and a summary', async () => {
    const { dir, env } = await workspace();
    const run = await runActionProcess('train', {
      cwd: dir,
      env,
      inputs: {
        command: `'${process.execPath}' '${toyTrain}'`,
        model: 'arabic-dialect-id',
        version: '1.0.0',
        'gpu-count': '1',
        parameters: 'epochs=2\nmode=ok',
        'version-file': 'dhow-version.yaml',
      },
    });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.metrics!)).toEqual({ accuracy: 0.875, loss: 0.25, 'started-at-epoch': 1 });
    expect(run.outputs['artifact-digest']).toBe('sha256:11893957759eca802e27f47ec280f17c271a800b0467e4c2b1138f7df6b2c1c5');
    expect(run.outputs['artifact-uri']).toBe(`file://${join(dir, 'dhow-output', 'model.json')}`);
    expect(run.outputs['peak-gpu-memory-mib']).toBe('0');
    expect(run.outputs['version-file']).toBe(join(dir, 'dhow-version.yaml'));
    const record = VersionRecord.parse(parse(await readFile(join(dir, 'dhow-version.yaml'), 'utf8')));
    expect(record.training).toMatchObject({ mode: 'runner', gpu: { count: 1, product: H100.name } });
    expect(record.source).toMatchObject({ repository: 'acme/model-repo', 'run-attempt': 1 });
    expect(record.parameters).toEqual({ epochs: 2, mode: 'ok' });
    expect(run.summary).toContain('Trained arabic-dialect-id 1.0.0 (runner)');
    expect(run.summary).toContain('accuracy');
    expect(run.stdout).toContain('::group::Training: ');
    expect(run.state.isPost).toBe('true');
  });

  it('fails with the action name when the policy requires a GPU the runner lacks, writing no draft', async () => {
    const { dir } = await workspace();
    const none = await installFakeNvidiaSmi({ failure: 'no-devices' });
    const run = await runActionProcess('train', {
      cwd: dir,
      env: { PATH: none.pathEnv, HOME: dir },
      inputs: { command: 'true', 'require-gpu': 'true', 'version-file': 'v.yaml' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.join('\n')).toMatch(/::error::train: .*the policy requires a GPU and this runner has none/);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
    expect(run.outputs['artifact-digest']).toBeUndefined();
  });

  it('names the input that is wrong', async () => {
    const { dir, env } = await workspace();
    const bad = await runActionProcess('train', { cwd: dir, env, inputs: { command: 'true', timeout: 'a while' } });
    expect(bad.annotations.join('\n')).toMatch(/train: field "timeout": "a while" is not a duration/);
    const mode = await runActionProcess('train', { cwd: dir, env, inputs: { command: 'true', mode: 'slurm' } });
    expect(mode.annotations.join('\n')).toMatch(/input "mode" must be runner or kubernetes/);
  });

  it("keeps the action's inputs and runtime tokens from the training command", async () => {
    const { dir, env } = await workspace();
    const run = await runActionProcess('train', {
      cwd: dir,
      env: { ...env, ACTIONS_RUNTIME_TOKEN: 'runtime-secret', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret' },
      inputs: {
        command: 'env > "$DHOW_OUTPUT_DIR/seen.txt"; echo \'{"ok": 1}\' > "$DHOW_OUTPUT_DIR/metrics.json"; echo m > "$DHOW_OUTPUT_DIR/model.bin"',
        kubeconfig: 'apiVersion: v1\nusers: [{name: u, user: {token: kube-secret}}]',
        env: 'LANG_PAIR=ar-en',
      },
    });
    expect(run.annotations).toEqual([]);
    const seen = await readFile(join(dir, 'dhow-output', 'seen.txt'), 'utf8');
    expect(seen).toContain('LANG_PAIR=ar-en');
    expect(seen).toContain('GITHUB_REPOSITORY=acme/model-repo');
    expect(seen).not.toMatch(/kube-secret|runtime-secret|oidc-secret|INPUT_/);
  });

  it('has a post step that does nothing after runner mode', async () => {
    const { dir, env } = await workspace();
    const run = await runActionProcess('train', { cwd: dir, env: { ...env, STATE_isPost: 'true', STATE_mode: 'runner' } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([]);
  });
});
