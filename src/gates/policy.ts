/**
 * The gate policy file (apiVersion dhow.dev/v1, kind GatePolicy): its zod schema, loading with errors
 * that name the file, the key and the line (and the closest known key for a typo), overlaying the
 * per-model and per-environment overrides of the registry, and the digest recorded with the results.
 */
import { resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { DhowError, yamlSyntaxMessage } from '../errors.js';
import { ARABIC_CHECKS } from '../metrics/arabic/checks.js';
import { JIWER_TRANSFORMS } from '../metrics/text/transforms.js';
import { sha256Digest } from '../registry/digest.js';
import { MAX_REGISTRY_FILE_BYTES, MAX_YAML_ALIASES } from '../registry/files.js';
import { readBoundedFile } from '../bounded-file.js';
import { API_VERSION, ResidencyPolicy } from '../registry/schemas.js';

/** Gate names appear in reports and version records: short kebab-case identifiers. */
export const GateName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and "-", at most 63 characters');

/** Metrics each computed source can produce; a gate naming another metric is an error at load time. */
export const SOURCE_METRICS = {
  fairness: [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equal_opportunity_difference',
    'equal_opportunity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'accuracy',
    'selection_rate',
    'tpr',
    'fpr',
  ],
  text: ['wer', 'cer', 'bleu', 'chrf', 'ter'],
  // Lines each check of `dhow arabic check` fired on, and the share of Arabic letters (its JSON keys).
  'arabic-data': [...ARABIC_CHECKS, 'arabic_share', 'presentation_form_share'],
  latency: ['p50', 'p90', 'p95', 'p99', 'max', 'mean', 'error-rate'],
  memory: ['peak-gpu-memory-mib', 'gpu-memory-fraction', 'peak-rss-mib'],
  residency: ['residency-violations'],
  'round-trip': ['round-trip-mismatches'],
} as const;
export type ComputedSourceKind = keyof typeof SOURCE_METRICS;

const Path = z.string().min(1);
/** A loopback or remote endpoint; `${NAME}` is replaced from the environment at run time. */
const Url = z.string().min(1);

export const CandidateSource = z
  .object({
    kind: z.literal('candidate'),
    /** The key in the candidate's metrics (default: the gate's metric); nested JSON keys join with '.'. */
    key: z.string().min(1).optional(),
    /** A key in the candidate's metrics holding the number of samples the metric was computed on. */
    'samples-key': z.string().min(1).optional(),
  })
  .strict();

export const FairnessSource = z
  .object({
    kind: z.literal('fairness'),
    input: Path,
    label: z.string().min(1),
    prediction: z.string().min(1),
    /** One column, or several forming intersectional groups. */
    group: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    'positive-label': z.union([z.string(), z.number()]).optional(),
    method: z.enum(['between_groups', 'to_overall']).default('between_groups'),
    agg: z.enum(['worst_case', 'mean']).default('worst_case'),
    'min-group-size': z.number().int().min(1).optional(),
  })
  .strict();

/** jiwer 4's transforms, applied in order before WER or CER (the names of `dhow metrics text --reference-transform`). */
const JiwerTransformList = z.array(z.enum(JIWER_TRANSFORMS)).min(1);

/** sacreBLEU's TER options (`dhow metrics text --ter-*`); each off by default, as in sacreBLEU. */
export const TerSettings = z
  .object({
    normalized: z.boolean().default(false),
    'no-punct': z.boolean().default(false),
    'asian-support': z.boolean().default(false),
    'case-sensitive': z.boolean().default(false),
  })
  .strict();

export const TextSource = z
  .object({
    kind: z.literal('text'),
    input: Path,
    normalize: z.enum(['none', 'arabic']).default('none'),
    /** A JSONL key (e.g. dialect): every slice is gated too, against the same slice of the live version. */
    'slice-by': z.string().min(1).optional(),
    /** jiwer transforms of the reference and of the hypothesis for WER and CER (default: the metric's own). */
    'reference-transform': JiwerTransformList.optional(),
    'hypothesis-transform': JiwerTransformList.optional(),
    /** [word, replacement] pairs for the substitute-words transform, applied in order as jiwer does. */
    'substitute-words': z
      .array(z.tuple([z.string().min(1), z.string()]))
      .min(1)
      .optional(),
    /** TER's tokenizer options (a `ter` gate only). */
    ter: TerSettings.optional(),
  })
  .strict();
export type TextSource = z.infer<typeof TextSource>;

export const ArabicDataSource = z
  .object({
    kind: z.literal('arabic-data'),
    input: Path,
  })
  .strict();

export const LoadSettings = z
  .object({
    url: Url,
    method: z.enum(['GET', 'POST', 'PUT']).default('POST'),
    /** The request body (sent as application/json when it is an object). */
    body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    headers: z.record(z.string(), z.string()).default({}),
    /** constant-rate: requests start on a schedule and latency counts from the scheduled time. */
    mode: z.enum(['constant-rate', 'closed-loop']).default('constant-rate'),
    /** Requests per second (constant-rate). */
    rate: z.number().positive().max(100_000).default(20),
    /** Concurrent connections, each sending its next request when the previous answer arrives (closed-loop). */
    connections: z.number().int().min(1).max(1024).default(4),
    'duration-seconds': z.number().positive().max(3600).default(10),
    'warmup-seconds': z.number().min(0).max(600).default(1),
    'timeout-ms': z.number().int().positive().max(600_000).default(10_000),
  })
  .strict();
export type LoadSettings = z.infer<typeof LoadSettings>;

export const LatencySource = z
  .object({
    kind: z.literal('latency'),
    /** Recorded latencies, one number of milliseconds per line. */
    file: Path.optional(),
    endpoint: LoadSettings.optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if ((source.file === undefined) === (source.endpoint === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of "file" and "endpoint"' });
    }
  });

export const MemorySource = z
  .object({
    kind: z.literal('memory'),
    /** The command to measure, as argv (no shell). */
    command: z.array(z.string().min(1)).min(1),
    /** What the model is allowed: a MIG profile (e.g. 1g.10gb) of `gpu-product`, or the whole GPU when absent. */
    'mig-profile': z
      .string()
      .regex(/^\d+g\.\d+gb$/, 'must look like 1g.10gb')
      .optional(),
    'gpu-product': z.string().min(1).optional(),
    'interval-ms': z.number().int().min(10).max(60_000).default(200),
    'timeout-seconds': z.number().positive().max(86_400).default(600),
  })
  .strict();

export const ResidencySource = z
  .object({
    kind: z.literal('residency'),
    /** Overrides of what the candidate record says; absent ones are read from the candidate. */
    'artifact-uri': z.string().min(1).optional(),
    'data-uri': z.string().min(1).optional(),
    'training-region': z.string().min(1).optional(),
    'training-cluster': z.string().min(1).optional(),
  })
  .strict();

export const RoundTripSource = z
  .object({
    kind: z.literal('round-trip'),
    url: Url,
    /** json: POST {"<request-field>": text}, read the response's <response-field>; raw: the body is echoed as is. */
    mode: z.enum(['json', 'raw']).default('json'),
    'request-field': z.string().min(1).default('text'),
    /** Dot-separated path in the JSON answer. */
    'response-field': z.string().min(1).default('text'),
    /** Texts to send; default: Arabic with diacritics, shadda, dagger alef and a decomposed hamza. */
    texts: z.array(z.string().min(1)).min(1).optional(),
    'timeout-ms': z.number().int().positive().max(600_000).default(10_000),
  })
  .strict();

export const GateSource = z.discriminatedUnion('kind', [
  CandidateSource,
  FairnessSource,
  TextSource,
  ArabicDataSource,
  LatencySource,
  MemorySource,
  ResidencySource,
  RoundTripSource,
]);
export type GateSource = z.infer<typeof GateSource>;

export const GateSpec = z
  .object({
    name: GateName,
    description: z.string().max(2000).optional(),
    metric: z.string().min(1),
    source: GateSource,
    /** Absolute: the value must be >= threshold (greater is better) or <= threshold. */
    threshold: z.number().optional(),
    /** Against the version live in the target environment: at least this much better (MLflow: positive). */
    'min-absolute-change': z.number().positive().optional(),
    /** Against the live version, as a fraction of its value, between 0 and 1 (MLflow semantics). */
    'min-relative-change': z.number().min(0).max(1).optional(),
    /** Required except for residency and round-trip gates (counts of violations: lower is better). */
    'greater-is-better': z.boolean().optional(),
    severity: z.enum(['block', 'warn']).default('block'),
    /** Below this many samples the gate is inconclusive. */
    'min-samples': z.number().int().min(1).optional(),
    /** The metric's key in the live version's record, when it differs from `metric`. */
    'baseline-metric': z.string().min(1).optional(),
    enabled: z.boolean().default(true),
  })
  .strict();
export type GateSpec = z.infer<typeof GateSpec>;

export const GatePolicyFile = z
  .object({
    apiVersion: z.literal(API_VERSION),
    kind: z.literal('GatePolicy'),
    description: z.string().max(2000).optional(),
    /** Whether an inconclusive blocking gate blocks the promotion (default) or only warns. */
    inconclusive: z.enum(['block', 'warn']).optional(),
    /** Residency rules for this policy; the registry's dhow.yaml `residency` is used when absent. */
    residency: ResidencyPolicy.optional(),
    gates: z.array(GateSpec).default([]),
  })
  .strict();
export type GatePolicyFile = z.infer<typeof GatePolicyFile>;

/** A gate after defaults are settled: `greater-is-better` is always known. */
export type Gate = Omit<GateSpec, 'greater-is-better'> & { 'greater-is-better': boolean };

/** The policy in force: the base file with the registry's overrides laid over it. */
export interface GatePolicy {
  inconclusive: 'block' | 'warn';
  residency?: z.infer<typeof ResidencyPolicy>;
  gates: Gate[];
  /** The files it came from, base first. */
  sources: string[];
  /** The file each gate in force came from, by gate name (for messages; not part of the digest). */
  origins?: Record<string, string>;
}

/** Every key the policy format knows, for "did you mean" suggestions. */
const KNOWN_KEYS = [
  ...collectKeys(GatePolicyFile),
  ...collectKeys(GateSpec),
  ...[
    CandidateSource,
    FairnessSource,
    TextSource,
    TerSettings,
    ArabicDataSource,
    LatencySource,
    MemorySource,
    ResidencySource,
    RoundTripSource,
    LoadSettings,
  ].flatMap(collectKeys),
  ...collectKeys(ResidencyPolicy),
];

function collectKeys(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def?: { shape?: Record<string, unknown>; in?: z.ZodType } }).def;
  if (def?.shape) return Object.keys(def.shape);
  if (def?.in) return collectKeys(def.in);
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Levenshtein distance, for suggesting the closest key to a typo. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest candidate within a distance that still looks like a typo, or undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of new Set(candidates)) {
    const [w, c] = [word.toLowerCase(), candidate.toLowerCase()];
    // A shortened key ("demographic_parity_diff") is one slip, whatever its length.
    const distance = c.startsWith(w) && w.length >= 4 ? 1 : editDistance(w, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** The 1-based line of the YAML node at `path` (or of its nearest existing ancestor). */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly PropertyKey[], key?: string): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = (node as YamlNode | null)?.range?.[0];
  for (const part of [...path, ...(key === undefined ? [] : [key])]) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      offset = (node as YamlNode | undefined)?.range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

/**
 * The data of a parsed YAML document, held to the registry's rules: an unknown tag (only a warning to the yaml
 * library) is an error, and aliases are capped (an alias bomb expands without bound), each naming the file.
 */
export function yamlData(doc: Document, file: string): unknown {
  const warning = doc.warnings[0];
  if (warning) throw new DhowError('invalid-input', `not valid YAML: ${yamlSyntaxMessage(warning)}`, { file, line: warning.linePos?.[0]?.line });
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    throw new DhowError('invalid-input', `uses more than ${MAX_YAML_ALIASES} YAML aliases (refused: it could expand without bound)`, { file });
  }
}

/** Parses policy text; throws a DhowError naming `file`, the key, the line and the closest known key. */
export function parsePolicy(text: string, file: string): GatePolicyFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new DhowError('invalid-input', `not valid YAML: ${yamlSyntaxMessage(error)}`, {
      file,
      line: error.linePos?.[0]?.line,
    });
  }
  const raw: unknown = yamlData(doc, file);
  if (raw === null || raw === undefined) throw new DhowError('invalid-input', 'the policy file is empty', { file });
  const result = GatePolicyFile.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const suggestion = closest(key, KNOWN_KEYS);
      const field = keyPath([...issue.path, key]);
      throw new DhowError('invalid-input', `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
        file,
        field,
        line: lineOf(doc, counter, issue.path, key),
      });
    }
    let message = issue.message;
    const last = issue.path[issue.path.length - 1];
    if (last === 'kind' && issue.path[issue.path.length - 2] === 'source') {
      const value = issue.path.reduce<unknown>((node, part) => (node as Record<PropertyKey, unknown> | undefined)?.[part], raw);
      const kinds = ['candidate', ...Object.keys(SOURCE_METRICS)];
      const suggestion = typeof value === 'string' ? closest(value, kinds) : undefined;
      message = `unknown source kind ${JSON.stringify(value)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${kinds.join(', ')}`;
    }
    throw new DhowError('invalid-input', message, { file, field: keyPath(issue.path), line: lineOf(doc, counter, issue.path) });
  }
  const policy = result.data;
  checkGates(policy, (path, message) => {
    throw new DhowError('invalid-input', message, { file, field: keyPath(path), line: lineOf(doc, counter, path) });
  });
  return policy;
}

/** Rules zod cannot say per field: known metrics, at least one threshold, unique names, direction. */
function checkGates(policy: GatePolicyFile, fail: (path: (string | number)[], message: string) => never): void {
  const names = new Set<string>();
  policy.gates.forEach((gate, i) => {
    if (names.has(gate.name)) fail(['gates', i, 'name'], `gate "${gate.name}" is listed twice`);
    names.add(gate.name);
    const kind = gate.source.kind;
    if (kind !== 'candidate') {
      const known: readonly string[] = SOURCE_METRICS[kind];
      if (!known.includes(gate.metric)) {
        const suggestion = closest(gate.metric, known);
        fail(
          ['gates', i, 'metric'],
          `unknown metric "${gate.metric}" for a ${kind} gate${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${known.join(', ')}`,
        );
      }
    }
    if (gate.source.kind === 'text')
      checkTextGate(gate.metric, gate['greater-is-better'], gate.source, (path, message) => fail(['gates', i, ...path], message));
    const countsViolations = kind === 'residency' || kind === 'round-trip';
    if (!countsViolations) {
      if (gate['greater-is-better'] === undefined) fail(['gates', i], '"greater-is-better" is required (true or false)');
      if (gate.threshold === undefined && gate['min-absolute-change'] === undefined && gate['min-relative-change'] === undefined) {
        fail(['gates', i], 'give at least one of "threshold", "min-absolute-change" and "min-relative-change"');
      }
    } else if (gate['greater-is-better'] === true) {
      fail(['gates', i, 'greater-is-better'], `a ${kind} gate counts violations: lower is better`);
    }
  });
}

/** Error rates (jiwer's WER and CER, sacreBLEU's TER) fall as quality rises; BLEU and chrF rise with it. */
const TEXT_LOWER_IS_BETTER: readonly string[] = ['wer', 'cer', 'ter'];

/**
 * A text gate's options must shape the number it gates: jiwer's transforms shape WER and CER only (BLEU, chrF
 * and TER tokenize with sacreBLEU's own rules) and TER's options shape TER only; an option that would change
 * nothing is a misreading waiting to happen, so it is refused. The direction of a text metric is known.
 */
function checkTextGate(
  metric: string,
  greaterIsBetter: boolean | undefined,
  source: TextSource,
  fail: (path: (string | number)[], message: string) => never,
): void {
  const jiwer = metric === 'wer' || metric === 'cer';
  for (const key of ['reference-transform', 'hypothesis-transform', 'substitute-words'] as const) {
    if (source[key] !== undefined && !jiwer) {
      fail(['source', key], `jiwer's transforms apply to a wer or cer gate, not ${metric} (sacreBLEU tokenizes ${metric} by its own rules)`);
    }
  }
  if (source.ter !== undefined && metric !== 'ter') fail(['source', 'ter'], `TER's options apply to a ter gate, not ${metric}`);
  const substitutes = [source['reference-transform'], source['hypothesis-transform']].some((steps) => steps?.includes('substitute-words'));
  if (substitutes && source['substitute-words'] === undefined)
    fail(['source'], 'the substitute-words transform needs "substitute-words": a list of [word, replacement] pairs');
  if (!substitutes && source['substitute-words'] !== undefined) {
    fail(['source', 'substitute-words'], 'give substitute-words in "reference-transform" or "hypothesis-transform" too, or the pairs change nothing');
  }
  (source['substitute-words'] ?? []).forEach(([from, to], k) => {
    // jiwer passes the replacement to re.sub, which reads backslashes as group references and escapes.
    if (to.includes('\\')) fail(['source', 'substitute-words', k, 1], `the replacement of "${from}" contains a backslash, which jiwer reads as an escape`);
  });
  if (greaterIsBetter !== undefined && greaterIsBetter === TEXT_LOWER_IS_BETTER.includes(metric)) {
    fail(
      ['greater-is-better'],
      `${metric} is ${greaterIsBetter ? 'lower' : 'greater'} when the text is better: "greater-is-better" must be ${!greaterIsBetter}`,
    );
  }
}

/** Settles defaults: residency and round-trip gates count violations and pass only at 0 unless told otherwise. */
function settle(gate: GateSpec): Gate {
  const countsViolations = gate.source.kind === 'residency' || gate.source.kind === 'round-trip';
  const noThreshold = gate.threshold === undefined && gate['min-absolute-change'] === undefined && gate['min-relative-change'] === undefined;
  return {
    ...gate,
    'greater-is-better': gate['greater-is-better'] ?? false,
    ...(countsViolations && noThreshold ? { threshold: 0 } : {}),
  };
}

/** Reads a policy file; `cwd` resolves a relative name, which errors keep as given. */
export async function readPolicyFile(file: string, cwd = process.cwd()): Promise<GatePolicyFile> {
  return parsePolicy(await readGateFile(file, cwd, 'the gate policy'), file);
}

/**
 * A gate policy or candidate file, held to the registry's file limits (a regular file of at most 1 MiB of
 * UTF-8, read no further than that); errors name the file as it was given.
 */
export async function readGateFile(file: string, cwd: string, what: string): Promise<string> {
  try {
    return await readBoundedFile(resolve(cwd, file), MAX_REGISTRY_FILE_BYTES, what);
  } catch (error) {
    if (error instanceof DhowError) throw new DhowError(error.code, error.message, { file, cause: error });
    throw error;
  }
}

/**
 * Lays override files over a base policy, in order: a gate with the same name is replaced whole
 * (`enabled: false` switches it off), new gates are added, and `inconclusive`/`residency` are taken
 * from the last file that sets them.
 */
export function overlayPolicies(files: { file: string; policy: GatePolicyFile }[]): GatePolicy {
  const gates = new Map<string, GateSpec>();
  const origins: Record<string, string> = {};
  let inconclusive: 'block' | 'warn' = 'block';
  let residency: GatePolicy['residency'];
  for (const { file, policy } of files) {
    if (policy.inconclusive) inconclusive = policy.inconclusive;
    if (policy.residency) residency = policy.residency;
    for (const gate of policy.gates) {
      gates.delete(gate.name); // a replaced gate moves to where the override puts it
      gates.set(gate.name, gate);
      origins[gate.name] = file;
    }
  }
  const inForce = [...gates.values()].filter((gate) => gate.enabled).map(settle);
  return {
    inconclusive,
    residency,
    gates: inForce,
    sources: files.map((f) => f.file),
    origins: Object.fromEntries(inForce.map((gate) => [gate.name, origins[gate.name]!])),
  };
}

/** Canonical JSON: object keys sorted, so the digest does not depend on key order in the files. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The digest recorded in the version record: sha256 of the canonical JSON of the policy in force (gates,
 * defaults filled in, and the inconclusive rule), so a reformatted file keeps its digest and any change of
 * meaning changes it.
 */
export function policyDigest(policy: GatePolicy): string {
  const { sources: _sources, origins: _origins, ...meaning } = policy;
  return sha256Digest(canonicalJson(meaning));
}
