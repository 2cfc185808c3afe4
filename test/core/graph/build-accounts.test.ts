import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';

const note = (path: string, lines: string[]) => ({ path, text: lines.join('\n') + '\n' });

describe('the graph takes a note’s account from every field and link that names it', () => {
  const graph = buildGraph(
    [
      note('Meetings/a.md', ['---', 'type: customer', 'date: 2025-10-03', 'customer: "[[Kestrel Labs]]"', 'participants: [Ana Souza]', '---', '# Pricing call']),
      note('Meetings/b.md', ['---', 'type: customer', 'date: 2025-10-04', 'participants: [Bob Reyes]', '---', '# Roadmap', 'We compared notes on [[Marlow Freight]] in passing.', '## Related', '- [[Kestrel Labs]]']),
      note('Meetings/c.md', ['---', 'type: customer', 'date: 2025-10-05', 'org: N/A', 'participants: [Chen Wei]', '---', '# Intro']),
      note('People/Dana Lee.md', ['---', 'type: person', 'client: Kestrel Labs', '---', '# Dana Lee']),
    ],
    { owner: 'Sam Owner' },
  );

  it('reads customer:, a company under Related before one mentioned in passing, and no placeholder', () => {
    expect(graph.summaries.map((s) => [s.path, s.account])).toEqual([
      ['Meetings/a.md', 'Kestrel Labs'],
      ['Meetings/b.md', 'Kestrel Labs'],
      ['Meetings/c.md', null],
    ]);
  });

  it('files the people met, and a people note’s client:, under the account', () => {
    const kestrel = graph.accounts.find((a) => a.name === 'Kestrel Labs');
    expect(kestrel?.people).toEqual(['Ana Souza', 'Bob Reyes', 'Dana Lee']);
    expect(graph.accounts.map((a) => a.name)).not.toContain('N/A');
  });
});
