/**
 * The text gate's TER, sacreBLEU's TER options and jiwer's transforms, whole and per slice, with the signature
 * of each gated number in the report and the Markdown.
 *
 * Expected values come from the reference tools' own tests, never from dhow:
 * - sacreBLEU, github.com/mjpost/sacrebleu at f615c7286d4d813370efb824d94fc2bfcd3a6b94:
 *   test/test_ter.py (TER of 'd e f g h a b c' against 'a b c d e f g h' is 1/8: one shift; 'dddd eeee ffff'
 *   against 'aaaa bbbb cccc' is 1: three substitutions), test/test_tokenizer_ter.py (no_punct turns
 *   'A ; B ) C : D.' into 'a b c d'; the default lowercases 'A B C D.'; normalized turns "Jim's car." into
 *   "jim 's car ."), and README.md's printed TER signature (`nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|
 *   asian:no|version:…`; sacrebleu/metrics/ter.py's TERSignature gives case mixed/lc, norm, punct = not
 *   no_punct, asian, in that order).
 * - jiwer, github.com/jitsi/jiwer at c1b0d5e005431f5ce4fa6797f48639a8ccaa5042: tests/test_transforms.py
 *   (RemovePunctuation: 'this is an example!' -> 'this is an example', '“yes”' -> 'yes'; ToLowerCase:
 *   "You're PRETTY" -> "you're pretty"; SubstituteWords {pretty: awesome, you: i, 're: ' am', foo: bar}:
 *   "you're pretty" -> 'i am awesome').
 * Corpus figures are summed by hand from those segments (edits over reference words).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCandidate } from '../../../src/gates/candidate.js';
import { DhowError } from '../../../src/errors.js';
import { runGates } from '../../../src/gates/evaluate.js';
import { overlayPolicies, parsePolicy } from '../../../src/gates/policy.js';
import { liveVersionOf } from '../../../src/gates/regression.js';
import { renderMarkdown, versionGates, type GateResult } from '../../../src/gates/report.js';
import type { SliceRow } from '../../../src/gates/text-slices.js';

const dir = mkdtempSync(join(tmpdir(), 'dhow-text-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonl(name: string, rows: object[]): void {
  writeFileSync(join(dir, name), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
}

// sacreBLEU test_ter.py: gulf 1 edit of 8 words (12.5), egyptian 3 of 3 (100); the corpus 4 of 11.
jsonl('ter.jsonl', [
  { dialect: 'gulf', hypothesis: 'd e f g h a b c', reference: 'a b c d e f g h' },
  { dialect: 'egyptian', hypothesis: 'dddd eeee ffff', reference: 'aaaa bbbb cccc' },
]);
// test_tokenizer_ter.py: with no_punct both sides are 'a b c d' (TER 0). Without it the hypothesis is
// 'a ; b ) c : d.': three extra words and 'd.' for 'd', 4 edits of 4 reference words (100).
jsonl('punct.jsonl', [{ hypothesis: 'A ; B ) C : D.', reference: 'a b c d' }]);
// Lowercased by default, both are 'a b c d' (0); case-sensitive, 4 substitutions of 4 (100).
jsonl('case.jsonl', [{ hypothesis: 'A B C D', reference: 'a b c d' }]);
// normalized: both "jim 's car ." (0). Not normalized: "jim's car." against 4 words needs 2 substitutions
// and 2 insertions (100).
jsonl('norm.jsonl', [{ hypothesis: "Jim's car.", reference: "jim 's car ." }]);
// jiwer's transforms. Default WER: gulf 2 substitutions of 2 words, egyptian 2 of 4 ('“this”', 'example!').
// Both sides remove-punctuation then lowercase: every word matches (0). ("you're" loses its apostrophe on
// both sides alike.)
jsonl('transforms.jsonl', [
  { dialect: 'gulf', hypothesis: "You're PRETTY", reference: "you're pretty" },
  { dialect: 'egyptian', hypothesis: '“this” is an example!', reference: 'this is an example' },
]);
// SubstituteWords turns the hypothesis into the reference (0); without it 3 substitutions of 3 words (1).
jsonl('substitute.jsonl', [{ hypothesis: "you're pretty", reference: 'i am awesome' }]);

const header = 'apiVersion: dhow.dev/v1\nkind: GatePolicy\n';
const candidate = parseCandidate('{}', 'c.json');

function policyOf(gates: string) {
  return overlayPolicies([{ file: 'p.yaml', policy: parsePolicy(`${header}gates:\n${gates}`, 'p.yaml') }]);
}

async function gatesOf(gates: string, live: Parameters<typeof runGates>[0]['live'] = null): Promise<Record<string, GateResult>> {
  const report = await runGates({ policy: policyOf(gates), candidate, environment: 'production', live, cwd: dir, env: {} });
  return Object.fromEntries(report.gates.map((g) => [g.name, g]));
}

const TER_SIGNATURE = 'nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0';

describe('the text gate on TER', () => {
  it('gates corpus TER, lower being better, and records sacreBLEU’s signature', async () => {
    const g = await gatesOf(`  - name: ter
    metric: ter
    source: { kind: text, input: ter.jsonl }
    threshold: 40
    greater-is-better: false
`);
    expect(g.ter!.value).toBeCloseTo((100 * 4) / 11, 10);
    expect(g.ter!.verdict).toBe('pass');
    expect(g.ter!.details.signature).toBe(`${TER_SIGNATURE}|dhow-norm:none`);
  });

  it("applies sacreBLEU's TER options: no-punct, case-sensitive and normalized, each in the signature", async () => {
    const g = await gatesOf(`  - name: punct-kept
    metric: ter
    source: { kind: text, input: punct.jsonl }
    threshold: 0
    greater-is-better: false
  - name: punct-removed
    metric: ter
    source: { kind: text, input: punct.jsonl, ter: { no-punct: true } }
    threshold: 0
    greater-is-better: false
  - name: lowercased
    metric: ter
    source: { kind: text, input: case.jsonl }
    threshold: 0
    greater-is-better: false
  - name: case-sensitive
    metric: ter
    source: { kind: text, input: case.jsonl, ter: { case-sensitive: true } }
    threshold: 0
    greater-is-better: false
  - name: plain
    metric: ter
    source: { kind: text, input: norm.jsonl }
    threshold: 0
    greater-is-better: false
  - name: normalized
    metric: ter
    source: { kind: text, input: norm.jsonl, ter: { normalized: true } }
    threshold: 0
    greater-is-better: false
`);
    expect(Object.fromEntries(Object.entries(g).map(([name, r]) => [name, [r.value, r.verdict]]))).toEqual({
      'punct-kept': [100, 'fail'],
      'punct-removed': [0, 'pass'],
      lowercased: [0, 'pass'],
      'case-sensitive': [100, 'fail'],
      plain: [100, 'fail'],
      normalized: [0, 'pass'],
    });
    expect(g['punct-removed']!.details.signature).toBe('nrefs:1|case:lc|tok:tercom|norm:no|punct:no|asian:no|version:2.6.0|dhow-norm:none');
    expect(g['case-sensitive']!.details.signature).toBe('nrefs:1|case:mixed|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0|dhow-norm:none');
    expect(g.normalized!.details.signature).toBe('nrefs:1|case:lc|tok:tercom|norm:yes|punct:yes|asian:no|version:2.6.0|dhow-norm:none');
  });

  it('gates TER per slice against the live slice, and shows the slices under the signature in Markdown', async () => {
    const gates = `  - name: ter
    metric: ter
    source: { kind: text, input: ter.jsonl, slice-by: dialect }
    threshold: 50
    min-absolute-change: 1
    greater-is-better: false
`;
    // Live: gulf 20 (12.5 improves it by 7.5), egyptian 100 (100 does not improve it by 1).
    const live = { version: 'v1', metrics: {}, gateValues: { ter: 40, 'ter[gulf]': 20, 'ter[egyptian]': 100 } };
    const report = await runGates({ policy: policyOf(gates), candidate, environment: 'production', live, cwd: dir, env: {} });
    const gate = report.gates[0]!;
    const slices = gate.details.slices as SliceRow[];
    expect(slices.map((s) => [s.slice, s.value, s.baseline, s.samples, s.verdict])).toEqual([
      ['gulf', 12.5, 20, 1, 'pass'],
      ['egyptian', 100, 100, 1, 'fail'],
    ]);
    expect(gate.value).toBeCloseTo((100 * 4) / 11, 10);
    expect(gate.verdict).toBe('fail');
    expect(gate.details.signature).toBe(`${TER_SIGNATURE}|dhow-norm:none|slice:dialect`);

    const markdown = renderMarkdown(report);
    const table = markdown.slice(markdown.indexOf('#### ter: `ter` by `dialect`'));
    expect(table.split('\n').slice(0, 5)).toEqual([
      '#### ter: `ter` by `dialect`',
      '',
      `Signature: \`${TER_SIGNATURE}|dhow-norm:none|slice:dialect\``,
      '',
      '| Slice | Value | Baseline | Segments | Verdict | Why |',
    ]);
    expect(table).toContain('| gulf | 12.5 | 20 | 1 | pass |');
    expect(table).toContain('| egyptian | 100 | 100 | 1 | fail | 100 is not <= threshold 50; 100 is not <= 99 (live v1: 100 - 1) |');

    // Recorded per slice, the slices become the next run's baselines.
    const next = liveVersionOf({ version: 'v2', metrics: {}, gates: versionGates(report) });
    expect(next.gateValues['ter[gulf]']).toBe(12.5);
  });
});

describe("the text gate with jiwer's transforms", () => {
  it('transforms reference and hypothesis per slice, with the transforms in the signature and the Markdown', async () => {
    const report = await runGates({
      policy: policyOf(`  - name: wer-raw
    metric: wer
    source: { kind: text, input: transforms.jsonl, slice-by: dialect }
    threshold: 0.1
    greater-is-better: false
  - name: wer
    metric: wer
    source:
      kind: text
      input: transforms.jsonl
      slice-by: dialect
      reference-transform: [remove-punctuation, lowercase]
      hypothesis-transform: [remove-punctuation, lowercase]
    threshold: 0.1
    greater-is-better: false
`),
      candidate,
      environment: null,
      live: null,
      cwd: dir,
      env: {},
    });
    const [raw, transformed] = report.gates;
    const rows = (g: GateResult) => (g.details.slices as SliceRow[]).map((s) => [s.slice, s.value, s.verdict]);
    expect(raw!.value).toBeCloseTo(4 / 6, 12);
    expect(rows(raw!)).toEqual([
      ['gulf', 1, 'fail'],
      ['egyptian', 0.5, 'fail'],
    ]);
    expect(transformed!.value).toBe(0);
    expect(rows(transformed!)).toEqual([
      ['gulf', 0, 'pass'],
      ['egyptian', 0, 'pass'],
    ]);
    const signature = 'jiwer:4.0.0|ref:remove-punctuation+lowercase|hyp:remove-punctuation+lowercase|dhow-norm:none|slice:dialect';
    expect(transformed!.details.signature).toBe(signature);
    expect(raw!.details.signature).toBe('jiwer:4.0.0|ref:default|hyp:default|dhow-norm:none|slice:dialect');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(`#### wer: \`wer\` by \`dialect\`\n\nSignature: \`${signature}\`\n\n| Slice |`);
    expect(markdown).toContain('| gulf | 0 | – | 1 | pass |');
  });

  it('substitutes words as jiwer does, from pairs in the policy', async () => {
    const g = await gatesOf(`  - name: raw
    metric: wer
    source: { kind: text, input: substitute.jsonl }
    threshold: 0
    greater-is-better: false
  - name: substituted
    metric: wer
    source:
      kind: text
      input: substitute.jsonl
      hypothesis-transform: [substitute-words]
      substitute-words: [[pretty, awesome], [you, i], ["'re", " am"], [foo, bar]]
    threshold: 0
    greater-is-better: false
`);
    expect([g.raw!.value, g.substituted!.value]).toEqual([1, 0]);
    expect(g.substituted!.details.signature).toBe('jiwer:4.0.0|ref:default|hyp:substitute-words|dhow-norm:none');
  });

  it('shows the signature of a gate without slices in the Markdown', async () => {
    const report = await runGates({
      policy: policyOf(`  - name: ter
    metric: ter
    source: { kind: text, input: ter.jsonl }
    threshold: 40
    greater-is-better: false
`),
      candidate,
      environment: null,
      live: null,
      cwd: dir,
      env: {},
    });
    expect(renderMarkdown(report)).toContain(`Text metrics were measured as their signatures say:\n\n- ter (\`ter\`): \`${TER_SIGNATURE}|dhow-norm:none\`\n`);
  });
});

describe('text gate policies that would mislead', () => {
  function refusal(gate: string): DhowError {
    try {
      parsePolicy(`${header}gates:\n${gate}`, 'policies/text.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(DhowError);
      return error as DhowError;
    }
    throw new Error('expected the policy to be refused');
  }
  const gate = (metric: string, source: string, better = metric === 'bleu' || metric === 'chrf') =>
    `  - name: g\n    metric: ${metric}\n    source:\n      kind: text\n      input: t.jsonl\n${source}    threshold: 1\n    greater-is-better: ${better}\n`;

  // Lines: 1-2 the header, 3 gates:, 4 name, 5 metric, 6 source:, 7 kind, 8 input, 9 the option (or threshold), 10 ...
  it.each([
    [
      'a transform on a BLEU gate',
      gate('bleu', '      reference-transform: [lowercase]\n'),
      'gates[0].source.reference-transform',
      /apply to a wer or cer gate, not bleu/,
      9,
    ],
    ['TER options on a WER gate', gate('wer', '      ter: { normalized: true }\n'), 'gates[0].source.ter', /TER's options apply to a ter gate, not wer/, 9],
    ['an unknown transform', gate('wer', '      hypothesis-transform: [lower-case]\n'), 'gates[0].source.hypothesis-transform[0]', /Invalid option/, 9],
    ['a misspelt TER option', gate('ter', '      ter: { no_punct: true }\n'), 'gates[0].source.ter.no_punct', /did you mean "no-punct"\?/, 9],
    ['substitute-words without its pairs', gate('cer', '      reference-transform: [substitute-words]\n'), 'gates[0].source', /needs "substitute-words"/, 6],
    ['pairs without the transform', gate('wer', '      substitute-words: [[a, b]]\n'), 'gates[0].source.substitute-words', /change nothing/, 9],
    [
      'a replacement with a backslash',
      gate('wer', '      hypothesis-transform: [substitute-words]\n      substitute-words: [[a, "b\\\\1"]]\n'),
      'gates[0].source.substitute-words[0][1]',
      /backslash/,
      10,
    ],
    [
      'TER with greater-is-better',
      gate('ter', '', true),
      'gates[0].greater-is-better',
      /ter is lower when the text is better: "greater-is-better" must be false/,
      10,
    ],
  ])('refuses %s, naming the file, field and line', (_what, text, field, message, line) => {
    const error = refusal(text);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`policies/text.yaml:${line}`);
  });
});

describe('the documented text gate policy', () => {
  it('is a policy dhow accepts', async () => {
    const docs = await readFile('docs/gates.md', 'utf8');
    const block = /```yaml\n([\s\S]*?name: asr-wer[\s\S]*?)```/.exec(docs)?.[1];
    expect(block).toBeDefined();
    // The block is indented under its list item; YAML needs it at the margin.
    const yaml = block!.replace(/^ {2}/gm, '');
    const policy = parsePolicy(`${header}${yaml}`, 'docs/gates.md');
    expect(policy.gates.map((g) => [g.name, g.metric])).toEqual([
      ['asr-wer', 'wer'],
      ['mt-ter', 'ter'],
    ]);
  });
});
