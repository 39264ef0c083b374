/**
 * dhow against a Prometheus that asks for credentials: the real Prometheus behind its own web config (TLS
 * with a private CA, basic auth with a bcrypt hash), and a bearer-token gateway in front of it. Right
 * credentials read the exporter's number; wrong ones fail naming what was refused, and no message, error
 * or output ever holds the token or the password. What is waited for is a state: Prometheus having scraped.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { prometheusSource } from '../../src/rollout/prometheus.js';
import { dhow } from '../support/cli.js';
import {
  canaryPolicy,
  labRegistry,
  PROMETHEUS_USER,
  realNow,
  startBearerProxy,
  startSecuredPrometheus,
  until,
  type SecuredPrometheus,
} from '../support/rollout-lab.js';

const TOKEN = 'tok-3f9a1c77e2b04d58';
const basicAuth = { username: PROMETHEUS_USER.username, password: PROMETHEUS_USER.password };
const QUERY = 'max(dhow_test_p99_seconds{model="auth",version="1.4.0"})';

let exporter: Server | undefined;
let prometheus: SecuredPrometheus | undefined;
let proxy: { url: string; stop(): Promise<void> } | undefined;

beforeAll(async () => {
  // The stable and canary servers of model "auth", both healthy: error ratio 0.01, p99 0.1 s.
  exporter = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(
      ['1.3.0', '1.4.0']
        .flatMap((v) => [
          `dhow_test_error_ratio{model="auth",version="${v}"} 0.01`,
          `dhow_test_requests{model="auth",version="${v}"} 800`,
          `dhow_test_p99_seconds{model="auth",version="${v}"} 0.1`,
        ])
        .join('\n') + '\n',
    );
  });
  await new Promise<void>((resolve) => exporter!.listen(0, '127.0.0.1', resolve));
  prometheus = await startSecuredPrometheus([`127.0.0.1:${(exporter.address() as AddressInfo).port}`]);
  proxy = await startBearerProxy(prometheus, TOKEN);
  // The state every test needs: Prometheus has scraped the canary's p99.
  const source = prometheusSource(prometheus.url, { basicAuth, ca: prometheus.ca });
  await until('Prometheus to scrape the exporter', async () => (await source(QUERY)) === 0.1, 60_000);
}, 120_000);

afterAll(async () => {
  await proxy?.stop();
  await prometheus?.stop();
  await new Promise<void>((resolve) => (exporter ? exporter.close(() => resolve()) : resolve()));
});

async function failure(promise: Promise<unknown>): Promise<DhowError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DhowError);
  return error as DhowError;
}

/** Everything an error could show a user or a log: its message, its description and its cause chain. */
const everything = (error: DhowError) =>
  `${error.message}\n${String(error.stack)}\n${JSON.stringify(error)}\n${String((error as { cause?: unknown }).cause ?? '')}`;

describe('a Prometheus behind authentication', () => {
  it('reads a number over TLS with basic auth, trusting the CA given', async () => {
    expect(await prometheusSource(prometheus!.url, { basicAuth, ca: prometheus!.ca })(QUERY)).toBe(0.1);
  });

  it('says the password was refused without showing it', async () => {
    const error = await failure(
      prometheusSource(prometheus!.url, { basicAuth: { ...basicAuth, password: 'not-the-password-81c2' }, ca: prometheus!.ca })(QUERY),
    );
    expect(error.message).toBe(`Prometheus at ${prometheus!.url} refused the password of "dhow" (HTTP 401): check the credentials dhow is given`);
    expect(everything(error)).not.toContain('not-the-password-81c2');
    expect(everything(error)).not.toContain(Buffer.from('dhow:not-the-password-81c2').toString('base64'));
  });

  it('says credentials are needed when none are given', async () => {
    const error = await failure(prometheusSource(prometheus!.url, { ca: prometheus!.ca })(QUERY));
    expect(error.message).toContain('asks for credentials (HTTP 401)');
  });

  it('refuses a certificate its CA was not given, without showing the password', async () => {
    const error = await failure(prometheusSource(prometheus!.url, { basicAuth })(QUERY));
    expect(error.message).toMatch(/could not be reached \(.*certificate.*\)/);
    expect(everything(error)).not.toContain(PROMETHEUS_USER.password);
  });

  it('reads through a bearer-token gateway, and a wrong token fails without being shown, even when the gateway repeats it', async () => {
    expect(await prometheusSource(proxy!.url, { bearerToken: TOKEN })(QUERY)).toBe(0.1);
    const error = await failure(prometheusSource(proxy!.url, { bearerToken: 'tok-wrong-5d1e0b' })(QUERY));
    expect(error.message).toBe(`Prometheus at ${proxy!.url} refused the bearer token (HTTP 401): check the credentials dhow is given`);
    expect(everything(error)).not.toContain('tok-wrong-5d1e0b');
  });
});

describe('dhow rollout step with credentials from the environment', { timeout: 240_000 }, () => {
  it('steps with basic auth and --prometheus-ca, and fails without echoing a wrong token', async () => {
    const r = await labRegistry('auth', canaryPolicy([{ weight: 10, soak: '1s' }]));
    try {
      await r.deploy('1.3.0');
      await r.deploy('1.4.0');
      // An hour after the merge every check is due and the one-second soak is over.
      const later = new Date(Date.parse(realNow()) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const step = (prometheusUrl: string, env: Record<string, string>, extra: string[] = []) =>
        dhow(['rollout', 'step', '--registry', r.dir, '--model', 'auth', '--env', 'production', '--prometheus', prometheusUrl, '--json', ...extra], {
          env: { DHOW_NOW: later, DHOW_PROMETHEUS_TOKEN: '', DHOW_PROMETHEUS_USERNAME: '', DHOW_PROMETHEUS_PASSWORD: '', DHOW_PROMETHEUS_CA_FILE: '', ...env },
        });

      const wrong = await step(proxy!.url, { DHOW_PROMETHEUS_TOKEN: 'tok-wrong-77aa01' });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('refused the bearer token (HTTP 401)');
      expect(`${wrong.stdout}${wrong.stderr}`).not.toContain('tok-wrong-77aa01');

      const half = await step(prometheus!.url, { DHOW_PROMETHEUS_USERNAME: 'dhow' }, ['--prometheus-ca', prometheus!.caFile]);
      expect(half.code).toBe(2);
      expect(half.stderr).toContain('$DHOW_PROMETHEUS_PASSWORD is missing');

      const good = await step(prometheus!.url, { DHOW_PROMETHEUS_USERNAME: 'dhow', DHOW_PROMETHEUS_PASSWORD: PROMETHEUS_USER.password }, [
        '--prometheus-ca',
        prometheus!.caFile,
      ]);
      expect(good.stderr).toBe('');
      // Both checks pass (0.01 <= 0.05; 0.1 <= 0.1 * 1.2) and the only step is over: the canary takes all traffic.
      expect(JSON.parse(good.stdout)).toMatchObject({ action: 'promote', version: '1.4.0', weight: 100 });
      expect(good.stdout).not.toContain(PROMETHEUS_USER.password);
    } finally {
      await r.cleanup();
    }
  });
});
