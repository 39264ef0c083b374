import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { AlignedErrorRate, alignCorpus, alignmentChunks, chunkCounts, type AlignmentChunk } from '../../src/metrics/text/alignment.js';
import { compileTransform, parseSubstitutions, type TransformChain } from '../../src/metrics/text/transforms.js';

// Expected values: jiwer (github.com/jitsi/jiwer) at commit c1b0d5e005431f5ce4fa6797f48639a8ccaa5042:
// tests/test_alignment.py (the REF/HYP/operation lines of visualize_alignment, read back into chunks),
// tests/test_transforms.py, tests/test_measures.py and tests/test_empty_ref.py.

const words = compileTransform({ steps: ['default'] }, 'words');
const chars = compileTransform({ steps: ['default'] }, 'characters');
const chunk = (type: AlignmentChunk['type'], r0: number, r1: number, h0: number, h1: number): AlignmentChunk => ({
  type,
  ref_start_idx: r0,
  ref_end_idx: r1,
  hyp_start_idx: h0,
  hyp_end_idx: h1,
});

describe('jiwer alignment chunks (tests/test_alignment.py)', () => {
  it('words: all three operations', () => {
    // REF: this  is a ***** test of skill / HYP: this was a messy test ** ***** / ops S, I, D D
    expect(alignmentChunks(words('this is a test of skill'), words('this was a messy test'))).toEqual([
      chunk('equal', 0, 1, 0, 1),
      chunk('substitute', 1, 2, 1, 2),
      chunk('equal', 2, 3, 2, 3),
      chunk('insert', 3, 3, 3, 4),
      chunk('equal', 3, 4, 4, 5),
      chunk('delete', 4, 6, 5, 5),
    ]);
  });

  it('characters: all three operations, ties broken as rapidfuzz breaks them', () => {
    // REF: this *is a tes*t of skill / HYP: this was a messy te*st*** / ops: "     IS    S  IS SSD SDDD"
    expect(alignmentChunks(chars('this is a test of skill'), chars('this was a messy test'))).toEqual([
      chunk('equal', 0, 5, 0, 5),
      chunk('insert', 5, 5, 5, 6),
      chunk('substitute', 5, 6, 6, 7),
      chunk('equal', 6, 10, 7, 11),
      chunk('substitute', 10, 11, 11, 12),
      chunk('equal', 11, 13, 12, 14),
      chunk('insert', 13, 13, 14, 15),
      chunk('substitute', 13, 14, 15, 16),
      chunk('equal', 14, 15, 16, 17),
      chunk('substitute', 15, 17, 17, 19),
      chunk('delete', 17, 18, 19, 19),
      chunk('equal', 18, 19, 19, 20),
      chunk('substitute', 19, 20, 20, 21),
      chunk('delete', 20, 23, 21, 21),
    ]);
  });

  it('words: test_show_measures counts (substitutions=3 deletions=5 insertions=0 hits=1, wer 88.89%)', () => {
    const r = alignCorpus([{ hypothesis: 'no it will not', references: ['this test will  have a high word error rate'] }], words, words);
    expect({ s: r.substitutions, d: r.deletions, i: r.insertions, h: r.hits }).toEqual({ s: 3, d: 5, i: 0, h: 1 });
    expect((r.rate * 100).toFixed(2)).toBe('88.89');
    expect(r.alignments![0]!.chunks).toEqual([
      chunk('substitute', 0, 2, 0, 2),
      chunk('equal', 2, 3, 2, 3),
      chunk('substitute', 3, 4, 3, 4),
      chunk('delete', 4, 9, 4, 4),
    ]);
  });

  it('characters: test_show_measures counts (substitutions=4 deletions=29 insertions=0 hits=10, cer 76.74%)', () => {
    const r = alignCorpus([{ hypothesis: 'no it will not', references: ['this test will  have a high word error rate'] }], chars, chars);
    expect({ s: r.substitutions, d: r.deletions, i: r.insertions, h: r.hits }).toEqual({ s: 4, d: 29, i: 0, h: 10 });
    expect((r.rate * 100).toFixed(2)).toBe('76.74');
  });

  it('characters: insertion at the end, deletion at the end, empty hypothesis, empty reference', () => {
    expect(alignmentChunks(chars('this is a'), chars('this is a test'))).toEqual([chunk('equal', 0, 9, 0, 9), chunk('insert', 9, 9, 9, 14)]);
    expect(alignmentChunks(chars('this is a test'), chars('this is a'))).toEqual([chunk('equal', 0, 9, 0, 9), chunk('delete', 9, 14, 9, 9)]);
    expect(alignmentChunks(chars('empty'), chars(''))).toEqual([chunk('delete', 0, 5, 0, 0)]);
    expect(alignmentChunks(chars(''), chars('inserted'))).toEqual([chunk('insert', 0, 0, 0, 8)]);
    expect(alignmentChunks(chars(''), chars(''))).toEqual([]);
  });

  it('characters: one-two against 1-2 is a substitution then deletions (test_multiple_sentences)', () => {
    const r = alignCorpus(
      [
        { hypothesis: '1', references: ['one'] },
        { hypothesis: '2', references: ['two'] },
      ],
      chars,
      chars,
    );
    expect(r.alignments!.map((a) => a.chunks)).toEqual([
      [chunk('substitute', 0, 1, 0, 1), chunk('delete', 1, 3, 1, 1)],
      [chunk('substitute', 0, 1, 0, 1), chunk('delete', 1, 3, 1, 1)],
    ]);
  });

  it('words: line_width example (could -> will, then two insertions)', () => {
    const c = alignmentChunks(words('this sentence could be split'), words('this sentence will be split by ai'));
    expect(c).toEqual([chunk('equal', 0, 2, 0, 2), chunk('substitute', 2, 3, 2, 3), chunk('equal', 3, 5, 3, 5), chunk('insert', 5, 5, 5, 7)]);
    expect(chunkCounts(c)).toEqual({ hits: 4, substitutions: 1, deletions: 0, insertions: 2 });
  });

  it('known values from "From WER and RIL to MER and WIL" (tests/test_measures.py)', () => {
    const wer = (ref: string, hyp: string) => alignCorpus([{ hypothesis: hyp, references: [ref] }], words, words).rate;
    expect(wer('X', 'X X Y Y')).toBe(3);
    expect(wer('X Y X', 'X Z')).toBeCloseTo(2 / 3, 12);
    expect(wer('X', 'Y Z')).toBe(2);
    expect(wer('i am a short ground truth', 'i am a considerably longer and very much incorrect hypothesis')).toBeCloseTo(7 / 6, 12);
  });

  it('empty references follow jiwer 4 (tests/test_empty_ref.py)', () => {
    const r = alignCorpus([{ hypothesis: '0 1 2 3', references: [''] }], words, words);
    expect(r.insertions).toBe(4);
    expect(r.rate).toBe(4);
    expect(alignCorpus([{ hypothesis: '', references: [''] }], words, words).rate).toBe(0);
  });
});

describe('alignment limits', () => {
  it('refuses a segment whose full matrix would pass 10^8 cells, naming the file and line', () => {
    const acc = new AlignedErrorRate(chars, chars, false, 'eval.jsonl');
    expect(() => acc.add('b'.repeat(10_001), 'a'.repeat(10_001), 7)).toThrow(
      /eval\.jsonl:7: a segment of 10001 reference and 10001 hypothesis symbols is too long/,
    );
  });
});

describe('jiwer transforms (tests/test_transforms.py)', () => {
  const apply = (chain: TransformChain, s: string) => compileTransform(chain, 'words')(s).join(' ');
  // The reduction splits on single spaces, so a transform's effect on spacing shows through characters.
  const applyChars = (chain: TransformChain, s: string) => compileTransform(chain, 'characters')(s).join('');

  it('RemovePunctuation removes every P* code point', () => {
    expect(applyChars({ steps: ['remove-punctuation'] }, 'this is an example!')).toBe('this is an example');
    expect(applyChars({ steps: ['remove-punctuation'] }, 'hello. goodbye')).toBe('hello goodbye');
    expect(applyChars({ steps: ['remove-punctuation'] }, "word༆’'")).toBe('word');
    expect(applyChars({ steps: ['remove-punctuation'] }, '‘no’')).toBe('no');
    expect(applyChars({ steps: ['remove-punctuation'] }, '“yes”')).toBe('yes');
  });

  it('RemoveMultipleSpaces keeps one space and leaves the ends', () => {
    expect(applyChars({ steps: ['remove-multiple-spaces'] }, 'this is   an   example ')).toBe('this is an example ');
    expect(applyChars({ steps: ['remove-multiple-spaces'] }, '  hello goodbye  ')).toBe(' hello goodbye ');
    expect(applyChars({ steps: ['remove-multiple-spaces'] }, '  ')).toBe(' ');
  });

  it('Strip removes the ends', () => {
    expect(applyChars({ steps: ['strip'] }, ' this is an example ')).toBe('this is an example');
    expect(applyChars({ steps: ['strip'] }, '                       ')).toBe('');
  });

  it('ToLowerCase', () => {
    expect(apply({ steps: ['lowercase'] }, "You're PRETTY")).toBe("you're pretty");
  });

  it('SubstituteWords matches whole words only, in order', () => {
    const chain: TransformChain = {
      steps: ['substitute-words'],
      substitutions: [
        ['pretty', 'awesome'],
        ['you', 'i'],
        ["'re", ' am'],
        ['foo', 'bar'],
      ],
    };
    expect(apply(chain, "you're pretty")).toBe('i am awesome');
    expect(apply(chain, 'your book')).toBe('your book');
    expect(apply(chain, 'foobar')).toBe('foobar');
  });

  it('SubstituteWords sees Arabic letters as word characters, as Python does', () => {
    // Independent check: Python's \b is Unicode-aware; "ال" inside "الكتاب" is not a whole word.
    const chain: TransformChain = { steps: ['substitute-words'], substitutions: [['ال', 'X']] };
    expect(apply(chain, 'ال الكتاب')).toBe('X الكتاب');
  });

  it('reads substitutions from a list or an object, and refuses what would lose their order', () => {
    expect(parseSubstitutions('[["1", "one"], ["2", "two"]]', 'subs.json')).toEqual([
      ['1', 'one'],
      ['2', 'two'],
    ]);
    expect(parseSubstitutions('{"pretty": "awesome"}', 'subs.json')).toEqual([['pretty', 'awesome']]);
    expect(() => parseSubstitutions('{"b": "x", "1": "one"}', 'subs.json')).toThrow(DhowError);
    expect(() => parseSubstitutions('{"a": 1}', 'subs.json')).toThrow(/subs\.json, field "a": must be a string/);
    expect(() => parseSubstitutions('[["a", "\\\\1"]]', 'subs.json')).toThrow(/backslash/);
    expect(() => parseSubstitutions('not json', 'subs.json')).toThrow(/subs\.json/);
  });
});
