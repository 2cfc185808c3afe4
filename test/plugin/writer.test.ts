// @vitest-environment happy-dom
/**
 * The note writer against an in-memory vault (obsidian-test-mocks): plans are
 * applied only to unchanged files, backed up, and undoable.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setup } from 'obsidian-test-mocks/setup';
import type { App as AppOriginal } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { NoteWriter, describeOutcome } from '../../src/plugin/writer';
import { planNormalize } from '../../src/core/repair/normalize';


const BROKEN = '---\r\ntype: 1-1\r\ndate: 2026-03-04\r\ncreated: { { DATE } }\r\n---\r\n- [ ] Send it ðŸ“… 2026-03-11 â«\r\n';

beforeAll(() => setup());

describe('NoteWriter', () => {
  let app: AppOriginal;
  let writer: NoteWriter;

  beforeEach(async () => {
    const mock = App.createConfigured__({ files: { 'Meetings/a.md': BROKEN, 'Meetings/b.md': 'clean\n' } });
    app = mock.asOriginalType__();
    writer = new NoteWriter(app, `${app.vault.configDir}/plugins/meeting-intelligence`);
  });

  const read = (path: string) => app.vault.adapter.read(path);

  it('applies a plan, keeps CRLF, backs the original up, and undoes it', async () => {
    const { plan } = planNormalize('Meetings/a.md', BROKEN);
    const outcome = await writer.apply('normalize', [plan]);
    expect(outcome.written).toEqual(['Meetings/a.md']);
    const after = await read('Meetings/a.md');
    expect(after).toBe('---\r\ntype: 1-1\r\ndate: 2026-03-04\r\ncreated: 2026-03-04\r\n---\r\n- [ ] Send it 📅 2026-03-11 ⏫\r\n');
    const backups = await app.vault.adapter.list(`${app.vault.configDir}/plugins/meeting-intelligence/backups`);
    expect(backups.folders).toHaveLength(1);
    expect(await read(`${backups.folders[0]}/Meetings/a.md`)).toBe(BROKEN);
    expect(describeOutcome('Normalize', outcome)).toMatch(/Normalize: 3 changes in 1 note/);

    const undone = await writer.undoLast('normalize');
    expect(undone.written).toEqual(['Meetings/a.md']);
    expect(await read('Meetings/a.md')).toBe(BROKEN);
    expect(writer.canUndo('normalize')).toBe(false);
  });

  it('leaves a file alone when it changed since the plan was made', async () => {
    const { plan } = planNormalize('Meetings/a.md', BROKEN);
    await app.vault.adapter.write('Meetings/a.md', BROKEN + 'typed meanwhile\r\n');
    const outcome = await writer.apply('normalize', [plan]);
    expect(outcome.written).toEqual([]);
    expect(outcome.stale).toEqual(['Meetings/a.md']);
    expect(await read('Meetings/a.md')).toBe(BROKEN + 'typed meanwhile\r\n');
    expect(describeOutcome('Normalize', outcome, { again: 'Run Normalize again to review the changes.' })).toBe(
      'Normalize: nothing was changed. One note was edited since the preview, so it was left as it is: Meetings/a.md. Run Normalize again to review the changes.',
    );
  });

  it('does not undo over later edits', async () => {
    const { plan } = planNormalize('Meetings/a.md', BROKEN);
    await writer.apply('normalize', [plan]);
    const after = await read('Meetings/a.md');
    await app.vault.adapter.write('Meetings/a.md', after + 'more\r\n');
    const undone = await writer.undoLast('normalize');
    expect(undone.stale).toEqual(['Meetings/a.md']);
    expect(await read('Meetings/a.md')).toBe(after + 'more\r\n');
  });

  it('reports a plan for a note that no longer exists', async () => {
    const { plan } = planNormalize('Meetings/gone.md', BROKEN);
    const outcome = await writer.apply('normalize', [plan]);
    expect(outcome.failed).toEqual([{ path: 'Meetings/gone.md', message: 'the note no longer exists' }]);
  });

  it('names at most three notes left alone, and says since what for an undo', () => {
    const outcome = { written: [], stale: ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'], failed: [], edits: 0 };
    expect(describeOutcome('Undo dedupe', outcome, { since: 'the dedupe' })).toBe(
      'Undo dedupe: nothing was changed. 5 notes were edited since the dedupe, so they were left as they are: a.md, b.md, c.md and 2 more.',
    );
  });
});
