/**
 * The demo's training step: trains the example model (examples/arabic-dialect-id) in runner mode on this
 * machine and registers v3 from what the training wrote, through the version-record draft.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoStep } from './context.js';
import { DEMO_MODEL } from './step-register.js';

const EXAMPLE = join('examples', 'arabic-dialect-id', 'train.mjs');

/** The example's train.mjs: next to the working directory, or up from this module (sources or bundle). */
export function findExampleTrainer(cwd: string): string {
  if (existsSync(join(cwd, EXAMPLE))) return EXAMPLE;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, EXAMPLE);
    if (existsSync(candidate)) return relative(cwd, candidate) || candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`demo: ${EXAMPLE} not found above ${cwd}`);
    dir = parent;
  }
}

export const trainStep: DemoStep = {
  title: 'Train a baseline (v3) on a runner and register it from the outputs',
  async run(ctx) {
    ctx.advance(60 * 24);
    ctx.narrate(`
      The next day Noura wants a fast baseline to compare her fine-tuned models against: a character
      n-gram classifier in plain Node (examples/arabic-dialect-id), which trains in about a second. On a
      self-hosted GPU runner the train action does what \`dhow train run\` does here: it runs the training
      command with DHOW_OUTPUT_DIR and DHOW_CHECKPOINT_DIR set, samples the GPU memory of its processes
      (this machine has no GPU, so only resident memory is measured; --require-gpu would refuse to
      start), stops it at the timeout, validates metrics.json, hashes the artifact and drafts the
      version record.
    `);
    const trainer = findExampleTrainer(process.cwd());
    const draft = join(ctx.workDir, 'v3.yaml');
    await ctx.dhow(
      [
        'train',
        'run',
        '--command',
        `node ${trainer}`,
        '--output-dir',
        join(ctx.workDir, 'train-v3'),
        '--param',
        'max-n=4',
        '--param',
        'alpha=1',
        '--timeout',
        '10m',
        '--artifact-uri',
        `s3://mena-models-me-central-1/${DEMO_MODEL}/v3/model.json`,
        '--checkpoint-root',
        join(ctx.workDir, 'checkpoints'),
        '--model',
        DEMO_MODEL,
        '--version',
        'v3',
        '--draft',
        draft,
      ],
      { as: 'noura' },
    );
    ctx.narrate(`
      The draft holds the metrics, the parameters, the artifact's digest and size, how long training
      took and where it ran. Registering from it records exactly what the training produced. The
      baseline scores far below v1, so it is registered for comparison, not promoted:
    `);
    await ctx.dhow(['register', '--from', draft], { as: 'noura' });
    ctx.shared.trainedVersion = 'v3';
    ctx.narrate(`
      Her fine-tuned models train on the platform's GPU cluster instead. There the train action submits
      a Kubernetes Job and follows it to the end; \`dhow train render\` prints that Job for teams that
      prefer to commit it: the image pinned by digest, one MIG slice of an H100, spot capacity tolerated,
      preemption not counted as a failure, and nodes held to the region the residency policy allows:
    `);
    await ctx.dhow(
      [
        'train',
        'render',
        '--image',
        `registry.invalid/mena/arabic-dialect-id-trainer@sha256:${'3f'.repeat(32)}`,
        '--repository',
        'mena-ai/arabic-dialect-id',
        '--run-id',
        '4242',
        '--gpu-product',
        'NVIDIA-H100-80GB-HBM3',
        '--mig-profile',
        '1g.10gb',
        '--spot',
        '--allowed-region',
        'me-central-1',
        '--',
        'python',
        'train.py',
        '--epochs',
        '3',
      ],
      { minutes: 0 },
    );
  },
};
