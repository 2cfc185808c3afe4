/**
 * Writing edit plans into the vault, safely: every plan is applied inside
 * `app.vault.process` only when the file still has the text the plan was made
 * from; the original is backed up under the plugin's folder first and kept for
 * "Undo".
 */
import { normalizePath, TFile, type App } from 'obsidian';
import type { EditPlan } from '../core/model';
import { applyEdits } from '../core/edits';
import { hashText } from '../core/text';
import { messageOf } from './files';

export type WriteKind = 'normalize' | 'dedupe' | 'task';

export interface WriteOutcome {
  /** Files changed. */
  written: string[];
  /** Files left alone because they changed since they were analysed. */
  stale: string[];
  /** Files that could not be found or written, with why. */
  failed: { path: string; message: string }[];
  edits: number;
}

interface UndoEntry {
  files: { path: string; before: string; after: string }[];
}

const UNDO_DEPTH = 10;

export class NoteWriter {
  private readonly undo = new Map<WriteKind, UndoEntry[]>();

  constructor(
    private readonly app: App,
    /** The plugin's folder, for backups. */
    private readonly pluginDir: string,
  ) {}

  async apply(kind: WriteKind, plans: readonly EditPlan[]): Promise<WriteOutcome> {
    const outcome: WriteOutcome = { written: [], stale: [], failed: [], edits: 0 };
    const entry: UndoEntry = { files: [] };
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (const plan of plans) {
      if (plan.edits.length === 0) continue;
      const file = this.app.vault.getAbstractFileByPath(normalizePath(plan.path));
      if (!(file instanceof TFile)) {
        outcome.failed.push({ path: plan.path, message: 'the note no longer exists' });
        continue;
      }
      try {
        const original = await this.app.vault.read(file);
        if (hashText(original) !== plan.hash) {
          outcome.stale.push(plan.path);
          continue;
        }
        await this.backup(stamp, kind, plan.path, original);
        let before: string | null = null;
        let after = '';
        await this.app.vault.process(file, (current) => {
          // Checked again here: the read above and this write are not one step.
          if (hashText(current) !== plan.hash) return current;
          before = current;
          after = applyEdits(current, plan.edits);
          return after;
        });
        if (before === null) {
          outcome.stale.push(plan.path);
          continue;
        }
        entry.files.push({ path: plan.path, before, after });
        outcome.written.push(plan.path);
        outcome.edits += plan.edits.length;
      } catch (error) {
        outcome.failed.push({ path: plan.path, message: messageOf(error) });
      }
    }
    if (entry.files.length > 0) {
      const stack = this.undo.get(kind) ?? [];
      stack.push(entry);
      if (stack.length > UNDO_DEPTH) stack.shift();
      this.undo.set(kind, stack);
    }
    return outcome;
  }

  canUndo(kind: WriteKind): boolean {
    return (this.undo.get(kind)?.length ?? 0) > 0;
  }

  /**
   * Put back the originals of the last write of this kind — only in files that
   * still hold exactly what that write left; a file edited since is left alone.
   */
  async undoLast(kind: WriteKind): Promise<WriteOutcome> {
    const outcome: WriteOutcome = { written: [], stale: [], failed: [], edits: 0 };
    const entry = this.undo.get(kind)?.pop();
    if (!entry) return outcome;
    for (const { path, before, after } of entry.files) {
      const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
      if (!(file instanceof TFile)) {
        outcome.failed.push({ path, message: 'the note no longer exists' });
        continue;
      }
      let restored = false;
      await this.app.vault.process(file, (current) => {
        if (current !== after) return current;
        restored = true;
        return before;
      });
      if (restored) outcome.written.push(path);
      else outcome.stale.push(path);
    }
    return outcome;
  }

  private async backup(stamp: string, kind: WriteKind, path: string, text: string): Promise<void> {
    if (kind === 'task') return; // a tick is undone by unticking
    const target = normalizePath(`${this.pluginDir}/backups/${stamp}-${kind}/${path}`);
    const adapter = this.app.vault.adapter;
    const folder = target.slice(0, target.lastIndexOf('/'));
    if (!(await adapter.exists(folder))) await adapter.mkdir(folder);
    await adapter.write(target, text);
  }
}

/**
 * A Notice-sized sentence for an outcome. Notes left alone were edited `since`
 * (the preview, by default); `again` says what to do about them (e.g. "Run
 * Normalize again to see their changes.").
 */
export function describeOutcome(action: string, outcome: WriteOutcome, { since = 'the preview', again = '' }: { since?: string; again?: string } = {}): string {
  const parts: string[] = [];
  const n = outcome.written.length;
  if (n > 0) parts.push(`${action}: ${outcome.edits} change${outcome.edits === 1 ? '' : 's'} in ${n} note${n === 1 ? '' : 's'}${n <= 3 ? ` (${outcome.written.join(', ')})` : ''}.`);
  else parts.push(`${action}: nothing was changed.`);
  const stale = outcome.stale.length;
  if (stale > 0) {
    const which = stale <= 3 ? outcome.stale.join(', ') : `${outcome.stale.slice(0, 3).join(', ')} and ${stale - 3} more`;
    parts.push(`${stale === 1 ? 'One note was' : `${stale} notes were`} edited since ${since}, so ${stale === 1 ? 'it was left as it is' : 'they were left as they are'}: ${which}.`);
    if (again) parts.push(again);
  }
  for (const f of outcome.failed) parts.push(`${f.path}: ${f.message}.`);
  return parts.join(' ');
}
