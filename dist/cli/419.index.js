export const id = 419;
export const ids = [419];
export const modules = {

/***/ 8419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/registry/files.ts
var files = __webpack_require__(860);
// EXTERNAL MODULE: ./src/promote/render.ts
var render = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(1815);
// EXTERNAL MODULE: ./src/registry/paths.ts
var registry_paths = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/registry/validate.ts




const KNOWN_TOP_LEVEL = new Set(['dhow.yaml', 'README.md', 'models', 'releases', 'deploy', 'policies', '.github', '.gitignore', 'CODEOWNERS']);
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
    const deployFiles = new Map(); // "env/model" -> paths
    const modelDirs = new Set();
    for (const path of paths) {
        const parts = path.split('/');
        const top = parts[0];
        if (!KNOWN_TOP_LEVEL.has(top)) {
            once(top, 'not part of the registry format (dhow.yaml, models/, releases/, deploy/, policies/)');
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
            else {
                add(path, 'unexpected file: a model directory holds model.yaml and versions/');
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
        for (const [field, v] of [['previous', release.previous], ['last-known-good', release['last-known-good']], ['revert-of', release['revert-of']]]) {
            if (v && !versions.has(`${release.model}/${v}`))
                add(path, `version "${v}" of ${release.model} is not registered`, field);
        }
        release.holds.forEach((h, j) => {
            if (!versions.has(`${release.model}/${h.version}`))
                add(path, `held version "${h.version}" of ${release.model} is not registered`, `holds.${j}.version`);
        });
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
        const expected = (0,render/* renderDeployManifests */.GQ)(release, record, config);
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

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(6611);
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

/***/ 9654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ renderDeployManifests)
/* harmony export */ });
/* unused harmony exports INFERENCE_SERVICE_FILE, kubernetesName, renderInferenceService */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _registry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/**
 * Renders the Kubernetes manifests of a release: a KServe InferenceService (serving.kserve.io/v1beta1)
 * whose storageUri is the version's artifact. Argo CD or Flux sync deploy/<environment>/<model>/; dhow
 * owns every file in that directory.
 */


/** The file name of the InferenceService in deploy/<environment>/<model>/. */
const INFERENCE_SERVICE_FILE = 'inferenceservice.yaml';
/** A Kubernetes object name (RFC 1035 label) from a model name: '.' and '_' become '-'. */
function kubernetesName(model) {
    const name = model.replace(/[._]/g, '-').replace(/-+$/, '').slice(0, 63).replace(/-+$/, '');
    return /^[a-z]/.test(name) ? name : `m-${name}`.slice(0, 63);
}
function renderInferenceService(release, record, config) {
    const environment = config.environments.find((e) => e.name === release.environment);
    const namespace = environment?.namespace ?? config.deploy.namespace;
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
    if (serving.gpu?.product)
        predictor.nodeSelector = { 'nvidia.com/gpu.product': serving.gpu.product };
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name: kubernetesName(release.model),
            namespace,
            labels: {
                'app.kubernetes.io/name': kubernetesName(release.model),
                'app.kubernetes.io/version': release.version,
                'app.kubernetes.io/managed-by': 'dhow',
                'dhow.dev/model': release.model,
                'dhow.dev/version': release.version,
                'dhow.dev/environment': release.environment,
            },
            annotations: {
                'dhow.dev/artifact-digest': record.artifact.digest,
                ...(release['revert-of'] ? { 'dhow.dev/revert-of': release['revert-of'] } : {}),
            },
        },
        spec: { predictor },
    };
}
/** Every file of deploy/<environment>/<model>/ for a release, as file changes (deterministic YAML). */
function renderDeployManifests(release, record, config) {
    const header = `# Rendered by dhow from releases/${release.environment}/${release.model}.yaml: do not edit by hand.\n`;
    return [
        {
            path: `${(0,_registry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .deployDir */ .RU)(release.environment, release.model)}/${INFERENCE_SERVICE_FILE}`,
            content: header + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(renderInferenceService(release, record, config), { lineWidth: 0 }),
        },
    ];
}


/***/ })

};
