/**
 * The only door to the cluster: loads the kubeconfig (from a string, or in-cluster; never the client's silent
 * fallback to localhost:8080) and wraps the few @kubernetes/client-node calls dhow makes, returning plain JSON
 * objects and turning failures into DhowErrors that say what went wrong without printing credentials.
 */
import { existsSync, readFileSync } from 'node:fs';
import { BatchV1Api, CoreV1Api, KubeConfig, Log, Watch, type LogOptions } from '@kubernetes/client-node';
import type { Writable } from 'node:stream';
import { DhowError } from '../../errors.js';

export type KubeObject = Record<string, any>;

const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface KubeConfigSource {
  /** The kubeconfig's YAML (an action input or the file the CLI read). */
  kubeconfig?: string;
  /** Where the kubeconfig came from, for messages. */
  origin?: string;
  /** Environment for in-cluster detection (KUBERNETES_SERVICE_HOST/PORT). */
  env?: NodeJS.ProcessEnv;
  /** Prefix for the service-account files (tests). */
  serviceAccountPrefix?: string;
}

/** Loads a kubeconfig explicitly: a given one, else in-cluster, else a DhowError saying what is missing. */
export function loadKubeConfig(source: KubeConfigSource): KubeConfig {
  const kc = new KubeConfig();
  const origin = source.origin ?? 'kubeconfig';
  if (source.kubeconfig !== undefined && source.kubeconfig.trim() !== '') {
    try {
      kc.loadFromString(source.kubeconfig);
    } catch (error) {
      // The YAML parser's message quotes the offending text, which may hold a token: name the position only.
      const mark = (error as { mark?: { line?: number } }).mark;
      throw new DhowError('invalid-input', `the kubeconfig does not parse as YAML${mark?.line !== undefined ? ` (line ${mark.line + 1})` : ''}`, {
        file: origin,
        line: mark?.line !== undefined ? mark.line + 1 : undefined,
      });
    }
    const context = kc.getCurrentContext();
    if (!context || !kc.getContextObject(context)) {
      throw new DhowError('invalid-input', 'the kubeconfig names no usable current-context (set "current-context" to one of its contexts)', {
        file: origin,
        field: 'current-context',
      });
    }
    const cluster = kc.getCurrentCluster();
    if (!cluster?.server) {
      throw new DhowError('invalid-input', `the kubeconfig's current context "${context}" has no cluster with a server URL`, {
        file: origin,
        field: 'clusters',
      });
    }
    return kc;
  }
  const env = source.env ?? process.env;
  const prefix = source.serviceAccountPrefix ?? '';
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  const dir = `${prefix}${SERVICE_ACCOUNT_DIR}`;
  if (host && port && existsSync(`${dir}/token`)) {
    // What KubeConfig.loadFromCluster does, but from the environment we were given rather than process.env.
    const namespaceFile = `${dir}/namespace`;
    kc.loadFromOptions({
      clusters: [{ name: 'inCluster', server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`, caFile: `${dir}/ca.crt`, skipTLSVerify: false }],
      users: [{ name: 'inClusterUser', authProvider: { name: 'tokenFile', config: { tokenFile: `${dir}/token` } } }],
      contexts: [
        {
          name: 'inClusterContext',
          cluster: 'inCluster',
          user: 'inClusterUser',
          ...(existsSync(namespaceFile) ? { namespace: readFileSync(namespaceFile, 'utf8').trim() } : {}),
        },
      ],
      currentContext: 'inClusterContext',
    });
    return kc;
  }
  throw new DhowError(
    'usage',
    'no Kubernetes configuration: pass a kubeconfig (the action\'s "kubeconfig" input, or --kubeconfig / $KUBECONFIG for the CLI), ' +
      `or run inside a cluster (KUBERNETES_SERVICE_HOST and a service-account token in ${SERVICE_ACCOUNT_DIR}). ` +
      'dhow does not fall back to http://localhost:8080.',
    { field: 'kubeconfig' },
  );
}

/** The namespace of the kubeconfig's current context, if it names one. */
export function contextNamespace(kc: KubeConfig): string | undefined {
  return kc.getContextObject(kc.getCurrentContext())?.namespace;
}

export interface ListResult {
  items: KubeObject[];
  resourceVersion: string;
}

/** Plain JSON (ISO strings for times) from the generated client's model classes. */
function plain<T>(value: T): KubeObject {
  return JSON.parse(JSON.stringify(value)) as KubeObject;
}

export function httpStatus(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown };
  if (typeof e?.code === 'number') return e.code;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  return undefined;
}

/** The API server's own words for a failed call (its Status message), never the request headers. */
export function apiMessage(error: unknown): string {
  const e = error as { body?: unknown; message?: string; cause?: { message?: string; code?: string } };
  let body = e?.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      /* plain text */
    }
  }
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') return (body as { message: string }).message;
  const status = httpStatus(error);
  if (status !== undefined) return `HTTP ${status}`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e?.message ?? 'request failed'} (${cause})` : (e?.message ?? String(error));
}

export class KubeApi {
  readonly server: string;
  private readonly batch: BatchV1Api;
  private readonly core: CoreV1Api;
  private readonly watcher: Watch;
  private readonly logs: Log;

  constructor(
    readonly kc: KubeConfig,
    options: { watchInactivityMs?: number } = {},
  ) {
    this.server = kc.getCurrentCluster()?.server ?? '';
    this.batch = kc.makeApiClient(BatchV1Api);
    this.core = kc.makeApiClient(CoreV1Api);
    this.watcher = new Watch(kc);
    // client-node aborts a watch after 30 s without bytes; for a quiet Job that is a reconnect every 30 s.
    // dhow asks the server to end each watch after `timeoutSeconds` (and sends bookmarks), so it only needs
    // the inactivity guard for a connection that died silently.
    Object.assign(this.watcher, { requestTimeoutMs: options.watchInactivityMs ?? 330_000 });
    this.logs = new Log(kc);
  }

  private fail(what: string, error: unknown): never {
    if (error instanceof DhowError) throw error;
    throw new DhowError('kubernetes', `${what} failed at ${this.server}: ${apiMessage(error)}`, { cause: error });
  }

  async createJob(namespace: string, body: KubeObject): Promise<KubeObject> {
    return plain(await this.batch.createNamespacedJob({ namespace, body: body as never }));
  }

  /** The Job, or null when it does not exist. */
  async readJob(namespace: string, name: string): Promise<KubeObject | null> {
    try {
      return plain(await this.batch.readNamespacedJob({ name, namespace }));
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      return this.fail(`reading Job ${namespace}/${name}`, error);
    }
  }

  async listJobs(namespace: string, fieldSelector: string): Promise<ListResult> {
    try {
      const list = await this.batch.listNamespacedJob({ namespace, fieldSelector });
      return { items: list.items.map(plain), resourceVersion: list.metadata?.resourceVersion ?? '' };
    } catch (error) {
      return this.fail(`listing Jobs in ${namespace}`, error);
    }
  }

  async listPods(namespace: string, labelSelector: string): Promise<ListResult> {
    try {
      const list = await this.core.listNamespacedPod({ namespace, labelSelector });
      return { items: list.items.map(plain), resourceVersion: list.metadata?.resourceVersion ?? '' };
    } catch (error) {
      return this.fail(`listing pods in ${namespace}`, error);
    }
  }

  async listEvents(namespace: string, fieldSelector: string): Promise<KubeObject[]> {
    try {
      const list = await this.core.listNamespacedEvent({ namespace, fieldSelector });
      return list.items.map(plain);
    } catch (error) {
      return this.fail(`listing events in ${namespace}`, error);
    }
  }

  async readNode(name: string): Promise<KubeObject | null> {
    try {
      return plain(await this.core.readNode({ name }));
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      return this.fail(`reading node ${name}`, error);
    }
  }

  /** Deletes a Job and (propagationPolicy Background) its pods; true if it existed. */
  async deleteJob(namespace: string, name: string): Promise<boolean> {
    try {
      await this.batch.deleteNamespacedJob({ name, namespace, propagationPolicy: 'Background' });
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      return this.fail(`deleting Job ${namespace}/${name}`, error);
    }
  }

  watch(
    path: string,
    params: Record<string, string | number | boolean | undefined>,
    onEvent: (type: string, object: KubeObject) => void,
    onDone: (error: unknown) => void,
  ): Promise<AbortController> {
    return this.watcher.watch(path, params, onEvent, onDone);
  }

  followLog(namespace: string, pod: string, container: string, sink: Writable, options: LogOptions): Promise<AbortController> {
    return this.logs.log(namespace, pod, container, sink, options);
  }
}
