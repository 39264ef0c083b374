/**
 * The registry the evidence and site tests read: the demo's registry (two versions through dev, staging and
 * production, then a rollback), plus governance fields in model.yaml with an Arabic description, a third
 * version whose staging request was approved by omar before the request moved (a stale approval) and then by
 * layla, and a drift revert of staging that holds v3. Built once per test file through the CLI.
 */
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCliCaptured } from '../../src/cli/captured.js';
import { runDemo } from '../../src/demo/index.js';
import { introStep } from '../../src/demo/step-intro.js';
import { promoteV1Step } from '../../src/demo/step-promote-v1.js';
import { promoteV2Step } from '../../src/demo/step-promote-v2.js';
import { registerStep } from '../../src/demo/step-register.js';
import { rollbackStep } from '../../src/demo/step-rollback.js';
import { dhow } from './cli.js';
import { artifactFile, tempDir } from './registry.js';

export const MODEL = 'arabic-dialect-id';
export const ARABIC_DESCRIPTION = 'يصنف النصوص العربية حسب اللهجة: الخليجية والشامية والمصرية والمغاربية والفصحى.';
export const MODEL_YAML = `apiVersion: dhow.dev/v1
kind: Model
name: ${MODEL}
owners:
  - noura
task: text-classification
language:
  - ar
description: '${ARABIC_DESCRIPTION}'
purpose: "Route customer messages to agents who speak the writer's dialect."
risk-tier: high
owner-contact: ml-platform@example.qa
limitations: Sudanese Arabic is often labelled Egyptian.
`;

/** Writes a file on main with git plumbing alone (no dhow code), as a person editing the registry would. */
export async function commitOnMain(registry: string, path: string, content: string, message: string, date: string): Promise<string> {
  const index = join(registry, `index-${process.pid}-${Date.now()}`);
  const env = {
    ...process.env,
    GIT_DIR: registry,
    GIT_INDEX_FILE: index,
    GIT_AUTHOR_NAME: 'noura',
    GIT_AUTHOR_EMAIL: 'noura@example.qa',
    GIT_COMMITTER_NAME: 'noura',
    GIT_COMMITTER_EMAIL: 'noura@example.qa',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const run = (args: string[], input?: string) => execFileSync('git', args, { env, input }).toString().trim();
  const head = run(['rev-parse', 'refs/heads/main']);
  run(['read-tree', head]);
  const blob = run(['hash-object', '-w', '--stdin'], content);
  run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`]);
  const tree = run(['write-tree']);
  const commit = run(['commit-tree', tree, '-p', head, '-m', message]);
  run(['update-ref', 'refs/heads/main', commit, head]);
  await rm(index, { force: true });
  return commit;
}

export interface EvidenceRegistry {
  registry: string;
  /** The request of v3 to staging, whose first approval (omar's) went stale. */
  staleRequest: string;
}

export async function buildEvidenceRegistry(): Promise<EvidenceRegistry> {
  const ctx = await runDemo({
    out: new PassThrough(),
    run: runCliCaptured,
    env: { ...process.env },
    steps: [introStep, registerStep, promoteV1Step, promoteV2Step, rollbackStep],
  });
  const registry = ctx.registry;
  const at = (hour: number, minute = 0) => `2026-12-01T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
  const cli = async (argv: string[], now: string, as: string) => {
    const r = await dhow([...argv, '--registry', registry, '--as', as], { env: { DHOW_NOW: now, GIT_AUTHOR_NAME: as } });
    if (r.code !== 0) throw new Error(`dhow ${argv.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  };
  const artifact = await artifactFile(`stand-in weights of ${MODEL} v3\n`);
  const metrics = join(await tempDir(), 'metrics.json');
  await writeFile(metrics, '{"accuracy": 0.931, "macro-f1": 0.899}\n');
  await cli(
    [
      'register',
      '--model',
      MODEL,
      '--version',
      'v3',
      '--artifact',
      `s3://mena-models-me-central-1/${MODEL}/v3/model.safetensors`,
      '--artifact-file',
      artifact,
      '--metrics',
      metrics,
      '--param',
      'base-model=CAMeLBERT-mix',
      '--param',
      'epochs=4',
    ],
    at(8),
    'noura',
  );
  const dev = JSON.parse(await cli(['promote', '--model', MODEL, '--version', 'v3', '--to', 'dev', '--json'], at(8, 10), 'noura')).request as string;
  await cli(['merge', dev], at(8, 20), 'noura');
  const staging = JSON.parse(await cli(['promote', '--model', MODEL, '--version', 'v3', '--to', 'staging', '--json'], at(8, 30), 'noura')).request as string;
  await cli(['review', staging, '--approve'], at(8, 40), 'omar');
  // The base moves (governance fields added to model.yaml); promoting again refreshes the request onto it.
  await commitOnMain(registry, `models/${MODEL}/model.yaml`, MODEL_YAML, 'Describe arabic-dialect-id for the AI-system register', at(8, 50));
  const again = JSON.parse(await cli(['promote', '--model', MODEL, '--version', 'v3', '--to', 'staging', '--json'], at(9), 'noura'));
  if (again.request !== staging) throw new Error(`the refreshed promotion opened request ${again.request}, not ${staging}`);
  await cli(['review', staging, '--approve'], at(9, 10), 'layla');
  await cli(['merge', staging], at(9, 20), 'noura');
  const alert = join(await tempDir(), 'alert.json');
  await writeFile(
    alert,
    JSON.stringify({ model: MODEL, environment: 'staging', version: 'v3', fingerprint: 'c0ffee42', 'starts-at': at(10), summary: 'dataset drift on staging' }),
  );
  await cli(['revert', '--alert', alert], at(10, 30), 'dhow-bridge');
  return { registry, staleRequest: staging };
}
