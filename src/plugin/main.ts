/**
 * Meeting Intelligence — the Obsidian adapter. Wiring only: the index, the
 * dashboard, the commands, the ribbon button and the settings tab. Everything
 * that decides anything lives in src/core.
 */
import { MarkdownView, Notice, Plugin, TFile, TFolder, normalizePath, type TAbstractFile, type WorkspaceLeaf } from 'obsidian';
import type { DuplicateGroup, EditPlan, GraphTask, VaultGraph } from '../core/model';
import { planNormalize } from '../core/repair/normalize';
import { todayISO } from '../core/dates';
import { DASHBOARD_VIEW_TYPE, type DashboardHost } from './dashboard/host';
import { DashboardView } from './dashboard/view';
import { DEFAULT_SETTINGS, MeetingIntelSettingTab, normalizeSettings, type MeetingIntelSettings } from './settings';
import { VaultIndex } from './index';
import { openIndexCache } from './cache';
import { describeOutcome, NoteWriter, type WriteOutcome } from './writer';
import { planChosenDuplicates, textHashOf } from './dedupe-plan';
import { tickTask, type TickResult } from './task-tick';
import { markdownFilesIn, messageOf } from './files';
import { PlanModal, type PlannedFile } from './modals/plan-modal';
import { DedupeModal } from './modals/dedupe-modal';

/** Quiet time after a settings change before the index is rebuilt with it. */
const SETTINGS_SETTLE_MS = 600;

export default class MeetingIntelligencePlugin extends Plugin {
  override settings: MeetingIntelSettings = { ...DEFAULT_SETTINGS };
  private index!: VaultIndex;
  private writer!: NoteWriter;
  /** The rebuild a settings change asked for, waiting for the typing to stop. */
  private rebuildTimer: number | null = null;

  override async onload(): Promise<void> {
    await this.loadSettings();
    const dir = this.manifest.dir ?? normalizePath(`${this.app.vault.configDir}/plugins/${this.manifest.id}`);
    this.writer = new NoteWriter(this.app, dir);
    this.index = new VaultIndex(this.app, {
      version: this.manifest.version,
      // One cache per vault; a new plugin version re-analyses everything.
      cache: () => openIndexCache(`meeting-intelligence/${this.app.vault.getName()}`),
      graphOptions: () => ({
        owner: this.settings.ownerName.trim() || null,
        peopleFolder: this.settings.peopleFolder,
        meetingTypes: this.settings.meetingNoteTypes,
        meetingFolders: this.settings.meetingFolders,
      }),
      excluded: () => this.settings.excludeFolders,
    });

    const host = this.dashboardHost();
    this.registerView(DASHBOARD_VIEW_TYPE, (leaf: WorkspaceLeaf) => new DashboardView(leaf, host));
    this.addSettingTab(new MeetingIntelSettingTab(this.app, this));

    this.addRibbonIcon('copy-check', 'Dedupe tasks', () => this.openDedupe(null));

    this.addCommand({ id: 'open-dashboard', name: 'Open meeting dashboard', callback: () => void this.activateDashboard() });
    this.addCommand({
      id: 'normalize-note',
      name: 'Normalize note',
      checkCallback: (checking) => {
        const file = this.activeMarkdownFile();
        if (!file) return false;
        if (!checking) void this.normalize([file], `Normalize ${file.basename}`);
        return true;
      },
    });
    this.addCommand({ id: 'dedupe-tasks', name: 'Dedupe tasks', callback: () => this.openDedupe(null) });
    this.addCommand({
      id: 'dedupe-current-note',
      name: 'Dedupe tasks in current note',
      checkCallback: (checking) => {
        const file = this.activeMarkdownFile();
        if (!file) return false;
        if (!checking) this.openDedupe(file.path);
        return true;
      },
    });
    this.addCommand({ id: 'undo-normalize', name: 'Undo last normalize', callback: () => void this.undo('normalize', 'Undo normalize') });
    this.addCommand({ id: 'undo-dedupe', name: 'Undo last dedupe', callback: () => void this.undo('dedupe', 'Undo dedupe') });
    this.addCommand({ id: 'rebuild-index', name: 'Rebuild meeting index', callback: () => void this.index.build({ reread: true }) });

    this.registerEvent(
      this.app.workspace.on('file-menu', (menu, file: TAbstractFile) => {
        if (file instanceof TFolder) {
          menu.addItem((item) =>
            item
              .setTitle('Normalize all notes in folder…')
              .setIcon('wand')
              .onClick(() => void this.normalize(markdownFilesIn(file), `Normalize ${file.path || 'vault'}`)),
          );
        } else if (file instanceof TFile && file.extension === 'md') {
          menu.addItem((item) =>
            item
              .setTitle('Normalize note')
              .setIcon('wand')
              .onClick(() => void this.normalize([file], `Normalize ${file.basename}`)),
          );
        }
      }),
    );

    this.app.workspace.onLayoutReady(() => {
      this.index.watch((ref) => this.registerEvent(ref));
      void this.index.build();
      if (this.settings.openDashboardOnStart) void this.activateDashboard();
    });
  }

  override onunload(): void {
    if (this.rebuildTimer !== null) window.clearTimeout(this.rebuildTimer);
    this.rebuildTimer = null;
    void this.index.close();
  }

  async loadSettings(): Promise<void> {
    this.settings = normalizeSettings(await this.loadData());
  }

  /**
   * Save, and rebuild the index once the user stops typing: the settings tab
   * saves on every keystroke, and each rebuild re-assembles the whole graph.
   * Folders, types and the owner then apply without a restart.
   */
  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    if (this.rebuildTimer !== null) window.clearTimeout(this.rebuildTimer);
    this.rebuildTimer = window.setTimeout(() => {
      this.rebuildTimer = null;
      void this.index.build();
    }, SETTINGS_SETTLE_MS);
  }

  private dashboardHost(): DashboardHost {
    return {
      graph: () => this.index.graph(),
      onChange: (listener) => {
        const ref = this.index.on('changed', listener);
        return () => this.index.offref(ref);
      },
      today: () => todayISO(),
      settings: () => this.settings,
      openNote: (path, line) => void this.openAt(path, line),
      setTaskDone: (task, done) => this.setTaskDone(task, done),
      normalizeNote: (path) => {
        const file = this.app.vault.getAbstractFileByPath(path);
        if (file instanceof TFile) void this.normalize([file], `Normalize ${file.basename}`);
      },
      dedupe: () => this.openDedupe(null),
    };
  }

  private async activateDashboard(): Promise<void> {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0] ?? null;
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      if (!leaf) return;
      await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  private activeMarkdownFile(): TFile | null {
    const file = this.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? this.app.workspace.getActiveFile();
    return file instanceof TFile && file.extension === 'md' ? file : null;
  }

  private async openAt(path: string, line: number | null): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) {
      new Notice(`${path} no longer exists.`);
      return;
    }
    const leaf = this.app.workspace.getLeaf(false);
    await leaf.openFile(file, line ? { eState: { line: line - 1 } } : undefined);
  }

  /** Plan Normalize for the files, preview it, and apply what the user accepts. */
  private async normalize(files: TFile[], title: string): Promise<void> {
    const planned: PlannedFile[] = [];
    const notes: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await this.app.vault.read(file);
      } catch (error) {
        notes.push(`${file.path} could not be read (${messageOf(error)}), so it is left out.`);
        continue;
      }
      const linkResolves = (target: string) => this.app.metadataCache.getFirstLinkpathDest(target.split('#')[0], file.path) !== null;
      const { plan, problems } = planNormalize(file.path, text, { linkResolves });
      if (plan.edits.length > 0) planned.push({ plan, text });
      for (const p of problems) notes.push(`${p.path}${p.line ? `:${p.line}` : ''} — ${p.message}`);
    }
    const shownNotes = notes.length > 20 ? [...notes.slice(0, 20), `… and ${notes.length - 20} more remarks.`] : notes;
    new PlanModal(this.app, title, planned, () => this.write('normalize', 'Normalize', planned.map((p) => p.plan)), shownNotes, files.length).open();
  }

  /** The dedupe modal over the whole vault, or over one note. */
  private openDedupe(path: string | null): void {
    const graph = this.index.graph();
    if (!graph) {
      new Notice('The meeting index is still being built; try again in a moment.');
      return;
    }
    const groups = graph.duplicates.filter((g) => path === null || g.members.some((m) => m.path === path));
    const scope = path === null ? 'the vault' : path;
    // Applied against this graph, the one the user reviews, however the index moves on meanwhile.
    new DedupeModal(this.app, groups, (chosen) => this.applyDedupe(graph, chosen), scope, this.settings.crossNoteDuplicates).open();
  }

  private async applyDedupe(graph: VaultGraph, groups: DuplicateGroup[]): Promise<void> {
    if (groups.length === 0) {
      new Notice('Dedupe: no group was selected; nothing was changed.');
      return;
    }
    const chosen = await planChosenDuplicates(
      {
        graph,
        analysedHash: textHashOf(graph, (path) => this.index.analysis(path)),
        read: async (path) => {
          const file = this.app.vault.getAbstractFileByPath(path);
          return file instanceof TFile ? await this.app.vault.read(file) : null;
        },
      },
      groups,
      { crossNote: this.settings.crossNoteDuplicates },
    );
    const outcome = await this.writer.apply('dedupe', chosen.plans);
    outcome.stale.push(...chosen.stale);
    for (const path of chosen.missing) outcome.failed.push({ path, message: 'the note no longer exists' });
    this.announce('dedupe', 'Dedupe', outcome);
    for (const path of [...outcome.written, ...outcome.stale]) await this.index.refresh(path);
  }

  /** Tick or untick a task; false (after saying why) when the note could not be changed. */
  private async setTaskDone(task: GraphTask, done: boolean): Promise<boolean> {
    const result = await tickTask(
      {
        read: async (path) => {
          const file = this.app.vault.getAbstractFileByPath(path);
          return file instanceof TFile ? await this.app.vault.read(file) : null;
        },
        analysis: (path) => this.index.analysis(path),
        refresh: (path) => this.index.refresh(path),
        apply: (plan) => this.writer.apply('task', [plan]),
        today: todayISO(),
      },
      task.path,
      task,
      done,
    ).catch((error: unknown): TickResult => ({ ok: false, message: messageOf(error) }));
    if (result.message) new Notice(result.message);
    await this.index.refresh(task.path);
    return result.ok;
  }

  private async write(kind: 'normalize' | 'dedupe', label: string, plans: EditPlan[]): Promise<void> {
    const outcome = await this.writer.apply(kind, plans);
    this.announce(kind, label, outcome);
    for (const path of [...outcome.written, ...outcome.stale]) await this.index.refresh(path);
  }

  /** The Notice after a normalize or dedupe: what was written, how to undo it, and what was left alone and why. */
  private announce(kind: 'normalize' | 'dedupe', label: string, outcome: WriteOutcome): void {
    const again = kind === 'dedupe' ? 'Open Dedupe tasks again to review what is left.' : 'Run Normalize again to review the changes.';
    const undo = outcome.written.length > 0 ? ` Undo with “Undo last ${kind}”.` : '';
    new Notice(describeOutcome(label, outcome, { again }) + undo, 8000);
  }

  private async undo(kind: 'normalize' | 'dedupe', label: string): Promise<void> {
    if (!this.writer.canUndo(kind)) {
      new Notice(`Nothing to undo: no ${kind} was applied in this session.`);
      return;
    }
    const outcome = await this.writer.undoLast(kind);
    new Notice(describeOutcome(label, outcome, { since: `the ${kind}`, again: 'Undo their changes by hand, or restore them from the backups folder.' }));
    for (const path of outcome.written) await this.index.refresh(path);
  }
}


