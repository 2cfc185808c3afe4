// @vitest-environment happy-dom
/**
 * The live index the way real vaults and real editing behave: bursts of saves,
 * several notes edited at once, files and folders renamed, moved into and out
 * of excluded folders, deleted; events that arrive while the first build is
 * still running; caches left by another plugin version or by a file whose size
 * changed under the same mtime; files that cannot be read or are too large; an
 * empty vault; the plugin unloaded in the middle of a build.
 *
 * The mocks keep every TFile's `stat` at zero and never update it, and rename a
 * folder with one event for the folder alone (Obsidian also sends one per file
 * inside). The harness stamps `stat` itself before each write, the way Obsidian
 * does, and the index must cope with either kind of folder rename.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setup } from 'obsidian-test-mocks/setup';
import { App } from 'obsidian-test-mocks/obsidian';
import { TFile, TFolder, type App as AppOriginal, type EventRef } from 'obsidian';
import { VaultIndex } from '../../src/plugin/index';
import { NO_CACHE, openIndexCache, type CacheEntry, type IndexCache } from '../../src/plugin/cache';
import type { VaultGraph } from '../../src/core/model';
import { analyseFile } from '../../src/core/graph/build';
import { MAX_NOTE_BYTES } from '../../src/core/limits';

beforeAll(() => setup());
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

const NOTE = (who: string, task: string) =>
  `---\ntype: people\ndate: 2026-03-04\nparticipants: [Noor Haddad, ${who}]\nsource_ref: /Users/noor.haddad/x.md\n---\n## Action Items\n- [ ] ${task} @${who} 📅 2026-03-11\n`;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The IndexedDB cache's contract, kept in memory; it refuses writes after close as the real one cannot make them. */
class MemoryCache implements IndexCache {
  readonly store = new Map<string, CacheEntry>();
  closed = false;
  writesAfterClose = 0;
  load() {
    return Promise.resolve(new Map([...this.store].map(([k, v]) => [k, structuredClone(v)])));
  }
  save(changed: readonly CacheEntry[], removed: readonly string[]) {
    if (this.closed) {
      this.writesAfterClose++;
      return Promise.resolve();
    }
    for (const e of changed) this.store.set(e.path, structuredClone(e));
    for (const p of removed) this.store.delete(p);
    return Promise.resolve();
  }
  close() {
    this.closed = true;
  }
}

interface Options {
  cache?: MemoryCache;
  version?: string;
  excluded?: () => string[];
  /** Opening the cache waits for this (an IndexedDB open that takes its time). */
  cacheOpens?: Promise<void>;
}

let clock = 1_000;

/** A vault, an index watching it, and the tools to edit it as Obsidian would. */
function harness(files: Record<string, string>, options: Options = {}) {
  const app: AppOriginal = App.createConfigured__({ files }).asOriginalType__();
  for (const f of app.vault.getFiles()) f.stat = { ctime: 1, mtime: 1_000, size: bytes(files[f.path] ?? '') };
  const cache = options.cache ?? new MemoryCache();
  const index = new VaultIndex(app, {
    version: options.version ?? '2.0.0',
    cache: async () => {
      await options.cacheOpens;
      return cache;
    },
    graphOptions: () => ({}),
    excluded: options.excluded ?? (() => ['Templates']),
  });
  const refs: EventRef[] = [];
  index.watch((ref) => refs.push(ref));
  const graphs: VaultGraph[] = [];
  index.on('changed', () => {
    const g = index.graph();
    if (g) graphs.push(g);
  });
  const readFromDisk = app.vault.cachedRead.bind(app.vault);
  const reads = vi.spyOn(app.vault, 'cachedRead');
  const file = (path: string) => {
    const f = app.vault.getAbstractFileByPath(path);
    if (!(f instanceof TFile)) throw new Error(`${path} is missing`);
    return f;
  };
  const stamp = (f: TFile, text: string) => {
    f.stat = { ctime: f.stat.ctime, mtime: ++clock, size: bytes(text) };
  };
  return {
    app,
    index,
    cache,
    graphs,
    reads,
    readFromDisk,
    file,
    readsOf: (path: string) => reads.mock.calls.filter(([f]) => f.path === path).length,
    async edit(path: string, text: string) {
      const f = file(path);
      stamp(f, text);
      await app.vault.modify(f, text);
    },
    async create(path: string, text: string) {
      const f = await app.vault.create(path, text);
      stamp(f, text);
      return f;
    },
    taskTexts: () => (index.graph()?.tasks.map((t) => t.text) ?? []).sort(),
    taskPaths: () => [...new Set(index.graph()?.tasks.map((t) => t.path))].sort(),
    /** Forget what the build did, to count what one change does. */
    reset() {
      reads.mockClear();
      graphs.length = 0;
    },
    unwatch: () => refs.forEach((r) => app.vault.offref(r)),
  };
}

type Harness = ReturnType<typeof harness>;

async function built(h: Harness): Promise<Harness> {
  const building = h.index.build();
  await vi.runAllTimersAsync();
  await building;
  h.reset();
  return h;
}

const settle = () => vi.runAllTimersAsync();

/** Hold the reading of one file until released: a build caught halfway through. */
function holdRead(h: Harness, path: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  h.reads.mockImplementation(async (f: TFile) => {
    if (f.path === path) await gate;
    return h.readFromDisk(f);
  });
  return release;
}

const THREE = {
  'Meetings/a.md': NOTE('Ana Ferreira', 'Send the deck'),
  'Meetings/b.md': NOTE('Bo Lind', 'Book the room'),
  'Meetings/c.md': NOTE('Cy Obi', 'Call the vendor'),
};

describe('VaultIndex in a real vault', () => {
  it('re-analyses a note once and says "changed" once for a burst of saves', async () => {
    const h = await built(harness(THREE));
    for (let i = 1; i <= 6; i++) {
      await h.edit('Meetings/a.md', NOTE('Ana Ferreira', `Send the deck v${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    await settle();
    expect(h.readsOf('Meetings/a.md')).toBe(1);
    expect(h.graphs).toHaveLength(1);
    expect(h.taskTexts()).toEqual(['Book the room', 'Call the vendor', 'Send the deck v6']);
  });

  it('still updates during saves that never fall quiet (a sync pouring in changes)', async () => {
    const h = await built(harness(THREE));
    for (let i = 1; i <= 25; i++) {
      await h.edit('Meetings/a.md', NOTE('Ana Ferreira', `Send the deck v${i}`));
      await vi.advanceTimersByTimeAsync(200);
    }
    // Five seconds of saves 200 ms apart: the graph has followed along, not waited for the end.
    expect(h.graphs.length).toBeGreaterThanOrEqual(2);
    expect(h.taskTexts().find((t) => t.startsWith('Send the deck v'))).not.toBe('Send the deck v1');
    await settle();
    expect(h.taskTexts()).toContain('Send the deck v25');
  });

  it('a note saved again while it is being read is read again after a restart, not cached with the newer mtime', async () => {
    const h = await built(harness(THREE));
    // The read takes the text as it is when it starts, and returns it only later.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    h.reads.mockImplementation(async (f: TFile) => {
      const text = await h.readFromDisk(f);
      await gate;
      return text;
    });
    await h.edit('Meetings/a.md', NOTE('Ana Ferreira', 'Send the first draft'));
    await vi.advanceTimersByTimeAsync(400);
    // The first draft is being read; the second lands on disk before the read returns, and the index is closed.
    const second = NOTE('Ana Ferreira', 'Send the second draft');
    const f = h.file('Meetings/a.md');
    f.stat = { ctime: 1, mtime: ++clock, size: bytes(second) };
    await h.app.vault.adapter.write(f.path, second);
    release();
    await settle();
    await h.index.close();

    const restarted = harness({ ...THREE, 'Meetings/a.md': second }, { cache: h.cache });
    restarted.file('Meetings/a.md').stat = { ...f.stat };
    const after = await built(restarted);
    expect(after.taskTexts()).toContain('Send the second draft');
  });

  it('takes edits to several notes in one burst as one change', async () => {
    const h = await built(harness(THREE));
    await h.edit('Meetings/a.md', NOTE('Ana Ferreira', 'Send the new deck'));
    await vi.advanceTimersByTimeAsync(120);
    await h.edit('Meetings/b.md', NOTE('Bo Lind', 'Book the bigger room'));
    await vi.advanceTimersByTimeAsync(120);
    await h.edit('Meetings/c.md', NOTE('Cy Obi', 'Call the other vendor'));
    await settle();
    expect(h.reads).toHaveBeenCalledTimes(3);
    expect(h.graphs).toHaveLength(1);
    expect(h.taskTexts()).toEqual(['Book the bigger room', 'Call the other vendor', 'Send the new deck']);
  });

  it('says nothing when a save leaves the text as it was', async () => {
    const h = await built(harness(THREE));
    await h.edit('Meetings/a.md', THREE['Meetings/a.md']);
    await settle();
    expect(h.readsOf('Meetings/a.md')).toBe(1);
    expect(h.graphs).toHaveLength(0);
  });

  it('moves a renamed note to its new path without a moment where it is missing', async () => {
    const h = await built(harness(THREE));
    await h.app.vault.rename(h.file('Meetings/a.md'), 'Meetings/2026-03-04 Ana.md');
    await settle();
    expect(h.taskPaths()).toEqual(['Meetings/2026-03-04 Ana.md', 'Meetings/b.md', 'Meetings/c.md']);
    expect(h.graphs.length).toBeGreaterThan(0);
    for (const g of h.graphs) expect(g.tasks).toHaveLength(3);
    await h.index.close();
    expect([...h.cache.store.keys()].sort()).toEqual(['Meetings/2026-03-04 Ana.md', 'Meetings/b.md', 'Meetings/c.md']);
  });

  it('follows a renamed folder: every note inside moves, none stays behind', async () => {
    const h = await built(harness({ ...THREE, 'Meetings/2026/d.md': NOTE('Di Chen', 'Draft the brief'), 'Other/e.md': NOTE('Ed Park', 'Email the board') }));
    const folder = h.app.vault.getAbstractFileByPath('Meetings');
    if (!(folder instanceof TFolder)) throw new Error('Meetings folder is missing');
    await h.app.vault.rename(folder, 'Calls');
    await settle();
    expect(h.taskPaths()).toEqual(['Calls/2026/d.md', 'Calls/a.md', 'Calls/b.md', 'Calls/c.md', 'Other/e.md']);
    await h.index.close();
    expect([...h.cache.store.keys()].sort()).toEqual(['Calls/2026/d.md', 'Calls/a.md', 'Calls/b.md', 'Calls/c.md', 'Other/e.md']);
  });

  it('settles a renamed folder once when Obsidian also sends a rename for each note inside', async () => {
    const h = await built(harness(THREE));
    const folder = h.app.vault.getAbstractFileByPath('Meetings');
    if (!(folder instanceof TFolder)) throw new Error('Meetings folder is missing');
    const children = folder.children.filter((c): c is TFile => c instanceof TFile);
    await h.app.vault.rename(folder, 'Calls');
    for (const child of children) h.app.vault.trigger('rename', child, child.path.replace(/^Calls\//, 'Meetings/'));
    await settle();
    expect(h.taskPaths()).toEqual(['Calls/a.md', 'Calls/b.md', 'Calls/c.md']);
    expect(h.reads).toHaveBeenCalledTimes(3);
    expect(h.graphs).toHaveLength(1);
  });

  it('drops a deleted note, and every note of a deleted folder', async () => {
    const h = await built(harness({ ...THREE, 'Other/e.md': NOTE('Ed Park', 'Email the board') }));
    await h.app.fileManager.trashFile(h.file('Meetings/a.md'));
    await settle();
    expect(h.taskPaths()).toEqual(['Meetings/b.md', 'Meetings/c.md', 'Other/e.md']);
    const folder = h.app.vault.getAbstractFileByPath('Meetings');
    if (!(folder instanceof TFolder)) throw new Error('Meetings folder is missing');
    await h.app.fileManager.trashFile(folder);
    await settle();
    expect(h.taskPaths()).toEqual(['Other/e.md']);
    await h.index.close();
    expect([...h.cache.store.keys()]).toEqual(['Other/e.md']);
  });

  it('ignores files that are not Markdown, and picks up a new note', async () => {
    const h = await built(harness(THREE));
    await h.create('Meetings/whiteboard.png', 'not a note');
    await h.create('Meetings/export.txt', '- [ ] Not a task of a note');
    await h.create('Meetings/diagram.canvas', '{}');
    await settle();
    expect(h.reads).not.toHaveBeenCalled();
    expect(h.graphs).toHaveLength(0);
    await h.create('Meetings/d.md', NOTE('Di Chen', 'Draft the brief'));
    await settle();
    expect(h.reads).toHaveBeenCalledTimes(1);
    expect(h.graphs).toHaveLength(1);
    expect(h.taskTexts()).toContain('Draft the brief');
  });

  it('leaves excluded folders out, and follows notes moved into and out of them', async () => {
    const h = await built(harness({ ...THREE, 'Templates/t.md': NOTE('Tem Plate', 'Template task') }));
    expect(h.taskTexts()).not.toContain('Template task');
    await h.create('Templates/u.md', NOTE('Tem Plate', 'Another template task'));
    await h.edit('Templates/t.md', NOTE('Tem Plate', 'Edited template task'));
    await settle();
    expect(h.reads).not.toHaveBeenCalled();
    expect(h.graphs).toHaveLength(0);

    await h.app.vault.rename(h.file('Meetings/a.md'), 'Templates/a.md');
    await settle();
    expect(h.taskTexts()).toEqual(['Book the room', 'Call the vendor']);
    await h.app.vault.rename(h.file('Templates/t.md'), 'Meetings/t.md');
    await settle();
    expect(h.taskTexts()).toEqual(['Book the room', 'Call the vendor', 'Edited template task']);
    // A folder named like the excluded one but longer is not excluded.
    await h.create('Templates2/v.md', NOTE('Vi Tran', 'Visit the site'));
    await settle();
    expect(h.taskTexts()).toContain('Visit the site');
  });

  it('keeps an edit made while the first build is running, shows no half-built vault, and counts each note once', async () => {
    const h = harness(THREE);
    const release = holdRead(h, 'Meetings/b.md');
    const building = h.index.build();
    await vi.advanceTimersByTimeAsync(0);
    // a.md is read; the build waits on b.md; the user edits a.md and a few seconds pass.
    await h.edit('Meetings/a.md', NOTE('Ana Ferreira', 'Send the final deck'));
    await h.create('Meetings/d.md', NOTE('Di Chen', 'Draft the brief'));
    await vi.advanceTimersByTimeAsync(3000);
    release();
    await settle();
    await building;
    await settle();
    expect(h.taskTexts()).toEqual(['Book the room', 'Call the vendor', 'Draft the brief', 'Send the final deck']);
    expect(h.index.graph()?.notes).toHaveLength(4);
    for (const g of h.graphs) expect(g.notes.length).toBeGreaterThanOrEqual(3);
    expect(h.readsOf('Meetings/a.md')).toBe(2);
  });

  it('leaves no trace of a note deleted while the build waits to reach it', async () => {
    const h = harness(THREE);
    const release = holdRead(h, 'Meetings/b.md');
    const building = h.index.build();
    await vi.advanceTimersByTimeAsync(0);
    await h.app.fileManager.trashFile(h.file('Meetings/c.md'));
    release();
    await settle();
    await building;
    await settle();
    expect(h.taskPaths()).toEqual(['Meetings/a.md', 'Meetings/b.md']);
    expect(h.index.graph()?.problems.filter((p) => p.path === 'Meetings/c.md')).toEqual([]);
  });

  it('rebuilds when asked during a build (a settings change is not lost)', async () => {
    let excluded = ['Templates'];
    const h = harness(THREE, { excluded: () => excluded });
    const release = holdRead(h, 'Meetings/b.md');
    const first = h.index.build();
    await vi.advanceTimersByTimeAsync(0);
    excluded = ['Meetings'];
    const second = h.index.build();
    release();
    await settle();
    await Promise.all([first, second]);
    expect(h.index.graph()?.tasks).toEqual([]);
  });

  it('ignores and replaces what another version of the plugin cached', async () => {
    const cache = new MemoryCache();
    const stale = (path: string, text: string): CacheEntry =>
      ({ path, mtime: 1_000, size: bytes(THREE['Meetings/a.md']), version: '1.9.0', analysis: analyseFile(path, text) });
    cache.store.set('Meetings/a.md', stale('Meetings/a.md', NOTE('Ana Ferreira', 'What the old version read')));
    cache.store.set('Meetings/gone.md', stale('Meetings/gone.md', NOTE('Go Ne', 'A note long deleted')));
    const h = await built(harness(THREE, { cache }));
    expect(h.taskTexts()).toEqual(['Book the room', 'Call the vendor', 'Send the deck']);
    await h.index.close();
    expect([...cache.store.keys()].sort()).toEqual(['Meetings/a.md', 'Meetings/b.md', 'Meetings/c.md']);
    expect(cache.store.get('Meetings/a.md')?.analysis.note.tasks[0]?.description).toContain('Send the deck');
  });

  it('re-reads a cached note whose mtime matches but whose size does not', async () => {
    const h1 = await built(harness(THREE));
    await h1.index.close();
    // The same vault after a restart; a sync tool rewrote b.md keeping its mtime.
    const text = NOTE('Bo Lind', 'Book the room for twelve');
    const h2 = harness({ ...THREE, 'Meetings/b.md': text }, { cache: h1.cache });
    const building = h2.index.build();
    await settle();
    await building;
    expect(h2.reads).toHaveBeenCalledTimes(1);
    expect(h2.readsOf('Meetings/b.md')).toBe(1);
    expect(h2.taskTexts()).toContain('Book the room for twelve');
  });

  it('rebuilds an unchanged vault from the cache after a restart without reading a note', async () => {
    const h1 = await built(harness(THREE));
    await h1.index.close();
    const h2 = await built(harness(THREE, { cache: h1.cache }));
    expect(h2.readsOf('Meetings/a.md') + h2.readsOf('Meetings/b.md') + h2.readsOf('Meetings/c.md')).toBe(0);
    expect(h2.taskTexts()).toEqual(['Book the room', 'Call the vendor', 'Send the deck']);
  });

  it('reports a note that cannot be read, goes on with the others, and tries it again next time', async () => {
    const h = harness(THREE);
    h.reads.mockImplementation((f: TFile) => (f.path === 'Meetings/b.md' ? Promise.reject(new Error('EBUSY: resource busy or locked')) : h.readFromDisk(f)));
    await built(h);
    expect(h.taskTexts()).toEqual(['Call the vendor', 'Send the deck']);
    const problems = h.index.graph()?.problems.filter((p) => p.path === 'Meetings/b.md') ?? [];
    expect(problems.map((p) => p.kind)).toEqual(['read-error']);
    expect(problems[0]?.message).toContain('EBUSY');
    await h.index.close();
    // A read that failed is not remembered as the note's content: the next start reads it again.
    expect(h.cache.store.has('Meetings/b.md')).toBe(false);
  });

  it('skips a note larger than the limit without reading it, and says so', async () => {
    const h = harness(THREE);
    h.file('Meetings/c.md').stat = { ctime: 1, mtime: 1_000, size: MAX_NOTE_BYTES + 1 };
    await built(h);
    expect(h.readsOf('Meetings/c.md')).toBe(0);
    expect(h.taskTexts()).toEqual(['Book the room', 'Send the deck']);
    expect(h.index.graph()?.problems.filter((p) => p.path === 'Meetings/c.md').map((p) => p.kind)).toEqual(['too-large']);
  });

  it('builds without a cache when the cache cannot be opened or read', async () => {
    const app: AppOriginal = App.createConfigured__({ files: THREE }).asOriginalType__();
    const broken: IndexCache = { load: () => Promise.reject(new Error('QuotaExceededError')), save: () => Promise.reject(new Error('closing')), close: () => undefined };
    for (const cache of [() => Promise.reject(new Error('SecurityError: IndexedDB refused')), () => Promise.resolve(broken)]) {
      const index = new VaultIndex(app, { version: '2.0.0', cache, graphOptions: () => ({}), excluded: () => [] });
      const building = index.build();
      await settle();
      await building;
      expect(index.graph()?.tasks).toHaveLength(3);
      await settle();
      await index.close();
    }
  });

  it('is current at once after refresh (our own writes), and says nothing more when the save event follows', async () => {
    const h = await built(harness(THREE));
    const text = NOTE('Ana Ferreira', 'Send the deck by noon');
    const f = h.file('Meetings/a.md');
    f.stat = { ctime: 1, mtime: ++clock, size: bytes(text) };
    await h.app.vault.adapter.write(f.path, text);
    const refreshing = h.index.refresh('Meetings/a.md');
    await vi.advanceTimersByTimeAsync(0);
    await refreshing;
    expect(h.taskTexts()).toContain('Send the deck by noon');
    expect(h.graphs).toHaveLength(1);
    h.app.vault.trigger('modify', f);
    await settle();
    expect(h.graphs).toHaveLength(1);
  });

  it('reads every note again on "Rebuild", mending a cache gone wrong', async () => {
    const cache = new MemoryCache();
    const h = await built(harness(THREE, { cache }));
    await h.index.close();
    // A cache that claims a note says something it does not.
    const wrong = cache.store.get('Meetings/a.md');
    if (!wrong) throw new Error('a.md was not cached');
    cache.store.set('Meetings/a.md', { ...wrong, analysis: analyseFile('Meetings/a.md', NOTE('Ana Ferreira', 'A task nobody wrote')) });
    cache.store.set('Meetings/deleted.md', { ...wrong, path: 'Meetings/deleted.md' });
    cache.closed = false;
    const again = harness(THREE, { cache });
    const rebuilding = again.index.build({ reread: true });
    await settle();
    await rebuilding;
    expect(again.reads).toHaveBeenCalledTimes(3);
    expect(again.taskTexts()).toEqual(['Book the room', 'Call the vendor', 'Send the deck']);
    await again.index.close();
    expect([...cache.store.keys()].sort()).toEqual(['Meetings/a.md', 'Meetings/b.md', 'Meetings/c.md']);
  });

  it('builds an empty vault into an empty graph and says so once', async () => {
    const h = harness({});
    const changed = vi.fn();
    h.index.on('changed', changed);
    const building = h.index.build();
    await settle();
    await building;
    expect(changed).toHaveBeenCalledTimes(1);
    expect(h.index.graph()?.notes).toEqual([]);
    expect(h.index.graph()?.tasks).toEqual([]);
    // The first note of a new vault arrives.
    await h.app.vault.createFolder('Meetings');
    await h.create('Meetings/first.md', NOTE('Fay Lund', 'Find a venue'));
    await settle();
    expect(changed).toHaveBeenCalledTimes(2);
    expect(h.taskTexts()).toEqual(['Find a venue']);
  });

  it('stops cleanly when unloaded during a build: no event, no read, no cache write after close', async () => {
    const h = harness(THREE);
    const release = holdRead(h, 'Meetings/b.md');
    const building = h.index.build();
    await vi.advanceTimersByTimeAsync(0);
    await h.edit('Meetings/a.md', NOTE('Ana Ferreira', 'Send the late deck'));
    const closing = h.index.close();
    const readsAtClose = h.reads.mock.calls.length;
    h.graphs.length = 0;
    release();
    await settle();
    await building;
    await closing;
    await h.edit('Meetings/c.md', NOTE('Cy Obi', 'Call after unload'));
    await settle();
    expect(h.graphs).toHaveLength(0);
    expect(h.reads.mock.calls.length).toBeLessThanOrEqual(readsAtClose + 1); // the read already under way may finish
    expect(h.cache.closed).toBe(true);
    expect(h.cache.writesAfterClose).toBe(0);
  });

  it('closes a cache that finishes opening after the plugin was unloaded', async () => {
    let opened!: () => void;
    const cacheOpens = new Promise<void>((resolve) => (opened = resolve));
    const h = harness(THREE, { cacheOpens });
    const building = h.index.build();
    await vi.advanceTimersByTimeAsync(0);
    const closing = h.index.close();
    opened();
    await settle();
    await building;
    await closing;
    await settle();
    expect(h.cache.closed).toBe(true);
    expect(h.cache.writesAfterClose).toBe(0);
    expect(h.graphs).toHaveLength(0);
  });
});

describe('openIndexCache', () => {
  /** An IndexedDB whose open request answers only when the test says so. */
  function stubIndexedDb() {
    const request: { result?: unknown; onsuccess?: () => void; onerror?: () => void; onupgradeneeded?: () => void } = {};
    vi.stubGlobal('indexedDB', { open: () => request });
    return request;
  }
  afterEach(() => vi.unstubAllGlobals());

  it('starts without a cache when the database never answers, and lets go of it if it opens late', async () => {
    const request = stubIndexedDb();
    const opening = openIndexCache('meeting-intelligence/test');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await Promise.race([opening, Promise.resolve('still waiting')])).toBe(NO_CACHE);
    const close = vi.fn();
    request.result = { close };
    request.onsuccess?.();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('starts without a cache when the database refuses to open', async () => {
    const request = stubIndexedDb();
    const opening = openIndexCache('meeting-intelligence/test');
    request.onerror?.();
    expect(await opening).toBe(NO_CACHE);
  });
});
