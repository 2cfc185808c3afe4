/** "Accounts": people, meetings, open items and risks per account. */
import { type RenderContext, emptyFor, meta, openRow, pagedList, plural, section } from '../dom';
import type { AccountCard, DashboardModel } from '../model';

function renderAccount(ctx: RenderContext, parent: HTMLElement, card: AccountCard): void {
  const el = parent.createDiv({ cls: 'mi-card mi-account-card', attr: { 'data-mi-account': card.name } });
  const head = el.createDiv({ cls: 'mi-card-header' });
  head.createSpan({ cls: 'mi-card-title', text: card.name });

  const stats = el.createDiv({ cls: 'mi-stats' });
  const meetings = card.meetingCount === 0 ? 'No meetings' : plural(card.meetingCount, 'meeting');
  stats.createSpan({ cls: 'mi-stat', text: card.lastMeeting ? `${meetings} · last ${card.lastMeeting}` : meetings });
  stats.createSpan({ cls: 'mi-stat', text: plural(card.openCount, 'open item') });
  if (card.risks.length > 0) stats.createSpan({ cls: ['mi-stat', 'mi-risk-count'], text: plural(card.risks.length, 'risk') });
  if (card.people.length > 0) {
    const people = el.createDiv({ cls: 'mi-people-list' });
    meta(people, card.people.join(', '));
  }
  if (card.risks.length > 0) {
    const risks = el.createDiv({ cls: 'mi-risks' });
    pagedList(ctx, risks, `risks:${card.name}`, card.risks, (p, risk) => {
      const { main } = openRow(ctx, p, risk.path, risk.line, ['mi-risk']);
      main.createSpan({ cls: ['mi-badge', 'mi-kind-risk'], text: 'Risk' });
      main.createSpan({ cls: 'mi-item-text', text: risk.text });
    }, 3);
  }
}

export function renderAccounts(ctx: RenderContext, parent: HTMLElement, model: DashboardModel): void {
  section(ctx, parent, 'accounts', 'Accounts', model.counts.accounts, (body) => {
    if (model.accounts.length === 0) {
      emptyFor(ctx, body, 'No accounts yet. Add "account:" to a meeting note’s frontmatter, or link a company note under Related.');
      return;
    }
    pagedList(ctx, body, 'accounts', model.accounts, (p, card) => renderAccount(ctx, p, card));
  });
}
