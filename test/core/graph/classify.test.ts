import { describe, expect, it } from 'vitest';
import { buildGraph, classify } from '../../../src/core/graph/build';
import { parseNote } from '../../../src/core/parse/index';

const role = (path: string, text: string) => classify(parseNote(path, text), {});

describe('people and company notes outside their folders', () => {
  it('a tag says what a note is', () => {
    expect(role('Notes/Bo Li.md', '---\ntags: [person]\n---\n# Bo Li\n')).toBe('person');
    expect(role('Notes/Bo Li.md', '---\ntags: contact\ncreated: 2024-01-05\n---\n# Bo Li\n')).toBe('person');
    expect(role('Notes/Acme.md', '---\ntags: ["#company"]\n---\n# Acme\n')).toBe('company');
  });

  it('a note named like a person that lists aliases is that person’s note', () => {
    expect(role('Contacts/Ana Ruiz.md', '---\naliases: [Annie]\n---\n# Ana Ruiz\n')).toBe('person');
    expect(role('Topics/Kubernetes.md', '---\naliases: [k8s]\n---\n# Kubernetes\n')).toBe('other');
    expect(role('Notes/Acme Labs.md', '---\naliases: [Acme]\n---\n# Acme Labs\n')).toBe('other');
  });

  it('a meeting stays a meeting, tags such as type/people or person/ notwithstanding', () => {
    expect(role('M/m.md', '---\ntype: people\ndate: 2025-10-03\ntags: [type/people, person/]\nparticipants: [Ana Ruiz]\n---\n# Sync\n')).toBe('meeting');
  });

  it('their aliases then resolve the names meetings write', () => {
    const graph = buildGraph(
      [
        { path: 'Contacts/Ana Ruiz.md', text: '---\naliases: [Annie]\n---\n# Ana Ruiz\n' },
        { path: 'Meetings/m.md', text: '---\ntype: customer\ndate: 2025-10-03\nparticipants: [Annie]\n---\n## Action items\n- [ ] Send the deck @Annie\n' },
      ],
      { owner: 'Sam Lee' },
    );
    expect(graph.tasks.map((t) => t.owner)).toEqual(['Ana Ruiz']);
  });
});

describe('notes with no date anywhere', () => {
  it('are meetings when they name who met or hold a list of action items', () => {
    expect(role('Notes/Acme kickoff.md', '# Acme kickoff\n**Attendees**: Ana Ruiz, Bo Li\n- Talked through the rollout\n')).toBe('meeting');
    expect(role('Notes/Acme kickoff.md', '# Acme kickoff\n## Action items\n- [ ] Send the deck @Ana Ruiz\n')).toBe('meeting');
    expect(role('Notes/Call.md', '---\ncounterpart: "[[Ana Ruiz]]"\n---\n# Call\n')).toBe('meeting');
  });

  it('are not when they only keep a to-do list of their own', () => {
    expect(role('Projects/Website.md', '# Website\n- [ ] Pick a theme\n- [ ] Move the blog\n')).toBe('other');
    expect(role('Topics/Kubernetes.md', '# Kubernetes\nNotes on the cluster.\n')).toBe('other');
  });

  it('count their tasks in the graph, undated', () => {
    const graph = buildGraph([{ path: 'Notes/Acme kickoff.md', text: '# Acme kickoff\n## Action items\n- [ ] Send the deck @Ana Ruiz\n' }], {});
    expect(graph.tasks.map((t) => [t.assignee, t.owner, t.dueResolved])).toEqual([['Ana Ruiz', 'Ana Ruiz', null]]);
    expect(graph.meetings).toHaveLength(1);
  });
});

describe('a note that gives itself no title', () => {
  it('is called by its file name in the graph, as Obsidian calls it', () => {
    const graph = buildGraph([{ path: 'Notes/2025-03-04 Acme kickoff.md', text: '---\ndate: 2025-03-04\nparticipants: [Ana Ruiz]\n---\n- [ ] Send the deck @Ana Ruiz\n' }], {});
    expect(graph.summaries.map((s) => s.title)).toEqual(['2025-03-04 Acme kickoff']);
  });
});
