/** "My tasks" and "Waiting on": task rows with a checkbox, priority and due date. */
import { Notice } from 'obsidian';
import type { GraphTask } from '../../../core/model';
import { dueBucket } from '../../../core/dates';
import { PRIORITY_EMOJI } from '../../../core/tasks/format';
import { type RenderContext, copiesLine, emptyFor, meta, noteLink, openRow, pagedList, plural, section, subheading } from '../dom';
import type { DashboardModel } from '../model';
import { messageOf } from '../../files';

/** Statuses other than "to do" get a word next to the checkbox, as Tasks' status names. */
const STATUS_LABEL: Record<string, string> = {
  '/': 'In progress',
  '?': 'Question',
  '!': 'Important',
  '>': 'Deferred',
  '<': 'Scheduled',
  '*': 'Star',
  '-': 'Cancelled',
  x: 'Done',
  X: 'Done',
};

function statusLabel(task: GraphTask): string | null {
  if (task.status === ' ') return null;
  return STATUS_LABEL[task.status] ?? `Status “${task.status}”`;
}

export interface TaskRowOptions {
  /** Show who owns it (off inside a person's group). */
  showOwner: boolean;
}

/** One task: checkbox, text, then priority, due date, owner and the note it lives in. */
export function renderTask(ctx: RenderContext, parent: HTMLElement, task: GraphTask, opts: TaskRowOptions): HTMLElement {
  const bucket = dueBucket(task.dueResolved, ctx.today);
  const { row, main } = openRow(ctx, parent, task.path, task.line, ['mi-task', `mi-due-${bucket}`]);
  row.setAttr('data-task', task.status);
  const text = task.text.trim() || task.description.trim() || '(empty task)';

  const check = createEl('input', {
    cls: ['task-list-item-checkbox', 'mi-check'],
    attr: { type: 'checkbox', 'aria-label': task.open ? `Mark done: ${text}` : `Mark not done: ${text}`, 'data-task': task.status },
  });
  check.checked = !task.open;
  row.insertBefore(check, main);
  ctx.actions.bind(check, () => {
    const done = check.checked;
    check.disabled = true;
    row.toggleClass('is-done', done);
    const undo = (): void => {
      check.checked = !done;
      row.toggleClass('is-done', !done);
    };
    ctx.host.setTaskDone(task, done).then(
      (written) => {
        check.disabled = false;
        if (!written) undo();
      },
      (err: unknown) => {
        check.disabled = false;
        undo();
        new Notice(`Could not update the task: ${messageOf(err)}`);
      },
    );
  });

  const label = statusLabel(task);
  if (label) main.createSpan({ cls: 'mi-status', text: label });
  main.createSpan({ cls: 'mi-task-text', text });

  const details = row.createDiv({ cls: 'mi-item-meta' });
  if (task.priority) {
    details.createSpan({ cls: ['mi-priority', `mi-priority-${task.priority}`], text: PRIORITY_EMOJI[task.priority], attr: { 'aria-label': `${task.priority} priority`, title: `${task.priority} priority` } });
  }
  if (task.dueResolved) {
    const vague = task.dueCertainty === 'vague' ? '~' : '';
    const due = details.createSpan({ cls: ['mi-due', `mi-due-${bucket}`], text: `📅 ${vague}${task.dueResolved}` });
    due.setAttr('aria-label', `Due ${task.dueResolved}${bucket === 'overdue' ? ', overdue' : ''}`);
    if (task.dueSource === 'phrase' && task.duePhrase) {
      const phrase = meta(details, `“${task.duePhrase}”`, ['mi-due-phrase']);
      const event = task.dueEvent;
      const range = task.dueRange;
      if (event) phrase.setAttr('title', `The note puts the ${event.name} on ${event.date} (line ${event.line})`);
      else if (range) phrase.setAttr('title', range.event ? `The ${range.event} runs ${range.first} to ${range.last}` : `${range.first} to ${range.last}; due on the last day`);
      else if (task.duePreferred) phrase.setAttr('title', `Asked for by ${task.duePreferred}, at the latest ${task.dueResolved}`);
    }
  }
  if (opts.showOwner) meta(details, task.owner ?? (task.assignee ? `@${task.assignee}` : 'No owner'), ['mi-owner']);
  noteLink(ctx, details, task.path, task.line);
  copiesLine(ctx, row, task.path, ctx.index.copiesOf.get(task) ?? []);
  return row;
}

export function renderMyTasks(ctx: RenderContext, parent: HTMLElement, model: DashboardModel): void {
  section(ctx, parent, 'my-tasks', 'My tasks', model.counts.myTasks, (body) => {
    if (model.owner === null) {
      // Without a name, only tasks written for @Myself or @Me are known to be yours: show them, and say how to see the rest.
      const hint = 'Set your name under "Vault owner" in settings so the dashboard can tell your tasks from others’.';
      if (model.counts.myTasks === 0) {
        emptyFor(ctx, body, hint);
        return;
      }
      body.createEl('p', { cls: 'mi-hint', text: hint });
    } else if (model.counts.myTasks === 0) {
      emptyFor(ctx, body, 'No open tasks for you. Tasks assigned to @Myself or to you in meeting notes show up here.');
      return;
    }
    for (const group of model.myTasks) {
      if (group.tasks.length === 0) continue;
      const el = body.createDiv({ cls: ['mi-group', `mi-bucket-${group.bucket}`], attr: { 'data-mi-bucket': group.bucket } });
      subheading(el, group.label, group.tasks.length);
      pagedList(ctx, el, `my-tasks:${group.bucket}`, group.tasks, (p, t) => renderTask(ctx, p, t, { showOwner: false }));
    }
  });
}

export function renderWaitingOn(ctx: RenderContext, parent: HTMLElement, model: DashboardModel): void {
  section(ctx, parent, 'waiting-on', 'Waiting on', model.counts.waitingOn, (body) => {
    if (model.waitingOn.length === 0) {
      emptyFor(ctx, body, 'Nobody owes you anything yet. Assign tasks with @Name in meeting notes to follow them here.');
      return;
    }
    pagedList(ctx, body, 'waiting-on', model.waitingOn, (p, group) => {
      const el = p.createDiv({ cls: 'mi-group', attr: { 'data-mi-person': group.person ?? '' } });
      const head = subheading(el, group.person ?? 'No owner', group.tasks.length);
      if (group.overdue > 0) meta(head, `${plural(group.overdue, 'overdue task')}`, ['mi-overdue']);
      pagedList(ctx, el, `waiting-on:${group.person ?? ''}`, group.tasks, (pp, t) => renderTask(ctx, pp, t, { showOwner: group.person === null }), 5);
    }, 10);
  });
}
