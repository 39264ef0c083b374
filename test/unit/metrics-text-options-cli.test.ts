import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';

// Expected values: sacreBLEU test/test_ter.py (commit f615c7286d4d813370efb824d94fc2bfcd3a6b94) and jiwer
// tests/test_alignment.py, tests/test_transforms.py (commit c1b0d5e005431f5ce4fa6797f48639a8ccaa5042).

const dir = mkdtempSync(join(tmpdir(), 'dhow-text-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');

describe('dhow metrics text --metrics ter', () => {
  it('prints TER with its sacreBLEU signature (a single shift fixes the output: 1/8)', async () => {
    const input = file('ter.jsonl', jsonl([{ hypothesis: 'd e f g h a b c', reference: 'a b c d e f g h' }]));
    const { code, stdout, stderr } = await dhow(['metrics', 'text', '--input', input, '--metrics', 'ter', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['segments', 'ter', 'ter_signature']);
    expect(Math.abs(out.ter - 12.5)).toBeLessThan(1e-3);
    expect(out.ter_signature).toBe('nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0');
  });

  it("passes TER's options and shows them in the signature", async () => {
    // test_tokenizer_ter.py: with no_punct "A ; B ) C : D." is "a b c d"; case-sensitive keeps "A" apart from "a".
    const input = file('ter-opts.jsonl', jsonl([{ hypothesis: 'A ; B ) C : D.', reference: 'a b c d' }]));
    const run = async (...flags: string[]) => JSON.parse((await dhow(['metrics', 'text', '--input', input, '--metrics', 'ter', '--json', ...flags])).stdout);
    const noPunct = await run('--ter-no-punct');
    expect(noPunct.ter).toBe(0);
    expect(noPunct.ter_signature).toBe('nrefs:1|case:lc|tok:tercom|norm:no|punct:no|asian:no|version:2.6.0');
    const cased = await run('--ter-no-punct', '--ter-case-sensitive', '--ter-normalized', '--ter-asian-support');
    // Four reference words, all four hypothesis words differ in case: 4 substitutions = 100.
    expect(cased.ter).toBe(100);
    expect(cased.ter_signature).toBe('nrefs:1|case:mixed|tok:tercom|norm:yes|punct:no|asian:yes|version:2.6.0');
  });
});

describe('dhow metrics text: jiwer transforms and alignment', () => {
  it('prints jiwer counts and chunks with --alignment (test_alignment.py, all three operations)', async () => {
    const input = file('align.jsonl', jsonl([{ hypothesis: 'this was a messy test', reference: 'this is a test of skill' }]));
    const { code, stdout, stderr } = await dhow(['metrics', 'text', '--input', input, '--metrics', 'wer,cer', '--alignment', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['segments', 'wer', 'cer', 'wer_alignment', 'cer_alignment']);
    const { alignments, ...counts } = out.wer_alignment;
    expect(counts).toEqual({ rate: 4 / 6, hits: 3, substitutions: 1, deletions: 2, insertions: 1 });
    expect(alignments).toEqual([
      {
        line: 1,
        chunks: [
          { type: 'equal', ref_start_idx: 0, ref_end_idx: 1, hyp_start_idx: 0, hyp_end_idx: 1 },
          { type: 'substitute', ref_start_idx: 1, ref_end_idx: 2, hyp_start_idx: 1, hyp_end_idx: 2 },
          { type: 'equal', ref_start_idx: 2, ref_end_idx: 3, hyp_start_idx: 2, hyp_end_idx: 3 },
          { type: 'insert', ref_start_idx: 3, ref_end_idx: 3, hyp_start_idx: 3, hyp_end_idx: 4 },
          { type: 'equal', ref_start_idx: 3, ref_end_idx: 4, hyp_start_idx: 4, hyp_end_idx: 5 },
          { type: 'delete', ref_start_idx: 4, ref_end_idx: 6, hyp_start_idx: 5, hyp_end_idx: 5 },
        ],
      },
    ]);
    // The character alignment of the same pair: "     IS    S  IS SSD SDDD" = 6 S, 2 I, 4 D, 13 hits.
    expect(out.cer_alignment.substitutions).toBe(6);
    expect(out.cer_alignment.insertions).toBe(2);
    expect(out.cer_alignment.deletions).toBe(4);
    expect(out.cer_alignment.hits).toBe(13);
    expect(out.cer).toBeCloseTo(12 / 23, 12);
  });

  it('applies transforms per side: lowercase and punctuation removal make "Hello, World!" match', async () => {
    const input = file('tr.jsonl', jsonl([{ hypothesis: 'hello world', reference: 'Hello, World!' }]));
    const run = async (...flags: string[]) => JSON.parse((await dhow(['metrics', 'text', '--input', input, '--metrics', 'wer', '--json', ...flags])).stdout);
    expect((await run()).wer).toBe(1);
    expect((await run('--reference-transform', 'lowercase,remove-punctuation,default')).wer).toBe(0);
    // Only the hypothesis transformed: the reference keeps its capitals and punctuation.
    expect((await run('--hypothesis-transform', 'lowercase,remove-punctuation,default')).wer).toBe(1);
    expect((await run('--transform', 'lowercase,remove-punctuation,strip,remove-multiple-spaces')).wer).toBe(0);
  });

  it('substitutes words from a JSON file (SubstituteWords: whole words only)', async () => {
    const input = file('sub.jsonl', jsonl([{ hypothesis: 'i am awesome', reference: "you're pretty" }]));
    const subs = file('subs.json', JSON.stringify({ pretty: 'awesome', you: 'i', "'re": ' am', foo: 'bar' }));
    const { code, stdout, stderr } = await dhow([
      'metrics',
      'text',
      '--input',
      input,
      '--metrics',
      'wer',
      '--reference-transform',
      'substitute-words,default',
      '--substitute-words',
      subs,
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).wer).toBe(0);
  });

  it('refuses unknown transforms, a missing substitutions file and conflicting flags as usage errors', async () => {
    const input = file('u.jsonl', jsonl([{ hypothesis: 'a', reference: 'a' }]));
    const cases: Array<[string[], RegExp, number]> = [
      [['--transform', 'upper'], /--transform must list .*got "upper"/, 2],
      [['--transform', 'substitute-words'], /needs --substitute-words/, 2],
      [['--substitute-words', 'x.json'], /needs substitute-words in a transform list/, 2],
      [['--transform', 'strip', '--reference-transform', 'strip'], /not both/, 2],
      [['--transform', 'substitute-words', '--substitute-words', 'missing.json'], /missing\.json: cannot read/, 1],
    ];
    for (const [flags, message, exit] of cases) {
      const { code, stderr } = await dhow(['metrics', 'text', '--input', input, ...flags], { cwd: dir });
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(code).toBe(exit);
    }
  });
});
