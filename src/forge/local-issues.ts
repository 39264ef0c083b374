/**
 * Issues of the local forge: what dhow has to tell people when there is no request to comment on (a
 * revert that is impossible). One JSON file per issue under `issues/` on the metadata ref
 * `refs/dhow/issues`, written with compare-and-swap, so two runs raising the same issue at once still
 * make one. `git show refs/dhow/issues:issues/<id>.json` reads one; `dhow`'s LocalForge lists them.
 */
import { z } from 'zod';
import type { Git } from './local-git.js';
import { RecordStore } from './local-records.js';
import type { Identity } from './local-tree.js';

export const ISSUES_REF = 'refs/dhow/issues';

export const StoredIssue = z.object({
  id: z.string().regex(/^[1-9][0-9]*$/),
  /** The purpose the issue is found by (one issue per marker). */
  marker: z.string().min(1),
  title: z.string(),
  body: z.string(),
  state: z.enum(['open', 'closed']),
  labels: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().optional(),
  closedBy: z.string().optional(),
});
export type StoredIssue = z.infer<typeof StoredIssue>;

export class IssueStore extends RecordStore<typeof StoredIssue> {
  constructor(git: Git, who: () => Promise<Identity>) {
    super(git, who, { ref: ISSUES_REF, folder: 'issues', schema: StoredIssue, noun: 'issue', field: 'issue' });
  }
}
