import { describe, expect, it } from 'vitest';
import { disruptions, judge, observe, waitingKey, type JudgeSettings } from '../../src/train/kubernetes/classify.js';
import { parseTimestampNs } from '../../src/train/kubernetes/logs.js';
import { checkNodeRegion } from '../../src/train/kubernetes/residency.js';

const settings: JudgeSettings = { imagePullGraceMs: 300_000, queueWaitMs: 1_800_000, memory: '16Gi', activeDeadlineSeconds: 3600, backoffLimit: 2 };
const cond = (type: string, status: string, reason = '', message = '') => ({ type, status, reason, message });
const job = (status: object = {}, spec: object = {}, labels: Record<string, string> = {}) => ({ metadata: { name: 'j', labels }, spec, status });
const pod = (name: string, created: string, status: object, nodeName?: string) => ({
  metadata: { name, creationTimestamp: created },
  spec: nodeName ? { nodeName } : {},
  status,
});
const terminated = (exitCode: number, reason: string) => ({ containerStatuses: [{ state: { terminated: { exitCode, reason } } }] });

describe('what the Job shows', () => {
  it('is deleted when the Job is gone', () => {
    expect(observe(null, [])).toEqual({ kind: 'deleted' });
  });

  it('is queued while Kueue keeps the Job suspended', () => {
    const state = observe(
      job({ conditions: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended')] }, { suspend: true }, { 'kueue.x-k8s.io/queue-name': 'q' }),
      [],
    );
    expect(state).toEqual({ kind: 'queued', queue: 'q', message: 'Job suspended' });
  });

  it('is unschedulable with the newest autoscaler verdict', () => {
    const p = pod('p1', '2026-03-01T08:00:00Z', {
      phase: 'Pending',
      conditions: [cond('PodScheduled', 'False', 'Unschedulable', '0/2 nodes are available: 2 Insufficient nvidia.com/gpu.')],
    });
    const events = [
      { involvedObject: { name: 'p1' }, reason: 'NotTriggerScaleUp', message: 'no', lastTimestamp: '2026-03-01T08:00:01Z' },
      { involvedObject: { name: 'p1' }, reason: 'TriggeredScaleUp', message: 'yes', lastTimestamp: '2026-03-01T08:00:05Z' },
      { involvedObject: { name: 'other' }, reason: 'NotTriggerScaleUp', message: 'other pod', lastTimestamp: '2026-03-01T08:00:09Z' },
    ];
    expect(observe(job(), [p], events)).toEqual({
      kind: 'unschedulable',
      pod: 'p1',
      message: '0/2 nodes are available: 2 Insufficient nvidia.com/gpu.',
      autoscaler: { reason: 'TriggeredScaleUp', message: 'yes' },
    });
  });

  it.each(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName'])('sees an image pull problem (%s)', (reason) => {
    const p = pod('p1', '2026-03-01T08:00:00Z', { phase: 'Pending', containerStatuses: [{ state: { waiting: { reason, message: 'm' } } }] }, 'n1');
    expect(observe(job(), [p])).toEqual({ kind: 'image-pull', pod: 'p1', reason, message: 'm' });
  });

  it('follows the newest live pod after a preemption', () => {
    const old = pod('p1', '2026-03-01T08:00:00Z', { phase: 'Failed', conditions: [cond('DisruptionTarget', 'True', 'PreemptionByScheduler', 'preempted')] });
    const next = pod('p2', '2026-03-01T08:05:00Z', { phase: 'Running' }, 'n2');
    expect(observe(job(), [old, next])).toEqual({ kind: 'running', pod: 'p2', node: 'n2' });
    expect(disruptions([old, next])).toEqual([{ pod: 'p1', reason: 'PreemptionByScheduler', message: 'preempted' }]);
  });

  it('takes the last failed pod that was not disrupted as the failure to explain', () => {
    const preempted = pod('p2', '2026-03-01T08:05:00Z', { phase: 'Failed', conditions: [cond('DisruptionTarget', 'True', 'x')], ...terminated(137, 'Error') });
    const oom = pod('p1', '2026-03-01T08:00:00Z', { phase: 'Failed', ...terminated(137, 'OOMKilled') });
    const state = observe(job({ conditions: [cond('Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit')] }), [
      oom,
      preempted,
    ]);
    expect(state).toMatchObject({ kind: 'failed', reason: 'BackoffLimitExceeded', lastTermination: { pod: 'p1', exitCode: 137, reason: 'OOMKilled' } });
  });
});

describe('what it means', () => {
  it('tolerates an image pull error until the grace period passes', () => {
    const state = { kind: 'image-pull', pod: 'p1', reason: 'ImagePullBackOff', message: 'Back-off pulling image' } as const;
    expect(judge(state, 299_999, settings)).toMatchObject({ done: false });
    expect(judge(state, 300_000, settings)).toMatchObject({ done: true, ok: false, code: 'image-pull' });
  });

  it('waits for a node until the queue-wait limit', () => {
    const state = { kind: 'unschedulable', pod: 'p1', message: 'Insufficient nvidia.com/gpu' } as const;
    expect(judge(state, 1_799_999, settings)).toMatchObject({ done: false, waiting: true });
    expect(judge(state, 1_800_000, settings)).toMatchObject({ done: true, ok: false, code: 'unschedulable' });
  });

  it.each([
    ['BackoffLimitExceeded', { pod: 'p', exitCode: 1, reason: 'Error' }, 'backoff-limit-exceeded', 'backoffLimit 2'],
    ['BackoffLimitExceeded', { pod: 'p', exitCode: 137, reason: 'OOMKilled' }, 'oom-killed', 'OOMKilled at its 16Gi memory limit'],
    ['DeadlineExceeded', { pod: 'p', exitCode: 143, reason: 'Error' }, 'deadline-exceeded', 'activeDeadlineSeconds 3600'],
    ['PodFailurePolicy', { pod: 'p', exitCode: 3, reason: 'Error' }, 'pod-failure-policy', 'exited with code 3'],
  ])('explains %s (last pod %o) as %s', (reason, lastTermination, code, words) => {
    const verdict = judge({ kind: 'failed', reason, message: 'm', lastTermination }, 0, settings);
    expect(verdict).toMatchObject({ done: true, ok: false, code });
    expect((verdict as { message: string }).message).toContain(words);
  });

  it('keys waiting states by pod, so a new pod restarts the clock', () => {
    expect(waitingKey({ kind: 'image-pull', pod: 'a', reason: 'r', message: '' })).not.toBe(
      waitingKey({ kind: 'image-pull', pod: 'b', reason: 'r', message: '' }),
    );
    expect(waitingKey({ kind: 'running', pod: 'a' })).toBeNull();
  });
});

describe('residency after scheduling', () => {
  const node = (region?: string) => ({ metadata: { labels: region ? { 'topology.kubernetes.io/region': region } : {} } });
  it('accepts an allowed region, refuses another or a missing label', () => {
    expect(checkNodeRegion(node('me-central-1'), 'n', ['me-central-1'])).toEqual({ ok: true, region: 'me-central-1' });
    expect(checkNodeRegion(node('eu-west-1'), 'n', ['me-central-1'])).toMatchObject({ ok: false, region: 'eu-west-1' });
    expect(checkNodeRegion(node(), 'n', ['me-central-1'])).toMatchObject({ ok: false });
    expect(checkNodeRegion(node(), 'n', [])).toEqual({ ok: true, region: undefined });
  });
});

describe('log timestamps', () => {
  it('parses RFC3339 with trimmed nanoseconds exactly', () => {
    expect(parseTimestampNs('2026-03-01T08:00:00Z')).toBe(1_772_352_000_000_000_000n);
    expect(parseTimestampNs('2026-03-01T08:00:00.5Z')).toBe(1_772_352_000_500_000_000n);
    expect(parseTimestampNs('2026-03-01T08:00:00.000000001Z')).toBe(1_772_352_000_000_000_001n);
    expect(parseTimestampNs('2026-03-01T10:00:00+02:00')).toBe(1_772_352_000_000_000_000n);
    expect(parseTimestampNs('not a time')).toBeNull();
  });
});
