/**
 * The `gate` action: runs the gates of a policy over a candidate, writes the JSON report and the job
 * summary, sets verdict/blocked/report/report-digest/record-gates, and fails when a blocking gate fails.
 * The registry is a checkout (`registry`) or the repository itself through the API (`registry-repository`
 * with `github-token`). On bad input it fails before anything is written.
 */
import * as core from '../runner.js';
import { join, resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import { writeFileAtomic } from '../../atomic-file.js';
import type { Logger } from '../../logger.js';
import type { RegistryReader } from '../../registry/store.js';
import { planModelServer, type ModelServerPlan } from '../../gates/server-plan.js';
import { actionsLogger, booleanInput, listInput, optionalInput, runAction, secretInput, stringInput, workspaceDir } from '../runtime.js';

const ACTION = 'gate';

interface GateSettings {
  workspace: string;
  policy: string;
  candidate: string;
  registry?: string;
  /** The registry repository (owner/name), read through the API with `token`. */
  registryRepository?: string;
  token?: string;
  apiUrl?: string;
  environment?: string;
  model?: string;
  reportPath: string;
  summary: boolean;
  /** Directories besides the workspace (and the policy's directory) the policy's data files may be in. */
  dataRoots: string[];
  /** The model server the gates measure, started in the workspace and stopped afterwards. */
  modelServer?: ModelServerPlan;
}

const SERVER_INPUTS = {
  command: 'input "server-command"',
  readyUrl: 'input "server-ready-url"',
  readyTimeout: 'input "server-ready-timeout"',
  urlVariable: 'input "server-url-variable"',
};

/**
 * server-command and server-ready-url come together. The timeout and the variable have defaults in
 * action.yml (the runner always sets them), so only they alone say nothing.
 */
function serverInputs(workspace: string): ModelServerPlan | undefined {
  const command = optionalInput('server-command');
  const readyUrl = optionalInput('server-ready-url');
  if (command === undefined) {
    if (readyUrl !== undefined) {
      throw new DhowError('usage', 'input "server-ready-url" needs input "server-command" (the command that starts the model server)', {
        field: 'server-ready-url',
      });
    }
    return undefined;
  }
  const readyTimeout = optionalInput('server-ready-timeout');
  const urlVariable = optionalInput('server-url-variable');
  if (readyUrl === undefined) {
    throw new DhowError('usage', 'input "server-command" needs input "server-ready-url" (a URL that answers 2xx once the server is ready)', {
      field: 'server-ready-url',
    });
  }
  return planModelServer({ command, readyUrl, readyTimeout, urlVariable, cwd: workspace }, SERVER_INPUTS);
}

function getInputs(): GateSettings {
  const workspace = workspaceDir();
  const registry = optionalInput('registry');
  const registryRepository = optionalInput('registry-repository');
  const environment = optionalInput('environment');
  if (registry !== undefined && registryRepository !== undefined) {
    throw new DhowError('usage', 'inputs "registry" (a checkout) and "registry-repository" (owner/name, read through the API) exclude each other: pass one', {
      field: 'registry-repository',
    });
  }
  if (environment !== undefined && registry === undefined && registryRepository === undefined) {
    throw new DhowError('usage', 'input "environment" needs input "registry" (a checkout of the registry repository) or "registry-repository"', {
      field: 'environment',
    });
  }
  const token = registryRepository === undefined ? undefined : secretInput('github-token');
  if (registryRepository !== undefined && !token) {
    throw new DhowError('usage', 'input "registry-repository" needs input "github-token" (a token that can read it)', { field: 'github-token' });
  }
  return {
    workspace,
    policy: stringInput('policy', { required: true }),
    candidate: stringInput('candidate', { required: true }),
    registry: registry === undefined ? undefined : resolve(workspace, registry),
    registryRepository,
    token,
    apiUrl: optionalInput('api-url'),
    environment,
    model: optionalInput('model'),
    reportPath: resolve(workspace, optionalInput('report-path') ?? join(process.env.RUNNER_TEMP ?? workspace, 'dhow-gate-report.json')),
    summary: booleanInput('summary', true),
    dataRoots: listInput('data-roots').map((root) => resolve(workspace, root)),
    modelServer: serverInputs(workspace),
  };
}

/** The registry's snapshot the gates read: a checkout through git, or the repository through the API. */
async function openRegistry(settings: GateSettings, logger: Logger): Promise<RegistryReader | undefined> {
  if (settings.registryRepository === undefined && settings.registry === undefined) return undefined;
  // Loaded per need: Octokit only when the registry is read through the API, git's forge only for a checkout.
  const { RegistryReader } = await import('../../registry/store.js');
  if (settings.registryRepository !== undefined) {
    const { connectRegistry } = await import('../../forge/connect.js');
    return RegistryReader.open(connectRegistry({ token: settings.token!, registry: settings.registryRepository, apiUrl: settings.apiUrl, logger }));
  }
  const { openLocalForge } = await import('../../forge/local.js');
  return RegistryReader.open(await openLocalForge(settings.registry!, { logger }));
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = getInputs();
    const logger = actionsLogger();
    const { runGateRequest } = await import('../../gates/run.js');
    const outcome = await runGateRequest({
      policyFile: settings.policy,
      candidateFile: settings.candidate,
      registry: await openRegistry(settings, logger),
      registryName: settings.registryRepository ?? settings.registry,
      environment: settings.environment,
      model: settings.model,
      cwd: settings.workspace,
      dataRoots: settings.dataRoots,
      env: process.env,
      logger,
      modelServer: settings.modelServer,
    });
    await writeFileAtomic(settings.reportPath, outcome.json);
    core.setOutput('verdict', outcome.report.verdict);
    core.setOutput('blocked', String(outcome.report.blocked));
    core.setOutput('report', settings.reportPath);
    core.setOutput('report-digest', outcome.digest);
    core.setOutput('record-gates', JSON.stringify(outcome.record));
    if (settings.summary) await core.summary.addRaw(outcome.markdown, true).write();
    if (outcome.report.blocked) {
      const blocking = outcome.report.gates.filter((g) => g.blocking);
      throw new DhowError(
        'gate-failed',
        `the candidate is refused by ${blocking.length} blocking gate${blocking.length === 1 ? '' : 's'}: ${blocking.map((g) => `${g.name} (${g.reasons.join('; ') || g.verdict})`).join(', ')}`,
      );
    }
  });
}
