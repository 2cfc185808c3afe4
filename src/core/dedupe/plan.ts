/**
 * Turning the chosen duplicate groups into edit plans. Inside a note a duplicate line
 * goes (with its line break); across notes each duplicate is marked by default —
 * cancelled, with a link to the canonical line's block id — or deleted when asked.
 * The canonical line is rewritten when the merge adds anything, and gets a block id
 * when something links to it. Planning again on the result yields no edits.
 */
import type { DuplicateGroup, Edit, EditPlan, Note, Task } from '../model';
import { hashText, lineStarts } from '../text';
import { mergeTasks, patchChanges, type TaskPatch } from './canonical';
import { APPLY_THRESHOLD } from './similarity';
import { fieldsOfLine, parseTaskLine, writeTaskLine, type TaskFields } from './taskline';
import { fixText } from '../repair/mojibake';

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

/** `Folder/Note name.md` → `Note name`, or the path without `.md` when another note has the same name. */
function linkTarget(path: string, allPaths: readonly string[]): string {
  const base = (p: string) => (p.split('/').pop() ?? p).replace(/\.md$/i, '');
  const name = base(path);
  const clash = allPaths.some((p) => p !== path && base(p).toLowerCase() === name.toLowerCase());
  return clash ? path.replace(/\.md$/i, '') : name;
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

/** Offsets of a whole line with its break; also a blank line after it when it sits between blank lines, so no double gap is left. */
function deletionRange(lines: TextLines, n: number): { start: number; end: number } | null {
  const l = lines.line(n);
  if (!l) return null;
  const start = lines.starts[n - 1];
  if (l.next === l.end) {
    // The last line, without a break: take the break before it instead.
    const prev = n > 1 ? lines.starts[n - 2] : 0;
    const prevLine = lines.line(n - 1);
    return { start: prevLine ? prevLine.end : prev, end: l.end };
  }
  if (n > 1 && lines.blank(n - 1) && n + 1 < lines.count && lines.blank(n + 1)) {
    const after = lines.line(n + 1);
    if (after) return { start, end: after.next };
  }
  return { start, end: l.next };
}

function findTask(note: Note | undefined, line: number): Task | null {
  return note?.tasks.find((t) => t.line === line) ?? null;
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
function descriptionEnd(lineText: string): number {
  const parsed = parseTaskLine(lineText);
  if (!parsed) {
    const block = /\s+\^[A-Za-z0-9-]+\s*$/.exec(lineText);
    return block ? block.index : lineText.replace(/\s+$/, '').length;
  }
  return parsed.descriptionStart + parsed.description.length;
}

interface Pending {
  edits: Edit[];
  touched: Set<number>;
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
  const selected = options.selected ?? defaultSelection(groups);
  const crossNote = options.crossNote ?? 'mark';
  const noteOf = new Map(notes.map((n) => [n.path, n]));
  const allPaths = notes.map((n) => n.path);
  const lines = new Map<string, TextLines>();
  const linesOf = (path: string) => {
    let l = lines.get(path);
    if (!l) {
      const text = texts.get(path);
      if (text === undefined) return null;
      lines.set(path, (l = new TextLines(text)));
    }
    return l;
  };
  const pending = new Map<string, Pending>();
  const pend = (path: string) => {
    let p = pending.get(path);
    if (!p) pending.set(path, (p = { edits: [], touched: new Set() }));
    return p;
  };

  for (const group of groups) {
    if (group.scope === 'vault' || !group.key || !selected.has(group.key)) continue;
    const canonLines = linesOf(group.canonical.path);
    const canonLine = canonLines?.line(group.canonical.line);
    if (!canonLines || !canonLine) continue;
    const canonNote = noteOf.get(group.canonical.path);
    const others = group.members.filter((m) => !(m.path === group.canonical.path && m.line === group.canonical.line));
    // A group whose lines are already being edited by another group is left for the next run.
    if (group.members.some((m) => pending.get(m.path)?.touched.has(m.line))) continue;
    if (others.some((m) => !linesOf(m.path)?.line(m.line))) continue;

    // Which copies are deleted and which are marked: in each other note the first copy is marked, the rest go.
    const marked = new Set<string>();
    if (crossNote === 'mark') {
      const firstInNote = new Map<string, number>();
      for (const m of others) {
        if (m.path === group.canonical.path) continue;
        const f = firstInNote.get(m.path);
        if (f === undefined || m.line < f) firstInNote.set(m.path, m.line);
      }
      for (const [path, line] of firstInNote) marked.add(`${path}\u0000${line}`);
    }

    const canonTask = group.kind === 'task' ? findTask(canonNote, group.canonical.line) : null;
    const blockId = marked.size > 0 ? (canonTask?.blockId ?? existingBlockId(canonLine.text) ?? newBlockId(group.canonical.path, canonLine.text, canonLines.text)) : null;
    const link = blockId ? `[[${linkTarget(group.canonical.path, allPaths)}#^${blockId}]]` : '';

    // The canonical line: merged fields and block id.
    const canonEdit = planCanonical(group, canonLine, canonTask, noteOf, blockId);
    if (canonEdit) {
      const p = pend(group.canonical.path);
      p.edits.push(canonEdit);
      p.touched.add(group.canonical.line);
    }

    for (const m of others) {
      const ml = linesOf(m.path);
      const info = ml?.line(m.line);
      if (!ml || !info) continue;
      const p = pend(m.path);
      p.touched.add(m.line);
      if (marked.has(`${m.path}\u0000${m.line}`)) {
        p.edits.push(markEdit(group, info, m.line, link));
      } else {
        const range = deletionRange(ml, m.line);
        if (!range) continue;
        const where = m.path === group.canonical.path ? 'in this note' : 'in another note';
        p.edits.push({
          start: range.start,
          end: range.end,
          replacement: '',
          line: m.line,
          kind: 'duplicate-item',
          reason: `Duplicate of line ${group.canonical.line}${m.path === group.canonical.path ? '' : ` of ${linkTarget(group.canonical.path, allPaths)}`} (${where}); removed.`,
        });
      }
    }
  }

  const plans: EditPlan[] = [];
  for (const [path, p] of pending) {
    const text = texts.get(path);
    if (text === undefined || p.edits.length === 0) continue;
    const edits = dropOverlaps(p.edits);
    plans.push({ path, hash: hashText(text), edits });
  }
  return plans.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
function planCanonical(group: DuplicateGroup, line: LineInfo, task: Task | null, noteOf: Map<string, Note>, blockId: string | null): Edit | null {
  const needsId = blockId !== null && existingBlockId(line.text) !== blockId;
  if (group.kind === 'task' && task) {
    const others = group.members
      .filter((m) => !(m.path === group.canonical.path && m.line === group.canonical.line))
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
          return { start: line.start, end: line.end, replacement, line: group.canonical.line, kind: 'merge', reason: `Kept copy of ${group.members.length}: ${reasons.join('; ')}.` };
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
    line: group.canonical.line,
    kind: 'block-id',
    reason: 'Block id so the marked duplicates can link here.',
  };
}

/** A duplicate in another note: cancelled, with a link to the canonical line. */
function markEdit(group: DuplicateGroup, line: LineInfo, n: number, link: string): Edit {
  // Tasks are marked on the repaired line, so broken signifiers end up after the mark where Tasks reads them.
  const text = group.kind === 'task' && parseTaskLine(fixText(line.text)) ? fixText(line.text) : line.text;
  const at = descriptionEnd(text);
  let marked = `${text.slice(0, at)} (duplicate of ${link})${text.slice(at)}`;
  if (group.kind === 'task') marked = marked.replace(/^(\s*(?:[-*+]|\d+[.)])\s+)\[.\]/, '$1[-]');
  return {
    start: line.start,
    end: line.end,
    replacement: marked,
    line: n,
    kind: 'mark-duplicate',
    reason: group.kind === 'task' ? `Duplicate of ${link}: cancelled and linked to the copy kept.` : `Duplicate of ${link}: marked and linked to the copy kept.`,
  };
}
