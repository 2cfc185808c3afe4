/**
 * The "Normalize note" transform: one note's text in, an EditPlan out.
 *
 * It repairs mojibake, mends doubled surnames, collapses a section repeated whole
 * after a `---` and bullets repeated inside a section, removes reworded repeats (the
 * dedupe, within the note), and fills or removes template leftovers in the
 * frontmatter. Nothing is rewritten wholesale: every change is an edit with offsets
 * and a reason, so the user sees exactly what will change and bytes outside the
 * edits — line breaks, a BOM, the presence or absence of a final line break — stay
 * as they are.
 *
 * The steps run one after another, each on the text the previous ones made (so the
 * dedupe compares repaired lines, and never removes the copy a repeat already
 * removed), and their edits are folded back onto the stored text. That is also what
 * makes Normalize idempotent: normalizing its output finds nothing more to do.
 */
import type { DuplicateGroup, Edit, EditPlan, Item, Note, Problem, Section, Task } from '../model';
import { applyEdits, sortedEdits } from '../edits';
import { hashText, isBlankLine, lineOf, lineSpan, lineStarts, nameOfPath } from '../text';
import { parseNote } from '../parse/index';
import { LEFTOVER } from '../parse/frontmatter';
import { findMojibake, fixText, type MojibakeFix } from './mojibake';
import { BREAK_MODES, breakText } from './mojibake-simulate';
import { mendDoubledName } from '../graph/names';
import { compareItems, defaultSelection, findDuplicates, normalizeText as normalizeForComparison, planDedupe } from '../dedupe/index';
import { backOffset, composeEdits } from '../dedupe/compose';

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
  /**
   * Whether a wikilink target (the note part, as written between `[[` and `#`, `|` or `]]`)
   * names a note that exists. With it, a link that reaches a note is never repaired or
   * mended away from it (the note's own name holds the broken characters: renaming it
   * is the fix), and one that reaches a note only once repaired is repaired. Without it,
   * link targets are treated like code: repaired only when the note as a whole is broken.
   */
  linkResolves?: (target: string) => boolean;
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
  // A caller handing over something other than text (a read that failed, a file object) is told so, not crashed.
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    return { plan: { path, hash: hashText(''), edits: [] }, problems: [{ path, line: null, kind: 'read-error', message: `Not normalized: expected the note's text, got ${got}.` }] };
  }
  const hash = hashText(text);
  const note = options.note ?? parseNote(path, text);
  const problems: Problem[] = [];
  const blocking = note.problems.find((p) => p.kind === 'binary' || p.kind === 'too-large');
  if (blocking) {
    problems.push({ path, line: null, kind: blocking.kind, message: `Not normalized: ${blocking.message}` });
    return { plan: { path, hash, edits: [] }, problems };
  }

  const draft = new Draft(path, text, note);
  // Characters first, so every later step reads what the author wrote.
  draft.apply(planMojibake(path, draft.text, draft.note, options.linkResolves, problems));
  draft.apply(planDoubledNames(path, draft.text, draft.note, options.linkResolves, problems));
  draft.apply(planRepeats(draft.text, draft.note, options.similarity ?? itemSimilarity));
  draft.apply((options.dedupeEdits ?? reworded)(draft.note, draft.text));
  // Frontmatter leftovers last: they shift the lines below them, and no later step names a line.
  // (Read from the draft: the frontmatter may only be found once a broken byte-order mark before it is mended.)
  if (mayHoldPlaceholder(draft.text, draft.note)) draft.apply(planBodyLeftovers(path, draft.text, draft.note, problems));
  if ((draft.note.frontmatter?.leftovers.length ?? 0) > 0) draft.apply(planLeftovers(path, draft.text, draft.note, problems));
  // Named for the removal that reached the end, which it completes.
  const last = draft.edits.length > 0 ? draft.edits[draft.edits.length - 1].kind : 'duplicate-bullet';
  draft.apply(keepFinalBreak(text, draft.text, last));
  return { plan: { path, hash, edits: draft.edits }, problems };
}

/** The whole text normalized, for tests and the CLI's `--write`. */
export function normalizeText(path: string, text: string, options: NormalizeOptions = {}): string {
  return applyEdits(text, planNormalize(path, text, options).plan.edits);
}

// ─── Steps on a draft ───────────────────────────────────────────────────────

/**
 * The note as the steps so far leave it. Each step plans edits on `text`; they are
 * applied to it and folded into `edits`, which always apply to the stored text.
 */
class Draft {
  edits: Edit[] = [];
  text: string;
  private parsed: Note | null;
  private readonly storedStarts: number[];

  constructor(
    private readonly path: string,
    private readonly stored: string,
    note: Note,
  ) {
    this.text = stored;
    this.parsed = note;
    this.storedStarts = lineStarts(stored);
  }

  /** The draft parsed (again only after a step changed it). */
  get note(): Note {
    if (this.parsed === null) this.parsed = parseNote(this.path, this.text);
    return this.parsed;
  }

  apply(next: Edit[]): void {
    if (next.length === 0) return;
    const sorted = sortedEdits(next);
    if (this.edits.length === 0) {
      this.edits = sorted;
    } else {
      const starts = lineStarts(this.text);
      const latest = sorted.map((e) => this.storedLinesIn(e.reason, starts));
      const earlier = this.edits.map((e) => e.reason);
      // Each edit goes in with a tag for its reason, so one folded from several can say each reason once.
      const tagged = (edits: Edit[], tag: string) => edits.map((e, i) => ({ ...e, reason: `${tag}${i}` }));
      const folded = composeEdits(this.stored, tagged(this.edits, 'a'), this.text, tagged(sorted, 'b'));
      this.edits = folded.map((e) => ({ ...e, reason: explain(e, earlier, latest) }));
    }
    this.text = applyEdits(this.text, sorted);
    this.parsed = null;
  }

  /**
   * A reason names lines of the text its step read ("Duplicate of line 12"); once
   * earlier steps removed lines, the preview must name them as the file has them.
   */
  private storedLinesIn(reason: string, starts: number[]): string {
    return reason.replace(/\blines? (\d+)\b/g, (phrase, n: string) => {
      const line = Number(n);
      if (line < 1 || line > starts.length) return phrase;
      const stored = lineOf(this.storedStarts, backOffset(this.edits, starts[line - 1], 'after'));
      return phrase.replace(n, String(stored));
    });
  }
}

/**
 * The reason of an edit folded from several: each reason once, in order — except for a
 * removal, where what earlier steps changed inside the removed lines no longer matters.
 */
function explain(edit: Edit, earlier: string[], latest: string[]): string {
  const tags = edit.reason.split(' ');
  const mine = tags.filter((t) => t.startsWith('b')).map((t) => latest[Number(t.slice(1))]);
  const before = tags.filter((t) => t.startsWith('a')).map((t) => earlier[Number(t.slice(1))]);
  const reasons = edit.replacement === '' && mine.length > 0 ? mine : [...before, ...mine];
  return [...new Set(reasons)].join('; ');
}

/**
 * Removing a note's last lines leaves the line above them ending in a break the
 * note did not end with (or the other way round): put the end back as it was.
 */
function keepFinalBreak(stored: string, text: string, kind: Edit['kind']): Edit[] {
  const had = finalBreak(stored);
  const has = finalBreak(text);
  if (had === has || text.length === 0) return [];
  const reason = had === '' ? 'Keep the note ending without a line break, as it did' : 'Keep the line break the note ended with';
  const starts = lineStarts(text);
  const at = text.length - has.length;
  return [{ start: at, end: text.length, replacement: had, line: lineOf(starts, at), kind, reason }];
}

function finalBreak(text: string): string {
  if (text.endsWith('\r\n')) return '\r\n';
  if (text.endsWith('\n')) return '\n';
  return '';
}

// ─── Reworded duplicates, from the dedupe ───────────────────────────────────

/** How alike two bullets are, by the same measure the dedupe uses (near-miss guards included). */
function itemSimilarity(a: string, b: string): number {
  return compareItems({ norm: normalizeForComparison(a), assignee: null }, { norm: normalizeForComparison(b), assignee: null }).confidence;
}

/** Most dedupe looks after the first, on a note that keeps changing (one is the usual most). */
const DEDUPE_PASSES = 3;

/**
 * The dedupe's confident groups inside this one note, as edits, settled so a second
 * Normalize finds none — among the items a repeat may be removed from only (see
 * {@link keptApart}), without a copy whose numbers the kept one lacks, and never
 * deleting a block id: a copy carrying an id no other line keeps is left, since links
 * from anywhere in the vault may point at it.
 */
function reworded(note: Note, text: string): Edit[] {
  let edits: Edit[] = [];
  let current = text;
  let parsed = note;
  for (let pass = 0; pass <= DEDUPE_PASSES; pass++) {
    const next = dedupeOnce(parsed, current);
    if (next.length === 0) break;
    edits = pass === 0 ? sortedEdits(next) : composeEdits(text, edits, current, next);
    current = applyEdits(current, next);
    parsed = parseNote(note.path, current);
  }
  return edits;
}

/** One look of the in-note dedupe at `text`, as edits on it; tried again without a copy whose block id it lost. */
function dedupeOnce(note: Note, text: string): Edit[] {
  const apart = keptApart(text, note);
  if (apart.size > 0) note = onlyItemsOff(note, apart);
  const tasks = new Map(note.tasks.map((t) => [t.line, t]));
  for (let attempt = 0; attempt < 3; attempt++) {
    const groups = findDuplicates([note], [], { vault: false })
      .filter((g) => g.scope === 'note')
      .map((g) => withoutCopiesLosing(g, tasks))
      .filter((g): g is DuplicateGroup => g !== null);
    if (groups.length === 0) return [];
    const edits = planDedupe(new Map([[note.path, text]]), [note], groups, { selected: defaultSelection(groups) }).flatMap((p) => p.edits);
    const lost = linesLosingBlockIds(text, edits);
    if (lost.size === 0) return edits;
    // The copies whose ids went stay out of the groups; the others are grouped again.
    note = onlyItemsOff(note, lost);
  }
  return [];
}

/** The note with the tasks and items on `lines` left out, for the dedupe. */
function onlyItemsOff(note: Note, lines: ReadonlySet<number>): Note {
  return { ...note, tasks: note.tasks.filter((t) => !lines.has(t.line)), items: note.items.filter((i) => !lines.has(i.line)) };
}

/** A block id ending a line: `… ^ship-2`. */
const BLOCK_ID = /\s\^([A-Za-z0-9-]+)[ \t]*$/;

/** Lines whose block id is in no line of the text the edits make. */
function linesLosingBlockIds(text: string, edits: Edit[]): Set<number> {
  const lost = new Set<number>();
  if (!text.includes('^')) return lost;
  const after = applyEdits(text, edits);
  const starts = lineStarts(text);
  for (const e of edits) {
    forEachLine(text, e.start, e.end, (start, end) => {
      const id = BLOCK_ID.exec(text.slice(start, end));
      if (id && !hasBlockId(after, id[1])) lost.add(lineOf(starts, start));
    });
  }
  return lost;
}

function hasBlockId(text: string, id: string): boolean {
  const mark = '^' + id;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const rest = /^[ \t]*(?:\r?\n|$)/.exec(text.slice(at + mark.length, at + mark.length + 4));
    if ((before === 32 || before === 9) && rest) return true;
  }
  return false;
}

/** Numbers as written (`4411`, `2.5`, `3/4`, `0-1`), `YYYY-MM-DD` dates aside: the dedupe merges those. */
function numbersIn(text: string): string[] {
  if (!/\d/.test(text)) return [];
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ').match(/\d+(?:[.,:/-]\d+)*/g) ?? [];
}

/** A task's dates, each of which names one occurrence of the work. */
const TASK_DATES = ['due', 'scheduled', 'startDate', 'done', 'cancelled'] as const;

/**
 * A group without the copies that would lose something the kept copy does not say:
 * - a number — `PO 4411` and `PO 4412`, `week 3` and `week 4` name different things
 *   however alike the words;
 * - a link, an embed or a web address — the graph's edges and the reader's way to the
 *   source;
 * - a date of its own where the kept copy, in the same words, has another — the same
 *   task due on the 20th and on the 27th, or done on two days, is two occurrences of
 *   the work, as a recurring task's series is. (A date only one copy has is merged onto
 *   the kept one; a reworded copy's other date is the dedupe's to merge, earliest kept.)
 * A copy holding every word and reference of the kept one and a reference more is kept
 * instead: `Send [[Ines]] the deck` over `Send Ines the deck`. Null when no copy is
 * left to remove.
 */
function withoutCopiesLosing(group: DuplicateGroup, tasks: ReadonlyMap<number, Task>): DuplicateGroup | null {
  const first = group.members.find((m) => m.path === group.canonical.path && m.line === group.canonical.line);
  if (first === undefined) return group;
  let canonical = first;
  const refs = new Map(group.members.map((m) => [m, referencesIn(m.text)]));
  const refsOf = (m: (typeof group.members)[number]) => refs.get(m) as Set<string>;
  const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
  const richer = group.members.find((m) => m !== first && !within(refsOf(m), refsOf(first)) && within(refsOf(first), refsOf(m)) && within(wordsIn(first.text), wordsIn(m.text)));
  if (richer !== undefined) canonical = richer;
  const keptRefs = refsOf(canonical);
  const kept = new Set(numbersIn(canonical.text));
  const keptTask = tasks.get(canonical.line);
  const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const keptWords = words(canonical.text);
  const dateOf = (t: Task, field: (typeof TASK_DATES)[number]) => t[field] ?? (field === 'due' ? (t.fields.due ?? null) : null);
  const datesClash = (t: Task | undefined, text: string) =>
    keptTask !== undefined && t !== undefined && words(text) === keptWords && TASK_DATES.some((f) => dateOf(t, f) !== null && dateOf(keptTask, f) !== null && dateOf(t, f) !== dateOf(keptTask, f));
  const members = group.members.filter((m) => m === canonical || (numbersIn(m.text).every((n) => kept.has(n)) && within(refsOf(m), keptRefs) && !datesClash(tasks.get(m.line), m.text)));
  if (members.length === group.members.length && canonical.line === group.canonical.line) return group;
  return members.length < 2 ? null : { ...group, canonical: { path: canonical.path, line: canonical.line }, members };
}

/** Wikilink and embed targets, Markdown link destinations and web addresses, as compared. */
function referencesIn(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes('[[') && !text.includes('](') && !text.includes('://')) return out;
  for (const m of text.matchAll(/\[\[([^\]|#^]*)/g)) out.add(m[1].trim().toLowerCase());
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)/g)) out.add(m[1]);
  for (const m of text.matchAll(URL)) out.add(m[0].replace(/[.,;:!?*_~]+$/, ''));
  return out;
}

/** The words of a text, folded: letters and digits only. */
function wordsIn(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Lines whose items the in-note dedupe leaves alone, since a repeat there is meant:
 * - quoted lines (`>`, callouts included): they reproduce what someone else wrote;
 * - table rows: each row is an entry, two equal rows two entries;
 * - the steps of an ordered list: a procedure may repeat a step;
 * - a list item nested under another: it belongs to its parent, and the same words under
 *   another parent are that parent's (the word-for-word step still collapses siblings);
 * - the turns of a dialogue (see {@link dialogueLines});
 * - a bullet of no words (`- 👍`): a mark or a vote, not a statement.
 * Read item by item, from the parser's nesting depth and each item's own line.
 */
function keptApart(text: string, note: Note): Set<number> {
  const out = new Set(dialogueLines(text, note));
  const consider = (line: number, start: number, depth: number, words: string) => {
    if (depth > 0 || !SAYS_SOMETHING.test(words)) {
      out.add(line);
      return;
    }
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let at = lineStart;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const c = text.charCodeAt(at);
    if (c === 62 || c === 124) {
      out.add(line); // `>` a quote, `|` a table row
      return;
    }
    if (c >= 48 && c <= 57 && ORDERED_LINE.test(text.slice(lineStart, Math.min(text.length, at + 12)))) {
      out.add(line);
      return;
    }
    // A table row without outer pipes (`Brass | 4`) is read as a line of text, never as a bullet.
    if (!(c === 45 || c === 42 || c === 43)) {
      const lineEnd = text.indexOf('\n', start);
      if (text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).includes('|')) out.add(line);
    }
  };
  for (const t of note.tasks) consider(t.line, t.start, t.indent, t.text);
  for (const i of note.items) consider(i.line, i.start, i.indent ?? 0, i.text);
  return out;
}

/**
 * One turn of a conversation written out: `Ines: Yes.`, `- **Tobiah:** Yes.`,
 * `[10:05] Ines: ok`, `- 00:12:03 — Mira Okafor: right` — a speaker of one to three
 * capitalised words (or any label after a time), a colon, what they said.
 */
const TURN = /^[ \t]*(?:[-*+][ \t]+)?(?:([[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?)[ \t]*(?:[-–—][ \t]*)?)?(\*\*|__)?([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t][\p{Lu}][\p{L}\p{M}'’.-]*){0,2})[ \t]*(?:\2)?:(?:\2)?[ \t]+\S/u;

/** {@link TURN} read from a given offset (a line's start). */
const TURN_AT = new RegExp(TURN.source.slice(1), 'uy');

/** Sections whose lines say what to do or what was decided: a label there is an owner, not a speaker. */
const LABELLED_BY_OWNER: ReadonlySet<string> = new Set(['actions', 'followups', 'decisions']);

/**
 * Lines of a dialogue outside a transcript block: three turns or more in a row (blank
 * lines between them aside), by two speakers or more, one of whom says two different
 * things (a time counts as what was said) — a chat pasted in, minutes kept as who said
 * what. People say "Yes." twice; each turn stays. A list of labels (`Budget: on
 * track`, `Scope: on track`) says one thing per label, repeats aside, and is no dialogue.
 */
function dialogueLines(text: string, note: Note): ReadonlySet<number> {
  if (dialogueCache.text === text) return dialogueCache.lines;
  const out = new Set<number>();
  dialogueCache.text = text;
  dialogueCache.lines = out;
  const owned = note.sections.filter((s) => LABELLED_BY_OWNER.has(s.kind)).map((s) => [s.start, s.contentEnd > s.end ? s.contentEnd : s.end] as const);
  let starts: number[] | null = null;
  let run: number[] = [];
  /** What each speaker of the run said. */
  let speakers = new Map<string, Set<string>>();
  const close = () => {
    if (run.length >= 3 && speakers.size >= 2 && [...speakers.values()].some((said) => said.size >= 2)) run.forEach((l) => out.add(l));
    run = [];
    speakers = new Map();
  };
  let runEnd = -1;
  const from = note.frontmatter?.end ?? 0;
  const prose = transcriptRanges(note);
  // Only lines with a colon can be turns: each is tried once, from its start.
  for (let colon = text.indexOf(':', from); colon !== -1; ) {
    const at = text.lastIndexOf('\n', colon - 1) + 1;
    let lineEnd = text.indexOf('\n', colon);
    if (lineEnd === -1) lineEnd = text.length;
    colon = text.indexOf(':', lineEnd);
    // A speaker's name, with a time and a bullet before it, comes early in the line.
    if (at < from || colon - at > 64) continue;
    // A transcript's lines are never repeats anyway: not read.
    const transcript = prose.find(([s, e]) => at >= s && at < e);
    if (transcript !== undefined) {
      colon = text.indexOf(':', transcript[1]);
      continue;
    }
    TURN_AT.lastIndex = at;
    const m = TURN_AT.exec(text);
    if (m === null) continue;
    // A run goes on over blank lines only.
    if (runEnd !== -1 && !onlySpace(text, runEnd, at)) close();
    runEnd = lineEnd;
    if (owned.some(([from, to]) => at > from && at < to)) {
      close();
      continue;
    }
    starts ??= lineStarts(text);
    const speaker = m[3].toLowerCase();
    const said = speakers.get(speaker) ?? new Set<string>();
    said.add(((m[1] ?? '') + ' ' + text.slice(at + m[0].length - 1, lineEnd)).trim());
    speakers.set(speaker, said);
    run.push(lineOf(starts, at));
  }
  close();
  return out;
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** The last text {@link dialogueLines} read: the repeats step and the dedupe usually read the same one. */
const dialogueCache: { text: string | null; lines: ReadonlySet<number> } = { text: null, lines: new Set() };

// ─── Text kept verbatim ─────────────────────────────────────────────────────

/**
 * Where the characters are not prose but a reference or code, whose exact characters
 * matter: changing them changes what the note points to or runs.
 * - `code`: a fenced block (not the transcript, which is the meeting's words), inline
 *   code, a `---js` frontmatter;
 * - `url`: a web address, bare, in `<…>` or as a Markdown link's destination;
 * - `path`: a frontmatter value naming a file (`source_ref: /Users/…/Call.md`);
 * - `link`: a wikilink's target, with `target` the note it names.
 */
type RegionKind = 'code' | 'url' | 'path' | 'link';

interface Region {
  start: number;
  end: number;
  kind: RegionKind;
  target?: string;
}

const FENCE_OPEN = /^[ \t>]*(`{3,}|~{3,})(.*)$/;
const URL = /[a-z][a-z0-9+.-]*:\/\/[^\s<>()[\]"'`]+/gi;
const MD_DESTINATION = /\]\(\s*<?([^)\s>]+)/g;
const WIKILINK = /\[\[([^\]\n]*)\]\]/g;
const FRONTMATTER_VALUE = /^\s*(?:-\s+|[^:#\s][^:]*:\s+)(.*)$/;

/** The verbatim regions of `text`, sorted, overlapping ones merged (the first found gives the kind). */
function verbatimRegions(text: string, note: Note): Region[] {
  const regions: Region[] = [];
  const fm = note.frontmatter;
  const bodyStart = fm ? fm.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (fm && note.problems.some((p) => p.kind === 'frontmatter-code')) {
    regions.push({ start: fm.start, end: fm.end, kind: 'code' });
  } else if (fm) {
    forEachLine(text, fm.start, fm.end, (start, end) => {
      const line = text.slice(start, end);
      const value = FRONTMATTER_VALUE.exec(line);
      if (value && isFilePath(value[1])) {
        regions.push({ start: start + line.length - value[1].length, end, kind: 'path' });
      }
      inlineRegions(line, start, regions);
    });
  }

  const prose = transcriptRanges(note);
  let fence: { char: string; length: number; start: number } | null = null;
  forEachLine(text, bodyStart, text.length, (start, end) => {
    const line = text.slice(start, end);
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && close[2].trim() === '') {
        addFence(regions, prose, fence.start, end);
        fence = null;
      }
      return;
    }
    const open = FENCE_OPEN.exec(line);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], length: open[1].length, start };
      return;
    }
    if (line.includes('`') || line.includes('[[') || line.includes('://') || line.includes('](')) inlineRegions(line, start, regions);
  });
  // An unclosed fence runs to the end, as Markdown renders it.
  if (fence !== null) addFence(regions, prose, (fence as { start: number }).start, text.length);

  regions.sort((a, b) => a.start - b.start);
  const merged: Region[] = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * A frontmatter value naming a file: rooted (`/Users/…`, `~/…`, `./…`, `C:\…`), or with a
 * file extension, or two folders deep — not a title that merely holds a slash (`Q3/Q4 plan`).
 */
function isFilePath(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (!/[/\\]/.test(v) || v.includes('[[') || v.includes('://')) return false;
  return /^(?:[/\\~]|\.{1,2}[/\\]|[A-Za-z]:[/\\])/.test(v) || /\.[A-Za-z0-9]{1,5}$/.test(v) || (v.match(/[/\\]/g) ?? []).length >= 2;
}

/** The transcript block and transcript sections: prose, even inside a fence. */
function transcriptRanges(note: Note): [number, number][] {
  const out: [number, number][] = note.sections.filter((s) => s.kind === 'transcript').map((s) => [s.start, s.contentEnd]);
  if (note.transcript) out.push([note.transcript.start, note.transcript.end]);
  return out;
}

function addFence(regions: Region[], prose: [number, number][], start: number, end: number): void {
  if (prose.some(([s, e]) => start >= s && start < e)) return;
  regions.push({ start, end, kind: 'code' });
}

function forEachLine(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let at = from;
  while (at < to) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 || nl >= to ? to : nl + 1;
    let end = nl === -1 || nl >= to ? to : nl;
    if (end > at && text.charCodeAt(end - 1) === 13) end--;
    visit(at, end);
    at = next;
  }
}

/** Inline code, wikilink targets and web addresses on one line starting at `offset`. */
function inlineRegions(line: string, offset: number, regions: Region[]): void {
  const code: [number, number][] = [];
  for (let i = line.indexOf('`'); i !== -1; ) {
    let n = i;
    while (line.charCodeAt(n) === 96) n++;
    const run = n - i;
    let close = -1;
    for (let j = line.indexOf('`', n); j !== -1; ) {
      let m = j;
      while (line.charCodeAt(m) === 96) m++;
      if (m - j === run) {
        close = j;
        break;
      }
      j = line.indexOf('`', m);
    }
    if (close === -1) {
      i = line.indexOf('`', n);
      continue;
    }
    code.push([i, close + run]);
    regions.push({ start: offset + i, end: offset + close + run, kind: 'code' });
    i = line.indexOf('`', close + run);
  }
  const inCode = (at: number) => code.some(([s, e]) => at >= s && at < e);

  for (const m of line.matchAll(WIKILINK)) {
    const at = m.index + 2;
    if (inCode(at)) continue;
    let reference = m[1];
    const pipe = reference.indexOf('|');
    if (pipe !== -1) reference = reference.slice(0, reference[pipe - 1] === '\\' ? pipe - 1 : pipe);
    const hash = reference.search(/[#^]/);
    const target = (hash === -1 ? reference : reference.slice(0, hash)).trim();
    regions.push({ start: offset + at, end: offset + at + reference.length, kind: 'link', target });
  }
  for (const m of line.matchAll(MD_DESTINATION)) {
    const at = m.index + m[0].length - m[1].length;
    if (!inCode(at)) regions.push({ start: offset + at, end: offset + at + m[1].length, kind: 'url' });
  }
  for (const m of line.matchAll(URL)) {
    const url = m[0].replace(/[.,;:!?*_~]+$/, '');
    if (!inCode(m.index)) regions.push({ start: offset + m.index, end: offset + m.index + url.length, kind: 'url' });
  }
}

/** The region holding `offset`, walking `regions` (sorted) from `cursor.at` on, for offsets that only grow. */
function regionAt(regions: Region[], offset: number, cursor: { at: number }): Region | null {
  while (cursor.at < regions.length && regions[cursor.at].end <= offset) cursor.at++;
  const r = regions[cursor.at];
  return r !== undefined && r.start <= offset ? r : null;
}

// ─── Mojibake ───────────────────────────────────────────────────────────────

/** Why a repair waits for evidence that the note as a whole went through the wrong codec. */
interface Held {
  fix: MojibakeFix;
  region: Region | null;
  /** The word as the repair would write it, already written correctly on the same line. */
  quoted: string | null;
}

/**
 * Repairs in prose are made wherever the repair is confident. Repairs in code, web
 * addresses, file paths and link targets, and of a word whose repaired form the same
 * line already holds (a note about mojibake: "é shows as Ã©"), are made only when the
 * note's prose was broken too — then the whole file went through the wrong codec and
 * these characters with it; otherwise they look deliberate, and are reported instead.
 */
function planMojibake(path: string, text: string, note: Note, linkResolves: NormalizeOptions['linkResolves'], problems: Problem[]): Edit[] {
  const bom = brokenByteOrderMark(text);
  const { fixes: found, suspects } = findMojibake(text);
  const fixes = bom ? [bom, ...found.filter((f) => f.start >= bom.end)] : found;
  const starts = lineStarts(text);
  for (const s of suspects) {
    problems.push({
      path,
      line: lineOf(starts, s.start),
      kind: 'possible-mojibake',
      message: `Possible broken characters “${s.text}” (${s.reason}); left unchanged.`,
    });
  }
  if (fixes.length === 0) return [];

  const regions = verbatimRegions(text, note);
  const cursor = { at: 0 };
  const prose: MojibakeFix[] = [];
  const held: Held[] = [];
  for (let i = 0; i < fixes.length; i++) {
    const fix = fixes[i];
    const region = regionAt(regions, fix.start, cursor);
    const quoted = region || fix === bom ? null : quotedRepair(text, starts, fixes, i);
    if (region || quoted !== null) held.push({ fix, region, quoted });
    else prose.push(fix);
  }

  // A note that shows broken characters beside their right form on as many lines as it
  // has broken ones elsewhere is about them (a table of what the export turns into what):
  // its broken-looking prose is quoted too, and only reported.
  const shown = new Set(held.filter((h) => h.quoted !== null).map((h) => lineOf(starts, h.fix.start)));
  const broken = new Set(prose.filter((f) => f !== bom).map((f) => lineOf(starts, f.start)).filter((l) => !shown.has(l)));
  const noteBroken = broken.size > 0 && broken.size >= shown.size;
  const edits: Edit[] = [];
  for (const fix of prose) {
    if (noteBroken || fix === bom) {
      edits.push(mojibakeEdit(starts, fix, ''));
      continue;
    }
    problems.push({
      path,
      line: lineOf(starts, fix.start),
      kind: 'possible-mojibake',
      message: `Possible broken characters “${fix.before}”; left unchanged, since ${shown.size} line${shown.size === 1 ? '' : 's'} of the note show broken characters beside their right form, as a note about them does.`,
    });
  }
  for (const h of held) {
    const line = lineOf(starts, h.fix.start);
    const link = h.region?.kind === 'link' ? h.region : null;
    if (link && linkResolves) {
      const repaired = repairedTarget(text, link, fixes);
      if (linkResolves(link.target as string)) {
        problems.push({
          path,
          line,
          kind: 'possible-mojibake',
          message: `The link to “${link.target as string}” has broken characters (“${h.fix.before}” for “${h.fix.after}”) but reaches that note as written; rename the note to “${repaired}”, and its links follow.`,
        });
        continue;
      }
      if (linkResolves(repaired)) {
        edits.push(mojibakeEdit(starts, h.fix, ` in a link: it now reaches the note “${repaired}”`));
        continue;
      }
    }
    if (noteBroken) {
      edits.push(mojibakeEdit(starts, h.fix, h.region ? ` in ${describeRegion(h.region, text, fixes)}, broken like the rest of the note` : ''));
      continue;
    }
    problems.push({
      path,
      line,
      kind: 'possible-mojibake',
      message: h.region
        ? `Possible broken characters “${h.fix.before}” in ${describeRegion(h.region, text, fixes)}; left unchanged, since the rest of the note reads correctly and these characters may be meant.`
        : `Possible broken characters “${h.fix.before}”; left unchanged, since the line also has “${h.quoted as string}” written correctly and seems to show the broken form on purpose.`,
    });
  }
  return edits;
}

/** A UTF-8 byte-order mark as each wrong codec shows it (`ï»¿`, `Ôªø`, `Ã¯Â»Â¿`…), longest first. */
const BROKEN_BOMS = [...new Set(BREAK_MODES.map((mode) => breakText('\uFEFF', mode)))].sort((a, b) => b.length - a.length);
/** The characters those begin with (`ï`, `Ô`, `Ã`, `ď`, `п`): a cheap first test. */
const BROKEN_BOM_STARTS: ReadonlySet<number> = new Set(BROKEN_BOMS.map((b) => b.charCodeAt(0)));

/**
 * A file that began with a byte-order mark and went through the wrong codec begins
 * with the mark's bytes as characters, which hide its frontmatter: the mark is put back.
 */
function brokenByteOrderMark(text: string): MojibakeFix | null {
  if (!BROKEN_BOM_STARTS.has(text.charCodeAt(0))) return null;
  const form = BROKEN_BOMS.find((b) => text.startsWith(b));
  return form ? { start: 0, end: form.length, before: form, after: '\uFEFF' } : null;
}

function mojibakeEdit(starts: number[], fix: MojibakeFix, where: string): Edit {
  return {
    start: fix.start,
    end: fix.end,
    replacement: fix.after,
    line: lineOf(starts, fix.start),
    kind: 'mojibake',
    reason:
      fix.after === '\uFEFF'
        ? `Restore the byte-order mark that “${fix.before}” stands for at the start of the file`
        : `Repair broken characters “${fix.before}” → “${fix.after}”${where}`,
  };
}

function describeRegion(region: Region, text: string, fixes: MojibakeFix[]): string {
  switch (region.kind) {
    case 'code':
      return 'code';
    case 'url':
      return 'a web address';
    case 'path':
      return 'a file path';
    case 'link':
      return `a link (now to “${repairedTarget(text, region, fixes)}”)`;
  }
}

/** A link's target with the repairs inside it made. */
function repairedTarget(text: string, link: Region, fixes: MojibakeFix[]): string {
  const target = link.target as string;
  const from = text.indexOf(target, link.start);
  if (from === -1) return target;
  const inside = fixes.filter((f) => f.start >= from && f.end <= from + target.length);
  return applyEdits(
    target,
    inside.map((f) => ({ start: f.start - from, end: f.end - from, replacement: f.after, line: 0, kind: 'mojibake' as const, reason: '' })),
  );
}

/** Letters, digits and every non-ASCII character but spaces: what a word is made of, broken or not. */
function isWordCode(u: number): boolean {
  if (u >= 0x80) return u !== 0x2028 && u !== 0x2029 && u !== 0x3000 && !(u >= 0x2000 && u <= 0x200a);
  return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
}

/**
 * When the word holding `fixes[i]`, repaired, is also written correctly elsewhere on
 * the same line, the line shows the broken form beside the right one on purpose:
 * that word. A dash or a quote mark counts as a word of its own where it stands
 * alone (`| â€™ | ’ |`); inside a word it is only part of that word.
 */
function quotedRepair(text: string, starts: number[], fixes: MojibakeFix[], i: number): string | null {
  const fix = fixes[i];
  const { start: lineStart, end: lineEnd } = lineSpan(text, starts, lineOf(starts, fix.start));
  let from = fix.start;
  while (from > lineStart && isWordCode(text.charCodeAt(from - 1))) from--;
  let to = fix.end;
  while (to < lineEnd && isWordCode(text.charCodeAt(to))) to++;
  const onLine: MojibakeFix[] = [];
  for (let k = i; k >= 0 && fixes[k].start >= lineStart; k--) onLine.push(fixes[k]);
  for (let k = i + 1; k < fixes.length && fixes[k].start < lineEnd; k++) onLine.push(fixes[k]);
  const inWord = onLine.filter((f) => f.start >= from && f.end <= to).sort((a, b) => a.start - b.start);
  let word = '';
  let at = from;
  for (const f of inWord) {
    word += text.slice(at, f.start) + f.after;
    at = f.end;
  }
  word += text.slice(at, to);

  const line = text.slice(lineStart, lineEnd);
  for (let j = line.indexOf(word); j !== -1; j = line.indexOf(word, j + 1)) {
    const k = lineStart + j;
    const end = k + word.length;
    if (k > lineStart && isWordCode(text.charCodeAt(k - 1))) continue;
    if (end < lineEnd && isWordCode(text.charCodeAt(end))) continue;
    if (onLine.some((f) => f.start < end && k < f.end)) continue;
    return word;
  }
  return null;
}

// ─── Template leftovers ─────────────────────────────────────────────────────

/** Keys a template fills with a date: `date`, `created`, `updated_at`, `meeting-date`, `startDate` (not `candidate`). */
const DATE_KEY = /^(?:day|created|updated|modified|last[_ -]?modified)(?:[_ -]?(?:at|on))?$|(?:^|[_ -])date(?:$|[_ -])/i;
const CAMEL_DATE_KEY = /[a-z]Date(?:$|[A-Z_])/;
/** Keys holding a time of day (and no date): never filled with a date. */
const TIME_KEY = /time|hour|clock/i;
/** Placeholders that produce a date (`{{date}}`, `{{date:YYYY-MM-DD}}`, `<% tp.date.now() %>`, `{{today}}`), not `{{candidate}}`. */
const DATE_PLACEHOLDER = /\b(?:date|today|now)\b/i;
/** Placeholders that produce the note's name: Obsidian's `{{title}}`, Templater's `<% tp.file.title %>`. */
const TITLE_PLACEHOLDER = /^(?:\{\s*\{\s*title\s*\}\s*\}|<%[-_*]?\s*tp\.file\.title\s*[-_]?%>)$/i;
const LEFTOVERS = new RegExp(LEFTOVER.source, 'g');
/** A field line of YAML (`key: value`, indented under a map too) or TOML (`key = value`). */
const YAML_FIELD = /^(\s*)([^\s#:'"[\]{}>|&*!%@`-][^:]*?|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]+(.*))?$/;
const TOML_FIELD = /^(\s*)([A-Za-z0-9_.-]+|"[^"]*")[ \t]*=[ \t]*(.*)$/;
const YAML_ITEM = /^(\s*)-[ \t]+(.*)$/;

/** One field line holding a placeholder: its key, and where its value (without a comment) sits. */
interface LeftoverField {
  key: string;
  /** A list item (`- {{tag}}`) rather than `key: value`. */
  item: boolean;
  valueStart: number;
  value: string;
}

/** What becomes of one placeholder value: the text it is filled with, or nothing (removed). */
interface Fill {
  text: string;
  why: string;
}

/**
 * Unfilled placeholders in the frontmatter. A date field is filled with the note's
 * date when it has one, a name placeholder (`{{title}}`) with the note's name — what
 * the template would have written — and anything else is removed: the whole line for a
 * field, only the placeholder for one item of a `[a, {{b}}]` list. Quotes around the
 * placeholder stay. A value with words of its own around the placeholder (`title:
 * "Call with {{name}}"`) is the author's text, half filled: it is reported and left.
 */
function planLeftovers(path: string, text: string, note: Note, problems: Problem[]): Edit[] {
  const starts = lineStarts(text);
  const edits: Edit[] = [];
  const toml = note.frontmatter !== null && text.startsWith('+++', note.frontmatter.start);
  const seen = new Set<number>();
  for (const leftover of note.frontmatter?.leftovers ?? []) {
    if (seen.has(leftover.line)) continue;
    seen.add(leftover.line);
    const span = lineSpan(text, starts, leftover.line);
    const field = leftoverField(text, span, leftover.key, toml);
    const report = (value: string) =>
      problems.push({
        path,
        line: leftover.line,
        kind: 'template-leftover',
        message: `“${field?.key ?? leftover.key}” is partly an unfilled template (“${value}”); left for you to finish.`,
      });
    if (field === null) {
      report(text.slice(span.start, span.end).trim());
      continue;
    }
    const { key, value, valueStart } = field;
    const shown = `${key}: ${value}`;
    const removeLine: Edit = { start: span.start, end: span.next, replacement: '', line: leftover.line, kind: 'template-leftover', reason: '' };

    if (value.startsWith('[') && value.endsWith(']')) {
      const items = flowItems(value);
      if (items.some((i) => i.kind === 'mixed')) {
        report(value);
        continue;
      }
      const fills = items.map((i) => (i.kind === 'placeholder' ? fillOf(i.text, key, note, path, field.item) : null));
      const kept = items.flatMap((i, n) => {
        const fill = fills[n];
        return i.kind === 'real' ? [i.text] : fill ? [requote(i.text, fill.text, toml)] : [];
      });
      const whys = items.flatMap((i, n) => {
        const fill = fills[n];
        return fill ? [`fill “${i.text}” with ${fill.why}`] : [];
      });
      if (kept.length === 0) {
        edits.push({ ...removeLine, reason: `Remove the unfilled template field “${shown}”` });
        continue;
      }
      const inner = value.slice(1, -1);
      const pad = /^\s/.test(inner) ? ' ' : '';
      const sep = /,\s/.test(inner) ? ', ' : ',';
      const replacement = `[${pad}${kept.join(sep)}${pad}]`;
      const dropped = items.filter((i, n) => i.kind === 'placeholder' && fills[n] === null).map((i) => `“${i.text}”`);
      const said = [...whys, ...(dropped.length > 0 ? [`remove the unfilled ${dropped.join(', ')}`] : [])].join('; ');
      edits.push({ start: valueStart, end: valueStart + value.length, replacement, line: leftover.line, kind: 'template-leftover', reason: `In “${shown}”, ${said}` });
      continue;
    }

    const inner = unquoted(value);
    const rest = inner.replace(LEFTOVERS, ' ').replace(/["'\s]/g, ' ');
    if (/\p{L}{2,}|\p{N}/u.test(rest)) {
      report(value);
      continue;
    }
    const fill = fillOf(inner, key, note, path, field.item);
    if (fill) {
      edits.push({
        start: valueStart,
        end: valueStart + value.length,
        replacement: requote(value, fill.text, toml),
        line: leftover.line,
        kind: 'template-leftover',
        reason: `Fill the template leftover “${shown}” with ${fill.why}`,
      });
    } else if (!field.item && hasChildren(text, starts, leftover.line)) {
      // The field's items or map stand on the lines below: only the placeholder goes, so they stay the field's.
      const from = valueStart - (text.slice(span.start, valueStart).length - text.slice(span.start, valueStart).trimEnd().length);
      edits.push({
        start: from,
        end: valueStart + value.length,
        replacement: '',
        line: leftover.line,
        kind: 'template-leftover',
        reason: `Remove the unfilled placeholder from “${shown}”, keeping what is listed under it`,
      });
    } else {
      const isDate = isDateField(key, inner);
      edits.push({
        ...removeLine,
        reason: field.item
          ? `Remove the unfilled template item “${value}” from “${key}”`
          : isDate && !note.date
            ? `Remove the template leftover “${shown}” (the note has no date to fill it with)`
            : `Remove the unfilled template field “${shown}”`,
      });
    }
  }
  return edits;
}

/** A label asking for the meeting's date: `Date`, `**Date**`, `Meeting date`, `Created`, `Day`, `When`. */
const DATE_LABEL = /^(?:(?:meeting |call )?date|created(?: on| at)?|day|when)$/i;
const TITLE_LABEL = /^(?:title|name|note)$/i;
/** Templater's cursor mark, which it removes once the template is applied. */
const CURSOR = /^<%[-_*]?\s*tp\.file\.cursor\(\s*\d*\s*\)\s*[-_]?%>$/;
/** `**Date**: {{date}}`, `Date:: {{date}}`, `- Created: <% tp.date.now() %>`: a label and its value. */
const BODY_FIELD = /^(\s*(?:[-*+]\s+)?)(\*\*|__)?([\p{L}][\p{L} ]{0,24}?)\s*(?::{1,2}\s*\2|\2\s*:{1,2})\s*(.*?)\s*$/u;

function mayHoldPlaceholder(text: string, note: Note): boolean {
  const from = note.frontmatter?.end ?? 0;
  return text.indexOf('{{', from) !== -1 || text.indexOf('<%', from) !== -1 || text.indexOf('{ {', from) !== -1;
}

/**
 * Placeholders a template left in the body, outside code: a heading or a labelled line
 * that is nothing but a placeholder is filled as the template would have filled it —
 * `# {{title}}` with the note's name, `**Date**: {{date}}` with the note's date — and
 * Templater's cursor mark is removed. Any other placeholder may be the author's text
 * (a note about templates) and is only reported.
 */
function planBodyLeftovers(path: string, text: string, note: Note, problems: Problem[]): Edit[] {
  const starts = lineStarts(text);
  const verbatim = verbatimRegions(text, note).filter((r) => r.kind === 'code');
  const prose = transcriptRanges(note);
  const edits: Edit[] = [];
  forEachLine(text, note.frontmatter?.end ?? 0, text.length, (start, end) => {
    const line = text.slice(start, end);
    if (!line.includes('{') && !line.includes('<%')) return;
    for (const m of line.matchAll(LEFTOVERS)) {
      const at = start + m.index;
      if (verbatim.some((r) => at >= r.start && at < r.end) || prose.some(([s, e]) => at >= s && at < e)) continue;
      const lineNo = lineOf(starts, at);
      const placeholder = m[0];
      if (CURSOR.test(placeholder)) {
        const from = at - (line.slice(0, m.index).length - line.slice(0, m.index).trimEnd().length);
        edits.push({ start: from, end: at + placeholder.length, replacement: '', line: lineNo, kind: 'template-leftover', reason: `Remove Templater's cursor mark “${placeholder}”, left when the template was not run` });
        continue;
      }
      // A heading is filled wherever its placeholders stand (`# Standup {{date}}`); a labelled line only when the placeholder is all its value.
      const heading = /^ {0,3}#{1,6}\s/.test(line);
      const field = heading ? null : BODY_FIELD.exec(line);
      const label = field?.[3]?.trim() ?? '';
      const fill = heading ? bodyFill(placeholder, '', true, note, path) : field !== null && field[4] === placeholder && label !== '' ? bodyFill(placeholder, label, false, note, path) : null;
      if (fill) {
        edits.push({ start: at, end: at + placeholder.length, replacement: fill.text, line: lineNo, kind: 'template-leftover', reason: `Fill the template leftover “${placeholder}” with ${fill.why}` });
      } else {
        problems.push({ path, line: lineNo, kind: 'template-leftover', message: `“${placeholder}” is a template placeholder that was never filled in; left for you to finish.` });
      }
    }
  });
  return edits;
}

/** What a heading or labelled line that holds only a placeholder is filled with, if it can be known. */
function bodyFill(placeholder: string, label: string, heading: boolean, note: Note, path: string): Fill | null {
  if (TITLE_PLACEHOLDER.test(placeholder) && (heading ? label === '' : TITLE_LABEL.test(label))) {
    const name = nameOfPath(path);
    return name === '' ? null : { text: name, why: `the note's name “${name}”` };
  }
  // `{{date}}`, `{{date:YYYY-MM-DD}}`, `<% tp.date.now() %>`, `<% tp.file.creation_date() %>` — not one asking for a time too.
  const asksDate = /date|today|now/i.test(placeholder) && !/time|hh|mm:ss/i.test(placeholder.replace(/date/gi, ''));
  if (note.date && asksDate && (heading || DATE_LABEL.test(label))) return { text: note.date, why: `the note's date ${note.date}` };
  return null;
}

/** The key and value of the field line holding a placeholder, or null for a line of another shape. */
function leftoverField(text: string, span: { start: number; end: number }, parentKey: string, toml: boolean): LeftoverField | null {
  const line = text.slice(span.start, span.end);
  const field = (toml ? TOML_FIELD : YAML_FIELD).exec(line);
  const item = toml ? null : YAML_ITEM.exec(line);
  let key: string;
  let raw: string;
  if (field && !(item && item.index === 0 && field[2].startsWith('-'))) {
    key = field[2].replace(/^["']|["']$/g, '');
    raw = field[3] ?? '';
  } else if (item) {
    key = parentKey;
    raw = item[2];
  } else {
    return null;
  }
  const value = withoutComment(raw.trim());
  if (value === '' || !LEFTOVER.test(value)) return null;
  return { key, item: !field, valueStart: span.start + line.length - raw.trimStart().length, value };
}

/** Whether the lines right below `line` are indented deeper: the items or map of the field on it. */
function hasChildren(text: string, starts: number[], line: number): boolean {
  const indent = (l: number) => {
    const { start, end } = lineSpan(text, starts, l);
    const raw = text.slice(start, end);
    return raw.trim() === '' ? -1 : raw.length - raw.trimStart().length;
  };
  const own = indent(line);
  for (let l = line + 1; l <= starts.length; l++) {
    const i = indent(l);
    if (i === -1) continue;
    const { start } = lineSpan(text, starts, l);
    // A list directly under its key may sit at the key's own indentation (`key:\n- item`).
    return i > own || (i === own && text.startsWith('-', start + i) && !text.startsWith('---', start + i));
  }
  return false;
}

/** Whether a key (or its placeholder) asks for a date. */
function isDateField(key: string, placeholder: string): boolean {
  const timeOnly = TIME_KEY.test(key) && !/date/i.test(key);
  const placeholders = placeholder.match(LEFTOVERS) ?? [];
  return !timeOnly && (DATE_KEY.test(key) || CAMEL_DATE_KEY.test(key) || placeholders.some((p) => DATE_PLACEHOLDER.test(p)));
}

/** What a placeholder-only value is filled with, or null when it is to be removed. */
function fillOf(placeholder: string, key: string, note: Note, path: string, item: boolean): Fill | null {
  const inner = unquoted(placeholder).trim();
  if (TITLE_PLACEHOLDER.test(inner)) {
    const name = nameOfPath(path);
    if (name !== '') return { text: name, why: `the note's name “${name}”` };
  }
  if (!item && note.date && isDateField(key, inner)) return { text: note.date, why: `the note's date ${note.date}` };
  return null;
}

/** `filled` in place of a placeholder value, inside the quotes it had, or quoted as YAML (or TOML, where every string is) needs. */
function requote(value: string, filled: string, toml = false): string {
  const q = value[0];
  if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) {
    return q === '"' ? `"${filled.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `'${filled.replace(/'/g, "''")}'`;
  }
  const needs = toml ? !/^\d{4}-\d{2}-\d{2}$/.test(filled) : plainScalarNeedsQuotes(filled);
  return needs ? `"${filled.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : filled;
}

/** Text YAML would read as something else, or not at all, when written without quotes. */
function plainScalarNeedsQuotes(s: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return (
    s === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) ||
    /:\s|\s#|:$|\s$|[,[\]{}]/.test(s) ||
    /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)$/i.test(s)
  );
}

function unquoted(value: string): string {
  const q = value[0];
  return (q === '"' || q === "'") && value.length >= 2 && value.endsWith(q) ? value.slice(1, -1) : value;
}

interface FlowItem {
  text: string;
  kind: 'real' | 'placeholder' | 'mixed';
}

/** The items of a one-line flow list `[a, "b, c", {{d}}]`, split at commas outside quotes and placeholders. */
function flowItems(value: string): FlowItem[] {
  const inner = value.slice(1, -1);
  const masked = inner.replace(LEFTOVERS, (m) => 'x'.repeat(m.length));
  const items: FlowItem[] = [];
  let quote = '';
  let from = 0;
  const push = (to: number) => {
    const t = inner.slice(from, to).trim();
    if (t === '') return;
    const placeholders = unquoted(t).match(LEFTOVERS);
    const rest = unquoted(t).replace(LEFTOVERS, '').trim();
    items.push({ text: t, kind: placeholders === null ? 'real' : rest === '' ? 'placeholder' : 'mixed' });
  };
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ',') {
      push(i);
      from = i + 1;
    }
  }
  push(inner.length);
  return items;
}

/** A YAML value without its trailing ` # comment` (a `#` outside quotes and placeholders, after a space). */
function withoutComment(value: string): string {
  const masked = value.replace(LEFTOVERS, (m) => 'x'.repeat(m.length));
  let quote = '';
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && i > 0 && /\s/.test(masked[i - 1])) {
      return value.slice(0, i).trimEnd();
    }
  }
  return value;
}

// ─── Doubled surnames ───────────────────────────────────────────────────────

/**
 * `@Lior Genzel Genzel` → `@Lior Genzel`, wherever the note writes the doubled form —
 * but not in code, web addresses or file paths (they are not mentions), nor in a
 * link that reaches a note of that name.
 */
function planDoubledNames(path: string, text: string, note: Note, linkResolves: NormalizeOptions['linkResolves'], problems: Problem[]): Edit[] {
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

  const starts = lineStarts(text);
  const regions = verbatimRegions(text, note);
  const transcript = note.transcript;
  const edits: Edit[] = [];
  // Longest first, so "A B B B" is not half-mended as "A B B".
  const forms = [...doubled.keys()].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const written of forms) {
    const mended = doubled.get(written) as string;
    let at = text.indexOf(written);
    while (at !== -1) {
      const end = at + written.length;
      const inTranscript = transcript !== null && at >= transcript.start && at < transcript.end;
      const wordEdge = !isWordChar(text.charAt(at - 1)) && !isWordChar(text.charAt(end));
      const overlaps = taken.some(([s, e]) => at < e && s < end);
      const region = regions.find((r) => at < r.end && r.start < end) ?? null;
      if (!inTranscript && wordEdge && !overlaps && mayMend(region, written, path, lineOf(starts, at), linkResolves, problems)) {
        taken.push([at, end]);
        const link = region?.kind === 'link' ? ` (the link now points to “${(region.target as string).replace(written, mended)}”)` : '';
        edits.push({
          start: at,
          end,
          replacement: mended,
          line: lineOf(starts, at),
          kind: 'doubled-name',
          reason: `Mend the doubled surname “${written}” → “${mended}”${link}`,
        });
      }
      at = text.indexOf(written, end);
    }
  }
  return edits;
}

function mayMend(region: Region | null, written: string, path: string, line: number, linkResolves: NormalizeOptions['linkResolves'], problems: Problem[]): boolean {
  if (region === null) return true;
  if (region.kind !== 'link') return false;
  if (linkResolves && linkResolves(region.target as string)) {
    problems.push({
      path,
      line,
      kind: 'unresolved-name',
      message: `The link to “${region.target as string}” doubles a surname (“${written}”) but reaches that note as written; left unchanged.`,
    });
    return false;
  }
  return true;
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

const LIST_LINE = /^(\s*)(?:[-*+]|\d+[.)])\s/;
const ORDERED_LINE = /^\s*\d+[.)]\s/;

function planRepeats(text: string, note: Note, similarity: ((a: string, b: string) => number) | undefined): Edit[] {
  const starts = lineStarts(text);
  const bulletsByLine = new Map<number, Task | Item>();
  for (const t of note.tasks) bulletsByLine.set(t.line, t);
  for (const i of note.items) bulletsByLine.set(i.line, i);
  const headingLines = new Set(note.sections.map((s) => s.line));
  const dialogue = dialogueLines(text, note);
  const blocks = repeatedBlocks(text, starts, note, headingLines, bulletsByLine);
  const edits: Edit[] = blocks.map((b) => b.edit);
  const gone = new Uint8Array(starts.length + 2);
  for (const b of blocks) gone.fill(1, b.firstLine, b.lastLine + 1);
  const removed = (line: number) => gone[line] === 1;

  for (const section of note.sections) {
    if (section.kind === 'transcript' || removed(section.line)) continue;
    const lines = sectionLines(starts, section, headingLines).filter((l) => !removed(l));
    const repeat = findRepeatBreak(text, starts, lines, bulletsByLine);
    let kept = lines;

    if (repeat !== null) {
      const bullets = lines.filter((l) => bulletsByLine.has(l)).map((l) => toBullet(text, starts, l));
      const before = bullets.filter((b) => b.line < repeat.at);
      const after = bullets.filter((b) => b.line > repeat.at && b.line < repeat.end);
      const twinOf = (b: Bullet) => before.find((a) => sameBullet(a, b, similarity) && addsNothing(bulletsByLine.get(b.line), bulletsByLine.get(a.line), a, b));
      if (after.length > 0 && after.every((b) => twinOf(b) !== undefined)) {
        // From the blank lines before the `---` to the last repeated bullet: whatever stands above the break stays,
        // and so does a closing `---` with what follows it (the export's `*Source: …*` footer).
        const lastLine = after[after.length - 1].line;
        let fromLine = repeat.at;
        // The blank lines before the `---` go too, unless none follow the copy to set off what comes next.
        const glued = lastLine < starts.length && !isBlankLine(text, starts, lastLine + 1);
        while (!glued && fromLine - 1 > section.line && isBlankLine(text, starts, fromLine - 1)) fromLine--;
        const from = lineSpan(text, starts, fromLine).start;
        const to = lineSpan(text, starts, lastLine).next;
        edits.push({
          start: from,
          end: to,
          replacement: '',
          line: fromLine,
          kind: 'duplicate-section',
          reason: `Remove the repeat of “${section.heading}” after the “---” (${after.length} bullet${after.length === 1 ? '' : 's'} already above)`,
        });
        kept = lines.filter((l) => l < repeat.at || l >= repeat.end);
      }
    }
    edits.push(...wordForWordRepeats(text, starts, kept, bulletsByLine, dialogue));
  }
  return withoutOverlaps(text, starts, edits);
}

/**
 * Removals that meet: a repeated bullet just above a repeat after `---` takes the
 * blank line between them, and so does the repeat. The blank line goes once, and
 * when the two together stand between blank lines, the one below goes with them, as
 * it would with a single removal; a removal wholly inside another is already made by it.
 */
function withoutOverlaps(text: string, starts: number[], edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    let edit = e;
    if (last && e.start < last.end) {
      if (e.end <= last.end) continue;
      out[out.length - 1] = { ...last, end: e.start };
      const above = lineOf(starts, last.start) - 1;
      const below = lineOf(starts, e.end);
      if (e.end < text.length && isBlankLine(text, starts, above) && isBlankLine(text, starts, below)) edit = { ...e, end: lineSpan(text, starts, below).next };
    }
    out.push(edit);
  }
  return out.filter((e) => e.end > e.start);
}

// ─── A block written twice ──────────────────────────────────────────────────

interface RepeatedBlock {
  /** First and last line the edit removes. */
  firstLine: number;
  lastLine: number;
  edit: Edit;
}

/**
 * How many lines a copy may have, how many places it may start, and how many lines a
 * note may compare in all: a repeat is a few sections, not a book, and a note of a
 * thousand identical entries must still plan in time.
 */
const MAX_BLOCK_LINES = 2000;
const MAX_BLOCK_TRIES = 64;
const COMPARE_BUDGET = 200_000;

/** Whether the body holds a line that is a `---` (or `***`, `___`) break. */
function hasThematicBreak(text: string, from: number): boolean {
  for (const mark of ['---', '***', '___']) {
    for (let at = text.indexOf(mark, from); at !== -1; at = text.indexOf(mark, at + 3)) {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (lineStart < from) continue;
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      if (THEMATIC_BREAK.test(text.slice(lineStart, lineEnd))) return true;
      at = lineEnd - 2;
    }
  }
  return false;
}

/**
 * An export that wrote its output twice: right after a `---`, or right after the
 * first copy with its heading again, the same lines (blank lines aside) stand word for
 * word as right above — whole sections with their headings, or the bullets ending a
 * section. The copy ends where a heading, another `---` or the note's end follows it,
 * and holds a heading or a bullet (a paragraph repeated across a slide break may be
 * meant). The copy goes with the `---` and the blank lines before it; a closing `---`
 * and any footer after it (`*Source: …*`) stay.
 */
function repeatedBlocks(text: string, starts: number[], note: Note, headingLines: Set<number>, bullets: Map<number, Task | Item>): RepeatedBlock[] {
  const bodyStart = note.frontmatter?.end ?? 0;
  // Most notes have neither a `---` in the body nor a heading twice: nothing to look for.
  const headings = new Set(note.sections.map((s) => s.heading.trim().toLowerCase()));
  if (headings.size === note.sections.length && !hasThematicBreak(text, bodyStart)) return [];

  const bodyLine = lineOf(starts, bodyStart) + (bodyStart > 0 && starts[lineOf(starts, bodyStart) - 1] !== bodyStart ? 1 : 0);
  /** Non-blank lines of the body, and which of them are `---` breaks (indices into `content`). */
  const content: number[] = [];
  const breaks = new Set<number>();
  /** Indices into `content` where a copy may end: headings and breaks. */
  const boundaries: number[] = [];
  for (let l = bodyLine; l <= starts.length; l++) {
    const { start, end } = lineSpan(text, starts, l);
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (first === end) continue;
    content.push(l);
    const c = text.charCodeAt(first);
    const isBreak = (c === 45 || c === 42 || c === 95) && THEMATIC_BREAK.test(text.slice(start, end));
    if (isBreak) breaks.add(content.length - 1);
    if (isBreak || headingLines.has(l)) boundaries.push(content.length - 1);
  }
  boundaries.push(content.length);
  const separators = boundaries.filter((i) => i > 0 && i < content.length);
  if (separators.length === 0) return [];

  const folded = new Map<number, string>();
  /** A line as compared: repaired (a copy may keep broken characters the draft left in a link), white space and case folded. */
  const fold = (line: number) => {
    let key = folded.get(line);
    if (key === undefined) folded.set(line, (key = foldLine(text, starts, line)));
    return key;
  };
  /** Where each heading's text is written: a copy starting with a heading repeats one written before. */
  const headingsAt = new Map<string, number>();
  for (let i = content.length - 1; i >= 0; i--) if (headingLines.has(content[i])) headingsAt.set(fold(content[i]), i);
  let excluded: ((at: number) => boolean) | null = null;
  const isExcluded = (at: number) => {
    if (excluded === null) {
      const code = verbatimRegions(text, note).filter((r) => r.kind === 'code');
      const prose = transcriptRanges(note);
      excluded = (x: number) => prose.some(([s, e]) => x >= s && x < e) || code.some((r) => x >= r.start && x < r.end);
    }
    return excluded(at);
  };

  const out: RepeatedBlock[] = [];
  let done = 0;
  let next = 0;
  let budget = COMPARE_BUDGET;
  for (const pos of separators) {
    if (pos < done) continue;
    if (budget <= 0) break;
    // After a `---` the copy starts on the next line; after a heading, with the heading itself.
    const from = breaks.has(pos) ? pos + 1 : pos;
    if (from >= content.length) continue;
    if (headingLines.has(content[from]) && !((headingsAt.get(fold(content[from])) ?? pos) < pos)) continue;
    // The copy ends at a boundary, on the line the original ends with (the one right above the separator): only
    // lines next to boundaries are read until one matches.
    const lastAbove = fold(content[pos - 1]);
    while (next < boundaries.length && boundaries[next] <= from) next++;
    let best = 0;
    for (let n = next, tried = 0; n < boundaries.length && tried < MAX_BLOCK_TRIES; n++, tried++) {
      const k = boundaries[n] - from;
      const j = pos - k;
      if (j < 0 || k > MAX_BLOCK_LINES) break;
      if (fold(content[from + k - 1]) !== lastAbove) continue;
      let same = true;
      for (let i = 0; i < k - 1 && same; i++) same = fold(content[j + i]) === fold(content[from + i]);
      budget -= k;
      if (same) best = k;
    }
    if (best === 0 || isExcluded(starts[content[pos] - 1])) continue;
    const copy = content.slice(from, from + best);
    if (!copy.some((l) => headingLines.has(l) || bullets.has(l))) continue;
    const lastLine = copy[copy.length - 1];
    // The blank lines before the copy go with it, unless none follow it to set off what comes next.
    const glued = from + best < content.length && content[from + best] === lastLine + 1;
    const firstLine = glued ? content[pos] : content[pos - 1] + 1;
    out.push({
      firstLine,
      lastLine,
      edit: {
        start: starts[firstLine - 1],
        end: lineSpan(text, starts, lastLine).next,
        replacement: '',
        line: firstLine,
        kind: 'duplicate-section',
        reason: repeatReason(note, copy, content[pos], breaks.has(pos), headingLines, bullets),
      },
    });
    done = from + best;
  }
  return out;
}

function repeatReason(note: Note, copy: number[], separator: number, afterBreak: boolean, headingLines: Set<number>, bullets: Map<number, Task | Item>): string {
  const headings = copy.filter((l) => headingLines.has(l)).map((l) => note.sections.find((s) => s.line === l)?.heading ?? '');
  // A copy without a heading of its own repeats the end of the section the `---` stands in.
  const named = headings.length > 0 ? headings : [[...note.sections].reverse().find((s) => s.line < separator)?.heading ?? ''].filter((h) => h !== '');
  const what = named.length > 0 ? named.map((h) => `“${h}”`).join(', ') : 'the lines above';
  const items = copy.filter((l) => bullets.has(l)).length;
  const already = items > 0 ? `${items} bullet${items === 1 ? '' : 's'} already above, word for word` : 'already above, word for word';
  return `Remove the repeat of ${what}${afterBreak ? ' after the “---”' : ''} (${already})`;
}

/**
 * Bullets repeated word for word among siblings — under the same parent, with the
 * same sub-bullets — lose their later copy, sub-bullets and all. A sub-bullet that
 * reads like one under another parent belongs to that parent, and a bullet with
 * other sub-bullets than its twin says more than it: both stay.
 */
function wordForWordRepeats(text: string, starts: number[], lines: number[], bullets: Map<number, Task | Item>, dialogue: ReadonlySet<number>): Edit[] {
  const edits: Edit[] = [];
  const folded = new Map<number, string>();
  const fold = (line: number) => {
    let key = folded.get(line);
    if (key === undefined) folded.set(line, (key = foldLine(text, starts, line)));
    return key;
  };
  /** Bullets by parent and words, with where each ends once asked; sub-bullets are compared only on such a match. */
  const seen = new Map<string, { i: number; line: number; indent: number; last?: number }[]>();
  const lastOf = (b: { i: number; indent: number; last?: number }) => (b.last ??= subtreeEnd(text, starts, lines, b.i, b.indent));
  const sameBelow = (a: number, b: number, size: number) => {
    for (let k = 1; k <= size; k++) if (fold(a + k) !== fold(b + k)) return false;
    return true;
  };
  /** Open list items above the current line: their line and indentation. */
  const parents: { line: number; indent: number }[] = [];
  let skipTo = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line <= skipTo) continue;
    const span = lineSpan(text, starts, line);
    const raw = text.slice(span.start, span.end);
    const list = LIST_LINE.exec(raw);
    if (!list) continue;
    const indent = widthOf(list[1]);
    while (parents.length > 0 && parents[parents.length - 1].indent >= indent) parents.pop();
    const parent = parents.length > 0 ? parents[parents.length - 1].line : 0;
    // The steps of an ordered list may repeat (a procedure); they stay, and stay parents.
    const bullet = bullets.has(line) && !ORDERED_LINE.test(raw) && !dialogue.has(line) ? toBullet(text, starts, line) : null;
    // A bullet of no words (`- 👍`, `- …`) is a mark, a vote, a slot to fill: not a statement said twice.
    if (bullet !== null && SAYS_SOMETHING.test(bullet.words)) {
      const key = `${parent}\u0000${bullet.key}`;
      const earlier = seen.get(key);
      const me = { i, line, indent };
      if (earlier !== undefined) {
        const size = lastOf(me) - line;
        const twin = earlier.find((e) => lastOf(e) - e.line === size && sameBelow(e.line, line, size));
        if (twin !== undefined) {
          edits.push(removeLines(text, starts, line, line + size, `Remove the word-for-word repeat of line ${twin.line}`));
          skipTo = line + size;
          continue;
        }
        // Past a few dozen look-alikes with other sub-bullets, a further one is kept rather than compared with each.
        if (earlier.length < MAX_LOOKALIKES) earlier.push(me);
      } else {
        seen.set(key, [me]);
      }
    }
    parents.push({ line, indent });
  }
  return edits;
}

const MAX_LOOKALIKES = 64;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** The last line of the list item at `lines[i]`: the lines below indented deeper, blank lines between them included. */
function subtreeEnd(text: string, starts: number[], lines: number[], i: number, indent: number): number {
  let last = lines[i];
  for (let k = i + 1; k < lines.length; k++) {
    const span = lineSpan(text, starts, lines[k]);
    const raw = text.slice(span.start, span.end);
    if (raw.trim() === '') continue;
    if (widthOf(/^\s*/.exec(raw)?.[0] ?? '') <= indent) break;
    last = lines[k];
  }
  return last;
}

/** Columns of leading white space, a tab counting four. */
function widthOf(space: string): number {
  let width = 0;
  for (const c of space) width += c === '\t' ? 4 : 1;
  return width;
}

function foldLine(text: string, starts: number[], line: number): string {
  const span = lineSpan(text, starts, line);
  return fixText(text.slice(span.start, span.end)).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lines of a section's own content: after its heading, up to the next heading of any level. */
function sectionLines(starts: number[], section: Section, headingLines: Set<number>): number[] {
  const out: number[] = [];
  // Counted from the offsets: the content ends just before the next heading.
  const last = section.contentEnd > section.end ? lineOf(starts, section.contentEnd - 1) : section.line;
  for (let l = section.line + 1; l <= last && !headingLines.has(l); l++) out.push(l);
  return out;
}

/**
 * A `---` inside a section followed by nothing but bullets and blank lines up to
 * the section's end or a closing `---`: the shape of a section an AI note-taker
 * wrote twice. `end` is the closing `---` (or past the section).
 */
function findRepeatBreak(text: string, starts: number[], lines: number[], bullets: Map<number, Task | Item>): { at: number; end: number } | null {
  const isBreak = (l: number) => {
    const span = lineSpan(text, starts, l);
    return THEMATIC_BREAK.test(text.slice(span.start, span.end));
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isBreak(lines[i])) continue;
    let rest = lines.slice(i + 1);
    const close = rest.findIndex(isBreak);
    const end = close === -1 ? Infinity : rest[close];
    if (close !== -1) rest = rest.slice(0, close);
    const onlyBullets = rest.every((l) => bullets.has(l) || isBlankLine(text, starts, l));
    if (onlyBullets && rest.some((l) => bullets.has(l))) return { at: lines[i], end };
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
 * A repeat that is not word for word may still be dropped whole — unless it says
 * something its twin does not: a task done or cancelled there and open here, a due
 * date, a priority, a block id other notes link to. Those copies are left for the
 * dedupe, which merges what each says before removing one.
 */
function addsNothing(copy: Task | Item | undefined, twin: Task | Item | undefined, twinBullet: Bullet, copyBullet: Bullet): boolean {
  if (twinBullet.key === copyBullet.key) return true;
  if (copy === undefined || twin === undefined) return false;
  const isTask = (x: Task | Item): x is Task => 'status' in x;
  if (!isTask(copy)) return !isTask(twin);
  if (!isTask(twin) || copy.status !== twin.status) return false;
  const fields = ['priority', 'due', 'scheduled', 'startDate', 'created', 'done', 'cancelled', 'recurrence', 'id', 'onCompletion', 'blockId', 'assignee'] as const;
  if (fields.some((f) => copy[f] !== null && copy[f] !== twin[f])) return false;
  if (copy.dependsOn.some((d) => !twin.dependsOn.includes(d)) || copy.tags.some((t) => !twin.tags.includes(t))) return false;
  return Object.entries(copy.fields).every(([k, v]) => twin.fields[k] === v);
}

/**
 * Remove lines `first`..`last` with their breaks. Bullets separated by blank lines
 * keep that rhythm: when the lines sit between two blank lines, one of them goes too.
 */
function removeLines(text: string, starts: number[], first: number, last: number, reason: string): Edit {
  const start = lineSpan(text, starts, first).start;
  let end = lineSpan(text, starts, last).next;
  if (isBlankLine(text, starts, first - 1) && isBlankLine(text, starts, last + 1)) {
    end = lineSpan(text, starts, last + 1).next;
  }
  return { start, end, replacement: '', line: first, kind: 'duplicate-bullet', reason };
}
