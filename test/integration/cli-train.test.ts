import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VersionRecord } from '../../src/registry/schemas.js';
import { dhow } from '../support/cli.js';
import { installFakeNvidiaSmi, twoH100s } from '../support/fake-nvidia-smi.js';

const toyTrain = new URL('../fixtures/train/toy-train.mjs', import.meta.url).pathname;

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-cli-train-'));
  const fake = await installFakeNvidiaSmi({ gpus: twoH100s() });
  const env = { DHOW_NVIDIA_SMI: fake.path, DHOW_CHECKPOINT_ROOT: join(dir, 'ckpt'), GITHUB_RUN_ID: '', GITHUB_REPOSITORY: '' };
  return { dir, env };
}

describe('dhow train run', () => {
  it('trains and writes a draft that is a valid version record', async () => {
    const { dir, env } = await setup();
    const result = await dhow(
      [
        'train',
        'run',
        '--command',
        `'${process.execPath}' '${toyTrain}'`,
        '--param',
        'epochs=2',
        '--model',
        'arabic-dialect-id',
        '--version',
        '0.1.0',
        '--draft',
        'v.yaml',
        '--json',
      ],
      { cwd: dir, env },
    );
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.metrics.accuracy).toBe(0.875);
    expect(json.artifact.digest).toBe('sha256:11893957759eca802e27f47ec280f17c271a800b0467e4c2b1138f7df6b2c1c5');
    const record = VersionRecord.parse(parse(await readFile(join(dir, 'v.yaml'), 'utf8')));
    expect(record).toMatchObject({ model: 'arabic-dialect-id', version: '0.1.0', parameters: { epochs: 2 } });
  });

  it('reads a spec file and lets flags override it', async () => {
    const { dir, env } = await setup();
    await writeFile(join(dir, 'train.yaml'), `command: "'${process.execPath}' '${toyTrain}'"\ntimeout: 10m\nparameters:\n  epochs: 5\n`);
    const result = await dhow(['train', 'run', '--spec', 'train.yaml', '--param', 'epochs=1', '--json'], { cwd: dir, env });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).parameters).toEqual({ epochs: 1 });
  });

  it('exits 1 with the reason when the command does not exist, and writes nothing', async () => {
    const { dir, env } = await setup();
    const result = await dhow(['train', 'run', '--command', 'dhow-no-such-trainer', '--draft', 'v.yaml'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/dhow train: .*the training command was not found/);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
  });

  it('tells a training that wrote no artifact to name one with --artifact', async () => {
    const { dir, env } = await setup();
    const result = await dhow(['train', 'run', '--command', 'echo \'{"accuracy": 1}\' > "$DHOW_OUTPUT_DIR/metrics.json"', '--draft', 'v.yaml'], {
      cwd: dir,
      env,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the training wrote no artifact: .*, or name it with --artifact\n/);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
  });

  it('registers nothing when the training fails: there is no draft to register from', async () => {
    const { dir, env } = await setup();
    expect((await dhow(['init', join(dir, 'registry')], { cwd: dir, env })).code).toBe(0);
    const failed = await dhow(
      ['train', 'run', '--command', 'echo "{}" > "$DHOW_OUTPUT_DIR/metrics.json"; exit 0', '--model', 'm', '--version', 'v1', '--draft', 'v.yaml'],
      { cwd: dir, env },
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/metrics.json: holds no metrics/);
    const register = await dhow(['register', '--registry', join(dir, 'registry'), '--from', 'v.yaml', '--as', 'noura'], { cwd: dir, env });
    expect(register.code).not.toBe(0);
    const files = execFileSync('git', ['-C', join(dir, 'registry'), 'ls-tree', '-r', '--name-only', 'main']).toString();
    expect(files).toContain('dhow.yaml');
    expect(files).not.toContain('models/');
  });

  it('is a usage error without --command, with --model but no --version, or with a bad name', async () => {
    const { dir, env } = await setup();
    expect((await dhow(['train', 'run'], { cwd: dir, env })).stderr).toMatch(/--command is required/);
    expect((await dhow(['train', 'run', '--command', 'true', '--model', 'm'], { cwd: dir, env })).code).toBe(2);
    const bad = await dhow(['train', 'run', '--command', 'true', '--model', 'Bad Name', '--version', '1'], { cwd: dir, env });
    expect(bad.stderr).toMatch(/model name "Bad Name"/);
  });

  it('lists its subcommands, and says when Kubernetes mode is not in this build', async () => {
    const help = await dhow(['train', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('dhow train run --command');
    const render = await dhow(['train', 'render']);
    if (!existsSync(new URL('../../src/cli/commands/train-kubernetes.ts', import.meta.url))) {
      expect(render.stderr).toMatch(/Kubernetes mode is not available/);
    }
  });

  it('stops the training when dhow itself is stopped (a cancelled workflow), and keeps the checkpoints', async () => {
    const { dir, env } = await setup();
    const pidFile = join(dir, 'trainer.pid');
    const bin = new URL('../../bin/dhow.js', import.meta.url).pathname;
    const command = `sh -c "echo \\$\\$ > '${pidFile}'; while true; do sleep 0.05; done" & wait`;
    const child = spawn(process.execPath, [bin, 'train', 'run', '--command', command], {
      cwd: dir,
      env: { ...process.env, ...env, DHOW_FROM_SOURCE: '1', GITHUB_RUN_ID: '9', GITHUB_REPOSITORY: 'acme/m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    while (!existsSync(pidFile) || (await readFile(pidFile, 'utf8')).trim() === '') await new Promise((r) => setTimeout(r, 50));
    const trainer = Number((await readFile(pidFile, 'utf8')).trim());
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(stderr).toMatch(/received SIGTERM .* stopped the training; its checkpoints are kept/);
    // The kill takes effect when the trainer is next scheduled: wait for the state (gone or a zombie), not a time.
    const stopped = async () => {
      const stat = await readFile(`/proc/${trainer}/stat`, 'utf8').catch(() => '');
      return stat === '' || /\) Z /.test(stat);
    };
    while (!(await stopped())) await new Promise((r) => setTimeout(r, 20));
    expect(await stopped()).toBe(true);
    expect(existsSync(join(dir, 'ckpt', 'acme_m', '9'))).toBe(true);
  });
});

describe('dhow train run with a bad spec file or flag', () => {
  it("names the line of a spec that is not YAML, on one line, without the parser's code frame", async () => {
    const { dir, env } = await setup();
    await writeFile(join(dir, 'train.yaml'), 'command: [\n');
    const result = await dhow(['train', 'run', '--spec', 'train.yaml'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^dhow train: \S*train\.yaml:2: is not valid YAML: [^\n]+$/);
  });

  it('names a misspelt key rather than the command it leaves missing', async () => {
    const { dir, env } = await setup();
    await writeFile(join(dir, 'train.yaml'), 'comand: python train.py\n');
    const result = await dhow(['train', 'run', '--spec', 'train.yaml'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('train.yaml, field "comand": unknown key; the keys are command,');
  });

  it('says a spec without a command lacks one, and what a command looks like', async () => {
    const { dir, env } = await setup();
    await writeFile(join(dir, 'train.yaml'), 'timeout: 1h\n');
    const result = await dhow(['train', 'run', '--spec', 'train.yaml'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('train.yaml, field "command": is missing: give a command line');
  });

  it('treats a --timeout that is not a duration as a usage error (exit 2)', async () => {
    const { dir, env } = await setup();
    const result = await dhow(['train', 'run', '--command', 'true', '--timeout', '2x', '--draft', 'v.yaml'], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('dhow train run: --timeout "2x" is not a duration (e.g. 90s, 30m, 1h30m, or seconds)');
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
  });

  it('names an --output-dir that is a file', async () => {
    const { dir, env } = await setup();
    await writeFile(join(dir, 'taken'), 'x');
    const result = await dhow(['train', 'run', '--command', 'true', '--output-dir', 'taken'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'taken')}, field "output-dir": the output directory is a file`);
  });

  it('names a --spec that is a directory', async () => {
    const { dir, env } = await setup();
    const result = await dhow(['train', 'run', '--spec', dir], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`dhow train: ${dir}: is a directory: give the training spec file (YAML)`);
  });
});
