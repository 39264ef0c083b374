import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { recordingLogger } from '../../src/logger.js';
import { VersionRecord } from '../../src/registry/schemas.js';
import { runRunnerTraining, type RunnerTrainingOptions } from '../../src/train/runner/run.js';
import { parseTrainingJobSpec, type TrainingJobSpecInput } from '../../src/train/spec.js';
import { H100, installFakeNvidiaSmi, twoH100s, type FakeScenario } from '../support/fake-nvidia-smi.js';

const toyTrain = new URL('../fixtures/train/toy-train.mjs', import.meta.url).pathname;
const toyCommand = `'${process.execPath}' '${toyTrain}'`;

async function setup(scenario: FakeScenario = { gpus: twoH100s() }, github: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-train-runner-'));
  const fake = await installFakeNvidiaSmi(scenario);
  const env: NodeJS.ProcessEnv = {
    PATH: fake.pathEnv,
    HOME: dir,
    DHOW_CHECKPOINT_ROOT: join(dir, 'checkpoints'),
    GITHUB_REPOSITORY: 'acme/arabic-dialect-id',
    GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'mariam',
    ...github,
  };
  const logger = recordingLogger();
  const train = (spec: TrainingJobSpecInput, extra: Partial<RunnerTrainingOptions> = {}) =>
    runRunnerTraining({
      spec: parseTrainingJobSpec(spec),
      outputDir: 'out',
      cwd: dir,
      env,
      logger,
      sampleIntervalMs: 20,
      killGraceMs: 300,
      now: () => new Date(),
      ...extra,
    });
  return { dir, fake, env, logger, train };
}

describe('training on a runner', () => {
  it('runs the command, validates its outputs and drafts a version record for register', async () => {
    const { dir, logger, train } = await setup();
    const result = await train(
      { command: toyCommand, gpu: { count: 1 }, parameters: { epochs: 2, mode: 'ok' } },
      { model: 'arabic-dialect-id', version: '1.0.0', draftPath: 'version.yaml' },
    );
    expect(result.metrics).toEqual({ accuracy: 0.875, loss: 0.25, 'started-at-epoch': 1 });
    // sha256 of the 20 bytes '{"weights":[1,2,3]}\n', computed with sha256sum.
    expect(result.artifact).toMatchObject({
      digest: 'sha256:11893957759eca802e27f47ec280f17c271a800b0467e4c2b1138f7df6b2c1c5',
      size: 20,
      format: 'json',
      uri: `file://${join(dir, 'out', 'model.json')}`,
    });
    expect(result.parameters).toEqual({ epochs: 2, mode: 'ok' });
    expect(result.resumed).toBe(false);

    const record = VersionRecord.parse(parse(await readFile(join(dir, 'version.yaml'), 'utf8')));
    expect(record).toMatchObject({
      model: 'arabic-dialect-id',
      version: '1.0.0',
      source: {
        repository: 'acme/arabic-dialect-id',
        commit: 'c0ffee'.padEnd(40, '0'),
        'run-url': 'https://github.example/acme/arabic-dialect-id/actions/runs/777/attempts/1',
        'run-attempt': 1,
      },
      training: { mode: 'runner', gpu: { count: 1, product: H100.name }, 'peak-gpu-memory-mib': 0 },
      'created-by': 'mariam',
    });
    expect(record.training['duration-seconds']).toBeGreaterThan(0);
    // The log is streamed line by line inside a group.
    const group = logger.lines.findIndex((l) => l.level === 'group' && l.message.startsWith('Training: '));
    expect(group).toBeGreaterThanOrEqual(0);
    expect(logger.lines.slice(group).map((l) => l.message)).toEqual(expect.arrayContaining(['epoch 1/2', 'epoch 2/2', 'wrote model.json']));
  });

  it('reports the peak GPU memory the training process used', async () => {
    const { dir, fake, train } = await setup();
    const pidFile = join(dir, 'trainer.pid');
    await writeFile(
      join(dir, 'train.sh'),
      `echo $$ > '${pidFile}'\nwhile c=$(cat '${fake.counterFile}' 2>/dev/null); [ "\${c:-0}" -lt 4 ]; do sleep 0.02; done\n` +
        `echo '{"accuracy": 1}' > "$DHOW_OUTPUT_DIR/metrics.json"; echo w > "$DHOW_OUTPUT_DIR/model.bin"\n`,
    );
    const scenario = { gpus: twoH100s(), apps: [{ gpuUuid: H100.uuids[0]!, pidFile, usedMiB: [512, 2048, 6144, 1024] }] };
    await writeFile(join(fake.dir, 'scenario.json'), JSON.stringify({ ...scenario, counterFile: fake.counterFile }));
    const result = await train({ command: 'sh train.sh', policy: { 'require-gpu': true } });
    expect(result.memory.peakGpuMemoryMiB).toBe(6144);
    expect(result.draft.training['peak-gpu-memory-mib']).toBe(6144);
  });

  it('refuses to start when the policy requires a GPU and the runner has none', async () => {
    for (const scenario of [{ failure: 'driver' as const }, { failure: 'no-devices' as const }]) {
      const { dir, train } = await setup(scenario);
      const marker = join(dir, 'ran');
      await expect(train({ command: `touch '${marker}'`, policy: { 'require-gpu': true } })).rejects.toThrow(
        /the policy requires a GPU and this runner has none/,
      );
      expect(existsSync(marker)).toBe(false);
    }
    const { dir, train } = await setup({ gpus: twoH100s() }, { PATH: '/usr/bin:/bin' });
    await expect(train({ command: 'true', gpu: { count: 1 } }, { nvidiaSmi: join(dir, 'missing', 'nvidia-smi') })).rejects.toThrow(
      /nvidia-smi is not installed or not on PATH/,
    );
  });

  it('refuses more GPUs, another product or a MIG profile than the runner has', async () => {
    const { train } = await setup();
    await expect(train({ command: 'true', gpu: { count: 4 } })).rejects.toThrow(/needs 4 GPUs and this runner has 2/);
    await expect(train({ command: 'true', gpu: { count: 1, product: 'NVIDIA-A100-SXM4-80GB' } })).rejects.toThrow(/field "gpu.product"/);
    await expect(train({ command: 'true', gpu: { count: 1, 'mig-profile': '1g.10gb' } })).rejects.toThrow(
      /MIG 1g.10gb device and this runner has no MIG devices/,
    );
  });

  it('stops the whole process tree at the timeout and says so', async () => {
    const { dir, train } = await setup();
    const pidFile = join(dir, 'child.pid');
    const command = `sh -c "trap '' TERM; echo \\$\\$ > '${pidFile}'; while true; do sleep 0.05; done" & wait`;
    await expect(train({ command, timeout: '1s' })).rejects.toThrow(/passed its timeout of 1s and was stopped/);
    const child = Number((await readFile(pidFile, 'utf8')).trim());
    // SIGKILL takes effect when the process is next scheduled: on a loaded machine, wait for the state (gone or a
    // zombie) rather than a fixed time; the test's time-out bounds a process that really survived.
    const stopped = async () => {
      const stat = await readFile(`/proc/${child}/stat`, 'utf8').catch(() => '');
      return stat === '' || /\) Z /.test(stat);
    };
    while (!(await stopped())) await new Promise((r) => setTimeout(r, 20));
    expect(await stopped()).toBe(true);
  });

  it('resumes from the checkpoints when the same workflow run is re-run', async () => {
    const first = await setup();
    const spec = { command: toyCommand, parameters: { epochs: 4, 'fail-at-epoch': 2 } };
    await expect(first.train(spec)).rejects.toThrow(/exited with code 3; nothing was registered/);
    const runDir = join(first.dir, 'checkpoints', 'acme_arabic-dialect-id', '777');
    expect((await readdir(runDir)).sort()).toEqual(['.dhow-attempt', 'epoch-1', 'epoch-2']);

    first.env.GITHUB_RUN_ATTEMPT = '2';
    const result = await first.train(spec);
    expect(result.resumed).toBe(true);
    expect(result.metrics['started-at-epoch']).toBe(3);
    expect(result.draft.source['run-attempt']).toBe(2);
    expect(first.logger.lines.map((l) => l.message)).toContain('resuming at epoch 3');
    // Success releases the checkpoints.
    expect(existsSync(runDir)).toBe(false);
  });

  it('starts fresh in another workflow run', async () => {
    const { env, train } = await setup();
    const spec = { command: toyCommand, parameters: { epochs: 3, 'fail-at-epoch': 1 } };
    await expect(train(spec)).rejects.toThrow(/exited with code 3/);
    env.GITHUB_RUN_ID = '778';
    env.GITHUB_RUN_ATTEMPT = '2';
    const result = await train({ command: toyCommand, parameters: { epochs: 3 } });
    expect(result.resumed).toBe(false);
    expect(result.metrics['started-at-epoch']).toBe(1);
  });

  it('names the field of a metrics.json that breaks the schema, and drafts nothing', async () => {
    const { dir, train } = await setup();
    await expect(train({ command: toyCommand, parameters: { mode: 'bad-metrics' } }, { draftPath: 'v.yaml' })).rejects.toThrow(
      /out\/metrics.json, field "accuracy": .*finite number/,
    );
    await expect(train({ command: toyCommand, parameters: { mode: 'nan' } }, { draftPath: 'v.yaml' })).rejects.toThrow(/metrics.json:3: NaN is not JSON/);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
  });

  it('fails when the artifact is missing, and drafts nothing', async () => {
    const { dir, train } = await setup();
    // The core names the option semantically; each edge passes the name its users typed.
    await expect(train({ command: toyCommand, parameters: { mode: 'no-artifact' } }, { draftPath: 'v.yaml' })).rejects.toThrow(
      /wrote no artifact: .*, or name it with the artifact option$/,
    );
    await expect(
      train({ command: toyCommand, parameters: { mode: 'no-artifact' } }, { draftPath: 'v.yaml', optionNames: { artifact: 'input "artifact"' } }),
    ).rejects.toThrow(/, or name it with input "artifact"$/);
    await expect(train({ command: toyCommand }, { artifact: 'weights.safetensors', draftPath: 'v.yaml' })).rejects.toThrow(
      /weights.safetensors, field "artifact": the training did not write its artifact/,
    );
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
  });

  it('says clearly when the command does not exist', async () => {
    const { train } = await setup();
    const error = await train({ command: 'dhow-no-such-trainer --epochs 3' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DhowError);
    expect((error as DhowError).message).toMatch(/the training command was not found: .*dhow-no-such-trainer.*not found/);
    await expect(train({ command: ['dhow-no-such-trainer', '--epochs', '3'] })).rejects.toThrow(/could not be started: no such file or command/);
  });

  it('hashes an artifact directory by its sorted sha256sum manifest', async () => {
    const { dir, train } = await setup();
    const command =
      'mkdir -p "$DHOW_OUTPUT_DIR/model/sub" && printf a > "$DHOW_OUTPUT_DIR/model/b.txt" && printf b > "$DHOW_OUTPUT_DIR/model/sub/a.txt" && echo \'{"f1": 0.5}\' > "$DHOW_OUTPUT_DIR/metrics.json"';
    const result = await train({ command });
    // The reference: coreutils sha256sum over the files sorted by path, then sha256sum of that listing.
    const expected = await import('node:child_process').then(
      ({ execFileSync }) =>
        execFileSync('sh', ['-c', 'cd "$0" && find . -type f | sed "s|^./||" | LC_ALL=C sort | xargs sha256sum | sha256sum', join(dir, 'out', 'model')], {
          encoding: 'utf8',
        }).split(' ')[0],
    );
    expect(result.artifact.digest).toBe(`sha256:${expected}`);
    expect(result.artifact.size).toBe(2);
  });

  it('removes the checkpoints of runs nobody re-ran within 14 days, and keeps recent ones', async () => {
    const { dir, train } = await setup();
    const repository = join(dir, 'checkpoints', 'acme_arabic-dialect-id');
    for (const [run, daysAgo] of [
      ['500', 20],
      ['600', 3],
    ] as const) {
      await mkdir(join(repository, run), { recursive: true });
      await writeFile(join(repository, run, 'epoch-1'), '1');
      await writeFile(join(repository, run, '.dhow-attempt'), '1\n');
      const then = new Date(Date.now() - daysAgo * 86_400_000);
      await utimes(join(repository, run, '.dhow-attempt'), then, then);
    }
    await train({ command: toyCommand });
    expect(existsSync(join(repository, '500'))).toBe(false);
    expect(existsSync(join(repository, '600', 'epoch-1'))).toBe(true);
  });
});
