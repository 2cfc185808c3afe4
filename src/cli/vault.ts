/** Reading a vault folder from disk, and writing edit plans back safely. */
import { accessSync, chmodSync, constants, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from './fs-errors';
import type { EditPlan, Problem } from '../core/model';
import { applyPlan, StaleTextError } from '../core/edits';
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

/**
 * Every Markdown file under `target` (a folder, or a single file whose folder becomes the root).
 * A folder or file that cannot be read is reported and the rest still read.
 */
export function readVault(target: string): VaultRead {
  const abs = resolve(target);
  const stat = statSync(abs);
  const root = stat.isDirectory() ? abs : dirname(abs);
  const found = stat.isDirectory() ? walk(abs) : { files: [abs], problems: [] };
  const files: VaultFile[] = [];
  const problems: Problem[] = found.problems.map((p) => ({ ...p, path: relativePath(root, p.path) }));
  for (const file of found.files) {
    const path = relativePath(root, file);
    const read = readNote(file, path);
    if (read.problem) problems.push(read.problem);
    if (read.file) files.push(read.file);
  }
  return { root, files, problems };
}

function relativePath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/**
 * The Markdown files under `folder`, in name order. Symbolic links are followed as Obsidian
 * follows them, but each real folder and file is read once: a link back up the tree (a loop)
 * or a second way to the same note is passed over. Problems carry absolute paths here.
 */
function walk(folder: string): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();
  const fail = (path: string, message: string) => problems.push({ path, line: null, kind: 'read-error', message });

  const visit = (dir: string): void => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === folder) throw error;
      fail(dir, `Could not read the folder: ${describeFsError(error)}; the notes in it were not read.`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const isNote = entry.name.toLowerCase().endsWith('.md');
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // A dangling link to anything but a note is none of our business.
          if (isNote) fail(full, `A symbolic link that leads nowhere (${describeFsError(error)}); it was not read.`);
          continue;
        }
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) visit(full);
      } else if (isFile && isNote) {
        let realFile = full;
        try {
          realFile = realpathSync(full);
        } catch {
          // Unreachable in practice (the stat above succeeded); read it under its own name.
        }
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        files.push(full);
      }
    }
  };
  visit(folder);
  return { files, problems };
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
      const line = firstInvalidLine(bytes);
      return {
        file: { path, text: windows1252.decode(bytes), exact: false },
        problem: {
          path,
          line,
          kind: 'not-utf8',
          message: `The file is not valid UTF-8 (first on line ${line}); it was read as Windows-1252. Re-save it as UTF-8 to let the plugin change it; it is never written as it is.`,
        },
      };
    }
  } catch (error) {
    return { problem: { path, line: null, kind: 'read-error', message: `Could not read the file: ${describeFsError(error)}.` } };
  }
}

const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The 1-based line of the first byte sequence that is not UTF-8 (the decoder marks it U+FFFD). */
function firstInvalidLine(bytes: Uint8Array): number {
  const text = lenientUtf8.decode(bytes);
  const at = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export interface WriteResult {
  path: string;
  written: boolean;
  message: string;
}

/**
 * Apply a plan to a file on disk: only if the file still has the text the plan was
 * made from, after backing the original up under `<root>/.meeting-intel/backup/<stamp>/`.
 * Never throws: a file that cannot be read, backed up or written is left as it was, and the
 * result says why. The new text replaces the old in one rename, through a symbolic link to
 * the note it points at, with the old file's permissions; a read-only note is not written.
 */
export function writePlan(root: string, plan: EditPlan, stamp: string): WriteResult {
  const refuse = (message: string): WriteResult => ({ path: plan.path, written: false, message });
  let file: string;
  let bytes: Buffer;
  let mode: number;
  try {
    file = realpathSync(join(root, ...plan.path.split('/')));
    mode = statSync(file).mode;
    bytes = readFileSync(file);
  } catch (error) {
    return refuse(`could not be read again (${describeFsError(error)}); left unchanged`);
  }
  let current: string;
  try {
    current = strictUtf8.decode(bytes);
  } catch {
    return refuse('not valid UTF-8; left unchanged');
  }
  let next: string;
  try {
    next = applyPlan(current, plan);
  } catch (error) {
    return refuse(error instanceof StaleTextError ? 'changed since the plan was made; left unchanged (run the command again for a new plan)' : (error as Error).message);
  }
  if (next === current) return refuse('nothing to change');
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return refuse('read-only; left unchanged');
  }
  const backup = join(root, '.meeting-intel', 'backup', stamp, ...plan.path.split('/'));
  try {
    mkdirSync(dirname(backup), { recursive: true });
    writeFileSync(backup, bytes);
  } catch (error) {
    return refuse(`the original could not be backed up (${describeFsError(error)}); left unchanged`);
  }
  const temp = `${file}.meeting-intel.tmp`;
  try {
    writeFileSync(temp, next, { encoding: 'utf8', mode });
    chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Left behind; its name does not end in .md, so no vault reads it as a note.
    }
    return refuse(`could not be written (${describeFsError(error)}); left unchanged`);
  }
  return { path: plan.path, written: true, message: `${plan.edits.length} change${plan.edits.length === 1 ? '' : 's'}; original kept in ${relativePath(root, backup)}` };
}

export function backupStamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}
