import { describe, expect, it } from 'vitest';
import { classifyHeading, readHeading, setextLevel } from '../../../src/core/parse/sections';
import { parseNote } from '../../../src/core/parse/index';

describe('headings', () => {
  it.each([
    ['# Title', 1, 'Title'],
    ['###### Deep', 6, 'Deep'],
    ['   ## Indented', 2, 'Indented'],
    ['## Closed ##', 2, 'Closed'],
    ['## C# tips', 2, 'C# tips'],
    ['#', 1, ''],
  ])('%s', (line, level, text) => {
    expect(readHeading(line)).toEqual({ level, text });
  });

  it.each(['#tag at start', '####### seven', '    # code indent', 'text # not'])('%s is not a heading', (line) => {
    expect(readHeading(line)).toBeNull();
  });

  it('setext underlines', () => {
    expect(setextLevel('====')).toBe(1);
    expect(setextLevel('---')).toBe(2);
    expect(setextLevel('- item')).toBeNull();
  });
});

describe('heading kinds, whatever the wording', () => {
  it.each([
    ['Summary', 'summary'],
    ['📝 Summary', 'summary'],
    ['TL;DR', 'summary'],
    ['Action Items', 'actions'],
    ['Action items', 'actions'],
    ['2. Action items:', 'actions'],
    ['✅ Next steps', 'actions'],
    ['To-dos', 'actions'],
    ['TODOs', 'actions'],
    ['Follow-ups', 'followups'],
    ['Follow up', 'followups'],
    ['Decisions', 'decisions'],
    ['Decisions made', 'decisions'],
    ['Key Decisions', 'decisions'],
    ['Key Information', 'facts'],
    ['Key facts learned', 'facts'],
    ['Key facts', 'facts'],
    ['Notes', 'facts'],
    ['Facts', 'facts'],
    ['Outcomes', 'outcomes'],
    ['Risks', 'risks'],
    ['Risks & blockers', 'risks'],
    ['Risks / Blockers', 'risks'],
    ['Open questions', 'questions'],
    ['❓ Questions', 'questions'],
    ['Related', 'related'],
    ['Links', 'related'],
    ['Transcript', 'transcript'],
    ['Transcript (auto)', 'transcript'],
    ['Suggested next steps', 'actions'],
    ['Immediate next steps', 'actions'],
    ['Action items and owners', 'actions'],
    ['Next Steps & Owners', 'actions'],
    ['Agreements', 'decisions'],
    ['Decisions & agreements', 'decisions'],
    ['Decisions and next steps', 'decisions'],
    ['Takeaways & action items', 'facts'],
    ['Challenges', 'risks'],
    ['Unanswered questions', 'questions'],
    ['Questions to follow up on', 'questions'],
    ['Pricing and packaging', 'other'],
    ['1:1 with Ana Ruiz: notes on the roadmap', 'other'],
    ['Meeting notes for the summary deck', 'other'],
    ['Budget', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading).kind).toBe(kind);
  });

  it.each([
    ['Action items (for Ana Ruiz)', 'Ana Ruiz'],
    ['Action Items for Ben Okafor', 'Ben Okafor'],
    ['Next steps (for [[Ana Ruiz]])', 'Ana Ruiz'],
    ['Follow-ups (for @Ben Okafor)', 'Ben Okafor'],
    ['Action items', null],
  ])('%s is for %s', (heading, person) => {
    expect(classifyHeading(heading).forPerson).toBe(person);
  });

  // One person's list, written every way note-takers write it.
  it.each([
    ["Ana Ruiz's action items", 'actions', 'Ana Ruiz'],
    ['Ana Ruiz’s Next Steps:', 'actions', 'Ana Ruiz'],
    ["Ben's follow-ups", 'followups', 'Ben'],
    ["Zoë van der Berg's to-dos", 'actions', 'Zoë van der Berg'],
    ['Action items — Ana Ruiz', 'actions', 'Ana Ruiz'],
    ['Action Items - Ben Okafor', 'actions', 'Ben Okafor'],
    ['Next steps: Ana Ruiz', 'actions', 'Ana Ruiz'],
    ['Action items owned by Ben Okafor', 'actions', 'Ben Okafor'],
    ['Ben Okafor – Action Items', 'actions', 'Ben Okafor'],
    ['Follow-up items — Ana', 'followups', 'Ana'],
    ['Action Items (Ben Okafor)', 'actions', 'Ben Okafor'],
    ['Next steps ([[Ana Ruiz]])', 'actions', 'Ana Ruiz'],
  ])('%s → %s for %s', (heading, kind, person) => {
    expect(classifyHeading(heading)).toMatchObject({ kind, forPerson: person });
  });

  // A task list all the same, but nobody's in particular.
  it.each([
    ['Our action items', 'actions'],
    ['Team next steps', 'actions'],
    ['Action items - Q3 launch', 'actions'],
    ['Pricing workstream – Action items', 'actions'],
    ['Action items from the call', 'actions'],
    ['Next steps after the workshop', 'actions'],
    ['Decisions from today', 'decisions'],
    ['Action items (2)', 'actions'],
    ['Action items (this week)', 'actions'],
    ['Action items (Acme Corp)', 'actions'],
    ['Action items for next week', 'actions'],
    ['Action items for the customer', 'actions'],
  ])('%s → %s for no one', (heading, kind) => {
    expect(classifyHeading(heading)).toMatchObject({ kind, forPerson: null });
  });

  it.each(['Pricing - notes', 'Owner: Ben Okafor', 'Ben Okafor', 'For Ben Okafor'])('%s is no task list', (heading) => {
    expect(classifyHeading(heading).kind).not.toMatch(/actions|followups/);
  });
});

describe('sections in a note', () => {
  const text = [
    '# Weekly sync', // 1
    '', // 2
    '## Summary', // 3
    'We met.', // 4
    '## Action items (for Ana Ruiz)', // 5
    '- [ ] Send the deck', // 6
    '### Later', // 7
    '- [ ] Book travel', // 8
    '## Key Information', // 9
    '- Fact one', // 10
    '', // 11
    '---', // 12
    '', // 13
    '- Fact one again', // 14
    '## Decisions', // 15
    '- We go', // 16
  ].join('\n');
  const note = parseNote('n.md', text);

  it('lists every heading with its span, level and end', () => {
    expect(note.sections.map((s) => [s.heading, s.kind, s.level, s.line, s.endLine])).toEqual([
      ['Weekly sync', 'other', 1, 1, 16],
      ['Summary', 'summary', 2, 3, 4],
      ['Action items (for Ana Ruiz)', 'actions', 2, 5, 8],
      ['Later', 'other', 3, 7, 8],
      ['Key Information', 'facts', 2, 9, 14],
      ['Decisions', 'decisions', 2, 15, 16],
    ]);
    const actions = note.sections[2];
    expect(text.slice(actions.start, actions.end)).toBe('## Action items (for Ana Ruiz)');
    expect(text.slice(actions.contentEnd).startsWith('## Key Information')).toBe(true);
    expect(note.sections[0].contentEnd).toBe(text.length);
  });

  it('a sub-heading of no kind inherits its parent’s kind and person', () => {
    expect(note.tasks[1]).toMatchObject({ text: 'Book travel', section: 'actions', sectionHeading: 'Later', sectionFor: 'Ana Ruiz' });
  });

  it('a --- inside a section keeps the section’s kind', () => {
    expect(note.items.filter((i) => i.kind === 'fact').map((i) => i.line)).toEqual([10, 14]);
  });

  it('the level-1 title passes no kind down', () => {
    const n = parseNote('n.md', '# Notes\n## Attendance\n- Ana\n');
    expect(n.items[0].section).toBe('other');
  });

  it('setext headings open sections', () => {
    const n = parseNote('n.md', 'Decisions\n---------\n- Ship it\n');
    expect(n.sections[0]).toMatchObject({ heading: 'Decisions', kind: 'decisions', line: 1 });
    expect(n.items[0].kind).toBe('decision');
  });

  it('headings inside code fences are not sections', () => {
    const n = parseNote('n.md', '## Summary\n```\n## Decisions\n- not an item\n```\n');
    expect(n.sections.map((s) => s.heading)).toEqual(['Summary']);
    expect(n.items).toEqual([]);
  });
});

describe('the last section', () => {
  it.each([
    ['with a final line break', '# Call\n## Related\n- [[A]]\n- [[B]]\n'],
    ['without one', '# Call\n## Related\n- [[A]]\n- [[B]]'],
    ['with CRLF', '# Call\r\n## Related\r\n- [[A]]\r\n- [[B]]\r\n'],
  ])('ends on the note’s last line, %s', (_name, text) => {
    expect(parseNote('n.md', text).sections.map((s) => [s.heading, s.endLine])).toEqual([
      ['Call', 4],
      ['Related', 4],
    ]);
  });
});

describe('bold lines as headings, the way Fireflies lays out action items', () => {
  const note = parseNote(
    'n.md',
    ['# Renewal', '', '**Action Items**', '', '**Ana Ruiz**', '- Send the pricing', '', '**Ben Okafor**', '- Return the redlines', '', '**Outline**', '- Chapter 1: pricing', ''].join('\n'),
  );

  it('a bold name heads that person’s items, still action items, until the next name', () => {
    expect(note.items.map((i) => [i.text, i.section, i.sectionHeading])).toEqual([
      ['Send the pricing', 'actions', 'Ana Ruiz'],
      ['Return the redlines', 'actions', 'Ben Okafor'],
      ['Chapter 1: pricing', 'other', 'Outline'],
    ]);
  });

  it('another bold line standing alone ends the action items', () => {
    expect(note.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Renewal', 'other'],
      ['Action Items', 'actions'],
      ['Ana Ruiz', 'other'],
      ['Ben Okafor', 'other'],
      ['Outline', 'other'],
    ]);
  });
});

describe('callouts as sections', () => {
  const note = parseNote(
    'n.md',
    [
      '# Sync',
      '',
      '> [!todo] Action items',
      '> - [ ] Send the deck @Ana Ruiz',
      '> - Book the room',
      '',
      '- a bullet after the callout',
      '',
      '## Notes',
      '> [!warning]',
      '> - The timeline slips',
      '- a note',
      '> [!quote] Someone said',
      '> - quoted',
      '',
    ].join('\n'),
  );

  it('a callout’s lines are a section of the kind its title names, else its type', () => {
    expect(note.tasks.map((t) => [t.text, t.section])).toEqual([['Send the deck', 'actions']]);
    expect(note.items.map((i) => [i.text, i.kind, i.section])).toEqual([
      ['Book the room', 'other', 'actions'],
      ['a bullet after the callout', 'other', 'other'],
      ['The timeline slips', 'risk', 'risks'],
      ['a note', 'fact', 'facts'],
      ['quoted', 'fact', 'facts'],
    ]);
  });

  it('ends with its `>` lines, and the section around it goes on', () => {
    expect(note.sections.map((s) => [s.heading, s.kind, s.line, s.endLine])).toEqual([
      ['Sync', 'other', 1, 14],
      ['Action items', 'actions', 3, 5],
      ['Notes', 'facts', 9, 14],
      ['warning', 'risks', 10, 11],
      ['Someone said', 'other', 13, 14],
    ]);
  });
});
