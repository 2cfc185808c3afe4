/**
 * The frontmatter: found by its `---` lines, parsed by gray-matter made safe
 * (flat blocks by the equivalent, much faster `simple-yaml` reader), read line
 * by line when the YAML is broken, and cleaned of template leftovers.
 *
 * gray-matter is called with only the frontmatter block (never the whole note),
 * always with an options object (without one it caches every input forever),
 * and with engines that refuse JavaScript and CoffeeScript, which it would
 * otherwise `eval`.
 */

import matter from 'gray-matter';
import type { FrontmatterInfo, ProblemKind } from '../model';
import { readSimpleYaml, SimpleYamlError } from './simple-yaml';
import { readToml } from './toml';
import { dateToIso } from './values';

export type Report = (kind: ProblemKind, line: number | null, message: string) => void;

export interface FrontmatterResult {
  info: FrontmatterInfo | null;
  /** Offset and 1-based line where the body starts. */
  bodyStart: number;
  bodyLine: number;
  /**
   * True when every value is text, a number, a boolean or a list of them (the fast reader read the block):
   * then no field can be nested in a mapping, and none is looked for there.
   */
  flat?: boolean;
}

type Leftover = FrontmatterInfo['leftovers'][number];

/** Thrown by the refusing engines; caught here and reported as 'frontmatter-code'. */
class CodeFrontmatterRefused extends Error {}

const refuse = {
  parse(): object {
    throw new CodeFrontmatterRefused('code frontmatter refused');
  },
};

/** A fresh options object per call: gray-matter only caches when none is given. */
function safeOptions(): { excerpt: false; engines: Record<string, typeof refuse> } {
  return {
    excerpt: false,
    engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse },
  };
}

/** Frontmatter lines kept while looking for the closing `---`; past this many they are read again once it is found. */
const MAX_KEPT_LINES = 1000;

/** `---`, optionally followed by a language name (`---yaml`, `---js`). */
const OPEN = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*$/;
/** The closing line: `---`, or `...`, YAML's end of document (Pandoc and Jekyll accept it too). */
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const CODE_LANGUAGES = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson']);

/** A template placeholder never filled in: `{{date}}`, `{ { DATE } }`, `<% tp.date.now() %>`. */
export const LEFTOVER = /\{\s*\{.*?\}\s*\}|<%.*?%>/;

/** A top-level `key: value` line of YAML (no indentation). */
const KEY_LINE = /^([^\s#:-][^:]*?)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_LINE = /^[ \t]*-[ \t]+(.*)$/;

interface RawLine {
  line: number;
  start: number;
  text: string;
}

/**
 * Whether the line at `at` (the first after the opening `---`) is a `key: value` field: a `...` line
 * closes only a block that opens with fields, never a `---` rule followed by prose.
 */
function opensFields(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  return KEY_LINE.test(text.slice(at, nl === -1 ? text.length : nl).replace(/\r$/, ''));
}

/** The lines from `from` up to (excluding) `to`, without their line breaks. */
function linesBetween(text: string, from: number, firstLine: number, to: number): RawLine[] {
  const out: RawLine[] = [];
  let pos = from;
  let line = firstLine;
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    let end = nl === -1 || nl > to ? to : nl;
    const next = end + 1;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    out.push({ line, start: pos, text: text.slice(pos, end) });
    pos = next;
    line++;
  }
  return out;
}

/** `---` or `...` at `at`: the only lines worth testing against `CLOSE` (no slice for the others). */
function startsWithDashes(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 45 || c === 46) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c;
}

export function readFrontmatter(text: string, bomLength: number, report: Report): FrontmatterResult {
  const none: FrontmatterResult = { info: null, bodyStart: bomLength, bodyLine: 1 };
  if (!text.startsWith('---', bomLength)) {
    const c = text.charCodeAt(bomLength);
    if (c === 43 /* + */ && text.startsWith('+++', bomLength)) return readTomlBlock(text, bomLength, report) ?? none;
    if (c === 10 || c === 13 || c === 32 || c === 9) return readBelowBlankLines(text, bomLength, report) ?? none;
    return none;
  }
  const firstBreak = text.indexOf('\n', bomLength);
  const firstEnd = firstBreak === -1 ? text.length : firstBreak;
  // A bare `---` line, the usual case, needs no regex.
  const bare = firstEnd === bomLength + 3 || (firstEnd === bomLength + 4 && text.charCodeAt(bomLength + 3) === 13);
  const open = bare ? null : OPEN.exec(text.slice(bomLength, firstEnd).replace(/\r$/, ''));
  if (!bare && !open) return none;
  const language = (open?.[1] ?? '').toLowerCase();

  // Find the closing `---` line, keeping the lines on the way (up to a bound: an unclosed `---` may open a long note).
  let pos = firstBreak === -1 ? text.length : firstBreak + 1;
  let line = 2;
  let close: { line: number; start: number; end: number; next: number } | null = null;
  let kept: RawLine[] | null = [];
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (startsWithDashes(text, pos) && CLOSE.test(text.slice(pos, end)) && (text.charCodeAt(pos) === 45 || opensFields(text, firstBreak + 1))) {
      close = { line, start: pos, end, next };
      break;
    }
    if (kept !== null) {
      if (kept.length < MAX_KEPT_LINES) kept.push({ line, start: pos, text: text.slice(pos, end) });
      else kept = null;
    }
    pos = next;
    line++;
  }

  const contentStart = firstBreak === -1 ? text.length : firstBreak + 1;
  if (CODE_LANGUAGES.has(language)) {
    report('frontmatter-code', 1, `The frontmatter is marked as ${language === 'js' || language === 'javascript' ? 'JavaScript' : 'CoffeeScript'} (“---${open?.[1] ?? ''}”); it was not run and its fields were ignored.`);
    if (!close) return { info: null, bodyStart: bomLength, bodyLine: 1 };
    return {
      info: { data: {}, start: bomLength, end: close.next, endLine: close.line, fallback: false, leftovers: [] },
      bodyStart: close.next,
      bodyLine: close.line + 1,
    };
  }

  if (!close) return readUnterminated(text, bomLength, contentStart, report);

  const raw = kept ?? linesBetween(text, contentStart, 2, close.start);
  // Most blocks hold no `{` or `<%` at all: then there is no placeholder to find, on the lines or in the values read from them.
  const block = text.slice(contentStart, close.start);
  const mayHoldLeftovers = block.includes('{') || block.includes('<%');
  const leftovers = mayHoldLeftovers ? findLeftovers(raw) : [];
  // A line terminator inside a line (a lone `\r`, U+2028, U+2029) changes how YAML reads it; few blocks hold one.
  const mayHoldBreaks = block.includes('\r') || block.includes('\u2028') || block.includes('\u2029');
  // gray-matter knows only `---` as the closing line: a block closed by `...` is given to it closed by `---`.
  const source = text.charCodeAt(close.start) === 46 ? `${text.slice(bomLength, close.start)}---` : text.slice(bomLength, close.end);
  const { data, fallback, simple } = parseBlock(source, raw, language, leftovers, mayHoldBreaks, report);
  if (mayHoldLeftovers || !simple) dropLeftovers(data);
  reportLeftovers(leftovers, report);

  return {
    info: { data, start: bomLength, end: close.next, endLine: close.line, fallback, leftovers },
    bodyStart: close.next,
    bodyLine: close.line + 1,
    flat: simple,
  };
}

/**
 * The fields of a closed frontmatter block (`source`, its `---` lines included):
 * the fast reader for flat YAML, gray-matter for the rest, the line-based reading when the YAML
 * is broken. `simple` tells that the fast reader read it, so every value is text from the lines.
 */
function parseBlock(
  source: string,
  raw: RawLine[],
  language: string,
  leftovers: Leftover[],
  mayHoldBreaks: boolean,
  report: Report,
): { data: Record<string, unknown>; fallback: boolean; simple: boolean } {
  const simple = language === '' || language === 'yaml' || language === 'yml' ? readSimpleYaml(raw, mayHoldBreaks) : null;
  if (simple instanceof SimpleYamlError) {
    reportYaml(report, raw[simple.index].line, simple.reason);
    return { data: readLines(raw, leftovers), fallback: true, simple: false };
  }
  if (simple !== null) return { data: simple, fallback: false, simple: true };
  try {
    const parsed = matter(source, safeOptions()).data as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      report('yaml', 2, 'The frontmatter is not a set of “key: value” fields, so it was ignored.');
      return { data: {}, fallback: false, simple: false };
    }
    return { data: normalise(parsed, writtenDays(source)) as Record<string, unknown>, fallback: false, simple: false };
  } catch (err) {
    if (err instanceof CodeFrontmatterRefused) {
      report('frontmatter-code', 1, 'The frontmatter is marked as code; it was not run and its fields were ignored.');
      return { data: {}, fallback: false, simple: false };
    }
    const { line, reason } = describeYamlError(err, language);
    reportYaml(report, line, reason);
    return { data: readLines(raw, leftovers), fallback: true, simple: false };
  }
}

function reportYaml(report: Report, line: number | null, reason: string): void {
  report(
    'yaml',
    line,
    `Frontmatter YAML could not be read${line === null ? '' : ` at line ${line}`}: ${reason}; type, date and participants were read line by line instead.`,
  );
}

/** Where a js-yaml error points (its `mark.line` counts from the opening `---` line) and why. */
function describeYamlError(err: unknown, language: string): { line: number | null; reason: string } {
  if (err && typeof err === 'object') {
    const e = err as { mark?: { line?: number }; reason?: string; message?: string };
    if (e.mark && typeof e.mark.line === 'number') {
      return { line: 1 + e.mark.line, reason: e.reason ?? 'invalid YAML' };
    }
    if (typeof e.message === 'string' && e.message.includes('not registered')) {
      return { line: 1, reason: `the language “${language}” is not supported` };
    }
    if (typeof e.message === 'string') return { line: null, reason: e.message.split('\n')[0] };
  }
  return { line: null, reason: 'invalid YAML' };
}

/**
 * A `---` with no closing line: Obsidian shows it as text. The `key: value`
 * lines right after it are still read, so the note keeps its type and date.
 */
function readUnterminated(text: string, bomLength: number, contentStart: number, report: Report): FrontmatterResult {
  // The run of YAML-looking lines: up to the first blank line, heading or other text.
  const lines: RawLine[] = [];
  let pos = contentStart;
  let line = 2;
  let endOffset = contentStart;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const s = text.slice(pos, end);
    const yamlish = KEY_LINE.test(s) || (lines.length > 0 && (LIST_LINE.test(s) || /^[ \t]+\S/.test(s)));
    if (!yamlish || s.startsWith('#')) break;
    lines.push({ line, start: pos, text: s });
    endOffset = next;
    pos = next;
    line++;
  }
  // A `---` with no field under it is a horizontal rule, not a broken frontmatter.
  if (lines.length === 0) return { info: null, bodyStart: bomLength, bodyLine: 1 };
  report('unterminated-frontmatter', 1, 'The frontmatter opened at line 1 has no closing “---”, so Obsidian shows it as text; its fields were read line by line.');
  const leftovers = findLeftovers(lines);
  const data = readLines(lines, leftovers);
  dropLeftovers(data);
  reportLeftovers(leftovers, report);
  const last = lines[lines.length - 1].line;
  return {
    info: { data, start: bomLength, end: endOffset, endLine: last, fallback: true, leftovers },
    bodyStart: endOffset,
    bodyLine: last + 1,
  };
}

/**
 * What js-yaml made of the block, put back the way it was written, everywhere in the value:
 * - a Date becomes the `YYYY-MM-DD` day written (`days`, for timestamps with an offset);
 * - an unquoted wikilink, which YAML reads as a list holding a list (`[[Ana Ruiz]]` →
 *   `[["Ana Ruiz"]]`), becomes the link's text again, so no name in it is lost.
 */
function normalise(value: unknown, days: WrittenDays): unknown {
  if (value instanceof Date) return days.of(value);
  if (Array.isArray(value)) {
    // Inside out, so `[[2025-10-20]]` (a Date in a list in a list) is a link to the day.
    const items = value.map((v) => normalise(v, days));
    return unquotedLink(items) ?? items;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = normalise(v, days);
    return out;
  }
  return value;
}

/**
 * `[[X]]` as js-yaml reads it — a list whose only item is a list of `X` — back as the text `[[X]]`;
 * null for any other list. A comma splits `[[Ana Ruiz|Ruiz, Ana]]` in two: an alias (`|`) in the
 * first part tells it is one link. `[[A, B]]` with no alias stays a list of two names.
 */
function unquotedLink(list: unknown[]): string | null {
  if (list.length !== 1 || !Array.isArray(list[0])) return null;
  const inner = list[0] as unknown[];
  if (inner.length === 0) return null;
  if (inner.length > 1 && !(typeof inner[0] === 'string' && inner[0].includes('|'))) return null;
  const parts: string[] = [];
  for (const part of inner) {
    const text = flowText(part);
    if (text === null) return null;
    parts.push(text);
  }
  return `[[${parts.join(', ')}]]`;
}

/** A scalar, or a one-key mapping (`[[Q3: plan]]` reads as `{Q3: 'plan'}`), as it was written; null for anything else. */
function flowText(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length !== 1) return null;
    const [k, inner] = entries[0];
    const text = inner === null ? '' : flowText(inner);
    return text === null ? null : text === '' ? k : `${k}: ${text}`;
  }
  return null;
}

interface WrittenDays {
  /** The day a Date from js-yaml was written on, `YYYY-MM-DD`. */
  of(date: Date): string | null;
}

/**
 * A YAML timestamp with a time and an offset (`2025-10-20T23:30:00-05:00`), as js-yaml's own pattern
 * reads it, found anywhere in the block. js-yaml turns it into a UTC instant, which can fall on
 * another day than the one written (the 21st here); the day written is the meeting's.
 */
const OFFSET_TIMESTAMP =
  /(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?[ \t]*([-+])(\d\d?)(?::(\d\d))?/g;

/**
 * The days written for the frontmatter block `block`. A Date at UTC midnight (a date
 * without a time, the usual case) or with no offset written is its UTC day; the block is
 * searched for offsets only when a Date with a time of day comes up, once.
 */
function writtenDays(block: string): WrittenDays {
  let byInstant: Map<number, string> | null = null;
  return {
    of(date: Date): string | null {
      const t = date.getTime();
      if (Number.isNaN(t) || t % 86_400_000 === 0) return dateToIso(date);
      byInstant ??= offsetTimestamps(block);
      return byInstant.get(t) ?? dateToIso(date);
    },
  };
}

/** Each timestamp with an offset in `block`, keyed by the instant js-yaml makes of it. */
function offsetTimestamps(block: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of block.matchAll(OFFSET_TIMESTAMP)) {
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
    const ms = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
    const offset = (Number(m[9]) * 60 + Number(m[10] ?? 0)) * 60_000 * (m[8] === '-' ? -1 : 1);
    const instant = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset;
    out.set(instant, `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
  }
  return out;
}

/** Every template placeholder in the raw frontmatter lines, with the key it belongs to. */
function findLeftovers(lines: RawLine[]): Leftover[] {
  const out: Leftover[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text.includes('{') && !l.text.includes('<%')) continue;
    if (l.text.trimStart().startsWith('#')) continue;
    const keyLine = KEY_LINE.exec(l.text);
    const valueFrom = keyLine ? l.text.indexOf(':') + 1 : LIST_LINE.exec(l.text) ? l.text.indexOf('-') + 1 : 0;
    const value = l.text.slice(valueFrom);
    if (!LEFTOVER.test(value)) continue;
    const lead = value.length - value.trimStart().length;
    const raw = value.trim();
    const start = l.start + valueFrom + lead;
    out.push({ key: keyLine ? keyLine[1].trim() : keyAbove(lines, i), line: l.line, start, end: start + raw.length, raw });
  }
  return out;
}

/** The top-level key a list item or continuation line belongs to. */
function keyAbove(lines: RawLine[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const m = KEY_LINE.exec(lines[i].text);
    if (m) return m[1].trim();
  }
  return '';
}

function isLeftoverValue(v: unknown): boolean {
  if (typeof v === 'string') return (v.includes('{') || v.includes('<%')) && LEFTOVER.test(v);
  // js-yaml reads `{ { DATE } }` as a mapping whose only key is "[object Object]".
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const keys = Object.keys(v);
    return keys.length > 0 && keys.every((k) => k === '[object Object]' || LEFTOVER.test(k));
  }
  return false;
}

/**
 * Remove placeholder values so nothing downstream takes them for real data.
 * (`leftovers` records those found on the raw lines; a value caught only here
 * has no line of its own and is dropped without a record.)
 */
function dropLeftovers(data: Record<string, unknown>): void {
  for (const k in data) {
    const v = data[k];
    if (isLeftoverValue(v)) delete data[k];
    else if (Array.isArray(v) && v.some(isLeftoverValue)) data[k] = v.filter((x) => !isLeftoverValue(x));
  }
}

function reportLeftovers(leftovers: Leftover[], report: Report): void {
  for (const l of leftovers) {
    report('template-leftover', l.line, `Frontmatter field “${l.key}” still holds the template placeholder “${l.raw}”, which was never filled in; it was ignored.`);
  }
}

/**
 * The tolerant reading used when the YAML is broken: top-level `key: value`
 * lines, inline `[a, b]` lists, `- item` lists under an empty key, and indented
 * continuation lines. Placeholders are left out.
 *
 * Broken blocks are broken in a few usual ways, each read as the writer meant it:
 * - a `key: value` line indented (often with a tab) under a value that is text is a
 *   key of its own: text has no keys under it, and YAML never continues a plain
 *   value with `key: ` — so `type: people` + `⇥date: 2025-10-20` is two fields;
 * - a quote opened and never closed is no part of the value (`type: "people` is `people`),
 *   unless a later indented line closes it: then the lines in between are one value;
 * - a key repeated with an empty value does not erase the value it had (list items
 *   under the repeat are added to it, so no attendee is lost).
 */
function readLines(lines: RawLine[], leftovers: Leftover[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const leftoverLines = new Set(leftovers.map((l) => l.line));
  let key: string | null = null;
  /** The quote a value opened, while the indented lines up to the one closing it are joined to it. */
  let openQuote = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const s = l.text;
    if (s.trim() === '' || s.trimStart().startsWith('#')) continue;
    const indented = s.charCodeAt(0) === 32 || s.charCodeAt(0) === 9;
    if (openQuote !== '') {
      if (indented && key !== null && typeof data[key] === 'string') {
        const t = s.trim();
        const closes = t.endsWith(openQuote);
        data[key] = `${data[key] as string} ${closes ? t.slice(0, -1).trimEnd() : t}`;
        if (closes) openQuote = '';
        continue;
      }
      openQuote = '';
    }
    const keyLine: RegExpExecArray | null = indented ? (key !== null ? siblingKey(s, data[key]) : null) : KEY_LINE.exec(s);
    if (keyLine) {
      const k = keyLine[1].trim();
      key = k;
      const value = (keyLine[2] ?? '').trim();
      if (leftoverLines.has(l.line)) continue;
      if (value === '') {
        if (!hasValue(data[k])) data[k] = [];
        continue;
      }
      const quote = unclosedQuote(value);
      if (quote !== '' && closesLater(lines, i + 1, quote)) {
        data[k] = value.slice(1).trim();
        openQuote = quote;
      } else {
        data[k] = scalarOrList(value);
      }
      continue;
    }
    if (key === null) continue;
    const item = LIST_LINE.exec(s);
    if (item) {
      if (leftoverLines.has(l.line)) continue;
      const current = data[key];
      const list = Array.isArray(current) ? current : [];
      list.push(unquote(item[1].trim()));
      data[key] = list;
    } else if (indented && typeof data[key] === 'string') {
      data[key] = `${data[key] as string} ${unquote(s.trim())}`;
    }
  }
  // An empty key with no list items under it is an empty value, not an empty list.
  for (const [k, v] of Object.entries(data)) if (Array.isArray(v) && v.length === 0) data[k] = '';
  return data;
}

/** A key the broken blocks use: one word, as property names are (`date`, `source_ref`, `meeting-date`). */
const SIBLING_KEY = /^[ \t]+([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/** An indented `key: value` line under a value that is text (which can have nothing under it): a key of its own. */
function siblingKey(line: string, current: unknown): RegExpExecArray | null {
  return typeof current === 'string' && current !== '' ? SIBLING_KEY.exec(line) : null;
}

function hasValue(v: unknown): boolean {
  return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/** The quote `value` opens and does not close (`"people`), or ''. */
function unclosedQuote(value: string): string {
  const q = value.charAt(0);
  if (q !== '"' && q !== "'") return '';
  return value.length === 1 || !value.endsWith(q) ? q : '';
}

/** True when an indented line after `from`, before the next unindented one, ends with `quote`. */
function closesLater(lines: RawLine[], from: number, quote: string): boolean {
  for (let i = from; i < lines.length; i++) {
    const s = lines[i].text;
    if (s.trim() === '') continue;
    if (s.charCodeAt(0) !== 32 && s.charCodeAt(0) !== 9) return false;
    if (s.trimEnd().endsWith(quote)) return true;
  }
  return false;
}

/**
 * A flow list `[a, [[B]], "c"]` as its items, anything else as one value. `[[B]]` alone
 * is a link, and so is `[[A]], [[B]]`, whose first `[` closes before the end.
 */
function scalarOrList(value: string): unknown {
  if (value.startsWith('[') && value.endsWith(']') && !isOneLink(value) && closesAtEnd(value)) {
    return splitFlow(value.slice(1, -1)).map(unquote).filter((v) => v !== '');
  }
  // `[Ana Ruiz, Bo Chen` with its `]` lost (what made the YAML fail): the list it begins, not a name starting with `[`.
  if (value.startsWith('[') && !value.startsWith('[[') && !value.includes(']')) {
    return splitFlow(value.slice(1)).map(unquote).filter((v) => v !== '');
  }
  return unquote(value);
}

/** `[[…]]` with no `]` before its end. */
function isOneLink(value: string): boolean {
  return value.startsWith('[[') && value.indexOf(']') === value.length - 2;
}

/** True when the `[` that opens `value` is closed by its last character. */
function closesAtEnd(value: string): boolean {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 91 /* [ */) depth++;
    else if (c === 93 /* ] */ && --depth === 0) return i === value.length - 1;
  }
  return false;
}

/** Split a flow list's inside on commas outside quotes and `[[…]]`. */
function splitFlow(s: string): string[] {
  const out: string[] = [];
  let quote = '';
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      depth++;
    } else if (c === ']') {
      depth = Math.max(0, depth - 1);
    } else if (c === ',' && depth === 0) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out;
}

function unquote(v: string): string {
  const q = v.charAt(0);
  if (q === '"' || q === "'") {
    if (v.length >= 2 && v.endsWith(q)) {
      const inner = v.slice(1, -1);
      return q === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    }
    // A quote never closed (what broke the YAML) is no part of the value.
    return v.slice(1).trim();
  }
  // A plain scalar ends at a comment.
  const hash = v.indexOf(' #');
  return (hash === -1 ? v : v.slice(0, hash)).trim();
}

/**
 * A frontmatter block below blank lines (a template that starts with an empty line): Obsidian
 * shows it as text, but it is plainly the note's fields. Read when it is closed and holds
 * fields, and reported so it can be moved up; otherwise null (a `---` rule further down).
 */
function readBelowBlankLines(text: string, bomLength: number, report: Report): FrontmatterResult | null {
  let at = bomLength;
  let line = 1;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 10) line++;
    else if (c !== 13 && c !== 32 && c !== 9) break;
    at++;
  }
  if (line === 1 || !text.startsWith('---', at) || text.charCodeAt(at - 1) !== 10) return null;
  const shift = line - 1;
  const held: { kind: ProblemKind; line: number | null; message: string }[] = [];
  const result = readFrontmatter(text, at, (kind, l, message) => held.push({ kind, line: l === null ? null : l + shift, message }));
  const info = result.info;
  if (info === null || info.fallback || held.some((p) => p.kind === 'unterminated-frontmatter') || Object.keys(info.data).length === 0) return null;
  report(
    'yaml',
    line,
    `The frontmatter starts on line ${line}, below ${shift === 1 ? 'a blank line' : `${shift} blank lines`}, so Obsidian shows it as text, not as properties; its fields were read anyway. Remove the blank lines above it.`,
  );
  for (const p of held) report(p.kind, p.line, p.message);
  info.endLine += shift;
  for (const l of info.leftovers) l.line += shift;
  return { info, bodyStart: result.bodyStart, bodyLine: result.bodyLine + shift };
}

/**
 * TOML front matter between `+++` lines (Hugo's): its top-level fields, read as the YAML
 * ones would be. Null when no closing `+++` follows (then it is text).
 */
function readTomlBlock(text: string, bomLength: number, report: Report): FrontmatterResult | null {
  const firstBreak = text.indexOf('\n', bomLength);
  if (firstBreak === -1 || text.slice(bomLength, firstBreak).trim() !== '+++') return null;
  const raw: RawLine[] = [];
  let pos = firstBreak + 1;
  let line = 2;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const s = text.slice(pos, end);
    if (s.trim() === '+++') {
      const { data, unread } = readToml(raw.map((r) => r.text));
      for (const i of unread) report('yaml', raw[i].line, `The TOML front matter's line ${raw[i].line} is not a “key = value” field that could be read; it was skipped.`);
      const leftovers: Leftover[] = [];
      for (const r of raw) {
        const m = LEFTOVER.exec(r.text);
        const eq = r.text.indexOf('=');
        if (!m || eq === -1 || m.index < eq) continue;
        leftovers.push({ key: r.text.slice(0, eq).trim(), line: r.line, start: r.start + m.index, end: r.start + m.index + m[0].length, raw: m[0] });
      }
      dropLeftovers(data);
      reportLeftovers(leftovers, report);
      return { info: { data, start: bomLength, end: next, endLine: line, fallback: false, leftovers }, bodyStart: next, bodyLine: line + 1 };
    }
    raw.push({ line, start: pos, text: s });
    pos = next;
    line++;
  }
  report('unterminated-frontmatter', 1, 'The TOML front matter opened by “+++” at line 1 has no closing “+++”; it was read as text.');
  return null;
}
