/**
 * `dhow bridge` as a real process: with --forge github Alertmanager notifications become repository_dispatch
 * events on the registry repository of the GitHub emulator (real Octokit over HTTP); SIGTERM stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListen } from '../../src/cli/commands/bridge.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { seedRegistry } from '../support/github/registry.js';
import { freePort } from '../support/monitoring.js';
import { createRevertRegistry } from '../support/revert-fixture.js';
import { dhow } from '../support/cli.js';

const root = new URL('../..', import.meta.url).pathname;
const REPO = 'acme/model-registry';
const TOKEN = 'bridge-cli-token-7f3e';

let gh: GitHubEmulator;
let child: ChildProcess | undefined;
let stderr = '';

function notification(status: 'firing' | 'resolved') {
  return {
    version: '4',
    groupKey: '{}:{model="arabic-sentiment"}',
    status,
    receiver: 'dhow-bridge',
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://127.0.0.1:9093',
    alerts: [
      {
        status,
        labels: { alertname: 'ModelDataDrift', model: 'arabic-sentiment', environment: 'production', version: '1.4.0' },
        annotations: { summary: 'share 0.58' },
        startsAt: '2026-11-22T09:00:00.5Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://127.0.0.1:9090/graph',
        fingerprint: '0123456789abcdef',
      },
    ],
  };
}

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO] });
  await seedRegistry(gh, REPO, { models: { 'arabic-sentiment': ['1.4.0'] }, config: { revert: { mode: 'direct', 'event-type': 'model-drifted' } } });
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await gh?.stop();
});

describe('dhow bridge', () => {
  it('parses --listen forms and refuses bad ones', () => {
    expect(parseListen('127.0.0.1:9095')).toEqual({ host: '127.0.0.1', port: 9095 });
    expect(parseListen('0.0.0.0:80')).toEqual({ host: '0.0.0.0', port: 80 });
    expect(parseListen('[::1]:9095')).toEqual({ host: '::1', port: 9095 });
    expect(parseListen(':9095')).toEqual({ host: '127.0.0.1', port: 9095 });
    expect(() => parseListen('9095')).toThrow(/HOST:PORT/);
    expect(() => parseListen('host:99999')).toThrow(/HOST:PORT/);
  });

  it('sends one repository_dispatch per firing alert, with the event type from dhow.yaml, and stops on SIGTERM', async () => {
    const port = await freePort();
    child = spawn(
      process.execPath,
      [`${root}bin/dhow.js`, 'bridge', '--listen', `127.0.0.1:${port}`, '--forge', 'github', '--repository', REPO, '--api-url', gh.url],
      {
        env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_BRIDGE_TOKEN: TOKEN, GITHUB_TOKEN: gh.token },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stderr!.on('data', (c) => (stderr += c));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (c) => {
        out += c;
        if (out.includes('listening')) resolve();
      });
      child!.once('exit', (code) => reject(new Error(`the bridge exited with ${code}:\n${stderr}`)));
    });
    const url = `http://127.0.0.1:${port}/alertmanager`;
    const post = (body: unknown, headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

    expect((await post(notification('firing'), {})).status).toBe(401);
    expect((await post(notification('resolved'), { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect(gh.repository(REPO).dispatches).toEqual([]);

    const response = await post(notification('firing'), { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(gh.repository(REPO).dispatches).toEqual([
      {
        eventType: 'model-drifted',
        sender: 'github-actions[bot]',
        clientPayload: {
          model: 'arabic-sentiment',
          environment: 'production',
          version: '1.4.0',
          fingerprint: '0123456789abcdef',
          'starts-at': '2026-11-22T09:00:00.5Z',
          summary: 'share 0.58',
          source: 'http://127.0.0.1:9090/graph',
        },
      },
    ]);
    expect(gh.violations).toEqual([]);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toContain('bridge stopped');
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(gh.token);
  });

  it('refuses to start without credentials for Alertmanager', async () => {
    const run = spawn(process.execPath, [`${root}bin/dhow.js`, 'bridge', '--forge', 'github', '--repository', REPO], {
      env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_BRIDGE_TOKEN: '', DHOW_BRIDGE_HMAC_SECRET: '', GITHUB_TOKEN: gh.token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    run.stderr!.on('data', (c) => (err += c));
    const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('never accepts unauthenticated alerts');
  });

  it('names a mistyped --forge or --max-body-bytes before the missing credentials', async () => {
    const env = { DHOW_BRIDGE_TOKEN: '', DHOW_BRIDGE_HMAC_SECRET: '' };
    const forge = await dhow(['bridge', '--forge', 'gitlab'], { env });
    expect(forge.code).toBe(2);
    expect(forge.stderr.trim()).toBe('dhow bridge: --forge must be "local" or "github", not "gitlab"');
    const body = await dhow(['bridge', '--max-body-bytes', 'lots'], { env });
    expect(body.code).toBe(2);
    expect(body.stderr.trim()).toBe('dhow bridge: --max-body-bytes must be an integer >= 1024');
  });

  it('--forge local runs the revert itself on the local registry', async () => {
    const registry = await createRevertRegistry();
    try {
      await registry.register('1.3.0');
      await registry.register('1.4.0');
      await registry.deploy('1.3.0', '2026-11-22T08:00:00Z');
      await registry.deploy('1.4.0', '2026-11-22T08:30:00Z');
      const port = await freePort();
      const local = spawn(process.execPath, [`${root}bin/dhow.js`, 'bridge', '--listen', `127.0.0.1:${port}`, '--forge', 'local', '--registry', registry.dir], {
        env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_BRIDGE_TOKEN: TOKEN },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await new Promise<void>((resolve, reject) => {
        local.stdout!.on('data', (c) => String(c).includes('listening') && resolve());
        local.once('exit', (code) => reject(new Error(`the bridge exited with ${code}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}/alertmanager`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(notification('firing')),
      });
      const body = (await response.json()) as { deliveries: Array<{ outcome: string; detail: string }> };
      expect(response.status).toBe(200);
      expect(body.deliveries[0]!.detail).toMatch(/^reverted: revert\(production\): arabic-sentiment 1\.4\.0 -> 1\.3\.0/);
      expect((await registry.release())!.version).toBe('1.3.0');
      const exited = new Promise<number | null>((resolve) => local.once('exit', resolve));
      local.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await registry.cleanup();
    }
  });
});
