/** Small text helpers shared by the parser, the repairs and the edit plans. */

/** Offsets where each line starts; `starts[i]` is the start of line i + 1. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** The 1-based line holding `offset`, by binary search over `lineStarts`. */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * A fast, stable 53-bit hash of a string (cyrb53), as 14 hex digits.
 * Used to tell whether a file changed between analysis and write; not for security.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return digest(h1, h2, text.length);
}

function digest(h1: number, h2: number, length: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0') + ':' + length.toString(36);
}

/**
 * {@link hashText} of strings added one after another, as if joined, without joining
 * them: a key over many long parts need not build the whole text first.
 */
export class TextHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private length = 0;

  add(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += text.length;
    return this;
  }

  digest(): string {
    return digest(this.h1, this.h2, this.length);
  }
}

/** Remove accents, keeping case: `Çağla Yıldız` → `Cagla Yildiz`. */
export function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l');
}

/** Remove accents and fold case: `Çağla Yıldız` → `cagla yildiz`. */
export function foldAccents(s: string): string {
  return stripAccents(s).toLowerCase();
}

/** The span of line `line` (1-based): `end` excludes the break, `next` is where the following line starts. */
export function lineSpan(text: string, starts: number[], line: number): { start: number; end: number; next: number } {
  const start = starts[line - 1];
  const next = line < starts.length ? starts[line] : text.length;
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

/** True when the line holds nothing but white space. */
export function isBlankLine(text: string, starts: number[], line: number): boolean {
  if (line < 1 || line > starts.length) return false;
  const { start, end } = lineSpan(text, starts, line);
  return text.slice(start, end).trim() === '';
}

/** A note's name from its path: `People/Ana Ferreira.md` → `Ana Ferreira`. */
export function nameOfPath(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}
