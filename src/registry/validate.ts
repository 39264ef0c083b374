/**
 * `dhow validate`: every registry file against its schema, then the rules that span files: paths match
 * the names inside, releases point to registered versions with the same digest, environments exist in
 * dhow.yaml, gate evidence is of a registered version, deploy manifests are exactly what their release renders. Lists every problem, never stops
 * at the first. Lists the tree once and reads every file once, in one batch where the forge can
 * (linear in the size of the registry).
 */
import type { RegistrySource } from './repository.js';
import { checkProfileText } from './profile-file.js';
import { renderDeployManifests, rendersStableVersion } from './render.js';
import { checkRegistryFile, type FileProblem } from './files.js';
import { isValidName, kubernetesNameClashes } from './names.js';
import { CONFIG_PATH } from './paths.js';
import type { GateEvidenceFile, ModelFile, RegistryConfig, ReleaseFile, VersionRecord } from './schemas.js';

const KNOWN_TOP_LEVEL = new Set(['dhow.yaml', 'README.md', 'models', 'releases', 'deploy', 'gates', 'policies', '.github', '.gitignore', 'CODEOWNERS']);

/** Every file path at a ref: one call where the forge lists trees, a directory walk otherwise. */
async function allFiles(forge: RegistrySource, ref: string): Promise<string[]> {
  if (forge.listTree) return forge.listTree('', ref);
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await forge.listDirectory(dir, ref);
    await Promise.all(
      entries.map(async (name) => {
        const path = dir ? `${dir}/${name}` : name;
        const children = await forge.listDirectory(path, ref);
        if (children.length === 0) out.push(path);
        else await walk(path);
      }),
    );
  };
  await walk('');
  return out.sort();
}

export async function validateRegistry(forge: RegistrySource, ref: string): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  const add = (file: string, message: string, field?: string) => problems.push({ file, message, ...(field ? { field } : {}) });
  const paths = await allFiles(forge, ref);
  const texts = forge.readFiles ? await forge.readFiles(paths, ref) : await Promise.all(paths.map((p) => forge.readFile(p, ref)));
  const content = new Map(paths.map((p, i) => [p, texts[i] ?? null]));

  // dhow.yaml
  let config: RegistryConfig | null = null;
  const configText = content.get(CONFIG_PATH);
  if (configText == null) add(CONFIG_PATH, 'missing: every registry has a dhow.yaml (dhow init writes one)');
  else {
    const checked = checkRegistryFile('Registry', CONFIG_PATH, configText);
    problems.push(...checked.problems);
    config = checked.value;
  }
  const environments = new Set(config?.environments.map((e) => e.name) ?? []);
  const reported = new Set<string>();
  const once = (file: string, message: string) => {
    if (!reported.has(file)) add(file, message);
    reported.add(file);
  };

  const models = new Map<string, ModelFile>();
  const versions = new Map<string, VersionRecord>();
  const releases = new Map<string, ReleaseFile>();
  const evidence = new Map<string, GateEvidenceFile>(); // path -> file
  const deployFiles = new Map<string, string[]>(); // "env/model" -> paths
  const modelDirs = new Set<string>();
  const profiles: { path: string; model: string; version: string }[] = [];

  for (const path of paths) {
    const parts = path.split('/');
    // A gitlink (submodule) or anything else that is no blob has no text to check: say so, never crash.
    if (content.get(path) === null && KNOWN_TOP_LEVEL.has(parts[0]!) && parts[0] !== '.github') {
      add(path, 'not a file (a submodule or other non-blob entry): the registry holds only files');
      continue;
    }
    const top = parts[0]!;
    if (!KNOWN_TOP_LEVEL.has(top)) {
      once(top, 'not part of the registry format (dhow.yaml, models/, releases/, deploy/, gates/, policies/)');
      continue;
    }
    if (top === 'models') {
      const model = parts[1]!;
      if (!isValidName('model', model)) {
        once(`models/${model}`, `"${model}" is not a valid model name`);
        continue;
      }
      modelDirs.add(model);
      if (parts.length === 3 && parts[2] === 'model.yaml') {
        const checked = checkRegistryFile('Model', path, content.get(path)!);
        problems.push(...checked.problems);
        if (checked.value?.name !== undefined && checked.value.name !== model) add(path, `says "${checked.value.name}" but lives in models/${model}/`, 'name');
        if (checked.value) models.set(model, checked.value);
      } else if (parts.length === 4 && parts[2] === 'versions' && parts[3]!.endsWith('.yaml') && isValidName('version', parts[3]!.slice(0, -5))) {
        const version = parts[3]!.slice(0, -5);
        const checked = checkRegistryFile('ModelVersion', path, content.get(path)!);
        problems.push(...checked.problems);
        if (!checked.value) continue;
        if (checked.value.model !== model) add(path, `says "${checked.value.model}" but lives in models/${model}/`, 'model');
        if (checked.value.version !== version) add(path, `says "${checked.value.version}" but the file is ${version}.yaml`, 'version');
        versions.set(`${model}/${version}`, checked.value);
      } else if (parts[2] === 'versions') {
        add(path, 'not a version file: versions/<version>.yaml with a valid version name');
      } else if (parts.length === 4 && parts[2] === 'profiles' && parts[3]!.endsWith('.json') && isValidName('version', parts[3]!.slice(0, -5))) {
        problems.push(...(await checkProfileText(path, content.get(path)!)));
        profiles.push({ path, model, version: parts[3]!.slice(0, -5) });
      } else if (parts[2] === 'profiles') {
        add(path, 'not a reference profile: profiles/<version>.json with a valid version name');
      } else {
        add(path, 'unexpected file: a model directory holds model.yaml, versions/ and profiles/');
      }
    } else if (top === 'releases') {
      const env = parts[1]!;
      if (!isValidName('environment', env)) {
        once(`releases/${env}`, `"${env}" is not a valid environment name`);
        continue;
      }
      if (config && !environments.has(env)) once(`releases/${env}`, `environment "${env}" is not in dhow.yaml (${[...environments].join(', ')})`);
      const model = parts[2]?.replace(/\.yaml$/, '') ?? '';
      if (parts.length !== 3 || !parts[2]!.endsWith('.yaml') || !isValidName('model', model)) {
        add(path, 'not a release file: releases/<environment>/<model>.yaml');
        continue;
      }
      const checked = checkRegistryFile('Release', path, content.get(path)!);
      problems.push(...checked.problems);
      if (!checked.value) continue;
      if (checked.value.environment !== env) add(path, `says "${checked.value.environment}" but lives in releases/${env}/`, 'environment');
      if (checked.value.model !== model) add(path, `says "${checked.value.model}" but the file is ${model}.yaml`, 'model');
      releases.set(`${env}/${model}`, checked.value);
    } else if (top === 'gates') {
      const [, env = '', model = '', file = ''] = parts;
      if (!isValidName('environment', env)) {
        once(`gates/${env}`, `"${env}" is not a valid environment name`);
        continue;
      }
      if (config && !environments.has(env)) once(`gates/${env}`, `environment "${env}" is not in dhow.yaml (${[...environments].join(', ')})`);
      const version = file.replace(/\.yaml$/, '');
      if (parts.length !== 4 || !file.endsWith('.yaml') || !isValidName('model', model) || !isValidName('version', version)) {
        add(path, 'not a gate evidence file: gates/<environment>/<model>/<version>.yaml');
        continue;
      }
      const checked = checkRegistryFile('GateEvidence', path, content.get(path)!);
      problems.push(...checked.problems);
      if (!checked.value) continue;
      if (checked.value.environment !== env) add(path, `says "${checked.value.environment}" but lives in gates/${env}/`, 'environment');
      if (checked.value.model !== model) add(path, `says "${checked.value.model}" but lives in gates/${env}/${model}/`, 'model');
      if (checked.value.version !== version) add(path, `says "${checked.value.version}" but the file is ${version}.yaml`, 'version');
      evidence.set(path, checked.value);
    } else if (top === 'deploy') {
      const [, env = '', model = ''] = parts;
      if (!isValidName('environment', env)) {
        once(`deploy/${env}`, `"${env}" is not a valid environment name`);
        continue;
      }
      if (config && !environments.has(env)) once(`deploy/${env}`, `environment "${env}" is not in dhow.yaml`);
      if (parts.length !== 4 || !isValidName('model', model)) {
        add(path, 'not a rendered manifest: deploy/<environment>/<model>/<file>');
        continue;
      }
      const key = `${env}/${model}`;
      deployFiles.set(key, [...(deployFiles.get(key) ?? []), path]);
    }
  }
  for (const [name, owners] of kubernetesNameClashes(modelDirs)) {
    for (const model of owners) {
      add(
        `models/${model}`,
        `deploys as the Kubernetes object "${name}", like ${owners
          .filter((o) => o !== model)
          .map((o) => `"${o}"`)
          .join(', ')}: one would overwrite the other; rename one`,
        'name',
      );
    }
  }
  for (const model of modelDirs) {
    if (!content.has(`models/${model}/model.yaml`)) add(`models/${model}/model.yaml`, 'missing: every model directory needs a model.yaml');
  }

  for (const [key, release] of releases) {
    const path = `releases/${key}.yaml`;
    if (!models.has(release.model) && !modelDirs.has(release.model))
      add(path, `model "${release.model}" is not registered (no models/${release.model}/model.yaml)`, 'model');
    const record = versions.get(`${release.model}/${release.version}`);
    if (!record) add(path, `version "${release.version}" of ${release.model} is not registered`, 'version');
    else if (record.artifact.digest !== release.digest) {
      add(path, `${release.digest} differs from the version record's artifact digest ${record.artifact.digest}`, 'digest');
    }
    for (const [field, v] of [
      ['previous', release.previous],
      ['last-known-good', release['last-known-good']],
      ['revert-of', release['revert-of']],
      ['rollout.stable', release.rollout?.stable],
    ] as const) {
      if (v && !versions.has(`${release.model}/${v}`)) add(path, `version "${v}" of ${release.model} is not registered`, field);
    }
    release.holds.forEach((h, j) => {
      if (!versions.has(`${release.model}/${h.version}`)) add(path, `held version "${h.version}" of ${release.model} is not registered`, `holds.${j}.version`);
    });
  }

  for (const [path, file] of evidence) {
    if (!versions.has(`${file.model}/${file.version}`)) add(path, `version "${file.version}" of ${file.model} is not registered`, 'version');
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
    if (!record || !config) continue;
    const stable = release.rollout ? versions.get(`${release.model}/${release.rollout.stable}`) : undefined;
    // A RawDeployment canary cannot be rendered without its stable version: the missing record is reported above.
    if (!stable && rendersStableVersion(release, config)) continue;
    const expected = renderDeployManifests(release, record, config, stable);
    for (const m of expected) {
      if (!content.has(m.path)) add(m.path, `missing: releases/${key}.yaml renders it`);
      else if (content.get(m.path) !== m.content) add(m.path, `differs from what releases/${key}.yaml renders (edited by hand?)`);
    }
    for (const p of present) if (!expected.some((m) => m.path === p)) add(p, 'not rendered by dhow: deploy/ holds only rendered manifests');
  }
  for (const [key, release] of releases) {
    if (config && versions.has(`${release.model}/${release.version}`) && !deployFiles.has(key)) {
      add(`deploy/${key}`, `missing: releases/${key}.yaml has no rendered manifests`);
    }
  }
  // By file, then in the order found within a file: stable output to diff and to test.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
