/**
 * Ticking tasks written the way real vaults write them: every task the parser reads can be ticked and
 * unticked, and the only bytes that change are the status character and the done date.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../src/core/edits';
import { parseNote } from '../../../src/core/parse/index';
import { planTaskToggle } from '../../../src/core/tasks/toggle';
import { hashText } from '../../../src/core/text';

const TODAY = '2026-03-05';

/** Tick (or untick) the one task of `text` as the dashboard does: from the parsed note. */
function toggle(text: string, done: boolean, today = TODAY): string {
  const tasks = parseNote('n.md', text).tasks;
  expect(tasks).toHaveLength(1);
  return applyPlan(text, planTaskToggle('n.md', text, tasks[0], hashText(text), done, today));
}

/** The text with every done date (✅ or `[completion:: …]`, with the spaces before it) and the checkbox's status taken out. */
function withoutStatusAndDoneDate(text: string): string {
  return text.replace(/\[[^\]]\]/, '[?]').replace(/[ \t\u00a0]*(?:\u2705\uFE0F? *\d{4}-\d{2}-\d{2}|\[completion:: *\d{4}-\d{2}-\d{2}\])/g, '');
}

const LINES = [
  '- [ ]\u00a0Send the deck 📅 2025-10-26',
  '> - [ ] Send the deck @Ana Ruiz 📅 2025-10-26 ^deck-1',
  '> [!todo] Action items\n> 1. [ ] Send the deck ⏫',
  '\t- [/] Send the deck #sales ^d2   ',
  '    + [>] Send the deck 🔁 every week ⏳️ 2025-10-20',
  '12) [ ]  Send the deck [due:: 2025-10-26] (priority:: high)',
  '* [!] Send the deck ✅ 2025-01-01 was promised',
];

describe('ticking keeps every byte but the status and the done date', () => {
  for (const eol of ['\n', '\r\n']) {
    for (const bom of ['', '\ufeff']) {
      for (const final of ['', eol]) {
        it.each(LINES)(`%j (${JSON.stringify(eol + bom + final)})`, (lines) => {
          const text = `${bom}# Meeting${eol}${lines.replace(/\n/g, eol)}${final}`;
          const done = toggle(text, true);
          expect(withoutStatusAndDoneDate(done)).toBe(withoutStatusAndDoneDate(text));
          const task = parseNote('n.md', done).tasks[0];
          expect(task).toMatchObject({ statusType: 'done', done: TODAY });
          // Idempotent: ticking again plans nothing; unticking gives the note back, status aside.
          expect(planTaskToggle('n.md', done, task, hashText(done), true, '2027-01-01').edits).toEqual([]);
          const reopened = toggle(done, false);
          expect(reopened).toBe(text.replace(/\[[^\]]\]/, '[ ]'));
          expect(parseNote('n.md', reopened).tasks[0]).toMatchObject({ statusType: 'todo', done: null });
        });
      }
    }
  }
});

describe('the done date', () => {
  it('goes after the signifiers and tags, before the block id and trailing spaces', () => {
    expect(toggle('- [ ] Send 📅 2025-10-26 #sales ^d1  \n', true)).toBe(`- [x] Send 📅 2025-10-26 #sales ✅ ${TODAY} ^d1  \n`);
  });

  it('is a Dataview field on a line whose Tasks fields are Dataview fields', () => {
    const text = '- [ ] Send the deck [due:: 2025-10-26]\n';
    const done = toggle(text, true);
    expect(done).toBe(`- [x] Send the deck [due:: 2025-10-26] [completion:: ${TODAY}]\n`);
    expect(toggle(done, false)).toBe(text);
  });

  it('written with VS16 is dropped on reopening, the emoji with it', () => {
    expect(toggle('- [x] Send ✅️ 2025-01-01 ^d1\n', false)).toBe('- [ ] Send ^d1\n');
  });

  it('in mid-sentence is words, not a done date: it stays when the task reopens', () => {
    expect(toggle('- [x] Check ✅ 2025-01-01 was sent\n', false)).toBe('- [ ] Check ✅ 2025-01-01 was sent\n');
  });

  it('of a task already done is kept; a stale one on an open task becomes today', () => {
    const done = '- [x] Send ✅ 2025-01-01\n';
    const tasks = parseNote('n.md', done).tasks;
    expect(planTaskToggle('n.md', done, tasks[0], hashText(done), true, TODAY).edits).toEqual([]);
    expect(toggle('- [ ] Send ✅ 2025-01-01\n', true)).toBe(`- [x] Send ✅ ${TODAY}\n`);
  });

  it('replaces a cancelled date, as Tasks does on a new status; reopening drops both', () => {
    expect(toggle('- [-] Send ❌ 2025-01-01 ^d1\n', true)).toBe(`- [x] Send ✅ ${TODAY} ^d1\n`);
    expect(toggle('- [-] Send ❌️ 2025-01-01 #sales\n', false)).toBe('- [ ] Send #sales\n');
  });

  it('is added to a task done without one', () => {
    expect(toggle('- [X] Send\n', true)).toBe(`- [X] Send ✅ ${TODAY}\n`);
  });
});

describe('plain action items', () => {
  it('in a callout get their checkbox and date, the rest as written', () => {
    const text = '> [!todo] Action items\n> - Ana to send pricing  \n';
    // As the graph reads such a bullet (see `graph/action-bullets.ts`): the whole line, no checkbox.
    const bullet = { line: 2, start: 23, end: text.length - 1, bullet: true };
    const after = applyPlan(text, planTaskToggle('n.md', text, bullet, hashText(text), true, TODAY));
    expect(after).toBe(`> [!todo] Action items\n> - [x] Ana to send pricing ✅ ${TODAY}  \n`);
    expect(parseNote('n.md', after).tasks[0]).toMatchObject({ statusType: 'done', done: TODAY, text: 'Ana to send pricing' });
  });
});
