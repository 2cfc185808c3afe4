/**
 * Choosing the copy to keep and what it must carry from the others: the most
 * informative copy stays; when copies disagree the earliest due date and the highest
 * priority win; a done copy makes the group done; and no field that only a duplicate
 * had is dropped.
 */
import type { Item, Priority, Task } from '../model';
import { PRIORITY_EMOJI } from '../tasks/format';
import { dueSignifierIn } from '../dates';

/** One copy of a duplicated item. */
export interface Copy {
  path: string;
  line: number;
  task: Task | null;
  item: Item | null;
  /** How many content tokens the text has: its detail. */
  detail: number;
}

const PRIORITY_RANK: Record<Priority, number> = { highest: 5, high: 4, medium: 3, low: 2, lowest: 1 };
/** Where a task with no priority ranks: below medium, above low (as Obsidian Tasks sorts). */
const NO_PRIORITY_RANK = 2.5;

function dueOf(t: Task): string | null {
  // A 📅 date written before the assignee (`Send it 📅 2026-03-10 @Ana`) is not a Tasks signifier, but it is the copy's date.
  return t.due ?? t.fields?.due ?? dueSignifierIn(t.description);
}

/** How much a copy tells: detail first (it cannot be merged), then assignee, due date, priority, status, a block id others may link to. */
function informativeness(c: Copy): number {
  let score = c.detail;
  const t = c.task;
  if (t) {
    if (t.assignee) score += 2;
    if (dueOf(t)) score += 1.5;
    if (t.priority && PRIORITY_RANK[t.priority] > NO_PRIORITY_RANK) score += 1;
    if (t.statusType === 'done' || t.statusType === 'in_progress') score += 0.5;
    if (t.blockId) score += 1;
    score += Math.min(t.tags.length, 3) * 0.1;
    // A checkbox copy is the one Tasks can track: a plain bullet is kept only when every copy is one.
    if (t.bullet) score -= 100;
  }
  return score;
}

/** Index of the copy to keep; ties go to the first by path, then line. */
export function chooseCanonical(copies: readonly Copy[]): number {
  let best = 0;
  for (let i = 1; i < copies.length; i++) {
    const d = informativeness(copies[i]) - informativeness(copies[best]);
    const earlier = copies[i].path < copies[best].path || (copies[i].path === copies[best].path && copies[i].line < copies[best].line);
    if (d > 1e-9 || (Math.abs(d) <= 1e-9 && earlier)) best = i;
  }
  return best;
}

/** Changes to the canonical task's fields; only the keys that change are present. */
export interface TaskPatch {
  status?: string;
  priority?: Priority;
  due?: string;
  scheduled?: string;
  start?: string;
  created?: string;
  done?: string;
  recurrence?: string;
  id?: string;
  dependsOn?: string[];
  onCompletion?: string;
  /** Tags (with `#`) only duplicates had. */
  addTags?: string[];
  /** Assignee (as written, without `@`) only duplicates had. */
  assignee?: string;
}

export interface TaskMerge {
  patch: TaskPatch;
  reasons: string[];
}

function earliest(values: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v && (best === null || v < best)) best = v;
  return best;
}

/** A priority as a user reads it: its Tasks emoji and name, `⏫ high`. */
function said(p: Priority): string {
  return `${PRIORITY_EMOJI[p]} ${p}`;
}

const STATUS_RANK: Partial<Record<Task['statusType'], number>> = { done: 3, in_progress: 2 };

/** What the canonical task must take from its duplicates. */
export function mergeTasks(canonical: Task, others: readonly Task[]): TaskMerge {
  const patch: TaskPatch = {};
  const reasons: string[] = [];
  const all = [canonical, ...others];

  // Due: the earliest wins.
  const dues = all.map(dueOf).filter((d): d is string => !!d);
  const due = earliest(dues);
  const ownDue = dueOf(canonical);
  if (due && due !== ownDue) {
    patch.due = due;
    reasons.push(ownDue ? `copies disagree on the due date: kept the earliest, ${due} (this copy had ${ownDue})` : `due date ${due} taken from a copy`);
  } else if (due && new Set(dues).size > 1) {
    reasons.push(`copies disagree on the due date: kept the earliest, ${due}`);
  }

  // Priority: the highest wins — and, as Obsidian Tasks ranks them, no priority is above low and lowest.
  const stated = all.map((t) => t.priority).filter((p): p is Priority => !!p);
  const anyUnstated = all.some((t) => !t.priority);
  if (stated.length > 0 && !(anyUnstated && stated.every((p) => PRIORITY_RANK[p] < NO_PRIORITY_RANK))) {
    const top = stated.reduce((a, b) => (PRIORITY_RANK[b] > PRIORITY_RANK[a] ? b : a));
    if (top !== canonical.priority) {
      patch.priority = top;
      reasons.push(canonical.priority ? `copies disagree on priority: kept the highest (${said(top)}; this copy had ${said(canonical.priority)})` : `priority ${said(top)} taken from a copy`);
    } else if (new Set(stated).size > 1) {
      reasons.push(`copies disagree on priority: kept the highest (${said(top)})`);
    }
  }

  // Status: a done copy makes the group done, keeping its ✅ date.
  const doneCopies = all.filter((t) => t.statusType === 'done');
  if (doneCopies.length > 0) {
    const doneDate = canonical.statusType === 'done' && canonical.done ? canonical.done : earliest(doneCopies.map((t) => t.done));
    if (canonical.statusType !== 'done') {
      patch.status = 'x';
      reasons.push(`a copy is done${doneDate ? ` (✅ ${doneDate})` : ''}, so the group is done`);
    }
    if (doneDate && doneDate !== canonical.done) patch.done = doneDate;
  } else if (all.some((t) => (STATUS_RANK[t.statusType] ?? 1) > (STATUS_RANK[canonical.statusType] ?? 1))) {
    patch.status = all.find((t) => t.statusType === 'in_progress')?.status ?? '/';
    reasons.push('a copy is in progress, so the group is in progress');
  }

  // Fields only a duplicate had.
  const fill = <K extends 'scheduled' | 'startDate' | 'created' | 'recurrence' | 'id' | 'onCompletion'>(key: K, label: string, pick: 'earliest' | 'first') => {
    if (canonical[key]) return null;
    const values = others.map((t) => t[key]).filter((v): v is NonNullable<Task[K]> => !!v);
    if (values.length === 0) return null;
    const v = pick === 'earliest' ? earliest(values) : values[0];
    reasons.push(`${label} ${v} taken from a copy`);
    return v as string;
  };
  const scheduled = fill('scheduled', 'scheduled date', 'earliest');
  if (scheduled) patch.scheduled = scheduled;
  const start = fill('startDate', 'start date', 'earliest');
  if (start) patch.start = start;
  const created = fill('created', 'created date', 'earliest');
  if (created) patch.created = created;
  const recurrence = fill('recurrence', 'recurrence', 'first');
  if (recurrence) patch.recurrence = recurrence;
  const id = fill('id', 'task id', 'first');
  if (id) patch.id = id;
  const onCompletion = fill('onCompletion', 'on-completion action', 'first');
  if (onCompletion) patch.onCompletion = onCompletion;

  const deps = others.flatMap((t) => t.dependsOn).filter((d) => !canonical.dependsOn.includes(d));
  if (deps.length > 0) {
    patch.dependsOn = [...new Set([...canonical.dependsOn, ...deps])];
    reasons.push(`dependencies ${[...new Set(deps)].join(', ')} taken from a copy`);
  }

  const own = new Set(canonical.tags.map((t) => t.toLowerCase()));
  const tags: string[] = [];
  for (const t of others.flatMap((o) => o.tags)) {
    if (own.has(t.toLowerCase())) continue;
    own.add(t.toLowerCase());
    tags.push(t.startsWith('#') ? t : `#${t}`);
  }
  if (tags.length > 0) {
    patch.addTags = tags;
    reasons.push(`tags ${tags.join(' ')} taken from a copy`);
  }

  if (!canonical.assignee) {
    const a = others.find((t) => t.assignee)?.assignee;
    if (a) {
      patch.assignee = a;
      reasons.push(`assignee @${a} taken from a copy`);
    }
  }
  return { patch, reasons };
}

/** True when the patch changes anything on the line. */
export function patchChanges(patch: TaskPatch): boolean {
  return Object.keys(patch).length > 0;
}
