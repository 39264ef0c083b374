export const id = 3310;
export const ids = [3310];
export const modules = {

/***/ 13184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ logBinomial),
/* harmony export */   QB: () => (/* binding */ besselK),
/* harmony export */   af: () => (/* binding */ roundHalfEven),
/* harmony export */   p_: () => (/* binding */ gcd),
/* harmony export */   tX: () => (/* binding */ studentTTwoSided),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/* unused harmony export gammaincc */
/* harmony import */ var _math_special_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58689);
/**
 * Special functions the drift tests need: log-gamma, the regularized incomplete gamma functions (for the
 * chi-square survival function) and the normal CDF, computed as scipy's cephes does where the rounding
 * matters (ndtr's 1 - erfc/2 for positive arguments).
 */
// log-gamma and the incomplete beta function live in src/math/special.ts (the rollout's Welch test uses them too).


const EPS = 1e-16;
const TINY = 1e-300;
/** Regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function gammaSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    let ap = a;
    for (let n = 0; n < 100000; n++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a));
}
/** Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (x >= a + 1). */
function gammaContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a)) * h;
}
/** Q(a, x) = Γ(a, x) / Γ(a), scipy.special.gammaincc. */
function gammaincc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    if (x < a + 1)
        return 1 - gammaSeries(a, x);
    return gammaContinuedFraction(a, x);
}
/** Survival function of the chi-square distribution with df degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, df) {
    if (x <= 0)
        return 1;
    return gammaincc(df / 2, x / 2);
}
/** erfc(x) for x >= 0, as Q(1/2, x^2), accurate in relative terms far into the tail. */
function erfcPositive(x) {
    return gammaincc(0.5, x * x);
}
/** The standard normal CDF, rounded the way cephes ndtr rounds it. */
function normalCdf(a) {
    const x = a * Math.SQRT1_2;
    const z = Math.abs(x);
    if (z < Math.SQRT1_2) {
        const erf = x < 0 ? -(1 - erfcPositive(z)) : 1 - erfcPositive(z);
        return 0.5 + 0.5 * erf;
    }
    const y = 0.5 * erfcPositive(z);
    return x > 0 ? 1 - y : y;
}
/** numpy's round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** log of the binomial coefficient C(n, k) for 0 <= k <= n. */
function logBinomial(n, k) {
    return (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(n + 1) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(k + 1) - (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(n - k + 1);
}
/** Two-sided p-value of Student's t with df degrees of freedom: 2 * scipy.stats.t.sf(|t|, df). */
function studentTTwoSided(t, df) {
    if (Number.isNaN(t))
        return NaN;
    if (!Number.isFinite(t))
        return 0;
    return (0,_math_special_js__WEBPACK_IMPORTED_MODULE_0__/* .betainc */ .h)(df / 2, 0.5, df / (df + t * t));
}
/**
 * The modified Bessel function of the second kind K_nu(x) for x > 0 (scipy.special.kv), from
 * K_nu(x) = integral over t >= 0 of exp(-x cosh t) cosh(nu t): the trapezoid rule converges exponentially
 * fast on such an integrand, to full double precision at this step.
 */
function besselK(nu, x) {
    const step = 1 / 32;
    let sum = 0.5 * Math.exp(-x);
    for (let i = 1; i < 1_000_000; i++) {
        const t = i * step;
        const term = Math.exp(-x * Math.cosh(t)) * Math.cosh(nu * t);
        sum += term;
        if (term < sum * 1e-18)
            break;
    }
    return sum * step;
}


/***/ }),

/***/ 58689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ logGamma),
/* harmony export */   h: () => (/* binding */ betainc)
/* harmony export */ });
/**
 * Special functions more than one part of dhow needs, written once: log-gamma and the regularized incomplete
 * beta function I_x(a, b) (scipy.special.betainc), which drift's Student t-test and the rollout's Welch test
 * both reduce to. Pure numbers, no imports: every layer may use them.
 */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** log |Γ(x)| for x > 0 (Lanczos, about 15 significant digits). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS_G + 2; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-16;
const TINY = 1e-300;
/** The continued fraction of I_x(a, b) (modified Lentz), convergent for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(a, b, x) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < 100000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return h;
}
/**
 * The regularized incomplete beta function I_x(a, b) (scipy.special.betainc): 0 at x = 0, 1 at x = 1, NaN for x
 * outside [0, 1] (as scipy) and, inside it, for a or b not above 0 (the Student-t callers never pass those).
 */
function betainc(a, b, x) {
    if (Number.isNaN(x) || x < 0 || x > 1)
        return NaN;
    if (x === 0)
        return 0;
    if (x === 1)
        return 1;
    if (!(a > 0 && b > 0))
        return NaN;
    const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b)));
    // The fraction converges fast on this side of the mean; the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) covers the other.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(a, b, x)) / a;
    return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}


/***/ }),

/***/ 34699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GQ: () => (/* binding */ renderDeployManifests),
  bQ: () => (/* binding */ rendersStableVersion)
});

// UNUSED EXPORTS: INFERENCE_SERVICE_FILE, kubernetesName, kubernetesNameClashes, kubernetesNameTakenBy, renderInferenceService

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(50123);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/registry/rollout-render.ts
/**
 * What a rollout under way changes in the rendered KServe InferenceService, in the environment's KServe mode.
 *
 * Serverless (Knative): the predictor points at the canary's artifact (the release's version) and
 * `canaryTrafficPercent` sends that share of traffic to it, KServe keeping the rest on the last revision that
 * had all traffic; removing the field promotes. 0% is a blue-green preview. Tag routing gives the canary and
 * the stable revision their own URLs so each can be analysed on its own.
 * Docs: https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary
 *
 * RawDeployment (KServe's Standard mode, v0.20 and later): there are no revisions, so the predictor stays the
 * stable version and the canary is one named entry of `spec.canary` (its predictor's `name` makes its own
 * Deployment and Service, `<isvc>-<name>-predictor`) with `trafficPercent`; KServe weights the route (Gateway
 * API HTTPRoute backendRefs, or an OpenShift Route's alternateBackends) once the canary is ready. A promotion
 * drops the entry and points the predictor at the canary's artifact (the stable Deployment rolls to it); an
 * abort drops the entry (KServe deletes the canary's Deployment). Source: kserve/kserve
 * pkg/apis/serving/v1beta1/inference_service.go (CanarySpec) and inference_service_validation.go
 * (validateCanarySpecs), added by kserve/kserve#5672.
 * Imports only registry types and the kernel, so it can move with the renderer.
 */



/** KServe's annotation that exposes the latest and previous revisions at tagged URLs (latest-…, prev-…). */
const TAG_ROUTING_ANNOTATION = 'serving.kserve.io/enable-tag-routing';
function withRolloutAnnotations(service, annotations) {
    const metadata = service.metadata;
    return { ...service, metadata: { ...metadata, annotations: { ...metadata.annotations, ...annotations } } };
}
/** Serverless: the InferenceService with the release's rollout applied (unchanged when no rollout is under way). */
function withRolloutTraffic(release, service) {
    const rollout = release.rollout;
    if (!rollout)
        return service;
    const spec = service.spec;
    const annotated = withRolloutAnnotations(service, {
        [TAG_ROUTING_ANNOTATION]: 'true',
        'dhow.dev/rollout': rollout.strategy,
        'dhow.dev/stable-version': rollout.stable,
    });
    return { ...annotated, spec: { ...spec, predictor: { ...spec.predictor, canaryTrafficPercent: rollout.weight } } };
}
/** KServe's name for the model server's container (pkg/constants InferenceServiceContainerName). */
const MODEL_CONTAINER = 'kserve-container';
/** KServe's pattern for a predictor's name (the CRD's `predictor.name`): a DNS-1035 label. */
const PREDICTOR_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Kubernetes Service names are DNS-1035 labels of at most 63 characters. */
const SERVICE_NAME_LENGTH = 63;
/**
 * The canary predictor's name for a version: `v` and the version with dots and underscores as dashes
 * (1.4.0 -> v1-4-0), so `kubectl get deploy` says which version runs. When that would make the canary's
 * Service name (`<isvc>-<name>-predictor`) longer than Kubernetes allows, a short digest of the version.
 */
function canaryPredictorName(service, version) {
    const readable = `v${version.replace(/[._]/g, '-')}`.replace(/-+$/, '');
    if (PREDICTOR_NAME.test(readable) && `${service}-${readable}-predictor`.length <= SERVICE_NAME_LENGTH)
        return readable;
    return `v-${(0,external_node_crypto_.createHash)('sha256').update(version).digest('hex').slice(0, 8)}`;
}
/**
 * RawDeployment: the InferenceService whose predictor is the stable version's and whose one named canary is
 * the release's version at the rollout's weight. `stable` is the predictor rendered from the stable version's
 * record; `canary` the one rendered from the release's version.
 */
function withRawCanary(release, service, predictors) {
    const rollout = release.rollout;
    if (!rollout)
        return service;
    if (!predictors.stable) {
        throw new errors/* DhowError */.Bp('not-found', `cannot render the RawDeployment canary of ${release.model}: the version record of the stable version ${rollout.stable} is missing`, {
            file: (0,paths/* releasePath */.bD)(release.environment, release.model),
            field: 'rollout.stable',
        });
    }
    const metadata = service.metadata;
    const spec = service.spec;
    // KServe refuses autoscaling on a canary (fixed replicas: minReplicas, or the stable's share by weight) and
    // a minReplicas above the stable's (absent: 1).
    const { minReplicas: _min, maxReplicas: _max, ...canary } = predictors.canary;
    // The canary's model is a whole container spec in KServe's CRD, whose `name` it requires (the stable
    // predictor's is relaxed); KServe's model server container is named kserve-container.
    const model = { name: MODEL_CONTAINER, ...canary.model };
    const stableMin = typeof predictors.stable.minReplicas === 'number' ? predictors.stable.minReplicas : 1;
    // At 0% (a blue-green preview) KServe's share by weight is no pod at all: one replica to analyse, if the stable allows it.
    const preview = rollout.weight === 0 && stableMin >= 1 ? { minReplicas: 1 } : {};
    const annotated = withRolloutAnnotations(service, { 'dhow.dev/rollout': rollout.strategy, 'dhow.dev/stable-version': rollout.stable });
    return {
        ...annotated,
        spec: {
            ...spec,
            predictor: predictors.stable,
            canary: [{ predictor: { name: canaryPredictorName(metadata.name, rollout.canary), ...canary, model, ...preview }, trafficPercent: rollout.weight }],
        },
    };
}

;// CONCATENATED MODULE: ./src/registry/render.ts
/**
 * Renders the Kubernetes manifests of a release: a KServe InferenceService (serving.kserve.io/v1beta1)
 * whose storageUri is the version's artifact. Argo CD or Flux sync deploy/<environment>/<model>/; dhow
 * owns every file in that directory. It lives with the registry format because `dhow validate` checks
 * that deploy/ is what this renders, and promotion writes it; a rollout's canary render belongs beside it.
 */




/** The file name of the InferenceService in deploy/<environment>/<model>/. */
const INFERENCE_SERVICE_FILE = 'inferenceservice.yaml';
// The model -> object name mapping lives with the names (the registry refuses clashes at register time).

/** The predictor of one version: its model (format, runtime, artifact, resources), replicas and GPU product. */
function predictorFor(record) {
    const serving = record.serving;
    const resources = {};
    const add = (name, value) => {
        (resources.requests ??= {})[name] = value;
        (resources.limits ??= {})[name] = value;
    };
    if (serving.memory)
        add('memory', serving.memory);
    if (serving.gpu && serving.gpu.count > 0) {
        const mig = serving.gpu['mig-profile'];
        add(mig ? `nvidia.com/mig-${mig}` : 'nvidia.com/gpu', String(serving.gpu.count));
    }
    const format = serving['model-format'] ?? record.artifact.format ?? 'custom';
    const model = { modelFormat: { name: format } };
    if (serving.runtime)
        model.runtime = serving.runtime;
    model.storageUri = record.artifact.uri;
    if (Object.keys(resources).length > 0)
        model.resources = resources;
    const predictor = { model };
    if (serving.replicas)
        Object.assign(predictor, { minReplicas: serving.replicas.min, maxReplicas: serving.replicas.max });
    if (serving.gpu?.product)
        predictor.nodeSelector = { 'nvidia.com/gpu.product': serving.gpu.product };
    return predictor;
}
/** Whether rendering this release needs the record of its rollout's stable version (a RawDeployment canary runs both). */
function rendersStableVersion(release, config) {
    return release.rollout !== undefined && config.environments.find((e) => e.name === release.environment)?.['kserve-mode'] === 'raw-deployment';
}
/**
 * The InferenceService of a release. `stable` is the record of the rollout's stable version, which a
 * RawDeployment environment renders beside the canary (see rendersStableVersion); Serverless needs only `record`.
 */
function renderInferenceService(release, record, config, stable) {
    const environment = config.environments.find((e) => e.name === release.environment);
    const namespace = environment?.namespace ?? config.deploy.namespace;
    const raw = environment?.['kserve-mode'] === 'raw-deployment';
    const predictor = predictorFor(record);
    const service = {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name: (0,names/* kubernetesName */.gg)(release.model),
            namespace,
            labels: {
                'app.kubernetes.io/name': (0,names/* kubernetesName */.gg)(release.model),
                'app.kubernetes.io/version': release.version,
                'app.kubernetes.io/managed-by': 'dhow',
                'dhow.dev/model': release.model,
                'dhow.dev/version': release.version,
                'dhow.dev/environment': release.environment,
            },
            annotations: {
                // https://kserve.github.io/website/docs/admin-guide/kubernetes-deployment: the mode is chosen per InferenceService.
                ...(raw ? { 'serving.kserve.io/deploymentMode': 'RawDeployment' } : {}),
                'dhow.dev/artifact-digest': record.artifact.digest,
                ...(release['revert-of'] ? { 'dhow.dev/revert-of': release['revert-of'] } : {}),
            },
        },
        spec: { predictor },
    };
    // A rollout under way sends only its weight to this version (rollout-render.ts), the way the KServe mode allows.
    if (raw)
        return withRawCanary(release, service, { canary: predictor, ...(stable ? { stable: predictorFor(stable) } : {}) });
    return withRolloutTraffic(release, service);
}
/** Every file of deploy/<environment>/<model>/ for a release, as file changes (deterministic YAML) a Forge commits. */
function renderDeployManifests(release, record, config, stable) {
    const header = `# Rendered by dhow from releases/${release.environment}/${release.model}.yaml: do not edit by hand.\n`;
    return [
        {
            path: `${(0,paths/* deployDir */.RU)(release.environment, release.model)}/${INFERENCE_SERVICE_FILE}`,
            content: header + (0,dist/* stringify */.As)(renderInferenceService(release, record, config, stable), { lineWidth: 0 }),
        },
    ];
}


/***/ }),

/***/ 79405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yx: () => (/* binding */ gpuBudgetProblems),
/* harmony export */   eS: () => (/* binding */ addDemands),
/* harmony export */   lJ: () => (/* binding */ gpuDemandOf)
/* harmony export */ });
/* unused harmony export NO_GPU */
const NO_GPU = { gpus: 0, mig: {} };
function gpuDemandOf(record) {
    const gpu = record.serving.gpu;
    if (!gpu || gpu.count === 0)
        return NO_GPU;
    const replicas = record.serving.replicas?.max ?? 1;
    const profile = gpu['mig-profile'];
    const demand = profile ? { gpus: 0, mig: { [profile]: gpu.count * replicas } } : { gpus: gpu.count * replicas, mig: {} };
    return replicas === 1 ? demand : { ...demand, replicas };
}
function addDemands(...demands) {
    const total = { gpus: 0, mig: {} };
    for (const d of demands) {
        total.gpus += d.gpus;
        for (const [profile, count] of Object.entries(d.mig))
            total.mig[profile] = (total.mig[profile] ?? 0) + count;
    }
    return total;
}
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/**
 * Reasons the rollout's extra demand does not fit (empty: it fits, or the environment declares no budget).
 * `inUse` is what the environment's releases use now, the stable version included.
 */
function gpuBudgetProblems(environment, budget, inUse, adds) {
    if (!budget)
        return [];
    const reasons = [];
    // "(3 replicas of 2)": how many the canary can scale to, and what each takes.
    const counted = (total) => (adds.replicas ? ` (${adds.replicas} replicas of ${total / adds.replicas})` : '');
    if (budget.gpus !== undefined && adds.gpus > 0 && inUse.gpus + adds.gpus > budget.gpus) {
        const need = inUse.gpus + adds.gpus;
        reasons.push(`the canary adds ${plural(adds.gpus, 'GPU', 'GPUs')}${counted(adds.gpus)} to the ${inUse.gpus} ${environment} uses: ${need} is over its budget of ${budget.gpus} by ${need - budget.gpus}`);
    }
    for (const [profile, count] of Object.entries(adds.mig)) {
        const limit = budget.mig?.[profile];
        if (limit === undefined)
            continue;
        const used = inUse.mig[profile] ?? 0;
        if (used + count > limit) {
            reasons.push(`the canary adds ${plural(count, `${profile} MIG slice`, `${profile} MIG slices`)}${counted(count)} to the ${used} ${environment} uses: ${used + count} is over its budget of ${limit} by ${used + count - limit}`);
        }
    }
    return reasons;
}


/***/ }),

/***/ 87048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ex: () => (/* binding */ abDue),
  nP: () => (/* binding */ decisionChangesRelease),
  oP: () => (/* binding */ dueChecks),
  Xz: () => (/* binding */ planRolloutStart),
  HL: () => (/* binding */ planRolloutStep),
  cg: () => (/* binding */ stepOf)
});

// EXTERNAL MODULE: ./src/registry/rollout-schemas.ts
var rollout_schemas = __webpack_require__(96039);
// EXTERNAL MODULE: ./src/drift/special.ts
var special = __webpack_require__(13184);
// EXTERNAL MODULE: ./src/math/special.ts
var math_special = __webpack_require__(58689);
;// CONCATENATED MODULE: ./src/rollout/stats.ts
/**
 * The statistics an A/B rollout decides with: the two-proportion z-test (rates such as error or click
 * rates) and Welch's unequal-variance t-test (means such as latency or a quality score), both two-sided,
 * with the Student-t CDF through the regularized incomplete beta function. Results match scipy
 * (scipy.special.betainc, scipy.stats.t.cdf, scipy.stats.ttest_ind_from_stats(equal_var=False)).
 */



/** The regularized incomplete beta function I_x(a, b) (scipy.special.betainc), the one src/math/special.ts holds. */
const regularizedIncompleteBeta = math_special/* betainc */.h;
/** The CDF of Student's t distribution with `df` (real, > 0) degrees of freedom (scipy.stats.t.cdf). */
function studentTCdf(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return NaN;
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    // P(T <= -|t|) = I_{df/(df+t^2)}(df/2, 1/2) / 2
    const tail = 0.5 * regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));
    return t < 0 ? tail : 1 - tail;
}
/** Two-sided p-value of a z statistic: 2 * P(Z >= |z|), from the lower tail so small values keep their digits. */
function twoSidedNormal(z) {
    return Math.min(1, 2 * (0,special/* normalCdf */.vr)(-Math.abs(z)));
}
/**
 * Two-proportion z-test with the pooled proportion under H0 (p1 = p2), two-sided: the test
 * statsmodels.stats.proportion.proportions_ztest runs by default. Arm 1 is the canary, arm 2 the stable,
 * so a positive statistic means the canary's rate is higher. NaN when either arm has no trials or the pooled
 * rate is 0 or 1 (no variance: nothing to test).
 */
function twoProportionZTest(successes1, trials1, successes2, trials2) {
    if (!(trials1 > 0 && trials2 > 0))
        return { statistic: NaN, pValue: NaN };
    const p1 = successes1 / trials1;
    const p2 = successes2 / trials2;
    const pooled = (successes1 + successes2) / (trials1 + trials2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
    if (!(se > 0))
        return { statistic: NaN, pValue: NaN };
    const z = (p1 - p2) / se;
    return { statistic: z, pValue: twoSidedNormal(z) };
}
/** Welch's t-test from summaries, two-sided (scipy.stats.ttest_ind_from_stats(..., equal_var=False)). */
function welchTTest(canary, stable) {
    if (!(canary.count >= 2 && stable.count >= 2))
        return { statistic: NaN, pValue: NaN, df: NaN };
    const v1 = (canary.stddev * canary.stddev) / canary.count;
    const v2 = (stable.stddev * stable.stddev) / stable.count;
    const se2 = v1 + v2;
    if (!(se2 > 0))
        return { statistic: NaN, pValue: NaN, df: NaN };
    const t = (canary.mean - stable.mean) / Math.sqrt(se2);
    const df = (se2 * se2) / ((v1 * v1) / (canary.count - 1) + (v2 * v2) / (stable.count - 1));
    return { statistic: t, df, pValue: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)) };
}

;// CONCATENATED MODULE: ./src/rollout/ab.ts

const finite = (x) => typeof x === 'number' && Number.isFinite(x);
function decideAb(ab, measurement) {
    const alpha = ab.alpha;
    const name = ab.metric.name;
    if (measurement.kind !== ab.metric.kind) {
        return {
            outcome: 'inconclusive',
            test: testOf(ab),
            statistic: null,
            pValue: null,
            alpha,
            reason: `${name}: measured as a ${measurement.kind}, not a ${ab.metric.kind}`,
        };
    }
    let statistic;
    let pValue;
    let df;
    let counts;
    if (measurement.kind === 'rate') {
        const { canary, stable } = measurement;
        if (!finite(canary.successes) || !finite(canary.trials) || !finite(stable.successes) || !finite(stable.trials)) {
            return inconclusive(ab, 'a successes or trials query returned no number');
        }
        counts = [canary.trials, stable.trials];
        ({ statistic, pValue } = twoProportionZTest(canary.successes, canary.trials, stable.successes, stable.trials));
    }
    else {
        const { canary, stable } = measurement;
        const arms = [canary, stable].map((a) => ({ mean: a.mean, stddev: a.stddev, count: a.count }));
        if (!arms.every((a) => finite(a.mean) && finite(a.stddev) && finite(a.count)))
            return inconclusive(ab, 'a mean, stddev or count query returned no number');
        const [c, s] = arms;
        counts = [c.count, s.count];
        ({ statistic, pValue, df } = welchTTest(c, s));
    }
    const fewest = Math.min(...counts);
    if (fewest < ab['min-samples'])
        return inconclusive(ab, `${fewest} observations in an arm, fewer than the ${ab['min-samples']} needed`);
    if (!Number.isFinite(pValue))
        return inconclusive(ab, 'the arms show no variance: there is nothing to test');
    const numbers = `${testOf(ab)} statistic ${statistic.toFixed(4)}, p = ${pValue.toPrecision(4)}, alpha ${alpha}`;
    const base = { test: testOf(ab), statistic, pValue, alpha, ...(df === undefined ? {} : { df }) };
    if (pValue >= alpha)
        return { ...base, outcome: 'no-difference', reason: `${name}: no significant difference (${numbers})` };
    // A positive statistic means the canary's value is higher.
    const better = ab.direction === 'higher-is-better' ? statistic > 0 : statistic < 0;
    return {
        ...base,
        outcome: better ? 'canary-better' : 'canary-worse',
        reason: `${name}: the canary is significantly ${better ? 'better' : 'worse'} (${numbers})`,
    };
}
function testOf(ab) {
    return ab.metric.kind === 'rate' ? 'two-proportion-z' : 'welch-t';
}
function inconclusive(ab, why) {
    return { outcome: 'inconclusive', test: testOf(ab), statistic: null, pValue: null, alpha: ab.alpha, reason: `${ab.metric.name}: inconclusive, ${why}` };
}

;// CONCATENATED MODULE: ./src/rollout/analysis.ts
const analysis_finite = (x) => typeof x === 'number' && Number.isFinite(x);
const show = (x) => (Number.isInteger(x) ? String(x) : x.toPrecision(4));
function evaluateCheck(check, measurement) {
    const canary = analysis_finite(measurement.canary) ? measurement.canary : null;
    const stable = analysis_finite(measurement.stable) ? measurement.stable : null;
    const samples = analysis_finite(measurement.samples) ? measurement.samples : null;
    const bound = check.direction === 'lower-is-better' ? 'at most' : 'at least';
    const rule = check.threshold !== undefined
        ? `${bound} ${check.threshold}`
        : `${bound} stable ${check.direction === 'lower-is-better' ? '+' : '-'} ${Number((check.tolerance * 100).toPrecision(6))}%`;
    const base = { check: check.name, canary, stable, samples, comparison: rule };
    const inconclusive = (reason) => ({ ...base, verdict: 'inconclusive', reason: `${check.name}: ${reason}`, limit: null });
    if (check.samples !== undefined) {
        if (samples === null)
            return inconclusive('the samples query returned no number');
        if (samples < check['min-samples'])
            return inconclusive(`${show(samples)} samples, fewer than the ${check['min-samples']} needed`);
    }
    if (canary === null)
        return inconclusive('the canary query returned no number');
    let limit;
    if (check.threshold !== undefined) {
        limit = check.threshold;
    }
    else {
        if (stable === null)
            return inconclusive('the stable query returned no number to compare with');
        // The tolerance widens the bound in the direction that is worse, by a share of the stable value.
        const slack = Math.abs(stable) * check.tolerance;
        limit = check.direction === 'lower-is-better' ? stable + slack : stable - slack;
    }
    const ok = check.direction === 'lower-is-better' ? canary <= limit : canary >= limit;
    const against = check.threshold !== undefined ? '' : ` (stable ${show(stable)}, tolerance ${check.tolerance * 100}%)`;
    return {
        ...base,
        verdict: ok ? 'pass' : 'fail',
        reason: `${check.name}: canary ${show(canary)}, ${ok ? 'within' : 'beyond'} the limit of ${bound} ${show(limit)}${against}`,
        limit,
    };
}

// EXTERNAL MODULE: ./src/rollout/gpu-budget.ts
var gpu_budget = __webpack_require__(79405);
;// CONCATENATED MODULE: ./src/rollout/plan.ts
/**
 * The rollout planner, pure: from a release (with the rollout it records), the measurements just taken and
 * the rollout policy, at a given time, to one decision: wait, advance to the next traffic step, promote to
 * 100%, or abort (roll back to the stable version, holding the canary when it failed). The state lives only
 * in the release file, so a restarted controller resumes where the file says and a repeated step plans the
 * same thing again. Analysis semantics are Argo Rollouts': a check fails the rollout once its failed
 * measurements exceed its failure limit, and aborts it once its inconclusive ones exceed the inconclusive limit.
 */




/** Whether a decision changes the release file (wait changes it only to record a counted measurement). */
function decisionChangesRelease(decision) {
    return decision.action === 'advance' || decision.action === 'promote' || decision.action === 'abort' || decision.rollout !== undefined;
}
/** The traffic weight and hold time of a step of a strategy (a step past the last canary step soaks for 0). */
function stepOf(policy, strategy, step) {
    if (strategy === 'blue-green')
        return { weight: 0, soakMs: (0,rollout_schemas/* durationMs */.pc)(policy.preview ?? '1s'), last: true };
    if (strategy === 'ab')
        return { weight: policy.ab?.weight ?? 50, soakMs: policy.ab ? (0,rollout_schemas/* durationMs */.pc)(policy.ab.duration) : 0, last: true };
    const steps = policy.steps ?? [];
    const current = steps[Math.min(step, steps.length - 1)];
    return { weight: current?.weight ?? 0, soakMs: step < steps.length && current ? (0,rollout_schemas/* durationMs */.pc)(current.soak) : 0, last: step >= steps.length - 1 };
}
/** The rollout a promotion starts, if any: refused when the canary would take the environment over its GPU budget. */
function planRolloutStart(input) {
    const { policy, current, canary, now, environment } = input;
    if (policy.strategy === 'all-at-once')
        return { ok: true, rollout: undefined, reasons: [`${environment} takes new versions all at once`] };
    if (!current)
        return { ok: true, rollout: undefined, reasons: [`nothing runs in ${environment} yet: ${canary} takes all traffic at once`] };
    // A promotion during a rollout replaces the canary; the version that had all traffic stays the stable one.
    const stable = current.rollout?.stable ?? current.version;
    if (stable === canary)
        return { ok: true, rollout: undefined, reasons: [`${canary} is the stable version of ${environment}: it takes all traffic back`] };
    if (input.gpu) {
        const problems = (0,gpu_budget/* gpuBudgetProblems */.Yx)(environment, input.gpu.budget, input.gpu.inUse, input.gpu.adds);
        if (problems.length > 0)
            return { ok: false, reasons: problems };
    }
    const first = stepOf(policy, policy.strategy, 0);
    return {
        ok: true,
        reasons: [`${policy.strategy} rollout of ${canary} beside ${stable} begins at ${first.weight}% of traffic`],
        rollout: {
            strategy: policy.strategy,
            stable,
            canary,
            weight: first.weight,
            step: 0,
            'started-at': now,
            'step-started-at': now,
            failures: {},
            inconclusive: {},
            'measured-at': {},
        },
    };
}
/**
 * The checks to measure now: each one interval after its last recorded measurement (or the step's start),
 * and each once when the soak ends, so leaving a step always rests on a fresh measurement of every check.
 */
function dueChecks(release, policy, now) {
    const rollout = release.rollout;
    if (!rollout || rollout.strategy !== policy.strategy)
        return [];
    const t = Date.parse(now);
    const stepStart = Date.parse(rollout['step-started-at']);
    const soakEnd = stepStart + stepOf(policy, rollout.strategy, rollout.step).soakMs;
    return policy.analysis
        .filter((check) => {
        const recorded = rollout['measured-at'][check.name];
        const last = recorded === undefined ? -Infinity : Date.parse(recorded);
        if (t >= soakEnd && last < soakEnd)
            return true;
        return t - Math.max(stepStart, last) >= (0,rollout_schemas/* durationMs */.pc)(check.interval);
    })
        .map((check) => check.name);
}
/** Whether the A/B metric is due: the split has run for its whole duration. */
function abDue(release, policy, now) {
    const rollout = release.rollout;
    if (!rollout || rollout.strategy !== 'ab' || policy.strategy !== 'ab')
        return false;
    return Date.parse(now) - Date.parse(rollout['step-started-at']) >= stepOf(policy, 'ab', rollout.step).soakMs;
}
const over = (count, limit) => limit >= 0 && count > limit;
function planRolloutStep(release, results, policy, now) {
    const rollout = release.rollout;
    const where = `${release.model} in ${release.environment}`;
    if (!rollout)
        return { action: 'none', reasons: [`no rollout is under way for ${where}`], outcomes: [] };
    if (rollout.strategy !== policy.strategy) {
        return {
            action: 'wait',
            reasons: [`the rollout of ${rollout.canary} is a ${rollout.strategy} rollout but the policy now says ${policy.strategy}: promote or roll back by hand`],
            outcomes: [],
        };
    }
    // A person (or a drift revert's hold) stopped the canary: go back to stable, keeping their hold as it is.
    const held = release.holds.find((h) => h.version === rollout.canary);
    if (held)
        return { action: 'abort', hold: false, outcomes: [], reasons: [`${rollout.canary} was put on hold during its rollout: ${held.reason} (by ${held.by})`] };
    const t = Date.parse(now);
    const step = stepOf(policy, rollout.strategy, rollout.step);
    const elapsed = t - Date.parse(rollout['step-started-at']);
    const soakOver = elapsed >= step.soakMs;
    // Judge the due measurements; a measurement of a check that is not due (or not in the policy) is not counted.
    const due = new Set(dueChecks(release, policy, now));
    const checks = new Map(policy.analysis.map((c) => [c.name, c]));
    const outcomes = [];
    for (const m of results.checks) {
        const check = checks.get(m.check);
        if (check && due.has(m.check) && !outcomes.some((o) => o.check === m.check))
            outcomes.push(evaluateCheck(check, m));
    }
    const next = {
        ...rollout,
        failures: { ...rollout.failures },
        inconclusive: { ...rollout.inconclusive },
        'measured-at': { ...rollout['measured-at'] },
    };
    let counted = false;
    for (const o of outcomes) {
        if (o.verdict === 'pass')
            continue;
        const counters = o.verdict === 'fail' ? next.failures : next.inconclusive;
        counters[o.check] = (counters[o.check] ?? 0) + 1;
        next['measured-at'][o.check] = now;
        counted = true;
    }
    const failed = policy.analysis.filter((c) => over(next.failures[c.name] ?? 0, c['failure-limit']));
    if (failed.length > 0) {
        return {
            action: 'abort',
            hold: true,
            outcomes,
            reasons: [
                ...failed.map((c) => `${c.name} failed ${next.failures[c.name]} time(s), over its failure limit of ${c['failure-limit']}`),
                ...outcomes.filter((o) => o.verdict === 'fail').map((o) => o.reason),
            ],
        };
    }
    const unproven = policy.analysis.filter((c) => over(next.inconclusive[c.name] ?? 0, c['inconclusive-limit']));
    if (unproven.length > 0) {
        return {
            action: 'abort',
            hold: true,
            outcomes,
            reasons: [
                ...unproven.map((c) => `${c.name} was inconclusive ${next.inconclusive[c.name]} time(s), over its inconclusive limit of ${c['inconclusive-limit']}`),
                ...outcomes.filter((o) => o.verdict === 'inconclusive').map((o) => o.reason),
            ],
        };
    }
    const recorded = counted ? { rollout: next } : {};
    const wait = (reasons) => ({ action: 'wait', reasons: [...reasons, ...outcomes.map((o) => o.reason)], outcomes, ...recorded });
    if (!soakOver) {
        const left = Math.ceil((step.soakMs - elapsed) / 1000);
        return wait([`step ${rollout.step + 1} (${rollout.weight}% to ${rollout.canary}) soaks for ${left}s more`]);
    }
    const unmeasured = policy.analysis.filter((c) => !outcomes.some((o) => o.check === c.name)).map((c) => c.name);
    if (unmeasured.length > 0)
        return wait([`the soak is over but ${unmeasured.join(', ')} ${unmeasured.length === 1 ? 'has' : 'have'} not been measured`]);
    const notPassed = outcomes.filter((o) => o.verdict !== 'pass');
    if (notPassed.length > 0)
        return wait([`the soak is over but not every check passed: measuring again after the interval`]);
    if (rollout.strategy === 'ab') {
        if (!results.ab || !policy.ab)
            return wait(['the split has run its course; the A/B metric has not been measured']);
        const decision = decideAb(policy.ab, results.ab);
        const reasons = [decision.reason, ...outcomes.map((o) => o.reason)];
        if (decision.outcome === 'canary-better')
            return { action: 'promote', reasons, outcomes, ab: decision };
        // The stable version stays unless the canary proved better; it is held only when it proved worse.
        return { action: 'abort', hold: decision.outcome === 'canary-worse', reasons, outcomes, ab: decision };
    }
    const passed = outcomes.map((o) => o.reason);
    if (step.last)
        return { action: 'promote', reasons: [`${rollout.canary} passed its last step: it takes all traffic`, ...passed], outcomes };
    const following = stepOf(policy, rollout.strategy, rollout.step + 1);
    return {
        action: 'advance',
        outcomes,
        reasons: [`${rollout.canary} passed step ${rollout.step + 1}: ${following.weight}% of traffic next`, ...passed],
        rollout: { ...next, step: rollout.step + 1, weight: following.weight, 'step-started-at': now },
    };
}


/***/ }),

/***/ 22731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ rolloutPolicyFor)
/* harmony export */ });
/* harmony import */ var _registry_rollout_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96039);
/**
 * Which rollout policy governs a model in an environment: the model's own override in dhow.yaml when it
 * has one (it replaces the environment's policy whole, so a reader never merges two in their head), else
 * the environment's, else all-at-once.
 */

const ALL_AT_ONCE = _registry_rollout_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPolicy */ .m4.parse({});
function rolloutPolicyFor(config, model, environment) {
    const override = Object.hasOwn(config.models, model) ? config.models[model].rollout : undefined;
    if (override && Object.hasOwn(override, environment))
        return override[environment];
    return config.environments.find((e) => e.name === environment)?.rollout ?? ALL_AT_ONCE;
}


/***/ })

};
