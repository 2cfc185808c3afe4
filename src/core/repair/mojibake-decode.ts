/**
 * Reading mojibake back into bytes: which byte each character was under a wrong codec, and which
 * UTF-8 sequences those bytes could have formed — including the bytes the codec lost on the way.
 */
import { LATIN_1, MAC_ROMAN, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, WINDOWS_1254, type HighHalf } from './codecs';

/** A byte known to have been there but unknown in value (U+FFFD stands for one of the codec's lost bytes). */
export const WILD = -2;

export type CodecName = 'windows-1252' | 'windows-1254' | 'mac-roman' | 'windows-1250' | 'windows-1251';

/** A wrong codec, seen backwards: from the characters it produced to the bytes it was given. */
export interface Codec {
  name: CodecName;
  /** Byte (0x80–0xFF) for each UTF-16 unit, 0 when the unit is not a character of this codec, WILD for U+FFFD. */
  byteOf: Int16Array;
  /** Bytes this codec has no character for: they survive as C1 controls or U+FFFD, or vanish. */
  lostBytes: readonly number[];
  /**
   * Believed only when its readings explain a whole run of non-ASCII characters. The Central European
   * and Cyrillic codecs read whole words of clean Polish, Czech or Russian as lead and continuation
   * bytes (`ÓŁ`, `РІ`), but a real word almost never decodes from end to end.
   */
  wholeRun: boolean;
}

function buildCodec(name: CodecName, table: HighHalf, withC1: boolean, wholeRun = false): Codec {
  const byteOf = new Int16Array(0x10000);
  const lostBytes: number[] = [];
  table.forEach((cp, i) => {
    if (cp < 0) lostBytes.push(0x80 + i);
    else byteOf[cp] = 0x80 + i;
  });
  if (withC1) {
    // ISO-8859-1 and "Windows-1252 keeping undefined bytes as controls" both leave C1 controls behind.
    for (let b = 0x80; b < 0xa0; b++) if (LATIN_1[b - 0x80] === b && byteOf[b] === 0) byteOf[b] = b;
    byteOf[0xfffd] = WILD;
  }
  return { name, byteOf, lostBytes, wholeRun };
}

/** Windows-1252 and Latin-1 together: they differ only in 0x80–0x9F, where Latin-1 has C1 controls. */
export const CP1252 = buildCodec('windows-1252', WINDOWS_1252, true);
export const CP1254 = buildCodec('windows-1254', WINDOWS_1254, true);
export const MACROMAN = buildCodec('mac-roman', MAC_ROMAN, false);
export const CP1250 = buildCodec('windows-1250', WINDOWS_1250, true, true);
export const CP1251 = buildCodec('windows-1251', WINDOWS_1251, true, true);
/** In the order they are tried: the commoner first, and a codec explaining a whole run ends the search. */
export const CODECS: readonly Codec[] = [CP1252, CP1254, MACROMAN, CP1250, CP1251];

/** Mac Roman turns byte 0xF0 into U+F8FF, which is often lost: emoji then start at their second byte. */
export const MAC_LOST_LEAD = 0xf0;

/** What a tool that cannot map a byte often writes instead: .NET, Java and PHP encoders, `iconv -c`. */
export const QUESTION_MARK = 0x3f;

export function isCont(b: number): boolean {
  return (b >= 0x80 && b <= 0xbf) || b === WILD;
}

export function leadLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** The code point UTF-8 `bytes` encode, or -1 when they are not exactly one valid sequence. */
export function decodeUtf8(bytes: readonly number[]): number {
  const b0 = bytes[0];
  const n = leadLength(b0);
  if (n === 0 || n !== bytes.length) return -1;
  for (let i = 1; i < n; i++) if (bytes[i] < 0x80 || bytes[i] > 0xbf) return -1;
  const b1 = bytes[1];
  if (n === 2) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  if (b0 === 0xe0 && b1 < 0xa0) return -1;
  if (b0 === 0xed && b1 > 0x9f) return -1;
  if (b0 === 0xf0 && b1 < 0x90) return -1;
  if (b0 === 0xf4 && b1 > 0x8f) return -1;
  if (n === 3) return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (bytes[2] & 0x3f);
  return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
}

/** One UTF-8 sequence found in the mojibake: where it lies and what it may have been. */
export interface Sequence {
  /** Offsets of the mojibake characters in the line. */
  start: number;
  end: number;
  /** Every code point the bytes could have formed, with how many bytes had to be guessed for it. */
  candidates: Candidate[];
  /** Bytes the sequence should have (2–4). */
  length: number;
  /** The mojibake contains a C1 control, U+FFFD or U+F8FF — things clean notes never hold. */
  junk: boolean;
  /** A lone lead byte whose only continuation byte was lost (e.g. `Ã` for `Á`). */
  lone: boolean;
  /** Continuation characters used, and the fewest a reading of this lead may use. */
  used: number;
  fewest: number;
  /**
   * How many of the characters used are an ASCII `?` read as a byte the codec could not map (what
   * .NET, Java and PHP write for one). Never more than the sequence lacks otherwise: a `?` is only
   * taken where, with it, the sequence is complete.
   */
  questions: number;
}

export interface Candidate {
  cp: number;
  /** Bytes that were not in the text at all and had to be inferred. */
  lost: number;
  /** Where the mojibake for this reading ends (readings may use fewer of the characters). */
  end: number;
}

function isJunkUnit(u: number): boolean {
  return (u >= 0x80 && u <= 0x9f) || u === 0xfffd || u === 0xf8ff;
}

/**
 * The UTF-8 sequence that starts at `line[at]` under `codec`, read with at most `maxUsed` of the
 * continuation characters that follow (the rest of its bytes counted as lost), or null when none can
 * start there. `until` bounds the search (the end of the run of non-ASCII characters).
 */
export function readSequence(line: string, at: number, until: number, codec: Codec, maxUsed = 3, questions = true): Sequence | null {
  const b0 = codec.byteOf[line.charCodeAt(at)];
  const n = leadLength(b0);
  if (n === 0) {
    if (codec === MACROMAN && b0 === 0x9f && maxUsed >= 2) return readMacWithoutLead(line, at, until);
    return null;
  }
  const conts: number[] = [];
  const mayQuestion = questions && codec.lostBytes.length > 0;
  let used = 0;
  let firstQuestion = -1;
  let j = at + 1;
  while (j < until && conts.length < n - 1 && conts.length < maxUsed) {
    const u = line.charCodeAt(j);
    let b = codec.byteOf[u];
    if (u === QUESTION_MARK && mayQuestion) {
      if (used === 0) firstQuestion = conts.length;
      used++;
      b = WILD;
    }
    if (!isCont(b)) break;
    conts.push(b);
    j++;
  }
  // A `?` stands for a lost byte only where it completes the sequence, and beside at least one byte
  // that is really there (a 2-byte lead alone before a `?` is judged as a lone lead, by its context).
  if (used > 0 && (conts.length < n - 1 || used > Math.max(1, n - 2))) {
    conts.length = firstQuestion;
    used = 0;
  }
  const questionsUsed = used;
  used = conts.length;
  // Without lost bytes every continuation must be there; with them, a 3- or 4-byte sequence still
  // needs one (a lone `â` is just `â`), and a 2-byte lead may stand alone (`Ã` for `Á`).
  const fewest = codec.lostBytes.length === 0 ? n - 1 : n === 2 ? 0 : 1;
  if (used < fewest) return null;
  const candidates: Candidate[] = [];
  if (used === n - 1 && !conts.includes(WILD)) {
    // The common case: every byte is there, one reading.
    conts.unshift(b0);
    const cp = decodeUtf8(conts);
    if (cp >= 0) candidates.push({ cp, lost: 0, end: 0 });
  } else {
    collectCandidates(b0, conts, n - 1 - used, codec.lostBytes, candidates);
  }
  if (candidates.length === 0) return null;
  const end = at + 1 + used;
  for (const c of candidates) c.end = end;
  let junk = false;
  for (let k = at; k < end; k++) if (isJunkUnit(line.charCodeAt(k))) junk = true;
  return { start: at, end, candidates, length: n, junk, lone: used === questionsUsed, used, fewest, questions: questionsUsed };
}

/**
 * Every code point from lead `b0`, the continuation bytes `present` (WILD for unknown values) and
 * `missing` bytes lost somewhere between them, each lost byte one of `lostBytes`.
 */
function collectCandidates(
  b0: number,
  present: readonly number[],
  missing: number,
  lostBytes: readonly number[],
  out: Candidate[],
): void {
  const slots = present.length + missing;
  // Choose which slots were lost (a bit mask over the continuation positions).
  for (let mask = 0; mask < 1 << slots; mask++) {
    if (popcount(mask) !== missing) continue;
    const pattern: number[] = [];
    let p = 0;
    for (let s = 0; s < slots; s++) pattern.push(mask & (1 << s) ? WILD : present[p++]);
    expand(b0, pattern, 0, [b0], missing, lostBytes, out);
  }
}

function expand(
  b0: number,
  pattern: readonly number[],
  i: number,
  acc: number[],
  lost: number,
  lostBytes: readonly number[],
  out: Candidate[],
): void {
  if (i === pattern.length) {
    const cp = decodeUtf8(acc);
    if (cp >= 0 && !out.some((c) => c.cp === cp && c.lost === lost)) out.push({ cp, lost, end: 0 });
    return;
  }
  const b = pattern[i];
  if (b !== WILD) {
    acc.push(b);
    expand(b0, pattern, i + 1, acc, lost, lostBytes, out);
    acc.pop();
    return;
  }
  for (const v of lostBytes) {
    acc.push(v);
    expand(b0, pattern, i + 1, acc, lost, lostBytes, out);
    acc.pop();
  }
}

function popcount(m: number): number {
  let c = 0;
  for (; m; m &= m - 1) c++;
  return c;
}

/** Mac Roman emoji whose U+F8FF lead was dropped: `üìÖ` is F0 9F 93 85 = 📅. */
function readMacWithoutLead(line: string, at: number, until: number): Sequence | null {
  if (at + 3 > until) return null;
  const b1 = MACROMAN.byteOf[line.charCodeAt(at + 1)];
  const b2 = MACROMAN.byteOf[line.charCodeAt(at + 2)];
  if (!isCont(b1) || !isCont(b2)) return null;
  const cp = decodeUtf8([MAC_LOST_LEAD, 0x9f, b1, b2]);
  if (cp < 0) return null;
  return { start: at, end: at + 3, candidates: [{ cp, lost: 1, end: at + 3 }], length: 4, junk: false, lone: false, used: 2, fewest: 2, questions: 0 };
}
