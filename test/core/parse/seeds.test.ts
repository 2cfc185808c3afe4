/**
 * The five real seed notes, read only when `../shared/seeds` exists next to
 * the repository (it is not part of it). Mis-decoded signifiers in the seeds
 * (`ðŸ“…`, `üìÖ`, `ğŸ“…`, `â«`) are read through the mojibake repair.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import type { Note, Priority } from '../../../src/core/model';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const haveSeeds = fs.existsSync(seedsDir);

function seed(prefix: string): Note {
  const name = fs.readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found`);
  return parseNote(name, fs.readFileSync(path.join(seedsDir, name), 'utf8'));
}

interface Expected {
  type: string;
  date: string;
  participants: string[];
  /** [status, assignee, due, priority] per task, in order. */
  tasks: [string, string, string | null, Priority | null][];
  decisions: number;
  facts: number;
  account?: string | null;
}

const H = 'high';
const J = 'Jeff Denworth';
const L = 'Lior Genzel';
const D = '2025-10-26';

const expected: Record<string, Expected> = {
  '000': {
    type: 'people',
    date: '2025-09-16',
    participants: ['Jason Vallery', J],
    tasks: [
      ['?', J, D, H],
      ['?', J, D, H],
    ],
    decisions: 2,
    facts: 8,
  },
  '001': {
    type: 'people',
    date: '2025-11-07',
    participants: ['Jason Vallery', J],
    tasks: [
      ['?', 'Myself', null, H],
      ['?', 'Myself', null, H],
      ['?', 'Myself', null, H],
      ['?', 'Myself', null, null],
      ['?', 'Myself', null, null],
      ['?', 'Myself', null, null],
      ['?', 'Myself', null, H],
      ['?', 'Myself', null, H],
      ['?', 'Myself', null, H],
      ['?', 'Myself', null, H],
      ['?', J, null, null],
      ['?', J, null, null],
      ['?', 'TBD', null, null],
    ],
    decisions: 4,
    facts: 8,
  },
  '002': {
    type: 'people',
    date: '2025-09-16',
    participants: ['Jason Vallery', L, 'Glenn Lockwood'],
    tasks: [
      ['?', L, D, H],
      ['?', L, D, null],
      ['?', L, D, H],
      ['?', 'Myself', D, null],
      ['?', 'Myself', D, H],
      ['?', L, D, H],
      ['?', L, D, H],
      ['?', L, D, null],
      ['?', 'Myself', D, null],
    ],
    decisions: 3,
    facts: 17,
  },
  '003': {
    type: 'customer',
    date: '2025-09-16',
    participants: [L, 'Jason Vallery'],
    tasks: [
      [' ', 'HR', D, 'highest'],
      [' ', `${L} Genzel`, D, H],
      [' ', `${L} Genzel`, D, H],
      [' ', `${L} Genzel`, D, 'highest'],
      [' ', `${L} Genzel`, D, 'highest'],
      [' ', `${L} Genzel`, D, H],
      [' ', 'Myself', D, H],
      [' ', 'Myself', D, 'highest'],
    ],
    decisions: 2,
    facts: 9,
    account: 'Microsoft',
  },
  '004': {
    type: '1-1',
    date: '2025-09-16',
    participants: [],
    tasks: [
      ['x', 'HR', null, H],
      ['x', L, null, 'medium'],
      ['x', L, null, 'medium'],
      ['x', L, null, H],
      ['x', L, null, H],
      ['x', L, null, 'medium'],
      ['x', 'Jason Vallery', null, 'medium'],
      ['x', 'Jason Vallery', null, H],
    ],
    decisions: 2,
    facts: 10,
  },
};

describe.skipIf(!haveSeeds)('the seed notes', () => {
  for (const [prefix, want] of Object.entries(expected)) {
    describe(prefix, () => {
      const note = haveSeeds ? seed(prefix) : (null as unknown as Note);

      it('type, date and participants', () => {
        expect(note.type).toBe(want.type);
        expect(note.date).toBe(want.date);
        expect(note.participants).toEqual(want.participants);
        if (want.account !== undefined) expect(note.account).toBe(want.account);
      });

      it('every task: status, assignee, due date and priority', () => {
        expect(note.tasks.map((t) => [t.status, t.assignee, t.due, t.priority])).toEqual(want.tasks);
        for (const t of note.tasks) {
          expect(t.section === 'actions' || t.section === 'followups').toBe(true);
          // The repaired signifiers are gone from what the task says.
          expect(t.text).not.toMatch(/[📅⏫🔺🔼✅]|ðŸ|üì|ğŸ|â«|#task/u);
        }
      });

      it('decisions and facts', () => {
        expect(note.items.filter((i) => i.kind === 'decision')).toHaveLength(want.decisions);
        expect(note.items.filter((i) => i.kind === 'fact')).toHaveLength(want.facts);
      });
    });
  }

  it('000–003 have no transcript and no problems', () => {
    for (const prefix of ['000', '001', '002', '003']) {
      const note = seed(prefix);
      expect(note.transcript).toBeNull();
      expect(note.problems).toEqual([]);
    }
  });

  it('004: the done dates, the section person and the follow-ups', () => {
    const note = seed('004');
    expect(note.tasks.every((t) => t.done === '2025-10-26' && !t.open)).toBe(true);
    expect(note.tasks.slice(0, 6).every((t) => t.sectionFor === L)).toBe(true);
    expect(note.tasks.slice(6).map((t) => t.section)).toEqual(['followups', 'followups']);
    expect(note.counterpart).toBe(L);
    expect(note.series).toBe(`1-1/${L}`);
  });

  it('004: 45 transcript lines from zoom.us and the Jabra, the Jabra speaker split off', () => {
    const t = seed('004').transcript;
    expect(t).not.toBeNull();
    expect(t?.lines).toHaveLength(45);
    expect(t?.endLine).not.toBeNull();
    expect(new Set(t?.lines.map((l) => l.source))).toEqual(new Set(['zoom.us', 'Jabra Speak 710']));
    const jabra = t!.lines.filter((l) => l.source === 'Jabra Speak 710');
    expect(jabra.length).toBeGreaterThan(0);
    expect(jabra.every((l) => l.speaker === 'Jason Vallery')).toBe(true);
    expect(jabra.every((l) => !l.text.startsWith('Jason Vallery') && !l.text.startsWith('-'))).toBe(true);
    expect(t!.lines.filter((l) => l.source === 'zoom.us').every((l) => l.speaker === null)).toBe(true);
    expect(t!.lines[0].seconds).toBeCloseTo(0.04);
  });

  it('004: the { { DATE } } leftover is reported and not taken as a value', () => {
    const note = seed('004');
    expect(note.problems).toEqual([expect.objectContaining({ kind: 'template-leftover', line: 3 })]);
    expect(note.frontmatter?.leftovers).toEqual([expect.objectContaining({ key: 'created', line: 3, raw: '{ { DATE } }' })]);
    expect(note.frontmatter?.data).not.toHaveProperty('created');
  });

  it('002 repeats its Key Information after a ---: the repeats are facts too', () => {
    const note = seed('002');
    const facts = note.items.filter((i) => i.kind === 'fact');
    expect(facts.every((f) => f.sectionHeading === 'Key Information')).toBe(true);
  });
});
