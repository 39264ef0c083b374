import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';

describe('how the dhow command reports a user mistake', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dhow-cli-errors-'));
    await writeFile(join(dir, 'ref.csv'), 'a,b\n1,2\n3,4\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('names the command once in a usage error', async () => {
    const run = await dhow(['drift', '--reference', join(dir, 'ref.csv'), '--current', join(dir, 'ref.csv'), '--bogus'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("dhow drift: Unknown option '--bogus'");
    expect(run.stderr).not.toContain('dhow drift: dhow drift');
  });

  it('names the subcommand once too', async () => {
    const run = await dhow(['train', 'run', '--bogus'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("dhow train run: Unknown option '--bogus'");
  });

  it('names an output path in a directory that does not exist, without a stack trace', async () => {
    const output = join(dir, 'ref.csv', 'profile.json'); // a file used as a directory
    const run = await dhow(['drift', 'profile', '--input', join(dir, 'ref.csv'), '--output', output], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`dhow drift: ${output}: a part of the path is not a directory (ENOTDIR)`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a Markdown report that cannot be written, without a stack trace', async () => {
    const markdown = join(dir, 'missing-dir', 'report.md');
    const run = await dhow(
      ['drift', '--reference', join(dir, 'ref.csv'), '--current', join(dir, 'ref.csv'), '--min-sample-size', '1', '--markdown', markdown],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${markdown}: no such file or directory (ENOENT)`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names drift data that is a directory or missing', async () => {
    await mkdir(join(dir, 'data.csv'), { recursive: true });
    const folder = await dhow(['drift', '--reference', join(dir, 'data.csv'), '--current', join(dir, 'ref.csv')], { cwd: dir });
    expect(folder.code).toBe(1);
    expect(folder.stderr.trim()).toBe(`dhow drift: ${join(dir, 'data.csv')}: the reference data is a directory, not a file`);
    const missing = await dhow(['drift', '--reference', join(dir, 'ref.csv'), '--current', join(dir, 'gone.csv')], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`dhow drift: ${join(dir, 'gone.csv')}: cannot read the current data: no such file`);
  });

  it('names a directory given for a file by its path, without a stack trace', async () => {
    await mkdir(join(dir, 'latencies'), { recursive: true });
    const run = await dhow(['metrics', 'latency', '--input', join(dir, 'latencies')], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`dhow metrics: ${join(dir, 'latencies')}: is a directory, not a file`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
