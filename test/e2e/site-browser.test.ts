/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions given to page.evaluate run in Chromium: they need the DOM types.
/**
 * The registry dashboard in a real browser: `dhow site` of the evidence test registry, served by a loopback
 * static server and opened in Debian's headless Chromium through playwright-core. It checks what a person
 * sees (the overview against `dhow status --json`, the way from a model to its history), that no request
 * leaves the site, basic accessibility as the browser computes it (landmarks by role, headings, keyboard
 * focus, contrast from computed colours) and that the Arabic description is laid out right-to-left.
 * Screenshots go to $DHOW_SCREENSHOTS (default: a temporary directory) so CI can keep them.
 * Chromium missing is a failure, not a skip: CI must install it (`apt-get install chromium`);
 * $DHOW_CHROMIUM names another binary.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { ARABIC_DESCRIPTION, buildEvidenceRegistry, MODEL } from '../support/evidence-registry.js';
import { tempDir } from '../support/registry.js';
import { openRecorded, serveSite, type PageLog } from '../support/static-site.js';

const CHROMIUM = process.env.DHOW_CHROMIUM ?? '/usr/bin/chromium';
/** WCAG 2.x contrast ratio of two rgb() colours, computed here rather than trusted from the page. */
function contrast(fg: [number, number, number], bg: [number, number, number]): number {
  const lum = ([r, g, b]: [number, number, number]) => {
    const c = [r, g, b].map((x) => {
      const s = x / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

let browser: Browser | undefined;
let server: Server | undefined;
let origin: string;
let registry: string;
let shots: string;
/** Every URL any page asked for, and every Content-Security-Policy violation the pages reported. */
const log: PageLog = { requested: [], violations: [] };
const { requested, violations } = log;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: the browser tests need it (apt-get install chromium)`);
  registry = (await buildEvidenceRegistry()).registry;
  const site = join(await tempDir(), 'site');
  const run = await dhow(['site', '--registry', registry, '--out', site]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  ({ server, origin } = await serveSite(site));
  shots = process.env.DHOW_SCREENSHOTS ?? (await tempDir('dhow-screenshots-'));
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

const open = (path: string): Promise<Page> => openRecorded(browser!, `${origin}/${path}`, log);

const PAGES = ['index.html', `models/${MODEL}.html`, 'environments/staging.html', 'audit.html'];

describe('the registry dashboard in Chromium', () => {
  it('shows on the overview what dhow status --json says runs where', async () => {
    const status = JSON.parse((await dhow(['status', '--registry', registry, '--json'])).stdout).releases as {
      model: string;
      environment: string;
      version: string;
      promotedAt: string;
      promotedBy: string;
    }[];
    expect(status).toHaveLength(3);
    const page = await open('index.html');
    await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
    for (const r of status) {
      const cell = page.locator(`#overview tr[data-model="${r.model}"] td[data-env="${r.environment}"]`);
      await expect.poll(() => cell.locator('.version').textContent()).toBe(r.version);
      expect(await cell.locator('time').getAttribute('datetime')).toBe(r.promotedAt);
      expect(await cell.innerText()).toContain(`by ${r.promotedBy}`);
      expect(await cell.isVisible()).toBe(true);
    }
    await page.close();
  });

  it('follows a model link from the overview to its page with the history of every environment', async () => {
    const page = await open('index.html');
    await page.getByRole('link', { name: MODEL, exact: true }).click();
    await page.waitForURL(`${origin}/models/${MODEL}.html`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(MODEL);
    for (const env of ['dev', 'staging', 'production']) {
      const history = page.locator(`section[aria-labelledby="history-${env}"] tbody tr`);
      expect(await history.count(), env).toBeGreaterThan(0);
    }
    // The drift revert of staging is in its history, with who did it.
    expect(await page.locator('section[aria-labelledby="history-staging"]').innerText()).toContain('dhow-bridge');
    await page.screenshot({ path: join(shots, 'model.png'), fullPage: true });
    await page.close();
  });

  it('filters the audit log in the page by event kind', async () => {
    const page = await open('audit.html');
    const kinds = await page.locator('#kind option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(kinds.length).toBeGreaterThan(1);
    const all = await page.locator('#audit tbody tr').count();
    for (const kind of kinds) {
      await page.selectOption('#kind', kind);
      const expected = await page.locator(`#audit tbody tr[data-event="${kind}"]`).count();
      await expect.poll(() => page.locator('#audit tbody tr:visible').count()).toBe(expected);
      expect(await page.locator('#shown').innerText()).toBe(String(expected));
    }
    await page.selectOption('#kind', '');
    await expect.poll(() => page.locator('#audit tbody tr:visible').count()).toBe(all);
    await page.screenshot({ path: join(shots, 'audit.png'), fullPage: true });
    await page.close();
  });

  it('lays the Arabic description out right-to-left and the English facts left-to-right', async () => {
    const page = await open(`models/${MODEL}.html`);
    const description = page.getByText(ARABIC_DESCRIPTION, { exact: true });
    expect(await description.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.getByText('ml-platform@example.qa', { exact: true }).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await page.close();
  });

  it('draws the metrics chart as inline SVG built with the site: a text alternative, a line per metric, no script on the page', async () => {
    const page = await open(`models/${MODEL}.html`);
    const chart = page.locator('figure svg[role="img"]').first();
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.isVisible()).toBe(true);
    const label = (await chart.getAttribute('aria-label'))!;
    // The fixture's metrics (evidence-registry.ts): accuracy 0.912 at v1, 0.931 at v3.
    expect(label).toContain('accuracy from v1 (0.912) to v3 (0.931)');
    expect(label).toContain('macro-f1');
    expect(await chart.locator('title').textContent()).toBe(label);
    // Drawn: the legend names both metrics, and the lines are paths with a non-trivial extent.
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['accuracy', 'macro-f1']));
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await page.locator('script').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'model-chart.png'), fullPage: true });
    await page.close();
  });

  for (const path of PAGES) {
    it(`${path}: landmarks, one h1, headings in order, body text contrast of at least 4.5`, async () => {
      const page = await open(path);
      for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i} of ${path}`).toBeLessThanOrEqual(1);
      // Each visible element that holds text directly: its colour, and the first opaque background behind it.
      const pairs = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const out: { text: string; fg: number[]; bg: number[] }[] = [];
        for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (!own || el.closest('svg') || el.offsetParent === null || el.classList.contains('skip')) continue;
          let bg: number[] = [255, 255, 255];
          for (let at: HTMLElement | null = el; at; at = at.parentElement) {
            const c = rgb(getComputedStyle(at).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
              bg = c.slice(0, 3);
              break;
            }
          }
          out.push({ text: el.textContent!.trim().slice(0, 40), fg: rgb(getComputedStyle(el).color).slice(0, 3), bg });
        }
        return out;
      });
      expect(pairs.length).toBeGreaterThan(5);
      for (const p of pairs)
        expect(contrast(p.fg as [number, number, number], p.bg as [number, number, number]), `"${p.text}" rgb(${p.fg}) on rgb(${p.bg})`).toBeGreaterThanOrEqual(
          4.5,
        );
      await page.close();
    });
  }

  it('reaches the links with Tab, each focused link visibly outlined and on screen, the model link among them', async () => {
    const page = await open('index.html');
    const reached: string[] = [];
    // Tab until the focus leaves the document (after its last link): every stop on the way is checked.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName,
          href: el.getAttribute('href'),
          outline: s.outlineStyle,
          width: parseFloat(s.outlineWidth),
          inView: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight,
        };
      });
      if (focused === null && i > 0) break;
      expect(focused, `Tab ${i + 1}`).not.toBeNull();
      expect(focused!.tag).toBe('A');
      expect(focused!.outline, `${focused!.href}`).not.toBe('none');
      expect(focused!.width, `${focused!.href}`).toBeGreaterThanOrEqual(2);
      expect(focused!.inView, `${focused!.href}`).toBe(true);
      reached.push(focused!.href!);
      if (i === 0) await page.screenshot({ path: join(shots, 'focus-skip-link.png') });
    }
    // The skip link, the two of the navigation, the three environments of the table head, the model.
    expect(reached).toEqual([
      '#main',
      'index.html',
      'audit.html',
      'environments/dev.html',
      'environments/staging.html',
      'environments/production.html',
      `models/${MODEL}.html`,
    ]);
    await page.close();
  });

  // Last, so it also covers what the tests above loaded and clicked; it opens every page itself too.
  it('let no request leave the site and broke no Content-Security-Policy rule on any page', async () => {
    for (const path of PAGES) await (await open(path)).close();
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(violations).toEqual([]);
  });
});
