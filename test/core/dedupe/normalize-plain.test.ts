import { describe, expect, it } from 'vitest';
import { normalizeFull, normalizeText } from '../../../src/core/dedupe/normalize';

/** Everything a normalised text exposes, in a comparable form. */
function shape(raw: string, normalize: (raw: string) => ReturnType<typeof normalizeText>) {
  const n = normalize(raw);
  return {
    tokens: n.tokens,
    ids: [...n.ids],
    quantities: n.quantities,
    negated: n.negated,
    poles: n.poles,
    compounds: n.compounds,
    names: n.names,
    parties: n.parties,
    words: [...n.words].sort(),
    signature: n.signature,
  };
}

/** The one-pass reading of plain texts must agree with the full normalisation on every text. */
describe('normalizeText: the plain pass agrees with the full path', () => {
  const texts = [
    'Send the pricing deck to Harlow Vane',
    'SEND the Pricing Deck to harlow vane!',
    'Share the onboarding checklist with Quentin Ashby, before the workshop.',
    'Do not share the renewal quote externally',
    'Never approve the budget forecast without legal review',
    'Hold off on the renewal quote until legal signs',
    'Kickoff the integration test plan with the Brightwater team',
    'Write up the incident timeline; circulate it to leadership',
    'Set up a call with Mirela Oakes about the capacity plan',
    'Follow up with Dario Lenz on the security questionnaire',
    'Reach out to the Norvale Freight procurement team',
    'Check in with finance (Ilse and Bram) about the PO',
    'Look into product management and human resources coverage',
    'Schedule interviews with leaders in March',
    'Book the QBR for Tuesday with two follow-ups',
    'Review the run-book and the win/loss notes',
    "Confirm the client's data retention policy",
    'Update the roadmap slide for Q3',
    'Collect feedback from @Petra Lund #followup',
    'Send the pricing deck to the Vantor team @Petra Lund',
    '@Jonah Reyes Send the capacity plan',
    'Review the quote @jonah.reyes and @Mia Okafor Smith Jones today',
    "Review the quote @O'Neil-Brandt. Then close it",
    'Share the deck @Mia  Okafor\tLead the review',
    'Email me@example.com about the plan',
    'Share the deck @ the review',
    'Share the deck @Zoë Lund',
    '@Mia @Jonah share the deck',
    'See [[Design Review|the review]] and https://example.com/x',
    'Revisar el plan de migración con Zoë',
    'Plan the go to market launch — business development',
    'a',
    '',
    '   ',
    'Approve and reject: enable or disable the pilot?',
    'Send_the deck',
    'Prepare the SOW draft for Orbis Keswick Labs ahead of the readout',
    'Prior to the call, send the deck',
    'PRIOR TO launch, AHEAD OF the review',
    'Send the deck ahead of  the review',
    'Send the deck ahead often',
    'Send the deck ahead of5 reviews',
    'Send the deck ahead',
    'Plan the Q3 review and the Q3 offsite',
    'Order H100 GPUs for the FY25 budget: Q4',
    'Order abcdef3 parts',
    'Book the q3rd slot',
    'Close q3@x',
    'Close Q3-planning',
    'Close Q3_planning',
    'No1 priority for Q3 @Petra Lund',
    'Review the Q3 plan ahead of the Q4 kickoff',
  ];
  for (const text of texts) {
    it(JSON.stringify(text), () => {
      expect(shape(text, normalizeText)).toEqual(shape(text, normalizeFull));
    });
  }

  it('reads a plain text to the same tokens whatever its case', () => {
    expect(normalizeText('Escalate The Support Matrix').tokens).toEqual(normalizeText('escalate the support matrix').tokens);
  });
});
