/**
 * dhow init [DIR]: a new registry (a bare git repository with dhow.yaml) in DIR or the registry directory.
 * dhow init --repository OWNER/NAME [--protect]: the same registry in a repository on GitHub, written
 * through the API, and with --protect the settings, labels and ruleset docs/github-setup.md asks for.
 */
import { resolve } from 'node:path';
import { initRegistry } from '../../forge/local.js';
import { defaultRegistryConfig, type RegistryConfig } from '../../registry/schemas.js';
import { parseCommandArgs, registryDir, writeJson, type CliContext } from '../context.js';
import { DhowError } from '../../errors.js';
import { now, helpRequested, shortSha } from '../registry.js';

const USAGE = `usage: dhow init [DIR] [--json]
       dhow init --repository OWNER/NAME [--protect] [--api-url URL] [--json]
  Creates a registry (dhow.yaml: dev -> staging -> production, 0/1/2 approvals): a bare git repository in DIR,
  or, with --repository, dhow.yaml and README.md in one commit on the default branch of a repository on
  GitHub (token from $GITHUB_TOKEN; an existing dhow.yaml with other content is refused, never overwritten).
  --protect also sets what dhow needs there (admin rights: "Administration: write"): allow auto-merge,
  delete head branches on merge, merge commits allowed; the labels dhow, dhow:revert, dhow-revert-failed
  and env:<environment>; a ruleset "dhow" on the default branch requiring pull requests and the dhow/policy
  status (pinned to the App when the token is an App's installation token). A second run writes nothing.`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values, positionals } = parseCommandArgs(
    'init',
    args,
    { registry: { type: 'string' }, repository: { type: 'string' }, 'api-url': { type: 'string' }, protect: { type: 'boolean' }, json: { type: 'boolean' } },
    true,
  );
  if (positionals.length > 1) throw new DhowError('usage', 'dhow init: at most one directory');
  const config = defaultRegistryConfig();
  if (values.repository !== undefined) {
    if (positionals.length > 0 || values.registry !== undefined) {
      throw new DhowError('usage', 'dhow init: a directory (or --registry) and --repository OWNER/NAME exclude each other: pass one');
    }
    return initOnGitHub(ctx, config, values.repository, values['api-url'], Boolean(values.protect), Boolean(values.json));
  }
  if (values.protect || values['api-url'] !== undefined)
    throw new DhowError('usage', 'dhow init: --protect and --api-url go with --repository OWNER/NAME (a registry on GitHub)');
  const dir = resolve(ctx.cwd, positionals[0] ?? registryDir(values.registry, ctx));
  await initRegistry(dir, config, { logger: ctx.logger, identity: { name: ctx.env.GIT_AUTHOR_NAME ?? ctx.env.USER ?? 'dhow' }, now: () => now(ctx) });
  if (values.json) {
    writeJson(ctx, { registry: dir, environments: config.environments.map((e) => ({ name: e.name, approvals: e.approvals })) });
    return 0;
  }
  ctx.stdout.write(`Created a dhow registry in ${dir}\nPromotion order: ${promotionOrder(config)}\n`);
  return 0;
}

function promotionOrder(config: RegistryConfig): string {
  return config.environments.map((e) => `${e.name} (${e.approvals} approval${e.approvals === 1 ? '' : 's'})`).join(' -> ');
}

async function initOnGitHub(
  ctx: CliContext,
  config: RegistryConfig,
  repository: string,
  apiUrl: string | undefined,
  protect: boolean,
  json: boolean,
): Promise<number> {
  const token = ctx.env.GITHUB_TOKEN;
  if (!token)
    throw new DhowError(
      'usage',
      `dhow init: --repository needs a GitHub token in $GITHUB_TOKEN (one that can write to ${repository}; with --protect, one with admin rights)`,
    );
  const { connectRegistry } = await import('../../forge/connect.js');
  const admin = await import('../../forge/github-admin.js');
  const forge = connectRegistry({
    token,
    registry: repository,
    ...(apiUrl !== undefined ? { apiUrl } : {}),
    logger: ctx.logger,
    env: ctx.env,
    names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
  });
  const files = await admin.bootstrapRegistry(forge, config);
  let protection: Awaited<ReturnType<typeof admin.protectRegistry>> | undefined;
  let identity: Awaited<ReturnType<typeof admin.tokenIdentity>> | undefined;
  if (protect) {
    identity = await admin.tokenIdentity(forge);
    protection = await admin.protectRegistry(forge, admin.desiredProtection(config, identity.kind === 'app' ? identity.integrationId : undefined));
  }
  const pinnedTo = identity?.kind === 'app' ? { app: identity.slug, integrationId: identity.integrationId } : null;
  if (json) {
    writeJson(ctx, {
      repository,
      branch: files.branch,
      commit: files.commit ?? null,
      written: files.written,
      environments: config.environments.map((e) => ({ name: e.name, approvals: e.approvals })),
      ...(protection
        ? { protection: { settings: protection.settings, labelsCreated: protection.labels, ruleset: protection.ruleset, policyCheckPinnedTo: pinnedTo } }
        : {}),
    });
    return 0;
  }
  const out: string[] = [];
  out.push(
    files.commit
      ? `Wrote ${files.written.join(' and ')} to ${repository} in one commit ${shortSha(files.commit)} on ${files.branch}`
      : `${repository} already holds dhow.yaml and a README on ${files.branch}: no file to write`,
  );
  out.push(`Promotion order: ${promotionOrder(config)}`);
  if (protection && identity) {
    const settings = Object.entries(protection.settings).map(([k, v]) => `${k}=${String(v)}`);
    out.push(
      settings.length ? `Settings changed: ${settings.join(', ')}` : 'Settings: already as dhow needs them (auto-merge, delete head branches, merge commits)',
    );
    out.push(protection.labels.length ? `Labels created: ${protection.labels.join(', ')}` : 'Labels: all there');
    const ruleset = { created: 'created', updated: 'updated to what dhow needs', none: 'already as dhow needs it' }[protection.ruleset.operation];
    out.push(`Ruleset "dhow" on ${files.branch} (id ${protection.ruleset.id}): ${ruleset}; pull requests required, ${admin.POLICY_CONTEXT} required`);
    if (identity.kind === 'app')
      out.push(`  ${admin.POLICY_CONTEXT} is pinned to the App ${identity.slug} (integration id ${identity.integrationId}): only its status satisfies it`);
    else {
      out.push(
        `  ${admin.POLICY_CONTEXT} is NOT pinned to an App (the token is ${identity.kind === 'github-token' ? "GitHub Actions' GITHUB_TOKEN" : `${identity.login}'s`}): any status with that name satisfies it.`,
        `  Run dhow init --protect again with the App's installation token (e.g. from actions/create-github-app-token) to pin it,`,
        `  or choose the App as the check's source in Settings > Rules > Rulesets > dhow.`,
      );
    }
    const wrote = Object.keys(protection.settings).length + protection.labels.length + (protection.ruleset.operation === 'none' ? 0 : 1);
    if (wrote === 0 && !files.commit) out.push('Nothing changed.');
  } else if (!files.commit) out.push('Nothing changed.');
  ctx.stdout.write(out.join('\n') + '\n');
  return 0;
}
