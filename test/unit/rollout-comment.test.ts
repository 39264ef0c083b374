/**
 * Which rollout the promotion request's sticky comment shows, from the release file and its latest commit:
 * the reconciliation a step runs whatever it decides (src/rollout/comment.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CommitInfo } from '../../src/registry/repository.js';
import type { ReleaseFile } from '../../src/registry/schemas.js';
import { rolloutToShow } from '../../src/rollout/comment.js';

const digest = `sha256:${'b'.repeat(64)}`;
const release = (version: string, rollout?: { canary: string; stable: string; 'started-at': string }): ReleaseFile => ({
  apiVersion: 'dhow.dev/v1',
  kind: 'Release',
  model: 'arabic-sentiment',
  environment: 'production',
  version,
  digest,
  holds: [],
  'promoted-by': 'noura',
  'promoted-at': '2026-11-22T10:00:00Z',
  ...(rollout
    ? {
        rollout: {
          strategy: 'canary',
          weight: 50,
          step: 1,
          'step-started-at': '2026-11-22T10:02:00Z',
          failures: {},
          inconclusive: {},
          'measured-at': {},
          ...rollout,
        },
      }
    : {}),
});
const commit = (trailers: Record<string, string>): CommitInfo => ({
  sha: 'a'.repeat(40),
  subject: 's',
  body: '',
  author: 'dhow',
  date: '2026-11-22T10:04:00Z',
  trailers,
});
const started = '2026-11-22T10:00:00Z';

describe('the rollout a sticky comment shows', () => {
  it.each([
    [
      'the rollout under way, whatever the latest commit',
      release('1.4.0', { canary: '1.4.0', stable: '1.3.0', 'started-at': started }),
      commit({}),
      { canary: '1.4.0', 'started-at': started, stable: '1.3.0' },
    ],
    [
      'a promoted rollout, its stable version left to the commit before',
      release('1.4.0'),
      commit({ 'Dhow-Rollout': 'promote', 'Dhow-Rollout-Step': `1.4.0@${started}#1` }),
      { canary: '1.4.0', 'started-at': started },
    ],
    [
      'an aborted rollout, whose stable version the abort wrote back',
      release('1.3.0'),
      commit({ 'Dhow-Rollout': 'abort', 'Dhow-Rollout-Step': `1.4.0@${started}#0`, 'Revert-Of': '1.4.0' }),
      { canary: '1.4.0', 'started-at': started, stable: '1.3.0' },
    ],
    ['no rollout after a plain promotion', release('1.4.0'), commit({ 'Dhow-Version': '1.4.0' }), undefined],
    ['no rollout when the release file has no history', release('1.4.0'), undefined, undefined],
    ['nothing for a step trailer written by hand', release('1.4.0'), commit({ 'Dhow-Rollout': 'promote', 'Dhow-Rollout-Step': 'not a step' }), undefined],
  ])('%s', (_what, r, latest, expected) => {
    expect(rolloutToShow(r, latest)).toEqual(expected);
  });
});
