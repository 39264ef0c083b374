/** The demo on a loaded machine: a refusal by a latency or memory gate is narrated, any other stops it cleanly. */
import { describe, expect, it } from 'vitest';
import { narrateLoadedMachine } from '../../src/demo/gates.js';
import type { DemoContext } from '../../src/demo/context.js';
import { DhowError } from '../../src/errors.js';
import type { GateReport, GateResult } from '../../src/gates/report.js';

function gate(
  name: string,
  source: GateResult['source'],
  verdict: GateResult['verdict'],
  value: number | null,
  threshold: number | null,
  reasons: string[] = [],
): GateResult {
  return {
    name,
    metric: name,
    source,
    severity: 'block',
    verdict,
    blocking: verdict === 'fail' || verdict === 'inconclusive',
    value,
    threshold,
    'min-absolute-change': null,
    'min-relative-change': null,
    'greater-is-better': false,
    baseline: null,
    samples: null,
    'min-samples': null,
    reasons,
    details: {},
  };
}

function report(gates: GateResult[]): GateReport {
  return {
    apiVersion: 'dhow.dev/v1',
    kind: 'GateReport',
    verdict: 'fail',
    blocked: true,
    'policy-digest': `sha256:${'0'.repeat(64)}`,
    'policy-files': ['gates.yaml'],
    candidate: { file: 'v4.yaml', model: 'arabic-dialect-id', version: 'v4' },
    environment: 'production',
    'baseline-version': 'v2',
    'generated-at': '2026-11-22T08:00:00Z',
    gates,
  };
}

function recorder() {
  const said: string[] = [];
  return { ctx: { narrate: (text: string) => said.push(text) } as unknown as DemoContext, said };
}

describe('the demo gate step on a loaded machine', () => {
  it('narrates a refusal by the latency gate (p99 798 ms against 500 ms) and goes on', () => {
    const { ctx, said } = recorder();
    narrateLoadedMachine(
      ctx,
      report([gate('accuracy', 'candidate', 'pass', 0.93, 0.85), gate('latency-p99', 'latency', 'fail', 798.4, 500, ['p99 798.4 above 500'])]),
    );
    expect(said.join('')).toContain('this machine is busy (latency-p99 measured 798 against 500)');
  });

  it('stops with a DhowError naming the gates when the model itself failed', () => {
    const { ctx, said } = recorder();
    let thrown: unknown;
    try {
      narrateLoadedMachine(
        ctx,
        report([gate('accuracy', 'candidate', 'fail', 0.5, 0.85, ['0.5 below 0.85']), gate('latency-p99', 'latency', 'fail', 900, 500)]),
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DhowError);
    expect((thrown as DhowError).code).toBe('gate-failed');
    expect((thrown as DhowError).reasons).toEqual(['accuracy: 0.5 below 0.85']);
    expect(said).toEqual([]);
  });
});
