import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';

const lines = (...l: string[]) => l.join('\n');

describe('action items nested under a bullet naming their owner (Fathom, Fireflies)', () => {
  const text = lines(
    '---',
    'type: customer',
    'date: 2026-05-14',
    'participants: [Ingrid Halvorsen, Marco Bellini]',
    '---',
    '## Action Items',
    '- **Marco Bellini**',
    '  - Send updated pricing [WATCH @ 12:31](https://fathom.video/share/abc?timestamp=751)',
    '    - include the SSO add-on',
    '  - [ ] Loop in security',
    '- Ingrid Halvorsen:',
    '  - Confirm the procurement contact',
    '- **Pricing**',
    '  - Check the discount table',
    '- Plan the renewal kickoff',
    '  - with the whole team',
    '',
  );
  const graph = buildGraph([{ path: 'Meetings/renewal.md', text }], {});
  const tasks = graph.tasks.map((t) => [t.line, t.text, t.owner]);

  it('reads each item one level under the name as that person’s, and the name bullet as no task', () => {
    expect(tasks).toEqual([
      [10, 'Loop in security', 'Marco Bellini'],
      [8, 'Send updated pricing', 'Marco Bellini'],
      [12, 'Confirm the procurement contact', 'Ingrid Halvorsen'],
      [14, 'Check the discount table', null],
      [15, 'Plan the renewal kickoff', null],
    ]);
  });
});

describe('a dated note whose action items are plain bullets', () => {
  it('is a meeting note, though it names no participants and ticks no checkbox', () => {
    const text = lines('# Design review', '**Date:** 12 Feb 2026', '', '## Action items', '- Prototype the two-step flow by February 20.', '');
    const graph = buildGraph([{ path: 'design review.md', text }], {});
    expect(graph.meetings.map((m) => m.date)).toEqual(['2026-02-12']);
    expect(graph.tasks.map((t) => [t.text, t.dueResolved])).toEqual([['Prototype the two-step flow by February 20.', '2026-02-20']]);
  });

  it('is not one when it has neither actions nor people', () => {
    const text = lines('# Reading list', '**Date:** 12 Feb 2026', '', '## Notes', '- A book on pricing.', '');
    expect(buildGraph([{ path: 'reading.md', text }], {}).meetings).toEqual([]);
  });
});

describe('speakers named in a transcript', () => {
  const text = lines(
    '---',
    'title: Product council',
    'date: 2026-02-17',
    '---',
    '## Action Items',
    '- [ ] Share the revised timeline - Nadia Petrova',
    '- [ ] Follow up with legal on the DPA (Owen)',
    '',
    '## Transcript',
    '',
    'Nadia Petrova  0:02',
    'Okay, let us kick off.',
    '',
    'Owen Brooks  0:10',
    'Quick update on search.',
    '',
    'zoom.us  0:40',
    'Recording stopped.',
    '',
    'Nadia Petrova  1:05',
    'Thanks Owen.',
    '',
  );
  const graph = buildGraph([{ path: 'council.md', text }], {});

  it('are people met, with their talk time, though the participants leave them out', () => {
    expect(graph.people.map((p) => [p.name, p.talkSeconds])).toEqual([
      ['Nadia Petrova', 9],
      ['Owen Brooks', 30],
    ]);
  });

  it('let a first name in a task resolve to the speaker of that name', () => {
    expect(graph.tasks.map((t) => t.owner)).toEqual(['Nadia Petrova', 'Owen Brooks']);
  });
});

describe('a name and a colon leading a task', () => {
  const text = lines(
    '---',
    'date: 2026-03-10',
    'participants: [Hana Sato, Ben Koenig]',
    '---',
    '## Action items',
    '- [ ] Hana Sato: schedule the security review',
    '- [ ] **Ben Koenig**: confirm the SSO provider',
    '- [ ] **Pricing Page**: update the hero copy',
    '- [ ] Contract Renewal: send the draft',
    '',
  );
  const graph = buildGraph([{ path: 'sync.md', text }], {});

  it('owns the task when it names someone known', () => {
    expect(graph.tasks.map((t) => t.owner)).toEqual(['Hana Sato', 'Ben Koenig', null, null]);
  });

  it('never makes a person of a topic written the same way', () => {
    expect(graph.people.map((p) => p.name)).toEqual(['Ben Koenig', 'Hana Sato']);
  });
});

describe('speakers as participants', () => {
  it('are among the meeting’s people and the note’s, though its list leaves them out', () => {
    const text = lines('---', 'date: 2026-02-17', 'participants: [Nadia Petrova]', '---', '## Transcript', '', 'Nadia Petrova  0:02', 'Hello.', '', 'Owen Brooks  0:10', 'Hi.', '', 'zoom.us  0:20', 'Recording stopped.', '');
    const graph = buildGraph([{ path: 'council.md', text }], {});
    expect(graph.meetings.map((m) => m.participants)).toEqual([['Nadia Petrova', 'Owen Brooks']]);
    expect(graph.summaries.map((s) => s.participants)).toEqual([['Nadia Petrova', 'Owen Brooks']]);
  });
});

describe('two notes of one day that share a word or two', () => {
  it('stay two meetings when content is all that could join them', () => {
    const a = lines('---', 'date: 2026-01-05', 'participants: [Ana Ruiz, Bo Chen]', '---', '- [ ] Task @Ana Ruiz', '');
    const b = lines('---', 'date: 2026-01-05', '---', '- [ ] BOM task', '');
    const graph = buildGraph([{ path: 'a.md', text: a }, { path: 'b.md', text: b }], {});
    expect(graph.meetings.map((m) => m.notes)).toEqual([['a.md'], ['b.md']]);
  });
});

describe('due dates over several days', () => {
  it('keep their first and last day, and the earlier day asked for beside a deadline', () => {
    const text = lines('---', 'date: 2026-10-20', 'participants: [Ana Ruiz]', '---', '## Action items', '- [ ] Review the contract between Nov 3 and Nov 7 @Ana Ruiz', '- [ ] Send the deck Friday, or Monday at the latest @Ana Ruiz', '- [ ] Book the room @Ana Ruiz 📅 2026-10-22', '');
    const tasks = buildGraph([{ path: 'a.md', text }], {}).tasks;
    expect(tasks.map((t) => [t.dueResolved, t.dueRange ?? null, t.duePreferred ?? null])).toEqual([
      ['2026-11-07', { first: '2026-11-03', last: '2026-11-07' }, null],
      ['2026-10-26', null, '2026-10-23'],
      ['2026-10-22', null, null],
    ]);
  });
});
