/**
 * The real Prometheus and Alertmanager (Debian's `prometheus` and `prometheus-alertmanager`) on
 * loopback, with temporary configuration and data directories and intervals of a second (the drift metric
 * they scrape comes from `dhow drift --serve`, src/drift/serve.ts). The binaries are required: a missing one
 * is a failure with a message saying how to install it, never a skipped test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROMETHEUS_BIN = process.env.DHOW_PROMETHEUS_BIN ?? 'prometheus';
export const ALERTMANAGER_BIN = process.env.DHOW_ALERTMANAGER_BIN ?? 'prometheus-alertmanager';

/** Throws a clear error when a server binary is missing (CI installs them in .ci/run). */
export function requireBinary(bin: string): string {
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `${bin} is required by the end-to-end tests and was not found or failed to run (${result.error?.message ?? `exit ${result.status}`}): ` +
        'install it with "apt-get install -y prometheus prometheus-alertmanager" (.ci/run does this in CI)',
    );
  }
  return `${result.stdout}${result.stderr}`.split('\n')[0]!.trim();
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RunningServer {
  url: string;
  port: number;
  /** What the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms:\n${output()}`);
}

async function startProcess(bin: string, args: string[], dir: string, port: number): Promise<RunningServer> {
  let text = '';
  const child = spawn(bin, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c) => (text = (text + c).slice(-20_000)));
  child.stderr!.on('data', (c) => (text = (text + c).slice(-20_000)));
  const output = () => text;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${url}/-/ready`, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, output, stop };
}

export interface PrometheusOptions {
  /** host:port targets scraped every second. */
  targets: string[];
  /** The rule file's YAML. */
  rules: string;
  /** host:port of the Alertmanager. */
  alertmanager: string;
}

export async function startPrometheus(options: PrometheusOptions): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-prometheus-'));
  const port = await freePort();
  await writeFile(join(dir, 'rules.yml'), options.rules);
  await writeFile(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  scrape_timeout: 900ms',
      '  evaluation_interval: 1s',
      'rule_files: [rules.yml]',
      'alerting:',
      '  alertmanagers:',
      '    - static_configs:',
      `        - targets: ['${options.alertmanager}']`,
      'scrape_configs:',
      '  - job_name: dhow-drift',
      '    static_configs:',
      `      - targets: [${options.targets.map((t) => `'${t}'`).join(', ')}]`,
      '',
    ].join('\n'),
  );
  return startProcess(
    PROMETHEUS_BIN,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--rules.alert.resend-delay=1s',
      '--log.level=warn',
    ],
    dir,
    port,
  );
}

/** Starts Alertmanager with the given configuration (YAML), clustering off. */
export async function startAlertmanager(config: string): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'dhow-alertmanager-'));
  const port = await freePort();
  await writeFile(join(dir, 'alertmanager.yml'), config);
  return startProcess(
    ALERTMANAGER_BIN,
    [
      `--config.file=${join(dir, 'alertmanager.yml')}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    dir,
    port,
  );
}

/** The alert rule the examples ship, with `for` shortened for tests. */
export function driftRule(options: { threshold?: number; for?: string } = {}): string {
  return [
    'groups:',
    '  - name: dhow-drift',
    '    rules:',
    '      - alert: ModelDataDrift',
    `        expr: dhow_drift_share >= ${options.threshold ?? 0.5}`,
    `        for: ${options.for ?? '0s'}`,
    '        labels:',
    '          severity: page',
    '        annotations:',
    '          summary: "{{ $labels.model }} {{ $labels.version }} drifts in {{ $labels.environment }}: share {{ $value }}"',
    '',
  ].join('\n');
}

/** An Alertmanager configuration that routes drift alerts to the bridge with a bearer token, fast. */
export function bridgeRoute(bridgeUrl: string, token: string): string {
  return [
    'route:',
    '  receiver: dhow-bridge',
    '  group_by: [model, environment, version]',
    '  group_wait: 1s',
    '  group_interval: 1s',
    '  repeat_interval: 2s',
    'receivers:',
    '  - name: dhow-bridge',
    '    webhook_configs:',
    `      - url: '${bridgeUrl}/alertmanager'`,
    '        send_resolved: false',
    '        http_config:',
    '          authorization:',
    '            type: Bearer',
    `            credentials: '${token}'`,
    '',
  ].join('\n');
}
