/**
 * The `drift` action: compares a production sample with the reference (or profile) of the version live
 * in an environment (read from the registry's release file unless given), writes the report to the job
 * summary, and on dataset drift sends the revert's repository_dispatch to the registry repository.
 */
import * as core from '../runner.js';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import { lazySchema } from '../../lazy-schema.js';
import type { DriftColumnKind } from '../../drift/index.js';
import { parseMethodName, parsePerColumn, parseThreshold } from '../../drift/choice.js';
import { METHODS } from '../../drift/stattests.js';
import type { GitHubForge } from '../../forge/github.js';
import { EnvironmentName, ModelName, VersionName } from '../../registry/names.js';
import { actionsLogger, booleanInput, listInput, optionalInput, runAction, secretInput, stringInput, workspaceDir } from '../runtime.js';
import { parseInputs, RepositoryInput } from '../settings.js';

const ACTION = 'drift';

// Built on first use: an action that stops at a missing input never pays for it (issue 14).
const Settings = lazySchema(() =>
  z.object({
    model: ModelName(),
    environment: EnvironmentName(),
    current: z.string().min(1, 'is required'),
    reference: z.string().min(1, 'is required'),
    version: VersionName().optional(),
    registry: RepositoryInput(),
    token: z.string(),
    'api-url': z.string().optional(),
    method: z.enum(METHODS).optional(),
    // Per kind and per column, as the CLI's --num-method ... --threshold-for (lines checked in getInputs first).
    threshold: z.number().finite().optional(),
    'num-method': z.enum(METHODS).optional(),
    'cat-method': z.enum(METHODS).optional(),
    'num-threshold': z.number().finite().optional(),
    'cat-threshold': z.number().finite().optional(),
    'method-for': z.record(z.string(), z.enum(METHODS)),
    'threshold-for': z.record(z.string(), z.number().finite()),
    'column-types': z.record(z.string(), z.enum(['numerical', 'categorical', 'text'])),
    'drift-share': z.number().gt(0).lte(1),
    'max-invalid-share': z.number().gte(0).lte(1),
    dispatch: z.boolean(),
    'event-type': z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/),
    summary: z.boolean(),
  }),
);
type Settings = z.infer<ReturnType<typeof Settings>>;

function getInputs(): Settings {
  const token = secretInput('github-token');
  const columnTypes: Record<string, string> = {};
  for (const line of listInput('column-types')) {
    const at = line.indexOf('=');
    if (at <= 0) throw new DhowError('usage', `input "column-types": "${line}" is not COLUMN=numerical|categorical|text`, { field: 'column-types' });
    columnTypes[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  const input = (name: string) => `input "${name}"`;
  const method = (name: string) => {
    const value = optionalInput(name);
    return value === undefined ? undefined : parseMethodName(input(name), value);
  };
  const threshold = (name: string) => {
    const value = optionalInput(name);
    return value === undefined ? undefined : parseThreshold(input(name), value);
  };
  const share = stringInput('drift-share') || '0.5';
  const invalidShare = stringInput('max-invalid-share') || '0.01';
  return parseInputs(Settings(), {
    model: stringInput('model', { required: true }),
    environment: stringInput('environment') || 'production',
    current: stringInput('current', { required: true }),
    reference: stringInput('reference', { required: true }),
    version: optionalInput('version'),
    registry: stringInput('registry') || process.env.GITHUB_REPOSITORY,
    token,
    'api-url': optionalInput('api-url'),
    method: method('method'),
    threshold: threshold('threshold'),
    'num-method': method('num-method'),
    'cat-method': method('cat-method'),
    'num-threshold': threshold('num-threshold'),
    'cat-threshold': threshold('cat-threshold'),
    'method-for': parsePerColumn(input('method-for'), listInput('method-for'), (v) => parseMethodName(input('method-for'), v)),
    'threshold-for': parsePerColumn(input('threshold-for'), listInput('threshold-for'), (v) => parseThreshold(input('threshold-for'), v)),
    'column-types': columnTypes,
    'drift-share': /^\d*\.?\d+$/.test(share) ? Number(share) : NaN,
    'max-invalid-share': /^\d*\.?\d+$/.test(invalidShare) ? Number(invalidShare) : NaN,
    dispatch: booleanInput('dispatch', true),
    'event-type': stringInput('event-type') || 'dhow-drift-alert',
    summary: booleanInput('summary', true),
  });
}

/** A per-kind option without its unset kinds (an undefined entry would hide the option for every column). */
function definedOnly<T>(byKind: Partial<Record<DriftColumnKind, T | undefined>>): Partial<Record<DriftColumnKind, T>> {
  return Object.fromEntries(Object.entries(byKind).filter(([, v]) => v !== undefined)) as Partial<Record<DriftColumnKind, T>>;
}

export async function run(): Promise<void> {
  await runAction(ACTION, async () => {
    const settings = getInputs();
    const logger = actionsLogger();
    const workspace = workspaceDir();
    // The GitHub side (Octokit) and the registry's schemas load only when the step talks to the registry: a run
    // given its version that finds no drift never pays for them (test/bench/startup.bench.ts).
    let registry: GitHubForge | undefined;
    const forge = async () => {
      const { connectRegistry } = await import('../../forge/connect.js');
      return (registry ??= connectRegistry({ token: settings.token, registry: settings.registry, apiUrl: settings['api-url'], logger }));
    };

    let version = settings.version;
    if (!version) {
      const { RegistryReader } = await import('../../registry/store.js');
      const release = await (await RegistryReader.open(await forge())).release(settings.environment, settings.model);
      if (!release) {
        throw new DhowError(
          'not-found',
          `${settings.model} has no release in ${settings.environment} in ${settings.registry}: nothing runs there to compare with`,
          { field: 'model' },
        );
      }
      version = release.version;
      logger.info(`${settings.environment} runs ${settings.model} ${version}`);
    }
    const reference = resolve(workspace, settings.reference.replaceAll('{version}', version));
    const current = resolve(workspace, settings.current);

    const { detectDrift, renderDriftMarkdown } = await import('../../drift/index.js');
    const result = await logger.group(`drift of ${settings.model} ${version} in ${settings.environment}`, () =>
      detectDrift({
        reference,
        current,
        ...(settings.method ? { method: settings.method } : {}),
        ...(settings.threshold !== undefined ? { threshold: settings.threshold } : {}),
        methodByKind: definedOnly({ numerical: settings['num-method'], categorical: settings['cat-method'] }),
        thresholdByKind: definedOnly({ numerical: settings['num-threshold'], categorical: settings['cat-threshold'] }),
        methodFor: settings['method-for'],
        thresholdFor: settings['threshold-for'],
        columnTypes: settings['column-types'] as Record<string, DriftColumnKind>,
        driftShare: settings['drift-share'],
        maxInvalidShare: settings['max-invalid-share'],
        optionNames: {
          method: 'input "method"',
          methodFor: 'input "method-for"',
          thresholdFor: 'input "threshold-for"',
          numMethod: 'input "num-method"',
          catMethod: 'input "cat-method"',
          columnType: 'input "column-types"',
          driftShare: 'input "drift-share"',
          maxInvalidShare: 'input "max-invalid-share"',
        },
      }),
    );
    const drifted = result.columns.filter((c) => c.drifted).map((c) => c.column);
    const reportPath = join(process.env.RUNNER_TEMP ?? workspace, `dhow-drift-${settings.model}-${settings.environment}.json`);
    await writeFile(reportPath, `${JSON.stringify(result, null, 2)}\n`);
    core.setOutput('dataset-drift', String(result.dataset_drift));
    core.setOutput('inconclusive', String(result.inconclusive));
    core.setOutput('share', String(result.share));
    core.setOutput('drifted-columns', JSON.stringify(drifted));
    core.setOutput('version', version);
    core.setOutput('report', reportPath);
    core.setOutput('data-quality-failed', String(result.data_quality.failed));
    if (result.data_quality.failed) {
      const bad = result.data_quality.columns.filter((c) => c.failed).map((c) => `${c.column} (${c.invalid} of ${c.rows} rows)`);
      core.warning(`data quality: values that are not numbers in ${bad.slice(0, 20).join(', ')}; left out of the drift tests, not treated as drift`);
    }
    core.info(`${drifted.length} of ${result.columns.length} columns drifted (share ${result.share}); dataset drift: ${result.dataset_drift}`);

    let dispatched = false;
    if (result.dataset_drift && settings.dispatch) {
      const runUrl = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`;
      const { parseDriftAlert } = await import('../../revert/payload.js');
      const alert = parseDriftAlert(
        {
          model: settings.model,
          environment: settings.environment,
          version,
          fingerprint: `drift-run-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
          'starts-at': new Date().toISOString(),
          summary: `dataset drift: ${drifted.length} of ${result.columns.length} columns drifted (${drifted.slice(0, 20).join(', ')})`.slice(0, 2000),
          source: runUrl,
        },
        'drift alert',
      );
      await (await forge()).dispatch(settings['event-type'], { ...alert });
      dispatched = true;
      core.warning(`${settings.model} ${version} drifts in ${settings.environment}: sent ${settings['event-type']} to ${settings.registry}`);
    }
    core.setOutput('dispatched', String(dispatched));
    if (settings.summary) {
      const note = dispatched
        ? `\n\nSent the drift alert \`${settings['event-type']}\` to \`${settings.registry}\`: its revert workflow decides from the registry's state.`
        : '';
      await core.summary.addRaw(`${renderDriftMarkdown(result)}${note}\n`).write();
    }
  });
}
