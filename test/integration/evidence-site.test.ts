import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { buildEvidenceRegistry, commitOnMain, MODEL, type EvidenceRegistry } from '../support/evidence-registry.js';
import { register, tempDir, tempRegistry } from '../support/registry.js';

/** The git CLI on the registry: the independent source every expected value below comes from. */
const gitOut = (registry: string, args: string[]) => execFileSync('git', ['--git-dir', registry, ...args]).toString();
const iso = (t: string) => new Date(t).toISOString().replace('.000Z', 'Z');

interface LogEntry {
  commit: string;
  date: string;
  author: string;
  request: string;
  revertOf: string;
  alert: string;
}

/** `git log --first-parent` of a release file, oldest first, with the trailers dhow writes. */
function releaseLog(registry: string, env: string): LogEntry[] {
  const format = '%H%x1f%aI%x1f%an%x1f%(trailers:key=Dhow-Request,valueonly,separator=)%x1f%(trailers:key=Revert-Of,valueonly,separator=)%x1f%(trailers:key=Dhow-Alert,valueonly,separator=)%x1e';
  return gitOut(registry, ['log', '--first-parent', `--format=${format}`, 'main', '--', `releases/${env}/${MODEL}.yaml`])
    .split('\x1e')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((line) => {
      const [commit, date, author, request, revertOf, alert] = line.split('\x1f').map((f) => f.trim());
      return { commit: commit!, date: iso(date!), author: author!, request: request!, revertOf: revertOf!, alert: alert! };
    })
    .reverse();
}

interface StoredReview {
  reviewer: string;
  state: string;
  commitSha: string;
  submittedAt: string;
}
/** A local promotion request as the forge stores it on refs/dhow/requests, read with git alone. */
const storedRequest = (registry: string, id: string) =>
  JSON.parse(gitOut(registry, ['show', `refs/dhow/requests:requests/${id}.json`])) as { author: string; headSha: string; reviews: StoredReview[] };

interface AuditRow {
  at: string;
  event: string;
  version: string | null;
  actor: string;
  commit: string;
  request: string | null;
  detail: string;
}

describe('dhow evidence', () => {
  let fixture: EvidenceRegistry;
  let out: string;
  const read = (path: string) => readFile(join(out, path), 'utf8');
  const audit = async (env: string) => JSON.parse(await read(`audit/${MODEL}/${env}.json`)).rows as AuditRow[];

  beforeAll(async () => {
    fixture = await buildEvidenceRegistry();
    out = join(await tempDir(), 'evidence');
    const run = await dhow(['evidence', '--registry', fixture.registry, '--model', MODEL, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 400_000);

  it('writes one AI-system register row per environment that agrees with dhow status, the release files and model.yaml', async () => {
    const reg = fixture.registry;
    const status = JSON.parse((await dhow(['status', '--registry', reg, '--json'])).stdout).releases as { environment: string; version: string; digest: string; promotedAt: string; promotedBy: string }[];
    const rows = JSON.parse(await read('register.json')).rows as Record<string, string | null>[];
    expect(rows.map((r) => r.environment)).toEqual(['dev', 'staging', 'production']);
    for (const row of rows) {
      const s = status.find((x) => x.environment === row.environment)!;
      const log = releaseLog(reg, row.environment!);
      expect(row).toMatchObject({
        model: MODEL,
        status: 'released',
        version: s.version,
        digest: s.digest,
        since: s.promotedAt,
        by: s.promotedBy,
        owners: 'noura',
        purpose: "Route customer messages to agents who speak the writer's dialect.",
        riskTier: 'high',
        ownerContact: 'ml-platform@example.qa',
        task: 'text-classification',
        commit: log.at(-1)!.commit,
        firstReleased: log[0]!.date,
      });
    }
    // production runs v1 by a rollback and staging v2 by a revert: no request approved either; dev v3 needed none.
    expect(rows.map((r) => [r.version, r.approvers, r.request])).toEqual([['v3', '', releaseLog(reg, 'dev').at(-1)!.request], ['v2', '', null], ['v1', '', null]]);
    const csv = await read('register.csv');
    expect(csv.split('\r\n')[0]).toBe('model,environment,status,version,digest,owners,ownerContact,purpose,riskTier,task,since,by,firstReleased,approvers,request,commit');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv).toContain(`"Route customer messages to agents who speak the writer's dialect."`.replace(/^"|"$/g, ''));
  });

  it('keeps an audit trail whose releases are exactly the git log of each release file, oldest first', async () => {
    for (const env of ['dev', 'staging', 'production']) {
      const log = releaseLog(fixture.registry, env);
      const releases = (await audit(env)).filter((r) => ['promotion', 'rollback', 'revert', 'removal'].includes(r.event));
      expect(releases.map((r) => [r.commit, r.at, r.actor, r.event, r.request ?? ''])).toEqual(
        log.map((l) => [l.commit, l.date, l.author, l.revertOf ? (l.alert ? 'revert' : 'rollback') : 'promotion', l.request]),
      );
      const rows = await audit(env);
      expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort());
      // Every row names a commit that exists in the registry.
      for (const row of rows) expect(gitOut(fixture.registry, ['cat-file', '-t', row.commit]).trim()).toBe('commit');
    }
  });

  it('lists every approval with the commit it approved, as the stored requests hold them, and voids the stale one', async () => {
    const rows = [...(await audit('dev')), ...(await audit('staging')), ...(await audit('production'))];
    const requests = [...new Set(rows.filter((r) => r.request).map((r) => r.request!))];
    expect(requests.length).toBeGreaterThanOrEqual(7);
    for (const id of requests) {
      const stored = storedRequest(fixture.registry, id);
      const approvals = rows.filter((r) => r.request === id && (r.event === 'approval' || r.event === 'stale-approval'));
      expect(approvals.map((r) => [r.actor, r.commit, r.at, r.event])).toEqual(
        stored.reviews.filter((v) => v.state === 'approved').map((v) => [v.reviewer, v.commitSha, v.submittedAt, v.commitSha === stored.headSha ? 'approval' : 'stale-approval']),
      );
      const request = rows.find((r) => r.request === id && r.event === 'request')!;
      expect([request.actor, request.commit]).toEqual([stored.author, stored.headSha]);
    }
    const stale = rows.filter((r) => r.event === 'stale-approval');
    expect(stale.map((r) => [r.actor, r.request])).toEqual([['omar', fixture.staleRequest]]);
    expect(stale[0]!.commit).not.toBe(storedRequest(fixture.registry, fixture.staleRequest).headSha);
  });

  it('records the drift alert, the revert and the hold it placed, from the revert commit', async () => {
    const log = releaseLog(fixture.registry, 'staging');
    const revert = log.at(-1)!;
    expect(revert.alert).toBe('c0ffee42');
    const release = parse(gitOut(fixture.registry, ['show', `${revert.commit}:releases/staging/${MODEL}.yaml`]));
    const rows = (await audit('staging')).filter((r) => r.commit === revert.commit);
    expect(rows.map((r) => r.event).sort()).toEqual(['drift-alert', 'hold', 'revert']);
    const hold = rows.find((r) => r.event === 'hold')!;
    expect([hold.version, hold.actor, hold.at, hold.detail]).toEqual([release.holds[0].version, release.holds[0].by, iso(release.holds[0].at), release.holds[0].reason]);
    expect(rows.find((r) => r.event === 'revert')!.detail).toMatch(/^v3 -> v2: /);
  });

  it('writes a model card per version with Hugging Face front matter and an Arabic section', async () => {
    const versions = gitOut(fixture.registry, ['ls-tree', '--name-only', `main:models/${MODEL}/versions`]).trim().split('\n').map((f) => f.replace(/\.yaml$/, ''));
    expect((await readdir(join(out, 'model-cards', MODEL))).sort()).toEqual(versions.map((v) => `${v}.md`).sort());
    const card = await read(`model-cards/${MODEL}/v1.md`);
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(card)![1]!);
    // The demo registered v1 with these metrics (src/demo/step-register.ts).
    expect(front['model-index'][0].results[0].metrics).toEqual([
      { type: 'accuracy', value: 0.912, name: 'accuracy' },
      { type: 'macro-f1', value: 0.884, name: 'macro-f1' },
    ]);
    expect(front.language).toEqual(['ar']);
    expect(front.pipeline_tag).toBe('text-classification');
    expect(card).toContain('## Intended use\n\nRoute customer messages');
    expect(card).toContain('<div dir="rtl" lang="ar">');
    expect(card).toContain('## الاستخدام المقصود');
    expect(card).toContain('Sudanese Arabic is often labelled Egyptian.');
    expect(card).toContain('- production: '); // v1 runs in production now
  });

  it('writes a dated test report per promotion naming the approvers the merge counted', async () => {
    const log = releaseLog(fixture.registry, 'production').filter((l) => !l.revertOf);
    const names = (await readdir(join(out, 'test-reports', MODEL, 'production'))).sort();
    expect(names).toHaveLength(log.length);
    for (const [i, entry] of log.entries()) {
      const report = await read(`test-reports/${MODEL}/production/${names[i]}`);
      const stored = storedRequest(fixture.registry, entry.request);
      const approvers = stored.reviews.filter((v) => v.state === 'approved' && v.commitSha === stored.headSha).map((v) => v.reviewer);
      expect(report).toContain(`- Date: ${entry.date}\n`);
      expect(report).toContain(`- Deployed by commit: \`${entry.commit}\` (merged by ${entry.author})`);
      expect(report).toContain(`- Approved by: ${approvers.join(', ')}\n`);
      expect(names[i]).toBe(`${entry.date.replace(/[-:]/g, '')}-${parse(gitOut(fixture.registry, ['show', `${entry.commit}:releases/production/${MODEL}.yaml`])).version}.md`);
    }
  });

  it('records what v2 changed against v1 in production, and flags it material', async () => {
    const [name] = (await readdir(join(out, 'material-changes', MODEL, 'production'))).filter((n) => n.endsWith('-v2.json'));
    const change = JSON.parse(await read(`material-changes/${MODEL}/production/${name}`));
    const v1 = parse(gitOut(fixture.registry, ['show', `main:models/${MODEL}/versions/v1.yaml`]));
    const v2 = parse(gitOut(fixture.registry, ['show', `main:models/${MODEL}/versions/v2.yaml`]));
    expect(change).toMatchObject({ candidate: 'v2', replaced: 'v1', material: true, artifact: { from: v1.artifact.digest, to: v2.artifact.digest, changed: true } });
    expect(change.parameters).toEqual([{ name: 'epochs', from: 3, to: 4 }]);
    // 0.927 - 0.912 and 0.901 - 0.884, by hand.
    expect(change.metrics).toEqual([
      { name: 'accuracy', from: 0.912, to: 0.927, delta: 0.015 },
      { name: 'macro-f1', from: 0.884, to: 0.901, delta: 0.017 },
    ]);
  });

  it('is deterministic for the same commit, and --since leaves out what came before', async () => {
    const again = join(await tempDir(), 'again');
    expect((await dhow(['evidence', '--registry', fixture.registry, '--model', MODEL, '--out', again])).code).toBe(0);
    const manifest = await read('manifest.json');
    expect(await readFile(join(again, 'manifest.json'), 'utf8')).toBe(manifest);
    for (const { path } of JSON.parse(manifest).files as { path: string }[]) expect(await readFile(join(again, path), 'utf8')).toBe(await read(path));
    const since = join(await tempDir(), 'since');
    expect((await dhow(['evidence', '--registry', fixture.registry, '--model', MODEL, '--env', 'staging', '--since', '2026-12-01', '--out', since])).code).toBe(0);
    const rows = JSON.parse(await readFile(join(since, `audit/${MODEL}/staging.json`), 'utf8')).rows as AuditRow[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.at >= '2026-12-01T00:00:00Z')).toBe(true);
    expect(rows.length).toBeLessThan((await audit('staging')).length);
    expect(await readdir(join(since, 'audit', MODEL))).toEqual(['staging.csv', 'staging.json']);
  });
});

describe('dhow evidence on a damaged registry', () => {
  it('names the damaged file and builds nothing, leaving an earlier pack as it was', async () => {
    const reg = await tempRegistry();
    expect((await register(reg, 'm', 'v1')).code).toBe(0);
    const parent = await tempDir();
    const out = join(parent, 'pack');
    expect((await dhow(['evidence', '--registry', reg, '--out', out])).code).toBe(0);
    const before = await readFile(join(out, 'manifest.json'), 'utf8');
    const record = gitOut(reg, ['show', 'main:models/m/versions/v1.yaml']);
    await commitOnMain(reg, 'models/m/versions/v1.yaml', record.replace(/digest: sha256:[0-9a-f]+/, 'digest: sha256:not-hex'), 'hand edit', '2026-12-01T00:00:00Z');
    const run = await dhow(['evidence', '--registry', reg, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^dhow evidence: models\/m\/versions\/v1\.yaml:\d+, field "artifact\.digest": must be "sha256:"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(await readdir(parent)).toEqual(['pack']);
    const fresh = join(parent, 'fresh');
    expect((await dhow(['evidence', '--registry', reg, '--out', fresh])).code).toBe(1);
    expect(await readdir(parent)).toEqual(['pack']);
  });

  it('refuses an output directory that holds something else, and an unreadable --since', async () => {
    const reg = await tempRegistry();
    const busy = join(await tempDir(), 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'notes.txt'), 'mine');
    const run = await dhow(['evidence', '--registry', reg, '--out', busy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out is not empty and was not written by dhow');
    expect(await readdir(busy)).toEqual(['notes.txt']);
    const since = await dhow(['evidence', '--registry', reg, '--since', 'last week', '--out', join(busy, 'x')]);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since must be a date');
  });
});
