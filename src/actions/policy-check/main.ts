/**
 * The `policy-check` action: runs in the registry repository on pull_request, pull_request_review and
 * push events and sets the commit status `dhow/policy` on EVERY pull request's head (a ruleset requires
 * it): promotions and reverts are judged by the policy engine, a hand-made pull request passes only when
 * it changes no governed file. On a push to the default branch it judges every open pull request again (a
 * hold a revert put on main turns an earlier success into failure). The verdict comes from state, read
 * just before the status is written; the event only says which pull request to look at. Optionally turns
 * on auto-merge once the policy is satisfied.
 */
import * as core from '../runner.js';
import { z } from 'zod';
import { lazySchema } from '../../lazy-schema.js';
import type { PolicyOptions, PolicyVerdict } from '../../policy/check.js';
import type { GitHubForge } from '../../forge/github.js';
import { actionsLogger, listInput, optionalInput, runAction, secretInput, stringInput } from '../runtime.js';
import { parseInputs, RepositoryInput } from '../settings.js';

const ACTION = 'policy-check';

// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = lazySchema(() =>
  z.object({
    'github-token': z.string().min(1, 'is required'),
    'team-token': z.string().optional(),
    registry: RepositoryInput(),
    'api-url': z.string().optional(),
    'auto-merge': z.enum(['policy', 'true', 'false']),
    'merge-method': z.enum(['merge', 'squash', 'rebase']).optional(),
    'ignore-reviewers': z.array(z.string().min(1)),
    // Absent: the policy engine's own context, read once the engine is loaded (after the inputs are checked).
    context: z.string().min(1).max(100).optional(),
  }),
);

type Settings = z.infer<ReturnType<typeof Settings>> & { context: string };

function getInputs(): z.infer<ReturnType<typeof Settings>> {
  const token = secretInput('github-token');
  const teamToken = secretInput('team-token');
  return parseInputs(Settings(), {
    'github-token': token,
    'team-token': teamToken || undefined,
    registry: stringInput('registry') || process.env.GITHUB_REPOSITORY || '',
    'api-url': optionalInput('api-url'),
    'auto-merge': stringInput('auto-merge') || 'policy',
    'merge-method': stringInput('merge-method') || undefined,
    'ignore-reviewers': listInput('ignore-reviewers'),
    context: stringInput('context') || undefined,
  });
}

/** Judges one pull request from a head read just before the status is written, and writes it on that head. */
async function judgeAndSetStatus(forge: GitHubForge, id: string, settings: Settings, options: PolicyOptions): Promise<PolicyVerdict> {
  const { checkRequestPolicy } = await import('../../policy/check.js');
  const { runUrl } = await import('../../forge/connect.js');
  let verdict = await checkRequestPolicy(forge, id, options);
  // A push or a review can land while we judge: judge again until the head we judged is still the head.
  for (let attempt = 1; attempt < 3; attempt++) {
    const now = await forge.getRequest(id);
    if (now.headSha === verdict.request.headSha || now.state !== 'open') break;
    verdict = await checkRequestPolicy(forge, id, options);
  }
  const state = verdict.satisfied ? 'success' : 'failure';
  const target = runUrl();
  await forge.setStatus(verdict.request.headSha, {
    state,
    context: settings.context,
    description: verdict.description,
    ...(target ? { targetUrl: target } : {}),
  });
  return verdict;
}

function summarize(settings: Settings, verdicts: PolicyVerdict[]): void {
  const rows = verdicts.map((v) => [
    `#${v.request.id}`,
    v.kind === 'other' ? v.request.branch : `${v.kind} ${v.model} ${v.version} to ${v.environment}`,
    v.satisfied ? 'success' : 'failure',
    v.approvals.approvers.join(', ') || '-',
    v.missing.join('<br>') || '-',
  ]);
  core.summary.addHeading(`${settings.context}`, 2).addTable([
    [
      { data: 'Pull request', header: true },
      { data: 'What', header: true },
      { data: 'Status', header: true },
      { data: 'Approved by', header: true },
      { data: 'Missing', header: true },
    ],
    ...rows,
  ]);
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const inputs = getInputs();
    const logger = actionsLogger();
    // The event schemas are built once the inputs are known to be good.
    const { readEvent } = await import('../events.js');
    const event = await readEvent(['pull_request', 'pull_request_target', 'pull_request_review', 'push']);
    // The policy engine and Octokit load once the inputs and the event are known to be good.
    const { POLICY_CONTEXT } = await import('../../policy/check.js');
    const { connectRegistry } = await import('../../forge/connect.js');
    const settings: Settings = { ...inputs, context: inputs.context ?? POLICY_CONTEXT };
    const forge = connectRegistry({ token: settings['github-token'], registry: settings.registry, apiUrl: settings['api-url'], logger });
    const teams = settings['team-token']
      ? connectRegistry({ token: settings['team-token'], registry: settings.registry, apiUrl: settings['api-url'], logger })
      : forge;
    const options: PolicyOptions = { logger, ignore: settings['ignore-reviewers'], teams };

    if (event.name === 'push') {
      // main moved (a merge, a revert's hold): every open dhow pull request's verdict may have changed.
      const push = event.payload as { ref: string };
      const base = await forge.defaultBranch();
      if (push.ref !== `refs/heads/${base}`) {
        logger.info(`a push to ${push.ref}, not to ${base}: nothing to check`);
        core.setOutput('state', 'skipped');
        return;
      }
      const open = (await forge.listRequests('open')).filter((r) => r.base === base);
      const verdicts: PolicyVerdict[] = [];
      for (const request of open) verdicts.push(await judgeAndSetStatus(forge, request.id, settings, options));
      core.setOutput('state', verdicts.every((v) => v.satisfied) ? 'success' : 'failure');
      core.setOutput(
        'checked',
        JSON.stringify(verdicts.map((v) => ({ number: Number(v.request.id), state: v.satisfied ? 'success' : 'failure', description: v.description }))),
      );
      summarize(settings, verdicts);
      await core.summary.write();
      return;
    }

    const pull = (event.payload as { pull_request: { number: number; state: string } }).pull_request;
    core.setOutput('pull-request-number', String(pull.number));
    if (pull.state !== 'open') {
      logger.info(`#${pull.number} is closed: nothing to check`);
      core.setOutput('state', 'skipped');
      return;
    }
    let verdict: PolicyVerdict;
    try {
      verdict = await judgeAndSetStatus(forge, String(pull.number), settings, options);
    } catch (error) {
      // The event is a snapshot: a request merged or closed since (a revert dhow merged at once, a re-run
      // after the merge) has nothing left to judge, which is no failure of the policy.
      const now = await forge.getRequest(String(pull.number)).catch(() => undefined);
      if (!now || now.state === 'open') throw error;
      logger.info(`#${pull.number} is ${now.state} since the event: nothing to check`);
      core.setOutput('state', 'skipped');
      return;
    }
    const state = verdict.satisfied ? 'success' : 'failure';
    core.setOutput('state', state);
    core.setOutput('description', verdict.description);
    core.setOutput('missing', JSON.stringify(verdict.missing));

    const wanted =
      settings['auto-merge'] === 'true' ||
      (settings['auto-merge'] === 'policy' && verdict.kind === 'promotion' && Boolean(verdict.environmentPolicy?.['auto-merge']));
    let autoMerged = false;
    if (verdict.satisfied && verdict.kind !== 'other' && wanted) {
      // Not allowed / no rules: the forge warned; the status stands and a person merges.
      const outcome = await forge.enableAutoMerge(verdict.request.id, settings['merge-method']);
      autoMerged = outcome.kind !== 'unavailable';
      if (outcome.kind === 'enabled') logger.info(`auto-merge enabled on #${verdict.request.id}`);
      if (outcome.kind === 'merged') logger.info(`#${verdict.request.id} could merge at once: merged as ${outcome.sha.slice(0, 12)}`);
    }
    core.setOutput('auto-merge', String(autoMerged));
    summarize(settings, [verdict]);
    await core.summary.write();
  });
}
