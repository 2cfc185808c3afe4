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
import { isNameShaped } from '../parse/values';

/** "None", "N/A", "No action items." — a bullet saying there is nothing to do. */
const NOTHING = /^(?:none|n\/?a|nothing|tbd|-+|no (?:action items?|follow[- ]?ups?|next steps|actions?)(?: (?:yet|noted|identified|for now))?)\.?$/i;

const cache = new WeakMap<Note, Task[]>();

/** The note's action items written as plain bullets, as open tasks marked `bullet`. */
export function actionBullets(note: Note): Task[] {
  let tasks = cache.get(note);
  if (tasks) return tasks;
  tasks = [];
  const heads = nameHeads(note);
  for (const item of note.items) {
    const head = heads.get(item);
    if (head === NAME_HEAD) continue;
    if (head !== undefined) tasks.push(bulletTask(item, head));
    else if (isActionBullet(item)) tasks.push(bulletTask(item, null));
  }
  cache.set(note, tasks);
  return tasks;
}

/** Marks a bullet that only names whose items follow it. */
const NAME_HEAD = '';

/**
 * Bullets that only name a person, with that person's items nested under them, as Fathom and
 * Fireflies write action items:
 *
 *     - **Marco Bellini**
 *       - Send the updated pricing
 *
 * The name bullet is no task; each bullet or checkbox one level under it is one of that person's
 * items, and carries the name as its nearest heading (the graph resolves it only to someone known,
 * as for `### Marco Bellini`). Returns each item's name (`NAME_HEAD` for the name bullets
 * themselves); checkbox tasks under a name without an assignee get the name as their heading.
 */
function nameHeads(note: Note): Map<Item | Task, string> {
  const out = new Map<Item | Task, string>();
  const among = (e: Item | Task) => e.section === 'actions' || e.section === 'followups';
  if (!note.items.some((i) => among(i) && i.kind === 'other' && headName(i.text) !== null)) return out;
  const entries: (Item | Task)[] = [...note.items.filter(among), ...note.tasks.filter(among)].sort((a, b) => a.line - b.line);
  let head: { name: string; indent: number; entry: Item | Task } | null = null;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    const indent = e.indent ?? 0;
    if (head !== null && e.section === head.entry.section && e.sectionHeading === head.entry.sectionHeading && indent > head.indent) {
      if (indent === head.indent + 1) {
        if (isTask(e)) {
          if (e.assignee === null && e.sectionFor === null) e.sectionHeading = head.name;
        } else if (e.kind === 'other' && !NOTHING.test(e.text.trim())) {
          out.set(e, head.name);
        }
      }
      continue;
    }
    head = null;
    const next = entries[k + 1];
    const name = isTask(e) || e.kind !== 'other' ? null : headName(e.text);
    if (name !== null && next !== undefined && next.section === e.section && next.sectionHeading === e.sectionHeading && (next.indent ?? 0) > indent) {
      head = { name, indent, entry: e };
      out.set(e, NAME_HEAD);
    }
  }
  return out;
}

function isTask(e: Item | Task): e is Task {
  return 'status' in e;
}

/**
 * The name a bullet holds and nothing else: `**Marco Bellini**`, `Marco Bellini:`, `[[Marco Bellini]]`,
 * `@Marco`; null for a bullet with words of its own. Bold, a colon or a link marks a label; a bare
 * name must be shaped like one (`Marco Bellini`, not `Pricing review`).
 */
function headName(text: string): string | null {
  const m = HEAD.exec(text.trim());
  if (!m) return null;
  const marked = m[1] !== undefined || m[3] !== undefined || m[4] !== '';
  const name = m[2].replace(/^\[\[(?:[^\]|]*\|)?|\]\]$/g, '').replace(/^@/, '').trim();
  if (name === '' || name.split(/\s+/).length > 4 || classifyHeading(name).kind !== 'other') return null;
  return marked || isNameShaped(name, 2) ? name : null;
}

/** A bullet's whole text as a name: bold or not (1, 3), then an optional colon (4). */
const HEAD = /^(\*\*|__)?((?:\[\[[^\]]{1,80}\]\]|@?[\p{L}][\p{L}\p{M}'’. -]{0,60}?))[ \t]*(?::[ \t]*)?(\*\*|__)?[ \t]*(:?)$/u;

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

/** `item` as an open task; `under`: the name of the bullet it is nested under (its nearest heading then). */
function bulletTask(item: Item, under: string | null): Task {
  const forPerson = under === null && item.sectionHeading ? classifyHeading(item.sectionHeading).forPerson : null;
  const task = newTask(item.line, item.start, item.end, ' ', 'todo', item.section, under ?? item.sectionHeading, forPerson, item.indent ?? 0);
  parseTaskBody(item.text, task);
  task.bullet = true;
  return task;
}
