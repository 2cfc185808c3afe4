/**
 * Lists and headings inside blockquotes and callouts: a quote holds a list and sections of its own,
 * measured after its `>` markers. Invented content.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import { ListDepth, quotedIndent, quote, unquoted } from '../../../src/core/parse/items';

const note = (lines: string[]) => parseNote('Meetings/quotes.md', lines.join('\n'));
const depths = (lines: string[]) => note(lines).tasks.map((t) => [t.description, t.indent]);

describe('nesting depth inside quotes and callouts', () => {
  it('is measured after the quote markers: a tab or four spaces after `> ` is one level down', () => {
    expect(depths(['## Notes', '> - [ ] a', '> \t- [ ] b', '>     - [ ] c', '> - [ ] d'])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['d', 0],
    ]);
  });

  it('inside a callout, two spaces after `> ` nest, and `>` with no space reads the same', () => {
    expect(depths(['> [!todo] Action items', '> - [ ] a', '>   - [ ] b', '>     - [ ] c', '>- [ ] d'])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 0],
    ]);
  });

  it('a quoted item right after a top-level item starts the quote’s own list at depth 0', () => {
    expect(depths(['## Notes', '- [ ] top', '> - [ ] quoted', '>   - [ ] under it', '- [ ] after'])).toEqual([
      ['top', 0],
      ['quoted', 0],
      ['under it', 1],
      ['after', 0],
    ]);
  });

  it('each quote level has its own list; going back out resumes the outer one', () => {
    expect(depths(['> - [ ] a', '>   - [ ] a1', '> > - [ ] inner', '>   - [ ] a2'])).toEqual([
      ['a', 0],
      ['a1', 1],
      ['inner', 0],
      ['a2', 1],
    ]);
  });

  it('bullets get the same depth as tasks', () => {
    const n = note(['## Decisions', '> - Ship on Friday', '> \t- because the demo is Monday']);
    expect(n.items.map((i) => [i.text, i.indent])).toEqual([
      ['Ship on Friday', 0],
      ['because the demo is Monday', 1],
    ]);
  });

  it('quotedIndent and unquoted read the markers and the optional space after each', () => {
    expect(quotedIndent('> \t- x', 3)).toBe(4);
    expect(quote.level).toBe(1);
    expect(quotedIndent('> >   - x', 6)).toBe(2);
    expect(quote.level).toBe(2);
    expect(unquoted('> > ## Decisions')).toBe('## Decisions');
    expect(unquoted('plain')).toBe('plain');
  });

  it('ListDepth without quotes is unchanged', () => {
    const d = new ListDepth();
    expect([d.depthOfWidth(0), d.depthOfWidth(2), d.depthOfWidth(4), d.depthOfWidth(2), d.depthOfWidth(0)]).toEqual([0, 1, 2, 1, 0]);
  });
});

describe('headings inside quotes and callouts', () => {
  it('`> ## Decisions` and `> **Action items**` are sections of the kind they name', () => {
    const n = note(['# Sync', '', '> ## Decisions', '> - We ship on Friday', '', '> **Action items**', '> - [ ] Send the deck @Ana Ruiz']);
    expect(n.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['other', 'Sync'],
      ['decisions', 'Decisions'],
      ['actions', 'Action items'],
    ]);
    expect(n.items.map((i) => [i.kind, i.text])).toEqual([['decision', 'We ship on Friday']]);
    expect(n.tasks.map((t) => [t.section, t.assignee])).toEqual([['actions', 'Ana Ruiz']]);
  });

  it('inside a callout, each heading is a section of its own inside it, and all end with the callout', () => {
    const n = note([
      '## Weekly call',
      '> [!note] Meeting notes',
      '> ### Decisions',
      '> - Keep the Tuesday slot',
      '> ### Next steps',
      '> - [ ] Book the room',
      '',
      '- [ ] Outside the callout',
    ]);
    expect(n.sections.map((s) => [s.kind, s.heading, s.line, s.endLine])).toEqual([
      ['other', 'Weekly call', 1, 8],
      ['other', 'Meeting notes', 2, 6],
      ['decisions', 'Decisions', 3, 4],
      ['actions', 'Next steps', 5, 6],
    ]);
    expect(n.items[0].kind).toBe('decision');
    expect(n.tasks.map((t) => t.section)).toEqual(['actions', 'other']);
  });

  it('a quoted heading line does not continue the bullet above it', () => {
    const n = note(['> - We ship on Friday', '> ## Action items', '> - [ ] Tell the team']);
    expect(n.items.map((i) => i.text)).toEqual(['We ship on Friday']);
    expect(n.tasks[0].section).toBe('actions');
  });

  it('a quoted line continuing a quoted bullet loses its `>`; a `>` line alone ends the paragraph', () => {
    const n = note(['## Decisions', '> - We ship on Friday', '> after the demo', '>', '> Unrelated quote']);
    expect(n.items.map((i) => i.text)).toEqual(['We ship on Friday after the demo']);
  });

  it('a quoted line does not continue an unquoted bullet', () => {
    const n = note(['## Decisions', '- We ship on Friday', '> a quote from the customer']);
    expect(n.items.map((i) => i.text)).toEqual(['We ship on Friday']);
  });

  it('a quoted `#tag` line or quoted prose is no heading', () => {
    const n = note(['## Summary', '> #followup', '> **Ana** said the decision is final']);
    expect(n.sections.map((s) => s.heading)).toEqual(['Summary']);
  });
});
