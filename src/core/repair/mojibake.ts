/**
 * Mojibake detection and repair: text whose UTF-8 bytes were decoded with the wrong codec
 * (Windows-1252, Latin-1, Windows-1254, Mac Roman, Windows-1250, Windows-1251), perhaps twice, perhaps
 * losing bytes on the way or writing `?` for them — `ðŸ“… 2025-10-26 â«` or `â?«` for `📅 2025-10-26 ⏫`.
 *
 * Repairs are made span by span (one broken marker among correct accented words is mended and the rest
 * left alone), only where the evidence is strong; weaker evidence is reported as a suspect.
 * No ASCII character is ever changed but a `?` read as a lost byte, which always follows a non-ASCII
 * character: that is what lets offsets be mapped back after several passes (see `alignFixes`).
 */
import { CODECS, MACROMAN, QUESTION_MARK, isCont, leadLength } from './mojibake-decode';
import { repairLine, runEnd } from './mojibake-line';

/** One repaired span of the input: `text.slice(start, end) === before`. */
export interface MojibakeFix {
  start: number;
  end: number;
  before: string;
  after: string;
}

/** A span that looks broken but where the evidence is too weak to change it. */
export interface MojibakeSuspect {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface MojibakeScan {
  fixes: MojibakeFix[];
  suspects: MojibakeSuspect[];
}

/** Text broken more than this many times over is beyond saving (and a pass always shrinks mojibake). */
const MAX_PASSES = 6;

/**
 * The fast path: every repair starts at a lead-byte character followed by a continuation-byte character
 * of the same codec (or a Mac Roman emoji that lost its first byte, or `Ã` that lost its second before a
 * lower-case word or inside one: `Ãlvaro`, `MartÃn`). Text without such a pair — all ASCII,
 * or ordinary accented prose — is returned untouched after this one scan.
 *
 * The codecs a character is a lead byte of, and those it is a continuation byte of, one bit per codec
 * (the order of `CODECS`): a pair is suspicious when the two share a bit. Tables and a loop, not a
 * regex of the same classes: the classes are long, and matching them costs about four times as much.
 */
const LEAD_OF = new Uint8Array(0x10000);
const CONT_OF = new Uint8Array(0x10000);
CODECS.forEach((codec, k) => {
  for (let u = 0x80; u < 0x10000; u++) {
    const b = codec.byteOf[u];
    if (b === 0) continue;
    if (leadLength(b) > 0) LEAD_OF[u] |= 1 << k;
    if (isCont(b)) CONT_OF[u] |= 1 << k;
  }
});
const MAC_ROMAN_BIT = 1 << CODECS.indexOf(MACROMAN);
/**
 * `Å` before anything but a capital letter may be `ō` or `Ł` that lost its second byte (`RyÅta`,
 * `Åukasz`): a pair of its own, in the same tables so that the loop over every character stays as it is
 * (a separate test there made it markedly slower). The line's repair decides; Swedish `Åsa` is only read.
 */
const RING_A = 0xc5;
const LOST_SECOND_BYTE = 0x80;
LEAD_OF[RING_A] |= LOST_SECOND_BYTE;
for (let u = 0; u < 0x80; u++) if (u < 0x41 || u > 0x5a) CONT_OF[u] |= LOST_SECOND_BYTE;

/**
 * A lead byte's character before a `?` that may stand for its lost continuation byte (`â?«` for ⏫,
 * `Ã?lvaro` for Álvaro): a pair of its own, in the same tables, checked further only when it matches
 * (`questionMayBeLost`), so that `Qué?` costs one more look and no more.
 */
const BEFORE_QUESTION = 0x40;
CODECS.forEach((codec, k) => {
  if (codec.lostBytes.length === 0) return;
  for (let u = 0x80; u < 0x10000; u++) if ((LEAD_OF[u] & (1 << k)) !== 0) LEAD_OF[u] |= BEFORE_QUESTION;
});
CONT_OF[QUESTION_MARK] |= BEFORE_QUESTION;

/**
 * Whether the `?` after the lead at `i` may be a lost byte: more mojibake follows it (`â?«`, `Ã?Ã±`), or
 * a lower-case word goes on after it (`Ã?lvaro`, `Å?ukasz`). A `?` ending a word (`Qué?`) after
 * a lone lead is a question, unless the line holds other mojibake — and then another pair finds it.
 */
function questionMayBeLost(text: string, i: number): boolean {
  const after = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
  return after >= 0x80 || isAsciiLowerCode(after);
}

function isAsciiLowerCode(u: number): boolean {
  return u >= 0x61 && u <= 0x7a;
}

/**
 * Where the first suspicious pair at or after `from` starts, or -1: a lead and a continuation of one
 * codec (or `Å` and a character that may follow a lost byte, see `LOST_SECOND_BYTE`), `ü` and two
 * Mac Roman continuations (an emoji without its first byte), or `Ã` before two ASCII lower-case letters
 * or between two (`MartÃn`: `í` without its soft hyphen).
 */
function suspiciousPairFrom(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const d = text.charCodeAt(i + 1);
    const pair = LEAD_OF[c] & CONT_OF[d];
    if (pair !== 0 && (pair !== BEFORE_QUESTION || questionMayBeLost(text, i))) return i;
    // (The rarer shapes in a function of their own: the loop stays small, and fast.)
    if ((c === 0xfc || c === 0xc3) && lostByteShapeAt(text, i, c, d)) return i;
  }
  return -1;
}

/** `ü` and two Mac Roman continuations, or `Ã` before two ASCII lower-case letters or between two. */
function lostByteShapeAt(text: string, i: number, c: number, d: number): boolean {
  const after = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
  if (c === 0xfc) return (CONT_OF[d] & MAC_ROMAN_BIT) !== 0 && (CONT_OF[after] & MAC_ROMAN_BIT) !== 0;
  return isAsciiLowerCode(d) && (isAsciiLowerCode(after) || (i > 0 && isAsciiLowerCode(text.charCodeAt(i - 1))));
}

/**
 * Where the first suspicious character at or after `from` is: a suspicious pair, or an `Å` ending the
 * text (`… ItÅ`), which has no character after it to pair with.
 */
function suspiciousFrom(text: string, from: number): number {
  const at = suspiciousPairFrom(text, from);
  if (at !== -1) return at;
  const last = text.length - 1;
  return last >= from && text.charCodeAt(last) === RING_A ? last : -1;
}

/** Characters that are a lead byte under some codec, or C1 controls: what text broken twice repairs to. */
const LEADS_ANYWHERE = (() => {
  const leads = new Uint8Array(0x10000);
  for (const c of CODECS) for (let u = 0x80; u < 0x10000; u++) if (leadLength(c.byteOf[u]) > 0) leads[u] = 1;
  for (let u = 0x80; u < 0xa0; u++) leads[u] = 1;
  return leads;
})();

function mayStartMore(u: number): boolean {
  return LEADS_ANYWHERE[u] === 1;
}

/** Whether `text` may hold mojibake at all (one scan; no allocation). */
export function mayHoldMojibake(text: string): boolean {
  return suspiciousFrom(text, 0) !== -1;
}

interface Pass {
  text: string;
  suspects: MojibakeSuspect[];
  /** Where the lines that changed start in `text` — the only lines a further pass needs to read. */
  changedLines: number[];
}

/** The output of a pass as it is built: the text copied so far, in parts, and what was found. */
class PassBuilder {
  private readonly parts: string[] = [];
  private outLength = 0;
  private copied = 0;
  readonly suspects: MojibakeSuspect[] = [];
  readonly changedLines: number[] = [];

  constructor(
    private readonly text: string,
    private readonly wantSuspects: boolean,
  ) {}

  /** Repair the line starting at `lineStart`; returns where it ends. */
  visit(lineStart: number): number {
    const text = this.text;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const { repairs, suspects: lineSuspects } = repairLine(text.slice(lineStart, lineEnd));
    // Only a repair that produced a lead byte's character (`ð` from `Ã°`) or a C1 control can have left
    // mojibake for another pass: text broken twice. Other lines are done.
    const lineOut = this.outLength + (lineStart - this.copied);
    let more = false;
    for (const r of repairs) {
      if (!more && mayStartMore(r.after.charCodeAt(0))) {
        more = true;
        this.changedLines.push(lineOut);
      }
      const kept = text.slice(this.copied, lineStart + r.start);
      this.parts.push(kept, r.after);
      this.outLength += kept.length + r.after.length;
      this.copied = lineStart + r.end;
    }
    if (this.wantSuspects) {
      for (const s of lineSuspects) {
        const start = lineStart + s.start;
        const end = lineStart + s.end;
        this.suspects.push({ start, end, text: text.slice(start, end), reason: s.reason });
      }
    }
    return lineEnd;
  }

  finish(): Pass {
    if (this.copied === 0) return { text: this.text, suspects: this.suspects, changedLines: this.changedLines };
    this.parts.push(this.text.slice(this.copied));
    return { text: this.parts.join(''), suspects: this.suspects, changedLines: this.changedLines };
  }
}

/** The index of the first suspicious pair in `text`, or -1. */
function firstSuspiciousPair(text: string): number {
  return suspiciousFrom(text, 0);
}

/**
 * One repair pass over every line with a suspicious pair, the first of which is at `firstPair`
 * (already found by the caller, so the text is not searched twice for it).
 */
function repairPass(text: string, wantSuspects: boolean, firstPair: number): Pass {
  const pass = new PassBuilder(text, wantSuspects);
  let at = firstPair;
  while (at !== -1) {
    const lineEnd = pass.visit(text.lastIndexOf('\n', at) + 1);
    if (lineEnd >= text.length) break;
    at = suspiciousFrom(text, lineEnd + 1);
  }
  return pass.finish();
}

/** A further pass over only the lines at `lineStarts` (those a previous pass changed). */
function repairLines(text: string, lineStarts: readonly number[]): Pass {
  const pass = new PassBuilder(text, false);
  for (const start of lineStarts) pass.visit(start);
  return pass.finish();
}

/** `text` after repeated passes, until nothing changes (text broken twice needs two). */
function repairFully(first: Pass): string {
  let pass = first;
  for (let n = 1; n < MAX_PASSES && pass.changedLines.length > 0; n++) {
    pass = repairLines(pass.text, pass.changedLines);
  }
  return pass.text;
}

/** Find the broken spans of `text` (any number of lines). */
export function findMojibake(text: string): MojibakeScan {
  const firstPair = firstSuspiciousPair(text);
  if (firstPair === -1) return { fixes: [], suspects: [] };
  const first = repairPass(text, true, firstPair);
  const fixes = first.text === text ? [] : alignFixes(text, repairFully(first));
  const suspects = first.suspects.filter((s) => !fixes.some((f) => s.start < f.end && f.start < s.end));
  return { fixes, suspects };
}

/** `text` with every confident repair applied. Idempotent: `fixText(fixText(x)) === fixText(x)`. */
export function fixText(text: string): string {
  const firstPair = firstSuspiciousPair(text);
  if (firstPair === -1) return text;
  const first = repairPass(text, false, firstPair);
  return first.text === text ? text : repairFully(first);
}

/**
 * The fixes that turn `before` into `after`. Repairs change no ASCII character but a `?` that stood for
 * a lost byte, and such a `?` always follows a non-ASCII character. So both texts share, in order, their
 * ASCII characters outside runs — a run being a non-ASCII character followed by non-ASCII characters and
 * `?`s, as the line repair reads them (a `?` kept stays behind the run's repaired characters, which are
 * never ASCII) — and the runs between them correspond one to one. Each differing pair of runs becomes
 * one fix, trimmed to the characters that changed.
 */
function alignFixes(before: string, after: string): MojibakeFix[] {
  const fixes: MojibakeFix[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length) {
    if (before.charCodeAt(i) < 0x80) {
      i++;
      j++;
      continue;
    }
    const i2 = runEnd(before, i);
    const j2 = runEnd(after, j);
    const a = before.slice(i, i2);
    const b = after.slice(j, j2);
    if (a !== b) {
      let p = 0;
      while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
      if (p > 0 && isHighSurrogate(a.charCodeAt(p - 1))) p--;
      let s = 0;
      while (s < a.length - p && s < b.length - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
      if (s > 0 && isLowSurrogate(a.charCodeAt(a.length - s))) s--;
      fixes.push({ start: i + p, end: i2 - s, before: a.slice(p, a.length - s), after: b.slice(p, b.length - s) });
    }
    i = i2;
    j = j2;
  }
  return fixes;
}

function isHighSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}
function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}
