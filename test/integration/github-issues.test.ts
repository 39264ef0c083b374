/**
 * The github forge's issues (Forge.raiseIssue) against the emulator through real Octokit: one issue per
 * marker among the issues carrying a label, the open one edited in place, one a person closed left alone,
 * pull requests (issues too, on GitHub) never taken for one, and two racing runs ending with one open issue.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/github.js';
import { recordingLogger } from '../../src/logger.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';

const REPO = 'acme/registry';
const LABEL = 'dhow-revert-failed';
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repositories: [REPO], users: ['layla'] });
});
afterAll(() => gh.stop());
afterEach(() => {
  expect(gh.violations.splice(0)).toEqual([]);
});

const forge = () => createGitHubForge({ token: gh.token, repository: REPO, baseUrl: gh.url, logger: recordingLogger(), pacing: false, backoffUnitMs: 5 });
const person = () => new Octokit({ auth: gh.tokenFor('layla'), baseUrl: gh.url });
const issue = (marker: string, body = 'no last known good') => ({ marker, label: LABEL, title: `dhow could not revert (${marker})`, body });
const marked = (marker: string) => gh.issues(REPO).filter((i) => i.body?.startsWith(`<!-- dhow:${marker} -->\n`));

describe('issues dhow raises on GitHub', () => {
  it('opens one labelled issue with the hidden marker, then edits it in place, writing nothing when nothing changed', async () => {
    const first = await forge().raiseIssue(issue('m/one'));
    expect(first.operation).toBe('created');
    expect(first.issue).toMatchObject({
      state: 'open',
      labels: [LABEL],
      title: 'dhow could not revert (m/one)',
      body: '<!-- dhow:m/one -->\nno last known good',
    });
    expect(first.issue.url).toBe(`${gh.url}/acme/registry/issues/${first.issue.id}`);

    gh.resetCalls();
    expect((await forge().raiseIssue(issue('m/one'))).operation).toBe('none');
    expect(gh.calls.writes()).toEqual([]);
    const updated = await forge().raiseIssue(issue('m/one', 'still no last known good'));
    expect(updated).toMatchObject({ operation: 'updated', issue: { id: first.issue.id, body: '<!-- dhow:m/one -->\nstill no last known good' } });
    expect(gh.calls.writes().map((c) => c.operationId)).toEqual(['issues/update']);
    expect(marked('m/one').map((i) => [i.number, i.state])).toEqual([[Number(first.issue.id), 'open']]);
  });

  it('leaves an issue a person closed alone: no reopening, no new issue, no comment', async () => {
    const { issue: raised } = await forge().raiseIssue(issue('m/two'));
    await person().issues.update({ owner: 'acme', repo: 'registry', issue_number: Number(raised.id), state: 'closed', state_reason: 'completed' });
    gh.resetCalls();
    const again = await forge().raiseIssue(issue('m/two', 'a later alert'));
    expect(again).toMatchObject({ operation: 'none', issue: { id: raised.id, state: 'closed' } });
    expect(gh.calls.writes()).toEqual([]);
    expect(marked('m/two').map((i) => [i.state, i.closedBy])).toEqual([['closed', 'layla']]);
  });

  it('a reopened issue is kept up to date again', async () => {
    const { issue: raised } = await forge().raiseIssue(issue('m/three'));
    await person().issues.update({ owner: 'acme', repo: 'registry', issue_number: Number(raised.id), state: 'closed' });
    await person().issues.update({ owner: 'acme', repo: 'registry', issue_number: Number(raised.id), state: 'open' });
    expect(await forge().raiseIssue(issue('m/three', 'news'))).toMatchObject({ operation: 'updated', issue: { id: raised.id, state: 'open' } });
  });

  it('does not take another marker, an unlabelled issue or a pull request for its issue', async () => {
    const octokit = new Octokit({ auth: gh.token, baseUrl: gh.url });
    // The same marker text, but without the label (a person's copy): not dhow's issue.
    await octokit.issues.create({ owner: 'acme', repo: 'registry', title: 'copy', body: '<!-- dhow:m/four -->\nquoted' });
    // A pull request carrying the label and the marker: GitHub lists it among the issues, dhow must skip it.
    await gh.seed(REPO, { 'x.txt': 'x\n' }, { branch: 'topic', message: 'x' });
    const { data: pull } = await octokit.pulls.create({
      owner: 'acme',
      repo: 'registry',
      head: 'topic',
      base: 'main',
      title: 'pr',
      body: '<!-- dhow:m/four -->\npr',
    });
    await octokit.issues.addLabels({ owner: 'acme', repo: 'registry', issue_number: pull.number, labels: [LABEL] });
    await forge().raiseIssue(issue('m/four-and-more'));

    const raised = await forge().raiseIssue(issue('m/four'));
    expect(raised.operation).toBe('created');
    expect(Number(raised.issue.id)).not.toBe(pull.number);
    expect(marked('m/four').map((i) => i.labels)).toEqual([[], [LABEL]]);
  });

  it('lists only the issues it raised: not an unlabelled copy of a marker a person wrote, not a pull request', async () => {
    const listed = await forge().listIssues('all');
    const copies = gh.issues(REPO).filter((i) => i.body?.includes('<!-- dhow:') && i.labels.length === 0);
    expect(copies.length).toBeGreaterThan(0);
    expect(listed.filter((i) => copies.some((c) => String(c.number) === i.id))).toEqual([]);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((i) => i.labels.includes(LABEL))).toBe(true);
  });

  it('finds its issue past the first page of labelled issues', async () => {
    // Set up directly in the emulator's state (as seed() does for git): 105 labelled issues of dhow's.
    const repo = gh.repository(REPO);
    for (let i = 0; i < 105; i++) {
      const at = new Date(Date.UTC(2026, 10, 22, 8, 0, i)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      repo.issues.push({
        number: repo.nextNumber++,
        title: `bulk ${i}`,
        body: `<!-- dhow:bulk/${i} -->\nno last known good`,
        user: gh.botLogin,
        state: 'open',
        stateReason: null,
        labels: [LABEL],
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        closedBy: null,
      });
    }
    // The oldest is on the second page of 100 (newest first): found and edited, not duplicated.
    expect(await forge().raiseIssue(issue('bulk/0', 'edited'))).toMatchObject({ operation: 'updated' });
    expect(marked('bulk/0')).toHaveLength(1);
  });

  it('two runs that both miss each other leave one open issue: the newer one closes itself', async () => {
    const results = await Promise.all([forge(), forge(), forge()].map((f) => f.raiseIssue(issue('m/race'))));
    const open = marked('m/race').filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(new Set(results.map((r) => r.issue.id))).toEqual(new Set([String(open[0]!.number)]));
    for (const closed of marked('m/race').filter((i) => i.state === 'closed')) {
      expect([closed.stateReason, closed.closedBy]).toEqual(['not_planned', gh.botLogin]);
    }
  });
});
