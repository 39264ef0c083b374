/**
 * A fake Kubernetes API server on 127.0.0.1 for the paths dhow's Kubernetes mode uses: batch/v1 Jobs
 * (create, get, list, watch, delete), Pods (get, list, watch), pod logs (follow, sinceTime, timestamps),
 * Events (list) and Nodes (get). It keeps one monotonically increasing resourceVersion, a bounded watch
 * history (a watch from a compacted resourceVersion gets a 410 Gone ERROR event, as the real server sends),
 * closes watches after `timeoutSeconds`, drops connections on demand, and validates every Job it is sent
 * against the Kubernetes schemas (kubernetes-models). Time is simulated and may run faster than the
 * wall clock (`compression`), so a ten-minute Job can be played in seconds.
 *
 * What happens to a Job after it is created is scripted per test (see ./lifecycle.ts).
 */
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { Job as JobModel } from 'kubernetes-models/batch/v1/Job';
import { Pod as PodModel } from 'kubernetes-models/v1/Pod';
import { formatRfc3339Nano, parseRfc3339, ScriptedLog, type LogSource } from './logs.js';

export type Obj = Record<string, any>;
export type Kind = 'Job' | 'Pod' | 'Event' | 'Node';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  watch: boolean;
  /** Simulated seconds since the fake started. */
  at: number;
  status?: number;
  /** A watch answered with a 410 Gone ERROR event (its resourceVersion was compacted away). */
  expired?: boolean;
}

interface HistoryEntry {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: Kind;
  object: Obj;
}

interface Watcher {
  kind: Kind;
  namespace: string;
  matches: (o: Obj) => boolean;
  res: ServerResponse;
  bookmarks: boolean;
}

export interface FakeKubeOptions {
  /** Simulated seconds per real second (1 = real time). */
  compression?: number;
  /** Watch events kept for resumption; older resourceVersions get 410 Gone. */
  historyLimit?: number;
  token?: string;
  /** Simulated start time. */
  epoch?: number;
}

export type JobScript = (job: Obj, kube: FakeKube) => Promise<void> | void;

export class JobDeletedError extends Error {}

export class FakeKube {
  readonly compression: number;
  readonly token: string;
  readonly requests: RecordedRequest[] = [];
  /** Schema violations found in objects dhow sent. Tests assert this stays empty. */
  readonly invalid: string[] = [];
  /** DELETE requests with their propagation policy. */
  readonly deletions: { name: string; propagationPolicy: string | undefined }[] = [];
  /** Called for each Job created; plays the test's lifecycle. */
  script: JobScript | undefined;
  scriptErrors: unknown[] = [];

  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly objects = new Map<string, { kind: Kind; object: Obj }>();
  private readonly history: HistoryEntry[] = [];
  private readonly historyLimit: number;
  private rv = 1000;
  /** Highest resourceVersion no longer in the history. */
  private compactedThrough = 1000;
  private readonly watchers = new Set<Watcher>();
  private readonly logs = new Map<string, LogSource>();
  /** Open log streams per pod, each with how many lines of the log it has written so far. */
  private readonly logResponses = new Map<string, Map<ServerResponse, () => number>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly realStart = Date.now();
  private readonly simStart: number;
  private eventSeq = 0;
  private podSeq = 0;
  url = '';

  constructor(options: FakeKubeOptions = {}) {
    this.compression = options.compression ?? 1;
    this.historyLimit = options.historyLimit ?? 10_000;
    this.token = options.token ?? `fake-token-${randomUUID()}`;
    this.simStart = options.epoch ?? Date.parse('2026-03-01T08:00:00Z');
  }

  // ------------------------------------------------------------------------------------------ clock

  /** Simulated now, in ms since the epoch. */
  now(): number {
    return this.simStart + (Date.now() - this.realStart) * this.compression;
  }
  /** Simulated seconds since start. */
  elapsed(): number {
    return (this.now() - this.simStart) / 1000;
  }
  isoNow(): string {
    return new Date(Math.floor(this.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  }
  realMs(simSeconds: number): number {
    return (simSeconds * 1000) / this.compression;
  }
  private later(simSeconds: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, this.realMs(simSeconds));
    this.timers.add(t);
  }

  // ------------------------------------------------------------------------------------------ lifecycle

  async start(): Promise<void> {
    const { key, cert } = serverCertificate();
    this.server = createServer({ key, cert }, (req, res) => void this.handle(req, res));
    // Idle keep-alive connections stay open for the test's life (stop() closes them): with Node's 5 s default a
    // client on a loaded machine can send on a connection in the instant the server closes it (ECONNRESET).
    this.server.keepAliveTimeout = 600_000;
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('fake kube: no address');
    this.url = `https://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A kubeconfig for real @kubernetes/client-node pointing at this server. */
  kubeconfig(namespace = 'training'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: fake',
      '  cluster:',
      `    server: ${this.url}`,
      `    certificate-authority-data: ${Buffer.from(serverCertificate().cert).toString('base64')}`,
      'users:',
      '- name: ci',
      '  user:',
      `    token: ${this.token}`,
      'contexts:',
      '- name: fake',
      '  context:',
      '    cluster: fake',
      '    user: ci',
      `    namespace: ${namespace}`,
      'current-context: fake',
      '',
    ].join('\n');
  }

  /** The PEM certificate the server presents (for an in-cluster service-account ca.crt). */
  caCertificate(): string {
    return serverCertificate().cert;
  }

  /** Drops every open connection (watches and log streams), as a load balancer reset would. */
  dropConnections(): void {
    for (const s of this.sockets) s.destroy();
  }

  /** True while some client watches objects of this kind. */
  watching(kind: Kind): boolean {
    return [...this.watchers].some((w) => w.kind === kind && !w.res.writableEnded);
  }

  /** Forgets the whole watch history: any watch resuming from an older resourceVersion gets 410 Gone. */
  compact(): void {
    this.history.length = 0;
    this.compactedThrough = this.rv;
  }

  // ------------------------------------------------------------------------------------------ store

  private key(kind: Kind, namespace: string, name: string): string {
    return `${kind}/${namespace}/${name}`;
  }

  get(kind: Kind, namespace: string, name: string): Obj | undefined {
    return this.objects.get(this.key(kind, namespace, name))?.object;
  }

  list(kind: Kind, namespace?: string): Obj[] {
    return [...this.objects.values()]
      .filter((o) => o.kind === kind && (namespace === undefined || o.object.metadata.namespace === namespace))
      .map((o) => o.object);
  }

  private record(type: HistoryEntry['type'], kind: Kind, object: Obj): void {
    const snapshot = structuredClone(object);
    this.history.push({ rv: this.rv, type, kind, object: snapshot });
    while (this.history.length > this.historyLimit) this.compactedThrough = this.history.shift()!.rv;
    for (const w of this.watchers) {
      if (!w.res.writableEnded && w.kind === kind && (w.namespace === '' || snapshot.metadata.namespace === w.namespace) && w.matches(snapshot)) {
        w.res.write(`${JSON.stringify({ type, object: snapshot })}\n`);
      }
    }
  }

  put(kind: Kind, object: Obj): Obj {
    const ns = object.metadata.namespace ?? '';
    const key = this.key(kind, ns, object.metadata.name);
    const existed = this.objects.has(key);
    this.rv += 1;
    object.metadata.resourceVersion = String(this.rv);
    object.metadata.uid ??= randomUUID();
    object.metadata.creationTimestamp ??= this.isoNow();
    this.objects.set(key, { kind, object });
    this.record(existed ? 'MODIFIED' : 'ADDED', kind, object);
    return object;
  }

  remove(kind: Kind, namespace: string, name: string): Obj | undefined {
    const key = this.key(kind, namespace, name);
    const entry = this.objects.get(key);
    if (!entry) return undefined;
    this.objects.delete(key);
    this.rv += 1;
    entry.object.metadata.resourceVersion = String(this.rv);
    this.record('DELETED', kind, entry.object);
    return entry.object;
  }

  /** Applies `change` to a stored object and emits MODIFIED. */
  update(kind: Kind, namespace: string, name: string, change: (o: Obj) => void): Obj {
    const object = this.get(kind, namespace, name);
    if (!object) throw new JobDeletedError(`${kind} ${namespace}/${name} is gone`);
    change(object);
    return this.put(kind, object);
  }

  addNode(name: string, labels: Record<string, string>): void {
    this.put('Node', { apiVersion: 'v1', kind: 'Node', metadata: { name, labels }, status: {} });
  }

  // ------------------------------------------------------------------------------------------ logs

  logOf(namespace: string, pod: string): LogSource {
    const key = `${namespace}/${pod}`;
    let log = this.logs.get(key);
    if (!log) {
      log = new ScriptedLog();
      this.logs.set(key, log);
    }
    return log;
  }

  setLog(namespace: string, pod: string, source: LogSource): void {
    this.logs.set(`${namespace}/${pod}`, source);
  }

  /** Ends every open follow stream of a pod cleanly although the container still runs (the kubelet does this on log rotation). */
  closeLogStreams(namespace: string, pod: string): void {
    for (const res of this.logResponses.get(`${namespace}/${pod}`)?.keys() ?? []) res.end();
  }

  /** True while a follow stream of the pod is open and has written every line the log holds (a client reading it is caught up). */
  hasCaughtUpLogStream(namespace: string, pod: string): boolean {
    const count = this.logOf(namespace, pod).count();
    return [...(this.logResponses.get(`${namespace}/${pod}`)?.entries() ?? [])].some(([res, written]) => !res.writableEnded && written() >= count);
  }

  openLogStreams(namespace: string, pod: string): number {
    return this.logResponses.get(`${namespace}/${pod}`)?.size ?? 0;
  }

  // ------------------------------------------------------------------------------------------ events

  addEvent(namespace: string, involved: Obj, reason: string, message: string, type: 'Normal' | 'Warning', component: string): void {
    this.eventSeq += 1;
    const at = this.isoNow();
    this.put('Event', {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${involved.metadata.name}.${this.eventSeq.toString(16)}`, namespace },
      involvedObject: { kind: involved.kind, name: involved.metadata.name, namespace, uid: involved.metadata.uid },
      reason,
      message,
      type,
      source: { component },
      reportingComponent: component,
      firstTimestamp: at,
      lastTimestamp: at,
      count: 1,
    });
  }

  // ------------------------------------------------------------------------------------------ HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    const watch = query.watch === 'true' || query.watch === '1';
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query, watch, at: this.elapsed() };
    this.requests.push(recorded);
    const send = (status: number, body: unknown) => {
      recorded.status = status;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      send(401, status(401, 'Unauthorized', 'Unauthorized'));
      return;
    }
    const body = req.method === 'POST' || req.method === 'DELETE' ? await readBody(req) : undefined;
    const p = url.pathname.split('/').filter(Boolean);
    try {
      // /apis/batch/v1/namespaces/{ns}/jobs[/{name}]
      if (p[0] === 'apis' && p[1] === 'batch' && p[2] === 'v1' && p[3] === 'namespaces' && p[5] === 'jobs') {
        const ns = p[4]!;
        if (p.length === 6 && req.method === 'POST') return this.createJob(ns, body, send);
        if (p.length === 6 && req.method === 'GET') return watch ? this.watch('Job', ns, query, res, recorded) : send(200, this.listBody('Job', ns, query));
        if (p.length === 7 && req.method === 'GET') return this.getOr404('Job', ns, p[6]!, send);
        if (p.length === 7 && req.method === 'DELETE') return this.deleteJob(ns, p[6]!, query, body, send);
      }
      if (p[0] === 'api' && p[1] === 'v1' && p[2] === 'namespaces') {
        const ns = p[3]!;
        if (p[4] === 'pods' && p.length === 5 && req.method === 'GET')
          return watch ? this.watch('Pod', ns, query, res, recorded) : send(200, this.listBody('Pod', ns, query));
        if (p[4] === 'pods' && p.length === 6 && req.method === 'GET') return this.getOr404('Pod', ns, p[5]!, send);
        if (p[4] === 'pods' && p.length === 7 && p[6] === 'log' && req.method === 'GET') return this.podLog(ns, p[5]!, query, res, recorded);
        if (p[4] === 'events' && p.length === 5 && req.method === 'GET' && !watch) return send(200, this.listBody('Event', ns, query));
      }
      if (p[0] === 'api' && p[1] === 'v1' && p[2] === 'nodes' && p.length === 4 && req.method === 'GET') return this.getOr404('Node', '', p[3]!, send);
      send(404, status(404, 'NotFound', `the fake API server does not serve ${req.method} ${url.pathname}`));
    } catch (error) {
      send(500, status(500, 'InternalError', String(error)));
    }
  }

  private getOr404(kind: Kind, ns: string, name: string, send: (s: number, b: unknown) => void): void {
    const object = this.get(kind, ns, name);
    if (object) send(200, object);
    else send(404, status(404, 'NotFound', `${kind.toLowerCase()}s "${name}" not found`, { name, kind: `${kind.toLowerCase()}s` }));
  }

  private listBody(kind: Kind, ns: string, query: Record<string, string>): Obj {
    const matches = selector(query);
    const items = this.list(kind, ns).filter(matches);
    return {
      apiVersion: kind === 'Job' ? 'batch/v1' : 'v1',
      kind: `${kind}List`,
      metadata: { resourceVersion: String(this.rv) },
      items,
    };
  }

  private createJob(ns: string, body: string | undefined, send: (s: number, b: unknown) => void): void {
    let job: Obj;
    try {
      job = JSON.parse(body ?? '');
    } catch {
      send(400, status(400, 'BadRequest', 'request body is not JSON'));
      return;
    }
    try {
      new JobModel(job as never).validate();
    } catch (error) {
      this.invalid.push(`Job ${job?.metadata?.name}: ${(error as Error).message}`);
      send(422, status(422, 'Invalid', `Job.batch "${job?.metadata?.name}" is invalid: ${(error as Error).message}`));
      return;
    }
    if ((job.metadata.namespace ?? ns) !== ns) {
      send(400, status(400, 'BadRequest', 'the namespace of the provided object does not match the namespace sent on the request'));
      return;
    }
    const name = job.metadata.name as string;
    if (this.get('Job', ns, name)) {
      send(409, status(409, 'AlreadyExists', `jobs.batch "${name}" already exists`, { name, group: 'batch', kind: 'jobs' }));
      return;
    }
    job.metadata.namespace = ns;
    job.status = job.spec.suspend
      ? { conditions: [condition('Suspended', 'True', 'JobSuspended', 'Job suspended', this.isoNow())] }
      : { startTime: this.isoNow(), active: 0 };
    const stored = this.put('Job', job);
    send(201, stored);
    if (this.script) {
      const script = this.script;
      setImmediate(() => {
        Promise.resolve()
          .then(() => script(structuredClone(stored), this))
          .catch((error) => {
            if (!(error instanceof JobDeletedError)) this.scriptErrors.push(error);
          });
      });
    }
  }

  private deleteJob(ns: string, name: string, query: Record<string, string>, body: string | undefined, send: (s: number, b: unknown) => void): void {
    let policy = query.propagationPolicy;
    if (!policy && body) {
      try {
        policy = JSON.parse(body).propagationPolicy;
      } catch {
        /* an empty or non-JSON body carries no options */
      }
    }
    const job = this.get('Job', ns, name);
    if (!job) {
      send(404, status(404, 'NotFound', `jobs.batch "${name}" not found`, { name, group: 'batch', kind: 'jobs' }));
      return;
    }
    this.deletions.push({ name, propagationPolicy: policy });
    this.deleteJobNow(ns, name, policy ?? 'Background');
    send(200, { ...status(200, '', ''), status: 'Success', details: { name, group: 'batch', kind: 'jobs', uid: job.metadata.uid } });
  }

  /** Deletes a Job (and its pods unless orphaned), as `kubectl delete job` would; also used by scripts. */
  deleteJobNow(ns: string, name: string, policy = 'Background'): void {
    const job = this.remove('Job', ns, name);
    if (!job || policy === 'Orphan') return;
    for (const pod of this.list('Pod', ns).filter((p) => p.metadata.labels?.['batch.kubernetes.io/job-name'] === name)) {
      this.remove('Pod', ns, pod.metadata.name);
      this.logOf(ns, pod.metadata.name).finish();
      this.closeLogStreams(ns, pod.metadata.name);
    }
  }

  private watch(kind: Kind, ns: string, query: Record<string, string>, res: ServerResponse, recorded: RecordedRequest): void {
    recorded.status = 200;
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    res.flushHeaders();
    const matches = selector(query);
    const from = query.resourceVersion;
    if (from && from !== '0' && Number(from) < this.compactedThrough) {
      recorded.expired = true;
      res.end(`${JSON.stringify({ type: 'ERROR', object: status(410, 'Expired', `too old resource version: ${from} (${this.compactedThrough + 1})`) })}\n`);
      return;
    }
    if (!from || from === '0') {
      for (const object of this.list(kind, ns).filter(matches)) res.write(`${JSON.stringify({ type: 'ADDED', object })}\n`);
    } else {
      for (const h of this.history) {
        if (h.rv > Number(from) && h.kind === kind && h.object.metadata.namespace === ns && matches(h.object)) {
          res.write(`${JSON.stringify({ type: h.type, object: h.object })}\n`);
        }
      }
    }
    const watcher: Watcher = { kind, namespace: ns, matches, res, bookmarks: query.allowWatchBookmarks === 'true' };
    this.watchers.add(watcher);
    const timeout = Number(query.timeoutSeconds ?? 1800);
    const timer = setTimeout(() => res.end(), this.realMs(timeout));
    const bookmark = setInterval(() => {
      if (watcher.bookmarks && !res.writableEnded) {
        res.write(
          `${JSON.stringify({ type: 'BOOKMARK', object: { kind, apiVersion: kind === 'Job' ? 'batch/v1' : 'v1', metadata: { resourceVersion: String(this.rv) } } })}\n`,
        );
      }
    }, this.realMs(60));
    res.on('close', () => {
      clearTimeout(timer);
      clearInterval(bookmark);
      this.watchers.delete(watcher);
    });
  }

  private podLog(ns: string, name: string, query: Record<string, string>, res: ServerResponse, recorded: RecordedRequest): void {
    const pod = this.get('Pod', ns, name);
    const send = (code: number, body: unknown) => {
      recorded.status = code;
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!pod) return send(404, status(404, 'NotFound', `pods "${name}" not found`));
    const container = pod.spec.containers[0].name;
    if (query.container && query.container !== container)
      return send(400, status(400, 'BadRequest', `container ${query.container} is not valid for pod ${name}`));
    const cs = pod.status?.containerStatuses?.[0];
    if (!cs || (!cs.state?.running && !cs.state?.terminated)) {
      return send(
        400,
        status(400, 'BadRequest', `container "${container}" in pod "${name}" is waiting to start: ${cs?.state?.waiting?.reason ?? 'ContainerCreating'}`),
      );
    }
    const log = this.logOf(ns, name);
    const follow = query.follow === 'true';
    const timestamps = query.timestamps === 'true';
    let since = 0;
    if (query.sinceTime) {
      const parsed = parseRfc3339(query.sinceTime);
      if (parsed === null) return send(400, status(400, 'BadRequest', `sinceTime "${query.sinceTime}" is not RFC3339`));
      since = parsed;
    }
    recorded.status = 200;
    res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
    res.flushHeaders();
    let cursor = log.indexSince(since);
    const key = `${ns}/${name}`;
    const open = this.logResponses.get(key) ?? new Map<ServerResponse, () => number>();
    this.logResponses.set(key, open);
    open.set(res, () => cursor);
    let closed = false;
    let waitingForDrain = false;
    const pump = () => {
      if (closed || waitingForDrain || res.writableEnded) return;
      const end = log.count();
      if (cursor < end) {
        const upTo = Math.min(end, cursor + 5000);
        let chunk = '';
        for (; cursor < upTo; cursor++) chunk += timestamps ? `${formatRfc3339Nano(log.timeOf(cursor))} ${log.textOf(cursor)}\n` : `${log.textOf(cursor)}\n`;
        if (!res.write(chunk)) {
          waitingForDrain = true;
          res.once('drain', () => {
            waitingForDrain = false;
            pump();
          });
          return;
        }
        if (cursor < end) return void setImmediate(pump);
      }
      if (!follow || (log.finished() && cursor >= log.count())) res.end();
    };
    const interval = follow ? setInterval(pump, 10) : undefined;
    res.on('close', () => {
      closed = true;
      if (interval) clearInterval(interval);
      open.delete(res);
    });
    pump();
  }

  // ------------------------------------------------------------------------------------------ pods

  /** Creates the Job's next pod (Pending, not yet scheduled), as the Job controller does. */
  createPod(job: Obj): Obj {
    const ns = job.metadata.namespace;
    const name = job.metadata.name;
    this.podSeq += 1;
    const podName = `${name.slice(0, 56)}-${suffix(this.podSeq)}`;
    const current = this.get('Job', ns, name);
    if (!current) throw new JobDeletedError(`job ${name} is gone`);
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: podName,
        namespace: ns,
        labels: {
          ...(job.spec.template.metadata?.labels ?? {}),
          'batch.kubernetes.io/job-name': name,
          'job-name': name,
          'batch.kubernetes.io/controller-uid': current.metadata.uid,
          'controller-uid': current.metadata.uid,
        },
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name, uid: current.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: structuredClone(job.spec.template.spec),
      status: { phase: 'Pending', conditions: [], containerStatuses: [] as Obj[] },
    };
    new PodModel(pod as never).validate();
    this.put('Pod', pod);
    this.update('Job', ns, name, (j) => {
      j.status.active = (j.status.active ?? 0) + 1;
      j.status.startTime ??= this.isoNow();
    });
    return pod;
  }
}

let certificate: { key: string; cert: string } | undefined;

/** A self-signed certificate for 127.0.0.1, made once per process with openssl (client-node 2 refuses plain HTTP). */
function serverCertificate(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'fake-kube-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=fake-kube',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    certificate = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function status(code: number, reason: string, message: string, details?: Obj): Obj {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, ...(details ? { details } : {}) };
}

export function condition(type: string, statusValue: string, reason: string, message: string, at: string): Obj {
  return { type, status: statusValue, reason, message, lastProbeTime: at, lastTransitionTime: at };
}

function suffix(n: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  let v = n * 7919 + 12345;
  for (let i = 0; i < 5; i++) {
    s += alphabet[v % alphabet.length];
    v = Math.floor(v / alphabet.length);
  }
  return s;
}

/** fieldSelector and labelSelector of the simple form `a=b,c=d` (what dhow sends). */
function selector(query: Record<string, string>): (o: Obj) => boolean {
  const parse = (s: string | undefined) =>
    (s ?? '')
      .split(',')
      .filter(Boolean)
      .map((term) => {
        const i = term.indexOf('=');
        return [term.slice(0, i).replace(/=$/, ''), term.slice(i + 1).replace(/^=/, '')] as const;
      });
  const fields = parse(query.fieldSelector);
  const labels = parse(query.labelSelector);
  return (o) =>
    fields.every(([path, value]) => String(path.split('.').reduce<any>((v, k) => v?.[k], o) ?? '') === value) &&
    labels.every(([k, value]) => o.metadata?.labels?.[k] === value);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export { formatRfc3339Nano };
