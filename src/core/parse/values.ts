/**
 * Small helpers for the values notes carry: dates, names written as
 * wikilinks, comma lists. Shared by the frontmatter, the meta lines and the
 * note fields.
 */

import { foldAccents } from '../text';
import { isJsSpace } from './chars';
import { MONTH_WORD, parseLooseDate } from '../dates';

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** True when `y-m-d` is a real calendar day. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** The first valid `YYYY-MM-DD` inside `s` (`[[2025-09-16]]`, `2025-09-16 - Weekly sync`), or null. */
export function findIsoDate(s: string): string | null {
  let rest = s;
  for (let guard = 0; guard < 8; guard++) {
    const m = ISO_DATE.exec(rest);
    if (!m) return null;
    if (isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      // `12025-09-16` or `2025-09-161` are not dates.
      if (!isDigit(rest.charCodeAt(m.index - 1)) && !isDigit(rest.charCodeAt(m.index + m[0].length))) return m[0];
    }
    rest = rest.slice(m.index + 1);
  }
  return null;
}

/**
 * A day written in figures in a file name the other ways people name files: `2025.10.20`,
 * `2025_10_20`, `20251020`, and day and month either way round when only one reading is a day
 * (`10-20-2025`, `20.10.2025`; `05-06-2025` could be either, so it is none). Null when none.
 */
export function findFileNameDate(name: string): string | null {
  const ymd = YEAR_FIRST.exec(name);
  if (ymd && isValidDate(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]))) return iso(ymd[1], ymd[3], ymd[4]);
  const dmy = YEAR_LAST.exec(name);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    const y = Number(dmy[3]);
    const monthFirst = isValidDate(y, a, b);
    const dayFirst = isValidDate(y, b, a);
    if (monthFirst && !dayFirst) return iso(dmy[3], dmy[1], dmy[2]);
    if (dayFirst && !monthFirst) return iso(dmy[3], dmy[2], dmy[1]);
    if (dayFirst && monthFirst && a === b) return iso(dmy[3], dmy[1], dmy[2]);
  }
  return null;
}

/** `Meetings/2025/10/20/sync.md`: a day given by the folders a note sits in. Null when none. */
export function findFolderDate(path: string): string | null {
  const m = FOLDER_DATE.exec(path);
  return m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) ? iso(m[1], m[2], m[3]) : null;
}

const YEAR_FIRST = /(?:^|[^\d])((?:19|20)\d{2})([._]?)(\d{2})\2(\d{2})(?!\d)/;
const YEAR_LAST = /(?:^|[^\d.])(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?!\d)/;
const FOLDER_DATE = /(?:^|\/)((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//;

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A Date from js-yaml as `YYYY-MM-DD` (js-yaml builds date-only values at UTC midnight). */
export function dateToIso(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  return d.toISOString().slice(0, 10);
}

/** Any frontmatter value as a date string, or null: a Date, text holding a day, or a Unix timestamp. */
export function asDate(value: unknown): string | null {
  if (value instanceof Date) return dateToIso(value);
  if (typeof value === 'string') return findIsoDate(value) ?? (isDigit(value.charCodeAt(0)) ? figuresDay(value.trim()) ?? dottedDay(value) ?? unixDay(value) : null);
  if (typeof value === 'number') return Number.isInteger(value) ? figuresDay(String(value)) ?? unixDay(value) : unixDay(value);
  return null;
}

/** `20251020` (YAML reads it as a number): a day written in figures, when it is a valid one. */
function figuresDay(s: string): string | null {
  if (s.length !== 8 || !/^(?:19|20)\d{6}$/.test(s)) return null;
  return isValidDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))) ? iso(s.slice(0, 4), s.slice(4, 6), s.slice(6, 8)) : null;
}

/**
 * `03.04.2026`, `3.4.2026`, `03.04.26`: a day written with full stops, as German, Scandinavian, Russian and
 * other European notes write it — always day first (no locale writes month.day.year), so it is one day.
 * A time may follow (`03.04.2026 14:30`).
 */
export function dottedDay(value: string): string | null {
  const m = DOTTED_DAY.exec(value.trim());
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const month = Number(m[2]);
  const day = Number(m[1]);
  return isValidDate(year, month, day) ? iso(String(year), String(month).padStart(2, '0'), String(day).padStart(2, '0')) : null;
}

const DOTTED_DAY = /^(\d{1,2})\.[ ]?(\d{1,2})\.[ ]?((?:19|20)\d{2}|\d{2})\.?(?:[ \t,]+\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?$/;

/** 2000-01-01 and 2100-01-01 as Unix seconds: the range a meeting's timestamp may fall in. */
const UNIX_FROM = 946_684_800;
const UNIX_TO = 4_102_444_800;

/**
 * The UTC day of a Unix timestamp, in seconds (`1730379600`) or milliseconds (`1730379600000`), as
 * calendar exports and scripts write it; null for any number outside 2000–2100 in both readings
 * (a count, a year, `20251020`), so nothing else is taken for one. The day is UTC's: the note keeps
 * no time zone, and a meeting's stamp is rarely near midnight in both.
 */
export function unixDay(value: number | string): string | null {
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else {
    const t = value.trim();
    if (!/^\d{9,13}(?:\.\d+)?$/.test(t)) return null;
    n = Number(t);
  }
  if (!Number.isFinite(n)) return null;
  const seconds = n >= UNIX_FROM && n < UNIX_TO ? n : n >= UNIX_FROM * 1000 && n < UNIX_TO * 1000 ? n / 1000 : null;
  return seconds === null ? null : new Date(Math.floor(seconds) * 1000).toISOString().slice(0, 10);
}

/** A scalar frontmatter value as trimmed text; empty strings, objects and lists give null. */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateToIso(value);
  return null;
}

const LINK_ONLY = /^!?\[\[([^\]]*)\]\]$/;

/**
 * A name as written, with wikilink brackets and `@` taken off:
 * `"[[People/Lior Genzel|Lior]]"` → `Lior Genzel`, `@Ana Ruiz` → `Ana Ruiz`.
 * The link's target (its last path segment) is the name; an alias is only a display form.
 */
export function stripName(raw: string): string {
  let s = raw.trim();
  if (s.charCodeAt(0) !== 64 /* @ */ && isPlainName(s)) return s;
  const link = LINK_ONLY.exec(s);
  if (link) {
    s = link[1];
    const bar = s.indexOf('|');
    if (bar !== -1) s = s.slice(0, bar);
    const hash = s.indexOf('#');
    if (hash !== -1) s = s.slice(0, hash);
    const slash = s.lastIndexOf('/');
    if (slash !== -1) s = s.slice(slash + 1);
    if (s.endsWith('.md')) s = s.slice(0, -3);
    s = s.replace(/\\$/, '');
  }
  if (s.startsWith('@')) s = s.slice(1);
  if (s.includes('@')) s = withoutAddress(s);
  return s.replace(/\s+/g, ' ').trim();
}

/** `Name <address>` or `Name (address)`, the address possibly a `mailto:` link. */
const NAME_AND_ADDRESS = /^(.*?)[ \t]*[<(][ \t]*(?:mailto:)?([^\s<>()@]+@[^\s<>()]+?)[ \t]*[>)]$/i;

/**
 * The name in a mail-style address, as mail clients and calendar exports write attendees:
 * `Bo Li <bo@example.com>` and `Bo Li (bo@example.com)` → `Bo Li`; with no name,
 * `<bo@example.com>` and `mailto:bo@example.com` → the address, which still tells who it is.
 */
function withoutAddress(s: string): string {
  const m = NAME_AND_ADDRESS.exec(s);
  if (m) {
    // `"Bo Li" <bo@…>`, and `[Bo Li](mailto:bo@…)`, a Markdown mail link.
    const name = m[1].trim().replace(/^(["'])(.*)\1$/, '$2').replace(/^\[(.*)\]$/, '$1').trim();
    return name === '' ? m[2] : name;
  }
  return s.toLowerCase().startsWith('mailto:') ? s.slice(7) : s;
}

/** No `[` or `@`, no tab or line break, no two spaces in a row (`/\s\s|[\t\n\r]/`): a name already as `stripName` leaves it. */
function isPlainName(s: string): boolean {
  let spaceBefore = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 91 /* [ */ || c === 64 /* @ */ || c === 9 || c === 10 || c === 13) return false;
    const space = isJsSpace(c);
    if (space && spaceBefore) return false;
    spaceBefore = space;
  }
  return true;
}

/**
 * A list value (array, or a comma/semicolon separated string) as names. Lists inside
 * the list are read through (`- [Ana, Bo]`); an attendee written as a mapping gives its
 * `name` (`- name: Ana Ruiz` with `email:` beside it) or, with one key, the key
 * (`- Ana Ruiz: PM`). A number or a boolean is no name: `attendees: 12` is a head count.
 */
export function asNameList(value: unknown): string[] {
  const out: string[] = [];
  addListNames(out, value, 0);
  return out;
}

/**
 * A value holding one name (`person`, `counterpart`, `account`): a list's first item, a
 * mapping's name, a string with its link brackets and `@` taken off; never a number or a
 * boolean (`counterpart: 42`, `person: true`). Commas are kept: `Northwind, Inc.` is one account.
 */
export function asName(value: unknown): string | null {
  let v = value;
  for (let depth = 0; depth < MAX_NAME_DEPTH; depth++) {
    if (Array.isArray(v)) v = v[0];
    else if (v !== null && typeof v === 'object' && !(v instanceof Date)) v = nameOfMapping(v as Record<string, unknown>);
    else break;
  }
  if (typeof v !== 'string') return null;
  const name = stripName(v);
  return name === '' ? null : name;
}

/** How deep lists and mappings inside a name list are read. */
const MAX_NAME_DEPTH = 4;

function addListNames(out: string[], value: unknown, depth: number): void {
  if (typeof value === 'string') {
    addSplitNames(out, value);
  } else if (Array.isArray(value)) {
    if (depth < MAX_NAME_DEPTH) for (const v of value) addListNames(out, v, depth + 1);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date) && depth < MAX_NAME_DEPTH) {
    addListNames(out, nameOfMapping(value as Record<string, unknown>), depth + 1);
  }
}

/** The name an attendee written as a mapping stands for, or null. */
function nameOfMapping(m: Record<string, unknown>): unknown {
  for (const k of ['name', 'Name', 'NAME']) if (Object.prototype.hasOwnProperty.call(m, k)) return m[k];
  const keys = Object.keys(m);
  if (keys.length !== 1) return null;
  const v = m[keys[0]];
  // `- Ana Ruiz: PM`: the key is the name and the value a role; a nested list or mapping is no attendee.
  return v === null || typeof v !== 'object' ? keys[0] : null;
}

/** `A, [[B|Bee]]; C` → `['A', 'B', 'C']`; separators inside `[[…]]` are kept. */
export function splitNames(s: string): string[] {
  const out: string[] = [];
  addSplitNames(out, s);
  return out;
}

/** A Markdown mail link, `[Ana Ruiz](mailto:ana@x.com)`, and an `and` after it: 1 the name shown, 2 the address. */
const MAIL_LINK = /\[([^\]\n]*)\]\(mailto:([^)\s]*)\)(?:[ \t]+(?:and|&)(?=[ \t]))?/gi;

/** Each mail link as the name it shows (its address when it shows none), followed by a comma: links side by side are a list. */
function mailLinksAsNames(s: string): string {
  return s.replace(MAIL_LINK, (_all, name: string, address: string) => `${name.trim() === '' ? address : name}, `);
}

/** `out.push(...splitNames(s))`. */
function addSplitNames(out: string[], s: string): void {
  if (s.includes('](mailto:')) s = mailLinksAsNames(s);
  if (s.includes(';') && s.includes(',') && addSurnameFirst(out, s)) return;
  // `Ana Ruiz | Bo Chen`: a bar between full names parts them (`Ana Ruiz | PM` is a name and a role, and stays whole).
  if (s.includes('|') && !s.includes('[[')) {
    const pieces = s.split('|');
    if (pieces.every((p) => isNameShaped(p, 2))) s = pieces.join(',');
  }
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 91 /* [ */ && s.charCodeAt(i + 1) === 91) {
      depth++;
      i++;
    } else if (c === 93 /* ] */ && s.charCodeAt(i + 1) === 93 && depth > 0) {
      depth--;
      i++;
    } else if (depth === 0 && (c === 44 /* , */ || c === 59 /* ; */ || c === 0xb7 /* · */ || c === 0x2022 /* • */ || c === 10) /* a line of a block scalar */) {
      addName(out, s.slice(from, i));
      from = i + 1;
    }
  }
  addName(out, from === 0 ? s : s.slice(from));
}

/**
 * `Ruiz, Ana; Chen, Bo`: when semicolons part the entries and every entry holds exactly one comma,
 * the comma is inside each name (surname first, as directories and e-mail clients write them), and
 * each entry is one person, left whole for the graph to turn round. False (nothing added) otherwise.
 */
function addSurnameFirst(out: string[], s: string): boolean {
  if (s.includes('[[')) return false;
  const entries = s.split(';').map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length < 2) return false;
  for (const e of entries) {
    const comma = e.indexOf(',');
    if (comma <= 0 || comma === e.length - 1 || e.indexOf(',', comma + 1) !== -1) return false;
  }
  for (const e of entries) addName(out, e);
  return true;
}

function addName(out: string[], part: string): void {
  const name = stripName(part);
  if (name === '') return;
  // `Ana Ruiz and Bo Li`, `Ana Ruiz & Bo Li`: two people, when both sides are full names
  // (`Procter & Gamble` or `Research and Development` are not two people).
  if (name.includes(' and ') || name.includes(' & ')) {
    const sides = name.split(/ (?:and|&) /);
    if (sides.length > 1 && sides.every(isFullName)) {
      for (const side of sides) out.push(side.trim());
      return;
    }
  }
  out.push(name);
}

function isFullName(s: string): boolean {
  return isNameShaped(s, 2);
}

/** The lower-case words inside a person's name: `Zoë van der Berg`, `Ana de la Cruz`, `Omar bin Said`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'ten', 'ter', 'bin', 'binti', 'ibn', 'al', 'el',
]);

const NAME_WORD = /^[\p{L}'’.-]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Shaped like a person's name: `minWords` to four words, each capitalised (particles such as
 * `van` or `de` aside, never first), made of letters, apostrophes, hyphens and full stops only.
 */
export function isNameShaped(text: string, minWords = 1): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < minWords || words.length > 4) return false;
  return words.every((w, i) => NAME_WORD.test(w) && (CAPITALISED.test(w) || (i > 0 && NAME_PARTICLES.has(w.toLowerCase()))));
}

// eslint-disable-next-line no-control-regex -- ASCII test
const ASCII_ONLY = /^[\x00-\x7F]*$/;
const SPACES = /\s+/g;

/** Names' keys: the same participants come back note after note, and folding one takes several passes. */
const nameKeys = new Map<string, string>();

/** A name compared without case, accents or extra spaces. */
function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = foldName(name);
    if (nameKeys.size >= 4096) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

/** `nameKey` made afresh (ASCII names skip the accent folding). */
function foldName(name: string): string {
  const folded = ASCII_ONLY.test(name) ? name.toLowerCase() : foldAccents(name);
  return folded.includes('  ') ? folded.replace(SPACES, ' ').trim() : folded.trim();
}

/** Append names not already present (compared without case or accents), keeping first-seen order. */
export function addNames(into: string[], seen: Set<string>, names: readonly string[]): void {
  for (const name of names) {
    const key = nameKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    into.push(name);
  }
}

/** A day written in words inside a title: `9 Oct 2025`, `October 9th, 2025`. */
const WRITTEN_DATE = new RegExp(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD},?\s+\d{4}|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b`, 'i');

/** A day written in words in a title or file name (`# Coffee with Marcus — 9 Oct 2025`), or null. */
export function findWrittenDate(s: string): string | null {
  const m = WRITTEN_DATE.exec(s);
  return m ? parseLooseDate(m[0]) : null;
}

/** A weekday opening a date line: `Tue, `, `Tuesday `, `Thu. `. */
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+/i;
const LEADING_ISO = /^(\d{4}-\d{2}-\d{2})(?![\d-])/;
const LEADING_WRITTEN = new RegExp(String.raw`^(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD},?\s+\d{4}|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?![\d])`, 'i');

/**
 * The day a line opens with, when it is a date line: `Mar 11, 2025`, `Tue, Mar 4, 2025 10:02 AM • 32:15`,
 * `2025-03-11 14:00`, `11 March 2025` — a date first (a weekday may come before it), then at most
 * a time or a duration. Null for any other line (a sentence that mentions a day is not a date line).
 */
export function findLeadingDate(line: string): string | null {
  const c = line.charCodeAt(0);
  // A digit or a letter first; most lines are decided here.
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) || line.length > 80) return null;
  const rest = line.trim().replace(WEEKDAY, '');
  const iso = LEADING_ISO.exec(rest);
  const written = iso ? null : LEADING_WRITTEN.exec(rest);
  const m = iso ?? written;
  if (!m) return null;
  // After the day: nothing but a time, a duration and separators (`10:02 AM • 32:15`, `(45 min)`, `- 14:00 CET`).
  const after = rest.slice(m[0].length);
  if (!/^[\s,.·•|–—()-]*(?:(?:at[ \t]+)?\d{1,2}(?::\d{2}){0,2}[ \t]*(?:[ap]\.?m\.?)?[\s,.·•|–—()-]*|\d+[ \t]*(?:min|mins|minutes|h|hr|hrs|hours)\b[\s,.·•|–—()-]*|[A-Z]{2,5}\b[\s,.·•|–—()-]*)*$/i.test(after)) return null;
  if (iso) {
    const [y, mo, d] = iso[1].split('-').map(Number);
    return isValidDate(y, mo, d) ? iso[1] : null;
  }
  return parseLooseDate(m[0]);
}
