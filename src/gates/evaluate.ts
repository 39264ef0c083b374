/**
 * Runs a gate policy over a candidate: measures each source once (several gates may read one CSV),
 * decides every gate against its threshold and the live version's record, and assembles the report.
 * Any bad input (a missing file, a metric the candidate lacks, an endpoint that is not a URL) is a
 * DhowError before anything is reported: a report is whole or absent.
 */
import { DhowError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { checkArabicFile } from '../metrics/arabic/checks.js';
import { latencyFromFile, summarizeLatencies } from '../metrics/latency.js';
import { TEXT_METRICS, textMetricsFromJsonl, type TextMetricName, type TextMetricsOptions } from '../metrics/text/corpus.js';
import { qualitySignature, textMetricsBySlice } from '../metrics/text/slices.js';
import { decideSlices } from './text-slices.js';
import { API_VERSION } from '../registry/schemas.js';
import type { Candidate } from './candidate.js';
import { confineDataFile } from './data-file.js';
import { measureFairness } from './fairness.js';
import { generateLoad } from './load.js';
import { measureMemory } from './memory.js';
import { canonicalJson, closest, policyDigest, type Gate, type GatePolicy, type GateSource, type TextSource } from './policy.js';
import { baselineFor, type LiveVersion } from './regression.js';
import { checkResidency, type Residency } from './residency.js';
import { overallVerdict, type GateReport, type GateResult } from './report.js';
import { roundTrip } from './roundtrip.js';
import { decide } from './threshold.js';

export interface GateRunInput {
  policy: GatePolicy;
  candidate: Candidate;
  /** The target environment; null when gating without one (no baseline). */
  environment: string | null;
  /** The version live in the target environment, or null when none is. */
  live: LiveVersion | null;
  /** The registry's residency rules (dhow.yaml), used when the policy has none of its own. */
  residency?: Residency;
  /** Relative input paths are read from here. */
  cwd: string;
  /**
   * Absolute directories the policy's data files (source.input, source.file) must lie in, symbolic links
   * resolved (default: cwd alone). A policy may come from the registry: it must not read the runner's files.
   */
  dataRoots?: string[];
  /** `${NAME}` in endpoint URLs comes from here. */
  env: NodeJS.ProcessEnv;
  logger?: Logger;
  /** The nvidia-smi executable (default: the one on env.PATH). */
  nvidiaSmi?: string;
  now?: () => Date;
}

/** What one source measured: a value per metric it knows, and how many samples they rest on. */
interface SourceMeasurement {
  values: Record<string, number | null>;
  samples: number | null;
  details: Record<string, unknown>;
  /** Something went wrong that fails every gate reading this source (a crashed command). */
  failure?: string;
  /** Why values are null, when they are. */
  note?: string;
}

/** A source's own error (a missing data file, a bad column) says which gate of the policy read it. */
function inGate(gate: Gate, error: unknown): unknown {
  if (!(error instanceof DhowError) || error.field?.startsWith('gates[')) return error;
  return new DhowError(error.code, `gate "${gate.name}" (source ${gate.source.kind}): ${error.message}`, { reasons: error.reasons, cause: error });
}

function where(gate: Gate, field: string): { field: string; file?: string } {
  return { field: `gates[name=${gate.name}].${field}` };
}

/** Replaces `${NAME}` from the environment; an unset variable is an error naming the field. */
export function expandVariables(text: string, env: NodeJS.ProcessEnv, gate: Gate, field: string): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined || value === '') {
      throw new DhowError('invalid-input', `\${${name}} is not set in the environment`, where(gate, field));
    }
    return value;
  });
}

/** `source.<key> in <policy file>` for each key: how an input error names where a value came from. */
function policyKeys<K extends string>(file: string | undefined, keys: K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, `source.${k}${file ? ` in ${file}` : ''}`])) as Record<K, string>;
}

async function measure(gate: Gate, input: GateRunInput, logger: Logger): Promise<SourceMeasurement> {
  const source = gate.source;
  // The path as the policy wrote it stays the name in messages; the confined real path is what is read.
  const path = (file: string, key: 'input' | 'file' = 'input') =>
    confineDataFile(file, {
      cwd: input.cwd,
      roots: input.dataRoots ?? [input.cwd],
      field: where(gate, `source.${key}`).field,
      file: input.policy.origins?.[gate.name],
    });
  switch (source.kind) {
    case 'candidate':
      throw new Error('candidate sources are read directly');
    case 'fairness': {
      const groups = Array.isArray(source.group) ? source.group : [source.group];
      // Messages name the policy's keys (`source.positive-label in gates.yaml`), never the CLI's flags.
      const keys = policyKeys(input.policy.origins?.[gate.name], ['label', 'prediction', 'group', 'positive-label']);
      const result = await measureFairness({
        input: await path(source.input),
        label: source.label,
        prediction: source.prediction,
        groups,
        positiveLabel: source['positive-label'] === undefined ? undefined : String(source['positive-label']),
        method: source.method,
        agg: source.agg,
        minGroupSize: source['min-group-size'],
        name: source.input,
        givenBy: { label: keys.label, prediction: keys.prediction, group: keys.group, positiveLabel: keys['positive-label'] },
      });
      return { values: result.values, samples: result.count, details: { by_group: result.byGroup } };
    }
    case 'text': {
      const options = textOptions(source, textMetricsOf(source, input.policy.gates));
      const sliceBy = source['slice-by'];
      if (sliceBy !== undefined) {
        const r = await textMetricsBySlice(await path(source.input), { ...options, sliceBy });
        const pick = (m: Record<TextMetricName, number>) => Object.fromEntries(TEXT_METRICS.map((k) => [k, m[k]]));
        return {
          values: pick(r.overall),
          samples: r.overall.segments,
          details: {
            signatures: r.overall.signatures,
            normalize: source.normalize,
            'slice-by': sliceBy,
            // Measured values per slice; runGates replaces them with the decided rows of the gate's metric.
            measured: Object.fromEntries(Object.entries(r.slices).map(([name, m]) => [name, { ...pick(m), segments: m.segments }])),
          },
        };
      }
      const result = await textMetricsFromJsonl(await path(source.input), options);
      return {
        values: Object.fromEntries(TEXT_METRICS.map((k) => [k, result[k]])),
        samples: result.segments,
        details: {
          signatures: Object.fromEntries(options.metrics!.map((m) => [m, qualitySignature(m, result, options)])),
          normalize: source.normalize,
        },
      };
    }
    case 'arabic-data': {
      const report = await checkArabicFile(await path(source.input));
      const values: Record<string, number | null> = { arabic_share: report.arabic_share, presentation_form_share: report.presentation_form_share };
      for (const [name, finding] of Object.entries(report.checks)) values[name] = finding.count;
      return {
        values,
        samples: report.lines,
        details: Object.fromEntries(Object.entries(report.checks).map(([name, f]) => [name, { count: f.count, lines: f.lines }])),
      };
    }
    case 'latency': {
      if (source.file !== undefined) {
        const summary = await latencyFromFile(await path(source.file, 'file'));
        return { values: { ...summary, 'error-rate': 0 }, samples: summary.count, details: { file: source.file } };
      }
      const endpoint = source.endpoint!;
      const url = expandVariables(endpoint.url, input.env, gate, 'source.endpoint.url');
      logger.info(
        `gate ${gate.name}: load on ${url}: ${endpoint.mode === 'constant-rate' ? `${endpoint.rate} requests/s` : `${endpoint.connections} connections`} for ${endpoint['duration-seconds']} s after ${endpoint['warmup-seconds']} s of warm-up`,
      );
      const load = await generateLoad({
        url,
        method: endpoint.method,
        body: endpoint.body,
        headers: endpoint.headers,
        mode: endpoint.mode,
        rate: endpoint.rate,
        connections: endpoint.connections,
        durationSeconds: endpoint['duration-seconds'],
        warmupSeconds: endpoint['warmup-seconds'],
        timeoutMs: endpoint['timeout-ms'],
      });
      const measured = load.latenciesMs.length + load.errors;
      const details = { mode: load.mode, errors: load.errors, 'error-reasons': load.errorReasons, 'warmup-requests': load.warmupRequests };
      if (load.latenciesMs.length === 0) {
        return {
          values: { p50: null, p90: null, p95: null, p99: null, max: null, mean: null, 'error-rate': measured ? load.errors / measured : null },
          samples: 0,
          details,
          note: `no request succeeded${load.errorReasons.length ? ` (${load.errorReasons.join('; ')})` : ''}`,
        };
      }
      const summary = summarizeLatencies(load.latenciesMs);
      return { values: { ...summary, 'error-rate': load.errors / measured }, samples: summary.count, details: { ...details, ...summary } };
    }
    case 'memory': {
      logger.info(`measuring the memory of ${source.command[0]}${source.command.length > 1 ? ' …' : ''} (gate ${gate.name})`);
      const result = await measureMemory(source, { cwd: input.cwd, env: input.env, logger, nvidiaSmi: input.nvidiaSmi });
      return {
        values: result.values,
        samples: result.samples,
        details: { allocation: result.allocation, 'allocation-mib': result.allocationMiB, ...(result.noGpu ? { 'no-gpu': result.noGpu } : {}) },
        ...(result.failure ? { failure: result.failure } : {}),
        ...(result.noGpu && gate.metric !== 'peak-rss-mib' ? { note: result.noGpu } : {}),
      };
    }
    case 'residency': {
      const rules = input.policy.residency ?? input.residency;
      if (!rules) {
        throw new DhowError(
          'invalid-input',
          "a residency gate needs residency rules: `residency` in the policy or in the registry's dhow.yaml",
          where(gate, 'source'),
        );
      }
      const subject = { ...input.candidate.residency };
      for (const key of ['artifact-uri', 'data-uri', 'training-region', 'training-cluster'] as const) {
        if (source[key] !== undefined) subject[key] = source[key];
      }
      const result = checkResidency(subject, rules);
      return {
        values: { 'residency-violations': result.violations },
        samples: result.findings.length,
        details: { findings: result.findings },
        ...(result.violations > 0
          ? {
              note: result.findings
                .filter((f) => !f.ok)
                .map((f) => f.why)
                .join('; '),
            }
          : {}),
      };
    }
    case 'round-trip': {
      const url = expandVariables(source.url, input.env, gate, 'source.url');
      const result = await roundTrip({ ...source, url });
      return {
        values: { 'round-trip-mismatches': result.mismatches.length },
        samples: result.sent,
        details: { mismatches: result.mismatches },
        ...(result.mismatches.length > 0 ? { note: result.mismatches.map((m) => `text ${m.index + 1}: ${m.why}`).join('; ') } : {}),
      };
    }
  }
}

/**
 * The metrics a text source must compute: those of every gate reading the same source (they share one
 * measurement), so TER, whose shift search costs more than the rest together, is computed only when gated.
 */
function textMetricsOf(source: TextSource, gates: readonly Gate[]): TextMetricName[] {
  const key = canonicalJson(source);
  const gated = new Set(gates.filter((g) => g.source.kind === 'text' && canonicalJson(g.source) === key).map((g) => g.metric));
  return TEXT_METRICS.filter((m) => gated.has(m));
}

/** The policy's text source as the metrics' options (jiwer's transforms, sacreBLEU's TER options). */
function textOptions(source: TextSource, metrics: TextMetricName[]): TextMetricsOptions {
  const substitutions = source['substitute-words']?.map(([from, to]) => [from, to] as const);
  const chain = (steps: TextSource['reference-transform']) => (steps === undefined ? undefined : { steps, substitutions });
  const reference = chain(source['reference-transform']);
  const hypothesis = chain(source['hypothesis-transform']);
  const ter = source.ter;
  return {
    normalize: source.normalize,
    metrics,
    name: source.input,
    ...(reference || hypothesis ? { transforms: { ...(reference ? { reference } : {}), ...(hypothesis ? { hypothesis } : {}) } } : {}),
    ...(ter ? { ter: { normalized: ter.normalized, noPunct: ter['no-punct'], asianSupport: ter['asian-support'], caseSensitive: ter['case-sensitive'] } } : {}),
  };
}

function fromCandidate(gate: Gate & { source: Extract<GateSource, { kind: 'candidate' }> }, candidate: Candidate): SourceMeasurement {
  const key = gate.source.key ?? gate.metric;
  const known = [...candidate.metrics.keys()];
  const lookup = (k: string, field: string) => {
    const value = candidate.metrics.get(k);
    if (value === undefined) {
      const suggestion = closest(k, known);
      throw new DhowError(
        'invalid-input',
        `the candidate ${candidate.file} has no metric "${k}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}${known.length ? `; it has ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}` : '; it has no metrics'}`,
        where(gate, field),
      );
    }
    return value;
  };
  const value = lookup(key, gate.source.key ? 'source.key' : 'metric');
  const samplesKey = gate.source['samples-key'];
  return { values: { [gate.metric]: value }, samples: samplesKey ? lookup(samplesKey, 'source.samples-key') : null, details: {} };
}

export async function runGates(input: GateRunInput): Promise<GateReport> {
  const logger = input.logger ?? silentLogger;
  if (input.policy.gates.length === 0) {
    // A policy that checks nothing would pass everything: that is a mistake, not a verdict.
    throw new DhowError('invalid-input', 'the gate policy has no enabled gates, so it would check nothing', {
      file: input.policy.sources.join(', ') || undefined,
      field: 'gates',
    });
  }
  const cache = new Map<string, Promise<SourceMeasurement>>();
  const results: GateResult[] = [];
  for (const gate of input.policy.gates) {
    let measurement: SourceMeasurement;
    if (gate.source.kind === 'candidate') {
      measurement = fromCandidate(gate as Gate & { source: Extract<GateSource, { kind: 'candidate' }> }, input.candidate);
    } else {
      const key = canonicalJson(gate.source);
      if (!cache.has(key))
        cache.set(
          key,
          measure(gate, input, logger).catch((error: unknown) => Promise.reject(inGate(gate, error))),
        );
      measurement = await cache.get(key)!;
    }
    const value = measurement.values[gate.metric] ?? null;
    const baseline = baselineFor(gate, input.live);
    let decision = decide(gate, { value, samples: measurement.samples ?? undefined }, baseline, input.policy.inconclusive);
    if (measurement.failure) {
      decision = { verdict: gate.severity === 'block' ? 'fail' : 'warn', blocking: gate.severity === 'block', reasons: [measurement.failure] };
    } else if (measurement.note && decision.verdict !== 'pass') {
      decision = { ...decision, reasons: [...decision.reasons, measurement.note] };
    }
    let details = measurement.details;
    if (gate.source.kind === 'text') {
      // How the gated number was made, beside it: sacreBLEU's signature, or jiwer's version and transforms.
      const signatures = details.signatures as Partial<Record<string, string>> | undefined;
      details = { ...details, signature: signatures?.[gate.metric] ?? null };
    }
    const measured = details.measured as Record<string, Record<string, number> & { segments: number }> | undefined;
    if (gate.source.kind === 'text' && measured !== undefined) {
      const slices = Object.entries(measured).map(([slice, m]) => ({ slice, value: m[gate.metric] ?? null, samples: m.segments }));
      const decided = decideSlices(gate, decision, slices, input.live, input.policy.inconclusive);
      decision = decided.decision;
      const { measured: _measured, ...rest } = details;
      details = { ...rest, slices: decided.rows };
    }
    results.push({
      name: gate.name,
      metric: gate.metric,
      source: gate.source.kind,
      severity: gate.severity,
      verdict: decision.verdict,
      blocking: decision.blocking,
      value: value !== null && Number.isFinite(value) ? value : null,
      threshold: gate.threshold ?? null,
      'min-absolute-change': gate['min-absolute-change'] ?? null,
      'min-relative-change': gate['min-relative-change'] ?? null,
      'greater-is-better': gate['greater-is-better'],
      baseline: baseline.kind === 'value' ? baseline.value : null,
      samples: measurement.samples,
      'min-samples': gate['min-samples'] ?? null,
      reasons: decision.reasons,
      details,
    });
    logger.debug(`gate ${gate.name}: ${decision.verdict}${decision.reasons.length ? ` (${decision.reasons.join('; ')})` : ''}`);
  }
  const { verdict, blocked } = overallVerdict(results);
  return {
    apiVersion: API_VERSION,
    kind: 'GateReport',
    verdict,
    blocked,
    'policy-digest': policyDigest(input.policy),
    'policy-files': input.policy.sources,
    candidate: { file: input.candidate.file, model: input.candidate.model, version: input.candidate.version },
    environment: input.environment,
    'baseline-version': input.live?.version ?? null,
    'generated-at': (input.now?.() ?? new Date()).toISOString(),
    gates: results,
  };
}
