/**
 * Transcript blocks: `<!-- ai:transcript:start -->` … `<!-- ai:transcript:end -->`,
 * lines `[HH:MM:SS.cc] source : text`, and the speaker's name when the
 * recorder glued it to the text (`Jabra Speak 710 :  Ana RuizYes, I…`).
 */

import type { TranscriptLine } from '../model';

const START = /<!--\s*ai:transcript:start\s*-->/;
const END = /<!--\s*ai:transcript:end\s*-->/;

export function isTranscriptStart(line: string): boolean {
  return line.includes('ai:transcript:start') && START.test(line);
}

export function isTranscriptEnd(line: string): boolean {
  return line.includes('ai:transcript:end') && END.test(line);
}

export type StampedLine = Pick<TranscriptLine, 'timestamp' | 'seconds' | 'source' | 'text'>;

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of a run of 1 to `max` digits starting at `at`, or -1 (a longer run is not a stamp part). */
function digitsEnd(s: string, at: number, max: number): number {
  let i = at;
  while (isDigit(s.charCodeAt(i))) i++;
  return i === at || i - at > max ? -1 : i;
}

/**
 * The stamp at the start of `s.slice(start, end)`: `[01:48.50]`, `[00:01:48.50]`, `[1:02:03]`
 * (spaces and tabs before it): the offset of its `]`, or -1. Character checks, no regex:
 * a long note is mostly stamped lines. Same as `/^[ \t]*\[(\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)\]/`.
 */
function stampClose(s: string, start: number, end: number): number {
  let i = start;
  while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  if (i >= end || s.charCodeAt(i) !== 91 /* [ */) return -1;
  i = digitsEnd(s, i + 1, 2);
  if (i === -1) return -1;
  let groups = 0;
  for (; groups < 2 && s.charCodeAt(i) === 58 /* : */; groups++) {
    i = digitsEnd(s, i + 1, 2);
    if (i === -1) return -1;
  }
  if (groups === 0) return -1;
  const c = s.charCodeAt(i);
  if (c === 46 || c === 44 /* . , */) {
    i = digitsEnd(s, i + 1, 3);
    if (i === -1) return -1;
  } else if (c === 32 || c === 65 || c === 80 || c === 97 || c === 112 /* space A P a p */) {
    // A clock time: `[10:02 AM]`, `[3:15pm]`.
    i = meridiemEnd(s, i, end);
    if (i === -1) return -1;
  }
  return i < end && s.charCodeAt(i) === 93 /* ] */ ? i : -1;
}

/** Past `AM` / ` pm` / ` a.m.` at `at` (one space allowed before it), or -1. */
function meridiemEnd(s: string, at: number, end: number): number {
  let i = s.charCodeAt(at) === 32 ? at + 1 : at;
  const c = s.charCodeAt(i) | 32;
  if (c !== 97 && c !== 112) return -1;
  i++;
  if (s.charCodeAt(i) === 46) i++;
  if ((s.charCodeAt(i) | 32) !== 109) return -1;
  i++;
  if (s.charCodeAt(i) === 46) i++;
  return i <= end ? i : -1;
}

const MERIDIEM = /[ \t]?([AaPp])\.?[Mm]\.?$/;

/**
 * A stamp's seconds: `01:02:03.50` → 3723.5 counted from the start of the recording, or a clock
 * time `10:02 AM` → seconds since midnight (hours and minutes, then, not minutes and seconds).
 */
function stampSeconds(s: string, from: number, to: number): number {
  const last = s.charCodeAt(to - 1) | 32;
  if (last !== 109 && last !== 46) return toSeconds(s, from, to);
  const stamp = s.slice(from, to);
  const m = MERIDIEM.exec(stamp);
  if (!m) return toSeconds(s, from, to);
  const parts = stamp.slice(0, m.index).split(':').map(Number);
  const hours = (parts[0] % 12) + ((m[1] === 'p' || m[1] === 'P') ? 12 : 0);
  return hours * 3600 + (parts[1] ?? 0) * 60 + (parts[2] ?? 0);
}

/** `s.slice(from, to)` without surrounding whitespace, sliced once. */
function trimmedSlice(s: string, from: number, to: number): string {
  while (from < to && isBlankCode(s.charCodeAt(from))) from++;
  while (to > from && isBlankCode(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}

/** The last source read: a transcript names the same few devices line after line, so one string serves them all. */
let lastSource = '';

/** `trimmedSlice(s, from, to)`, reusing the previous source string when it is the same text. */
function sourceSlice(s: string, from: number, to: number): string {
  while (from < to && isBlankCode(s.charCodeAt(from))) from++;
  while (to > from && isBlankCode(s.charCodeAt(to - 1))) to--;
  if (to - from === lastSource.length && s.startsWith(lastSource, from)) return lastSource;
  lastSource = s.slice(from, to);
  return lastSource;
}

/**
 * Where a stamped line's source ends (-1 when it names none) and its text starts, as `splitSource`
 * last found them: one reused record rather than an object per line.
 */
const parts = { sourceTo: -1, textFrom: -1 };

/** Split what follows a stamp (from `from`) into source and text: `source : text`, or a short `Label: text`. Fills `parts`. */
function splitSource(line: string, from: number): void {
  const spaced = line.indexOf(' : ', from);
  if (spaced !== -1) {
    parts.sourceTo = spaced;
    parts.textFrom = spaced + 3;
    return;
  }
  // `[00:01] Ana Ruiz: hello` — a short label before the first colon.
  const colon = line.indexOf(': ', from);
  if (colon > from && colon - from <= 60) {
    parts.sourceTo = colon;
    parts.textFrom = colon + 2;
    return;
  }
  parts.sourceTo = -1;
  parts.textFrom = from;
}

/** After the stamp's `]` at `close`: the offset past the spaces and tabs that follow it. */
function afterStamp(s: string, close: number, end: number): number {
  let i = close + 1;
  while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/** A timestamped transcript line, or null. */
export function readStamped(line: string): StampedLine | null {
  const close = stampClose(line, 0, line.length);
  if (close === -1) return null;
  const open = line.indexOf('[');
  const from = afterStamp(line, close, line.length);
  splitSource(line, from);
  return {
    timestamp: line.slice(open + 1, close),
    seconds: stampSeconds(line, open + 1, close),
    source: parts.sourceTo === -1 ? '' : trimmedSlice(line, from, parts.sourceTo),
    text: trimmedSlice(line, parts.textFrom, line.length),
  };
}

/** Whether `text.slice(start, end)` is a stamped line (any of the forms read), without slicing the usual form. */
export function isStampedAt(text: string, start: number, end: number): boolean {
  return stampClose(text, start, end) !== -1 || otherStamped(text, start, end) !== null;
}

const STAMP = String.raw`(\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3}|[ \t]?[AaPp]\.?[Mm]\.?)?)`;
/**
 * Other exports' stamped lines, read when the usual `[00:01:02] source : text` is not there:
 * `00:01:10 Ana Ruiz: text`, `(00:01:10) Ana Ruiz: text`, `0:01:10 - Ana Ruiz: text`, and the
 * name first — `Ana Ruiz (00:01:10): text`, `**Ana Ruiz [01:10]:** text`, or `Ana Ruiz  0:02`
 * alone with the words on the lines below (Otter, Zoom, Teams exports).
 */
const STAMP_FIRST = new RegExp(String.raw`^[ \t]*(?:\*\*|__)?\(?${STAMP}\)?(?:\*\*|__)?[ \t]+(?:[-–—][ \t]+)?(?:\*\*|__)?([^:*_\n]{1,60}?)[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+(.*))?$`);
const NAME_FIRST = new RegExp(String.raw`^[ \t]*(?:\*\*|__)?(\p{L}[^:()[\]*_\n]{0,59}?)(?:\*\*|__)?[ \t]*(?:[([]${STAMP}[)\]]|[ \t]{2,}${STAMP})[ \t]*(?:\*\*|__)?:?(?:\*\*|__)?(?:[ \t]+(.*))?$`, 'u');

/**
 * `0:04 - Ana Ruiz` or `00:01:10 Ana Ruiz` alone, the words on the lines below (Fathom, tl;dv): a name of
 * capitalised words (a number may end it: `Speaker 2`), nothing after it, so a chapter (`04:12 Flow walkthrough`) is not one.
 */
const STAMP_THEN_NAME = new RegExp(
  String.raw`^[ \t]*(?:\*\*|__)?\(?${STAMP}\)?(?:\*\*|__)?[ \t]+(?:[-–—|][ \t]+)?(?:\*\*|__)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:[ \t]+\d{1,2})?)(?:\*\*|__)?[ \t]*$`,
  'u',
);

/** `[Ana Ruiz] 10:02:15`, the words on the lines below (or after the stamp). */
const BRACKETED_NAME = new RegExp(String.raw`^\[(\p{L}[^\]\n]{0,59})\][ \t]+${STAMP}[ \t]*(?:[ \t](.*))?$`, 'u');

/** A stamp alone, as Google Meet heads each stretch of its transcript (`### 00:01:10`). */
const BARE_STAMP = /^\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?$/;

/** The stamp when `heading` is nothing but one, else null. */
export function bareStamp(heading: string): string | null {
  return BARE_STAMP.test(heading) ? heading : null;
}

/** `**Ana Ruiz:** words`, `Ana Ruiz: words`: a speaker of at most five words and what they said. */
const SPOKEN = /^[ \t]*(?:\*\*|__)?(\p{L}[^:*_<>\n]{0,59}?)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]+(\S.*)$/u;

/** A line of words under a bare stamp: the speaker and the words, or null when it names no speaker. */
export function spokenLine(line: string): { source: string; text: string } | null {
  const m = SPOKEN.exec(line);
  if (!m || m[1].trim().split(/\s+/).length > 5) return null;
  return { source: m[1].trim(), text: m[2].trim() };
}

/** A stamp's seconds (`00:01:10` → 70). */
export function stampToSeconds(stamp: string): number {
  return stampSeconds(stamp, 0, stamp.length);
}

/**
 * A WebVTT or SRT cue's timing line, `00:00:01.000 --> 00:00:04.000` (settings may follow): the
 * words come on the lines below, often as `Name: words` or `<v Name>words</v>`.
 */
const CUE = new RegExp(String.raw`^[ \t]*${STAMP}[ \t]*-->[ \t]*\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?(?:[ \t].*)?$`);

/** A line in one of the other stamped forms: stamp, source (the name) and text; null when it is none. */
function otherStamped(text: string, start: number, end: number): { timestamp: string; source: string; text: string } | null {
  const first = text.charCodeAt(start);
  // Cheap refusals first: most lines in a transcript are the usual form or plain words.
  if (end - start < 4 || first === 60 /* < */ || first === 45 /* - */) return null;
  if (first === 91 /* [ */) {
    // `[Ana Ruiz] 10:02:15` (Zoom's saved transcript); a `[` before a digit is the usual stamp, not read here.
    const c = text.charCodeAt(start + 1);
    if (c >= 48 && c <= 57) return null;
    const b = BRACKETED_NAME.exec(text.slice(start, end));
    return b ? { timestamp: b[2], source: b[1].trim(), text: (b[3] ?? '').trim() } : null;
  }
  const line = text.slice(start, end);
  if (!/\d:\d/.test(line)) return null;
  const cue = line.includes('-->') ? CUE.exec(line) : null;
  if (cue) return { timestamp: cue[1], source: '', text: '' };
  const m = STAMP_FIRST.exec(line);
  if (m) return { timestamp: m[1], source: m[2].trim(), text: (m[3] ?? '').trim() };
  const n = NAME_FIRST.exec(line);
  if (n) return { timestamp: n[2] ?? n[3], source: n[1].trim(), text: (n[4] ?? '').trim() };
  const alone = STAMP_THEN_NAME.exec(line);
  if (alone) return { timestamp: alone[1], source: alone[2], text: '' };
  return null;
}

/** `<v Ana Ruiz>words</v>`: a WebVTT voice tag naming the speaker. */
const VOICE = /^<v(?:\.[\w.-]+)?[ \t]+([^>]{1,60})>(.*?)(?:<\/v>)?$/;
/** `Ana Ruiz: words`: a short label before the first colon. */
const LABEL = /^(\p{L}[^:<>\n]{0,59}?)[ \t]*:[ \t]+(.*)$/u;

/**
 * The words below a cue's timing line, with the speaker they name: `<v Ana Ruiz>words</v>` or
 * `Ana Ruiz: words`. Source empty when they name none.
 */
export function cueWords(line: string): { source: string; text: string } {
  const t = line.trim();
  const voice = t.startsWith('<v') ? VOICE.exec(t) : null;
  if (voice) return { source: voice[1].trim(), text: voice[2].trim() };
  const label = LABEL.exec(t);
  if (label && label[1].split(/\s+/).length <= 5) return { source: label[1].trim(), text: label[2].trim() };
  return { source: '', text: t };
}

/** A cue's number on its own line (SRT numbers every cue; WebVTT may): not words anyone said. */
export function isCueNumber(line: string): boolean {
  return /^[ \t]*\d{1,6}[ \t]*$/.test(line);
}

/** One search of a text for a separator, remembered: `at` is its first occurrence from `from` on (-1: none). */
interface Found {
  from: number;
  at: number;
}

/**
 * Where ` : ` and `: ` are in the text whose lines are being read, top to bottom. Each search
 * runs through the whole text rather than one line (no line is sliced for it), and is made again
 * only once the reading has passed what it found: a text is searched about once for each.
 */
export interface SeparatorSearch {
  spaced: Found;
  colon: Found;
}

export function newSeparatorSearch(): SeparatorSearch {
  return { spaced: { from: Infinity, at: -1 }, colon: { from: Infinity, at: -1 } };
}

/**
 * The first separator in `text` at or after `from` (` : ` when `spaced`, else `: `), using and updating
 * what `found` remembers. Searched for by its colon: spaces are everywhere, colons are few.
 */
function findFrom(text: string, spaced: boolean, from: number, found: Found): number {
  if (found.from > from || (found.at !== -1 && found.at < from)) {
    found.from = from;
    found.at = spaced ? spacedColonFrom(text, from) : colonSpaceFrom(text, from);
  }
  return found.at;
}

/** `text.indexOf(' : ', from)`. */
function spacedColonFrom(text: string, from: number): number {
  for (let colon = text.indexOf(':', from + 1); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (text.charCodeAt(colon - 1) === 32 && text.charCodeAt(colon + 1) === 32) return colon - 1;
  }
  return -1;
}

/** `text.indexOf(': ', from)`. */
function colonSpaceFrom(text: string, from: number): number {
  for (let colon = text.indexOf(':', from); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (text.charCodeAt(colon + 1) === 32) return colon;
  }
  return -1;
}

/**
 * `splitSource` on `text.slice(0, end)` from `from`, by offsets into `text`: a separator found
 * past `end` is not on the line (none can run over its end, a line break).
 */
function splitSourceAt(text: string, from: number, end: number, search: SeparatorSearch): void {
  const spaced = findFrom(text, true, from, search.spaced);
  if (spaced !== -1 && spaced + 3 <= end) {
    parts.sourceTo = spaced;
    parts.textFrom = spaced + 3;
    return;
  }
  const colon = findFrom(text, false, from, search.colon);
  if (colon !== -1 && colon + 2 <= end && colon > from && colon - from <= 60) {
    parts.sourceTo = colon;
    parts.textFrom = colon + 2;
    return;
  }
  parts.sourceTo = -1;
  parts.textFrom = from;
}

/**
 * The transcript line at `text.slice(start, end)` (line `lineNo`), when it is stamped; else null.
 * Built in one object from offsets, as `readStamped` reads it. `search` serves the lines of one
 * text read top to bottom; without it, each line is searched on its own.
 */
export function stampedLineAt(text: string, start: number, end: number, lineNo: number, search = newSeparatorSearch()): TranscriptLine | null {
  const close = stampClose(text, start, end);
  if (close === -1) {
    const other = otherStamped(text, start, end);
    if (other === null) return null;
    const { timestamp, source } = other;
    return { line: lineNo, start, end, timestamp, seconds: stampSeconds(timestamp, 0, timestamp.length), source, speaker: null, text: other.text };
  }
  // The stamp's `[` is the line's first character after spaces and tabs (`stampClose` checked it).
  let open = start;
  while (text.charCodeAt(open) !== 91 /* [ */) open++;
  const from = afterStamp(text, close, end);
  splitSourceAt(text, from, end, search);
  return {
    line: lineNo,
    start,
    end,
    timestamp: text.slice(open + 1, close),
    seconds: stampSeconds(text, open + 1, close),
    source: parts.sourceTo === -1 ? '' : sourceSlice(text, from, parts.sourceTo),
    speaker: null,
    text: trimmedSlice(text, parts.textFrom, end),
  };
}

/** `01:02:03.50` → 3723.5 (`s.slice(from, to)` is known to be digits, colons and one `.` or `,`). */
function toSeconds(s: string, from: number, to: number): number {
  let seconds = 0;
  let part = 0;
  let fraction = 0;
  let scale = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 58 /* : */) {
      seconds = (seconds + part) * 60;
      part = 0;
    } else if (c === 46 || c === 44 /* . , */) {
      scale = 1;
    } else if (scale > 0) {
      scale /= 10;
      fraction += (c - 48) * scale;
    } else {
      part = part * 10 + (c - 48);
    }
  }
  return Math.round((seconds + part + fraction) * 1000) / 1000;
}

/**
 * Two to four capitalised words at the very start whose last word runs
 * straight into a capital (`Ana RuizYes`, `Ana RuizI mean`) or a dash or
 * colon (`Ana Ruiz- Sure`). Commas and full stops are left alone: `Ana Ruiz,
 * she said` is prose. A capital followed by another capital
 * (`The OpenAI`) is a word of its own, not a glued name.
 */
const GLUED =
  /^((?:\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}[\p{Ll}\p{M}]+)? ){1,3}\p{Lu}[\p{Ll}\p{M}'’]*\p{Ll})(?=\p{Lu}(?!\p{Lu})|[-–—:](?:[\s\p{Lu}]|$))/u;

/** Words that open sentences, not names: `Thank You.` is not a speaker. */
const NOT_A_FIRST_NAME = new Set(
  (
    'the a an and but or so if i we you he she they it this that these those there here what when where why how who which ' +
    'yes no yeah yep okay ok well oh hi hello hey thanks thank good great sure right let lets please sorry just maybe also ' +
    'now then our my your his her their its in on at for to from with by of as is are was were do does did can could ' +
    'would should will not all some any one two first next last like very really'
  ).split(' '),
);

/** The name glued to the start of `text`, by shape alone; null when none. */
export function gluedName(text: string): string | null {
  // Most lines open with an ordinary sentence: a lower-case letter in the first or second word rules a name out cheaply.
  const c0 = text.charCodeAt(0);
  if (c0 < 128 && (c0 < 65 || c0 > 90)) return null;
  const space = text.indexOf(' ');
  const c1 = space === -1 ? 0 : text.charCodeAt(space + 1);
  if (space === -1 || (c1 >= 97 && c1 <= 122) || (c1 < 65 && c1 !== 0)) return null;
  const m = GLUED.exec(text);
  if (!m) return null;
  const name = m[1];
  const firstWord = name.slice(0, name.indexOf(' ')).toLowerCase();
  if (NOT_A_FIRST_NAME.has(firstWord)) return null;
  return name;
}

/** What may follow a known name glued to the text: a letter, digit, dash or colon; not a space or a comma. */
const GLUE_NEXT = /^[\p{L}\p{N}\-–—:]$/u;

/** Text after a glued name: `- Sounds good` → `Sounds good`. */
function afterName(text: string, name: string): string {
  let i = name.length;
  while (i < text.length && ' \t-–—:.,'.includes(text.charAt(i))) i++;
  return text.slice(i);
}

/** `text` opens with `name` glued as `gluedName` would find it: then a capital not followed by another, or a dash or colon. */
function gluedAfter(text: string, name: string): boolean {
  if (!startsWith(text, name)) return false;
  const c = text.charCodeAt(name.length);
  if (c >= 65 && c <= 90) {
    const d = text.charCodeAt(name.length + 1);
    return !(d >= 65 && d <= 90);
  }
  return c === 45 || c === 58 || c === 0x2013 || c === 0x2014 ? /^[\s\p{Lu}]?$/u.test(text.charAt(name.length + 1)) : false;
}

/** `text.startsWith(prefix)`, the first characters compared first: most lines start with none of the names. */
function startsWith(text: string, prefix: string): boolean {
  return prefix === '' || (text.charCodeAt(0) === prefix.charCodeAt(0) && text.startsWith(prefix));
}

function longestFirst(a: string, b: string): number {
  return b.length - a.length;
}

/**
 * Split glued speaker names off the lines' text. A name found by its shape on
 * one line, or given in `knownNames` (participants), is then also recognised
 * where it runs into a lower-case word (`Ana Ruizbe more…`), which shape
 * alone cannot tell.
 */
export function assignSpeakers(lines: TranscriptLine[], knownNames: readonly string[]): void {
  const names = new Set<string>();
  let lastName: string | null = null;
  for (const l of lines) {
    // A recorder that glues names does it on line after line: try the last name found before the regex.
    const name: string | null = lastName !== null && gluedAfter(l.text, lastName) ? lastName : gluedName(l.text);
    if (name !== null) {
      lastName = name;
      l.speaker = name;
      l.text = afterName(l.text, name);
      names.add(name);
    }
  }
  for (const n of knownNames) if (n.includes(' ')) names.add(n.trim());
  if (names.size === 0) return;
  const byLength = [...names].sort(longestFirst);
  // Each name's first character (NaN for an empty name, which every text starts with): most lines start with none of them.
  const firsts = byLength.map((name) => name.charCodeAt(0));
  for (const l of lines) {
    if (l.speaker !== null) continue;
    const first = l.text.charCodeAt(0);
    for (let k = 0; k < byLength.length; k++) {
      const name = byLength[k];
      if ((first === firsts[k] || name === '') && l.text.startsWith(name) && GLUE_NEXT.test(l.text.charAt(name.length))) {
        l.speaker = name;
        l.text = afterName(l.text, name);
        break;
      }
    }
  }
}
