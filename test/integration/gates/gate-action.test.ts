import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateReport, reportDigest } from '../../../src/gates/report.js';
import { runActionProcess } from '../../support/action.js';
import { draft, gateWorld, POLICY } from '../../support/gate-fixtures.js';

describe('gate action', () => {
  it('passes a good candidate: outputs, report file and job summary', async () => {
    const { registry, workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const run = await runActionProcess('gate', {
      cwd: workspace,
      inputs: { policy: 'gates.yaml', candidate: 'candidate.yaml', registry, environment: 'production', 'report-path': 'gate/report.json' },
    });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.blocked).toBe('false');
    expect(run.outputs.report).toBe(join(workspace, 'gate/report.json'));
    const text = await readFile(run.outputs.report!, 'utf8');
    expect(run.outputs['report-digest']).toBe(reportDigest(text));
    // The SHA-256 of the report file's bytes, computed here with node:crypto rather than by dhow.
    expect(run.outputs['report-digest']).toBe(
      `sha256:${createHash('sha256')
        .update(await readFile(run.outputs.report!))
        .digest('hex')}`,
    );
    expect(GateReport.parse(JSON.parse(text))['baseline-version']).toBe('1.4.0');
    const record = JSON.parse(run.outputs['record-gates']!);
    expect(record['report-digest']).toBe(run.outputs['report-digest']);
    expect(run.summary).toContain('### dhow gates: ✅ passed');
    expect(run.summary).toContain('| accuracy | `accuracy` | 0.9 | ≥ 0.8; +0.01 vs live | 0.86 | ✅ pass |');
    expect(run.summary).toContain('xychart-beta');
  });

  it('fails the step when a blocking gate fails, with the report still written and summarized', async () => {
    const { registry, workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY);
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.7 }));
    const run = await runActionProcess('gate', {
      cwd: workspace,
      inputs: { policy: 'gates.yaml', candidate: 'candidate.yaml', registry, environment: 'production' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatch(
      /^::error::gate: the candidate is refused by 1 blocking gate: accuracy \(0\.7 is not >= threshold 0\.8; 0\.7 is not >= 0\.87/,
    );
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.blocked).toBe('true');
    expect(existsSync(run.outputs.report!)).toBe(true);
    expect(run.summary).toContain('❌ refused: 1 blocking gate');
  });

  it('fails on a policy typo without writing a report or outputs', async () => {
    const { workspace } = await gateWorld();
    await writeFile(join(workspace, 'gates.yaml'), POLICY.replace('greater-is-better: true', 'greater-is-beter: true'));
    await writeFile(join(workspace, 'candidate.yaml'), draft('1.5.0', { accuracy: 0.9 }));
    const run = await runActionProcess('gate', { cwd: workspace, inputs: { policy: 'gates.yaml', candidate: 'candidate.yaml', 'report-path': 'report.json' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toContain(
      '::error::gate: gates.yaml:9, field "gates[0].greater-is-beter": unknown key "greater-is-beter" (did you mean "greater-is-better"?)',
    );
    expect(existsSync(join(workspace, 'report.json'))).toBe(false);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it('names the missing input', async () => {
    const run = await runActionProcess('gate', { inputs: { candidate: 'c.yaml' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toContain('input "policy" is required');
  });
});
