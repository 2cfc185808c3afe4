/** "Meetings" (each with every note that records it) and "Decisions" (a timeline). */
import { type RenderContext, copiesLine, emptyFor, meta, noteLink, openRow, pagedList, section } from '../dom';
import type { DashboardModel, DecisionRow, MeetingRow } from '../model';

function renderMeeting(ctx: RenderContext, parent: HTMLElement, row: MeetingRow): void {
  const m = row.meeting;
  const el = parent.createDiv({ cls: 'mi-item mi-meeting', attr: { 'data-mi-meeting': m.id } });
  const head = el.createDiv({ cls: 'mi-item-main' });
  head.createSpan({ cls: 'mi-date', text: m.date ?? 'No date' });
  head.createSpan({ cls: 'mi-item-text', text: m.title });
  const details = el.createDiv({ cls: 'mi-item-meta' });
  if (m.account) meta(details, m.account, ['mi-account']);
  if (m.participants.length > 0) meta(details, m.participants.join(', '));
  const notes = el.createDiv({ cls: 'mi-notes' });
  for (const path of m.notes) noteLink(ctx, notes, path);
}

export function renderMeetings(ctx: RenderContext, parent: HTMLElement, model: DashboardModel): void {
  section(ctx, parent, 'meetings', 'Meetings', model.counts.meetings, (body) => {
    if (model.meetings.length === 0) {
      emptyFor(ctx, body, 'No meeting notes found. Check which note types and folders count as meetings in settings.');
      return;
    }
    pagedList(ctx, body, 'meetings', model.meetings, (p, row) => renderMeeting(ctx, p, row));
  });
}

function renderDecision(ctx: RenderContext, parent: HTMLElement, row: DecisionRow, showDate: boolean): void {
  const { row: el, main } = openRow(ctx, parent, row.item.path, row.item.line, ['mi-decision']);
  if (showDate) el.addClass('mi-first-of-day');
  main.createSpan({ cls: 'mi-date', text: row.date ?? 'No date' });
  main.createSpan({ cls: 'mi-item-text', text: row.item.text });
  const details = el.createDiv({ cls: 'mi-item-meta' });
  if (row.meetingTitle) meta(details, row.meetingTitle);
  noteLink(ctx, details, row.item.path, row.item.line);
  copiesLine(ctx, el, row.item.path, ctx.index.decisionCopiesOf.get(row.item) ?? []);
}

export function renderDecisions(ctx: RenderContext, parent: HTMLElement, model: DashboardModel): void {
  section(ctx, parent, 'decisions', 'Decisions', model.counts.decisions, (body) => {
    if (model.decisions.length === 0) {
      emptyFor(ctx, body, 'No decisions recorded yet. Bullets under a "Decisions" heading in meeting notes show up here.');
      return;
    }
    const timeline = body.createDiv({ cls: 'mi-decision-timeline' });
    let lastDate: string | null | undefined;
    pagedList(ctx, timeline, 'decisions', model.decisions, (p, row) => {
      renderDecision(ctx, p, row, row.date !== lastDate);
      lastDate = row.date;
    });
  });
}
