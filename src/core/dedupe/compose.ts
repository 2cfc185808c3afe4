/**
 * Folding a second plan into a first: edits on the stored text that do what applying
 * one plan and then another (made on the first's result) does.
 */
import type { Edit } from '../model';
import { applyEdits, sortedEdits } from '../edits';
import { lineOf, lineStarts } from '../text';

/**
 * An offset of the edited text as an offset of the text before `edits` (sorted, not
 * overlapping). Inside a replacement it is where the replacement started. At a place
 * where text was deleted, `side` says which end of the deleted text: 'after' for where
 * an edit starts, 'before' for where one ends, so neither swallows the deletion.
 */
export function backOffset(edits: readonly Edit[], offset: number, side: 'before' | 'after' = 'after'): number {
  return mapBack(offsetMap(edits), edits, offset, side);
}

/** `backOffset` with the edits' map made once: a plan asks for many offsets of the same edits. */
function mapBack(map: OffsetMap, edits: readonly Edit[], offset: number, side: 'before' | 'after'): number {
  const { from, to, delta } = map;
  // The edits wholly before the offset: those that start before it (at it, too, seen from after).
  let lo = 0;
  let hi = from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (from[mid] < offset || (from[mid] === offset && side === 'after')) lo = mid + 1;
    else hi = mid;
  }
  const passed = lo;
  // Of those, the first whose replacement runs past the offset holds it (ends only grow, so search them too).
  lo = 0;
  hi = passed;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (to[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < passed ? edits[lo].start : offset - delta[passed];
}

/** Where each edit's replacement lies in the edited text, and the length change before each edit. */
interface OffsetMap {
  from: number[];
  to: number[];
  /** `delta[i]`: how much the edits before edit `i` lengthened the text (`delta[n]` for them all). */
  delta: number[];
}

function offsetMap(edits: readonly Edit[]): OffsetMap {
  const from: number[] = [];
  const to: number[] = [];
  const delta: number[] = [0];
  let d = 0;
  for (const e of edits) {
    from.push(e.start + d);
    to.push(e.start + d + e.replacement.length);
    d += e.replacement.length - (e.end - e.start);
    delta.push(d);
  }
  return { from, to, delta };
}

/**
 * Edits on `stored` that do what `first` (on `stored`) then `second` (on `middle`, the
 * result of `first`) do. A second-plan edit overlapping a first-plan one (the copy kept
 * merged again, a deletion around a deleted line) becomes one edit with it; the others
 * keep their own span and reason. Every byte outside the edits stays as stored.
 */
export function composeEdits(stored: string, first: readonly Edit[], middle: string, second: readonly Edit[]): Edit[] {
  interface Piece {
    /** Span in `middle`. */
    from: number;
    to: number;
    a: Edit | null;
    b: Edit | null;
  }
  const firstSorted = sortedEdits(first);
  const firstMap = offsetMap(firstSorted);
  const pieces: Piece[] = [];
  let delta = 0;
  for (const e of firstSorted) {
    pieces.push({ from: e.start + delta, to: e.start + delta + e.replacement.length, a: e, b: null });
    delta += e.replacement.length - (e.end - e.start);
  }
  for (const e of sortedEdits(second)) pieces.push({ from: e.start, to: e.end, a: null, b: e });
  // By place in `middle`; at one place, first-plan edits (in stored order) before second-plan ones.
  pieces.sort((x, y) => x.from - y.from || (x.a && y.a ? x.a.start - y.a.start : x.a ? -1 : y.a ? 1 : 0));

  // Two spans meet when they share a character, or one is a point strictly inside the other, or both are the same point.
  const meet = (x: Piece, from: number, to: number) =>
    (x.from < to && from < x.to) || (x.from === x.to && from < x.from && x.from < to) || (from === to && x.from < from && from < x.to) || (x.from === x.to && from === to && x.from === from);
  const runs: Piece[][] = [];
  for (const p of pieces) {
    const run = runs[runs.length - 1];
    const joins = run !== undefined && run.some((x) => (x.a !== null) !== (p.a !== null) && meet(x, p.from, p.to));
    if (joins) run.push(p);
    else runs.push([p]);
  }

  const starts = lineStarts(stored);
  const out: Edit[] = [];
  for (const run of runs) {
    const as = run.filter((p) => p.a).map((p) => p.a as Edit);
    const bs = run.filter((p) => p.b).map((p) => p.b as Edit);
    if (bs.length === 0) {
      out.push(...as);
      continue;
    }
    const from = Math.min(...run.map((p) => p.from));
    const to = Math.max(...run.map((p) => p.to));
    // The ends of the run, back on the stored text; first-plan edits in the run are taken in whole.
    const start = Math.min(mapBack(firstMap, firstSorted, from, 'after'), ...as.map((a) => a.start));
    const end = Math.max(start, mapBack(firstMap, firstSorted, to, 'before'), ...as.map((a) => a.end));
    const replacement = applyEdits(
      middle.slice(from, to),
      bs.map((e) => ({ ...e, start: e.start - from, end: e.end - from })),
    );
    if (as.length === 0 && bs.length === 1) {
      out.push({ ...bs[0], start, end, replacement, line: lineOf(starts, start) });
      continue;
    }
    out.push({
      start,
      end,
      replacement,
      line: lineOf(starts, start),
      kind: bs[bs.length - 1].kind,
      reason: [...new Set([...as, ...bs].map((e) => e.reason))].join(' '),
    });
  }
  return sortedEdits(out);
}
