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

    // Clock: 08:00 on 22 Nov, +7 minutes per command, +7 days before v2 is registered, +3 hours before the
    // rollback. v2 reached dev with the 13th command (09:38 on 29 Nov), staging with the 15th (09:52), and the
    // rollback is the 23rd command, three hours after the 22nd (10:41 + 3h = 13:41). The training step moves
    // the clock on a day (30 Nov 13:48) and runs two commands (train 13:48, register 13:55); its
    // `dhow train render` changes nothing in the registry and takes no demo time. The gate step runs five (gate v4 14:02, gate v3 14:09, its evidence for production 14:16, gate v3 for
    // staging 14:23, its evidence 14:30). The drift step registers v4 (31st, 14:37) and promotes it: dev
    // with the 32nd command (14:44), staging with the 34th (14:58), production merged by the 40th (15:40);
    // three days on, the drift report is the 41st command (3 Dec 15:47), and the bridge reverts production
    // at the next tick of the clock (15:54).
    const status = await dhow(['status', '--registry', ctx.registry, '--json']);
    const v1 = sha256('stand-in weights of arabic-dialect-id v1\n');
    const v4 = sha256('stand-in weights of arabic-dialect-id v4\n');
    expect(JSON.parse(status.stdout)).toEqual({
      releases: [
        { model: 'arabic-dialect-id', environment: 'dev', version: 'v4', digest: v4, promotedAt: '2026-11-30T14:44:00Z', promotedBy: 'noura' },
        { model: 'arabic-dialect-id', environment: 'staging', version: 'v4', digest: v4, promotedAt: '2026-11-30T14:58:00Z', promotedBy: 'noura' },
        { model: 'arabic-dialect-id', environment: 'production', version: 'v1', digest: v1, promotedAt: '2026-12-03T15:54:00Z', promotedBy: 'dhow-bridge' },
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
