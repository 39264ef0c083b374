/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions given to page.evaluate run in Chromium: they need the DOM types.
/**
 * The gate evidence on the site of the demo's registry, in Debian's headless Chromium: the demo records v3's
 * refused gates for production and staging the way a user's run does (`dhow register --gate-report`), and
 * the site must show them as the registry holds them. Expected values come from the registry read with git
 * and a YAML parser alone: each environment's gate chart (its text alternative) against the evidence files,
 * and the audit log's gate attempts against `git log` of gates/. Both are reachable by keyboard, and no
 * request leaves the site. Screenshots go to $DHOW_SCREENSHOTS (default: a temporary directory).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCliCaptured } from '../../src/cli/captured.js';
import { runDemo } from '../../src/demo/index.js';
import { dhow } from '../support/cli.js';
import { tempDir } from '../support/registry.js';
import { openRecorded, serveSite, type PageLog } from '../support/static-site.js';

const CHROMIUM = process.env.DHOW_CHROMIUM ?? '/usr/bin/chromium';
const MODEL = 'arabic-dialect-id';

/** The registry through the git CLI: the independent source of every expected value. */
const git = (args: string[]) => execFileSync('git', ['--git-dir', registry, ...args]).toString();
const iso = (t: string) => new Date(t).toISOString().replace('.000Z', 'Z');

interface SummaryRow {
  gate: string;
  metric?: string;
  verdict: string;
  value?: number | null;
  threshold?: number | null;
}
interface EvidenceFile {
  version: string;
  environment: string;
  attempts: { verdict: string; 'recorded-by': string; 'recorded-at': string; summary: SummaryRow[] }[];
}

/** Every gate evidence file of the model on main, parsed with yaml, by environment. */
function evidenceFiles(): Map<string, EvidenceFile[]> {
  const out = new Map<string, EvidenceFile[]>();
  for (const path of git(['ls-tree', '-r', '--name-only', 'main', '--', 'gates/']).split('\n').filter(Boolean)) {
    const [, env, model] = path.split('/');
    if (model !== MODEL) continue;
    out.set(env!, [...(out.get(env!) ?? []), parse(git(['show', `main:${path}`])) as EvidenceFile]);
  }
  return out;
}

/** The gate attempts `git log` of gates/ shows: the i-th commit of a file appended its i-th attempt. */
function gateAttemptsFromGit(): { at: string; env: string; version: string; actor: string; commit: string; detail: string }[] {
  const files = new Map([...evidenceFiles().values()].flat().map((f) => [`gates/${f.environment}/${MODEL}/${f.version}.yaml`, f]));
  const commits = git(['log', '--reverse', '--format=%x1e%H%x1f%aI%x1f%an', '--name-only', 'main', '--', 'gates/'])
    .split('\x1e')
    .filter((s) => s.trim())
    .map((chunk) => {
      const [head, ...paths] = chunk.trim().split('\n');
      const [sha, date, author] = head!.split('\x1f');
      return { sha: sha!, date: iso(date!), author: author!, paths: paths.filter(Boolean) };
    });
  const seen = new Map<string, number>();
  return commits.flatMap((c) =>
    c.paths.map((path) => {
      // The i-th commit of a file appended its i-th attempt.
      const i = seen.get(path) ?? 0;
      seen.set(path, i + 1);
      const file = files.get(path)!;
      const [, env, , name] = path.split('/');
      return {
        at: c.date,
        env: env!,
        version: name!.replace(/\.yaml$/, ''),
        actor: c.author,
        commit: c.sha,
        detail: `${file.attempts[i]!.verdict}: attempt ${i + 1} of ${file.attempts.length} in ${path}`,
      };
    }),
  );
}

let browser: Browser | undefined;
let server: Server | undefined;
let origin: string;
let registry: string;
let shots: string;
let pack: string;
const log: PageLog = { requested: [], violations: [] };
const open = (path: string): Promise<Page> => openRecorded(browser!, `${origin}/${path}`, log);

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: the browser tests need it (apt-get install chromium)`);
  // The whole demo, as `npm run demo` runs it (~50 CLI commands over real git): its output is not checked here.
  registry = (await runDemo({ out: new PassThrough().resume(), run: runCliCaptured, env: { ...process.env }, color: false })).registry;
  const site = join(await tempDir(), 'site');
  const run = await dhow(['site', '--registry', registry, '--out', site]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  pack = join(await tempDir(), 'evidence');
  const evidence = await dhow(['evidence', '--registry', registry, '--out', pack]);
  expect(evidence.stderr).toBe('');
  expect(evidence.code).toBe(0);
  ({ server, origin } = await serveSite(site));
  shots = process.env.DHOW_SCREENSHOTS ?? (await tempDir('dhow-screenshots-'));
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe('gate evidence on the demo registry site, in Chromium', () => {
  it('the demo records gate evidence for two environments through dhow register, with a failed attempt', () => {
    const files = evidenceFiles();
    expect([...files.keys()].sort()).toEqual(['production', 'staging']);
    const attempts = [...files.values()].flat().flatMap((f) => f.attempts);
    expect(attempts.some((a) => a.verdict === 'fail')).toBe(true);
    // Written by dhow's register commits, not by hand: each file's commits carry the version's trailers.
    const trailers = git([
      'log',
      '--format=%(trailers:key=Dhow-Model,valueonly,separator=)|%(trailers:key=Dhow-Environment,valueonly,separator=)',
      'main',
      '--',
      'gates/',
    ]);
    expect(trailers.split('\n').filter(Boolean).sort()).toEqual([`${MODEL}|production`, `${MODEL}|staging`]);
  });

  it("charts each environment's gate values against their thresholds as its evidence files record them", async () => {
    const page = await open(`models/${MODEL}.html`);
    for (const [env, files] of evidenceFiles()) {
      const chart = page.locator(`svg[role="img"][aria-label^="Gate values against thresholds in ${env}."]`);
      expect(await chart.count(), env).toBe(1);
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      const label = (await chart.getAttribute('aria-label'))!;
      expect(await chart.locator('title').textContent()).toBe(label);
      // The demo's evidence is one version per environment (v3): its last attempt is what the chart shows.
      expect(files).toHaveLength(1);
      const file = files[0]!;
      const last = file.attempts.at(-1)!;
      const numeric = last.summary.filter((row) => typeof row.value === 'number');
      expect(numeric.length).toBeGreaterThan(3);
      const legend = await chart.locator('text').allTextContents();
      for (const row of numeric) {
        const name = row.metric && row.metric !== row.gate ? `${row.gate} ${row.metric}` : row.gate;
        const judged = typeof row.threshold === 'number' ? `(threshold ${row.threshold}, ${row.verdict})` : `(${row.verdict})`;
        expect(label, `${env} ${name}`).toContain(
          `${name} in 1 version, ${file.version} ${row.value} ${judged}; ${row.verdict === 'fail' ? `failed: ${file.version}` : 'none failed'}`,
        );
        expect(legend, `${env} ${name}`).toContain(name);
        if (typeof row.threshold === 'number') expect(legend).toContain(`${name} threshold`);
      }
    }
    await page.screenshot({ path: join(shots, 'demo-model-gates.png'), fullPage: true });
    await page.close();
  });

  it('lists in the audit log one gate attempt per commit git log shows under gates/, with its author, time and verdict', async () => {
    const expected = gateAttemptsFromGit();
    expect(expected.length).toBeGreaterThanOrEqual(2);

    const page = await open('audit.html');
    const rows = await page.locator('#audit tbody tr[data-event="gate-attempt"]').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        return {
          at: cells[0]!.querySelector('time')!.getAttribute('datetime')!,
          env: cells[2]!.textContent!,
          version: cells[4]!.textContent!,
          actor: cells[5]!.textContent!,
          commit: cells[7]!.querySelector('code')!.getAttribute('title')!,
          detail: cells[8]!.textContent!,
        };
      }),
    );
    const byTime = (a: { at: string; commit: string }, b: { at: string; commit: string }) => a.at.localeCompare(b.at) || a.commit.localeCompare(b.commit);
    expect(rows.sort(byTime)).toEqual(expected.sort(byTime));
    await page.close();
  });

  it('reaches each gate chart and the gate attempts with the keyboard, the focus outlined and on screen', async () => {
    const page = await open(`models/${MODEL}.html`);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | SVGElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          label: el.getAttribute('aria-label') ?? el.getAttribute('href') ?? el.id,
          outline: s.outlineStyle,
          width: parseFloat(s.outlineWidth),
          inView: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
        };
      });
    const charts: string[] = [];
    for (let i = 0; i < 100; i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now === null && i > 0) break;
      if (!now?.label.startsWith('Gate values against thresholds in ')) continue;
      expect(now.outline, now.label.slice(0, 60)).not.toBe('none');
      expect(now.width).toBeGreaterThanOrEqual(2);
      expect(now.inView).toBe(true);
      charts.push(/in (\S+)\./.exec(now.label)![1]!);
      if (charts.length === 1) await page.screenshot({ path: join(shots, 'demo-gate-chart-focus.png') });
    }
    expect(charts.sort()).toEqual([...evidenceFiles().keys()].sort());
    await page.close();

    // The audit log: Tab to the event filter, type to choose the gate attempts, Tab on into the table.
    const audit = await open('audit.html');
    const attempts = await audit.locator('#audit tbody tr[data-event="gate-attempt"]').count();
    for (let i = 0; i < 10 && (await audit.evaluate(() => document.activeElement?.id)) !== 'kind'; i++) await audit.keyboard.press('Tab');
    expect(await audit.evaluate(() => document.activeElement?.id)).toBe('kind');
    await audit.keyboard.type('gate');
    await expect.poll(() => audit.locator('#kind').inputValue()).toBe('gate-attempt');
    await expect.poll(() => audit.locator('#audit tbody tr:visible').count()).toBe(attempts);
    expect(await audit.locator('#audit tbody tr:visible:not([data-event="gate-attempt"])').count()).toBe(0);
    await audit.keyboard.press('Tab');
    expect(await audit.evaluate(() => document.activeElement?.id)).toBe('audit');
    const region = await audit.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(region.outline).not.toBe('none');
    expect(region.width).toBeGreaterThanOrEqual(2);
    await audit.screenshot({ path: join(shots, 'demo-audit-gate-attempts.png'), fullPage: true });
    await audit.close();
  });

  // Last, so it covers what the tests above opened too.
  it('let no request leave the site and broke no Content-Security-Policy rule', async () => {
    for (const path of ['index.html', `models/${MODEL}.html`, 'audit.html', 'environments/production.html']) await (await open(path)).close();
    expect(log.requested.length).toBeGreaterThan(0);
    expect(log.requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(log.violations).toEqual([]);
  });
});

/** `git log --first-parent` of a release file, oldest first: each commit, its date and its Dhow-Request trailer. */
function releaseLog(env: string): { commit: string; date: string; request: string }[] {
  return git([
    'log',
    '--first-parent',
    '--format=%H%x1f%aI%x1f%(trailers:key=Dhow-Request,valueonly,separator=)%x1e',
    'main',
    '--',
    `releases/${env}/${MODEL}.yaml`,
  ])
    .split('\x1e')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [commit, date, request] = line.split('\x1f').map((f) => f.trim());
      return { commit: commit!, date: iso(date!), request: request! };
    })
    .reverse();
}

describe('the evidence pack of the demo registry', () => {
  const read = (path: string) => readFile(join(pack, path), 'utf8');

  it('gives each environment a register row with the owner, version, dates and approvers that git and the registry files hold', async () => {
    const model = parse(git(['show', `main:models/${MODEL}/model.yaml`]));
    const rows = JSON.parse(await read('register.json')).rows as Record<string, unknown>[];
    expect(rows.map((r) => r.environment)).toEqual(['dev', 'staging', 'production']);
    for (const row of rows) {
      const env = row.environment as string;
      const release = parse(git(['show', `main:releases/${env}/${MODEL}.yaml`]));
      const history = releaseLog(env);
      const last = history.at(-1)!;
      // The approvals the merge counted: of the merged head, by someone other than the author (the stored request).
      let approvers: string[] = [];
      if (last.request) {
        const stored = JSON.parse(git(['show', `refs/dhow/requests:requests/${last.request}.json`])) as {
          author: string;
          headSha: string;
          reviews: { reviewer: string; state: string; commitSha: string }[];
        };
        approvers = [
          ...new Set(
            stored.reviews.filter((r) => r.state === 'approved' && r.commitSha === stored.headSha && r.reviewer !== stored.author).map((r) => r.reviewer),
          ),
        ];
      }
      expect(row, env).toEqual({
        model: MODEL,
        environment: env,
        status: 'released',
        version: release.version,
        digest: release.digest,
        owners: model.owners.join('; '),
        ownerContact: model['owner-contact'] ?? null,
        purpose: model.purpose ?? null,
        riskTier: model['risk-tier'] ?? null,
        task: model.task ?? null,
        since: iso(release['promoted-at']),
        by: release['promoted-by'],
        firstReleased: history[0]!.date,
        approvers: approvers.join('; '),
        request: last.request || null,
        commit: last.commit,
      });
    }
    // staging runs v4 by a request layla approved: the register names her.
    expect(rows.find((r) => r.environment === 'staging')!.approvers).toBe('layla');
  });

  it("writes v3's model card with each environment's gates and its fairness result, in English and Arabic, under Hugging Face front matter", async () => {
    const card = await read(`model-cards/${MODEL}/v3.md`);
    const record = parse(git(['show', `main:models/${MODEL}/versions/v3.yaml`]));
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(card)![1]!);
    expect(front.model_name).toBe(`${MODEL} v3`);
    expect(front['model-index'][0].results[0].metrics).toEqual(
      Object.entries(record.metrics as Record<string, number>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ({ type: name, value, name })),
    );
    const [english, arabic] = card.split('<div dir="rtl" lang="ar">');
    const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
    const sections = [
      { text: english!, fairness: ['## Fairness', '## Gates'], gates: ['## Gates', '## Limitations'], attempts: 'Attempts recorded' },
      { text: arabic!, fairness: ['## العدالة', '## بوابات الجودة'], gates: ['## بوابات الجودة', '## القيود'], attempts: 'المحاولات المسجلة' },
    ];
    const files = evidenceFiles();
    expect(files.size).toBe(2);
    for (const [env, [file]] of files) {
      const last = file!.attempts.at(-1)!;
      // The demo's fairness gate: Fairlearn's demographic parity difference of "correct" across dialects.
      const fairness = last.summary.filter((r) => r.metric === 'demographic_parity_difference');
      expect(fairness).toHaveLength(1);
      for (const {
        text,
        fairness: [f0, f1],
        gates: [g0, g1],
        attempts,
      } of sections) {
        const gates = between(text, g0!, g1!);
        const ours = between(gates, `### ${env}\n`, '\n### ') || gates.slice(gates.indexOf(`### ${env}\n`));
        expect(ours).toContain(`**${last.verdict}**`);
        expect(ours).toContain(`\`${(last as { 'policy-digest'?: string })['policy-digest']}\``);
        expect(ours).toContain(`- ${attempts}: ${file!.attempts.length}\n`);
        for (const r of last.summary) expect(ours).toContain(`| ${r.gate} | ${r.metric} | ${r.verdict} | ${r.value ?? ''} | ${r.threshold ?? ''} |`);
        const fair = between(text, f0!, f1!);
        expect(fair).toContain(`### ${env}\n`);
        for (const r of fairness) expect(fair).toContain(`| ${r.gate} | ${r.metric} | ${r.verdict} | ${r.value} | ${r.threshold} |`);
      }
    }
  });

  it("lists every gate attempt in its environment's audit trail, as git log of gates/ shows them", async () => {
    const expected = gateAttemptsFromGit();
    const rows = (
      await Promise.all(
        ['dev', 'staging', 'production'].map(async (env) => JSON.parse(await read(`audit/${MODEL}/${env}.json`)).rows as Record<string, string>[]),
      )
    )
      .flat()
      .filter((r) => r.event === 'gate-attempt')
      .map((r) => ({ at: r.at!, env: r.environment!, version: r.version!, actor: r.actor!, commit: r.commit!, detail: r.detail! }));
    const byTime = (a: { at: string; commit: string }, b: { at: string; commit: string }) => a.at.localeCompare(b.at) || a.commit.localeCompare(b.commit);
    expect(rows.sort(byTime)).toEqual(expected.sort(byTime));
    expect(expected.length).toBeGreaterThanOrEqual(2);
  });
});
