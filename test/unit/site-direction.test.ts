import { describe, expect, it } from 'vitest';
import { isArabic, text } from '../../src/site/html.js';

describe('direction of text on the site', () => {
  it.each([
    ['يصنف النصوص العربية حسب اللهجة', true],
    ['نموذج arabic-dialect-id للهجات الخليجية', true], // mostly Arabic letters: right-to-left
    ['arabic-dialect-id classifies dialects', false],
    ['ﻣﺮﺣﺒﺎ', true], // presentation forms B
    ['v1 0.912', false], // no letters of either script
    ['', false],
  ])('%j is Arabic: %s', (value, expected) => {
    expect(isArabic(value)).toBe(expected);
  });

  it('marks Arabic text rtl and escapes markup', () => {
    expect(text('مرحبا <b>')).toBe('<span dir="rtl" lang="ar">مرحبا &lt;b&gt;</span>');
    expect(text('a "quote"', 'p')).toBe('<p>a &quot;quote&quot;</p>');
  });
});
