/**
 * A gate policy can come from the registry's dhow.yaml, so its data sources must not reach the runner's
 * files (issue 11, item 3): `source.input: /proc/self/environ` used to make the "no column" error print
 * the header line, which is the whole environment, GITHUB_TOKEN included. Data files must lie under the
 * workspace, the policy's directory or a root the caller allows (symbolic links resolved), be regular files
 * (never /proc, /sys, /dev, a FIFO, a socket, a directory), and no error may echo what it read.
 *
 * A secret is planted in the environment of real processes (the CLI and the gate action, each as the runner
 * starts it), so /proc/self/environ would hold it; every assertion checks it never reaches the output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionProcess } from '../../support/action.js';
import { dhow } from '../../support/cli.js';

const root = new URL('../../..', import.meta.url).pathname;
const SECRET = `ghs_planted${'Q7x'.repeat(10)}`;
const CSV = `label,prediction,dialect\n${Array.from({ length: 40 }, (_, i) => `${i % 2},${(i >> 1) % 2},${['gulf', 'levant'][i % 2]}`).join('\n')}\n`;

function policy(source: string): string {
  return `apiVersion: dhow.dev/v1
kind: GatePolicy
gates:
  - name: parity
    metric: demographic_parity_difference
    source: ${source}
    threshold: 0.3
    greater-is-better: false
`;
}
const fairness = (input: string) =>
  policy(`{ kind: fairness, input: ${JSON.stringify(input)}, label: label, prediction: prediction, group: dialect, positive-label: 1 }`);

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-gate-sources-'));
  await writeFile(join(dir, 'candidate.json'), JSON.stringify({ accuracy: 0.9 }));
  await writeFile(join(dir, 'predictions.csv'), CSV);
  return dir;
}

/** `dhow gate` as its own process (so /proc/self/environ is its environment), the secret planted in it. */
function gateProcess(cwd: string, args: string[] = []): Promise<{ code: number; output: string }> {
  const child = spawn(
    process.execPath,
    [`${root}bin/dhow.js`, 'gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json', '--report', 'report.json', ...args],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, DHOW_FROM_SOURCE: '1', GITHUB_TOKEN: SECRET, DHOW_PLANTED: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 137, output })));
}

describe('gate data sources, from the CLI', () => {
  it('refuses /proc/self/environ as a data file, naming the field, without printing the environment', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'gates.yaml'), fairness('/proc/self/environ'));
    const run = await gateProcess(dir);
    expect(run.code).toBe(1);
    expect(run.output).toContain('the data file "/proc/self/environ" is on a special file system');
    expect(run.output).toContain('gates[name=parity].source.input');
    expect(run.output).not.toContain(SECRET);
    expect(run.output).not.toContain('DHOW_PLANTED');
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it('refuses a symbolic link in the workspace that leads to /proc, and one that leads out of it', async () => {
    const dir = await workspace();
    await symlink('/proc/self/environ', join(dir, 'innocent.csv'));
    await writeFile(join(dir, 'gates.yaml'), fairness('innocent.csv'));
    const toProc = await gateProcess(dir);
    expect(toProc.code).toBe(1);
    expect(toProc.output).toContain('the data file "innocent.csv" leads to a special file system');
    expect(toProc.output).not.toContain(SECRET);

    const outside = await mkdtemp(join(tmpdir(), 'dhow-gate-outside-'));
    await writeFile(join(outside, 'predictions.csv'), CSV);
    await symlink(join(outside, 'predictions.csv'), join(dir, 'linked.csv'));
    await writeFile(join(dir, 'gates.yaml'), fairness('linked.csv'));
    const out = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('the data file "linked.csv" is outside the data roots');
    // Allowed once the caller names its directory as a data root.
    const allowed = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json', '--data-root', outside, '--json'], { cwd: dir });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(JSON.parse(allowed.stdout).gates[0]).toMatchObject({ name: 'parity', verdict: 'pass' });
  });

  it('refuses paths outside the workspace, for every kind of data source', async () => {
    const dir = await workspace();
    const sources = [
      ['source.input', fairness('/etc/passwd')],
      ['source.input', fairness('../../../../../../etc/passwd')],
      ['source.input', policy('{ kind: text, input: /etc/hostname }').replace('demographic_parity_difference', 'wer')],
      ['source.input', policy('{ kind: arabic-data, input: /etc/hostname }').replace('demographic_parity_difference', 'mojibake')],
      ['source.file', policy('{ kind: latency, file: /etc/passwd }').replace('demographic_parity_difference', 'p99')],
    ] as const;
    for (const [field, text] of sources) {
      await writeFile(join(dir, 'gates.yaml'), text);
      const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json'], { cwd: dir });
      expect(run.code, text).toBe(1);
      expect(run.stderr).toContain('is outside the data roots');
      expect(run.stderr).toContain(`gates[name=parity].${field}`);
      expect(run.stderr).not.toContain('root:');
    }
  });

  it('refuses a FIFO, a directory and a device, without blocking on the FIFO', async () => {
    const dir = await workspace();
    const made = spawnSync('mkfifo', [join(dir, 'pipe.csv')]);
    expect(made.status).toBe(0);
    await mkdir(join(dir, 'folder.csv'));
    await symlink('/dev/zero', join(dir, 'zero.csv'));
    for (const [input, why] of [
      ['pipe.csv', 'is a named pipe, not a file'],
      ['folder.csv', 'is a directory, not a file'],
      ['zero.csv', 'leads to a special file system'],
      ['/dev/stdin', 'is on a special file system'],
    ]) {
      await writeFile(join(dir, 'gates.yaml'), fairness(input!));
      const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json'], { cwd: dir });
      expect(run.code, input).toBe(1);
      expect(run.stderr).toContain(`the data file ${JSON.stringify(input)} ${why}`);
    }
  });

  it("reads data under the policy file's own directory", async () => {
    const dir = await workspace();
    const policies = await mkdtemp(join(tmpdir(), 'dhow-gate-policies-'));
    await writeFile(join(policies, 'predictions.csv'), CSV);
    await writeFile(join(policies, 'gates.yaml'), fairness(join(policies, 'predictions.csv')));
    const run = await dhow(['gate', '--policy', join(policies, 'gates.yaml'), '--candidate', 'candidate.json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
  });

  it('never repeats a first line that is not a header of column names, in the "no column" error', async () => {
    const dir = await workspace();
    for (const [name, text] of [
      ['env.csv', `GITHUB_TOKEN=${SECRET}\0PATH=/usr/bin\0HOME=/root\0`],
      ['dotenv.csv', `GITHUB_TOKEN=${SECRET}\nOTHER=1\n`],
      ['key.csv', `-----BEGIN OPENSSH PRIVATE KEY-----,${SECRET}\n`],
    ]) {
      await writeFile(join(dir, name!), text!);
      await writeFile(join(dir, 'gates.yaml'), fairness(name!));
      const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'no column "label" (given by source.label in gates.yaml); the first line does not look like a header of column names, so it is not repeated here',
      );
      expect(run.stderr).not.toContain(SECRET);
      expect(run.stderr).not.toContain('GITHUB_TOKEN');
    }
    // A real header is still named, to help fix a typo.
    await writeFile(join(dir, 'gates.yaml'), fairness('predictions.csv').replace('label: label', 'label: truth'));
    const typo = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json'], { cwd: dir });
    expect(typo.stderr).toContain('no column "truth" (given by source.label in gates.yaml); the columns are "label", "prediction", "dialect"');
  });

  it('cuts and escapes a column name it quotes', async () => {
    const dir = await workspace();
    const long = `${'x'.repeat(100)}"\u0007`;
    await writeFile(join(dir, 'gates.yaml'), fairness('predictions.csv').replace('label: label', `label: ${JSON.stringify(long)}`));
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no column "${'x'.repeat(64)}…"`);
    expect(run.stderr).not.toContain('\u0007');
  });
});

describe('gate data sources, from the gate action', () => {
  it('fails on /proc/self/environ without printing the environment, and writes no report', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'gates.yaml'), fairness('/proc/self/environ'));
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: { policy: 'gates.yaml', candidate: 'candidate.json', 'report-path': 'report.json' },
      env: { GITHUB_TOKEN: SECRET, DHOW_PLANTED: SECRET },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toContain('::error::gate: ');
    expect(run.annotations[0]).toContain('the data file "/proc/self/environ" is on a special file system');
    expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain(SECRET);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it('takes more data roots from input "data-roots"', async () => {
    const dir = await workspace();
    const shared = await mkdtemp(join(tmpdir(), 'dhow-gate-shared-'));
    await writeFile(join(shared, 'predictions.csv'), CSV);
    await writeFile(join(dir, 'gates.yaml'), fairness(join(shared, 'predictions.csv')));
    const refused = await runActionProcess('gate', { cwd: dir, inputs: { policy: 'gates.yaml', candidate: 'candidate.json' } });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations[0]).toContain('is outside the data roots');
    const allowed = await runActionProcess('gate', { cwd: dir, inputs: { policy: 'gates.yaml', candidate: 'candidate.json', 'data-roots': `${shared}\n` } });
    expect(allowed.exitCode, allowed.stdout).toBe(0);
    expect(allowed.outputs.verdict).toBe('pass');
  });
});
