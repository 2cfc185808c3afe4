/** "People": a card per person, with their timeline one click away. */
import { type RenderContext, actionable, emptyFor, meta, noteLink, openRow, pagedList, plural, section } from '../dom';
import { type DashboardModel, type PersonCard, type TimelineEntry, formatTalkTime, personTimeline } from '../model';
import { renderTask } from './tasks';

const KIND_LABEL: Record<TimelineEntry['kind'], string> = { meeting: 'Meeting', decision: 'Decision', task: 'Task' };

function renderTimeline(ctx: RenderContext, parent: HTMLElement, person: string): void {
  const entries = personTimeline(ctx.index, person);
  if (entries.length === 0) {
    parent.createDiv({ cls: 'mi-empty', text: 'No meetings, decisions or open tasks with them yet.' });
    return;
  }
  pagedList(ctx, parent, `timeline:${person}`, entries, (p, e) => {
    if (e.kind === 'task' && e.task) {
      renderTask(ctx, p, e.task, { showOwner: true });
      return;
    }
    const { row, main } = openRow(ctx, p, e.path, e.line, ['mi-timeline-entry', `mi-kind-${e.kind}`]);
    main.createSpan({ cls: 'mi-date', text: e.date ?? 'No date' });
    main.createSpan({ cls: ['mi-badge', `mi-kind-${e.kind}`], text: KIND_LABEL[e.kind] });
    main.createSpan({ cls: 'mi-item-text', text: e.text });
    row.setAttr('data-mi-kind', e.kind);
  }, 20);
}

function renderCard(ctx: RenderContext, parent: HTMLElement, card: PersonCard): void {
  const key = `person:${card.name}`;
  const el = parent.createDiv({ cls: 'mi-card mi-person', attr: { 'data-mi-person': card.name } });
  const head = el.createDiv({ cls: 'mi-card-header' });
  head.createSpan({ cls: 'mi-card-title', text: card.name });
  if (card.accounts.length > 0) meta(head, card.accounts.join(', '), ['mi-account']);

  const stats = el.createDiv({ cls: 'mi-stats' });
  const meetings = card.meetingCount === 0 ? 'No meetings' : plural(card.meetingCount, 'meeting');
  stats.createSpan({ cls: 'mi-stat', text: card.lastMet ? `${meetings} · last met ${card.lastMet}` : meetings });
  stats.createSpan({ cls: 'mi-stat', text: `They owe ${card.theyOwe} · I owe ${card.iOwe}` });
  if (card.talkSeconds > 0) stats.createSpan({ cls: 'mi-stat', text: `Talk time ${formatTalkTime(card.talkSeconds)}` });
  const next = card.nextFollowUp;
  if (next && next.dueResolved) {
    const follow = el.createDiv({ cls: 'mi-follow-up' });
    follow.createSpan({ cls: 'mi-meta', text: `Next follow-up ${next.dueResolved}: ` });
    noteLink(ctx, follow, next.path, next.line, next.text);
  }

  const timeline = el.createDiv({ cls: 'mi-timeline' });
  const apply = (open: boolean): void => {
    head.setAttr('aria-expanded', open ? 'true' : 'false');
    head.setAttr('aria-label', `${open ? 'Hide' : 'Show'} the timeline of ${card.name}`);
    el.toggleClass('is-expanded', open);
    timeline.empty();
    if (open) renderTimeline(ctx, timeline, card.name);
  };
  actionable(ctx, head, `Show the timeline of ${card.name}`, () => {
    const open = !ctx.ui.expanded.has(key);
    if (open) ctx.ui.expanded.add(key);
    else ctx.ui.expanded.delete(key);
    apply(open);
  });
  const id = ctx.uid();
  head.setAttr('aria-controls', id);
  timeline.setAttr('id', id);
  apply(ctx.ui.expanded.has(key));
}

export function renderPeople(ctx: RenderContext, parent: HTMLElement, model: DashboardModel): void {
  section(ctx, parent, 'people', 'People', model.counts.people, (body) => {
    if (model.people.length === 0) {
      emptyFor(ctx, body, 'No people yet. Add participants to your meeting notes, or notes with aliases to the people folder.');
      return;
    }
    pagedList(ctx, body, 'people', model.people, (p, card) => renderCard(ctx, p, card));
  });
}
