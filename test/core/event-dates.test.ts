import { describe, expect, it } from 'vitest';
import { eventDatesFor, eventDeadline, findEventDates, resolveDueWithEvents, type EventDate } from '../../src/core/event-dates';
import { analyseFile, assembleGraph } from '../../src/core/graph/build';

const MEETING = '2025-10-02';

function events(...lines: string[]): EventDate[] {
  return findEventDates(lines.map((text, i) => ({ text, line: i + 1 })), MEETING);
}

function due(task: string, known: EventDate[], anchor: string | null = MEETING) {
  return resolveDueWithEvents({ text: task, due: null }, anchor, known);
}

describe('findEventDates', () => {
  it('reads an event and its day from one sentence, in any common date form', () => {
    const found = events(
      '- The October board meeting is on 2025-10-21.',
      '- QBR with Nordwind: November 4',
      'Kickoff call scheduled for Oct 8th.',
      'The architecture board meets on 11 December and approves new platforms.',
    );
    const byHead = (head: string) => found.filter((e) => e.head === head).map((e) => [e.date, e.line]);
    expect(byHead('meeting')).toEqual([['2025-10-21', 1]]);
    expect(byHead('qbr')).toEqual([['2025-11-04', 2]]);
    expect(byHead('call')).toEqual([['2025-10-08', 3]]);
    expect(byHead('board')).toContainEqual(['2025-12-11', 4]);
  });

  it('pairs each event with the nearest day of its own sentence', () => {
    const found = events('The board meeting is on Oct 21; the staff meeting is Oct 14.');
    const meetings = found.filter((e) => e.head === 'meeting').map((e) => [e.qualifiers[0], e.date]);
    expect(meetings).toEqual([
      ['board', '2025-10-21'],
      ['staff', '2025-10-14'],
    ]);
  });

  it('ignores lines that name an event without a day, and days without an event', () => {
    expect(events('We will prepare for the board meeting.', 'Numbers are due 2025-10-21.')).toEqual([]);
  });
});

describe('eventDatesFor', () => {
  const text = ['# Notes', '', '- The offsite is on Oct 30.', 'Kick-off call on Oct 8.', '- The board meeting is on 2025-10-21.', ''].join('\r\n');

  it('reads only the lines naming an event a task hangs on, with their line numbers', () => {
    const found = eventDatesFor(text, ['Deck before the board meeting', 'Agenda by the kickoff'], MEETING);
    expect(found.map((e) => [e.head, e.date, e.line])).toEqual([
      ['kickoff', '2025-10-08', 4],
      ['board', '2025-10-21', 5],
      ['meeting', '2025-10-21', 5],
    ]);
  });

  it('reads every note from its top, whatever the note before it left behind', () => {
    // One note's task line names the QBR without a day; the next note dates the QBR above its task.
    // Both ask for the same events, so both are read with the same pattern.
    const first = ['# Pipeline', '', 'Follow-ups for the account team and the partner.', '- [ ] Draft the agenda before the QBR'].join('\n');
    const second = ['# Renewal', '', 'QBR is on Nov 4.', '', '- [ ] Send the deck before the QBR'].join('\n');
    expect(eventDatesFor(first, ['Draft the agenda before the QBR'], MEETING)).toEqual([]);
    expect(eventDatesFor(second, ['Send the deck before the QBR'], MEETING).map((e) => [e.head, e.date, e.line])).toEqual([['qbr', '2025-11-04', 3]]);
  });

  it('reads nothing when no task ties a deadline to an event', () => {
    expect(eventDatesFor(text, ['Review the deck', 'Send the board pack @Ana'], MEETING)).toEqual([]);
  });
});

describe('eventDeadline and resolveDueWithEvents', () => {
  const known = events(
    '- The October board meeting is on 2025-10-21; the staff meeting is Oct 14.',
    '- QBR with Nordwind: November 4',
    '- Next meeting: Oct 9, same time.',
    '- We met at the offsite on 2025-09-30.',
  );

  it('puts "before the October board meeting" on the day before the meeting the note dates', () => {
    const r = due('Send the deck before the October board meeting', known);
    expect(r).toMatchObject({ due: '2025-10-20', source: 'phrase', phrase: 'before the October board meeting', certainty: 'likely' });
    expect(r.event).toEqual({ name: 'board meeting', date: '2025-10-21', line: 1 });
  });

  it('takes "by" and "for" as the day of the event itself', () => {
    expect(due('Numbers ready for the board meeting', known).due).toBe('2025-10-21');
    expect(due('Sign-off by the QBR', known).due).toBe('2025-11-04');
  });

  it('reads "ahead of" and "prior to" like "before", possessives included', () => {
    expect(due('Draft the agenda ahead of Nordwind’s QBR', known).due).toBe('2025-11-03');
    expect(due('Book the room prior to the staff meeting', known).due).toBe('2025-10-13');
  });

  it('never confuses two events of the same kind', () => {
    // The staff meeting is dated; the steering meeting is not.
    expect(due('Slides before the steering meeting', known).due).toBeNull();
    expect(due('Slides before the staff meeting', known).due).toBe('2025-10-13');
  });

  it('needs a qualifier for a generic event, but "next" alone matches a dated "next meeting"', () => {
    expect(due('Finish before the meeting', known).due).toBeNull();
    expect(due('Circulate notes before the next meeting', known).due).toBe('2025-10-08');
    expect(due('Numbers before the next board meeting', known).due).toBe('2025-10-20');
  });

  it('requires a month in the task to agree with the event, else falls back to the month', () => {
    const r = due('Slides before the November board meeting', known);
    expect(r.event).toBeUndefined();
    expect(r).toMatchObject({ due: '2025-11-30', certainty: 'vague' });
  });

  it('does not take an event before the meeting as a deadline', () => {
    expect(due('Share photos before the offsite', known).due).toBeNull();
  });

  it('reads "before" from the event when the task gives the event\'s day beside it', () => {
    const line = 'Share the dashboard before the QBR (QBR is on 10/21)';
    expect(due(line, findEventDates([{ text: line, line: 9 }], MEETING))).toMatchObject({ due: '2025-10-20', phrase: 'before the QBR' });
    const two = 'Send the pack before the board meeting. The board meets on November 4.';
    expect(due(two, findEventDates([{ text: two, line: 9 }], MEETING)).due).toBe('2025-11-03');
  });

  it('leaves signifiers and precise phrases alone', () => {
    expect(resolveDueWithEvents({ text: 'Deck before the board meeting', due: '2025-10-10' }, MEETING, known)).toMatchObject({ due: '2025-10-10', source: 'signifier' });
    expect(due('Deck by Oct 15, before the board meeting', known)).toMatchObject({ due: '2025-10-15' });
    expect(eventDeadline('Deck before the board meeting', [], MEETING)).toBeNull();
  });
});

describe('due dates tied to events in the graph', () => {
  it('resolves a task from a fact elsewhere in the note', () => {
    const note = [
      '---',
      'type: customer',
      'date: 2025-10-14',
      'account: Tallow Freight',
      'participants: [Priya Raman, Idris Kowal]',
      '---',
      '# Tallow Freight pricing review',
      '',
      '## Action items',
      '- [ ] Send the revised pricing deck before the December architecture board @Idris Kowal',
      '- [ ] Share the pilot plan before the board meeting @Priya Raman',
      '',
      '## Key facts learned',
      '- The architecture board meets on 11 December and approves every new platform.',
    ].join('\n');
    const graph = assembleGraph([analyseFile('Meetings/2025-10-14 Tallow Freight.md', note)], { owner: 'Priya Raman' });
    const [first, second] = graph.tasks;
    expect(first).toMatchObject({ dueResolved: '2025-12-10', dueSource: 'phrase', duePhrase: 'before the December architecture board', dueCertainty: 'likely' });
    expect(first.dueEvent).toEqual({ name: 'architecture board', date: '2025-12-11', line: 14 });
    // "board meeting" is the board's meeting: the same dated board.
    expect(second.dueResolved).toBe('2025-12-10');
  });

  it('does not read the note for events when no task may name one', () => {
    const note = '---\ndate: 2025-10-14\ntype: people\n---\n- [ ] Send the deck @Ana\n- The board meets on 11 December.\n';
    expect(analyseFile('a.md', note).events).toBeUndefined();
  });
});

describe('breaks the note gives a day', () => {
  const text = ['# Plant review', '', '- The summer break starts Aug 4.', '- Plant shutdown: Aug 11–22, everything off.', ''].join('\n');
  const tasks = ['Send the deck before the summer break', 'Send the survey before the break', 'Patch the line before the plant shutdown', 'Order parts before the shutdown'];
  const known = eventDatesFor(text, tasks, '2025-06-10');
  const summer = (task: string) => resolveDueWithEvents({ text: task, due: null }, '2025-06-10', known);

  it('dates "before the summer break" and "before the shutdown" from the note, the day before each starts', () => {
    expect(summer(tasks[0])).toMatchObject({ due: '2025-08-03', phrase: 'before the summer break', certainty: 'likely' });
    expect(summer(tasks[0]).event).toEqual({ name: 'summer break', date: '2025-08-04', line: 3 });
    expect(summer(tasks[1]).due).toBe('2025-08-03');
    expect(summer(tasks[2])).toMatchObject({ due: '2025-08-10', phrase: 'before the plant shutdown' });
    expect(summer(tasks[3]).due).toBe('2025-08-10');
  });

  it("dates someone's time off from the note", () => {
    const note = ['- My vacation starts Dec 19.', '- Priya is on parental leave from Nov 10.'].join('\n');
    const off = ['Hand over before my vacation', 'Hand over before her leave'];
    const dated = eventDatesFor(note, off, '2025-10-22');
    expect(off.map((t) => resolveDueWithEvents({ text: t, due: null }, '2025-10-22', dated).due)).toEqual(['2025-12-18', '2025-11-09']);
  });

  it('reads the day written beside the break in the task itself, and names the break without the task\'s words', () => {
    const task = 'Send the numbers before the break (Dec 19)';
    const r = resolveDueWithEvents({ text: task, due: null }, '2025-10-22', eventDatesFor(`- [ ] ${task}`, [task], '2025-10-22'));
    expect(r).toMatchObject({ due: '2025-12-18', phrase: 'before the break', event: { name: 'break', date: '2025-12-19', line: 1 } });
  });

  it('keeps the words with no day when the note gives none', () => {
    expect(resolveDueWithEvents({ text: tasks[0], due: null }, '2025-06-10', [])).toEqual({ due: null, source: 'phrase', phrase: 'before the summer break', certainty: null });
  });
});

describe("an event's days written in the task", () => {
  const lines = ['- [ ] Book the venue for the offsite Nov 3–5', '- [ ] Hold the offsite Nov 3-5', '- [ ] Send the agenda before the offsite'];
  const text = lines.join('\n');
  const tasks = lines.map((l) => l.slice(6));
  const known = eventDatesFor(text, tasks, '2025-10-22');
  const of = (task: string) => resolveDueWithEvents({ text: task, due: null }, '2025-10-22', known);

  it('are the event’s: the task is due as it starts, not on its last day', () => {
    expect(of(tasks[0])).toMatchObject({ due: '2025-11-03', certainty: 'likely' });
    expect(of(tasks[0]).range).toEqual({ first: '2025-11-03', last: '2025-11-05', event: 'offsite' });
    expect(of(tasks[1])).toMatchObject({ due: '2025-11-03', phrase: 'Nov 3-5', range: { first: '2025-11-03', last: '2025-11-05', event: 'offsite' } });
  });

  it('date another task tied to the same event', () => {
    expect(of(tasks[2])).toMatchObject({ due: '2025-11-02', phrase: 'before the offsite' });
  });
});
