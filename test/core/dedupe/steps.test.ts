/**
 * The duplicate finder runs in steps in the plugin, and another search (a dedupe command,
 * a plan's regrouping) may run between two of them: each must find what it finds alone,
 * even when it was stopped in the middle of a large block.
 */
import { describe, expect, it } from 'vitest';
import { findDuplicates, findDuplicatesSteps } from '../../../src/core/dedupe/cluster';
import { parseNote } from '../../../src/core/parse/index';

const VERBS = ['Send', 'Review', 'Draft', 'Schedule', 'Confirm', 'Share', 'Update', 'Prepare'];
const THINGS = ['pricing deck', 'security review', 'renewal quote', 'pilot plan', 'data addendum', 'rollout timeline', 'support contract', 'usage report'];
const SYLLABLES = ['ka', 'lu', 'me', 'ri', 'so', 'ta', 'vo', 'ne', 'pi', 'ro', 'du', 'fe', 'gi', 'ha', 'jo', 'ku', 'ly', 'mo', 'nu', 'pe'];

/** A made-up project name of its own for each number, so each task has a rare word that proposes it. */
function codeName(k: number): string {
  return SYLLABLES[k % 20] + SYLLABLES[Math.floor(k / 20) % 20] + SYLLABLES[Math.floor(k / 400) % 20] + 'th';
}

/** Distinct tasks, each written again with a word more. */
function tasks(count: number, assignee: string, from = 0): string[] {
  const base: string[] = [];
  for (let k = from; base.length < count; k++) base.push(`${VERBS[k % 8]} the ${codeName(k)} ${THINGS[(k >> 3) % 8]}`);
  return [...base.map((t) => `- [ ] ${t} @${assignee}`), ...base.map((t) => `- [ ] ${t} for the team @${assignee}`)];
}

/** One note per task, a meeting each: one assignee's open tasks across the vault, a block far larger than a step. */
function manyNotes(prefix: string, count: number) {
  return tasks(count, 'Ana Ruiz').map((line, i) =>
    parseNote(`${prefix}/${i}.md`, ['---', 'type: customer', `date: 2025-03-${String((i % 28) + 1).padStart(2, '0')}`, '---', '## Action items', line, ''].join('\n')),
  );
}

describe('findDuplicatesSteps', () => {
  // One assignee's open tasks across the vault: a block of 2,200 entries, read in three pieces.
  it('finds, with other searches run between its steps, what it finds alone, even stopped inside a block', { timeout: 30_000 }, () => {
    const notes = manyNotes('Meetings', 1100);
    // Another search over some of the same words, between every two steps.
    const other = [parseNote('Other/other.md', ['---', 'date: 2025-03-04', '---', '## Action items', ...tasks(200, 'Ana Ruiz', 900), ''].join('\n'))];
    const alone = findDuplicates(notes, [], { owner: null });
    expect(alone.length).toBeGreaterThan(500);

    const steps = findDuplicatesSteps(notes, [], { owner: null });
    let result = steps.next();
    while (!result.done) {
      findDuplicates(other, [], { owner: null });
      result = steps.next();
    }
    expect(result.value).toEqual(alone);
  });
});
