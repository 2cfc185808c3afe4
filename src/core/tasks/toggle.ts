/**
 * Ticking a task from the dashboard: the edits that set its status and its done date,
 * written the way Obsidian Tasks writes them (the done date after the other
 * signifiers, before a block id).
 *
 * The line is read with the parser's own rules (`taskLineAt`, `readTrailingParts`), so
 * every task the parser finds can be ticked — in a callout, after a no-break space — and
 * the edits touch only the status character and the done date: indent, spacing,
 * trailing spaces and line ending stay byte for byte.
 */
import type { Edit, EditPlan, Task } from '../model';
import { StaleTextError } from '../edits';
import { listItemSpan, type ListItemSpan } from '../parse/items';
import { checkboxAt, readTrailingParts, statusTypeOf, taskLineAt, type TrailingPart } from '../parse/tasks';
import { hashText, lineSpan, lineStarts } from '../text';
import { DATE_EMOJI } from './format';

export class TaskMovedError extends Error {
  constructor(line: number) {
    super(`The task on line ${line} is no longer where it was; nothing was changed.`);
    this.name = 'TaskMovedError';
  }
}

/** A task the note writes where no status can be set: a row of a table of action items. */
export class TaskNotTickableError extends Error {
  constructor(line: number, why: string) {
    super(`The action item on line ${line} ${why}; nothing was changed.`);
    this.name = 'TaskNotTickableError';
  }
}

/** A table row, in a quote or callout or not: `| Ana | Send the deck | Fri |`. */
const TABLE_ROW = /^[ \t>]*\|/;

/**
 * The plan that marks `task` done (with `today` as its done date) or open again.
 * `analysedHash` is the hash of the text the task was read from: when the file
 * changed since, nothing is planned. Planning again on the result plans nothing.
 */
export function planTaskToggle(path: string, text: string, task: Pick<Task, 'line' | 'start' | 'end' | 'bullet'>, analysedHash: string, done: boolean, today: string): EditPlan {
  const hash = hashText(text);
  if (hash !== analysedHash) throw new StaleTextError(path);
  const starts = lineStarts(text);
  if (task.line > starts.length) throw new TaskMovedError(task.line);
  const span = lineSpan(text, starts, task.line);
  const current = text.slice(span.start, span.end);
  if (task.bullet) return { path, hash, edits: planBulletToggle(current, span.start, task, done, today) };
  if (task.start < span.start || task.end > span.end) throw new TaskMovedError(task.line);
  const at = taskLineAt(current);
  if (at === null) throw new TaskMovedError(task.line);

  const edit = (start: number, end: number, replacement: string, reason: string): Edit => ({
    start: span.start + start,
    end: span.start + end,
    replacement,
    line: task.line,
    kind: 'status',
    reason,
  });
  const edits: Edit[] = [];
  const status = current.slice(at.checkbox + 1, at.statusTo);
  const wasDone = statusTypeOf(status) === 'done';
  if (done ? !wasDone : status !== ' ') {
    edits.push(edit(at.checkbox + 1, at.statusTo, done ? 'x' : ' ', done ? `Mark the task done on ${today}` : 'Mark the task not done'));
  }

  const { parts, descriptionEnd } = readTrailingParts(current, at.bodyFrom);
  const doneDates = parts.filter((p) => p.field === 'done');
  // As Tasks does on a new status: a task done or reopened is no longer cancelled, and a reopened one no longer done.
  // Each date goes with the spaces before it.
  for (const p of parts) {
    if (p.field === 'cancelled' || (!done && p.field === 'done')) {
      edits.push(edit(endBefore(parts, p, descriptionEnd), p.to, '', `Drop the ${p.field} date`));
    }
  }
  if (done && doneDates.length > 0) {
    // A task already done keeps its date; a stale date on an open task becomes today's.
    const last = doneDates[doneDates.length - 1];
    if (!wasDone && last.value !== today) {
      const value = dateValueSpan(current, last);
      if (value !== null) edits.push(edit(value.from, value.to, today, `Done on ${today}`));
    }
  } else if (done) {
    const end = contentEnd(parts, descriptionEnd);
    edits.push(edit(end, end, doneDateFor(parts, today), `Done on ${today}`));
  }
  return { path, hash, edits };
}

/**
 * A plain bullet read as an action item: ticking it gives it a checkbox, done, with its ✅ date
 * (`- Ana to send pricing` → `- [x] Ana to send pricing ✅ 2025-10-09`). A bullet is never done, so
 * unticking it changes nothing.
 */
function planBulletToggle(current: string, lineStart: number, task: Pick<Task, 'line' | 'start'>, done: boolean, today: string): Edit[] {
  // A checkbox or a done date written into a cell is read by no one (neither Tasks nor the table): say so.
  if (TABLE_ROW.test(current)) throw new TaskNotTickableError(task.line, 'is a row of a table, which has no checkbox to tick: mark it done in the note itself');
  if (task.start !== lineStart) throw new TaskMovedError(task.line);
  const item: ListItemSpan = { prefixEnd: 0, contentFrom: 0 };
  const listed = listItemSpan(current, item);
  if (listed && checkboxAt(current, item.contentFrom) !== -1) throw new TaskMovedError(task.line);
  // A plain line under the action items (no bullet at all) becomes a list item as it becomes a task.
  const from = listed ? item.contentFrom : plainContentFrom(current);
  if (from >= current.length) throw new TaskMovedError(task.line);
  if (!done) return [];
  const { parts, descriptionEnd } = readTrailingParts(current, from);
  const end = contentEnd(parts, descriptionEnd);
  const reason = `Mark the action item done on ${today}, as a task`;
  const edit = (at: number, replacement: string): Edit => ({ start: lineStart + at, end: lineStart + at, replacement, line: task.line, kind: 'status', reason });
  return [edit(from, listed ? '[x] ' : '- [x] '), edit(end, doneDateFor(parts, today))];
}

/** Where a plain line's words start: after its indent and any quote markers. */
function plainContentFrom(line: string): number {
  let at = 0;
  while (at < line.length && (line[at] === ' ' || line[at] === '\t' || line[at] === '>')) at++;
  return at;
}

/** Where the text before `part` ends: the end of the part before it, or of the description. */
function endBefore(parts: readonly TrailingPart[], part: TrailingPart, descriptionEnd: number): number {
  const i = parts.indexOf(part);
  return i > 0 ? parts[i - 1].to : descriptionEnd;
}

/** Where a done date goes: after the description and every signifier, tag and field, before a block id and trailing spaces. */
function contentEnd(parts: readonly TrailingPart[], descriptionEnd: number): number {
  let end = descriptionEnd;
  for (const p of parts) if (p.kind !== 'block') end = p.to;
  return end;
}

/**
 * The done date as the line writes its other fields: `✅ 2025-10-09`, or Dataview's
 * `[completion:: 2025-10-09]` on a line whose Tasks fields are all Dataview fields
 * (Tasks in its Dataview format writes that).
 */
function doneDateFor(parts: readonly TrailingPart[], today: string): string {
  const dataview = parts.some((p) => p.kind === 'field' && p.field !== null) && !parts.some((p) => p.kind === 'signifier');
  return dataview ? ` [completion:: ${today}]` : ` ${DATE_EMOJI.done} ${today}`;
}

/** Where a done date's `YYYY-MM-DD` sits in its part (a ✅ signifier or a `[completion:: …]` field), or null. */
function dateValueSpan(line: string, part: TrailingPart): { from: number; to: number } | null {
  const from = line.indexOf(part.value.slice(0, 10), part.from);
  return from === -1 || from >= part.to || !/^\d{4}-\d{2}-\d{2}/.test(part.value) ? null : { from, to: from + 10 };
}
