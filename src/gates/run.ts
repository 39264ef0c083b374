/**
 * One gate run from files, as `dhow gate` and the gate action do it: read the policy and the candidate,
 * and when a registry and an environment are given, lay the registry's `gate-policy` overrides over the
 * policy (registry-wide, then the model's, then the environment's), take its residency rules and the
 * version live in the environment as the baseline. The registry is read through a small port
 * (GateRegistry; a RegistryReader over any forge is one), so the gates run the same on a local registry
 * and on one on GitHub. Data files are confined to the working directory, the policy file's directory and
 * the caller's data roots. Then run the gates and render the report. Nothing is written here: callers
 * write the report only once it is whole.
 */
import { dirname, resolve } from 'node:path';
import { DhowError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { assertName } from '../registry/names.js';
import { versionPath } from '../registry/paths.js';
import type { GateEvidenceFile, RegistryConfig, ReleaseFile, VersionRecord } from '../registry/schemas.js';
import { gateResultsByEnvironment } from '../registry/gate-evidence.js';
import { readCandidate, type Candidate } from './candidate.js';
import { runGates } from './evaluate.js';
import { overlayPolicies, parsePolicy, readPolicyFile, type GatePolicy, type GatePolicyFile } from './policy.js';
import { liveVersionOf, type LiveVersion } from './regression.js';
import { renderMarkdown, reportDigest, serializeReport, versionGates, type GateReport } from './report.js';
import type { Residency } from './residency.js';
import { gatesUsingServer, type ModelServerPlan } from './server-plan.js';

/** What the gates read from a registry, at one snapshot. RegistryReader (registry/store.ts) is one. */
export interface GateRegistry {
  config(): Promise<RegistryConfig>;
  release(environment: string, model: string): Promise<ReleaseFile | null>;
  version(model: string, version: string): Promise<VersionRecord | null>;
  /** A file's text (a gate policy dhow.yaml names); null when absent. */
  readText(path: string): Promise<string | null>;
  /** A version's gate evidence in one environment (gates/<env>/<model>/<version>.yaml); null when absent. */
  gateEvidence(environment: string, model: string, version: string): Promise<GateEvidenceFile | null>;
}

export interface GateRunRequest {
  policyFile: string;
  candidateFile: string;
  /** The registry, read for dhow.yaml's gate policies, residency and the baseline. */
  registry?: GateRegistry;
  /** How the registry is named in messages (its directory, or owner/name). */
  registryName?: string;
  environment?: string;
  /** The model, when the candidate file does not name it. */
  model?: string;
  cwd: string;
  /**
   * Directories the policy's data files may come from besides the working directory (the workspace) and
   * the policy file's own directory (see data-file.ts).
   */
  dataRoots?: string[];
  env: NodeJS.ProcessEnv;
  logger?: Logger;
  nvidiaSmi?: string;
  now?: () => Date;
  /** A model server to start for the gates and stop afterwards (server-plan.ts); its URL reaches `${NAME}`. */
  modelServer?: ModelServerPlan;
}

export interface GateSetup {
  policy: GatePolicy;
  candidate: Candidate;
  environment: string | null;
  live: LiveVersion | null;
  residency?: Residency;
}

export interface GateOutcome {
  report: GateReport;
  /** The report file's bytes, and their digest. */
  json: string;
  digest: string;
  markdown: string;
  /** The `gates` field of the version record. */
  record: ReturnType<typeof versionGates>;
}

export async function prepareGates(request: GateRunRequest): Promise<GateSetup> {
  const base = await readPolicyFile(request.policyFile, request.cwd);
  const candidate = await readCandidate(request.candidateFile, request.cwd);
  const layers: { file: string; policy: GatePolicyFile }[] = [{ file: request.policyFile, policy: base }];
  const reader = request.registry;
  if (reader === undefined) {
    if (request.environment !== undefined) throw new DhowError('usage', '--environment needs a registry (--registry DIR)', { field: 'environment' });
    return { policy: overlayPolicies(layers), candidate, environment: null, live: null };
  }

  const config = await reader.config();
  const model = request.model ?? candidate.model ?? undefined;
  if (model !== undefined) assertName('model', model, { field: 'model', file: request.model ? undefined : candidate.file });
  const environment = request.environment;
  const envPolicy = environment === undefined ? undefined : config.environments.find((e) => e.name === environment);
  if (environment !== undefined) {
    assertName('environment', environment, { field: 'environment' });
    if (!envPolicy) {
      throw new DhowError('not-found', `environment "${environment}" is not in dhow.yaml (it has ${config.environments.map((e) => e.name).join(', ')})`, {
        field: 'environment',
      });
    }
    if (model === undefined) {
      throw new DhowError('usage', `which model? the candidate ${candidate.file} does not name one: pass --model`, { field: 'model' });
    }
  }

  const overrides = [
    config['gate-policy'],
    model !== undefined && Object.hasOwn(config.models, model) ? config.models[model]!['gate-policy'] : undefined,
    envPolicy?.['gate-policy'],
  ].filter((p): p is string => p !== undefined);
  for (const path of overrides) {
    const text = await reader.readText(path);
    const file = `${request.registryName ?? 'registry'}:${path}`;
    if (text === null) throw new DhowError('not-found', 'the gate policy dhow.yaml names is not in the registry', { file, field: 'gate-policy' });
    layers.push({ file, policy: parsePolicy(text, file) });
  }

  let live: LiveVersion | null = null;
  if (environment !== undefined && model !== undefined) {
    const release = await reader.release(environment, model);
    if (release) {
      const record = await reader.version(model, release.version);
      if (!record) {
        throw new DhowError('not-found', `${model}@${release.version} is live in ${environment} but has no version record`, {
          file: versionPath(model, release.version),
        });
      }
      // The live version's baseline gate values are the ones it passed in this environment: its evidence
      // here (the policy engine's rule, gate-evidence.ts), else the record's gates (older registries).
      const [results] = gateResultsByEnvironment([environment], await evidenceOf(reader, environment, model, release.version), record);
      live = liveVersionOf({ ...record, gates: results?.results });
    }
  }
  return {
    policy: overlayPolicies(layers),
    candidate: model !== undefined && candidate.model === null ? { ...candidate, model } : candidate,
    environment: environment ?? null,
    live,
    residency: config.residency,
  };
}

async function evidenceOf(reader: GateRegistry, environment: string, model: string, version: string): Promise<Record<string, GateEvidenceFile>> {
  const file = await reader.gateEvidence(environment, model, version);
  return file ? { [environment]: file } : {};
}

/** Prepares, runs and renders; throws a DhowError on bad input, with nothing written. */
export async function runGateRequest(request: GateRunRequest): Promise<GateOutcome> {
  const logger = request.logger ?? silentLogger;
  const setup = await prepareGates(request);
  const dataRoots = [request.cwd, dirname(resolve(request.cwd, request.policyFile)), ...(request.dataRoots ?? []).map((root) => resolve(request.cwd, root))];
  const gates = (env: NodeJS.ProcessEnv) => runGates({ ...setup, cwd: request.cwd, dataRoots, env, logger, nvidiaSmi: request.nvidiaSmi, now: request.now });
  // The policy and candidate are read and checked before the server starts: bad input starts nothing.
  const plan = request.modelServer;
  let report: GateReport;
  if (plan === undefined) report = await gates(request.env);
  else {
    if (gatesUsingServer(setup.policy, plan.urlVariable).length === 0) {
      logger.warning(`no enabled gate's endpoint names \${${plan.urlVariable}}: the model server is started, but nothing in the policy measures it`);
    }
    const { withModelServer } = await import('./model-server.js');
    report = await withModelServer(plan, { env: request.env, logger }, gates);
  }
  const json = serializeReport(report);
  const digest = reportDigest(json);
  return { report, json, digest, markdown: renderMarkdown(report), record: versionGates(report, digest) };
}
