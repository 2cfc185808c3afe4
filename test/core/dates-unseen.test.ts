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

const SEP = '2025-09-25';
const FEB = '2025-02-20';

table('dates in numbers', [
  // Dotted dates are day first wherever they are written; the closing stop or the year makes them dates.
  [MON, 'Send the deck by 3.11.', '2025-11-03', 'by 3.11.', 'likely'],
  [MON, 'Send the deck by 11.3.', '2026-03-11', 'by 11.3.', 'likely'],
  [MON, 'Send the deck by 3.11.2025', '2025-11-03', 'by 3.11.2025', 'exact'],
  [MON, 'Send the deck due 24.10.25', '2025-10-24', 'due 24.10.25', 'exact'],
  [MON, 'Upgrade the SDK to 2.3. by Friday', '2025-10-24', 'by Friday', 'likely'],
  [MON, 'Review section 3.2.', null, null, null],
  [MON, 'Reduce churn by 3.5.', null, null, null],
  [MON, 'Reduce latency by 20/30', null, null, null],
  // The year first: nothing is ambiguous.
  [MON, 'Send the deck by 2025-11-3', '2025-11-03', 'by 2025-11-3', 'exact'],
  [MON, 'Send the deck by 2025/11/03', '2025-11-03', 'by 2025/11/03', 'exact'],
  // A weekday written with the numbers tells month/day from day/month.
  [FEB, 'Send the deck by Mon 10/3', '2025-03-10', 'by Mon 10/3', 'likely'],
  [SEP, 'Send the deck by Fri 10/3', '2025-10-03', 'by Fri 10/3', 'likely'],
  [MON, 'Send the deck COB Fri 10/24', '2025-10-24', 'COB Fri 10/24', 'likely'],
  [MON, 'Send the deck by Thursday (10/30)', '2025-10-30', 'by Thursday (10/30)', 'likely'],
  // The 31st is a Friday: one of the two is wrong.
  [MON, 'Send the deck by Thursday 10/31', '2025-10-31', 'by Thursday 10/31', 'vague'],
  // A date set off at the end of the task is its deadline.
  [MON, 'Send the deck – 10/24', '2025-10-24', '10/24', 'likely'],
  [MON, 'Send the deck → 10/24', '2025-10-24', '10/24', 'likely'],
  // A range is done by its last day.
  [MON, 'Send the deck Nov 3-7', '2025-11-07', 'Nov 3-7', 'likely'],
]);

table('days of the month', [
  [MON, 'Send the deck by 28th', '2025-10-28', 'by 28th', 'likely'],
  [MON, 'Send the deck by Friday 24th', '2025-10-24', 'by Friday 24th', 'likely'],
  [MON, 'Send the deck by Fri the 24th', '2025-10-24', 'by Fri the 24th', 'likely'],
  // The weekday picks the month: the next Friday the 31st is in October.
  [MON, 'Send the deck by Friday the 31st', '2025-10-31', 'by Friday the 31st', 'likely'],
  [MON, 'Send the deck by Thursday the 24th', '2025-10-24', 'by Thursday the 24th', 'vague'],
  [MON, 'Send the deck by the first of next month', '2025-11-01', 'by the first of next month', 'likely'],
  [MON, 'Send the deck by the first of the month', '2025-11-01', 'by the first of the month', 'likely'],
  [MON, 'Send the deck by the fifteenth', '2025-11-15', 'by the fifteenth', 'likely'],
  [MON, 'Send the deck by the twenty-first', '2025-10-21', 'by the twenty-first', 'likely'],
  // An ordinal that qualifies a noun is no day.
  [MON, 'Finish by the first meeting', null, null, null],
  [MON, 'Finish by 2nd draft', null, null, null],
  [MON, 'Book the 3rd floor room', null, null, null],
]);

table('weeks named by a day in them', [
  [MON, 'Send the deck w/c 27 Oct', '2025-10-31', 'w/c 27 Oct', 'vague'],
  [MON, 'Send the deck week commencing 3 Nov', '2025-11-07', 'week commencing 3 Nov', 'vague'],
  [MON, 'Send the deck week of 10/27', '2025-10-31', 'week of 10/27', 'vague'],
  [MON, 'Send the deck w/e 24 Oct', '2025-10-24', 'w/e 24 Oct', 'likely'],
]);

table('a day something starts is no deadline', [
  [MON, 'Send the deck after Friday', null, null, null],
  [MON, 'Run the 5-day pilot starting Nov 3', null, null, null],
  [MON, 'Onboard the team from the 15th', null, null, null],
]);
