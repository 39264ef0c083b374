import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { ARABIC_DESCRIPTION, buildEvidenceRegistry, commitOnMain, MODEL, type EvidenceRegistry } from '../support/evidence-registry.js';
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
  const format =
    '%H%x1f%aI%x1f%an%x1f%(trailers:key=Dhow-Request,valueonly,separator=)%x1f%(trailers:key=Revert-Of,valueonly,separator=)%x1f%(trailers:key=Dhow-Alert,valueonly,separator=)%x1e';
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

// One registry for the whole file: building it is ~40 CLI commands over real git.
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

describe('dhow evidence', () => {
  it('writes one AI-system register row per environment that agrees with dhow status, the release files and model.yaml', async () => {
    const reg = fixture.registry;
    const status = JSON.parse((await dhow(['status', '--registry', reg, '--json'])).stdout).releases as {
      environment: string;
      version: string;
      digest: string;
      promotedAt: string;
      promotedBy: string;
    }[];
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
    expect(rows.map((r) => [r.version, r.approvers, r.request])).toEqual([
      ['v3', '', releaseLog(reg, 'dev').at(-1)!.request],
      ['v2', '', null],
      ['v1', '', null],
    ]);
    const csv = await read('register.csv');
    expect(csv.split('\r\n')[0]).toBe(
      'model,environment,status,version,digest,owners,ownerContact,purpose,riskTier,task,since,by,firstReleased,approvers,request,commit',
    );
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
        stored.reviews
          .filter((v) => v.state === 'approved')
          .map((v) => [v.reviewer, v.commitSha, v.submittedAt, v.commitSha === stored.headSha ? 'approval' : 'stale-approval']),
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
    expect([hold.version, hold.actor, hold.at, hold.detail]).toEqual([
      release.holds[0].version,
      release.holds[0].by,
      iso(release.holds[0].at),
      release.holds[0].reason,
    ]);
    expect(rows.find((r) => r.event === 'revert')!.detail).toMatch(/^v3 -> v2: /);
  });

  it('writes a model card per version with Hugging Face front matter and an Arabic section', async () => {
    const versions = gitOut(fixture.registry, ['ls-tree', '--name-only', `main:models/${MODEL}/versions`])
      .trim()
      .split('\n')
      .map((f) => f.replace(/\.yaml$/, ''));
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
      expect(names[i]).toBe(
        `${entry.date.replace(/[-:]/g, '')}-${parse(gitOut(fixture.registry, ['show', `${entry.commit}:releases/production/${MODEL}.yaml`])).version}.md`,
      );
    }
  });

  it('records what v2 changed against v1 in production, and flags it material', async () => {
    const [name] = (await readdir(join(out, 'material-changes', MODEL, 'production'))).filter((n) => n.endsWith('-v2.json'));
    const change = JSON.parse(await read(`material-changes/${MODEL}/production/${name}`));
    const v1 = parse(gitOut(fixture.registry, ['show', `main:models/${MODEL}/versions/v1.yaml`]));
    const v2 = parse(gitOut(fixture.registry, ['show', `main:models/${MODEL}/versions/v2.yaml`]));
    expect(change).toMatchObject({
      candidate: 'v2',
      replaced: 'v1',
      material: true,
      artifact: { from: v1.artifact.digest, to: v2.artifact.digest, changed: true },
    });
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
    expect((await dhow(['evidence', '--registry', fixture.registry, '--model', MODEL, '--env', 'staging', '--since', '2026-12-01', '--out', since])).code).toBe(
      0,
    );
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
    await commitOnMain(
      reg,
      'models/m/versions/v1.yaml',
      record.replace(/digest: sha256:[0-9a-f]+/, 'digest: sha256:not-hex'),
      'hand edit',
      '2026-12-01T00:00:00Z',
    );
    const run = await dhow(['evidence', '--registry', reg, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^dhow evidence: models\/m\/versions\/v1\.yaml:\d+, field "artifact\.digest": must be "sha256:"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(await readdir(parent)).toEqual(['pack']);
    const fresh = join(parent, 'fresh');
    expect((await dhow(['evidence', '--registry', reg, '--out', fresh])).code).toBe(1);
    const site = await dhow(['site', '--registry', reg, '--out', join(parent, 'site')]);
    expect(site.code).toBe(1);
    expect(site.stderr).toMatch(/^dhow site: models\/m\/versions\/v1\.yaml:\d+, field "artifact\.digest"/);
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

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours, computed here from the definition. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('dhow site', () => {
  let site: string;
  const page = (path: string) => readFile(join(site, path), 'utf8');
  const pages = async () => {
    const found: string[] = [];
    for (const dir of ['', 'models', 'environments'])
      for (const f of await readdir(join(site, dir))) if (f.endsWith('.html')) found.push(dir ? `${dir}/${f}` : f);
    return found;
  };

  beforeAll(async () => {
    site = join(await tempDir(), 'site');
    const run = await dhow(['site', '--registry', fixture.registry, '--out', site]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 240_000);

  it('shows on the overview what dhow status --json says runs where', async () => {
    const status = JSON.parse((await dhow(['status', '--registry', fixture.registry, '--json'])).stdout).releases as {
      model: string;
      environment: string;
      version: string;
      promotedAt: string;
      promotedBy: string;
    }[];
    const html = await page('index.html');
    expect(status).toHaveLength(3);
    for (const r of status) {
      const row = new RegExp(`<tr data-model="${r.model}">[\\s\\S]*?</tr>`).exec(html)![0];
      const cell = new RegExp(`<td data-env="${r.environment}">([\\s\\S]*?)</td>`).exec(row)![1]!;
      expect(cell).toContain(`<strong class="version">${r.version}</strong>`);
      expect(cell).toContain(`<time datetime="${r.promotedAt}">`);
      expect(cell).toContain(` by ${r.promotedBy}`);
    }
    // The drift revert held v3 in staging.
    expect(/<td data-env="staging">[\s\S]*?<\/td>/.exec(html)![0]).toContain('held: v3');
    expect(html).toContain(`<a href="models/${MODEL}.html">`);
  });

  it('leads from the overview to the model page, with every version and every release commit of its history', async () => {
    const html = await page(`models/${MODEL}.html`);
    const versions = gitOut(fixture.registry, ['ls-tree', '--name-only', `main:models/${MODEL}/versions`])
      .trim()
      .split('\n')
      .map((f) => f.replace(/\.yaml$/, ''));
    for (const v of versions) expect(html).toContain(`<tr id="version-${v}">`);
    for (const env of ['dev', 'staging', 'production']) {
      const section = new RegExp(`<h3 id="history-${env}">[\\s\\S]*?</section>`).exec(html)![0];
      for (const entry of releaseLog(fixture.registry, env)) expect(section).toContain(`<code title="${entry.commit}">`);
    }
    const chart = /<figure><svg role="img" tabindex="0" aria-label="([^"]*)"/.exec(html)!;
    expect(chart[1]).toContain('accuracy from v1 (0.912) to v3 (0.931)');
    expect(html).not.toContain('<script');
  });

  it('renders the Arabic description right-to-left and English text left-to-right', async () => {
    const html = await page(`models/${MODEL}.html`);
    expect(html).toContain(`<p dir="rtl" lang="ar">${ARABIC_DESCRIPTION}</p>`);
    expect(html).toContain('<dd><span>ml-platform@example.qa</span></dd>');
    expect(html).toMatch(/^<html lang="en" dir="ltr">$/m);
  });

  it('lists every audit event of every environment on the audit page', async () => {
    const html = await page('audit.html');
    const rows = [...(await audit('dev')), ...(await audit('staging')), ...(await audit('production'))];
    expect(html.match(/<tr data-event=/g)).toHaveLength(rows.length);
    for (const r of rows) expect(html).toContain(`<code title="${r.commit}">`);
  });

  it('lets no request leave the page: a CSP of default-src none, nothing loaded from elsewhere, the script allowed by its hash', async () => {
    for (const path of await pages()) {
      const html = await page(path);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
      expect(csp).toMatch(/^default-src 'none';/);
      // url(#id) is an SVG chart's reference to its own clip path in the page: it loads nothing.
      expect(html).not.toMatch(/\ssrc=|url\((?!#)|@import|<link\b|xlink:href="(?!#)/i);
      expect(html.match(/href="https?:/g) ?? []).toEqual([]);
      const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
      if (script) expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
      else expect(csp).toContain("script-src 'none'");
    }
  });

  it('has landmarks, one h1, headings without skipped levels, scoped header cells and legible contrast', async () => {
    for (const path of await pages()) {
      const html = await page(path);
      for (const landmark of ['<header>', '<nav aria-label=', '<main id="main"', '<footer>']) expect(html, `${path} ${landmark}`).toContain(landmark);
      const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      expect(levels[0], path).toBe(1);
      expect(
        levels.filter((l) => l === 1),
        path,
      ).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, path).toBeLessThanOrEqual(1);
      expect(html.match(/<th(?![^>]*scope=)[\s>]/g) ?? [], path).toEqual([]);
      expect(html).toContain('<a class="skip" href="#main">');
    }
    const css = await page('index.html');
    const v = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(css)![1]!;
    for (const [fg, bg] of [
      [v('fg'), v('bg')],
      [v('muted'), v('bg')],
      [v('accent'), v('bg')],
      ['#ffffff', v('head')],
      [v('bad'), v('bg')],
      [v('ok'), v('bg')],
      [v('warn'), v('bg')],
      [v('accent'), '#f3f5f7'],
    ]) {
      expect(contrast(fg!, bg!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives the same files for the same commit and replaces its own earlier output', async () => {
    const again = join(await tempDir(), 'again');
    expect((await dhow(['site', '--registry', fixture.registry, '--out', again])).code).toBe(0);
    for (const path of [...(await pages()), 'site.json']) expect(await readFile(join(again, path), 'utf8')).toBe(await page(path));
    expect((await dhow(['site', '--registry', fixture.registry, '--out', again])).code).toBe(0);
    expect(await readFile(join(again, 'index.html'), 'utf8')).toBe(await page('index.html'));
  });
});
