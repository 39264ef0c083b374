import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoStep } from './context.js';

export const DEMO_MODEL = 'arabic-dialect-id';

/** Writes a stand-in artifact and its metrics, and registers it. */
export async function registerDemoVersion(
  ctx: Parameters<DemoStep['run']>[0],
  version: string,
  metrics: Record<string, number>,
  params: Record<string, string>,
) {
  const artifact = join(ctx.workDir, `${DEMO_MODEL}-${version}.safetensors`);
  await writeFile(artifact, `stand-in weights of ${DEMO_MODEL} ${version}\n`);
  const metricsFile = join(ctx.workDir, `metrics-${version}.json`);
  await writeFile(metricsFile, `${JSON.stringify(metrics, null, 2)}\n`);
  await ctx.dhow(
    [
      'register',
      '--model',
      DEMO_MODEL,
      '--version',
      version,
      '--artifact',
      `s3://mena-models-me-central-1/${DEMO_MODEL}/${version}/model.safetensors`,
      '--artifact-file',
      artifact,
      '--metrics',
      metricsFile,
      ...Object.entries(params).flatMap(([k, v]) => ['--param', `${k}=${v}`]),
    ],
    { as: 'noura' },
  );
}

export const registerStep: DemoStep = {
  title: 'Register two versions',
  async run(ctx) {
    ctx.narrate(`
      Noura, a data scientist, fine-tuned a classifier of Arabic dialects (Gulf, Levantine, Egyptian,
      Maghrebi, MSA). Registering a version records its artifact and sha256 digest, its metrics and its
      parameters in an immutable file: registering the same version again with different content is refused.
    `);
    await registerDemoVersion(ctx, 'v1', { accuracy: 0.912, 'macro-f1': 0.884 }, { 'base-model': 'CAMeLBERT-mix', epochs: '3' });
    ctx.narrate('A week later she registers a second version, trained on more Maghrebi data.');
    ctx.advance(60 * 24 * 7);
    await registerDemoVersion(ctx, 'v2', { accuracy: 0.927, 'macro-f1': 0.901 }, { 'base-model': 'CAMeLBERT-mix', epochs: '4' });
  },
};
