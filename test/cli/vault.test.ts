/**
 * Reading a vault from disk and writing plans back: the folders a vault really has (dot
 * folders, links, loops, locked folders) and the ways a write can go wrong. Failures the
 * machine cannot produce for root (a locked folder, a read-only note) are injected into
 * `node:fs` for the paths named in `faults`.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readVault, writePlan } from '../../src/cli/vault';
import { hashText } from '../../src/core/text';
import type { EditPlan } from '../../src/core/model';

const faults = vi.hoisted(() => ({ readdir: new Set<string>(), readFile: new Set<string>(), access: new Set<string>() }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, '${String(path)}'`), { code: 'EACCES' });
  return {
    ...fs,
    readdirSync: ((path: string, options?: unknown) => {
      if (faults.readdir.has(String(path))) throw denied(path);
      return fs.readdirSync(path, options as never);
    }) as typeof fs.readdirSync,
    readFileSync: ((path: string, options?: unknown) => {
      if (faults.readFile.has(String(path))) throw denied(path);
      return fs.readFileSync(path, options as never);
    }) as typeof fs.readFileSync,
    accessSync: ((path: string, mode?: number) => {
      if (faults.access.has(String(path))) throw denied(path);
      fs.accessSync(path, mode);
    }) as typeof fs.accessSync,
  };
});

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeEach(() => {
  faults.readdir.clear();
  faults.readFile.clear();
  faults.access.clear();
});

function vault(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mi-vault-'));
  temps.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const NOTE = '---\ntype: 1-1\ndate: 2026-01-02\n---\n- [ ] Send it @Bob Lee Lee\n';

function planFor(path: string, text: string, from: string, to: string): EditPlan {
  const start = text.indexOf(from);
  return { path, hash: hashText(text), edits: [{ start, end: start + from.length, replacement: to, line: 5, reason: 'test', kind: 'doubled-name' }] };
}

describe('readVault', () => {
  it('reads nested folders and names with spaces, accents and #, as relative /-separated paths', () => {
    const dir = vault({ 'a.md': NOTE, 'Sub folder/déjà vu/#1 note.md': NOTE, 'b.MD': NOTE, 'c.txt': 'x' });
    expect(readVault(dir).files.map((f) => f.path)).toEqual(['Sub folder/déjà vu/#1 note.md', 'a.md', 'b.MD']);
  });

  it('skips dot folders: the app config folder whatever it is called, the trash, git, our backups', () => {
    const dir = vault({ 'a.md': NOTE, '.my-config/x.md': NOTE, '.trash/y.md': NOTE, '.git/w.md': NOTE, '.meeting-intel/backup/z.md': NOTE });
    expect(readVault(dir).files.map((f) => f.path)).toEqual(['a.md']);
  });

  it('follows a linked note and a linked folder, reads each real note once, and ends a loop', () => {
    const outside = vault({ 'far.md': NOTE });
    const dir = vault({ 'a.md': NOTE });
    symlinkSync(join(outside, 'far.md'), join(dir, 'linked.md'));
    symlinkSync(outside, join(dir, 'shelf'));
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(dir, 'a.md'), join(dir, 'z-again.md'));
    const read = readVault(dir);
    expect(read.files.map((f) => f.path)).toEqual(['a.md', 'linked.md']);
    expect(read.problems).toEqual([]);
  });

  it('reports a link to a note that leads nowhere, and ignores other broken links', () => {
    const dir = vault({ 'a.md': NOTE });
    symlinkSync(join(dir, 'gone.md'), join(dir, 'dangling.md'));
    symlinkSync(join(dir, 'gone'), join(dir, 'dangling-folder'));
    const read = readVault(dir);
    expect(read.files.map((f) => f.path)).toEqual(['a.md']);
    expect(read.problems).toEqual([expect.objectContaining({ path: 'dangling.md', kind: 'read-error', line: null })]);
  });

  it('reports a folder it may not read and still reads the rest', () => {
    const dir = vault({ 'a.md': NOTE, 'locked/b.md': NOTE, 'z/c.md': NOTE });
    faults.readdir.add(join(dir, 'locked'));
    const read = readVault(dir);
    expect(read.files.map((f) => f.path)).toEqual(['a.md', 'z/c.md']);
    expect(read.problems).toEqual([expect.objectContaining({ path: 'locked', kind: 'read-error' })]);
    expect(read.problems[0].message).toContain('permission denied');
    expect(read.problems[0].message).not.toContain('EACCES');
  });

  it('reports a note it may not read in words, without the error code or the absolute path', () => {
    const dir = vault({ 'a.md': NOTE, 'secret.md': NOTE });
    faults.readFile.add(join(dir, 'secret.md'));
    const problem = readVault(dir).problems[0];
    expect(problem).toMatchObject({ path: 'secret.md', kind: 'read-error' });
    expect(problem.message).toBe('Could not read the file: permission denied.');
  });

  it('gives the line of the first byte that is not UTF-8', () => {
    const dir = vault({ 'latin.md': Buffer.concat([Buffer.from('# Notes\n\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]) });
    const read = readVault(dir);
    expect(read.files[0]).toMatchObject({ path: 'latin.md', text: '# Notes\n\ncafé\n', exact: false });
    expect(read.problems).toEqual([expect.objectContaining({ kind: 'not-utf8', line: 3 })]);
  });

  it('keeps a byte-order mark and CRLF line breaks in the text it reads', () => {
    const dir = vault({ 'w.md': '\uFEFF# Title\r\n- [ ] x\r\n' });
    expect(readVault(dir).files[0].text).toBe('\uFEFF# Title\r\n- [ ] x\r\n');
  });
});

describe('writePlan', () => {
  it('writes the plan and keeps the original under the backup folder', () => {
    const dir = vault({ 'n.md': NOTE });
    const result = writePlan(dir, planFor('n.md', NOTE, 'Lee Lee', 'Lee'), 'stamp');
    expect(result.written).toBe(true);
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toContain('@Bob Lee\n');
    expect(readFileSync(join(dir, '.meeting-intel/backup/stamp/n.md'), 'utf8')).toBe(NOTE);
  });

  it('leaves a file that changed since the plan was made, and backs nothing up', () => {
    const dir = vault({ 'n.md': NOTE });
    const plan = planFor('n.md', NOTE, 'Lee Lee', 'Lee');
    writeFileSync(join(dir, 'n.md'), `${NOTE}- [ ] added meanwhile\n`);
    const result = writePlan(dir, plan, 'stamp');
    expect(result).toMatchObject({ written: false });
    expect(result.message).toMatch(/changed since/);
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toBe(`${NOTE}- [ ] added meanwhile\n`);
    expect(existsSync(join(dir, '.meeting-intel'))).toBe(false);
  });

  it('reports a file deleted since it was read instead of throwing', () => {
    const dir = vault({ 'n.md': NOTE });
    const plan = planFor('n.md', NOTE, 'Lee Lee', 'Lee');
    rmSync(join(dir, 'n.md'));
    const result = writePlan(dir, plan, 'stamp');
    expect(result).toMatchObject({ written: false });
    expect(result.message).toContain('does not exist');
  });

  it('leaves a read-only note alone', () => {
    const dir = vault({ 'n.md': NOTE });
    faults.access.add(join(dir, 'n.md'));
    const result = writePlan(dir, planFor('n.md', NOTE, 'Lee Lee', 'Lee'), 'stamp');
    expect(result).toMatchObject({ written: false, message: 'read-only; left unchanged' });
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toBe(NOTE);
  });

  it('writes a linked note where it lives, keeps the link, and keeps the permissions', () => {
    const outside = vault({ 'real.md': NOTE });
    chmodSync(join(outside, 'real.md'), 0o640);
    const dir = vault({});
    symlinkSync(join(outside, 'real.md'), join(dir, 'n.md'));
    expect(writePlan(dir, planFor('n.md', NOTE, 'Lee Lee', 'Lee'), 'stamp').written).toBe(true);
    expect(lstatSync(join(dir, 'n.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(outside, 'real.md'), 'utf8')).toContain('@Bob Lee\n');
    expect(statSync(join(outside, 'real.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(outside)).toEqual(['real.md']);
  });
});
