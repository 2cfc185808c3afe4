/**
 * Character tests shared by the readers. Most lines are decided by their
 * first character or two, and these let a reader look at the note's text by
 * offset instead of slicing a string for every line.
 */

/** What `\s` and `String.prototype.trim` take for whitespace, line terminators included. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `s.slice(from, to).trim() === ''`, without the slice. */
export function isJsBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(s.charCodeAt(i))) return false;
  return true;
}

/** The offset of the first character from `from` on that is not a space or tab (`to` when there is none). */
export function skipSpaces(s: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

/** `A`–`Z` or `a`–`z`. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
