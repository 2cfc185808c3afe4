/**
 * The "Normalize note" transform: one note's text in, an EditPlan out.
 *
 * It repairs mojibake, fills or removes template leftovers in the frontmatter,
 * mends doubled surnames, and collapses a section repeated whole after a `---`
 * and bullets repeated inside a section. Nothing is rewritten wholesale: every
 * change is an edit with offsets and a reason, so the user sees exactly what
 * will change and bytes outside the edits stay as they are.
 */
import type { Edit, EditPlan, Item, Note, Problem, Section, Task } from '../model';
import { mergePlans } from '../edits';
import { hashText, isBlankLine, lineOf, lineSpan, lineStarts } from '../text';
import { parseNote } from '../parse/index';
import { findMojibake, fixText } from './mojibake';
import { mendDoubledName } from '../graph/names';
import { compareItems, normalizeText as normalizeForComparison, planNoteDedupe } from '../dedupe/index';

export interface NormalizeOptions {
  /** The note as already parsed from this exact text (saves a parse). */
  note?: Note;
  /**
   * Similarity of two bullets' texts in 0..1, for reworded repeats. Without it only
   * word-for-word repeats collapse.
   */
  similarity?: (a: string, b: string) => number;
  /** Edits for reworded duplicates inside the note (from the dedupe planner), applied after the structural ones. */
  dedupeEdits?: (note: Note, text: string) => Edit[];
}

export interface NormalizeResult {
  plan: EditPlan;
  /** What was seen but not changed: possible mojibake, files that cannot be normalized. */
  problems: Problem[];
}

/** Similarity at or above which a repeated block counts as the same bullet. */
const REPEAT_THRESHOLD = 0.8;

const THEMATIC_BREAK = /^ {0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/;

export function planNormalize(path: string, text: string, options: NormalizeOptions = {}): NormalizeResult {
  const hash = hashText(text);
  const note = options.note ?? parseNote(path, text);
  const problems: Problem[] = [];
  const blocking = note.problems.find((p) => p.kind === 'binary' || p.kind === 'too-large');
  if (blocking) {
    problems.push({ path, line: null, kind: blocking.kind, message: `Not normalized: ${blocking.message}` });
    return { plan: { path, hash, edits: [] }, problems };
  }

  const starts = lineStarts(text);
  const removals = planRepeats(text, starts, note, options.similarity ?? itemSimilarity);
  const dedupe = (options.dedupeEdits ?? reworded)(note, text);
  const leftovers = planLeftovers(text, starts, note);
  const names = planDoubledNames(text, starts, note);
  const mojibake = planMojibake(path, text, starts, problems);

  // Earlier lists win where edits overlap: a line that goes needs no repair.
  const plan = mergePlans(path, hash, [removals, dedupe, leftovers, names, mojibake]);
  return { plan, problems };
}

/** The whole text normalized, for tests and the CLI's `--write`. */
export function normalizeText(path: string, text: string, options: NormalizeOptions = {}): string {
  const { plan } = planNormalize(path, text, options);
  let out = '';
  let at = 0;
  for (const e of plan.edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

// ─── Reworded duplicates, from the dedupe ───────────────────────────────────

/** How alike two bullets are, by the same measure the dedupe uses (near-miss guards included). */
function itemSimilarity(a: string, b: string): number {
  return compareItems({ norm: normalizeForComparison(a), assignee: null }, { norm: normalizeForComparison(b), assignee: null }).confidence;
}

/** The dedupe's confident groups inside this one note, as edits, settled so a second Normalize finds none. */
function reworded(note: Note, text: string): Edit[] {
  return planNoteDedupe(note, text);
}

// ─── Mojibake ───────────────────────────────────────────────────────────────

function planMojibake(path: string, text: string, starts: number[], problems: Problem[]): Edit[] {
  const { fixes, suspects } = findMojibake(text);
  for (const s of suspects) {
    problems.push({
      path,
      line: lineOf(starts, s.start),
      kind: 'possible-mojibake',
      message: `Possible broken characters “${s.text}” (${s.reason}); left unchanged.`,
    });
  }
  return fixes.map((f) => ({
    start: f.start,
    end: f.end,
    replacement: f.after,
    line: lineOf(starts, f.start),
    kind: 'mojibake' as const,
    reason: `Repair broken characters “${f.before}” → “${f.after}”`,
  }));
}

// ─── Template leftovers ─────────────────────────────────────────────────────

/** Keys a template fills with a date: only these are filled from the note's date. */
const DATE_KEY = /^(?:created|date|day|updated|modified|start(?:_|-)?date|meeting(?:_|-)?date)$/i;
const DATE_PLACEHOLDER = /date|today|now|time/i;

function planLeftovers(text: string, starts: number[], note: Note): Edit[] {
  const edits: Edit[] = [];
  for (const leftover of note.frontmatter?.leftovers ?? []) {
    const span = lineSpan(text, starts, leftover.line);
    const lineText = text.slice(span.start, span.end);
    const match = /^(\s*[^:#]+:[ \t]*)/.exec(lineText);
    const isDate = DATE_KEY.test(leftover.key) || DATE_PLACEHOLDER.test(leftover.raw);
    if (note.date && match && isDate) {
      edits.push({
        start: span.start + match[1].length,
        end: span.end,
        replacement: note.date,
        line: leftover.line,
        kind: 'template-leftover',
        reason: `Fill the template leftover “${leftover.key}: ${leftover.raw}” with the note's date ${note.date}`,
      });
    } else {
      edits.push({
        start: span.start,
        end: span.next,
        replacement: '',
        line: leftover.line,
        kind: 'template-leftover',
        reason: isDate
          ? `Remove the template leftover “${leftover.key}: ${leftover.raw}” (the note has no date to fill it with)`
          : `Remove the unfilled template field “${leftover.key}: ${leftover.raw}”`,
      });
    }
  }
  return edits;
}

// ─── Doubled surnames ───────────────────────────────────────────────────────

function planDoubledNames(text: string, starts: number[], note: Note): Edit[] {
  const doubled = new Map<string, string>();
  const consider = (written: string | null) => {
    if (!written) return;
    const mended = mendDoubledName(written);
    if (mended !== written) doubled.set(written, mended);
  };
  note.tasks.forEach((t) => consider(t.assignee));
  note.participants.forEach(consider);
  consider(note.person);
  consider(note.counterpart);
  if (doubled.size === 0) return [];

  const transcript = note.transcript;
  const edits: Edit[] = [];
  // Longest first, so "A B B B" is not half-mended as "A B B".
  const forms = [...doubled.keys()].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const written of forms) {
    let at = text.indexOf(written);
    while (at !== -1) {
      const end = at + written.length;
      const inTranscript = transcript !== null && at >= transcript.start && at < transcript.end;
      const wordEdge = !isWordChar(text.charAt(at - 1)) && !isWordChar(text.charAt(end));
      const overlaps = taken.some(([s, e]) => at < e && s < end);
      if (!inTranscript && wordEdge && !overlaps) {
        taken.push([at, end]);
        edits.push({
          start: at,
          end,
          replacement: doubled.get(written) as string,
          line: lineOf(starts, at),
          kind: 'doubled-name',
          reason: `Mend the doubled surname “${written}” → “${doubled.get(written) as string}”`,
        });
      }
      at = text.indexOf(written, end);
    }
  }
  return edits;
}

function isWordChar(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{N}_]/u.test(ch);
}

// ─── Repeated sections and bullets ──────────────────────────────────────────

interface Bullet {
  line: number;
  /** Comparison key: repaired, case- and space-folded text. */
  key: string;
  /** The bullet's own words for similarity. */
  words: string;
}

function planRepeats(
  text: string,
  starts: number[],
  note: Note,
  similarity: ((a: string, b: string) => number) | undefined,
): Edit[] {
  const edits: Edit[] = [];
  const bulletsByLine = new Map<number, Task | Item>();
  for (const t of note.tasks) bulletsByLine.set(t.line, t);
  for (const i of note.items) bulletsByLine.set(i.line, i);

  for (const section of note.sections) {
    if (section.kind === 'transcript') continue;
    const lines = sectionLines(text, starts, section);
    const breakAt = findRepeatBreak(text, starts, lines, bulletsByLine);
    const bullets = lines.filter((l) => bulletsByLine.has(l)).map((l) => toBullet(text, starts, l));
    const seen: Bullet[] = [];
    let repeatRemoved = false;

    if (breakAt !== null) {
      const before = bullets.filter((b) => b.line < breakAt);
      const after = bullets.filter((b) => b.line > breakAt);
      const repeats = after.length > 0 && after.every((b) => before.some((a) => sameBullet(a, b, similarity)));
      if (repeats) {
        const lastBefore = before.length > 0 ? before[before.length - 1].line : breakAt - 1;
        const from = lineSpan(text, starts, Math.max(lastBefore, section.line)).next;
        const to = lineSpan(text, starts, after[after.length - 1].line).next;
        edits.push({
          start: from,
          end: to,
          replacement: '',
          line: lineOf(starts, from),
          kind: 'duplicate-section',
          reason: `Remove the repeat of “${section.heading}” after the “---” (${after.length} bullet${after.length === 1 ? '' : 's'} already above)`,
        });
        repeatRemoved = true;
        seen.push(...before);
      }
    }

    for (const b of bullets) {
      if (repeatRemoved && breakAt !== null && b.line > breakAt) continue;
      const twin = seen.find((s) => s.key === b.key && s.line < b.line);
      if (twin) {
        edits.push(removeLine(text, starts, b.line, `Remove the word-for-word repeat of line ${twin.line}`));
      } else if (!seen.includes(b)) {
        seen.push(b);
      }
    }
  }
  return edits;
}

/** Lines of a section's content, after its heading. */
function sectionLines(text: string, starts: number[], section: Section): number[] {
  const out: number[] = [];
  // Counted from the offsets: the content ends just before the next heading.
  const last = section.contentEnd > section.end ? lineOf(starts, section.contentEnd - 1) : section.line;
  for (let l = section.line + 1; l <= last; l++) out.push(l);
  return out;
}

/**
 * A `---` inside a section followed by nothing but bullets and blank lines up to
 * the section's end: the shape of a section an AI note-taker wrote twice.
 */
function findRepeatBreak(text: string, starts: number[], lines: number[], bullets: Map<number, Task | Item>): number | null {
  for (let i = 0; i < lines.length; i++) {
    const span = lineSpan(text, starts, lines[i]);
    if (!THEMATIC_BREAK.test(text.slice(span.start, span.end))) continue;
    const rest = lines.slice(i + 1);
    const onlyBullets = rest.every((l) => bullets.has(l) || isBlankLine(text, starts, l));
    if (onlyBullets && rest.some((l) => bullets.has(l))) return lines[i];
  }
  return null;
}

function toBullet(text: string, starts: number[], line: number): Bullet {
  const span = lineSpan(text, starts, line);
  const raw = fixText(text.slice(span.start, span.end));
  const body = raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
  const key = body.replace(/\s+/g, ' ').trim().toLowerCase();
  const words = body.replace(/^\[.\]\s*/, '');
  return { line, key, words };
}

function sameBullet(a: Bullet, b: Bullet, similarity: ((a: string, b: string) => number) | undefined): boolean {
  if (a.key === b.key) return true;
  return similarity !== undefined && similarity(a.words, b.words) >= REPEAT_THRESHOLD;
}

/**
 * Remove a whole line with its break. Bullets separated by blank lines keep that
 * rhythm: when the line sits between two blank lines, one of them goes too.
 */
function removeLine(text: string, starts: number[], line: number, reason: string): Edit {
  const span = lineSpan(text, starts, line);
  let end = span.next;
  if (isBlankLine(text, starts, line - 1) && isBlankLine(text, starts, line + 1)) {
    end = lineSpan(text, starts, line + 1).next;
  }
  return { start: span.start, end, replacement: '', line, kind: 'duplicate-bullet', reason };
}
