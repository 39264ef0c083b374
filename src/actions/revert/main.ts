/**
 * The `revert` action: runs in the registry repository on a repository_dispatch (a drift alert from the
 * bridge, the drift action or Alertmanager directly). It validates `client_payload`, then decides from
 * the registry's state and reverts through the github forge (src/revert/execute.ts). Event data never
 * reaches a shell: it is read from GITHUB_EVENT_PATH and validated.
 */
import * as core from '../runner.js';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import { lazySchema } from '../../lazy-schema.js';
import type { RevertMode, RevertOutcome } from '../../revert/execute.js';
import type { DriftAlert } from '../../revert/payload.js';
import { actionsLogger, booleanInput, optionalInput, runAction, secretInput, stringInput } from '../runtime.js';
import { parseInputs, RepositoryInput } from '../settings.js';
import { jsonSyntaxMessage } from '../../io/jsonl.js';

const ACTION = 'revert';

// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = lazySchema(() =>
  z.object({
    token: z.string().min(1, 'is required'),
    repository: RepositoryInput(),
    'api-url': z.string().optional(),
    'event-type': z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'must be 1 to 100 letters, digits, ".", "_" or "-"'),
    mode: z.enum(['direct', 'pull-request']).optional(),
    actor: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^\n\r\0]+$/),
    payload: z.string().optional(),
    summary: z.boolean(),
  }),
);

function getInputs() {
  const token = secretInput('github-token');
  return parseInputs(Settings(), {
    token,
    repository: stringInput('repository') || process.env.GITHUB_REPOSITORY,
    'api-url': optionalInput('api-url'),
    'event-type': stringInput('event-type') || 'dhow-drift-alert',
    mode: optionalInput('mode'),
    actor: stringInput('actor') || 'dhow-revert',
    payload: optionalInput('payload'),
    summary: booleanInput('summary', true),
  });
}

const DispatchEvent = lazySchema(() => z.looseObject({ action: z.string(), client_payload: z.unknown() }));

/** The alert to act on, or null when the event is another repository_dispatch type. */
async function readAlert(eventType: string, payload: string | undefined): Promise<DriftAlert | null> {
  // The alert's schema (and the registry's schemas it shares) load once the inputs are known to be good.
  const { parseDriftAlert } = await import('../../revert/payload.js');
  if (payload !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(payload);
    } catch (error) {
      throw new DhowError('usage', `input "payload" is not JSON: ${jsonSyntaxMessage(error)}`, { field: 'payload' });
    }
    return parseDriftAlert(raw, 'input "payload"');
  }
  const name = process.env.GITHUB_EVENT_NAME;
  const path = process.env.GITHUB_EVENT_PATH;
  if (name !== 'repository_dispatch' || !path) {
    throw new DhowError('usage', `runs on repository_dispatch (got ${name ?? 'no event'}); for a manual run pass the alert as input "payload"`);
  }
  const event = DispatchEvent().safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!event.success) throw new DhowError('invalid-input', 'the repository_dispatch event has no action or client_payload', { file: 'GITHUB_EVENT_PATH' });
  if (event.data.action !== eventType) {
    core.info(`repository_dispatch "${event.data.action}" is not "${eventType}": nothing to do`);
    return null;
  }
  return parseDriftAlert(event.data.client_payload, 'client_payload');
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = getInputs();
    const alert = await readAlert(settings['event-type'], settings.payload);
    if (!alert) {
      core.setOutput('outcome', 'nothing');
      core.setOutput('reason', 'other-event-type');
      return;
    }
    const logger = actionsLogger();
    const { connectRegistry } = await import('../../forge/connect.js');
    const { executeRevert } = await import('../../revert/execute.js');
    const forge = connectRegistry({ token: settings.token, registry: settings.repository, apiUrl: settings['api-url'], logger });
    const outcome = await logger.group(`revert ${alert.model} ${alert.version} in ${alert.environment}`, () =>
      executeRevert(forge, alert, { by: settings.actor, logger, ...(settings.mode ? { mode: settings.mode as RevertMode } : {}) }),
    );
    setOutputs(outcome);
    if (settings.summary) await writeSummary(alert, outcome);
    const stuck = waitsForNoRun(outcome);
    if (stuck) throw new DhowError('refused', stuck, { field: 'github-token' });
  });
}

/** The login GitHub gives the workflow's own GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * A revert request that must wait (for `dhow/policy`) but was opened with GITHUB_TOKEN never merges: GitHub
 * starts no workflow for events that token causes, so policy-check never judges it. Said as a failure,
 * naming the identity to use; the request stays open for a person to merge.
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#using-the-github_token-in-a-workflow
 */
function waitsForNoRun(outcome: RevertOutcome): string | null {
  if (outcome.outcome !== 'requested' || outcome.request.author !== ACTIONS_BOT) return null;
  const where = outcome.request.url ?? `#${outcome.request.id}`;
  return (
    `the revert request ${where} was opened with GITHUB_TOKEN (${ACTIONS_BOT}) and must wait for its checks, but GitHub starts no workflow ` +
    `for a pull request that token opens, so dhow/policy never runs on it and it never merges by itself: give the workflow a GitHub App ` +
    `token (secrets DHOW_APP_CLIENT_ID and DHOW_APP_PRIVATE_KEY) or DHOW_REGISTRY_TOKEN as input "github-token"; merge ${where} by hand now`
  );
}

function setOutputs(outcome: RevertOutcome): void {
  core.setOutput('outcome', outcome.outcome);
  core.setOutput('reason', outcome.outcome === 'nothing' ? outcome.reason : '');
  core.setOutput('from-version', 'from' in outcome ? outcome.from : '');
  core.setOutput('to-version', 'to' in outcome ? outcome.to : '');
  core.setOutput('commit', outcome.outcome === 'reverted' ? outcome.commit : '');
  core.setOutput('request-url', 'request' in outcome && outcome.request ? (outcome.request.url ?? '') : '');
  core.info(`${outcome.outcome}: ${outcome.message}`);
}

async function writeSummary(alert: DriftAlert, outcome: RevertOutcome): Promise<void> {
  const headline: Record<RevertOutcome['outcome'], string> = {
    reverted: `Reverted ${alert.model} in ${alert.environment}`,
    requested: `Revert of ${alert.model} in ${alert.environment} is waiting for its pull request`,
    nothing: `Nothing to revert for ${alert.model} ${alert.version} in ${alert.environment}`,
    rejected: `The revert of ${alert.model} ${alert.version} was rejected by a person`,
  };
  const rows: Array<[string, string]> = [
    ['Alert', `\`${alert.fingerprint}\`, started ${alert['starts-at']}`],
    ['Outcome', outcome.outcome],
    ['Details', outcome.message],
  ];
  if ('from' in outcome) rows.push(['Versions', `${outcome.from} → ${outcome.to}`]);
  if (outcome.outcome === 'reverted') rows.push(['Commit', `\`${outcome.commit.slice(0, 12)}\``]);
  if (alert.summary) rows.push(['Summary', alert.summary]);
  await core.summary
    .addHeading(headline[outcome.outcome], 2)
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true },
      ],
      ...rows.map(([k, v]) => [k, v.replace(/\|/g, '\\|')]),
    ])
    .write();
}
