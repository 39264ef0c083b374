export const id = 257;
export const ids = [257];
export const modules = {

/***/ 257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  POLICY_CONTEXT: () => (/* binding */ POLICY_CONTEXT),
  checkRequestPolicy: () => (/* binding */ checkRequestPolicy)
});

// UNUSED EXPORTS: checkPromotionPolicy, promotionOf, statusDescription

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/registry/plain-yaml.ts
/**
 * A plain reader for the YAML dhow writes: block mappings and sequences, `[]` and `{}`, quoted and plain
 * one-line scalars resolved by the YAML 1.2 core schema, full-line comments. It exists for speed (`dhow
 * validate` reads every file of a registry, and the yaml library's lexer and CST cost ~20x what this does)
 * and it is allowed to be wrong only one way: anything it is not certain to read exactly as the yaml
 * library's `parse` would (anchors, tags, block scalars, multi-line scalars, flow collections, odd numbers,
 * duplicate keys, tabs) makes it answer `undefined`, and the caller parses with the yaml library instead.
 */
/** Thrown inside the reader at the first doubt; never escapes it. */
class Doubt {
}
const doubt = () => {
    throw new Doubt();
};
/** The value `yaml.parse(text)` gives when the text is a mapping in the subset above; undefined otherwise. */
function parsePlainYaml(text) {
    if (/[\t\r\uFEFF]/.test(text))
        return undefined;
    const lines = [];
    // Lines by hand rather than split/trimStart/trimEnd (a third of the reader's time): the indent is the run of
    // spaces, and a line that starts or ends with any other whitespace is declined (JavaScript's trim and YAML
    // disagree on what whitespace is).
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        let at = start;
        while (at < end && text.charCodeAt(at) === 0x20)
            at++;
        if (at < end) {
            const first = text.charCodeAt(at);
            if (first !== 0x23 /* # */) {
                if (isOtherSpace(first))
                    return undefined;
                let last = end;
                while (last > at && text.charCodeAt(last - 1) === 0x20)
                    last--;
                if (isOtherSpace(text.charCodeAt(last - 1)))
                    return undefined;
                const indent = at - start;
                if (indent === 0 && (first === 0x2d /* - */ || first === 0x2e /* . */ || first === 0x25) /* % */) {
                    if (text.startsWith('---', at) || text.startsWith('...', at) || first === 0x25)
                        return undefined;
                }
                lines.push({ indent, text: text.slice(at, last) });
            }
        }
        start = end + 1;
    }
    if (lines.length === 0 || lines[0].indent !== 0 || isItem(lines[0].text))
        return undefined;
    try {
        const reader = new Reader(lines);
        const value = reader.mapping(0);
        return reader.at === lines.length ? value : undefined;
    }
    catch (error) {
        if (error instanceof Doubt)
            return undefined;
        throw error;
    }
}
const isItem = (text) => text === '-' || text.startsWith('- ');
/** Whitespace other than the space (and the tab, CR and BOM declined up front) that JavaScript's trim removes. */
function isOtherSpace(c) {
    return ((c >= 0x0a && c <= 0x0d) ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
/** A key as dhow writes them: a plain name that resolves to a string, or a double-quoted one. */
const KEY = /^(?:([A-Za-z_][A-Za-z0-9_./-]*)|("(?:[^"\\]|\\.)*")):(?: (.*))?$/;
class Reader {
    lines;
    at = 0;
    constructor(lines) {
        this.lines = lines;
    }
    /** The block node whose first line is at `this.at`, indented `indent`. */
    block(indent) {
        const line = this.lines[this.at];
        if (line.indent !== indent)
            doubt();
        if (isItem(line.text))
            return this.sequence(indent);
        if (!KEY.test(line.text))
            doubt(); // a lone scalar on its own line is a multi-line plain scalar or worse
        return this.mapping(indent);
    }
    /** The value after `key:` or `- ` on the line just consumed, with `indent` that line's indent. */
    valueAfter(rest, indent, inSequence) {
        const next = this.lines[this.at];
        if (rest?.startsWith(' '))
            doubt(); // `key:  value`: the yaml library trims it; not worth the doubt
        if (rest === undefined || rest === '') {
            if (next && next.indent > indent)
                return this.block(next.indent);
            // `key:` followed by `- item` at the same indent: a sequence is the key's value (not after `- `).
            if (!inSequence && next && next.indent === indent && isItem(next.text))
                return this.sequence(indent);
            return null;
        }
        // A deeper line after a scalar would continue it over lines: not read here.
        if (next && next.indent > indent)
            doubt();
        return scalar(rest);
    }
    mapping(indent) {
        const map = {};
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            if (line.indent < indent)
                break;
            if (line.indent > indent || isItem(line.text)) {
                if (line.indent === indent)
                    break; // `- ` at the same indent ends a mapping that is a sequence item
                doubt();
            }
            const m = KEY.exec(line.text) ?? doubt();
            const key = m[1] !== undefined ? plainKey(m[1]) : quoted(m[2]);
            if (key === '__proto__' || Object.hasOwn(map, key))
                doubt();
            this.at++;
            map[key] = this.valueAfter(m[3], indent, false);
        }
        return map;
    }
    sequence(indent) {
        const items = [];
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            if (line.indent !== indent || !isItem(line.text)) {
                if (line.indent > indent)
                    doubt();
                break;
            }
            const rest = line.text === '-' ? '' : line.text.slice(2);
            const body = rest.trimStart();
            if (body !== '' && (KEY.test(body) || isItem(body))) {
                // `- key: value` (or `- - x`): the item is a block whose first line starts after the dash.
                this.lines[this.at] = { indent: indent + 2 + (rest.length - body.length), text: body };
                items.push(this.block(this.lines[this.at].indent));
            }
            else {
                this.at++;
                items.push(this.valueAfter(body, indent, true));
            }
        }
        return items;
    }
}
function plainKey(key) {
    // A key the core schema resolves to null or a boolean is not a string key.
    if (/^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(key))
        doubt();
    return key;
}
/** A one-line scalar: `[]`, `{}`, a quoted string, or a plain scalar resolved by the core schema. */
function scalar(text) {
    if (text === '[]')
        return [];
    if (text === '{}')
        return {};
    if (text.startsWith('"'))
        return quoted(text);
    if (text.startsWith("'")) {
        if (!/^'(?:[^']|'')*'$/.test(text))
            doubt();
        return text.slice(1, -1).replaceAll("''", "'");
    }
    return plain(text);
}
/** A double-quoted string with JSON's escapes only (YAML has more; those are left to the yaml library). */
function quoted(text) {
    if (!/^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/.test(text))
        doubt();
    return JSON.parse(text);
}
function plain(text) {
    // Most values start with a letter (names, URIs, digests): no core-schema number does, and the only words
    // resolved otherwise are null, true and false in their three spellings. The same answers as below, sooner.
    const first = text.charCodeAt(0);
    if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) {
        if (text.includes(': ') || text.endsWith(':') || text.includes(' #'))
            doubt();
        if (text.length === 4 || text.length === 5) {
            if (/^(?:[Nn]ull|NULL)$/.test(text))
                return null;
            if (/^(?:[Tt]rue|TRUE)$/.test(text))
                return true;
            if (/^(?:[Ff]alse|FALSE)$/.test(text))
                return false;
        }
        return text;
    }
    // Indicators that start something other than a plain scalar, and sequences that end one early.
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/^-[0-9]/.test(text))
        doubt();
    if (/: |:$| #/.test(text))
        doubt();
    if (/^(?:~|[Nn]ull|NULL)$/.test(text))
        return null;
    if (/^(?:[Tt]rue|TRUE)$/.test(text))
        return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(text))
        return false;
    if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(text))
        return Number(text);
    if (/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:e[-+]?[0-9]+)?|e[-+]?[0-9]+)$/.test(text))
        return parseFloat(text);
    // Every other spelling the core schema reads as a number (`+1`, `0x1F`, `0o7`, `.5`, `1.`, `1E3`, `.inf`,
    // long integers) is left to the yaml library.
    if (/^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/.test(text) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text) ||
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
        doubt();
    }
    return text;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/lazy-schema.ts
var lazy_schema = __webpack_require__(3345);
;// CONCATENATED MODULE: ./src/registry/names.ts
/**
 * Names that become paths: models, versions, environments. Nothing from outside becomes a path in the
 * registry without passing through here. A name must be valid in EVERY place it becomes: a path segment,
 * a branch and ref segment (git refuses a component ending in "." or ".lock", or holding ".."), and a
 * Kubernetes label value (letters or digits at both ends, at most 63 characters), so a name that registers
 * can always be promoted, reverted and deployed.
 */



/**
 * Lower-case letters, digits, '.', '_' and '-', starting and ending with a letter or digit (a Kubernetes
 * label value; git refuses a ref component ending in '.'), at most 63 characters.
 */
const NAME_PATTERN = /^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/;
/** Environments are also Kubernetes label values and branch segments: no dots or underscores. */
const ENVIRONMENT_PATTERN = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
/** The longest name of each kind. */
const MAX_NAME_LENGTH = { model: 63, version: 63, environment: 32 };
function check(kind, value) {
    if (value.length === 0)
        return `${kind} name is empty`;
    const max = MAX_NAME_LENGTH[kind];
    if (value.length > max)
        return `${kind} name "${printable(value.slice(0, 20))}…" is longer than ${max} characters`;
    const pattern = kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN;
    if (!pattern.test(value) || value.includes('..')) {
        return kind === 'environment'
            ? `environment name "${printable(value)}" must be lower-case letters, digits and '-', starting and ending with a letter or digit, at most ${max} characters`
            : `${kind} name "${printable(value)}" must be lower-case letters, digits, '.', '_' and '-', start and end with a letter or digit, contain no "..", and be at most ${max} characters`;
    }
    // git refuses a ref component ending in ".lock" (its lock files), so such a name could never be promoted.
    if (value.endsWith('.lock'))
        return `${kind} name "${value}" must not end in ".lock": git refuses it in a branch name`;
    return null;
}
/** A name as it may appear in a message: control characters and quotes escaped, so a hostile name cannot forge output. */
function printable(value) {
    return JSON.stringify(value).slice(1, -1);
}
/** Throws a DhowError('invalid-name') naming the field (and file, when given) unless `value` is a valid name. */
function names_assertName(kind, value, where = {}) {
    const problem = check(kind, value);
    if (problem)
        throw new errors/* DhowError */.Bp('invalid-name', problem, { field: where.field ?? kind, file: where.file });
    return value;
}
function isValidName(kind, value) {
    return check(kind, value) === null;
}
const zodName = (kind) => schemas/* string */.YjP()
    .superRefine((value, ctx) => {
    const problem = check(kind, value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    // The JSON Schemas for editors carry the same rule (the refinement itself is not representable).
    .meta({ pattern: (kind === 'environment' ? ENVIRONMENT_PATTERN : NAME_PATTERN).source, description: `a ${kind} name` });
// Built on first use (ModelName() is one schema, always the same): an action that only checks names with
// assertName never pays for zod's construction at start-up.
const ModelName = (0,lazy_schema/* lazySchema */.I)(() => zodName('model'));
const VersionName = (0,lazy_schema/* lazySchema */.I)(() => zodName('version'));
const EnvironmentName = (0,lazy_schema/* lazySchema */.I)(() => zodName('environment'));
/** A Kubernetes object name (RFC 1035 label) from a model name: '.' and '_' become '-'. */
function names_kubernetesName(model) {
    const name = model.replace(/[._]/g, '-').replace(/-+$/, '').slice(0, 63).replace(/-+$/, '');
    return /^[a-z]/.test(name) ? name : `m-${name}`.slice(0, 63);
}
/**
 * Models whose manifests would render the same Kubernetes object name (fraud.detect and fraud-detect,
 * 1abc and m-1abc): each such name with the models that map to it. Argo CD would let one overwrite the
 * other's deployment, so a registry refuses a second model on a taken name and `dhow validate` lists them.
 */
function kubernetesNameClashes(models) {
    const byName = new Map();
    for (const model of new Set(models)) {
        const name = names_kubernetesName(model);
        byName.set(name, [...(byName.get(name) ?? []), model]);
    }
    for (const [name, owners] of byName) {
        if (owners.length < 2)
            byName.delete(name);
        else
            owners.sort();
    }
    return byName;
}
/** The registered model that already renders as `model` would, or null when the name is free. */
function names_kubernetesNameTakenBy(model, registered) {
    const name = names_kubernetesName(model);
    for (const other of registered)
        if (other !== model && names_kubernetesName(other) === name)
            return other;
    return null;
}

;// CONCATENATED MODULE: ./src/registry/rollout-schemas.ts
/**
 * The registry format of progressive delivery: the rollout policy dhow.yaml declares per environment (and
 * per model), the GPU budget of an environment, and the rollout state a release file records while a
 * canary, blue-green or A/B rollout is under way. Every field is optional or defaulted, so registries
 * written before rollouts existed stay valid. Semantics of the analysis limits follow Argo Rollouts'
 * AnalysisTemplate (https://argo-rollouts.readthedocs.io/en/stable/features/analysis/).
 */


/** A duration as `30s`, `5m`, `24h` or `7d` (rollout intervals and soaks are often seconds or minutes). */
const RolloutDuration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a whole number of seconds, minutes, hours or days, e.g. 30s, 5m, 1h');
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a RolloutDuration (or of a registry Duration, which is a subset). */
function rollout_schemas_durationMs(duration) {
    const match = /^([0-9]+)([smhd])$/.exec(duration);
    if (!match)
        throw new RangeError(`not a duration: ${duration}`);
    return Number(match[1]) * UNIT_MS[match[2]];
}
const CheckName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
/** A PromQL query; `{{model}}`, `{{environment}}`, `{{version}}` and `{{namespace}}` are filled in before it runs. */
const PromQL = schemas/* string */.YjP().min(1).max(4000);
/**
 * One analysis check. `canary` (and `stable`, for a relative comparison) are PromQL queries returning one
 * number; `samples` returns how many observations the canary's number rests on. Exactly one of `threshold`
 * (absolute) and `tolerance` (relative to stable, a fraction: 0.1 lets the canary be 10% worse) is given.
 */
const AnalysisCheck = schemas/* object */.Ikc({
    name: CheckName,
    canary: PromQL,
    stable: PromQL.optional(),
    samples: PromQL.optional(),
    /** Fewer samples than this make a measurement inconclusive, never a pass. */
    'min-samples': schemas/* number */.aig().int().min(0).default(0),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    threshold: schemas/* number */.aig().optional(),
    tolerance: schemas/* number */.aig().min(0).max(100).optional(),
    /** Time between two measurements; the first is taken one interval after a step begins. */
    interval: RolloutDuration.default('1m'),
    /** Argo Rollouts' failureLimit: the analysis fails when failed measurements exceed it; -1: never. */
    'failure-limit': schemas/* number */.aig().int().min(-1).default(0),
    /** Argo Rollouts' inconclusiveLimit: inconclusive measurements beyond it abort the rollout; -1: never. */
    'inconclusive-limit': schemas/* number */.aig().int().min(-1).default(0),
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
const CanaryStep = schemas/* object */.Ikc({ weight: schemas/* number */.aig().int().min(1).max(99), soak: RolloutDuration }).strict();
/**
 * The A/B decision: a fixed split held for `duration`, then a test on the primary metric. `rate`: PromQL
 * for successes and trials per arm (two-proportion z-test); `mean`: PromQL for the mean, standard deviation
 * and count per arm (Welch's t-test). Queries are templated like analysis checks, `{{version}}` naming the arm.
 */
const AbTest = schemas/* object */.Ikc({
    weight: schemas/* number */.aig().int().min(1).max(99).default(50),
    duration: RolloutDuration,
    metric: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('rate'), name: CheckName, successes: PromQL, trials: PromQL }).strict(),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('mean'), name: CheckName, mean: PromQL, stddev: PromQL, count: PromQL }).strict(),
    ]),
    direction: schemas/* enum */.k5n(['lower-is-better', 'higher-is-better']),
    alpha: schemas/* number */.aig().gt(0).lt(1).default(0.05),
    /** Observations each arm needs; fewer make the decision inconclusive (the stable version stays). */
    'min-samples': schemas/* number */.aig().int().min(2).default(100),
})
    .strict();
const RolloutPolicy = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['all-at-once', 'canary', 'blue-green', 'ab']).default('all-at-once'),
    /** canary: traffic weights in increasing order, each held for its soak; 100% follows the last. */
    steps: schemas/* array */.YOg(CanaryStep).max(20).optional(),
    /** blue-green: how long the new version runs beside the old with no traffic before it takes all. */
    preview: RolloutDuration.optional(),
    ab: AbTest.optional(),
    analysis: schemas/* array */.YOg(AnalysisCheck).max(20).default([]),
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
const GpuBudget = schemas/* object */.Ikc({
    gpus: schemas/* number */.aig().int().min(0).optional(),
    mig: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^\d+g\.\d+gb$/, 'must be a MIG profile such as 1g.10gb'), schemas/* number */.aig().int().min(0)).optional(),
})
    .strict();
const Timestamp = iso/* datetime */.w$({ offset: true });
/**
 * A rollout under way, in the release file: the release's `version` is the canary (what the manifests
 * render, with its traffic weight), `stable` the version serving the rest. Counters are measurements that
 * failed or were inconclusive, per check, since the rollout began.
 */
const RolloutState = schemas/* object */.Ikc({
    strategy: schemas/* enum */.k5n(['canary', 'blue-green', 'ab']),
    stable: VersionName(),
    canary: VersionName(),
    weight: schemas/* number */.aig().int().min(0).max(99),
    step: schemas/* number */.aig().int().min(0),
    'started-at': Timestamp,
    'step-started-at': Timestamp,
    failures: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    inconclusive: schemas/* record */.g1P(CheckName, schemas/* number */.aig().int().min(1)).default({}),
    /** When each check's last recorded (failed or inconclusive) measurement was taken. */
    'measured-at': schemas/* record */.g1P(CheckName, Timestamp).default({}),
})
    .strict();

;// CONCATENATED MODULE: ./src/registry/schemas.ts
/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */



const schemas_API_VERSION = 'dhow.dev/v1';
const header = (kind) => ({
    apiVersion: schemas/* literal */.euz(schemas_API_VERSION),
    kind: schemas/* literal */.euz(kind),
});
/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
const Digest = schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
const schemas_Timestamp = iso/* datetime */.w$({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
const Region = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = schemas/* string */.YjP().min(1).max(200);
// ---------------------------------------------------------------------------------------------
// dhow.yaml
const TeamName = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');
const Reviewers = schemas/* object */.Ikc({
    users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    teams: schemas/* array */.YOg(TeamName).default([]),
})
    .strict();
/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
const RepositoryRole = schemas/* enum */.k5n(['admin', 'maintain', 'write', 'triage', 'read']);
/** A group of which at least `count` must approve: a team, or a list of users. */
const RequiredApprovers = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ team: TeamName, count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
    schemas/* object */.Ikc({ users: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1), count: schemas/* number */.aig().int().min(1).max(20).default(1) }).strict(),
]);
/** A duration as `30m`, `24h` or `7d`. */
const Duration = schemas/* string */.YjP().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');
const EnvironmentPolicy = schemas/* object */.Ikc({
    name: EnvironmentName(),
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: schemas/* number */.aig().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': schemas/* boolean */.zMY().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: schemas/* string */.YjP()
        .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
        .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': schemas/* array */.YOg(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
    /** How a merged promotion reaches traffic here (default all-at-once); see docs/rollouts.md. */
    rollout: RolloutPolicy.optional(),
    /** The GPUs this environment's models may use together: a rollout that would exceed it does not start. */
    'gpu-budget': GpuBudget.optional(),
    /** KServe's deployment mode here (absent: serverless). A RawDeployment rollout renders KServe v0.20's named canary (spec.canary). */
    'kserve-mode': schemas/* enum */.k5n(['serverless', 'raw-deployment']).optional(),
})
    .strict();
/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
const AccessPolicy = schemas/* object */.Ikc({
    default: RepositoryRole.default('write'),
    users: schemas/* record */.g1P(schemas/* string */.YjP().min(1), RepositoryRole).default({}),
    teams: schemas/* record */.g1P(TeamName, schemas/* array */.YOg(schemas/* string */.YjP().min(1))).default({}),
})
    .strict();
const ResidencyLocation = schemas/* object */.Ikc({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: schemas/* string */.YjP().min(1),
    region: Region,
})
    .strict();
const ResidencyPolicy = schemas/* object */.Ikc({
    'allowed-regions': schemas/* array */.YOg(Region).min(1),
    locations: schemas/* array */.YOg(ResidencyLocation).default([]),
    clusters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), Region).default({}),
})
    .strict();
const RevertPolicy = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(['direct', 'pull-request']).default('pull-request'),
    'event-type': schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9_.-]{1,100}$/)
        .default('dhow-drift-alert'),
})
    .strict();
const DeployPolicy = schemas/* object */.Ikc({
    runtime: schemas/* enum */.k5n(['kserve']).default('kserve'),
    namespace: schemas/* string */.YjP()
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
const MaterialChangePolicy = schemas/* object */.Ikc({
    /** Training data that changed (its URI, digest or version) is material. */
    data: schemas/* boolean */.zMY().default(true),
    /** Parameters whose change is material; `*` stands for any parameter. */
    parameters: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(['*']),
    /** A metric that moves by at least this much, either way, is material (absolute difference). */
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig().nonnegative()).default({}),
    /** A new artifact digest is material even when nothing else changed. */
    artifact: schemas/* boolean */.zMY().default(false),
})
    .strict();
const RegistryConfig = schemas/* object */.Ikc({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: schemas/* array */.YOg(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': schemas/* string */.YjP().min(1).optional(),
    models: schemas/* record */.g1P(ModelName(), schemas/* object */.Ikc({
        'gate-policy': schemas/* string */.YjP().min(1).optional(),
        /** Per-environment rollout policies replacing the environment's own for this model. */
        rollout: schemas/* record */.g1P(EnvironmentName(), RolloutPolicy).optional(),
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
const ModelFile = schemas/* object */.Ikc({
    ...header('Model'),
    name: ModelName(),
    owners: schemas/* array */.YOg(Person).default([]),
    task: schemas/* string */.YjP().min(1).max(100).optional(),
    language: schemas/* array */.YOg(schemas/* string */.YjP().min(2).max(35)).default([]),
    description: schemas/* string */.YjP().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: schemas/* string */.YjP().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': schemas/* enum */.k5n(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': schemas/* string */.YjP()
        .min(3)
        .max(320)
        .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
        .optional(),
    limitations: schemas/* string */.YjP().min(1).max(10_000).optional(),
})
    .strict();
// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml
const Artifact = schemas/* object */.Ikc({
    uri: schemas/* string */.YjP().min(1),
    digest: Digest,
    size: schemas/* number */.aig().int().nonnegative().optional(),
    format: schemas/* string */.YjP().min(1).max(100).optional(),
    /** Where an uploaded artifact is served from: the object store's endpoint and the bucket's region. */
    endpoint: schemas/* string */.YjP().url().optional(),
    region: schemas/* string */.YjP().min(1).max(64).optional(),
})
    .strict();
const GpuRequirement = schemas/* object */.Ikc({
    count: schemas/* number */.aig().int().min(0).max(64).default(1),
    product: schemas/* string */.YjP().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': schemas/* string */.YjP()
        .regex(/^\d+g\.\d+gb$/)
        .optional(),
})
    .strict();
const GateSummaryRow = schemas/* object */.Ikc({
    gate: schemas/* string */.YjP().min(1),
    metric: schemas/* string */.YjP().min(1).optional(),
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    value: schemas/* number */.aig().nullable().optional(),
    threshold: schemas/* number */.aig().nullable().optional(),
    baseline: schemas/* number */.aig().nullable().optional(),
})
    .strict();
/** The gate results of one run: what a version record's `gates` holds, and each attempt of a GateEvidence file. */
const GateResults = schemas/* object */.Ikc({
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'inconclusive']),
    'policy-digest': Digest,
    'report-digest': Digest.optional(),
    summary: schemas/* array */.YOg(GateSummaryRow).default([]),
})
    .strict();
const VersionRecord = schemas/* object */.Ikc({
    ...header('ModelVersion'),
    model: ModelName(),
    version: VersionName(),
    artifact: Artifact,
    source: schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().min(1).optional(),
        commit: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{7,64}$/)
            .optional(),
        'run-url': schemas/* string */.YjP().url().optional(),
        'run-attempt': schemas/* number */.aig().int().positive().optional(),
    })
        .strict()
        .default({}),
    data: schemas/* object */.Ikc({
        uri: schemas/* string */.YjP().min(1).optional(),
        digest: Digest.optional(),
        version: schemas/* string */.YjP().min(1).optional(),
    })
        .strict()
        .default({}),
    training: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['runner', 'kubernetes', 'external']).default('external'),
        cluster: schemas/* string */.YjP().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': schemas/* number */.aig().nonnegative().optional(),
        'duration-seconds': schemas/* number */.aig().nonnegative().optional(),
    })
        .strict()
        .default({ mode: 'external' }),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).default({}),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig()).default({}),
    /**
     * Gate results recorded with the version by registries older than per-environment evidence
     * (gates/<environment>/<model>/<version>.yaml): still read, for every environment without evidence.
     */
    gates: GateResults.optional(),
    serving: schemas/* object */.Ikc({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: schemas/* string */.YjP()
            .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
            .optional(),
        'latency-slo-ms': schemas/* record */.g1P(schemas/* enum */.k5n(['p50', 'p90', 'p95', 'p99']), schemas/* number */.aig().positive()).optional(),
        'model-format': schemas/* string */.YjP().min(1).optional(),
        runtime: schemas/* string */.YjP().min(1).optional(),
        /** KServe's predictor minReplicas/maxReplicas; a GPU budget counts max (absent: one replica). */
        replicas: schemas/* object */.Ikc({ min: schemas/* number */.aig().int().min(0).max(1000).default(1), max: schemas/* number */.aig().int().min(1).max(1000) })
            .strict()
            .refine((r) => r.max >= r.min, { message: '"max" must be at least "min"', path: ['max'] })
            .optional(),
    })
        .strict()
        .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': schemas_Timestamp,
})
    .strict();
// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml
const Hold = schemas/* object */.Ikc({
    version: VersionName(),
    reason: schemas/* string */.YjP().min(1).max(2000),
    by: Person,
    at: schemas_Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: schemas/* string */.YjP().min(1).max(200).optional(),
})
    .strict();
const ReleaseFile = schemas/* object */.Ikc({
    ...header('Release'),
    model: ModelName(),
    environment: EnvironmentName(),
    version: VersionName(),
    digest: Digest,
    /** The version that ran here before this one. */
    previous: VersionName().optional(),
    /** The version a revert goes back to. */
    'last-known-good': VersionName().optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: schemas/* array */.YOg(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': VersionName().optional(),
    request: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1), url: schemas/* string */.YjP().url().optional() })
        .strict()
        .optional(),
    'promoted-by': Person,
    'promoted-at': schemas_Timestamp,
    /** A canary, blue-green or A/B rollout under way (absent: the version takes all traffic). */
    rollout: RolloutState.optional(),
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
    'run-url': schemas/* string */.YjP().url().optional(),
    'run-attempt': schemas/* number */.aig().int().positive().optional(),
    'recorded-by': Person,
    'recorded-at': schemas_Timestamp,
}).strict();
const GateEvidenceFile = schemas/* object */.Ikc({
    ...header('GateEvidence'),
    model: ModelName(),
    version: VersionName(),
    environment: EnvironmentName(),
    /** Oldest first; never rewritten, only appended to. The last one counts. */
    attempts: schemas/* array */.YOg(GateAttempt).min(1).max(1000),
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
        apiVersion: schemas_API_VERSION,
        kind: 'Registry',
        environments: [
            { name: 'dev', approvals: 0 },
            { name: 'staging', approvals: 1 },
            { name: 'production', approvals: 2 },
        ],
    });
}

;// CONCATENATED MODULE: ./src/registry/files.ts
/**
 * Reading and writing registry files: YAML in, zod-validated objects out, and back to YAML with
 * deterministic bytes (keys in schema order, records sorted, no line folding), so the same object always
 * produces the same file and a re-registration of identical content is a byte-for-byte no-op.
 */




/**
 * The largest registry file dhow reads or writes. A version record is a few kilobytes; a 50 MB one would
 * cost gigabytes to parse on every later read, so anything larger is refused before it is parsed.
 */
const MAX_REGISTRY_FILE_BYTES = 1024 * 1024;
/**
 * YAML aliases allowed per document. Registry files have no use for them beyond a few; a "billion laughs"
 * document expands exponentially through them, so they are capped (the yaml library then refuses it).
 */
const MAX_YAML_ALIASES = 100;
function describeProblem(p) {
    const where = [p.line ? `${p.file}:${p.line}` : p.file, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
    return `${where}: ${p.message}`;
}
/**
 * Every problem of a file's text against the schema of `kind` (empty when valid), with the value when valid.
 * Unlike parseRegistryFile it never throws: `dhow validate` lists every problem.
 */
function checkRegistryFile(kind, path, text) {
    const value = acceptQuickly(kind, text);
    if (value !== undefined)
        return { value, problems: [] };
    return checkWithLines(kind, path, text);
}
/**
 * The fast path of checkRegistryFile: the value of a file that passes every check, parsed without line
 * tracking, or undefined at the first doubt. Line numbers only matter in problems, so a file with any is parsed
 * again by checkWithLines, which alone words them: the messages are those of one path, whichever path a file
 * takes. The yaml library's lexer and CST parser are ~200 us of a ~210 us check (zod ~12 us), so the YAML dhow
 * writes is read by the plain reader (src/registry/plain-yaml.ts); what it declines, the yaml library reads.
 */
function acceptQuickly(kind, text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_REGISTRY_FILE_BYTES || text.includes('\uFFFD'))
        return undefined;
    let data = parsePlainYaml(text);
    if (data === undefined) {
        const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
        if (doc.errors.length > 0 || doc.warnings.length > 0)
            return undefined;
        try {
            data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
        }
        catch {
            return undefined;
        }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.kind !== kind)
        return undefined;
    const result = FILE_KINDS[kind].safeParse(data);
    return result.success ? result.data : undefined;
}
/** checkRegistryFile with line tracking: every problem of the file, each with its line where it has one. */
function checkWithLines(kind, path, text) {
    const parsed = parseYamlStrictly(path, text);
    if (!parsed.ok)
        return { value: null, problems: parsed.problems };
    const { doc, lineCounter, data } = parsed;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { value: null, problems: [{ file: path, message: `expected a mapping with apiVersion and kind "${kind}"` }] };
    }
    const declared = data.kind;
    if (declared !== kind) {
        return {
            value: null,
            problems: [
                { file: path, field: 'kind', line: lineOf(doc, lineCounter, ['kind']), message: `expected "${kind}", found ${JSON.stringify(declared ?? null)}` },
            ],
        };
    }
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(data);
    if (result.success)
        return { value: result.data, problems: [] };
    return {
        value: null,
        problems: result.error.issues.map((issue) => {
            const fieldPath = issue.path.map(String);
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            const field = [...fieldPath, ...(keys.length === 1 ? keys : [])].join('.') || undefined;
            return { file: path, field, line: lineOf(doc, lineCounter, [...issue.path, ...(keys.length === 1 ? keys : [])]), message: issue.message };
        }),
    };
}
/**
 * Parses YAML from outside strictly: size-capped before parsing, valid UTF-8 (a decoded U+FFFD marks bytes
 * that were not), no unknown tags (`!foo` would otherwise be read as a plain string), duplicate keys
 * refused, aliases capped. Every refusal is a problem naming the file (and line where there is one), never
 * an exception from the parser.
 */
function parseYamlStrictly(path, text) {
    const refuse = (message, line) => ({ ok: false, problems: [{ file: path, ...(line ? { line } : {}), message }] });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES)
        return refuse(`is ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return refuse('is not valid UTF-8 (or holds the replacement character U+FFFD)', text.slice(0, bad).split('\n').length);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    // An unresolved tag is only a warning to the yaml library; here it is an error, like any other.
    const errors = [...doc.errors, ...doc.warnings];
    if (errors.length > 0) {
        return {
            ok: false,
            problems: errors.map((e) => ({
                file: path,
                line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
                message: `malformed YAML: ${e.message.split('\n')[0]}`,
            })),
        };
    }
    try {
        return { ok: true, doc, lineCounter, data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
    }
    catch (error) {
        // The yaml library throws (a ReferenceError) on excessive aliases: a resource-exhaustion attempt.
        const reason = /alias/i.test(error.message)
            ? `uses more than ${MAX_YAML_ALIASES} YAML aliases (refused: it could expand without bound)`
            : 'malformed YAML';
        return refuse(reason);
    }
}
/**
 * Parses a registry file of `kind`. Throws DhowError('invalid-input') naming the file, the field path
 * (e.g. `artifact.digest`) and the line; every further problem is listed in `reasons`.
 */
function parseRegistryFile(kind, path, text) {
    const checked = checkRegistryFile(kind, path, text);
    if (checked.value !== null)
        return checked.value;
    const [first, ...rest] = checked.problems;
    throw new errors/* DhowError */.Bp('invalid-input', first.message, {
        file: path,
        field: first.field,
        line: first.line,
        reasons: rest.map(describeProblem),
    });
}
/** Validates an object about to be written; the same DhowError as parseRegistryFile, without lines. */
function files_validateRegistryObject(kind, path, value) {
    const schema = FILE_KINDS[kind];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const [first, ...rest] = result.error.issues;
    const field = (i) => i.path.map(String).join('.') || undefined;
    throw new errors/* DhowError */.Bp('invalid-input', first.message, {
        file: path,
        field: field(first),
        reasons: rest.map((i) => describeProblem({ file: path, field: field(i), message: i.message })),
    });
}
/**
 * Deterministic YAML for a registry object: validated against the schema of its `kind` (nothing invalid
 * is ever written), keys in schema order, record keys sorted, no folded lines.
 */
function files_serializeRegistryFile(obj) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) {
        throw new errors/* DhowError */.Bp('invalid-input', `cannot serialize an object of kind ${JSON.stringify(kind ?? null)}`, { field: 'kind' });
    }
    const schema = FILE_KINDS[kind];
    const parsed = files_validateRegistryObject(kind, `<${kind}>`, obj);
    const text = (0,dist/* stringify */.As)(canonical(schema, parsed), { lineWidth: 0, minContentWidth: 0, indentSeq: true, sortMapEntries: false });
    // Nothing is written that could not be read back.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_REGISTRY_FILE_BYTES) {
        throw new errors/* DhowError */.Bp('invalid-input', `the ${kind} file would be ${bytes} bytes; a registry file may have at most ${MAX_REGISTRY_FILE_BYTES} (1 MiB)`, {
            file: `<${kind}>`,
        });
    }
    return text;
}
/** Orders object keys as the schema declares them and sorts record keys, recursively. */
function canonical(schema, value) {
    const s = unwrap(schema);
    if (Array.isArray(value)) {
        const element = s?._zod.def.type === 'array' ? s._zod.def.element : undefined;
        return value.map((v) => canonical(element, v));
    }
    if (value === null || typeof value !== 'object')
        return value;
    const input = value;
    const out = {};
    const def = s?._zod.def;
    if (def?.type === 'object' && def.shape) {
        for (const key of Object.keys(def.shape))
            if (input[key] !== undefined)
                out[key] = canonical(def.shape[key], input[key]);
        for (const key of Object.keys(input).sort())
            if (!(key in out) && input[key] !== undefined)
                out[key] = canonical(undefined, input[key]);
        return out;
    }
    for (const key of Object.keys(input).sort())
        if (input[key] !== undefined)
            out[key] = canonical(def?.type === 'record' ? def.valueType : undefined, input[key]);
    return out;
}
function unwrap(schema) {
    let s = schema;
    for (let i = 0; s && i < 10; i++) {
        const def = s._zod.def;
        if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
            s = def.innerType;
        else if (def.type === 'pipe' && def.in)
            s = def.in;
        else
            break;
    }
    return s;
}
/** The 1-based line of the node at `path` (or its nearest existing parent) in a parsed document. */
function lineOf(doc, counter, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        const range = node?.range;
        if (node && range && (n === 0 || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || typeof node === 'object')) {
            return counter.linePos(range[0]).line;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/paths.ts
/** Where each file lives in a registry. Every segment is validated before it becomes a path. */


const paths_CONFIG_PATH = 'dhow.yaml';
const paths_modelPath = (model) => `models/${names_assertName('model', model)}/model.yaml`;
const versionsDir = (model) => `models/${names_assertName('model', model)}/versions`;
const paths_versionPath = (model, version) => `${versionsDir(model)}/${names_assertName('version', version)}.yaml`;
/** A version's reference profile for drift checks (profile-file.ts). */
const paths_profilePath = (model, version) => `models/${assertName('model', model)}/profiles/${assertName('version', version)}.json`;
const releasesDir = (environment) => `releases/${names_assertName('environment', environment)}`;
const releasePath = (environment, model) => `${releasesDir(environment)}/${names_assertName('model', model)}.yaml`;
const deployDir = (environment, model) => `deploy/${names_assertName('environment', environment)}/${names_assertName('model', model)}`;
/** Gate evidence of one version in one environment (schemas.ts says why it is a file of its own). */
const gateEvidenceDir = (environment) => `gates/${names_assertName('environment', environment)}`;
const paths_gateEvidencePath = (environment, model, version) => `${gateEvidenceDir(environment)}/${names_assertName('model', model)}/${names_assertName('version', version)}.yaml`;
/** Deterministic branch names, one per purpose. */
const promotionBranch = (environment, model) => `dhow/promote/${assertName('environment', environment)}/${assertName('model', model)}`;
/**
 * The revert of ONE promotion: the version and when it was promoted (`promoted-at` of the release it
 * undoes). A version re-promoted after a revert is a new promotion, so drifting again opens a new revert
 * instead of finding the first one merged. A suffix rather than a deeper segment, so the branch never
 * clashes with a branch of the older `dhow/revert/<env>/<model>/<version>` form still in a repository.
 */
const revertBranch = (environment, model, version, promotedAt) => `dhow/revert/${assertName('environment', environment)}/${assertName('model', model)}/${assertName('version', version)}-promoted-${promotionStamp(promotedAt)}`;
/** A release's promoted-at as a ref-safe UTC stamp (20261122T083000Z; milliseconds only when present). */
function promotionStamp(promotedAt) {
    const ms = Date.parse(promotedAt);
    if (Number.isNaN(ms))
        throw new errors/* DhowError */.Bp('invalid-input', `"${promotedAt}" is not a timestamp`, { field: 'promoted-at' });
    return new Date(ms)
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/[-:]/g, '')
        .replace('.', '');
}
/** Commit trailers dhow writes and reads. */
const paths_TRAILERS = {
    model: 'Dhow-Model',
    version: 'Dhow-Version',
    environment: 'Dhow-Environment',
    alert: 'Dhow-Alert',
    revertOf: 'Revert-Of',
    request: 'Dhow-Request',
};

;// CONCATENATED MODULE: ./src/promote/hold-plan.ts


function common(state, input) {
    const reasons = [];
    const envs = state.config.environments.map((e) => e.name);
    if (!envs.includes(input.environment))
        reasons.push(`unknown environment "${input.environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelKnown || state.model !== input.model)
        reasons.push(`unknown model "${input.model}"`);
    else if (!state.versionKnown)
        reasons.push(`unknown version "${input.version}" of ${input.model}`);
    if (reasons.length === 0 && !state.release) {
        reasons.push(`${input.model} has never been released to ${input.environment}: a hold is kept in its release file (${releasePath(input.environment, input.model)}), which does not exist yet`);
    }
    return reasons;
}
function withHolds(release, holds) {
    const next = { ...release, holds };
    return { release: next, changes: [{ path: releasePath(release.environment, release.model), content: files_serializeRegistryFile(next) }] };
}
/** Holds `version` in `environment`: it may not be promoted there (nor rolled back to) until the hold is lifted. */
function planHold(state, input, options) {
    const reasons = common(state, input);
    if (!input.reason.trim())
        reasons.push('a hold needs a reason');
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = state.release;
    const existing = release.holds.find((h) => h.version === input.version);
    if (existing)
        return { ok: true, change: 'none', release, changes: [], hold: existing };
    const hold = { version: input.version, reason: input.reason.trim(), by: options.by, at: options.at };
    return { ok: true, change: 'held', hold, ...withHolds(release, [...release.holds, hold]) };
}
/** Lifts the hold on `version` in `environment`; the version may be promoted there again. */
function planUnhold(state, input) {
    const reasons = common(state, input);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = state.release;
    const existing = release.holds.find((h) => h.version === input.version);
    if (!existing)
        return { ok: true, change: 'none', release, changes: [] };
    return {
        ok: true,
        change: 'lifted',
        hold: existing,
        ...withHolds(release, release.holds.filter((h) => h.version !== input.version)),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
            file: releasePath(release.environment, release.model),
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
            name: names_kubernetesName(release.model),
            namespace,
            labels: {
                'app.kubernetes.io/name': names_kubernetesName(release.model),
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
            path: `${deployDir(release.environment, release.model)}/${INFERENCE_SERVICE_FILE}`,
            content: header + (0,dist/* stringify */.As)(renderInferenceService(release, record, config, stable), { lineWidth: 0 }),
        },
    ];
}

;// CONCATENATED MODULE: ./src/rollout/gpu-budget.ts
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
        return { weight: 0, soakMs: rollout_schemas_durationMs(policy.preview ?? '1s'), last: true };
    if (strategy === 'ab')
        return { weight: policy.ab?.weight ?? 50, soakMs: policy.ab ? rollout_schemas_durationMs(policy.ab.duration) : 0, last: true };
    const steps = policy.steps ?? [];
    const current = steps[Math.min(step, steps.length - 1)];
    return { weight: current?.weight ?? 0, soakMs: step < steps.length && current ? rollout_schemas_durationMs(current.soak) : 0, last: step >= steps.length - 1 };
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
        const problems = gpuBudgetProblems(environment, input.gpu.budget, input.gpu.inUse, input.gpu.adds);
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
        return t - Math.max(stepStart, last) >= durationMs(check.interval);
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

;// CONCATENATED MODULE: ./src/rollout/policy.ts
/**
 * Which rollout policy governs a model in an environment: the model's own override in dhow.yaml when it
 * has one (it replaces the environment's policy whole, so a reader never merges two in their head), else
 * the environment's, else all-at-once.
 */

const ALL_AT_ONCE = RolloutPolicy.parse({});
function rolloutPolicyFor(config, model, environment) {
    const override = Object.hasOwn(config.models, model) ? config.models[model].rollout : undefined;
    if (override && Object.hasOwn(override, environment))
        return override[environment];
    return config.environments.find((e) => e.name === environment)?.rollout ?? ALL_AT_ONCE;
}

;// CONCATENATED MODULE: ./src/promote/plan.ts








const isHeld = (release, version) => release?.holds.find((h) => h.version === version);
/** Versions that are or were released in an environment, with the digest they ran with. */
function ranIn(state, environment, version) {
    const current = state.releases[environment];
    if (current?.version === version)
        return current;
    return (state.history[environment] ?? []).find((r) => r.version === version);
}
function environmentNames(policy) {
    return policy.environments.map((e) => e.name);
}
function finish(state, release, record, policy) {
    // A rollout that keeps its stable version beside the canary (RawDeployment) renders both.
    const manifests = renderDeployManifests(release, record, policy, release.rollout ? state.versions[release.rollout.stable] : undefined);
    const keep = new Set(manifests.map((m) => m.path));
    const stale = (state.deployFiles[release.environment] ?? [])
        .map((f) => (f.includes('/') ? f : `${deployDir(release.environment, release.model)}/${f}`))
        .filter((p) => !keep.has(p))
        .map((path) => ({ path, content: null }));
    return {
        ok: true,
        release,
        changes: [{ path: releasePath(release.environment, release.model), content: files_serializeRegistryFile(release) }, ...manifests, ...stale],
    };
}
function planPromotion(state, model, version, environment, policy, options = { by: 'dhow', at: new Date().toISOString() }) {
    const reasons = [];
    const envs = environmentNames(policy);
    const index = envs.indexOf(environment);
    if (index < 0)
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}": register a version first (dhow register)`);
    const record = state.versions[version];
    if (!record)
        reasons.push(`unknown version "${version}" of ${model}: register it first (dhow register)`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const current = state.releases[environment];
    const hold = isHeld(current, version);
    if (hold)
        reasons.push(`${model} ${version} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    if (current?.version === version)
        reasons.push(`${model} ${version} already runs in ${environment}`);
    if (record.model !== model || record.version !== version) {
        reasons.push(`the version record says ${record.model} ${record.version}, not ${model} ${version}`);
    }
    if (index > 0) {
        const before = envs[index - 1];
        const there = ranIn(state, before, version);
        if (!there) {
            reasons.push(`${model} ${version} has not run in ${before}: promote it to ${before} first (a version reaches ${environment} only after it ran in ${before})`);
        }
        else if (there.digest !== record.artifact.digest) {
            reasons.push(`digest mismatch: ${model} ${version} ran in ${before} as ${there.digest} but its version record says ${record.artifact.digest}`);
        }
    }
    // Register refuses a look-alike name, but a hand-made commit can still bring one in: Argo CD would then
    // let this promotion overwrite the other model's InferenceService.
    const owner = names_kubernetesNameTakenBy(model, state.modelsIn?.[environment] ?? []);
    if (owner) {
        reasons.push(`model "${model}" would deploy in ${environment} as the Kubernetes object "${names_kubernetesName(model)}", which model "${owner}" already uses there: rename one of them`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const release = {
        apiVersion: schemas_API_VERSION,
        kind: 'Release',
        model,
        environment,
        version,
        digest: record.artifact.digest,
        ...(current ? { previous: current.version } : {}),
        ...lastKnownGood(current),
        holds: current?.holds ?? [],
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    // A canary, blue-green or A/B policy starts a rollout with the merge (issue 15); over the GPU budget it is refused.
    const envPolicy = policy.environments[index];
    const gpu = state.gpuInUse ? { budget: envPolicy['gpu-budget'], inUse: state.gpuInUse, adds: gpuDemandOf(record) } : undefined;
    const start = planRolloutStart({ environment, current, canary: version, policy: rolloutPolicyFor(policy, model, environment), now: options.at, gpu });
    if (!start.ok)
        return { ok: false, reasons: start.reasons };
    if (start.rollout)
        release.rollout = start.rollout;
    return finish(state, release, record, policy);
}
function lastKnownGood(current) {
    if (!current)
        return {};
    if (!isHeld(current, current.version))
        return { 'last-known-good': current.version };
    return current['last-known-good'] ? { 'last-known-good': current['last-known-good'] } : {};
}
/**
 * Puts an environment back on an earlier version: the same machinery as a promotion, pointed at a version
 * that already ran in this environment. The new release records `revert-of` and `previous` (the version
 * replaced); its `last-known-good` is what it was when the target last ran here.
 */
function planRollback(state, model, environment, options) {
    const policy = state.config;
    const reasons = [];
    const envs = environmentNames(policy);
    if (!envs.includes(environment))
        reasons.push(`unknown environment "${environment}": dhow.yaml lists ${envs.join(', ')}`);
    if (!state.modelFile || state.model !== model)
        reasons.push(`unknown model "${model}"`);
    const current = state.releases[environment];
    if (reasons.length === 0 && !current)
        reasons.push(`${model} has never been released to ${environment}: nothing to roll back`);
    if (reasons.length > 0)
        return { ok: false, reasons };
    const target = options.to ?? current['last-known-good'];
    if (!target)
        return {
            ok: false,
            reasons: [
                `${environment} has no last known good version of ${model} recorded: ${options.toOption ? `name one with ${options.toOption}` : 'name the version to roll back to'}`,
            ],
        };
    const record = state.versions[target];
    if (target === current.version)
        reasons.push(`${model} ${target} already runs in ${environment}`);
    if (!record)
        reasons.push(`unknown version "${target}" of ${model}`);
    const hold = isHeld(current, target);
    if (hold)
        reasons.push(`${model} ${target} is held in ${environment}: ${hold.reason} (by ${hold.by}, ${hold.at})`);
    const before = (state.history[environment] ?? []).find((r) => r.version === target);
    if (!before && target !== current.version)
        reasons.push(`${model} ${target} never ran in ${environment}: a rollback only goes back to a version that ran there`);
    if (record && before && before.digest !== record.artifact.digest) {
        reasons.push(`digest mismatch: ${model} ${target} ran in ${environment} as ${before.digest} but its version record says ${record.artifact.digest}`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons };
    const holds = [...current.holds];
    if (options.hold && !holds.some((h) => h.version === options.hold.version)) {
        holds.push({
            version: options.hold.version,
            reason: options.hold.reason,
            by: options.hold.by,
            at: options.at,
            ...(options.hold.alert ? { alert: options.hold.alert } : {}),
        });
    }
    const lkg = before?.['last-known-good'];
    const release = {
        apiVersion: schemas_API_VERSION,
        kind: 'Release',
        model,
        environment,
        version: target,
        digest: record.artifact.digest,
        previous: current.version,
        ...(lkg && lkg !== target && !holds.some((h) => h.version === lkg) ? { 'last-known-good': lkg } : {}),
        holds,
        'revert-of': options.revertOf ?? current.version,
        ...(options.request ? { request: options.request } : {}),
        'promoted-by': options.by,
        'promoted-at': options.at,
    };
    return finish(state, release, record, policy);
}

;// CONCATENATED MODULE: ./src/promote/state.ts
/** Loads the snapshot a plan needs for one model: only its own files, never every version in the registry. */


async function loadModelState(reader, model, options = {}) {
    const config = await reader.config();
    const envs = config.environments.map((e) => e.name);
    const deployEnvs = (options.deployOf ?? envs).filter((e) => envs.includes(e));
    const [modelFile, releases, records, histories, deployFiles, modelsIn] = await Promise.all([
        reader.model(model),
        reader.readMany('Release', envs.map((env) => releasePath(env, model))),
        Promise.all((options.versions ?? []).map((v) => reader.version(model, v))),
        Promise.all((options.historyOf ?? []).filter((e) => envs.includes(e)).map(async (env) => [env, await reader.releaseHistory(env, model)])),
        Promise.all(deployEnvs.map(async (env) => [env, (await reader.listFiles(deployDir(env, model))).map((f) => `${deployDir(env, model)}/${f}`)])),
        Promise.all(deployEnvs.map(async (env) => [env, await modelsReleasedOrDeployed(reader, env)])),
    ]);
    const versions = {};
    for (const record of records)
        if (record)
            versions[record.version] = record;
    // A RawDeployment rollout renders its stable version beside the canary: the version running there now (a
    // rollout's stable is the version it starts beside, or the one it keeps). One more read, for these only.
    const stableOf = deployEnvs
        .filter((env) => config.environments.find((e) => e.name === env)?.['kserve-mode'] === 'raw-deployment')
        .map((env) => releases[envs.indexOf(env)])
        .flatMap((r) => (r ? [r.rollout?.stable ?? r.version] : []))
        .filter((v) => !versions[v]);
    for (const record of await Promise.all([...new Set(stableOf)].map((v) => reader.version(model, v))))
        if (record)
            versions[record.version] = record;
    const current = {};
    envs.forEach((env, i) => {
        if (releases[i])
            current[env] = releases[i];
    });
    const history = {};
    for (const [env, entries] of histories)
        history[env] = entries.map((e) => e.release).filter((r) => r !== null);
    return {
        config,
        model,
        modelFile,
        versions,
        releases: current,
        history,
        deployFiles: Object.fromEntries(deployFiles),
        modelsIn: Object.fromEntries(modelsIn),
    };
}
/**
 * Every model with a release file or a deploy directory in an environment: what its Kubernetes namespace
 * holds (or is about to), whichever of the two a hand-made commit left behind.
 */
async function modelsReleasedOrDeployed(reader, environment) {
    const [released, deployed] = await Promise.all([reader.listFiles(releasesDir(environment)), reader.listFiles(`deploy/${environment}`)]);
    const models = new Set([...released.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)), ...deployed]);
    return [...models].filter((m) => isValidName('model', m)).sort();
}
/** The environment before `environment` in promotion order, or undefined for the first. */
function environmentBefore(envs, environment) {
    const i = envs.indexOf(environment);
    return i > 0 ? envs[i - 1] : undefined;
}
/**
 * Adds the release history of `environment` to the state unless `version` is live there now (then the
 * history cannot change a plan's answer): promotions along the usual path never read history.
 */
async function withHistoryIfNeeded(reader, state, environment, version) {
    if (!environment || state.releases[environment]?.version === version || state.history[environment])
        return state;
    const entries = await reader.releaseHistory(environment, state.model);
    return { ...state, history: { ...state.history, [environment]: entries.map((e) => e.release).filter((r) => r !== null) } };
}

;// CONCATENATED MODULE: ./src/logger.ts
/**
 * The small logging interface the core takes, so library code never imports @actions/core.
 * The CLI logs to stderr; actions adapt @actions/core to it; tests use a recording logger.
 */
const logger_silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
function streamLogger(stream = process.stderr, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => void stream.write(`${m}\n`),
        warning: (m) => void stream.write(`warning: ${m}\n`),
        error: (m) => void stream.write(`error: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`== ${name}\n`);
            return fn();
        },
    };
}
/** A logger that keeps every line, for tests. */
function recordingLogger() {
    const lines = [];
    return {
        lines,
        debug: (message) => void lines.push({ level: 'debug', message }),
        info: (message) => void lines.push({ level: 'info', message }),
        warning: (message) => void lines.push({ level: 'warning', message }),
        error: (message) => void lines.push({ level: 'error', message }),
        group: async (message, fn) => {
            lines.push({ level: 'group', message });
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./src/registry/gate-evidence.ts
/**
 * Gate evidence per (version, environment): the pure rule that decides whether a run of the gates adds an
 * attempt to gates/<environment>/<model>/<version>.yaml, changes nothing, or is refused. Writing it is
 * store.ts's job (in the same commit as the version record, when there is one).
 *
 * The file is append-only history, as an auditor reads it: what ran, under which policy, from which run,
 * with which result, in order. The rule, against the last recorded attempt:
 * 1. the same results (verdict, policy digest, report digest, summary): nothing to record;
 * 2. the same run (same run URL, or both without one: the CLI on one machine) re-run:
 *    - the last attempt passed: nothing to record. The decision was made and the promotion may rest on it;
 *      "Re-run all jobs" re-measures the gates, but a re-measurement of a decided gate is no new evidence;
 *    - it did not pass: the new results are appended (a re-run of a failed gate can record its pass);
 *    - an attempt older than the one recorded (a late job of an earlier attempt) is refused;
 * 3. a different policy digest: appended (the policy engine asks for a run under the current policy);
 * 4. anything else, another run with other results under the same policy, is refused: evidence is
 *    written once per version, environment and policy, so nobody can shop for a better run.
 */

const passed = (results) => results.verdict === 'pass' || results.verdict === 'warn';
/** The results of a run without its provenance, in a form two runs can be compared by. */
function resultsKey(a) {
    return JSON.stringify([
        a.verdict,
        a['policy-digest'],
        a['report-digest'] ?? null,
        a.summary.map((r) => [r.gate, r.metric ?? null, r.verdict, r.value ?? null, r.threshold ?? null, r.baseline ?? null]),
    ]);
}
function sameGateResults(a, b) {
    return resultsKey(a) === resultsKey(b);
}
function runOf(attempt) {
    return attempt['run-url'] ? `run ${attempt['run-url']}${attempt['run-attempt'] ? ` (attempt ${attempt['run-attempt']})` : ''}` : 'a run without a URL';
}
/** What recording `attempt` for `target` does to the evidence already there (null: none yet). */
function gate_evidence_decideGateEvidence(existing, target, attempt) {
    const what = `${target.model} ${target.version} in ${target.environment}`;
    if (!existing) {
        return {
            kind: 'record',
            file: { apiVersion: API_VERSION, kind: 'GateEvidence', ...target, attempts: [attempt] },
            message: `recorded the gate results of ${what} (${attempt.verdict})`,
        };
    }
    const last = existing.attempts[existing.attempts.length - 1];
    const append = (message) => ({ kind: 'record', file: { ...existing, attempts: [...existing.attempts, attempt] }, message });
    if (sameGateResults(last, attempt))
        return { kind: 'unchanged', message: `the gate results of ${what} are already recorded: nothing to do` };
    const sameRun = (last['run-url'] ?? null) === (attempt['run-url'] ?? null);
    if (sameRun) {
        if (last['run-attempt'] !== undefined && attempt['run-attempt'] !== undefined && attempt['run-attempt'] < last['run-attempt']) {
            return {
                kind: 'refused',
                reasons: [`attempt ${attempt['run-attempt']} of the run is older than attempt ${last['run-attempt']}, whose gate results ${what} already records`],
            };
        }
        if (passed(last)) {
            return {
                kind: 'unchanged',
                message: `${what} already passed its gates in ${runOf(last)} ("${last.verdict}"): a re-run of that run records nothing new`,
            };
        }
        return append(`recorded a re-run of the gates of ${what}: "${last.verdict}" then "${attempt.verdict}"`);
    }
    if (last['policy-digest'] !== attempt['policy-digest']) {
        return append(`recorded the gate results of ${what} under a new gate policy (${attempt.verdict})`);
    }
    return {
        kind: 'refused',
        reasons: [
            `${what} already has gate results from ${runOf(last)} ("${last.verdict}") under the same gate policy: evidence is written once per version, environment and policy, and only a re-run of that run adds to it; register a new version`,
        ],
    };
}
/** The results the policy engine judges: the last attempt. */
function currentGateResults(file) {
    return file.attempts[file.attempts.length - 1];
}
/**
 * The gate results of a version per environment, by the policy engine's rule (policy/engine.ts gateReasons:
 * the environment's evidence file, its last attempt, else the record's `gates`, which older registries
 * wrote once for every environment). Environments with neither are left out; the order is `environments`'.
 * Every reader (dhow versions, the evidence pack, model cards, the site) shows this, never a copy of the rule.
 */
function gateResultsByEnvironment(environments, evidence, record) {
    const out = [];
    for (const environment of environments) {
        const file = evidence[environment];
        if (file)
            out.push({ environment, results: currentGateResults(file), source: 'evidence', attempts: file.attempts });
        else if (record?.gates)
            out.push({ environment, results: record.gates, source: 'record', attempts: [] });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/registry/store.ts
/**
 * Reading the registry at one commit, and registering versions. A RegistryReader pins a commit when it
 * is created, so everything it returns is one consistent snapshot, and it reads only what is asked for:
 * `dhow status` reads dhow.yaml and the release files, never the version records.
 */








/**
 * `S` is what the reader was opened on: any RegistrySource; a use case that opened it on a Forge gets the
 * Forge back as `reader.forge` (a RegistryReader<Forge>).
 */
class RegistryReader {
    forge;
    ref;
    configCache;
    /** `ref` should be a commit id, so every read sees the same snapshot (see RegistryReader.open). */
    constructor(forge, ref) {
        this.forge = forge;
        this.ref = ref;
    }
    /** A reader pinned to the current head of `branch` (default: the registry's default branch). */
    static async open(forge, branch) {
        const name = branch ?? (await forge.defaultBranch());
        const head = await forge.branchHead(name);
        if (!head)
            throw new errors/* DhowError */.Bp('not-found', `${forge.description} has no branch ${name}: is it a dhow registry? ("dhow init" creates one)`);
        return new RegistryReader(forge, head);
    }
    config() {
        this.configCache ??= this.read('Registry', paths_CONFIG_PATH).then((config) => {
            if (!config)
                throw new errors/* DhowError */.Bp('not-found', `${paths_CONFIG_PATH} is missing in ${this.forge.description}: is it a dhow registry? ("dhow init" creates one)`);
            return config;
        });
        return this.configCache;
    }
    model(model) {
        return this.read('Model', paths_modelPath(model));
    }
    version(model, version) {
        return this.read('ModelVersion', paths_versionPath(model, version));
    }
    release(environment, model) {
        return this.read('Release', releasePath(environment, model));
    }
    /** The gate evidence of a version in one environment (gates/<env>/<model>/<version>.yaml). */
    gateEvidence(environment, model, version) {
        return this.read('GateEvidence', paths_gateEvidencePath(environment, model, version));
    }
    /** The gate evidence of a version in each of `environments` that has some, read in one batch. */
    async gateEvidenceByEnvironment(model, version, environments) {
        const files = await this.readMany('GateEvidence', environments.map((env) => paths_gateEvidencePath(env, model, version)));
        const out = {};
        environments.forEach((env, i) => {
            if (files[i])
                out[env] = files[i];
        });
        return out;
    }
    /** A file's text at this snapshot, unparsed (a gate policy that dhow.yaml names); null when absent. */
    readText(path) {
        return this.forge.readFile(path, this.ref);
    }
    async listModels() {
        return this.names('models', '', 'model');
    }
    async listVersions(model) {
        return this.names(versionsDir(model), '.yaml', 'version');
    }
    /** Every release file, of one environment or of every environment dhow.yaml lists (in its order). */
    async listReleases(environment) {
        const environments = environment ? [environment] : (await this.config()).environments.map((e) => e.name);
        const perEnvironment = this.forge.listTree && environments.length > 1
            ? await this.releaseEntriesFromTree(environments)
            : await Promise.all(environments.map(async (env) => this.forge.listDirectory(releasesDir(env), this.ref)));
        const paths = environments.flatMap((env, i) => this.namesOf(releasesDir(env), perEnvironment[i], '.yaml', 'model').map((m) => releasePath(env, m)));
        return (await this.readMany('Release', paths)).filter((r) => r !== null);
    }
    /** The releases of a model in an environment, newest first, from the history of its release file. */
    async releaseHistory(environment, model, options = {}) {
        const path = releasePath(environment, model);
        const commits = await this.forge.history(path, this.ref, options);
        const texts = await Promise.all(commits.map((c) => this.forge.readFile(path, c.sha)));
        return commits.map((c, i) => ({
            commit: c.sha,
            date: c.date,
            author: c.author,
            subject: c.subject,
            body: c.body,
            trailers: c.trailers,
            ...(c.request ? { request: c.request } : {}),
            release: texts[i] == null ? null : parseRegistryFile('Release', `${path}@${c.sha.slice(0, 8)}`, texts[i]),
        }));
    }
    /** Files directly under a registry directory (for deploy/<env>/<model>/). */
    async listFiles(dir) {
        return this.forge.listDirectory(dir, this.ref);
    }
    /** Reads and validates one file; null when absent. */
    async read(kind, path) {
        const text = await this.forge.readFile(path, this.ref);
        return text === null ? null : parseRegistryFile(kind, path, text);
    }
    async readMany(kind, paths) {
        const texts = this.forge.readFiles ? await this.forge.readFiles(paths, this.ref) : await Promise.all(paths.map((p) => this.forge.readFile(p, this.ref)));
        return texts.map((text, i) => (text == null ? null : parseRegistryFile(kind, paths[i], text)));
    }
    /**
     * The entries directly under each environment's releases directory, as listDirectory gives them, from one
     * listing of releases/ (one git process where the forge lists trees, not one per environment): a path
     * deeper than releases/<env>/<entry> counts as its <entry>, once, as a directory does there.
     */
    async releaseEntriesFromTree(environments) {
        const byDir = new Map(environments.map((env) => [`${releasesDir(env)}/`, new Set()]));
        for (const path of await this.forge.listTree('releases', this.ref)) {
            const slash = path.indexOf('/', 'releases/'.length);
            const entries = slash < 0 ? undefined : byDir.get(path.slice(0, slash + 1));
            if (entries)
                entries.add(path.slice(slash + 1).split('/')[0]);
        }
        return environments.map((env) => [...byDir.get(`${releasesDir(env)}/`)]);
    }
    async names(dir, suffix, kind) {
        return this.namesOf(dir, await this.forge.listDirectory(dir, this.ref), suffix, kind);
    }
    namesOf(dir, entries, suffix, kind) {
        const names = [];
        for (const entry of entries) {
            if (!entry.endsWith(suffix))
                continue;
            const name = suffix ? entry.slice(0, -suffix.length) : entry;
            if (!isValidName(kind, name)) {
                throw new errors/* DhowError */.Bp('invalid-input', `"${entry}" is not a valid ${kind} file name (run dhow validate)`, { file: `${dir}/${entry}` });
            }
            names.push(name);
        }
        return names.sort();
    }
}
/** The evidence file `evidence` would add to (null: none yet), read in the same round trip as `also`. */
async function readWithEvidence(reader, target, evidence, also) {
    if (!evidence)
        return [await also, null];
    return Promise.all([also, reader.gateEvidence(evidence.environment, target.model, target.version)]);
}
/** A change of gate evidence to write, or none, against one snapshot; throws when the rule refuses it. */
function planEvidence(config, target, evidence, existing) {
    if (!evidence)
        return undefined;
    const { environment, attempt } = evidence;
    const path = gateEvidencePath(environment, target.model, target.version);
    if (!config.environments.some((e) => e.name === environment)) {
        throw new DhowError('not-found', `environment "${environment}" is not in ${CONFIG_PATH} (it has ${config.environments.map((e) => e.name).join(', ')}): no gate evidence is recorded for it`, { field: 'environment', file: CONFIG_PATH });
    }
    const decision = decideGateEvidence(existing, { model: target.model, version: target.version, environment }, attempt);
    if (decision.kind === 'refused') {
        throw new DhowError('refused', `gate evidence of ${target.model} ${target.version} for ${environment} refused`, { file: path, reasons: decision.reasons });
    }
    if (decision.kind === 'unchanged')
        return { result: { operation: 'unchanged', path, message: decision.message }, content: null };
    return { result: { operation: 'recorded', path, message: decision.message }, content: serializeRegistryFile(decision.file) };
}
async function backoff(attempt) {
    // Exponential backoff with full jitter: a crowd of writers spreads out instead of colliding in step.
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 10))));
}
/**
 * Registers a version. Version records are immutable: registering identical content again is a no-op.
 * What is not compared: the registration's own `created-by`/`created-at`, the run that registered it
 * (`source.run-url`, `source.run-attempt`: promote.yml registers again from each environment's run and
 * each re-run) and, when `evidence` is given, `gates` (they then live in gates/). Different content under the
 * same version is refused. With `evidence`, the environment's gate results are recorded (gate-evidence.ts
 * decides how) in the same commit, so the version and its evidence land together or not at all. New
 * models get a model.yaml in the same commit. The commit lands with compare-and-swap on the default
 * branch and is recomputed from the new state on a lost race.
 */
async function registerVersion(forge, record, options = {}) {
    const logger = options.logger ?? silentLogger;
    const path = versionPath(record.model, record.version);
    const valid = validateRegistryObject('ModelVersion', path, record);
    const content = serializeRegistryFile(valid);
    if (options.evidence)
        assertName('environment', options.evidence.environment, { field: 'environment' });
    const profileFile = options.profile === undefined ? undefined : profilePath(valid.model, valid.version);
    if (options.profile) {
        const [problem] = await checkProfileText(options.profile.file, options.profile.text);
        if (problem)
            throw new DhowError('invalid-input', problem.message, { file: problem.file, field: problem.field });
    }
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const [existing, recorded] = await readWithEvidence(reader, valid, options.evidence, reader.version(valid.model, valid.version));
        const ignoreGates = options.evidence !== undefined;
        if (existing && !sameVersionContent(existing, valid, ignoreGates)) {
            throw new DhowError('refused', `${valid.model} ${valid.version} is already registered with different content: versions are immutable, register a new version`, {
                file: path,
                reasons: differences(existing, valid, ignoreGates).map((f) => `field "${f}" differs`),
            });
        }
        const evidence = planEvidence(config, valid, options.evidence, recorded);
        const profile = options.profile && profileFile ? decideProfile(await reader.readText(profileFile), options.profile.text) : undefined;
        if (profile?.kind === 'refused')
            throw new DhowError('refused', profile.reason, { file: profileFile });
        const profileResult = profile && profileFile ? { profile: { operation: profile.kind === 'write' ? 'recorded' : 'unchanged', path: profileFile } } : {};
        if (existing) {
            logger.info(`${valid.model} ${valid.version} is already registered with identical content: nothing to do`);
            if (evidence)
                logger.info(evidence.result.message);
            if (!evidence?.content && profile?.kind !== 'write')
                return { operation: 'unchanged', path, commit: reader.ref, modelCreated: false, ...profileResult, ...(evidence ? { evidence: evidence.result } : {}) };
        }
        const changes = existing ? [] : [{ path, content }];
        if (evidence?.content)
            changes.push({ path: evidence.result.path, content: evidence.content });
        if (profile?.kind === 'write' && profileFile)
            changes.push({ path: profileFile, content: profile.content });
        const modelFile = existing ? null : await reader.model(valid.model);
        if (!existing && !modelFile) {
            const clash = kubernetesNameTakenBy(valid.model, await reader.listModels());
            if (clash) {
                throw new DhowError('refused', `model "${valid.model}" would deploy as the Kubernetes object "${kubernetesName(valid.model)}", which model "${clash}" already uses: choose another name`, {
                    field: 'model',
                });
            }
            const model = { apiVersion: API_VERSION, kind: 'Model', name: valid.model, owners: [options.by ?? valid['created-by']], language: [] };
            changes.push({ path: modelPath(valid.model), content: serializeRegistryFile(model) });
        }
        const environment = options.evidence?.environment;
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes,
                message: existing
                    ? evidence?.content
                        ? `Record the gate results of ${valid.model} ${valid.version} in ${environment}`
                        : `Record the reference profile of ${valid.model} ${valid.version}`
                    : `Register ${valid.model} ${valid.version}\n\nArtifact ${valid.artifact.uri} (${valid.artifact.digest}).`,
                trailers: {
                    [TRAILERS.model]: valid.model,
                    [TRAILERS.version]: valid.version,
                    ...(evidence?.content && environment ? { [TRAILERS.environment]: environment } : {}),
                },
            });
            logger.debug(`registered ${valid.model} ${valid.version} (${result.sha.slice(0, 8)})`);
            return {
                operation: existing ? 'unchanged' : 'created',
                path,
                commit: result.sha,
                modelCreated: !existing && !modelFile,
                ...profileResult,
                ...(evidence ? { evidence: evidence.result } : {}),
            };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
                logger.debug(`registry moved while registering ${valid.model} ${valid.version}; retrying (${attempt})`);
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * Records a registered version's gate results for one environment, without registering anything: the
 * version must exist. Same rule and same compare-and-swap as registerVersion's `evidence`.
 */
async function recordGateEvidence(forge, target, options = {}) {
    const logger = options.logger ?? silentLogger;
    assertName('model', target.model, { field: 'model' });
    assertName('version', target.version, { field: 'version' });
    assertName('environment', target.environment, { field: 'environment' });
    const branch = await forge.defaultBranch();
    const attempts = options.attempts ?? 40;
    for (let attempt = 1;; attempt++) {
        const reader = await RegistryReader.open(forge, branch);
        const config = await reader.config();
        const evidenceOption = { environment: target.environment, attempt: target.attempt };
        const [record, recorded] = await readWithEvidence(reader, target, evidenceOption, reader.version(target.model, target.version));
        if (!record) {
            throw new DhowError('not-found', `${target.model} ${target.version} is not registered: gate evidence is recorded only for a registered version`, {
                file: versionPath(target.model, target.version),
                field: 'version',
            });
        }
        const evidence = planEvidence(config, target, evidenceOption, recorded);
        logger.info(evidence.result.message);
        if (!evidence.content)
            return { ...evidence.result, commit: reader.ref };
        try {
            const result = await forge.commitFiles({
                branch,
                expectedHead: reader.ref,
                changes: [{ path: evidence.result.path, content: evidence.content }],
                message: `Record the gate results of ${target.model} ${target.version} in ${target.environment}`,
                trailers: { [TRAILERS.model]: target.model, [TRAILERS.version]: target.version, [TRAILERS.environment]: target.environment },
            });
            return { ...evidence.result, commit: result.sha };
        }
        catch (error) {
            if (error instanceof DhowError && error.code === 'conflict' && attempt < attempts) {
                await backoff(attempt);
                continue;
            }
            throw error;
        }
    }
}
/**
 * The record without what a registration may change: who and when, and the registering run. With
 * per-environment evidence also `gates`, which then live in gates/ (a version registered before with
 * its first environment's gates in the record is the same version).
 */
function withoutRegistration(record, ignoreGates) {
    const { ['created-at']: _at, ['created-by']: _by, gates, source, training, ...rest } = record;
    const { ['run-url']: _url, ['run-attempt']: _attempt, ...origin } = source;
    // How long this run trained and its peak GPU memory are measurements of the run, like its URL: a re-run
    // that trains again to the same artifact (same digest) registers the same version.
    const { ['duration-seconds']: _seconds, ['peak-gpu-memory-mib']: _peak, ...how } = training;
    return { ...rest, source: origin, training: how, ...(gates && !ignoreGates ? { gates } : {}) };
}
function sameVersionContent(a, b, ignoreGates) {
    return serializeForCompare(withoutRegistration(a, ignoreGates)) === serializeForCompare(withoutRegistration(b, ignoreGates));
}
function serializeForCompare(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v);
}
/** Top-level (and artifact) fields that differ, for the refusal message. */
function differences(a, b, ignoreGates) {
    const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out = [];
    const [left, right] = [withoutRegistration(a, ignoreGates), withoutRegistration(b, ignoreGates)];
    for (const f of [...fields].sort()) {
        const x = left[f];
        const y = right[f];
        if (serializeForCompare(x) === serializeForCompare(y))
            continue;
        if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
            for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
                if (serializeForCompare(x[k]) !== serializeForCompare(y[k]))
                    out.push(`${f}.${k}`);
            }
        }
        else
            out.push(f);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/residency.ts
/** The scheme and authority compare case-insensitively (hosts and schemes are); the path does not. */
function canonicalUri(uri) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(uri.trim());
    return match ? `${match[1].toLowerCase()}${match[2].toLowerCase()}${match[3]}` : uri.trim();
}
/**
 * The region of a URI: the longest location prefix it falls under. A prefix matches only at a boundary,
 * so `s3://models` does not claim `s3://models-eu/...`.
 */
function regionOfUri(uri, policy) {
    const target = canonicalUri(uri);
    let best;
    for (const location of policy.locations) {
        const prefix = canonicalUri(location.prefix);
        const inside = target === prefix || (target.startsWith(prefix) && (prefix.endsWith('/') || target[prefix.length] === '/'));
        if (inside && (!best || prefix.length > best.prefix.length))
            best = { region: location.region, prefix: location.prefix };
    }
    return best;
}
function checkResidency(subject, policy) {
    const allowed = new Set(policy['allowed-regions']);
    const findings = [];
    const place = (what, label, region, subjectText, how) => {
        if (region === undefined) {
            findings.push({ what, subject: subjectText, region: null, ok: false, why: `${label}: ${how}` });
        }
        else if (!allowed.has(region)) {
            findings.push({ what, subject: subjectText, region, ok: false, why: `${label} is in ${region}, not an allowed region (${[...allowed].join(', ')})` });
        }
        else {
            findings.push({ what, subject: subjectText, region, ok: true, why: `${label} is in ${region}` });
        }
    };
    for (const [what, key] of [
        ['artifact', 'artifact-uri'],
        ['data', 'data-uri'],
    ]) {
        const uri = subject[key];
        if (uri === undefined || uri.trim() === '') {
            place(what, `the ${what} URI`, undefined, null, 'not given, so its region is unknown');
            continue;
        }
        const found = regionOfUri(uri, policy);
        place(what, `the ${what} URI ${uri}`, found?.region, uri, 'no residency location covers it, so its region is unknown');
    }
    const cluster = subject['training-cluster'];
    const declared = subject['training-region'];
    const clusterRegion = cluster !== undefined && Object.hasOwn(policy.clusters, cluster) ? policy.clusters[cluster] : undefined;
    if (declared !== undefined && clusterRegion !== undefined && declared !== clusterRegion) {
        findings.push({
            what: 'training',
            subject: cluster ?? null,
            region: declared,
            ok: false,
            why: `training declares region ${declared} but cluster ${cluster} is in ${clusterRegion}`,
        });
    }
    else if (declared !== undefined) {
        place('training', 'training', declared, cluster ?? declared, '');
    }
    else if (cluster !== undefined) {
        place('training', `training cluster ${cluster}`, clusterRegion, cluster, 'the cluster is not in the residency policy, so its region is unknown');
    }
    else {
        place('training', 'training', undefined, null, 'neither a training region nor a known cluster is given, so its region is unknown');
    }
    const dataRegion = subject['data-region'];
    if (dataRegion !== undefined)
        place('data-region', 'the declared data region', dataRegion, dataRegion, '');
    return { violations: findings.filter((f) => !f.ok).length, findings };
}

;// CONCATENATED MODULE: ./src/promote/approvals.ts
const key = (name) => name.trim().toLowerCase();
function evaluateApprovals({ reviews, author, headSha, required, ignore = [] }) {
    const excluded = new Set([key(author), ...ignore.map(key)]);
    const ordered = reviews
        .map((review, index) => ({ review, index }))
        .sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt) || a.index - b.index);
    const latest = new Map();
    for (const { review } of ordered) {
        if (review.state === 'commented')
            continue;
        const who = key(review.reviewer);
        if (excluded.has(who))
            continue;
        latest.set(who, review);
    }
    const approvers = [];
    const stale = [];
    const blocking = [];
    for (const review of latest.values()) {
        if (review.state === 'approved') {
            if (review.commitSha === headSha)
                approvers.push(review.reviewer);
            else
                stale.push(review.reviewer);
        }
        else if (review.state === 'changes_requested')
            blocking.push(review.reviewer);
    }
    const missing = [];
    for (const who of blocking)
        missing.push(`${who} requested changes: they must approve (or the review be dismissed) before a merge`);
    if (approvers.length < required) {
        const need = required - approvers.length;
        const have = approvers.length === 0 ? 'none yet' : `${approvers.length} so far: ${approvers.join(', ')}`;
        missing.push(`${need} more approval${need === 1 ? '' : 's'} from reviewers other than the author ${author} (needs ${required}; ${have})`);
        for (const who of stale)
            missing.push(`${who} approved an earlier commit of the request: approve the current one`);
    }
    return { satisfied: missing.length === 0, approvers, missing };
}

;// CONCATENATED MODULE: ./src/policy/engine.ts



const WRITE = new Set(['admin', 'maintain', 'write']);
const engine_key = (login) => login.trim().toLowerCase();
/** Milliseconds in a dhow.yaml duration (`30m`, `24h`, `7d`). */
function engine_durationMs(text) {
    const match = /^([0-9]+)(m|h|d)$/.exec(text);
    if (!match)
        throw new RangeError(`not a duration: ${text}`);
    return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2]];
}
function evidenceOfResults(results) {
    return {
        verdict: results.verdict,
        policyDigest: results['policy-digest'],
        failed: results.summary.filter((g) => g.verdict !== 'pass' && g.verdict !== 'warn').map((g) => g.gate),
    };
}
/** The gate evidence a version record carries (registries older than gates/: one for every environment). */
function gateEvidenceOf(record) {
    return record?.gates ? evidenceOfResults(record.gates) : null;
}
/** The evidence an environment's evidence file holds: its last attempt. */
function gateEvidenceOfFile(file) {
    return evidenceOfResults(currentGateResults(file));
}
function originReasons(request) {
    if (request.headRepository === request.baseRepository)
        return [];
    return [
        {
            code: 'fork',
            message: `#${request.id} comes from ${request.headRepository || 'a deleted repository'}, not from ${request.baseRepository}: dhow requests are made in the registry repository itself`,
        },
    ];
}
function list(paths, most = 5) {
    return paths.length <= most ? paths.join(', ') : `${paths.slice(0, most).join(', ')} and ${paths.length - most} more`;
}
function changeSetReasons(planned, request, change) {
    const reasons = [];
    const wanted = new Set(planned.map((c) => c.path));
    const changed = new Set(request.changedFiles);
    const extra = request.changedFiles.filter((p) => !wanted.has(p)).sort();
    if (extra.length) {
        reasons.push({
            code: 'unplanned-files',
            message: `#${request.id} changes ${list(extra)}, which the ${change.kind} of ${change.model} ${change.version} to ${change.environment} does not: a dhow request changes exactly its planned files`,
        });
    }
    const missing = planned.filter((c) => !changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
    const differs = planned.filter((c) => changed.has(c.path) && (request.files[c.path] ?? null) !== c.content).map((c) => c.path);
    if (missing.length)
        reasons.push({
            code: 'missing-files',
            message: `#${request.id} lacks ${list(missing)} of the planned ${change.kind}: run it again to refresh the request`,
        });
    if (differs.length) {
        reasons.push({
            code: 'differs-from-plan',
            message: `${list(differs)} on #${request.id} differ from the ${change.kind} planned on today's ${change.environment}: the request is out of date or was edited; run it again to refresh it`,
        });
    }
    return reasons;
}
function gateReasons(input, environment) {
    const { config, change } = input;
    const recorded = input.evidence ?? {};
    const evidence = input.gates !== undefined ? input.gates : (recorded[change.environment] ?? gateEvidenceOf(input.record));
    const configured = Boolean(environment['gate-policy'] ?? config.models[change.model]?.['gate-policy'] ?? config['gate-policy']);
    // A version whose gates ran for another environment is gated: each environment then needs its own
    // results (the gates differ per environment: baseline, overrides), even where dhow.yaml names no policy.
    const elsewhere = Object.keys(recorded)
        .filter((env) => env !== change.environment)
        .sort();
    const what = `${change.model} ${change.version}`;
    if (!evidence) {
        if (!configured && elsewhere.length === 0)
            return [];
        const why = configured ? 'which has a gate policy' : `though its gates ran for ${elsewhere.join(', ')}: each environment needs its own`;
        return [
            {
                code: 'gates-missing',
                message: `${what} has no gate results for ${change.environment}, ${why}; run the gates for ${change.environment} and register again (promote.yml does both)`,
            },
        ];
    }
    const reasons = [];
    if (evidence.verdict === 'fail' || evidence.verdict === 'inconclusive') {
        reasons.push({
            code: 'gates-failing',
            message: `the gates of ${what} recorded "${evidence.verdict}"${evidence.failed.length ? ` (${evidence.failed.join(', ')})` : ''}`,
        });
    }
    if (input.expectedPolicyDigest && evidence.policyDigest !== input.expectedPolicyDigest) {
        reasons.push({
            code: 'gates-policy',
            message: `the gates of ${what} ran under policy ${evidence.policyDigest.slice(0, 19)}…, not ${change.environment}'s ${input.expectedPolicyDigest.slice(0, 19)}…: run the gates again`,
        });
    }
    return reasons;
}
function residencyReasons(record, config) {
    if (!config.residency || !record)
        return [];
    const result = checkResidency({
        'artifact-uri': record.artifact.uri,
        ...(record.data.uri ? { 'data-uri': record.data.uri } : {}),
        ...(record.training.region ? { 'training-region': record.training.region } : {}),
        ...(record.training.cluster ? { 'training-cluster': record.training.cluster } : {}),
        ...(record.region ? { 'data-region': record.region } : {}),
    }, config.residency);
    return result.findings.filter((f) => !f.ok).map((f) => ({ code: 'residency', message: `residency: ${f.why}` }));
}
function soakReasons(input, environment) {
    if (!environment.soak || input.change.kind !== 'promotion')
        return [];
    const envs = input.config.environments.map((e) => e.name);
    const before = envs[envs.indexOf(environment.name) - 1];
    if (!before)
        return [];
    const need = engine_durationMs(environment.soak);
    const now = Date.parse(input.now);
    // The longest stint counts: a version that soaked once and was replaced by a hotfix has still soaked.
    let longest = 0;
    for (const stint of input.previousStints) {
        if (stint.version !== input.change.version)
            continue;
        longest = Math.max(longest, (stint.until ? Date.parse(stint.until) : now) - Date.parse(stint.since));
    }
    if (longest >= need)
        return [];
    const hours = (ms) => `${Math.floor(ms / 3_600_000)}h${String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, '0')}m`;
    return [
        {
            code: 'soak',
            message: `${input.change.model} ${input.change.version} has run ${hours(Math.max(0, longest))} in ${before}; ${environment.name} needs ${environment.soak} there first (${hours(need - longest)} to go)`,
        },
    ];
}
/** Who may approve: the reasons others' reviews do not count, by reviewer. */
function eligibility(input, environment) {
    const { request, change } = input;
    const excluded = new Map();
    const requesters = new Set([engine_key(request.author), engine_key(change.promotedBy)]);
    const ignored = new Set((input.ignore ?? []).map(engine_key));
    const listedUsers = new Set(environment.reviewers.users.map(engine_key));
    const listedTeams = environment.reviewers.teams;
    const restricted = listedUsers.size > 0 || listedTeams.length > 0;
    const inTeam = (team, login) => (input.teams[team] ?? []).some((m) => engine_key(m) === engine_key(login));
    for (const review of request.reviews) {
        const who = engine_key(review.reviewer);
        if (excluded.has(who))
            continue;
        if (requesters.has(who))
            excluded.set(who, `${review.reviewer} asked for this ${change.kind}`);
        else if (review.bot || who.endsWith('[bot]') || ignored.has(who))
            excluded.set(who, `${review.reviewer} is a bot or dhow's own automation`);
        else if (review.permission !== undefined && !WRITE.has(review.permission)) {
            excluded.set(who, `${review.reviewer} has ${review.permission === 'none' ? 'no' : `only ${review.permission}`} access to ${request.baseRepository}, and approvals need write access or above`);
        }
        else if (restricted && !listedUsers.has(who) && !listedTeams.some((t) => inTeam(t, who))) {
            excluded.set(who, `${environment.name} takes approvals from ${[...environment.reviewers.users, ...listedTeams].join(', ')}`);
        }
    }
    return { excluded };
}
function groupName(group) {
    return 'team' in group ? `team ${group.team}` : group.users.join(', ');
}
function groupReasons(input, environment, approvers) {
    const reasons = [];
    for (const group of environment['required-approvers'] ?? []) {
        const members = new Set(('team' in group ? (input.teams[group.team] ?? []) : group.users).map(engine_key));
        const have = approvers.filter((a) => members.has(engine_key(a)));
        if (have.length < group.count) {
            const need = group.count - have.length;
            reasons.push({
                code: 'required-approvers',
                message: `${environment.name} needs ${need} more approval${need === 1 ? '' : 's'} from ${groupName(group)}${have.length ? ` (so far: ${have.join(', ')})` : ''}`,
            });
        }
    }
    return reasons;
}
function approvalReasons(input, environment) {
    const { request, change } = input;
    const { excluded } = eligibility(input, environment);
    const counted = request.reviews.filter((r) => !excluded.has(engine_key(r.reviewer)));
    const outcome = evaluateApprovals({ reviews: counted, author: change.promotedBy, headSha: request.headSha, required: environment.approvals });
    const reasons = outcome.missing.map((message) => ({
        code: message.includes('requested changes')
            ? 'changes-requested'
            : message.includes('earlier commit')
                ? 'stale-approval'
                : 'approvals',
        message,
    }));
    reasons.push(...groupReasons(input, environment, outcome.approvers));
    // Say why an approval on the head did not count, when approvals are what is missing.
    if (reasons.length > 0) {
        const approvedHead = new Set(request.reviews.filter((r) => r.state === 'approved' && r.commitSha === request.headSha).map((r) => engine_key(r.reviewer)));
        for (const review of request.reviews) {
            const who = engine_key(review.reviewer);
            const why = excluded.get(who);
            if (why && approvedHead.delete(who))
                reasons.push({ code: 'not-eligible', message: `approvals by ${review.reviewer} do not count: ${why}` });
        }
    }
    return { reasons, approvers: outcome.approvers };
}
/** Judges a request against the policy: every reason it may not merge now, or none. */
function evaluatePolicy(input) {
    const { change, config, request } = input;
    const base = { environment: change.environment, model: change.model, version: change.version, kind: change.kind };
    const reasons = [...originReasons(request)];
    const environment = config.environments.find((e) => e.name === change.environment);
    if (!change.plan.ok || !environment) {
        reasons.push(...(change.plan.ok ? [] : change.plan.reasons).map((message) => ({ code: 'plan', message })));
        if (!environment)
            reasons.push({ code: 'plan', message: `environment ${change.environment} is not in dhow.yaml` });
        return { ...base, satisfied: false, reasons, approvers: [] };
    }
    reasons.push(...changeSetReasons(change.plan.changes, request, change));
    // A rollback goes back to a version that already ran here under this policy: it needs no approval,
    // gate or soak (the drift revert must land unattended), only to be exactly the planned rollback.
    // A hold only makes things safer (a version may not go live): it needs no approval either.
    if (change.kind === 'rollback' || change.kind === 'hold')
        return { ...base, satisfied: reasons.length === 0, reasons, approvers: [] };
    if (change.kind === 'unhold') {
        // Lifting a hold re-allows a version: the environment's approvals, as for putting one live. Gates,
        // residency and soak are the promotion's business when the version is promoted later.
        const approvals = approvalReasons(input, environment);
        const ordered = [...approvals.reasons, ...reasons];
        return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
    }
    reasons.push(...gateReasons(input, environment), ...residencyReasons(input.record, config), ...soakReasons(input, environment));
    const approvals = approvalReasons(input, environment);
    // Approvals first: they are what people act on most often, and what the status description shows.
    const ordered = [...approvals.reasons, ...reasons];
    return { ...base, satisfied: ordered.length === 0, reasons: ordered, approvers: approvals.approvers };
}

;// CONCATENATED MODULE: ./src/policy/request.ts
/**
 * Judging one request through any Forge: gathers what the policy engine needs (the request, its changed
 * files, its reviews with the roles of those whose review could count, the registry on the request's
 * base, the release history of the environment before) with as few reads as the forge allows, re-makes
 * the plan on the base and calls evaluatePolicy. The local `dhow merge` and GitHub's `policy-check` both
 * call this, so they refuse the same things. A request that is neither a promotion nor a revert is judged
 * by the files it touches: none of the registry's governed files, or it is refused.
 */








const PROMOTION_BRANCH = /^dhow\/promote\/([^/]+)\/([^/]+)$/;
/** dhow/hold/<env>/<model>/<version> and dhow/unhold/... (holdBranch). */
const HOLD_BRANCH = /^dhow\/(hold|unhold)\/([^/]+)\/([^/]+)\/([^/]+)$/;
/** dhow/revert/<env>/<model>/<version>-promoted-<stamp> (revertBranch); the older form had no stamp. */
const REVERT_BRANCH = /^dhow\/revert\/([^/]+)\/([^/]+)\/([^/]+?)(?:-promoted-(\d{8}T\d{6}(?:\d{1,3})?Z))?$/;
/** What a request is, from its branch name: a dhow promotion, revert, hold or unhold, or anything else. */
function request_requestKindOf(branch) {
    const promotion = PROMOTION_BRANCH.exec(branch);
    if (promotion)
        return { kind: 'promotion', environment: promotion[1], model: promotion[2] };
    const revert = REVERT_BRANCH.exec(branch);
    if (revert)
        return { kind: 'rollback', environment: revert[1], model: revert[2], version: revert[3], ...(revert[4] ? { promoted: revert[4] } : {}) };
    const hold = HOLD_BRANCH.exec(branch);
    if (hold)
        return { kind: hold[1] === 'hold' ? 'hold' : 'unhold', environment: hold[2], model: hold[3], version: hold[4] };
    return { kind: 'other' };
}
/** Files only dhow's own requests may change: releases, manifests, version records, gate evidence, the policy, workflows. */
function governedFiles(paths) {
    return paths.filter((p) => p === paths_CONFIG_PATH || /^(releases|deploy|gates|\.github)\//.test(p) || /^models\/[^/]+\/versions\//.test(p)).sort();
}
const request_key = (login) => login.trim().toLowerCase();
/** Each reviewer's latest review that is not a plain comment (the one GitHub counts). */
function latestDecisive(reviews) {
    const latest = new Map();
    const ordered = reviews.map((r, i) => ({ r, i })).sort((a, b) => a.r.submittedAt.localeCompare(b.r.submittedAt) || a.i - b.i);
    for (const { r } of ordered)
        if (r.state !== 'commented')
            latest.set(request_key(r.reviewer), r);
    return [...latest.values()];
}
/** Stints of a version in an environment from its release history (newest first). */
function stintsOf(history) {
    const stints = [];
    // Walk oldest to newest: a stint starts at the first commit that made the version live and ends at the
    // first one that made another version (or nothing) live.
    const chronological = [...history].reverse();
    let open;
    for (const entry of chronological) {
        const version = entry.release?.version;
        if (open && open.version !== version) {
            open.until = entry.date;
            stints.push(open);
            open = undefined;
        }
        if (version && !open)
            open = { version, since: entry.date };
    }
    if (open)
        stints.push(open);
    return stints.reverse();
}
async function readAll(forge, paths, ref) {
    return forge.readFiles ? forge.readFiles(paths, ref) : Promise.all(paths.map((p) => forge.readFile(p, ref)));
}
/** Reviewers whose role could matter: their latest review approves the head, or blocks. */
function rolesWanted(reviews, headSha, skip) {
    return latestDecisive(reviews)
        .filter((r) => !skip.has(request_key(r.reviewer)) && !r.bot && ((r.state === 'approved' && r.commitSha === headSha) || r.state === 'changes_requested'))
        .map((r) => r.reviewer);
}
/** Reviewers whose latest review approves the head: the only ones whose team membership could count. */
function headApprovers(reviews, headSha, skip) {
    return latestDecisive(reviews)
        .filter((r) => !skip.has(request_key(r.reviewer)) && r.state === 'approved' && r.commitSha === headSha && !r.bot)
        .map((r) => r.reviewer);
}
/** Every team an environment names, as a listed reviewer or a required approver group. */
function namedTeams(environment) {
    return [...new Set([...environment.reviewers.teams, ...(environment['required-approvers'] ?? []).flatMap((g) => ('team' in g ? [g.team] : []))])];
}
function withRoles(reviews, roles) {
    const byKey = new Map([...roles].map(([login, role]) => [request_key(login), role]));
    return reviews.map((r) => {
        const permission = byKey.get(request_key(r.reviewer));
        return permission === undefined ? r : { ...r, permission };
    });
}
/** Looks up roles only for reviewers whose latest review could count (approves the head, or blocks). */
async function withPermissions(forge, reviews, headSha, skip) {
    const wanted = rolesWanted(reviews, headSha, skip);
    const roles = new Map();
    if (forge.permissionsOf && wanted.length > 0) {
        // One query for every reviewer: the cost stays constant in the number of reviews.
        for (const [login, role] of await forge.permissionsOf(wanted))
            roles.set(login, role);
    }
    else
        await Promise.all(wanted.map(async (login) => roles.set(login, await forge.permissionOf(login))));
    return withRoles(reviews, roles);
}
/** Members (among the reviewers who approved the head) of every team the environment names. */
async function teamMembers(teams, named, reviews, headSha, skip) {
    if (named.length === 0)
        return {};
    const candidates = headApprovers(reviews, headSha, skip);
    // One query for every (team, approver) where the forge can: the cost stays constant in the number of reviews.
    if (teams.teamMembersAmong)
        return candidates.length ? teams.teamMembersAmong(named, candidates) : Object.fromEntries(named.map((t) => [t, []]));
    const members = {};
    await Promise.all(named.map(async (team) => {
        const found = [];
        for (const login of candidates)
            if (await teams.isTeamMember(team, login))
                found.push(login);
        members[team] = found;
    }));
    return members;
}
/**
 * The reviewers' roles and the teams' members among the approvers. Where the same token reads both and
 * the forge can, one query answers both (issue 10: a policy check costs the same whatever the reviews).
 */
async function rolesAndTeams(forge, teamReader, named, reviews, headSha, skip) {
    if (named.length > 0 && teamReader === forge && forge.reviewersOf) {
        const both = await forge.reviewersOf(rolesWanted(reviews, headSha, skip), named, headApprovers(reviews, headSha, skip));
        return { judged: withRoles(reviews, both.roles), teams: both.members };
    }
    const judged = await withPermissions(forge, reviews, headSha, skip);
    return { judged, teams: await teamMembers(teamReader, named, reviews, headSha, skip) };
}
function releaseOnHead(request, path, text) {
    return text === null ? null : parseRegistryFile('Release', `${request.branch}:${path}`, text);
}
/**
 * The plan of a hold change re-made on the base: today's release with exactly that one hold added (its
 * reason, who and when as the request's head states them: they are the requester's to say) or removed.
 */
function planHoldChange(action, state, version, head, id) {
    const input = { model: state.model, environment: head.environment, version, reason: '' };
    if (action === 'unhold') {
        const plan = planUnhold(state, input);
        if (plan.ok && plan.change === 'none')
            return { ok: false, reasons: [`${state.model} ${version} is not held in ${input.environment}: there is no hold to lift`] };
        return plan.ok ? { ok: true, changes: plan.changes, release: plan.release } : plan;
    }
    const asked = head.holds.find((h) => h.version === version);
    if (!asked)
        return { ok: false, reasons: [`#${id} does not hold ${version} in ${releasePath(input.environment, state.model)}: it is not the hold its branch names`] };
    const plan = planHold(state, { ...input, reason: asked.reason }, { by: asked.by, at: asked.at });
    if (!plan.ok)
        return plan;
    if (plan.change === 'none')
        return { ok: false, reasons: [`${state.model} ${version} is already held in ${input.environment}: there is nothing to add`] };
    const release = { ...state.release, holds: [...state.release.holds, asked] };
    return { ok: true, release, changes: [{ path: releasePath(input.environment, state.model), content: files_serializeRegistryFile(release) }] };
}
/** Judges request `id` of `forge` against the registry's policy on the request's base. */
async function judgeRequest(forge, id, options) {
    const request = await forge.getRequest(id);
    if (request.state !== 'open')
        throw new errors/* DhowError */.Bp('refused', `request ${id} is ${request.state}: nothing to judge`);
    const kind = request_requestKindOf(request.branch);
    const registry = forge.description;
    const origin = request.headRepository ?? registry;
    if (kind.kind === 'other') {
        const changed = await forge.changedFiles(id);
        const governed = governedFiles(changed);
        const reasons = governed.length
            ? [
                {
                    code: 'unplanned-files',
                    message: `#${id} changes ${governed.slice(0, 5).join(', ')}${governed.length > 5 ? ` and ${governed.length - 5} more` : ''}: only dhow's promotion and revert requests may change releases, deploy manifests, version records, dhow.yaml or .github`,
                },
            ]
            : [];
        return { request, kind, satisfied: reasons.length === 0, reasons, approvers: [] };
    }
    const { environment, model } = kind;
    const path = releasePath(environment, model);
    const [reviews, changedFiles, reader, [headText]] = await Promise.all([
        forge.listReviews(id),
        forge.changedFiles(id),
        RegistryReader.open(forge, request.base),
        readAll(forge, [path], request.headSha),
    ]);
    const release = releaseOnHead(request, path, headText);
    const config = await reader.config();
    const environmentPolicy = config.environments.find((e) => e.name === environment);
    const envs = config.environments.map((e) => e.name);
    const atHead = new Map();
    const prefetch = async (paths) => {
        const texts = paths.length ? await readAll(forge, paths, request.headSha) : [];
        paths.forEach((p, i) => atHead.set(p, texts[i] ?? null));
    };
    let plan;
    let state;
    let history = [];
    let evidence;
    if (!release) {
        plan = { ok: false, reasons: [`#${id} does not hold ${path}: it is not a ${kind.kind} dhow made`] };
    }
    else if (kind.kind === 'promotion') {
        const before = environmentBefore(envs, environment);
        // The request's own files are read in the same round trip as the base's state (a batching forge
        // answers both in one query); a planned path the request does not change is read later, if ever.
        // Gate evidence is read on the base: a request cannot bring its own (it would change gates/, unplanned).
        const [loaded, recorded] = await Promise.all([
            loadModelState(reader, model, { versions: [release.version], deployOf: [environment] }),
            reader.gateEvidenceByEnvironment(model, release.version, envs),
            prefetch(changedFiles),
        ]);
        evidence = Object.fromEntries(Object.entries(recorded).map(([env, file]) => [env, gateEvidenceOfFile(file)]));
        // The history of the environment before: for the order (a version no longer live there) and for soak.
        const needHistory = before && (environmentPolicy?.soak || loaded.releases[before]?.version !== release.version);
        history = needHistory ? await reader.releaseHistory(before, model) : [];
        state = before && needHistory ? { ...loaded, history: { [before]: history.map((e) => e.release).filter((r) => r !== null) } } : loaded;
        plan = planPromotion(state, model, release.version, environment, config, { by: release['promoted-by'], at: release['promoted-at'] });
    }
    else if (kind.kind === 'hold' || kind.kind === 'unhold') {
        const [current, modelFile, record] = await Promise.all([
            reader.release(environment, model),
            reader.model(model),
            reader.version(model, kind.version),
            prefetch(changedFiles),
        ]);
        plan = planHoldChange(kind.kind, { config, model, modelKnown: modelFile !== null, versionKnown: record !== null, release: current ?? undefined }, kind.version, release, id);
    }
    else {
        const [current] = await Promise.all([reader.release(environment, model), prefetch(changedFiles)]);
        const target = current?.['last-known-good'];
        state = await loadModelState(reader, model, { versions: target ? [target] : [], historyOf: [environment], deployOf: [environment] });
        const hold = release.holds.find((h) => h.version === kind.version);
        if (!current || current.version !== kind.version)
            plan = { ok: false, reasons: [`${environment} runs ${current?.version ?? 'nothing'} of ${model}, not ${kind.version}: there is nothing to revert`] };
        else if (kind.promoted && promotionStamp(current['promoted-at']) !== kind.promoted) {
            // The request undoes an earlier promotion of the same version (reverted, then promoted again).
            plan = {
                ok: false,
                reasons: [
                    `#${id} undoes the promotion of ${model} ${kind.version} made at ${kind.promoted}, but the one live in ${environment} was made at ${current['promoted-at']}: a new alert opens a new revert request`,
                ],
            };
        }
        else if (!target)
            plan = { ok: false, reasons: [`${environment} has no last known good version of ${model} to revert to`] };
        else if (release.version !== target)
            plan = { ok: false, reasons: [`#${id} puts ${release.version} live, not ${environment}'s last known good version ${target}`] };
        else {
            // A revert always holds the version it replaces: one without the hold differs from the plan.
            const held = hold ?? { version: kind.version, reason: `reverted by #${id}`, by: release['promoted-by'] };
            plan = planRollback(state, model, environment, {
                to: target,
                by: release['promoted-by'],
                at: release['promoted-at'],
                reason: held.reason,
                revertOf: kind.version,
                hold: { version: held.version, reason: held.reason, by: held.by, ...(hold?.alert ? { alert: hold.alert } : {}) },
            });
        }
    }
    const plannedPaths = plan.ok ? plan.changes.map((c) => c.path) : [];
    await prefetch(plannedPaths.filter((p) => !atHead.has(p)));
    const files = Object.fromEntries(plannedPaths.map((p) => [p, atHead.get(p) ?? null]));
    // A hold change leaves promoted-by as it was (someone else's promotion): its requester is the author.
    const holdChange = kind.kind === 'hold' || kind.kind === 'unhold';
    const promotedBy = holdChange ? request.author : (release?.['promoted-by'] ?? request.author);
    const requesters = new Set([request_key(request.author), request_key(promotedBy), ...(options.ignore ?? []).map(request_key)]);
    // Roles matter only where approvals do: a revert or a hold needs none, so it costs no lookups.
    const approved = kind.kind === 'promotion' || kind.kind === 'unhold';
    const { judged, teams } = approved
        ? await rolesAndTeams(forge, options.teams ?? forge, environmentPolicy ? namedTeams(environmentPolicy) : [], reviews, request.headSha, requesters)
        : { judged: reviews, teams: {} };
    const version = kind.kind === 'hold' || kind.kind === 'unhold' ? kind.version : (release?.version ?? (kind.kind === 'rollback' ? kind.version : '?'));
    const verdict = evaluatePolicy({
        change: { kind: kind.kind, environment, model, version, promotedBy, plan },
        config,
        ...(state?.versions[version] ? { record: state.versions[version] } : {}),
        ...(evidence ? { evidence } : {}),
        request: { id, headSha: request.headSha, headRepository: origin, baseRepository: registry, author: request.author, changedFiles, files, reviews: judged },
        teams,
        previousStints: stintsOf(history),
        now: options.now,
        ...(options.ignore ? { ignore: options.ignore } : {}),
    });
    return {
        request,
        kind,
        satisfied: verdict.satisfied,
        reasons: verdict.reasons,
        approvers: verdict.approvers,
        verdict,
        ...(release ? { release } : {}),
        ...(environmentPolicy ? { environmentPolicy } : {}),
    };
}

;// CONCATENATED MODULE: ./src/policy/check.ts

const POLICY_CONTEXT = 'dhow/policy';
/** Whether a pull request branch is a dhow promotion, and of what. */
function promotionOf(branch) {
    const kind = requestKindOf(branch);
    return kind.kind === 'promotion' ? { environment: kind.environment, model: kind.model } : null;
}
/** One line under 140 characters: the first thing missing, and how many more there are. */
function statusDescription(missing, approvers, kind = 'promotion') {
    if (missing.length === 0) {
        const text = kind === 'other'
            ? 'Changes no file dhow governs'
            : kind === 'rollback'
                ? 'Exactly the planned rollback to the last known good version'
                : kind === 'hold'
                    ? 'Exactly the planned hold; a hold needs no approval'
                    : kind === 'unhold'
                        ? `Exactly the planned lifting of a hold; approved by ${approvers.join(', ') || 'nobody (none needed)'}`
                        : approvers.length
                            ? `Approved by ${approvers.join(', ')}; order, gates, holds and residency hold`
                            : 'No approval needed; order, gates, holds and residency hold';
        return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
    }
    const more = missing.length > 1 ? ` (+${missing.length - 1} more)` : '';
    const room = 140 - more.length;
    const first = missing[0].length <= room ? missing[0] : `${missing[0].slice(0, room - 1)}…`;
    return first + more;
}
const APPROVAL_CODES = new Set(['approvals', 'changes-requested', 'stale-approval', 'not-eligible', 'required-approvers']);
/** Judges any open pull request of the registry repository: promotions, reverts and hand-made ones. */
async function checkRequestPolicy(forge, id, options) {
    const judgement = await judgeRequest(forge, id, {
        now: options.now ?? new Date().toISOString(),
        ignore: ['github-actions[bot]', ...(options.ignore ?? [])],
        ...(options.teams ? { teams: options.teams } : {}),
    });
    const missing = judgement.reasons.map((r) => r.message);
    const { kind } = judgement;
    const approvalMissing = judgement.reasons.filter((r) => APPROVAL_CODES.has(r.code)).map((r) => r.message);
    options.logger.info(missing.length === 0 ? `#${id}: the policy is satisfied` : `#${id}: ${missing.length} thing(s) missing:\n  - ${missing.join('\n  - ')}`);
    return {
        request: judgement.request,
        kind: kind.kind,
        environment: kind.kind === 'other' ? '' : kind.environment,
        model: kind.kind === 'other' ? '' : kind.model,
        version: judgement.verdict?.version ?? judgement.release?.version ?? '',
        satisfied: judgement.satisfied,
        approvals: { satisfied: approvalMissing.length === 0, approvers: judgement.approvers, missing: approvalMissing },
        reasons: judgement.reasons,
        missing,
        description: statusDescription(missing, judgement.approvers, kind.kind),
        ...(judgement.environmentPolicy ? { environmentPolicy: judgement.environmentPolicy } : {}),
    };
}
/** The verdict on a dhow promotion pull request, or null for any other pull request. */
async function checkPromotionPolicy(forge, id, options) {
    const request = await forge.getRequest(id);
    if (!promotionOf(request.branch))
        return null;
    return checkRequestPolicy(forge, id, options);
}


/***/ })

};
