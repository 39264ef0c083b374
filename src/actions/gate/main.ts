/**
 * The `gate` action: runs the gates of a policy over a candidate, writes the JSON report and the job
 * summary, sets verdict/blocked/report/report-digest/record-gates, and fails when a blocking gate fails.
 * On bad input it fails before anything is written.
 */
import * as core from '../runner.js';
import { join, resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import { writeFileAtomic } from '../../atomic-file.js';
import { runGateRequest } from '../../gates/run.js';
import { actionsLogger, booleanInput, listInput, optionalInput, runAction, stringInput, workspaceDir } from '../runtime.js';

const ACTION = 'gate';

interface GateSettings {
  workspace: string;
  policy: string;
  candidate: string;
  registry?: string;
  environment?: string;
  model?: string;
  reportPath: string;
  summary: boolean;
  /** Directories besides the workspace (and the policy's directory) the policy's data files may be in. */
  dataRoots: string[];
}

function getInputs(): GateSettings {
  const workspace = workspaceDir();
  const registry = optionalInput('registry');
  const environment = optionalInput('environment');
  if (environment !== undefined && registry === undefined) {
    throw new DhowError('usage', 'input "environment" needs input "registry" (a checkout of the registry repository)', { field: 'environment' });
  }
  return {
    workspace,
    policy: stringInput('policy', { required: true }),
    candidate: stringInput('candidate', { required: true }),
    registry: registry === undefined ? undefined : resolve(workspace, registry),
    environment,
    model: optionalInput('model'),
    reportPath: resolve(workspace, optionalInput('report-path') ?? join(process.env.RUNNER_TEMP ?? workspace, 'dhow-gate-report.json')),
    summary: booleanInput('summary', true),
    dataRoots: listInput('data-roots').map((root) => resolve(workspace, root)),
  };
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = getInputs();
    const outcome = await runGateRequest({
      policyFile: settings.policy,
      candidateFile: settings.candidate,
      registryDir: settings.registry,
      environment: settings.environment,
      model: settings.model,
      cwd: settings.workspace,
      dataRoots: settings.dataRoots,
      env: process.env,
      logger: actionsLogger(),
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
