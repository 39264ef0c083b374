/**
 * A slice's metric signature through `dhow metrics text --slice-by KEY --metrics ter`: sacreBLEU's TER signature
 * has a `norm` key of its own (tercom normalization), so dhow's normalization is recorded as `dhow-norm` and every
 * key appears once. sacreBLEU's part is in its own order, as sacreBLEU 2.6.0 prints it for TER with its defaults
 * (TERSignature: nrefs, case, tok, norm, punct, asian, version; sacrebleu/metrics/ter.py, as in test/unit/ter.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dhow-slice-signature-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SACREBLEU_TER = ['nrefs:1', 'case:lc', 'tok:tercom', 'norm:no', 'punct:yes', 'asian:no', 'version:2.6.0'];

const keys = (signature: string) => signature.split('|').map((field) => field.slice(0, field.indexOf(':')));

describe('the TER signature of a slice', () => {
  it.each([
    [[], 'none'],
    [['--normalize', 'arabic'], 'arabic'],
  ])('keeps sacreBLEU’s fields in its order, then dhow-norm and slice, each key once (%j)', async (extra, norm) => {
    const input = join(dir, `slices-${norm}.jsonl`);
    const rows = [
      { hypothesis: 'd e f g h a b c', reference: 'a b c d e f g h', dialect: 'gulf' },
      { hypothesis: 'a b c', reference: 'a b c', dialect: 'msa' },
    ];
    writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n'));
    const { code, stdout, stderr } = await dhow(['metrics', 'text', '--input', input, '--metrics', 'ter', '--slice-by', 'dialect', '--json', ...extra]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { overall: { signatures: { ter: string } }; slices: Record<string, { signatures: { ter: string } }> };
    const expected = [...SACREBLEU_TER, `dhow-norm:${norm}`, 'slice:dialect'].join('|');
    for (const signature of [out.overall.signatures.ter, out.slices.gulf!.signatures.ter, out.slices.msa!.signatures.ter]) {
      expect(signature).toBe(expected);
      expect(new Set(keys(signature)).size).toBe(keys(signature).length);
    }
  });
});
