import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { checkTarget } from '../../src/drift/serve.js';
import { DriftAlert } from '../../src/revert/payload.js';
import { dhow } from '../support/cli.js';
import { requireBinary } from '../support/monitoring.js';

const dir = new URL('../../examples/drift-revert/', import.meta.url).pathname;
const text = (name: string) => readFile(join(dir, name), 'utf8');

function check(bin: string, args: string[]) {
  requireBinary(bin);
  const result = spawnSync(bin, args, { encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('drift and revert examples', () => {
  it('the Prometheus alert rules pass promtool; the drift rule keeps the labels the bridge needs, the staleness rule drops version', async () => {
    const result = check('promtool', ['check', 'rules', join(dir, 'prometheus-rules.yml')]);
    expect(result.output).toContain('SUCCESS: 2 rules found');
    expect(result.code).toBe(0);
    const [drift, stale] = parse(await text('prometheus-rules.yml')).groups[0].rules;
    expect(drift.alert).toBe('ModelDataDrift');
    expect(drift.expr).toMatch(/by \(model, environment, version\)/);
    expect(drift.expr).toContain('dhow_drift_share');
    expect(stale.alert).toBe('ModelDriftMetricStale');
    expect(stale.expr).toContain('dhow_drift_up');
    expect(stale.expr).not.toMatch(/version/);
  });

  it('the alert rules fire as documented on the series dhow drift --serve publishes (promtool test rules)', async () => {
    // Minute by minute: the share is 0.25 for 6 minutes, then 0.75; dhow_drift_up is 1 for 6 minutes, then 0
    // (the sample broke; the share keeps its last good value) while the success timestamp stops at 300 s.
    const series = '{model="arabic-sentiment",environment="production",version="1.4.0",job="dhow-drift",instance="10.0.0.7:9097"}';
    const labels = { model: 'arabic-sentiment', environment: 'production' };
    const driftAnnotations = {
      summary: 'arabic-sentiment 1.4.0 drifts in production: 75% of its columns',
      description:
        "The production data of arabic-sentiment 1.4.0 no longer looks like its reference. dhow reverts production to the release's last known good version.",
    };
    const staleAnnotations = parse(await text('prometheus-rules.yml')).groups[0].rules[1].annotations;
    const expected = (stale: { summary: string; description: string }) =>
      Object.fromEntries(
        Object.entries(stale).map(([k, v]) => [
          k,
          String(v).replaceAll('{{ $labels.model }}', labels.model).replaceAll('{{ $labels.environment }}', labels.environment),
        ]),
      );
    const tests = {
      rule_files: [join(dir, 'prometheus-rules.yml')],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            { series: `dhow_drift_share${series}`, values: '0.25x5 0.75x30' },
            { series: `dhow_drift_up${series}`, values: '1x5 0x30' },
            { series: `dhow_drift_last_success_timestamp_seconds${series}`, values: '0+60x5 300x30' },
          ],
          alert_rule_test: [
            // share >= 0.5 from minute 6; `for: 10m` -> pending at 15, firing from 16.
            { eval_time: '15m', alertname: 'ModelDataDrift', exp_alerts: [] },
            {
              eval_time: '17m',
              alertname: 'ModelDataDrift',
              exp_alerts: [{ exp_labels: { ...labels, version: '1.4.0', severity: 'page', team: 'ml-platform' }, exp_annotations: driftAnnotations }],
            },
            // up == 0 from minute 6; `for: 15m` -> firing from 21, without a version label.
            { eval_time: '20m', alertname: 'ModelDriftMetricStale', exp_alerts: [] },
            {
              eval_time: '22m',
              alertname: 'ModelDriftMetricStale',
              exp_alerts: [{ exp_labels: { ...labels, severity: 'ticket', team: 'ml-platform' }, exp_annotations: expected(staleAnnotations) }],
            },
          ],
        },
      ],
    };
    const tmp = await mkdtemp(join(tmpdir(), 'dhow-rules-test-'));
    try {
      await writeFile(join(tmp, 'rules.test.yml'), JSON.stringify(tests));
      const result = check('promtool', ['test', 'rules', join(tmp, 'rules.test.yml')]);
      expect(result.output).toContain('SUCCESS');
      expect(result.code).toBe(0);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it('the Kubernetes Deployment of dhow drift --serve is a valid object, uses only documented flags and probes /healthz', async () => {
    const docs = parseAllDocuments(await text('drift-serve-kubernetes.yml')).map((d) => d.toJSON());
    expect(docs.map((d) => d.kind)).toEqual(['Deployment']);
    const deployment = new Deployment(docs[0]);
    deployment.validate();
    const pod = deployment.spec!.template;
    const container = pod.spec!.containers[0]!;
    const args = container.args!;
    expect(args[0]).toBe('drift');
    const flags = new Map(args.slice(1).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    const help = (await dhow(['drift', '--help'])).stdout;
    for (const flag of flags.keys()) expect(help).toContain(`${flag} `);
    const port = Number(flags.get('--serve')!.split(':')[1]);
    expect(container.ports?.[0]?.containerPort).toBe(port);
    expect(pod.metadata?.annotations?.['prometheus.io/port']).toBe(String(port));
    expect(() => checkTarget({ model: flags.get('--model')!, environment: flags.get('--environment')!, version: flags.get('--version')! })).not.toThrow();
    expect(container.readinessProbe?.httpGet?.path).toBe('/healthz');
  });

  it('the Alertmanager route to the bridge passes amtool', () => {
    const result = check('amtool', ['check-config', join(dir, 'alertmanager.yml')]);
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  it('the direct-dispatch payload template sends exactly the client_payload keys the revert accepts', async () => {
    const config = parse(await text('alertmanager-direct-dispatch.yml'));
    const webhook = config.receivers.find((r: { name: string }) => r.name === 'github-dispatch').webhook_configs[0];
    expect(webhook.url).toMatch(/\/repos\/[^/]+\/[^/]+\/dispatches$/);
    expect(webhook.max_alerts).toBe(1);
    expect(webhook.send_resolved).toBe(false);
    expect(webhook.payload.event_type).toBe('dhow-drift-alert');
    expect(Object.keys(webhook.payload.client_payload).sort()).toEqual(Object.keys(DriftAlert.shape).sort());
    // Everything but `payload` (Alertmanager >= 0.32) is valid for the Alertmanager installed here.
    delete webhook.payload;
    const tmp = await mkdtemp(join(tmpdir(), 'dhow-am-example-'));
    try {
      await writeFile(join(tmp, 'am.yml'), JSON.stringify(config));
      const result = check('amtool', ['check-config', join(tmp, 'am.yml')]);
      expect(result.output).toContain('SUCCESS');
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it('the Kubernetes manifests of the bridge are valid objects and probe /healthz', async () => {
    const docs = parseAllDocuments(await text('bridge-kubernetes.yml')).map((d) => d.toJSON());
    const kinds = docs.map((d) => d.kind);
    expect(kinds).toEqual(['Secret', 'Deployment', 'Service']);
    new Secret(docs[0]).validate();
    const deployment = new Deployment(docs[1]);
    deployment.validate();
    new Service(docs[2]).validate();
    const container = deployment.spec!.template.spec!.containers[0]!;
    expect(container.args?.slice(0, 1)).toEqual(['bridge']);
    expect(container.readinessProbe?.httpGet?.path).toBe('/healthz');
    expect(container.env?.map((e) => e.name)).toEqual(['DHOW_BRIDGE_TOKEN', 'GITHUB_TOKEN']);
  });
});
