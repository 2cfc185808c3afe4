/**
 * Due phrases the earlier rounds left open: seasons, breaks with no holiday word, ranges
 * (and the days of an event a task organises), dashed dates, lower-case halves and time
 * zones, a preferred day beside the latest one, and German deadline words before dotted
 * dates. Every case names its meeting: the anchor is the meeting, never today.
 */
import { describe, expect, it } from 'vitest';
import { resolveDue, type DueResolution } from '../../src/core/dates';

const WED = '2025-10-22';
const SAT = '2025-10-25';
const APR = '2025-04-09';
const JUL = '2025-07-15';
const SEP = '2025-09-10';
const DEC = '2025-12-10';
const FEB = '2026-02-10';

type Certainty = DueResolution['certainty'];

/** [meeting, text, due, phrase, certainty]; a null phrase means no date phrase at all. */
type Case = [string, string, string | null, string | null, Certainty];

function table(name: string, cases: Case[]) {
  describe(name, () => {
    for (const [meeting, text, day, phrase, certainty] of cases) {
      it(`"${text}" on ${meeting} → ${day} (${certainty})`, () => {
        const { due, source, phrase: found, certainty: how } = resolveDue({ text, due: null }, meeting);
        const expected = phrase === null ? { due: null, source: null, phrase: null, certainty: null } : { due: day, source: 'phrase', phrase, certainty };
        expect({ due, source, phrase: found, certainty: how }).toEqual(expected);
      });
    }
  });
}

table('seasons: northern meteorological, the last day, always vague', [
  [APR, 'Finalize the roadmap by the fall', '2025-11-30', 'by the fall', 'vague'],
  [APR, 'Finalize the roadmap by autumn', '2025-11-30', 'by autumn', 'vague'],
  [APR, 'Finalize the roadmap by end of summer', '2025-08-31', 'by end of summer', 'vague'],
  [JUL, 'Finalize the roadmap by the end of the summer', '2025-08-31', 'by the end of the summer', 'vague'],
  [FEB, 'Finalize the roadmap this spring', '2026-05-31', 'this spring', 'vague'],
  [WED, 'Finalize the roadmap over the winter', '2026-02-28', 'over the winter', 'vague'],
  [APR, 'Finalize the roadmap in the fall', '2025-11-30', 'in the fall', 'vague'],
  [WED, 'Finalize the roadmap by fall 2026', '2026-11-30', 'by fall 2026', 'vague'],
  [WED, "Finalize the roadmap by fall '26", '2026-11-30', "by fall '26", 'vague'],
  [WED, 'Finalize the roadmap by winter 2025/26', '2026-02-28', 'by winter 2025/26', 'vague'],
  [WED, 'Finalize the roadmap in fall of 2026', '2026-11-30', 'in fall of 2026', 'vague'],
  // Before a season is the day before it starts; its parts are those of a quarter.
  [APR, 'Finalize the roadmap before summer', '2025-05-31', 'before summer', 'vague'],
  [APR, 'Finalize the roadmap before the summer', '2025-05-31', 'before the summer', 'vague'],
  [APR, 'Finalize the roadmap by early summer', '2025-06-30', 'by early summer', 'vague'],
  [APR, 'Finalize the roadmap by mid-summer', '2025-07-15', 'by mid-summer', 'vague'],
  [WED, 'Finalize the roadmap by the start of spring', '2026-03-07', 'by the start of spring', 'vague'],
  // A season just passed is next year's only when the meeting is after it; one under way is this year's.
  [SEP, 'Finalize the roadmap by summer', '2026-08-31', 'by summer', 'vague'],
  [JUL, 'Finalize the roadmap by summer', '2025-08-31', 'by summer', 'vague'],
  [DEC, 'Finalize the roadmap by the fall', '2026-11-30', 'by the fall', 'vague'],
  // "next" is the first still to start: in February, this coming spring; in July, not this summer.
  [FEB, 'Finalize the roadmap next spring', '2026-05-31', 'next spring', 'vague'],
  [JUL, 'Finalize the roadmap next summer', '2026-08-31', 'next summer', 'vague'],
]);

table('season words that are no deadline', [
  [WED, 'Hire the summer interns by Friday', '2025-10-24', 'by Friday', 'likely'],
  [WED, 'Plan the spring release', null, null, null],
  [WED, 'Investigate the fall in conversion', null, null, null],
  [WED, "Make sure we don't fall behind on hiring", null, null, null],
  [WED, 'Ship the fix before things fall apart', null, null, null],
  [WED, 'Review what happened last summer', null, null, null],
  [WED, 'Ask Summer for the numbers', null, null, null],
  [WED, 'Send the deck to Summer Nguyen by Friday', '2025-10-24', 'by Friday', 'likely'],
  [WED, 'Migrate to Spring Boot 3', null, null, null],
  // "for the summer" says what a task is about, as "for Q3" does.
  [APR, 'Plan for the summer', null, null, null],
  [WED, 'Ship by the fall-off in demand', null, null, null],
  [WED, 'Lower costs over the winter months', '2026-02-28', 'over the winter months', 'vague'],
]);

table('breaks with no holiday word: the words kept, no day', [
  [WED, 'Send the deck before the break', null, 'before the break', null],
  [JUL, 'Send the deck before the summer break', null, 'before the summer break', null],
  [WED, 'Wrap up the audit before the shutdown', null, 'before the shutdown', null],
  [FEB, 'Send the deck before spring break', null, 'before spring break', null],
  [WED, 'Read the report over the break', null, 'over the break', null],
  // The year-end break keeps its day; a break after which something starts is no deadline.
  [WED, 'Send the deck before the winter break', '2025-12-23', 'before the winter break', 'vague'],
  [WED, 'Send the deck after the break', null, null, null],
  [WED, 'Discuss the break room refurbishment', null, null, null],
  [WED, 'Fix the build break by Friday', '2025-10-24', 'by Friday', 'likely'],
  [WED, 'Finish the analysis before the break-even point', null, null, null],
  // Someone's own time off is a break too.
  [WED, 'Hand over before my vacation', null, 'before my vacation', null],
]);

table('a deadline range is done by its last day', [
  [WED, 'Collect survey responses between Oct 27 and Oct 31', '2025-10-31', 'between Oct 27 and Oct 31', 'likely'],
  [WED, 'Collect survey responses between October 27 and 31', '2025-10-31', 'between October 27 and 31', 'likely'],
  [WED, 'Collect survey responses between 27 and 31 Oct', '2025-10-31', 'between 27 and 31 Oct', 'likely'],
  [WED, 'Collect survey responses Oct 27–31', '2025-10-31', 'Oct 27–31', 'likely'],
  [WED, 'Collect survey responses Oct 27 – 31', '2025-10-31', 'Oct 27 – 31', 'likely'],
  [WED, 'Collect survey responses 27-31 Oct', '2025-10-31', '27-31 Oct', 'likely'],
  [WED, 'Collect survey responses Oct 28 - Nov 1', '2025-11-01', 'Oct 28 - Nov 1', 'likely'],
  [WED, 'Collect survey responses Oct 27 thru 31', '2025-10-31', 'Oct 27 thru 31', 'likely'],
  [WED, 'Collect survey responses from Oct 27 to Oct 31', '2025-10-31', 'from Oct 27 to Oct 31', 'likely'],
  [WED, 'Collect survey responses by 10/27-10/31', '2025-10-31', 'by 10/27-10/31', 'likely'],
  [DEC, 'Send the survey between Dec 29 and Jan 2', '2026-01-02', 'between Dec 29 and Jan 2', 'likely'],
  // A meeting or a call is one day: a range with one is a window to hold it in.
  [WED, 'Schedule the review meeting Nov 3-7', '2025-11-07', 'Nov 3-7', 'likely'],
  // A day and a count, or hours of one day, are no range.
  [WED, 'Send pricing for Oct 27 - 3 seats', '2025-10-27', 'for Oct 27', 'likely'],
  [WED, 'Send invites Nov 3 to 10 people', '2025-11-03', 'Nov 3', 'likely'],
  [WED, 'Work 9 to 5 on Nov 3', '2025-11-03', '9 to 5 on Nov 3', 'likely'],
  [WED, 'Grow from Oct 24 to 10 customers', null, null, null],
]);

table("an event's days are the event's: what the task does for it is due as it starts", [
  [WED, 'Hold the offsite Nov 3-5', '2025-11-03', 'Nov 3-5', 'likely'],
  [WED, 'Offsite: Nov 3–5', '2025-11-03', 'Nov 3–5', 'likely'],
  [WED, 'Book the venue for the offsite Nov 3-5', '2025-11-03', 'Nov 3-5', 'likely'],
  [WED, 'Finalize catering for the Nov 3–5 leadership offsite', '2025-11-03', 'for the Nov 3–5', 'likely'],
  [WED, 'Team offsite (Nov 3-5): book flights', '2025-11-03', 'Nov 3-5', 'likely'],
  [WED, 'Offsite in Lisbon Nov 3-5 — send the agenda', '2025-11-03', 'Nov 3-5', 'likely'],
  [WED, 'Attend the conference Nov 3-5', '2025-11-03', 'Nov 3-5', 'likely'],
  // Before it, the day before; during it, by its last day; after it starts something, no deadline.
  [WED, 'Send the agenda before the offsite Nov 3-5', '2025-11-02', 'Nov 3-5', 'likely'],
  [WED, 'Collect feedback during the offsite Nov 3-5', '2025-11-05', 'Nov 3-5', 'likely'],
  [WED, 'Send the recap after the offsite Nov 3-5', null, null, null],
  // A deadline written beside the event is the deadline.
  [WED, 'Book the venue by Oct 31 for the offsite Nov 3-5', '2025-10-31', 'by Oct 31', 'likely'],
]);

describe('what a range reports beside its deadline', () => {
  it('gives a deadline range its first and last day', () => {
    expect(resolveDue({ text: 'Collect survey responses Oct 27–31', due: null }, WED).range).toEqual({ first: '2025-10-27', last: '2025-10-31' });
  });

  it("names the event whose days they are", () => {
    expect(resolveDue({ text: 'Hold the offsite Nov 3–5', due: null }, WED).range).toEqual({ first: '2025-11-03', last: '2025-11-05', event: 'offsite' });
  });

  it('reports no range for a single day', () => {
    expect(resolveDue({ text: 'Send the deck by Nov 3', due: null }, WED).range).toBeUndefined();
  });
});

table('dashed dates after a deadline word', [
  [WED, 'Send the contract by Oct-31', '2025-10-31', 'by Oct-31', 'likely'],
  [WED, 'Send the contract due Nov-3', '2025-11-03', 'due Nov-3', 'likely'],
  [WED, 'Send the contract by 3-Nov', '2025-11-03', 'by 3-Nov', 'likely'],
  [WED, 'Send the contract by 10-31', '2025-10-31', 'by 10-31', 'likely'],
  [WED, 'Send the contract by 31-10', '2025-10-31', 'by 31-10', 'likely'],
  [WED, 'Send the contract no later than 10-31', '2025-10-31', 'no later than 10-31', 'likely'],
  // Either order gives a near day (Nov 3, Mar 11): the nearer, and only vague.
  [WED, 'Send the contract by 11-3', '2025-11-03', 'by 11-3', 'vague'],
  // "Oct-24" may also be October 2024: when both fit, the day, vague.
  ['2024-10-01', 'Send the contract by Oct-24', '2024-10-24', 'by Oct-24', 'vague'],
  [WED, 'Send the contract by Jun-30', '2026-06-30', 'by Jun-30', 'likely'],
  // Without a deadline word, and wherever a letter is glued on or a count follows, no date.
  [WED, 'Refresh the Oct-24 forecast', null, null, null],
  [WED, 'Send the contract 10-31', null, null, null],
  [WED, 'Ship COVID-19 guidance by Friday', '2025-10-24', 'by Friday', 'likely'],
  [WED, 'Roll out v10-24 firmware by Nov 7', '2025-11-07', 'by Nov 7', 'likely'],
  [WED, 'Close Q3-24 books by Friday', '2025-10-24', 'by Friday', 'likely'],
  ['2024-05-02', 'Hit the targets by Q3-24', '2024-09-30', 'by Q3-24', 'vague'],
  [WED, 'Cut costs by 10-15', null, null, null],
  [WED, 'Cut latency by 10-20%', null, null, null],
  [WED, 'Hire 10-15 engineers by Q1', '2026-03-31', 'by Q1', 'vague'],
  [WED, 'Finish by 2-3pm', null, null, null],
  [WED, 'Deliver the 3-5 pager by 11-7', '2025-11-07', 'by 11-7', 'likely'],
]);

table('halves and time zones in lower case', [
  [WED, 'Launch by h2', '2025-12-31', 'by h2', 'vague'],
  [WED, 'Launch by h1 2026', '2026-06-30', 'by h1 2026', 'vague'],
  [WED, 'Launch by 2H', '2025-12-31', 'by 2H', 'vague'],
  [WED, 'Launch by 1H26', '2026-06-30', 'by 1H26', 'vague'],
  [WED, 'Launch by the end of h1', '2026-06-30', 'by the end of h1', 'likely'],
  // The digit first in lower case is hours: "1h26" is an hour and 26 minutes.
  [WED, 'Launch in 1h26', null, null, null],
  [WED, 'Send the numbers by 10am pst Friday', '2025-10-24', 'by 10am pst Friday', 'likely'],
  [WED, 'Send the numbers by 3pm cet Thursday', '2025-10-23', 'by 3pm cet Thursday', 'likely'],
  [WED, 'Send the numbers by 10am pst tomorrow', '2025-10-23', 'by 10am pst tomorrow', 'likely'],
  [WED, 'Send the numbers by 4:30pm pt Monday', '2025-10-27', 'by 4:30pm pt Monday', 'likely'],
  [WED, 'Send the numbers by noon est', '2025-10-22', 'by noon est', 'likely'],
]);

table('a preferred day and the latest: due on the latest, the phrase kept whole', [
  [WED, 'Send the numbers Friday or Monday at the latest', '2025-10-27', 'Friday or Monday at the latest', 'likely'],
  [WED, 'Send the numbers by Friday, Monday latest', '2025-10-27', 'by Friday, Monday latest', 'likely'],
  [WED, 'Send the numbers no later than Monday, ideally Friday', '2025-10-27', 'no later than Monday, ideally Friday', 'likely'],
  [WED, 'Send the numbers ideally by Friday, but no later than Tuesday', '2025-10-28', 'ideally by Friday, but no later than Tuesday', 'likely'],
  [WED, 'Send the numbers by Friday (Monday at the latest)', '2025-10-27', 'by Friday (Monday at the latest)', 'likely'],
  [WED, 'Send the numbers no later than Monday (ideally Friday)', '2025-10-27', 'no later than Monday (ideally Friday)', 'likely'],
  [WED, 'Send the numbers by Friday if possible, otherwise Monday', '2025-10-27', 'by Friday if possible, otherwise Monday', 'likely'],
  [WED, 'Send the numbers by Friday, worst case Monday', '2025-10-27', 'by Friday, worst case Monday', 'likely'],
  [WED, 'Send the numbers by Friday, preferably Thursday', '2025-10-24', 'by Friday, preferably Thursday', 'likely'],
  [WED, 'Send the numbers by Nov 3, Nov 7 at the latest', '2025-11-07', 'by Nov 3, Nov 7 at the latest', 'likely'],
  // Said on a Saturday, the Monday is the one after that Friday.
  [SAT, 'Send the numbers Friday or Monday at the latest', '2025-11-03', 'Friday or Monday at the latest', 'likely'],
  // Nothing says which is the limit, or the two days are two tasks' deadlines: not joined.
  [WED, 'Send the numbers Friday or Monday', '2025-10-24', 'Friday', 'likely'],
  [WED, 'Send the numbers by Friday and the deck by Monday', '2025-10-24', 'by Friday', 'likely'],
]);

describe('the preferred day is reported beside the deadline', () => {
  it('keeps the earlier day as the preference', () => {
    const r = resolveDue({ text: 'Send the numbers no later than Monday, ideally Friday', due: null }, WED);
    expect([r.due, r.preferred]).toEqual(['2025-10-27', '2025-10-24']);
  });
});

table('German deadline words before a dotted date', [
  [WED, 'Send the numbers bis 31.10.', '2025-10-31', 'bis 31.10.', 'likely'],
  [WED, 'Send the numbers bis zum 3.11.', '2025-11-03', 'bis zum 3.11.', 'likely'],
  [WED, 'Send the numbers spätestens 5.12.', '2025-12-05', 'spätestens 5.12.', 'likely'],
  [WED, 'Send the numbers bis spätestens 5.12.', '2025-12-05', 'bis spätestens 5.12.', 'likely'],
  [WED, 'Send the numbers spaetestens 3.11.', '2025-11-03', 'spaetestens 3.11.', 'likely'],
  [WED, 'Send the numbers bis zum 3.11.2025', '2025-11-03', 'bis zum 3.11.2025', 'exact'],
  // After a German cue the closing stop may be left off; without one, "3.11" is a version.
  [WED, 'Send the numbers bis 3.11', '2025-11-03', 'bis 3.11', 'likely'],
  [WED, 'Move to Python 3.11', null, null, null],
  [WED, 'Send the numbers 3.11.', null, null, null],
]);
