/**
 * The same action item, decision or fact written two ways by two note-takers of one
 * meeting — and two different items that merely look alike — as real AI notes word them:
 * other verbs, passive voice, filler, the owner in the words or as `@Owner`, deadlines,
 * tense, abbreviations, numbers, negation and mojibake. Each pair is put in two notes of
 * one meeting, among unrelated items, and run through `findDuplicates`.
 */
import { describe, expect, it } from 'vitest';
import { APPLY_THRESHOLD } from '../../../src/core/dedupe/similarity';
import { normalizeFull, normalizeText } from '../../../src/core/dedupe/normalize';
import { wordings } from './helpers';

const { grouped, same, apart } = wordings({
  date: '2025-10-14',
  participants: ['Ines Alvarado', 'Bruno Kask', 'Cyrus Maddox'],
  others: {
    'a.md': ['Update the onboarding checklist for new contractors', 'Fix the broken export in the billing dashboard', 'Collect feedback from the pilot users on search'],
    'b.md': ['Renew the SSL certificate for the staging site', 'Draft the agenda for the partner summit', 'Archive the old support tickets'],
  },
  filler: 'The office move is planned for spring',
});

describe('the owner written in the words, as @Owner, or not at all', () => {
  same([
    ['"Ana to send" and the same with @Ana', 'Ines to send the pricing deck', 'Send the pricing deck @Ines Alvarado'],
    ['"Ana Lopez: send" and the same with @Ana Lopez', 'Ines Alvarado: send the pricing deck', 'Send the pricing deck @Ines Alvarado'],
    ['@Ana and no owner', 'Send the pricing deck @Ines', 'Send the pricing deck'],
    ['"Ana to send" and no owner', 'Ines to send the pricing deck', 'Send the pricing deck'],
    ['a short form of the assignee’s name', 'Bea will circulate the pricing deck', 'Circulate the pricing deck @Beatriz Ortega'],
  ]);
  apart([
    ['"Ana to send" and the same for @Bo', 'Ines to send the pricing deck', 'Send the pricing deck @Bruno Kask'],
    ['"Ana will send" and the same for @Bo', 'Ines will send the pricing deck', 'Send the pricing deck @Bruno'],
    ['"(Ana) send" and "(Bo) send"', '(Ines) send the pricing deck', '(Bruno) send the pricing deck'],
    ['"Ana: send" and the same for @Bo', 'Ines: send the pricing deck', 'Send the pricing deck @Bruno Kask'],
    ['@Ana and @Bo', 'Send the pricing deck @Ines', 'Send the pricing deck @Bruno'],
    ['"Ana to send" and "Bo to send"', 'Ines to send the pricing deck', 'Bruno to send the pricing deck'],
  ]);
  it('a topic label before the item is no owner when the other copy says it too', () =>
    expect(grouped('Pricing: send the updated deck to procurement', 'Send the updated pricing deck to procurement @Bruno Kask')).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
});

describe('saying the opposite, or only that it may be so', () => {
  apart([
    ['"unlikely to renew"', 'Harrow Mills will renew the contract', 'Harrow Mills is unlikely to renew the contract', 'fact'],
    ['"unable to"', 'Finance can approve the pilot budget this quarter', 'Finance is unable to approve the pilot budget this quarter', 'fact'],
    ['in scope and out of scope', 'SSO is in scope for phase one', 'SSO is out of scope for phase one', 'decision'],
    ['descoped', 'Offline mode ships in phase one', 'Offline mode descoped from phase one', 'decision'],
    ['include and exclude', 'Include the SLA in the proposal', 'Exclude the SLA from the proposal'],
    ['"might renew" beside "will renew"', 'Harrow Mills will renew the contract', 'Harrow Mills might renew the contract', 'fact'],
    ['"may renew" beside "will renew"', 'Harrow Mills will renew the contract', 'Harrow Mills may renew the contract', 'fact'],
    ['"tentatively" beside a firm date', 'Launch moved to the week of the 10th', 'Launch tentatively moved to the week of the 10th', 'decision'],
  ]);
  same([
    ['the month May is no hedge', 'Launch the beta in May', 'Beta launch in May'],
    ['both hedged', 'Harrow Mills might expand to the EU region', 'Harrow Mills may expand to the EU region', 'fact'],
    ['"including" beside nothing', 'Send the contract pack to legal, including the SLA', 'Send the contract pack to legal'],
  ]);
});

describe('another verb for the same action', () => {
  same([
    ['email as the verb', 'Circulate the revised budget to finance', 'Email the revised budget to finance'],
    ['email with the person first', 'Send the meeting recap to the team', 'Email the team the meeting recap'],
    ['"look over"', 'Review the draft MSA from Corvane', 'Look over the draft MSA from Corvane'],
    ['"go through"', 'Review the draft MSA from Corvane', 'Go through the draft MSA from Corvane'],
    ['"went over" in a recap', 'Reviewed the migration runbook with the platform team', 'Went over the migration runbook with the platform team'],
    ['"take a look at"', 'Review the draft MSA from Corvane', 'Take a look at the draft MSA from Corvane'],
    ['"dig into"', 'Investigate the spike in failed logins', 'Dig into the spike in failed logins'],
    ['"touch base"', 'Follow up with Corvane about the security questionnaire', 'Touch base with Corvane about the security questionnaire'],
    ['"remind" and "nudge"', 'Remind procurement to countersign the order form', 'Nudge procurement to countersign the order form'],
    ['"loop in" and "cc"', 'Loop in legal on the renewal thread', 'CC legal on the renewal thread'],
    ['"moved" and "pushed"', 'Go-live moved to November 3', 'Go-live pushed to Nov 3', 'decision'],
    ['"ends" and "expires"', 'The current contract ends March 31', 'Current contract expires on 31 March', 'fact'],
  ]);
  apart([
    ['the email is the thing sent', 'Send the follow-up email to Corvane', 'Send the pricing deck to Corvane'],
  ]);
});

describe('word order, passive voice, tense and filler', () => {
  same([
    ['passive with the owner after "by"', 'Ines to send the deck', 'Deck to be sent by Ines'],
    ['passive with a recipient', 'Ines to send the onboarding deck to Bruno', 'Onboarding deck to be sent to Bruno by Ines'],
    ['passive with @Owner', 'Send the renewal quote to procurement @Ines Alvarado', 'Renewal quote to be sent to procurement @Ines Alvarado'],
    ['an irregular past tense', 'Sent the contract to legal', 'Send the contract to legal'],
    ['"wrote" and "write"', 'Wrote the migration runbook', 'Write the migration runbook'],
    ['filler words', 'Make sure to update the forecast in the CRM', 'Please update forecast in CRM'],
  ]);
});

describe('abbreviations and their words', () => {
  same([
    ['QBR', 'Prepare the QBR deck for Northwind', 'Prepare the quarterly business review deck for Northwind'],
    ['NDA, with a hyphen', 'Send the NDA to Harlow', 'Send the non-disclosure agreement to Harlow'],
    ['EBR', 'Schedule the EBR with Northwind', 'Schedule the executive business review with Northwind'],
    ['ARR', 'Update the ARR forecast', 'Update the annual recurring revenue forecast'],
    ['PRD, plural and doc', 'Draft the PRD for offline mode', 'Draft the product requirements doc for offline mode'],
    ['RFP in the plural', 'Share the RFP response with sales', 'Share the requests for proposals response with sales'],
    ['SSO spelled out with a hyphen', 'Enable SSO for the staging tenant', 'Enable single sign-on for the staging tenant'],
    ['clipped words: eng', 'Get eng sign-off on the migration plan', 'Get engineering sign-off on the migration plan'],
    ['clipped words: mktg, mgmt', 'Send the mktg plan to mgmt', 'Send the marketing plan to management'],
    ['clipped words: ops, infra', 'Ask ops about the infra budget', 'Ask operations about the infrastructure budget'],
    ['clipped words: reqs', 'Confirm reqs with the customer', 'Confirm requirements with the customer'],
  ]);
  apart([
    ['an abbreviation beside other words', 'Send the NDA to Harlow', 'Send the data processing agreement to Harlow'],
    ['QBR and MBR', 'Prepare the QBR deck for Northwind', 'Prepare the monthly business review deck for Northwind'],
  ]);
});

describe('deadlines', () => {
  same([
    ['a Tasks date and "by Friday"', 'Send the pricing deck 📅 2025-10-17', 'Send the pricing deck by Friday'],
    ['"by Friday" and no deadline', 'Send the pricing deck by Friday', 'Send the pricing deck'],
    ['"by Friday" and "by EOW"', 'Send the pricing deck by Friday', 'Send the pricing deck by EOW'],
    ['"end of the week" and "Friday"', 'Send the pricing deck by end of the week', 'Send the pricing deck by Friday'],
    ['"EOD" and "today"', 'Send the pricing deck by EOD', 'Send the pricing deck today'],
  ]);
  apart([
    ['two weekdays', 'Send the pricing deck by Friday', 'Send the pricing deck by Monday'],
    ['two dates', 'Send the pricing deck by Oct 17', 'Send the pricing deck by Oct 24'],
    ['"EOW" and Monday', 'Send the pricing deck by EOW', 'Send the pricing deck by Monday'],
  ]);
});

describe('numbers, amounts and periods', () => {
  same([
    ['an amount written two ways', 'Approve the $40k budget for the pilot', 'Approve the $40,000 budget for the pilot'],
    ['the currency in words', 'Budget is $1.2M for the pilot', 'Budget is 1.2 million dollars for the pilot', 'fact'],
    ['a quarter by its ordinal', 'Plan the launch for Q3', 'Plan the launch for the third quarter'],
    ['a half by its ordinal', 'Plan the H2 roadmap', 'Plan the roadmap for the second half'],
    ['weeks as days', 'Extend the trial by 2 weeks', 'Extend the trial by 14 days'],
    ['a fortnight', 'Extend the trial by 2 weeks', 'Extend the trial by a fortnight'],
    ['"an hour" and "1 hour"', 'Book the room for 1 hour', 'Book the room for an hour'],
    ['hours as minutes', 'Book the room for 60 minutes', 'Book the room for an hour'],
    ['"a couple of"', 'Hire two SREs', 'Hire a couple of SREs'],
    ['a number in words', 'Extend the trial by 2 weeks', 'Extend the trial by two weeks'],
    ['a length of time joined by a hyphen', 'Run a 2-week pilot in the Oslo warehouse', 'Run a two-week pilot in the Oslo warehouse'],
    ['a hyphenated length and the same in words', 'Offer a 20% discount for a 3-year term', 'Offer a 20% discount for a three year term'],
    ['a decision reworded, same amount', 'We will go with the annual plan at $48k', 'Agreed to go with the $48k annual plan', 'decision'],
    ['a fact reworded, same numbers', 'Northwind has 1,200 employees across 4 sites', 'Northwind: ~1200 employees, 4 sites', 'fact'],
    ['a fact reworded, same date', 'Pricing: 20% discount for 3-year term', '3-year term gets a 20% discount', 'decision'],
  ]);
  apart([
    ['$40k and $60k', 'Approve the $40k budget for the pilot', 'Approve the $60k budget for the pilot'],
    ['Q3 and Q4', 'Plan the Q3 launch', 'Plan the Q4 launch'],
    ['Q3 and the fourth quarter', 'Plan the launch for Q3', 'Plan the launch for the fourth quarter'],
    ['2 weeks and 6 weeks', 'Extend the trial by 2 weeks', 'Extend the trial by 6 weeks'],
    ['"a week" and 2 weeks', 'Extend the trial by a week', 'Extend the trial by 2 weeks'],
    ['"an hour" and 2 hours', 'Book the room for an hour', 'Book the room for 2 hours'],
    ['30 days and 60 days', 'Run the pilot for 30 days', 'Run the pilot for 60 days'],
    ['a 2-week and a 6-week pilot, another number alike', 'Proceed with a 2-week pilot limited to two warehouses', 'Proceed with a 6-week pilot limited to two warehouses', 'decision'],
    ['April and May', 'The next checkpoint moves to April so the data team can join', 'The next checkpoint moves to May so the data team can join', 'decision'],
    ['a 3-year and a 5-year term', 'Offer a 20% discount for a 3-year term', 'Offer a 20% discount for a 5-year term'],
    ['"a month" and 60 days', 'Run the pilot for a month', 'Run the pilot for 60 days'],
    ['"a couple" and three', 'Hire three SREs', 'Hire a couple of SREs'],
    ['once and twice a week', 'Meet once a week with the Corvane team', 'Meet twice a week with the Corvane team'],
    ['dollars and euros', 'Budget is 500 dollars for the offsite', 'Budget is 500 euros for the offsite', 'fact'],
    ['a decision with another amount', 'We will go with the annual plan at $48k', 'Agreed to go with the $52k annual plan', 'decision'],
    ['a fact with another count', 'Northwind has 1,200 employees across 4 sites', 'Northwind has 1,200 employees across 5 sites', 'fact'],
    ['a fact with another day', 'Current contract ends March 31', 'The current contract expires on 30 March', 'fact'],
  ]);
});

describe('mojibake in one copy only', () => {
  same([
    ['a broken apostrophe and dash', 'Send Ines’s notes to the team — by Friday', 'Send Inesâ€™s notes to the team â€” by Friday'],
    ['accented names broken', 'Send the Müller contract to François', 'Send the MÃ¼ller contract to FranÃ§ois'],
    ['a broken due-date emoji', 'Send the pricing deck 📅 2025-10-17', 'Send the pricing deck ðŸ“… 2025-10-17'],
    ['a broken priority emoji', 'Send the pricing deck ⏫', 'Send the pricing deck â«'],
    ['a broken apostrophe in a fact', 'Northwind’s renewal is due in Q3', 'Northwindâ€™s renewal is due in Q3', 'fact'],
  ]);
});

describe('owners written in the words, more ways', () => {
  same([
    ['two owners, one of them the assignee', 'Ines and Bruno to finalize the SOW', 'Finalize the SOW @Ines'],
    ['owners joined with a slash', 'Ines/Bruno to finalize the SOW', 'Finalize the SOW @Bruno'],
    ['a title before the name', 'Dr. Okafor to review the protocol', 'Review the protocol @Adaeze Okafor'],
    ['someone’s team', 'Ines’s team to send the deck', 'Send the deck @Ines'],
    ['a crowd is no one', 'Team to review the roadmap', 'Review the roadmap @Ines'],
    ['a short item whose owner is its only other word', 'Ines to send the deck', 'Send the deck'],
  ]);
  apart([
    ['two owners, neither the assignee', 'Ines and Bruno to finalize the SOW', 'Finalize the SOW @Cyrus'],
    ['the customer does it, not our assignee', 'Customer to send the signed order form', 'Send the signed order form @Ines'],
  ]);
});

describe('labels, dates in figures, units in words', () => {
  apart([
    ['vendor A and vendor B', 'Choose vendor A for the pilot', 'Choose vendor B for the pilot'],
    ['option A and option C', 'Go with option A', 'Go with option C'],
    ['Plan B and Plan C', 'Plan B is the fallback', 'Plan C is the fallback', 'fact'],
    ['3/4 and 4/3', 'Contract renews on 3/4', 'Contract renews on 4/3', 'fact'],
    ['10/17 and 10/24', 'Send the pricing deck by 10/17', 'Send the pricing deck by 10/24'],
    ['200 ms and 500 ms', 'Keep p95 latency under 200ms', 'Keep p95 latency under 500 milliseconds'],
  ]);
  same([
    ['"A" as the article', 'A follow-up call with Bruno', 'Follow-up call with Bruno'],
    ['a day in figures and in words', 'Contract renews on Jan 1', 'Contract renews on 1/1', 'fact'],
    ['a weekday cut short', 'Ines: send pricing deck to Bruno by Fri', 'Ines to send the pricing deck to Bruno by Friday'],
    ['a weekday and the date beside it', 'Send the pricing deck by Fri 10/17', 'Send the pricing deck by October 17'],
    ['a unit in words', 'Migrate 2 PB by end of Q3', 'Migrate two petabytes by the end of Q3'],
    ['British spelling', 'Northwind has 3 data centers', 'Northwind has three data centres', 'fact'],
  ]);
  it('a weekday beside a date is at most a possible duplicate, with the reason', () => {
    const c = grouped('Send the pricing deck to Bruno and Cyrus by Friday', 'Send the pricing deck to Bruno and Cyrus by Oct 17');
    expect(c).toBeLessThan(APPLY_THRESHOLD);
  });
});

describe('phrasal verbs note-takers use', () => {
  same([
    ['"circle back"', 'Circle back with Harlow on the security review', 'Follow up with Harlow on the security review'],
    ['"put together"', 'Put together a proposal for the Q3 expansion', 'Prepare a proposal for the Q3 expansion'],
    ['"pull together" and "compile"', 'Pull together the renewal numbers', 'Compile the renewal numbers'],
    ['"figure out"', 'Figure out the data residency requirements', 'Determine the data residency requirements'],
    ['"sort out"', 'Sort out the invoicing issue with finance', 'Resolve the invoicing issue with finance'],
    ['"get … back" and "collect"', 'Get the signed MSA back from Northwind', 'Collect the signed MSA from Northwind'],
    ['"set up time" and "schedule a meeting"', 'Set up time with the CFO to walk through the business case', 'Schedule a meeting with the CFO to review the business case'],
    ['"send a calendar invite"', 'Send a calendar invite for the Corvane kickoff', 'Schedule the Corvane kickoff'],
    ['"go with" and "selected"', 'Go with vendor A for the pilot', 'Selected vendor A for the pilot', 'decision'],
  ]);
  apart([
    ['backing up is no other move', 'Migrate the Beacon database to the new region', 'Back up the Beacon database in the new region'],
    ['"go with" another vendor', 'Go with vendor A for the pilot', 'Selected vendor B for the pilot', 'decision'],
  ]);
});

describe('more of the same item in other words, and things kept apart', () => {
  same([
    ['"needs" and "requires", SSO spelled out', 'Confirm whether Corvane needs SSO', 'Check if Corvane requires single sign-on'],
    ['"version 2" and "v2"', 'Ship v2 by end of Q3', 'Ship version 2 by end of Q3'],
    ['"postpone" and "push"', 'Postpone the Corvane launch to June', 'Push the Corvane launch to June'],
  ]);
  apart([
    ['"delay" and "expedite"', 'Delay the Corvane launch to June', 'Expedite the Corvane launch to June'],
    ['v2 and v3', 'Ship v2 by end of Q3', 'Ship v3 by end of Q3'],
  ]);
});

/** The one-pass reading of plain texts must agree with the full normalisation on the words these rules read. */
describe('the plain pass agrees with the full path on the new words', () => {
  const texts = [
    'SSO is out of scope for phase one',
    'Scope the migration with the data team',
    'Harrow Mills may renew the contract',
    'Launch the beta in May',
    'MAY launch the beta',
    'Harrow Mills might renew, possibly',
    'Include the SLA but exclude the appendix',
    'Finance is unable to approve; the renewal is unlikely',
    'Send the deck ahead often',
    'Went over the runbook, going  through the notes',
    'Going forward, read the thread; dig deep into it',
    'Deep dive on churn by EOW, end of day at the latest',
    'Email Bo the deck and text Ana; update the text of the email',
    'Take a look at the QBR deck and the quarterly business review notes',
    'Send the NDA, the non disclosure agreement and the SLA',
    'Sent the eng mgmt review to ops',
    'Touch base with the requests for proposals team',
    'Plan the third quarter and the second half; first quarter first',
    'A first half review, a third half, and a fourth',
    'Meet once a week for an hour, twice a month, a couple of weeks',
    'Extend a  week, an  hour',
    'A day in the life; a year ago',
    'Choose vendor A for the pilot, not Plan B or the U.S. option',
    'A follow-up with I and A',
    'Send by Fri 10/17 or Thu 3/4, 24/7',
    'Keep latency under 200 milliseconds on 2 petabytes',
    'Ines and Bruno to finalize; Ines’s team to send',
    'We went with vendor C, going over the numbers, went  with it',
    'Put together and pull  together; figure out, found out, sort out',
    'Walk through the plan, opt for the annual term, circle back',
    'Send a calendar invite; set up time with the CFO',
    'Back up the database, get it back, backing  up, backup',
    'The checkpoint moves to May; it may move again',
    'May 5 is the launch',
  ];
  const shape = (n: ReturnType<typeof normalizeText>) => ({ ids: [...n.ids], quantities: n.quantities, negated: n.negated, hedged: n.hedged, poles: n.poles, words: [...n.words].sort() });
  for (const text of texts) it(JSON.stringify(text), () => expect(shape(normalizeText(text))).toEqual(shape(normalizeFull(text))));
});
