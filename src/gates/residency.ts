/**
 * The residency gate: the artifact URI, the data URI and the training region of a candidate must lie in
 * the allowed regions. Buckets, storage accounts and clusters are mapped to regions by the residency
 * policy (dhow.yaml `residency`, or the gate policy's own); anything that cannot be placed is a violation:
 * unknown means fail, never pass.
 */
import type { z } from 'zod';
import type { ResidencyPolicy } from '../registry/schemas.js';

export type Residency = z.infer<typeof ResidencyPolicy>;

export interface ResidencySubject {
  'artifact-uri'?: string;
  'data-uri'?: string;
  'training-region'?: string;
  'training-cluster'?: string;
  /** The version record's `region` (where its data is held), checked when present. */
  'data-region'?: string;
}

export interface ResidencyFinding {
  what: 'artifact' | 'data' | 'training' | 'data-region';
  subject: string | null;
  region: string | null;
  ok: boolean;
  why: string;
}

export interface ResidencyResult {
  violations: number;
  findings: ResidencyFinding[];
}

/** The scheme and authority compare case-insensitively (hosts and schemes are); the path does not. */
function canonicalUri(uri: string): string {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(uri.trim());
  return match ? `${match[1]!.toLowerCase()}${match[2]!.toLowerCase()}${match[3]}` : uri.trim();
}

/**
 * The region of a URI: the longest location prefix it falls under. A prefix matches only at a boundary,
 * so `s3://models` does not claim `s3://models-eu/...`.
 */
export function regionOfUri(uri: string, policy: Residency): { region: string; prefix: string } | undefined {
  const target = canonicalUri(uri);
  let best: { region: string; prefix: string } | undefined;
  for (const location of policy.locations) {
    const prefix = canonicalUri(location.prefix);
    const inside = target === prefix || (target.startsWith(prefix) && (prefix.endsWith('/') || target[prefix.length] === '/'));
    if (inside && (!best || prefix.length > best.prefix.length)) best = { region: location.region, prefix: location.prefix };
  }
  return best;
}

export function checkResidency(subject: ResidencySubject, policy: Residency): ResidencyResult {
  const allowed = new Set(policy['allowed-regions']);
  const findings: ResidencyFinding[] = [];
  const place = (what: ResidencyFinding['what'], label: string, region: string | undefined, subjectText: string | null, how: string) => {
    if (region === undefined) {
      findings.push({ what, subject: subjectText, region: null, ok: false, why: `${label}: ${how}` });
    } else if (!allowed.has(region)) {
      findings.push({ what, subject: subjectText, region, ok: false, why: `${label} is in ${region}, not an allowed region (${[...allowed].join(', ')})` });
    } else {
      findings.push({ what, subject: subjectText, region, ok: true, why: `${label} is in ${region}` });
    }
  };

  for (const [what, key] of [
    ['artifact', 'artifact-uri'],
    ['data', 'data-uri'],
  ] as const) {
    const uri = subject[key];
    if (uri === undefined || uri.trim() === '') {
      place(what, `the ${what} URI`, undefined, null, 'not given, so its region is unknown');
      continue;
    }
    const found = regionOfUri(uri, policy);
    place(what, `the ${what} URI ${uri}`, found?.region, uri, 'no residency location covers it, so its region is unknown');
  }

  const cluster = subject['training-cluster'];
  const declared = subject['training-region'];
  const clusterRegion = cluster !== undefined && Object.hasOwn(policy.clusters, cluster) ? policy.clusters[cluster] : undefined;
  if (declared !== undefined && clusterRegion !== undefined && declared !== clusterRegion) {
    findings.push({
      what: 'training',
      subject: cluster ?? null,
      region: declared,
      ok: false,
      why: `training declares region ${declared} but cluster ${cluster} is in ${clusterRegion}`,
    });
  } else if (declared !== undefined) {
    place('training', 'training', declared, cluster ?? declared, '');
  } else if (cluster !== undefined) {
    place('training', `training cluster ${cluster}`, clusterRegion, cluster, 'the cluster is not in the residency policy, so its region is unknown');
  } else {
    place('training', 'training', undefined, null, 'neither a training region nor a known cluster is given, so its region is unknown');
  }

  const dataRegion = subject['data-region'];
  if (dataRegion !== undefined) place('data-region', 'the declared data region', dataRegion, dataRegion, '');

  return { violations: findings.filter((f) => !f.ok).length, findings };
}
