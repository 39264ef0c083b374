/**
 * One long-lived `git cat-file --batch` per repository handle: every blob and tree a command reads goes
 * through the same process instead of one spawn per read (a spawn costs ~10-20 ms; a batched read, well
 * under one). Started on the first read, it holds the event loop only while a read is pending, closes
 * itself once idle, and is killed (the pending reads rejected with a DhowError) on close or if git fails;
 * as its input is a pipe from this process, it also ends when this process dies, however it dies.
 * Callers ask for objects by object id (`<oid>`, `<oid>:<path>`), never by ref name, so a long-lived
 * process can never answer from a stale ref.
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

interface Pending {
  resolve: (object: GitObject | null) => void;
  reject: (error: unknown) => void;
}

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

/** One git process and the answers it owes, in the order they were asked: a new process never inherits them. */
interface Session {
  child: Child;
  pending: Pending[];
  buffered: Buffer;
  stderr: string;
}

/** How long an idle process is kept for the next read of the same command before it is closed. */
const IDLE_CLOSE_MS = 500;

export class CatFile {
  private session: Session | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly env: () => NodeJS.ProcessEnv) {}

  /** The object a spec names, or null when it is missing (or ambiguous). */
  read(spec: string): Promise<GitObject | null> {
    if (/[\n\r]/.test(spec)) return Promise.reject(new DhowError('invalid-input', `a path may not contain a line break: ${JSON.stringify(spec)}`));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const session = this.start();
    return new Promise((resolve, reject) => {
      session.pending.push({ resolve, reject });
      session.child.stdin.write(`${spec}\n`);
    });
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
    const session: Session = { child, pending: [], buffered: Buffer.alloc(0), stderr: '' };
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
    const pending = session.pending.splice(0);
    if (pending.length > 0 && session.child.exitCode === null) session.child.kill();
    for (const p of pending) p.reject(error);
  }

  private onData(session: Session, chunk: Buffer): void {
    session.buffered = session.buffered.length === 0 ? chunk : Buffer.concat([session.buffered, chunk]);
    while (session.pending.length > 0) {
      const buffered = session.buffered;
      const nl = buffered.indexOf(0x0a);
      if (nl < 0) return;
      const header = buffered.subarray(0, nl).toString();
      const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!m) {
        // "<spec> missing" or "<spec> ambiguous"
        session.buffered = buffered.subarray(nl + 1);
        session.pending.shift()!.resolve(null);
        continue;
      }
      const size = Number(m[3]);
      if (buffered.length < nl + 1 + size + 1) return;
      const content = Buffer.from(buffered.subarray(nl + 1, nl + 1 + size));
      session.buffered = buffered.subarray(nl + 1 + size + 1);
      session.pending.shift()!.resolve({ oid: m[1]!, type: m[2]!, content });
    }
    if (session.pending.length === 0 && this.session === session) {
      hold(session.child, false);
      this.idleTimer = setTimeout(() => this.closeIdle(session), IDLE_CLOSE_MS);
      this.idleTimer.unref();
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
