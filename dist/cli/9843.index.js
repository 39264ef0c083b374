export const id = 9843;
export const ids = [9843];
export const modules = {

/***/ 96039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bU: () => (/* binding */ RolloutState),
/* harmony export */   cb: () => (/* binding */ GpuBudget),
/* harmony export */   m4: () => (/* binding */ RolloutPolicy),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
/* unused harmony exports RolloutDuration, AnalysisCheck, CanaryStep, AbTest */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50123);
/**
 * The registry format of progressive delivery: the rollout policy dhow.yaml declares per environment (and
 * per model), the GPU budget of an environment, and the rollout state a release file records while a
 * canary, blue-green or A/B rollout is under way. Every field is optional or defaulted, so registries
 * written before rollouts existed stay valid. Semantics of the analysis limits follow Argo Rollouts'
 * AnalysisTemplate (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */


/** A duration as `30s`, `5m`, `24h` or `7d` (rollout intervals and soaks are often seconds or minutes). */
const RolloutDuration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a whole number of seconds, minutes, hours or days, e.g. 30s, 5m, 1h');
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a RolloutDuration (or of a registry Duration, which is a subset). */
function durationMs(duration) {
    const match = /^([0-9]+)([smhd])$/.exec(duration);
    if (!match)
        throw new RangeError(`not a duration: ${duration}`);
    return Number(match[1]) * UNIT_MS[match[2]];
}
const CheckName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
/** A PromQL query; `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` are filled in before it runs. */
const PromQL = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(4000);
/**
 * One analysis check. `canary` (and `stable`, for a relative comparison) are PromQL queries returning one
 * number; `samples` returns how many observations the canary's number rests on. Exactly one of `threshold`
 * (absolute) and `tolerance` (relative to stable, a fraction: 0.1 lets the canary be 10% worse) is given.
 */
const AnalysisCheck = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: CheckName,
    canary: PromQL,
    stable: PromQL.optional(),
    samples: PromQL.optional(),
    /** Fewer samples than this make a measurement inconclusive, never a pass. */
    'min-samples': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).default(0),
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['lower-is-better', 'higher-is-better']),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    tolerance: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).optional(),
    /** Time between two measurements; the first is taken one interval after a step begins. */
    interval: RolloutDuration.default('1m'),
    /** Argo Rollouts' failureLimit: the analysis fails when failed measurements exceed it; -1: never. */
    'failure-limit': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(-1).default(0),
    /** Argo Rollouts' inconclusiveLimit: inconclusive measurements beyond it abort the rollout; -1: never. */
    'inconclusive-limit': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(-1).default(0),
})
    .strict()
    .superRefine((check, ctx) => {
    if ((check.threshold === undefined) === (check.tolerance === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'give exactly one of "threshold" (absolute) and "tolerance" (relative to stable)' });
    }
    if (check.tolerance !== undefined && check.stable === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stable'], message: 'a relative check ("tolerance") needs a "stable" query to compare with' });
    }
    if (check['min-samples'] > 0 && check.samples === undefined) {
        ctx.addIssue({ code: 'custom', path: ['samples'], message: '"min-samples" needs a "samples" query that counts the observations' });
    }
});
const CanaryStep = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ weight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(99), soak: RolloutDuration }).strict();
/**
 * The A/B decision: a fixed split held for `duration`, then a test on the primary metric. `rate`: PromQL
 * for successes and trials per arm (two-proportion z-test); `mean`: PromQL for the mean, standard deviation
 * and count per arm (Welch's t-test). Queries are templated like analysis checks, `{{version}}` naming the arm.
 */
const AbTest = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    weight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(99).default(50),
    duration: RolloutDuration,
    metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('kind', [
        zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('rate'), name: CheckName, successes: PromQL, trials: PromQL }).strict(),
        zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('mean'), name: CheckName, mean: PromQL, stddev: PromQL, count: PromQL }).strict(),
    ]),
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['lower-is-better', 'higher-is-better']),
    alpha: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1).default(0.05),
    /** Observations each arm needs; fewer make the decision inconclusive (the stable version stays). */
    'min-samples': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(2).default(100),
})
    .strict();
const RolloutPolicy = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    strategy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['all-at-once', 'canary', 'blue-green', 'ab']).default('all-at-once'),
    /** canary: traffic weights in increasing order, each held for its soak; 100% follows the last. */
    steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(CanaryStep).max(20).optional(),
    /** blue-green: how long the new version runs beside the old with no traffic before it takes all. */
    preview: RolloutDuration.optional(),
    ab: AbTest.optional(),
    analysis: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(AnalysisCheck).max(20).default([]),
})
    .strict()
    .superRefine((policy, ctx) => {
    if (policy.strategy === 'canary') {
        if (!policy.steps || policy.steps.length === 0)
            ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a canary rollout needs at least one step' });
        policy.steps?.forEach((step, i) => {
            if (i > 0 && step.weight <= policy.steps[i - 1].weight) {
                ctx.addIssue({ code: 'custom', path: ['steps', i, 'weight'], message: 'step weights must increase' });
            }
        });
    }
    if (policy.strategy === 'blue-green' && !policy.preview) {
        ctx.addIssue({ code: 'custom', path: ['preview'], message: 'a blue-green rollout needs a "preview" duration' });
    }
    if (policy.strategy === 'ab' && !policy.ab)
        ctx.addIssue({ code: 'custom', path: ['ab'], message: 'an ab rollout needs an "ab" test' });
    const seen = new Set();
    policy.analysis.forEach((check, i) => {
        if (seen.has(check.name))
            ctx.addIssue({ code: 'custom', path: ['analysis', i, 'name'], message: `check "${check.name}" is listed twice` });
        seen.add(check.name);
    });
});
/** The GPUs an environment may use across all its models: whole GPUs, and MIG slices by profile. */
const GpuBudget = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    gpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    mig: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb'), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0)).optional(),
})
    .strict();
const Timestamp = zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true });
/**
 * A rollout under way, in the release file: the release's `version` is the canary (what the manifests
 * render, with its traffic weight), `stable` the version serving the rest. Counters are measurements that
 * failed or were inconclusive, per check, since the rollout began.
 */
const RolloutState = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    strategy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['canary', 'blue-green', 'ab']),
    stable: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)(),
    canary: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)(),
    weight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(99),
    step: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    'started-at': Timestamp,
    'step-started-at': Timestamp,
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(CheckName, zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1)).default({}),
    inconclusive: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(CheckName, zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1)).default({}),
    /** When each check's last recorded (failed or inconclusive) measurement was taken. */
    'measured-at': zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(CheckName, Timestamp).default({}),
})
    .strict();


/***/ }),

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ Timestamp),
/* harmony export */   Jm: () => (/* binding */ ResidencyPolicy),
/* harmony export */   Rt: () => (/* binding */ FILE_KINDS),
/* harmony export */   Tp: () => (/* binding */ Region),
/* harmony export */   YM: () => (/* binding */ MaterialChangePolicy),
/* harmony export */   bI: () => (/* binding */ defaultRegistryConfig),
/* harmony export */   iJ: () => (/* binding */ VersionRecord),
/* harmony export */   mG: () => (/* binding */ API_VERSION),
/* harmony export */   np: () => (/* binding */ Digest),
/* harmony export */   qS: () => (/* binding */ GpuRequirement)
/* harmony export */ });
/* unused harmony exports Reviewers, RepositoryRole, RequiredApprovers, Duration, EnvironmentPolicy, AccessPolicy, ResidencyLocation, RevertPolicy, DeployPolicy, RegistryConfig, ModelFile, Artifact, GateSummaryRow, GateResults, Hold, ReleaseFile, GateAttempt, GateEvidenceFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64377);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50123);
/* harmony import */ var _rollout_schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96039);
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */



const API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(API_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const Timestamp = zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const TeamName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');
const Reviewers = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    users: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default([]),
    teams: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(TeamName).default([]),
})
    .strict();
/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
const RepositoryRole = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['admin', 'maintain', 'write', 'triage', 'read']);
/** A group of which at least `count` must approve: a team, or a list of users. */
const RequiredApprovers = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ team: TeamName, count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(20).default(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ users: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1), count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(20).default(1) }).strict(),
]);
/** A duration as `30m`, `24h` or `7d`. */
const Duration = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');
const EnvironmentPolicy = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru)(),
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
    /** How a merged promotion reaches traffic here (default all-at-once); see docs/rollouts.md. */
    rollout: _rollout_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RolloutPolicy */ .m4.optional(),
    /** The GPUs this environment's models may use together: a rollout that would exceed it does not start. */
    'gpu-budget': _rollout_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .GpuBudget */ .cb.optional(),
    /** KServe's deployment mode here (absent: serverless). A RawDeployment rollout renders KServe v0.20's named canary (spec.canary). */
    'kserve-mode': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['serverless', 'raw-deployment']).optional(),
})
    .strict();
/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
const AccessPolicy = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    default: RepositoryRole.default('write'),
    users: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), RepositoryRole).default({}),
    teams: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(TeamName, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))).default({}),
})
    .strict();
const ResidencyLocation = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    'allowed-regions': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(Region).min(1),
    locations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ResidencyLocation).default([]),
    clusters: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9_.-]{1,100}$/)
        .default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    runtime: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['kserve']).default('kserve'),
    namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .default('models'),
})
    .strict();
/**
 * What makes a promotion a material change (QCB: prior approval of material changes to high-risk AI
 * systems), judged by src/policy/material.ts and flagged in the evidence pack's change records. A first
 * release is always material. Absent: retraining on other data or with other parameters is material, a
 * new artifact alone (a re-export) is not, and no metric movement is.
 */
const MaterialChangePolicy = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /** Training data that changed (its URI, digest or version) is material. */
    data: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true),
    /** Parameters whose change is material; `*` stands for any parameter. */
    parameters: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default(['*']),
    /** A metric that moves by at least this much, either way, is material (absolute difference). */
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative()).default({}),
    /** A new artifact digest is material even when nothing else changed. */
    artifact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false),
})
    .strict();
const RegistryConfig = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    models: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt)(), zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        'gate-policy': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        /** Per-environment rollout policies replacing the environment's own for this model. */
        rollout: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru)(), _rollout_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RolloutPolicy */ .m4).optional(),
    })
        .strict())
        .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
    /** Reviewer roles and team members on a local registry (ignored on GitHub, which knows both). */
    access: AccessPolicy.optional(),
    /** What makes a promotion a material change (MaterialChangePolicy); absent: its defaults. */
    'material-change': MaterialChangePolicy.optional(),
})
    .strict()
    .superRefine((config, ctx) => {
    const seen = new Set();
    config.environments.forEach((env, i) => {
        if (seen.has(env.name)) {
            ctx.addIssue({ code: 'custom', path: ['environments', i, 'name'], message: `environment "${env.name}" is listed twice` });
        }
        seen.add(env.name);
    });
    for (const [model, entry] of Object.entries(config.models)) {
        for (const env of Object.keys(entry.rollout ?? {})) {
            if (!seen.has(env))
                ctx.addIssue({ code: 'custom', path: ['models', model, 'rollout', env], message: `no environment "${env}" in "environments"` });
        }
    }
});
// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml
const ModelFile = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ...header('Model'),
    name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt)(),
    owners: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(Person).default([]),
    task: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(100).optional(),
    language: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(2).max(35)).default([]),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(3)
        .max(320)
        .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
        .optional(),
    limitations: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    uri: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    digest: Digest,
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(100).optional(),
    /** Where an uploaded artifact is served from: the object store's endpoint and the bucket's region. */
    endpoint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().url().optional(),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(64).optional(),
})
    .strict();
const GpuRequirement = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(64).default(1),
    product: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^\d+g\.\d+gb$/)
        .optional(),
})
    .strict();
const GateSummaryRow = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    gate: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
})
    .strict();
/** The gate results of one run: what a version record's `gates` holds, and each attempt of a GateEvidence file. */
const GateResults = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'inconclusive']),
    'policy-digest': Digest,
    'report-digest': Digest.optional(),
    summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(GateSummaryRow).default([]),
})
    .strict();
const VersionRecord = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ...header('ModelVersion'),
    model: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt)(),
    version: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)(),
    artifact: Artifact,
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^[0-9a-f]{7,64}$/)
            .optional(),
        'run-url': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().url().optional(),
        'run-attempt': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        uri: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        digest: Digest.optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
        'duration-seconds': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()])).default({}),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).default({}),
    /**
     * Gate results recorded with the version by registries older than per-environment evidence
     * (gates/<environment>/<model>/<version>.yaml): still read, for every environment without evidence.
     */
    gates: GateResults.optional(),
    serving: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
            .optional(),
        'latency-slo-ms': zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['p50', 'p90', 'p95', 'p99']), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive()).optional(),
        'model-format': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        runtime: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        /** KServe's predictor minReplicas/maxReplicas; a GPU budget counts max (absent: one replica). */
        replicas: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(1000).default(1), max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(1000) })
            .strict()
            .refine((r) => r.max >= r.min, { message: '"max" must be at least "min"', path: ['max'] })
            .optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)(),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(2000),
    by: Person,
    at: Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ...header('Release'),
    model: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt)(),
    environment: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru)(),
    version: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)(),
    digest: Digest,
    /** The version that ran here before this one. */
    previous: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)().optional(),
    /** The version a revert goes back to. */
    'last-known-good': (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)().optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)().optional(),
    request: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': Timestamp,
    /** A canary, blue-green or A/B rollout under way (absent: the version takes all traffic). */
    rollout: _rollout_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RolloutState */ .bU.optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// gates/<environment>/<model>/<version>.yaml
//
// Gate evidence lives in a file of its own per (version, environment), written on the default branch by
// register before any promotion request exists, rather than carried in the promotion request: the version
// record stays immutable, the policy engine reads evidence from the base branch (which a request's author
// cannot edit: a request that touches gates/ is refused as unplanned), and the evidence outlives the request
// (a revert, a closed request or a re-promotion keep it). The file is append-only history: each run of the
// gates that counts is one attempt, and the last attempt is the one the policy engine judges.
const GateAttempt = GateResults.extend({
    /** The workflow run that ran the gates, and its attempt (a "Re-run" keeps the URL and adds one). */
    'run-url': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().url().optional(),
    'run-attempt': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    'recorded-by': Person,
    'recorded-at': Timestamp,
}).strict();
const GateEvidenceFile = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ...header('GateEvidence'),
    model: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelName */ .bt)(),
    version: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionName */ .gj)(),
    environment: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentName */ .Ru)(),
    /** Oldest first; never rewritten, only appended to. The last one counts. */
    attempts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(GateAttempt).min(1).max(1000),
})
    .strict();
/** Every file kind the registry holds, by `kind`. */
const FILE_KINDS = {
    Registry: RegistryConfig,
    Model: ModelFile,
    ModelVersion: VersionRecord,
    Release: ReleaseFile,
    GateEvidence: GateEvidenceFile,
};
/** The default dhow.yaml `dhow init` writes: dev -> staging -> production with 0, 1, 2 approvals. */
function defaultRegistryConfig() {
    return RegistryConfig.parse({
        apiVersion: API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}


/***/ })

};
