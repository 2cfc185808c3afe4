/**
 * The live vault index: every Markdown note analysed once, kept current as the
 * vault changes, and assembled into the graph the dashboard shows.
 *
 * - The first build runs after the layout is ready, in slices of at most
 *   SLICE_MS so the interface never waits on it.
 * - One file at a time on modify / create / rename / delete, debounced.
 * - A cache keyed by path + mtime + size + plugin version (IndexedDB, see cache.ts)
 *   survives restarts, so an unchanged vault is not parsed again.
 * - One "changed" event for the views.
 */
import { debounce, Events, TFile, type App, type TAbstractFile } from 'obsidian';
import type { VaultGraph } from '../core/model';
import { analyseFile, assembleGraphSteps, type FileAnalysis, type GraphOptions } from '../core/graph/build';
import { MAX_NOTE_BYTES } from '../core/limits';
import type { CacheEntry, IndexCache } from './cache';

/** The longest the index holds the main thread in one go. */
const SLICE_MS = 12;
const FILE_DEBOUNCE_MS = 300;
const CACHE_SAVE_DEBOUNCE_MS = 5000;

export interface IndexOptions {
  /** The plugin's version: a new version re-parses everything. */
  version: string;
  /** The cache across restarts (NO_CACHE for none). */
  cache: () => Promise<IndexCache>;
  graphOptions: () => GraphOptions;
  /** Folders to leave out (templates, archives). */
  excluded: () => string[];
}

export class VaultIndex extends Events {
  private readonly entries = new Map<string, CacheEntry>();
  private current: VaultGraph | null = null;
  private building = false;
  /** Bumped by each assembly; an older one still running stops when it sees a newer one. */
  private generation = 0;
  private readonly pending = new Map<string, () => void>();
  /** How long the last graph assembly took, in ms (for the health panel and benchmarks). */
  lastAssemblyMs = 0;

  private readonly reassemble = debounce(() => void this.assemble(), FILE_DEBOUNCE_MS, true);
  private readonly saveCache = debounce(() => void this.writeCache(), CACHE_SAVE_DEBOUNCE_MS, true);
  /** Paths analysed or removed since the cache was last written. */
  private readonly dirty = new Set<string>();
  private cache: IndexCache | null = null;

  constructor(
    private readonly app: App,
    private readonly options: IndexOptions,
  ) {
    super();
  }

  graph(): VaultGraph | null {
    return this.current;
  }

  analysis(path: string): FileAnalysis | null {
    return this.entries.get(path)?.analysis ?? null;
  }

  /** Build from scratch (using the cache), yielding to the interface between slices. */
  async build(): Promise<void> {
    if (this.building) return;
    this.building = true;
    try {
      this.cache ??= await this.options.cache();
      const cached = await this.cache.load();
      const files = this.app.vault.getMarkdownFiles().filter((f) => this.included(f.path));
      this.entries.clear();
      // Cached notes that are gone (or now excluded) leave the cache too.
      const present = new Set(files.map((f) => f.path));
      for (const path of cached.keys()) if (!present.has(path)) this.dirty.add(path);
      let sliceStart = performance.now();
      for (const file of files) {
        const hit = cached.get(file.path);
        if (hit && hit.mtime === file.stat.mtime && hit.size === file.stat.size) {
          this.entries.set(file.path, hit);
        } else {
          await this.analyse(file);
        }
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextFrame();
          sliceStart = performance.now();
        }
      }
      await this.assemble();
      this.saveCache();
    } finally {
      this.building = false;
    }
  }

  /** Wire the vault's events; the caller registers the returned refs with `registerEvent`. */
  watch(register: (ref: ReturnType<App['vault']['on']>) => void): void {
    const vault = this.app.vault;
    register(vault.on('modify', (f) => this.schedule(f)));
    register(vault.on('create', (f) => this.schedule(f)));
    register(
      vault.on('delete', (f) => {
        if (this.entries.delete(f.path)) {
          this.dirty.add(f.path);
          this.changed();
        }
      }),
    );
    register(
      vault.on('rename', (f, oldPath) => {
        this.entries.delete(oldPath);
        this.dirty.add(oldPath);
        this.schedule(f);
        this.changed();
      }),
    );
  }

  /** Re-analyse one file now (used after our own writes, so the dashboard is current at once). */
  async refresh(path: string): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (file instanceof TFile) await this.analyse(file);
    await this.assemble();
  }

  private schedule(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== 'md' || !this.included(file.path)) return;
    let run = this.pending.get(file.path);
    if (!run) {
      run = debounce(
        () => {
          this.pending.delete(file.path);
          void this.analyse(file).then(() => this.changed());
        },
        FILE_DEBOUNCE_MS,
        true,
      );
      this.pending.set(file.path, run);
    }
    run();
  }

  private changed(): void {
    this.reassemble();
    this.saveCache();
  }

  private async analyse(file: TFile): Promise<void> {
    if (file.stat.size > MAX_NOTE_BYTES) {
      const analysis = analyseFile(file.path, '', { tooLarge: file.stat.size });
      this.remember(file, analysis);
      return;
    }
    try {
      const text = await this.app.vault.cachedRead(file);
      this.remember(file, analyseFile(file.path, text));
    } catch (error) {
      this.remember(file, analyseFile(file.path, '', { readError: error instanceof Error ? error.message : String(error) }));
    }
  }

  /**
   * Assemble the graph in slices. A newer assembly supersedes one still running,
   * so a burst of edits ends in one graph built from the latest analyses.
   */
  private async assemble(): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    const analyses = [...this.entries.values()].map((e) => e.analysis);
    const steps = assembleGraphSteps(analyses, this.options.graphOptions());
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        if (generation !== this.generation) return;
        this.current = step.value;
        break;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextFrame();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
    this.lastAssemblyMs = performance.now() - started;
    this.trigger('changed');
  }

  private included(path: string): boolean {
    return !this.options.excluded().some((folder) => folder && (path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`)));
  }

  private remember(file: TFile, analysis: FileAnalysis): void {
    this.entries.set(file.path, { path: file.path, mtime: file.stat.mtime, size: file.stat.size, analysis });
    this.dirty.add(file.path);
  }

  private async writeCache(): Promise<void> {
    if (!this.cache || this.dirty.size === 0) return;
    const paths = [...this.dirty];
    this.dirty.clear();
    const changed = paths.map((p) => this.entries.get(p)).filter((e): e is CacheEntry => e !== undefined);
    const removed = paths.filter((p) => !this.entries.has(p));
    // Not being able to cache is only a slower next start; the cache says nothing on failure.
    await this.cache.save(changed, removed);
  }

  /** Write what is pending and let go of the cache (on unload). */
  async close(): Promise<void> {
    await this.writeCache();
    this.cache?.close();
    this.cache = null;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
