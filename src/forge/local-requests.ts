/**
 * Promotion requests of the local forge, stored in the registry repository itself: one JSON file per
 * request (with its reviews and comments) in the tree of the metadata ref `refs/dhow/requests`, written
 * with compare-and-swap (src/forge/local-records.ts), so concurrent reviewers and promoters never lose
 * each other's updates.
 */
import { z } from 'zod';
import type { Git } from './local-git.js';
import { RecordStore } from './local-records.js';
import type { Identity } from './local-tree.js';

export const REQUESTS_REF = 'refs/dhow/requests';

const StoredReview = z.object({
  reviewer: z.string(),
  state: z.enum(['approved', 'changes_requested', 'commented', 'dismissed']),
  commitSha: z.string(),
  submittedAt: z.string(),
  body: z.string().optional(),
});

const StoredRequest = z.object({
  id: z.string().regex(/^[1-9][0-9]*$/),
  branch: z.string(),
  base: z.string(),
  title: z.string(),
  body: z.string(),
  state: z.enum(['open', 'merged', 'closed']),
  author: z.string(),
  labels: z.array(z.string()),
  reviewers: z.object({ users: z.array(z.string()), teams: z.array(z.string()) }),
  createdAt: z.string(),
  updatedAt: z.string(),
  reviews: z.array(StoredReview),
  comments: z.array(z.object({ marker: z.string(), body: z.string(), updatedAt: z.string() })),
  headSha: z.string().optional(),
  mergeSha: z.string().optional(),
  mergedBy: z.string().optional(),
  mergedAt: z.string().optional(),
});
export type StoredRequest = z.infer<typeof StoredRequest>;

/** The local forge's promotion requests, one JSON file each under `requests/` on REQUESTS_REF. */
export class RequestStore extends RecordStore<typeof StoredRequest> {
  constructor(git: Git, who: () => Promise<Identity>) {
    super(git, who, { ref: REQUESTS_REF, folder: 'requests', schema: StoredRequest, noun: 'promotion request', field: 'request' });
  }
}
