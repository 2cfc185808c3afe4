/**
 * Action items written without bullets or `@`: plain lines under an action-items heading, and the
 * owner written after the task as meeting tools put it (Otter's `- Name`, Teams Copilot's `(Name)` and
 * `[Name]`). Invented people.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import { readsAsAction } from '../../../src/core/parse/items';
import { parseTaskBody } from '../../../src/core/parse/tasks';

const note = (lines: string[]) => parseNote('Meetings/plain.md', lines.join('\n'));
const actions = (n: ReturnType<typeof note>) => n.items.filter((i) => i.section === 'actions' || i.section === 'followups').map((i) => i.text);

describe('plain lines under action items', () => {
  it('each line that reads as an action is an item of the section, line by line', () => {
    const n = note(['## Action items', 'Send the deck to Ana by Friday', 'Book the venue for the offsite', 'Maya to confirm the budget', '', '## Summary', 'We met.']);
    expect(actions(n)).toEqual(['Send the deck to Ana by Friday', 'Book the venue for the offsite', 'Maya to confirm the budget']);
    expect(n.items.map((i) => i.line)).toEqual([2, 3, 4]);
    expect(n.items.every((i) => i.kind === 'other' && i.indent === 0)).toBe(true);
  });

  it('an intro sentence is not an item, and the actions under it are', () => {
    const n = note(['## Next steps', 'Here are the action items:', 'Send the deck to Ana by Friday', 'Ana Ruiz will book the room']);
    expect(actions(n)).toEqual(['Send the deck to Ana by Friday', 'Ana Ruiz will book the room']);
    const m = note(['## Action items', 'The team agreed on the following:', '', 'Follow up with legal on the contract']);
    expect(actions(m)).toEqual(['Follow up with legal on the contract']);
  });

  it('prose is not: a paragraph, a denial, a sentence about the past, a line wrapped from prose', () => {
    const n = note([
      '## Action items',
      'None this week.',
      '',
      'Review of the budget went well overall.',
      '',
      'We talked about the launch and how to',
      'Send the right message to customers.',
      '',
      'The meeting ran long.',
    ]);
    expect(actions(n)).toEqual([]);
  });

  it('who does what, as Zoom’s and Teams’ plain-text summaries write it', () => {
    const n = note([
      'Next steps',
      'Maya Lindqvist will send the revised quote to Northwind by Friday.',
      'Tom and Bo will review the contract.',
      'The team will review the pricing page.',
      'Maya, Tom & Bo to sync on Monday',
    ]);
    expect(actions(n)).toHaveLength(4);
  });

  it('only under action items or follow-ups', () => {
    expect(note(['## Summary', 'Send the deck to Ana by Friday']).items).toEqual([]);
    expect(actions(note(['## Follow-ups', 'Check the numbers with Bo']))).toEqual(['Check the numbers with Bo']);
  });

  it('inside a callout of action items, without the `>`', () => {
    expect(actions(note(['> [!todo] Action items', '> Send the deck to Ana', '> Book the room']))).toEqual(['Send the deck to Ana', 'Book the room']);
  });

  it('a labelled line says what it is', () => {
    const n = note(['## Action items', 'Decision: we ship on Friday', 'TODO: send the deck']);
    expect(n.items.map((i) => [i.kind, i.text])).toEqual([
      ['decision', 'we ship on Friday'],
      ['other', 'send the deck'],
    ]);
  });

  it('bullets and continuation lines are read as before', () => {
    const n = note(['## Action items', '- Send the deck', 'to Ana and Bo', '', 'Book the room']);
    expect(actions(n)).toEqual(['Send the deck to Ana and Bo', 'Book the room']);
  });

  it('readsAsAction', () => {
    for (const l of ['Send the deck', 'Follow up with Bo', '@Ana check the numbers', 'Bo Li: check the numbers', "We'll book the venue", 'Ana to send the quote'])
      expect(readsAsAction(l), l).toBe(true);
    for (const l of ['Here are the action items', 'Next steps:', 'Plan is approved', 'send the deck', 'Note: the room is booked', 'The customer is happy', 'Send'])
      expect(readsAsAction(l), l).toBe(false);
  });
});

describe('the owner written after the task', () => {
  const read = (body: string) => {
    const t = parseTaskBody(body);
    return [t.assignee, t.text];
  };

  it('Otter: `Send revised quote - Maya Lindqvist` (a hyphen, an en or em dash, a full stop after)', () => {
    expect(read('Send revised quote - Maya Lindqvist')).toEqual(['Maya Lindqvist', 'Send revised quote']);
    expect(read('Send revised quote – Maya Lindqvist.')).toEqual(['Maya Lindqvist', 'Send revised quote']);
    expect(read('Send the deck — Zoë van der Berg')).toEqual(['Zoë van der Berg', 'Send the deck']);
  });

  it('Teams Copilot: `Send the quote (Maya)`, `Send the quote [Maya Lindqvist]`, the first of a list', () => {
    expect(read('Send the quote (Maya)')).toEqual(['Maya', 'Send the quote']);
    expect(read('Send the quote [Maya Lindqvist]')).toEqual(['Maya Lindqvist', 'Send the quote']);
    expect(read('Send the quote (Maya, Tom)')).toEqual(['Maya', 'Send the quote']);
    expect(read('Send the quote (Maya) #followup')).toEqual(['Maya', 'Send the quote']);
  });

  it('never a product, a place, a team, a time or an acronym', () => {
    for (const body of [
      'Deploy to prod - US East',
      'Fix login (iOS)',
      'Review the contract (Legal)',
      'Call the vendor (Monday)',
      'Update the deck - Google Slides',
      'Book flights - Lisbon',
      'Prepare the slides - Berlin Office',
      'Set up the demo (AWS)',
      'Check the numbers (by Friday)',
      'Confirm the venue (see notes above)',
      'Rename the report - Q3 Pipeline Review Draft Final',
      'Prepare the renewal - Acme Corp',
      'Ship it (ASAP)',
    ]) {
      expect(read(body), body).toEqual([null, body]);
    }
  });

  it('an @ mention still wins, and a hyphen inside words is no separator', () => {
    expect(read('Send the deck - Maya Lindqvist @Tom Berg')).toEqual(['Tom Berg', 'Send the deck - Maya Lindqvist']);
    expect(read('Run the follow-up with Maya-Lindqvist')).toEqual([null, 'Run the follow-up with Maya-Lindqvist']);
  });

  it('in a note, on a task line and on a plain action line alike', () => {
    const n = note(['## Action items', '- [ ] Send revised quote - Maya Lindqvist 📅 2025-10-24', 'Book the room (Bo)']);
    expect(n.tasks.map((t) => [t.assignee, t.text, t.due])).toEqual([['Maya Lindqvist', 'Send revised quote', '2025-10-24']]);
    expect(parseTaskBody(n.items[0].text).assignee).toBe('Bo');
  });
});
