import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateReport } from '../../../src/gates/report.js';
import { VersionRecord } from '../../../src/registry/schemas.js';
import { dhow } from '../../support/cli.js';
import { draft, gateWorld, POLICY } from '../../support/gate-fixtures.js';

describe('dhow gate', () => {
  it('passes a candidate better than production, and writes the report, the Markdown and the record field', async () => {
    const { registry, workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const run = await dhow(
      [
        'gate',
        '--policy',
        'gates.yaml',
        '--candidate',
        'candidate.yaml',
        '--registry',
        registry,
        '--environment',
        'production',
        '--report',
        'out/report.json',
        '--markdown',
        'out/report.md',
        '--record',
        'out/gates.json',
      ],
      { cwd: workspace },
    );
    expect(run.stderr).not.toContain('refused');
    expect(run.code).toBe(0);
    const report = GateReport.parse(JSON.parse(await readFile(join(workspace, 'out/report.json'), 'utf8')));
    expect(report).toMatchObject({ verdict: 'pass', blocked: false, environment: 'production', 'baseline-version': '1.4.0' });
    const byName = Object.fromEntries(report.gates.map((g) => [g.name, g]));
    // accuracy 0.9 >= 0.8 and >= 0.86 + 0.01
    expect(byName.accuracy).toMatchObject({ verdict: 'pass', value: 0.9, baseline: 0.86 });
    expect(byName['dialect-parity']).toMatchObject({ value: 0.25, samples: 8, verdict: 'pass' });
    expect(byName['equalized-odds']).toMatchObject({ value: 0.5, verdict: 'pass' });
    expect(byName.wer!.value).toBeCloseTo(1 / 7, 12);
    expect(byName.wer!.samples).toBe(2);
    expect(byName.mojibake).toMatchObject({ value: 0, verdict: 'pass' });
    // p99 of 1..100 is 99; the live version's own latency-p99 gate recorded 120
    expect(byName['latency-p99']).toMatchObject({ value: 99, baseline: 120, samples: 100, verdict: 'pass' });
    expect(byName.residency).toMatchObject({ value: 0, verdict: 'pass' });
    expect(run.stdout).toBe(await readFile(join(workspace, 'out/report.md'), 'utf8'));
    expect(run.stdout).toContain('### dhow gates: ✅ passed');
    const record = JSON.parse(await readFile(join(workspace, 'out/gates.json'), 'utf8'));
    expect(record['policy-digest']).toBe(report['policy-digest']);
    expect(record.summary).toHaveLength(7);
    // the field drops into the version record as the registry validates it
    VersionRecord.parse({ ...(await import('yaml')).parse(draft('1.5.0', { accuracy: 0.9 })), gates: record });
  });

  it('gates on the newer Arabic checks: tatweel in outputs and the share of presentation forms', async () => {
    const { registry, workspace } = await gateWorld();
    // Two lines: the first hypothesis "كتـــاب" carries tatweel (one line fires); "ﻛﺘﺎﺏ" is four presentation-form
    // letters (U+FEDB U+FE98 U+FE8E U+FE8F) among 13 letters in the file: a share well over the 0.1 threshold.
    await writeFile(
      join(workspace, 'outputs.jsonl'),
      `${JSON.stringify({ reference: 'كتاب', hypothesis: 'كتـــاب' })}\n${JSON.stringify({ reference: 'ب', hypothesis: 'ﻛﺘﺎﺏ' })}\n`,
    );
    await writeFile(
      join(workspace, 'gates.yaml'),
      `apiVersion: dhow.dev/v1\nkind: GatePolicy\ngates:\n  - name: tatweel\n    metric: tatweel\n    source: { kind: arabic-data, input: outputs.jsonl }\n    threshold: 0\n    greater-is-better: false\n  - name: presentation-forms\n    metric: presentation_form_share\n    source: { kind: arabic-data, input: outputs.jsonl }\n    threshold: 0.1\n    greater-is-better: false\n`,
    );
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const run = await dhow(
      ['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'production', '--report', 'report.json'],
      { cwd: workspace },
    );
    expect(run.code).toBe(1);
    const report = GateReport.parse(JSON.parse(await readFile(join(workspace, 'report.json'), 'utf8')));
    const byName = Object.fromEntries(report.gates.map((g) => [g.name, g]));
    expect(byName.tatweel).toMatchObject({ value: 1, verdict: 'fail' });
    expect(byName['presentation-forms']!.verdict).toBe('fail');
    expect(byName['presentation-forms']!.value).toBeGreaterThan(0.1);
  });

  it('refuses a candidate that regresses against the version live in production (exit 1)', async () => {
    const { registry, workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    // 0.865 clears the 0.8 threshold but not 0.86 + 0.01 = 0.87
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.865 }));
    const run = await dhow(
      ['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'production', '--json'],
      {
        cwd: workspace,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dhow gate: refused: accuracy blocked the candidate');
    const report = GateReport.parse(JSON.parse(run.stdout));
    expect(report.verdict).toBe('fail');
    expect(report.gates.find((g) => g.name === 'accuracy')!.reasons).toEqual(['0.865 is not >= 0.87 (live 1.4.0: 0.86 + 0.01)']);
  });

  it('applies the environment override from dhow.yaml', async () => {
    const stricter = POLICY.replace('threshold: 250', 'threshold: 90')
      .replace(/^gates:\n[\s\S]*?(  - name: latency-p99)/m, 'gates:\n$1')
      .replace(/  - name: residency[\s\S]*$/, '');
    const { registry, workspace } = await gateWorld({ productionPolicy: stricter });
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const run = await dhow(
      ['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'production', '--json'],
      {
        cwd: workspace,
      },
    );
    const report = GateReport.parse(JSON.parse(run.stdout));
    expect(report['policy-files']).toEqual(['gates.yaml', `${registry}:policies/production-gates.yaml`]);
    expect(report.gates.find((g) => g.name === 'latency-p99')).toMatchObject({ threshold: 90, verdict: 'fail' });
    expect(run.code).toBe(1);
    // without the environment, the base policy alone: p99 99 <= 250
    const staging = await dhow(
      ['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'staging', '--json'],
      { cwd: workspace },
    );
    expect(staging.code).toBe(0);
    expect(GateReport.parse(JSON.parse(staging.stdout))['baseline-version']).toBeNull();
  });

  it("lays the model's override under the environment's, and lets an override switch a gate off", async () => {
    const header = 'apiVersion: dhow.dev/v1\nkind: GatePolicy\ngates:\n';
    const latency = (threshold: number) =>
      `  - name: latency-p99\n    metric: p99\n    source: { kind: latency, file: latencies.txt }\n    threshold: ${threshold}\n    greater-is-better: false\n`;
    const modelPolicy = `${header}${latency(50)}  - name: residency\n    metric: residency-violations\n    source: { kind: residency }\n    enabled: false\n`;
    const { registry, workspace } = await gateWorld({ modelPolicy, productionPolicy: `${header}${latency(200)}` });
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const production = await dhow(
      ['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'production', '--json'],
      { cwd: workspace },
    );
    const report = GateReport.parse(JSON.parse(production.stdout));
    expect(report['policy-files']).toEqual(['gates.yaml', `${registry}:policies/dialect-id-gates.yaml`, `${registry}:policies/production-gates.yaml`]);
    expect(report.gates.map((g) => g.name)).not.toContain('residency');
    expect(report.gates.find((g) => g.name === 'latency-p99')).toMatchObject({ threshold: 200, value: 99, verdict: 'pass' });
    expect(production.code).toBe(0);
    // staging has no override of its own: the model's 50 ms applies and p99 = 99 fails it
    const staging = await dhow(
      ['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'staging', '--json'],
      { cwd: workspace },
    );
    expect(GateReport.parse(JSON.parse(staging.stdout)).gates.find((g) => g.name === 'latency-p99')).toMatchObject({ threshold: 50, verdict: 'fail' });
    expect(staging.code).toBe(1);
  });

  it('fails residency for an artifact in a bucket the registry cannot place', async () => {
    const { registry, workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(
      join(workspace, 'candidate.yaml'),
      draft('1.5.0', { accuracy: 0.9 }, { artifact: { uri: 's3://scratch-bucket/model.onnx', digest: `sha256:${'2'.repeat(64)}` } }),
    );
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'production'], {
      cwd: workspace,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /\| residency \| `residency-violations` \| 1 \| ≤ 0 \| – \| ❌ fail \| .*s3:\/\/scratch-bucket\/model\.onnx: no residency location covers it/,
    );
  });

  it('writes nothing on a policy typo, and names the file, key and line', async () => {
    const { workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY.replace('min-samples: 50', 'min-sample: 50'));
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--report', 'report.json', '--markdown', 'report.md'], {
      cwd: workspace,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dhow gate: gates.yaml:36, field "gates[5].min-sample": unknown key "min-sample" (did you mean "min-samples"?)');
    expect(existsSync(join(workspace, 'report.json'))).toBe(false);
    expect(existsSync(join(workspace, 'report.md'))).toBe(false);
  });

  it('writes nothing when the candidate lacks a metric the policy gates on', async () => {
    const { workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ acurracy: 0.9 }));
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json', '--report', 'report.json'], { cwd: workspace });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('field "gates[name=accuracy].metric": the candidate candidate.json has no metric "accuracy" (did you mean "acurracy"?)');
    expect(existsSync(join(workspace, 'report.json'))).toBe(false);
  });

  it('writes nothing when a fairness column is missing, and names the file', async () => {
    const { workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY.replaceAll('group: dialect', 'group: region'));
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ accuracy: 0.9 }));
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json', '--report', 'report.json'], { cwd: workspace });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/predictions\.csv.*region/);
    expect(run.stderr).toContain('dhow gate: gate "dialect-parity" (source fairness): ');
    expect(existsSync(join(workspace, 'report.json'))).toBe(false);
  });

  it('names the policy key and the policy file that gave a missing fairness column (not a CLI flag)', async () => {
    const { workspace } = await gateWorld();
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ accuracy: 0.9 }));
    for (const [from, to, key] of [
      ['label: label', 'label: truth', 'source.label'],
      ['prediction: prediction', 'prediction: predicted', 'source.prediction'],
      ['group: dialect', 'group: region', 'source.group'],
    ] as const) {
      await writeFile(join(workspace, 'gates.yaml'), POLICY.replaceAll(from, to));
      const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json', '--report', 'report.json'], { cwd: workspace });
      expect(run.code).toBe(1);
      const column = to.split(': ')[1];
      expect(run.stderr).toContain(`no column "${column}" (given by ${key} in gates.yaml); the columns are`);
      expect(run.stderr).not.toContain('given by --');
      expect(existsSync(join(workspace, 'report.json'))).toBe(false);
    }
  });

  it('names the policy key of a positive label that is not one of the labels (not --positive-label)', async () => {
    const { workspace } = await gateWorld();
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ accuracy: 0.9 }));
    await writeFile(join(workspace, 'gates.yaml'), POLICY.replaceAll('positive-label: 1', 'positive-label: 7'));
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json', '--report', 'report.json'], { cwd: workspace });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('source.positive-label in gates.yaml "7" is not one of the labels');
    expect(run.stderr).not.toContain('--positive-label');
    expect(existsSync(join(workspace, 'report.json'))).toBe(false);
  });

  it('writes nothing when an input file is broken (invalid UTF-8 in the JSONL)', async () => {
    const { workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ accuracy: 0.9 }));
    await writeFile(
      join(workspace, 'transcripts.jsonl'),
      Buffer.concat([Buffer.from('{"hypothesis":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","reference":"x"}\n')]),
    );
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.json', '--report', 'report.json'], { cwd: workspace });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^dhow gate: gate "wer" \(source text\): \S*transcripts\.jsonl:1/);
    expect(existsSync(join(workspace, 'report.json'))).toBe(false);
  });

  it('names an unknown environment, and asks for a registry with --environment', async () => {
    const { registry, workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const run = await dhow(['gate', '--policy', 'gates.yaml', '--candidate', 'candidate.yaml', '--registry', registry, '--environment', 'prod'], {
      cwd: workspace,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('environment "prod" is not in dhow.yaml (it has staging, production)');
    expect((await dhow(['gate', '--policy', 'gates.yaml'], { cwd: workspace })).code).toBe(2);
  });
});
