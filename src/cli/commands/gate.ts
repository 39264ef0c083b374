/**
 * dhow gate --policy FILE --candidate FILE [--registry DIR --environment ENV] [--model NAME]
 *           [--report FILE] [--markdown FILE] [--record FILE] [--json]
 * Runs the gates of a policy over a candidate; prints the Markdown report (or the JSON report with --json);
 * exits 1 when a blocking gate fails. Report files are written only when the run completed.
 */
import { resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import { writeFileAtomic } from '../../atomic-file.js';
import { runGateRequest } from '../../gates/run.js';
import { planModelServer, type ModelServerPlan } from '../../gates/server-plan.js';
import { RegistryReader } from '../../registry/store.js';
import { parseCommandArgs, printHelp, registryDir, requireOption, type CliContext } from '../context.js';
import { now, openForge } from '../registry.js';

const HELP = `usage: dhow gate --policy FILE --candidate FILE [(--registry DIR | --repository OWNER/NAME) --environment ENV] [--model NAME]
                 [--report FILE] [--markdown FILE] [--record FILE] [--json] [--data-root DIR]...
                 [--server-command LINE --server-ready-url URL [--server-ready-timeout S] [--server-url-variable NAME]]

Runs the gates of a policy over a candidate (a version record draft or a metrics JSON/YAML file) and
prints the report. With --environment, the version live there is the baseline of the change checks and
dhow.yaml's gate-policy overrides apply. The registry is a local one (--registry, $DHOW_REGISTRY) or one
on GitHub (--repository, with $GITHUB_TOKEN; --api-url or $GITHUB_API_URL). Exits 1 when a blocking gate fails.

  --report FILE    write the JSON report (stable schema, kind GateReport)
  --markdown FILE  write the Markdown report
  --record FILE    write the version record's "gates" field (JSON)
  --json           print the JSON report instead of the Markdown
  --data-root DIR  also let the policy read data files under DIR (repeatable); by default its data files
                   (source.input, source.file) must lie under the working directory or the policy's own
                   directory, symbolic links resolved, and be regular files (never /proc, /sys, /dev)
  --server-command LINE      start the model server the gates measure: a command line run with no shell
                             (quotes, no pipes or variables) or a JSON array argv, in the working directory,
                             in its own process group; stopped when the gates end, fail or dhow is stopped
  --server-ready-url URL     polled until it answers 2xx; its origin (http://127.0.0.1:8080) is given to the
                             policy's endpoints as $DHOW_SERVER_URL (write \${DHOW_SERVER_URL}/predict there)
  --server-ready-timeout S   seconds the server has to get ready (default 60)
  --server-url-variable NAME the variable that carries the URL instead of DHOW_SERVER_URL
`;

const SERVER_FLAGS = {
  command: '--server-command',
  readyUrl: '--server-ready-url',
  readyTimeout: '--server-ready-timeout',
  urlVariable: '--server-url-variable',
};

/** --server-command and --server-ready-url come together; the other two only with them. */
function serverPlan(values: Record<string, unknown>, cwd: string): ModelServerPlan | undefined {
  const text = (name: string) => (typeof values[name] === 'string' && values[name] !== '' ? (values[name] as string) : undefined);
  const command = text('server-command');
  const readyUrl = text('server-ready-url');
  if (command === undefined) {
    const stray = ['server-ready-url', 'server-ready-timeout', 'server-url-variable'].find((name) => text(name) !== undefined);
    if (stray) throw new DhowError('usage', `dhow gate: --${stray} needs --server-command (the command that starts the model server)`);
    return undefined;
  }
  if (readyUrl === undefined)
    throw new DhowError('usage', 'dhow gate: --server-command needs --server-ready-url (a URL that answers 2xx once the server is ready)');
  return planModelServer({ command, readyUrl, readyTimeout: text('server-ready-timeout'), urlVariable: text('server-url-variable'), cwd }, SERVER_FLAGS);
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('gate', args, {
    policy: { type: 'string' },
    candidate: { type: 'string' },
    registry: { type: 'string' },
    repository: { type: 'string' },
    'api-url': { type: 'string' },
    environment: { type: 'string' },
    model: { type: 'string' },
    report: { type: 'string' },
    markdown: { type: 'string' },
    record: { type: 'string' },
    json: { type: 'boolean', default: false },
    'data-root': { type: 'string', multiple: true },
    'server-command': { type: 'string' },
    'server-ready-url': { type: 'string' },
    'server-ready-timeout': { type: 'string' },
    'server-url-variable': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return printHelp(ctx, HELP);
  const at = (file: string) => resolve(ctx.cwd, file);
  const policyFile = requireOption('gate', 'policy', values.policy);
  const candidateFile = requireOption('gate', 'candidate', values.candidate);
  const modelServer = serverPlan(values, ctx.cwd);
  const useRegistry = values.registry !== undefined || values.repository !== undefined || values.environment !== undefined;
  if (values.environment === '') throw new DhowError('usage', 'dhow gate: --environment is empty');
  const where = { registry: values.registry, repository: values.repository, 'api-url': values['api-url'] };
  const registry = useRegistry ? await RegistryReader.open(await openForge(ctx, 'gate', where)) : undefined;

  const outcome = await runGateRequest({
    policyFile,
    candidateFile,
    registry,
    registryName: values.repository ?? (useRegistry ? resolve(ctx.cwd, registryDir(values.registry, ctx)) : undefined),
    environment: values.environment,
    model: values.model,
    cwd: ctx.cwd,
    dataRoots: values['data-root'],
    env: ctx.env,
    logger: ctx.logger,
    modelServer,
    // The report's generated-at: $DHOW_NOW makes it reproducible (the demo's clock), as for every registry command.
    ...(ctx.env.DHOW_NOW ? { now: () => new Date(now(ctx)) } : {}),
  });

  // Everything is computed: only now are files written, each whole.
  if (values.report) await writeFileAtomic(at(values.report), outcome.json);
  if (values.markdown) await writeFileAtomic(at(values.markdown), outcome.markdown);
  if (values.record) await writeFileAtomic(at(values.record), `${JSON.stringify(outcome.record, null, 2)}\n`);
  ctx.stdout.write(values.json ? outcome.json : outcome.markdown);
  if (outcome.report.blocked) {
    ctx.stderr.write(
      `dhow gate: refused: ${outcome.report.gates
        .filter((g) => g.blocking)
        .map((g) => g.name)
        .join(', ')} blocked the candidate\n`,
    );
    return 1;
  }
  return 0;
}
