/**
 * The sidebar dashboard: what I owe, what I am owed, what we decided, and
 * what is broken in the notes.
 *
 * The view holds no business logic: `model.ts` computes the sections, the
 * renderers in `sections/` draw them, and every action goes through the host.
 * On "index changed" it re-renders into the same container, keeping the
 * scroll position, the folds, the pages shown and the filter text.
 *
 * Nothing vault-sized runs in one go. Indexing the graph, filtering it and
 * drawing the sections are steps run in time slices (`slices.ts`); the new
 * body is built detached and swapped in when complete, so until then the
 * previous render stays on screen and usable. A newer graph supersedes an
 * index still being built; a newer filter supersedes a filter still running.
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import type { VaultGraph } from '../../core/model';
import { Actions, type RenderContext, type UiState, emptyState } from './dom';
import { DASHBOARD_VIEW_TYPE, type DashboardHost } from './host';
import { type DashboardIndex, type DashboardModel, filterDashboardSteps, indexDashboardSteps } from './model';
import { renderAccounts } from './sections/accounts';
import { renderHealth } from './sections/health';
import { renderDecisions, renderMeetings } from './sections/meetings';
import { renderPeople } from './sections/people';
import { renderMyTasks, renderWaitingOn } from './sections/tasks';
import { type SlicedRun, runInSlices } from './slices';
import type { Steps } from './steps';

/** How long to wait after the index or the filter changes before drawing again. */
const REFRESH_DELAY_MS = 120;
const FILTER_DELAY_MS = 150;

let viewCount = 0;

/** The sections, top to bottom; each is drawn in a step of its own. */
const SECTIONS: ((ctx: RenderContext, parent: HTMLElement, model: DashboardModel) => void)[] = [
  renderMyTasks,
  renderWaitingOn,
  renderPeople,
  renderAccounts,
  renderMeetings,
  renderDecisions,
  renderHealth,
];

/** What the index was built from: a new graph, day or owner means a new index. */
interface IndexKey {
  graph: VaultGraph;
  today: string;
  owner: string;
}

function sameKey(a: IndexKey | null, b: IndexKey): boolean {
  return a !== null && a.graph === b.graph && a.today === b.today && a.owner === b.owner;
}

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
  /** The latest index built; while a newer one is being built, filters still apply to it. */
  private index: DashboardIndex | null = null;
  private indexKey: IndexKey | null = null;
  /** The index being built, and for what. */
  private indexRun: { key: IndexKey; run: SlicedRun } | null = null;
  /** The filtering and drawing in progress. */
  private showRun: SlicedRun | null = null;
  /** What the body shows now; null while it shows the loading state. */
  private shown: { index: DashboardIndex; filter: string; model: DashboardModel } | null = null;
  /** Counts clicks and keys on the dashboard's controls: a body drawn across one is redrawn. */
  private interactions = 0;
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
      this.interactions++;
      hit.handler(ev);
    });
    this.registerDomEvent(root, 'change', (ev: Event) => {
      const hit = this.actions.find(root, ev.target);
      if (!hit || hit.el.tagName !== 'INPUT') return;
      this.interactions++;
      hit.handler(ev);
    });
    this.registerDomEvent(root, 'keydown', (ev: KeyboardEvent) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const hit = this.actions.find(root, ev.target);
      // Buttons and checkboxes already answer Enter/Space themselves.
      if (!hit || hit.el.tagName === 'BUTTON' || hit.el.tagName === 'INPUT' || hit.el !== ev.target) return;
      ev.preventDefault();
      this.interactions++;
      hit.handler(ev);
    });

    this.register(this.host.onChange(() => this.scheduleRefresh()));
    this.register(() => this.stopAll());
    this.showLoading();
    this.update();
  }

  override async onClose(): Promise<void> {
    this.stopAll();
    this.shown = null;
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
    // Folds and expanded cards may differ from what is drawn: draw again, whatever else changed.
    if (this.bodyEl) this.update(true);
  }

  /** Index and draw again (the host may call this after settings change). */
  refresh(): void {
    this.indexKey = null;
    this.update();
  }

  private scheduleRefresh(): void {
    // An index still being built for an older graph is of no use any more.
    if (this.indexRun && this.indexRun.key.graph !== this.host.graph()) {
      this.indexRun.run.cancel();
      this.indexRun = null;
    }
    if (this.refreshTimer !== null) return;
    this.refreshTimer = window.setTimeout(() => {
      this.refreshTimer = null;
      this.update();
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
      this.update();
      this.app.workspace.requestSaveLayout();
    };
    if (now) apply();
    else this.filterTimer = window.setTimeout(apply, FILTER_DELAY_MS);
  }

  private stopAll(): void {
    if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    if (this.filterTimer !== null) window.clearTimeout(this.filterTimer);
    this.refreshTimer = null;
    this.filterTimer = null;
    this.indexRun?.run.cancel();
    this.indexRun = null;
    this.showRun?.cancel();
    this.showRun = null;
  }

  /**
   * Bring the body up to date with the graph, the day, the owner and the
   * filter: index in slices when one of the first three changed, then filter
   * and draw in slices. `redraw` draws even when nothing changed (folds came
   * from a saved state).
   */
  private update(redraw = false): void {
    if (!this.bodyEl) return;
    const graph = this.host.graph();
    if (!graph) {
      // The plugin's own index is still being built; it says "changed" when ready.
      this.indexRun?.run.cancel();
      this.indexRun = null;
      this.showRun?.cancel();
      this.showRun = null;
      this.showLoading();
      return;
    }
    const key: IndexKey = { graph, today: this.host.today(), owner: this.host.settings().ownerName.trim() };
    if (!sameKey(this.indexKey, key)) {
      // A newer graph supersedes an index still being built for an older one.
      if (!this.indexRun || !sameKey(this.indexRun.key, key)) this.buildIndex(key);
      // Meanwhile a new filter (or a redraw) applies to the index already there, if any.
      if (this.index && (redraw || this.shown?.filter !== this.ui.filter)) this.show(this.index);
      return;
    }
    this.indexRun?.run.cancel();
    this.indexRun = null;
    const index = this.index;
    if (!index) return;
    if (redraw || !this.shown || this.shown.index !== index || this.shown.filter !== this.ui.filter) this.show(index);
  }

  private buildIndex(key: IndexKey): void {
    this.indexRun?.run.cancel();
    const run = runInSlices(indexDashboardSteps(key.graph, key.today, key.owner || null), (index) => {
      this.indexRun = null;
      this.index = index;
      this.indexKey = key;
      this.show(index);
    });
    this.indexRun = { key, run };
  }

  /** Filter and draw `index` in slices, then swap the new body in. Supersedes a showing still in progress. */
  private show(index: DashboardIndex): void {
    this.showRun?.cancel();
    const filter = this.ui.filter;
    const interactions = this.interactions;
    this.showRun = runInSlices(this.showSteps(index, filter), ({ model, body }) => {
      this.showRun = null;
      // A fold or "Show more" clicked while drawing is not in the new body: draw it again.
      if (this.interactions !== interactions) {
        this.show(index);
        return;
      }
      this.swap(body);
      this.shown = { index, filter, model };
    });
  }

  private *showSteps(index: DashboardIndex, filter: string): Steps<{ model: DashboardModel; body: HTMLElement }> {
    const model = yield* filterDashboardSteps(index, filter);
    const body = yield* this.drawSteps(index, model);
    return { model, body };
  }

  /** The sections for `model`, in a detached body, one section per step. */
  private *drawSteps(index: DashboardIndex, model: DashboardModel): Steps<HTMLElement> {
    const body = createDiv({ cls: 'mi-body' });
    const ctx: RenderContext = {
      host: this.host,
      index,
      today: index.today,
      ui: this.ui,
      actions: this.actions,
      idPrefix: this.idPrefix,
      uid: () => `${this.idPrefix}-${++this.idCounter}`,
    };
    for (const draw of SECTIONS) {
      draw(ctx, body, model);
      yield;
    }
    return body;
  }

  private showLoading(): void {
    if (!this.bodyEl || (this.shown === null && this.bodyEl.querySelector('.mi-loading'))) return;
    const body = createDiv({ cls: 'mi-body' });
    emptyState(body, 'Indexing your meeting notes…').addClass('mi-loading');
    this.swap(body);
    this.shown = null;
  }

  /** Put a new body in place of the old; the scroll position and keyboard focus survive. */
  private swap(body: HTMLElement): void {
    const old = this.bodyEl;
    if (!old) return;
    const scroller = this.contentEl;
    const scrollTop = scroller.scrollTop;
    const focused = this.focusKey();
    old.replaceWith(body);
    this.bodyEl = body;
    // Setting the scroll position lays the new body out at once; at the top there is nothing to keep.
    if (scrollTop > 0) scroller.scrollTop = scrollTop;
    if (focused) this.restoreFocus(body, focused);
  }

  /**
   * Something to find the focused control again after a re-render: its section,
   * its label, and its place among the section's controls of its kind (so when
   * it is gone — the task just ticked off the list — the next one takes focus).
   */
  private focusKey(): FocusKey | null {
    const active = this.contentEl.doc.activeElement;
    if (!active || !this.bodyEl || !this.bodyEl.contains(active)) return null;
    const label = active.getAttribute('aria-label');
    const sectionEl = active.closest('[data-mi-section]');
    const section = sectionEl?.getAttribute('data-mi-section');
    if (!label || !sectionEl || !section) return null;
    const kind = controlKind(active);
    const position = controlsOf(sectionEl, kind).indexOf(active as HTMLElement);
    return { section, label, kind, position };
  }

  private restoreFocus(body: HTMLElement, key: FocusKey): void {
    const sectionEl = body.querySelector(`[data-mi-section="${key.section}"]`);
    if (!sectionEl) return;
    const all = Array.from(sectionEl.querySelectorAll<HTMLElement>('[aria-label]'));
    const same = all.find((el) => el.getAttribute('aria-label') === key.label);
    if (same) {
      same.focus();
      return;
    }
    const peers = controlsOf(sectionEl, key.kind);
    const next = peers.length > 0 && key.position >= 0 ? peers[Math.min(key.position, peers.length - 1)] : null;
    // Nothing of its kind is left (the last task ticked): the section's header keeps the keyboard there.
    (next ?? sectionEl.querySelector<HTMLElement>('.mi-section-header'))?.focus();
  }
}

interface FocusKey {
  section: string;
  label: string;
  kind: string;
  position: number;
}

/** What sort of control an element is: a checkbox, a row link, a button with a class… */
function controlKind(el: Element): string {
  return `${el.tagName}|${el.getAttribute('role') ?? ''}|${el.getAttribute('type') ?? ''}|${el.classList.contains('mi-item-main') ? 'row' : ''}`;
}

function controlsOf(sectionEl: Element, kind: string): HTMLElement[] {
  return Array.from(sectionEl.querySelectorAll<HTMLElement>('[aria-label]')).filter((el) => controlKind(el) === kind);
}
