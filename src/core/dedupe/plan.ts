/**
 * Turning the chosen duplicate groups into edit plans. Inside a note a duplicate line
 * goes (with its line break); across notes each duplicate is marked by default —
 * cancelled, with a link to the canonical line's block id — or deleted when asked.
 * The canonical line is rewritten when the merge adds anything, and gets a block id
 * when something links to it. Planning again on the result yields no edits.
 */
import type { DuplicateGroup, Edit, EditPlan, ItemRef, Note, Task } from '../model';
import { hashText, lineOf, lineStarts } from '../text';
import { listItemSpan, widthOf } from '../parse/items';
import { checkboxAt, statusEnd } from '../parse/tasks';
import { mergeTasks, patchChanges, type TaskPatch } from './canonical';
import { APPLY_THRESHOLD } from './similarity';
import { fieldsOfLine, parseTaskLine, writeTaskLine, type TaskFields, type TaskLine } from './taskline';
import { fixText } from '../repair/mojibake';
import { duplicateMark } from './marks';

export interface PlanOptions {
  /** Across notes, mark duplicates (default) or delete them. */
  crossNote?: 'mark' | 'delete';
  /** Keys of the groups to apply; by default every non-vault group with confidence ≥ 0.8. */
  selected?: ReadonlySet<string>;
}

/** The groups applied when the user changes nothing. */
export function defaultSelection(groups: readonly DuplicateGroup[]): Set<string> {
  return new Set(groups.filter((g) => g.scope !== 'vault' && g.confidence >= APPLY_THRESHOLD && g.key).map((g) => g.key as string));
}

/** One line of one stored text. */
interface LineInfo {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its end, before `\r\n` or `\n`. */
  end: number;
  /** Offset after its line break (the next line's start, or the text's end). */
  next: number;
  text: string;
}

class TextLines {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }
  get count(): number {
    return this.starts.length;
  }
  line(n: number): LineInfo | null {
    if (n < 1 || n > this.starts.length) return null;
    const start = this.starts[n - 1];
    const next = n < this.starts.length ? this.starts[n] : this.text.length;
    let end = n < this.starts.length ? next - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    // A BOM is not part of line 1's content.
    const from = n === 1 && this.text.charCodeAt(0) === 0xfeff ? 1 : start;
    return { start: from, end, next, text: this.text.slice(from, end) };
  }
  blank(n: number): boolean {
    const l = this.line(n);
    return l !== null && l.text.trim() === '';
  }
}

/** A note's name: `Folder/Note name.md` → `Note name`. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/**
 * Link targets for the vault's notes: `Folder/Note name.md` → `Note name`, or the path
 * without `.md` when another note has the same name. The names are counted once, so a
 * plan of thousands of groups does not compare each link with every note.
 */
function linkTargets(paths: readonly string[]): (path: string) => string {
  const known = new Set(paths);
  const count = new Map<string, number>();
  for (const p of known) {
    const key = baseName(p).toLowerCase();
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return (path) => {
    const name = baseName(path);
    const others = (count.get(name.toLowerCase()) ?? 0) - (known.has(path) ? 1 : 0);
    return others > 0 ? path.replace(/\.md$/i, '') : name;
  };
}

/** A block id from a stable hash of the path and line, unused in the text. */
function newBlockId(path: string, lineText: string, text: string): string {
  const h = hashText(`${path}\n${lineText.trim()}`).replace(/[^a-z0-9]/g, '');
  for (let len = 6; len <= h.length; len++) {
    const id = `dup-${h.slice(0, len)}`;
    if (!text.includes(`^${id}`)) return id;
  }
  return `dup-${h}`;
}

/** The indent of a line and how many `>` (blockquote, callout) it sits in. */
function prefixOf(lineText: string): { width: number; quotes: number; rest: string } {
  const m = /^(?:[ \t]*>)*[ \t]*/.exec(lineText);
  const prefix = m ? m[0] : '';
  let quotes = 0;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 62) quotes++;
  return { width: widthOf(prefix, prefix.length), quotes, rest: lineText.slice(prefix.length) };
}

/** Lines that end a list item even right under it: headings, fences, rules, HTML blocks, tables. */
const BLOCK_START = /^(?:#{1,6}(?:\s|$)|```|~~~|(?:[-*_][ \t]*){3,}$|<|\|)/;

/**
 * A list item with everything it owns: its own lines (a decision's continuation), then
 * the lines beneath it that Markdown nests in it — more-indented sub-items and text,
 * lazy continuation right under it, blank lines between them. Deleting the line alone
 * would leave those hanging under whatever item came before.
 */
interface Block {
  first: number;
  /** Last line of the item itself (a bullet's text may run over several lines). */
  ownEnd: number;
  /** Last line of the block; trailing blank lines are not part of it. */
  last: number;
  /** The non-blank lines after the item's own: sub-items, sub-bullets, text under it. */
  children: number[];
}

function blockOf(lines: TextLines, first: number, ownEnd: number, headings: ReadonlySet<number>): Block {
  const head = lines.line(first);
  const children: number[] = [];
  if (!head) return { first, ownEnd, last: ownEnd, children };
  const { width, quotes } = prefixOf(head.text);
  let last = ownEnd;
  let blank = false;
  for (let n = ownEnd + 1; n <= lines.count; n++) {
    const l = lines.line(n);
    if (!l) break;
    const p = prefixOf(l.text);
    if (p.quotes < quotes || headings.has(n)) break;
    if (p.rest.trim() === '') {
      blank = true;
      continue;
    }
    const list = LIST_MARKER.test(p.rest);
    const nested = p.width > width || p.quotes > quotes;
    // Under the item: anything indented deeper; right under it (no blank line), plain text is its lazy continuation.
    const owned = nested ? !(BLOCK_START.test(p.rest) && p.width < width + 2) : !blank && !list && !BLOCK_START.test(p.rest);
    if (!owned) break;
    children.push(n);
    last = n;
    blank = false;
  }
  return { first, ownEnd, last, children };
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Offsets of whole lines `first`..`last` with their break; also a blank line after
 * them when they sit between blank lines, so no double gap is left.
 */
function removalRange(lines: TextLines, first: number, last: number): { start: number; end: number } | null {
  const head = lines.line(first);
  const tail = lines.line(last);
  if (!head || !tail) return null;
  // Line 1's start is after a BOM, which stays.
  const start = head.start;
  if (tail.next === tail.end) {
    // The text's last line, without a break: take the break before the block instead.
    const prev = lines.line(first - 1);
    return { start: prev ? prev.end : start, end: tail.end };
  }
  if (first > 1 && lines.blank(first - 1) && last + 1 < lines.count && lines.blank(last + 1)) {
    const after = lines.line(last + 1);
    if (after) return { start, end: after.next };
  }
  return { start, end: tail.next };
}

function findTask(note: Note | undefined, line: number): Task | null {
  return note?.tasks.find((t) => t.line === line) ?? null;
}

/** The last line of the item at `line` itself: a bullet's text may continue on the lines below. */
function ownEndOf(note: Note | undefined, lines: TextLines, line: number): number {
  const item = note?.items.find((i) => i.line === line);
  if (!item) return line;
  return Math.max(line, lineOf(lines.starts, Math.max(item.start, item.end - 1)));
}

/** Overlay a merge patch on the fields a line carries as written. */
function applyPatch(fields: TaskFields, patch: TaskPatch, descriptionTags: ReadonlySet<string>): TaskFields {
  const f: TaskFields = { ...fields, dependsOn: [...fields.dependsOn], tags: [...fields.tags] };
  if (patch.status) f.status = patch.status;
  if (patch.priority) f.priority = patch.priority;
  if (patch.due) f.due = patch.due;
  if (patch.scheduled) f.scheduled = patch.scheduled;
  if (patch.start) f.start = patch.start;
  if (patch.created) f.created = patch.created;
  if (patch.done) f.done = patch.done;
  if (patch.recurrence) f.recurrence = patch.recurrence;
  if (patch.id) f.id = patch.id;
  if (patch.onCompletion) f.onCompletion = patch.onCompletion;
  if (patch.dependsOn) f.dependsOn = patch.dependsOn;
  if (patch.addTags) {
    const have = new Set([...f.tags, ...descriptionTags].map((t) => t.toLowerCase()));
    for (const t of patch.addTags) if (!have.has(t.toLowerCase())) f.tags.push(t);
  }
  if (patch.assignee) f.addAssignee = patch.assignee;
  return f;
}

/** Where the description of a line ends: marks go there, before the signifiers Tasks peels off. */
function descriptionEnd(lineText: string, parsed: TaskLine | null = parseTaskLine(lineText)): number {
  if (!parsed) {
    const block = /\s+\^[A-Za-z0-9-]+\s*$/.exec(lineText);
    return block ? block.index : lineText.replace(/\s+$/, '').length;
  }
  return parsed.descriptionStart + parsed.description.length;
}

/** One note as the plan reads and edits it. */
interface FileState {
  lines: TextLines;
  note: Note | undefined;
  edits: Edit[];
  /** Lines an edit of this plan rewrites or removes. */
  touched: Set<number>;
  /** Lines removed with a duplicate's block whose words stay, line for line, under the copy kept: line → that twin. */
  twins: Map<number, ItemRef>;
  headings: Set<number>;
}

/** What happens to one duplicate copy. */
type Fate = { kind: 'delete'; block: Block; twins: Map<number, ItemRef> } | { kind: 'mark'; why: string | null };

const at = (path: string, line: number) => `${path}\u0000${line}`;

/** The plans and, per group key, what the plan did differently from the usual (said in the group's reasons). */
export interface DedupePlanning {
  plans: EditPlan[];
  remarks: Map<string, string[]>;
}

/**
 * Edit plans for the selected groups. `texts` holds each note's stored text; `notes`
 * are those texts parsed. Vault-wide groups are never applied.
 */
export function planDedupe(
  texts: ReadonlyMap<string, string>,
  notes: readonly Note[],
  groups: readonly DuplicateGroup[],
  options: PlanOptions = {},
): EditPlan[] {
  return planDedupeWithRemarks(texts, notes, groups, options).plans;
}

/** {@link planDedupe}, also saying per group what was done differently (a copy marked rather than deleted, and why). */
export function planDedupeWithRemarks(
  texts: ReadonlyMap<string, string>,
  notes: readonly Note[],
  groups: readonly DuplicateGroup[],
  options: PlanOptions = {},
): DedupePlanning {
  const selected = options.selected ?? defaultSelection(groups);
  const crossNote = options.crossNote ?? 'mark';
  const noteOf = new Map(notes.map((n) => [n.path, n]));
  const linkTarget = linkTargets(notes.map((n) => n.path));
  const files = new Map<string, FileState>();
  const fileOf = (path: string): FileState | null => {
    let f = files.get(path);
    if (!f) {
      const text = texts.get(path);
      if (text === undefined) return null;
      const note = noteOf.get(path);
      f = { lines: new TextLines(text), note, edits: [], touched: new Set(), twins: new Map(), headings: new Set(note?.sections.map((s) => s.line) ?? []) };
      files.set(path, f);
    }
    return f;
  };
  const remarks = new Map<string, string[]>();

  // Outer items first: a duplicate removed with its sub-items settles the groups of those sub-items.
  const chosen = joinOverlapping(groups.filter((g) => g.scope !== 'vault' && g.key && selected.has(g.key)));
  const depth = (g: DuplicateGroup) => Math.min(...g.members.map((m) => prefixOf(fileOf(m.path)?.lines.line(m.line)?.text ?? '').width));
  const order = chosen.map((g, i) => ({ g, i, d: depth(g) })).sort((a, b) => a.d - b.d || a.i - b.i);

  for (const { g: group } of order) {
    // Copies already removed with an outer duplicate's block: their twin under the copy kept stands in.
    const stand = (r: ItemRef): ItemRef => {
      return files.get(r.path)?.twins.get(r.line) ?? r;
    };
    const canonical = stand(group.canonical);
    const members: ItemRef[] = [];
    for (const m of group.members.map(stand)) if (!members.some((x) => x.path === m.path && x.line === m.line)) members.push(m);
    const canonFile = fileOf(canonical.path);
    const canonLine = canonFile?.lines.line(canonical.line);
    if (!canonFile || !canonLine || !members.some((m) => m.path === canonical.path && m.line === canonical.line)) continue;
    const others = members.filter((m) => !(m.path === canonical.path && m.line === canonical.line));
    if (others.length === 0) continue;
    // A group whose lines another group is already editing waits for the next pass.
    if (members.some((m) => fileOf(m.path)?.touched.has(m.line))) continue;
    if (others.some((m) => !fileOf(m.path)?.lines.line(m.line))) continue;

    // Across notes, the first copy in each other note is marked (by default); the rest go.
    const markFirst = new Set<string>();
    if (crossNote === 'mark') {
      const firstInNote = new Map<string, number>();
      for (const m of others) {
        if (m.path === canonical.path) continue;
        const f = firstInNote.get(m.path);
        if (f === undefined || m.line < f) firstInNote.set(m.path, m.line);
      }
      for (const [path, line] of firstInNote) markFirst.add(at(path, line));
    }
    const canonBlock = blockOf(canonFile.lines, canonical.line, ownEndOf(canonFile.note, canonFile.lines, canonical.line), canonFile.headings);
    const fates = new Map<string, Fate>();
    for (const m of others) {
      const f = fileOf(m.path) as FileState;
      fates.set(at(m.path, m.line), markFirst.has(at(m.path, m.line)) ? { kind: 'mark', why: null } : fateOf(f, m, canonical, canonFile, canonBlock));
    }

    const marks = [...fates.values()].filter((x): x is Extract<Fate, { kind: 'mark' }> => x.kind === 'mark');
    const whys = [...new Set(marks.map((x) => x.why).filter((w): w is string => w !== null))];
    if (whys.length > 0 && group.key) remarks.set(group.key, whys);

    const canonNote = canonFile.note;
    const canonTask = group.kind === 'task' ? findTask(canonNote, canonical.line) : null;
    const blockId = marks.length > 0 ? (canonTask?.blockId ?? existingBlockId(canonLine.text) ?? newBlockId(canonical.path, canonLine.text, canonFile.lines.text)) : null;
    const link = blockId ? `[[${linkTarget(canonical.path)}#^${blockId}]]` : '';

    // The canonical line: merged fields and block id.
    const canonEdit = planCanonical(group, canonical, members, canonLine, canonTask, noteOf, blockId);
    if (canonEdit) {
      canonFile.edits.push(canonEdit);
      canonFile.touched.add(canonical.line);
    }

    for (const m of others) {
      const f = fileOf(m.path) as FileState;
      const info = f.lines.line(m.line);
      const fate = fates.get(at(m.path, m.line)) as Fate;
      if (!info) continue;
      if (fate.kind === 'mark') {
        f.touched.add(m.line);
        f.edits.push(markEdit(group, info, m.line, link, fate.why));
        continue;
      }
      const range = removalRange(f.lines, fate.block.first, fate.block.last);
      if (!range) continue;
      for (let n = fate.block.first; n <= fate.block.last; n++) f.touched.add(n);
      for (const [line, twin] of fate.twins) f.twins.set(line, twin);
      const where = m.path === canonical.path ? 'in this note' : 'in another note';
      const subs = fate.block.children.length;
      f.edits.push({
        start: range.start,
        end: range.end,
        replacement: '',
        line: m.line,
        kind: 'duplicate-item',
        reason:
          `Duplicate of line ${canonical.line}${m.path === canonical.path ? '' : ` of ${linkTarget(canonical.path)}`} (${where}); removed` +
          (subs > 0 ? ` with its ${subs === 1 ? 'sub-item, which the copy kept has too' : `${subs} sub-items, which the copy kept has too`}.` : '.'),
      });
    }
  }

  const plans: EditPlan[] = [];
  for (const [path, f] of files) {
    const text = texts.get(path);
    if (text === undefined || f.edits.length === 0) continue;
    plans.push({ path, hash: hashText(text), edits: dropOverlaps(f.edits) });
  }
  plans.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { plans, remarks };
}

/**
 * Chosen groups that share a line, as one: a possible group may hold the copy a
 * confident group keeps (alone once its duplicates go, it may pair with another item),
 * and applying both means one copy kept for all. That copy is one no other chosen group
 * counts as a duplicate — the most confident group's, when several qualify.
 */
function joinOverlapping(groups: readonly DuplicateGroup[]): DuplicateGroup[] {
  const ref = (r: ItemRef) => at(r.path, r.line);
  const owner = new Map<string, number>();
  const parent = groups.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  groups.forEach((g, k) => {
    for (const m of g.members) {
      const other = owner.get(ref(m));
      if (other === undefined) owner.set(ref(m), k);
      else parent[find(k)] = find(other);
    }
  });
  const parts = new Map<number, number[]>();
  groups.forEach((_, k) => parts.set(find(k), [...(parts.get(find(k)) ?? []), k]));
  const out: DuplicateGroup[] = [];
  for (const part of parts.values()) {
    if (part.length === 1) {
      out.push(groups[part[0]]);
      continue;
    }
    const list = part.map((k) => groups[k]).sort((a, b) => b.confidence - a.confidence);
    const duplicates = new Set(list.flatMap((g) => g.members.filter((m) => ref(m) !== ref(g.canonical)).map(ref)));
    const host = list.find((g) => !duplicates.has(ref(g.canonical))) ?? list[0];
    const members: DuplicateGroup['members'] = [];
    const seen = new Set<string>();
    for (const g of [host, ...list.filter((g) => g !== host)]) {
      for (const m of g.members) {
        if (seen.has(ref(m))) continue;
        seen.add(ref(m));
        members.push(m);
      }
    }
    out.push({
      ...host,
      confidence: Math.min(...list.map((g) => g.confidence)),
      scope: members.every((m) => m.path === host.canonical.path) ? 'note' : 'meeting',
      members,
      reasons: [...new Set(list.flatMap((g) => g.reasons))],
    });
  }
  return out;
}

/**
 * Whether a duplicate copy can go: alone, or with the lines it owns when each of them
 * is also under the copy kept, word for word. Otherwise it stays, marked, so its
 * sub-items keep their parent and nothing is lost.
 */
function fateOf(f: FileState, m: ItemRef, canonical: ItemRef, canonFile: FileState, canonBlock: Block): Fate {
  const block = blockOf(f.lines, m.line, ownEndOf(f.note, f.lines, m.line), f.headings);
  if (block.children.length === 0) return { kind: 'delete', block, twins: new Map() };
  const subs = block.children.length === 1 ? 'a sub-item' : `${block.children.length} sub-items`;
  const keep = `a copy with ${subs} under it was marked rather than deleted, so they keep their place`;
  if (m.path === canonical.path && canonical.line >= block.first && canonical.line <= block.last) return { kind: 'mark', why: keep };
  for (let n = block.first; n <= block.last; n++) if (f.touched.has(n)) return { kind: 'mark', why: keep };
  // Each sub-item must be under the copy kept too, word for word (and not already taken by another).
  const pool = new Map<string, number[]>();
  for (const n of canonBlock.children) {
    const key = canonFile.lines.line(n)?.text.trim() ?? '';
    if (canonFile.touched.has(n)) continue;
    pool.set(key, [...(pool.get(key) ?? []), n]);
  }
  const twins = new Map<number, ItemRef>();
  for (const n of block.children) {
    const twin = pool.get(f.lines.line(n)?.text.trim() ?? '')?.shift();
    if (twin === undefined) return { kind: 'mark', why: keep };
    twins.set(n, { path: canonical.path, line: twin });
  }
  return { kind: 'delete', block, twins };
}

/** Deletion ranges may swallow a blank line another edit also wants; keep the first. */
function dropOverlaps(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      // Two deletions sharing a blank line: shorten the later one.
      if (e.replacement === '' && e.end > last.end) out.push({ ...e, start: last.end });
      continue;
    }
    out.push(e);
  }
  return out;
}

function existingBlockId(lineText: string): string | null {
  const m = /\s\^([A-Za-z0-9-]+)\s*$/.exec(lineText);
  return m ? m[1] : null;
}

/** The canonical line rewritten with the merge and the block id, or null when nothing changes. */
function planCanonical(
  group: DuplicateGroup,
  canonical: ItemRef,
  members: readonly ItemRef[],
  line: LineInfo,
  task: Task | null,
  noteOf: Map<string, Note>,
  blockId: string | null,
): Edit | null {
  const needsId = blockId !== null && existingBlockId(line.text) !== blockId;
  if (group.kind === 'task' && task) {
    const others = members
      .filter((m) => !(m.path === canonical.path && m.line === canonical.line))
      .map((m) => findTask(noteOf.get(m.path), m.line))
      .filter((t): t is Task => t !== null);
    const { patch, reasons } = mergeTasks(task, others);
    if (patchChanges(patch)) {
      // Rewrite from the repaired line so broken signifiers are read, not copied.
      const parsed = parseTaskLine(fixText(line.text));
      if (parsed) {
        const descriptionTags = new Set((parsed.description.match(/#[^\s#]+/g) ?? []).map((t) => t.toLowerCase()));
        const fields = applyPatch(fieldsOfLine(parsed), patch, descriptionTags);
        if (blockId) fields.blockId = blockId;
        const replacement = writeTaskLine(parsed, fields);
        if (replacement !== line.text) {
          return { start: line.start, end: line.end, replacement, line: canonical.line, kind: 'merge', reason: `Kept copy of ${members.length}: ${reasons.join('; ')}.` };
        }
      }
    }
  }
  if (!needsId) return null;
  const trimmed = line.text.replace(/\s+$/, '');
  return {
    start: line.start,
    end: line.end,
    replacement: `${trimmed} ^${blockId}`,
    line: canonical.line,
    kind: 'block-id',
    reason: 'Block id so the marked duplicates can link here.',
  };
}

/**
 * `marked` with its list item cancelled, the way the parser reads list items and checkboxes
 * (in a callout or quote, after a pasted bullet, with a status of any character); unchanged
 * when the line is no list item or its copy is done already.
 */
function cancelled(marked: string): string {
  const span = { prefixEnd: 0, contentFrom: 0 };
  if (!listItemSpan(marked, span)) return marked;
  const at = span.contentFrom;
  if (checkboxAt(marked, at) === -1) return `${marked.slice(0, at)}[-] ${marked.slice(at)}`;
  const status = marked.slice(at + 1, statusEnd(marked, at));
  return status === 'x' || status === 'X' ? marked : `${marked.slice(0, at)}[-]${marked.slice(statusEnd(marked, at) + 1)}`;
}

/** A duplicate kept in place: cancelled, with a link to the canonical line; `why` when it was not deleted as asked. */
function markEdit(group: DuplicateGroup, line: LineInfo, n: number, link: string, why: string | null): Edit {
  // Tasks are marked on the repaired line, so broken signifiers end up after the mark where Tasks reads them.
  const repaired = group.kind === 'task' ? fixText(line.text) : line.text;
  const task = group.kind === 'task' ? parseTaskLine(repaired) : null;
  const text = task ? repaired : line.text;
  const end = descriptionEnd(text, task ?? parseTaskLine(text));
  const withMark = `${text.slice(0, end)} ${duplicateMark(link)}${text.slice(end)}`;
  // A task is cancelled; an action item written as a plain bullet becomes a cancelled task, so it leaves the open items too.
  // A copy already done stays done (its ✅ date with it): cancelling it would read as "cancelled, done on …".
  const marked = group.kind === 'task' ? cancelled(withMark) : withMark;
  const cancel = marked !== withMark;
  const done = cancel ? 'cancelled and linked to the copy kept' : 'marked and linked to the copy kept';
  return {
    start: line.start,
    end: line.end,
    replacement: marked,
    line: n,
    kind: 'mark-duplicate',
    reason: `Duplicate of ${link}: ${done}${why ? ` (${why})` : ''}.`,
  };
}
