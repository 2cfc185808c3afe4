import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysUntil,
  dueBucket,
  findDuePhrase,
  isISODate,
  isOverdue,
  isoWeekday,
  parseLooseDate,
  resolveDue,
  todayISO,
} from '../../src/core/dates';

/** A Tuesday. */
const TUESDAY = '2025-09-16';

function phrase(text: string, meeting: string | null = TUESDAY) {
  return resolveDue({ text, due: null }, meeting);
}

describe('resolveDue: signifiers first', () => {
  it('takes the Tasks due date as exact, whatever the words say', () => {
    expect(resolveDue({ text: 'Send the deck by Friday', due: '2025-10-26' }, TUESDAY)).toEqual({
      due: '2025-10-26',
      source: 'signifier',
      phrase: null,
      certainty: 'exact',
    });
  });

  it('takes a Dataview due field when there is no signifier', () => {
    const r = resolveDue({ text: 'Send the deck', due: null, fields: { due: '2025-11-03' } }, TUESDAY);
    expect(r).toMatchObject({ due: '2025-11-03', source: 'signifier', certainty: 'exact' });
  });

  it('ignores a signifier that is not a real day and falls back to the words', () => {
    const r = resolveDue({ text: 'Send the deck tomorrow', due: '2025-02-30' }, TUESDAY);
    expect(r).toMatchObject({ due: '2025-09-17', source: 'phrase', phrase: 'tomorrow' });
  });

  it('gives nothing when nothing says when', () => {
    expect(phrase('Send the deck to the team')).toEqual({ due: null, source: null, phrase: null, certainty: null });
  });
});

describe('resolveDue: phrases, counted from the meeting date (a Tuesday)', () => {
  const cases: [string, string, string, 'exact' | 'likely' | 'vague'][] = [
    // text, due, phrase, certainty
    ['Send pricing by next Friday', '2025-09-26', 'by next Friday', 'likely'],
    ['Send pricing by Friday', '2025-09-19', 'by Friday', 'likely'],
    ['Send pricing this Friday', '2025-09-19', 'this Friday', 'likely'],
    ['Send pricing Friday next week', '2025-09-26', 'Friday next week', 'likely'],
    ['Close the contract by end of month', '2025-09-30', 'by end of month', 'likely'],
    ['Close the contract by the end of the week', '2025-09-19', 'by the end of the week', 'likely'],
    ['Close the contract EOW', '2025-09-19', 'EOW', 'likely'],
    ['Close the contract EOM', '2025-09-30', 'EOM', 'likely'],
    ['Reply EOD', '2025-09-16', 'EOD', 'likely'],
    ['Reply by close of business', '2025-09-16', 'by close of business', 'likely'],
    ['Hire two engineers by end of quarter', '2025-09-30', 'by end of quarter', 'likely'],
    ['Hire two engineers EOQ', '2025-09-30', 'EOQ', 'likely'],
    ['Launch the pilot in Q4', '2025-12-31', 'in Q4', 'vague'],
    ['Launch the pilot Q3 2026', '2026-09-30', 'Q3 2026', 'vague'],
    ["Launch the pilot by Q1'27", '2027-03-31', "by Q1'27", 'vague'],
    ['Launch the pilot by end of Q4', '2025-12-31', 'by end of Q4', 'likely'],
    ['Book the venue tomorrow', '2025-09-17', 'tomorrow', 'likely'],
    ['Start the rollout early next month', '2025-10-07', 'early next month', 'vague'],
    ['Start the rollout by the middle of next month', '2025-10-15', 'by the middle of next month', 'vague'],
    ['Start the rollout late next month', '2025-10-31', 'late next month', 'vague'],
    ['Ship the beta before Christmas', '2025-12-24', 'before Christmas', 'likely'],
    ['Close the deal ahead of Thanksgiving', '2025-11-26', 'ahead of Thanksgiving', 'likely'],
    ["Renew by New Year's", '2026-01-01', "by New Year's", 'likely'],
    ['Book the venue next week', '2025-09-26', 'next week', 'vague'],
    ['Book the venue by the end of next week', '2025-09-26', 'by the end of next week', 'likely'],
    ['Book the venue in two weeks', '2025-09-30', 'in two weeks', 'likely'],
    ['Book the venue in 3 business days', '2025-09-19', 'in 3 business days', 'likely'],
    ['File the report within 30 days', '2025-10-16', 'within 30 days', 'likely'],
    ['Book the venue in a couple of weeks', '2025-09-30', 'in a couple of weeks', 'vague'],
    ['Renew the licence by Oct 15', '2025-10-15', 'by Oct 15', 'likely'],
    ['Renew the licence by 15 October', '2025-10-15', 'by 15 October', 'likely'],
    ['Renew the licence by Oct 15, 2026', '2026-10-15', 'by Oct 15, 2026', 'exact'],
    ['Renew the licence by 2025-10-01', '2025-10-01', 'by 2025-10-01', 'exact'],
    ['Renew the licence by 10/26', '2025-10-26', 'by 10/26', 'likely'],
    ['Prepare slides before the October board meeting', '2025-10-31', 'before the October board meeting', 'vague'],
    ['Prepare slides by October', '2025-10-31', 'by October', 'vague'],
    ['Prepare slides before October', '2025-09-30', 'before October', 'vague'],
    ['Prepare slides by mid-October', '2025-10-15', 'by mid-October', 'vague'],
    ['Prepare slides by the end of November', '2025-11-30', 'by the end of November', 'likely'],
    ['Migrate the archive by 2026', '2026-12-31', 'by 2026', 'vague'],
    ['Migrate the archive next month', '2025-10-31', 'next month', 'vague'],
    ['Renew the licence by the 25th', '2025-09-25', 'by the 25th', 'likely'],
    ['Renew the licence by the 5th', '2025-10-05', 'by the 5th', 'likely'],
    ['Send the summary by end of day Friday', '2025-09-19', 'by end of day Friday', 'likely'],
    ['Schedule for Tuesday 10/21', '2025-10-21', 'for Tuesday 10/21', 'likely'],
    ['Sign due Friday, Oct 24', '2025-10-24', 'due Friday, Oct 24', 'likely'],
    ['Stand up the review cadence within the month', '2025-09-30', 'within the month', 'likely'],
    ['Send the summary later this week', '2025-09-19', 'later this week', 'vague'],
  ];
  for (const [text, due, words, certainty] of cases) {
    it(`"${text}" → ${due} (${certainty})`, () => {
      expect(phrase(text)).toEqual({ due, source: 'phrase', phrase: words, certainty });
    });
  }

  it('reads a month without a year as the next one, across the new year', () => {
    expect(phrase('Renew by Feb 3', '2025-11-20').due).toBe('2026-02-03');
    expect(phrase('Budget by March', '2025-11-20').due).toBe('2026-03-31');
    expect(phrase('Ship in Q1', '2025-11-20').due).toBe('2026-03-31');
  });

  it('a bare weekday on that same weekday means the next one; "this" means that day', () => {
    expect(phrase('Call back Friday', '2025-09-19').due).toBe('2025-09-26');
    expect(phrase('Call back this Friday', '2025-09-19').due).toBe('2025-09-19');
  });

  it('end of week said at the weekend is the coming Friday', () => {
    expect(phrase('Wrap up EOW', '2025-09-20').due).toBe('2025-09-26');
  });

  it('prefers the phrase after a deadline word over an earlier loose one', () => {
    expect(phrase('Prepare the Q4 plan by Friday')).toMatchObject({ due: '2025-09-19', phrase: 'by Friday' });
  });

  it('keeps the phrase but gives no day when the meeting has no date', () => {
    expect(phrase('Send pricing by next Friday', null)).toEqual({
      due: null,
      source: 'phrase',
      phrase: 'by next Friday',
      certainty: null,
    });
  });

  it('still resolves a fully written date when the meeting has no date', () => {
    expect(phrase('Renew by Oct 15, 2026', null)).toMatchObject({ due: '2026-10-15', certainty: 'exact' });
    expect(phrase('Ship by Q2 2026', null)).toMatchObject({ due: '2026-06-30', certainty: 'vague' });
  });
});

describe('resolveDue: dates that are not deadlines', () => {
  it('reads a Dataview due field written in words as a phrase', () => {
    expect(resolveDue({ text: 'Draft the proposal', due: null, fields: { due: 'next Friday' } }, '2025-09-16')).toMatchObject({ due: '2025-09-26', source: 'phrase', phrase: 'next Friday' });
  });

  it('does not read a period after "for" as a deadline: it says what the task is about', () => {
    expect(resolveDue({ text: 'Send the invoice for Q3', due: null }, '2025-10-07').due).toBeNull();
    expect(resolveDue({ text: 'Book the venue for October', due: null }, '2025-09-16').due).toBeNull();
    expect(resolveDue({ text: 'Send the Q3 invoice by Q4', due: null }, '2025-10-07').due).toBe('2025-12-31');
  });

  it('does not read a holiday named as a thing as a deadline', () => {
    expect(resolveDue({ text: 'Plan the Christmas party', due: null }, '2025-09-16').due).toBeNull();
  });

  const notDeadlines = [
    'Summarise what we met on Monday about',
    'Recap the pilot running since 2018',
    'Plan for a team of 10 to 15 people',
    'Upgrade the cluster to version 5.1',
    'Upgrade the cluster to v2.3',
    'Schedule a 1:1 with the new lead',
    'Offer 24/7 support to the pilot customer',
    'Cover 1/2 of the travel budget',
    'Review the notes from last Friday',
    "Follow up on Monday's call",
    'Plan the October release messaging',
    'Draft the 2026 plan',
    'Share what we learned in 2018',
    'Work with the Fridays team',
    'Tidy the roadmap #q4-planning #2026',
    'Read https://example.com/2025/10/15/launch-notes',
    'Run `release --date 2025-10-01` in staging',
  ];
  for (const text of notDeadlines) {
    it(`"${text}" has no due date`, () => {
      expect(phrase(text).due).toBeNull();
    });
  }

  it('a quarter that names a thing ("the Q4 revenue report") is no deadline', () => {
    expect(phrase('Write the Q4 revenue report').due).toBeNull();
    expect(phrase('Send the deck by Q4').due).not.toBeNull();
  });

  it('a number pair after a deadline word is a date, vague when both orders are possible', () => {
    expect(phrase('Ship by 05/06')).toMatchObject({ due: '2026-05-06', certainty: 'vague' });
  });
});

describe('resolveDue: no time-zone drift', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('really switches zones (so the tests below mean something)', () => {
    const offsets = new Set<number>();
    for (const zone of ['America/New_York', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      offsets.add(new Date(2025, 2, 9, 12).getTimezoneOffset());
    }
    expect(offsets.size).toBe(2);
  });

  // Days around the US and EU spring-forward and fall-back changes.
  const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
  for (const zone of zones) {
    it(`gives the same days in ${zone}`, () => {
      process.env.TZ = zone;
      expect(phrase('Send it tomorrow', '2025-03-08').due).toBe('2025-03-09');
      expect(phrase('Send it in two weeks', '2025-03-01').due).toBe('2025-03-15');
      expect(phrase('Send it by next Monday', '2025-10-24').due).toBe('2025-10-27'); // a Friday
      expect(phrase('Send it by Oct 27', '2025-10-25').due).toBe('2025-10-27');
      expect(phrase('Send it by Nov 3', '2025-11-01').due).toBe('2025-11-03');
      expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
      expect(daysUntil('2025-11-03', '2025-11-01')).toBe(2);
      expect(dueBucket('2025-03-10', '2025-03-09')).toBe('later');
    });
  }
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('adds months clamping the day', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('knows weekdays and real days', () => {
    expect(isoWeekday(TUESDAY)).toBe(2);
    expect(isoWeekday('2025-09-21')).toBe(7);
    expect(isISODate('2025-02-29')).toBe(false);
    expect(isISODate('2024-02-29')).toBe(true);
    expect(isISODate('2025-9-1')).toBe(false);
  });
});

describe('due buckets', () => {
  const today = '2025-09-17'; // a Wednesday
  it('sorts due dates relative to an injected today, weeks starting Monday', () => {
    expect(dueBucket('2025-09-16', today)).toBe('overdue');
    expect(dueBucket('2025-09-17', today)).toBe('today');
    expect(dueBucket('2025-09-21', today)).toBe('this-week'); // Sunday ends the ISO week
    expect(dueBucket('2025-09-22', today)).toBe('later'); // next Monday
    expect(dueBucket(null, today)).toBe('none');
    expect(dueBucket('not a date', today)).toBe('none');
  });

  it('counts days and overdue', () => {
    expect(daysUntil('2025-09-20', today)).toBe(3);
    expect(daysUntil('2025-09-10', today)).toBe(-7);
    expect(isOverdue('2025-09-16', today)).toBe(true);
    expect(isOverdue('2025-09-17', today)).toBe(false);
    expect(isOverdue(null, today)).toBe(false);
  });

  it('todayISO reads the given clock in local time', () => {
    expect(todayISO(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(todayISO()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('parseLooseDate', () => {
  it('reads the forms that name one day', () => {
    expect(parseLooseDate('2025-09-16')).toBe('2025-09-16');
    expect(parseLooseDate('2025-09-16T10:00')).toBe('2025-09-16');
    expect(parseLooseDate('2025-09-16 10:00:00 +02:00')).toBe('2025-09-16');
    expect(parseLooseDate('2025/9/16')).toBe('2025-09-16');
    expect(parseLooseDate('[[2025-09-16]]')).toBe('2025-09-16');
    expect(parseLooseDate('16/09/2025')).toBe('2025-09-16');
    expect(parseLooseDate('09/16/2025')).toBe('2025-09-16');
    expect(parseLooseDate('Sep 16, 2025')).toBe('2025-09-16');
    expect(parseLooseDate('16 September 2025')).toBe('2025-09-16');
    expect(parseLooseDate('Tuesday, September 16, 2025')).toBe('2025-09-16');
  });

  it('reads Date objects the way YAML made them (UTC midnight is the written day)', () => {
    expect(parseLooseDate(new Date(Date.UTC(2025, 8, 16)))).toBe('2025-09-16');
    expect(parseLooseDate(new Date('2025-09-16T23:30:00Z'))).toBe('2025-09-16');
    expect(parseLooseDate(new Date('invalid'))).toBeNull();
  });

  it('refuses ambiguous, impossible or non-date values', () => {
    expect(parseLooseDate('05/06/2025')).toBeNull();
    expect(parseLooseDate('2025-02-30')).toBeNull();
    expect(parseLooseDate('{ { DATE } }')).toBeNull();
    expect(parseLooseDate({ '[object Object]': null })).toBeNull();
    expect(parseLooseDate(20250916)).toBeNull();
    expect(parseLooseDate('')).toBeNull();
    expect(parseLooseDate(null)).toBeNull();
    expect(parseLooseDate('next Friday')).toBeNull();
  });
});

describe('findDuePhrase', () => {
  it('returns null when the text has no date words', () => {
    expect(findDuePhrase('Send the deck', TUESDAY)).toBeNull();
  });
});

describe('a month abbreviated with a full stop, then its day', () => {
  it.each([
    ['Send pricing by Nov. 7th', '2025-11-07'],
    ['Send pricing by Nov. 7', '2025-11-07'],
    ['Send pricing by Sept. 7, 2026', '2026-09-07'],
  ])('%s → %s', (text, due) => {
    expect(resolveDue({ text, due: null, fields: {} }, '2025-11-04').due).toBe(due);
  });

  it('a month alone with a full stop is still that month, vaguely', () => {
    expect(resolveDue({ text: 'Send pricing by Nov.', due: null, fields: {} }, '2025-11-04')).toMatchObject({ due: '2025-11-30', certainty: 'vague' });
  });
});
