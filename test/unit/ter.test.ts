import { describe, expect, it } from 'vitest';
import { CorpusTer, corpusTer, tercomTokenize, translationEditRate } from '../../src/metrics/text/ter.js';

// Expected values: sacreBLEU (github.com/mjpost/sacrebleu) at commit f615c7286d4d813370efb824d94fc2bfcd3a6b94,
// test/test_ter.py (EPSILON 1e-3 on the 0-100 score) and test/test_tokenizer_ter.py; signatures from its README.

describe('sacreBLEU TER (test/test_ter.py)', () => {
  it.each([
    ['perfect match', ['aaaa bbbb cccc dddd'], ['aaaa bbbb cccc dddd'], 0],
    ['no overlap', ['dddd eeee ffff'], ['aaaa bbbb cccc'], 1],
    ['empty hypothesis', [''], ['a'], 1],
    ['empty reference', ['a'], [''], 1],
    ['both empty (defined as 0)', [''], [''], 0],
    ['a single shift fixes the output', ['d e f g h a b c'], ['a b c d e f g h'], 1 / 8],
  ])('%s', (_name, hyps, refs, expected) => {
    expect(Math.abs(corpusTer(hyps, [refs]).score - 100 * expected)).toBeLessThan(1e-3);
  });

  it('scores the realistic WMT 2019 dev example at 0.136', () => {
    const hyps = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie Werte für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " ein .',
      'Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .',
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    const refs = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " niedrigere Werte ein .',
      'Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .',
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    expect(Math.abs(corpusTer(hyps, [refs]).score - 13.6)).toBeLessThan(1e-3);
  });

  it('counts one shift and no other edit for a rotated sentence', () => {
    // 'd e f g h a b c' -> 'a b c d e f g h': one block shift of 'a b c' (1 edit of 8 words, test_ter.py).
    expect(translationEditRate('d e f g h a b c'.split(' '), 'a b c d e f g h'.split(' '))).toEqual({ edits: 1, referenceLength: 8 });
  });
});

describe('sacreBLEU Tercom tokenizer (test/test_tokenizer_ter.py)', () => {
  it.each([
    ['a b c d', 'a b c d'],
    ['', ''],
    ['a b c d.', 'a b c d.'],
    ['A B C D.', 'a b c d.'],
  ])('default: %j -> %j', (input, expected) => {
    expect(tercomTokenize(input)).toBe(expected);
  });

  it.each([
    ['a b c d.', 'a b c d'],
    ['A ; B ) C : D.', 'a b c d'],
  ])('no_punct: %j -> %j', (input, expected) => {
    expect(tercomTokenize(input, { noPunct: true })).toBe(expected);
  });

  it.each([
    ['a b (c) d.', 'a b ( c ) d .'],
    ["Jim's car.", "jim 's car ."],
    ['4.2', '4.2'],
  ])('normalized: %j -> %j', (input, expected) => {
    expect(tercomTokenize(input, { normalized: true })).toBe(expected);
  });

  it.each([
    ['美众院公布对特', '美 众 院 公 布 对 特'],
    ['りの拳銃を持', 'りの 拳 銃 を 持'],
  ])('normalized with asian_support: %j -> %j', (input, expected) => {
    expect(tercomTokenize(input, { normalized: true, asianSupport: true })).toBe(expected);
  });

  it('is case-sensitive only when asked', () => {
    expect(corpusTer(['The Cat'], [['the cat']]).score).toBe(0);
    // Two substitutions of two reference words.
    expect(corpusTer(['The Cat'], [['the cat']], { caseSensitive: true }).score).toBe(100);
  });
});

describe('TER signature as sacreBLEU prints it', () => {
  it('prints the defaults as the README shows them (version aside)', () => {
    const ter = new CorpusTer();
    ter.add('a b', ['a b']);
    expect(ter.signature()).toBe('nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0');
  });

  it('prints two references and every non-default option', () => {
    const ter = new CorpusTer({ normalized: true, noPunct: true, asianSupport: true, caseSensitive: true });
    ter.add('a b', ['a b', 'a c']);
    expect(ter.signature()).toBe('nrefs:2|case:mixed|tok:tercom|norm:yes|punct:no|asian:yes|version:2.6.0');
  });

  it('prints var when segments have different reference counts', () => {
    const ter = new CorpusTer();
    ter.add('a', ['a']);
    ter.add('a', ['a', 'b']);
    expect(ter.signature()).toMatch(/^nrefs:var\|/);
  });
});
