export const id = 9388;
export const ids = [9388];
export const modules = {

/***/ 59388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/demo/context.ts
/**
 * What every demo step gets: the registry directory, a narration writer and a `dhow(argv)` runner that
 * calls the CLI in-process and echoes the command like a shell transcript, plus a clock that moves a few
 * minutes per command so the history reads like a real day. The CLI is injected (`DemoIO.run`) rather
 * than imported: the CLI runs the demo (`dhow demo`), so the demo must not load the CLI back.
 */

/** Lines of a template literal without the common indentation and blank edges. */
function dedent(text) {
    const lines = text
        .replace(/^\s*\n/, '')
        .trimEnd()
        .split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
    return lines.map((l) => l.slice(indent));
}
const shellQuote = (arg) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
function createDemoContext(registry, workDir, io, start = '2026-11-22T08:00:00Z') {
    let clock = Date.parse(start);
    const style = (code, text) => (io.color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const write = (text) => io.out.write(text);
    const ctx = {
        registry,
        workDir,
        shared: {},
        commands: [],
        env: io.env,
        narrate: (text) => write(`${dedent(text)
            .map((l) => `  ${l}`.trimEnd())
            .join('\n')}\n\n`),
        heading: (text) => write(`\n${style('1', `━━ ${text} `.padEnd(78, '━'))}\n\n`),
        now: () => new Date(clock).toISOString().replace('.000Z', 'Z'),
        advance: (minutes) => {
            clock += minutes * 60_000;
        },
        async dhow(argv, options = {}) {
            const as = options.as;
            const full = as ? [...argv, '--as', as] : argv;
            const shown = ['dhow', ...full].map(shellQuote).join(' ').replace(registry, '$DHOW_REGISTRY');
            write(`${style('2', '$')} ${style('1', shown)}\n`);
            const env = { ...io.env, DHOW_REGISTRY: registry, DHOW_NOW: ctx.now(), GIT_AUTHOR_NAME: as ?? io.env.GIT_AUTHOR_NAME ?? 'dhow-demo' };
            const { code, stdout, stderr } = await io.run(full, { env, cwd: io.cwd });
            ctx.commands.push({ argv: full, at: env.DHOW_NOW, code });
            if (!options.quiet) {
                const shownOut = stdout.replaceAll(registry, '$DHOW_REGISTRY');
                if (shownOut)
                    write(shownOut.replace(/^/gm, '  ').replace(/ +$/gm, '') + (shownOut.endsWith('\n') ? '' : '\n'));
                if (stderr)
                    write(style('33', stderr.replaceAll(registry, '$DHOW_REGISTRY').replace(/^/gm, '  ').replace(/ +$/gm, '')) + (stderr.endsWith('\n') ? '' : '\n'));
                write('\n');
            }
            ctx.advance(options.minutes ?? 7);
            const expected = [options.expect ?? 0].flat();
            if (!expected.includes(code)) {
                // The command's own message is above; a stack trace would add nothing a user can act on.
                throw new errors/* DhowError */.Bp('refused', `the demo stopped: "${shown}" exited ${code}, expected ${expected.join(' or ')}`, {
                    reasons: stderr.trim() ? stderr.trim().split('\n').slice(0, 5) : [],
                });
            }
            return { code, stdout, stderr };
        },
    };
    return ctx;
}

;// CONCATENATED MODULE: ./src/demo/step-intro.ts
const introStep = {
    title: 'A registry is a git repository',
    async run(ctx) {
        ctx.narrate(`
      dhow keeps its model registry in a plain git repository: every version, every release and every
      approval is a commit you can read, diff and push anywhere. This demo needs no account and no
      network: the registry below is a local repository in a temporary directory.
    `);
        ctx.narrate(`In the commands below, $DHOW_REGISTRY is ${ctx.registry}`);
        await ctx.dhow(['init', ctx.registry]);
        ctx.narrate(`
      dhow.yaml lists the environments in promotion order and the approvals each needs:
      dev (none), staging (1 reviewer), production (2 reviewers, never the author).
    `);
    },
};

;// CONCATENATED MODULE: ./src/demo/step-register.ts


const DEMO_MODEL = 'arabic-dialect-id';
/** Writes a stand-in artifact and its metrics, and registers it. */
async function registerDemoVersion(ctx, version, metrics, params) {
    const artifact = (0,external_node_path_.join)(ctx.workDir, `${DEMO_MODEL}-${version}.safetensors`);
    await (0,promises_.writeFile)(artifact, `stand-in weights of ${DEMO_MODEL} ${version}\n`);
    const metricsFile = (0,external_node_path_.join)(ctx.workDir, `metrics-${version}.json`);
    await (0,promises_.writeFile)(metricsFile, `${JSON.stringify(metrics, null, 2)}\n`);
    await ctx.dhow([
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
    ], { as: 'noura' });
}
const registerStep = {
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

;// CONCATENATED MODULE: ./src/demo/step-promote-v1.ts

/** `dhow promote`, returning the request id from its --json answer. */
async function promote(ctx, version, env, as) {
    const run = await ctx.dhow(['promote', '--model', DEMO_MODEL, '--version', version, '--to', env], { as });
    const id = /request (\d+)/.exec(run.stdout)?.[1];
    if (!id)
        throw new Error(`demo: no request id in the output of dhow promote:\n${run.stdout}`);
    return id;
}
const promoteV1Step = {
    title: 'Promote v1: dev, staging, production',
    async run(ctx) {
        ctx.narrate(`
      A promotion is a request (a pull request on GitHub; a branch and a metadata ref here) that changes
      releases/<env>/<model>.yaml and renders the KServe InferenceService Argo CD or Flux will sync.
      Merging it is the deployment. dev needs no approval.
    `);
        let id = await promote(ctx, 'v1', 'dev', 'noura');
        await ctx.dhow(['merge', id], { as: 'noura' });
        ctx.narrate('staging needs one reviewer who is not the author. Layla from the platform team approves.');
        id = await promote(ctx, 'v1', 'staging', 'noura');
        await ctx.dhow(['review', id, '--approve', '--comment', 'Latency and memory look fine on the A10 pool.'], { as: 'layla' });
        await ctx.dhow(['merge', id], { as: 'noura' });
        ctx.narrate('production needs two. A merge before that is refused, and says what is missing:');
        id = await promote(ctx, 'v1', 'production', 'noura');
        await ctx.dhow(['merge', id], { as: 'noura', expect: 1 });
        await ctx.dhow(['review', id, '--approve'], { as: 'layla' });
        await ctx.dhow(['review', id, '--approve', '--comment', 'Fairness across dialects checked.'], { as: 'omar' });
        await ctx.dhow(['merge', id], { as: 'noura' });
    },
};

;// CONCATENATED MODULE: ./src/demo/step-promote-v2.ts

const promoteV2Step = {
    title: 'Promote v2 the same way',
    async run(ctx) {
        ctx.narrate('v2 cannot jump straight to production: it has not run in staging yet.');
        await ctx.dhow(['promote', '--model', 'arabic-dialect-id', '--version', 'v2', '--to', 'production'], { as: 'noura', expect: 1 });
        let id = await promote(ctx, 'v2', 'dev', 'noura');
        await ctx.dhow(['merge', id], { as: 'noura', quiet: false });
        id = await promote(ctx, 'v2', 'staging', 'noura');
        await ctx.dhow(['review', id, '--approve'], { as: 'layla' });
        await ctx.dhow(['merge', id], { as: 'noura' });
        id = await promote(ctx, 'v2', 'production', 'noura');
        await ctx.dhow(['review', id, '--approve'], { as: 'layla' });
        await ctx.dhow(['review', id, '--approve'], { as: 'omar' });
        await ctx.dhow(['merge', id], { as: 'noura' });
        ctx.narrate('production now runs v2; its release file records v1 as the last known good version.');
    },
};

;// CONCATENATED MODULE: ./src/demo/step-rollback.ts
const rollbackStep = {
    title: 'Roll production back',
    async run(ctx) {
        ctx.advance(60 * 3);
        ctx.narrate(`
      Three hours later, support tickets: v2 mislabels Sudanese Arabic as Egyptian. Omar, on call, rolls
      production back. No approval is needed to go back to the last known good version, and the commit
      records which version it reverts (a Revert-Of trailer).
    `);
        await ctx.dhow(['rollback', '--model', 'arabic-dialect-id', '--env', 'production', '--reason', 'v2 confuses Sudanese and Egyptian Arabic'], { as: 'omar' });
    },
};

;// CONCATENATED MODULE: ./src/demo/step-summary.ts
const summaryStep = {
    title: 'What runs where, and how it got there',
    async run(ctx) {
        await ctx.dhow(['status']);
        await ctx.dhow(['history', '--model', 'arabic-dialect-id', '--env', 'production']);
        await ctx.dhow(['validate']);
        ctx.narrate(`
      Everything above is in the registry's git history: try
        git -C ${ctx.registry} log --oneline --graph main
        git -C ${ctx.registry} show main:releases/production/arabic-dialect-id.yaml
    `);
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/demo/step-train.ts
/**
 * The demo's training step: trains the example model (examples/arabic-dialect-id) in runner mode on this
 * machine and registers v3 from what the training wrote, through the version-record draft.
 */




const EXAMPLE = (0,external_node_path_.join)('examples', 'arabic-dialect-id', 'train.mjs');
/** The example's train.mjs: next to the working directory, or up from this module (sources or bundle). */
function findExampleTrainer(cwd) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, EXAMPLE)))
        return EXAMPLE;
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, EXAMPLE);
        if ((0,external_node_fs_.existsSync)(candidate))
            return (0,external_node_path_.relative)(cwd, candidate) || candidate;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`demo: ${EXAMPLE} not found above ${cwd}`);
        dir = parent;
    }
}
const trainStep = {
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
        const draft = (0,external_node_path_.join)(ctx.workDir, 'v3.yaml');
        await ctx.dhow([
            'train',
            'run',
            '--command',
            `node ${trainer}`,
            '--output-dir',
            (0,external_node_path_.join)(ctx.workDir, 'train-v3'),
            '--param',
            'max-n=4',
            '--param',
            'alpha=1',
            '--timeout',
            '10m',
            '--artifact-uri',
            `s3://mena-models-me-central-1/${DEMO_MODEL}/v3/model.json`,
            '--checkpoint-root',
            (0,external_node_path_.join)(ctx.workDir, 'checkpoints'),
            '--model',
            DEMO_MODEL,
            '--version',
            'v3',
            '--draft',
            draft,
        ], { as: 'noura' });
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
        await ctx.dhow([
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
        ], { minutes: 0 });
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/http/log.ts
var log = __webpack_require__(13654);
// EXTERNAL MODULE: ./src/drift/index.ts + 3 modules
var drift = __webpack_require__(34380);
// EXTERNAL MODULE: ./src/bridge/server.ts + 3 modules
var server = __webpack_require__(26466);
// EXTERNAL MODULE: ./src/forge/local.ts + 7 modules
var local = __webpack_require__(21295);
// EXTERNAL MODULE: ./src/revert/execute.ts + 1 modules
var execute = __webpack_require__(97070);
;// CONCATENATED MODULE: ./src/demo/drift.ts
/**
 * The demo's last act: a new version reaches production, production data drifts away from what it was
 * trained on, the drift report shows it, the alert arrives at the bridge as Alertmanager would send it,
 * the bridge reverts production to the last known good version (holding the bad one), a repeated alert
 * does nothing, and `dhow history` shows the revert.
 */











/** A small seeded generator (mulberry32), so the demo's data and report are the same on every run. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function normal(next, mean, sd) {
    const u = Math.max(next(), 1e-12);
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}
function pick(next, weights) {
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    let r = next() * total;
    for (const [value, weight] of Object.entries(weights))
        if ((r -= weight) < 0)
            return value;
    return Object.keys(weights).at(-1);
}
/** Requests the classifier saw: message length, its confidence, the predicted dialect, the channel. */
function demoRequests(rows, seed, shape) {
    const next = random(seed);
    const lines = ['message_length,confidence,predicted_dialect,channel'];
    for (let i = 0; i < rows; i++) {
        const length = Math.max(3, Math.round(normal(next, ...shape.length)));
        const confidence = Math.min(0.999, Math.max(0.2, normal(next, ...shape.confidence))).toFixed(3);
        lines.push(`${length},${confidence},${pick(next, shape.dialect)},${pick(next, shape.channel)}`);
    }
    return `${lines.join('\n')}\n`;
}
const TRAINING = {
    length: [118, 30],
    confidence: [0.9, 0.05],
    dialect: { gulf: 30, levantine: 25, egyptian: 25, maghrebi: 10, msa: 10 },
    channel: { app: 60, web: 40 },
};
/** A voice-note channel launched in Sudan: short transcripts, a dialect the model barely knows. */
const PRODUCTION_NOW = {
    length: [64, 28],
    confidence: [0.71, 0.12],
    dialect: { gulf: 18, levantine: 12, egyptian: 45, maghrebi: 5, msa: 20 },
    channel: { app: 58, web: 42 },
};
/** The notification Alertmanager sends for the firing ModelDataDrift alert (webhook payload version 4). */
function alertmanagerNotification(version, startsAt, share) {
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
async function promoteEverywhere(ctx, version) {
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
const driftStep = {
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
        const reference = (0,external_node_path_.join)(ctx.workDir, 'reference-v4.csv');
        const current = (0,external_node_path_.join)(ctx.workDir, 'production-sample.csv');
        await (0,promises_.writeFile)(reference, demoRequests(800, 3, TRAINING));
        await (0,promises_.writeFile)(current, demoRequests(600, 33, PRODUCTION_NOW));
        ctx.narrate(`
      Three days later a voice-note channel launches: short transcripts, many of them Egyptian and
      Sudanese. The nightly drift job compares a sample of production requests with v4's reference data,
      column by column, the way Evidently decides it:
    `);
        await ctx.dhow(['drift', '--reference', reference, '--current', current]);
        const result = await (0,drift/* detectDrift */.D9)({ reference, current });
        ctx.narrate(`
      The job publishes the share of drifted columns as dhow_drift_share{model, environment, version}
      (${result.share}). Prometheus' rule ModelDataDrift fires at >= 0.5, and Alertmanager posts the alert to
      the dhow bridge, which runs here against the local registry (with --forge github it would send a
      repository_dispatch and the revert workflow would do the same in the registry repository).
    `);
        const token = (0,external_node_crypto_.randomBytes)(24).toString('hex');
        const forge = await (0,local.openLocalForge)(ctx.registry, { identity: { name: 'dhow-bridge' }, now: () => ctx.now() });
        const silent = new external_node_stream_.Writable({ write: (_c, _e, done) => done() });
        const bridge = await (0,server/* startBridge */.c0)({
            auth: { token },
            logger: (0,log/* jsonLogger */.R)(silent),
            deliver: async (alert) => {
                const outcome = await (0,execute/* executeRevert */.EE)(forge, alert, { by: 'dhow-bridge', now: () => ctx.now() });
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
                const answer = (await response.json());
                return `HTTP ${response.status}: ${answer.deliveries.map((d) => d.detail).join('; ')}`;
            };
            ctx.narrate(`POST /alertmanager (the alert fires) -> ${await send()}`);
            ctx.advance(5);
            ctx.narrate(`
        Alertmanager repeats the notification while the alert keeps firing. The revert decides from the
        registry's state, not from the event: production no longer runs v4, so the repeat does nothing.
        POST /alertmanager (repeat) -> ${await send()}
      `);
        }
        finally {
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/demo/gates.ts
/**
 * The demo's gate step: the example model (examples/arabic-dialect-id) is trained, served on loopback and
 * evaluated, and two candidates go through one gate policy against the version live in production:
 * v4 passes (its gate results are ready for its version record), the v3 baseline is refused, and its
 * refusals in production and staging are recorded as gate evidence (gates/<env>/<model>/v3.yaml) through
 * `dhow register --gate-report`, so the registry, its site and its evidence pack hold failed attempts.
 */










const DIGEST = (c) => `sha256:${c.repeat(64)}`;
async function runNode(args, env) {
    const child = (0,external_node_child_process_.spawn)(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const [code] = (await (0,external_node_events_.once)(child, 'exit'));
    if (code !== 0)
        throw new Error(`demo: node ${args.join(' ').slice(0, 80)} exited ${code}\n${err}`);
    return out;
}
/** Starts serve.mjs on a free loopback port and resolves with its URL once it listens. */
async function serve(serveScript, model) {
    const child = (0,external_node_child_process_.spawn)(process.execPath, [serveScript, '--port', '0', '--model', model], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = (0,external_node_readline_.createInterface)({ input: child.stdout });
    const url = await new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error('demo: the example model server did not start in 10 s')), 10_000);
        child.once('exit', (code) => reject(new Error(`demo: the example model server exited with ${code}`)));
        lines.on('line', (line) => {
            const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
            if (match) {
                clearTimeout(timer);
                resolvePromise(match[1]);
            }
        });
    });
    return { url, child };
}
/** The evaluation files the gates read, from the example model's predictions on its held-out split. */
async function evaluationFiles(ctx, example, outDir) {
    const predictions = (await (0,promises_.readFile)((0,external_node_path_.join)(outDir, 'predictions.jsonl'), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    // Fairness by dialect: was each sentence classified correctly (1) or not (0); the selection rate of a
    // dialect is then its accuracy, and the demographic parity difference the gap between dialects.
    const csv = (0,external_node_path_.join)(ctx.workDir, 'gates-dialects.csv');
    await (0,promises_.writeFile)(csv, ['dialect,expected,correct', ...predictions.map((p) => `${p.dialect},1,${p.prediction === p.dialect ? 1 : 0}`)].join('\n') + '\n');
    // Text quality: the text the model reads (its own normalization) against what the user wrote.
    const text = (0,external_node_path_.join)(ctx.workDir, 'gates-text.jsonl');
    const script = `
    import { normalize } from ${JSON.stringify((0,external_node_path_.join)(example, 'model.mjs'))};
    import { readFileSync, writeFileSync } from 'node:fs';
    const rows = readFileSync(${JSON.stringify((0,external_node_path_.join)(outDir, 'predictions.jsonl'))}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    writeFileSync(${JSON.stringify(text)}, rows.map((r) => JSON.stringify({ hypothesis: normalize(r.text), reference: r.text })).join('\\n') + '\\n');
  `;
    await runNode(['--input-type=module', '-e', script], process.env);
    return { csv, text };
}
function policy(paths, url) {
    const smoke = `import { DATA, fit, predict, readExamples } from ${JSON.stringify((0,external_node_path_.join)(paths.example, 'model.mjs'))};
const all = readExamples(DATA); const model = fit(all.filter((e) => e.split === 'train'));
for (const e of all) predict(model, e.text);`;
    return (0,dist/* stringify */.As)({
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
async function recordGateEvidence(ctx, record, report, environment) {
    await ctx.dhow(['register', '--from', record, '--gate-report', report, '--environment', environment], { as: 'noura' });
}
/** Gates whose values depend on how busy this machine is, not on the model: a refusal by one is the load's. */
const LOAD_SENSITIVE = new Set(['latency', 'memory']);
/**
 * v4 was refused. When only load-sensitive gates refused it (a shared CI machine measured p99 798 ms
 * against the 500 ms SLO), that is the gate doing its job on a loaded machine: say so and go on. Any other
 * refusal is a demo that went wrong, and stops with the gates that failed.
 */
function narrateLoadedMachine(ctx, report) {
    const blocking = report.gates.filter((g) => g.blocking);
    const others = blocking.filter((g) => !LOAD_SENSITIVE.has(g.source));
    if (others.length > 0 || blocking.length === 0) {
        throw new errors/* DhowError */.Bp('gate-failed', 'the demo stopped: v4 should pass its gates', {
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
const gatesStep = {
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
        const trainer = (0,external_node_path_.resolve)(findExampleTrainer(process.cwd()));
        const example = (0,external_node_path_.dirname)(trainer);
        // The training step's outputs when it ran; else train here (about a second).
        let outDir = (0,external_node_path_.join)(ctx.workDir, 'train-v3');
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(outDir, 'predictions.jsonl')) || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(outDir, 'model.json'))) {
            outDir = (0,external_node_path_.join)(ctx.workDir, 'gates-eval');
            await runNode([trainer], { ...process.env, DHOW_OUTPUT_DIR: outDir });
        }
        const files = await evaluationFiles(ctx, example, outDir);
        const server = await serve((0,external_node_path_.join)(example, 'serve.mjs'), (0,external_node_path_.join)(outDir, 'model.json'));
        try {
            const policyFile = (0,external_node_path_.join)(ctx.workDir, 'gates.yaml');
            await (0,promises_.writeFile)(policyFile, policy({ ...files, example }, server.url));
            ctx.narrate('v4, the fine-tuned model retrained with Sudanese data, against production:');
            const v4 = (0,external_node_path_.join)(ctx.workDir, 'v4.yaml');
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
            await (0,promises_.writeFile)(v4, (0,dist/* stringify */.As)(v4Draft));
            const record = (0,external_node_path_.join)(ctx.workDir, 'v4-gates.json');
            const v4Report = (0,external_node_path_.join)(ctx.workDir, 'v4-report.json');
            const v4Run = await ctx.dhow(['gate', '--policy', policyFile, '--candidate', v4, '--environment', 'production', '--report', v4Report, '--record', record], { expect: [0, 1] });
            if (v4Run.code !== 0)
                narrateLoadedMachine(ctx, JSON.parse(await (0,promises_.readFile)(v4Report, 'utf8')));
            const gates = JSON.parse(await (0,promises_.readFile)(record, 'utf8'));
            ctx.narrate(`
        --record wrote the "gates" field of v4's version record (verdict ${gates.verdict}, policy
        ${gates['policy-digest'].slice(0, 19)}…, ${gates.summary.length} rows): registered with the version, the
        registry keeps what the candidate was judged by and against which policy.
      `);
            ctx.shared.v4Gates = gates;
            ctx.narrate('The v3 baseline trained earlier goes through the same gates, and is refused:');
            let v3 = (0,external_node_path_.join)(ctx.workDir, 'v3.yaml');
            if (!(0,external_node_fs_.existsSync)(v3)) {
                v3 = (0,external_node_path_.join)(ctx.workDir, 'v3-draft.yaml');
                const metrics = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(outDir, 'metrics.json'), 'utf8'));
                await (0,promises_.writeFile)(v3, (0,dist/* stringify */.As)({
                    apiVersion: 'dhow.dev/v1',
                    kind: 'ModelVersion',
                    model: DEMO_MODEL,
                    version: 'v3',
                    artifact: { uri: `s3://mena-models-me-central-1/${DEMO_MODEL}/v3/model.json`, digest: DIGEST('3') },
                    training: { mode: 'runner' },
                    metrics,
                }));
            }
            const v3Report = (0,external_node_path_.join)(ctx.workDir, 'v3-report.json');
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
            const v3Staging = (0,external_node_path_.join)(ctx.workDir, 'v3-staging-report.json');
            await ctx.dhow(['gate', '--policy', policyFile, '--candidate', v3, '--environment', 'staging', '--report', v3Staging], { expect: 1, quiet: true });
            await recordGateEvidence(ctx, v3, v3Staging, 'staging');
        }
        finally {
            server.child.kill();
        }
    },
};

;// CONCATENATED MODULE: ./src/demo/index.ts
/**
 * The demo: an ordered list of steps, each a module `{title, run(ctx)}` in this directory. Adding a step
 * is one line in DEMO_STEPS. `runDemo` makes a fresh registry in a temporary directory (or the one given),
 * runs every step with one shared DemoContext and returns it (tests inspect the registry afterwards).
 * The caller passes the CLI to run (`run`), so the demo never imports src/cli.
 */













/** The steps, in order. Other parts of dhow add theirs here (training, gates, drift and the automatic revert). */
const DEMO_STEPS = [introStep, registerStep, promoteV1Step, promoteV2Step, rollbackStep, trainStep, gatesStep, driftStep, summaryStep];
async function runDemo(options) {
    const io = {
        out: options.out ?? process.stdout,
        env: options.env ?? process.env,
        cwd: options.cwd ?? process.cwd(),
        color: options.color ?? false,
        run: options.run,
    };
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dhow-demo-'));
    const registry = options.registry ?? (0,external_node_path_.join)(workDir, 'registry');
    const ctx = createDemoContext(registry, workDir, io);
    for (const step of options.steps ?? DEMO_STEPS) {
        ctx.heading(step.title);
        await step.run(ctx);
    }
    return ctx;
}

// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/cli/index.ts
var cli = __webpack_require__(70486);
;// CONCATENATED MODULE: ./src/cli/captured.ts
/**
 * Runs the dhow CLI in-process with its streams captured as strings: what the demo shows and what the
 * tests assert on, without a child process.
 */



async function runCliCaptured(argv, options) {
    let stdout = '';
    let stderr = '';
    const out = new external_node_stream_.PassThrough();
    const err = new external_node_stream_.PassThrough();
    out.on('data', (c) => (stdout += c));
    err.on('data', (c) => (stderr += c));
    const code = await (0,cli/* main */.iW)(argv, {
        stdout: out,
        stderr: err,
        stdin: external_node_stream_.Readable.from([options.stdin ?? '']),
        env: options.env,
        cwd: options.cwd,
        // $DHOW_DEBUG of the run's own environment, as the dhow process reads it from its own.
        logger: (0,logger/* streamLogger */.VO)(err, Boolean(options.env.DHOW_DEBUG)),
        interactive: false,
    });
    return { code, stdout, stderr };
}

// EXTERNAL MODULE: ./src/cli/registry.ts
var cli_registry = __webpack_require__(56611);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/** dhow demo [--registry DIR]: a narrated lifecycle on a fresh local registry (npm run demo). */







const USAGE = 'usage: dhow demo [--registry DIR]\n  A narrated lifecycle on a fresh local registry (a temporary directory unless DIR is given).';
async function run(args, ctx) {
    if ((0,cli_registry/* helpRequested */._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,context/* parseCommandArgs */.Qx)('demo', args, { registry: { type: 'string' } });
    const registry = values.registry ? (0,external_node_path_.resolve)(ctx.cwd, values.registry) : undefined;
    if (registry)
        await assertFreshDirectory(registry);
    const demo = await runDemo({
        out: ctx.stdout,
        env: ctx.env,
        cwd: ctx.cwd,
        color: ctx.interactive && !ctx.env.NO_COLOR,
        run: runCliCaptured,
        ...(registry ? { registry } : {}),
    });
    ctx.stdout.write(`\nThe registry is in ${demo.registry}: it is yours to explore.\n`);
    return 0;
}
/** The demo starts with `dhow init DIR`, which needs a new or empty directory: say so before narrating anything. */
async function assertFreshDirectory(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return;
        if (code === 'ENOTDIR')
            throw new errors/* DhowError */.Bp('usage', '--registry names a file: give a new or empty directory', { file: dir });
        throw error;
    }
    if (entries.length > 0) {
        throw new errors/* DhowError */.Bp('usage', '--registry is not empty: the demo creates a fresh registry there, so give a new or empty directory', { file: dir });
    }
}


/***/ }),

/***/ 56611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   JI: () => (/* binding */ WHERE_OPTIONS),
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Pz: () => (/* binding */ refuseRepository),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   _T: () => (/* binding */ helpRequested),
/* harmony export */   eN: () => (/* binding */ actor),
/* harmony export */   tB: () => (/* binding */ now),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   ys: () => (/* binding */ openForge)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21295);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16931);
/**
 * What the registry commands share: opening the local registry named by --registry / $DHOW_REGISTRY /
 * the working directory, who is acting (--as, $DHOW_ACTOR, git config user.name, $USER) and the clock
 * ($DHOW_NOW, for reproducible demos and tests, else now).
 */






function now(ctx) {
    const fixed = ctx.env.DHOW_NOW;
    if (fixed) {
        if (!_registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .Timestamp */ .Dc.safeParse(fixed).success)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `$DHOW_NOW must be an ISO 8601 time with an offset, e.g. 2026-11-22T08:00:00Z (got "${fixed}")`);
        return fixed;
    }
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function actor(ctx, as) {
    const name = as ?? ctx.env.DHOW_ACTOR ?? gitUserName(ctx) ?? ctx.env.USER ?? ctx.env.USERNAME;
    if (!name || !name.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'who is acting? pass --as NAME (or set $DHOW_ACTOR or git config user.name)');
    if (name.length > 200 || /[\n\r\0]/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', '--as must be one line of at most 200 characters', { field: '--as' });
    return name.trim();
}
function gitUserName(ctx) {
    try {
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || undefined);
    }
    catch {
        return undefined;
    }
}
async function openRegistry(ctx, flag, as) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryDir */ .zr)(flag, ctx));
    // Commits are authored by the acting person; without --as the forge asks git config when it first commits.
    const name = as ?? ctx.env.DHOW_ACTOR;
    const forge = await (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_3__.openLocalForge)(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
    // A command is one pass: its refs are read once. A server among the commands begins its own per request.
    forge.beginPass();
    (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .atCommandEnd */ .WB)(ctx, () => forge.endPass());
    return forge;
}
/** The options of a command that reads or writes the registry either locally (--registry) or on GitHub (--repository). */
const WHERE_OPTIONS = {
    registry: { type: 'string' },
    repository: { type: 'string' },
    'api-url': { type: 'string' },
};
/**
 * The registry a command works on: the repository on GitHub named by --repository (the token from
 * $GITHUB_TOKEN, the API root from --api-url, then $GITHUB_API_URL, then GitHub's), set up as the
 * actions set it up (connectRegistry); otherwise the local one (openRegistry).
 */
async function openForge(ctx, command, where, as) {
    if (where.repository === undefined) {
        if (where['api-url'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --api-url goes with --repository OWNER/NAME (a registry on GitHub)`);
        return openRegistry(ctx, where.registry, as);
    }
    if (where.registry !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --registry DIR (a local registry) and --repository OWNER/NAME (one on GitHub) exclude each other: pass one`);
    }
    const token = ctx.env.GITHUB_TOKEN;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --repository needs a GitHub token in $GITHUB_TOKEN (one that can read ${where.repository}, and write to it for commands that change it)`);
    }
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5053), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 90397));
    return connectRegistry({
        token,
        registry: where.repository,
        ...(where['api-url'] !== undefined ? { apiUrl: where['api-url'] } : {}),
        logger: ctx.logger,
        env: ctx.env,
        names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
    });
}
/**
 * Commands that only make sense on a local registry refuse --repository (before their options are parsed,
 * so the refusal says what to do instead rather than "unknown option").
 */
function refuseRepository(command, args, instead) {
    if (args.some((a) => a === '--repository' || a.startsWith('--repository=') || a === '--api-url' || a.startsWith('--api-url='))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: works on a local registry only (--registry DIR), not with --repository: ${instead}`);
    }
}
/** A plain-text table: a header row and aligned columns, two spaces apart. */
function table(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
const shortDigest = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const shortSha = (sha) => sha.slice(0, 8);
/** `--help`/`-h` anywhere: print the command's usage and succeed. */
function helpRequested(args, ctx, usage) {
    if (!args.includes('--help') && !args.includes('-h'))
        return false;
    ctx.stdout.write(`${usage.trim()}\n\n--registry defaults to $DHOW_REGISTRY, then the current directory. --repository OWNER/NAME works on a registry on GitHub instead (token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server) where the usage shows it. Exit codes: 0 done, 1 refused or failed, 2 usage error.\n`);
    return true;
}


/***/ })

};
