/**
 * The index's cache across restarts: one record per note in IndexedDB (as
 * Dataview keeps its own), keyed by path and checked against mtime, size and
 * the plugin's version. Records are read one per event and written in small
 * transactions, so neither a cold start nor a save holds the interface — where a
 * single JSON file of a large vault would take seconds to parse or write.
 */
import type { FileAnalysis } from '../core/graph/build';

export interface CacheEntry {
  path: string;
  mtime: number;
  size: number;
  analysis: FileAnalysis;
}

export interface IndexCache {
  /** Every entry written by this plugin version; older versions' entries are ignored. */
  load(): Promise<Map<string, CacheEntry>>;
  save(changed: readonly CacheEntry[], removed: readonly string[]): Promise<void>;
  close(): void;
}

interface StoredEntry extends CacheEntry {
  version: string;
}

const STORE = 'analyses';
/** Records per write transaction: small enough that each commits in a few ms. */
const BATCH = 200;

/** A cache that remembers nothing: where IndexedDB is missing or refuses to open. */
export const NO_CACHE: IndexCache = {
  load: () => Promise.resolve(new Map()),
  save: () => Promise.resolve(),
  close: () => undefined,
};

export async function openIndexCache(name: string, version: string): Promise<IndexCache> {
  if (typeof indexedDB === 'undefined') return NO_CACHE;
  try {
    const db = await request(() => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'path' });
      };
      return open;
    });
    return new IndexedDbCache(db, version);
  } catch {
    // Private modes and locked-down webviews refuse IndexedDB: the index still works, only slower to start.
    return NO_CACHE;
  }
}

class IndexedDbCache implements IndexCache {
  constructor(
    private readonly db: IDBDatabase,
    private readonly version: string,
  ) {}

  load(): Promise<Map<string, CacheEntry>> {
    return new Promise((resolve) => {
      const out = new Map<string, CacheEntry>();
      try {
        const cursor = this.db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve(out);
          const entry = at.value as StoredEntry;
          if (entry.version === this.version) out.set(entry.path, { path: entry.path, mtime: entry.mtime, size: entry.size, analysis: entry.analysis });
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
          for (const e of changed.slice(i, i + BATCH)) store.put({ ...e, version: this.version } satisfies StoredEntry);
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

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const r = make();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}
