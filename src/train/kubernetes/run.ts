/**
 * One training Job, start to finish: renders the Job, creates it (or re-attaches on 409), waits with list + watch
 * (and a slow status poll as a safety net), streams the training log across preemptions, checks residency
 * once the pod is placed, classifies the outcome in words, collects metrics and the artifact the Job reports,
 * and deletes the Job unless told to keep it.
 */
import { z } from 'zod';
import { DhowError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { Digest } from '../../registry/schemas.js';
import { MetricName } from '../outputs.js';
import { judge, observe, waitingKey, disruptions, type Disruption, type JudgeSettings } from './classify.js';
import { httpStatus, apiMessage, KubeApi, loadKubeConfig, type KubeObject } from './client.js';
import { ARTIFACT_MARKER, LogFollower, METRICS_MARKER } from './logs.js';
import {
  CONTAINER_NAME,
  JOB_NAME_LABEL,
  LABEL_REPOSITORY_HASH,
  LABEL_RUN_ATTEMPT,
  LABEL_RUN_ID,
  jobName,
  parseJobInputs,
  renderJob,
  type KubernetesJobInputs,
} from './render.js';
import { checkNodeRegion } from './residency.js';
import { ResourceWatch } from './watch.js';

export interface KubernetesTiming {
  /** Safety-net status poll of the Job, on top of the watch. */
  pollIntervalMs: number;
  /** How long an image may fail to pull before dhow gives up (the Job never fails by itself). */
  imagePullGraceMs: number;
  /** How long a pod may wait for a node, or a Job for Kueue admission. */
  queueWaitMs: number;
  /** Sent as the watch's timeoutSeconds: the server ends each watch after this long and dhow resumes. */
  watchTimeoutSeconds: number;
  /** A watch connection silent for this long is presumed dead. */
  watchInactivityMs: number;
  /** Pause before reconnecting a broken watch or log stream. */
  retryDelayMs: number;
  /** How long to wait for the last log lines once the Job has finished. */
  logDrainMs: number;
  /** Autoscaler events are listed at most this often while a pod is unschedulable. */
  eventsIntervalMs: number;
  /** How often the waiting state is re-evaluated (no requests). */
  tickMs: number;
}

export const DEFAULT_TIMING: KubernetesTiming = {
  pollIntervalMs: 60_000,
  imagePullGraceMs: 5 * 60_000,
  queueWaitMs: 30 * 60_000,
  watchTimeoutSeconds: 300,
  watchInactivityMs: 330_000,
  retryDelayMs: 1000,
  logDrainMs: 15_000,
  eventsIntervalMs: 60_000,
  tickMs: 250,
};

export interface KubernetesTrainingOptions {
  job: KubernetesJobInputs;
  /** Kubeconfig YAML (masked by the action before it gets here); absent means in-cluster. */
  kubeconfig?: string;
  kubeconfigOrigin?: string;
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  /** Each line the training prints (default: logger.info). */
  onLogLine?: (line: string) => void;
  /** Keep the Job after it ends (default: delete it, and its pods, in the background). */
  keepJob?: boolean;
  timing?: Partial<KubernetesTiming>;
  /** Aborting (workflow cancelled) deletes the Job and fails. */
  signal?: AbortSignal;
}

export interface TrainingArtifact {
  uri: string;
  digest: string;
  size?: number;
}

export interface KubernetesTrainingResult {
  namespace: string;
  jobName: string;
  /** True when the Job existed already (a re-run of the same attempt) and dhow attached to it. */
  reattached: boolean;
  metrics: Record<string, number>;
  artifact?: TrainingArtifact;
  /** Where the metrics came from. */
  metricsSource: 'termination-message' | 'log' | 'none';
  pods: string[];
  nodes: string[];
  region?: string;
  preemptions: Disruption[];
  durationSeconds: number;
  logLines: number;
  deleted: boolean;
}

/** What the training reports, in its termination message (JSON) or in DHOW_METRICS / DHOW_ARTIFACT lines. */
const TerminationReport = z
  .object({
    metrics: z.record(MetricName, z.number()).optional(),
    artifact: z
      .object({ uri: z.string().min(1), digest: Digest, size: z.number().int().nonnegative().optional() })
      .strict()
      .optional(),
  })
  .passthrough();
const MetricsLine = z.record(MetricName, z.number());
const ArtifactLine = z.object({ uri: z.string().min(1), digest: Digest, size: z.number().int().nonnegative().optional() }).strict();

function zodWhere(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The name of the Job a run attempt trains in (for the post step that deletes it on cancel). */
export function trainingJobName(inputs: Pick<KubernetesJobInputs, 'repository' | 'runId' | 'runAttempt'>): string {
  return jobName(inputs.repository, inputs.runId, inputs.runAttempt);
}

/** Deletes a training Job (propagationPolicy Background); false when it was already gone. For the action's post step. */
export async function deleteTrainingJob(options: {
  kubeconfig?: string;
  env?: NodeJS.ProcessEnv;
  namespace: string;
  name: string;
  logger: Logger;
}): Promise<boolean> {
  const api = new KubeApi(loadKubeConfig({ kubeconfig: options.kubeconfig, env: options.env }));
  const deleted = await api.deleteJob(options.namespace, options.name);
  options.logger.info(deleted ? `deleted Job ${options.namespace}/${options.name}` : `Job ${options.namespace}/${options.name} was already gone`);
  return deleted;
}

class Wake {
  private resolve: (() => void) | undefined;
  notify = (): void => {
    this.resolve?.();
    this.resolve = undefined;
  };
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.resolve = undefined;
        resolve();
      }, ms);
      this.resolve = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

export async function trainOnKubernetes(options: KubernetesTrainingOptions): Promise<KubernetesTrainingResult> {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const { logger } = options;
  const settings = parseJobInputs(options.job);
  const manifest = renderJob(options.job); // every refusal by policy happens before the cluster is touched
  const kc = loadKubeConfig({ kubeconfig: options.kubeconfig, origin: options.kubeconfigOrigin, env: options.env });
  const api = new KubeApi(kc, { watchInactivityMs: timing.watchInactivityMs });
  const ns = manifest.metadata.namespace;
  const name = manifest.metadata.name;
  const started = Date.now();

  let reattached = false;
  try {
    await api.createJob(ns, manifest);
    logger.info(`created Job ${ns}/${name}`);
  } catch (error) {
    const code = httpStatus(error);
    if (code === 409) {
      const existing = await api.readJob(ns, name);
      const labels = existing?.metadata?.labels ?? {};
      if (
        !existing ||
        labels[LABEL_RUN_ID] !== manifest.metadata.labels[LABEL_RUN_ID] ||
        labels[LABEL_RUN_ATTEMPT] !== manifest.metadata.labels[LABEL_RUN_ATTEMPT] ||
        labels[LABEL_REPOSITORY_HASH] !== manifest.metadata.labels[LABEL_REPOSITORY_HASH]
      ) {
        throw new DhowError('conflict', `Job ${ns}/${name} exists but was not created by this run attempt; delete it or change the run`, { field: 'job' });
      }
      reattached = true;
      logger.info(`Job ${ns}/${name} already exists (a re-run of this attempt): re-attaching instead of creating a second one`);
    } else if (code === 422) {
      throw new DhowError('invalid-input', `the API server rejected the Job: ${apiMessage(error)}`, { field: 'job', cause: error });
    } else if (code === 401 || code === 403) {
      throw new DhowError(
        'kubernetes',
        `the cluster refused to create Job ${ns}/${name} (HTTP ${code}): check the kubeconfig's credentials and that they may create Jobs in namespace ${ns}`,
        { cause: error },
      );
    } else {
      throw new DhowError('kubernetes', `creating Job ${ns}/${name} failed at ${api.server}: ${apiMessage(error)}`, { cause: error });
    }
  }

  const wake = new Wake();
  /** The newest state of each pod, from the pod watch (and the final list). */
  const latestPods = new Map<string, KubeObject>();
  let jobSeen = false;
  let jobDeleted = false;
  const jobSelector = `metadata.name=${name}`;
  const podSelector = `${JOB_NAME_LABEL}=${name}`;
  const jobWatch = new ResourceWatch(api, {
    path: `/apis/batch/v1/namespaces/${ns}/jobs`,
    fieldSelector: jobSelector,
    list: () => api.listJobs(ns, jobSelector),
    onEvent: (type) => {
      if (type === 'DELETED') jobDeleted = true;
      else jobSeen = true;
      wake.notify();
    },
    logger,
    timeoutSeconds: timing.watchTimeoutSeconds,
    retryDelayMs: timing.retryDelayMs,
  });
  const podWatch = new ResourceWatch(api, {
    path: `/api/v1/namespaces/${ns}/pods`,
    labelSelector: podSelector,
    list: () => api.listPods(ns, podSelector),
    onEvent: (type, pod) => {
      if (type === 'DELETED') latestPods.delete(pod.metadata?.name);
      else latestPods.set(pod.metadata?.name, pod);
      wake.notify();
    },
    logger,
    timeoutSeconds: timing.watchTimeoutSeconds,
    retryDelayMs: timing.retryDelayMs,
  });

  const followers = new Map<string, LogFollower>();
  const podsSeen: string[] = [];
  const nodes: string[] = [];
  const checkedNodes = new Map<string, ReturnType<typeof checkNodeRegion>>();
  const preemptions: Disruption[] = [];
  let region: string | undefined;
  let logMetrics: Record<string, number> | undefined;
  let logArtifact: TrainingArtifact | undefined;
  let badMarker: string | undefined;
  const printLine = options.onLogLine ?? ((line: string) => logger.info(line));
  const onLine = (line: string) => {
    const trimmed = line.trimStart();
    if (trimmed.startsWith(METRICS_MARKER) || trimmed.startsWith(ARTIFACT_MARKER)) {
      const isMetrics = trimmed.startsWith(METRICS_MARKER);
      const json = trimmed.slice((isMetrics ? METRICS_MARKER : ARTIFACT_MARKER).length);
      try {
        const parsed = (isMetrics ? MetricsLine : ArtifactLine).safeParse(JSON.parse(json));
        if (!parsed.success) badMarker = `${isMetrics ? 'DHOW_METRICS' : 'DHOW_ARTIFACT'} line: ${zodWhere(parsed.error)}`;
        else if (isMetrics) logMetrics = { ...logMetrics, ...(parsed.data as Record<string, number>) };
        else logArtifact = parsed.data as TrainingArtifact;
      } catch {
        badMarker = `${isMetrics ? 'DHOW_METRICS' : 'DHOW_ARTIFACT'} line is not JSON`;
      }
    }
    printLine(line);
  };

  const cleanup = async (): Promise<boolean> => {
    jobWatch.stop();
    podWatch.stop();
    for (const f of followers.values()) f.stop();
    if (options.keepJob) {
      logger.info(`keeping Job ${ns}/${name} (keep-job is set)`);
      return false;
    }
    try {
      const deleted = await api.deleteJob(ns, name);
      if (deleted) logger.info(`deleted Job ${ns}/${name} (propagationPolicy Background)`);
      return deleted;
    } catch (error) {
      logger.warning(`could not delete Job ${ns}/${name}: ${(error as Error).message}`);
      return false;
    }
  };

  const fail = async (message: string, reasons: string[] = []): Promise<never> => {
    await cleanup();
    throw new DhowError('kubernetes', `Job ${ns}/${name}: ${message}`, { reasons });
  };

  try {
    await Promise.all([jobWatch.start(), podWatch.start()]);
  } catch (error) {
    await cleanup();
    throw error;
  }
  if (jobWatch.objects.has(name)) jobSeen = true;

  /** Residency of each new node, and a log follower for each pod whose container has started. */
  const inspect = async (pods: KubeObject[]): Promise<void> => {
    for (const pod of pods) {
      const podName = pod.metadata.name as string;
      const nodeName = pod.spec?.nodeName as string | undefined;
      if (!podsSeen.includes(podName)) podsSeen.push(podName);
      if (nodeName && !checkedNodes.has(nodeName)) {
        const check = checkNodeRegion(await api.readNode(nodeName), nodeName, settings.allowedRegions);
        checkedNodes.set(nodeName, check);
        nodes.push(nodeName);
        if (!check.ok) await fail(`${check.message}; the Job was stopped`);
        region = check.region ?? region;
        logger.info(
          `pod ${podName} placed on node ${nodeName}${check.region ? ` in region ${check.region}` : ''}${preemptions.length > 0 ? ` (resumed after ${preemptions.length} preemption${preemptions.length > 1 ? 's' : ''})` : ''}`,
        );
      }
      const cs = pod.status?.containerStatuses?.[0]?.state;
      if ((cs?.running || cs?.terminated) && !followers.has(podName)) {
        const follower = new LogFollower(
          api,
          ns,
          podName,
          CONTAINER_NAME,
          {
            onLine,
            isTerminated: () => Boolean(latestPods.get(podName)?.status?.containerStatuses?.[0]?.state?.terminated),
            isGone: () => !latestPods.has(podName),
          },
          { retryDelayMs: timing.retryDelayMs, finalAttempts: 3 },
          logger,
        );
        followers.set(podName, follower);
        void follower.start();
      }
    }
  };

  const judgeSettings: JudgeSettings = {
    imagePullGraceMs: timing.imagePullGraceMs,
    queueWaitMs: timing.queueWaitMs,
    memory: settings.memory,
    activeDeadlineSeconds: settings.activeDeadlineSeconds,
    backoffLimit: settings.backoffLimit,
  };
  let events: KubeObject[] = [];
  let lastEvents = 0;
  let lastPoll = Date.now();
  let waiting: { key: string; since: number } | undefined;
  let lastMessage = '';
  let succeededPod: KubeObject | undefined;
  const onAbort = () => wake.notify();
  options.signal?.addEventListener('abort', onAbort);

  try {
    for (;;) {
      if (options.signal?.aborted) await fail('the run was cancelled; the Job was deleted');
      const job = jobDeleted || (jobSeen && !jobWatch.objects.has(name)) ? null : (jobWatch.objects.get(name) ?? null);
      const pods = [...podWatch.objects.values()];

      for (const d of disruptions(pods)) {
        if (preemptions.some((p) => p.pod === d.pod)) continue;
        preemptions.push(d);
        logger.warning(
          `pod ${d.pod} was disrupted (${d.reason}${d.message ? `: ${d.message}` : ''}); this does not count as a failure and the Job starts a new pod`,
        );
      }

      await inspect(pods);

      let state = observe(job, pods, events);
      if (state.kind === 'unschedulable' && Date.now() - lastEvents >= timing.eventsIntervalMs) {
        lastEvents = Date.now();
        events = await api.listEvents(ns, `involvedObject.name=${state.pod}`);
        state = observe(job, pods, events);
      }
      const key = waitingKey(state);
      if (key === null) waiting = undefined;
      else if (waiting?.key !== key) waiting = { key, since: Date.now() };
      const verdict = judge(state, waiting ? Date.now() - waiting.since : 0, judgeSettings);
      if (verdict.message !== lastMessage) {
        lastMessage = verdict.message;
        if (!verdict.done) logger.info(verdict.message);
      }
      if (verdict.done) {
        if (!verdict.ok) {
          await drain(followers, timing.logDrainMs);
          await fail(verdict.message, verdict.reasons);
        }
        succeededPod = state.kind === 'succeeded' ? state.pod : undefined;
        break;
      }

      if (Date.now() - lastPoll >= timing.pollIntervalMs) {
        lastPoll = Date.now();
        const polled = await api.readJob(ns, name);
        if (polled === null) jobDeleted = true;
        else if (Number(polled.metadata?.resourceVersion) > Number(jobWatch.objects.get(name)?.metadata?.resourceVersion ?? 0)) {
          jobWatch.objects.set(name, polled);
          jobSeen = true;
        }
        continue;
      }
      await wake.wait(timing.tickMs);
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }

  // The Job completed. Its watch may be ahead of the pod watch: give the pod watch a moment to show the
  // finished pod (its termination message), then read the pods once.
  const settle = Date.now() + Math.min(timing.logDrainMs, 2000);
  while (!succeededPod && Date.now() < settle) {
    await wake.wait(timing.tickMs);
    succeededPod = [...podWatch.objects.values()].find((p) => p.status?.phase === 'Succeeded');
  }
  if (!succeededPod) {
    const listed = (await api.listPods(ns, podSelector)).items;
    for (const pod of listed) latestPods.set(pod.metadata.name, pod);
    succeededPod = listed.find((p) => p.status?.phase === 'Succeeded');
  }
  // The pod may have run and ended between two looks: check its node and read its log now.
  await inspect([...latestPods.values()]);
  // Let the log catch up, then read what the training reported.
  await drain(followers, timing.logDrainMs);
  let metrics: Record<string, number> = {};
  let artifact: TrainingArtifact | undefined;
  let metricsSource: KubernetesTrainingResult['metricsSource'] = 'none';
  const message = succeededPod?.status?.containerStatuses?.[0]?.state?.terminated?.message as string | undefined;
  if (message && message.trim() !== '') {
    let json: unknown;
    try {
      json = JSON.parse(message);
    } catch {
      logger.warning(`the termination message of pod ${succeededPod!.metadata.name} is not JSON; looking for DHOW_METRICS lines in the log instead`);
    }
    if (json !== undefined) {
      const report = TerminationReport.safeParse(json);
      if (!report.success) {
        await cleanup();
        throw new DhowError('invalid-input', `the Job's termination message does not match what dhow expects: ${zodWhere(report.error)}`, {
          file: `pod ${ns}/${succeededPod!.metadata.name} /dev/termination-log`,
        });
      }
      if (report.data.metrics) {
        metrics = report.data.metrics;
        metricsSource = 'termination-message';
      }
      artifact = report.data.artifact;
    }
  }
  if (metricsSource === 'none' && logMetrics) {
    metrics = logMetrics;
    metricsSource = 'log';
  }
  artifact ??= logArtifact;
  if (badMarker && metricsSource !== 'termination-message') {
    await cleanup();
    throw new DhowError('invalid-input', `the training log has a malformed ${badMarker}`, { file: `pod log of Job ${ns}/${name}` });
  }
  if (metricsSource === 'none') logger.warning('the Job reported no metrics (termination message JSON {"metrics": {...}} or a "DHOW_METRICS {json}" log line)');

  const deleted = await cleanup();
  return {
    namespace: ns,
    jobName: name,
    reattached,
    metrics,
    artifact,
    metricsSource,
    pods: podsSeen,
    nodes,
    region,
    preemptions,
    durationSeconds: (Date.now() - started) / 1000,
    logLines: [...followers.values()].reduce((n, f) => n + f.lines, 0),
    deleted,
  };
}

/** Waits for the log followers to deliver the last lines, at most `ms`. */
async function drain(followers: Map<string, LogFollower>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all([...followers.values()].map((f) => f.start())),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
