/**
 * The `register` action: records a model version in the registry repository (one commit on its default
 * branch, compare-and-swap, retried on a lost race). The record is the train action's draft
 * (`version-file`) overlaid with the inputs and where it came from (this repository, commit and run).
 * With `environment`, the gate report becomes that environment's gate evidence
 * (gates/<env>/<model>/<version>.yaml) in the same commit; without it, the legacy `gates` of the record.
 * Registering identical content again (from another environment's run, or a re-run) writes nothing but
 * evidence that is new.
 */
import * as core from '../runner.js';
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import { lazySchema } from '../../lazy-schema.js';
import { EnvironmentName, ModelName, VersionName } from '../../registry/names.js';
import { actionsLogger, booleanInput, optionalInput, runAction, secretInput, stringInput, workspacePath } from '../runtime.js';
import { parseInputs, RepositoryInput } from '../settings.js';

const ACTION = 'register';

// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = lazySchema(() =>
  z.object({
    'github-token': z.string().min(1, 'is required'),
    registry: RepositoryInput(),
    'version-file': z.string().optional(),
    model: ModelName().optional(),
    version: VersionName().optional(),
    'artifact-uri': z.string().min(1).optional(),
    'artifact-digest': z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256: and 64 hex digits')
      .optional(),
    'gate-report': z.string().optional(),
    profile: z.string().optional(),
    environment: EnvironmentName().optional(),
    'api-url': z.string().optional(),
    'registered-by': z.string().min(1, 'is required (or GITHUB_ACTOR)'),
    summary: z.boolean(),
  }),
);

function getInputs() {
  const token = secretInput('github-token');
  return parseInputs(Settings(), {
    'github-token': token,
    registry: stringInput('registry', { required: true }),
    'version-file': optionalInput('version-file'),
    model: optionalInput('model'),
    version: optionalInput('version'),
    'artifact-uri': optionalInput('artifact-uri'),
    'artifact-digest': optionalInput('artifact-digest'),
    'gate-report': optionalInput('gate-report'),
    profile: optionalInput('profile'),
    environment: optionalInput('environment'),
    'api-url': optionalInput('api-url'),
    'registered-by': stringInput('registered-by') || process.env.GITHUB_ACTOR || '',
    summary: booleanInput('summary', true),
  });
}

async function readProfileInput(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new DhowError('not-found', `input "profile": cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, { field: 'profile' });
  }
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = getInputs();
    const logger = actionsLogger();
    const env = process.env;
    // The registry's schemas and Octokit load once the inputs are known to be good.
    const { readGateReportFile, reportDigest, versionGates } = await import('../../gates/report.js');
    const { connectRegistry, runUrl } = await import('../../forge/connect.js');
    const { validateRegistryObject } = await import('../../registry/files.js');
    const { versionPath } = await import('../../registry/paths.js');
    const { API_VERSION } = await import('../../registry/schemas.js');
    const { registerVersion } = await import('../../registry/store.js');
    const { readVersionDraftFile } = await import('../../train/draft.js');
    const draftFile = settings['version-file'] ? workspacePath(settings['version-file']) : undefined;
    const draft = draftFile ? await readVersionDraftFile(draftFile, 'version-file') : {};
    const model = settings.model ?? (draft.model as string | undefined);
    const version = settings.version ?? (draft.version as string | undefined);
    if (!model) throw new DhowError('usage', 'input "model" is required (or a version-file that names it)', { field: 'model' });
    if (!version) throw new DhowError('usage', 'input "version" is required (or a version-file that names it)', { field: 'version' });

    const artifact = { ...((draft.artifact as Record<string, unknown> | undefined) ?? {}) };
    if (settings['artifact-uri']) artifact.uri = settings['artifact-uri'];
    if (settings['artifact-digest']) artifact.digest = settings['artifact-digest'];
    const source = { ...((draft.source as Record<string, unknown> | undefined) ?? {}) };
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) source.repository ??= `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
    if (env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA)) source.commit ??= env.GITHUB_SHA;
    const run = runUrl(env);
    if (run) source['run-url'] ??= run;
    if (env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT)) source['run-attempt'] ??= Number(env.GITHUB_RUN_ATTEMPT);

    const environment = settings.environment;
    if (environment !== undefined && !settings['gate-report']) {
      throw new DhowError('usage', 'input "environment" names whose gate evidence "gate-report" is: pass both, or neither', { field: 'environment' });
    }
    const gates = settings['gate-report'] ? await readGateReportFile(workspacePath(settings['gate-report']), 'gate-report') : undefined;
    if (gates?.report.blocked && gates.report.verdict === 'fail')
      logger.warning(`the gate report blocks ${model} ${version}: it is registered, but its promotion will be refused`);
    const results = gates ? versionGates(gates.report, reportDigest(gates.text)) : undefined;
    const registeredAt = new Date().toISOString();

    const record = validateRegistryObject('ModelVersion', draftFile ?? versionPath(model, version), {
      ...draft,
      apiVersion: API_VERSION,
      kind: 'ModelVersion',
      model,
      version,
      artifact,
      source,
      ...(results && environment === undefined ? { gates: results } : {}),
      'created-by': (draft['created-by'] as string | undefined) ?? settings['registered-by'],
      'created-at': (draft['created-at'] as string | undefined) ?? registeredAt,
    });
    // The evidence names this run, so a "Re-run" of it is recognised (gate-evidence.ts).
    const evidence =
      results && environment !== undefined
        ? {
            environment,
            attempt: {
              ...results,
              ...(run ? { 'run-url': run } : {}),
              ...(env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? { 'run-attempt': Number(env.GITHUB_RUN_ATTEMPT) } : {}),
              'recorded-by': settings['registered-by'],
              'recorded-at': registeredAt,
            },
          }
        : undefined;
    // The reference profile for scheduled drift checks, kept with the version (registry/profile-file.ts).
    const profile = settings.profile ? { text: await readProfileInput(workspacePath(settings.profile)), file: settings.profile } : undefined;
    const forge = connectRegistry({ token: settings['github-token'], registry: settings.registry, apiUrl: settings['api-url'], logger });
    const result = await logger.group(`Register ${model} ${version}`, () =>
      registerVersion(forge, record, { logger, by: settings['registered-by'], ...(evidence ? { evidence } : {}), ...(profile ? { profile } : {}) }),
    );

    const operation = result.operation === 'created' ? 'created' : 'none';
    core.setOutput('operation', operation);
    core.setOutput('version-path', result.path);
    core.setOutput('commit', result.commit);
    core.setOutput('evidence', result.evidence?.operation === 'recorded' ? 'recorded' : 'none');
    if (result.evidence) core.setOutput('evidence-path', result.evidence.path);
    if (result.profile) core.setOutput('profile-path', result.profile.path);
    if (settings.summary) {
      core.summary.addHeading(`Registered ${model} ${version}`, 2).addTable([
        [
          { data: 'Registry', header: true },
          { data: 'Record', header: true },
          { data: 'Operation', header: true },
          { data: 'Gates', header: true },
        ],
        [
          settings.registry,
          `<code>${result.path}</code>`,
          operation === 'none' ? 'none (already registered)' : 'created',
          result.evidence ? `${environment}: ${results!.verdict} (${result.evidence.message})` : (record.gates?.verdict ?? 'not recorded'),
        ],
      ]);
      await core.summary.write();
    }
  });
}
