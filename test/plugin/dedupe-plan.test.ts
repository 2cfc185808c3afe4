/**
 * The dedupe plans only notes that still hold the text the duplicates were
 * found in: a note edited since is refused, with every group that has a copy
 * in it, instead of having other lines cancelled by the old line numbers.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, analyseFile } from '../../src/core/graph/build';
import { applyEdits } from '../../src/core/edits';
import { planChosenDuplicates, textHashOf } from '../../src/plugin/dedupe-plan';

const NOTE = [
  '---',
  'type: people',
  'date: 2025-03-04',
  'participants: [Robin Vale, Dana Okafor]',
  '---',
  '## Action items',
  '- [ ] Send the signed order form to Harbor Mills @Dana Okafor 📅 2025-03-14',
  '- [ ] Book the quarterly review room @Robin Vale',
  '- [ ] Send the signed order form to Harbor Mills @Dana Okafor 📅 2025-03-14',
  '',
].join('\n');

function setting(stored: Record<string, string>, now: Record<string, string | null>) {
  const files = Object.entries(stored).map(([path, text]) => ({ path, text }));
  const graph = buildGraph(files, { owner: 'Robin Vale' });
  const groups = graph.duplicates.filter((g) => g.kind === 'task' && g.scope !== 'vault');
  const sources = {
    graph,
    analysedHash: (path: string) => (stored[path] !== undefined ? analyseFile(path, stored[path]).hash : null),
    read: (path: string) => Promise.resolve(path in now ? now[path] : (stored[path] ?? null)),
  };
  return { graph, groups, sources };
}

describe('planChosenDuplicates', () => {
  it('plans the chosen groups on notes unchanged since the index read them', async () => {
    const { groups, sources } = setting({ 'Meetings/a.md': NOTE }, {});
    expect(groups).toHaveLength(1);
    const result = await planChosenDuplicates(sources, groups, { crossNote: 'mark' });
    expect(result.stale).toEqual([]);
    expect(result.plans).toHaveLength(1);
    const after = applyEdits(NOTE, result.plans[0].edits);
    expect(after.match(/signed order form/g)).toHaveLength(1);
    expect(after).toContain('Book the quarterly review room');
  });

  it('refuses a note edited since (a line typed above the tasks), planning nothing in it', async () => {
    const edited = NOTE.replace('## Action items\n', '## Action items\n- [ ] Call the auditors back @Robin Vale\n');
    const { groups, sources } = setting({ 'Meetings/a.md': NOTE }, { 'Meetings/a.md': edited });
    const result = await planChosenDuplicates(sources, groups, { crossNote: 'mark' });
    expect(result.stale).toEqual(['Meetings/a.md']);
    expect(result.plans).toEqual([]);
    expect(result.groups).toEqual([]);
  });

  it('refuses every group with a copy in a changed note, and still applies the others', async () => {
    const other = NOTE.replace(/Harbor Mills/g, 'Keswick Foods').replace('2025-03-04', '2025-03-05');
    const { groups, sources } = setting({ 'Meetings/a.md': NOTE, 'Meetings/b.md': other }, { 'Meetings/b.md': other + '- typed later\n' });
    expect(groups).toHaveLength(2);
    const result = await planChosenDuplicates(sources, groups, { crossNote: 'mark' });
    expect(result.stale).toEqual(['Meetings/b.md']);
    expect(result.plans.map((p) => p.path)).toEqual(['Meetings/a.md']);
    expect(result.groups.every((g) => g.members.every((m) => m.path === 'Meetings/a.md'))).toBe(true);
  });

  it('reports a note deleted since as missing', async () => {
    const { groups, sources } = setting({ 'Meetings/a.md': NOTE }, { 'Meetings/a.md': null });
    const result = await planChosenDuplicates(sources, groups, { crossNote: 'mark' });
    expect(result.missing).toEqual(['Meetings/a.md']);
    expect(result.plans).toEqual([]);
  });

describe('textHashOf', () => {
  it('gives the hash of the text the graph read, and none once the index has read the note again', () => {
    const first = analyseFile('Meetings/a.md', NOTE);
    const graph = buildGraph([{ path: 'Meetings/a.md', text: NOTE }]);
    graph.notes = [first.note];
    let current = first;
    const hashOf = textHashOf(graph, () => current);
    expect(hashOf('Meetings/a.md')).toBe(first.hash);
    // The index re-read the note (edited since the modal opened): the modal's graph no longer matches it.
    current = analyseFile('Meetings/a.md', NOTE.replace('## Action items\n', '## Action items\n- [ ] Call back @Robin Vale\n'));
    expect(hashOf('Meetings/a.md')).toBeNull();
    expect(hashOf('Meetings/gone.md')).toBeNull();
  });
});
});
