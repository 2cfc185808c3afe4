/**
 * Due dates written the way meeting notes write them, read against meetings on
 * different weekdays and near the ends of months, quarters and years. Every
 * case names the meeting's weekday: the anchor is the meeting, never today.
 */
import { describe, expect, it } from 'vitest';
import { resolveDue, type DueResolution } from '../../src/core/dates';
import { findEventDates, resolveDueWithEvents } from '../../src/core/event-dates';

const MON = '2025-10-20';
const TUE = '2025-09-16';
const THU = '2025-12-18';
const SAT = '2025-09-27';
/** The last day of a quarter, a Monday. */
const QUARTER_END = '2025-03-31';
/** New Year's Eve, a Wednesday. */
const YEAR_END = '2025-12-31';

type Certainty = DueResolution['certainty'];

function due(text: string, meeting: string) {
  return resolveDue({ text, due: null }, meeting);
}

/** [meeting, text, due, phrase, certainty] */
type Case = [string, string, string | null, string, Certainty];

function table(name: string, cases: Case[]) {
  describe(name, () => {
    for (const [meeting, text, day, phrase, certainty] of cases) {
      it(`"${text}" on ${meeting} → ${day} (${certainty})`, () => {
        expect(due(text, meeting)).toEqual({ due: day, source: 'phrase', phrase, certainty });
      });
    }
  });
}

table('end of day and weekdays', [
  [MON, 'Send the slides by EOD', '2025-10-20', 'by EOD', 'likely'],
  [MON, 'Send the slides by EOD Friday', '2025-10-24', 'by EOD Friday', 'likely'],
  [SAT, 'Send the slides COB Thursday', '2025-10-02', 'COB Thursday', 'likely'],
  [MON, 'Send the slides by EOB Thursday', '2025-10-23', 'by EOB Thursday', 'likely'],
  [MON, 'Send the slides by end of business Friday', '2025-10-24', 'by end of business Friday', 'likely'],
  [MON, 'Send the slides by end of play Friday', '2025-10-24', 'by end of play Friday', 'likely'],
  [MON, 'Send the slides by EOP', '2025-10-20', 'by EOP', 'likely'],
  [MON, 'Send the slides by EOD Tuesday 10/21', '2025-10-21', 'by EOD Tuesday 10/21', 'likely'],
  [MON, 'Send the slides NLT Friday', '2025-10-24', 'NLT Friday', 'likely'],
  [TUE, 'Send the slides next Tuesday', '2025-09-23', 'next Tuesday', 'likely'],
  [SAT, 'Send the slides this Friday', '2025-10-03', 'this Friday', 'likely'],
  [MON, 'Send the slides by wed', '2025-10-22', 'by wed', 'likely'],
  [MON, 'Send the slides by fri', '2025-10-24', 'by fri', 'likely'],
  [MON, 'Send the slides this afternoon', '2025-10-20', 'this afternoon', 'likely'],
  [MON, "Prep the slides for tomorrow's demo", '2025-10-21', 'for tomorrow', 'likely'],
]);

table('times of day stay in the phrase', [
  [MON, 'Send the slides by 3pm Friday', '2025-10-24', 'by 3pm Friday', 'likely'],
  [MON, 'Send the slides by Friday 3pm', '2025-10-24', 'by Friday 3pm', 'likely'],
  [MON, 'Send the slides Friday at 3 p.m. ET', '2025-10-24', 'Friday at 3 p.m. ET', 'likely'],
  [MON, 'Send the slides by 10:30 on Monday', '2025-10-27', 'by 10:30 on Monday', 'likely'],
  [MON, 'Send the slides by noon tomorrow', '2025-10-21', 'by noon tomorrow', 'likely'],
  [MON, 'Send the slides by tomorrow morning', '2025-10-21', 'by tomorrow morning', 'likely'],
  [MON, 'Send the slides by 5pm today', '2025-10-20', 'by 5pm today', 'likely'],
  [MON, 'Send the slides by Friday EOD', '2025-10-24', 'by Friday EOD', 'likely'],
  // A time after a deadline word and no day: the meeting's own day.
  [MON, 'Send the slides by 3pm', '2025-10-20', 'by 3pm', 'likely'],
]);

table('weeks and weekends', [
  [THU, 'Send the slides by end of next week', '2025-12-26', 'by end of next week', 'likely'],
  [MON, 'Send the slides by the end of the week', '2025-10-24', 'by the end of the week', 'likely'],
  // Early next week is its first days, not its Friday; mid is Wednesday, late is Friday.
  [MON, 'Send the slides early next week', '2025-10-28', 'early next week', 'vague'],
  [THU, 'Send the slides early next week', '2025-12-23', 'early next week', 'vague'],
  [MON, 'Send the slides by the start of next week', '2025-10-27', 'by the start of next week', 'vague'],
  [MON, 'Send the slides by mid next week', '2025-10-29', 'by mid next week', 'vague'],
  [MON, 'Send the slides late next week', '2025-10-31', 'late next week', 'vague'],
  [MON, 'Send the slides next wk', '2025-10-31', 'next wk', 'vague'],
  [MON, 'Send the slides by end of wk', '2025-10-24', 'by end of wk', 'likely'],
  // Over the weekend is done by its Sunday; by the weekend is before it starts.
  [THU, 'Send the slides over the weekend', '2025-12-21', 'over the weekend', 'likely'],
  [SAT, 'Send the slides over the weekend', '2025-09-28', 'over the weekend', 'likely'],
  [MON, 'Send the slides this weekend', '2025-10-26', 'this weekend', 'likely'],
  [MON, 'Send the slides by the weekend', '2025-10-24', 'by the weekend', 'likely'],
  [MON, 'Send the slides next weekend', '2025-11-02', 'next weekend', 'vague'],
]);

table('durations from the meeting', [
  [MON, 'Send the slides in two weeks', '2025-11-03', 'in two weeks', 'likely'],
  [YEAR_END, 'Send the slides within 10 days', '2026-01-10', 'within 10 days', 'likely'],
  [MON, 'Send the slides in a couple of days', '2025-10-22', 'in a couple of days', 'vague'],
  [MON, 'Send the slides in a fortnight', '2025-11-03', 'in a fortnight', 'likely'],
  [MON, 'Send the slides in 2 wks', '2025-11-03', 'in 2 wks', 'likely'],
  [MON, 'Send the slides within the next two weeks', '2025-11-03', 'within the next two weeks', 'likely'],
  [MON, 'Send the slides over the next few days', '2025-10-23', 'over the next few days', 'vague'],
]);

table('days of the month and named days', [
  [MON, 'Send the slides by the 15th', '2025-11-15', 'by the 15th', 'likely'],
  [TUE, 'Send the slides by 15th Nov', '2025-11-15', 'by 15th Nov', 'likely'],
  [TUE, 'Send the slides by Nov 15', '2025-11-15', 'by Nov 15', 'likely'],
  [THU, 'Send the slides by Jan 10', '2026-01-10', 'by Jan 10', 'likely'],
  [YEAR_END, 'Send the slides by 1/2', '2026-01-02', 'by 1/2', 'vague'],
  // A written day a little before the meeting is that day, already past — not the same day next year.
  [MON, 'Send the slides by Oct 1', '2025-10-01', 'by Oct 1', 'vague'],
  [MON, 'Send the slides by 1 Oct', '2025-10-01', 'by 1 Oct', 'vague'],
  [MON, 'Send the slides before Oct 15', '2025-10-15', 'before Oct 15', 'vague'],
  [MON, 'Send the slides by 13/10', '2025-10-13', 'by 13/10', 'vague'],
]);

describe('numbers that may be day/month or month/day', () => {
  it('takes the reading nearer the meeting, never more than vague', () => {
    // 11/5 and 5/11 are 5 November or 11 May: in September, November is the nearer.
    expect(due('Send the slides by 11/5', TUE)).toMatchObject({ due: '2025-11-05', certainty: 'vague' });
    expect(due('Send the slides by 5/11', TUE)).toMatchObject({ due: '2025-11-05', certainty: 'vague' });
    // At the end of March, 11 May is the nearer.
    expect(due('Send the slides by 5/11', QUARTER_END)).toMatchObject({ due: '2025-05-11', certainty: 'vague' });
  });

  it('is likely when only one reading is a real date', () => {
    expect(due('Send the slides by 11/15', TUE)).toMatchObject({ due: '2025-11-15', certainty: 'likely' });
    expect(due('Send the slides by 15/11', TUE)).toMatchObject({ due: '2025-11-15', certainty: 'likely' });
  });
});

table('months, quarters, halves and years', [
  [TUE, 'Send the slides by mid-November', '2025-11-15', 'by mid-November', 'vague'],
  [MON, 'Send the slides by end Nov', '2025-11-30', 'by end Nov', 'likely'],
  [TUE, 'Send the slides by end of Q3', '2025-09-30', 'by end of Q3', 'likely'],
  [QUARTER_END, 'Send the slides by end of quarter', '2025-03-31', 'by end of quarter', 'likely'],
  [MON, 'Ship it Q1 2026', '2026-03-31', 'Q1 2026', 'vague'],
  [MON, 'Ship it by Q4 FY26', null, 'by Q4 FY26', null],
  [MON, 'Ship it in H2', '2025-12-31', 'in H2', 'vague'],
  [MON, 'Ship it by 1H 2026', '2026-06-30', 'by 1H 2026', 'vague'],
  [MON, 'Ship it by EOY', '2025-12-31', 'by EOY', 'likely'],
  [MON, 'Ship it before year end', '2025-12-31', 'before year end', 'likely'],
  [MON, 'Ship it first week of December', '2025-12-07', 'first week of December', 'vague'],
  [MON, 'Ship it by the last week of November', '2025-11-30', 'by the last week of November', 'vague'],
  [MON, 'Ship it in the second week of January', '2026-01-14', 'in the second week of January', 'vague'],
  [MON, 'Ship it by first week of next month', '2025-11-07', 'by first week of next month', 'vague'],
  [MON, 'Ship it the week of Nov 10', '2025-11-14', 'the week of Nov 10', 'vague'],
]);

describe('no date where none is said', () => {
  const none = [
    'Send the slides ASAP',
    'Send the slides soon',
    'Send the slides when possible',
    'Send the slides as soon as possible',
    'Send the slides by the next sync',
    'Send the slides at some point',
    // Numbers that count things, not days.
    'Send 3 slides to the team',
    'Pull 2 weeks of data',
    'Upgrade to version 2.5',
    'Review the Q3 numbers',
    'Review Q3 numbers',
    'Review Q3 monetization',
    'Cut 10 days of backlog',
    'Add 5 weeks of runway to the plan',
    'This takes 2 weeks',
    'Review the 2 weeks of logs',
    'Share the 3 day forecast',
    'Budget 2 days for testing',
    'Give them a week to respond',
    'Export one week of data',
    'Spend a day on triage',
    'Schedule a 30 min call',
    'Report on the 4 weeks since launch',
    'Plan for 2 weeks from the kickoff',
    // Period words naming a thing.
    'Update the EOY forecast',
    'Send the EOQ report',
    'Review the end of quarter numbers',
    'Review the month-end close process',
    'Update the today view',
    'Plan the weekend offsite',
    'Recap the weekend incident',
    'Send the Friday report',
    'Send the slides every Friday',
  ];
  for (const text of none) {
    for (const meeting of [MON, THU]) {
      it(`"${text}" on ${meeting} has no due date`, () => {
        expect(due(text, meeting).due).toBeNull();
      });
    }
  }
});

describe('Tasks signifiers first', () => {
  it('a 📅 date wins over a phrase, given apart or left in the text', () => {
    expect(resolveDue({ text: 'Send the slides by Friday', due: '2025-10-30' }, MON)).toMatchObject({ due: '2025-10-30', source: 'signifier' });
    expect(due('Send the slides by Friday 📅 2025-10-30', MON)).toMatchObject({ due: '2025-10-30', source: 'signifier', certainty: 'exact' });
    expect(due('Send the slides by Friday 📅️2025-10-30 #task', MON)).toMatchObject({ due: '2025-10-30', source: 'signifier' });
    expect(due('Send the slides by Friday [due:: 2025-10-30]', MON)).toMatchObject({ due: '2025-10-30', source: 'signifier' });
  });

  it('a mis-decoded 📅 is still the due signifier', () => {
    expect(due('Send the slides by Friday ðŸ“… 2025-10-30', MON)).toMatchObject({ due: '2025-10-30', source: 'signifier' });
    expect(due('Send the slides by Friday üìÖ 2025-10-30', MON)).toMatchObject({ due: '2025-10-30', source: 'signifier' });
  });

  it('other signifier dates (created, done, start, scheduled) are not due dates', () => {
    expect(due('Send the slides ➕ 2025-09-01', MON).due).toBeNull();
    expect(due('Send the slides ✅ 2025-10-26', MON).due).toBeNull();
    expect(due('Send the slides 🛫 2025-10-22', MON).due).toBeNull();
    expect(due('Send the slides ⏳ 2025-10-29', MON).due).toBeNull();
    expect(due('Send the slides âœ… 2025-10-26', MON).due).toBeNull();
    expect(due('Send the slides [scheduled:: 2025-10-28]', MON).due).toBeNull();
    expect(due('Send the slides by Friday ➕ 2025-10-01', MON)).toMatchObject({ due: '2025-10-24', phrase: 'by Friday' });
  });
});

describe('a day just gone, beside an event', () => {
  it('is not next year\'s event: "the review was on Oct 1" in an October 20 note', () => {
    const events = findEventDates([{ text: 'The pricing review was on Oct 1.', line: 3 }], MON);
    expect(events.map((e) => e.date)).toEqual(['2025-10-01']);
    const r = resolveDueWithEvents({ text: 'Send the slides before the pricing review', due: null }, MON, events);
    expect(r.due).toBeNull();
  });
});
