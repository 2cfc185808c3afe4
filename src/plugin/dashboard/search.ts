/**
 * The filter box's matching: every word of the filter must appear in an
 * entry's search text, accent- and case-insensitively.
 *
 * Search texts are made the first time a filter needs them and kept, so a
 * vault that is never filtered never pays for them, and the scan runs in
 * steps so the first keystroke on a large vault does not freeze the view.
 */
import { foldAccents } from '../../core/text';
import { type Steps, runSteps } from './steps';

const NON_ASCII = /[\u0080-\uffff]/;

/** `foldAccents`, with a fast path for plain ASCII (most text), which only needs lower case. */
export function fold(s: string): string {
  return NON_ASCII.test(s) ? foldAccents(s) : s.toLowerCase();
}

/** The filter's words, folded; every word must appear in an entry's search text. */
export function filterWords(filter: string): string[] {
  return foldAccents(filter).split(/\s+/).filter((w) => w.length > 0);
}

/**
 * What an entry is searched by: one folded text, or several. Every filter
 * word must appear in some part; a part shared by many entries (the note's
 * path and meeting, say) is made once and referenced, not copied into each.
 */
export type Hay = string | readonly string[];

export function matches(hay: Hay, words: readonly string[]): boolean {
  if (typeof hay === 'string') {
    for (const w of words) if (!hay.includes(w)) return false;
    return true;
  }
  for (const w of words) if (!hay.some((part) => part.includes(w))) return false;
  return true;
}

function hayLength(hay: Hay): number {
  if (typeof hay === 'string') return hay.length;
  let n = 0;
  for (const part of hay) n += part.length;
  return n;
}

/** Parts joined by line breaks, then folded. A filter word never holds a line break, so it cannot match across parts. */
export function hayOf(parts: readonly (string | null | undefined)[]): string {
  let out = '';
  for (const p of parts) if (p) out += (out ? '\n' : '') + p;
  return fold(out);
}

/**
 * True when whatever matches `next` must match `previous`: each earlier word
 * is inside some new word (typing "acm" after "ac", adding a word). The
 * earlier matches are then the only candidates.
 */
export function narrows(next: readonly string[], previous: readonly string[]): boolean {
  return previous.every((p) => next.some((w) => w.includes(p)));
}

/**
 * Parts already folded, joined by line breaks. Folding commutes with joining
 * (a line break is a character of its own), so a part that repeats across
 * many entries, a path or a name, can be folded once and reused.
 */
export function joinFolded(parts: readonly (string | null | undefined)[]): string {
  let out = '';
  for (const p of parts) if (p) out += (out ? '\n' : '') + p;
  return out;
}

/**
 * What a step may do, in characters of search text: scanning one costs its
 * length, making one about eight times that (concatenation and folding), and
 * every entry a little on top. Long texts (a note full of broken lines) then
 * take a step of their own instead of stretching one.
 */
const STEP_CHARS = 200_000;
const BUILD_FACTOR = 8;
const ENTRY_CHARS = 16;
/**
 * A sorted list and, computed the first time a filter needs it, each entry's
 * folded search text. The last filter's matches are kept, so narrowing the
 * filter (the usual case while typing) scans only them.
 */
export class Searchable<T> {
  private readonly hays: (Hay | undefined)[] = [];
  private last: { words: readonly string[]; hits: number[] } | null = null;

  constructor(
    readonly values: T[],
    private readonly searchText: (value: T) => Hay,
  ) {}

  /** The entries whose search text contains every word (all of them when there are none). */
  keep(words: readonly string[]): T[] {
    return runSteps(this.keepSteps(words));
  }

  /** `keep`, in steps of about `stepChars` characters of search text scanned (or made). */
  *keepSteps(words: readonly string[], stepChars = STEP_CHARS): Steps<T[]> {
    if (words.length === 0) return this.values;
    const previous = this.last;
    const candidates = previous && narrows(words, previous.words) ? previous.hits : null;
    const n = candidates ? candidates.length : this.values.length;
    const hits: number[] = [];
    let work = 0;
    for (let k = 0; k < n; k++) {
      const i = candidates ? candidates[k] : k;
      let hay = this.hays[i];
      if (hay === undefined) {
        hay = this.hays[i] = this.searchText(this.values[i]);
        work += hayLength(hay) * BUILD_FACTOR;
      }
      work += hayLength(hay) + ENTRY_CHARS;
      if (matches(hay, words)) hits.push(i);
      if (work >= stepChars) {
        work = 0;
        yield;
      }
    }
    this.last = { words, hits };
    const out = new Array<T>(hits.length);
    for (let k = 0; k < hits.length; k++) out[k] = this.values[hits[k]];
    return out;
  }
}
