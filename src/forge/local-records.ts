/**
 * Records the local forge keeps in the registry repository itself (promotion requests, issues): one JSON
 * file per record in the tree of a metadata ref (`refs/dhow/...`). Every change is a commit on that ref
 * with compare-and-swap; a lost race re-reads and re-applies the change, so concurrent writers never lose
 * each other's updates and two runs never create the same record twice.
 */
import type { z } from 'zod';
import { DhowError, schemaError } from '../errors.js';
import type { Git } from './local-git.js';
import { buildTree, casRef, commitTree, type Identity } from './local-tree.js';
import { jsonSyntaxMessage } from '../io/jsonl.js';

export interface RecordStoreOptions<S extends z.ZodType<{ id: string }>> {
  /** The metadata ref, e.g. refs/dhow/requests. */
  ref: string;
  /** The folder of the records in that ref's tree, e.g. requests. */
  folder: string;
  schema: S;
  /** What a record is called in errors, e.g. "promotion request". */
  noun: string;
  /** The field an id comes from, named in errors (e.g. request). */
  field: string;
}

export class RecordStore<S extends z.ZodType<{ id: string }>> {
  constructor(
    private readonly git: Git,
    private readonly who: () => Promise<Identity>,
    private readonly options: RecordStoreOptions<S>,
  ) {}

  /** The records' commit from the pass's refs (one read per pass, not one rev-parse per lookup). */
  private async head(): Promise<string | null> {
    return (await this.git.refs()).refs.get(this.options.ref) ?? null;
  }

  private fileOf(id: string): string {
    return `${this.options.folder}/${id}.json`;
  }

  async all(at?: string | null): Promise<z.infer<S>[]> {
    const { folder } = this.options;
    const head = at === undefined ? await this.head() : at;
    if (!head) return [];
    // The folder's listing through the long-lived cat-file, as ls-tree would list it.
    const entries = await this.git.readTree(`${head}:${folder}`);
    if (entries === null) return [];
    const names = entries.map((e) => e.name).filter((n) => /^[1-9][0-9]*\.json$/.test(n));
    const texts = await this.git.readBlobs(names.map((n) => `${head}:${folder}/${n}`));
    return texts.map((text, i) => this.parse(names[i]!, text));
  }

  async get(id: string): Promise<z.infer<S>> {
    const { noun, field } = this.options;
    if (!/^[1-9][0-9]*$/.test(id)) throw new DhowError('invalid-input', `"${id}" is not a ${noun} id (a positive number)`, { field });
    const head = await this.head();
    const [text] = head ? await this.git.readBlobs([`${head}:${this.fileOf(id)}`]) : [null];
    if (!text) throw new DhowError('not-found', `no ${noun} ${id}`);
    return this.parse(`${id}.json`, text);
  }

  /** The next free id among `all` (ids are 1, 2, 3, ... and never reused). */
  static nextId(all: { id: string }[]): string {
    return String(all.reduce((max, r) => Math.max(max, Number(r.id)), 0) + 1);
  }

  /**
   * Applies `change` to the current records and commits the record it returns (nothing is written when it
   * returns a record unchanged). On a lost race the change is recomputed from the new state, never applied
   * to a stale one.
   */
  async update(what: string, change: (all: z.infer<S>[]) => z.infer<S>): Promise<z.infer<S>> {
    const { ref, schema } = this.options;
    for (let attempt = 1; attempt <= 50; attempt++) {
      // A lost race below moved the ref: the pass's refs are dropped, so this reads it as it is now.
      const head = await this.head();
      const all = await this.all(head);
      const stored = schema.parse(change(all)) as z.infer<S>;
      const existing = all.find((r) => r.id === stored.id);
      if (existing && JSON.stringify(existing) === JSON.stringify(stored)) return existing;
      const tree = await buildTree(this.git, head, [{ path: this.fileOf(stored.id), content: `${JSON.stringify(stored, null, 2)}\n` }]);
      const sha = await commitTree(this.git, tree, head ? [head] : [], `${what}\n`, await this.who());
      if (await casRef(this.git, ref, sha, head, `dhow: ${what}`)) return stored;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt, 5)));
    }
    throw new DhowError('conflict', `${what}: the ${this.options.noun} metadata kept changing; try again`);
  }

  private parse(name: string, text: string | null): z.infer<S> {
    const file = `${this.options.ref}:${this.options.folder}/${name}`;
    if (text === null) throw new DhowError('not-found', `${file} is missing`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new DhowError('invalid-input', `not JSON: ${jsonSyntaxMessage(error)}`, { file });
    }
    const result = this.options.schema.safeParse(json);
    if (!result.success) throw schemaError(result.error.issues, { file });
    return result.data as z.infer<S>;
  }
}
