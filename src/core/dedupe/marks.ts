/**
 * What a dedupe writes into a note that is not the note-taker's own words: the mark on
 * a duplicate kept in place (`(duplicate of [[Note#^id]])`) and the block id the copy
 * kept gets so the mark can link to it. Reading a note again, both are set aside, so
 * an applied plan does not change what the note says — how it compares with other
 * items, or whether it records the same meeting as another note.
 */

/** The mark on a duplicate kept in place, linking to the copy kept. */
export function duplicateMark(link: string): string {
  return `(duplicate of ${link})`;
}

const MARK = /\(duplicate of \[\[[^\]]*\]\]\)/;
const MARKS = /\s*\(duplicate of \[\[[^\]]*\]\]\)/g;
/** A block id at the end of a line: `^dup-1a2b3c`. */
const TRAILING_BLOCK_ID = /\s\^[A-Za-z0-9-]+\s*$/;

/** True when an earlier dedupe marked this text as a duplicate; the regex runs only on the few texts holding its opening words. */
export function isMarkedDuplicate(text: string): boolean {
  return text.includes('(duplicate of [[') && MARK.test(text);
}

/** The words of a marked copy, without the mark. */
export function withoutMark(text: string): string {
  return text.includes('(duplicate of [[') ? text.replace(MARKS, '') : text;
}

/** The text without a dedupe's mark and without a trailing block id: the note-taker's words. */
export function ownWords(text: string): string {
  let s = withoutMark(text);
  if (s.includes('^')) s = s.replace(TRAILING_BLOCK_ID, '');
  return s;
}
