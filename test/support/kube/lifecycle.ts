/**
 * Scripted lifecycles for the fake API server: what the scheduler, the kubelet, the Job controller,
 * the cluster autoscaler and Kueue would do to a Job, step by step, in simulated time. A test writes
 * its story as an async function over a `JobPlay`:
 *
 *   fake.script = play(async (p) => {
 *     const pod = p.createPod();
 *     await p.sleep(5);
 *     p.schedule(pod, 'gpu-node-1');
 *     p.start(pod);
 *     p.log(pod, 'epoch 1 loss=0.41');
 *     p.succeed(pod, { terminationMessage: '{"metrics":{"accuracy":0.91}}' });
 *   });
 */
import { condition, FakeKube, JobDeletedError, type JobScript, type Kind, type Obj } from './server.js';
import { GeneratedLog } from './logs.js';

export class JobPlay {
  constructor(
    readonly kube: FakeKube,
    readonly job: Obj,
  ) {}

  get ns(): string {
    return this.job.metadata.namespace;
  }
  get name(): string {
    return this.job.metadata.name;
  }
  get alive(): boolean {
    return this.kube.get('Job', this.ns, this.name) !== undefined;
  }

  /** Sleeps for simulated seconds; throws JobDeletedError (ending the script quietly) if the Job is gone. */
  async sleep(simSeconds: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.kube.realMs(simSeconds)));
    if (!this.alive) throw new JobDeletedError('job deleted');
  }

  /**
   * Waits (in real time, however long a loaded machine needs) until dhow follows the pod's log and has been
   * sent every line so far: a state, so a story that then closes the stream closes one dhow is reading.
   */
  async logFollowedToEnd(pod: string): Promise<void> {
    while (!this.kube.hasCaughtUpLogStream(this.ns, pod)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (!this.alive) throw new JobDeletedError('job deleted');
    }
  }

  /** Waits until dhow watches every one of these kinds (it has listed them first). */
  async watched(...kinds: Kind[]): Promise<void> {
    while (!kinds.every((kind) => this.kube.watching(kind))) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (!this.alive) throw new JobDeletedError('job deleted');
    }
  }

  private pod(name: string, change: (p: Obj) => void): Obj {
    return this.kube.update('Pod', this.ns, name, change);
  }
  private setJob(change: (j: Obj) => void): Obj {
    return this.kube.update('Job', this.ns, this.name, change);
  }
  private now(): string {
    return this.kube.isoNow();
  }

  createPod(): string {
    return this.kube.createPod(this.kube.get('Job', this.ns, this.name) ?? this.job).metadata.name;
  }

  /** Kueue admits the Workload: the Job is unsuspended. */
  admit(): void {
    this.setJob((j) => {
      j.spec.suspend = false;
      j.status.conditions = (j.status.conditions ?? []).map((c: Obj) =>
        c.type === 'Suspended' ? condition('Suspended', 'False', 'JobResumed', 'Job resumed', this.now()) : c,
      );
      j.status.startTime = this.now();
    });
  }

  unschedulable(pod: string, message: string): void {
    this.pod(pod, (p) => {
      p.status.conditions = [condition('PodScheduled', 'False', 'Unschedulable', message, this.now())];
    });
    this.event(pod, 'FailedScheduling', message, 'Warning', 'default-scheduler');
  }

  event(pod: string, reason: string, message: string, type: 'Normal' | 'Warning' = 'Normal', component = 'cluster-autoscaler'): void {
    const object = this.kube.get('Pod', this.ns, pod);
    if (object) this.kube.addEvent(this.ns, object, reason, message, type, component);
  }

  schedule(pod: string, node: string): void {
    this.pod(pod, (p) => {
      p.spec.nodeName = node;
      p.status.conditions = [condition('PodScheduled', 'True', '', '', this.now())];
      p.status.containerStatuses = [containerStatus(p, { waiting: { reason: 'ContainerCreating' } })];
    });
    this.event(pod, 'Scheduled', `Successfully assigned ${this.ns}/${pod} to ${node}`, 'Normal', 'default-scheduler');
  }

  /** The image cannot be pulled: the pod stays Pending and the Job never fails by itself. */
  imagePullBackOff(pod: string, image: string): void {
    this.pod(pod, (p) => {
      p.status.containerStatuses = [containerStatus(p, { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } })];
    });
    this.event(
      pod,
      'Failed',
      `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to resolve reference "${image}": not found`,
      'Warning',
      'kubelet',
    );
  }

  start(pod: string): void {
    this.pod(pod, (p) => {
      p.status.phase = 'Running';
      p.status.startTime = this.now();
      p.status.conditions = [
        condition('PodScheduled', 'True', '', '', this.now()),
        condition('Initialized', 'True', '', '', this.now()),
        condition('ContainersReady', 'True', '', '', this.now()),
        condition('Ready', 'True', '', '', this.now()),
      ];
      p.status.containerStatuses = [containerStatus(p, { running: { startedAt: this.now() } }, true)];
    });
    this.setJob((j) => {
      j.status.ready = 1;
    });
  }

  log(pod: string, ...lines: string[]): void {
    const log = this.kube.logOf(this.ns, pod);
    if (!('append' in log)) throw new Error('this pod has a generated log');
    for (const line of lines) (log as unknown as { append(t: number, l: string): void }).append(this.kube.now(), line);
  }

  /** `total` lines at `rate` lines per simulated second, generated on demand. */
  generateLog(pod: string, rate: number, total: number, text?: (i: number) => string): GeneratedLog {
    const log = new GeneratedLog(this.kube.now(), rate, total, () => this.kube.now(), text);
    this.kube.setLog(this.ns, pod, log);
    return log;
  }

  closeLogStreams(pod: string): void {
    this.kube.closeLogStreams(this.ns, pod);
  }

  private terminate(pod: string, terminated: Obj, phase: 'Succeeded' | 'Failed', extraConditions: Obj[] = []): void {
    this.pod(pod, (p) => {
      const started = p.status.containerStatuses?.[0]?.state?.running?.startedAt ?? this.now();
      p.status.phase = phase;
      p.status.conditions = [
        ...extraConditions,
        condition('PodScheduled', 'True', '', '', this.now()),
        condition('Ready', 'False', 'PodCompleted', '', this.now()),
      ];
      p.status.containerStatuses = [containerStatus(p, { terminated: { startedAt: started, finishedAt: this.now(), ...terminated } })];
    });
    this.kube.logOf(this.ns, pod).finish();
    this.setJob((j) => {
      j.status.active = Math.max(0, (j.status.active ?? 1) - 1);
      j.status.ready = 0;
      if (phase === 'Failed' && extraConditions.length === 0) j.status.failed = (j.status.failed ?? 0) + 1;
    });
  }

  /** The container exits 0 and the Job completes. */
  succeed(pod: string, options: { terminationMessage?: string } = {}): void {
    this.terminate(pod, { exitCode: 0, reason: 'Completed', ...(options.terminationMessage ? { message: options.terminationMessage } : {}) }, 'Succeeded');
    this.setJob((j) => {
      j.status.succeeded = 1;
      j.status.completionTime = this.now();
      j.status.conditions = [
        ...(j.status.conditions ?? []),
        condition('SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', this.now()),
        condition('Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', this.now()),
      ];
    });
  }

  /** The container exits non-zero (the pod fails; the Job may retry). */
  fail(pod: string, exitCode: number, reason = 'Error', message?: string): void {
    this.terminate(pod, { exitCode, reason, ...(message ? { message } : {}) }, 'Failed');
  }

  oomKilled(pod: string): void {
    this.terminate(pod, { exitCode: 137, reason: 'OOMKilled' }, 'Failed');
  }

  /** The scheduler (or a spot reclaim) evicts the pod: DisruptionTarget, then the container is killed. */
  preempt(pod: string, reason = 'PreemptionByScheduler', message = 'Kube-scheduler: preempting to accommodate a higher priority pod'): void {
    this.pod(pod, (p) => {
      p.status.conditions = [...(p.status.conditions ?? []), condition('DisruptionTarget', 'True', reason, message, this.now())];
    });
    this.terminate(pod, { exitCode: 137, reason: 'Error' }, 'Failed', [condition('DisruptionTarget', 'True', reason, message, this.now())]);
  }

  /** The Job controller fails the Job (FailureTarget, then Failed). */
  failJob(reason: 'BackoffLimitExceeded' | 'DeadlineExceeded' | 'PodFailurePolicy', message: string): void {
    this.setJob((j) => {
      j.status.conditions = [
        ...(j.status.conditions ?? []),
        condition('FailureTarget', 'True', reason, message, this.now()),
        condition('Failed', 'True', reason, message, this.now()),
      ];
    });
  }

  /** Someone deletes the Job under dhow (kubectl delete job, a namespace cleanup). */
  deleteJob(): void {
    this.kube.deleteJobNow(this.ns, this.name, 'Background');
  }
}

function containerStatus(pod: Obj, state: Obj, ready = false): Obj {
  const c = pod.spec.containers[0];
  return { name: c.name, image: c.image, imageID: '', ready, restartCount: 0, started: Boolean(state.running), state };
}

/** Wraps a story into a JobScript for `fake.script`. */
export function play(story: (p: JobPlay) => Promise<void>): JobScript {
  return (job, kube) => story(new JobPlay(kube, job));
}
