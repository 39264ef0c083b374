import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvent, readEvent } from '../../src/actions/events.js';
import { promotionOf, statusDescription } from '../../src/policy/check.js';

const sha = 'b'.repeat(40);
const pr = { number: 7, state: 'open', user: { login: 'github-actions[bot]' }, head: { ref: 'dhow/promote/staging/m', sha }, base: { ref: 'main' } };

describe('GitHub events', () => {
  it('accepts a pull_request_review event with the fields dhow reads', () => {
    const event = parseEvent('pull_request_review', {
      action: 'submitted',
      review: { id: 1, user: { login: 'bob' }, state: 'approved', commit_id: sha },
      pull_request: pr,
      repository: { full_name: 'acme/registry' },
    });
    expect(event.payload.pull_request.head.ref).toBe('dhow/promote/staging/m');
  });

  it('names the field of a payload that lacks what dhow needs', () => {
    expect(() =>
      parseEvent('pull_request', { action: 'opened', pull_request: { ...pr, head: { ref: 'x' } }, repository: { full_name: 'acme/registry' } }, 'event.json'),
    ).toThrow(/event\.json, field "pull_request\.head\.sha"/);
  });

  it('refuses a repository_dispatch event type that could become anything but a name', () => {
    expect(() => parseEvent('repository_dispatch', { action: 'drift; rm -rf /', repository: { full_name: 'a/b' } })).toThrow(/field "action"/);
    expect(parseEvent('repository_dispatch', { action: 'dhow-drift-alert', repository: { full_name: 'a/b' } }).payload.client_payload).toEqual({});
  });

  it('accepts workflow_dispatch inputs of strings, numbers and booleans', () => {
    const event = parseEvent('workflow_dispatch', { inputs: { model: 'm', dry: true }, ref: 'refs/heads/main', repository: { full_name: 'a/b' } });
    expect(event.payload.inputs).toEqual({ model: 'm', dry: true });
  });

  it('reads GITHUB_EVENT_PATH and refuses an event the action does not take', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-event-'));
    const path = join(dir, 'event.json');
    await writeFile(path, JSON.stringify({ action: 'opened', pull_request: pr, repository: { full_name: 'acme/registry' } }));
    const event = await readEvent(['pull_request'], { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
    expect(event.payload.pull_request.number).toBe(7);
    await expect(readEvent(['pull_request'], { GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: path })).rejects.toThrow(
      'this action runs on pull_request events, not on "issues"',
    );
  });
});

describe('the dhow/policy status', () => {
  it('recognises promotion branches only', () => {
    expect(promotionOf('dhow/promote/staging/arabic-sentiment')).toEqual({ environment: 'staging', model: 'arabic-sentiment' });
    expect(promotionOf('dhow/revert/staging/m/1.0.0')).toBeNull();
    expect(promotionOf('feature/dhow/promote/staging/m')).toBeNull();
  });

  it("says the first thing missing and how many more, within GitHub's 140 characters", () => {
    const long = `1 more approval from reviewers other than the author data-scientist (needs 2; 1 so far: ${'x'.repeat(200)})`;
    const text = statusDescription([long, 'm 1.0.0 is held in staging'], []);
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text.endsWith('… (+1 more)')).toBe(true);
    expect(statusDescription([], ['alice', 'bob'])).toBe('Approved by alice, bob; order, gates, holds and residency hold');
  });
});
