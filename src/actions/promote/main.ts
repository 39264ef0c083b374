/**
 * The `promote` action: opens (or updates) the promotion pull request of a model version to an
 * environment in the registry repository; re-running it with nothing new writes nothing.
 */
import * as core from '../runner.js';
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import { lazySchema } from '../../lazy-schema.js';
import { EnvironmentName, ModelName, VersionName } from '../../registry/names.js';
import { actionsLogger, booleanInput, optionalInput, runAction, secretInput, stringInput, workspacePath } from '../runtime.js';
import { parseInputs, RepositoryInput } from '../settings.js';

const ACTION = 'promote';

// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = lazySchema(() =>
  z.object({
    'github-token': z.string().min(1, 'is required'),
    registry: RepositoryInput(),
    model: ModelName(),
    version: VersionName(),
    environment: EnvironmentName(),
    'api-url': z.string().optional(),
    'requested-by': z.string().min(1, 'is missing: GITHUB_ACTOR is not set (run this action in a GitHub Actions workflow)'),
    'gate-report': z.string().optional(),
    summary: z.boolean(),
  }),
);

/**
 * Who asks for the promotion is the account GitHub says started the workflow (GITHUB_ACTOR), never an
 * input: an input would let a requester name someone else and then approve their own promotion.
 */
function requester(): string {
  if (optionalInput('requested-by') !== undefined) {
    throw new DhowError(
      'invalid-input',
      'the input "requested-by" is no longer accepted: the requester is the workflow\'s actor (GITHUB_ACTOR), whose own approval never counts; remove requested-by from the step',
      { field: 'requested-by' },
    );
  }
  return process.env.GITHUB_ACTOR ?? '';
}

function getInputs() {
  // The token is masked before anything else can print it.
  const token = secretInput('github-token');
  return parseInputs(Settings(), {
    'github-token': token,
    registry: stringInput('registry', { required: true }),
    model: stringInput('model', { required: true }),
    version: stringInput('version', { required: true }),
    environment: stringInput('environment', { required: true }),
    'api-url': optionalInput('api-url'),
    'requested-by': requester(),
    'gate-report': optionalInput('gate-report'),
    summary: booleanInput('summary', true),
  });
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = getInputs();
    const logger = actionsLogger();
    // The gate report's reader, Octokit and the promotion load once the inputs are known to be good.
    const { readGateReportFile, renderMarkdown } = await import('../../gates/report.js');
    const { connectRegistry } = await import('../../forge/connect.js');
    const { requestPromotion } = await import('../../promote/execute.js');
    const report = settings['gate-report'] ? (await readGateReportFile(workspacePath(settings['gate-report']), 'gate-report')).report : undefined;
    const forge = connectRegistry({ token: settings['github-token'], registry: settings.registry, apiUrl: settings['api-url'], logger });
    const result = await logger.group(`Promote ${settings.model} ${settings.version} to ${settings.environment}`, () =>
      requestPromotion(
        forge,
        { model: settings.model, version: settings.version, environment: settings.environment },
        { by: settings['requested-by'], logger },
      ),
    );
    if (result.live) {
      // A re-run after the request was merged: the promotion is done, and the job succeeds without a write.
      core.setOutput('pull-request-number', result.request?.id ?? '');
      core.setOutput('pull-request-url', result.request?.url ?? '');
      core.setOutput('operation', 'none');
      core.setOutput('branch', result.request?.branch ?? '');
      core.info(`${result.message}${result.request ? ` (merged: ${result.request.url ?? `#${result.request.id}`})` : ''}`);
      if (settings.summary) {
        core.summary
          .addHeading(`Promotion of ${settings.model} ${settings.version} to ${settings.environment}`, 2)
          .addRaw(
            `${result.message}${result.request ? `; merged in ${result.request.url ? `<a href="${result.request.url}">#${result.request.id}</a>` : `#${result.request.id}`}` : ''}.`,
            true,
          );
        await core.summary.write();
      }
      return;
    }
    if (report) await forge.upsertComment(result.request.id, 'gate-report', renderMarkdown(report));

    core.setOutput('pull-request-number', result.request.id);
    core.setOutput('pull-request-url', result.request.url ?? '');
    core.setOutput('operation', result.operation);
    core.setOutput('branch', result.request.branch);
    core.info(`${result.operation === 'none' ? 'unchanged' : result.operation}: ${result.request.url ?? `#${result.request.id}`}`);

    if (settings.summary) {
      const { release } = result;
      core.summary.addHeading(`Promotion of ${release.model} ${release.version} to ${release.environment}`, 2).addTable([
        [
          { data: 'Pull request', header: true },
          { data: 'Operation', header: true },
          { data: 'Replaces', header: true },
          { data: 'Digest', header: true },
        ],
        [
          result.request.url ? `<a href="${result.request.url}">#${result.request.id}</a>` : `#${result.request.id}`,
          result.operation,
          release.previous ?? 'nothing (first release)',
          `<code>${release.digest}</code>`,
        ],
      ]);
      await core.summary.write();
    }
  });
}
