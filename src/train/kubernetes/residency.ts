/**
 * Data residency after scheduling: the node a training pod landed on must carry an allowed
 * `topology.kubernetes.io/region` label. The Job's required node affinity asks the scheduler for this, but a
 * mislabelled node or a webhook that rewrote the affinity would slip past it, so dhow checks the node itself.
 */
import type { KubeObject } from './client.js';
import { REGION_LABEL } from './render.js';

export type ResidencyCheck = { ok: true; region: string | undefined } | { ok: false; region: string | undefined; message: string };

export function checkNodeRegion(node: KubeObject | null, nodeName: string, allowedRegions: string[]): ResidencyCheck {
  const region = node?.metadata?.labels?.[REGION_LABEL] as string | undefined;
  if (allowedRegions.length === 0) return { ok: true, region };
  if (node === null) {
    return { ok: false, region, message: `node ${nodeName} could not be read, so its region cannot be checked against the residency policy` };
  }
  if (!region) {
    return {
      ok: false,
      region,
      message: `node ${nodeName} has no ${REGION_LABEL} label, so the residency policy (${allowedRegions.join(', ')}) cannot be proven`,
    };
  }
  if (!allowedRegions.includes(region)) {
    return {
      ok: false,
      region,
      message: `the training pod ran on node ${nodeName} in region ${region}, which the residency policy does not allow (allowed: ${allowedRegions.join(', ')})`,
    };
  }
  return { ok: true, region };
}
