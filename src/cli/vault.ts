/** Reading a vault folder from disk, and writing edit plans back safely. */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { EditPlan, Problem } from '../core/model';
import { applyPlan } from '../core/edits';
import { MAX_NOTE_BYTES } from '../core/limits';

export interface VaultFile {
  /** Relative to the vault folder, `/`-separated. */
  path: string;
  text: string;
  /** False when the bytes were not valid UTF-8: such a file is read but never written. */
  exact: boolean;
}

export interface VaultRead {
  root: string;
  files: VaultFile[];
  problems: Problem[];
}

// Dot folders (the app's config folder, .git, .trash, our backups) are skipped too.
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Every Markdown file under `target` (a folder, or a single file whose folder becomes the root). */
export function readVault(target: string): VaultRead {
  const abs = resolve(target);
  const stat = statSync(abs);
  const root = stat.isDirectory() ? abs : dirname(abs);
  const paths = stat.isDirectory() ? walk(abs) : [abs];
  const files: VaultFile[] = [];
  const problems: Problem[] = [];
  for (const file of paths) {
    const path = relative(root, file).split(sep).join('/');
    const read = readNote(file, path);
    if (read.problem) problems.push(read.problem);
    if (read.file) files.push(read.file);
  }
  return { root, files, problems };
}

function walk(folder: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) out.push(...walk(full));
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      out.push(full);
    }
  }
  return out;
}

// A byte-order mark is kept in the text, so a write puts it back.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

function readNote(file: string, path: string): { file?: VaultFile; problem?: Problem } {
  try {
    const size = statSync(file).size;
    if (size > MAX_NOTE_BYTES) {
      return {
        problem: {
          path,
          line: null,
          kind: 'too-large',
          message: `Skipped: ${(size / 1048576).toFixed(1)} MB is more than the ${MAX_NOTE_BYTES / 1048576} MB a note may have.`,
        },
      };
    }
    const bytes = readFileSync(file);
    try {
      return { file: { path, text: strictUtf8.decode(bytes), exact: true } };
    } catch {
      // Not UTF-8: most likely saved by an old Windows editor. Read as Windows-1252, say so, and never write it back.
      return {
        file: { path, text: windows1252.decode(bytes), exact: false },
        problem: {
          path,
          line: null,
          kind: 'not-utf8',
          message: 'The file is not UTF-8 (it was read as Windows-1252); re-save it as UTF-8 to let the plugin change it. It is never written as it is.',
        },
      };
    }
  } catch (error) {
    return { problem: { path, line: null, kind: 'read-error', message: `Could not read the file: ${(error as Error).message}` } };
  }
}

export interface WriteResult {
  path: string;
  written: boolean;
  message: string;
}

/**
 * Apply a plan to a file on disk: only if the file still has the text the plan was
 * made from, after backing the original up under `<root>/.meeting-intel/backup/<stamp>/`.
 */
export function writePlan(root: string, plan: EditPlan, stamp: string): WriteResult {
  const file = join(root, ...plan.path.split('/'));
  const bytes = readFileSync(file);
  let current: string;
  try {
    current = strictUtf8.decode(bytes);
  } catch {
    return { path: plan.path, written: false, message: 'not valid UTF-8; left unchanged' };
  }
  let next: string;
  try {
    next = applyPlan(current, plan);
  } catch (error) {
    return { path: plan.path, written: false, message: (error as Error).message };
  }
  if (next === current) return { path: plan.path, written: false, message: 'nothing to change' };
  const backup = join(root, '.meeting-intel', 'backup', stamp, ...plan.path.split('/'));
  mkdirSync(dirname(backup), { recursive: true });
  writeFileSync(backup, bytes);
  const temp = `${file}.meeting-intel.tmp`;
  writeFileSync(temp, next, 'utf8');
  renameSync(temp, file);
  return { path: plan.path, written: true, message: `${plan.edits.length} change${plan.edits.length === 1 ? '' : 's'}; original kept in ${relative(root, backup).split(sep).join('/')}` };
}

export function backupStamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
