import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dhow-metrics-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('dhow metrics text', () => {
  it("prints jiwer's and sacreBLEU's numbers with the exact JSON keys", async () => {
    // sacreBLEU's README corpus (two references per segment): BLEU 48.530827, chrF2 59.73.
    const input = file(
      'readme.jsonl',
      [
        { hypothesis: 'The dog bit the man.', references: ['The dog bit the man.', 'The dog had bit the man.'] },
        { hypothesis: "It wasn't surprising.", references: ['It was not unexpected.', 'No one was surprised.'] },
        { hypothesis: 'The man had just bitten him.', references: ['The man bit him first.', 'The man had bitten the dog.'] },
      ]
        .map((l) => JSON.stringify(l))
        .join('\r\n'),
    );
    const { code, stdout, stderr } = await dhow(['metrics', 'text', '--input', input, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['segments', 'wer', 'cer', 'bleu', 'chrf', 'bleu_signature', 'chrf_signature']);
    expect(out.segments).toBe(3);
    expect(Math.abs(out.bleu - 48.530827)).toBeLessThan(1e-6);
    expect(out.chrf.toFixed(2)).toBe('59.73');
    expect(out.bleu_signature).toBe('nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0');
    expect(out.chrf_signature).toBe('nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0');
    // WER against the first references, by hand (words split on spaces, punctuation stays attached):
    // seg 1: identical, 0 edits over 5 words.
    // seg 2: ref It|was|not|unexpected. vs hyp It|wasn't|surprising.: It matches, then 3 reference words
    //        against 2 unrelated ones = 2 substitutions + 1 deletion = 3 edits over 4 words.
    // seg 3: ref The|man|bit|him|first. vs hyp The|man|had|just|bitten|him.: The man match, then 3 reference
    //        words against 4 hypothesis words with nothing in common ("him" is not "him.") = 4 edits over 5.
    // Corpus WER = (0 + 3 + 4) / (5 + 4 + 5) = 7/14 = 0.5.
    expect(out.wer).toBeCloseTo(7 / 14, 12);
  });

  it('normalizes Arabic on request: diacritics and letter variants stop counting as errors', async () => {
    const input = file('ar.jsonl', `${JSON.stringify({ hypothesis: 'ذهبت الى المدرسه', reference: 'ذَهَبْتُ إِلَى الْمَدْرَسَةِ' })}\n`);
    const raw = JSON.parse((await dhow(['metrics', 'text', '--input', input, '--json'])).stdout);
    const norm = JSON.parse((await dhow(['metrics', 'text', '--input', input, '--normalize', 'arabic', '--json'])).stdout);
    // Raw: all 3 words differ (diacritics, إ, ة) -> WER 3/3. Normalized, both sides read "ذهبت الي المدرسه"
    // (the hypothesis' alef maksura in "الى" becomes yeh too): WER 0, CER 0, chrF 100.
    expect(raw.wer).toBe(1);
    expect(norm.wer).toBe(0);
    expect(norm.cer).toBe(0);
    expect(norm.chrf).toBeCloseTo(100, 10);
    // Three words have no 4-gram: corpus BLEU is 0 without effective order, as in sacreBLEU.
    expect(norm.bleu).toBe(0);
  });

  it("takes sacreBLEU's options and shows only the metrics asked for (test_corpus_bleu intl: 43.91623493)", async () => {
    const input = file(
      'readme-intl.jsonl',
      [
        { hypothesis: 'The dog bit the man.', references: ['The dog bit the man.', 'The dog had bit the man.'] },
        { hypothesis: "It wasn't surprising.", references: ['It was not unexpected.', 'No one was surprised.'] },
        { hypothesis: 'The man had just bitten him.', references: ['The man bit him first.', 'The man had bitten the dog.'] },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const r = await dhow(['metrics', 'text', '--input', input, '--metrics', 'bleu,chrf', '--tokenize', 'intl', '--chrf-word-order', '2', '--json']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['segments', 'bleu', 'chrf', 'bleu_signature', 'chrf_signature']);
    expect(Math.abs(out.bleu - 43.91623493)).toBeLessThan(1e-8);
    expect(out.bleu_signature).toBe('nrefs:2|case:mixed|eff:no|tok:intl|smooth:exp|version:2.6.0');
    // chrF++ of the README corpus, as the default-tokenizer test above pins chrF2: sacreBLEU prints 59.15.
    expect(out.chrf.toFixed(2)).toBe('59.15');
    expect(out.chrf_signature).toBe('nrefs:2|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0');
  });

  it('takes smoothing with a value and effective order (test_sentence_bleu: floor 0.5 = 10.10)', async () => {
    const line = {
      hypothesis: 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;',
      reference: 'producţia de zahăr brut se exprimă în zahăr alb;',
    };
    const input = file('sentence.jsonl', `${JSON.stringify(line)}\n`);
    const r = await dhow([
      'metrics',
      'text',
      '--input',
      input,
      '--metrics',
      'bleu',
      '--smooth',
      'floor',
      '--smooth-value',
      '0.5',
      '--effective-order',
      '--json',
    ]);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['segments', 'bleu', 'bleu_signature']);
    expect(Math.abs(out.bleu - 10.1)).toBeLessThan(1e-3);
    expect(out.bleu_signature).toBe('nrefs:1|case:mixed|eff:yes|tok:13a|smooth:floor[0.50]|version:2.6.0');
    const lc = JSON.parse(
      (await dhow(['metrics', 'text', '--input', input, '--metrics', 'bleu', '--tokenize', 'char', '--lowercase', '--effective-order', '--json'])).stdout,
    );
    // test_sentence_bleu: exp smoothing, lowercase, char tokenizer = 42.0267.
    expect(Math.abs(lc.bleu - 42.0267)).toBeLessThan(1e-3);
    expect(lc.bleu_signature).toBe('nrefs:1|case:lc|eff:yes|tok:char|smooth:exp|version:2.6.0');
  });

  it('refuses options sacreBLEU would not take as usage errors (exit 2)', async () => {
    const input = file('one.jsonl', '{"hypothesis": "a", "reference": "a"}\n');
    for (const [args, message] of [
      [['--smooth', 'exp', '--smooth-value', '1'], '--smooth-value applies to --smooth floor or add-k'],
      [['--tokenize', 'zh'], '--tokenize must be one of 13a, intl, char, none'],
      [['--metrics', 'wer,meteor'], '--metrics must be one of wer, cer, bleu, chrf, ter, got "meteor"'],
      [['--chrf-beta', 'x'], '--chrf-beta must be an integer'],
      [['--smooth', 'floor', '--smooth-value=-1'], '--smooth-value must be a number >= 0, got "-1"'],
    ] as const) {
      const r = await dhow(['metrics', 'text', '--input', input, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it('scores an empty reference like jiwer 4: wer("", "silence") = 1, cer 7 (one insertion per character)', async () => {
    const input = file('silence.jsonl', '{"hypothesis": "silence", "reference": ""}\n');
    const r = await dhow(['metrics', 'text', '--input', input, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // No reference symbol in the corpus: jiwer 4 returns the insertions themselves. sacreBLEU: no match, 0.
    expect([out.wer, out.cer, out.bleu, out.chrf]).toEqual([1, 7, 0, 0]);
  });

  it('names the file and line of invalid UTF-8, bad JSON and a missing field', async () => {
    const badUtf8 = file('bad-utf8.jsonl', Buffer.concat([Buffer.from('{"hypothesis":"a","reference":"a"}\n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]));
    let r = await dhow(['metrics', 'text', '--input', badUtf8, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${badUtf8}:2`);
    expect(r.stderr).toContain('invalid UTF-8');
    // Under --json the failure is also an object on stdout, naming the file.
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'invalid-input', file: badUtf8 });

    r = await dhow(['metrics', 'text', '--input', file('bad.jsonl', '{"hypothesis": "a", "reference": "a"}\n{oops\n'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not valid JSON/);

    r = await dhow(['metrics', 'text', '--input', file('missing.jsonl', '{"hypothesis": "a"}\n'), '--json']);
    expect(r.stderr).toMatch(/missing\.jsonl:1, field "reference"/);

    // One line past the documented 16 MiB limit is refused while reading, before JSON.parse sees it.
    const long = `{"hypothesis": "${'a'.repeat(16 * 1024 * 1024)}", "reference": "a"}\n`;
    r = await dhow(['metrics', 'text', '--input', file('long.jsonl', `{"hypothesis": "a", "reference": "a"}\n${long}`), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/long\.jsonl:2: the line is longer than 16 MiB, the limit for one line/);

    r = await dhow(['metrics', 'text', '--input', file('empty.jsonl', ''), '--json']);
    expect(r.stderr).toMatch(/empty\.jsonl: no segments/);

    r = await dhow(['metrics', 'text', '--input', join(dir, 'nope.jsonl')]);
    expect(r.stderr).toMatch(/nope\.jsonl: no such file/);
  });
});

describe('dhow metrics latency', () => {
  it('prints nearest-rank percentiles of one latency per line', async () => {
    const input = file('lat.txt', `${Array.from({ length: 100 }, (_, i) => String(i + 1)).join('\n')}\n\n`);
    const { code, stdout } = await dhow(['metrics', 'latency', '--input', input, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ count: 100, p50: 50, p90: 90, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  it('refuses a line that is not a number, naming the line', async () => {
    const r = await dhow(['metrics', 'latency', '--input', file('lat-bad.txt', '1.5\n2\nfast\n'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lat-bad\.txt:3: not a latency/);
    const neg = await dhow(['metrics', 'latency', '--input', file('lat-neg.txt', '-3\n')]);
    expect(neg.stderr).toMatch(/lat-neg\.txt:1/);
  });

  it('refuses a number beyond a double (1e400) naming file and line, without a stack', async () => {
    const r = await dhow(['metrics', 'latency', '--input', file('lat-huge.txt', '12\n1e400\n'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lat-huge\.txt:2: not a finite latency/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    // --json: the failure is a JSON error object on stdout too, with the file named.
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'invalid-input', file: expect.stringMatching(/lat-huge\.txt$/) });
  });
});

describe('dhow arabic', () => {
  it('normalizes TEXT with every step by default, or only the steps asked for', async () => {
    expect((await dhow(['arabic', 'normalize', 'إِلَى الْمَدْرَسَةِ'])).stdout).toBe('الي المدرسه\n');
    expect((await dhow(['arabic', 'normalize', '--steps', 'diacritics', 'إِلَى'])).stdout).toBe('إلى\n');
  });

  it('normalizes stdin line by line with -', async () => {
    const r = await dhow(['arabic', 'normalize', '--steps', 'tatweel,teh-marbuta', '-'], { stdin: 'كـتـابة\nمدرسة\n' });
    expect(r.stdout).toBe('كتابه\nمدرسه\n');
  });

  it('refuses an unknown step as a usage error', async () => {
    const r = await dhow(['arabic', 'normalize', '--steps', 'hamza', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('field "--steps": unknown normalization step "hamza"');
  });

  it('checks a file: exit 0 when clean, 1 with the findings as JSON when not', async () => {
    const clean = await dhow(['arabic', 'check', '--input', file('clean.txt', 'مرحبا\nأهلا وسهلا\n'), '--json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).ok).toBe(true);
    const dirty = await dhow(['arabic', 'check', '--input', file('dirty.txt', 'مرحبا\n\n\u202Bنص\n'), '--json']);
    expect(dirty.code).toBe(1);
    const report = JSON.parse(dirty.stdout);
    expect(Object.keys(report)).toEqual([
      'input',
      'format',
      'lines',
      'arabic_letters',
      'letters',
      'arabic_share',
      'presentation_form_letters',
      'presentation_form_share',
      'checks',
      'ok',
    ]);
    expect(Object.keys(report.checks)).toEqual([
      'invalid_utf8',
      'invalid_json',
      'mojibake',
      'bidi_controls',
      'empty_lines',
      'mixed_digits',
      'zero_width_joiner',
      'zero_width_non_joiner',
      'bom_in_text',
      'soft_hyphen',
      'tatweel',
      'presentation_forms',
      'nfkc_urdu_forms',
      'persian_letters',
      'arabic_number_signs',
      'mixed_number_digits',
    ]);
    expect(report.checks.empty_lines).toEqual({ count: 1, lines: [2], severity: 'error' });
    expect(report.checks.bidi_controls).toEqual({ count: 1, lines: [3], severity: 'error' });
    const human = await dhow(['arabic', 'check', '--input', join(dir, 'dirty.txt')]);
    expect(human.stdout).toContain('FAIL  bidi_controls');
  });

  it('shows a warning without failing: a Persian ZWNJ exits 0 with "warn"', async () => {
    const r = await dhow(['arabic', 'check', '--input', file('zwnj.txt', 'می\u200Cخواهم\n'), '--format', 'text']);
    // U+06CC in "می" is a Persian look-alike (an error in Arabic text); take a ZWNJ between Arabic letters alone:
    expect(r.stdout).toContain('FAIL  persian_letters');
    const ok = await dhow(['arabic', 'check', '--input', file('zwnj-ar.txt', 'ب\u200Cت\n')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/warn {2}zero_width_non_joiner +1 {2}\(lines 1\)/);
  });

  it('normalizes with the optional persian step when asked for', async () => {
    expect((await dhow(['arabic', 'normalize', '--steps', 'persian', 'کیف حالک'])).stdout).toBe('كيف حالك\n');
    expect((await dhow(['arabic', 'normalize', '--help'])).stdout).toContain('persian');
  });
});

describe('inputs named as the user wrote them', () => {
  it('names a relative --input as given, not as resolved', async () => {
    file('rel.jsonl', '{"hypothesis": "a"}\n');
    const r = await dhow(['metrics', 'text', '--input', 'rel.jsonl', '--json'], { cwd: dir });
    expect(r.stderr).toMatch(/^dhow metrics: rel\.jsonl:1, field "reference"/);
    file('rel.txt', 'x\n');
    expect((await dhow(['metrics', 'latency', '--input', 'rel.txt'], { cwd: dir })).stderr).toMatch(/: rel\.txt:1: not a latency/);
    file('rel.csv', 'label,pred,g\n1,,a\n');
    expect(
      (await dhow(['metrics', 'fairness', '--input', 'rel.csv', '--label', 'label', '--prediction', 'pred', '--group', 'g'], { cwd: dir })).stderr,
    ).toMatch(/: rel\.csv:2, field "pred"/);
    const check = await dhow(['arabic', 'check', '--input', 'rel.txt', '--json'], { cwd: dir });
    expect(JSON.parse(check.stdout).input).toBe('rel.txt');
  });
});

describe('dhow metrics fairness names options by their flags', () => {
  // The core names them semantically ("the positive label"); the CLI maps them back to what the user typed.
  it('says --label, --positive-label where the user must act', async () => {
    const words = file('words-cli.csv', 'label,pred,g\nyes,no,a\nno,no,b\n');
    const base = ['metrics', 'fairness', '--input', words, '--prediction', 'pred', '--group', 'g'];
    const missing = await dhow([...base, '--label', 'truth']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no column "truth" (given by --label)');
    const notBinary = await dhow([...base, '--label', 'label']);
    expect(notBinary.stderr).toMatch(/labels are not binary .*: give --positive-label\n/);
    const unknown = await dhow([...base, '--label', 'label', '--positive-label', 'maybe']);
    expect(unknown.stderr).toContain('--positive-label "maybe" is not one of the labels');
  });
});

describe('--help on a metrics or arabic subcommand', () => {
  // Each subcommand's options, as its parser takes them; the help must list every one.
  const cases: [string[], string[]][] = [
    [
      ['metrics', 'fairness'],
      ['--input', '--label', '--prediction', '--group', '--positive-label', '--method', '--agg', '--min-group-size', '--small-groups', '--separator', '--json'],
    ],
    [
      ['metrics', 'text'],
      [
        '--input',
        '--metrics',
        '--normalize',
        '--lowercase',
        '--tokenize',
        '--smooth',
        '--smooth-value',
        '--effective-order',
        '--chrf-char-order',
        '--chrf-word-order',
        '--chrf-beta',
        '--chrf-whitespace',
        '--chrf-eps-smoothing',
        '--json',
      ],
    ],
    [
      ['metrics', 'latency'],
      ['--input', '--json'],
    ],
    [['arabic', 'normalize'], ['--steps']],
    [
      ['arabic', 'check'],
      ['--input', '--format', '--json'],
    ],
  ];
  for (const [command, options] of cases) {
    it(`dhow ${command.join(' ')} --help prints its usage with every option on stdout and exits 0`, async () => {
      for (const flag of ['--help', '-h']) {
        const { code, stdout, stderr } = await dhow([...command, flag]);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout).toContain(`dhow ${command.join(' ')} `);
        for (const option of options) expect(stdout).toContain(option);
      }
    });
  }
});

describe('a data file that is really an environment dump is never echoed', () => {
  // What `/proc/self/environ` holds on a runner, in the shapes each reader meets it (file names are neutral).
  const SECRET = 'ghs_EnvDumpS3cr3tT0ken';
  const dump = `GITHUB_TOKEN=${SECRET}\0HOME=/root\0PATH=/usr/bin\0`;

  it.each([
    ['metrics fairness (the header)', ['metrics', 'fairness', '--label', 'label', '--prediction', 'pred', '--group', 'g'], 'data.csv', `${dump}\n1,1,a\n`],
    [
      'metrics fairness (a label value)',
      ['metrics', 'fairness', '--label', 'label', '--prediction', 'pred', '--group', 'g'],
      'labels.csv',
      `label,pred,g\n${SECRET},1,a\n0,1,a\n1,0,b\n`,
    ],
    ['metrics text (JSON Lines)', ['metrics', 'text'], 'lines.jsonl', `${dump}\n`],
    ['metrics latency', ['metrics', 'latency'], 'latencies.txt', `12\n${dump}\n`],
  ])('%s: names the file and line, never the text', async (_what, args, name, content) => {
    const path = file(name, content);
    const run = await dhow([...args, '--input', path]);
    expect(run.code, run.stderr).not.toBe(0);
    expect(run.stderr).toContain(name);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain('GITHUB_TOKEN');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
  });

  it('arabic check reports the line as invalid JSON by number, never its text', async () => {
    const path = file('outputs.jsonl', `{"text": "مرحبا"}\n${dump}\n`);
    const run = await dhow(['arabic', 'check', '--input', path, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).checks.invalid_json).toMatchObject({ count: 1, lines: [2] });
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain('GITHUB_TOKEN');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
  });
});
