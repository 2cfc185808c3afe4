/**
 * A fast reader for the flat frontmatter almost every note has — `key: value`
 * lines, quoted strings, `[a, b]` lists and `- item` lists — giving exactly
 * what js-yaml (inside gray-matter) would. It reads nothing else: the moment
 * a line steps outside that subset (nesting, escapes, comments, anchors,
 * multi-line scalars, timestamps with a time, odd numbers, duplicate keys …)
 * it returns null and the caller hands the block to gray-matter.
 *
 * Why: js-yaml costs more than the rest of a note's parse put together, and
 * a vault of 10,000 notes must parse within three times a bare read.
 */

import { isValidDate } from './values';

export interface YamlLine {
  text: string;
}

/**
 * A `key: value` line is `/^([A-Za-z_][\w./-]*(?: [\w./-]+)*)[ \t]*:(?:[ \t]+(.*))?$/`, read by
 * `keyEnd` and `valueStart` with character checks: no match array for every line of every note.
 */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 47 || c === 45; // \w . / -
}

/** The end of the key at the start of `text` (words of `[\w./-]` parted by single spaces), or -1. */
function keyEnd(text: string): number {
  const c = text.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return -1;
  let i = 1;
  for (;;) {
    if (isKeyChar(text.charCodeAt(i))) i++;
    else if (text.charCodeAt(i) === 32 && isKeyChar(text.charCodeAt(i + 1))) i += 2;
    else return i;
  }
}

/**
 * Where the value starts after the key ending at `keyTo`: past `[ \t]*:[ \t]+` (or the end after a bare `:`); -1 when the line is no `key: value`.
 * `mayHoldBreaks` false: the line is known to hold no line terminator, so the value is not searched for one.
 */
function valueStart(text: string, keyTo: number, mayHoldBreaks: boolean): number {
  let i = keyTo;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return -1;
  i++;
  if (i === text.length) return i;
  const c = text.charCodeAt(i);
  if (c !== 32 && c !== 9) return -1;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  // `.` stops at line terminators: a value holding one does not match.
  if (mayHoldBreaks && holdsBreak(text, i)) return -1;
  return i;
}

/** A line terminator (`\n`, `\r`, U+2028, U+2029) in `text` from `from` on: what `.` in a regex does not match. */
function holdsBreak(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) return true;
  }
  return false;
}

/**
 * `/^ *- +(.*)$/` by character checks: where the item's value starts in a `- item` line, or -1.
 * (`mayHoldBreaks` as for `valueStart`.)
 */
function itemStart(text: string, mayHoldBreaks: boolean): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 45 /* - */ || text.charCodeAt(i + 1) !== 32) return -1;
  i += 2;
  while (text.charCodeAt(i) === 32) i++;
  return mayHoldBreaks && holdsBreak(text, i) ? -1 : i;
}

/**
 * The keys most notes use, as constants. A key read from a line is replaced by its
 * constant when it has one: an object keyed by a string made afresh costs a lookup
 * in the engine's table of names every time; a constant is already there.
 */
const COMMON_KEYS = [
  'type', 'title', 'date', 'tags', 'aliases', 'alias', 'participants', 'attendees', 'person', 'account', 'company',
  'counterpart', 'source', 'source_ref', 'series', 'cadence', 'duration_min', 'ai_extracted', 'transcript_path',
  'created', 'updated', 'modified', 'status', 'project', 'meeting', 'location', 'time', 'duration', 'cssclasses',
];
/** `COMMON_KEYS` by length. */
const KEYS_BY_LENGTH: string[][] = [];
for (const k of COMMON_KEYS) (KEYS_BY_LENGTH[k.length] ??= []).push(k);

/** `text.slice(0, keyTo)`, as one of `COMMON_KEYS` when it is one. */
function keyOf(text: string, keyTo: number): string {
  const candidates = KEYS_BY_LENGTH[keyTo];
  if (candidates !== undefined) {
    for (const k of candidates) {
      let i = 0;
      while (i < keyTo && text.charCodeAt(i) === k.charCodeAt(i)) i++;
      if (i === keyTo) return k;
    }
  }
  return text.slice(0, keyTo);
}
/** A plain scalar may not start with these YAML indicators. */
const INDICATOR_CHARS = new Uint8Array(128);
for (const c of '[]{}&*!|>\'"%@`#,?:') INDICATOR_CHARS[c.charCodeAt(0)] = 1;

/** `/^[[\]{}&*!|>'"%@`#,?:]|^- |^-$/`, by character codes. */
function startsWithIndicator(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c === 45 /* - */) return raw.length === 1 || raw.charCodeAt(1) === 32;
  return c < 128 && INDICATOR_CHARS[c] === 1;
}
const INT = /^-?(?:0|[1-9]\d{0,14})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SPECIAL = new Map<string, unknown>([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['~', null],
]);

/** Marks a value outside the subset. */
const OUTSIDE = Symbol('outside');

/** A mistake js-yaml would stop at: where, and why in words a user can act on. */
export class SimpleYamlError {
  constructor(
    /** Index into the lines given. */
    readonly index: number,
    readonly reason: string,
  ) {}
}

/**
 * The frontmatter's fields; or the first error, when the block is flat YAML
 * up to a line js-yaml is certain to reject; or null when the block needs a
 * full YAML parser. `mayHoldBreaks` false tells that no line holds a line
 * terminator (`\r`, U+2028, U+2029), which would otherwise be looked for.
 */
export function readSimpleYaml(lines: readonly YamlLine[], mayHoldBreaks = true): Record<string, unknown> | SimpleYamlError | null {
  const data: Record<string, unknown> = {};
  /** The key whose value is an empty `key:` line, waiting for `- item` lines. */
  let listKey: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const { text } = lines[index];
    if (isBlank(text)) continue;
    const c = text.charCodeAt(0);
    if (c === 32 || c === 45 /* - */) {
      const from = listKey === null ? -1 : itemStart(text, mayHoldBreaks);
      if (from === -1 || listKey === null) return null;
      const value = scalar(text.slice(from).trimEnd(), false);
      if (value === OUTSIDE) return null;
      const list = data[listKey];
      if (Array.isArray(list)) list.push(value);
      else data[listKey] = [value];
      continue;
    }
    const keyTo = keyEnd(text);
    const valueFrom = keyTo === -1 ? -1 : valueStart(text, keyTo, mayHoldBreaks);
    if (valueFrom === -1) return null;
    const key = keyOf(text, keyTo);
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(data, key)) return null;
    const raw = valueFrom === text.length ? '' : text.slice(valueFrom).trim();
    if (raw === '') {
      data[key] = null;
      listKey = key;
      continue;
    }
    listKey = null;
    if (isPlainWithColon(raw)) {
      // `title: Q3 review: budget` — YAML reads the second `: ` as a nested key and fails.
      return new SimpleYamlError(index, `the value of “${key}” contains “: ”, so it needs quotes`);
    }
    const value = raw.charCodeAt(0) === 91 /* [ */ ? flowList(raw) : scalar(raw, false);
    if (value === OUTSIDE) return null;
    data[key] = value;
  }
  return data;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** An unquoted value holding `: ` (and nothing else a full parser would read differently first). */
function isPlainWithColon(raw: string): boolean {
  const colon = raw.indexOf(': ');
  if (colon === -1) return false;
  const before = raw.slice(0, colon);
  return scalar(before, false) !== OUTSIDE && !startsWithIndicator(raw);
}

/** `[a, "b", 3]` with no nesting and no commas inside items. */
function flowList(raw: string): unknown {
  if (!raw.endsWith(']')) return OUTSIDE;
  const inner = raw.slice(1, -1);
  if (/[[\]{}]/.test(inner)) return OUTSIDE;
  if (inner.trim() === '') return [];
  const out: unknown[] = [];
  for (const part of inner.split(',')) {
    const value = scalar(part.trim(), true);
    if (value === OUTSIDE || value === '') return OUTSIDE;
    out.push(value);
  }
  return out;
}

/**
 * `{{date}}`, `{ { DATE } }`: js-yaml reads these as a mapping keyed "[object Object]",
 * which the frontmatter drops as a template leftover. Kept as the raw text, they are dropped the same way.
 */
const BRACED_PLACEHOLDER = /^\{[ \t]*\{[^{}:,[\]"'#&*!|>%@`]*\}[ \t]*\}$/;

function scalar(raw: string, inFlow: boolean): unknown {
  const q = raw.charCodeAt(0);
  if (q === 123 /* { */ && !inFlow) return BRACED_PLACEHOLDER.test(raw) ? raw : OUTSIDE;
  if (q === 34 /* " */) {
    // No escapes: a backslash means a full parser.
    if (raw.length < 2 || !raw.endsWith('"') || raw.indexOf('"', 1) !== raw.length - 1 || raw.includes('\\')) return OUTSIDE;
    return raw.slice(1, -1);
  }
  if (q === 39 /* ' */) {
    if (raw.length < 2 || !raw.endsWith("'")) return OUTSIDE;
    const inner = raw.slice(1, -1);
    if (inner.replace(/''/g, '').includes("'")) return OUTSIDE;
    return inner.replace(/''/g, "'");
  }
  if (raw === '' || startsWithIndicator(raw) || raw.includes(': ') || raw.endsWith(':') || raw.includes(' #') || raw.includes('\t')) {
    return OUTSIDE;
  }
  if (inFlow && /[,[\]{}]/.test(raw)) return OUTSIDE;
  if (raw.length <= 5 && SPECIAL.has(raw)) return SPECIAL.get(raw);
  const first = raw.charCodeAt(0);
  const numeric = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46; // digit + - .
  if (!numeric) return raw;
  if (INT.test(raw)) return Number(raw);
  const date = DATE_ONLY.exec(raw);
  if (date) return isValidDate(Number(date[1]), Number(date[2]), Number(date[3])) ? raw : OUTSIDE;
  // Text that merely starts with a digit (`1:1 with Ana`) is a string — unless
  // js-yaml could read it as a number or a timestamp, which never hold a space.
  if (raw.includes(' ') && !/^\d{4}-\d\d?-\d\d?[ Tt]/.test(raw)) return raw;
  return OUTSIDE;
}
