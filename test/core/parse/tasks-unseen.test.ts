/**
 * Task lines written the way real vaults write them, each read as the Obsidian Tasks plugin reads it
 * (its emoji format: signifiers peeled off the end of the line, the leftmost kept when one repeats,
 * the block link only at the very end, Dataview fields in brackets or parentheses).
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import { parseTaskBody, readTrailingParts, taskLineAt } from '../../../src/core/parse/tasks';

/** The one task of a note made of an action-items heading and `line`. */
function task(line: string, eol = '\n') {
  const note = parseNote('t.md', `## Action items${eol}${line}${eol}`);
  expect(note.tasks).toHaveLength(1);
  return note.tasks[0];
}

describe('the space after the checkbox', () => {
  it.each([
    ['a no-break space', '- [ ]\u00a0Send the deck 📅 2025-10-26'],
    ['a narrow no-break space', '- [ ]\u202fSend the deck 📅 2025-10-26'],
    ['two spaces', '- [ ]  Send the deck 📅 2025-10-26'],
    ['a tab', '- [ ]\tSend the deck 📅 2025-10-26'],
    ['a space and a no-break space', '- [ ] \u00a0Send the deck 📅 2025-10-26'],
  ])('%s still makes a task', (_name, line) => {
    expect(task(line)).toMatchObject({ status: ' ', text: 'Send the deck', description: 'Send the deck', due: '2025-10-26' });
  });

  it('a done task after a no-break space, in a CRLF note', () => {
    expect(task('- [x]\u00a0Book the venue ✅ 2025-10-20', '\r\n')).toMatchObject({ statusType: 'done', open: false, done: '2025-10-20', text: 'Book the venue' });
  });

  it('no space at all is text, as Obsidian shows it', () => {
    expect(parseNote('t.md', '## Action items\n- [x]Send the deck\n').tasks).toEqual([]);
  });
});

describe('the assignee', () => {
  it.each([
    ['a no-break space between the names', 'Send the deck @Ana\u00a0Ruiz 📅 2025-10-26'],
    ['a tab between the names', 'Send the deck @Ana\tRuiz 📅 2025-10-26'],
    ['a no-break space before a particle', 'Send the deck @Ana\u00a0de\u00a0Ruiz 📅 2025-10-26'],
  ])('%s: the whole name, with a plain space', (_name, body) => {
    const t = parseTaskBody(body);
    expect(t.assignee?.replace(' de ', ' ')).toBe('Ana Ruiz');
    expect(t).toMatchObject({ text: 'Send the deck', due: '2025-10-26' });
  });
});

describe('a signifier written twice', () => {
  it.each([
    ['due', 'Send 📅 2025-01-01 📅 2025-02-02', { due: '2025-01-01' }],
    ['scheduled, with VS16', 'Send ⏳️ 2025-01-03 ⏳ 2025-01-04', { scheduled: '2025-01-03' }],
    ['priority', 'Send 🔽 ⏫', { priority: 'low' }],
    ['recurrence around a date', 'Send 🔁 every day 📅 2025-01-01 🔁 every week', { recurrence: 'every day', due: '2025-01-01' }],
    ['dependencies', 'Send ⛔ a1,b2 ⛔ c3', { dependsOn: ['a1', 'b2'] }],
    ['id', 'Send 🆔 one 🆔 two', { id: 'one' }],
  ])('%s: the leftmost counts, as Tasks overwrites the field at each peel', (_name, body, expected) => {
    expect(parseTaskBody(body)).toMatchObject({ text: 'Send', ...expected });
  });
});

describe('the block link', () => {
  it('at the very end, after signifiers and tags, with spaces after it', () => {
    expect(task('- [ ] Send the deck 📅 2025-10-26 #sales ^deck-1  ')).toMatchObject({ blockId: 'deck-1', due: '2025-10-26', tags: ['#sales'], description: 'Send the deck #sales' });
  });

  it('before a signifier is words, not a block link (Tasks and Obsidian read it only at the end)', () => {
    const t = task('- [ ] Send the deck ^deck-1 📅 2025-10-26');
    expect(t).toMatchObject({ blockId: null, due: '2025-10-26', description: 'Send the deck ^deck-1' });
  });
});

describe('Dataview fields', () => {
  it('trailing commas, the way Tasks users keep Dataview from joining two fields, are not words', () => {
    expect(task('- [ ] Send the deck [due:: 2025-10-26], [priority:: high],')).toMatchObject({
      description: 'Send the deck',
      text: 'Send the deck',
      due: '2025-10-26',
      priority: 'high',
    });
  });

  it('a field in mid-sentence leaves one space, not three', () => {
    expect(parseTaskBody('Send [due:: 2025-10-26] the deck')).toMatchObject({ description: 'Send the deck', due: '2025-10-26' });
    expect(parseTaskBody('(priority:: highest) Send the deck')).toMatchObject({ description: 'Send the deck', priority: 'highest' });
  });

  it('keys as people write them map to the Tasks fields', () => {
    expect(parseTaskBody('Ship [Due:: 2025-10-26] [on_completion:: Delete] [depends-on:: a1, b2]')).toMatchObject({
      due: '2025-10-26',
      onCompletion: 'delete',
      dependsOn: ['a1', 'b2'],
    });
  });
});

describe('custom statuses keep their Tasks status type', () => {
  it.each([
    ['/', 'in_progress', true],
    ['-', 'cancelled', false],
    ['>', 'todo', true],
    ['<', 'todo', true],
    ['!', 'todo', true],
    ['*', 'todo', true],
    ['b', 'todo', true],
    ['I', 'todo', true],
    ['X', 'done', false],
  ] as const)('[%s] in a numbered list, a callout and a tab-indented sub-task', (status, statusType, open) => {
    const note = parseNote('t.md', `## Action items\n> [!todo] Follow-ups\n> 1. [${status}] Parent task ⏫\n> \t- [${status}] Child task 🔽\n`);
    expect(note.tasks.map((t) => [t.status, t.statusType, t.open, t.text, t.priority])).toEqual([
      [status, statusType, open, 'Parent task', 'high'],
      [status, statusType, open, 'Child task', 'low'],
    ]);
  });
});

describe('readTrailingParts: the parts after the description, by offset', () => {
  it('splits a line the way the parser reads it', () => {
    const line = '> - [ ]\u00a0Send the deck @Ana Ruiz 📅 2025-10-26 #sales ⏫️ [owner:: Ana] ^d1';
    const at = taskLineAt(line)!;
    expect(line.slice(at.checkbox, at.statusTo + 1)).toBe('[ ]');
    const { parts, descriptionEnd } = readTrailingParts(line, at.bodyFrom);
    expect(line.slice(at.bodyFrom, descriptionEnd)).toBe('Send the deck @Ana Ruiz');
    expect(parts.map((p) => [p.kind, p.field, p.value, line.slice(p.from, p.to)])).toEqual([
      ['signifier', 'due', '2025-10-26', '📅 2025-10-26'],
      ['tag', null, '#sales', '#sales'],
      ['signifier', 'priority', 'high', '⏫️'],
      ['field', null, 'Ana', '[owner:: Ana]'],
      ['block', null, 'd1', '^d1'],
    ]);
  });

  it('a list item without a checkbox is no task line', () => {
    expect(taskLineAt('- Send the deck')).toBeNull();
    expect(taskLineAt('Send the deck')).toBeNull();
  });
});
