/** The file or folder named on the command line: found, checked, and explained when it is not right. */
import { statSync } from 'node:fs';
import { UsageError, type WorkCommand } from './args';
import { describeFsError } from './fs-errors';

export interface Target {
  /** The path to open: as given, or with `\` read as `/` when only that exists. */
  path: string;
  isFolder: boolean;
}

/** A target that exists but cannot be looked at (a folder above it is locked): not bad usage, a read failure. */
export class TargetUnreadable extends Error {}

export function resolveTarget(given: string, command: WorkCommand, allowFile: boolean): Target {
  const path = locate(given);
  if (path === null) {
    const what = allowFile ? 'file or folder' : 'folder';
    throw new UsageError(`No such ${what}: ${given}${windowsHint(given)}`, command);
  }
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new TargetUnreadable(`Cannot read ${given}: ${describeFsError(error)}.`);
  }
  if (stat.isDirectory()) return { path, isFolder: true };
  if (!stat.isFile()) throw new UsageError(`${given} is neither a file nor a folder.`, command);
  if (!allowFile) throw new UsageError(`${command} takes a folder, and ${given} is a file. Give the folder that holds it.`, command);
  if (!/\.md$/i.test(path)) throw new UsageError(`${given} is not a Markdown note (.md).`, command);
  return { path, isFolder: false };
}

/**
 * The path as given when it exists; else, on a system whose separator is `/`, the same
 * path with `\` read as `/` (a path copied from Windows, `notes\Meetings`), when that exists.
 */
function locate(given: string): string | null {
  if (exists(given)) return given;
  if (given.includes('\\') && !/^[A-Za-z]:/.test(given)) {
    const slashed = given.replace(/\\/g, '/');
    if (exists(slashed)) return slashed;
  }
  return null;
}

/** Whether the path leads somewhere; behind a locked folder it may, and the caller's stat says why it cannot be read. */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EACCES';
  }
}

function windowsHint(given: string): string {
  if (/^[A-Za-z]:[\\/]/.test(given) && process.platform !== 'win32') return ' (a Windows drive path; on this system give the folder as a / path)';
  return '';
}
