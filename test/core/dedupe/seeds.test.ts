import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/core/dedupe/cluster';
import { planDedupe } from '../../../src/core/dedupe/plan';
import { groupMeetings } from '../../../src/core/graph/meetings';
import { applyAll, vault } from './helpers';

const seeds = path.resolve(__dirname, '../../../../shared/seeds');

describe.skipIf(!existsSync(seeds))('seed notes', () => {
  const files = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.md')) : [];
  const v = vault(Object.fromEntries(files.map((f) => [f, readFileSync(path.join(seeds, f), 'utf8')])));
  const groups = findDuplicates(v.notes, groupMeetings(v.notes));

  it('finds the verbatim and reworded repeats inside 002', () => {
    const inNote = groups.filter((g) => g.scope === 'note' && g.canonical.path.startsWith('002'));
    const candidate = inNote.find((g) => g.kind === 'task' && g.members.every((m) => /official candidate process/.test(m.text)));
    expect(candidate?.members).toHaveLength(2);
    expect(candidate?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(inNote.some((g) => g.kind === 'fact')).toBe(true);
  });

  it('groups the copies the meeting notes share across 003 and 004', () => {
    const across = groups.filter((g) => g.scope === 'meeting' && g.kind === 'task');
    expect(across.some((g) => g.members.some((m) => m.path.startsWith('003')) && g.members.some((m) => m.path.startsWith('004')))).toBe(true);
  });

  it('never merges tasks with different assignees', () => {
    for (const g of groups.filter((x) => x.kind === 'task' && x.confidence >= 0.8)) {
      const names = new Set(g.members.map((m) => /@([A-Z][\w]+)/.exec(m.text)?.[1]).filter((x) => x && x !== 'Myself' && x !== 'Jason'));
      expect(names.size).toBeLessThanOrEqual(1);
    }
  });

  it('plans edits that apply, keep every task parseable, and are idempotent', () => {
    const plans = planDedupe(v.texts, v.notes, groups);
    expect(plans.length).toBeGreaterThan(0);
    const after = applyAll(v, plans);
    const before = v.notes.reduce((n, x) => n + x.tasks.length, 0);
    const deleted = plans.flatMap((p) => p.edits).filter((e) => e.kind === 'duplicate-item' && e.replacement === '').length;
    const itemsDeleted = plans.flatMap((p) => p.edits.map((e) => ({ e, text: v.texts.get(p.path) as string }))).filter(({ e, text }) => e.replacement === '' && /^\s*[-*+] \[/.test(text.slice(e.start, e.end)));
    expect(after.notes.reduce((n, x) => n + x.tasks.length, 0)).toBe(before - itemsDeleted.length);
    expect(deleted).toBeGreaterThan(0);
    const again = findDuplicates(after.notes, groupMeetings(after.notes));
    expect(planDedupe(after.texts, after.notes, again)).toEqual([]);
  });
});
