/**
 * The sidebar dashboard: what I owe, what I am owed, what we decided, and
 * what is broken in the notes.
 *
 * The view holds no business logic: `model.ts` computes the sections, the
 * renderers in `sections/` draw them, and every action goes through the host.
 * On "index changed" it re-renders into the same container, keeping the
 * scroll position, the folds, the pages shown and the filter text.
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { Actions, type RenderContext, type UiState, emptyState } from './dom';
import { DASHBOARD_VIEW_TYPE, type DashboardHost } from './host';
import { type DashboardIndex, filterDashboard, indexDashboard } from './model';
import { renderAccounts } from './sections/accounts';
import { renderHealth } from './sections/health';
import { renderDecisions, renderMeetings } from './sections/meetings';
import { renderPeople } from './sections/people';
import { renderMyTasks, renderWaitingOn } from './sections/tasks';

/** How long to wait after the index or the filter changes before drawing again. */
const REFRESH_DELAY_MS = 120;
const FILTER_DELAY_MS = 150;

let viewCount = 0;

/** The part of the view state kept in the workspace (so restarts remember it). */
interface PersistedState {
  filter?: unknown;
  folded?: unknown;
  expanded?: unknown;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export class DashboardView extends ItemView {
  private readonly host: DashboardHost;
  private readonly ui: UiState = { filter: '', folded: new Set(), expanded: new Set(), limits: new Map() };
  private readonly actions = new Actions();
  private readonly idPrefix = `mi-dash-${++viewCount}`;
  private idCounter = 0;
  private index: DashboardIndex | null = null;
  private indexKey: { graph: unknown; today: string; owner: string } | null = null;
  private bodyEl: HTMLElement | null = null;
  private filterEl: HTMLInputElement | null = null;
  private refreshTimer: number | null = null;
  private filterTimer: number | null = null;

  constructor(leaf: WorkspaceLeaf, host: DashboardHost) {
    super(leaf);
    this.host = host;
  }

  getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Meeting dashboard';
  }

  override getIcon(): string {
    return 'layout-dashboard';
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass('mi-dashboard');

    const toolbar = root.createDiv({ cls: 'mi-toolbar' });
    this.filterEl = toolbar.createEl('input', {
      cls: 'mi-filter',
      attr: { type: 'search', placeholder: 'Filter by text, person or account', 'aria-label': 'Filter the dashboard', spellcheck: 'false' },
    });
    this.filterEl.value = this.ui.filter;
    this.bodyEl = root.createDiv({ cls: 'mi-body' });

    this.registerDomEvent(this.filterEl, 'input', () => this.onFilterInput());
    this.registerDomEvent(this.filterEl, 'keydown', (ev: KeyboardEvent) => {
      if (ev.key === 'Escape' && this.filterEl && this.filterEl.value !== '') {
        ev.preventDefault();
        this.filterEl.value = '';
        this.onFilterInput(true);
      }
    });
    // One listener each for the whole view; see `Actions` in dom.ts.
    this.registerDomEvent(root, 'click', (ev: MouseEvent) => {
      const hit = this.actions.find(root, ev.target);
      if (!hit || hit.el.tagName === 'INPUT') return;
      ev.preventDefault();
      hit.handler(ev);
    });
    this.registerDomEvent(root, 'change', (ev: Event) => {
      const hit = this.actions.find(root, ev.target);
      if (hit && hit.el.tagName === 'INPUT') hit.handler(ev);
    });
    this.registerDomEvent(root, 'keydown', (ev: KeyboardEvent) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const hit = this.actions.find(root, ev.target);
      // Buttons and checkboxes already answer Enter/Space themselves.
      if (!hit || hit.el.tagName === 'BUTTON' || hit.el.tagName === 'INPUT' || hit.el !== ev.target) return;
      ev.preventDefault();
      hit.handler(ev);
    });

    this.register(this.host.onChange(() => this.scheduleRefresh()));
    this.register(() => this.clearTimers());
    this.render();
  }

  override async onClose(): Promise<void> {
    this.clearTimers();
    this.contentEl.empty();
    this.bodyEl = null;
    this.filterEl = null;
  }

  override getState(): Record<string, unknown> {
    return {
      ...super.getState(),
      filter: this.ui.filter,
      folded: [...this.ui.folded],
      expanded: [...this.ui.expanded],
    };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const s = (state && typeof state === 'object' ? state : {}) as PersistedState;
    if (typeof s.filter === 'string') this.ui.filter = s.filter;
    if (s.folded !== undefined) this.ui.folded = new Set(stringList(s.folded));
    if (s.expanded !== undefined) this.ui.expanded = new Set(stringList(s.expanded));
    if (this.filterEl) this.filterEl.value = this.ui.filter;
    await super.setState(state, result);
    if (this.bodyEl) this.render();
  }

  /** Draw again now (the host may call this after settings change). */
  refresh(): void {
    this.index = null;
    this.render();
  }

  private scheduleRefresh(): void {
    this.index = null;
    if (this.refreshTimer !== null) return;
    this.refreshTimer = window.setTimeout(() => {
      this.refreshTimer = null;
      this.render();
    }, REFRESH_DELAY_MS);
  }

  private onFilterInput(now = false): void {
    if (this.filterTimer !== null) window.clearTimeout(this.filterTimer);
    this.filterTimer = null;
    const apply = (): void => {
      this.filterTimer = null;
      const value = this.filterEl?.value ?? '';
      if (value === this.ui.filter) return;
      this.ui.filter = value;
      // A new filter starts every list at its first page.
      this.ui.limits.clear();
      this.render();
      this.app.workspace.requestSaveLayout();
    };
    if (now) apply();
    else this.filterTimer = window.setTimeout(apply, FILTER_DELAY_MS);
  }

  private clearTimers(): void {
    if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    if (this.filterTimer !== null) window.clearTimeout(this.filterTimer);
    this.refreshTimer = null;
    this.filterTimer = null;
  }

  /** The index for the current graph, day and owner; rebuilt only when one of them changed. */
  private currentIndex(): DashboardIndex | null {
    const graph = this.host.graph();
    if (!graph) return null;
    const today = this.host.today();
    const owner = this.host.settings().ownerName.trim();
    const k = this.indexKey;
    if (!this.index || !k || k.graph !== graph || k.today !== today || k.owner !== owner) {
      this.index = indexDashboard(graph, today, owner || null);
      this.indexKey = { graph, today, owner };
    }
    return this.index;
  }

  private render(): void {
    const old = this.bodyEl;
    if (!old) return;
    const scroller = this.contentEl;
    const scrollTop = scroller.scrollTop;

    // Build the new body detached, then swap: no flash of an empty view, and the scroll position survives.
    const body = createDiv({ cls: 'mi-body' });
    const index = this.currentIndex();
    if (!index) {
      emptyState(body, 'Indexing your meeting notes…').addClass('mi-loading');
    } else {
      const ctx: RenderContext = {
        host: this.host,
        index,
        today: index.today,
        ui: this.ui,
        actions: this.actions,
        idPrefix: this.idPrefix,
        uid: () => `${this.idPrefix}-${++this.idCounter}`,
      };
      const model = filterDashboard(index, this.ui.filter);
      renderMyTasks(ctx, body, model);
      renderWaitingOn(ctx, body, model);
      renderPeople(ctx, body, model);
      renderAccounts(ctx, body, model);
      renderMeetings(ctx, body, model);
      renderDecisions(ctx, body, model);
      renderHealth(ctx, body, model);
    }

    // Keep keyboard focus on the same control when it is re-created.
    const focused = this.focusKey();
    old.replaceWith(body);
    this.bodyEl = body;
    scroller.scrollTop = scrollTop;
    if (focused) this.restoreFocus(body, focused);
  }

  /** Something to find the focused control again after a re-render: its section and label. */
  private focusKey(): { section: string; label: string } | null {
    const active = this.contentEl.doc.activeElement;
    if (!active || !this.bodyEl || !this.bodyEl.contains(active)) return null;
    const label = active.getAttribute('aria-label');
    const section = active.closest('[data-mi-section]')?.getAttribute('data-mi-section');
    return label && section ? { section, label } : null;
  }

  private restoreFocus(body: HTMLElement, key: { section: string; label: string }): void {
    const sectionEl = body.querySelector(`[data-mi-section="${key.section}"]`);
    if (!sectionEl) return;
    for (const el of Array.from(sectionEl.querySelectorAll<HTMLElement>('[aria-label]'))) {
      if (el.getAttribute('aria-label') === key.label) {
        el.focus();
        return;
      }
    }
  }
}
