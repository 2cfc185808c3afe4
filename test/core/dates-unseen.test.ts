/**
 * Deadlines written the way people and note-takers write them, beyond the phrasings
 * the rules were first built on: short and capitalised weekdays, parts of the day and
 * time zones, a weekday said on that very weekday, German-style dotted dates, calendar
 * weeks, fiscal periods, holidays and the year-end break, and numbers that are not dates.
 * Every case names the meeting's weekday: the anchor is the meeting, never today.
 */
import { describe, expect, it } from 'vitest';
import { resolveDue, type DueResolution } from '../../src/core/dates';

const MON = '2025-10-20';
const WED = '2025-10-22';
const FRI = '2025-10-24';

type Certainty = DueResolution['certainty'];

function due(text: string, meeting: string) {
  return resolveDue({ text, due: null }, meeting);
}

/** [meeting, text, due, phrase, certainty] */
type Case = [string, string, string | null, string | null, Certainty];

function table(name: string, cases: Case[]) {
  describe(name, () => {
    for (const [meeting, text, day, phrase, certainty] of cases) {
      it(`"${text}" on ${meeting} → ${day} (${certainty})`, () => {
        const expected = phrase === null ? { due: null, source: null, phrase: null, certainty: null } : { due: day, source: 'phrase', phrase, certainty };
        expect(due(text, meeting)).toEqual(expected);
      });
    }
  });
}

table('weekdays however they are cut short', [
  [MON, 'Send the deck by Weds', '2025-10-22', 'by Weds', 'likely'],
  [MON, 'Send the deck on Weds', '2025-10-22', 'on Weds', 'likely'],
  [MON, 'Send the deck by THU', '2025-10-23', 'by THU', 'likely'],
  [MON, 'Send the deck by FRI', '2025-10-24', 'by FRI', 'likely'],
  [MON, 'Send the deck by TUES', '2025-10-21', 'by TUES', 'likely'],
  [MON, 'Send the deck by Sat', '2025-10-25', 'by Sat', 'likely'],
  // "Sat" and "Sun" without a cue word are a verb and a name.
  [MON, 'Sat down with Sun Logistics about the deck', null, null, null],
]);

table('parts of the day and time zones stay in the phrase', [
  [MON, 'Send the deck first thing Monday', '2025-10-27', 'first thing Monday', 'likely'],
  [WED, 'Send the deck first thing tomorrow', '2025-10-23', 'first thing tomorrow', 'likely'],
  [MON, 'Send the deck by Monday AM', '2025-10-27', 'by Monday AM', 'likely'],
  [MON, 'Send the deck by Fri PM', '2025-10-24', 'by Fri PM', 'likely'],
  [MON, 'Send the deck tomorrow AM', '2025-10-21', 'tomorrow AM', 'likely'],
  [MON, 'Send the deck by 9am AEST tomorrow', '2025-10-21', 'by 9am AEST tomorrow', 'likely'],
  [MON, 'Send the deck by Tuesday 9:00 SGT', '2025-10-21', 'by Tuesday 9:00 SGT', 'likely'],
  [MON, 'Send the deck by 3 PM Eastern', '2025-10-20', 'by 3 PM Eastern', 'likely'],
  [MON, 'Send the deck by 5pm UTC+2 Thursday', '2025-10-23', 'by 5pm UTC+2 Thursday', 'likely'],
  // A time with a zone the rules knew nothing of used to be read alone, as the meeting's own day.
  [MON, 'Send the deck by 10am London time Tuesday', '2025-10-21', 'by 10am London time Tuesday', 'likely'],
]);

table('a weekday named on that very weekday', [
  // End of day is today: note-takers write the meeting's weekday for "by end of day".
  [FRI, 'Send the deck by EOD Friday', '2025-10-24', 'by EOD Friday', 'likely'],
  [FRI, 'Send the deck Friday COB', '2025-10-24', 'Friday COB', 'likely'],
  // Bare, it is a week away as most read it, but it may have meant today.
  [FRI, 'Send the deck by Friday', '2025-10-31', 'by Friday', 'vague'],
  [FRI, 'Send the deck Friday morning', '2025-10-31', 'Friday morning', 'likely'],
  [FRI, 'Send the deck by this Friday', '2025-10-24', 'by this Friday', 'likely'],
  [FRI, 'Send the deck by next Friday', '2025-10-31', 'by next Friday', 'likely'],
  [MON, 'Send the deck Monday week', '2025-11-03', 'Monday week', 'likely'],
  [MON, 'Send the deck a week on Friday', '2025-10-31', 'a week on Friday', 'likely'],
]);

table('past words before a deadline word', [
  // The deadline word binds the day to the task, whatever the words before it say.
  [MON, 'Send the notes we discussed by Friday', '2025-10-24', 'by Friday', 'likely'],
  [MON, 'Share what was agreed by Friday', '2025-10-24', 'by Friday', 'likely'],
  [MON, 'Send the deck, originally due Oct 14, by Friday', '2025-10-24', 'by Friday', 'likely'],
  // "Due" itself can be past.
  [MON, 'Send the deck, which was due Friday', null, null, null],
]);
