// @vitest-environment happy-dom
/**
 * The live index against an in-memory vault: a full build, the cache across a
 * restart (nothing re-read when nothing changed), and one file at a time on
 * modify, rename and delete.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setup } from 'obsidian-test-mocks/setup';
import { App } from 'obsidian-test-mocks/obsidian';
import { TFile, type App as AppOriginal, type EventRef } from 'obsidian';
import { VaultIndex } from '../../src/plugin/index';
import type { CacheEntry, IndexCache } from '../../src/plugin/cache';

beforeAll(() => setup());

const NOTE = (who: string, task: string) => `---\ntype: people\ndate: 2026-03-04\nparticipants: [Priya Raman, ${who}]\nsource_ref: /Users/priya.raman/x.md\n---\n## Action Items\n- [ ] ${task} @${who} 📅 2026-03-11\n`;

/** The IndexedDB cache's contract, kept in memory. */
class MemoryCache implements IndexCache {
  readonly store = new Map<string, CacheEntry>();
  load() {
    return Promise.resolve(new Map(this.store));
  }
  save(changed: readonly CacheEntry[], removed: readonly string[]) {
    for (const e of changed) this.store.set(e.path, structuredClone(e));
    for (const p of removed) this.store.delete(p);
    return Promise.resolve();
  }
  close() {}
}

function makeIndex(app: AppOriginal, cache: IndexCache) {
  return new VaultIndex(app, { version: '1', cache: () => Promise.resolve(cache), graphOptions: () => ({}), excluded: () => ['Templates'] });
}

describe('VaultIndex', () => {
  it('builds the graph, then rebuilds from the cache without reading unchanged notes', async () => {
    const mock = App.createConfigured__({
      files: { 'Meetings/a.md': NOTE('Ana Ferreira', 'Send the deck'), 'Meetings/b.md': NOTE('Bo Lind', 'Book the room'), 'Templates/t.md': NOTE('X Y', 'Template task') },
    });
    const app = mock.asOriginalType__();
    const cache = new MemoryCache();
    const first = makeIndex(app, cache);
    const changed = vi.fn();
    first.on('changed', changed);
    await first.build();
    expect(changed).toHaveBeenCalled();
    expect(first.graph()?.tasks.map((t) => t.text).sort()).toEqual(['Book the room', 'Send the deck']);
    expect(first.graph()?.owner).toBe('Priya Raman');
    await first.close();
    expect([...cache.store.keys()].sort()).toEqual(['Meetings/a.md', 'Meetings/b.md']);

    const read = vi.spyOn(app.vault, 'cachedRead');
    const second = makeIndex(app, cache);
    await second.build();
    expect(read).not.toHaveBeenCalled();
    expect(second.graph()?.tasks).toHaveLength(2);
  });

  it('follows modify, rename and delete one file at a time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const mock = App.createConfigured__({ files: { 'Meetings/a.md': NOTE('Ana Ferreira', 'Send the deck'), 'Meetings/b.md': NOTE('Bo Lind', 'Book the room') } });
      const app = mock.asOriginalType__();
      const cache = new MemoryCache();
      const index = makeIndex(app, cache);
      const refs: EventRef[] = [];
      index.watch((ref) => refs.push(ref));
      const building = index.build();
      await vi.runAllTimersAsync();
      await building;

      const a = app.vault.getAbstractFileByPath('Meetings/a.md');
      if (!(a instanceof TFile)) throw new Error('Meetings/a.md is missing');
      await app.vault.modify(a, NOTE('Ana Ferreira', 'Send the revised deck'));
      await vi.runAllTimersAsync();
      expect(index.graph()?.tasks.map((t) => t.text)).toContain('Send the revised deck');

      await app.vault.rename(a, 'Meetings/renamed.md');
      await vi.runAllTimersAsync();
      expect(index.graph()?.tasks.map((t) => t.path)).toContain('Meetings/renamed.md');
      expect(index.graph()?.tasks.map((t) => t.path)).not.toContain('Meetings/a.md');

      const b = app.vault.getAbstractFileByPath('Meetings/b.md');
      if (!(b instanceof TFile)) throw new Error('Meetings/b.md is missing');
      // The user's trash preference does not matter here: what is tested is the vault's delete event.
      await app.fileManager.trashFile(b);
      await vi.runAllTimersAsync();
      expect(index.graph()?.tasks.map((t) => t.text)).toEqual(['Send the revised deck']);

      await index.close();
      expect([...cache.store.keys()]).toEqual(['Meetings/renamed.md']);
      refs.forEach((r) => app.vault.offref(r));
    } finally {
      vi.useRealTimers();
    }
  });
});
