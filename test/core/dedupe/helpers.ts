import { expect } from 'vitest';
/** Small builders for dedupe tests: notes from text, through the real parser. */
import { parseNote } from '../../../src/core/parse/index';
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
