/**
 * A third round of the ways different note-takers word one meeting's items, none of
 * them fitted before: passive voice and nouns made of the verb ("Deck to be sent"),
 * the owner moved into or out of the words (also bold, doubled surnames), dates in
 * words or as a 📅 signifier, abbreviations spelled out, British and American
 * spelling, plural and singular, numbers as words, slips of the keys, punctuation
 * mended from mojibake, list markers and bold. And the hard near-misses: another
 * owner, another number, date, version or quarter, the opposite direction or verb, one
 * item a step of the other, the same template with another object. Each pair is put in
 * two notes of one meeting, among unrelated items, and run through `findDuplicates`.
 */
import { describe, expect, it } from 'vitest';
import { APPLY_THRESHOLD, compareItems } from '../../../src/core/dedupe/similarity';
import { normalizeFull, normalizeText, stem, tokenOf } from '../../../src/core/dedupe/normalize';
import { wordings } from './helpers';

const { grouped, same, apart } = wordings({
  date: '2025-10-28',
  participants: ['Maren Quist', 'Dario Feld', 'Yusuf Okonkwo'],
  others: {
    'a.md': ['Water the plants in the lobby', 'Renew the parking permits for visitors', 'Clean up the shared calendar'],
    'b.md': ['Order coffee for the kitchen', 'Replace the broken projector in room 4', 'Update the wiki home page'],
  },
  filler: 'The team lunch is on Thursday',
});

describe('passive voice and the verb made a noun', () => {
  same([
    ['"to be sent"', 'Send the Q4 board deck to Maren', 'Q4 board deck to be sent to Maren'],
    ['"should be shared"', 'Share the revised SOW with Tidemark Insurance', 'Revised SOW should be shared with Tidemark Insurance'],
    ['"will be updated by" a team', 'Marketing to update the pricing page', 'The pricing page will be updated by marketing'],
    ['"needs to be reviewed"', 'Review the Ferncliff security questionnaire', 'Ferncliff security questionnaire needs to be reviewed'],
    ['a noun for the verb: review', 'Review the Ferncliff security questionnaire', 'Ferncliff security questionnaire review'],
    ['a noun for the verb: migration', 'Migrate the billing service to the new cluster', 'Migration of the billing service to the new cluster'],
    ['a noun for the verb: scheduling', 'Schedule the kickoff with Sablewood Logistics', 'Kickoff scheduling with Sablewood Logistics'],
    ['a noun for the verb: renewal', 'Renew the Tidemark support contract', 'Renewal of the Tidemark support contract'],
  ]);
});

describe('the owner in the words, out of them, bold or garbled', () => {
  same([
    ['"Maren to send" and @Maren Quist', 'Maren to send the pricing deck to Sablewood', 'Send the pricing deck to Sablewood @Maren Quist'],
    ['a bold owner label', '**Dario:** draft the data processing addendum', 'Draft the data processing addendum @Dario Feld'],
    ['"will book" and @Owner', 'Yusuf will book the venue for the offsite', 'Book the venue for the offsite @Yusuf Okonkwo'],
    ['a doubled surname', 'Send the pricing deck to Sablewood @Maren Quist Quist', 'Maren to send the pricing deck to Sablewood'],
    ['"Owner: Maren" after the item', 'Chase the signed order form from Ferncliff (owner: Maren)', 'Chase the signed order form from Ferncliff @Maren Quist'],
    ['a passive with the owner after "by"', 'Renewal forecast to be updated by Dario', 'Dario to update the renewal forecast'],
  ]);
  apart([
    ['"Maren to send" and @Dario', 'Maren to send the pricing deck to Sablewood', 'Send the pricing deck to Sablewood @Dario Feld'],
    ['two bold owner labels', '**Dario:** draft the data processing addendum', '**Yusuf:** draft the data processing addendum'],
    ['a doubled surname and another person', 'Send the pricing deck to Sablewood @Maren Quist Quist', 'Send the pricing deck to Sablewood @Yusuf Okonkwo'],
    ['a passive owner and another in the words', 'Renewal forecast to be updated by Dario', 'Yusuf to update the renewal forecast'],
    ['@Myself and someone else', 'Send the meeting recap to Tidemark @Myself', 'Send the meeting recap to Tidemark @Maren Quist'],
    ['someone else to follow up with', 'Follow up with Dario on the Ferncliff contract', 'Follow up with Yusuf on the Ferncliff contract'],
  ]);
});

describe('dates in words or as a signifier', () => {
  same([
    ['"by Friday" and its date', 'Send the revised quote to Sablewood by Friday', 'Send the revised quote to Sablewood 📅 2025-10-31'],
    ['"by Oct 31" and its date', 'Submit the Ferncliff expense report by Oct 31', 'Submit the Ferncliff expense report 📅 2025-10-31'],
    ['a date in words and none', 'Submit the Ferncliff expense report by October 31st', 'Submit the Ferncliff expense report'],
  ]);
  apart([
    ['two dates in words', 'Send the quote to Sablewood by October 31', 'Send the quote to Sablewood by November 14'],
    ['Q3 and Q4', 'Prepare the Q3 QBR deck for Sablewood', 'Prepare the Q4 QBR deck for Sablewood'],
    ['two weekdays', 'Move the Sablewood kickoff to Monday', 'Move the Sablewood kickoff to Wednesday'],
  ]);
});

describe('abbreviations and what they stand for', () => {
  same([
    ['PR and pull request', 'Review the PR for the export fix', 'Review the pull request for the export fix'],
    ['QBR spelled out, with the quarter', 'Schedule the Q4 QBR with Ferncliff', 'Schedule the Q4 quarterly business review with Ferncliff'],
    ['k8s and Kubernetes', 'Upgrade the k8s cluster to 1.29', 'Upgrade the Kubernetes cluster to 1.29'],
    ['MSA spelled out', 'Send the MSA redlines to legal', 'Send the master services agreement redlines to legal'],
    ['SSO spelled out', 'Set up SSO for Tidemark Insurance', 'Set up single sign-on for Tidemark Insurance'],
    ['NDA spelled out', 'Get the NDA signed by Ferncliff', 'Get the non-disclosure agreement signed by Ferncliff'],
    ['ETA spelled out', 'Give Tidemark an ETA for the SSO fix', 'Give Tidemark an estimated time of arrival for the SSO fix'],
  ]);
  apart([
    ['two pull requests for other fixes', 'Review the PR for the export fix', 'Review the PR for the import fix'],
    ['an ETA for another fix', 'Share the ETA for the SSO fix', 'Share the ETA for the SCIM fix'],
    ['k8s to another version', 'Upgrade the k8s cluster to 1.29', 'Upgrade the Kubernetes cluster to 1.30'],
  ]);
});

describe('spelling, number and slips', () => {
  same([
    ['finalise and finalize', 'Finalise the pricing for the Sablewood renewal', 'Finalize the pricing for the Sablewood renewal'],
    ['organise and organize', 'Organise the customer advisory board', 'Organize the customer advisory board'],
    ['analyse and analyze', 'Analyse the churn in the EMEA cohort', 'Analyze churn in the EMEA cohort'],
    ['colour and color', 'Update the colour palette in the brand guide', 'Update the color palette in the brand guide'],
    ['catalogue and catalog, prioritise and prioritize', 'Prioritise the catalogue migration', 'Prioritize the catalog migration'],
    ['plural and singular', 'Send the invoices to Tidemark finance', 'Send the invoice to Tidemark finance'],
    ['two as a word', 'Hire two solutions engineers for EMEA', 'Hire 2 solutions engineers for EMEA'],
    ['three-week as a word', 'Run a three-week pilot with Ferncliff', 'Run a 3-week pilot with Ferncliff'],
    ['ten as a word', 'Order ten laptops for the new hires', 'Order 10 laptops for the new hires'],
    ['a thousands comma', 'Ferncliff has about 1,200 seats', 'Ferncliff has roughly 1200 seats', 'fact'],
    ['a slip: platfrom', 'Schedule the retrospective with the platfrom team', 'Schedule the retrospective with the platform team'],
    ['a slip: comittee', 'Send the agenda to the steering comittee', 'Send the agenda to the steering committee'],
    ['a slip in the verb: udpate', 'Udpate the failover runbook', 'Update the failover runbook'],
  ]);
  apart([
    ['two and three', 'Hire two solutions engineers for EMEA', 'Hire three solutions engineers for EMEA'],
    ['v2 and v3', 'Upgrade the Ferncliff tenant to v2', 'Upgrade the Ferncliff tenant to v3'],
    ['the v2 and v3 spec', 'Send the v2 API spec to Ferncliff', 'Send the v3 API spec to Ferncliff'],
    ['1,200 and 2,100 seats', 'Ferncliff has about 1,200 seats', 'Ferncliff has about 2,100 seats', 'fact'],
    ['two regions and three', 'Pilot limited to two regions', 'Pilot limited to three regions', 'decision'],
  ]);
});

describe('punctuation mended, list markers and bold', () => {
  same([
    ['a mojibake apostrophe', 'Review Maren’s draft of the SLA', 'Review Marenâ€™s draft of the SLA'],
    ['mojibake quotes and ellipsis', 'Finalise the “pilot success” criteria…', 'Finalise the â€œpilot successâ€ criteriaâ€¦'],
    ['a no-break hyphen and an en dash', 'Confirm the go‑live date – Ferncliff', 'Confirm the go-live date - Ferncliff'],
    ['a bullet glyph inside the item', '• Send the revised SOW to Tidemark', 'Send the revised SOW to Tidemark'],
    ['bold words', '**Send the revised SOW** to Tidemark', 'Send the revised SOW to Tidemark'],
    ['a number marker "1)"', '1) Draft the rollout plan for Sablewood', 'Draft the rollout plan for Sablewood'],
    ['a "Next step:" label', 'Next step: book the security review with Ferncliff', 'Book the security review with Ferncliff'],
  ]);
});

describe('decisions and facts worded apart', () => {
  same([
    ['"we will go with" and a "Decision:" label', 'We will go with the annual billing plan for Sablewood', 'Decision: annual billing plan for Sablewood', 'decision'],
    ['"agreed to postpone" and "postponed"', 'Team agreed to postpone the launch to November', 'Launch postponed to November', 'decision'],
    ['"will be limited to two" and "limited to 2"', 'The pilot will be limited to two regions', 'Pilot limited to 2 regions', 'decision'],
    ['"renews in" and "renewal is in"', 'Tidemark renews in March', 'Tidemark’s renewal is in March', 'fact'],
  ]);
  apart([
    ['keep and drop', 'We will keep the monthly billing plan', 'We will drop the monthly billing plan', 'decision'],
    ['accept and reject', 'Accept the Ferncliff counter-offer', 'Reject the Ferncliff counter-offer', 'decision'],
  ]);
});

describe('opposite directions and verbs', () => {
  apart([
    ['send to and get from', 'Send the signed NDA to Ferncliff', 'Get the signed NDA from Ferncliff'],
    ['enable and disable', 'Enable audit logging for the Tidemark tenant', 'Disable audit logging for the Tidemark tenant'],
    ['add and remove', 'Add Yusuf to the escalation rota', 'Remove Yusuf from the escalation rota'],
    ['upload and download', 'Upload the logs to the shared drive', 'Download the logs from the shared drive'],
    ['increase and decrease', 'Increase the API rate limit for Tidemark', 'Decrease the API rate limit for Tidemark'],
    ['open and close', 'Open a support ticket with Ferncliff', 'Close the support ticket with Ferncliff'],
    ['start and stop', 'Start the Sablewood pilot', 'Stop the Sablewood pilot'],
    ['invite and remove', 'Invite Tidemark to the beta', 'Remove Tidemark from the beta'],
  ]);
});

describe('a step of the other item, or the same template with another object', () => {
  apart([
    ['a backup before the migration', 'Migrate the billing service to the new cluster', 'Back up the billing database before the migration to the new cluster'],
    ['monitoring of what is set up', 'Set up the staging environment for Tidemark', 'Set up monitoring for the Tidemark staging environment'],
    ['the announcement of a launch', 'Launch the partner portal', 'Write the launch announcement for the partner portal'],
    ['sending a draft for review', 'Draft the SOW for Tidemark', 'Send the SOW draft to Tidemark legal for review'],
    ['another document sent', 'Send the pricing deck to Tidemark', 'Send the security whitepaper to Tidemark'],
    ['another topic for the call', 'Schedule a call with Ferncliff about pricing', 'Schedule a call with Ferncliff about security'],
    ['another company sent to', 'Send the invoice to Tidemark', 'Send the invoice to Sablewood'],
    ['another region', 'Hire a solutions engineer for EMEA', 'Hire a solutions engineer for APAC'],
    ['another budget', 'Approve the EMEA travel budget', 'Approve the APAC travel budget'],
  ]);
});

describe('more nouns made of verbs, abbreviations and spellings', () => {
  same([
    ['delivery and deliver', 'Delivery of the deck to Tidemark', 'Deliver the deck to Tidemark'],
    ['preparation and prepare', 'Preparation of the QBR deck for Sablewood', 'Prepare the QBR deck for Sablewood'],
    ['rollout and roll out', 'Rollout of SSO to all Tidemark users', 'Roll out SSO to all Tidemark users'],
    ['verification and verify', 'Verification of the Sablewood invoices', 'Verify the invoices from Sablewood'],
    ['optimization and optimise', 'Optimization of the Ferncliff search queries', 'Optimise the search queries for Ferncliff'],
    ['"slips" and "moved"', 'Launch slips to November', 'Launch moved to November', 'decision'],
    ['an abbreviation in the plural', 'Review PRs for the retry fix', 'Review the pull requests for the retry fix'],
    ['k8s named as a place', 'Deploy the ingest service to k8s', 'Deploy the ingest service to Kubernetes'],
    ['CI spelled out', 'Set up the CI pipeline for the mobile app', 'Set up the continuous integration pipeline for the mobile app'],
    ['defence and defense', 'Defence review for the licence renewal', 'Defense review for the license renewal'],
    ['grey and gray', 'Grey out the disabled buttons', 'Gray out the disabled buttons'],
    ['1st and first', 'Send the 1st draft to legal', 'Send the first draft to legal'],
    ['second and 2nd', 'Schedule the second workshop with Ferncliff', 'Schedule the 2nd workshop with Ferncliff'],
    ['one vowel for another: stearing', 'Send the agenda to the stearing committee', 'Send the agenda to the steering committee'],
    ['one vowel for another: renewel', 'Confirm the renewel terms with Tidemark', 'Confirm the renewal terms with Tidemark'],
    [
      'two slips in a longer item',
      'Recieve the singed order form and the security questionnaire from Ferncliff procurement',
      'Receive the signed order form and the security questionnaire from Ferncliff procurement',
    ],
  ]);
  apart([
    ['first and second draft', 'Send the first draft to legal', 'Send the second draft to legal'],
    ['1st and 2nd workshop', 'Schedule the 1st workshop with Ferncliff', 'Schedule the 2nd workshop with Ferncliff'],
    ['a vowel in the first letters makes another word', 'Send the letter to Tidemark legal', 'Send the litter to Tidemark legal'],
  ]);
});

describe('the note-taker as "I"', () => {
  same([
    ['"I\'ll send" and @Myself', "I'll send the recap to Tidemark", 'Send the recap to Tidemark @Myself'],
    ['"I will send" and no owner', 'I will send the recap to Tidemark', 'Send the recap to Tidemark'],
  ]);
  apart([
    ['"I\'ll send" and "Maren will send"', "I'll send the recap to Tidemark", 'Maren will send the recap to Tidemark'],
    ['@Myself and "Maren to send"', 'Send the recap to Tidemark @Myself', 'Maren to send the recap to Tidemark'],
  ]);
  it('is only a possible duplicate beside someone named, with the reason', () => {
    const c = grouped("I'll send the recap to Tidemark", 'Maren will send the recap to Tidemark');
    expect(c).toBeGreaterThanOrEqual(0.6);
    expect(c).toBeLessThan(APPLY_THRESHOLD);
  });
});

describe('a day in the words beside a 📅 date', () => {
  apart([
    ['another day in words', 'Send the deck to Tidemark 📅 2025-10-31', 'Send the deck to Tidemark by November 14'],
    ['the day before', 'Send the agenda by October 30', 'Send the agenda 📅 2025-10-31'],
  ]);
  same([
    ['the same day in words', 'Send the offsite agenda to the Tidemark team by October 31', 'Send the offsite agenda to the Tidemark team 📅 2025-10-31'],
    ['two 📅 dates, the earliest kept', 'Send the agenda 📅 2025-10-31', 'Send the agenda 📅 2025-11-03'],
  ]);
});

describe('steps towards an item, and what is still a copy', () => {
  apart([
    ['a rollback plan for a migration', 'Migrate the billing service', 'Write the rollback plan for the billing service migration'],
    ['a room for the QBR', 'Book the QBR with Sablewood', 'Book a room for the QBR with Sablewood'],
    ['scheduling a review', 'Review the pricing deck', 'Schedule a review of the pricing deck'],
    ['a reminder about the invoice', 'Send the invoice to Tidemark', 'Send a reminder to Tidemark about the invoice'],
    ['tests for a fix', 'Write the export fix', 'Write tests for the export fix'],
  ]);
  same([
    ['time set up for the item', 'Schedule time with Maren for the QBR prep', 'Schedule the QBR prep with Maren'],
    ['an email carrying the thing', 'Send a follow-up email to Ferncliff with the pricing deck', 'Send the pricing deck to Ferncliff'],
    ['a call to do the item', 'Set up a call with Ferncliff to review pricing', 'Review pricing with Ferncliff'],
    ['"TODO" before the verb', 'TODO confirm the renewal date with Tidemark', 'Confirm the renewal date with Tidemark'],
    ['an adverb before the verb', 'Quickly confirm the renewal date with Tidemark', 'Confirm the renewal date with Tidemark'],
    ['"get … back" is the verb', 'Get the signed order form back from Tidemark', 'Collect the signed order form from Tidemark'],
    ['"owns sending"', 'Maren owns sending the deck to Tidemark', 'Send the deck to Tidemark @Maren Quist'],
    ['two verbs, one kept', 'Review and sign the Ferncliff NDA', 'Sign the Ferncliff NDA'],
  ]);
  it('says why a step is kept apart', () => {
    const n = (t: string) => ({ norm: normalizeText(t), assignee: null });
    const s = compareItems(n('Launch the partner portal'), n('Write the launch announcement for the partner portal'));
    expect(s.confidence).toBeLessThan(APPLY_THRESHOLD);
    expect(s.reasons.join(' ')).toContain('a step towards it');
  });
  it('reads the lead past an owner, a label and an adverb', () => {
    const lead = (t: string) => tokenOf(normalizeText(t).actions.lead);
    expect(lead('Maren to send the deck')).toBe(tokenOf(normalizeText('send').ids[0]));
    expect(lead('Next step: book the review')).toBe(tokenOf(normalizeText('book').ids[0]));
    expect(lead('Quickly confirm the date')).toBe(tokenOf(normalizeText('confirm').ids[0]));
    expect(normalizeText('Get the form back').actions.lead).toBe(-1);
  });
});

describe('the stemmer', () => {
  it('makes one stem of a verb however inflected', () => {
    expect(new Set(['move', 'moves', 'moved', 'moving'].map(stem)).size).toBe(1);
    expect(stem('verified')).toBe(stem('verify'));
    expect(stem('verification')).toBe(stem('verify'));
    expect(stem('optimisation')).toBe(stem('optimize'));
  });
  it('keeps an organization apart from organising', () => expect(stem('organization')).not.toBe(stem('organize')));
});

/** The one-pass reading of plain texts must agree with the full normalisation on the words these rules read. */
describe('the plain pass agrees with the full path on the new words', () => {
  const texts = [
    'Send the first draft and the second one',
    'Roll out SSO; the rollout; rolled  out; roll the dice',
    'Shut down the old cluster and the shutdown plan',
    'Deploy to k8s and add i18n',
    'I will send it; I to send; I need to send',
    'Review PRs and PMs for the CI pipeline',
    'Grey out the defence licence',
    'Third quarter and fourth half and tenth place',
  ];
  const shape = (n: ReturnType<typeof normalizeText>) => ({
    ids: [...n.ids],
    quantities: n.quantities,
    negated: n.negated,
    hedged: n.hedged,
    poles: n.poles,
    words: [...n.words].sort(),
    directions: n.directions,
    owner: n.owner,
    actions: n.actions,
  });
  for (const text of texts) it(JSON.stringify(text), () => expect(shape(normalizeText(text))).toEqual(shape(normalizeFull(text))));
});
