/**
 * More ways two note-takers and a person write one meeting's items, and near-misses that
 * share almost every word: deadlines relative to now (this / next week), how often
 * (weekly / every other week), lengths of time in other units, phrasal verbs with the
 * object inside ("turn MFA off", "bring legal in"), negative words that urge ("don't forget
 * to"), verbs a capital makes look like names, slips of the keys, the same words the other
 * way round (from A to B / from B to A), someone else named through a possessive, and
 * labels written apart (SOC 2). Each pair is put in two notes of one meeting, among
 * unrelated items, and run through `findDuplicates`.
 */
import { describe, expect, it } from 'vitest';
import { APPLY_THRESHOLD, compareItems } from '../../../src/core/dedupe/similarity';
import { normalizeFull, normalizeText } from '../../../src/core/dedupe/normalize';
import { wordings } from './helpers';

const { grouped, same, apart } = wordings({
  date: '2025-11-04',
  participants: ['Talia Voss', 'Oskar Brenn', 'Jude Amari'],
  others: {
    'a.md': ['Refresh the partner logo wall on the website', 'Order new badges for the contractors', 'Close the stale tickets in the support queue'],
    'b.md': ['Book the meeting room for the offsite', 'Review the expense policy draft', 'Archive last year’s board minutes'],
  },
  filler: 'The holiday party is on the 12th',
});

describe('deadlines relative to now', () => {
  apart([
    ['this week and next week', 'Send the revised quote to Lumen Forge this week', 'Send the revised quote to Lumen Forge next week'],
    ['this sprint and next sprint', 'Ship the export fix this sprint', 'Ship the export fix next sprint'],
    ['this quarter and next quarter', 'Close the Brackwater deal this quarter', 'Close the Brackwater deal next quarter'],
    ['last week and next week', 'Send the usage report from next week', 'Send the usage report from last week'],
    ['"by Friday" and "by next Friday"', 'Send the revised quote to Lumen Forge by Friday', 'Send the revised quote to Lumen Forge by next Friday'],
    ['Q3 and Q3 next year', 'Renewal is due in Q3', 'Renewal is due in Q3 next year', 'fact'],
    ['this year and last year', 'Pinecrest revenue grew this year', 'Pinecrest revenue grew last year', 'fact'],
  ]);
  same([
    ['"this week" and "by EOW"', 'Send the revised quote to Lumen Forge this week', 'Send the revised quote to Lumen Forge by EOW'],
    ['"by the end of the week" and "this week"', 'Send the revised quote to Lumen Forge by the end of the week', 'Send the revised quote to Lumen Forge this week'],
    ['"end of this week" and "EOW"', 'Send the revised quote to Lumen Forge by end of this week', 'Send the revised quote to Lumen Forge by EOW'],
    ['"next week" and "the following week"', 'Send the revised quote to Lumen Forge next week', 'Send the revised quote to Lumen Forge the following week'],
    ['"next week" and no deadline', 'Send the revised quote to Lumen Forge next week', 'Send the revised quote to Lumen Forge'],
    ['"EOM" and "end of the month"', 'Finish the security questionnaire by EOM', 'Complete the security questionnaire by the end of the month'],
    ['"ASAP" spelled out', 'Send the revised quote to Lumen Forge ASAP', 'Send the revised quote to Lumen Forge as soon as possible'],
  ]);
});

describe('how often', () => {
  apart([
    ['every week and every other week', 'Meet with Lumen Forge every week', 'Meet with Lumen Forge every other week'],
    ['weekly and biweekly', 'Review the Pinecrest dashboard weekly', 'Review the Pinecrest dashboard biweekly'],
    ['weekly and monthly', 'Sync with Brackwater weekly', 'Sync with Brackwater monthly'],
    ['weekly and twice a week', 'Sync with Brackwater weekly', 'Sync with Brackwater twice a week'],
  ]);
  same([
    ['"weekly" and "every week"', 'Weekly sync with Lumen Forge', 'Meet Lumen Forge every week'],
    ['"every 7 days" and "weekly"', 'Review the access logs every 7 days', 'Review the access logs weekly'],
    ['"every two weeks" and "biweekly"', 'Review the Pinecrest dashboard every two weeks', 'Review the Pinecrest dashboard biweekly'],
    ['"once a week" and "weekly"', 'Sync with Brackwater once a week', 'Weekly sync with Brackwater'],
    ['"quarterly business review" is still the QBR', 'Prepare the QBR deck for Pinecrest', 'Prepare the quarterly business review deck for Pinecrest'],
  ]);
});

describe('lengths of time in other units', () => {
  same([
    ['30 days and a month', 'Extend the Lumen Forge trial by 30 days', 'Extend the Lumen Forge trial by a month'],
    ['30 days and 4 weeks', 'Extend the Lumen Forge trial by 30 days', 'Extend the Lumen Forge trial by 4 weeks'],
    ['a month and four weeks', 'Extend the Lumen Forge trial by a month', 'Extend the Lumen Forge trial by four weeks'],
    ['90 days and three months', 'Keep the audit logs for 90 days', 'Keep the audit logs for three months'],
    ['a 30-day and a one-month window', 'Give Pinecrest a 30-day payment window', 'Give Pinecrest a one-month payment window'],
    ['12 months and one year', 'Brackwater wants a 12-month contract', 'Brackwater wants a one-year contract', 'fact'],
  ]);
  apart([
    ['a 6-week and a one-month pilot', 'Run a 6-week pilot with Lumen Forge', 'Run a one-month pilot with Lumen Forge'],
    ['30 days and 3 months', 'Extend the Lumen Forge trial by 30 days', 'Extend the Lumen Forge trial by 3 months'],
  ]);
});

describe('the same words the other way round', () => {
  apart([
    ['from A to B and from B to A', 'Migrate Pinecrest from AWS to Azure', 'Migrate Pinecrest from Azure to AWS'],
    ['two weekdays swapped', 'Move the weekly sync from Tuesday to Thursday', 'Move the weekly sync from Thursday to Tuesday'],
    ['two people swapped', 'Transfer the Pinecrest account from Talia to Oskar', 'Transfer the Pinecrest account from Oskar to Talia'],
    ['one company’s case study sent to the other', 'Send the Lumen Forge case study to Brackwater Steel', 'Send the Brackwater Steel case study to Lumen Forge'],
    ['the same word on the other side of the move', 'Forward the email from Pinecrest to legal', 'Forward the email from legal to Pinecrest'],
    ['another destination, the first named elsewhere', 'Move the call to Thursday', 'Move the Thursday call to Friday'],
    ['from one day to another, and back to the first', 'Move the Pinecrest sync from Tuesday to Thursday', 'Move the Pinecrest sync to Tuesday'],
  ]);
  same([
    ['introducing goes both ways', 'Introduce Oskar to the Pinecrest CFO', 'Introduce the Pinecrest CFO to Oskar'],
    ['two sends in another order', 'Send the deck to Talia and the notes to Oskar', 'Send the notes to Oskar and the deck to Talia'],
    ['only one copy says where from', 'Migrate Pinecrest to Azure', 'Migrate Pinecrest from AWS to Azure'],
    ['a weekday in the plural', 'Move the weekly sync to Thursdays', 'Move the weekly sync to Thursday'],
    ['a possessive beside a plain name', 'Escalate the outage to Pinecrest’s CTO', 'Escalate the outage to the Pinecrest CTO'],
  ]);
});

describe('phrasal verbs, the object inside or after', () => {
  apart([
    ['turn on and turn off', 'Turn on MFA for the Pinecrest tenant', 'Turn off MFA for the Pinecrest tenant'],
    ['turn it on and turn it off', 'Turn MFA on for the Pinecrest tenant', 'Turn MFA off for the Pinecrest tenant'],
    ['include and leave out', 'Include the SLA in the Lumen Forge proposal', 'Leave the SLA out of the Lumen Forge proposal'],
    ['approve and veto', 'Sign off on the Brackwater discount', 'Veto the Brackwater discount'],
  ]);
  same([
    ['"turn on" and "enable"', 'Turn on MFA for the Pinecrest tenant', 'Enable MFA for the Pinecrest tenant'],
    ['"switch off" and "disable"', 'Switch off the legacy export', 'Disable the legacy export'],
    ['"bring legal in" and "loop in legal"', 'Loop in legal on the Brackwater renewal', 'Bring legal in on the Brackwater renewal'],
    ['"pull in" and "involve"', 'Pull in security for the Pinecrest questionnaire', 'Involve security in the Pinecrest questionnaire'],
    ['"rope in" and "loop in"', 'Rope in procurement for the Lumen Forge PO', 'Loop in procurement on the Lumen Forge PO'],
    ['"leave out" and "exclude"', 'Leave the SLA out of the Lumen Forge proposal', 'Exclude the SLA from the Lumen Forge proposal'],
    ['"call off" and "cancel"', 'Call off the Thursday sync with Brackwater', 'Cancel the Thursday sync with Brackwater'],
    ['"sign off on" and "approve"', 'Sign off on the Brackwater discount', 'Approve the Brackwater discount'],
    ['"look for" and "find"', 'Look for a new venue for the offsite', 'Find a new venue for the offsite'],
    ['"come up with" and "put together"', 'Come up with a pricing proposal for Pinecrest', 'Put together a pricing proposal for Pinecrest'],
    ['"find time with" and "schedule a meeting"', 'Find time with the Brackwater CFO', 'Set up a meeting with the Brackwater CFO'],
    ['"send a meeting invite" and "schedule a meeting"', 'Schedule a meeting with Pinecrest', 'Send Pinecrest a meeting invite'],
    ['"move forward with" and "proceed with"', 'Move forward with the Lumen Forge pilot', 'Proceed with the Lumen Forge pilot', 'decision'],
  ]);
});

describe('negative words that urge, and ones that refuse', () => {
  same([
    ['"don’t forget to"', 'Don’t forget to send the revised quote to Lumen Forge', 'Send the revised quote to Lumen Forge'],
    ['"no later than"', 'No later than Friday, send Brackwater the quote', 'Send Brackwater the quote by Friday'],
    ['"do not forget" and "remember to"', 'Do not forget to renew the Pinecrest licence', 'Remember to renew the Pinecrest license'],
  ]);
  apart([
    ['"don’t" still refuses', 'Don’t renew the Pinecrest licence', 'Renew the Pinecrest license'],
    ['"lacks" and "supports"', 'Pinecrest supports SAML', 'Pinecrest lacks SAML support', 'fact'],
  ]);
});

describe('verbs at the start are no one', () => {
  same([
    ['"Reply" and "Respond"', 'Reply to the Brackwater RFP', 'Respond to the Brackwater RFP'],
    ['"Let … know" and "Inform"', 'Let Pinecrest know about the delay', 'Inform Pinecrest about the delay'],
    ['"Notify" and "Tell"', 'Notify Pinecrest of the delay', 'Tell Pinecrest about the delay'],
    ['"Demo" and "Present"', 'Demo the roadmap to Lumen Forge', 'Present the roadmap to Lumen Forge'],
    ['"Speak with" and "Talk to"', 'Speak with finance about the Brackwater discount', 'Talk to finance about the Brackwater discount'],
  ]);
  it('a verb before a name leaves no owner to compare', () => {
    expect(normalizeText('Reply to the Brackwater RFP').owner).toBeNull();
    expect(normalizeText('Notify Pinecrest of the delay').names).toEqual(['pinecrest']);
  });
});

describe('other words for the same thing', () => {
  same([
    ['buy and purchase, licence and license', 'Buy licences for the Pinecrest pilot', 'Purchase licenses for the Pinecrest pilot'],
    ['prod and production', 'Deploy the fix to prod', 'Deploy the fix to production'],
    ['a bug and an issue', 'Fix the CSV export bug', 'Resolve the CSV export issue'],
    ['configure and provision', 'Configure the staging tenant for Lumen Forge', 'Provision the staging tenant for Lumen Forge'],
    ['"SOC 2" and "SOC2"', 'Ask Brackwater for their SOC2 report', 'Ask Brackwater for their SOC 2 report'],
    ['"ISO 27001" and "ISO-27001"', 'Renew the ISO 27001 certificate', 'Renew the ISO-27001 certificate'],
    ['"PO 4471" and "purchase order 4471"', 'Approve PO 4471 for Pinecrest', 'Approve purchase order 4471 for Pinecrest'],
  ]);
  apart([
    ['grant and revoke', 'Grant Oskar admin access to the Pinecrest tenant', 'Revoke Oskar’s admin access to the Pinecrest tenant'],
    ['import and export', 'Import the Pinecrest users', 'Export the Pinecrest users'],
    ['renew and terminate', 'Renew the Lumen Forge contract', 'Terminate the Lumen Forge contract'],
    ['block and unblock', 'Block the Brackwater migration', 'Unblock the Brackwater migration'],
    ['two standards by number', 'Renew the ISO 27001 certificate', 'Renew the ISO 9001 certificate'],
    ['two purchase orders', 'Approve PO 4471 for Pinecrest', 'Approve PO 4417 for Pinecrest'],
  ]);
});

describe('slips of the keys', () => {
  same([
    ['two letters swapped in the verb', 'Sned the pricing deck to Brackwater Steel', 'Send the pricing deck to Brackwater Steel'],
    ['two letters swapped in a noun', 'Review the Brackwater Steel contarct', 'Review the Brackwater Steel contract'],
    ['"recieve"', 'Recieve the signed order form from Pinecrest', 'Receive the signed order form from Pinecrest'],
    ['a letter doubled or not', 'Send the security questionaire to Lumen Forge', 'Send the security questionnaire to Lumen Forge'],
    ['a word that reads as another token', 'Send the reivsed quote to Pinecrest procurement', 'Send the revised quote to Pinecrest procurement'],
    ['a company name with two letters swapped', 'Confirm the renewal date with Pinecerst', 'Confirm the renewal date with Pinecrest'],
  ]);
  apart([
    ['two vowels swapped in a short word make another word', 'Extend the Pinecrest trial', 'Extend the Pinecrest trail'],
    ['a doubled letter before an ending makes another word', 'Send the invoice to Pinecrest later', 'Send the invoice to Pinecrest latter'],
    ['a letter changed is another word', 'Update the contract list for Pinecrest', 'Update the contact list for Pinecrest'],
    ['two people one letter apart', 'Send the deck to Karen Holt', 'Send the deck to Karin Holt'],
  ]);
});

describe('someone else named through a possessive', () => {
  apart([
    ['a person and their manager', 'Send the agenda to Talia', 'Send the agenda to Talia’s manager'],
    ['a company and its competitor', 'Send the pricing deck to Pinecrest', "Send the pricing deck to Pinecrest's competitor"],
    ['a company and its customers', 'Share the case study with Pinecrest', "Share the case study with Pinecrest's customers"],
    ['a plural name and its customers', 'Share the case study with Brackwater Mills', "Share the case study with Brackwater Mills' customers"],
  ]);
  same([
    ['a company and its team', "Share the case study with Pinecrest's team", 'Share the case study with Pinecrest'],
    ['a plural name and its team', "Share the case study with Brackwater Mills' team", 'Share the case study with Brackwater Mills'],
  ]);
});

describe('the confidence and reasons say why', () => {
  it('a swap is an opposite, with the words named', () => {
    const n = (t: string) => ({ norm: normalizeText(t), assignee: null });
    const s = compareItems(n('Migrate Pinecrest from AWS to Azure'), n('Migrate Pinecrest from Azure to AWS'));
    expect(s.guard).toBe('opposite');
    expect(s.reasons.join(' ')).toContain('another way round');
  });
  it('"this year" beside the year is only a possible duplicate', () => {
    const c = grouped('Hit the revenue target this year', 'Hit the 2025 revenue target');
    expect(c).toBeGreaterThanOrEqual(0.6);
    expect(c).toBeLessThan(APPLY_THRESHOLD);
  });
  it('a moved anchor is only a possible duplicate, with the reason', () => {
    const n = (t: string) => ({ norm: normalizeText(t), assignee: null });
    const s = compareItems(n('Renewal is due in Q3'), n('Renewal is due in Q3 next year'));
    expect(s.confidence).toBeLessThan(APPLY_THRESHOLD);
    expect(s.reasons.join(' ')).toContain('moves the time');
  });
});

/** The one-pass reading of plain texts must agree with the full normalisation on the words these rules read. */
describe('the plain pass agrees with the full path on the new words', () => {
  const texts = [
    'Call off the sync and call the CFO',
    'Sign off on it; signed off by legal; sign the form',
    'Move forward with the pilot, move the pilot forward, went ahead',
    'Going forward we sync; going over the notes',
    'Find time with Ana, find out the time, found  time',
    'Schedule time with Bo; scheduled  time; block time',
    'This week send it, next quarter plan, the next  week',
    'Every other week, each week and every month; every manager',
    'Pull in legal; pull the numbers in; pull together',
    'Leave the SLA out; left out; left the room',
    'Let Ana know; turn MFA off; switch on the light',
    'Past year revenue, last release, current sprint, the previous cycle',
    'this',
    'next',
    'Corvane lacks SSO and is lacking audit logs',
    'Do not forget to send it no later than today',
    'Green light the pilot; greenlight',
    'As soon as possible, weekly, daily, quarterly business review',
    'Look for a venue and search for a caterer',
    'Come up with a plan; came up with one',
    'Renew SOC2 and ISO-27001; approve PO 4471 for FY25 and Q3',
  ];
  const shape = (n: ReturnType<typeof normalizeText>) => ({
    ids: [...n.ids],
    quantities: n.quantities,
    negated: n.negated,
    hedged: n.hedged,
    poles: n.poles,
    words: [...n.words].sort(),
    directions: n.directions,
  });
  for (const text of texts) it(JSON.stringify(text), () => expect(shape(normalizeText(text))).toEqual(shape(normalizeFull(text))));
});
