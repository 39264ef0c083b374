/**
 * What a new registry holds: dhow.yaml and a README of the registry layout. A local registry gets both in
 * its first commit (`initialRegistryFiles`, written by the local forge's `initRegistry`); a registry
 * repository that already exists (on GitHub) gets each only when missing, in one commit (`planBootstrap`).
 * Pure: given what the default branch holds, the changes to commit, or a refusal when dhow.yaml is there
 * with other content (never overwritten). The layout is the registry's, so its README lives here; only
 * the last paragraph (where requests and reviews live) differs between forges.
 */
import { DhowError } from '../errors.js';
import type { RegistryConfig } from './schemas.js';
import { serializeRegistryFile } from './files.js';

export const CONFIG_FILE = 'dhow.yaml';
export const README_FILE = 'README.md';

/** The registry's README: the layout, then `requestsNote`, a paragraph on where requests and reviews live. */
export function registryReadme(requestsNote: string): string {
  return `# Model registry

This repository is a dhow model registry: every file is validated by \`dhow validate\`.

- \`dhow.yaml\`: environments in promotion order and the approvals each needs
- \`models/<model>/model.yaml\`, \`models/<model>/versions/<version>.yaml\`: models and their immutable versions
- \`releases/<environment>/<model>.yaml\`: what runs where (its history is \`git log\` of the file)
- \`deploy/<environment>/<model>/\`: the Kubernetes manifests Argo CD or Flux sync

${requestsNote}
`;
}

export const GITHUB_REGISTRY_README = registryReadme(
  'Promotions and reverts are pull requests labelled `dhow`; reviews are the approvals, a merge is the deployment.',
);

/** The README of a local registry, whose requests and issues are committed on metadata refs of the repository. */
export function localRegistryReadme(requestsRef: string, issuesRef: string): string {
  return registryReadme(`Promotion requests and reviews live on \`${requestsRef}\`; issues dhow raises (a revert it could not
make) on \`${issuesRef}\`.`);
}

/** The files of a new registry's first commit. */
export function initialRegistryFiles(config: RegistryConfig, readme: string): { path: string; content: string }[] {
  return [
    { path: CONFIG_FILE, content: serializeRegistryFile(config) },
    { path: README_FILE, content: readme },
  ];
}

export interface BootstrapPlan {
  /** Files to write, in one commit; empty when the repository already is this registry. */
  changes: { path: string; content: string }[];
}

/**
 * A README counts as missing when there is none, or it is only what GitHub's "Add a README" writes: a
 * title line and at most one line of description.
 */
function placeholderReadme(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length <= 2 && (lines.length === 0 || lines[0]!.startsWith('# '));
}

export function planBootstrap(existing: { config: string | null; readme: string | null }, config: RegistryConfig, where: string): BootstrapPlan {
  const wanted = serializeRegistryFile(config);
  const changes: BootstrapPlan['changes'] = [];
  if (existing.config === null) changes.push({ path: CONFIG_FILE, content: wanted });
  else if (existing.config !== wanted) {
    throw new DhowError(
      'refused',
      `${where} already has a ${CONFIG_FILE} with other content than dhow init writes: dhow init never overwrites it (edit it by pull request, or use another repository)`,
      { file: CONFIG_FILE },
    );
  }
  if (existing.readme === null || (placeholderReadme(existing.readme) && existing.readme !== GITHUB_REGISTRY_README)) {
    changes.push({ path: README_FILE, content: GITHUB_REGISTRY_README });
  }
  return { changes };
}
