import { expect, it } from 'vitest';
/** Small builders for dedupe tests: notes from text, through the real parser. */
import { parseNote } from '../../../src/core/parse/index';
import { findDuplicates } from '../../../src/core/dedupe/cluster';
import { APPLY_THRESHOLD } from '../../../src/core/dedupe/similarity';
import type { Note } from '../../../src/core/model';
import { applyPlan } from '../../../src/core/edits';
import type { EditPlan } from '../../../src/core/model';

export interface Vault {
  texts: Map<string, string>;
  notes: Note[];
}

export function vault(files: Record<string, string>): Vault {
  const texts = new Map(Object.entries(files));
  return { texts, notes: [...texts].map(([p, t]) => parseNote(p, t)) };
}

/** A people note with frontmatter and an Action Items / Decisions body. */
export function meetingNote(opts: { date: string; with: string[]; ref?: string; tasks?: string[]; decisions?: string[]; eol?: string }): string {
  const eol = opts.eol ?? '\n';
  const lines = [
    '---',
    'type: people',
    `date: '${opts.date}'`,
    'participants:',
    ...opts.with.map((p) => `- ${p}`),
    ...(opts.ref ? [`source_ref: ${opts.ref}`] : []),
    '---',
    '',
    '## Action Items',
    '',
    ...(opts.tasks ?? []),
    '',
    '## Decisions',
    '',
    ...(opts.decisions ?? []).map((d) => `- ${d}`),
    '',
  ];
  return lines.join(eol);
}

export function applyAll(v: Vault, plans: EditPlan[]): Vault {
  const texts = new Map(v.texts);
  for (const p of plans) texts.set(p.path, applyPlan(v.texts.get(p.path) as string, p));
  return { texts, notes: [...texts].map(([p, t]) => parseNote(p, t)) };
}

/** Every byte outside the edited spans is unchanged: the pieces of `before` between edits appear in `after`, in order. */
export function outsideUntouched(before: string, after: string, plan: EditPlan): void {
  const edits = [...plan.edits].sort((a, b) => a.start - b.start);
  let at = 0;
  let out = 0;
  for (const e of edits) {
    const piece = before.slice(at, e.start);
    expect(after.slice(out, out + piece.length)).toBe(piece);
    out += piece.length + e.replacement.length;
    at = e.end;
  }
  expect(after.slice(out)).toBe(before.slice(at));
}

export type WordingKind = 'task' | 'decision' | 'fact';

/** The meeting two wordings are compared in: its date and people, each note's unrelated action items, and a line to sit above a decision or fact. */
export interface WordingMeeting {
  date: string;
  participants: string[];
  others: { 'a.md': string[]; 'b.md': string[] };
  filler: string;
}

/**
 * Two wordings of one item, each in its own note of one meeting among unrelated items:
 * `grouped` gives the confidence with which the dedupe groups them (0 when it does not),
 * and `same` / `apart` declare tests that they are applied as one item, or kept apart.
 */
export function wordings(meeting: WordingMeeting) {
  const noteWith = (path: 'a.md' | 'b.md', item: string, kind: WordingKind) => {
    const head = ['---', 'type: customer', `date: ${meeting.date}`, `participants: [${meeting.participants.join(', ')}]`, '---'];
    const lines = [...head, '## Action items', ...meeting.others[path].map((t) => `- [ ] ${t}`)];
    if (kind === 'task') lines.push(`- [ ] ${item}`);
    else lines.push('', kind === 'decision' ? '## Decisions' : '## Key facts', `- ${meeting.filler}`, `- ${item}`);
    return { note: parseNote(path, lines.join('\n') + '\n'), line: lines.length };
  };
  const grouped = (a: string, b: string, kind: WordingKind = 'task'): number => {
    const x = noteWith('a.md', a, kind);
    const y = noteWith('b.md', b, kind);
    const groups = findDuplicates([x.note, y.note], [{ id: 'meeting', notes: ['a.md', 'b.md'] }], { owner: null, vault: false });
    const both = groups.find((g) => g.members.some((m) => m.path === 'a.md' && m.line === x.line) && g.members.some((m) => m.path === 'b.md' && m.line === y.line));
    return both?.confidence ?? 0;
  };
  const same = (cases: [string, string, string, WordingKind?][]) => {
    for (const [name, a, b, kind] of cases) it(name, () => expect(grouped(a, b, kind)).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
  };
  const apart = (cases: [string, string, string, WordingKind?][]) => {
    for (const [name, a, b, kind] of cases) it(name, () => expect(grouped(a, b, kind)).toBeLessThan(APPLY_THRESHOLD));
  };
  return { grouped, same, apart };
}
