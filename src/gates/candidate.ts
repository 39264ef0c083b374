/**
 * The candidate a gate run judges, read from one file: a version record draft (YAML or JSON with
 * `kind: ModelVersion`; it need not be complete yet, the gates fill in its `gates` field) or a metrics file
 * (a JSON or YAML object of numbers; nested objects are flattened with '.', so the JSON that
 * `dhow metrics fairness --json` prints is a metrics file: `overall.accuracy`, `by_group.gulf.tpr`).
 */
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'zod';
import { DhowError, schemaError, yamlSyntaxMessage } from '../errors.js';
import type { ResidencySubject } from './residency.js';
import { readGateFile, yamlData } from './policy.js';

export interface Candidate {
  file: string;
  model: string | null;
  version: string | null;
  /** Every number the file holds, by key. */
  metrics: Map<string, number>;
  residency: ResidencySubject;
}

const Loose = <T extends z.ZodRawShape>(shape: T) => z.object(shape).loose();

/** A draft is read leniently (the registry validates the finished record); what gates read must be well typed. */
const VersionDraft = Loose({
  kind: z.literal('ModelVersion'),
  model: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  metrics: z.record(z.string(), z.number()).default({}),
  artifact: Loose({ uri: z.string().min(1).optional() }).optional(),
  data: Loose({ uri: z.string().min(1).optional() }).optional(),
  training: Loose({ region: z.string().min(1).optional(), cluster: z.string().min(1).optional() }).optional(),
  region: z.string().min(1).optional(),
});

function flatten(value: unknown, prefix: string, into: Map<string, number>): void {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) into.set(prefix, value);
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  }
}

export function parseCandidate(text: string, file: string): Candidate {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new DhowError('invalid-input', `not valid JSON or YAML: ${yamlSyntaxMessage(error)}`, { file, line: error.linePos?.[0]?.line });
  }
  const raw: unknown = yamlData(doc, file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DhowError('invalid-input', 'the candidate must be a version record or an object of metrics', { file });
  }
  if ((raw as { kind?: unknown }).kind === 'ModelVersion') {
    const result = VersionDraft.safeParse(raw);
    if (!result.success) throw schemaError(result.error.issues, { file });
    const draft = result.data;
    return {
      file,
      model: draft.model ?? null,
      version: draft.version ?? null,
      metrics: new Map(Object.entries(draft.metrics)),
      residency: {
        'artifact-uri': draft.artifact?.uri,
        'data-uri': draft.data?.uri,
        'training-region': draft.training?.region,
        'training-cluster': draft.training?.cluster,
        'data-region': draft.region,
      },
    };
  }
  if ('kind' in raw) {
    throw new DhowError(
      'invalid-input',
      `a candidate of kind "${String((raw as { kind: unknown }).kind)}" cannot be gated: give a ModelVersion draft or a metrics file`,
      {
        file,
        field: 'kind',
      },
    );
  }
  const metrics = new Map<string, number>();
  flatten(raw, '', metrics);
  return { file, model: null, version: null, metrics, residency: {} };
}

/** Reads a candidate file; `cwd` resolves a relative name, which errors keep as given. */
export async function readCandidate(file: string, cwd = process.cwd()): Promise<Candidate> {
  return parseCandidate(await readGateFile(file, cwd, 'the candidate'), file);
}
