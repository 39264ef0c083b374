/**
 * The material-change record (QCB: prior approval of material changes to high-risk AI systems; EU AI Act
 * Annex IV change log): what a promoted version changes against the version it replaced in that environment:
 * artifact, data, parameters and metrics. Whether it is material is the registry's policy (dhow.yaml
 * `material-change`), judged by src/policy/material.ts; the record carries the verdict and its reasons.
 */
import { judgeMateriality } from '../policy/material.js';
import type { MaterialChangePolicy, VersionRecord } from '../registry/schemas.js';

export interface ValueChange<T> {
  from: T | null;
  to: T | null;
}

export interface MaterialChange {
  model: string;
  environment: string;
  candidate: string;
  /** The version it replaced; null for a first release (then everything is new and the change is material). */
  replaced: string | null;
  commit: string;
  at: string;
  material: boolean;
  reasons: string[];
  artifact: ValueChange<string> & { changed: boolean };
  data: { uri: ValueChange<string>; digest: ValueChange<string>; version: ValueChange<string>; changed: boolean };
  parameters: { name: string; from: string | number | boolean | null; to: string | number | boolean | null }[];
  metrics: { name: string; from: number | null; to: number | null; delta: number | null }[];
}

export interface ChangeContext {
  model: string;
  environment: string;
  commit: string;
  at: string;
}

export function compareVersions(
  candidate: VersionRecord,
  replaced: VersionRecord | null,
  context: ChangeContext,
  policy?: MaterialChangePolicy,
): MaterialChange {
  const artifact = { from: replaced?.artifact.digest ?? null, to: candidate.artifact.digest, changed: replaced?.artifact.digest !== candidate.artifact.digest };
  const field = (k: 'uri' | 'digest' | 'version') => ({ from: replaced?.data[k] ?? null, to: candidate.data[k] ?? null });
  const data = { uri: field('uri'), digest: field('digest'), version: field('version'), changed: false };
  data.changed = replaced !== null && (['uri', 'digest', 'version'] as const).some((k) => data[k].from !== data[k].to);
  const names = [...new Set([...Object.keys(replaced?.parameters ?? {}), ...Object.keys(candidate.parameters)])].sort();
  const parameters = names
    .map((name) => ({ name, from: replaced?.parameters[name] ?? null, to: candidate.parameters[name] ?? null }))
    .filter((p) => p.from !== p.to);
  const metricNames = [...new Set([...Object.keys(replaced?.metrics ?? {}), ...Object.keys(candidate.metrics)])].sort();
  const metrics = metricNames.map((name) => {
    const from = replaced?.metrics[name] ?? null;
    const to = candidate.metrics[name] ?? null;
    // Rounded to 12 significant digits so 0.927 - 0.912 reads 0.015, not 0.015000000000000013.
    return { name, from, to, delta: from === null || to === null ? null : Number((to - from).toPrecision(12)) };
  });
  const { material, reasons } = judgeMateriality(
    { first: replaced === null, artifactChanged: artifact.changed, dataChanged: data.changed, parameters: parameters.map((p) => p.name), metrics },
    policy,
  );
  return {
    ...context,
    candidate: candidate.version,
    replaced: replaced?.version ?? null,
    material,
    reasons,
    artifact,
    data,
    parameters,
    metrics,
  };
}
