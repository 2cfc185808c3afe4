/** The path on the command line: found as the user meant it, or refused with a reason. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args';
import { resolveTarget } from '../../src/cli/target';

const dir = mkdtempSync(join(tmpdir(), 'mi-target-'));
mkdirSync(join(dir, 'notes', 'Meetings'), { recursive: true });
writeFileSync(join(dir, 'notes', 'Meetings', 'a.md'), '# a\n');
writeFileSync(join(dir, 'notes', 'todo.txt'), 'x\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusal(given: string, command: 'scan' | 'normalize' | 'dedupe', allowFile: boolean): string {
  try {
    resolveTarget(given, command, allowFile);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${given} was accepted`);
}

describe('resolveTarget', () => {
  it('finds a folder and a note', () => {
    expect(resolveTarget(join(dir, 'notes'), 'scan', false)).toEqual({ path: join(dir, 'notes'), isFolder: true });
    expect(resolveTarget(join(dir, 'notes/Meetings/a.md'), 'normalize', true).isFolder).toBe(false);
  });

  it('refuses a path that does not exist, as bad usage', () => {
    expect(refusal(join(dir, 'nope'), 'scan', false)).toBe(`No such folder: ${join(dir, 'nope')}`);
    expect(refusal(join(dir, 'nope.md'), 'normalize', true)).toContain('No such file or folder');
  });

  it('refuses a file where a folder is wanted, and a file that is not a note', () => {
    expect(refusal(join(dir, 'notes/Meetings/a.md'), 'dedupe', false)).toContain('dedupe takes a folder');
    expect(refusal(join(dir, 'notes/todo.txt'), 'normalize', true)).toContain('not a Markdown note');
  });

  it('reads a path copied from Windows with backslashes when only that reading exists', () => {
    const given = `${dir}/notes\\Meetings\\a.md`;
    expect(resolveTarget(given, 'normalize', true).path).toBe(join(dir, 'notes/Meetings/a.md'));
  });

  it.skipIf(process.platform === 'win32')('says that a drive path is a Windows path', () => {
    expect(refusal('C:\\Users\\me\\vault', 'scan', false)).toContain('Windows');
  });
});
