/**
 * Due phrases as task lines are really written — by Otter, Fireflies, Teams Copilot, Zoom AI and
 * Gemini, and by people typing fast: ranges of days and weekdays, parts of the day, days of the
 * month, periods, durations, quarters and fiscal periods, holidays, German, French and Spanish
 * dates, months misspelt, ISO weeks, dates set off in brackets or after a dash — and the numbers
 * and words that must never become a due date. Every case names its meeting: the anchor is the
 * meeting, never today.
 */
import { describe, expect, it } from 'vitest';
import { resolveDue, type DueResolution } from '../../src/core/dates';

const MON = '2025-10-20';
const WED = '2025-10-22';
const FRI = '2025-10-24';
const EARLY_OCT = '2025-10-10';
const DEC = '2025-12-03';
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

table('ranges of days and weekdays are done by their last day', [
  [MON, 'Schedule the vendor demo between the 3rd and 7th', '2025-11-07', 'between the 3rd and 7th', 'likely'],
  [MON, 'Hold reference calls between the 22nd and the 24th', '2025-10-24', 'between the 22nd and the 24th', 'likely'],
  [MON, 'Do the dry runs on the 27th–29th', '2025-10-29', 'on the 27th–29th', 'likely'],
  [MON, 'Run the pilot Mon–Wed next week', '2025-10-29', 'Mon–Wed next week', 'likely'],
  [MON, 'Block time Tue-Thu for candidate loops', '2025-10-23', 'Tue-Thu', 'likely'],
  [MON, 'Send the signed SOW by Thu/Fri', '2025-10-24', 'by Thu/Fri', 'likely'],
  [WED, 'Collect feedback Monday through Wednesday', '2025-10-29', 'Monday through Wednesday', 'likely'],
  // Said on the first day of the window, it may be this week's or next: the next, but only vague.
  [MON, 'Collect feedback Monday through Wednesday', '2025-10-29', 'Monday through Wednesday', 'vague'],
  [MON, 'Between Tuesday and Thursday next week run the load test', '2025-10-30', 'Between Tuesday and Thursday next week', 'likely'],
  // Every such window repeats.
  [MON, 'Pair with the new hire every Tue–Thu', null, null, null],
]);

describe('what a range of ordinals or weekdays reports beside its deadline', () => {
  const range = (text: string, meeting: string) => resolveDue({ text, due: null }, meeting).range;
  it('gives "between the 3rd and 7th" its first day in the next month', () => {
    expect(range('Schedule the vendor demo between the 3rd and 7th', MON)).toEqual({ first: '2025-11-03', last: '2025-11-07' });
  });
  it('gives "Mon–Wed next week" next week\'s Monday as its first day', () => {
    expect(range('Run the pilot Mon–Wed next week', MON)).toEqual({ first: '2025-10-27', last: '2025-10-29' });
  });
  it('reads "Thu/Fri" as the two days', () => {
    expect(range('Send the signed SOW by Thu/Fri', MON)).toEqual({ first: '2025-10-23', last: '2025-10-24' });
  });
});

table('a part of the day or the end of the day keeps its day', [
  [WED, 'Get the pricing to finance first thing Monday', '2025-10-27', 'first thing Monday', 'likely'],
  [MON, 'Legal to return redlines COB Friday', '2025-10-24', 'COB Friday', 'likely'],
  [WED, 'Fix the SSO bug EOD tomorrow', '2025-10-23', 'EOD tomorrow', 'likely'],
  [MON, 'Priya will follow up with the security team on the data retention policy by end of day Thursday.', '2025-10-23', 'by end of day Thursday', 'likely'],
  [MON, 'Send recap to the group by tmrw AM', '2025-10-21', 'by tmrw AM', 'likely'],
  [FRI, 'Share the final numbers EOD Fri', '2025-10-24', 'EOD Fri', 'likely'],
]);

table('days of the month: the next one after the meeting', [
  [MON, 'Submit expense report by the 15th', '2025-11-15', 'by the 15th', 'likely'],
  [EARLY_OCT, 'Submit expense report by the 15th', '2025-10-15', 'by the 15th', 'likely'],
  [MON, 'Pay the vendor on the 1st', '2025-11-01', 'on the 1st', 'likely'],
  [MON, 'Wrap up the evaluation by 30 Nov', '2025-11-30', 'by 30 Nov', 'likely'],
  [MON, 'Sign-off needed by 2 Dec', '2025-12-02', 'by 2 Dec', 'likely'],
  [MON, 'Close the books by 12/31/25', '2025-12-31', 'by 12/31/25', 'exact'],
  [MON, 'Alex Moreau will confirm the venue by Friday, October 31.', '2025-10-31', 'by Friday, October 31', 'likely'],
]);

table('periods: named parts of weeks, months and quarters', [
  [MON, 'Finalize headcount plan by mid-November', '2025-11-15', 'by mid-November', 'vague'],
  [MON, 'Kick off the audit early next month', '2025-11-07', 'early next month', 'vague'],
  [MON, 'Ship the beta by end of next week', '2025-10-31', 'by end of next week', 'likely'],
  [MON, 'Nail down the agenda by mid next week', '2025-10-29', 'by mid next week', 'vague'],
  [MON, 'Have the contract signed by the first week of December', '2025-12-07', 'by the first week of December', 'vague'],
  [MON, 'Land the pricing change in the December timeframe', '2025-12-31', 'in the December timeframe', 'vague'],
  [MON, 'Ship the connector in the November build', '2025-11-30', 'in the November build', 'vague'],
  [MON, 'Vendor shortlist — ETA: end of Nov', '2025-11-30', 'ETA: end of Nov', 'likely'],
  [MON, 'Need sign-off before Dec.', '2025-11-30', 'before Dec.', 'vague'],
  [MON, 'Review numbers at month-end', '2025-10-31', 'at month-end', 'likely'],
  [MON, 'Roll out to EU customers in late Q1', '2026-03-31', 'in late Q1', 'vague'],
  [MON, 'Jonas Weber: Share the updated forecast with finance before the end of the month', '2025-10-31', 'before the end of the month', 'likely'],
  [MON, 'Ravi to schedule a follow-up for the week of November 10th', '2025-11-14', 'for the week of November 10th', 'vague'],
]);

table('durations from the meeting', [
  [MON, 'Circle back in two weeks', '2025-11-03', 'in two weeks', 'likely'],
  [MON, 'Deliver the migration plan within 10 business days', '2025-11-03', 'within 10 business days', 'likely'],
  [MON, 'Follow up in a couple weeks', '2025-11-03', 'in a couple weeks', 'vague'],
  [MON, 'Check in again in 6 wks', '2025-12-01', 'in 6 wks', 'likely'],
  [FRI, 'Return the signed NDA within 5 working days', '2025-10-31', 'within 5 working days', 'likely'],
  [MON, 'Check back in 10 days', '2025-10-30', 'in 10 days', 'likely'],
  [MON, 'Confirm the DPA terms within the next 48 hours', '2025-10-22', 'within the next 48 hours', 'likely'],
  [MON, 'Patch rollout — ETA 2 wks', '2025-11-03', 'ETA 2 wks', 'likely'],
  // About a number, or two of them (the later), is vague.
  [MON, 'Revisit the forecast in ~2 weeks', '2025-11-03', 'in ~2 weeks', 'vague'],
  [MON, 'Expect the legal review back in 2-3 weeks', '2025-11-10', 'in 2-3 weeks', 'vague'],
  [MON, 'Ops to restore the sandbox within 2–3 business days', '2025-10-23', 'within 2–3 business days', 'vague'],
  // A length that is no deadline.
  [MON, 'Block 2 hours for the architecture review', null, null, null],
]);

table('quarters, halves and fiscal periods', [
  [MON, "Complete SOC2 readiness by Q1 '27", '2027-03-31', "by Q1 '27", 'vague'],
  [MON, 'Migrate billing in H1', '2026-06-30', 'in H1', 'vague'],
  [MON, 'Launch self-serve by H2 2026', '2026-12-31', 'by H2 2026', 'vague'],
  [MON, 'Hire 2-3 engineers by Q2', '2026-06-30', 'by Q2', 'vague'],
  // A fiscal year starts in any month: the phrase is kept, with no day.
  [MON, 'Revisit pricing in FY26 Q3', null, 'in FY26 Q3', null],
]);

table('holidays and the year-end break', [
  [MON, 'Send the holiday card list before the holidays', '2025-12-23', 'before the holidays', 'vague'],
  [MON, 'Restart the hiring push after Thanksgiving', '2025-12-01', 'after Thanksgiving', 'vague'],
  [MON, 'Lock the Q1 plan before Christmas', '2025-12-24', 'before Christmas', 'likely'],
  [DEC, 'Pick the pricing work up again in the new year', '2026-01-05', 'in the new year', 'vague'],
]);

table('German, French and Spanish dates and deadline words', [
  [FEB, 'Angebot an Kunden schicken bis 15. März', '2026-03-15', 'bis 15. März', 'likely'],
  [FEB, 'Vertrag prüfen bis zum 3. April', '2026-04-03', 'bis zum 3. April', 'likely'],
  [FEB, 'Budget freigeben spätestens 27. Februar 2026', '2026-02-27', 'spätestens 27. Februar 2026', 'exact'],
  [FEB, 'Rapport final bis Ende März', '2026-03-31', 'bis Ende März', 'likely'],
  [FEB, 'Rückmeldung an Jana bis Freitag', '2026-02-13', 'bis Freitag', 'likely'],
  [FEB, 'Envoyer le devis avant le 3 mars', '2026-03-03', 'avant le 3 mars', 'likely'],
  [FEB, "Relancer le client d'ici le 20 février", '2026-02-20', "d'ici le 20 février", 'likely'],
  [FEB, 'Valider la maquette au plus tard le 12 mars', '2026-03-12', 'au plus tard le 12 mars', 'likely'],
  [FEB, 'Finaliser le budget avant fin mars', '2026-03-31', 'avant fin mars', 'likely'],
  [FEB, 'Enviar la propuesta para el 5 de abril', '2026-04-05', 'para el 5 de abril', 'likely'],
  [FEB, 'Mandar el informe antes del 20 de marzo', '2026-03-20', 'antes del 20 de marzo', 'likely'],
  [FEB, 'Preparar la demo para finales de marzo', '2026-03-31', 'para finales de marzo', 'likely'],
  [FEB, 'Présenter le budget le 3 mars', '2026-03-03', '3 mars', 'likely'],
  [FEB, 'Budget bis 5. Mai freigeben', '2026-05-05', 'bis 5. Mai', 'likely'],
  // A day gone by, said in the past, is no deadline.
  [FEB, 'Le client a signé le 3 février', null, null, null],
]);

table('months misspelt', [
  [MON, 'Send the renewal quote by Novmber 3', '2025-11-03', 'by Novmber 3', 'likely'],
  [MON, 'Finish the security review by Decmber 12th', '2025-12-12', 'by Decmber 12th', 'likely'],
  [FEB, 'File the report by Febuary 27', '2026-02-27', 'by Febuary 27', 'likely'],
  [MON, 'Confirm venue by Ocotber 30', '2025-10-30', 'by Ocotber 30', 'likely'],
  [MON, 'Confirm venue by Septmber 30, 2026', '2026-09-30', 'by Septmber 30, 2026', 'exact'],
  [MON, 'Circulate the minutes by Aprl 3rd', '2026-04-03', 'by Aprl 3rd', 'likely'],
  // A name close to a month is not one, nor a count after a name.
  [MON, 'Ask Marco 3 questions about the rollout', null, null, null],
  [MON, 'Redo the budget approved by Mary 2 weeks ago', null, null, null],
]);

table('ISO weeks', [
  [MON, 'Release candidate in W47', '2025-11-21', 'in W47', 'likely'],
  [MON, 'Freeze the scope by 2025-W46', '2025-11-14', 'by 2025-W46', 'likely'],
  [MON, 'Send the summary 2025-W46-3', '2025-11-12', '2025-W46-3', 'likely'],
  [MON, 'Liefertermin bis KW 47', '2025-11-21', 'bis KW 47', 'likely'],
  [MON, 'Go live KW47', '2025-11-21', 'KW47', 'likely'],
  [MON, 'Collect W9 forms by Friday', '2025-10-24', 'by Friday', 'likely'],
  [MON, 'Collect the W-9 and W-2 forms from contractors', null, null, null],
]);

table('weekdays, cut short and named by note-takers', [
  [MON, 'Draft the launch email by next Tues', '2025-10-28', 'by next Tues', 'likely'],
  [MON, 'Complete the pen-test scoping by Wednesday next.', '2025-10-29', 'by Wednesday next', 'likely'],
  [MON, "Tomas to circulate the draft agenda ahead of next Tuesday's sync", '2025-10-28', 'ahead of next Tuesday', 'likely'],
  [MON, 'Ask May for the numbers by Thursday', '2025-10-23', 'by Thursday', 'likely'],
  [MON, 'Update the Q3 report by Friday', '2025-10-24', 'by Friday', 'likely'],
  [MON, 'Maya Lindqvist will send over the revised pricing by Wednesday.', '2025-10-22', 'by Wednesday', 'likely'],
  [MON, 'Dev team to deliver the hotfix no later than October 31.', '2025-10-31', 'no later than October 31', 'likely'],
]);

table('dates in brackets or set off by a dash', [
  [MON, 'Send onboarding checklist (due Nov 14)', '2025-11-14', 'due Nov 14', 'likely'],
  [MON, 'Draft the press release (by Friday)', '2025-10-24', 'by Friday', 'likely'],
  [MON, 'Renewal paperwork — Nov 14', '2025-11-14', 'Nov 14', 'likely'],
  [MON, 'Draft the press release — Friday', '2025-10-24', 'Friday', 'likely'],
  [MON, 'Complete vendor risk assessment - Due: 11/15', '2025-11-15', 'Due: 11/15', 'likely'],
  [MON, 'Share slides with the team (Thu)', '2025-10-23', 'Thu', 'likely'],
  [MON, 'Prepare the QBR deck [by Oct 31]', '2025-10-31', 'by Oct 31', 'likely'],
]);

table('numbers and words that are no due date', [
  [MON, 'Discussed the 2024 roadmap', null, null, null],
  [MON, 'Upgrade the SDK to version 3.14', null, null, null],
  [MON, 'Meet in room 10/4 to walk through the floor plan', null, null, null],
  [MON, 'Plan the offsite for 5-7 people', null, null, null],
  [MON, 'Prepare questions for the Q&A', null, null, null],
  [MON, 'We may need to revisit the SLA', null, null, null],
  [MON, 'Dana may share the template', null, null, null],
  [MON, 'Follow up with March about the contract', null, null, null],
  [MON, 'Call at 3pm to walk through the demo', null, null, null],
  [MON, 'Review clause 4.2 of the MSA', null, null, null],
  [MON, 'Decide on the 24/7 support tier', null, null, null],
  [MON, 'Look at the March numbers with finance', null, null, null],
  [MON, 'Increase NPS by 10 points', null, null, null],
  [MON, 'Finish the ISO 27001 gap analysis', null, null, null],
  [MON, 'Team of 10-12 engineers needed for the migration', null, null, null],
  [MON, 'Split the budget 60/40 between the two teams', null, null, null],
  [MON, 'Set up a 30 min check-in', null, null, null],
  [MON, 'Send 3/4 of the samples to the lab', null, null, null],
  [MON, 'Bring the 2nd draft to the review', null, null, null],
  [MON, 'Move the standup to 9:30', null, null, null],
  [MON, 'Compare the 3 Mars rovers in the demo', null, null, null],
  [MON, 'Rank the vendors 1st to 3rd', null, null, null],
  [MON, 'Work on the March forecast with finance', null, null, null],
  // Days of a schedule, not a window.
  [MON, 'Cover support Mon–Fri 9-5', null, null, null],
  [MON, 'Standups Mon/Wed/Fri with the platform team', null, null, null],
  [MON, 'Joined the call at 10am and discussed Q3', null, null, null],
  [MON, 'Ship v2.0 to beta users', null, null, null],
]);
