/**
 * One applied dedupe leaves nothing for a second: in every mode (mark or delete across
 * notes, with or without the possible duplicates), planning again on the result is empty.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeEdits, planVaultDedupe } from '../../../src/core/dedupe/vault';
import { applyEdits, applyPlan } from '../../../src/core/edits';
import { buildGraph } from '../../../src/core/graph/build';
import type { Edit, EditPlan } from '../../../src/core/model';
import { parseNote } from '../../../src/core/parse/index';
import { meetingNote } from './helpers';

type Files = { path: string; text: string }[];
interface Mode {
  crossNote: 'mark' | 'delete';
  includePossible: boolean;
}
const MODES: Mode[] = [
  { crossNote: 'mark', includePossible: false },
  { crossNote: 'delete', includePossible: false },
  { crossNote: 'mark', includePossible: true },
  { crossNote: 'delete', includePossible: true },
];
const label = (m: Mode) => `${m.crossNote}${m.includePossible ? ', possible duplicates too' : ''}`;

function plan(files: Files, mode: Mode, settlePasses?: number) {
  const graph = buildGraph(files);
  return planVaultDedupe(graph, new Map(files.map((f) => [f.path, f.text])), { ...mode, settlePasses });
}

function apply(files: Files, plans: EditPlan[]): Files {
  return files.map((f) => {
    const p = plans.find((x) => x.path === f.path);
    return p ? { path: f.path, text: applyPlan(f.text, p) } : f;
  });
}

const editCount = (plans: EditPlan[]) => plans.reduce((n, p) => n + p.edits.length, 0);

/** Every line that looks like a task parses as one. */
function tasksParse(files: Files) {
  for (const f of files) {
    const note = parseNote(f.path, f.text);
    const lines = f.text.split(/\r?\n/).flatMap((l, i) => (/^\s*(?:[-*+]|\d+[.)])\s+\[.\]/.test(l) ? [i + 1] : []));
    const inFrontmatter = note.frontmatter ? note.frontmatter.endLine : 0;
    expect(note.tasks.map((t) => t.line)).toEqual(lines.filter((l) => l > inFrontmatter));
  }
}

/**
 * One note where the copy kept is the link between two near-misses of each other:
 * "… to Lena" names a party the plain copy does not, so the two are never grouped; but
 * each is a copy of the detailed line, and once "… to Lena" is deleted the plain copy
 * joins it. The first run must already take it.
 */
const CHAIN = meetingNote({
  date: '2025-07-08',
  with: ['Myself', 'Lena Brandt'],
  ref: '/Users/omar.vesk/Transcripts/2025-07-08 - Rollout with Lena.md',
  tasks: [
    '- [ ] Send Lena Brandt the rollout plan with success criteria, staffing needs and a six-week timeline @Myself 📅 2025-07-15',
    '- [ ] Send the rollout plan with success criteria and a six-week timeline to Lena @Myself ⏫',
    '- [x] Send the rollout plan with success criteria and the six-week timeline @Myself ✅ 2025-07-14',
    '- [ ] Book the venue for the Harrow Mills offsite @Myself',
  ],
});
const OTHER = meetingNote({
  date: '2025-07-08',
  with: ['Lena Brandt', 'Omar Vesk'],
  ref: 'Inbox/2025-07-08 - Rollout with Lena.md',
  tasks: ['- [ ] Send Lena the rollout plan including success criteria and a six-week timeline @Omar Vesk', '- [ ] Book a venue for the Harrow Mills offsite @Omar Vesk 🔼'],
  decisions: ['Harrow Mills moves to the new rollout in September.'],
});

describe('planning again after one applied plan finds nothing', () => {
  for (const mode of MODES) {
    it(`on invented notes where deleting a copy lets another join (${label(mode)})`, () => {
      const files: Files = [
        { path: 'Meetings/rollout.md', text: CHAIN },
        { path: 'Meetings/rollout notes.md', text: OTHER },
      ];
      const first = plan(files, mode);
      expect(editCount(first.plans)).toBeGreaterThan(0);
      const after = apply(files, first.plans);
      tasksParse(after);
      expect(plan(after, mode).plans).toEqual([]);
      // Nothing lost: the done copy made the copy kept done, with its date.
      const kept = parseNote('Meetings/rollout.md', after[0].text).tasks.find((t) => /rollout plan/.test(t.text) && t.statusType !== 'cancelled');
      expect(kept?.done).toBe('2025-07-14');
      expect(kept?.due).toBe('2025-07-15');
      expect(kept?.priority).toBe('high');
    });
  }

  it('groups the plain copy with the copy kept on the first run, without settling', () => {
    const files: Files = [
      { path: 'Meetings/rollout.md', text: CHAIN },
      { path: 'Meetings/rollout notes.md', text: OTHER },
    ];
    const { groups } = plan(files, { crossNote: 'delete', includePossible: false }, 0);
    const g = groups.find((x) => x.members.some((m) => /the six-week timeline/.test(m.text)));
    expect(g?.members.map((m) => `${m.path}:${m.line}`)).toEqual(expect.arrayContaining(['Meetings/rollout.md:12', 'Meetings/rollout.md:13', 'Meetings/rollout.md:14']));
    expect(g?.canonical).toEqual({ path: 'Meetings/rollout.md', line: 12 });
  });

  const root = resolve(__dirname, '../../../fixtures/vault');
  const fixtureFiles = (): Files => {
    const out: Files = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.md')) out.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
      }
    };
    walk(root);
    return out;
  };
  for (const mode of MODES) {
    it(`on the fixture vault (${label(mode)})`, () => {
      const files = fixtureFiles();
      const first = plan(files, mode);
      const after = apply(files, first.plans);
      expect(plan(after, mode).plans).toEqual([]);
    });
  }
});

describe('composeEdits', () => {
  const edit = (start: number, end: number, replacement: string, reason = 'r'): Edit => ({ start, end, replacement, line: 1, kind: 'duplicate-item', reason });

  it('keeps deletions next to earlier deletions as separate edits', () => {
    const stored = 'a\nb\nc\nd\ne\n';
    const first = [edit(2, 4, ''), edit(6, 8, '')]; // b, d
    const middle = applyEdits(stored, first); // a c e
    const second = [edit(2, 4, '')]; // c
    const composed = composeEdits(stored, first, middle, second);
    expect(applyEdits(stored, composed)).toBe('a\ne\n');
    expect(composed.map((e) => [e.start, e.end])).toEqual([
      [2, 4],
      [4, 6],
      [6, 8],
    ]);
  });

  it('merges a rewrite of a line the first plan rewrote', () => {
    const stored = 'x\n- [ ] task\ny\n';
    const first = [edit(2, 11, '- [ ] task 📅 2025-01-02', 'merged due')];
    const middle = applyEdits(stored, first);
    const second = [edit(2, 2 + '- [ ] task 📅 2025-01-02'.length, '- [x] task 📅 2025-01-02', 'merged done')];
    const composed = composeEdits(stored, first, middle, second);
    expect(composed).toHaveLength(1);
    expect(composed[0].reason).toBe('merged due merged done');
    expect(applyEdits(stored, composed)).toBe(applyEdits(middle, second));
  });

  it('matches applying both plans on random texts and edits', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const randomEdits = (text: string): Edit[] => {
      const cuts = [...new Set(Array.from({ length: rand(8) * 2 }, () => rand(text.length + 1)))].sort((a, b) => a - b);
      const out: Edit[] = [];
      for (let i = 0; i + 1 < cuts.length; i += 2) if (rand(3) > 0) out.push(edit(cuts[i], cuts[i + 1], ['', 'Q', 'RS', 'TUV'][rand(4)]));
      if (rand(4) === 0) {
        const at = rand(text.length + 1);
        if (!out.some((e) => e.start <= at && at <= e.end)) out.push(edit(at, at, 'ins'));
      }
      return out.sort((a, b) => a.start - b.start);
    };
    for (let round = 0; round < 400; round++) {
      const stored = Array.from({ length: 5 + rand(30) }, () => 'abcdef\n'[rand(7)]).join('');
      const first = randomEdits(stored);
      const middle = applyEdits(stored, first);
      const second = randomEdits(middle);
      const composed = composeEdits(stored, first, middle, second);
      expect(applyEdits(stored, composed)).toBe(applyEdits(middle, second));
    }
  });
});
