/**
 * Mojibake detection and repair: text whose UTF-8 bytes were decoded with the wrong codec
 * (Windows-1252, Latin-1, Windows-1254, Mac Roman), perhaps twice, perhaps losing bytes on the way —
 * `ðŸ“… 2025-10-26 â«` for `📅 2025-10-26 ⏫`.
 *
 * Repairs are made span by span (one broken marker among correct accented words is mended and the rest
 * left alone), only where the evidence is strong; weaker evidence is reported as a suspect.
 * ASCII characters are never changed, which is what lets offsets be mapped back after several passes.
 */
import { CODECS, MACROMAN, isCont, leadLength, type Codec } from './mojibake-decode';
import { repairLine } from './mojibake-line';

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
 * of the same codec (or a Mac Roman emoji that lost its first byte). Text without such a pair — all ASCII,
 * or ordinary accented prose — is returned untouched after this one regex scan.
 */
const SUSPICIOUS_PAIR = new RegExp(
  CODECS.map((c) => `[${charClass(c, (b) => leadLength(b) > 0)}][${charClass(c, isCont)}]`)
    .concat(`\u00fc[${charClass(MACROMAN, isCont)}]{2}`)
    .join('|'),
  'g',
);

function charClass(codec: Codec, keep: (b: number) => boolean): string {
  let out = '';
  for (let u = 0x80; u < 0x10000; u++) {
    const b = codec.byteOf[u];
    if (b !== 0 && keep(b)) out += '\\u' + u.toString(16).padStart(4, '0');
  }
  return out;
}

/** Whether `text` may hold mojibake at all (one regex scan; no allocation). */
export function mayHoldMojibake(text: string): boolean {
  SUSPICIOUS_PAIR.lastIndex = 0;
  const hit = SUSPICIOUS_PAIR.test(text);
  SUSPICIOUS_PAIR.lastIndex = 0;
  return hit;
}

interface Pass {
  text: string;
  suspects: MojibakeSuspect[];
}

/** One repair pass over every line that holds a suspicious pair. */
function repairPass(text: string, wantSuspects: boolean): Pass {
  SUSPICIOUS_PAIR.lastIndex = 0;
  let out = '';
  let copied = 0;
  const suspects: MojibakeSuspect[] = [];
  let m: RegExpExecArray | null;
  while ((m = SUSPICIOUS_PAIR.exec(text)) !== null) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const { repairs, suspects: lineSuspects } = repairLine(line);
    for (const r of repairs) {
      out += text.slice(copied, lineStart + r.start) + r.after;
      copied = lineStart + r.end;
    }
    if (wantSuspects) {
      for (const s of lineSuspects) {
        const start = lineStart + s.start;
        const end = lineStart + s.end;
        suspects.push({ start, end, text: text.slice(start, end), reason: s.reason });
      }
    }
    if (lineEnd >= text.length) break;
    SUSPICIOUS_PAIR.lastIndex = lineEnd + 1;
  }
  SUSPICIOUS_PAIR.lastIndex = 0;
  if (copied === 0 && out === '') return { text, suspects };
  return { text: out + text.slice(copied), suspects };
}

/** `text` after repeated passes, until nothing changes (text broken twice needs two). */
function repairFully(first: Pass): string {
  let text = first.text;
  for (let n = 1; n < MAX_PASSES; n++) {
    const next = repairPass(text, false).text;
    if (next === text) break;
    text = next;
  }
  return text;
}

/** Find the broken spans of `text` (any number of lines). */
export function findMojibake(text: string): MojibakeScan {
  if (!mayHoldMojibake(text)) return { fixes: [], suspects: [] };
  const first = repairPass(text, true);
  const fixes = first.text === text ? [] : alignFixes(text, repairFully(first));
  const suspects = first.suspects.filter((s) => !fixes.some((f) => s.start < f.end && f.start < s.end));
  return { fixes, suspects };
}

/** `text` with every confident repair applied. Idempotent: `fixText(fixText(x)) === fixText(x)`. */
export function fixText(text: string): string {
  if (!mayHoldMojibake(text)) return text;
  const first = repairPass(text, false);
  return first.text === text ? text : repairFully(first);
}

/**
 * The fixes that turn `before` into `after`. Repairs never touch ASCII, so both texts share their ASCII
 * characters in order; the runs of other characters between them are compared one by one, and each
 * differing run becomes one fix, trimmed to the characters that changed.
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
    let i2 = i;
    while (i2 < before.length && before.charCodeAt(i2) >= 0x80) i2++;
    let j2 = j;
    while (j2 < after.length && after.charCodeAt(j2) >= 0x80) j2++;
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
