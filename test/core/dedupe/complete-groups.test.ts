/**
 * Groups complete in one go: judged by the copy each keeps, so a second run on the
 * applied plan finds nothing — without any settling pass (`settlePasses: 0`), through
 * the command line's entry point, the plugin's (`planDuplicateEdits`) and Normalize's.
 */
import { describe, expect, it } from 'vitest';
import { planDuplicateEdits, planVaultDedupe } from '../../../src/core/dedupe/vault';
import { defaultSelection } from '../../../src/core/dedupe/plan';
import { mergeTasks } from '../../../src/core/dedupe/canonical';
import { applyPlan } from '../../../src/core/edits';
import { buildGraph } from '../../../src/core/graph/build';
import type { DuplicateGroup, EditPlan } from '../../../src/core/model';
import { parseNote } from '../../../src/core/parse/index';
import { meetingNote } from './helpers';

type Files = { path: string; text: string }[];
const MODES = [
  { crossNote: 'mark', includePossible: false },
  { crossNote: 'delete', includePossible: false },
  { crossNote: 'mark', includePossible: true },
  { crossNote: 'delete', includePossible: true },
] as const;

function apply(files: Files, plans: EditPlan[]): Files {
  return files.map((f) => {
    const p = plans.find((x) => x.path === f.path);
    return p ? { path: f.path, text: applyPlan(f.text, p) } : f;
  });
}
const texts = (files: Files) => new Map(files.map((f) => [f.path, f.text]));
const withText = (groups: readonly DuplicateGroup[], re: RegExp) => groups.filter((g) => g.members.some((m) => re.test(m.text)));

/**
 * Cause 1, inside one note: the detailed copy kept matches both shorter copies, which
 * are near-misses of each other ("… to Tomasz" names a party the other leaves out).
 */
const ONE_NOTE = meetingNote({
  date: '2025-09-02',
  with: ['Myself', 'Tomasz Wierzba'],
  tasks: [
    '- [ ] Send Tomasz Wierzba the proof-of-concept plan with the success criteria, the staffing needs and the eight-week timeline @Myself 📅 2025-09-12',
    '- [ ] Send the proof-of-concept plan with the success criteria and the eight-week timeline to Tomasz @Myself',
    '- [ ] Send the proof-of-concept plan with the success criteria and the eight-week timeline @Myself 🔼',
    '- [ ] Reserve the training room at Quarrybank for the kickoff @Myself',
  ],
});

/**
 * Cause 2: a confident pair (the copy kept has the due date) and a third task that is
 * only a possible duplicate of the copy kept. Once the other copy goes, the copy kept
 * stands alone and pairs with it: the first run must already show that pairing.
 */
const POSSIBLE = meetingNote({
  date: '2025-09-03',
  with: ['Myself', 'Ines Aldana'],
  tasks: [
    '- [ ] Send the pricing deck to Vellmar Tiles @Ines Aldana 📅 2025-09-14 🔼 #sales',
    '- [ ] Share the pricing deck with Vellmar Tiles @Ines Aldana 📅 2025-09-10 ⏫ #followup',
    '- [ ] Order 2 PB of capacity for the Brackley cluster @Ines Aldana',
    '- [ ] Order 20 PB of capacity for the Brackley cluster @Ines Aldana',
    '- [ ] Do not share the roadmap with Vellmar Tiles @Ines Aldana',
    '- [ ] Share the roadmap with Vellmar Tiles @Ines Aldana',
  ],
});

describe('the first grouping is complete', () => {
  it('joins both shorter copies to the copy kept, though they are near-misses of each other (cause 1)', () => {
    const graph = buildGraph([{ path: 'Meetings/poc.md', text: ONE_NOTE }]);
    const groups = withText(graph.duplicates, /proof-of-concept/).filter((g) => g.confidence >= 0.8);
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m) => m.line)).toEqual([11, 12, 13]);
    expect(groups[0].canonical.line).toBe(11);
  });

  it('shows the copy kept with what it pairs with once its copies go (cause 2)', () => {
    const graph = buildGraph([{ path: 'Meetings/deck.md', text: POSSIBLE }]);
    const strong = graph.duplicates.find((g) => g.confidence >= 0.8 && g.members.some((m) => /pricing deck/.test(m.text)));
    expect(strong).toBeDefined();
    const possible = withText(graph.duplicates, /Share the roadmap/);
    expect(possible).toHaveLength(1);
    expect(possible[0].confidence).toBeLessThan(0.8);
    expect(possible[0].members).toContainEqual(expect.objectContaining(strong?.canonical));
  });

  for (const mode of MODES) {
    for (const [name, files] of [
      ['one note (cause 1)', [{ path: 'Meetings/poc.md', text: ONE_NOTE }]],
      ['a copy kept that pairs once alone (cause 2)', [{ path: 'Meetings/deck.md', text: POSSIBLE }]],
    ] as [string, Files][]) {
      it(`leaves nothing for a second run without settling: ${name}, ${mode.crossNote}${mode.includePossible ? ', possible too' : ''}`, () => {
        const first = planVaultDedupe(buildGraph(files), texts(files), { ...mode, settlePasses: 0 });
        expect(first.plans.length).toBeGreaterThan(0);
        const after = apply(files, first.plans);
        expect(planVaultDedupe(buildGraph(after), texts(after), { ...mode, settlePasses: 0 }).plans).toEqual([]);
      });
    }
  }

  it('keeps every field when a copy joins the copy kept at once', () => {
    const files: Files = [{ path: 'Meetings/poc.md', text: ONE_NOTE }];
    const first = planVaultDedupe(buildGraph(files), texts(files), { settlePasses: 0 });
    const note = parseNote('Meetings/poc.md', apply(files, first.plans)[0].text);
    const kept = note.tasks.filter((t) => /proof-of-concept/.test(t.text));
    expect(kept).toHaveLength(1);
    expect(kept[0].due).toBe('2025-09-12');
    expect(kept[0].priority).toBe('medium');
  });
});

describe('the plugin applies the groups it is given, and a second Dedupe finds nothing', () => {
  const vaults: [string, Files][] = [
    ['cause 1', [{ path: 'Meetings/poc.md', text: ONE_NOTE }]],
    ['cause 2', [{ path: 'Meetings/deck.md', text: POSSIBLE }]],
  ];
  const files = vaults[1][1];
  const choices: [string, (groups: DuplicateGroup[]) => DuplicateGroup[]][] = [
    ['the confident groups', (groups) => groups.filter((g) => g.key && defaultSelection(groups).has(g.key))],
    ['every group but vault-wide ones', (groups) => groups.filter((g) => g.scope !== 'vault')],
  ];
  for (const [name, choose] of choices) {
    for (const [cause, files] of vaults) for (const crossNote of ['mark', 'delete'] as const) {
      it(`${name}, ${cause}, ${crossNote}`, () => {
        const graph = buildGraph(files);
        const plans = planDuplicateEdits(graph, texts(files), choose(graph.duplicates), { crossNote });
        expect(plans.length).toBeGreaterThan(0);
        const after = apply(files, plans);
        const again = buildGraph(after);
        expect(planDuplicateEdits(again, texts(after), choose(again.duplicates), { crossNote })).toEqual([]);
      });
    }
  }

  it('plans a possible group holding the copy a confident group keeps as one group with it', () => {
    const graph = buildGraph(files);
    const chosen = withText(graph.duplicates, /pricing deck|Share the roadmap/);
    expect(chosen.length).toBe(2);
    const after = apply(files, planDuplicateEdits(graph, texts(files), chosen));
    const tasks = parseNote('Meetings/deck.md', after.find((f) => f.path === 'Meetings/deck.md')?.text ?? '').tasks;
    expect(tasks.filter((t) => /pricing deck|Share the roadmap/.test(t.text) && t.statusType !== 'cancelled').map((t) => t.due)).toEqual(['2025-09-10']);
  });
});

describe('merge reasons', () => {
  it('say which priority was kept in words a user reads', () => {
    const a = parseNote('a.md', '- [ ] Send the deck 🔺\n- [ ] Send the deck ⏫\n').tasks;
    expect(mergeTasks(a[0], [a[1]]).reasons).toContain('copies disagree on priority: kept the highest (🔺 highest)');
    expect(mergeTasks(a[1], [a[0]]).reasons).toContain('copies disagree on priority: kept the highest (🔺 highest; this copy had ⏫ high)');
  });
});
