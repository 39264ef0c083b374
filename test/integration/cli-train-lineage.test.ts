/**
 * `dhow train run` records where the training ran and what it trained on (so the residency gate can pass on a
 * draft straight from training), and never passes an earlier run's outputs off as this run's.
 */
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VersionRecord } from '../../src/registry/schemas.js';
import { dhow } from '../support/cli.js';

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-cli-train-lineage-'));
  // No nvidia-smi on PATH is fine: nothing asks for a GPU.
  const env = { DHOW_NVIDIA_SMI: join(dir, 'no-nvidia-smi'), DHOW_CHECKPOINT_ROOT: join(dir, 'ckpt'), GITHUB_RUN_ID: '', GITHUB_REPOSITORY: '' };
  return { dir, env };
}

const writeOutputs = 'echo \'{"accuracy": 0.5}\' > "$DHOW_OUTPUT_DIR/metrics.json"; printf weights > "$DHOW_OUTPUT_DIR/model.bin"';
const DATA_DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('dhow train run records lineage', () => {
  it('writes the data URI, digest, version, the training region and the data region into the draft', async () => {
    const { dir, env } = await setup();
    const result = await dhow(
      [
        'train',
        'run',
        '--command',
        writeOutputs,
        '--model',
        'm',
        '--version',
        'v1',
        '--draft',
        'v.yaml',
        '--region',
        'me-central-1',
        '--data-uri',
        's3://adi-data-uae/2026-11/',
        '--data-digest',
        DATA_DIGEST,
        '--data-version',
        '2026-11',
      ],
      { cwd: dir, env },
    );
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const record = VersionRecord.parse(parse(await readFile(join(dir, 'v.yaml'), 'utf8')));
    expect(record.data).toEqual({ uri: 's3://adi-data-uae/2026-11/', digest: DATA_DIGEST, version: '2026-11' });
    expect(record.training.region).toBe('me-central-1');
    expect(record.region).toBe('me-central-1');
  });

  it('takes lineage from a spec file, and --data-region names where the data is held', async () => {
    const { dir, env } = await setup();
    await writeFile(join(dir, 'train.yaml'), `command: ${JSON.stringify(writeOutputs)}\nregion: me-central-1\ndata:\n  uri: s3://adi-data-qatar/\n`);
    const result = await dhow(['train', 'run', '--spec', 'train.yaml', '--data-region', 'qatarcentral', '--json'], { cwd: dir, env });
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout).draft;
    expect(draft.data).toEqual({ uri: 's3://adi-data-qatar/' });
    expect(draft.training.region).toBe('me-central-1');
    expect(draft.region).toBe('qatarcentral');
  });

  it('names the flag of a bad lineage value (exit 2) and writes nothing', async () => {
    const { dir, env } = await setup();
    const bad = await dhow(['train', 'run', '--command', writeOutputs, '--data-digest', 'md5:1234', '--draft', 'v.yaml'], { cwd: dir, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--data-digest/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
    const region = await dhow(['train', 'run', '--command', writeOutputs, '--region', 'Middle East'], { cwd: dir, env });
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(/--region/);
  });
});

describe('dhow train run and an output directory that already holds outputs', () => {
  it('refuses metrics.json left over from an earlier run that this run did not write, and drafts nothing', async () => {
    const { dir, env } = await setup();
    await mkdir(join(dir, 'dhow-output'));
    await writeFile(join(dir, 'dhow-output', 'metrics.json'), '{"accuracy": 0.99}');
    await writeFile(join(dir, 'dhow-output', 'model.bin'), 'old weights');
    const result = await dhow(['train', 'run', '--command', 'true', '--draft', 'v.yaml'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/metrics\.json.*left over from an earlier run/);
    expect(result.stderr).toMatch(/dhow-output/);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
  });

  it('refuses an artifact left over from an earlier run when only metrics.json was rewritten', async () => {
    const { dir, env } = await setup();
    await mkdir(join(dir, 'dhow-output'));
    await writeFile(join(dir, 'dhow-output', 'metrics.json'), '{"accuracy": 0.99}');
    await writeFile(join(dir, 'dhow-output', 'model.bin'), 'old weights');
    const result = await dhow(['train', 'run', '--command', 'echo \'{"accuracy": 0.5}\' > "$DHOW_OUTPUT_DIR/metrics.json"', '--draft', 'v.yaml'], {
      cwd: dir,
      env,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the artifact \(model\.bin\) is left over/);
    expect(existsSync(join(dir, 'v.yaml'))).toBe(false);
  });

  it('refuses a directory artifact none of whose files this run rewrote, and accepts one it rewrote', async () => {
    const { dir, env } = await setup();
    await mkdir(join(dir, 'dhow-output', 'model'), { recursive: true });
    await writeFile(join(dir, 'dhow-output', 'model', 'weights.bin'), 'old');
    const metricsOnly = 'echo \'{"accuracy": 0.5}\' > "$DHOW_OUTPUT_DIR/metrics.json"';
    const stale = await dhow(['train', 'run', '--command', metricsOnly], { cwd: dir, env });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/the artifact \(model\) is left over/);
    const fresh = await dhow(['train', 'run', '--command', `${metricsOnly}; printf new > "$DHOW_OUTPUT_DIR/model/weights.bin"`, '--json'], { cwd: dir, env });
    expect(fresh.code).toBe(0);
    expect(JSON.parse(fresh.stdout).metrics).toEqual({ accuracy: 0.5 });
  });

  it('accepts outputs the command overwrote in place', async () => {
    const { dir, env } = await setup();
    await mkdir(join(dir, 'dhow-output'));
    await writeFile(join(dir, 'dhow-output', 'metrics.json'), '{"accuracy": 0.99}');
    await writeFile(join(dir, 'dhow-output', 'model.bin'), 'old weights');
    const result = await dhow(['train', 'run', '--command', writeOutputs, '--json'], { cwd: dir, env });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).metrics).toEqual({ accuracy: 0.5 });
  });
});
