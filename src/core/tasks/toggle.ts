/**
 * Ticking a task from the dashboard: the edit that sets its status and its ✅ date,
 * written the way Obsidian Tasks writes it (the done date after the other
 * signifiers, before a block id).
 */
import type { Edit, EditPlan, Task } from '../model';
import { StaleTextError } from '../edits';
import { hashText, lineSpan, lineStarts } from '../text';
import { DATE_EMOJI } from './format';

const CHECKBOX = /^(\s*(?:[-*+]|\d+[.)])\s+\[)(.)(\])/u;
const DONE_DATE = /\s*\u2705\uFE0F?\s*\d{4}-\d{2}-\d{2}/u;
const BLOCK_ID = /(\s+\^[A-Za-z0-9-]+)\s*$/;

export class TaskMovedError extends Error {
  constructor(line: number) {
    super(`The task on line ${line} is no longer where it was; nothing was changed.`);
    this.name = 'TaskMovedError';
  }
}

/**
 * The plan that marks `task` done (with `today` as its ✅ date) or open again.
 * `analysedHash` is the hash of the text the task was read from: when the file
 * changed since, nothing is planned.
 */
export function planTaskToggle(path: string, text: string, task: Pick<Task, 'line' | 'start' | 'end' | 'bullet'>, analysedHash: string, done: boolean, today: string): EditPlan {
  const hash = hashText(text);
  if (hash !== analysedHash) throw new StaleTextError(path);
  const starts = lineStarts(text);
  if (task.line > starts.length) throw new TaskMovedError(task.line);
  const span = lineSpan(text, starts, task.line);
  if (task.bullet) return planBulletToggle(path, hash, text.slice(span.start, span.end), span, task, done, today);
  if (task.start < span.start || task.end > span.end) throw new TaskMovedError(task.line);
  const current = text.slice(span.start, span.end);
  const match = CHECKBOX.exec(current);
  if (!match) throw new TaskMovedError(task.line);

  let next = current.slice(0, match[1].length) + (done ? 'x' : ' ') + current.slice(match[1].length + 1);
  next = next.replace(DONE_DATE, '');
  if (done) {
    const block = BLOCK_ID.exec(next);
    const body = block ? next.slice(0, block.index) : next.replace(/\s+$/, '');
    next = `${body} ${DATE_EMOJI.done} ${today}${block ? block[1] : ''}`;
  }
  const edit: Edit = {
    start: span.start,
    end: span.end,
    replacement: next,
    line: task.line,
    kind: 'status',
    reason: done ? `Mark the task done on ${today}` : 'Mark the task not done',
  };
  return { path, hash, edits: next === current ? [] : [edit] };
}

const BULLET = /^(\s*(?:[-*+]|\d+[.)])\s+)(?!\[.\])/u;

/**
 * A plain bullet read as an action item: ticking it gives it a checkbox, done, with its ✅ date
 * (`- Ana to send pricing` → `- [x] Ana to send pricing ✅ 2025-10-09`). A bullet is never done, so
 * unticking it changes nothing.
 */
function planBulletToggle(
  path: string,
  hash: string,
  current: string,
  span: { start: number; end: number },
  task: Pick<Task, 'line' | 'start'>,
  done: boolean,
  today: string,
): EditPlan {
  const match = BULLET.exec(current);
  if (task.start !== span.start || !match) throw new TaskMovedError(task.line);
  if (!done) return { path, hash, edits: [] };
  const rest = current.slice(match[1].length);
  const block = BLOCK_ID.exec(rest);
  const body = block ? rest.slice(0, block.index) : rest.replace(/\s+$/, '');
  const replacement = `${match[1]}[x] ${body} ${DATE_EMOJI.done} ${today}${block ? block[1] : ''}`;
  return {
    path,
    hash,
    edits: [{ start: span.start, end: span.end, replacement, line: task.line, kind: 'status', reason: `Mark the action item done on ${today}, as a task` }],
  };
}
