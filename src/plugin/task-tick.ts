/**
 * Ticking a task from the dashboard: its status (and ✅ date) written into the
 * note, on the line the task is on *now*.
 *
 * The dashboard lists what the index read. When the note was edited since (a
 * line typed above the task, the index not yet caught up), the tick is not
 * refused outright: the note is read again and the same task — same words,
 * same kind of line, the one nearest its old line — is ticked there. Only
 * when no such task is left is nothing written, and the user is told why.
 */
import type { EditPlan, Task } from '../core/model';
import type { FileAnalysis } from '../core/graph/build';
import { StaleTextError } from '../core/edits';
import { planTaskToggle } from '../core/tasks/toggle';
import { tasksWithBullets } from '../core/graph/action-bullets';
import { hashText } from '../core/text';
import { messageOf } from './files';
import { noteName } from './dashboard/model';
import type { WriteOutcome } from './writer';

type TaskRef = Pick<Task, 'line' | 'start' | 'end' | 'text' | 'bullet'>;

export interface TickDeps {
  /** The note's text now; null when it no longer exists. */
  read(path: string): Promise<string | null>;
  /** What the index holds for the note. */
  analysis(path: string): FileAnalysis | null;
  /** Have the index read the note again. */
  refresh(path: string): Promise<void>;
  apply(plan: EditPlan): Promise<WriteOutcome>;
  today: string;
}

export interface TickResult {
  /** The note now says what the user asked for. */
  ok: boolean;
  /** What to tell the user when it does not (sentence case, one or two sentences). */
  message: string | null;
}

/** The task of `tasks` that is `task` after edits around it: same words and kind of line, nearest its old line; null when none. */
export function findSameTask<T extends TaskRef>(tasks: readonly T[], task: TaskRef): T | null {
  let best: T | null = null;
  for (const t of tasks) {
    if (t.text !== task.text || Boolean(t.bullet) !== Boolean(task.bullet)) continue;
    if (!best || Math.abs(t.line - task.line) < Math.abs(best.line - task.line)) best = t;
  }
  return best;
}

export async function tickTask(deps: TickDeps, path: string, task: TaskRef, done: boolean): Promise<TickResult> {
  const name = noteName(path);
  const attempt = async (target: TaskRef, hash: string): Promise<TickResult | 'stale'> => {
    const text = await deps.read(path);
    if (text === null) return { ok: false, message: `${name} no longer exists; the task was not changed.` };
    if (hashText(text) !== hash) return 'stale';
    let plan: EditPlan;
    try {
      plan = planTaskToggle(path, text, target, hash, done, deps.today);
    } catch (error) {
      if (error instanceof StaleTextError) return 'stale';
      return { ok: false, message: messageOf(error) };
    }
    if (plan.edits.length === 0) return { ok: true, message: null };
    const outcome = await deps.apply(plan);
    if (outcome.written.length > 0) return { ok: true, message: null };
    if (outcome.stale.length > 0) return 'stale';
    return { ok: false, message: outcome.failed.map((f) => `${noteName(f.path)}: ${f.message}.`).join(' ') || `The task in ${name} was not changed.` };
  };

  const known = deps.analysis(path);
  if (known) {
    const first = await attempt(task, known.hash);
    if (first !== 'stale') return first;
  }
  // The note changed since the index read it: read it again and find the task there.
  await deps.refresh(path);
  const fresh = deps.analysis(path);
  const moved = fresh ? findSameTask(tasksWithBullets(fresh.note), task) : null;
  if (!fresh || !moved) {
    return { ok: false, message: `“${task.text}” is no longer in ${name}, so nothing was changed.` };
  }
  const second = await attempt(moved, fresh.hash);
  if (second !== 'stale') return second;
  return { ok: false, message: `${name} is being edited; nothing was changed. Tick the task again in a moment.` };
}
