/**
 * The demo's last act: a new version reaches production, production data drifts away from what it was
 * trained on, the drift report shows it, the alert arrives at the bridge as Alertmanager would send it,
 * the bridge reverts production to the last known good version (holding the bad one), a repeated alert
 * does nothing, and `dhow history` shows the revert.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { jsonLogger } from '../http/log.js';
import { detectDrift } from '../drift/index.js';
import { startBridge } from '../bridge/server.js';
import { openLocalForge } from '../forge/local.js';
import { executeRevert } from '../revert/execute.js';
import type { DemoContext, DemoStep } from './context.js';
import { promote } from './step-promote-v1.js';
import { DEMO_MODEL, registerDemoVersion } from './step-register.js';

/** A small seeded generator (mulberry32), so the demo's data and report are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next: () => number, mean: number, sd: number): number {
  const u = Math.max(next(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

function pick(next: () => number, weights: Record<string, number>): string {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  let r = next() * total;
  for (const [value, weight] of Object.entries(weights)) if ((r -= weight) < 0) return value;
  return Object.keys(weights).at(-1)!;
}

interface Shape {
  length: [number, number];
  confidence: [number, number];
  dialect: Record<string, number>;
  channel: Record<string, number>;
}

/** Requests the classifier saw: message length, its confidence, the predicted dialect, the channel. */
export function demoRequests(rows: number, seed: number, shape: Shape): string {
  const next = random(seed);
  const lines = ['message_length,confidence,predicted_dialect,channel'];
  for (let i = 0; i < rows; i++) {
    const length = Math.max(3, Math.round(normal(next, ...shape.length)));
    const confidence = Math.min(0.999, Math.max(0.2, normal(next, ...shape.confidence))).toFixed(3);
    lines.push(`${length},${confidence},${pick(next, shape.dialect)},${pick(next, shape.channel)}`);
  }
  return `${lines.join('\n')}\n`;
}

const TRAINING: Shape = {
  length: [118, 30],
  confidence: [0.9, 0.05],
  dialect: { gulf: 30, levantine: 25, egyptian: 25, maghrebi: 10, msa: 10 },
  channel: { app: 60, web: 40 },
};
/** A voice-note channel launched in Sudan: short transcripts, a dialect the model barely knows. */
const PRODUCTION_NOW: Shape = {
  length: [64, 28],
  confidence: [0.71, 0.12],
  dialect: { gulf: 18, levantine: 12, egyptian: 45, maghrebi: 5, msa: 20 },
  channel: { app: 58, web: 42 },
};

/** The notification Alertmanager sends for the firing ModelDataDrift alert (webhook payload version 4). */
function alertmanagerNotification(version: string, startsAt: string, share: number) {
  const labels = { alertname: 'ModelDataDrift', model: DEMO_MODEL, environment: 'production', version, severity: 'page' };
  return {
    version: '4',
    groupKey: `{}/{alertname="ModelDataDrift"}:{environment="production", model="${DEMO_MODEL}", version="${version}"}`,
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'dhow-bridge',
    groupLabels: { environment: 'production', model: DEMO_MODEL, version },
    commonLabels: labels,
    commonAnnotations: {},
    externalURL: 'http://alertmanager.monitoring.svc:9093',
    alerts: [
      {
        status: 'firing',
        labels,
        annotations: { summary: `${DEMO_MODEL} ${version} drifts in production: ${Math.round(share * 100)}% of its columns` },
        startsAt,
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.monitoring.svc:9090/graph?g0.expr=dhow_drift_share+%3E%3D+0.5',
        fingerprint: '9d3f6c2a71be0e45',
      },
    ],
  };
}

async function promoteEverywhere(ctx: DemoContext, version: string) {
  let id = await promote(ctx, version, 'dev', 'noura');
  await ctx.dhow(['merge', id], { as: 'noura', quiet: true });
  id = await promote(ctx, version, 'staging', 'noura');
  await ctx.dhow(['review', id, '--approve'], { as: 'layla', quiet: true });
  await ctx.dhow(['merge', id], { as: 'noura', quiet: true });
  id = await promote(ctx, version, 'production', 'noura');
  await ctx.dhow(['review', id, '--approve'], { as: 'layla', quiet: true });
  await ctx.dhow(['review', id, '--approve', '--comment', 'Sudanese Arabic fixed; checked on the dialect test set.'], { as: 'omar', quiet: true });
  await ctx.dhow(['merge', id], { as: 'noura' });
}

export const driftStep: DemoStep = {
  title: 'Production data drifts: the automatic revert',
  async run(ctx) {
    ctx.narrate(`
      Noura retrains on more Sudanese data and registers v4. It goes through dev, staging and production
      with the same reviews as before (the commands are run quietly here). Production's release file now
      records v1 as its last known good version.
    `);
    await registerDemoVersion(ctx, 'v4', { accuracy: 0.931, 'macro-f1': 0.906 }, { 'base-model': 'CAMeLBERT-mix', epochs: '4' });
    await promoteEverywhere(ctx, 'v4');

    ctx.advance(60 * 24 * 3);
    const reference = join(ctx.workDir, 'reference-v4.csv');
    const current = join(ctx.workDir, 'production-sample.csv');
    await writeFile(reference, demoRequests(800, 3, TRAINING));
    await writeFile(current, demoRequests(600, 33, PRODUCTION_NOW));
    ctx.narrate(`
      Three days later a voice-note channel launches: short transcripts, many of them Egyptian and
      Sudanese. The nightly drift job compares a sample of production requests with v4's reference data,
      column by column, the way Evidently decides it:
    `);
    await ctx.dhow(['drift', '--reference', reference, '--current', current]);
    const result = await detectDrift({ reference, current });

    ctx.narrate(`
      The job publishes the share of drifted columns as dhow_drift_share{model, environment, version}
      (${result.share}). Prometheus' rule ModelDataDrift fires at >= 0.5, and Alertmanager posts the alert to
      the dhow bridge, which runs here against the local registry (with --forge github it would send a
      repository_dispatch and the revert workflow would do the same in the registry repository).
    `);
    const token = randomBytes(24).toString('hex');
    const forge = await openLocalForge(ctx.registry, { identity: { name: 'dhow-bridge' }, now: () => ctx.now() });
    const silent = new Writable({ write: (_c, _e, done) => done() });
    const bridge = await startBridge({
      auth: { token },
      logger: jsonLogger(silent),
      deliver: async (alert) => {
        const outcome = await executeRevert(forge, alert, { by: 'dhow-bridge', now: () => ctx.now() });
        return `${outcome.outcome}: ${outcome.message}`;
      },
    });
    try {
      const body = JSON.stringify(alertmanagerNotification('v4', ctx.now(), result.share));
      const send = async () => {
        const response = await fetch(`${bridge.url}/alertmanager`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        });
        const answer = (await response.json()) as { deliveries: Array<{ outcome: string; detail: string }> };
        return `HTTP ${response.status}: ${answer.deliveries.map((d) => d.detail).join('; ')}`;
      };
      ctx.narrate(`POST /alertmanager (the alert fires) -> ${await send()}`);
      ctx.advance(5);
      ctx.narrate(`
        Alertmanager repeats the notification while the alert keeps firing. The revert decides from the
        registry's state, not from the event: production no longer runs v4, so the repeat does nothing.
        POST /alertmanager (repeat) -> ${await send()}
      `);
    } finally {
      await bridge.close();
    }

    ctx.narrate(`
      One commit moved production back to v1 and put v4 on hold (nothing promotes it again until a person
      lifts the hold); its trailers name the alert (Dhow-Alert) and the version it reverts (Revert-Of).
    `);
    await ctx.dhow(['history', '--model', DEMO_MODEL, '--env', 'production']);
    ctx.shared.driftShare = result.share;
  },
};
