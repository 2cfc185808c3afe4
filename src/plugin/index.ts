/**
 * The live vault index: every Markdown note analysed once, kept current as the
 * vault changes, and assembled into the graph the dashboard shows.
 *
 * - The first build runs after the layout is ready, in slices of at most
 *   SLICE_MS so the interface never waits on it. It builds into a fresh table
 *   and swaps it in whole, so the views never see half a vault.
 * - Vault events only note which paths to look at again. At the end of a burst
 *   (FILE_DEBOUNCE_MS of quiet, or BURST_MAX_MS at the latest) each path is
 *   settled against what the vault holds there *now* — analysed, or dropped
 *   when it is gone, excluded or no longer Markdown — and the graph assembled
 *   once, with one "changed" event. Folder renames and deletes settle every
 *   note inside, whether or not Obsidian also sends an event per file.
 * - Builds, bursts and refreshes run one after another, never interleaved, so
 *   an older read can never overwrite a newer one; a build asked for during a
 *   build runs again afterwards (a settings change is not lost).
 * - A cache keyed by path, checked against mtime + size + plugin version
 *   (IndexedDB, see cache.ts), survives restarts, so an unchanged vault is not
 *   parsed again. A read that failed is reported but never cached.
 * - After close() nothing reads, assembles, emits or writes.
 */
import { Events, TFile, TFolder, type App, type TAbstractFile } from 'obsidian';
import type { VaultGraph } from '../core/model';
import { analyseFile, assembleGraphSteps, warmUpAnalysis, type AnalyseExtras, type FileAnalysis, type GraphOptions } from '../core/graph/build';
import { MAX_NOTE_BYTES } from '../core/limits';
import { NO_CACHE, type CacheEntry, type IndexCache } from './cache';
import { markdownFilesIn, messageOf } from './files';

/** The longest the index holds the main thread in one go. */
const SLICE_MS = 8;
/** Quiet time that ends a burst of vault events. */
const FILE_DEBOUNCE_MS = 300;
/** A burst that never falls quiet (a sync pouring in files) is still settled this often. */
const BURST_MAX_MS = 2000;
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

/** What one read of a note gave, and whether it may be remembered across restarts. */
interface Reading {
  entry: CacheEntry;
  /** False when the read or the analysis failed: the next start must try again. */
  lasting: boolean;
}

export class VaultIndex extends Events {
  private entries = new Map<string, CacheEntry>();
  private current: VaultGraph | null = null;
  /** Bumped by each assembly; an older one still running stops when it sees a newer one. */
  private generation = 0;
  /** How long the last graph assembly took, in ms (for the health panel and benchmarks). */
  lastAssemblyMs = 0;

  /** Builds, bursts and refreshes run in this order, one at a time. */
  private tail: Promise<void> = Promise.resolve();
  /** A build asked for while one is waiting to start joins it. */
  private nextBuild: Promise<void> | null = null;
  /** The waiting build reads every note again. */
  private rereadNext = false;

  /** Paths to settle at the end of the current burst. */
  private readonly queued = new Set<string>();
  private burstTimer: number | null = null;
  private burstStarted = 0;

  /** Paths analysed or removed since the cache was last written. */
  private readonly dirty = new Set<string>();
  /** Paths whose current entry must not be written to the cache (the read failed). */
  private readonly passing = new Set<string>();
  private saveTimer: number | null = null;
  private cache: IndexCache | null = null;
  private closed = false;
  /** Whether the date parser has been warmed up this session (see `buildNow`). */
  private warm = false;

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

  /**
   * Build from scratch, yielding to the interface between slices. Notes whose
   * mtime, size and plugin version match what this session or the cache holds
   * are not read again, unless `reread` (the "Rebuild" command: a cache gone
   * wrong is mended by it). Asked for during a build, it builds again once that
   * one is done.
   */
  build(options: { reread?: boolean } = {}): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (options.reread) this.rereadNext = true;
    this.nextBuild ??= this.serial(async () => {
      this.nextBuild = null;
      const reread = this.rereadNext;
      this.rereadNext = false;
      try {
        await this.buildNow(reread);
      } finally {
        // Events that came in during the build are settled now, against the new table.
        if (this.queued.size > 0) this.settleSoon(0);
      }
    });
    return this.nextBuild;
  }

  /** Wire the vault's events; the caller registers the returned refs with `registerEvent`. */
  watch(register: (ref: ReturnType<App['vault']['on']>) => void): void {
    const vault = this.app.vault;
    register(vault.on('create', (f) => this.touched(f, f.path)));
    register(vault.on('modify', (f) => this.touched(f, f.path)));
    register(vault.on('delete', (f) => this.touched(f, f.path)));
    register(
      vault.on('rename', (f, oldPath) => {
        this.touched(f, oldPath);
        this.touched(f, f.path);
      }),
    );
  }

  /** Re-analyse one file now (used after our own writes, so the dashboard is current at once). */
  refresh(path: string): Promise<void> {
    return this.serial(async () => {
      // The save event of this write is settled here and now, not again at the end of the burst.
      this.queued.delete(path);
      if (await this.settle([path])) await this.assemble();
      this.saveSoon();
    }).then(() => undefined);
  }

  /** Write what is pending and let go of the cache (on unload). Nothing happens after it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.clearTimers();
    this.queued.clear();
    // Whatever is under way stops at its next step; a cache it opened meanwhile is closed here.
    await this.tail;
    const cache = this.cache;
    this.cache = null;
    if (!cache) return;
    await this.writeCache(cache);
    cache.close();
  }

  // ── The first build ─────────────────────────────────────────────────────

  private async buildNow(reread: boolean): Promise<void> {
    const cache = (this.cache ??= await this.options.cache().catch(() => NO_CACHE));
    if (this.closed) return;
    // A cache that cannot be read is only a slower start: everything is read from the vault.
    const cached = await cache.load().catch(() => new Map<string, CacheEntry>());
    if (this.closed) return;
    if (!this.warm) {
      // The first analysis compiles the parser and the date reader: done here a piece per frame, not inside one note's.
      const steps = warmUpAnalysis();
      while (!steps.next().done) {
        await nextFrame();
        if (this.closed) return;
      }
      this.warm = true;
    }
    const files = this.app.vault.getMarkdownFiles().filter((f) => this.included(f.path));
    const next = new Map<string, CacheEntry>();
    const fresh = new Set<string>();
    const failed = new Set<string>();
    let sliceStart = performance.now();
    for (const file of files) {
      // A file deleted or moved since the list was made is settled by its own event.
      if (this.present(file.path) !== file || !this.included(file.path)) continue;
      // What this session already read is as good as the cache, and newer than what it has written so far.
      const known = this.entries.get(file.path);
      const hit = known && !this.passing.has(file.path) && this.stillHolds(known, file) ? known : cached.get(file.path);
      if (!reread && hit && this.stillHolds(hit, file)) {
        next.set(file.path, hit);
      } else {
        const { entry, lasting } = await this.read(file);
        if (this.closed) return;
        if (this.present(entry.path) !== file) continue;
        next.set(entry.path, entry);
        fresh.add(entry.path);
        if (!lasting) failed.add(entry.path);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextFrame();
        if (this.closed) return;
        sliceStart = performance.now();
      }
    }
    this.entries = next;
    this.passing.clear();
    for (const path of failed) this.passing.add(path);
    // What was read fresh is written; what the cache holds and the vault no longer (or another version wrote) goes.
    for (const path of fresh) this.dirty.add(path);
    for (const path of cached.keys()) if (!next.has(path)) this.dirty.add(path);
    await this.assemble();
    this.saveSoon();
  }

  private stillHolds(hit: CacheEntry, file: TFile): boolean {
    return hit.version === this.options.version && hit.mtime === file.stat.mtime && hit.size === file.stat.size;
  }

  // ── Bursts of vault events ──────────────────────────────────────────────

  /** Note a path to settle, with every note under it when it names a folder. */
  private touched(file: TAbstractFile, path: string): void {
    if (this.closed) return;
    const paths: string[] = [];
    if (isMarkdownPath(path) || this.entries.has(path)) paths.push(path);
    if (!(file instanceof TFile)) {
      // A folder: the notes indexed under its old path, and the notes now inside it.
      const prefix = `${path}/`;
      for (const known of this.entries.keys()) if (known.startsWith(prefix)) paths.push(known);
      if (file instanceof TFolder && file.path === path) for (const note of markdownFilesIn(file)) paths.push(note.path);
    }
    if (paths.length === 0) return;
    for (const p of paths) this.queued.add(p);
    // Every event of the burst pushes its end back, repeated ones on the same note included.
    this.settleSoon(FILE_DEBOUNCE_MS);
  }

  /** Settle the burst after `wait` ms of quiet, or BURST_MAX_MS after it began. */
  private settleSoon(wait: number): void {
    if (this.closed) return;
    const now = Date.now();
    if (this.burstTimer === null) this.burstStarted = now;
    else window.clearTimeout(this.burstTimer);
    const due = Math.min(wait, Math.max(0, this.burstStarted + BURST_MAX_MS - now));
    this.burstTimer = window.setTimeout(() => {
      this.burstTimer = null;
      void this.serial(() => this.settleBurst());
    }, due);
  }

  private async settleBurst(): Promise<void> {
    // A build waiting to start settles the queue itself when it ends.
    if (this.nextBuild || this.queued.size === 0) return;
    const paths = [...this.queued];
    this.queued.clear();
    if (await this.settle(paths)) await this.assemble();
    this.saveSoon();
  }

  /**
   * Bring each path in line with what the vault holds there now. True when the
   * graph needs assembling again (something was added, removed or read differently).
   */
  private async settle(paths: readonly string[]): Promise<boolean> {
    let changed = false;
    // A sync can bring thousands of notes in one burst: settled in slices, like the build.
    let sliceStart = performance.now();
    for (const path of paths) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextFrame();
        sliceStart = performance.now();
      }
      if (this.closed) return false;
      const file = this.present(path);
      if (file && file.extension === 'md' && this.included(path)) {
        const before = this.entries.get(path);
        const { entry, lasting } = await this.read(file);
        if (this.closed) return false;
        // Moved or deleted while it was read: its own event settles it.
        if (this.present(path) !== file) continue;
        this.entries.set(path, entry);
        this.dirty.add(path);
        if (lasting) this.passing.delete(path);
        else this.passing.add(path);
        if (!before || !sameReading(before.analysis, entry.analysis)) changed = true;
      } else if (this.entries.delete(path)) {
        this.dirty.add(path);
        this.passing.delete(path);
        changed = true;
      }
    }
    return changed;
  }

  // ── Reading one note ────────────────────────────────────────────────────

  private async read(file: TFile): Promise<Reading> {
    // The stat before the read: a write during it leaves the entry older than the file, so it is read again.
    const { mtime, size } = file.stat;
    const path = file.path;
    const entryOf = (analysis: FileAnalysis) => ({ path, mtime, size, version: this.options.version, analysis });
    if (size > MAX_NOTE_BYTES) return { entry: entryOf(unread(path, { tooLarge: size })), lasting: true };
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch (error) {
      return { entry: entryOf(unread(path, { readError: messageOf(error) })), lasting: false };
    }
    try {
      return { entry: entryOf(analyseFile(path, text)), lasting: true };
    } catch (error) {
      // A note the parser cannot take is one problem in the graph, not a broken index.
      return { entry: entryOf(unread(path, { readError: `it could not be analysed (${messageOf(error)})` })), lasting: false };
    }
  }

  // ── The graph ───────────────────────────────────────────────────────────

  /**
   * Assemble the graph in slices. A newer assembly supersedes one still running,
   * so a burst of edits ends in one graph built from the latest analyses.
   */
  private async assemble(): Promise<void> {
    if (this.closed) return;
    const generation = ++this.generation;
    const started = performance.now();
    const analyses = [...this.entries.values()].map((e) => e.analysis);
    const steps = assembleGraphSteps(analyses, this.options.graphOptions());
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        if (generation !== this.generation || this.closed) return;
        this.current = step.value;
        break;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextFrame();
        if (generation !== this.generation || this.closed) return;
        sliceStart = performance.now();
      }
    }
    this.lastAssemblyMs = performance.now() - started;
    this.trigger('changed');
  }

  /**
   * The file at `path` if the vault still has it, and still has every folder
   * above it (a folder deleted whole may announce only itself).
   */
  private present(path: string): TFile | null {
    const vault = this.app.vault;
    const file = vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return null;
    for (let folder = file.parent; folder && !folder.isRoot(); folder = folder.parent) {
      if (vault.getAbstractFileByPath(folder.path) !== folder) return null;
    }
    return file;
  }

  private included(path: string): boolean {
    return !this.options.excluded().some((folder) => folder && (path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`)));
  }

  // ── The cache ───────────────────────────────────────────────────────────

  private saveSoon(): void {
    if (this.closed || this.dirty.size === 0) return;
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      this.saveTimer = null;
      if (this.cache && !this.closed) void this.serial(() => (this.cache ? this.writeCache(this.cache) : Promise.resolve()));
    }, CACHE_SAVE_DEBOUNCE_MS);
  }

  private async writeCache(cache: IndexCache): Promise<void> {
    if (this.dirty.size === 0) return;
    const paths = [...this.dirty];
    this.dirty.clear();
    const changed: CacheEntry[] = [];
    const removed: string[] = [];
    for (const path of paths) {
      const entry = this.entries.get(path);
      // A failed read is not the note's content: drop whatever the cache had, so the next start reads it.
      if (entry && !this.passing.has(path)) changed.push(entry);
      else removed.push(path);
    }
    try {
      await cache.save(changed, removed);
    } catch {
      // Not being able to cache is only a slower next start.
    }
  }

  // ── Plumbing ────────────────────────────────────────────────────────────

  /** Run `job` after everything queued before it; a failure is logged and does not stop what follows. */
  private serial<T>(job: () => Promise<T>): Promise<T | undefined> {
    const run = this.tail.then(() => (this.closed ? undefined : job()));
    this.tail = run.then(
      () => undefined,
      (error: unknown) => console.error('Meeting Intelligence: the index failed a step', error),
    );
    return run.catch(() => undefined);
  }

  private clearTimers(): void {
    if (this.burstTimer !== null) window.clearTimeout(this.burstTimer);
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.burstTimer = null;
    this.saveTimer = null;
  }
}

/** The analysis of a note that was not read: its problem only. */
function unread(path: string, why: AnalyseExtras): FileAnalysis {
  return analyseFile(path, '', why);
}

/** Two analyses of the same path that would put the same thing in the graph. */
function sameReading(a: FileAnalysis, b: FileAnalysis): boolean {
  return a.hash === b.hash && a.note.problems.length === b.note.problems.length;
}

function isMarkdownPath(path: string): boolean {
  return path.endsWith('.md');
}


function nextFrame(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
