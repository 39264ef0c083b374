/**
 * Keeps the documentation whole: every relative link in README.md, CONTRIBUTING.md, docs/*.md and the
 * actions' and examples' READMEs must reach a file or folder of this repository, and a `#anchor` on a
 * Markdown page must name one of its headings as GitHub renders them. The reference moved from README.md
 * into docs/ (issue 12, item 7); this is what catches the next move that leaves a link behind.
 */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Code blocks and code spans hold commands and paths, not links: blank them so `[x](y)` inside is not read. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, (span) => (/\]\(/.test(span) ? '' : span));
}

/**
 * GitHub's heading anchors, as github-slugger makes them: lower case, punctuation other than `-` and `_`
 * dropped, each space a `-`, a repeated slug suffixed `-1`, `-2`, ...
 */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const match of text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const plain = (match[1] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every broken relative link of one Markdown file, as `file: target (why)`. */
function brokenLinks(file: string, base: string): string[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: string[] = [];
  const name = relative(base, file);
  for (const match of withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto: are not ours to check
    const [path = '', anchor] = target.split('#', 2);
    const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
    if (!existsSync(resolved)) {
      broken.push(`${name}: ${target} (no such file)`);
      continue;
    }
    if (anchor !== undefined && resolved.endsWith('.md') && statSync(resolved).isFile()) {
      if (!headingAnchors(readFileSync(resolved, 'utf8')).has(anchor.toLowerCase())) broken.push(`${name}: ${target} (no heading #${anchor})`);
    }
  }
  return broken;
}

function markdownFiles(): string[] {
  const files = ['README.md', 'CONTRIBUTING.md'].map((f) => join(root, f));
  files.push(
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'docs', f)),
  );
  for (const folder of ['actions', 'examples']) {
    for (const entry of readdirSync(join(root, folder))) {
      const readme = join(root, folder, entry, 'README.md');
      if (existsSync(readme)) files.push(readme);
    }
  }
  return files;
}

describe('links in the documentation', () => {
  it('finds the pages it is meant to check', () => {
    const names = markdownFiles().map((f) => relative(root, f));
    // The reference pages the README's map points at (issue 12, item 7).
    for (const page of ['registry', 'cli', 'training', 'kubernetes', 'metrics', 'gates', 'drift', 'revert', 'bridge', 'evidence', 'github-setup', 'rollouts']) {
      expect(names).toContain(join('docs', `${page}.md`));
    }
    expect(names).toContain(join('docs', 'README.md'));
    expect(names).toContain(join('actions', 'train', 'README.md'));
  });

  it.each(markdownFiles().map((f) => [relative(root, f), f]))('every relative link in %s resolves', (_name, file) => {
    expect(brokenLinks(file, root)).toEqual([]);
  });

  it('keeps the README a short page that links into docs/', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThan(150);
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('](docs/README.md)');
  });
});

describe('the link checker itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dhow-docs-links-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'a.md'),
    '# A page\n\n## 5. GitHub Enterprise Server\n\n## Drift as a metric: `dhow drift --serve`\n\n## Twice\n\n## Twice\n',
  );
  writeFileSync(
    join(dir, 'README.md'),
    [
      '[good](docs/a.md) [good anchor](docs/a.md#5-github-enterprise-server) [code](docs/a.md#drift-as-a-metric-dhow-drift---serve)',
      '[repeat](docs/a.md#twice-1) [folder](docs/) [web](https://example.com/missing) [self](#local)',
      '## Local',
      '[moved](docs/gone.md) [bad anchor](docs/a.md#quick-start) [bad self](#nowhere)',
      '```',
      '[inside a code block](docs/also-gone.md)',
      '```',
      'and `[in a code span](docs/gone-too.md)`',
    ].join('\n'),
  );

  it('reports a missing file and a missing heading, and nothing else', () => {
    // Expected by hand from the page above: three broken links, named in order of appearance.
    expect(brokenLinks(join(dir, 'README.md'), dir)).toEqual([
      'README.md: docs/gone.md (no such file)',
      'README.md: docs/a.md#quick-start (no heading #quick-start)',
      'README.md: #nowhere (no heading #nowhere)',
    ]);
  });

  it("makes GitHub's anchors for headings with numbers, code and repeats", () => {
    // As GitHub renders docs/github-setup.md: "## 5. GitHub Enterprise Server" -> #5-github-enterprise-server.
    expect([...headingAnchors(readFileSync(join(dir, 'docs', 'a.md'), 'utf8'))]).toEqual([
      'a-page',
      '5-github-enterprise-server',
      'drift-as-a-metric-dhow-drift---serve',
      'twice',
      'twice-1',
    ]);
  });
});
