import { describe, expect, it } from 'vitest';
import { parseTaskBody, readCheckbox, statusTypeOf, isOpen } from '../../../src/core/parse/tasks';
import { parseNote } from '../../../src/core/parse/index';

function task(line: string) {
  const note = parseNote('t.md', `## Action Items\n${line}\n`);
  expect(note.tasks).toHaveLength(1);
  return note.tasks[0];
}

describe('status characters', () => {
  it.each([
    [' ', 'todo', true],
    ['x', 'done', false],
    ['X', 'done', false],
    ['/', 'in_progress', true],
    ['-', 'cancelled', false],
    ['?', 'proposed', true],
    ['>', 'todo', true],
    ['!', 'todo', true],
  ] as const)('[%s] is %s', (ch, type, open) => {
    expect(statusTypeOf(ch)).toBe(type);
    expect(isOpen(statusTypeOf(ch))).toBe(open);
    const t = task(`- [${ch}] Call the vendor`);
    expect(t.status).toBe(ch);
    expect(t.statusType).toBe(type);
    expect(t.open).toBe(open);
  });

  it('reads an astral status character as one character', () => {
    expect(readCheckbox('[🔥] hot')?.status).toBe('🔥');
  });

  it('a link in brackets is not a checkbox', () => {
    expect(readCheckbox('[[Ana Ruiz]] said so')).toBeNull();
    expect(readCheckbox('[x]no space')).toBeNull();
  });
});

describe('list markers and indentation', () => {
  it.each(['- [ ] a', '* [ ] a', '+ [ ] a', '1. [ ] a', '12) [ ] a', '    - [ ] a', '\t- [ ] a', '> - [ ] a'])('%s is a task', (line) => {
    expect(task(line).text).toBe('a');
  });

  it('nesting depth follows the indent', () => {
    const note = parseNote('t.md', '- [ ] parent\n  - [ ] child\n    - [ ] grandchild\n- [ ] sibling\n');
    expect(note.tasks.map((t) => t.indent)).toEqual([0, 1, 2, 0]);
  });
});

describe('signifiers peeled off the end', () => {
  it('reads every Tasks field', () => {
    const f = parseTaskBody(
      'Ship the report @Ana Ruiz 🔁 every week ➕ 2025-01-01 🛫 2025-01-02 ⏳ 2025-01-03 📅 2025-01-04 ✅ 2025-01-05 ❌ 2025-01-06 🆔 abc123 ⛔ def456, ghi789 🏁 delete ⏫ #work/reports ^blk-1',
    );
    expect(f).toMatchObject({
      text: 'Ship the report',
      assignee: 'Ana Ruiz',
      recurrence: 'every week',
      created: '2025-01-01',
      startDate: '2025-01-02',
      scheduled: '2025-01-03',
      due: '2025-01-04',
      done: '2025-01-05',
      cancelled: '2025-01-06',
      id: 'abc123',
      dependsOn: ['def456', 'ghi789'],
      onCompletion: 'delete',
      priority: 'high',
      tags: ['#work/reports'],
      blockId: 'blk-1',
    });
  });

  it.each([
    ['🔺', 'highest'],
    ['⏫', 'high'],
    ['🔼', 'medium'],
    ['🔽', 'low'],
    ['⏬', 'lowest'],
  ] as const)('priority %s is %s', (emoji, priority) => {
    expect(parseTaskBody(`Do it ${emoji}`).priority).toBe(priority);
    expect(parseTaskBody(`Do it ${emoji}\uFE0F`).priority).toBe(priority);
  });

  it.each(['📅', '📆', '🗓', '🗓️', '📅\uFE0F'])('due date with %s', (emoji) => {
    expect(parseTaskBody(`Do it ${emoji} 2025-10-26`).due).toBe('2025-10-26');
    expect(parseTaskBody(`Do it ${emoji}2025-10-26`).due).toBe('2025-10-26');
  });

  it('⌛ is scheduled too', () => {
    expect(parseTaskBody('Do it ⌛ 2025-03-01').scheduled).toBe('2025-03-01');
  });

  it('an emoji in mid-text stays description', () => {
    const f = parseTaskBody('Check the 📅 calendar invites for Friday');
    expect(f.due).toBeNull();
    expect(f.text).toBe('Check the 📅 calendar invites for Friday');
  });

  it('signifiers stop at text: a date before words is description', () => {
    const f = parseTaskBody('📅 2025-10-26 is when we meet');
    expect(f.due).toBeNull();
  });

  it('tags in the middle stay in the description but count as tags', () => {
    const f = parseTaskBody('Plan #budget review with finance 📅 2025-02-02 #task');
    expect(f.tags).toEqual(['#budget', '#task']);
    expect(f.description).toBe('Plan #budget review with finance #task');
    expect(f.text).toBe('Plan review with finance');
    expect(f.due).toBe('2025-02-02');
  });

  it('a number after # is not a tag', () => {
    const f = parseTaskBody('Fix issue #123');
    expect(f.tags).toEqual([]);
    expect(f.text).toBe('Fix issue #123');
  });

  it('when a signifier repeats, the leftmost is kept, as Tasks does (it overwrites the field at each peel)', () => {
    expect(parseTaskBody('Do 📅 2025-01-01 📅 2025-02-02').due).toBe('2025-01-01');
    expect(parseTaskBody('Do ⏫ 🔽').priority).toBe('high');
    expect(parseTaskBody('Do 🆔 first 🆔 second').id).toBe('first');
    expect(parseTaskBody('Do 🔁 every day 📅 2025-01-01 🔁 every week').recurrence).toBe('every day');
  });
});

describe('Dataview inline fields', () => {
  it('fills due, priority and others', () => {
    const f = parseTaskBody('Send deck [due:: 2025-10-26] (priority:: high) [completion:: 2025-10-27] @Ana Ruiz');
    expect(f.due).toBe('2025-10-26');
    expect(f.priority).toBe('high');
    expect(f.done).toBe('2025-10-27');
    expect(f.fields).toEqual({ due: '2025-10-26', priority: 'high', completion: '2025-10-27' });
    expect(f.text).toBe('Send deck');
    expect(f.assignee).toBe('Ana Ruiz');
  });

  it('an emoji signifier beats the inline field', () => {
    expect(parseTaskBody('Send [due:: 2025-01-01] 📅 2025-02-02').due).toBe('2025-02-02');
  });
});

describe('assignee', () => {
  it.each([
    ['Review the contract @Ana Ruiz 📅 2025-01-01', 'Ana Ruiz', 'Review the contract'],
    ['Review the contract. @Ana Ruiz #task', 'Ana Ruiz', 'Review the contract.'],
    ['Start the hiring process @HR', 'HR', 'Start the hiring process'],
    ['Decide the owner @TBD ⏫', 'TBD', 'Decide the owner'],
    ['Book the room @Myself', 'Myself', 'Book the room'],
    ['Send the notes @Çağla Yıldız 🔼', 'Çağla Yıldız', 'Send the notes'],
    ['Plan the launch @Ana Ruiz Ruiz 📅 2025-01-01', 'Ana Ruiz Ruiz', 'Plan the launch'],
    ['Call the bank @Jan van der Berg', 'Jan van der Berg', 'Call the bank'],
    ['Ask @Ana Ruiz to review the draft', 'Ana Ruiz', 'Ask Ana Ruiz to review the draft'],
    ['@Ana Ruiz: send the deck', 'Ana Ruiz', 'send the deck'],
    ['Sync with legal (@Ana Ruiz)', 'Ana Ruiz', 'Sync with legal'],
    ['Prepare slides @ana', 'ana', 'Prepare slides'],
    ['Email ana@example.com the deck', null, 'Email ana@example.com the deck'],
    ['Review [[Project Atlas|Atlas]] plan @Ana Ruiz [due:: 2025-01-01]', 'Ana Ruiz', 'Review Atlas plan'],
  ])('%s', (body, assignee, text) => {
    const f = parseTaskBody(body);
    expect(f.assignee).toBe(assignee);
    expect(f.text).toBe(text);
  });

  it('stops at a tag or bracket', () => {
    expect(parseTaskBody('Do it @Ana Ruiz#urgent').assignee).toBe('Ana Ruiz');
    expect(parseTaskBody('Do it @Ana Ruiz [due:: 2025-01-01]').assignee).toBe('Ana Ruiz');
  });
});

describe('text normalisation', () => {
  it('collapses whitespace and shows links by their display text', () => {
    const f = parseTaskBody('Review   [[Notes/Plan#Budget|the plan]]  and [[Roadmap]]\twith [[Roadmap#Q3]] ⏫');
    expect(f.text).toBe('Review the plan and Roadmap with Roadmap > Q3');
  });

  it('keeps the block id out of the text', () => {
    const f = parseTaskBody('Do it ^abc-12');
    expect(f.blockId).toBe('abc-12');
    expect(f.text).toBe('Do it');
  });

  it('an empty checkbox is read as empty, but is no task of the note (see empty-tasks.test.ts)', () => {
    const t = parseTaskBody('');
    expect(t.text).toBe('');
    expect(t.description).toBe('');
    expect(parseNote('n.md', '- [ ]').tasks).toEqual([]);
  });
});

describe('spans and sections', () => {
  it('spans the whole line as stored, CRLF excluded', () => {
    const text = '## Next steps (for Ana Ruiz)\r\n  - [ ] Call 📅 2025-01-01\r\n';
    const note = parseNote('t.md', text);
    const t = note.tasks[0];
    expect(t.line).toBe(2);
    expect(text.slice(t.start, t.end)).toBe('  - [ ] Call 📅 2025-01-01');
    expect(t.section).toBe('actions');
    expect(t.sectionHeading).toBe('Next steps (for Ana Ruiz)');
    expect(t.sectionFor).toBe('Ana Ruiz');
  });

  it('reads signifiers from the repaired copy but keeps spans on the stored text', () => {
    const stored = '- [ ] Call the bank @Ana Ruiz BROKEN-DUE 2025-10-26 BROKEN-HIGH';
    const note = parseNote('t.md', `${stored}\n`, {
      fixLine: (s) => s.replace('BROKEN-DUE', '📅').replace('BROKEN-HIGH', '⏫'),
    });
    const t = note.tasks[0];
    // The fake codec only runs on lines that could hold mojibake; this one is ASCII.
    expect(t.due).toBeNull();
    const mojibake = '- [ ] Call the bank @Ana Ruiz ðŸ“… 2025-10-26 â«';
    const repaired = parseNote('t.md', `${mojibake}\n`, {
      fixLine: (s) => s.replace('ðŸ“…', '📅').replace('â«', '⏫'),
    }).tasks[0];
    expect(repaired.due).toBe('2025-10-26');
    expect(repaired.priority).toBe('high');
    expect(repaired.assignee).toBe('Ana Ruiz');
    expect(repaired.text).toBe('Call the bank');
    expect(repaired.start).toBe(0);
    expect(repaired.end).toBe(mojibake.length);
  });

  it.each([
    ['clean emoji', '- [ ] Call 📅 2025-01-01 ⏫', 0],
    ['a lone accented letter', '- [ ] Call Zoë and Çağla Yıldız’s team — soon 📅 2025-01-01', 0],
    ['a mis-decoded letter', '- [ ] Call ZoÃ« 📅 2025-01-01', 1],
    ['a mis-decoded emoji', '- [ ] Call ðŸ“… 2025-01-01', 1],
    ['a Mac Roman emoji', '- [ ] Call \uF8FFüìÖ 2025-01-01', 1],
    ['a C1 control left by a lost byte', '- [ ] Call â\u008F« 2025-01-01', 1],
  ])('%s: the repair runs %i time(s)', (_name, line, expected) => {
    let calls = 0;
    parseNote('t.md', `${line}\n`, { fixLine: (s) => (calls++, s) });
    expect(calls).toBe(expected);
  });
});

describe('a name mentioned mid-sentence and an assignee at the end', () => {
  it('takes the one at the end as the assignee and keeps the other as a name', () => {
    const t = parseTaskBody('Ping @Tomasz about the deck @Priya Raman 📅 2025-10-10');
    expect(t.assignee).toBe('Priya Raman');
    expect(t.text).toBe('Ping Tomasz about the deck');
    expect(t.due).toBe('2025-10-10');
  });

  it('keeps a leading or lone mid-sentence assignee as before', () => {
    expect(parseTaskBody('@Ana: send the deck to @Bob').assignee).toBe('Ana');
    expect(parseTaskBody('ask @Ana to review the deck').assignee).toBe('Ana');
    expect(parseTaskBody('Send the deck @Ana @Bob').assignee).toBe('Ana');
  });
});

describe('mentions: lists, links, possessives and the words around them', () => {
  it.each([
    ['Sync on pricing @Ana Ruiz @Bo Li', 'Ana Ruiz', 'Sync on pricing'],
    ['Sync on pricing @Ana Ruiz, @Bo Li', 'Ana Ruiz', 'Sync on pricing'],
    ['Sync on pricing @Ana Ruiz and @Bo Li.', 'Ana Ruiz', 'Sync on pricing'],
    ['@Ana Ruiz & @Bo Li: sync on pricing', 'Ana Ruiz', 'sync on pricing'],
    ['@Ana Ruiz / @Bo Li — sync on pricing', 'Ana Ruiz', 'sync on pricing'],
  ])('a list of mentions ends or leads the task: %s', (body, assignee, text) => {
    expect(parseTaskBody(body)).toMatchObject({ assignee, text });
  });

  it.each([
    ['Send the deck — @Ana Ruiz', 'Send the deck'],
    ['Send the deck, @Ana Ruiz', 'Send the deck'],
    ['Send the deck: @Ana Ruiz.', 'Send the deck'],
    ['Send the deck (@Ana Ruiz)', 'Send the deck'],
  ])('the separator before an assignee at the end goes with it: %s', (body, text) => {
    expect(parseTaskBody(body)).toMatchObject({ assignee: 'Ana Ruiz', text });
  });

  it('reads a linked mention as the linked note’s name', () => {
    expect(parseTaskBody('Send the deck @[[Ana Ruiz]] 📅 2025-10-26')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Send the deck', due: '2025-10-26' });
    expect(parseTaskBody('Send the deck @[[Ana Ruiz|Ana]]')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Send the deck' });
  });

  it('a possessive names no assignee, and keeps the name in the words', () => {
    expect(parseTaskBody("Review @Ana Ruiz's draft")).toMatchObject({ assignee: null, text: "Review Ana Ruiz's draft" });
    expect(parseTaskBody('Review @Ana’s draft @Bo Li')).toMatchObject({ assignee: 'Bo Li', text: 'Review Ana’s draft' });
  });

  it('drops the @ of every mention kept in the words, not only the first', () => {
    expect(parseTaskBody('Sync with @Ana Ruiz and @Bo Li on pricing')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Sync with Ana Ruiz and Bo Li on pricing' });
    expect(parseTaskBody("Ask @Ana Ruiz about @Bo Li's draft")).toMatchObject({ assignee: 'Ana Ruiz', text: "Ask Ana Ruiz about Bo Li's draft" });
  });

  it('a role or company in parentheses after a trailing assignee goes with it; a day does not', () => {
    expect(parseTaskBody('Follow up @Ana Ruiz (PM)')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Follow up' });
    expect(parseTaskBody('Send the deck @Ana Ruiz (Sales Eng) 📅 2025-10-10')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Send the deck', due: '2025-10-10' });
    expect(parseTaskBody('Send the deck @Ana Ruiz (by Friday)')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Send the deck Ana Ruiz (by Friday)' });
    expect(parseTaskBody('Send the deck @Ana Ruiz (Fri)').text).toBe('Send the deck Ana Ruiz (Fri)');
  });

  it('a timestamp into the recording is not part of what the task says', () => {
    expect(parseTaskBody('Send revised pricing (00:12) @Ana Ruiz')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Send revised pricing' });
    expect(parseTaskBody('Send revised pricing (1:02:03)').text).toBe('Send revised pricing');
    expect(parseTaskBody('Meet at (10:30 am) to review').text).toBe('Meet at (10:30 am) to review');
  });

  it('an assignee followed only by a deadline: the deadline stays in the words', () => {
    expect(parseTaskBody('Send the deck @Ana Ruiz by Friday')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Send the deck by Friday' });
    expect(parseTaskBody('Send the deck @Ana, due 10/21')).toMatchObject({ assignee: 'Ana', text: 'Send the deck, due 10/21' });
    expect(parseTaskBody('Send the deck @Ana ASAP')).toMatchObject({ assignee: 'Ana', text: 'Send the deck ASAP' });
    expect(parseTaskBody('Ask @Ana to review by Friday')).toMatchObject({ assignee: 'Ana', text: 'Ask Ana to review by Friday' });
  });

  it('names after a word that leads into them stay in the sentence', () => {
    expect(parseTaskBody('Send the deck to @Ana Ruiz')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Send the deck to Ana Ruiz' });
    expect(parseTaskBody('Sync with @Ana and @Bo by Friday')).toMatchObject({ assignee: 'Ana', text: 'Sync with Ana and Bo by Friday' });
    expect(parseTaskBody('Sync on pricing @Ana Ruiz, @Bo Li')).toMatchObject({ assignee: 'Ana Ruiz', text: 'Sync on pricing' });
  });

  it('an address is no mention', () => {
    expect(parseTaskBody('Email team@acme.com about the renewal')).toMatchObject({ assignee: null, text: 'Email team@acme.com about the renewal' });
  });
});
