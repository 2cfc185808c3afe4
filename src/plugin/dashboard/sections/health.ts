/** "Health": what is broken in the notes, each with the action that fixes it. */
import type { DuplicateGroup, Problem } from '../../../core/model';
import { type RenderContext, button, emptyFor, meta, noteLink, openRow, pagedList, plural, section, subheading } from '../dom';
import { type DashboardModel, type MojibakeNote, noteName } from '../model';

/** Problems the Normalize transform can repair (the rest need a person). */
const NORMALIZABLE = new Set<Problem['kind']>(['template-leftover', 'possible-mojibake', 'yaml', 'unterminated-frontmatter', 'unterminated-transcript']);

function renderMojibakeNote(ctx: RenderContext, parent: HTMLElement, note: MojibakeNote): void {
  const el = parent.createDiv({ cls: 'mi-group mi-mojibake', attr: { 'data-mi-path': note.path } });
  const head = el.createDiv({ cls: 'mi-group-header' });
  noteLink(ctx, head, note.path);
  meta(head, plural(note.lines.length, 'line'));
  button(ctx, head, 'Normalize', `Normalize ${noteName(note.path)}`, () => ctx.host.normalizeNote(note.path), ['mod-cta']);
  pagedList(ctx, el, `mojibake:${note.path}`, note.lines, (p, line) => {
    const { main } = openRow(ctx, p, line.path, line.line, ['mi-mojibake-line']);
    main.createSpan({ cls: 'mi-line-number', text: `Line ${line.line}` });
    const change = main.createSpan({ cls: 'mi-change' });
    change.createSpan({ cls: 'mi-before', text: line.before });
    change.createSpan({ cls: 'mi-arrow', text: ' → ', attr: { 'aria-label': 'becomes' } });
    change.createSpan({ cls: 'mi-after', text: line.after });
  }, 3);
}

function renderDuplicate(ctx: RenderContext, parent: HTMLElement, group: DuplicateGroup): void {
  const el = parent.createDiv({ cls: 'mi-group mi-duplicate', attr: { 'data-mi-kind': group.kind } });
  const head = el.createDiv({ cls: 'mi-group-header' });
  head.createSpan({ cls: 'mi-badge', text: group.kind });
  head.createSpan({ cls: 'mi-confidence', text: `${Math.round(group.confidence * 100)}%`, attr: { 'aria-label': `Confidence ${Math.round(group.confidence * 100)} percent` } });
  meta(head, group.scope === 'note' ? 'In one note' : group.scope === 'meeting' ? 'Across one meeting’s notes' : 'Across the vault');
  for (const m of group.members) {
    const canonical = m.path === group.canonical.path && m.line === group.canonical.line;
    const { main } = openRow(ctx, el, m.path, m.line, canonical ? ['mi-member', 'mi-canonical'] : ['mi-member']);
    if (canonical) main.createSpan({ cls: 'mi-badge', text: 'Keep' });
    main.createSpan({ cls: 'mi-item-text', text: m.text });
    meta(main, `${noteName(m.path)}:${m.line}`);
  }
  if (group.reasons.length > 0) meta(el, group.reasons.join('; '), ['mi-reasons']);
}

function renderProblem(ctx: RenderContext, parent: HTMLElement, problem: Problem): void {
  const { row, main } = openRow(ctx, parent, problem.path, problem.line, ['mi-problem', `mi-problem-${problem.kind}`]);
  row.setAttr('data-mi-kind', problem.kind);
  main.createSpan({ cls: 'mi-item-text', text: problem.message });
  const details = row.createDiv({ cls: 'mi-item-meta' });
  meta(details, problem.line !== null ? `${noteName(problem.path)}:${problem.line}` : noteName(problem.path));
  if (NORMALIZABLE.has(problem.kind)) {
    button(ctx, details, 'Normalize', `Normalize ${noteName(problem.path)}`, () => ctx.host.normalizeNote(problem.path));
  }
  button(ctx, details, 'Open', `Open ${noteName(problem.path)}`, () => ctx.host.openNote(problem.path, problem.line));
}

export function renderHealth(ctx: RenderContext, parent: HTMLElement, model: DashboardModel): void {
  const h = model.health;
  section(ctx, parent, 'health', 'Health', model.counts.health, (body) => {
    if (model.counts.health === 0) {
      emptyFor(ctx, body, 'All clear: no broken characters, duplicates, malformed notes or unknown names.');
      return;
    }
    if (h.mojibake.length > 0) {
      const el = body.createDiv({ cls: 'mi-health-part', attr: { 'data-mi-health': 'mojibake' } });
      subheading(el, 'Broken characters', h.mojibake.reduce((n, m) => n + m.lines.length, 0));
      pagedList(ctx, el, 'health:mojibake', h.mojibake, (p, note) => renderMojibakeNote(ctx, p, note), 10);
    }
    if (h.duplicates.length > 0) {
      const el = body.createDiv({ cls: 'mi-health-part', attr: { 'data-mi-health': 'duplicates' } });
      const head = subheading(el, 'Duplicates', h.duplicates.length);
      button(ctx, head, 'Dedupe', 'Review and remove duplicates', () => ctx.host.dedupe(), ['mod-cta']);
      pagedList(ctx, el, 'health:duplicates', h.duplicates, (p, g) => renderDuplicate(ctx, p, g), 10);
    }
    if (h.malformed.length > 0) {
      const el = body.createDiv({ cls: 'mi-health-part', attr: { 'data-mi-health': 'malformed' } });
      subheading(el, 'Malformed notes', h.malformed.length);
      pagedList(ctx, el, 'health:malformed', h.malformed, (p, problem) => renderProblem(ctx, p, problem));
    }
    if (h.unresolved.length > 0) {
      const el = body.createDiv({ cls: 'mi-health-part', attr: { 'data-mi-health': 'unresolved' } });
      subheading(el, 'Unknown names', h.unresolved.length);
      meta(el, 'Add them as aliases in a people note, or write the full name.', ['mi-hint']);
      pagedList(ctx, el, 'health:unresolved', h.unresolved, (p, problem) => renderProblem(ctx, p, problem));
    }
  });
}
