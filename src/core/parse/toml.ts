/**
 * TOML front matter between `+++` lines, as Hugo and notes brought over from it write
 * it: the top-level `key = value` lines, with strings, numbers, booleans, dates and
 * arrays (also over several lines). Tables (`[params]`) and what follows them are left
 * out; a line that is not `key = value` is skipped and counted.
 */

export interface TomlResult {
  data: Record<string, unknown>;
  /** 0-based indexes of lines that could not be read. */
  unread: number[];
}

const KEY_VALUE = /^[ \t]*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')[ \t]*=[ \t]*(.*?)[ \t]*$/;
const DATE = /^(\d{4}-\d{2}-\d{2})(?:[Tt ][\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

export function readToml(lines: readonly string[]): TomlResult {
  const data: Record<string, unknown> = {};
  const unread: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    // A table: what follows belongs to it, not to the note.
    if (line.startsWith('[')) break;
    const m = KEY_VALUE.exec(lines[i]);
    if (!m) {
      unread.push(i);
      continue;
    }
    const key = m[1].replace(/^["']|["']$/g, '');
    let raw = withoutComment(m[2]);
    // An array running over several lines: up to the line closing it.
    if (raw.startsWith('[') && !closes(raw)) {
      while (i + 1 < lines.length && !closes(raw)) raw += ` ${withoutComment(lines[++i].trim())}`;
    }
    const value = tomlValue(raw);
    if (value === undefined) unread.push(i);
    else if (key !== '__proto__') data[key] = value;
  }
  return { data, unread };
}

/** A value: a string, a number, a boolean, a date (as `YYYY-MM-DD`), or an array of these; undefined when it is none. */
function tomlValue(raw: string): unknown {
  if (raw === '') return undefined;
  const q = raw.charAt(0);
  if (q === '"' || q === "'") {
    if (raw.length < 2 || !raw.endsWith(q)) return undefined;
    const inner = raw.slice(1, -1);
    return q === '"' ? inner.replace(/\\(["\\])/g, '$1').replace(/\\t/g, '\t').replace(/\\n/g, ' ') : inner;
  }
  if (q === '[') {
    if (!raw.endsWith(']')) return undefined;
    const out: unknown[] = [];
    for (const part of splitArray(raw.slice(1, -1))) {
      if (part === '') continue;
      const v = tomlValue(part);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  if (raw === 'true' || raw === 'false') return raw === 'true';
  const date = DATE.exec(raw);
  if (date) return date[1];
  if (/^[+-]?\d[\d_]*(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/_/g, ''));
  return undefined;
}

/** True when the `[` opening `raw` is closed, quotes minded. */
function closes(raw: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (quote !== '') {
      if (c === quote && raw.charAt(i - 1) !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return true;
  }
  return false;
}

/** An array's inside split on commas outside quotes and inner arrays. */
function splitArray(s: string): string[] {
  const out: string[] = [];
  let quote = '';
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (quote !== '') {
      if (c === quote && s.charAt(i - 1) !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out;
}

/** A value without a trailing `# comment` (a `#` inside quotes is kept). */
function withoutComment(raw: string): string {
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return raw.slice(0, i).trim();
  }
  return raw.trim();
}
