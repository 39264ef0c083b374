/**
 * The evidence of a rollout step: the Markdown table a reviewer reads (in the request's sticky comment and
 * the job summary) and the JSON trailer that records it in the registry history. Expected cells are the
 * measurements given, written out by hand; bounds are worked out in the comments.
 */
import { describe, expect, it } from 'vitest';
import { RolloutPolicy, type RolloutState } from '../../src/registry/rollout-schemas.js';
import type { ReleaseFile } from '../../src/registry/schemas.js';
import { analysisTable, decodeStepEvidence, rolloutComment, showNumber, stepEvidence, summarySection } from '../../src/rollout/evidence.js';
import { planRolloutStep } from '../../src/rollout/plan.js';
import { rolloutCommit } from '../../src/rollout/release.js';

const T0 = '2026-11-22T10:00:00Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString().replace('.000Z', 'Z');

const policy = RolloutPolicy.parse({
  strategy: 'canary',
  steps: [
    { weight: 10, soak: '10m' },
    { weight: 50, soak: '10m' },
  ],
  analysis: [
    {
      name: 'error-rate',
      canary: 'e{version="{{version}}"}',
      samples: 'n{version="{{version}}"}',
      'min-samples': 100,
      direction: 'lower-is-better',
      threshold: 0.05,
      interval: '10m',
    },
    {
      name: 'agreement',
      canary: 'a{version="{{version}}"}',
      stable: 'a{version="{{version}}"}',
      direction: 'higher-is-better',
      tolerance: 0.1,
      interval: '10m',
    },
  ],
});

const rollout: RolloutState = {
  strategy: 'canary',
  stable: '1.3.0',
  canary: '1.4.0',
  weight: 10,
  step: 0,
  'started-at': T0,
  'step-started-at': T0,
  failures: {},
  inconclusive: {},
  'measured-at': {},
};
const release: ReleaseFile = {
  apiVersion: 'dhow.dev/v1',
  kind: 'Release',
  model: 'arabic-sentiment',
  environment: 'production',
  version: '1.4.0',
  digest: `sha256:${'b'.repeat(64)}`,
  holds: [],
  'promoted-by': 'noura',
  'promoted-at': T0,
  rollout,
};

/** The cells of each table row, keyed by check. */
function rows(markdown: string): Record<string, string[]> {
  return Object.fromEntries(
    markdown
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Check') && !l.startsWith('| ---'))
      .map((l) => {
        const [check, ...cells] = l.slice(2, -2).split(' | ');
        return [check!, cells];
      }),
  );
}

describe('the analysis table of a rollout step', () => {
  // At the end of the first soak: error ratio 0.012 over 640 requests (bound 0.05); agreement 0.83 against
  // the stable 0.9 with a 10% tolerance, a bound of 0.9 - 0.09 = 0.81, so both pass.
  const decision = planRolloutStep(
    release,
    {
      checks: [
        { check: 'error-rate', canary: 0.012, samples: 640 },
        { check: 'agreement', canary: 0.83, stable: 0.9 },
      ],
    },
    policy,
    at(600),
  );

  it('shows each check with its canary and stable numbers, the rule and bound, the verdict and the samples', () => {
    expect(decision.action).toBe('advance');
    const table = analysisTable(stepEvidence(rollout, decision, at(600)).checks);
    expect(table.split('\n')[0]).toBe('| Check | Canary | Stable | Comparison | Verdict | Samples |');
    expect(rows(table)).toEqual({
      'error-rate': ['0.012', '–', 'at most 0.05', '✅ pass', '640'],
      agreement: ['0.83', '0.9', 'at least stable - 10% (0.81)', '✅ pass', '–'],
    });
  });

  it('shows a failing and an inconclusive check as such, with the numbers that made them so', () => {
    // 0.2 > 0.05 fails; 0.7 < 0.81 fails too. Then 12 requests < 100: inconclusive.
    const failing = planRolloutStep(
      release,
      {
        checks: [
          { check: 'error-rate', canary: 0.2, samples: 640 },
          { check: 'agreement', canary: 0.7, stable: 0.9 },
        ],
      },
      policy,
      at(600),
    );
    expect(rows(analysisTable(stepEvidence(rollout, failing, at(600)).checks))).toEqual({
      'error-rate': ['0.2', '–', 'at most 0.05', '❌ fail', '640'],
      agreement: ['0.7', '0.9', 'at least stable - 10% (0.81)', '❌ fail', '–'],
    });
    const idle = planRolloutStep(release, { checks: [{ check: 'error-rate', canary: 0, samples: 12 }] }, policy, at(600));
    expect(rows(analysisTable(stepEvidence(rollout, idle, at(600)).checks))['error-rate']).toEqual(['0', '–', 'at most 0.05', '⚠️ inconclusive', '12']);
  });

  it('writes numbers without float noise and a dash for no number', () => {
    expect(showNumber(0.1 * 1.2)).toBe('0.12');
    expect(showNumber(null)).toBe('–');
    expect(showNumber(1234567)).toBe('1234570');
  });

  it('records the step in its commit as a one-line JSON trailer that reads back the same', () => {
    const commit = rolloutCommit(release, decision, { by: 'dhow-rollout', at: at(600) })!;
    const trailer = commit.trailers['Dhow-Rollout-Analysis']!;
    expect(trailer).not.toContain('\n');
    const back = decodeStepEvidence(trailer, 'a'.repeat(40))!;
    expect(back).toMatchObject({ step: 1, weight: 10, action: 'advance', at: at(600), commit: 'a'.repeat(40) });
    expect(back.checks.map((c) => [c.check, c.canary, c.stable, c.samples, c.verdict])).toEqual([
      ['error-rate', 0.012, null, 640, 'pass'],
      ['agreement', 0.83, 0.9, null, 'pass'],
    ]);
    expect(back.checks[1]!.limit).toBeCloseTo(0.81, 12);
  });

  it('reads a hand-written or broken trailer as nothing', () => {
    expect(decodeStepEvidence(undefined)).toBeUndefined();
    expect(decodeStepEvidence('looks fine to me')).toBeUndefined();
    expect(decodeStepEvidence('{"step":"one"}')).toBeUndefined();
  });

  it('gives a commit without measurements no analysis trailer', () => {
    const commit = rolloutCommit(release, { action: 'promote', reasons: ['by hand'], outcomes: [] }, { by: 'noura', at: at(600) })!;
    expect(commit.trailers).not.toHaveProperty('Dhow-Rollout-Analysis');
  });

  it('keeps a pipe in a reason from breaking the summary, and lists every step in the sticky comment', () => {
    const evidence = stepEvidence(rollout, decision, at(600));
    const summary = summarySection({ model: 'arabic-sentiment', environment: 'production', reasons: ['a | b'], evidence });
    expect(summary).toContain('- a \\| b');
    expect(rows(summary)['error-rate']).toEqual(['0.012', '–', 'at most 0.05', '✅ pass', '640']);
    const comment = rolloutComment({
      model: 'arabic-sentiment',
      environment: 'production',
      canary: '1.4.0',
      stable: '1.3.0',
      steps: [
        { ...evidence, commit: 'c'.repeat(40) },
        { ...evidence, step: 2, weight: 50, action: 'promote', at: at(1200) },
      ],
    });
    expect(comment).toMatch(
      /#### Step 1 \(10% of traffic\), 2026-11-22T10:10:00Z: advance \(ccccccc\)[^]*#### Step 2 \(50% of traffic\), 2026-11-22T10:20:00Z: promote/,
    );
  });
});
