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
        // A range or a preference adds its days beside these: the tables judge the deadline itself.
        const { due: d, source, phrase: p, certainty: c } = due(text, meeting);
        expect({ due: d, source, phrase: p, certainty: c }).toEqual(expected);
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

const THU = '2025-12-18';
const SUN = '2025-10-26';
const JUL = '2025-07-10';
const NOV = '2025-11-14';
const JAN = '2026-01-02';

table('periods with no known day keep their words', [
  [MON, 'Ship in FY26 Q1', null, 'in FY26 Q1', null],
  [MON, 'Ship by FY2026 H2', null, 'by FY2026 H2', null],
  [MON, 'Ship by end of FY26', null, 'by end of FY26', null],
  [MON, 'Ship by FYE', null, 'by FYE', null],
  [MON, 'Ship by the end of the sprint', null, 'by the end of the sprint', null],
  [MON, 'Ship next sprint', null, 'next sprint', null],
  // A day written beside one wins.
  [MON, 'Ship by end of sprint (Oct 31)', '2025-10-31', 'Oct 31', 'likely'],
  [MON, 'Plan the FY26 budget', null, null, null],
  [MON, 'Run next sprint planning', null, null, null],
]);

table('weeks, quarters and years, more ways', [
  [MON, 'Send the deck within 5 BD', '2025-10-27', 'within 5 BD', 'likely'],
  [MON, 'Send the deck by CW45', '2025-11-07', 'by CW45', 'likely'],
  [MON, 'Send the deck in KW 45', '2025-11-07', 'in KW 45', 'likely'],
  [MON, 'Send the deck by week 45', '2025-11-07', 'by week 45', 'likely'],
  // A project's own week is not a calendar week.
  [MON, 'Finish setup by week 2', null, null, null],
  [MON, 'Do the week 3 onboarding review', null, null, null],
  [MON, 'Send the deck by midweek', '2025-10-22', 'by midweek', 'vague'],
  [THU, 'Send the deck by mid-week', '2025-12-24', 'by mid-week', 'vague'],
  // Said on a Sunday, next week is the one starting tomorrow.
  [SUN, 'Send the deck next week', '2025-10-31', 'next week', 'vague'],
  [MON, 'Send the deck by the end of this week', '2025-10-24', 'by the end of this week', 'likely'],
  [MON, 'Send the deck by end of this month', '2025-10-31', 'by end of this month', 'likely'],
  [MON, 'Send the deck by the start of Q1', '2026-01-07', 'by the start of Q1', 'vague'],
  [MON, 'Send the deck by early Q1', '2026-01-31', 'by early Q1', 'vague'],
  [MON, 'Send the deck by mid-Q1', '2026-02-15', 'by mid-Q1', 'vague'],
  [MON, 'Send the deck by late Q1', '2026-03-31', 'by late Q1', 'vague'],
  [MON, 'Send the deck by end of 2025', '2025-12-31', 'by end of 2025', 'likely'],
  [MON, 'Send the deck by eoy', '2025-12-31', 'by eoy', 'likely'],
]);

table('holidays and the year-end break', [
  [MON, 'Send the deck before the holidays', '2025-12-23', 'before the holidays', 'vague'],
  [THU, 'Send the deck before the holiday break', '2025-12-23', 'before the holiday break', 'vague'],
  [MON, 'Send the deck after the holidays', '2026-01-05', 'after the holidays', 'vague'],
  [JAN, 'Send the deck after the holidays', '2026-01-05', 'after the holidays', 'vague'],
  [THU, 'Read the deck over the holidays', '2026-01-04', 'over the holidays', 'vague'],
  [MON, 'Send the deck in the new year', '2026-01-05', 'in the new year', 'vague'],
  // In July "the holidays" may be any: the words are kept, with no day.
  [JUL, 'Send the deck before the holidays', null, 'before the holidays', null],
  [NOV, 'Send the deck after Thanksgiving', '2025-12-01', 'after Thanksgiving', 'vague'],
  [THU, 'Send the deck after Christmas', '2025-12-29', 'after Christmas', 'vague'],
  [NOV, 'Send the deck by Black Friday', '2025-11-28', 'by Black Friday', 'likely'],
  [JUL, 'Send the deck by Labor Day', '2025-09-01', 'by Labor Day', 'likely'],
  [FEB, 'Send the deck before Easter', '2025-04-19', 'before Easter', 'likely'],
  [FEB, 'Send the deck by Memorial Day', '2025-05-26', 'by Memorial Day', 'likely'],
  // A holiday naming a thing is no deadline, and its weekday is not read alone.
  [NOV, 'Plan the Black Friday promo', null, null, null],
]);

table('a deadline moved', [
  [MON, 'Moved from Oct 24 to Oct 31: send the deck', '2025-10-31', 'Oct 24 to Oct 31', 'likely'],
  [MON, 'Send the deck, pushed to Nov 3', '2025-11-03', 'pushed to Nov 3', 'likely'],
  [MON, 'Migrate from Jira to Linear', null, null, null],
]);
