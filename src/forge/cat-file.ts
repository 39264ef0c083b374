/**
 * One long-lived `git cat-file --batch` per repository handle: every blob and tree a command reads goes
 * through the same process instead of one spawn per read (a spawn costs ~10-20 ms; a batched read, well
 * under one). Started on the first read, it holds the event loop only while a read is pending, closes
 * itself once idle, and is killed (and the pending reads rejected with a DhowError) if git fails.
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

/** How long an idle process is kept for the next read of the same command before it is closed. */
const IDLE_CLOSE_MS = 500;

export class CatFile {
  private child: ChildProcessByStdio<Writable, Readable, Readable> | null = null;
  private pending: Pending[] = [];
  private buffered: Buffer = Buffer.alloc(0);
  private stderr = '';
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly env: () => NodeJS.ProcessEnv) {}

  /** The object a spec names, or null when it is missing (or ambiguous). */
  read(spec: string): Promise<GitObject | null> {
    if (/[\n\r]/.test(spec)) return Promise.reject(new DhowError('invalid-input', `a path may not contain a line break: ${JSON.stringify(spec)}`));
    const child = this.start();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${spec}\n`);
    });
  }

  /** Ends the process (it exits on end of input); pending reads still get their answers. */
  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const child = this.child;
    if (!child) return;
    if (this.pending.length > 0) return; // the last answer closes it
    this.child = null;
    child.stdin.end();
  }

  private start(): ChildProcessByStdio<Writable, Readable, Readable> {
    if (this.child) {
      if (this.pending.length === 0) this.hold(this.child, true);
      return this.child;
    }
    const child = spawn('git', ['cat-file', '--batch'], { env: this.env(), stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    this.buffered = Buffer.alloc(0);
    this.stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.stdin.on('error', () => {}); // an early exit is reported by 'close'
    child.on('error', (error) => this.fail(child, new DhowError('forge', `git cat-file: ${error.message}`, { cause: error })));
    child.on('close', (code) => this.fail(child, new DhowError('forge', `git cat-file --batch exited (${code ?? 'signal'}): ${this.stderr.trim()}`)));
    return child;
  }

  /** Keeps the event loop alive only while an answer is awaited, so an idle reader never holds a process open. */
  private hold(child: ChildProcessByStdio<Writable, Readable, Readable>, on: boolean): void {
    for (const handle of [child, child.stdin as unknown as Socket, child.stdout as unknown as Socket, child.stderr as unknown as Socket]) {
      if (on) handle.ref?.();
      else handle.unref?.();
    }
  }

  private fail(child: ChildProcessByStdio<Writable, Readable, Readable>, error: DhowError): void {
    if (this.child === child) this.child = null;
    const pending = this.pending.splice(0);
    if (pending.length > 0 && !child.killed) child.kill();
    for (const p of pending) p.reject(error);
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (this.pending.length > 0) {
      const nl = this.buffered.indexOf(0x0a);
      if (nl < 0) return;
      const header = this.buffered.subarray(0, nl).toString();
      const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!m) {
        // "<spec> missing" or "<spec> ambiguous"
        this.buffered = this.buffered.subarray(nl + 1);
        this.pending.shift()!.resolve(null);
        continue;
      }
      const size = Number(m[3]);
      if (this.buffered.length < nl + 1 + size + 1) return;
      const content = Buffer.from(this.buffered.subarray(nl + 1, nl + 1 + size));
      this.buffered = this.buffered.subarray(nl + 1 + size + 1);
      this.pending.shift()!.resolve({ oid: m[1]!, type: m[2]!, content });
    }
    if (this.pending.length === 0 && this.child) this.idle(this.child);
  }

  private idle(child: ChildProcessByStdio<Writable, Readable, Readable>): void {
    this.hold(child, false);
    this.idleTimer = setTimeout(() => this.close(), IDLE_CLOSE_MS);
    this.idleTimer.unref();
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
