/**
 * Ticking a task from the dashboard writes the line the task is on now: a
 * note edited since the index read it is read again and the same task ticked
 * where it went; a task gone is reported, never another line ticked.
 */
import { describe, expect, it } from 'vitest';
import { analyseFile, type FileAnalysis } from '../../src/core/graph/build';
import { applyEdits } from '../../src/core/edits';
import { hashText } from '../../src/core/text';
import type { EditPlan } from '../../src/core/model';
import { findSameTask, tickTask, type TickDeps } from '../../src/plugin/task-tick';
import type { WriteOutcome } from '../../src/plugin/writer';

const PATH = 'Meetings/2025-03-04 Harbor Mills.md';
const NOTE = [
  '---',
  'type: people',
  'date: 2025-03-04',
  '---',
  '## Action items',
  '- [ ] Send the signed order form @Dana Okafor 📅 2025-03-14',
  '- [ ] Book the review room @Robin Vale',
  '',
].join('\n');

/** A one-note vault and an index that has read `indexed` (the note may hold something newer). */
function world(indexed: string, now: string | null) {
  const vault = { text: now };
  let analysis: FileAnalysis | null = analyseFile(PATH, indexed);
  const deps: TickDeps = {
    read: () => Promise.resolve(vault.text),
    analysis: () => analysis,
    refresh: () => {
      analysis = vault.text === null ? null : analyseFile(PATH, vault.text);
      return Promise.resolve();
    },
    apply: (plan: EditPlan): Promise<WriteOutcome> => {
      if (vault.text === null || hashText(vault.text) !== plan.hash) return Promise.resolve({ written: [], stale: [plan.path], failed: [], edits: 0 });
      vault.text = applyEdits(vault.text, plan.edits);
      return Promise.resolve({ written: [plan.path], stale: [], failed: [], edits: plan.edits.length });
    },
    today: '2025-03-06',
  };
  const task = (text: string) => {
    const t = analyseFile(PATH, indexed).note.tasks.find((x) => x.text === text);
    if (!t) throw new Error(`no task ${text}`);
    return t;
  };
  return { vault, deps, task };
}

describe('tickTask', () => {
  it('ticks the task with its done date when the note is as the index read it', async () => {
    const w = world(NOTE, NOTE);
    const result = await tickTask(w.deps, PATH, w.task('Book the review room'), true);
    expect(result).toEqual({ ok: true, message: null });
    expect(w.vault.text).toContain('- [x] Book the review room @Robin Vale ✅ 2025-03-06');
  });

  it('finds the task where it went when a line was typed above it since the index read the note', async () => {
    const edited = NOTE.replace('## Action items\n', '## Action items\n- [ ] Call the auditors back @Robin Vale\n');
    const w = world(NOTE, edited);
    const result = await tickTask(w.deps, PATH, w.task('Book the review room'), true);
    expect(result.ok).toBe(true);
    expect(w.vault.text).toContain('- [ ] Call the auditors back @Robin Vale\n');
    expect(w.vault.text).toContain('- [ ] Send the signed order form');
    expect(w.vault.text).toContain('- [x] Book the review room @Robin Vale ✅ 2025-03-06');
  });

  it('changes nothing and says so when the task was deleted from the note since', async () => {
    const edited = NOTE.replace('- [ ] Book the review room @Robin Vale\n', '');
    const w = world(NOTE, edited);
    const result = await tickTask(w.deps, PATH, w.task('Book the review room'), true);
    expect(result.ok).toBe(false);
    expect(result.message).toBe('“Book the review room” is no longer in 2025-03-04 Harbor Mills, so nothing was changed.');
    expect(w.vault.text).toBe(edited);
  });

  it('says the note is gone when it was deleted', async () => {
    const w = world(NOTE, null);
    const result = await tickTask(w.deps, PATH, w.task('Book the review room'), true);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^“Book the review room” is no longer in|no longer exists/);
  });

  it('reopens a done task, dropping its done date', async () => {
    const done = NOTE.replace('- [ ] Book the review room @Robin Vale', '- [x] Book the review room @Robin Vale ✅ 2025-03-05');
    const w = world(done, done);
    const result = await tickTask(w.deps, PATH, w.task('Book the review room'), false);
    expect(result.ok).toBe(true);
    expect(w.vault.text).toContain('- [ ] Book the review room @Robin Vale\n');
  });
});

describe('findSameTask', () => {
  const t = (line: number, text: string, bullet = false) => ({ line, start: 0, end: 0, text, bullet });
  it('takes the copy nearest the old line, and never a bullet for a checkbox task', () => {
    const tasks = [t(3, 'Send it'), t(20, 'Send it'), t(9, 'Send it', true)];
    expect(findSameTask(tasks, t(8, 'Send it'))?.line).toBe(3);
    expect(findSameTask(tasks, t(8, 'Send it', true))?.line).toBe(9);
    expect(findSameTask(tasks, t(8, 'Send that'))).toBeNull();
  });
});
