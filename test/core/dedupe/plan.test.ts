import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/core/dedupe/cluster';
import { planDedupe } from '../../../src/core/dedupe/plan';
import { groupMeetings } from '../../../src/core/graph/meetings';
import { applyPlan, StaleTextError } from '../../../src/core/edits';
import { applyAll, meetingNote, outsideUntouched, vault, type Vault } from './helpers';

function dedupe(v: Vault, options: { crossNote?: 'mark' | 'delete' } = {}) {
  const groups = findDuplicates(v.notes, groupMeetings(v.notes));
  return { groups, plans: planDedupe(v.texts, v.notes, groups, options) };
}


const ONE_NOTE = meetingNote({
  date: '2025-03-04',
  with: ['Myself', 'Priya Raman'],
  tasks: [
    '- [ ] Send the pricing deck to Keswick Foods @Priya Raman 📅 2025-03-14 🔼 #sales',
    '- [ ] Order 2 PB of capacity for the Cobalt cluster @Priya Raman',
    '- [ ] Share the pricing deck with Keswick Foods @Priya Raman 📅 2025-03-10 ⏫ #followup',
    '- [ ] Order 20 PB of capacity for the Cobalt cluster @Priya Raman',
    '- [ ] Do not share the roadmap with Keswick Foods @Priya Raman',
    '- [ ] Share the roadmap with Keswick Foods @Priya Raman',
  ],
  decisions: ['Keswick Foods will pilot Atlas in two regions.', 'Keswick Foods will pilot Atlas in two regions before the renewal.'],
});

describe('within one note', () => {
  it('deletes the duplicate line and merges the earliest due, highest priority and every tag into the copy kept', () => {
    const v = vault({ 'Meetings/a.md': ONE_NOTE });
    const { groups, plans } = dedupe(v);
    // Only one group to apply; the copy kept may also show as a possible duplicate of something else.
    const tasks = groups.filter((g) => g.kind === 'task' && g.confidence >= 0.8);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].scope).toBe('note');
    expect(tasks[0].reasons.join(' ')).toMatch(/earliest|taken from a copy/);
    const after = applyAll(v, plans);
    const text = after.texts.get('Meetings/a.md') as string;
    expect(text.match(/pricing deck/g)).toHaveLength(1);
    const kept = after.notes[0].tasks.find((t) => /pricing deck/.test(t.text));
    expect(kept?.due).toBe('2025-03-10');
    expect(kept?.priority).toBe('high');
    expect(kept?.tags).toEqual(expect.arrayContaining(['#sales', '#followup']));
    expect(kept?.assignee).toBe('Priya Raman');
    outsideUntouched(v.texts.get('Meetings/a.md') as string, text, plans[0]);
  });

  it('never merges near-misses (2 vs 20 PB, do not share vs share)', () => {
    const v = vault({ 'Meetings/a.md': ONE_NOTE });
    const { groups } = dedupe(v);
    for (const g of groups) {
      const texts = g.members.map((m) => m.text).join('\n');
      expect(texts).not.toMatch(/PB/);
      expect(texts).not.toMatch(/Do not share the roadmap/);
    }
  });

  it('deletes a repeated decision inside the note', () => {
    const v = vault({ 'Meetings/a.md': ONE_NOTE });
    const after = applyAll(v, dedupe(v).plans);
    expect(after.notes[0].items.filter((i) => /pilot Atlas/.test(i.text))).toHaveLength(1);
    expect(after.texts.get('Meetings/a.md')).toContain('before the renewal');
  });

  it('keeps CRLF line breaks', () => {
    const crlf = ONE_NOTE.replace(/\n/g, '\r\n');
    const v = vault({ 'Meetings/a.md': crlf });
    const after = applyAll(v, dedupe(v).plans).texts.get('Meetings/a.md') as string;
    expect(after.includes('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(after)).toBe(false);
  });

  it('is idempotent', () => {
    const v = vault({ 'Meetings/a.md': ONE_NOTE });
    const after = applyAll(v, dedupe(v).plans);
    expect(dedupe(after).plans).toEqual([]);
  });
});

const A = meetingNote({
  date: '2025-05-06',
  with: ['Myself', 'Tomas Berg'],
  ref: '/Users/dana.kowalski/Transcripts/2025-05-06 - Renewal planning with Tomas.md',
  tasks: ['- [ ] Send the renewal quote to Orbis Freight @Tomas Berg 📅 2025-05-20'],
  decisions: ['Orbis Freight moves to the premium support tier next year.'],
});
const B = meetingNote({
  date: '2025-05-06',
  with: ['Tomas Berg', 'Dana Kowalski'],
  ref: 'Inbox/archive/2025-05-06 - Renewal planning with Tomas.md',
  tasks: ['- [x] Send renewal quote to Orbis Freight @Tomas Berg ⏫ ✅ 2025-05-12 #renewal ^keep1'],
  decisions: ['Orbis Freight moves to the premium support tier next year.'],
});

describe('across the notes of one meeting', () => {
  it('marks the duplicate cancelled with a link to the block id of the copy kept, which takes every field', () => {
    const v = vault({ 'People/a.md': A, 'Customers/b.md': B });
    const { groups, plans } = dedupe(v);
    const task = groups.find((g) => g.kind === 'task');
    expect(task?.scope).toBe('meeting');
    const after = applyAll(v, plans);
    const all = after.notes.flatMap((n) => n.tasks.map((t) => ({ ...t, path: n.path })));
    const cancelled = all.filter((t) => t.statusType === 'cancelled');
    const kept = all.filter((t) => t.statusType !== 'cancelled');
    expect(cancelled).toHaveLength(1);
    expect(kept).toHaveLength(1);
    const k = kept[0];
    const id = k.blockId as string;
    expect(id).toMatch(/^[a-z0-9-]+$/);
    const targetName = k.path.replace(/^.*\//, '').replace(/\.md$/, '');
    expect(cancelled[0].description).toContain(`(duplicate of [[${targetName}#^${id}]])`);
    // Nothing lost: done with its date, earliest due, highest priority, tags, assignee.
    expect(k.statusType).toBe('done');
    expect(k.done).toBe('2025-05-12');
    expect(k.due).toBe('2025-05-20');
    expect(k.priority).toBe('high');
    expect(k.tags).toContain('#renewal');
    expect(k.assignee).toBe('Tomas Berg');
    // The cancelled line still carries its own signifiers where Tasks reads them.
    const orig = v.notes.flatMap((n) => n.tasks).find((t) => t.line === cancelled[0].line && t.due !== null);
    if (orig) expect(cancelled[0].due).toBe(orig.due);
  });

  it('marks a repeated decision in the other note with a trailing link', () => {
    const v = vault({ 'People/a.md': A, 'Customers/b.md': B });
    const after = applyAll(v, dedupe(v).plans);
    const decisions = after.notes.flatMap((n) => n.items.filter((i) => /premium support/.test(i.text)));
    expect(decisions.filter((d) => /\(duplicate of \[\[[^\]]+#\^[a-z0-9-]+\]\]\)/.test(d.text))).toHaveLength(1);
  });

  it('deletes instead when asked', () => {
    const v = vault({ 'People/a.md': A, 'Customers/b.md': B });
    const after = applyAll(v, dedupe(v, { crossNote: 'delete' }).plans);
    expect(after.notes.flatMap((n) => n.tasks)).toHaveLength(1);
  });

  it('is idempotent and leaves a file changed under the plan alone', () => {
    const v = vault({ 'People/a.md': A, 'Customers/b.md': B });
    const { plans } = dedupe(v);
    const after = applyAll(v, plans);
    expect(dedupe(after).plans).toEqual([]);
    const changed = (v.texts.get(plans[0].path) as string) + '\n- [ ] a new line\n';
    expect(() => applyPlan(changed, plans[0])).toThrow(StaleTextError);
  });
});

describe('across the vault', () => {
  it('reports open tasks of one assignee in different meetings, never plans them', () => {
    const one = meetingNote({ date: '2025-01-10', with: ['Myself', 'Ines Duarte'], tasks: ['- [ ] Collect the signed NDA from Halcyon Health @Ines Duarte'] });
    const two = meetingNote({ date: '2025-02-10', with: ['Myself', 'Felix Brandt'], tasks: ['- [ ] Collect the signed NDA from Halcyon Health @Ines Duarte'] });
    const v = vault({ 'a.md': one, 'b.md': two });
    const { groups, plans } = dedupe(v);
    expect(groups).toHaveLength(1);
    expect(groups[0].scope).toBe('vault');
    expect(groups[0].confidence).toBeLessThan(0.8);
    expect(plans).toEqual([]);
    expect(planDedupe(v.texts, v.notes, groups, { selected: new Set([groups[0].key as string]) })).toEqual([]);
  });
});
