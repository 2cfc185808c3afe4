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
import { describe } from 'vitest';
import { wordings } from './helpers';

const { same, apart } = wordings({
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
