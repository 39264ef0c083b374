/**
 * The gate action starting the model server itself, as promote.yml's gate job does: the example model's
 * serve.mjs is started by the action (a real process, from sources), the latency and round-trip gates
 * measure it through ${DHOW_SERVER_URL}, and the server's whole process group is gone when the action
 * ends, whether the gates passed, the server never got ready, or the job was cancelled (SIGTERM).
 * "Gone" is read from /proc: no process whose argv carries the test's marker.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateReport } from '../../../src/gates/report.js';
import { runActionProcess } from '../../support/action.js';
import { dhow } from '../../support/cli.js';

const SERVE = new URL('../../../examples/arabic-dialect-id/serve.mjs', import.meta.url).pathname;

/** A port nothing listens on now (the kernel's pick); the server is told to take it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The pids of live processes whose argv contains `marker` as one argument (zombies have no argv). */
function processesWith(marker: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').includes(marker)) pids.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

const POLICY = `apiVersion: dhow.dev/v1
kind: GatePolicy
gates:
  - name: p99-latency
    metric: p99
    source:
      kind: latency
      endpoint:
        url: \${DHOW_SERVER_URL}/predict
        body: { text: "شلونك؟ وايد زين" }
        rate: 10
        duration-seconds: 1
        warmup-seconds: 0
    # Generous: a loaded CI machine must pass; what is checked is that a server the action started answered.
    threshold: 30000
    greater-is-better: false
    min-samples: 5
  - name: errors
    metric: error-rate
    source:
      kind: latency
      endpoint:
        url: \${DHOW_SERVER_URL}/predict
        body: { text: "شلونك؟ وايد زين" }
        rate: 10
        duration-seconds: 1
        warmup-seconds: 0
    threshold: 0
    greater-is-better: false
  - name: arabic-round-trip
    metric: round-trip-mismatches
    source: { kind: round-trip, url: "\${DHOW_SERVER_URL}/echo" }
    threshold: 0
`;

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-gate-server-'));
  await writeFile(join(dir, 'gates.yaml'), POLICY);
  await writeFile(join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.9 }));
  return dir;
}

/** The live processes in process group `pgid`, from /proc/<pid>/stat ("pid (comm) state ppid pgrp ..."). */
function groupMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') pids.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

/** The process group the action started the server in, from its log line. */
function serverGroup(stdout: string): number {
  const pid = Number(/started the model server \(pid (\d+), leading its own process group\)/.exec(stdout)?.[1]);
  expect(pid).toBeGreaterThan(0);
  return pid;
}

/**
 * A server that never answers: a shell (quick to start even on a loaded machine) writes two stderr lines,
 * leaves a child in the background in its group, and waits.
 */
const STUCK_SERVER = JSON.stringify(['sh', '-c', "echo 'loading model.bin' >&2; echo 'CUDA error: out of memory' >&2; sleep 600 & sleep 600"]);

describe('gate action with a model server it starts', () => {
  it('passes latency and round-trip gates on serve.mjs started by the action, and leaves nothing running', async () => {
    const dir = await workspace();
    const port = await freePort();
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: {
        policy: 'gates.yaml',
        candidate: 'metrics.json',
        'report-path': 'report.json',
        'server-command': `'${process.execPath}' '${SERVE}' --port ${port}`,
        'server-ready-url': `http://127.0.0.1:${port}/healthz`,
        'server-ready-timeout': '120',
      },
    });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const report = GateReport.parse(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')));
    const byName = Object.fromEntries(report.gates.map((g) => [g.name, g]));
    // 10 requests/s for 1 s: 10 scheduled requests, every one answered 2xx by the server.
    expect(byName['p99-latency']).toMatchObject({ verdict: 'pass', samples: 10 });
    expect(byName.errors).toMatchObject({ verdict: 'pass', value: 0 });
    expect(byName['arabic-round-trip']).toMatchObject({ verdict: 'pass', value: 0 });
    const pid = serverGroup(run.stdout);
    expect(run.stdout).toContain(`the model server (pid ${pid}) is ready`);
    expect(run.stdout).toContain(`DHOW_SERVER_URL=http://127.0.0.1:${port}`);
    expect(run.stdout).toContain(`the model server (pid ${pid}) stopped`);
    expect(groupMembers(pid)).toEqual([]);
    expect(processesWith(String(port))).toEqual([]);
  });

  it('fails naming server-ready-url, with the server stderr, when the server never gets ready; its group is gone', async () => {
    const dir = await workspace();
    const port = await freePort();
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: {
        policy: 'gates.yaml',
        candidate: 'metrics.json',
        'report-path': 'report.json',
        'server-command': STUCK_SERVER,
        'server-ready-url': `http://127.0.0.1:${port}/healthz`,
        'server-ready-timeout': '3',
      },
    });
    expect(run.exitCode).toBe(1);
    const failure = run.annotations.join('\n');
    expect(failure).toContain(
      `::error::gate: the model server never got ready: input "server-ready-url" http://127.0.0.1:${port}/healthz did not answer 2xx within 3 s (input "server-ready-timeout"); last: `,
    );
    expect(failure).toContain('loading model.bin');
    expect(failure).toContain('CUDA error: out of memory');
    expect(run.outputs).toEqual({});
    expect(groupMembers(serverGroup(run.stdout))).toEqual([]);
  });

  it('fails naming server-command when the server exits before it is ready', async () => {
    const dir = await workspace();
    const port = await freePort();
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: {
        policy: 'gates.yaml',
        candidate: 'metrics.json',
        'server-command': JSON.stringify([process.execPath, '-e', "console.error('EADDRINUSE: port taken'); process.exit(3)"]),
        'server-ready-url': `http://127.0.0.1:${port}/healthz`,
      },
    });
    expect(run.exitCode).toBe(1);
    const failure = run.annotations.join('\n');
    expect(failure).toMatch(/the model server never got ready: input "server-command" \(.*\) exited with code 3 before input "server-ready-url"/);
    expect(failure).toContain('EADDRINUSE: port taken');
    expect(groupMembers(serverGroup(run.stdout))).toEqual([]);
  });

  it('fails naming server-command when the program does not exist, and writes no report', async () => {
    const dir = await workspace();
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: {
        policy: 'gates.yaml',
        candidate: 'metrics.json',
        'report-path': 'report.json',
        'server-command': 'dhow-no-such-model-server --port 8080',
        'server-ready-url': 'http://127.0.0.1:8080/healthz',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toContain(
      '::error::gate: input "server-command" could not start "dhow-no-such-model-server": spawn dhow-no-such-model-server ENOENT',
    );
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it("runs without a server when only action.yml's defaults are set, as promote.yml passes them", async () => {
    const dir = await workspace();
    await writeFile(
      join(dir, 'accuracy.yaml'),
      'apiVersion: dhow.dev/v1\nkind: GatePolicy\ngates:\n  - { name: accuracy, metric: accuracy, source: { kind: candidate }, threshold: 0.8, greater-is-better: true }\n',
    );
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: {
        policy: 'accuracy.yaml',
        candidate: 'metrics.json',
        'server-command': '',
        'server-ready-url': '',
        'server-ready-timeout': '60',
        'server-url-variable': 'DHOW_SERVER_URL',
      },
    });
    expect(run.annotations).toEqual([]);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).not.toContain('model server');
  });

  it('refuses a ready URL without a command, naming both inputs', async () => {
    const dir = await workspace();
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: { policy: 'gates.yaml', candidate: 'metrics.json', 'server-ready-url': 'http://127.0.0.1:8080/healthz' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toContain('input "server-ready-url" needs input "server-command"');
  });

  it('starts nothing when the policy is bad', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'gates.yaml'), POLICY.replace('threshold: 0\n', 'treshold: 0\n'));
    const run = await runActionProcess('gate', {
      cwd: dir,
      inputs: {
        policy: 'gates.yaml',
        candidate: 'metrics.json',
        'server-command': 'dhow-no-such-model-server',
        'server-ready-url': 'http://127.0.0.1:8080/healthz',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toContain('unknown key "treshold"');
    expect(run.stdout).not.toContain('model server');
  });

  it('stops the server group when the job is cancelled (SIGTERM) while the gates run', async () => {
    const dir = await workspace();
    // A long load so the gates are still running when the cancellation arrives.
    await writeFile(join(dir, 'gates.yaml'), POLICY.replace(/duration-seconds: 1/g, 'duration-seconds: 600'));
    const port = await freePort();
    let action: import('node:child_process').ChildProcess | undefined;
    const done = runActionProcess('gate', {
      cwd: dir,
      onStart: (child) => {
        action = child;
        // The state to wait for: the action says the server is ready (then the load begins).
        let seen = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          if (seen.includes('is ready')) return;
          seen += chunk.toString();
          if (seen.includes('is ready')) child.kill('SIGTERM');
        });
      },
      inputs: {
        policy: 'gates.yaml',
        candidate: 'metrics.json',
        'server-command': JSON.stringify([process.execPath, SERVE, '--port', String(port)]),
        'server-ready-url': `http://127.0.0.1:${port}/healthz`,
        'server-ready-timeout': '120',
      },
    });
    const run = await done;
    expect(action).toBeDefined();
    expect(run.exitCode).toBe(143);
    const pid = serverGroup(run.stdout);
    expect(run.stdout).toContain(`the model server (pid ${pid}) stopped`);
    expect(groupMembers(pid)).toEqual([]);
    expect(processesWith(String(port))).toEqual([]);
  });
});

describe('dhow gate --server-command', () => {
  it('refuses a ready URL without a command, naming the flag', async () => {
    const dir = await workspace();
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'metrics.json', '--server-ready-url', 'http://127.0.0.1:1/healthz'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--server-ready-url needs --server-command');
  });

  it('passes the gates on a server it starts', async () => {
    const dir = await workspace();
    const port = await freePort();
    const run = await dhow(
      [
        'gate',
        '--policy',
        'gates.yaml',
        '--candidate',
        'metrics.json',
        '--json',
        '--server-command',
        `'${process.execPath}' '${SERVE}' --port ${port}`,
        '--server-ready-url',
        `http://127.0.0.1:${port}/healthz`,
      ],
      { cwd: dir },
    );
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    expect(GateReport.parse(JSON.parse(run.stdout)).verdict).toBe('pass');
    expect(processesWith(String(port))).toEqual([]);
  });
});
