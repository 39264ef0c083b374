import { execFileSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../src/cli/captured.js';
import { runDemo } from '../../src/demo/index.js';
import { dhow } from '../support/cli.js';

const sha256 = (text: string) => `sha256:${execFileSync('sha256sum', { input: text }).toString().split(' ')[0]}`;

describe('npm run demo', () => {
  // The whole lifecycle is ~50 CLI commands over real git: generous under a loaded CI machine.
  it('runs the whole lifecycle in-process and ends where a hand derivation says', { timeout: 420_000 }, async () => {
    const out = new PassThrough();
    let transcript = '';
    out.on('data', (c) => (transcript += c));
    const ctx = await runDemo({ out, run: runCliCaptured, env: { ...process.env }, color: false });

    // Times come from the demo's own record of each command ($DHOW_NOW as it ran), not from counting
    // commands: a step that adds a command moves every later time, and the assertions below still hold. A
    // promotion's release records the time of its `dhow promote`; the bridge reverts production at the tick
    // after the drift report (the clock moves 7 minutes after every command).
    const ranAt = (matches: (argv: string[]) => boolean): string => {
      const found = ctx.commands.filter((c) => c.code === 0 && matches(c.argv));
      expect(found, 'exactly one demo command matches').toHaveLength(1);
      return found[0]!.at;
    };
    const promotedAt = (version: string, environment: string) =>
      ranAt((argv) => argv[0] === 'promote' && argv.join(' ').includes(`--version ${version} --to ${environment}`));
    const driftReportAt = ranAt((argv) => argv[0] === 'drift');
    const revertedAt = new Date(Date.parse(driftReportAt) + 7 * 60_000).toISOString().replace('.000Z', 'Z');
    const status = await dhow(['status', '--registry', ctx.registry, '--json']);
    const v1 = sha256('stand-in weights of arabic-dialect-id v1\n');
    const v4 = sha256('stand-in weights of arabic-dialect-id v4\n');
    expect(JSON.parse(status.stdout)).toEqual({
      releases: [
        { model: 'arabic-dialect-id', environment: 'dev', version: 'v4', digest: v4, promotedAt: promotedAt('v4', 'dev'), promotedBy: 'noura' },
        { model: 'arabic-dialect-id', environment: 'staging', version: 'v4', digest: v4, promotedAt: promotedAt('v4', 'staging'), promotedBy: 'noura' },
        { model: 'arabic-dialect-id', environment: 'production', version: 'v1', digest: v1, promotedAt: revertedAt, promotedBy: 'dhow-bridge' },
      ],
    });
    const history = JSON.parse(
      (await dhow(['history', '--registry', ctx.registry, '--model', 'arabic-dialect-id', '--env', 'production', '--json'])).stdout,
    ).history;
    expect(history.map((h: { action: string; version: string; request: string | null }) => [h.action, h.version, h.request])).toEqual([
      ['rollback', 'v1', null],
      ['promotion', 'v4', '9'],
      ['rollback', 'v1', null],
      ['promotion', 'v2', '6'],
      ['promotion', 'v1', '3'],
    ]);
    expect(transcript).toContain(`$DHOW_REGISTRY is ${ctx.registry}`);
    expect(transcript).toContain('$ dhow merge 3 --as noura\n  dhow merge: merge of request 3 (Promote arabic-dialect-id v1 to production) refused');
    expect(transcript).toContain('every file is valid');
    // The drift step: one revert commit naming the alert, v4 held, the repeated alert did nothing.
    const message = execFileSync('git', [
      '-C',
      ctx.registry,
      'log',
      '-1',
      '--format=%B',
      'main',
      '--',
      'releases/production/arabic-dialect-id.yaml',
    ]).toString();
    expect(message).toContain('Dhow-Alert: 9d3f6c2a71be0e45\nRevert-Of: v4');
    const release = execFileSync('git', ['-C', ctx.registry, 'show', 'main:releases/production/arabic-dialect-id.yaml']).toString();
    expect(release).toMatch(/holds:\n  - version: v4\n/);
    expect(transcript).toContain('DATASET DRIFT: 3 of 4 columns drifted (share 0.75, threshold 0.5)');
    expect(transcript).toContain('POST /alertmanager (repeat) -> HTTP 200: nothing: arabic-dialect-id in production runs v1, not v4');
  });
});
