/**
 * The demo: an ordered list of steps, each a module `{title, run(ctx)}` in this directory. Adding a step
 * is one line in DEMO_STEPS. `runDemo` makes a fresh registry in a temporary directory (or the one given),
 * runs every step with one shared DemoContext and returns it (tests inspect the registry afterwards).
 * The caller passes the CLI to run (`run`), so the demo never imports src/cli.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoContext, type DemoContext, type DemoIO, type DemoStep } from './context.js';
import { introStep } from './step-intro.js';
import { registerStep } from './step-register.js';
import { promoteV1Step } from './step-promote-v1.js';
import { promoteV2Step } from './step-promote-v2.js';
import { rollbackStep } from './step-rollback.js';
import { summaryStep } from './step-summary.js';
import { trainStep } from './step-train.js';
import { driftStep } from './drift.js';
import { gatesStep } from './gates.js';

export type { CliRun, CliRunner, DemoContext, DemoStep } from './context.js';

/** The steps, in order. Other parts of dhow add theirs here (training, gates, drift and the automatic revert). */
export const DEMO_STEPS: DemoStep[] = [introStep, registerStep, promoteV1Step, promoteV2Step, rollbackStep, trainStep, gatesStep, driftStep, summaryStep];

export interface RunDemoOptions extends Partial<Omit<DemoIO, 'run'>>, Pick<DemoIO, 'run'> {
  /** Where to create the registry; default: a new temporary directory. */
  registry?: string;
  steps?: DemoStep[];
}

export async function runDemo(options: RunDemoOptions): Promise<DemoContext> {
  const io: DemoIO = {
    out: options.out ?? process.stdout,
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
    color: options.color ?? false,
    run: options.run,
  };
  const workDir = await mkdtemp(join(tmpdir(), 'dhow-demo-'));
  const registry = options.registry ?? join(workDir, 'registry');
  const ctx = createDemoContext(registry, workDir, io);
  for (const step of options.steps ?? DEMO_STEPS) {
    ctx.heading(step.title);
    await step.run(ctx);
  }
  return ctx;
}
