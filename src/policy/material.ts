/**
 * Whether a promotion is a material change, by the registry's policy (dhow.yaml `material-change`): a pure
 * judgement of what changed against what it replaces. The evidence pack's change record shows the
 * verdict and its reasons; nothing here reads the registry.
 */
import { MaterialChangePolicy } from '../registry/schemas.js';

/** What differs between a candidate and the version it replaces in an environment. */
export interface VersionDifference {
  /** No version ran there before: a first release. */
  first: boolean;
  artifactChanged: boolean;
  dataChanged: boolean;
  /** Names of the parameters whose values differ (added and removed ones included). */
  parameters: string[];
  /** Every metric of either version; null where one of them lacks it. */
  metrics: { name: string; delta: number | null }[];
}

export interface MaterialityVerdict {
  material: boolean;
  reasons: string[];
}

/** The policy's defaults, for a dhow.yaml without `material-change`. */
export const DEFAULT_MATERIAL_CHANGE_POLICY: MaterialChangePolicy = MaterialChangePolicy.parse({});

export function judgeMateriality(difference: VersionDifference, policy: MaterialChangePolicy = DEFAULT_MATERIAL_CHANGE_POLICY): MaterialityVerdict {
  const reasons: string[] = [];
  if (difference.first) return { material: true, reasons: ['first release of the model in this environment'] };
  if (policy.data && difference.dataChanged) reasons.push('trained on different data');
  const any = policy.parameters.includes('*');
  const parameters = difference.parameters.filter((p) => any || policy.parameters.includes(p));
  if (parameters.length > 0) reasons.push(`parameters changed: ${parameters.join(', ')}`);
  for (const [name, limit] of Object.entries(policy.metrics).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const delta = difference.metrics.find((m) => m.name === name)?.delta;
    if (delta != null && Math.abs(delta) >= limit) reasons.push(`${name} moved by ${delta} (the policy's limit is ${limit})`);
  }
  if (policy.artifact && difference.artifactChanged) reasons.push('new artifact');
  return { material: reasons.length > 0, reasons };
}
