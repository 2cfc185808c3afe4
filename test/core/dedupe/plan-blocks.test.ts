/**
 * A duplicate that owns lines beneath it (sub-tasks, sub-bullets, text under it): the
 * plan never leaves them hanging under the item above. When the copy kept has the same
 * lines word for word, the whole block goes; otherwise the duplicate stays, cancelled
 * and linked to the copy kept, with its sub-items where they were.
 */
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/core/dedupe/cluster';
import { planDedupe } from '../../../src/core/dedupe/plan';
import { groupMeetings } from '../../../src/core/graph/meetings';
import { applyAll, meetingNote, outsideUntouched, vault, type Vault } from './helpers';

function dedupe(v: Vault, crossNote: 'mark' | 'delete' = 'mark') {
  const groups = findDuplicates(v.notes, groupMeetings(v.notes));
  return { groups, plans: planDedupe(v.texts, v.notes, groups, { crossNote }) };
}


/** Every list line that looks like a task still parses as one. */
function everyTaskParses(v: Vault) {
  for (const n of v.notes) {
    const text = v.texts.get(n.path) as string;
    const taskLines = text.split(/\r?\n/).map((l, i) => ({ l, i: i + 1 })).filter(({ l }) => /^\s*(?:[-*+]|\d+[.)])\s+\[.\]/.test(l));
    expect(n.tasks.map((t) => t.line).sort((a, b) => a - b)).toEqual(taskLines.map((x) => x.i));
  }
}

/** Apply, check, re-plan: the second plan is empty. */
function applyOnce(v: Vault, crossNote: 'mark' | 'delete' = 'mark') {
  const { groups, plans } = dedupe(v, crossNote);
  const after = applyAll(v, plans);
  for (const p of plans) outsideUntouched(v.texts.get(p.path) as string, after.texts.get(p.path) as string, p);
  everyTaskParses(after);
  expect(dedupe(after, crossNote).plans).toEqual([]);
  return { groups, plans, after };
}

const DATE = '2025-06-03';
const WITH = ['Myself', 'Noor Haddad'];

describe('a duplicate inside one note with lines under it', () => {
  it('is cancelled and linked instead of deleted when its sub-tasks differ from the copy kept', () => {
    const text = meetingNote({
      date: DATE,
      with: WITH,
      tasks: [
        '- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad 📅 2025-06-10',
        '- [ ] Book the kickoff room',
        '- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad',
        '    - [ ] List the nightly jobs that must move first',
        '    - [x] Ask for read access to the scheduler',
        '- [ ] Send the invoice template',
      ],
    });
    const v = vault({ 'Meetings/a.md': text });
    const { plans, after } = applyOnce(v);
    const out = after.texts.get('Meetings/a.md') as string;
    const lines = out.split('\n');
    const dup = lines.findIndex((l) => l.includes('(duplicate of [['));
    expect(lines[dup]).toMatch(/^- \[-\] Draft the migration runbook for Pellucid Dairy @Noor Haddad \(duplicate of \[\[a#\^[a-z0-9-]+\]\]\)$/);
    // The sub-tasks keep their parent, their indent and their status.
    expect(lines[dup + 1]).toBe('    - [ ] List the nightly jobs that must move first');
    expect(lines[dup + 2]).toBe('    - [x] Ask for read access to the scheduler');
    const nested = after.notes[0].tasks.filter((t) => /nightly jobs|read access/.test(t.text));
    expect(nested.map((t) => t.indent)).toEqual([1, 1]);
    const edit = plans[0].edits.find((e) => e.kind === 'mark-duplicate');
    expect(edit?.reason).toMatch(/2 sub-items under it was marked rather than deleted/);
    // The copy kept carries the block id the mark links to.
    const id = /\^([a-z0-9-]+)\]\]/.exec(lines[dup])?.[1];
    expect(after.notes[0].tasks.find((t) => t.blockId === id)?.due).toBe('2025-06-10');
  });

  it('removes the whole block when the copy kept has the same sub-items word for word', () => {
    const text = meetingNote({
      date: DATE,
      with: WITH,
      tasks: [
        '- [ ] Prepare the Lowmoor Freight renewal pack @Noor Haddad',
        '  - [ ] Pull last year’s usage report',
        '  - [ ] Check the discount schedule',
        '- [ ] Book the kickoff room',
        '- [ ] Prepare the Lowmoor Freight renewal pack @Noor Haddad',
        '  - [ ] Pull last year’s usage report',
        '  - [ ] Check the discount schedule',
        '- [ ] Send the invoice template',
      ],
    });
    const v = vault({ 'Meetings/a.md': text });
    const { after } = applyOnce(v);
    const out = after.texts.get('Meetings/a.md') as string;
    expect(out).toContain(
      [
        '- [ ] Prepare the Lowmoor Freight renewal pack @Noor Haddad',
        '  - [ ] Pull last year’s usage report',
        '  - [ ] Check the discount schedule',
        '- [ ] Book the kickoff room',
        '- [ ] Send the invoice template',
      ].join('\n'),
    );
    expect(out.match(/usage report/g)).toHaveLength(1);
  });

  it('removes the block above the copy kept, whose sub-items then stand for those the block took', () => {
    const text = meetingNote({
      date: DATE,
      with: WITH,
      tasks: [
        '- [ ] Prepare the Lowmoor Freight renewal pack @Noor Haddad',
        '  - [ ] Pull last year’s usage report',
        '- [ ] Book the kickoff room',
        '- [ ] Prepare the Lowmoor Freight renewal pack @Noor Haddad 📅 2025-06-12',
        '  - [ ] Pull last year’s usage report',
      ],
    });
    const v = vault({ 'Meetings/a.md': text });
    const { after } = applyOnce(v, 'delete');
    const out = after.texts.get('Meetings/a.md') as string;
    expect(out).toContain('- [ ] Book the kickoff room\n- [ ] Prepare the Lowmoor Freight renewal pack @Noor Haddad 📅 2025-06-12\n  - [ ] Pull last year’s usage report\n');
    expect(out.match(/usage report/g)).toHaveLength(1);
  });

  it('keeps plain sub-bullets, deeper nesting and text under the duplicate with it', () => {
    const text = meetingNote({
      date: DATE,
      with: WITH,
      tasks: [
        '- [ ] Collect the signed order form from Brightwater Labs @Noor Haddad',
        '',
        '- [ ] Collect the signed order form from Brightwater Labs @Noor Haddad',
        '  Legal wants the countersigned PDF, not a scan.',
        '  - the form is in the shared drive',
        '    - under Contracts/2025',
        '      - [ ] rename it with the PO number',
        '',
        '- [ ] Send the invoice template',
      ],
    });
    const v = vault({ 'Meetings/a.md': text });
    const { after } = applyOnce(v, 'delete');
    const out = after.texts.get('Meetings/a.md') as string;
    expect(out).toMatch(/- \[-\] Collect the signed order form from Brightwater Labs @Noor Haddad \(duplicate of \[\[a#\^[a-z0-9-]+\]\]\)\n {2}Legal wants the countersigned PDF, not a scan\.\n {2}- the form is in the shared drive\n {4}- under Contracts\/2025\n {6}- \[ \] rename it with the PO number\n/);
  });

  it('deletes a duplicate without sub-items as before, and a sibling after it is not taken for one', () => {
    const text = meetingNote({
      date: DATE,
      with: WITH,
      tasks: [
        '- [ ] Renew the Tallis Analytics sandbox licence @Noor Haddad',
        '  - [ ] Ask finance for the PO',
        '- [ ] Renew the Tallis Analytics sandbox licence @Noor Haddad',
        '- [ ] Send the invoice template',
        '  continued under the invoice task',
      ],
    });
    const v = vault({ 'Meetings/a.md': text });
    const { after } = applyOnce(v);
    const out = after.texts.get('Meetings/a.md') as string;
    expect(out).toContain('- [ ] Renew the Tallis Analytics sandbox licence @Noor Haddad\n  - [ ] Ask finance for the PO\n- [ ] Send the invoice template\n  continued under the invoice task\n');
  });

  it('never deletes a duplicate the copy kept is nested under', () => {
    const text = meetingNote({
      date: DATE,
      with: WITH,
      tasks: ['- [ ] Order the demo hardware for Quarry Row', '  - [ ] Order the demo hardware for Quarry Row @Noor Haddad 📅 2025-06-20', '- [ ] Send the invoice template'],
    });
    const v = vault({ 'Meetings/a.md': text });
    const { after } = applyOnce(v, 'delete');
    const tasks = after.notes[0].tasks.filter((t) => /demo hardware/.test(t.text));
    expect(tasks).toHaveLength(2);
    expect(tasks[0].statusType).toBe('cancelled');
    expect(tasks[1].statusType).toBe('todo');
    expect(tasks[1].indent).toBe(1);
  });

  it('keeps CRLF line breaks and every byte outside the edits', () => {
    const text = meetingNote({
      date: DATE,
      with: WITH,
      eol: '\r\n',
      tasks: [
        '- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad',
        '- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad',
        '  - [ ] List the nightly jobs that must move first',
        '- [ ] Send the invoice template',
      ],
    });
    const v = vault({ 'Meetings/a.md': `\uFEFF${text}` });
    const { after } = applyOnce(v, 'delete');
    const out = after.texts.get('Meetings/a.md') as string;
    expect(out.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(/[^\r]\n/.test(out)).toBe(false);
    expect(out).toMatch(/\r\n- \[-\] Draft the migration runbook for Pellucid Dairy @Noor Haddad \(duplicate of \[\[a#\^[a-z0-9-]+\]\]\)\r\n {2}- \[ \] List the nightly jobs that must move first\r\n/);
  });
});

describe('a duplicate in another note of the meeting with lines under it', () => {
  const A = meetingNote({
    date: DATE,
    with: WITH,
    ref: '/Users/ines.marlow/Transcripts/2025-06-03 - Pellucid Dairy migration.md',
    tasks: ['- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad 📅 2025-06-10 ⏫'],
  });
  const B = meetingNote({
    date: DATE,
    with: ['Noor Haddad', 'Ines Marlow'],
    ref: 'Inbox/2025-06-03 - Pellucid Dairy migration.md',
    tasks: ['- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad', '  - [ ] List the nightly jobs that must move first', '  - note: the scheduler is Airflow 2', '- [ ] Send the invoice template'],
  });

  it('is marked, not deleted, even when asked to delete across notes', () => {
    const v = vault({ 'People/a.md': A, 'Customers/b.md': B });
    const { plans, after } = applyOnce(v, 'delete');
    const b = after.texts.get('Customers/b.md') as string;
    expect(b).toMatch(/- \[-\] Draft the migration runbook for Pellucid Dairy @Noor Haddad \(duplicate of \[\[a#\^[a-z0-9-]+\]\]\)\n {2}- \[ \] List the nightly jobs that must move first\n {2}- note: the scheduler is Airflow 2\n- \[ \] Send the invoice template/);
    const mark = plans.flatMap((p) => p.edits).find((e) => e.kind === 'mark-duplicate');
    expect(mark?.reason).toMatch(/sub-items under it was marked rather than deleted/);
  });

  it('is marked by default, with its sub-items left in place', () => {
    const v = vault({ 'People/a.md': A, 'Customers/b.md': B });
    const { after } = applyOnce(v, 'mark');
    expect(after.texts.get('Customers/b.md')).toContain('(duplicate of [[a#^');
    expect(after.notes.find((n) => n.path === 'Customers/b.md')?.tasks.filter((t) => t.indent === 1)).toHaveLength(1);
  });

  it('goes with its sub-items when the copy kept has them word for word', () => {
    const a = meetingNote({
      date: DATE,
      with: WITH,
      ref: '/Users/ines.marlow/Transcripts/2025-06-03 - Pellucid Dairy migration.md',
      tasks: ['- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad 📅 2025-06-10 ⏫', '    - [ ] List the nightly jobs that must move first'],
    });
    const b = meetingNote({
      date: DATE,
      with: ['Noor Haddad', 'Ines Marlow'],
      ref: 'Inbox/2025-06-03 - Pellucid Dairy migration.md',
      tasks: ['- [ ] Draft the migration runbook for Pellucid Dairy @Noor Haddad', '  - [ ] List the nightly jobs that must move first', '- [ ] Send the invoice template'],
    });
    const v = vault({ 'People/a.md': a, 'Customers/b.md': b });
    const { after } = applyOnce(v, 'delete');
    expect(after.texts.get('Customers/b.md')).not.toMatch(/runbook|nightly jobs/);
    expect(after.texts.get('People/a.md')).toContain('    - [ ] List the nightly jobs that must move first');
  });
});
