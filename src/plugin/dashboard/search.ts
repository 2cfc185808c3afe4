/**
 * The filter box's matching: every word of the filter must appear in an
 * entry's search text, accent- and case-insensitively.
 *
 * Search texts are made the first time a filter needs them and kept, so a
 * vault that is never filtered never pays for them, and the scan runs in
 * steps so the first keystroke on a large vault does not freeze the view.
 *
 * Each entry is searched by two things: its own words, and a text it shares
 * with others (the note's path and meeting, the owner's name), folded once
 * and only referenced. Own words in plain ASCII (nearly all of them) are
 * matched as written, case-insensitively; only other text gets a folded copy.
 * On a vault-sized list, whatever is kept per entry is what the garbage
 * collector has to copy, and copying is what made keystrokes stall.
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

/** Every word in `own` or in `shared` (both folded). */
export function matches(own: string, shared: string, words: readonly string[]): boolean {
  for (const w of words) if (!own.includes(w) && !shared.includes(w)) return false;
  return true;
}

/** A case-insensitive search for a folded word in text as written. For ASCII text this is `fold(text).includes(word)`. */
function wordPattern(word: string): RegExp {
  return new RegExp(word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i');
}

/** Parts joined by line breaks, then folded. */
export function hayOf(parts: readonly (string | null | undefined)[]): string {
  return fold(joinParts(parts));
}

/**
 * Parts joined by line breaks, empty ones left out. Folding commutes with
 * joining (a line break is a character of its own), so parts already folded
 * can be joined as they are.
 */
export function joinParts(parts: readonly (string | null | undefined)[]): string {
  let out = '';
  for (const p of parts) if (p) out += (out ? '\n' : '') + p;
  return out;
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
 * What a step may do, in characters of search text: scanning one costs its
 * length, making one about eight times that (folding, copying), and every
 * entry a little on top. A long text (a note full of broken lines) then takes
 * a step of its own instead of stretching one.
 */
const STEP_CHARS = 200_000;
const BUILD_FACTOR = 8;
const ENTRY_CHARS = 16;

/**
 * How an entry is searched. `own(value, k)` gives its k-th own text as
 * written (k = 0, 1, … until undefined), so no list is made to hand them
 * over; `shared(value)` gives a folded text many entries share (memoise it).
 */
export interface SearchText<T> {
  own(value: T, k: number): string | undefined;
  shared?(value: T): string;
}

/** Per entry: not looked at yet, own text plain ASCII (matched as written), or folded and kept. */
const UNSEEN = 0;
const ASCII = 1;
const FOLDED = 2;

/**
 * A sorted list and the means to filter it. Each entry is looked at the first
 * time a filter needs it; the last filter's matches are kept, so narrowing the
 * filter (the usual case while typing) scans only them.
 */
export class Searchable<T> {
  private readonly kind: Uint8Array;
  private readonly folded: (string | undefined)[];
  private readonly shared: (string | undefined)[];
  private last: { words: readonly string[]; hits: Uint32Array } | null = null;

  constructor(
    readonly values: T[],
    private readonly text: SearchText<T>,
  ) {
    this.kind = new Uint8Array(values.length);
    this.folded = new Array<string | undefined>(values.length);
    this.shared = new Array<string | undefined>(values.length);
  }

  /** The entries whose search text contains every word (all of them when there are none). */
  keep(words: readonly string[]): T[] {
    return runSteps(this.keepSteps(words));
  }

  /** `keep`, in steps of about `stepChars` characters of text scanned (or folded). */
  *keepSteps(words: readonly string[], stepChars = STEP_CHARS): Steps<T[]> {
    if (words.length === 0) return this.values;
    const previous = this.last;
    const candidates = previous && narrows(words, previous.words) ? previous.hits : null;
    const n = candidates ? candidates.length : this.values.length;
    const patterns = words.map(wordPattern);
    // A typed array lives outside the collected heap: nothing to copy however many match.
    const hits = new Uint32Array(n);
    let found = 0;
    let work = 0;
    for (let k = 0; k < n; k++) {
      const i = candidates ? candidates[k] : k;
      const value = this.values[i];
      if (this.kind[i] === UNSEEN) work += this.look(i, value) * BUILD_FACTOR;
      const shared = this.shared[i] ?? '';
      work += shared.length + ENTRY_CHARS;
      let all = true;
      for (let w = 0; w < words.length && all; w++) {
        if (shared.includes(words[w])) continue;
        if (this.kind[i] === FOLDED) {
          all = (this.folded[i] ?? '').includes(words[w]);
          continue;
        }
        let any = false;
        for (let part = 0, t = this.text.own(value, 0); t !== undefined && !any; t = this.text.own(value, ++part)) {
          any = patterns[w].test(t);
          work += t.length;
        }
        all = any;
      }
      if (all) hits[found++] = i;
      if (work >= stepChars) {
        work = 0;
        yield;
      }
    }
    this.last = { words, hits: hits.subarray(0, found) };
    const out = new Array<T>(found);
    for (let k = 0; k < found; k++) out[k] = this.values[hits[k]];
    return out;
  }

  /**
   * Look at an entry for the first time: its shared text, and a folded copy
   * of its own only when not plain ASCII. Returns the characters read (a
   * memoised shared text counts too, as if made here: steps err short).
   */
  private look(i: number, value: T): number {
    const shared = (this.shared[i] = this.text.shared ? this.text.shared(value) : '');
    let ascii = true;
    let length = shared.length;
    for (let part = 0, t = this.text.own(value, 0); t !== undefined; t = this.text.own(value, ++part)) {
      length += t.length;
      if (ascii && NON_ASCII.test(t)) ascii = false;
    }
    if (ascii) {
      this.kind[i] = ASCII;
      return length;
    }
    const parts: string[] = [];
    for (let part = 0, t = this.text.own(value, 0); t !== undefined; t = this.text.own(value, ++part)) parts.push(t);
    this.folded[i] = hayOf(parts);
    this.kind[i] = FOLDED;
    return length;
  }
}
