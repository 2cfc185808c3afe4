/**
 * Small helpers for the values notes carry: dates, names written as
 * wikilinks, comma lists. Shared by the frontmatter, the meta lines and the
 * note fields.
 */

import { foldAccents } from '../text';

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** True when `y-m-d` is a real calendar day. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A Date from js-yaml as `YYYY-MM-DD` (js-yaml builds date-only values at UTC midnight). */
export function dateToIso(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  return d.toISOString().slice(0, 10);
}

/** Any frontmatter value as a date string, or null. */
export function asDate(value: unknown): string | null {
  if (value instanceof Date) return dateToIso(value);
  if (typeof value === 'string') return findIsoDate(value);
  return null;
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

const UNTIDY = /\s\s|[\t\n\r]/;
const LINK_ONLY = /^!?\[\[([^\]]*)\]\]$/;

/**
 * A name as written, with wikilink brackets and `@` taken off:
 * `"[[People/Lior Genzel|Lior]]"` → `Lior Genzel`, `@Ana Ruiz` → `Ana Ruiz`.
 * The link's target (its last path segment) is the name; an alias is only a display form.
 */
export function stripName(raw: string): string {
  let s = raw.trim();
  if (!s.includes('[') && s.charCodeAt(0) !== 64 /* @ */ && !UNTIDY.test(s)) return s;
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
  return s.replace(/\s+/g, ' ').trim();
}

/** A list value (array, or a comma/semicolon separated string) as names. */
export function asNameList(value: unknown): string[] {
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const v of value) {
      const t = asText(v);
      if (t !== null) out.push(...splitNames(t));
    }
    return out;
  }
  const t = asText(value);
  return t === null ? [] : splitNames(t);
}

/** `A, [[B|Bee]]; C` → `['A', 'B', 'C']`; separators inside `[[…]]` are kept. */
export function splitNames(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '[' && s.charAt(i + 1) === '[') {
      depth++;
      i++;
    } else if (c === ']' && s.charAt(i + 1) === ']' && depth > 0) {
      depth--;
      i++;
    } else if (depth === 0 && (c === ',' || c === ';')) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  const out: string[] = [];
  for (const p of parts) {
    const name = stripName(p);
    if (name !== '') out.push(name);
  }
  return out;
}

// eslint-disable-next-line no-control-regex -- ASCII test
const ASCII_ONLY = /^[\x00-\x7F]*$/;
const SPACES = /\s+/g;

/** Accent-folded names: the same participants come back note after note, and folding takes several passes. */
const foldedNames = new Map<string, string>();

/** A name compared without case, accents or extra spaces (ASCII names skip the accent folding). */
function nameKey(name: string): string {
  let folded: string | undefined;
  if (ASCII_ONLY.test(name)) {
    folded = name.toLowerCase();
  } else {
    folded = foldedNames.get(name);
    if (folded === undefined) {
      folded = foldAccents(name);
      if (foldedNames.size >= 4096) foldedNames.clear();
      foldedNames.set(name, folded);
    }
  }
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
