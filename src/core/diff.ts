/**
 * A unified diff of an edit plan, computed from the edits themselves rather than
 * by comparing texts: exact, and linear in the size of the note.
 */
import type { Edit } from './model';
import { sortedEdits } from './edits';
import { lineOf, lineStarts } from './text';

const CONTEXT = 3;

interface Hunk {
  firstLine: number;
  lastLine: number;
  edits: Edit[];
}

/** Lines of `text` without their breaks. */
function splitLines(text: string): string[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function unifiedDiff(path: string, text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return '';
  const starts = lineStarts(text);
  const lineCount = starts.length;
  const hunks: Hunk[] = [];
  for (const e of sortedEdits(edits)) {
    const first = lineOf(starts, e.start);
    // An edit ending at a line start (a removed whole line) does not touch that line.
    const endsAtLineStart = e.end > e.start && starts[lineOf(starts, e.end) - 1] === e.end;
    const last = Math.max(first, lineOf(starts, e.end) - (endsAtLineStart ? 1 : 0));
    const from = Math.max(1, first - CONTEXT);
    const to = Math.min(lineCount, last + CONTEXT);
    const open = hunks[hunks.length - 1];
    if (open && from <= open.lastLine + 1) {
      open.lastLine = Math.max(open.lastLine, to);
      open.edits.push(e);
    } else {
      hunks.push({ firstLine: from, lastLine: to, edits: [e] });
    }
  }

  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (const h of hunks) {
    const start = starts[h.firstLine - 1];
    const end = h.lastLine < lineCount ? starts[h.lastLine] : text.length;
    let after = '';
    let at = start;
    for (const e of h.edits) {
      after += text.slice(at, e.start) + e.replacement;
      at = e.end;
    }
    after += text.slice(at, end);
    const oldLines = splitLines(text.slice(start, end));
    const newLines = after === '' ? [] : splitLines(after);
    const body = diffLines(oldLines, newLines);
    out.push(`@@ -${h.firstLine},${oldLines.length} +${newLines.length === 0 ? h.firstLine - 1 : h.firstLine},${newLines.length} @@`);
    out.push(...body);
  }
  return out.join('\n') + '\n';
}

/** Hunks larger than this (lines on both sides) skip the LCS and show the middle replaced whole. */
const LCS_LIMIT = 4000;

/**
 * The lines of one hunk as a diff: common prefix and suffix as context, and the
 * middle by longest common subsequence, so unchanged lines between two edits
 * stay context rather than showing as removed and added again.
 */
function diffLines(a: string[], b: string[]): string[] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const midA = a.slice(p, a.length - s);
  const midB = b.slice(p, b.length - s);
  return [...a.slice(0, p).map((l) => ' ' + l), ...middle(midA, midB), ...a.slice(a.length - s).map((l) => ' ' + l)];
}

function middle(a: string[], b: string[]): string[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > LCS_LIMIT * LCS_LIMIT || a.length + b.length > LCS_LIMIT) {
    return [...a.map((l) => '-' + l), ...b.map((l) => '+' + l)];
  }
  // lengths[i][j]: LCS of a[i..] and b[j..].
  const w = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * w + j] = a[i] === b[j] ? lengths[(i + 1) * w + j + 1] + 1 : Math.max(lengths[(i + 1) * w + j], lengths[i * w + j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(' ' + a[i]);
      i++;
      j++;
    } else if (lengths[(i + 1) * w + j] >= lengths[i * w + j + 1]) {
      out.push('-' + a[i++]);
    } else {
      out.push('+' + b[j++]);
    }
  }
  while (i < a.length) out.push('-' + a[i++]);
  while (j < b.length) out.push('+' + b[j++]);
  return out;
}

/** One change as the preview shows it: the lines it touches, before and after. */
export interface EditPreview {
  line: number;
  before: string;
  after: string;
  reason: string;
  kind: Edit['kind'];
}

export function previewEdits(text: string, edits: readonly Edit[]): EditPreview[] {
  const starts = lineStarts(text);
  return sortedEdits(edits).map((e) => {
    const first = lineOf(starts, e.start);
    const from = starts[first - 1];
    const endsAtLineStart = e.end > e.start && starts[lineOf(starts, e.end) - 1] === e.end;
    const lastLine = Math.max(first, lineOf(starts, e.end) - (endsAtLineStart ? 1 : 0));
    const to = lastLine < starts.length ? starts[lastLine] : text.length;
    const before = text.slice(from, to);
    const after = text.slice(from, e.start) + e.replacement + text.slice(e.end, Math.max(e.end, to));
    return { line: first, before: before.replace(/\r?\n$/, ''), after: after.replace(/\r?\n$/, ''), reason: e.reason, kind: e.kind };
  });
}
