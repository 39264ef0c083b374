import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { dhow } from '../support/cli.js';
import { installFakeNvidiaSmi } from '../support/fake-nvidia-smi.js';

const example = new URL('../../examples/arabic-dialect-id/', import.meta.url).pathname;
// @ts-expect-error plain JavaScript module without types
const model = (await import('../../examples/arabic-dialect-id/model.mjs')) as {
  normalize(text: string): string;
  features(text: string, maxN: number): Map<string, number>;
};

describe('the example model: Arabic dialect identification', () => {
  it('normalizes diacritics, tatweel, alef forms, alef maqsura and taa marbuta', () => {
    expect(model.normalize('مُحَمَّد')).toBe('محمد');
    expect(model.normalize('جمـــيل')).toBe('جميل');
    expect(model.normalize('أإآ')).toBe('ااا');
    expect(model.normalize('على مدرسة؟')).toBe('علي مدرسه');
  });

  it('extracts padded character n-grams and the word', () => {
    // " من " -> 1-grams م ن; 2-grams " م", "من", "ن "; plus the word.
    expect([...model.features('من', 2).keys()].sort()).toEqual([' م', 'w:من', 'ن', 'ن ', 'م', 'من'].sort());
  });

  it('trains with dhow train run in seconds, better than chance, and the same bytes every time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dhow-example-'));
    const fake = await installFakeNvidiaSmi({ failure: 'no-devices' });
    const env = { DHOW_NVIDIA_SMI: fake.path, DHOW_CHECKPOINT_ROOT: join(dir, 'ckpt'), GITHUB_RUN_ID: '' };
    const command = `'${process.execPath}' '${join(example, 'train.mjs')}'`;
    const first = await dhow(['train', 'run', '--command', command, '--output-dir', 'a', '--json'], { cwd: dir, env });
    const second = await dhow(['train', 'run', '--command', command, '--output-dir', 'b', '--json'], { cwd: dir, env });
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout);
    const b = JSON.parse(second.stdout);
    expect(a.artifact.digest).toBe(b.artifact.digest);
    expect(a.durationSeconds).toBeLessThan(30);
    // Five balanced classes: chance is 0.2.
    expect(a.metrics.accuracy).toBeGreaterThan(0.4);
    expect(Object.keys(a.metrics).sort()).toEqual(['accuracy', 'f1/egyptian', 'f1/gulf', 'f1/levantine', 'f1/maghrebi', 'f1/msa', 'macro-f1']);
    const predictions = (await readFile(join(dir, 'a', 'predictions.jsonl'), 'utf8')).trim().split('\n');
    expect(predictions).toHaveLength(55);
  });

  describe('serve.mjs', () => {
    const server = spawn(process.execPath, [join(example, 'serve.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = new Promise<string>((resolve) => {
      createInterface({ input: server.stdout }).on('line', (line) => {
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
        if (match) resolve(match[1]!);
      });
    });
    afterAll(() => void server.kill('SIGTERM'));

    const post = async (path: string, body: string, type = 'application/json; charset=utf-8') =>
      fetch(`${await url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

    it('predicts a dialect with probabilities that sum to 1', async () => {
      const answer = (await (await post('/predict', JSON.stringify({ text: 'إزيك؟ عامل إيه النهارده؟' }))).json()) as {
        dialect: string;
        scores: Record<string, number>;
      };
      expect(Object.keys(answer.scores).sort()).toEqual(['egyptian', 'gulf', 'levantine', 'maghrebi', 'msa']);
      expect(Object.values(answer.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(answer.dialect).toBe('egyptian');
    });

    it('answers the KServe v1 protocol', async () => {
      const answer = (await (
        await post('/v1/models/arabic-dialect-id:predict', JSON.stringify({ instances: ['شو عم تعمل هلق؟', 'بغيت نمشي للسوق دابا'] }))
      ).json()) as {
        predictions: { dialect: string }[];
      };
      expect(answer.predictions.map((p) => p.dialect)).toEqual(['levantine', 'maghrebi']);
    });

    it('echoes Arabic with diacritics byte for byte, as JSON and raw', async () => {
      const text = 'بِسْمِ اللَّهِ الرَّحْمَٰنِ';
      expect(await (await post('/echo', JSON.stringify({ text }))).json()).toEqual({ text });
      const raw = await post('/echo', text, 'text/plain; charset=utf-8');
      expect(Buffer.from(await raw.arrayBuffer()).equals(Buffer.from(text, 'utf8'))).toBe(true);
    });

    it('refuses a body that is not JSON', async () => {
      expect((await post('/predict', '{oops')).status).toBe(400);
    });
  });
});
