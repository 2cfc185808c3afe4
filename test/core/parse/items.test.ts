import { describe, expect, it } from 'vitest';
import { indentWidth, itemKindFor, LIST_ITEM, ListDepth, readListItem } from '../../../src/core/parse/items';
import { parseNote } from '../../../src/core/parse/index';

describe('item kinds by section', () => {
  it.each([
    ['decisions', 'decision'],
    ['facts', 'fact'],
    ['outcomes', 'outcome'],
    ['risks', 'risk'],
    ['questions', 'question'],
    ['summary', 'summary'],
    ['related', 'related'],
    ['actions', 'other'],
    ['other', 'other'],
  ] as const)('%s → %s', (section, kind) => {
    expect(itemKindFor(section)).toBe(kind);
  });
});

describe('indentation', () => {
  it('tabs count to the next stop of four', () => {
    expect(indentWidth('\t')).toBe(4);
    expect(indentWidth('  \t')).toBe(4);
    expect(indentWidth('> ')).toBe(2);
  });

  it('depth follows open items', () => {
    const d = new ListDepth();
    expect(['', '  ', '    ', '  ', ''].map((p) => d.depthOf(p))).toEqual([0, 1, 2, 1, 0]);
  });
});

describe('bullets in a note', () => {
  const text = [
    '## Decisions', // 1
    '- We ship in May', // 2
    '* Budget is [[Plan|approved]]', // 3
    '1. Numbered decision', // 4
    '-', // 5
    '## Open questions', // 6
    '- Who owns the', // 7
    '  migration?', // 8
    '', // 9
    '    and when?', // 10
    '', // 11
    'A paragraph.', // 12
    '- Next question', // 13
    'lazy continuation', // 14
    '## Risks & blockers', // 15
    '> - Quoted risk', // 16
  ].join('\n');
  const note = parseNote('n.md', text);

  it('each bullet with its kind, section and text', () => {
    expect(note.items.map((i) => [i.line, i.kind, i.section, i.text])).toEqual([
      [2, 'decision', 'decisions', 'We ship in May'],
      [3, 'decision', 'decisions', 'Budget is [[Plan|approved]]'],
      [4, 'decision', 'decisions', 'Numbered decision'],
      [7, 'question', 'questions', 'Who owns the migration? and when?'],
      [13, 'question', 'questions', 'Next question lazy continuation'],
      [16, 'risk', 'risks', 'Quoted risk'],
    ]);
  });

  it('spans cover the item’s lines as stored', () => {
    const q = note.items[3];
    expect(text.slice(q.start, q.end)).toBe('- Who owns the\n  migration?\n\n    and when?');
    expect(note.items[0].sectionHeading).toBe('Decisions');
  });
});

describe('readListItem agrees with LIST_ITEM', () => {
  it.each([
    '- a',
    '-',
    '-a',
    '--- ',
    '* b',
    '+\tc',
    '1. d',
    '1) e',
    '1234567890. too long',
    '12.f',
    '   - indented',
    '\t> > - quoted',
    '> quote',
    '**bold**',
    '',
    '- [ ] task',
    '7.',
  ])('%j', (line) => {
    const m = LIST_ITEM.exec(line);
    const r = readListItem(line);
    expect(r === null).toBe(m === null);
    if (m && r) expect([r.prefix, r.content]).toEqual([m[1], m[3] ?? '']);
  });
});

describe('a label says what a bullet is, whatever its section', () => {
  const items = (body: string) => parseNote('n.md', body).items.map((i) => [i.kind, i.text, i.action ?? false]);

  it.each([
    ['- Decision: move the launch to March', 'decision', 'move the launch to March'],
    ['- **Decision:** use the EU region', 'decision', 'use the EU region'],
    ['- **Decided**: drop feature X', 'decision', 'drop feature X'],
    ['- Agreed: weekly syncs on Monday', 'decision', 'weekly syncs on Monday'],
    ['- Risk: the timeline slips', 'risk', 'the timeline slips'],
    ['- Blocker: no sandbox access', 'risk', 'no sandbox access'],
    ['- Open question: who owns billing?', 'question', 'who owns billing?'],
    ['- Q: is SSO included?', 'question', 'is SSO included?'],
    ['- FYI: the CFO joins next time', 'fact', 'the CFO joins next time'],
    ['- Outcome: pilot approved', 'outcome', 'pilot approved'],
  ])('%s', (line, kind, text) => {
    expect(items(`## Notes\n${line}\n`)).toEqual([[kind, text, false]]);
  });

  it('an action label marks the bullet as an action item', () => {
    expect(items('## Notes\n- Action: send the deck\n- TODO: book the room\n- Next step: agree the scope\n- To do: chase legal\n')).toEqual([
      ['other', 'send the deck', true],
      ['other', 'book the room', true],
      ['other', 'agree the scope', true],
      ['other', 'chase legal', true],
    ]);
  });

  it('leaves bullets whose first words are not a label', () => {
    expect(items('## Notes\n- Q3: revenue up 10%\n- AI: budget approved for the pilot\n- Note: bring the contract\n- Decisions were postponed: no quorum\n- The risk is small\n')).toEqual([
      ['fact', 'Q3: revenue up 10%', false],
      ['fact', 'AI: budget approved for the pilot', false],
      ['fact', 'Note: bring the contract', false],
      ['fact', 'Decisions were postponed: no quorum', false],
      ['fact', 'The risk is small', false],
    ]);
  });
});
