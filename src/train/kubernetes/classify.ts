/**
 * What state a training Job is in, and what that means, in words. Pure: it reads the Job, its pods and
 * recent events (plain JSON as the API server sends them) and never talks to the cluster.
 *
 * `observe` says what the objects show; `judge` adds time: how long a waiting state may last (an image that
 * cannot be pulled never fails the Job by itself, so dhow gives it a grace period; a queue has a wait limit).
 */
import type { KubeObject } from './client.js';

export type JobState =
  | { kind: 'succeeded'; pod?: KubeObject }
  | { kind: 'failed'; reason: string; message: string; lastTermination?: Termination }
  | { kind: 'deleted' }
  | { kind: 'queued'; queue?: string; message: string }
  | { kind: 'unschedulable'; pod: string; message: string; autoscaler?: { reason: string; message: string } }
  | { kind: 'image-pull'; pod: string; reason: string; message: string }
  | { kind: 'starting'; pod?: string }
  | { kind: 'running'; pod: string; node?: string };

export interface Termination {
  pod: string;
  exitCode?: number;
  reason?: string;
  message?: string;
}

export interface Disruption {
  pod: string;
  reason: string;
  message: string;
}

const IMAGE_PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);

function condition(object: KubeObject | undefined, type: string): KubeObject | undefined {
  return (object?.status?.conditions as KubeObject[] | undefined)?.find((c) => c.type === type);
}

function isTrue(object: KubeObject | undefined, type: string): boolean {
  return condition(object, type)?.status === 'True';
}

function byCreation(a: KubeObject, b: KubeObject): number {
  const ta = String(a.metadata?.creationTimestamp ?? '');
  const tb = String(b.metadata?.creationTimestamp ?? '');
  return ta === tb ? String(a.metadata?.name).localeCompare(String(b.metadata?.name)) : ta.localeCompare(tb);
}

export function containerTermination(pod: KubeObject): Termination | undefined {
  const t = pod.status?.containerStatuses?.[0]?.state?.terminated;
  if (!t) return undefined;
  return { pod: pod.metadata?.name, exitCode: t.exitCode, reason: t.reason, message: t.message };
}

/** Pods the cluster disrupted (preemption, eviction, node shutdown): not the training's failure. */
export function disruptions(pods: KubeObject[]): Disruption[] {
  return pods
    .filter((p) => isTrue(p, 'DisruptionTarget'))
    .map((p) => {
      const c = condition(p, 'DisruptionTarget')!;
      return { pod: p.metadata.name, reason: c.reason ?? 'Disrupted', message: c.message ?? '' };
    });
}

/** The newest autoscaler verdict on a pod: TriggeredScaleUp or NotTriggerScaleUp. */
function autoscalerVerdict(events: KubeObject[], pod: string): { reason: string; message: string } | undefined {
  const relevant = events
    .filter((e) => e.involvedObject?.name === pod && (e.reason === 'TriggeredScaleUp' || e.reason === 'NotTriggerScaleUp'))
    .sort((a, b) => String(a.lastTimestamp ?? a.eventTime ?? '').localeCompare(String(b.lastTimestamp ?? b.eventTime ?? '')));
  const last = relevant.at(-1);
  return last ? { reason: last.reason, message: last.message ?? '' } : undefined;
}

export function observe(job: KubeObject | null, pods: KubeObject[], events: KubeObject[] = []): JobState {
  if (job === null) return { kind: 'deleted' };
  const sorted = [...pods].sort(byCreation);
  if (isTrue(job, 'Complete')) {
    return { kind: 'succeeded', pod: [...sorted].reverse().find((p) => p.status?.phase === 'Succeeded') };
  }
  const failed =
    condition(job, 'Failed')?.status === 'True' ? condition(job, 'Failed') : isTrue(job, 'FailureTarget') ? condition(job, 'FailureTarget') : undefined;
  if (failed) {
    const lastFailed = [...sorted].reverse().find((p) => p.status?.phase === 'Failed' && !isTrue(p, 'DisruptionTarget'));
    return {
      kind: 'failed',
      reason: failed.reason ?? 'Failed',
      message: failed.message ?? '',
      lastTermination: lastFailed ? containerTermination(lastFailed) : undefined,
    };
  }
  if (job.spec?.suspend === true) {
    return { kind: 'queued', queue: job.metadata?.labels?.['kueue.x-k8s.io/queue-name'], message: condition(job, 'Suspended')?.message ?? 'Job suspended' };
  }
  const live = sorted.filter((p) => p.status?.phase === 'Pending' || p.status?.phase === 'Running');
  const current = live.at(-1);
  if (!current) return { kind: 'starting' };
  const name = current.metadata.name as string;
  if (current.status?.phase === 'Running') return { kind: 'running', pod: name, node: current.spec?.nodeName };
  const scheduled = condition(current, 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    return { kind: 'unschedulable', pod: name, message: scheduled.message ?? '', autoscaler: autoscalerVerdict(events, name) };
  }
  const waiting = current.status?.containerStatuses?.[0]?.state?.waiting;
  if (waiting && IMAGE_PULL_REASONS.has(waiting.reason)) {
    return { kind: 'image-pull', pod: name, reason: waiting.reason, message: waiting.message ?? '' };
  }
  return { kind: 'starting', pod: name };
}

export interface JudgeSettings {
  imagePullGraceMs: number;
  queueWaitMs: number;
  memory?: string;
  activeDeadlineSeconds?: number;
  backoffLimit?: number;
}

export type Verdict =
  | { done: false; waiting: boolean; message: string }
  | { done: true; ok: true; message: string }
  | { done: true; ok: false; code: FailureCode; message: string; reasons: string[] };

export type FailureCode =
  | 'image-pull'
  | 'unschedulable'
  | 'queue-timeout'
  | 'start-timeout'
  | 'oom-killed'
  | 'deadline-exceeded'
  | 'backoff-limit-exceeded'
  | 'pod-failure-policy'
  | 'job-deleted'
  | 'failed';

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function describeTermination(t: Termination | undefined): string {
  if (!t) return 'no pod left a termination record';
  const parts = [`pod ${t.pod} exited with code ${t.exitCode ?? 'unknown'}`];
  if (t.reason && t.reason !== 'Error') parts.push(`(${t.reason})`);
  return parts.join(' ');
}

function scaleUpWords(state: Extract<JobState, { kind: 'unschedulable' }>): string {
  if (!state.autoscaler) return 'no cluster-autoscaler event yet';
  return state.autoscaler.reason === 'TriggeredScaleUp'
    ? `the cluster autoscaler is adding a node (${state.autoscaler.message})`
    : `the cluster autoscaler cannot add a node (${state.autoscaler.message})`;
}

/** The verdict on a state that has lasted `waitedMs` (measured by the caller, who tracks when the state began). */
export function judge(state: JobState, waitedMs: number, settings: JudgeSettings): Verdict {
  switch (state.kind) {
    case 'succeeded':
      return { done: true, ok: true, message: 'the training Job completed' };
    case 'deleted':
      return {
        done: true,
        ok: false,
        code: 'job-deleted',
        message: 'the Job was deleted while dhow was waiting for it (by a person, a namespace cleanup or a TTL controller)',
        reasons: [],
      };
    case 'failed':
      return judgeFailure(state, settings);
    case 'queued':
      if (waitedMs >= settings.queueWaitMs) {
        return {
          done: true,
          ok: false,
          code: 'queue-timeout',
          message: `Kueue did not admit the Job within ${seconds(settings.queueWaitMs)}${state.queue ? ` (queue "${state.queue}")` : ''}: the queue's quota is taken; try later or raise the queue-wait limit`,
          reasons: [],
        };
      }
      return {
        done: false,
        waiting: true,
        message: `waiting for Kueue to admit the Job${state.queue ? ` from queue "${state.queue}"` : ''} (${state.message})`,
      };
    case 'unschedulable':
      if (waitedMs >= settings.queueWaitMs) {
        return {
          done: true,
          ok: false,
          code: 'unschedulable',
          message: `no node could take pod ${state.pod} for ${seconds(settings.queueWaitMs)}: ${state.message}; ${scaleUpWords(state)}`,
          reasons: [],
        };
      }
      return { done: false, waiting: true, message: `pod ${state.pod} is waiting for a GPU node: ${state.message}; ${scaleUpWords(state)}` };
    case 'image-pull':
      if (waitedMs >= settings.imagePullGraceMs) {
        return {
          done: true,
          ok: false,
          code: 'image-pull',
          message: `the image cannot be pulled (${state.reason}: ${state.message || 'no detail'}) for ${seconds(settings.imagePullGraceMs)}; check the image digest and the namespace's image pull secret`,
          reasons: [],
        };
      }
      return { done: false, waiting: true, message: `pod ${state.pod} cannot pull its image yet (${state.reason}); retrying` };
    case 'starting':
      if (waitedMs >= settings.queueWaitMs) {
        return {
          done: true,
          ok: false,
          code: 'start-timeout',
          message: state.pod
            ? `pod ${state.pod} did not start within ${seconds(settings.queueWaitMs)} (its container is still being created: check volumes, secrets and the node)`
            : `the Job controller created no pod within ${seconds(settings.queueWaitMs)} (check the namespace's quotas and admission webhooks)`,
          reasons: [],
        };
      }
      return { done: false, waiting: true, message: state.pod ? `pod ${state.pod} is starting` : 'waiting for the Job controller to create a pod' };
    case 'running':
      return { done: false, waiting: false, message: `pod ${state.pod} is running${state.node ? ` on node ${state.node}` : ''}` };
  }
}

function judgeFailure(state: Extract<JobState, { kind: 'failed' }>, settings: JudgeSettings): Verdict {
  const t = state.lastTermination;
  const reasons = [state.message ? `Job condition: ${state.reason}: ${state.message}` : `Job condition: ${state.reason}`, describeTermination(t)];
  const oom = t?.reason === 'OOMKilled';
  if (oom && state.reason !== 'DeadlineExceeded') {
    return {
      done: true,
      ok: false,
      code: 'oom-killed',
      message: `the training ran out of memory: pod ${t!.pod} was OOMKilled${settings.memory ? ` at its ${settings.memory} memory limit` : ''}; raise the memory limit or lower the batch size`,
      reasons,
    };
  }
  switch (state.reason) {
    case 'DeadlineExceeded':
      return {
        done: true,
        ok: false,
        code: 'deadline-exceeded',
        message: `the Job ran longer than its deadline${settings.activeDeadlineSeconds ? ` (activeDeadlineSeconds ${settings.activeDeadlineSeconds})` : ''} and Kubernetes stopped it`,
        reasons,
      };
    case 'BackoffLimitExceeded':
      return {
        done: true,
        ok: false,
        code: 'backoff-limit-exceeded',
        message: `the training failed more times than the Job allows${settings.backoffLimit !== undefined ? ` (backoffLimit ${settings.backoffLimit})` : ''}; last: ${describeTermination(t)}`,
        reasons,
      };
    case 'PodFailurePolicy':
      return {
        done: true,
        ok: false,
        code: 'pod-failure-policy',
        message: `the training exited with code ${t?.exitCode ?? 'unknown'}, which the policy marks as not worth retrying, so the Job failed at once`,
        reasons,
      };
    default:
      return { done: true, ok: false, code: 'failed', message: `the Job failed (${state.reason}${state.message ? `: ${state.message}` : ''})`, reasons };
  }
}

/** A key that changes whenever the waiting state changes, so the caller can time how long it lasted. */
export function waitingKey(state: JobState): string | null {
  switch (state.kind) {
    case 'queued':
      return 'queued';
    case 'unschedulable':
      return `unschedulable/${state.pod}`;
    case 'image-pull':
      return `image-pull/${state.pod}`;
    case 'starting':
      return `starting/${state.pod ?? ''}`;
    default:
      return null;
  }
}
