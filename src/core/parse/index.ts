/**
 * The note parser: one note's exact text in, a `Note` out. Never throws — a
 * part that fails becomes a Problem and the rest is still read.
 *
 * Offsets are into the text as stored (BOM and CRLF included); lines are
 * 1-based. Tasks, items and transcript lines span their whole line(s), from
 * the line's start (after a BOM on line 1) to its end, line break excluded.
 */

import type { Note, Problem, Section } from '../model';
import { fixText } from '../repair/mojibake';
import { readBody, type Body } from './body';
import { readFrontmatter, type FrontmatterResult, type Report } from './frontmatter';
import { assignSpeakers } from './transcript';
import { parseLooseDate } from '../dates';
import { addNames, asDate, asName, asNameList, asText, findFileNameDate, findFolderDate, findIsoDate, findWrittenDate, splitNames, stripName } from './values';

export interface ParseOptions {
  /**
   * Repair applied to a task's description when it holds non-ASCII text,
   * before its signifiers are read (`ðŸ“…` → `📅`). Defaults to the mojibake
   * repair's `fixText`; spans always refer to the unrepaired text.
   */
  fixLine?: (line: string) => string;
  /** More names to recognise as speakers glued to transcript text, besides the note's participants. */
  knownNames?: readonly string[];
  /** Notes longer than this many UTF-16 units are reported 'too-large' and not read. Default 50,000,000. */
  maxSize?: number;
}

const DEFAULT_MAX_SIZE = 50_000_000;

/** A note with nothing read yet: what a parse starts from, and what tests and benchmarks build on. */
export function emptyNote(path: string): Note {
  return {
    path,
    type: null,
    title: null,
    date: null,
    frontmatter: null,
    participants: [],
    person: null,
    counterpart: null,
    account: null,
    sourceRef: null,
    series: null,
    aliases: [],
    sections: [],
    tasks: [],
    items: [],
    links: [],
    transcript: null,
    problems: [],
    size: 0,
    bom: false,
    eol: '\n',
  };
}

export function parseNote(path: string, text: string, options: ParseOptions = {}): Note {
  const problems: Problem[] = [];
  const report: Report = (kind, line, message) => problems.push({ path, line, kind, message });
  const bom = text.charCodeAt(0) === 0xfeff;
  const note = emptyNote(path);
  note.problems = problems;
  note.size = text.length;
  note.bom = bom;


  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > maxSize) {
    report('too-large', null, `The note is ${text.length.toLocaleString('en-US')} characters long, more than the ${maxSize.toLocaleString('en-US')} read; it was skipped.`);
    note.eol = mainLineBreak(text);
    return note;
  }
  if (looksBinary(text)) {
    report('binary', null, 'This file holds binary data (NUL bytes or mostly control characters), not text; it was not read as a note.');
    note.eol = mainLineBreak(text);
    return note;
  }
  if (!/\S/.test(bom ? text.slice(1) : text)) {
    report('empty', null, 'The note is empty.');
    note.eol = mainLineBreak(text);
    return note;
  }

  const from = bom ? 1 : 0;
  // Each part is guarded: an unexpected exception becomes a Problem and the rest is still read.
  let fm: FrontmatterResult;
  try {
    fm = readFrontmatter(text, from, report);
  } catch (err) {
    reportFailure(report, 'frontmatter', err);
    fm = { info: null, bodyStart: from, bodyLine: 1 };
  }
  note.frontmatter = fm.info;

  const fixLine = options.fixLine ?? fixText;
  let body: Body | null = null;
  try {
    body = readBody(text, from, fm.bodyStart, { fixLine, report });
  } catch (err) {
    reportFailure(report, 'body', err);
  }
  if (!body) note.eol = mainLineBreak(text);
  if (body) {
    note.eol = body.crlf > body.lf ? '\r\n' : '\n';
    note.sections = body.sections;
    note.tasks = body.tasks;
    note.items = body.items;
    note.links = body.links;
    note.transcript = body.transcript;
  }

  try {
    readFields(note, fm.info?.data ?? {}, fm.flat === true, body, (key) => frontmatterLineOf(text, fm, key), report);
  } catch (err) {
    reportFailure(report, 'fields', err);
  }

  const transcript = note.transcript;
  if (transcript && transcript.lines.length > 0) {
    const known = [...note.participants, ...(options.knownNames ?? [])];
    if (note.person) known.push(note.person);
    if (note.counterpart) known.push(note.counterpart);
    try {
      assignSpeakers(transcript.lines, known);
    } catch (err) {
      reportFailure(report, 'transcript speakers', err);
    }
  }
  return note;
}

/** An unexpected exception in one part of the parse, as a Problem rather than a crash. */
function reportFailure(report: Report, part: string, err: unknown): void {
  const why = err instanceof Error ? err.message : String(err);
  report('read-error', null, `Part of this note (the ${part}) could not be read because of an unexpected error: ${why}. The rest was read as usual.`);
}

/** The note's own fields, from the frontmatter first and the body's meta lines after. */
function readFields(note: Note, top: Record<string, unknown>, flat: boolean, body: Body | null, lineOf: (key: string) => number | null, report: Report): void {
  const data = flat ? top : withNestedFields(top);
  const lower = caseFreeKeys(data);
  note.type = nameField(data, lower, 'type') ?? body?.metaType ?? null;
  note.title = asText(first(field(data, lower, 'title'))) ?? (body?.h1 ? titleOfBody(body.h1, body.sections) : null);
  note.date =
    frontmatterDate(data, lower, lineOf, report) ??
    body?.metaDate ??
    (body?.h1 ? findIsoDate(body.h1) ?? findWrittenDate(body.h1) : null) ??
    findIsoDate(baseName(note.path)) ??
    findWrittenDate(baseName(note.path)) ??
    findFileNameDate(baseName(note.path)) ??
    findFolderDate(note.path) ??
    createdDate(data, lower) ??
    body?.metaCreated ??
    null;

  const seen = new Set<string>();
  for (const key of PARTICIPANT_KEYS) {
    const value = field(data, lower, key);
    if (value !== undefined) addNames(note.participants, seen, asNameList(value));
  }
  if (body) addNames(note.participants, seen, body.metaParticipants);

  note.person = asName(field(data, lower, 'person'));
  note.counterpart = asName(field(data, lower, 'counterpart'));
  note.account = accountField(data, lower) ?? body?.metaAccount ?? null;
  note.sourceRef = asText(first(field(data, lower, 'source_ref'))) ?? asText(first(field(data, lower, 'transcript_path'))) ?? null;
  note.series = asText(first(field(data, lower, 'series')));
  note.aliases = aliasesOf(field(data, lower, 'aliases') ?? field(data, lower, 'alias'));
}

/**
 * The note's title from its body: the level-1 heading, unless that only says what the note is
 * (`# 📝 Notes`, `# Meeting notes`, as Gemini heads every note) and a heading below it names the
 * meeting (`## Pricing sync`) before any part of the note (Summary, Action items…) begins.
 */
function titleOfBody(h1: string, sections: readonly Section[]): string {
  if (!GENERIC_TITLE.test(h1.replace(/[^\p{L}\p{N}\s]/gu, '').trim())) return h1;
  for (const s of sections) {
    if (s.level === 1) continue;
    if (s.kind !== 'other') break;
    if (s.level <= 3 && /\p{L}/u.test(s.heading) && !GENERIC_TITLE.test(s.heading.replace(/[^\p{L}\p{N}\s]/gu, '').trim())) return s.heading;
  }
  return h1;
}

/** Titles that say what a note is, not which meeting: `Notes`, `Meeting notes`, `Untitled 3`, `Notes by Gemini`. */
const GENERIC_TITLE = /^(?:untitled(?: \d+)?|(?:meeting |call )?notes(?: by \w+)?|meeting(?: summary)?|summary|new note(?: \d+)?)$/i;

/**
 * Keys of a mapping that holds the meeting's own fields — `meeting: {type: customer, attendees: [...]}`,
 * `event:` with `date:` and `attendees:` under it — compared without case, spaces, `_` or `-`. Any key
 * naming the meeting (`zoom_meeting`, `meeting_details`) counts too. Other mappings (`source: {type: …}`,
 * `project: {…}`) describe something else, and are not read for the note's fields.
 */
const NESTING_KEYS = new Set(['meeting', 'event', 'call', 'session', 'calendar', 'calendarevent', 'meta', 'metadata', 'properties', 'props', 'details', 'info', 'note']);

function isNestingKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[\s_-]/g, '');
  return NESTING_KEYS.has(k) || k.includes('meeting');
}

/**
 * The frontmatter's fields with those nested one level down in a meeting's mapping (see `NESTING_KEYS`)
 * added where the top level has none of that name: the top level wins. Most frontmatter holds no
 * mapping at all, and is returned as it is.
 */
function withNestedFields(data: Record<string, unknown>): Record<string, unknown> {
  let merged: Record<string, unknown> | null = null;
  for (const key in data) {
    const v = data[key];
    if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Date || !isNestingKey(key)) continue;
    merged ??= { ...data };
    const present = new Set(Object.keys(merged).map((k) => k.toLowerCase()));
    for (const [k, inner] of Object.entries(v as Record<string, unknown>)) if (!present.has(k.toLowerCase())) merged[k] = inner;
  }
  return merged ?? data;
}

/** Keys holding when the note was made (`created_at` from Granola, `created` from templates): the date when nothing else gives one. */
const CREATED_KEYS = ['created', 'created_at', 'createdat', 'date_created', 'date created', 'creation_date', 'start', 'start_time', 'starttime'];

function createdDate(data: Record<string, unknown>, lower: Map<string, unknown> | null): string | null {
  for (const key of CREATED_KEYS) {
    const date = asDate(first(field(data, lower, key)));
    if (date) return date;
  }
  return null;
}

/** Keys a note names its account under, English first (keys compare without case). */
const ACCOUNT_KEYS = ['account', 'company', 'kunde', 'firma', 'unternehmen', 'entreprise', 'cliente', 'empresa', 'klant'];

function accountField(data: Record<string, unknown>, lower: Map<string, unknown> | null): string | null {
  for (const key of ACCOUNT_KEYS) {
    const name = asName(field(data, lower, key));
    if (name) return name;
  }
  return null;
}

/** Keys a note lists the people in the meeting under (keys compare without case). */
const PARTICIPANT_KEYS = ['participants', 'attendees', 'people', 'with', 'present', 'invitees', 'teilnehmer', 'teilnehmende', 'participantes', 'asistentes', 'deelnemers'];

/** Keys a meeting's date is written under, besides `date` (keys compare without case). */
const DATE_KEYS = ['date', 'meeting_date', 'meeting-date', 'meetingdate', 'meeting date', 'when', 'datum', 'fecha'];

/**
 * The meeting date from the frontmatter: an ISO day, a timestamp, or a day written in
 * words (`October 3, 2025`, `3 Oct 2025`) or numbers that can only be one day
 * (`16/09/2025`). A value that is none of these — `05/06/2025` is May 6 or June 5 —
 * is reported, never guessed; the date is then looked for in the body and file name.
 */
function frontmatterDate(data: Record<string, unknown>, lower: Map<string, unknown> | null, lineOf: (key: string) => number | null, report: Report): string | null {
  for (const key of DATE_KEYS) {
    const value = first(field(data, lower, key));
    if (value === undefined || value === null || value === '') continue;
    const date = asDate(value) ?? (typeof value === 'string' ? parseLooseDate(value) : null);
    if (date) return date;
    const written = typeof value === 'string' || typeof value === 'number' ? `“${String(value).trim()}”` : 'a value that is not a date';
    report(
      'unreadable-date',
      lineOf(key),
      `The frontmatter “${key}” holds ${written}, which is not one clear day (numbers like 05/06/2025 can be read two ways); write it as YYYY-MM-DD. The date was looked for in the note's text and file name instead.`,
    );
    return null;
  }
  return null;
}

/** The 1-based line of a frontmatter key, case-free, or null. */
function frontmatterLineOf(text: string, fm: FrontmatterResult, key: string): number | null {
  if (!fm.info) return null;
  const block = text.slice(fm.info.start, fm.info.end);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-_ ]/g, '[-_ ]?');
  // At the top level first, then indented under a mapping (`meeting:` / `  date: …`).
  const m = new RegExp(`^${escaped}[ \\t]*:`, 'im').exec(block) ?? new RegExp(`^[ \\t]+${escaped}[ \\t]*:`, 'im').exec(block);
  if (!m) return null;
  let line = 1;
  for (let i = 0; i < fm.info.start + m.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** `/[A-Z]/.test(key)`; keys are short, so a loop beats a regex call. */
function hasAsciiCapital(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * Keys are matched exactly, then without case (`Type:`, `Participants:`): the case-free map,
 * first key of each spelling winning, is built only when some key has a capital.
 */
function caseFreeKeys(data: Record<string, unknown>): Map<string, unknown> | null {
  for (const k in data) {
    if (hasAsciiCapital(k)) {
      const lower = new Map<string, unknown>();
      for (const key in data) if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), data[key]);
      return lower;
    }
  }
  return null;
}

function field(data: Record<string, unknown>, lower: Map<string, unknown> | null, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : lower?.get(key);
}

/** A field holding a name (`[[People/Ana Ruiz|Ana]]` → `Ana Ruiz`), or null. */
function nameField(data: Record<string, unknown>, lower: Map<string, unknown> | null, key: string): string | null {
  const t = asText(first(field(data, lower, key)));
  if (t === null) return null;
  const s = stripName(t);
  return s === '' ? null : s;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function aliasesOf(v: unknown): string[] {
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const a of v) {
      const t = asText(a);
      if (t !== null && stripName(t) !== '') out.push(stripName(t));
    }
    return out;
  }
  const t = asText(v);
  return t === null ? [] : splitNames(t);
}

function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/** CRLF when most line breaks in the first 64 KB are CRLF. */
function mainLineBreak(text: string): '\n' | '\r\n' {
  const limit = Math.min(text.length, 65536);
  if (text.lastIndexOf('\r', limit) === -1) return '\n';
  let lf = 0;
  let crlf = 0;
  let at = text.indexOf('\n');
  while (at !== -1 && at < limit) {
    if (at > 0 && text.charCodeAt(at - 1) === 13) crlf++;
    else lf++;
    at = text.indexOf('\n', at + 1);
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** A control character other than tab, line feed, form feed and carriage return, or U+FFFD. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT_CHAR = /[\x00-\x08\x0B\x0E-\x1F\uFFFD]/;

/**
 * Binary junk: a control character in the first 1024 characters, and then a NUL in
 * the first 8000 or more than a tenth of the first 1024 made of
 * control characters (tab, line breaks and form feed aside) or U+FFFD, which a
 * binary file read as UTF-8 is full of.
 */
function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, 1024);
  // Most notes hold no control character (NUL included) in their first 1024: one native search rules them out.
  if (!SUSPECT_CHAR.test(sample === text.length ? text : text.slice(0, sample))) return false;
  // Like git, look for a NUL in the first 8000 characters: binary formats have them early.
  if ((text.length > 8000 ? text.slice(0, 8000) : text).indexOf('\0') !== -1) return true;
  let bad = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > 0 && bad > sample * 0.1;
}

export type { Report } from './frontmatter';
export { classifyHeading, headingKey } from './sections';
export { parseTaskBody, statusTypeOf } from './tasks';
export { displayLinks, splitLink } from './links';
export { gluedName, readStamped } from './transcript';
