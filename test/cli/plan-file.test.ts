/** Saved plans read back for --write --plan: exactly what --json wrote, and nothing that reaches outside the folder. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args';
import { readPlanFile } from '../../src/cli/plan-file';

const dir = mkdtempSync(join(tmpdir(), 'mi-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function saved(content: unknown): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function refusal(file: string): string {
  try {
    readPlanFile(file, 'normalize');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

const EDIT = { start: 3, end: 10, replacement: 'Lee', line: 2, kind: 'doubled-name', reason: 'Doubled surname', before: 'Lee Lee' };

describe('readPlanFile', () => {
  it('reads the plans of a --json output, dropping what only the preview needed', () => {
    const plans = readPlanFile(saved({ groups: [], plans: [{ path: 'Meetings/a.md', hash: 'h1', edits: [EDIT] }], written: [], problems: [] }), 'dedupe');
    expect(plans).toEqual([{ path: 'Meetings/a.md', hash: 'h1', edits: [{ start: 3, end: 10, replacement: 'Lee', line: 2, kind: 'doubled-name', reason: 'Doubled surname' }] }]);
  });

  it('refuses a file that is not JSON, or JSON that is not a plan', () => {
    expect(refusal(saved('diff --git a/x b/x'))).toContain('is not JSON');
    expect(refusal(saved({ notes: [] }))).toContain('is not a plan');
    expect(refusal(saved({ plans: [{ path: 'a.md', edits: [] }] }))).toContain('plan 1: needs a path, a hash and edits');
    expect(refusal(saved({ plans: [{ path: 'a.md', hash: 'h', edits: [{ ...EDIT, start: 12 }] }] }))).toContain('edit 1 needs a start, an end and a replacement');
  });

  it('refuses paths outside the folder', () => {
    for (const path of ['../a.md', 'x/../../a.md', '/etc/a.md', 'C:\\a.md', '..\\a.md', '']) {
      expect(refusal(saved({ plans: [{ path, hash: 'h', edits: [] }] }))).toContain('is not inside the folder');
    }
  });

  it('says when the plan cannot be read', () => {
    expect(refusal(join(dir, 'missing.json'))).toContain('it does not exist');
  });
});
