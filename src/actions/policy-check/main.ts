/**
 * The `policy-check` action: runs in the registry repository on pull_request and pull_request_review
 * events, and for dhow promotion pull requests sets the commit status `dhow/policy` on the head commit
 * (branch protection requires it). The verdict comes from state, not from the event: the event only says
 * which pull request to look at. Optionally turns on auto-merge once the policy is satisfied.
 */
import * as core from '@actions/core';
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import { connectRegistry, runUrl } from '../../github/connect.js';
import { readEvent } from '../../github/events.js';
import { checkPromotionPolicy, POLICY_CONTEXT, promotionOf } from '../../github/policy.js';
import { actionsLogger, listInput, optionalInput, parseInputs, RepositoryInput, runAction, secretInput, stringInput } from '../runtime.js';

const ACTION = 'policy-check';

const Settings = z.object({
  'github-token': z.string().min(1, 'is required'),
  'team-token': z.string().optional(),
  registry: RepositoryInput,
  'api-url': z.string().optional(),
  'auto-merge': z.enum(['policy', 'true', 'false']),
  'merge-method': z.enum(['merge', 'squash', 'rebase']).optional(),
  'ignore-reviewers': z.array(z.string().min(1)),
  context: z.string().min(1).max(100),
});

function getInputs() {
  const token = secretInput('github-token');
  const teamToken = secretInput('team-token');
  return parseInputs(Settings, {
    'github-token': token,
    'team-token': teamToken || undefined,
    registry: stringInput('registry') || process.env.GITHUB_REPOSITORY || '',
    'api-url': optionalInput('api-url'),
    'auto-merge': stringInput('auto-merge') || 'policy',
    'merge-method': stringInput('merge-method') || undefined,
    'ignore-reviewers': listInput('ignore-reviewers'),
    context: stringInput('context') || POLICY_CONTEXT,
  });
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = getInputs();
    const logger = actionsLogger();
    const event = await readEvent(['pull_request', 'pull_request_target', 'pull_request_review']);
    const pull = event.payload.pull_request;
    core.setOutput('pull-request-number', String(pull.number));
    if (!promotionOf(pull.head.ref)) {
      logger.info(`#${pull.number} (${pull.head.ref}) is not a dhow promotion: nothing to check`);
      core.setOutput('state', 'skipped');
      return;
    }
    if (pull.state !== 'open') {
      logger.info(`#${pull.number} is closed: nothing to check`);
      core.setOutput('state', 'skipped');
      return;
    }
    const forge = connectRegistry({ token: settings['github-token'], registry: settings.registry, apiUrl: settings['api-url'], logger });
    const teams = settings['team-token'] ? connectRegistry({ token: settings['team-token'], registry: settings.registry, apiUrl: settings['api-url'], logger }) : forge;
    const verdict = await checkPromotionPolicy(forge, String(pull.number), {
      logger,
      ignore: ['github-actions[bot]', ...settings['ignore-reviewers']],
      teams,
    });
    if (!verdict) throw new DhowError('invalid-input', `#${pull.number} is not a dhow promotion`);

    const state = verdict.satisfied ? 'success' : 'failure';
    const target = runUrl();
    await forge.setStatus(verdict.request.headSha, { state, context: settings.context, description: verdict.description, ...(target ? { targetUrl: target } : {}) });
    core.setOutput('state', state);
    core.setOutput('description', verdict.description);
    core.setOutput('missing', JSON.stringify(verdict.missing));

    const autoMerge = settings['auto-merge'] === 'true' || (settings['auto-merge'] === 'policy' && verdict.environmentPolicy['auto-merge']);
    let autoMerged = false;
    if (verdict.satisfied && autoMerge) {
      // Not allowed / no rules: the forge warned; the status stands and a person merges.
      const outcome = await forge.enableAutoMerge(verdict.request.id, settings['merge-method']);
      autoMerged = outcome.kind !== 'unavailable';
      if (outcome.kind === 'enabled') logger.info(`auto-merge enabled on #${verdict.request.id}`);
    }
    core.setOutput('auto-merge', String(autoMerged));

    core.summary
      .addHeading(`${settings.context}: ${state} for ${verdict.model} ${verdict.version} to ${verdict.environment}`, 2)
      .addTable([
        [
          { data: 'Pull request', header: true },
          { data: 'Head', header: true },
          { data: 'Approved by', header: true },
        ],
        [`#${verdict.request.id}`, `<code>${verdict.request.headSha.slice(0, 12)}</code>`, verdict.approvals.approvers.join(', ') || 'nobody yet'],
      ]);
    if (verdict.missing.length > 0) core.summary.addHeading('Missing', 3).addList(verdict.missing);
    await core.summary.write();
  });
}
