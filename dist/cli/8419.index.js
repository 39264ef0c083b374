export const id = 8419;
export const ids = [8419];
export const modules = {

/***/ 28419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/registry/files.ts + 1 modules
var files = __webpack_require__(47682);
// EXTERNAL MODULE: ./src/registry/profile-file.ts
var profile_file = __webpack_require__(66257);
// EXTERNAL MODULE: ./src/registry/render.ts + 1 modules
var render = __webpack_require__(34699);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(50123);
// EXTERNAL MODULE: ./src/registry/paths.ts
var registry_paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/registry/validate.ts





const KNOWN_TOP_LEVEL = new Set(['dhow.yaml', 'README.md', 'models', 'releases', 'deploy', 'gates', 'policies', '.github', '.gitignore', 'CODEOWNERS']);
/** Every file path at a ref: one call where the forge lists trees, a directory walk otherwise. */
async function allFiles(forge, ref) {
    if (forge.listTree)
        return forge.listTree('', ref);
    const out = [];
    const walk = async (dir) => {
        const entries = await forge.listDirectory(dir, ref);
        await Promise.all(entries.map(async (name) => {
            const path = dir ? `${dir}/${name}` : name;
            const children = await forge.listDirectory(path, ref);
            if (children.length === 0)
                out.push(path);
            else
                await walk(path);
        }));
    };
    await walk('');
    return out.sort();
}
async function validateRegistry(forge, ref) {
    const problems = [];
    const add = (file, message, field) => problems.push({ file, message, ...(field ? { field } : {}) });
    const paths = await allFiles(forge, ref);
    const texts = forge.readFiles ? await forge.readFiles(paths, ref) : await Promise.all(paths.map((p) => forge.readFile(p, ref)));
    const content = new Map(paths.map((p, i) => [p, texts[i] ?? null]));
    // dhow.yaml
    let config = null;
    const configText = content.get(registry_paths/* CONFIG_PATH */.tF);
    if (configText == null)
        add(registry_paths/* CONFIG_PATH */.tF, 'missing: every registry has a dhow.yaml (dhow init writes one)');
    else {
        const checked = (0,files/* checkRegistryFile */.w6)('Registry', registry_paths/* CONFIG_PATH */.tF, configText);
        problems.push(...checked.problems);
        config = checked.value;
    }
    const environments = new Set(config?.environments.map((e) => e.name) ?? []);
    const reported = new Set();
    const once = (file, message) => {
        if (!reported.has(file))
            add(file, message);
        reported.add(file);
    };
    const models = new Map();
    const versions = new Map();
    const releases = new Map();
    const evidence = new Map(); // path -> file
    const deployFiles = new Map(); // "env/model" -> paths
    const modelDirs = new Set();
    const profiles = [];
    for (const path of paths) {
        const parts = path.split('/');
        // A gitlink (submodule) or anything else that is no blob has no text to check: say so, never crash.
        if (content.get(path) === null && KNOWN_TOP_LEVEL.has(parts[0]) && parts[0] !== '.github') {
            add(path, 'not a file (a submodule or other non-blob entry): the registry holds only files');
            continue;
        }
        const top = parts[0];
        if (!KNOWN_TOP_LEVEL.has(top)) {
            once(top, 'not part of the registry format (dhow.yaml, models/, releases/, deploy/, gates/, policies/)');
            continue;
        }
        if (top === 'models') {
            const model = parts[1];
            if (!(0,names/* isValidName */.uV)('model', model)) {
                once(`models/${model}`, `"${model}" is not a valid model name`);
                continue;
            }
            modelDirs.add(model);
            if (parts.length === 3 && parts[2] === 'model.yaml') {
                const checked = (0,files/* checkRegistryFile */.w6)('Model', path, content.get(path));
                problems.push(...checked.problems);
                if (checked.value?.name !== undefined && checked.value.name !== model)
                    add(path, `says "${checked.value.name}" but lives in models/${model}/`, 'name');
                if (checked.value)
                    models.set(model, checked.value);
            }
            else if (parts.length === 4 && parts[2] === 'versions' && parts[3].endsWith('.yaml') && (0,names/* isValidName */.uV)('version', parts[3].slice(0, -5))) {
                const version = parts[3].slice(0, -5);
                const checked = (0,files/* checkRegistryFile */.w6)('ModelVersion', path, content.get(path));
                problems.push(...checked.problems);
                if (!checked.value)
                    continue;
                if (checked.value.model !== model)
                    add(path, `says "${checked.value.model}" but lives in models/${model}/`, 'model');
                if (checked.value.version !== version)
                    add(path, `says "${checked.value.version}" but the file is ${version}.yaml`, 'version');
                versions.set(`${model}/${version}`, checked.value);
            }
            else if (parts[2] === 'versions') {
                add(path, 'not a version file: versions/<version>.yaml with a valid version name');
            }
            else if (parts.length === 4 && parts[2] === 'profiles' && parts[3].endsWith('.json') && (0,names/* isValidName */.uV)('version', parts[3].slice(0, -5))) {
                problems.push(...(await (0,profile_file/* checkProfileText */.T4)(path, content.get(path))));
                profiles.push({ path, model, version: parts[3].slice(0, -5) });
            }
            else if (parts[2] === 'profiles') {
                add(path, 'not a reference profile: profiles/<version>.json with a valid version name');
            }
            else {
                add(path, 'unexpected file: a model directory holds model.yaml, versions/ and profiles/');
            }
        }
        else if (top === 'releases') {
            const env = parts[1];
            if (!(0,names/* isValidName */.uV)('environment', env)) {
                once(`releases/${env}`, `"${env}" is not a valid environment name`);
                continue;
            }
            if (config && !environments.has(env))
                once(`releases/${env}`, `environment "${env}" is not in dhow.yaml (${[...environments].join(', ')})`);
            const model = parts[2]?.replace(/\.yaml$/, '') ?? '';
            if (parts.length !== 3 || !parts[2].endsWith('.yaml') || !(0,names/* isValidName */.uV)('model', model)) {
                add(path, 'not a release file: releases/<environment>/<model>.yaml');
                continue;
            }
            const checked = (0,files/* checkRegistryFile */.w6)('Release', path, content.get(path));
            problems.push(...checked.problems);
            if (!checked.value)
                continue;
            if (checked.value.environment !== env)
                add(path, `says "${checked.value.environment}" but lives in releases/${env}/`, 'environment');
            if (checked.value.model !== model)
                add(path, `says "${checked.value.model}" but the file is ${model}.yaml`, 'model');
            releases.set(`${env}/${model}`, checked.value);
        }
        else if (top === 'gates') {
            const [, env = '', model = '', file = ''] = parts;
            if (!(0,names/* isValidName */.uV)('environment', env)) {
                once(`gates/${env}`, `"${env}" is not a valid environment name`);
                continue;
            }
            if (config && !environments.has(env))
                once(`gates/${env}`, `environment "${env}" is not in dhow.yaml (${[...environments].join(', ')})`);
            const version = file.replace(/\.yaml$/, '');
            if (parts.length !== 4 || !file.endsWith('.yaml') || !(0,names/* isValidName */.uV)('model', model) || !(0,names/* isValidName */.uV)('version', version)) {
                add(path, 'not a gate evidence file: gates/<environment>/<model>/<version>.yaml');
                continue;
            }
            const checked = (0,files/* checkRegistryFile */.w6)('GateEvidence', path, content.get(path));
            problems.push(...checked.problems);
            if (!checked.value)
                continue;
            if (checked.value.environment !== env)
                add(path, `says "${checked.value.environment}" but lives in gates/${env}/`, 'environment');
            if (checked.value.model !== model)
                add(path, `says "${checked.value.model}" but lives in gates/${env}/${model}/`, 'model');
            if (checked.value.version !== version)
                add(path, `says "${checked.value.version}" but the file is ${version}.yaml`, 'version');
            evidence.set(path, checked.value);
        }
        else if (top === 'deploy') {
            const [, env = '', model = ''] = parts;
            if (!(0,names/* isValidName */.uV)('environment', env)) {
                once(`deploy/${env}`, `"${env}" is not a valid environment name`);
                continue;
            }
            if (config && !environments.has(env))
                once(`deploy/${env}`, `environment "${env}" is not in dhow.yaml`);
            if (parts.length !== 4 || !(0,names/* isValidName */.uV)('model', model)) {
                add(path, 'not a rendered manifest: deploy/<environment>/<model>/<file>');
                continue;
            }
            const key = `${env}/${model}`;
            deployFiles.set(key, [...(deployFiles.get(key) ?? []), path]);
        }
    }
    for (const [name, owners] of (0,names/* kubernetesNameClashes */.DQ)(modelDirs)) {
        for (const model of owners) {
            add(`models/${model}`, `deploys as the Kubernetes object "${name}", like ${owners
                .filter((o) => o !== model)
                .map((o) => `"${o}"`)
                .join(', ')}: one would overwrite the other; rename one`, 'name');
        }
    }
    for (const model of modelDirs) {
        if (!content.has(`models/${model}/model.yaml`))
            add(`models/${model}/model.yaml`, 'missing: every model directory needs a model.yaml');
    }
    for (const [key, release] of releases) {
        const path = `releases/${key}.yaml`;
        if (!models.has(release.model) && !modelDirs.has(release.model))
            add(path, `model "${release.model}" is not registered (no models/${release.model}/model.yaml)`, 'model');
        const record = versions.get(`${release.model}/${release.version}`);
        if (!record)
            add(path, `version "${release.version}" of ${release.model} is not registered`, 'version');
        else if (record.artifact.digest !== release.digest) {
            add(path, `${release.digest} differs from the version record's artifact digest ${record.artifact.digest}`, 'digest');
        }
        for (const [field, v] of [
            ['previous', release.previous],
            ['last-known-good', release['last-known-good']],
            ['revert-of', release['revert-of']],
            ['rollout.stable', release.rollout?.stable],
        ]) {
            if (v && !versions.has(`${release.model}/${v}`))
                add(path, `version "${v}" of ${release.model} is not registered`, field);
        }
        release.holds.forEach((h, j) => {
            if (!versions.has(`${release.model}/${h.version}`))
                add(path, `held version "${h.version}" of ${release.model} is not registered`, `holds.${j}.version`);
        });
    }
    for (const [path, file] of evidence) {
        if (!versions.has(`${file.model}/${file.version}`))
            add(path, `version "${file.version}" of ${file.model} is not registered`, 'version');
    }
    for (const profile of profiles) {
        if (!versions.has(`${profile.model}/${profile.version}`))
            add(profile.path, `version "${profile.version}" of ${profile.model} is not registered: a profile belongs to a version`);
    }
    // deploy/<env>/<model>/ holds exactly what the release renders.
    for (const [key, present] of deployFiles) {
        const release = releases.get(key);
        if (!release) {
            add(`deploy/${key}`, `no release file releases/${key}.yaml renders these manifests`);
            continue;
        }
        const record = versions.get(`${release.model}/${release.version}`);
        if (!record || !config)
            continue;
        const stable = release.rollout ? versions.get(`${release.model}/${release.rollout.stable}`) : undefined;
        // A RawDeployment canary cannot be rendered without its stable version: the missing record is reported above.
        if (!stable && (0,render/* rendersStableVersion */.bQ)(release, config))
            continue;
        const expected = (0,render/* renderDeployManifests */.GQ)(release, record, config, stable);
        for (const m of expected) {
            if (!content.has(m.path))
                add(m.path, `missing: releases/${key}.yaml renders it`);
            else if (content.get(m.path) !== m.content)
                add(m.path, `differs from what releases/${key}.yaml renders (edited by hand?)`);
        }
        for (const p of present)
            if (!expected.some((m) => m.path === p))
                add(p, 'not rendered by dhow: deploy/ holds only rendered manifests');
    }
    for (const [key, release] of releases) {
        if (config && versions.has(`${release.model}/${release.version}`) && !deployFiles.has(key)) {
            add(`deploy/${key}`, `missing: releases/${key}.yaml has no rendered manifests`);
        }
    }
    // By file, then in the order found within a file: stable output to diff and to test.
    return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** dhow validate: every file against its schema and the cross-file rules; lists every problem. */




const USAGE = 'usage: dhow validate (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--ref REF] [--json]\n  Checks every file against its schema and the cross-file rules; exits 1 listing every problem.';
async function run(args, ctx) {
    if ((0,registry/* helpRequested */._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,context/* parseCommandArgs */.Qx)('validate', args, { ...registry/* WHERE_OPTIONS */.JI, ref: { type: 'string' }, json: { type: 'boolean' } });
    const forge = await (0,registry/* openForge */.ys)(ctx, 'validate', values);
    const ref = values.ref ?? (await forge.defaultBranch());
    const problems = await validateRegistry(forge, ref);
    if (values.json)
        (0,context/* writeJson */.GF)(ctx, { valid: problems.length === 0, problems });
    else if (problems.length === 0)
        ctx.stdout.write(`${forge.description} (${ref}): every file is valid\n`);
    else
        ctx.stdout.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${forge.description} (${ref}):\n${problems.map((p) => `  ${(0,files/* describeProblem */.BJ)(p)}`).join('\n')}\n`);
    return problems.length === 0 ? 0 : 1;
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


/***/ }),

/***/ 66257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ decideProfile),
/* harmony export */   T4: () => (/* binding */ checkProfileText)
/* harmony export */ });
/* unused harmony export canonicalProfile */
/**
 * The problems of a profile's text: not JSON, or not a DriftProfile (the first schema issue, by field).
 * The drift schema loads on first use: most registry work never meets a profile.
 */
async function checkProfileText(path, text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return [{ file: path, message: 'not valid JSON: a reference profile is the JSON dhow drift profile writes' }];
    }
    const { DriftProfile } = await Promise.all(/* import() */[__webpack_require__.e(134), __webpack_require__.e(2326), __webpack_require__.e(3909)]).then(__webpack_require__.bind(__webpack_require__, 52326));
    const parsed = DriftProfile.safeParse(raw);
    if (parsed.success)
        return [];
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    return [{ file: path, message: `not a drift profile: ${issue.message}`, ...(field ? { field } : {}) }];
}
/** The profile's bytes as the registry keeps them: parsed and written back with two-space indents. */
function canonicalProfile(text) {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}
/** A profile is written once per version: the same bytes again change nothing, other bytes are refused. */
function decideProfile(existing, text) {
    const content = canonicalProfile(text);
    if (existing === null)
        return { kind: 'write', content };
    if (existing === content)
        return { kind: 'unchanged' };
    return { kind: 'refused', reason: 'a different reference profile is already registered for this version: profiles are immutable, register a new version' };
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


/***/ })

};
