/**
 * src/actions/runner.ts speaks the runner's protocol without @actions/core; @actions/core 3.0 (still a
 * dependency) is the reference: the same calls must leave the same bytes on stdout, in GITHUB_OUTPUT and
 * GITHUB_STATE (delimiters are random in both, so they are compared after naming them), and in the job summary.
 */
import * as reference from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../../src/actions/runner.js';

type Core = typeof runner;
const saved = { ...process.env };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dhow-runner-'));
  for (const f of ['output', 'state', 'summary']) writeFileSync(join(dir, f), '');
  Object.assign(process.env, { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') });
});
afterEach(() => {
  // Unit files share a worker (isolate: false): put the same process.env object back as it was, not a copy.
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** What `use` wrote to stdout and the three files, with each random delimiter replaced by its order. */
async function effects(core: Core, use: (core: Core) => Promise<void> | void): Promise<string[]> {
  for (const f of ['output', 'state', 'summary']) writeFileSync(join(dir, f), '');
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await use(core);
  } finally {
    write.mockRestore();
  }
  const named = (text: string) => {
    let n = 0;
    const seen = new Map<string, string>();
    return text.replace(/ghadelimiter_[0-9a-f-]{36}/g, (d) => seen.get(d) ?? (seen.set(d, `DELIM${++n}`), `DELIM${n}`));
  };
  const exitCode = String(process.exitCode ?? '');
  process.exitCode = undefined;
  return [stdout, ...['output', 'state', 'summary'].map((f) => named(readFileSync(join(dir, f), 'utf8'))), exitCode];
}

async function same(use: (core: Core) => Promise<void> | void): Promise<void> {
  const expected = await effects(reference as unknown as Core, use);
  expect(await effects(runner, use)).toEqual(expected);
}

describe('the runner protocol without @actions/core', () => {
  it('reads inputs as @actions/core does: spaces, case, trimming, lines, booleans', () => {
    Object.assign(process.env, { 'INPUT_DATA-ROOTS': ' a \n\n  b\n', INPUT_MY_FLAG: ' True ', INPUT_BAD: 'yes', INPUT_EMPTY: '' });
    for (const core of [reference, runner] as Core[]) {
      expect(core.getInput('data-roots')).toBe('a \n\n  b');
      expect(core.getMultilineInput('data-roots')).toEqual(['a', 'b']);
      expect(core.getBooleanInput('my flag')).toBe(true);
      expect(() => core.getBooleanInput('bad')).toThrow('Input does not meet YAML 1.2 "Core Schema" specification: bad');
      expect(() => core.getInput('empty', { required: true })).toThrow('Input required and not supplied: empty');
    }
  });

  it('writes outputs and state, including multi-line and non-string values, byte for byte', async () => {
    await same((core) => {
      core.setOutput('verdict', 'pass');
      core.setOutput('report', 'line 1\nline 2\r\n');
      core.setOutput('count', 3 as unknown as string);
      core.saveState('isPost', 'true');
    });
  });

  it('falls back to workflow commands when the files are not set', async () => {
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STATE;
    await same((core) => {
      core.setOutput('a,b', 'x%y\nz');
      core.saveState('s', 'v');
    });
  });

  it('escapes log commands, masks secrets, groups and fails the same way', async () => {
    await same(async (core) => {
      core.info('plain ::not-a-command:: 100%');
      core.debug('d%\r\n');
      core.warning('w\nnext');
      core.error(new Error('boom: x, y'));
      core.setSecret('s3cr%t\nline');
      expect(await core.group('a group: 1%', async () => 42)).toBe(42);
      core.setFailed('gate: failed');
    });
  });

  it('builds and appends the job summary the same way', async () => {
    await same(async (core) => {
      core.summary.addRaw('# raw', true);
      await core.summary
        .addHeading('Promotion of m v1 to staging', 2)
        .addHeading('bad level', 9)
        .addTable([
          [
            { data: 'Metric', header: true },
            { data: 'Value', header: true, colspan: '2' },
          ],
          ['accuracy', '<code>0.9</code>'],
          ['', 'empty cell'],
        ])
        .write();
      await core.summary.addRaw('second write appends').write();
    });
  });

  it('refuses a summary when the runner gives no summary file, in the words of @actions/core', async () => {
    // @actions/core caches the file once found, so its message is quoted from its summary.js instead.
    delete process.env.GITHUB_STEP_SUMMARY;
    const message = 'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.';
    await expect(runner.summary.addRaw('x').write()).rejects.toThrow(message);
    // The refused write keeps its buffer; flush it so no later test (or file in this worker) inherits 'x'.
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
    await runner.summary.write();
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toBe('x');
  });
});
