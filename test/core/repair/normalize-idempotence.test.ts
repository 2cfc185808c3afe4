/** A second Normalize right after the first finds nothing, including the in-note dedupe's rewording groups. */
import { describe, expect, it } from 'vitest';
import { planNormalize } from '../../../src/core/repair/normalize';
import { applyPlan } from '../../../src/core/edits';
import { parseNote } from '../../../src/core/parse/index';
import { meetingNote } from '../dedupe/helpers';

/** The detailed copy matches both shorter ones, which are near-misses of each other ("… to Tomasz" names a party). */
const CHAIN = meetingNote({
  date: '2025-09-02',
  with: ['Myself', 'Tomasz Wierzba'],
  tasks: [
    '- [ ] Send Tomasz Wierzba the proof-of-concept plan with the success criteria, the staffing needs and the eight-week timeline @Myself 📅 2025-09-12',
    '- [ ] Send the proof-of-concept plan with the success criteria and the eight-week timeline to Tomasz @Myself',
    '- [ ] Send the proof-of-concept plan with the success criteria and the eight-week timeline @Myself 🔼',
    '- [ ] Reserve the training room at Quarrybank for the kickoff @Myself',
  ],
  decisions: ['Quarrybank hosts the kickoff in October.', 'Quarrybank hosts the kickoff in October, before the budget review.', 'Quarrybank hosts the kickoff in October.'],
});

describe('planNormalize twice', () => {
  for (const [name, text] of [
    ['a chain of rewordings', CHAIN],
    ['CRLF line breaks', CHAIN.replace(/\n/g, '\r\n')],
    ['broken characters on a duplicate', CHAIN.replace('the staffing needs', 'the staffing needs â€” roughly').replace('Reserve the', 'Reserve the cafÃ©')],
  ]) {
    it(`finds nothing the second time: ${name}`, () => {
      const first = planNormalize('Meetings/poc.md', text);
      expect(first.plan.edits.length).toBeGreaterThan(0);
      const after = applyPlan(text, first.plan);
      expect(planNormalize('Meetings/poc.md', after).plan.edits).toEqual([]);
      const tasks = parseNote('Meetings/poc.md', after).tasks.filter((t) => /proof-of-concept/.test(t.text));
      expect(tasks).toHaveLength(1);
      expect(tasks[0].due).toBe('2025-09-12');
      expect(tasks[0].priority).toBe('medium');
    });
  }
});
