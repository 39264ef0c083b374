/**
 * The hostile-input corpus: names, YAML, version records, alert payloads and HTTP requests an attacker or
 * an accident could hand dhow. Every case asserts the exit code (or HTTP status), that the message names
 * the file and field or the input, that the registry's refs did not move, and that no stack trace is printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { signBody } from '../../src/bridge/auth.js';
import { jsonLogger } from '../../src/http/log.js';
import { startBridge, type Bridge } from '../../src/bridge/server.js';
import type { DriftAlert } from '../../src/revert/payload.js';
import { dhow, type CliRun } from '../support/cli.js';
import { git, refsSnapshot, register, tempRegistry } from '../support/registry.js';

let work = '';
let registry = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dhow-hostile-'));
  registry = await tempRegistry();
  expect((await register(registry, 'fraud.detect', 'v1')).code).toBe(0);
}, 240_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(join(registry, '..'), { recursive: true, force: true });
});

const NO_STACK = /\n\s+at .+:\d+/;

/** Runs dhow and asserts the refusal: exit code, every expected fragment in stderr, no stack, refs unmoved. */
async function refused(dir: string, args: string[], expected: { code?: number; says: (string | RegExp)[]; hides?: string[] }): Promise<CliRun> {
  const before = refsSnapshot(dir);
  const run = await dhow(args);
  expect(run.code, run.stderr).toBe(expected.code ?? 1);
  // validate lists problems on stdout; every other refusal is on stderr.
  for (const s of expected.says) expect(run.stdout + run.stderr).toMatch(typeof s === 'string' ? new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : s);
  for (const secret of expected.hides ?? []) expect(run.stdout + run.stderr).not.toContain(secret);
  expect(run.stdout + run.stderr).not.toMatch(NO_STACK);
  expect(refsSnapshot(dir)).toBe(before);
  return run;
}

/** A copy of the registry whose main gets `path` with exactly these bytes (or a gitlink), behind dhow's back. */
async function registryWith(path: string, content: Buffer | { gitlink: string }): Promise<string> {
  const dir = join(await mkdtemp(join(work, 'reg-')), 'registry');
  execFileSync('cp', ['-r', registry, dir]);
  const index = join(dir, '..', 'index');
  const env = { ...process.env, GIT_DIR: dir, GIT_INDEX_FILE: index };
  const run = (args: string[], input?: Buffer) => execFileSync('git', args, { env, input }).toString().trim();
  run(['read-tree', 'main']);
  if ('gitlink' in content) run(['update-index', '--add', '--cacheinfo', `160000,${content.gitlink},${path}`]);
  else run(['update-index', '--add', '--cacheinfo', `100644,${run(['hash-object', '-w', '--stdin'], content)},${path}`]);
  const commit = run(['commit-tree', run(['write-tree']), '-p', 'main', '-m', `hand edit of ${path}`]);
  run(['update-ref', 'refs/heads/main', commit]);
  return dir;
}

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');
const CONFIG = 'apiVersion: dhow.dev/v1\nkind: Registry\nenvironments:\n  - name: dev\n';

describe('hostile names', () => {
  it.each([
    ['--model', 'm.lock'],
    ['--model', 'm.'],
    ['--model', 'm_'],
    ['--model', '../etc'],
    ['--model', 'Fraud'],
    ['--version', 'v3.lock'],
    ['--version', 'v3.'],
    ['--model', 'x\u001b[31m'],
  ])('register %s %j is refused up front, naming the flag', async (flag, value) => {
    const args = ['register', '--registry', registry, '--model', 'm', '--version', 'v1', '--artifact', 's3://b/m', '--digest', `sha256:${'b'.repeat(64)}`];
    args[args.indexOf(flag) + 1] = value;
    const run = await refused(registry, args, { code: 1, says: [flag] });
    expect(run.stderr).not.toContain('\u001b');
  });

  it.each(['fraud-detect', 'fraud_detect'])('a model %j that would deploy as the Kubernetes object of fraud.detect is refused', async (model) => {
    await refused(
      registry,
      ['register', '--registry', registry, '--model', model, '--version', 'v1', '--artifact', 's3://b/m', '--digest', `sha256:${'c'.repeat(64)}`],
      {
        says: [`"${model}"`, '"fraud-detect"', '"fraud.detect"', 'field "model"'],
      },
    );
  });

  it('an environment name of 64 characters is refused with the real limit', async () => {
    await refused(registry, ['promote', '--registry', registry, '--model', 'fraud.detect', '--version', 'v1', '--to', 'e'.repeat(64)], {
      code: 1,
      says: ['longer than 32 characters'],
    });
  });
});

describe('hostile YAML in the registry', () => {
  it.each([
    ['an alias bomb', Buffer.from(`${CONFIG}${BOMB}\n`), /more than 100 YAML aliases/],
    ['an unknown tag', Buffer.from(`${CONFIG}description: !foo bar\n`), /Unresolved tag/],
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from(CONFIG), Buffer.from('description: "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"\n')]),
      /not valid UTF-8/,
    ],
    ['2 MiB', Buffer.from(`${CONFIG}description: "${'x'.repeat(2 * 1024 * 1024)}"\n`), /at most 1048576/],
  ])('dhow.yaml with %s: validate and every command refuse it naming dhow.yaml, no stack', async (_what, bytes, says) => {
    const dir = await registryWith('dhow.yaml', bytes);
    await refused(dir, ['validate', '--registry', dir], { says: ['dhow.yaml', says] });
    await refused(dir, ['status', '--registry', dir], { says: ['dhow.yaml', says] });
    await refused(dir, ['promote', '--registry', dir, '--model', 'fraud.detect', '--version', 'v1', '--to', 'dev'], { says: ['dhow.yaml', says] });
  });

  it('a version record of 2 MiB committed by hand is refused by validate, naming the file', async () => {
    const path = 'models/fraud.detect/versions/v1.yaml';
    const original = git(registry, ['show', `main:${path}`]);
    const dir = await registryWith(path, Buffer.from(`${original}description: "${'y'.repeat(2 * 1024 * 1024)}"\n`));
    await refused(dir, ['validate', '--registry', dir], { says: [path, 'at most 1048576'] });
  });

  it('a gitlink (submodule) in the tree is a problem validate names, not a crash', async () => {
    const dir = await registryWith('models/fraud.detect/versions/v9.yaml', { gitlink: 'a'.repeat(40) });
    await refused(dir, ['validate', '--registry', dir], { says: ['models/fraud.detect/versions/v9.yaml', 'not a file'] });
  });
});

describe('hostile version records and alert payloads from files', () => {
  const alert: DriftAlert = { model: 'fraud.detect', environment: 'dev', version: 'v1', fingerprint: 'f1', 'starts-at': '2026-11-22T09:00:00Z' };

  it.each([
    ['an alias bomb', `apiVersion: dhow.dev/v1\nkind: ModelVersion\n${BOMB}\n`, /more than 100 YAML aliases/],
    ['an unknown tag', 'description: !foo bar\n', /Unresolved tag/],
    ['2 MiB', `description: "${'z'.repeat(2 * 1024 * 1024)}"\n`, /at most 1048576/],
  ])('register --from a record with %s is refused naming the file', async (_what, text, says) => {
    const file = join(work, `record-${_what.replace(/\W/g, '')}.yaml`);
    await writeFile(file, text);
    await refused(
      registry,
      ['register', '--registry', registry, '--from', file, '--model', 'm', '--version', 'v1', '--artifact', 's3://b/m', '--digest', `sha256:${'d'.repeat(64)}`],
      {
        says: [file, says],
      },
    );
  });

  it('revert --alert /dev/zero stops at once: not a regular file', async () => {
    await refused(registry, ['revert', '--registry', registry, '--alert', '/dev/zero'], { says: ['/dev/zero', 'not a regular file'] });
  });

  it('revert --alert a FIFO nobody writes to is refused, not waited on', async () => {
    const fifo = join(work, 'alert.fifo');
    execFileSync('mkfifo', [fifo]);
    await refused(registry, ['revert', '--registry', registry, '--alert', fifo], { says: [fifo, 'not a regular file'] });
  });

  it('revert --alert a 100 KB file is refused at the payload limit', async () => {
    const file = join(work, 'big-alert.json');
    await writeFile(file, JSON.stringify({ ...alert, summary: 'x'.repeat(100_000) }));
    await refused(registry, ['revert', '--registry', registry, '--alert', file], { says: [file, /at most 65536/] });
  });

  it('revert --alert a file that is not JSON never echoes its content (it may be an environment dump)', async () => {
    const file = join(work, 'environ');
    await writeFile(file, 'GITHUB_TOKEN=ghs_s3cr3tT0ken\0HOME=/root\0');
    await refused(registry, ['revert', '--registry', registry, '--alert', file], { says: [file, 'not JSON'], hides: ['ghs_s3cr3tT0ken', 'GITHUB_TOKEN'] });
  });

  it.each([
    [{ ...alert, model: 'm.lock' }, 'model'],
    [{ ...alert, version: 'v3.lock' }, 'version'],
    [{ ...alert, environment: 'e'.repeat(64) }, 'environment'],
    [{ ...alert, fingerprint: 'a b' }, 'fingerprint'],
    [{ ...alert, 'starts-at': 'yesterday' }, 'starts-at'],
  ])('revert --alert with a bad %j names the field', async (payload, field) => {
    const file = join(work, `alert-${field}.json`);
    await writeFile(file, JSON.stringify(payload));
    await refused(registry, ['revert', '--registry', registry, '--alert', file], { says: [file, `field "${field}"`] });
  });
});

describe('hostile gate policies and candidates', () => {
  const POLICY_HEAD = 'apiVersion: dhow.dev/v1\nkind: GatePolicy\n';
  it.each([
    ['an alias bomb', `${POLICY_HEAD}${BOMB}\ngates: []\n`, /more than 100 YAML aliases/],
    ['an unknown tag', `${POLICY_HEAD}gates: !foo bar\n`, /Unresolved tag/],
  ])('a gate policy with %s is refused naming the file, and no report is written', async (what, text, says) => {
    const dir = await mkdtemp(join(work, 'gate-'));
    await writeFile(join(dir, 'gates.yaml'), text);
    await writeFile(join(dir, 'candidate.json'), '{"accuracy": 0.9}');
    await refused(registry, ['gate', '--policy', join(dir, 'gates.yaml'), '--candidate', join(dir, 'candidate.json'), '--report', join(dir, 'report.json')], {
      says: ['gates.yaml', says],
    });
    expect(existsSync(join(dir, 'report.json')), what).toBe(false);
  });

  it.each([
    ['/dev/zero', /not a regular file/],
    ['a 2 MiB policy', /at most 1048576 are allowed/],
  ])('a gate policy that is %s is refused at its size limit, naming it', async (what, says) => {
    const dir = await mkdtemp(join(work, 'gate-'));
    const policy = what === '/dev/zero' ? '/dev/zero' : join(dir, 'big.yaml');
    if (policy !== '/dev/zero') await writeFile(policy, `${POLICY_HEAD}description: "${'z'.repeat(2 * 1024 * 1024)}"\ngates: []\n`);
    await writeFile(join(dir, 'candidate.json'), '{"accuracy": 0.9}');
    await refused(registry, ['gate', '--policy', policy, '--candidate', join(dir, 'candidate.json')], { says: [policy, says] });
  });

  it('a candidate with an alias bomb is refused naming the file', async () => {
    const dir = await mkdtemp(join(work, 'gate-'));
    await writeFile(
      join(dir, 'gates.yaml'),
      `${POLICY_HEAD}gates:\n  - name: accuracy\n    metric: accuracy\n    source: { kind: candidate }\n    threshold: 0.5\n    greater-is-better: true\n`,
    );
    await writeFile(join(dir, 'candidate.yaml'), `${BOMB}\naccuracy: 0.9\n`);
    await refused(registry, ['gate', '--policy', join(dir, 'gates.yaml'), '--candidate', join(dir, 'candidate.yaml')], {
      says: ['candidate.yaml', /more than 100 YAML aliases/],
    });
  });
});

describe('hostile HTTP requests to the bridge', () => {
  const TOKEN = 'hostile-token-0123456789';
  const SECRET = 'hostile-hmac-secret';
  let bridge: Bridge;
  const delivered: string[] = [];
  beforeAll(async () => {
    bridge = await startBridge({
      auth: { token: TOKEN, hmacSecret: SECRET },
      deliver: async (a) => void delivered.push(a.fingerprint),
      logger: jsonLogger(new PassThrough()),
      maxUnauthenticatedBodyBytes: 4096,
    });
  });
  afterAll(() => bridge.close());

  const json = JSON.stringify({ version: '4', status: 'firing', alerts: [] });
  const big = JSON.stringify({ version: '4', pad: 'p'.repeat(8192) });
  it.each([
    ['no credentials', 'POST', '/alertmanager', { 'content-type': 'application/json' }, json, 401, /credentials/],
    ['a wrong token', 'POST', '/alertmanager', { 'content-type': 'application/json', authorization: 'Bearer nope' }, json, 401, /credentials/],
    [
      'a forged signature',
      'POST',
      '/alertmanager',
      { 'content-type': 'application/json', 'x-dhow-signature-256': signBody(json, 'guess') },
      json,
      401,
      /credentials/,
    ],
    ['text/plain, authenticated', 'POST', '/alertmanager', { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, json, 415, /application\/json/],
    [
      'a signed body over the unauthenticated limit',
      'POST',
      '/alertmanager',
      { 'content-type': 'application/json', 'x-dhow-signature-256': signBody(big, SECRET) },
      big,
      413,
      /larger than 4096/,
    ],
    ['not JSON', 'POST', '/alertmanager', { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, '{"version":', 400, /not JSON/],
    [
      'not a version 4 notification',
      'POST',
      '/alertmanager',
      { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      '{"version":"3"}',
      400,
      /field \\"version\\"/,
    ],
    ['a GET on the webhook', 'GET', '/alertmanager', {}, undefined, 405, /method GET/],
    ['an unknown path', 'POST', '/../../etc/passwd', { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, json, 404, /not found/],
  ] as const)('%s: %s %s answers its status, delivers nothing', async (_what, method, path, headers, body, status, says) => {
    const response = await fetch(`${bridge.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).toMatch(says);
    expect(text).not.toMatch(NO_STACK);
    expect(delivered).toEqual([]);
  });
});
