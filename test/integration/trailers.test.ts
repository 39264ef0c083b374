import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseTrailers, withTrailers } from '../../src/forge/forge.js';

describe('commit trailers', () => {
  it('round-trips and matches what git interpret-trailers parses', () => {
    const message = withTrailers('Promote m v2 to production\n\nBody text.', { 'Dhow-Model': 'm', 'Revert-Of': 'v3' });
    expect(parseTrailers(message)).toEqual({ 'Dhow-Model': 'm', 'Revert-Of': 'v3' });
    const parsed = execFileSync('git', ['interpret-trailers', '--parse'], { input: message }).toString();
    expect(parsed).toBe('Dhow-Model: m\nRevert-Of: v3\n');
  });

  it('finds no trailers in a single paragraph', () => {
    expect(parseTrailers('Dhow-Model: m')).toEqual({});
  });
});
