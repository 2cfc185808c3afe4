// @vitest-environment happy-dom
/**
 * The dashboard view over a host with an in-memory graph: the loading state,
 * live refresh that keeps the previous render until the new one is complete,
 * folds and filter across refreshes, and newer work superseding older.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setup } from 'obsidian-test-mocks/setup';
import { App, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import type { WorkspaceLeaf as LeafOriginal } from 'obsidian';
import type { GraphTask, VaultGraph } from '../../src/core/model';
import { DashboardView } from '../../src/plugin/dashboard/view';
import type { DashboardHost } from '../../src/plugin/dashboard/host';
import { DEFAULT_SETTINGS } from '../../src/plugin/settings';
import { TODAY, fixtureGraph, item, task } from './dashboardFixture';

beforeAll(() => setup());

/** A host whose graph the test swaps, announcing each change as the plugin's index does. */
class TestHost implements DashboardHost {
  current: VaultGraph | null = null;
  private readonly listeners = new Set<() => void>();
  graph = () => this.current;
  onChange(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  today = () => TODAY;
  settings = () => ({ ...DEFAULT_SETTINGS, ownerName: '' });
  openNote = vi.fn();
  setTaskDone = vi.fn((_task: GraphTask, _done: boolean) => Promise.resolve(true));
  normalizeNote = vi.fn();
  dedupe = vi.fn();
  publish(graph: VaultGraph | null): void {
    this.current = graph;
    for (const l of this.listeners) l();
  }
}

let host: TestHost;
let view: DashboardView;

async function open(graph: VaultGraph | null): Promise<void> {
  host = new TestHost();
  host.current = graph;
  const app = App.createConfigured__();
  const leaf = WorkspaceLeaf.create2__(app);
  view = new DashboardView(leaf as unknown as LeafOriginal, host);
  await view.onOpen();
}

const body = () => view.contentEl.querySelector('.mi-body') as HTMLElement;
const section = (key: string) => view.contentEl.querySelector(`[data-mi-section="${key}"]`) as HTMLElement;
const count = (key: string) => Number(section(key)?.querySelector('.mi-count')?.getAttribute('data-mi-count'));
const taskTexts = () => Array.from(view.contentEl.querySelectorAll('.mi-task .mi-task-text')).map((el) => el.textContent);

/** The fixture graph plus one more open task of the owner's. */
function graphWith(text: string): VaultGraph {
  const g = fixtureGraph();
  const extra: GraphTask = task({ path: 'Meetings/2025-10-01 Northwind.md', line: 90, text, owner: 'Robin Vale' });
  g.tasks = [...g.tasks, extra];
  return g;
}

/** A clock on which every step takes 20 ms: each slice then runs exactly one step. */
function slowClock(): void {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += 20));
}

beforeEach(() => vi.useFakeTimers());
afterEach(async () => {
  await view?.onClose();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('dashboard view', () => {
  it('shows the loading state until the plugin has a graph, then the sections', async () => {
    await open(null);
    expect(body().querySelector('.mi-loading')).not.toBeNull();
    host.publish(fixtureGraph());
    await vi.runAllTimersAsync();
    expect(body().querySelector('.mi-loading')).toBeNull();
    expect(count('my-tasks')).toBe(5);
    expect(taskTexts()).toContain('Send the pricing sheet');
  });

  it('shows the loading state while the first index is built, not an empty dashboard', async () => {
    await open(fixtureGraph());
    expect(body().querySelector('.mi-loading')).not.toBeNull();
    expect(section('my-tasks')).toBeNull();
    await vi.runAllTimersAsync();
    expect(count('my-tasks')).toBe(5);
  });

  it('shows a due phrase tied to an event with the day and line the note gives the event', async () => {
    const g = fixtureGraph();
    g.tasks = [
      ...g.tasks,
      task({
        path: 'Meetings/2025-10-01 Northwind.md',
        line: 91,
        text: 'Send the deck before the board meeting',
        owner: 'Robin Vale',
        dueResolved: '2025-10-20',
        dueSource: 'phrase',
        duePhrase: 'before the board meeting',
        dueCertainty: 'likely',
        dueEvent: { name: 'board meeting', date: '2025-10-21', line: 14 },
      }),
    ];
    await open(g);
    await vi.runAllTimersAsync();
    const row = Array.from(view.contentEl.querySelectorAll('.mi-task')).find((el) => el.textContent?.includes('Send the deck')) as HTMLElement;
    const phrase = row.querySelector('.mi-due-phrase') as HTMLElement;
    expect(phrase.textContent).toBe('“before the board meeting”');
    expect(phrase.getAttribute('title')).toBe('The note puts the board meeting on 2025-10-21 (line 14)');
    expect(row.querySelector('.mi-due')?.textContent).toBe('📅 2025-10-20');
  });

  it('with no vault owner known, lists the @Myself tasks under My tasks with the hint above them', async () => {
    const g = fixtureGraph();
    g.owner = null;
    g.tasks = [...g.tasks, task({ path: 'Meetings/2025-10-01 Northwind.md', line: 92, text: 'Book the venue', owner: null, assignee: 'Myself' })];
    await open(g);
    await vi.runAllTimersAsync();
    const mine = section('my-tasks');
    expect(mine.querySelector('.mi-hint')?.textContent).toContain('Vault owner');
    expect(Array.from(mine.querySelectorAll('.mi-task-text')).map((el) => el.textContent)).toContain('Book the venue');
  });

  it('keeps the previous render on screen until the new index is ready', async () => {
    await open(fixtureGraph());
    await vi.runAllTimersAsync();
    const before = body();
    host.publish(graphWith('Call the auditors'));
    // The refresh waits a moment for more changes; the old body stays meanwhile.
    await vi.advanceTimersByTimeAsync(50);
    expect(body()).toBe(before);
    expect(taskTexts()).not.toContain('Call the auditors');
    await vi.runAllTimersAsync();
    expect(body()).not.toBe(before);
    expect(taskTexts()).toContain('Call the auditors');
    expect(count('my-tasks')).toBe(6);
  });

  it('keeps folds and the filter across a live refresh', async () => {
    await open(fixtureGraph());
    await vi.runAllTimersAsync();
    (section('people').querySelector('.mi-section-header') as HTMLElement).click();
    expect(section('people').hasClass('is-folded')).toBe(true);
    const filter = view.contentEl.querySelector('.mi-filter') as HTMLInputElement;
    filter.value = 'pricing';
    filter.dispatchEvent(new Event('input'));
    await vi.runAllTimersAsync();
    expect(count('my-tasks')).toBe(1);

    host.publish(graphWith('Send the pricing appendix'));
    await vi.runAllTimersAsync();
    expect(section('people').hasClass('is-folded')).toBe(true);
    expect(section('accounts').hasClass('is-folded')).toBe(false);
    expect(filter.value).toBe('pricing');
    expect(count('my-tasks')).toBe(2);
    expect(taskTexts()).toEqual(['Send the pricing sheet', 'Send the pricing appendix']);
  });

  it('lets a newer graph supersede an index still being built', async () => {
    await open(fixtureGraph());
    await vi.runAllTimersAsync();
    slowClock();
    host.publish(graphWith('First version'));
    const indexing = () => (view as unknown as { indexRun: unknown }).indexRun !== null;
    while (!indexing()) await vi.advanceTimersToNextTimerAsync();
    host.publish(graphWith('Second version'));
    while (vi.getTimerCount() > 0) {
      await vi.advanceTimersToNextTimerAsync();
      expect(taskTexts()).not.toContain('First version');
    }
    expect(taskTexts()).toContain('Second version');
    expect(taskTexts()).not.toContain('First version');
    expect(count('my-tasks')).toBe(6);
  });

  it('clears the filter with Escape and shows everything again', async () => {
    await open(fixtureGraph());
    await vi.runAllTimersAsync();
    const filter = view.contentEl.querySelector('.mi-filter') as HTMLInputElement;
    filter.value = 'venue';
    filter.dispatchEvent(new Event('input'));
    await vi.runAllTimersAsync();
    expect(count('waiting-on')).toBe(1);
    expect(count('my-tasks')).toBe(0);
    filter.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await vi.runAllTimersAsync();
    expect(filter.value).toBe('');
    expect(count('my-tasks')).toBe(5);
    expect(count('waiting-on')).toBe(4);
  });

  it('works in slices: each slice runs one step when a step outlasts the budget', async () => {
    await open(fixtureGraph());
    await vi.runAllTimersAsync();
    const before = body();
    slowClock();
    view.refresh();
    let slices = 0;
    while (vi.getTimerCount() > 0) {
      await vi.advanceTimersToNextTimerAsync();
      slices++;
      if (body() === before) expect(section('my-tasks')).not.toBeNull();
    }
    // The index, then each of the seven sections, in slices of their own.
    expect(slices).toBeGreaterThan(7);
    expect(body()).not.toBe(before);
    expect(count('my-tasks')).toBe(5);
  });

  it('draws again when a fold is clicked while a new body is being drawn', async () => {
    await open(fixtureGraph());
    await vi.runAllTimersAsync();
    slowClock();
    host.publish(graphWith('Call the auditors'));
    const drawing = () => (view as unknown as { showRun: unknown }).showRun !== null;
    while (!drawing()) await vi.advanceTimersToNextTimerAsync();
    // Fold a section of the body on screen, which the body being drawn does not know.
    (section('decisions').querySelector('.mi-section-header') as HTMLElement).click();
    await vi.runAllTimersAsync();
    expect(section('decisions').hasClass('is-folded')).toBe(true);
    expect(taskTexts()).toContain('Call the auditors');
  });

  it('lists a task repeated in two notes of one meeting once, with a link to the other copy', async () => {
    const g = fixtureGraph();
    g.tasks = [
      ...g.tasks,
      task({ path: 'Meetings/2025-10-01 Northwind (transcript).md', line: 8, text: 'Send pricing sheet', owner: 'Robin Vale', meetingId: 'm1', due: '2025-10-08' }),
    ];
    await open(g);
    await vi.runAllTimersAsync();
    expect(taskTexts().filter((t) => t?.includes('pricing sheet'))).toEqual(['Send the pricing sheet']);
    const row = Array.from(view.contentEl.querySelectorAll('.mi-task')).find((el) => el.textContent?.includes('Send the pricing sheet')) as HTMLElement;
    const copies = row.querySelector('.mi-copies') as HTMLElement;
    expect(copies).not.toBeNull();
    expect(copies.querySelector('.mi-copies-label')?.textContent).toBe('Also written in');
    const link = copies.querySelector('.mi-link') as HTMLElement;
    expect(link.textContent).toBe('2025-10-01 Northwind (transcript):8');
    expect(link.getAttribute('role')).toBe('link');
    expect(link.getAttribute('aria-label')).toBe('Open 2025-10-01 Northwind (transcript) at line 8');
    link.click();
    expect(host.openNote).toHaveBeenCalledWith('Meetings/2025-10-01 Northwind (transcript).md', 8);
  });

  it('lists a decision repeated in two notes of one meeting once, with a link to the other copy', async () => {
    const g = fixtureGraph();
    g.items = [...g.items, item({ path: 'Meetings/2025-10-01 Northwind (transcript).md', line: 40, kind: 'decision', text: 'Renew for 2 years', meetingId: 'm1' })];
    g.duplicates = [
      ...g.duplicates,
      {
        kind: 'decision',
        confidence: 0.9,
        scope: 'meeting',
        canonical: { path: 'Meetings/2025-10-01 Northwind.md', line: 30 },
        members: [
          { path: 'Meetings/2025-10-01 Northwind.md', line: 30, text: 'Renew for two years' },
          { path: 'Meetings/2025-10-01 Northwind (transcript).md', line: 40, text: 'Renew for 2 years' },
        ],
        reasons: [],
      },
    ];
    await open(g);
    await vi.runAllTimersAsync();
    const decisions = Array.from(section('decisions').querySelectorAll('.mi-decision'));
    expect(decisions.map((el) => el.querySelector('.mi-item-text')?.textContent)).toEqual(['Pilot starts in November', 'Renew for two years']);
    const copy = decisions[1].querySelector('.mi-copies .mi-link') as HTMLElement;
    expect(copy.getAttribute('data-mi-path')).toBe('Meetings/2025-10-01 Northwind (transcript).md');
    expect(copy.getAttribute('data-mi-line')).toBe('40');
  });

  it('puts the checkbox back when the host could not change the note', async () => {
    await open(fixtureGraph());
    await vi.runAllTimersAsync();
    host.setTaskDone.mockImplementation(() => Promise.resolve(false));
    const row = Array.from(view.contentEl.querySelectorAll('.mi-task')).find((el) => el.textContent?.includes('Tidy the backlog')) as HTMLElement;
    const check = row.querySelector('input[type="checkbox"]') as HTMLInputElement;
    // As a click does in a browser: the box is ticked, then "change" bubbles.
    check.checked = true;
    check.dispatchEvent(new Event('change', { bubbles: true }));
    expect(check.disabled).toBe(true);
    await vi.runAllTimersAsync();
    expect(host.setTaskDone).toHaveBeenCalledTimes(1);
    expect(check.checked).toBe(false);
    expect(check.disabled).toBe(false);
    expect(row.hasClass('is-done')).toBe(false);
  });

  it('moves keyboard focus to the next task when the focused one is ticked off the list', async () => {
    await open(fixtureGraph());
    view.contentEl.ownerDocument.body.appendChild(view.containerEl);
    await vi.runAllTimersAsync();
    const checkbox = (label: string) => view.contentEl.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement;
    checkbox('Mark done: Book the follow-up').focus();
    expect(view.contentEl.ownerDocument.activeElement).toBe(checkbox('Mark done: Book the follow-up'));
    const g = fixtureGraph();
    g.tasks = g.tasks.map((t) => (t.text === 'Book the follow-up' ? { ...t, status: 'x', statusType: 'done', open: false } : t));
    host.publish(g);
    await vi.runAllTimersAsync();
    expect(taskTexts()).not.toContain('Book the follow-up');
    expect(view.contentEl.ownerDocument.activeElement?.getAttribute('aria-label')).toBe('Mark done: Draft the rollout plan');
    view.containerEl.remove();
  });
});
