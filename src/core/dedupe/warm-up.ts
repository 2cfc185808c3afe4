/**
 * The duplicate finder's first run in a session compiles its patterns and code, which
 * on a small vault costs more than the search itself — in one piece, long enough to
 * hold the interface. The plugin runs this first, a step at a time: the texts one by
 * one, then the finder on a made-up meeting, so the real run that follows is warm.
 */
import { parseNote } from '../parse/index';
import { findDuplicates } from './cluster';
import { normalizeText } from './normalize';

/** Texts that take every path of the normaliser: plain words, labels and amounts, owners, negation, non-ASCII, dates. */
const TEXTS = [
  'Send the revised pricing deck to the steering committee by Friday',
  'Ana to share the QBR deck for the 3-week pilot ($40k) by EOW',
  'Decided: we will not renew the MSA in Q3; the DPA moves to May',
  'Loop in legal on the data processing addendum within 2 weeks, then circle back',
  'Café: Çağla confirmed 12 PB stays in the EU region 📅 2025-10-10',
  'Follow up with Bo re: SSO config and the 10/17 cutover @Bo Li',
];

/** Two notes of one made-up meeting holding copies of the same items, worded apart. */
const NOTES = [
  [
    '---',
    'type: customer',
    'date: 2025-01-07',
    'participants: [Ana Ruiz, Bo Li]',
    '---',
    '## Action items',
    '- [ ] Send the revised pricing deck @Ana Ruiz 📅 2025-01-10 ⏫',
    '- [ ] Book the security review with legal @Bo Li',
    '## Decisions',
    '- Proceed with a 2-week pilot limited to one region.',
    '## Key facts',
    '- They run about 640 clinics today.',
  ],
  [
    '---',
    'type: people',
    'date: 2025-01-07',
    'participants: [Ana Ruiz, Bo Li]',
    '---',
    '## Follow-ups',
    '- [x] Ana to send the updated pricing deck by Friday ✅ 2025-01-09',
    '- [ ] Schedule the security review with legal @Bo Li',
    '## Decisions',
    '- Go ahead with a two-week pilot in a single region.',
    '- Pilot pricing is a fixed fee.',
  ],
].map((lines, i) => parseNote(`warm-up-${i}.md`, lines.join('\n') + '\n'));

let warmed = false;

/** Warm the duplicate finder once per session, a piece per step (nothing when already warm). */
export function* warmUpDuplicates(): Generator<void, void> {
  if (warmed) return;
  warmed = true;
  for (const text of TEXTS) {
    const n = normalizeText(text);
    void n.tokenSet;
    void n.owner;
    yield;
  }
  findDuplicates(NOTES, [{ id: 'warm-up', notes: NOTES.map((n) => n.path) }], { owner: null });
  yield;
}
