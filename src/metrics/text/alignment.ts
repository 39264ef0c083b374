/**
 * jiwer 4's alignment output (jiwer/process.py: process_words, process_characters): per segment the edit
 * chunks `equal`, `substitute`, `insert`, `delete` with their reference and hypothesis index ranges, and over
 * the corpus the hits, substitutions, deletions and insertions. jiwer takes its chunks from rapidfuzz's
 * Levenshtein.opcodes(reference, hypothesis); where several minimal alignments exist, the one chosen here is
 * rapidfuzz's: its common prefix and suffix are set aside, then Hyyrö's bit-parallel matrix is walked back
 * preferring deletion, then insertion, then match or substitution (rapidfuzz/distance/Levenshtein_py.py,
 * `editops`, and `Editops.as_opcodes`), with the matrix written out in full (same deltas as the bit vectors).
 * rapidfuzz's C++ switches to Hirschberg's algorithm once the matrix passes a few megabytes (segments of
 * thousands of symbols); there the counts are the same minimum but a tie may be broken the other way.
 */
import { DhowError } from '../../errors.js';
import type { TextSegment } from './corpus.js';

/** The alignment matrix is written out in full: past this many cells (400 MB) a segment is refused, not swapped. */
export const MAX_ALIGNMENT_CELLS = 100_000_000;

export type AlignmentChunkType = 'equal' | 'substitute' | 'insert' | 'delete';

/** jiwer's AlignmentChunk, with its field names (they are part of the JSON). */
export interface AlignmentChunk {
  type: AlignmentChunkType;
  ref_start_idx: number;
  ref_end_idx: number;
  hyp_start_idx: number;
  hyp_end_idx: number;
}

export interface AlignmentCounts {
  hits: number;
  substitutions: number;
  deletions: number;
  insertions: number;
}

interface EditOp {
  type: 'substitute' | 'insert' | 'delete';
  src: number;
  dest: number;
}

/** rapidfuzz's Levenshtein.opcodes(s1, s2) as jiwer's chunks, over symbols compared by identity. */
export function alignmentChunks(reference: readonly string[], hypothesis: readonly string[]): AlignmentChunk[] {
  const srcLen = reference.length;
  const destLen = hypothesis.length;
  let prefix = 0;
  while (prefix < srcLen && prefix < destLen && reference[prefix] === hypothesis[prefix]) prefix++;
  let suffix = 0;
  while (suffix < srcLen - prefix && suffix < destLen - prefix && reference[srcLen - 1 - suffix] === hypothesis[destLen - 1 - suffix]) suffix++;
  const s1 = reference.slice(prefix, srcLen - suffix);
  const s2 = hypothesis.slice(prefix, destLen - suffix);
  const n = s1.length;
  const m = s2.length;
  // d[i * (m + 1) + j]: distance between s1[0, i) and s2[0, j).
  const w = m + 1;
  const d = new Int32Array((n + 1) * w);
  for (let i = 0; i <= n; i++) d[i * w] = i;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * w + j - 1]! + (s1[i - 1] === s2[j - 1] ? 0 : 1);
      d[i * w + j] = Math.min(sub, d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1);
    }
  }
  // Hyyrö's vertical deltas: VP at (col, row) when d[col][row] - d[col-1][row] is +1, VN when it is -1.
  const delta = (col: number, row: number) => d[col * w + row]! - d[(col - 1) * w + row]!;
  const ops: EditOp[] = [];
  let col = n;
  let row = m;
  while (row !== 0 && col !== 0) {
    if (delta(col, row) === 1) {
      col--;
      ops.push({ type: 'delete', src: col + prefix, dest: row + prefix });
    } else {
      row--;
      if (row !== 0 && delta(col, row) === -1) {
        ops.push({ type: 'insert', src: col + prefix, dest: row + prefix });
      } else {
        col--;
        if (s1[col] !== s2[row]) ops.push({ type: 'substitute', src: col + prefix, dest: row + prefix });
      }
    }
  }
  while (col !== 0) {
    col--;
    ops.push({ type: 'delete', src: col + prefix, dest: row + prefix });
  }
  while (row !== 0) {
    row--;
    ops.push({ type: 'insert', src: col + prefix, dest: row + prefix });
  }
  ops.reverse();
  return opsToChunks(ops, srcLen, destLen);
}

/** rapidfuzz's Editops.as_opcodes: runs of one operation become one chunk, the gaps between them `equal`. */
function opsToChunks(ops: readonly EditOp[], srcLen: number, destLen: number): AlignmentChunk[] {
  const chunks: AlignmentChunk[] = [];
  let src = 0;
  let dest = 0;
  let i = 0;
  while (i < ops.length) {
    const first = ops[i]!;
    if (src < first.src || dest < first.dest) {
      chunks.push({ type: 'equal', ref_start_idx: src, ref_end_idx: first.src, hyp_start_idx: dest, hyp_end_idx: first.dest });
      src = first.src;
      dest = first.dest;
    }
    const srcBegin = src;
    const destBegin = dest;
    while (i < ops.length && ops[i]!.type === first.type && ops[i]!.src === src && ops[i]!.dest === dest) {
      if (first.type !== 'insert') src++;
      if (first.type !== 'delete') dest++;
      i++;
    }
    chunks.push({ type: first.type, ref_start_idx: srcBegin, ref_end_idx: src, hyp_start_idx: destBegin, hyp_end_idx: dest });
  }
  if (src < srcLen || dest < destLen) chunks.push({ type: 'equal', ref_start_idx: src, ref_end_idx: srcLen, hyp_start_idx: dest, hyp_end_idx: destLen });
  return chunks;
}

/** The counts of one segment's chunks, as jiwer sums them. */
export function chunkCounts(chunks: readonly AlignmentChunk[]): AlignmentCounts {
  const c: AlignmentCounts = { hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
  for (const k of chunks) {
    if (k.type === 'equal') c.hits += k.ref_end_idx - k.ref_start_idx;
    else if (k.type === 'substitute') c.substitutions += k.ref_end_idx - k.ref_start_idx;
    else if (k.type === 'delete') c.deletions += k.ref_end_idx - k.ref_start_idx;
    else c.insertions += k.hyp_end_idx - k.hyp_start_idx;
  }
  return c;
}

/** One segment's alignment in the JSON: where it came from, and its chunks. */
export interface SegmentAlignment {
  line?: number;
  chunks: AlignmentChunk[];
}

/** The JSON of an aligned error rate: jiwer's counts, the rate, and optionally every segment's chunks. */
export interface AlignedErrorRateResult extends AlignmentCounts {
  rate: number;
  alignments?: SegmentAlignment[];
}

/**
 * Corpus WER or CER through alignments, with any transform chain for the reference and the hypothesis:
 * jiwer's rate is (S + D + I) / (H + S + D), or the insertions when the corpus has no reference symbol.
 */
export class AlignedErrorRate {
  private readonly counts: AlignmentCounts = { hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
  private readonly kept: SegmentAlignment[] | undefined;
  private segments = 0;

  constructor(
    private readonly referenceSymbols: (s: string) => string[],
    private readonly hypothesisSymbols: (s: string) => string[],
    keepAlignments = false,
    /** Names the input in errors. */
    private readonly file?: string,
  ) {
    this.kept = keepAlignments ? [] : undefined;
  }

  add(hypothesis: string, reference: string, line?: number): void {
    const ref = this.referenceSymbols(reference);
    const hyp = this.hypothesisSymbols(hypothesis);
    if ((ref.length + 1) * (hyp.length + 1) > MAX_ALIGNMENT_CELLS) {
      throw new DhowError('invalid-input', `a segment of ${ref.length} reference and ${hyp.length} hypothesis symbols is too long to align`, {
        file: this.file,
        line,
      });
    }
    const chunks = alignmentChunks(ref, hyp);
    const c = chunkCounts(chunks);
    this.counts.hits += c.hits;
    this.counts.substitutions += c.substitutions;
    this.counts.deletions += c.deletions;
    this.counts.insertions += c.insertions;
    this.segments += 1;
    this.kept?.push(line === undefined ? { chunks } : { line, chunks });
  }

  value(): number {
    if (this.segments === 0) return Number.NaN;
    const { hits, substitutions, deletions, insertions } = this.counts;
    const referenceLength = hits + substitutions + deletions;
    return referenceLength === 0 ? insertions : (substitutions + deletions + insertions) / referenceLength;
  }

  result(): AlignedErrorRateResult {
    return { rate: this.value(), ...this.counts, ...(this.kept === undefined ? {} : { alignments: this.kept }) };
  }
}

/** Convenience for parallel lists (as jiwer.process_words / process_characters with given transforms). */
export function alignCorpus(
  segments: readonly Pick<TextSegment, 'hypothesis' | 'references'>[],
  referenceSymbols: (s: string) => string[],
  hypothesisSymbols: (s: string) => string[],
): AlignedErrorRateResult {
  const acc = new AlignedErrorRate(referenceSymbols, hypothesisSymbols, true);
  for (const s of segments) acc.add(s.hypothesis, s.references[0] ?? '');
  return acc.result();
}
