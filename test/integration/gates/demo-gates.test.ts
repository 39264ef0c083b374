import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gatesStep } from '../../../src/demo/gates.js';
import { runCliCaptured } from '../../../src/cli/captured.js';
import { runDemo } from '../../../src/demo/index.js';
import { introStep } from '../../../src/demo/step-intro.js';
import { promoteV1Step } from '../../../src/demo/step-promote-v1.js';
import { registerStep } from '../../../src/demo/step-register.js';
import { VersionRecord } from '../../../src/registry/schemas.js';

describe('the demo gates two candidates on the example model', () => {
  it('passes v4 with a gates field for its record, and refuses the baseline', async () => {
    const out = new PassThrough();
    let transcript = '';
    out.on('data', (c) => (transcript += c));
    const ctx = await runDemo({ out, run: runCliCaptured, color: false, steps: [introStep, registerStep, promoteV1Step, gatesStep] });

    const [passed, refused] = transcript.split('The v3 baseline trained earlier');
    // A busy machine can push the latency or memory gate over its threshold: the demo narrates that refusal
    // (narrateLoadedMachine) and goes on. Those two gates may then fail; every other gate must pass either way.
    const LOAD_GATES = ['latency-p99', 'memory'];
    const busy = passed!.includes("Refused, and not for the model's sake: this machine is busy");
    if (!busy) expect(passed).toContain('### dhow gates: ✅ passed');
    expect(passed).toContain('`arabic-dialect-id@v4` against `arabic-dialect-id@v1`, live in `production`');
    for (const gate of ['dialect-accuracy-gap', 'preprocessing-wer', 'arabic-mojibake', 'latency-p99', 'encoding-round-trip', 'memory', 'residency']) {
      const verdict = busy && LOAD_GATES.includes(gate) ? '(✅ pass|❌ fail)' : '✅ pass';
      expect(passed).toMatch(new RegExp(`\\| ${gate} \\| .* \\| ${verdict} \\|`));
    }
    expect(passed).toContain('xychart-beta');
    expect(refused).toMatch(/### dhow gates: ❌ refused: \d+ blocking gates/);
    expect(refused).toMatch(/\| accuracy \| `accuracy` \| 0\.\d+ \| ≥ 0\.85; \+0\.005 vs live \| 0\.912 \| ❌ fail \|/);
    expect(refused).toMatch(/\| residency \| `residency-violations` \| 2 \| .* ❌ fail \|/);
    const blockedBy = /dhow gate: refused: (.*) blocked the candidate/.exec(refused!)?.[1]?.split(', ') ?? [];
    expect(blockedBy).toEqual(expect.arrayContaining(['accuracy', 'residency']));
    expect(blockedBy.filter((gate) => !['accuracy', 'residency', ...LOAD_GATES].includes(gate))).toEqual([]);

    // The gates field drops into v4's version record as the registry validates it.
    const gates = JSON.parse(await readFile(join(ctx.workDir, 'v4-gates.json'), 'utf8'));
    const record = VersionRecord.parse({ ...parse(await readFile(join(ctx.workDir, 'v4.yaml'), 'utf8')), gates });
    expect(record.gates).toMatchObject({ verdict: busy ? 'fail' : 'pass', 'policy-digest': expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(record.gates!.summary.map((r) => r.gate)).toContain('latency-p99');

    // The report is dated by the demo clock ($DHOW_NOW) the gate command ran at, not by the machine's clock, so
    // the demo's files are the same however slowly it runs.
    const report = join(ctx.workDir, 'v4-report.json');
    const gateRun = ctx.commands.find((c) => c.argv[0] === 'gate' && c.argv.includes(report));
    expect(gateRun?.at).toMatch(/^2026-11-2\dT\d\d:\d\d:00Z$/);
    expect(new Date(JSON.parse(await readFile(report, 'utf8'))['generated-at']).toISOString()).toBe(new Date(gateRun!.at).toISOString());
  });
});
