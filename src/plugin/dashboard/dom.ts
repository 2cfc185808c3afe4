/**
 * The dashboard's building blocks: folding sections, rows that open a note,
 * buttons, and lists that show a page at a time.
 *
 * Every element is made with Obsidian's `createEl` family and every piece of
 * note text goes in through `text` / `setText`, so a task reading
 * `<img src=x onerror=…>` is shown, never parsed.
 *
 * Listeners are not attached per element: the view listens once on its root
 * (click, keydown, change) and looks the handler up here. A re-render then
 * leaves nothing registered behind, however often the index changes.
 */
import { setIcon } from 'obsidian';
import type { DashboardHost } from './host';
import type { DashboardIndex } from './model';
import { noteName } from './model';

/** What the view remembers across renders (and restarts, through the view state). */
export interface UiState {
  filter: string;
  /** Section keys the user folded. */
  folded: Set<string>;
  /** Keys of expanded cards (people's timelines). */
  expanded: Set<string>;
  /** How many entries each list shows ("Show more" raises it). */
  limits: Map<string, number>;
}

export type Handler = (ev: Event) => void;

/** Handlers by element; the root listeners find them with `closest('[data-mi-action]')`. */
export class Actions {
  private readonly handlers = new WeakMap<Element, Handler>();

  bind(el: HTMLElement, handler: Handler): void {
    el.setAttr('data-mi-action', '');
    this.handlers.set(el, handler);
  }

  /** The handler of the nearest actionable element around `target`, inside `root`. */
  find(root: HTMLElement, target: EventTarget | null): { el: HTMLElement; handler: Handler } | null {
    const start = asElement(target);
    const el = start?.closest<HTMLElement>('[data-mi-action]') ?? null;
    if (!el || !root.contains(el)) return null;
    const handler = this.handlers.get(el);
    return handler ? { el, handler } : null;
  }
}

/** Duck-typed so it works for elements of any window (popouts) and in test hosts. */
function asElement(target: EventTarget | null): Element | null {
  if (target && typeof (target as Element).closest === 'function') return target as Element;
  return null;
}

export interface RenderContext {
  host: DashboardHost;
  index: DashboardIndex;
  today: string;
  ui: UiState;
  actions: Actions;
  /** Unique per view, for `id` / `aria-controls` pairs. */
  idPrefix: string;
  /** A fresh element id, unique in the document. */
  uid(): string;
}

/** How many entries a list shows at first, and how many more each "Show more" adds. */
export const PAGE = 25;

/** Make a non-button element act like one: focusable, labelled, Enter/Space run it (handled by the view's root listener). */
export function actionable(ctx: RenderContext, el: HTMLElement, label: string, handler: Handler, role: 'button' | 'link' = 'button'): void {
  el.setAttrs({ role, tabindex: 0, 'aria-label': label });
  el.addClass('mi-actionable');
  ctx.actions.bind(el, handler);
}

export function button(ctx: RenderContext, parent: HTMLElement, text: string, label: string, handler: Handler, cls: string[] = []): HTMLButtonElement {
  const el = parent.createEl('button', { cls: ['mi-button', ...cls], text, attr: { type: 'button', 'aria-label': label } });
  ctx.actions.bind(el, handler);
  return el;
}

/** Mark an element as pointing into a note, for the user (click) and the browser tests (data attributes). */
export function markLocation(el: HTMLElement, path: string, line: number | null): void {
  el.setAttr('data-mi-path', path);
  if (line !== null) el.setAttr('data-mi-line', line);
}

function locationLabel(path: string, line: number | null): string {
  return line !== null ? `Open ${noteName(path)} at line ${line}` : `Open ${noteName(path)}`;
}

/** A row whose main part opens the note at the line. Returns the row; put its text in `main`. */
export function openRow(ctx: RenderContext, parent: HTMLElement, path: string, line: number | null, cls: string[] = []): { row: HTMLElement; main: HTMLElement } {
  const row = parent.createDiv({ cls: ['mi-item', ...cls] });
  markLocation(row, path, line);
  const main = row.createDiv({ cls: 'mi-item-main' });
  actionable(ctx, main, locationLabel(path, line), () => ctx.host.openNote(path, line), 'link');
  return { row, main };
}

/** A link to a note, named by its file name. */
export function noteLink(ctx: RenderContext, parent: HTMLElement, path: string, line: number | null = null, text?: string): HTMLElement {
  const el = parent.createSpan({ cls: 'mi-link', text: text ?? noteName(path), attr: { title: path } });
  markLocation(el, path, line);
  actionable(ctx, el, locationLabel(path, line), () => ctx.host.openNote(path, line), 'link');
  return el;
}

export function emptyState(parent: HTMLElement, text: string): HTMLElement {
  return parent.createDiv({ cls: 'mi-empty', text });
}

/** The empty state: what to do when there is nothing, or that the filter hides everything. */
export function emptyFor(ctx: RenderContext, parent: HTMLElement, whenEmpty: string): HTMLElement {
  const filter = ctx.ui.filter.trim();
  return emptyState(parent, filter ? `Nothing here matches “${filter}”.` : whenEmpty);
}

/**
 * A list that shows `PAGE` entries (or what the user asked for before), and a
 * "Show more" button that renders the next page in place.
 */
export function pagedList<T>(
  ctx: RenderContext,
  parent: HTMLElement,
  key: string,
  items: readonly T[],
  renderItem: (parent: HTMLElement, item: T) => void,
  page = PAGE,
): void {
  let shown = 0;
  const limit = Math.max(page, ctx.ui.limits.get(key) ?? page);
  const showUpTo = (n: number): void => {
    const end = Math.min(n, items.length);
    for (; shown < end; shown++) renderItem(parent, items[shown]);
    const left = items.length - shown;
    if (left <= 0) return;
    const more = button(ctx, parent, `Show more (${left})`, `Show ${Math.min(page, left)} more of ${left}`, () => {
      more.remove();
      ctx.ui.limits.set(key, shown + page);
      showUpTo(shown + page);
    }, ['mi-show-more']);
  };
  showUpTo(limit);
}

/**
 * A section that folds: a header button with the title and a count
 * (`aria-expanded`, `aria-controls`), and a body rendered only while open.
 */
export function section(
  ctx: RenderContext,
  parent: HTMLElement,
  key: string,
  title: string,
  count: number,
  renderBody: (body: HTMLElement) => void,
): HTMLElement {
  const el = parent.createDiv({ cls: 'mi-section', attr: { 'data-mi-section': key } });
  const bodyId = `${ctx.idPrefix}-${key}`;
  const header = el.createEl('button', { cls: 'mi-section-header', attr: { type: 'button', 'aria-controls': bodyId } });
  const chevron = header.createSpan({ cls: 'mi-chevron' });
  setIcon(chevron, 'chevron-right');
  header.createSpan({ cls: 'mi-section-title', text: title });
  header.createSpan({ cls: 'mi-count', text: String(count), attr: { 'data-mi-count': count } });
  const body = el.createDiv({ cls: 'mi-section-body', attr: { id: bodyId, role: 'region', 'aria-label': title } });

  const apply = (open: boolean): void => {
    header.setAttr('aria-expanded', open ? 'true' : 'false');
    header.setAttr('aria-label', `${open ? 'Fold' : 'Unfold'} ${title.toLowerCase()} (${count})`);
    el.toggleClass('is-folded', !open);
    body.empty();
    if (open) renderBody(body);
  };
  ctx.actions.bind(header, () => {
    const open = ctx.ui.folded.has(key);
    if (open) ctx.ui.folded.delete(key);
    else ctx.ui.folded.add(key);
    apply(open);
  });
  apply(!ctx.ui.folded.has(key));
  return el;
}

/**
 * "Also in": the other notes (or lines) that repeat an entry the dashboard
 * lists once, each a link to its line. A copy in the entry's own note is named
 * by its line; one in another note by the note's name and line.
 */
export function copiesLine(ctx: RenderContext, parent: HTMLElement, path: string, copies: readonly { path: string; line: number }[]): HTMLElement | null {
  if (copies.length === 0) return null;
  const el = parent.createDiv({ cls: 'mi-copies', attr: { 'data-mi-copies': copies.length } });
  el.createSpan({ cls: 'mi-copies-label', text: copies.length === 1 ? 'Also written in' : `Also written in ${copies.length} places:` });
  for (const c of copies) {
    const name = c.path === path ? `line ${c.line}` : `${noteName(c.path)}:${c.line}`;
    noteLink(ctx, el, c.path, c.line, name);
  }
  return el;
}

/** A small heading inside a section, with an optional count. */
export function subheading(parent: HTMLElement, text: string, count?: number): HTMLElement {
  const el = parent.createDiv({ cls: 'mi-subheading' });
  el.createSpan({ text });
  if (count !== undefined) el.createSpan({ cls: 'mi-count', text: String(count) });
  return el;
}

/** Muted, secondary text. */
export function meta(parent: HTMLElement, text: string, cls: string[] = []): HTMLElement {
  return parent.createSpan({ cls: ['mi-meta', ...cls], text });
}

/** `1 meeting`, `3 meetings`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
