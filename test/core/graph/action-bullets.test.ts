import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { planTaskToggle } from '../../../src/core/tasks/toggle';
import { applyPlan } from '../../../src/core/edits';
import { hashText } from '../../../src/core/text';
import { parseNote } from '../../../src/core/parse/index';

const text = [
  '---',
  'type: customer',
  'date: 2025-10-03',
  'participants: [Ana Souza, Bob Reyes]',
  '---',
  '## Action items',
  '- Ana to send pricing by Friday',
  '- Draft the SOW @Bob Reyes 📅 2025-10-10 ⏫',
  '  - include the support tier',
  '- [ ] A real task @Ana Souza',
  '',
  '## Follow-ups',
  '- None.',
  '',
  '## Decisions',
  '- Go with the annual plan.',
  '',
].join('\n');

describe('action items written as plain bullets', () => {
  const graph = buildGraph([{ path: 'Meetings/acme.md', text }], { owner: 'Bob Reyes' });
  const bullets = graph.tasks.filter((t) => t.bullet);

  it('are open tasks, read like task lines, owners and dates included', () => {
    expect(bullets.map((t) => [t.line, t.text, t.owner, t.dueResolved, t.priority])).toEqual([
      [7, 'Ana to send pricing by Friday', 'Ana Souza', '2025-10-10', null],
      [8, 'Draft the SOW', 'Bob Reyes', '2025-10-10', 'high'],
    ]);
    expect(bullets.every((t) => t.open && t.status === ' ')).toBe(true);
  });

  it('leave out sub-bullets, "None", checkbox tasks and bullets of other sections', () => {
    expect(graph.tasks.map((t) => t.text)).toEqual(['A real task', 'Ana to send pricing by Friday', 'Draft the SOW']);
    expect(graph.items.map((i) => i.text)).toEqual(['Go with the annual plan.']);
  });

  it('get a checkbox, done, when ticked; unticking a bullet changes nothing', () => {
    const task = bullets[1];
    const plan = planTaskToggle('Meetings/acme.md', text, task, hashText(text), true, '2025-10-09');
    const after = applyPlan(text, plan);
    expect(after.split('\n')[7]).toBe('- [x] Draft the SOW @Bob Reyes 📅 2025-10-10 ⏫ ✅ 2025-10-09');
    expect(parseNote('Meetings/acme.md', after).tasks.find((t) => t.line === 8)).toMatchObject({ statusType: 'done', done: '2025-10-09' });
    expect(planTaskToggle('Meetings/acme.md', text, task, hashText(text), false, '2025-10-09').edits).toEqual([]);
  });
});

describe('bullets labelled as action items, wherever they stand', () => {
  const labelled = ['---', 'type: customer', 'date: 2025-10-03', 'participants: [Ana Souza, Bob Reyes]', '---', '## Notes', '- Action: @Ana Souza to send pricing 📅 2025-10-10', '- TODO: book the room', '- Pricing is per seat.', ''].join('\n');
  const graph = buildGraph([{ path: 'Meetings/acme.md', text: labelled }], { owner: 'Bob Reyes' });

  it('are open tasks, read without their label', () => {
    expect(graph.tasks.map((t) => [t.line, t.text, t.owner, t.dueResolved, t.bullet])).toEqual([
      [7, 'send pricing', 'Ana Souza', '2025-10-10', true],
      [8, 'book the room', null, null, true],
    ]);
  });

  it('leave the other bullets of the section as they were', () => {
    expect(graph.items.map((i) => [i.kind, i.text])).toEqual([['fact', 'Pricing is per seat.']]);
  });

  it('get a checkbox, done, when ticked, with their label kept in the note', () => {
    const plan = planTaskToggle('Meetings/acme.md', labelled, graph.tasks[1], hashText(labelled), true, '2025-10-09');
    expect(applyPlan(labelled, plan).split('\n')[7]).toBe('- [x] TODO: book the room ✅ 2025-10-09');
  });
});
