/**
 * One long-lived `git cat-file --batch` per repository handle: every blob and tree a command reads goes
 * through the same process instead of one spawn per read (a spawn costs ~10-20 ms; a batched read, well
 * under one). Started on the first read, it holds the event loop only while a read is pending. Within a
 * pass (see Git.beginPass) it lives until the pass ends, however long the pass waits between reads: a
 * wall-clock idle timer restarted it in the middle of a revert on a loaded machine. Outside any pass an
 * idle process closes itself after a short while. It is killed (the pending reads rejected with a
 * DhowError) on close or if git fails; as its input is a pipe from this process, it also ends when this
 * process dies, however it dies. Callers ask for objects by object id (`<oid>`, `<oid>:<path>`), never by
 * ref name, so a long-lived process can never answer from a stale ref.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Socket } from 'node:net';
import { DhowError } from '../errors.js';

export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

/**
 * A read waiting for its answer. `answer` gets the object with `content` a view into the process's output,
 * valid only during the call: a single read copies it, a batch of texts decodes it in place.
 */
interface Pending {
  answer: (object: GitObject | null) => void;
  reject: (error: unknown) => void;
}

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

/**
 * The answers a process owes, first asked first: an array with a moving head, since `shift()` on an array
 * of 100,000 pending reads copies the rest every time (V8 cannot trim arrays that large in place).
 */
class Queue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined; // the answered read can be collected
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 4096 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  drain(): T[] {
    const rest = this.items.slice(this.head) as T[];
    this.items = [];
    this.head = 0;
    return rest;
  }
}

/** One git process and the answers it owes, in the order they were asked: a new process never inherits them. */
interface Session {
  child: Child;
  pending: Queue<Pending>;
  /** Output not yet answered: chunks kept apart until an answer needs them together (no copy per chunk). */
  chunks: Buffer[];
  bytes: number;
  /** The bytes the answer at the front needs in all (header, content, newline); 0 while its header is incomplete. */
  needs: number;
  stderr: string;
}

/** Outside a pass, how long an idle process is kept for the next read before it is closed. */
const IDLE_CLOSE_MS = 500;

const HEADER = /^([0-9a-f]+) (\w+) (\d+)$/;

export class CatFile {
  private session: Session | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** True within a pass: an idle process is kept until release() or close(), not closed by a timer. */
  keepWhileIdle = false;

  constructor(private readonly env: () => NodeJS.ProcessEnv) {}

  /**
   * Starts the process now, before anything is asked (a pass starts it while its refs are read, so git's start
   * overlaps for-each-ref). An idle process holds nothing: the event loop may end, and release() ends it.
   */
  warm(): void {
    if (this.session) return;
    hold(this.start().child, false);
  }

  /** The object a spec names, or null when it is missing (or ambiguous). */
  read(spec: string): Promise<GitObject | null> {
    if (/[\n\r]/.test(spec)) return Promise.reject(new DhowError('invalid-input', `a path may not contain a line break: ${JSON.stringify(spec)}`));
    return new Promise((resolve, reject) => {
      this.ask([{ answer: (o) => resolve(o && { ...o, content: Buffer.from(o.content) }), reject }], `${spec}\n`);
    });
  }

  /**
   * The text of each blob the specs name (null for a missing object or one that is no blob), asked in one
   * write and answered without a promise or a copy per object: reading a whole registry is one pass over
   * git's output.
   */
  readTexts(specs: string[]): Promise<(string | null)[]> {
    const bad = specs.find((spec) => /[\n\r]/.test(spec));
    if (bad !== undefined) return Promise.reject(new DhowError('invalid-input', `a path may not contain a line break: ${JSON.stringify(bad)}`));
    if (specs.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const texts: (string | null)[] = new Array<string | null>(specs.length).fill(null);
      let next = 0;
      let failed = false;
      const pending: Pending = {
        answer: (o) => {
          if (o?.type === 'blob') texts[next] = o.content.toString('utf8');
          if (++next === specs.length) resolve(texts);
        },
        reject: (error) => {
          if (!failed) reject(error);
          failed = true;
        },
      };
      // The same entry once per spec: answers come back in the order asked.
      this.ask(
        specs.map(() => pending),
        `${specs.join('\n')}\n`,
      );
    });
  }

  private ask(reads: Pending[], input: string): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const session = this.start();
    for (const read of reads) session.pending.push(read);
    session.child.stdin.write(input);
  }

  /**
   * Ends the process now: its input is closed and it is killed, so it cannot outlive the handle, and any
   * read still waiting is rejected with a DhowError rather than left hanging. A later read starts a new one.
   */
  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.fail(session, new DhowError('forge', 'the registry was closed while a read was under way'));
    session.child.stdin.end();
    if (session.child.exitCode === null && session.child.signalCode === null) session.child.kill();
  }

  /**
   * Lets the process go once it has answered what it was asked (the end of a pass): its input ends, so git
   * answers every read already written and exits; a later read starts a new process.
   */
  release(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const session = this.session;
    if (!session) return;
    this.session = null;
    session.child.stdin.end();
  }

  /** An idle process ends on end of input; one that was asked again meanwhile is kept. */
  private closeIdle(session: Session): void {
    if (this.session !== session || session.pending.length > 0) return;
    this.session = null;
    this.idleTimer = null;
    session.child.stdin.end();
  }

  private start(): Session {
    if (this.session) {
      if (this.session.pending.length === 0) hold(this.session.child, true);
      return this.session;
    }
    const child = spawn('git', ['cat-file', '--batch'], { env: this.env(), stdio: ['pipe', 'pipe', 'pipe'] });
    const session: Session = { child, pending: new Queue(), chunks: [], bytes: 0, needs: 0, stderr: '' };
    this.session = session;
    child.stdout.on('data', (chunk: Buffer) => this.onData(session, chunk));
    child.stderr.on('data', (chunk: Buffer) => (session.stderr += chunk.toString()));
    child.stdin.on('error', () => {}); // an early exit is reported by 'close'
    child.on('error', (error) => this.fail(session, new DhowError('forge', `git cat-file: ${error.message}`, { cause: error })));
    child.on('close', (code) => this.fail(session, new DhowError('forge', `git cat-file --batch exited (${code ?? 'signal'}): ${session.stderr.trim()}`)));
    return session;
  }

  private fail(session: Session, error: DhowError): void {
    if (this.session === session) this.session = null;
    const pending = session.pending.drain();
    if (pending.length > 0 && session.child.exitCode === null) session.child.kill();
    for (const p of pending) p.reject(error);
  }

  private onData(session: Session, chunk: Buffer): void {
    session.chunks.push(chunk);
    session.bytes += chunk.length;
    // A large object arrives in many chunks: they are joined once, when the whole answer is there.
    if (session.bytes < session.needs) return;
    let buffered = session.chunks.length === 1 ? session.chunks[0]! : Buffer.concat(session.chunks, session.bytes);
    let at = 0;
    session.needs = 0;
    while (session.pending.length > 0) {
      const nl = buffered.indexOf(0x0a, at);
      if (nl < 0) break;
      const m = HEADER.exec(buffered.toString('latin1', at, nl));
      if (!m) {
        // "<spec> missing" or "<spec> ambiguous"
        at = nl + 1;
        session.pending.shift()!.answer(null);
        continue;
      }
      const end = nl + 1 + Number(m[3]);
      if (buffered.length < end + 1) {
        session.needs = end + 1 - at;
        break;
      }
      const read = session.pending.shift()!;
      const content = buffered.subarray(nl + 1, end);
      at = end + 1;
      read.answer({ oid: m[1]!, type: m[2]!, content });
    }
    buffered = buffered.subarray(at);
    session.chunks = buffered.length > 0 ? [buffered] : [];
    session.bytes = buffered.length;
    if (session.pending.length === 0) {
      hold(session.child, false);
      if (this.session === session && !this.keepWhileIdle) {
        this.idleTimer = setTimeout(() => this.closeIdle(session), IDLE_CLOSE_MS);
        this.idleTimer.unref();
      }
    }
  }
}

/** Keeps the event loop alive only while an answer is awaited, so an idle reader never holds a process open. */
function hold(child: Child, on: boolean): void {
  for (const handle of [child, child.stdin as unknown as Socket, child.stdout as unknown as Socket, child.stderr as unknown as Socket]) {
    if (on) handle.ref?.();
    else handle.unref?.();
  }
}

/** The entries of a tree object: `<mode> <name>\0<20-byte oid>` repeated (SHA-1 repositories). */
export function parseTree(content: Buffer, oidBytes = 20): { mode: string; name: string; oid: string }[] {
  const entries: { mode: string; name: string; oid: string }[] = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = content.indexOf(0x00, space);
    if (space < 0 || nul < 0) throw new DhowError('forge', 'git cat-file returned a malformed tree');
    entries.push({
      mode: content.subarray(at, space).toString(),
      name: content.subarray(space + 1, nul).toString('utf8'),
      oid: content.subarray(nul + 1, nul + 1 + oidBytes).toString('hex'),
    });
    at = nul + 1 + oidBytes;
  }
  return entries;
}
