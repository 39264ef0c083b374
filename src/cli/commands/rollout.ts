/**
 * dhow rollout step | status | --serve: one idempotent step of a canary, blue-green or A/B rollout (measure
 * the due checks in Prometheus, plan, commit with compare-and-swap), where each rollout stands, and the
 * long-running controller that steps every rollout each interval. A scheduled workflow or a cron job runs
 * `step`, a cluster runs `--serve`; state lives only in the registry, so either can run again at any time.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DhowError, describeError } from '../../errors.js';
import { renderDeployManifests } from '../../registry/render.js';
import { assertName } from '../../registry/names.js';
import { RegistryReader } from '../../registry/store.js';
import { dueChecks, stepOf } from '../../rollout/plan.js';
import { rolloutPolicyFor } from '../../rollout/policy.js';
import { prometheusSource, type PrometheusAccess } from '../../rollout/prometheus.js';
import { stepRollout, type StepResult } from '../../rollout/execute.js';
import { summarySection } from '../../rollout/evidence.js';
import { rolloutHistory } from '../../rollout/history.js';
import { DEFAULT_CONTROLLER_INTERVAL_MS, startRolloutController } from '../../rollout/serve.js';
import { parseDurationSeconds } from '../../train/spec.js';
import { jsonLogger } from '../../http/log.js';
import { parseCommandArgs, parseHostPort, requireName, subcommandHelp, writeJson, type CliContext } from '../context.js';
import { actor, now, openForge, shortSha, table, WHERE_OPTIONS, type Where } from '../registry.js';

const USAGE = `usage: dhow rollout step (--registry DIR | --repository OWNER/NAME [--api-url URL]) (--model M --env ENV | --all) [--prometheus URL [--prometheus-ca FILE]] [--as NAME] [--json] [--summary FILE]
       dhow rollout status (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--model M] [--json]
       dhow rollout --serve HOST:PORT (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--prometheus URL] [--interval 15s] [--as NAME]
  step: measures the analysis checks that are due in Prometheus (--prometheus or $DHOW_PROMETHEUS_URL), then
        waits, shifts traffic to the next step, promotes to 100% or aborts (back to the stable version, the
        canary on hold): one commit when something changes, none otherwise. Safe to run again at any time.
        --json prints {"model", "environment", "action", "reasons", "version", "weight", "commit", "checks"}.
        --all steps every rollout under way in the registry (what the scheduled rollout.yml runs); one that
        fails does not stop the others, and the exit code is 1 when any failed. --json prints {"rollouts": [...]}.
        --summary FILE appends each step's analysis (check, canary, stable, comparison, verdict, samples) as
        Markdown tables to FILE (rollout.yml passes $GITHUB_STEP_SUMMARY). Each commit records its analysis
        (trailer Dhow-Rollout-Analysis) and the promotion request's sticky comment shows every recorded step.
  status: every rollout under way: strategy, canary and stable versions, weight, step, counted failures;
        --json adds "analysis": each recorded step's checks, read from the registry history.
  --serve: the controller: on start and every --interval (default 15s; keep it at most the shortest analysis
        interval) takes one step of every rollout under way, as \`step\` does; serves /metrics (dhow_rollout_*)
        and /healthz there, logs JSON lines on stderr and stops gracefully on SIGTERM or SIGINT. It keeps no
        state: a restarted controller resumes from the release files, two at once never commit a step twice.
  A Prometheus behind authentication: $DHOW_PROMETHEUS_TOKEN (a bearer token), or $DHOW_PROMETHEUS_USERNAME
  and $DHOW_PROMETHEUS_PASSWORD (basic auth), never flags (they would show in process lists); an https one
  with a private CA: --prometheus-ca FILE (or $DHOW_PROMETHEUS_CA_FILE), PEM. Credentials are never printed.
  The rollout policy is in dhow.yaml (environments[].rollout, models.<m>.rollout.<env>); see docs/rollouts.md.`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  const help = subcommandHelp(sub, ctx, USAGE);
  if (help !== undefined) return help;
  if (args.some((a) => a === '--help' || a === '-h')) {
    ctx.stdout.write(USAGE);
    return 0;
  }
  // The controller is a mode of the command, like `dhow drift --serve`: its flag may come anywhere.
  if (sub?.startsWith('--') && args.some((a) => a === '--serve' || a.startsWith('--serve='))) return serve(args, ctx);
  if (sub === 'step') return step(rest, ctx);
  if (sub === 'status') return status(rest, ctx);
  throw new DhowError('usage', `dhow rollout: unknown subcommand "${sub}": step or status (dhow rollout --help)`);
}

function prometheusUrl(flag: string | undefined, ctx: CliContext): string {
  const value = flag ?? ctx.env.DHOW_PROMETHEUS_URL;
  const field = flag === undefined ? '$DHOW_PROMETHEUS_URL' : '--prometheus';
  if (!value) throw new DhowError('usage', 'dhow rollout: where is Prometheus? pass --prometheus URL (or set $DHOW_PROMETHEUS_URL)');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DhowError('usage', `must be an http(s) URL such as http://prometheus:9090`, { field });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DhowError('usage', 'must be an http(s) URL', { field });
  // Credentials in the URL would end up in messages: refuse them rather than risk echoing them.
  if (url.username || url.password) throw new DhowError('usage', 'must not carry credentials (they would show in messages)', { field });
  return url.toString();
}

/** A header value may hold visible ASCII only; anything else is refused without echoing it. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** Credentials from the environment (secrets in a workflow) and the CA file: what prometheusSource needs. */
async function prometheusAccess(flagCa: string | undefined, ctx: CliContext): Promise<PrometheusAccess> {
  const { DHOW_PROMETHEUS_TOKEN: token, DHOW_PROMETHEUS_USERNAME: username, DHOW_PROMETHEUS_PASSWORD: password } = ctx.env;
  const access: PrometheusAccess = {};
  if (token && (username || password)) {
    throw new DhowError('usage', 'dhow rollout: give either $DHOW_PROMETHEUS_TOKEN or $DHOW_PROMETHEUS_USERNAME and $DHOW_PROMETHEUS_PASSWORD, not both');
  }
  if (token) {
    if (!HEADER_SAFE.test(token))
      throw new DhowError('usage', 'must be printable ASCII without spaces (its value is not shown)', { field: '$DHOW_PROMETHEUS_TOKEN' });
    access.bearerToken = token;
  } else if (username || password) {
    if (!username || !password) {
      throw new DhowError(
        'usage',
        `dhow rollout: $DHOW_PROMETHEUS_${username ? 'PASSWORD' : 'USERNAME'} is missing: basic auth needs a user name and a password`,
      );
    }
    if (username.includes(':') || !HEADER_SAFE.test(username)) {
      throw new DhowError('usage', 'must be printable ASCII without spaces or a colon', { field: '$DHOW_PROMETHEUS_USERNAME' });
    }
    if (/[\r\n]/.test(password)) throw new DhowError('usage', 'must be one line (its value is not shown)', { field: '$DHOW_PROMETHEUS_PASSWORD' });
    access.basicAuth = { username, password };
  }
  const caFile = flagCa ?? (ctx.env.DHOW_PROMETHEUS_CA_FILE || undefined);
  if (caFile !== undefined) {
    const field = flagCa !== undefined ? '--prometheus-ca' : '$DHOW_PROMETHEUS_CA_FILE';
    let pem: string;
    try {
      pem = await readFile(resolve(ctx.cwd, caFile), 'utf8');
    } catch (error) {
      throw new DhowError('usage', `cannot read the CA certificates: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, { file: caFile, field });
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
      throw new DhowError('usage', 'holds no PEM certificate (-----BEGIN CERTIFICATE-----)', { file: caFile, field });
    access.ca = pem;
  }
  return access;
}

async function metricSource(values: { prometheus?: string; 'prometheus-ca'?: string }, ctx: CliContext) {
  return prometheusSource(prometheusUrl(values.prometheus, ctx), await prometheusAccess(values['prometheus-ca'], ctx));
}

async function step(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('rollout step', args, {
    ...WHERE_OPTIONS,
    model: { type: 'string' },
    env: { type: 'string' },
    prometheus: { type: 'string' },
    'prometheus-ca': { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    summary: { type: 'string' },
  });
  if (values.all) return stepAll(values, ctx);
  const model = requireName('rollout step', 'model', 'model', values.model);
  const environment = requireName('rollout step', 'environment', 'env', values.env);
  const metrics = await metricSource(values, ctx);
  const by = actor(ctx, values.as);
  const forge = await openForge(ctx, 'rollout step', values, by);
  const result = await stepRollout(forge, { model, environment }, { by, now: () => now(ctx), metrics, render: renderDeployManifests, logger: ctx.logger });
  if (values.summary !== undefined) await writeSummary(ctx, values.summary, [summaryOf(model, environment, result)]);
  if (values.json) {
    writeJson(ctx, stepJson(model, environment, result, metrics.queries()));
    return 0;
  }
  ctx.stdout.write(stepText(model, environment, result));
  return 0;
}

function summaryOf(model: string, environment: string, result: StepResult): string {
  return summarySection({ model, environment, reasons: result.decision.reasons, evidence: result.evidence, history: result.history });
}

/** Appends to the job summary file (GitHub's $GITHUB_STEP_SUMMARY is appended to, one section per step). */
async function writeSummary(ctx: CliContext, file: string, sections: string[]): Promise<void> {
  try {
    await appendFile(resolve(ctx.cwd, file), `${sections.join('\n')}\n`);
  } catch (error) {
    throw new DhowError('usage', `could not write the summary: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      file,
      field: '--summary',
    });
  }
}

function stepJson(model: string, environment: string, result: StepResult, queries: number) {
  const { decision, release } = result;
  return {
    model,
    environment,
    action: decision.action,
    reasons: decision.reasons,
    version: release.version,
    weight: release.rollout ? release.rollout.weight : 100,
    commit: result.sha ?? null,
    checks: decision.outcomes,
    queries,
    ...(decision.ab ? { ab: decision.ab } : {}),
  };
}

/** `step --all`: one step of every rollout under way, each on its own (one failing does not stop the rest). */
async function stepAll(
  values: { model?: string; env?: string; prometheus?: string; 'prometheus-ca'?: string; as?: string; json?: boolean; summary?: string } & Where,
  ctx: CliContext,
): Promise<number> {
  const alone = (['model', 'env'] as const).find((k) => values[k] !== undefined);
  if (alone) throw new DhowError('usage', `dhow rollout step: --all steps every rollout; it does not go with --${alone}`);
  const metrics = await metricSource(values, ctx);
  const by = actor(ctx, values.as);
  const forge = await openForge(ctx, 'rollout step', values, by);
  const under = (await (await RegistryReader.open(forge)).listReleases()).filter((r) => r.rollout);
  const results: Array<Record<string, unknown>> = [];
  const sections: string[] = [];
  let failed = 0;
  for (const { model, environment } of under) {
    const before = metrics.queries();
    try {
      const result = await stepRollout(forge, { model, environment }, { by, now: () => now(ctx), metrics, render: renderDeployManifests, logger: ctx.logger });
      results.push(stepJson(model, environment, result, metrics.queries() - before));
      sections.push(summaryOf(model, environment, result));
      if (!values.json) ctx.stdout.write(stepText(model, environment, result));
    } catch (error) {
      failed++;
      const message = describeError(error).split('\n')[0]!;
      results.push({ model, environment, action: 'error', error: message, queries: metrics.queries() - before });
      sections.push(`### ${model} in ${environment}\n\nThe step failed: ${message.replace(/\|/g, '\\|')}\n`);
      ctx.stderr.write(`${model} in ${environment}: the step failed: ${message}\n`);
    }
  }
  if (values.summary !== undefined) await writeSummary(ctx, values.summary, sections.length > 0 ? sections : ['No rollout is under way.\n']);
  if (values.json) writeJson(ctx, { rollouts: results });
  else if (under.length === 0) ctx.stdout.write('No rollout is under way\n');
  return failed > 0 ? 1 : 0;
}

function stepText(model: string, environment: string, result: StepResult): string {
  const { decision, release } = result;
  const where = result.sha ? ` [${shortSha(result.sha)}]` : '';
  const headline: Record<typeof decision.action, string> = {
    none: `no rollout of ${model} is under way in ${environment}`,
    wait: `${model} in ${environment}: waiting${result.sha ? ' (analysis recorded)' : ''}`,
    advance: `${model} in ${environment}: ${release.rollout?.weight}% of traffic to ${release.version}`,
    promote: `${model} in ${environment}: ${release.version} takes all traffic`,
    abort: `${model} in ${environment}: rollout aborted, back to ${release.version}`,
  };
  return `${headline[decision.action]}${where}\n${decision.reasons.map((r) => `  ${r}\n`).join('')}`;
}

async function serve(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('rollout', args, {
    ...WHERE_OPTIONS,
    serve: { type: 'string' },
    prometheus: { type: 'string' },
    'prometheus-ca': { type: 'string' },
    interval: { type: 'string' },
    as: { type: 'string' },
  });
  const { host, port } = parseHostPort(values.serve ?? '', 'rollout', '--serve', 9098);
  let intervalMs = DEFAULT_CONTROLLER_INTERVAL_MS;
  if (values.interval !== undefined) {
    const ms = /^\s*\d+(\.\d+)?ms\s*$/.exec(values.interval) ? Number(values.interval.trim().slice(0, -2)) / 1000 : null;
    const seconds = ms ?? parseDurationSeconds(values.interval);
    if (seconds === null || !(seconds >= 0.1) || seconds * 1000 > 2_147_483_647) {
      throw new DhowError('usage', `dhow rollout: --interval must be a duration from 100ms to 24 days, such as 500ms, 15s or 1m, got "${values.interval}"`);
    }
    intervalMs = seconds * 1000;
  }
  const metrics = await metricSource(values, ctx);
  const by = actor(ctx, values.as);
  const forge = await openForge(ctx, 'rollout', values, by);
  const logger = jsonLogger(ctx.stderr, { component: 'rollout', verbose: Boolean(ctx.env.DHOW_DEBUG) });
  const controller = await startRolloutController({ forge, metrics, render: renderDeployManifests, by, now: () => now(ctx), intervalMs, host, port, logger });
  ctx.stdout.write(`dhow rollout controller serving ${controller.url}/metrics, stepping every ${intervalMs / 1000} s\n`);
  const signal = await new Promise<string>((done) => {
    process.once('SIGTERM', () => done('SIGTERM'));
    process.once('SIGINT', () => done('SIGINT'));
  });
  logger.event('info', `received ${signal}`);
  await controller.close();
  return 0;
}

async function status(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('rollout status', args, { ...WHERE_OPTIONS, model: { type: 'string' }, json: { type: 'boolean' } });
  if (values.model !== undefined) assertName('model', values.model, { field: '--model' });
  const forge = await openForge(ctx, 'rollout status', values);
  const reader = await RegistryReader.open(forge);
  const config = await reader.config();
  const at = now(ctx);
  const under = (await reader.listReleases()).filter((r) => r.rollout && (values.model === undefined || r.model === values.model));
  const rollouts = await Promise.all(
    under.map(async (r) => {
      const policy = rolloutPolicyFor(config, r.model, r.environment);
      const ro = r.rollout!;
      const steps = ro.strategy === 'canary' ? (policy.steps?.length ?? 0) : 1;
      const soakMs = policy.strategy === ro.strategy ? stepOf(policy, ro.strategy, ro.step).soakMs : 0;
      return {
        model: r.model,
        environment: r.environment,
        strategy: ro.strategy,
        canary: ro.canary,
        stable: ro.stable,
        weight: ro.weight,
        step: ro.step + 1,
        steps,
        stepStartedAt: ro['step-started-at'],
        soakEndsAt: new Date(Date.parse(ro['step-started-at']) + soakMs).toISOString(),
        failures: ro.failures,
        inconclusive: ro.inconclusive,
        due: dueChecks(r, policy, at),
        analysis: (await rolloutHistory(forge, { model: r.model, environment: r.environment, ref: reader.ref }, ro)).steps,
      };
    }),
  );
  if (values.json) {
    writeJson(ctx, { rollouts });
    return 0;
  }
  if (rollouts.length === 0) {
    ctx.stdout.write(values.model ? `no rollout of ${values.model} is under way\n` : 'No rollout is under way\n');
    return 0;
  }
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '-';
  ctx.stdout.write(
    table(
      ['MODEL', 'ENVIRONMENT', 'STRATEGY', 'CANARY', 'STABLE', 'WEIGHT', 'STEP', 'SINCE', 'FAILED', 'INCONCLUSIVE'],
      rollouts.map((r) => [
        r.model,
        r.environment,
        r.strategy,
        r.canary,
        r.stable,
        `${r.weight}%`,
        `${r.step}/${r.steps}`,
        r.stepStartedAt,
        counts(r.failures),
        counts(r.inconclusive),
      ]),
    ),
  );
  return 0;
}
