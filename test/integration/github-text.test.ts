import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commentMarker, gitBlobSha, truncateBody } from '../../src/forge/github-text.js';

describe('git blob ids computed locally', () => {
  it.each(['', 'hello\n', 'مرحبا بالعالم\n', 'a'.repeat(10_000)])('match `git hash-object` for %j', (text) => {
    const expected = execFileSync('git', ['hash-object', '--stdin'], { input: text, encoding: 'utf8' }).trim();
    expect(gitBlobSha(text)).toBe(expected);
  });
});

describe("pull request bodies cut under GitHub's limit", () => {
  it('leaves a body under the limit alone', () => {
    expect(truncateBody('short', 100)).toBe('short');
  });

  it('ends on a whole table row and says it was cut', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `| gate-${i} | pass | ${i} |`);
    const body = `| gate | verdict | value |\n|---|---|---|\n${rows.join('\n')}`;
    const cut = truncateBody(body, 400);
    expect(cut.length).toBeLessThanOrEqual(400);
    const table = cut.split('\n\n> **Truncated**')[0]!;
    for (const line of table.split('\n')) expect(line).toMatch(/^\|.*\|$/);
    expect(cut).toContain('> **Truncated**');
  });

  it('never splits a surrogate pair, even in one long line', () => {
    const body = '😀'.repeat(40_000); // 80,000 UTF-16 code units, no newline
    const cut = truncateBody(body);
    expect(cut.length).toBeLessThanOrEqual(65_536);
    expect(() => encodeURIComponent(cut)).not.toThrow(); // a lone surrogate throws URIError
  });

  it('closes a code fence left open by the cut', () => {
    const body = '```\n' + 'x\n'.repeat(1000);
    const cut = truncateBody(body, 300);
    expect((cut.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('marks sticky comments with a hidden HTML comment per purpose', () => {
    expect(commentMarker('gate-report')).toBe('<!-- dhow:gate-report -->');
  });
});
