/// <reference lib="dom" />
// The init script runs in Chromium: it needs the DOM types.
/**
 * The browser tests' view of a built site: a loopback static server that answers only from the site's
 * folder, and a Chromium page that records every URL it asks for and every Content-Security-Policy
 * violation it reports, so a test can check that no request leaves the site.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

/** Serves `root` on 127.0.0.1 and nothing outside it. */
export async function serveSite(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (path !== root && !path.startsWith(root + sep)) return void res.writeHead(403).end();
    readFile(path.endsWith(sep) ? join(path, 'index.html') : path).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** What pages opened with openRecorded asked for, and the CSP violations they reported. */
export interface PageLog {
  requested: string[];
  violations: string[];
}

/** Opens `url` in a new page, recording its requests and CSP violations in `log`; resolves once it has loaded. */
export async function openRecorded(browser: Browser, url: string, log: PageLog): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => log.requested.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) log.violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.blockedURI} ${e.violatedDirective}`)),
  );
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
