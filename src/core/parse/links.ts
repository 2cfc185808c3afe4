/**
 * Wikilinks and embeds: `[[Target#Heading^block|Alias]]`, `![[Embed]]`.
 */

import type { Link } from '../model';

/** One `[[…]]` on a line; the inside may not span lines or hold another `[[`. */
const WIKILINK = /(!?)\[\[([^[\]\n]*)\]\]/g;

interface LinkParts {
  target: string;
  alias: string | null;
  heading: string | null;
  blockRef: string | null;
}

/** Split the inside of `[[…]]`: `Target#Heading^block|Alias`, `Target#^block`, `A\|b` (escaped in tables). */
export function splitLink(inner: string): LinkParts {
  let body = inner;
  let alias: string | null = null;
  const bar = body.indexOf('|');
  if (bar !== -1) {
    alias = body.slice(bar + 1).trim();
    body = body.slice(0, bar);
    if (body.endsWith('\\')) body = body.slice(0, -1);
  }
  let heading: string | null = null;
  let blockRef: string | null = null;
  const hash = body.indexOf('#');
  let target = hash === -1 ? body : body.slice(0, hash);
  let sub = hash === -1 ? '' : body.slice(hash + 1);
  if (hash === -1) {
    const caret = target.indexOf('^');
    if (caret !== -1) {
      blockRef = target.slice(caret + 1).trim() || null;
      target = target.slice(0, caret);
    }
  } else {
    const caret = sub.indexOf('^');
    if (caret !== -1) {
      blockRef = sub.slice(caret + 1).trim() || null;
      sub = sub.slice(0, caret);
    }
    sub = sub.replace(/#+$/, '').trim();
    heading = sub === '' ? null : sub;
  }
  return { target: target.trim(), alias: alias === '' ? null : alias, heading, blockRef };
}

/** Add the links on one line to `out`. `from` is the line's offset in the text. */
export function findLinks(line: string, from: number, lineNo: number, out: Link[]): void {
  const scan = line.includes('`') ? maskCode(line) : line;
  // `exec` from `lastIndex` rather than `matchAll`: no iterator and result objects for every link.
  WIKILINK.lastIndex = 0;
  for (let m = WIKILINK.exec(scan); m !== null; m = WIKILINK.exec(scan)) {
    const parts = splitLink(m[2]);
    if (parts.target === '' && parts.heading === null && parts.blockRef === null) continue;
    const start = from + m.index;
    out.push({
      line: lineNo,
      start,
      end: start + m[0].length,
      target: parts.target,
      alias: parts.alias,
      heading: parts.heading,
      blockRef: parts.blockRef,
      embed: m[1] === '!',
    });
  }
}

/** Blank out inline code spans (same length), so links inside them are not read. */
function maskCode(line: string): string {
  return line.replace(CODE_SPAN, blankOut);
}

const CODE_SPAN = /(`+)[^`]*?\1/g;

function blankOut(code: string): string {
  return ' '.repeat(code.length);
}

/** Links as Obsidian shows them: `[[A|b]]` → `b`, `[[A#H]]` → `A > H`, `[[A]]` → `A`. */
export function displayLinks(s: string): string {
  return s.replace(WIKILINK, displayLink);
}

function displayLink(_all: string, _bang: string, inner: string): string {
  const p = splitLink(inner);
  if (p.alias !== null) return p.alias;
  if (p.heading !== null) return p.target === '' ? p.heading : `${p.target} > ${p.heading}`;
  return p.target;
}
