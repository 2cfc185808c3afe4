/**
 * Action items written as plain bullets. Many note-takers list them without
 * checkboxes — "## Action items / - Ana to send pricing by Friday" — and a user
 * expects to see them with the tasks. Each top-level bullet under an actions or
 * follow-ups heading is read as an open task (assignee, signifiers, tags as in
 * a task line) and marked `bullet`: the note itself is not changed until the
 * user ticks it, which adds the checkbox.
 */
import type { Item, Note, Task } from '../model';
import { newTask, parseTaskBody } from '../parse/tasks';
import { classifyHeading } from '../parse/sections';

/** "None", "N/A", "No action items." — a bullet saying there is nothing to do. */
const NOTHING = /^(?:none|n\/?a|nothing|tbd|-+|no (?:action items?|follow[- ]?ups?|next steps|actions?)(?: (?:yet|noted|identified|for now))?)\.?$/i;

const cache = new WeakMap<Note, Task[]>();

/** The note's action items written as plain bullets, as open tasks marked `bullet`. */
export function actionBullets(note: Note): Task[] {
  let tasks = cache.get(note);
  if (tasks) return tasks;
  tasks = [];
  for (const item of note.items) if (isActionBullet(item)) tasks.push(bulletTask(item));
  cache.set(note, tasks);
  return tasks;
}

/** The note's tasks, then its action items written as plain bullets. */
export function tasksWithBullets(note: Note): readonly Task[] {
  const bullets = actionBullets(note);
  return bullets.length === 0 ? note.tasks : [...note.tasks, ...bullets];
}

function isActionBullet(item: Item): boolean {
  if (NOTHING.test(item.text.trim())) return false;
  // Labelled (`Action: …`, `TODO: …`) anywhere, or any top-level bullet under an actions heading.
  return item.action === true || ((item.section === 'actions' || item.section === 'followups') && item.kind === 'other' && (item.indent ?? 0) === 0);
}

function bulletTask(item: Item): Task {
  const forPerson = item.sectionHeading ? classifyHeading(item.sectionHeading).forPerson : null;
  const task = newTask(item.line, item.start, item.end, ' ', 'todo', item.section, item.sectionHeading, forPerson, 0);
  parseTaskBody(item.text, task);
  task.bullet = true;
  return task;
}
