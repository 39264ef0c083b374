import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { MAX_INPUT_BYTES, MAX_LINE_BYTES, splitLines } from '../../src/metrics/lines.js';

async function lines(chunks: (string | Buffer)[], limits: Parameters<typeof splitLines>[1] = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const line of splitLines(chunks, limits)) out.push(line.bytes.toString('utf8'));
  return out;
}

async function refusal(chunks: (string | Buffer)[], limits: Parameters<typeof splitLines>[1]): Promise<DhowError> {
  try {
    await lines(chunks, limits);
  } catch (error) {
    if (error instanceof DhowError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('line limits while reading', () => {
  it('documents 16 MiB a line and 4 GiB an input', () => {
    expect(MAX_LINE_BYTES).toBe(16 * 1024 * 1024);
    expect(MAX_INPUT_BYTES).toBe(4 * 1024 * 1024 * 1024);
  });

  it('takes a line of exactly the limit, however the chunks cut it, and refuses one byte more naming file and line', async () => {
    const text = 'ab\n0123456789\nxy\n';
    // Every way of cutting the input in two chunks: the 10-byte line 2 passes with a limit of 10.
    for (let cut = 0; cut <= text.length; cut++) {
      expect(await lines([text.slice(0, cut), text.slice(cut)], { maxLineBytes: 10 })).toEqual(['ab', '0123456789', 'xy']);
      const error = await refusal([text.slice(0, cut), text.slice(cut)], { maxLineBytes: 9, file: 'eval.jsonl' });
      expect(error.message).toBe('eval.jsonl:2: the line is longer than 9 bytes, the limit for one line');
    }
  });

  it('refuses a last line without LF that is too long, and stops before holding a long line whole', async () => {
    expect((await refusal(['ok\n', 'x'.repeat(11)], { maxLineBytes: 10, file: 'f' })).line).toBe(2);
    // 100 chunks of 1,000 bytes without LF: refused on the second chunk, not after reading them all.
    let served = 0;
    function* endless(): Generator<Buffer> {
      for (let i = 0; i < 100; i++) {
        served++;
        yield Buffer.alloc(1000, 0x61);
      }
    }
    await expect(lines(endless() as unknown as Buffer[], { maxLineBytes: 1500, file: 'f' })).rejects.toThrow('f:1: the line is longer than 1500 bytes');
    expect(served).toBe(2);
  });

  it('refuses an input larger than its limit, naming the line it reached', async () => {
    const error = await refusal(['a\nb\n', 'c\nd\n'], { maxInputBytes: 6, file: 'big.txt' });
    expect(error.message).toBe('big.txt:3: the input is larger than 6 bytes, the limit for one input');
    expect(await lines(['a\nb\n', 'c\n'], { maxInputBytes: 6 })).toEqual(['a', 'b', 'c']);
  });
});
