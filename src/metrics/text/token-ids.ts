/**
 * Dense ids (from 1) for the tokens of one segment given as ranges of strings: WER's words and BLEU's 13a tokens
 * are looked up where they lie in the line, never cut out. Cutting each token out as a string and keying a Map by
 * it made a fresh string per token (garbage), hashed it once more inside the Map, and was most of WER's and a
 * third of BLEU's time. One open-addressing table keyed by the token's code units, reused from segment to segment.
 */

export class TokenIds {
  /** Slot -> id (0: empty). */
  private slots = new Int32Array(256);
  /** Id -> the token's hash, string and range (the first occurrence stands for every equal one). */
  private hashes = new Int32Array(128);
  private texts: string[] = [''];
  private starts = new Int32Array(128);
  private ends = new Int32Array(128);
  /** The slots in use, to clear them on reset (cheaper than clearing a table sized for the longest segment). */
  private used = new Int32Array(128);
  size = 0;

  /** Forgets every id, for the next segment. */
  reset(): void {
    const slots = this.slots;
    const used = this.used;
    for (let i = 0; i < this.size; i++) slots[used[i]!] = 0;
    this.size = 0;
  }

  /** The id of the token s[start, end) (code units), a new one when no equal token has one. */
  id(s: string, start: number, end: number): number {
    // FNV-1a over the code units, then a finalizer so the low bits (the slot) depend on every unit.
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const id = slots[slot]!;
      if (id === 0) break;
      if (this.hashes[id] === h && this.equal(id, s, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = ++this.size;
    if (id >= this.hashes.length) this.growIds();
    this.hashes[id] = h;
    this.texts[id] = s;
    this.starts[id] = start;
    this.ends[id] = end;
    slots[slot] = id;
    this.used[id - 1] = slot;
    // At most half full: probe chains stay short.
    if (2 * id > mask) this.growSlots();
    return id;
  }

  private equal(id: number, s: string, start: number, end: number): boolean {
    const from = this.starts[id]!;
    if (this.ends[id]! - from !== end - start) return false;
    const t = this.texts[id]!;
    for (let i = 0; i < end - start; i++) if (t.charCodeAt(from + i) !== s.charCodeAt(start + i)) return false;
    return true;
  }

  private growIds(): void {
    const size = 2 * this.hashes.length;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.used = grow(this.used);
  }

  private growSlots(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let id = 1; id <= this.size; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id;
      this.used[id - 1] = slot;
    }
    this.slots = slots;
  }
}
