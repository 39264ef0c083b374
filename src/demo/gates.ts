/**
 * The demo's gate step: the example model (examples/arabic-dialect-id) is trained, served on loopback and
 * evaluated, and two candidates go through one gate policy against the version live in production:
 * v4 passes (its gate results are ready for its version record), the v3 baseline is refused, and its
 * refusals in production and staging are recorded as gate evidence (gates/<env>/<model>/v3.yaml) through
 * `dhow register --gate-report`, so the registry, its site and its evidence pack hold failed attempts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { stringify } from 'yaml';
import { DhowError } from '../errors.js';
import type { GateReport } from '../gates/report.js';
import type { DemoContext, DemoStep } from './context.js';
import { DEMO_MODEL } from './step-register.js';
import { findExampleTrainer } from './step-train.js';

const DIGEST = (c: string) => `sha256:${c.repeat(64)}`;

async function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`demo: node ${args.join(' ').slice(0, 80)} exited ${code}\n${err}`);
  return out;
}

/** Starts serve.mjs on a free loopback port and resolves with its URL once it listens. */
async function serve(serveScript: string, model: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [serveScript, '--port', '0', '--model', model], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('demo: the example model server did not start in 10 s')), 10_000);
    child.once('exit', (code) => reject(new Error(`demo: the example model server exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
  });
  return { url, child };
}

/** The evaluation files the gates read, from the example model's predictions on its held-out split. */
async function evaluationFiles(ctx: DemoContext, example: string, outDir: string): Promise<{ csv: string; text: string }> {
  const predictions = (await readFile(join(outDir, 'predictions.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; dialect: string; prediction: string });
  // Fairness by dialect: was each sentence classified correctly (1) or not (0); the selection rate of a
  // dialect is then its accuracy, and the demographic parity difference the gap between dialects.
  const csv = join(ctx.workDir, 'gates-dialects.csv');
  await writeFile(csv, ['dialect,expected,correct', ...predictions.map((p) => `${p.dialect},1,${p.prediction === p.dialect ? 1 : 0}`)].join('\n') + '\n');
  // Text quality: the text the model reads (its own normalization) against what the user wrote.
  const text = join(ctx.workDir, 'gates-text.jsonl');
  const script = `
    import { normalize } from ${JSON.stringify(join(example, 'model.mjs'))};
    import { readFileSync, writeFileSync } from 'node:fs';
    const rows = readFileSync(${JSON.stringify(join(outDir, 'predictions.jsonl'))}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    writeFileSync(${JSON.stringify(text)}, rows.map((r) => JSON.stringify({ hypothesis: normalize(r.text), reference: r.text })).join('\\n') + '\\n');
  `;
  await runNode(['--input-type=module', '-e', script], process.env);
  return { csv, text };
}

function policy(paths: { csv: string; text: string; example: string }, url: string): string {
  const smoke = `import { DATA, fit, predict, readExamples } from ${JSON.stringify(join(paths.example, 'model.mjs'))};
const all = readExamples(DATA); const model = fit(all.filter((e) => e.split === 'train'));
for (const e of all) predict(model, e.text);`;
  return stringify({
    apiVersion: 'dhow.dev/v1',
    kind: 'GatePolicy',
    description: 'arabic-dialect-id: promotion gates',
    inconclusive: 'block',
    residency: {
      'allowed-regions': ['me-central-1', 'qatarcentral'],
      locations: [
        { prefix: 's3://mena-models-me-central-1/', region: 'me-central-1' },
        { prefix: 's3://mena-data-me-central-1/', region: 'me-central-1' },
      ],
      clusters: { 'gpu-doha-1': 'qatarcentral' },
    },
    gates: [
      {
        name: 'accuracy',
        description: 'not below 0.85, and at least 0.005 above production',
        metric: 'accuracy',
        source: { kind: 'candidate' },
        threshold: 0.85,
        'min-absolute-change': 0.005,
        'greater-is-better': true,
      },
      { name: 'macro-f1', metric: 'macro-f1', source: { kind: 'candidate' }, 'min-relative-change': 0, 'greater-is-better': true, severity: 'warn' },
      {
        name: 'dialect-accuracy-gap',
        description: 'accuracy may differ by at most 0.4 between dialects (Fairlearn demographic parity difference of "correct")',
        metric: 'demographic_parity_difference',
        source: { kind: 'fairness', input: paths.csv, label: 'expected', prediction: 'correct', group: 'dialect', 'positive-label': '1', 'min-group-size': 10 },
        threshold: 0.4,
        'greater-is-better': false,
        'min-samples': 50,
      },
      {
        name: 'preprocessing-wer',
        description: 'on normalized Arabic, the model reads what the user wrote (only punctuation may go)',
        metric: 'wer',
        source: { kind: 'text', input: paths.text, normalize: 'arabic' },
        threshold: 0.5,
        'greater-is-better': false,
      },
      { name: 'arabic-mojibake', metric: 'mojibake', source: { kind: 'arabic-data', input: paths.text }, threshold: 0, 'greater-is-better': false },
      { name: 'arabic-share', metric: 'arabic_share', source: { kind: 'arabic-data', input: paths.text }, threshold: 0.95, 'greater-is-better': true },
      {
        name: 'latency-p99',
        metric: 'p99',
        source: {
          kind: 'latency',
          endpoint: {
            url: `${url}/predict`,
            body: { text: 'شلونك اليوم؟ عساك بخير' },
            mode: 'constant-rate',
            rate: 40,
            'duration-seconds': 1,
            'warmup-seconds': 0.25,
          },
        },
        // A CPU classifier on a shared machine: the SLO leaves room for a busy neighbour.
        threshold: 500,
        'greater-is-better': false,
        'min-samples': 30,
      },
      { name: 'encoding-round-trip', metric: 'round-trip-mismatches', source: { kind: 'round-trip', url: `${url}/echo`, 'response-field': 'text' } },
      {
        name: 'memory',
        description: 'peak resident memory of a smoke inference (no GPU on this machine)',
        metric: 'peak-rss-mib',
        source: { kind: 'memory', command: [process.execPath, '--input-type=module', '-e', smoke], 'interval-ms': 50 },
        threshold: 512,
        'greater-is-better': false,
      },
      { name: 'residency', metric: 'residency-violations', source: { kind: 'residency' } },
    ],
  });
}

/**
 * Records a gate report as the environment's evidence the way promote.yml does after its gate job: `dhow
 * register --from` the same record again (identical content, so only the evidence is written).
 */
async function recordGateEvidence(ctx: DemoContext, record: string, report: string, environment: string): Promise<void> {
  await ctx.dhow(['register', '--from', record, '--gate-report', report, '--environment', environment], { as: 'noura' });
}

/** Gates whose values depend on how busy this machine is, not on the model: a refusal by one is the load's. */
const LOAD_SENSITIVE = new Set(['latency', 'memory']);

/**
 * v4 was refused. When only load-sensitive gates refused it (a shared CI machine measured p99 798 ms
 * against the 500 ms SLO), that is the gate doing its job on a loaded machine: say so and go on. Any other
 * refusal is a demo that went wrong, and stops with the gates that failed.
 */
export function narrateLoadedMachine(ctx: DemoContext, report: GateReport): void {
  const blocking = report.gates.filter((g) => g.blocking);
  const others = blocking.filter((g) => !LOAD_SENSITIVE.has(g.source));
  if (others.length > 0 || blocking.length === 0) {
    throw new DhowError('gate-failed', 'the demo stopped: v4 should pass its gates', {
      reasons: (others.length > 0 ? others : report.gates.filter((g) => g.verdict !== 'pass')).map((g) => `${g.name}: ${g.reasons.join('; ') || g.verdict}`),
    });
  }
  const measured = blocking.map((g) => `${g.name} measured ${g.value === null ? 'nothing' : Math.round(g.value)} against ${g.threshold ?? '?'}`).join(', ');
  ctx.narrate(`
    Refused, and not for the model's sake: this machine is busy (${measured}). A latency or memory gate
    measures the machine it runs on, so a loaded runner refuses what a quiet one passes: that is why the
    promote workflow lets you choose the gate job's runner. The demo goes on with v4's other results;
    run it again on a quieter machine to see v4 pass.
  `);
}

export const gatesStep: DemoStep = {
  title: 'Gate two candidates against production',
  async run(ctx) {
    ctx.narrate(`
      Before a version is promoted it goes through gates, each a metric with MLflow's threshold semantics:
      an absolute threshold, and a minimum change against the version live in the target environment.
      The numbers are the reference tools' (Fairlearn, jiwer, sacreBLEU, CAMeL Tools' normalization). The
      example model is trained, served on loopback and measured: accuracy gap between dialects, text on
      normalized Arabic, the Arabic data checks, latency at a constant arrival rate, an encoding round
      trip of Arabic with diacritics, peak memory, and where the artifact, data and training live.
    `);
    const trainer = resolve(findExampleTrainer(process.cwd()));
    const example = dirname(trainer);
    // The training step's outputs when it ran; else train here (about a second).
    let outDir = join(ctx.workDir, 'train-v3');
    if (!existsSync(join(outDir, 'predictions.jsonl')) || !existsSync(join(outDir, 'model.json'))) {
      outDir = join(ctx.workDir, 'gates-eval');
      await runNode([trainer], { ...process.env, DHOW_OUTPUT_DIR: outDir });
    }
    const files = await evaluationFiles(ctx, example, outDir);
    const server = await serve(join(example, 'serve.mjs'), join(outDir, 'model.json'));
    try {
      const policyFile = join(ctx.workDir, 'gates.yaml');
      await writeFile(policyFile, policy({ ...files, example }, server.url));

      ctx.narrate('v4, the fine-tuned model retrained with Sudanese data, against production:');
      const v4 = join(ctx.workDir, 'v4.yaml');
      const v4Draft = {
        apiVersion: 'dhow.dev/v1',
        kind: 'ModelVersion',
        model: DEMO_MODEL,
        version: 'v4',
        artifact: { uri: `s3://mena-models-me-central-1/${DEMO_MODEL}/v4/model.safetensors`, digest: DIGEST('4') },
        data: { uri: 's3://mena-data-me-central-1/dialects/v5/' },
        training: { mode: 'kubernetes', cluster: 'gpu-doha-1' },
        metrics: { accuracy: 0.931, 'macro-f1': 0.906 },
        'created-by': 'noura',
        'created-at': ctx.now(),
      };
      await writeFile(v4, stringify(v4Draft));
      const record = join(ctx.workDir, 'v4-gates.json');
      const v4Report = join(ctx.workDir, 'v4-report.json');
      const v4Run = await ctx.dhow(
        ['gate', '--policy', policyFile, '--candidate', v4, '--environment', 'production', '--report', v4Report, '--record', record],
        { expect: [0, 1] },
      );
      if (v4Run.code !== 0) narrateLoadedMachine(ctx, JSON.parse(await readFile(v4Report, 'utf8')) as GateReport);

      const gates = JSON.parse(await readFile(record, 'utf8')) as { verdict: string; 'policy-digest': string; summary: unknown[] };
      ctx.narrate(`
        --record wrote the "gates" field of v4's version record (verdict ${gates.verdict}, policy
        ${gates['policy-digest'].slice(0, 19)}…, ${gates.summary.length} rows): registered with the version, the
        registry keeps what the candidate was judged by and against which policy.
      `);
      ctx.shared.v4Gates = gates;

      ctx.narrate('The v3 baseline trained earlier goes through the same gates, and is refused:');
      let v3 = join(ctx.workDir, 'v3.yaml');
      if (!existsSync(v3)) {
        v3 = join(ctx.workDir, 'v3-draft.yaml');
        const metrics = JSON.parse(await readFile(join(outDir, 'metrics.json'), 'utf8')) as Record<string, number>;
        await writeFile(
          v3,
          stringify({
            apiVersion: 'dhow.dev/v1',
            kind: 'ModelVersion',
            model: DEMO_MODEL,
            version: 'v3',
            artifact: { uri: `s3://mena-models-me-central-1/${DEMO_MODEL}/v3/model.json`, digest: DIGEST('3') },
            training: { mode: 'runner' },
            metrics,
          }),
        );
      }
      const v3Report = join(ctx.workDir, 'v3-report.json');
      await ctx.dhow(['gate', '--policy', policyFile, '--candidate', v3, '--environment', 'production', '--report', v3Report], {
        expect: 1,
      });
      ctx.narrate(`
        Refused: its accuracy is far below production's, and nobody declared where it was trained or
        what data it used, and residency treats unknown as a failure, never a pass. The gate action
        writes the same report to the job summary and fails the workflow.

        A refusal is evidence too. Registering the version again with the report records it in
        gates/production/${DEMO_MODEL}/v3.yaml, on the default branch, where no promotion request can
        edit it: an auditor sees every attempt, and the policy engine refuses to promote v3 to production
        on it. Each environment is judged on its own (its baseline is what runs there), so staging gets
        its own run and its own file:
      `);
      await recordGateEvidence(ctx, v3, v3Report, 'production');
      const v3Staging = join(ctx.workDir, 'v3-staging-report.json');
      await ctx.dhow(['gate', '--policy', policyFile, '--candidate', v3, '--environment', 'staging', '--report', v3Staging], { expect: 1, quiet: true });
      await recordGateEvidence(ctx, v3, v3Staging, 'staging');
    } finally {
      server.child.kill();
    }
  },
};
