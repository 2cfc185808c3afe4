/**
 * A copy marked as a duplicate is cancelled wherever the parser reads it as a list item:
 * inside a callout or a quote, and after a bullet pasted from elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/core/dedupe/cluster';
import { planDedupe } from '../../../src/core/dedupe/plan';
import { groupMeetings } from '../../../src/core/graph/meetings';
import { applyAll, outsideUntouched, vault, type Vault } from './helpers';

function applyMarked(v: Vault): Vault {
  const groups = findDuplicates(v.notes, groupMeetings(v.notes));
  const plans = planDedupe(v.texts, v.notes, groups, { crossNote: 'mark' });
  const after = applyAll(v, plans);
  for (const p of plans) outsideUntouched(v.texts.get(p.path) as string, after.texts.get(p.path) as string, p);
  expect(planDedupe(after.texts, after.notes, findDuplicates(after.notes, groupMeetings(after.notes)), { crossNote: 'mark' })).toEqual([]);
  return after;
}

const HEAD = ['---', 'type: customer', 'date: 2025-06-03', 'participants: [Noor Haddad, Myself]', '---'];
const kept = [...HEAD, '# Pellucid Dairy sync', '## Action items', '- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad 📅 2025-06-10', ''].join('\n');

describe('a duplicate marked in the note it stays in', () => {
  it('is cancelled inside a callout, its `>` kept', () => {
    const copy = [...HEAD, '# Sync notes', '> [!todo] Action items', '> - [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad', ''].join('\n');
    const after = applyMarked(vault({ 'Meetings/a.md': kept, 'Meetings/b.md': copy }));
    const line = (after.texts.get('Meetings/b.md') as string).split('\n').find((l) => l.includes('(duplicate of [['));
    expect(line).toMatch(/^> - \[-\] Draft the migration runbook for Pellucid Dairy @Noor Haddad \(duplicate of \[\[a#\^[a-z0-9-]+\]\]\)$/);
    const task = after.notes.find((n) => n.path === 'Meetings/b.md')?.tasks[0];
    expect(task?.statusType).toBe('cancelled');
  });

  it('is cancelled after a pasted bullet, a plain action item becoming a cancelled task', () => {
    const copy = [...HEAD, '# Sync notes', '## Action items', '• Draft the migration runbook for Pellucid Dairy @Noor Haddad', ''].join('\n');
    const after = applyMarked(vault({ 'Meetings/a.md': kept, 'Meetings/b.md': copy }));
    const line = (after.texts.get('Meetings/b.md') as string).split('\n').find((l) => l.includes('(duplicate of [['));
    expect(line).toMatch(/^• \[-\] Draft the migration runbook/);
  });

  it('stays done when the copy was done', () => {
    const copy = [...HEAD, '# Sync notes', '> [!todo] Action items', '> - [x] Draft the migration runbook for Pellucid Dairy @Noor Haddad ✅ 2025-06-04', ''].join('\n');
    const after = applyMarked(vault({ 'Meetings/a.md': kept, 'Meetings/b.md': copy }));
    const line = (after.texts.get('Meetings/b.md') as string).split('\n').find((l) => l.includes('(duplicate of [['));
    expect(line ?? '').toMatch(/^> - \[x\] /);
  });
});
