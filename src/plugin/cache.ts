/**
 * The index's cache across restarts: one record per note in IndexedDB (as
 * Dataview keeps its own), keyed by path. Each record carries the mtime, size
 * and plugin version it was made under; the index decides whether it still
 * holds (see VaultIndex), so records of another version are seen, ignored and
 * replaced or removed rather than left behind forever. Records are read one per event and written in small
 * transactions, so neither a cold start nor a save holds the interface — where a
 * single JSON file of a large vault would take seconds to parse or write.
 */
import type { FileAnalysis } from '../core/graph/build';

export interface CacheEntry {
  path: string;
  /** The file's stat when it was read (taken before the read, so a write during it shows as a change). */
  mtime: number;
  size: number;
  /** The plugin version that made the analysis: another version's analysis is never used. */
  version: string;
  analysis: FileAnalysis;
}

export interface IndexCache {
  /** Every stored entry, whatever version wrote it (the index ignores and replaces other versions'). */
  load(): Promise<Map<string, CacheEntry>>;
  /** Never rejects: a cache that cannot write only makes the next start slower. */
  save(changed: readonly CacheEntry[], removed: readonly string[]): Promise<void>;
  close(): void;
}

const STORE = 'analyses';
/** Records per write transaction: small enough that each commits in a few ms. */
const BATCH = 200;
/** How long the index waits for the database to open before it starts without it. */
const OPEN_TIMEOUT_MS = 5000;

/** A cache that remembers nothing: where IndexedDB is missing or refuses to open. */
export const NO_CACHE: IndexCache = {
  load: () => Promise.resolve(new Map()),
  save: () => Promise.resolve(),
  close: () => undefined,
};

/**
 * Open (or create) the cache named `name`. Entries carry the plugin version that
 * wrote them, and the index checks it.
 */
export function openIndexCache(name: string): Promise<IndexCache> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(NO_CACHE);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (cache: IndexCache) => {
      if (settled) return false;
      settled = true;
      window.clearTimeout(timer);
      resolve(cache);
      return true;
    };
    // An open that neither succeeds nor fails (blocked, or a webview that never answers) must not hold the index.
    const timer = window.setTimeout(() => settle(NO_CACHE), OPEN_TIMEOUT_MS);
    try {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'path' });
      };
      open.onsuccess = () => {
        // Opened after the index gave up waiting: let it go again.
        if (!settle(new IndexedDbCache(open.result))) open.result.close();
      };
      // Private modes and locked-down webviews refuse IndexedDB: the index still works, only slower to start.
      open.onerror = () => settle(NO_CACHE);
    } catch {
      settle(NO_CACHE);
    }
  });
}

class IndexedDbCache implements IndexCache {
  constructor(private readonly db: IDBDatabase) {}

  load(): Promise<Map<string, CacheEntry>> {
    return new Promise((resolve) => {
      const out = new Map<string, CacheEntry>();
      try {
        const cursor = this.db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve(out);
          const entry = at.value as Partial<CacheEntry>;
          // Records from before entries carried a version have none: they read as another version's.
          if (typeof entry.path === 'string' && entry.analysis) {
            out.set(entry.path, { path: entry.path, mtime: entry.mtime ?? -1, size: entry.size ?? -1, version: entry.version ?? '', analysis: entry.analysis });
          }
          at.continue();
        };
        cursor.onerror = () => resolve(out);
      } catch {
        resolve(out);
      }
    });
  }

  async save(changed: readonly CacheEntry[], removed: readonly string[]): Promise<void> {
    for (let i = 0; i < Math.max(changed.length, removed.length); i += BATCH) {
      await new Promise<void>((resolve) => {
        try {
          const tx = this.db.transaction(STORE, 'readwrite');
          const store = tx.objectStore(STORE);
          for (const e of changed.slice(i, i + BATCH)) store.put(e);
          for (const path of removed.slice(i, i + BATCH)) store.delete(path);
          tx.oncomplete = () => resolve();
          tx.onerror = () => resolve();
          tx.onabort = () => resolve();
        } catch {
          resolve();
        }
      });
    }
  }

  close(): void {
    this.db.close();
  }
}
