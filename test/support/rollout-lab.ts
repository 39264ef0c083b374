/**
 * A rollout laboratory for the controller's end-to-end test and benchmark: a real Prometheus (Debian's, on
 * loopback, scraping every second) scraping a small exporter that stands in for the stable and canary model
 * servers, and local registries on the real clock (the controller waits out real soaks), where a promotion
 * merged under a canary policy starts a rollout. What callers wait for are states: Prometheus having scraped
 * the exporter's numbers, a release file having changed.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initRegistry, type LocalForge } from '../../src/forge/local.js';
import { mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { parse } from 'yaml';
import { RegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';
import { registerVersion, RegistryReader } from '../../src/registry/store.js';
import { promisify } from 'node:util';
import { freePort, PROMETHEUS_BIN, requireBinary, startPrometheus, type RunningServer } from './monitoring.js';

const root = new URL('../..', import.meta.url).pathname;

/** The registry's clock: real time at whole seconds, as `dhow` writes it. */
export const realNow = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface ServerNumbers {
  errors: number;
  requests: number;
  p99: number;
  /** An A/B test's primary metric: conversions out of sessions (both or neither). */
  conversions?: number;
  sessions?: number;
}

export interface RolloutLab {
  prometheusUrl: string;
  /** Sets what the exporter says for a model version. */
  set(model: string, version: string, numbers: ServerNumbers): void;
  /** Waits until Prometheus has scraped the exporter's current numbers for a model. */
  scraped(model: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startRolloutLab(): Promise<RolloutLab> {
  requireBinary(PROMETHEUS_BIN);
  const series = new Map<string, ServerNumbers>();
  const exporter: Server = createServer((_req, res) => {
    const lines = ['# TYPE dhow_test_error_ratio gauge', '# TYPE dhow_test_requests gauge', '# TYPE dhow_test_p99_seconds gauge'];
    for (const [key, s] of series) {
      const [model, version] = key.split('/');
      const labels = `{model="${model}",version="${version}"}`;
      lines.push(`dhow_test_error_ratio${labels} ${s.errors}`, `dhow_test_requests${labels} ${s.requests}`, `dhow_test_p99_seconds${labels} ${s.p99}`);
      if (s.sessions !== undefined) lines.push(`dhow_test_conversions${labels} ${s.conversions}`, `dhow_test_sessions${labels} ${s.sessions}`);
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(`${lines.join('\n')}\n`);
  });
  await new Promise<void>((resolve) => exporter.listen(0, '127.0.0.1', resolve));
  const { port } = exporter.address() as AddressInfo;
  let prometheus: RunningServer;
  try {
    prometheus = await startPrometheus({ targets: [`127.0.0.1:${port}`], rules: 'groups: []\n', alertmanager: '127.0.0.1:9' });
  } catch (error) {
    exporter.close();
    throw error;
  }
  const query = async (promql: string): Promise<number | null> => {
    const response = await fetch(`${prometheus.url}/api/v1/query?${new URLSearchParams({ query: promql })}`);
    const body = (await response.json()) as { data: { result: Array<{ value: [number, string] }> } };
    return body.data.result.length === 1 ? Number(body.data.result[0]!.value[1]) : null;
  };
  return {
    prometheusUrl: prometheus.url,
    set: (model, version, numbers) => series.set(`${model}/${version}`, numbers),
    async scraped(model) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        let all = true;
        for (const [key, s] of series) {
          if (!key.startsWith(`${model}/`)) continue;
          const labels = `{model="${model}",version="${key.split('/')[1]}"}`;
          const [e, r, p, c] = await Promise.all([
            query(`dhow_test_error_ratio${labels}`),
            query(`dhow_test_requests${labels}`),
            query(`dhow_test_p99_seconds${labels}`),
            query(`dhow_test_conversions${labels}`),
          ]);
          if (e !== s.errors || r !== s.requests || p !== s.p99 || c !== (s.conversions ?? null)) all = false;
        }
        if (all) return;
        if (Date.now() > deadline) throw new Error(`Prometheus did not scrape ${model}'s numbers within 30 s:\n${prometheus.output()}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      await prometheus.stop();
      await new Promise<void>((resolve) => exporter.close(() => resolve()));
    },
  };
}

/** A canary policy with second-long soaks and intervals: the error rate (absolute) and p99 (relative to stable). */
export function canaryPolicy(steps: Array<{ weight: number; soak: string }>, interval = '1s') {
  return {
    strategy: 'canary',
    steps,
    analysis: [
      {
        name: 'error-rate',
        canary: 'max(dhow_test_error_ratio{model="{{model}}",version="{{version}}"})',
        samples: 'sum(dhow_test_requests{model="{{model}}",version="{{version}}"})',
        'min-samples': 100,
        direction: 'lower-is-better',
        threshold: 0.05,
        interval,
      },
      {
        name: 'p99-latency',
        canary: 'max(dhow_test_p99_seconds{model="{{model}}",version="{{version}}"})',
        stable: 'max(dhow_test_p99_seconds{model="{{model}}",version="{{version}}"})',
        direction: 'lower-is-better',
        tolerance: 0.2,
        interval,
      },
    ],
  };
}

export interface LabRegistry {
  dir: string;
  forge: LocalForge;
  model: string;
  release(): Promise<ReleaseFile>;
  /** The rendered InferenceService of production. */
  manifest(): Promise<Record<string, any>>;
  /** The commits that touched the release file, newest first. */
  commits(): Promise<Array<{ sha: string; subject: string; date: string; trailers: Record<string, string> }>>;
  /** Promotes a version through staging to production (under a rollout policy: starts the rollout), merging at `at` (default now). */
  deploy(version: string, at?: string): Promise<void>;
  cleanup(): Promise<void>;
}

export interface LabRegistryOptions {
  /** The registry's clock (default: real time); a test with its own clock moves it. */
  now?: () => string;
  /** Production's GPU budget, and each version's GPUs per replica and maximum replicas. */
  gpuBudget?: number;
  gpus?: number;
  replicas?: number;
  /** Production's KServe mode (absent: serverless). */
  kserveMode?: 'serverless' | 'raw-deployment';
}

/** A local registry with versions 1.3.0 and 1.4.0 of `model` and `rollout` as production's policy. */
export async function labRegistry(model: string, rollout: unknown, options: LabRegistryOptions = {}): Promise<LabRegistry> {
  const parent = await mkdtemp(join(tmpdir(), 'dhow-rollout-serve-'));
  const dir = join(parent, 'registry');
  const config = RegistryConfig.parse({
    apiVersion: 'dhow.dev/v1',
    kind: 'Registry',
    environments: [
      { name: 'staging', approvals: 0 },
      {
        name: 'production',
        approvals: 0,
        rollout,
        ...(options.gpuBudget ? { 'gpu-budget': { gpus: options.gpuBudget } } : {}),
        ...(options.kserveMode ? { 'kserve-mode': options.kserveMode } : {}),
      },
    ],
  });
  const now = options.now ?? realNow;
  const forge = await initRegistry(dir, config, { identity: { name: 'dhow-test' }, now });
  for (const version of ['1.3.0', '1.4.0']) {
    const record: VersionRecord = {
      apiVersion: 'dhow.dev/v1',
      kind: 'ModelVersion',
      model,
      version,
      artifact: {
        uri: `s3://models/${model}/${version}/`,
        digest: `sha256:${Buffer.from(`${model}${version}`.padEnd(32, '-')).toString('hex')}`,
        format: 'huggingface',
      },
      source: {},
      data: {},
      training: { mode: 'external' },
      parameters: {},
      metrics: {},
      serving: options.gpus ? { gpu: { count: options.gpus }, ...(options.replicas ? { replicas: { min: 1, max: options.replicas } } : {}) } : {},
      'created-by': 'noura',
      'created-at': '2026-11-01T08:00:00Z',
    };
    await registerVersion(forge, record, { by: 'noura' });
  }
  return {
    dir,
    forge,
    model,
    async release() {
      return (await (await RegistryReader.open(forge)).release('production', model))!;
    },
    async manifest() {
      return parse((await forge.readFile(`deploy/production/${model}/inferenceservice.yaml`, 'main'))!) as Record<string, any>;
    },
    async commits() {
      return (await forge.history(`releases/production/${model}.yaml`, 'main')).map((c) => ({
        sha: c.sha,
        subject: c.subject,
        date: c.date,
        trailers: c.trailers,
      }));
    },
    async deploy(version, when) {
      for (const environment of ['staging', 'production']) {
        const at = when ?? now();
        const { request } = await openPromotion(forge, { model, version, environment }, { by: 'noura', at });
        await mergePromotion(forge, request.id, { by: 'noura', at });
      }
    },
    cleanup: () => rm(parent, { recursive: true, force: true }),
  };
}

/** Waits for a state of the registry (checked every 100 ms), up to `timeoutMs` as a bound on a hang. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ControllerProcess {
  child: ChildProcess;
  url: string;
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `dhow rollout --serve` from the sources as its own process; resolves once it listens. */
export async function startControllerProcess(registryDir: string, prometheusUrl: string, interval = '500ms'): Promise<ControllerProcess> {
  const child = spawn(
    process.execPath,
    [
      `${root}bin/dhow.js`,
      'rollout',
      '--serve',
      '127.0.0.1:0',
      '--registry',
      registryDir,
      '--prometheus',
      prometheusUrl,
      '--interval',
      interval,
      '--as',
      'dhow-rollout',
    ],
    { env: { ...process.env, DHOW_FROM_SOURCE: '1', DHOW_NOW: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const match = /serving (http:\/\/\S+)\/metrics/.exec(out);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`the controller exited with ${code}:\n${err}`)));
  });
  return {
    child,
    url,
    stderr: () => err,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The value of a series on a /metrics page (summed over the series that match the labels given). */
export function metricValue(page: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of page.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

/**
 * The password of the secured Prometheus' user "dhow" and its bcrypt hash, made once with libxcrypt
 * (`perl -e 'print crypt("rollout-secret", q($2b$10$abcdefghijklmnopqrstuu))'`): Prometheus checks it, dhow never sees it.
 */
export const PROMETHEUS_USER = { username: 'dhow', password: 'rollout-secret', bcrypt: '$2b$10$abcdefghijklmnopqrstuu3j6c0FBDacb/u96SZzyDsWqY9eMp88G' };

export interface SecuredPrometheus {
  /** https://127.0.0.1:PORT, served with a certificate of a CA of its own. */
  url: string;
  /** That CA's certificate (PEM), and its path. */
  ca: string;
  caFile: string;
  stop(): Promise<void>;
}

/**
 * A real Prometheus behind its own web config (https://prometheus.io/docs/prometheus/latest/configuration/https/):
 * TLS with a self-signed certificate for 127.0.0.1 (made with openssl) and basic auth for PROMETHEUS_USER.
 */
export async function startSecuredPrometheus(targets: string[]): Promise<SecuredPrometheus> {
  requireBinary(PROMETHEUS_BIN);
  const dir = await mkdtemp(join(tmpdir(), 'dhow-prometheus-tls-'));
  const port = await freePort();
  const caFile = join(dir, 'cert.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    caFile,
    '-subj',
    '/CN=dhow test Prometheus',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  const ca = await readFile(caFile, 'utf8');
  await writeFile(
    join(dir, 'web.yml'),
    [
      'tls_server_config:',
      '  cert_file: cert.pem',
      '  key_file: key.pem',
      'basic_auth_users:',
      `  ${PROMETHEUS_USER.username}: '${PROMETHEUS_USER.bcrypt}'`,
      '',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  scrape_timeout: 900ms',
      'scrape_configs:',
      '  - job_name: dhow-rollout',
      '    static_configs:',
      `      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]`,
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--web.config.file=${join(dir, 'web.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (c) => (output = (output + c).slice(-20_000)));
  child.stderr!.on('data', (c) => (output = (output + c).slice(-20_000)));
  const url = `https://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const authorization = `Basic ${Buffer.from(`${PROMETHEUS_USER.username}:${PROMETHEUS_USER.password}`).toString('base64')}`;
  const ready = () =>
    new Promise<boolean>((resolve) => {
      const req = httpsRequest(`${url}/-/ready`, { ca, headers: { authorization } }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
  // Waits for the state "ready" (bounded only against a hang), as startPrometheus does.
  const deadline = Date.now() + 60_000;
  while (!(await ready())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the secured Prometheus did not become ready (exit ${child.exitCode}):\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, ca, caFile, stop };
}

/**
 * A proxy that asks for a bearer token (what a gateway in front of Prometheus does; Prometheus itself only
 * knows basic auth) and forwards to the secured Prometheus. A wrong token gets 401 with a body that repeats
 * what it was sent, as careless gateways do: dhow must still never show it.
 */
export async function startBearerProxy(upstream: SecuredPrometheus, token: string): Promise<{ url: string; stop(): Promise<void> }> {
  const basic = `Basic ${Buffer.from(`${PROMETHEUS_USER.username}:${PROMETHEUS_USER.password}`).toString('base64')}`;
  const server = createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(JSON.stringify({ status: 'error', errorType: 'unauthorized', error: `unknown credentials: ${req.headers.authorization ?? 'none'}` }));
      return;
    }
    const forward = httpsRequest(`${upstream.url}${req.url}`, { ca: upstream.ca, headers: { authorization: basic, accept: 'application/json' } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json' });
      answer.pipe(res);
    });
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    forward.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
