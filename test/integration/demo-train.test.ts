import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../src/cli/captured.js';
import { runDemo } from '../../src/demo/index.js';
import { introStep } from '../../src/demo/step-intro.js';
import { trainStep } from '../../src/demo/step-train.js';
import { VersionRecord } from '../../src/registry/schemas.js';

describe('the demo trains the example model and registers it from the outputs', () => {
  it('records v3 with the digest of the model the training wrote', async () => {
    const out = new PassThrough();
    let transcript = '';
    out.on('data', (c) => (transcript += c));
    const ctx = await runDemo({ out, run: runCliCaptured, env: { ...process.env, GITHUB_RUN_ID: '' }, color: false, steps: [introStep, trainStep] });

    const model = join(ctx.workDir, 'train-v3', 'model.json');
    const digest = `sha256:${execFileSync('sha256sum', [model]).toString().split(' ')[0]}`;
    const file = execFileSync('git', ['-C', ctx.registry, 'show', 'main:models/arabic-dialect-id/versions/v3.yaml']).toString();
    const record = VersionRecord.parse(parse(file));
    expect(record.artifact).toMatchObject({ uri: 's3://mena-models-me-central-1/arabic-dialect-id/v3/model.json', digest, format: 'json' });
    expect(record.artifact.size).toBe((await readFile(model)).length);
    expect(record.training.mode).toBe('runner');
    expect(record.parameters).toEqual({ 'max-n': 4, alpha: 1 });
    expect(Object.keys(record.metrics)).toContain('macro-f1');
    expect(record['created-by']).toBe('noura');
    // The demo clock: intro's one command at 08:00, then a day later the training at 08:07 + 24h.
    expect(record['created-at']).toBe('2026-11-23T08:07:00Z');
    expect(transcript).toMatch(/\$ dhow train run --command 'node examples\/arabic-dialect-id\/train.mjs'/);
    expect(transcript).toContain('Registered arabic-dialect-id v3');
  });
});
