/**
 * Notes the way meeting tools and people write them, beyond the seed shapes: plain-text
 * summaries, pasted bullets, date lines, template leftovers in the body, tables, other
 * transcript exports and frontmatter in other places and languages. Invented content.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';

const note = (lines: string[], path = 'Meetings/note.md') => parseNote(path, lines.join('\n'));
const kinds = (n: ReturnType<typeof note>) => n.sections.map((s) => `${s.kind}:${s.heading}`);

describe('headings written without markup', () => {
  it('a plain line that names a section after a blank line heads it (Zoom and Teams plain-text summaries)', () => {
    const n = note([
      'Meeting summary for Q2 planning',
      '',
      'Quick recap',
      '',
      'The team went through the plan.',
      '',
      'Next steps',
      '',
      '- Maya will send the budget sheet.',
      '- Tom will confirm headcount.',
      '',
      'Summary',
      '',
      'Budget review',
      'The team reviewed the budget.',
    ]);
    expect(kinds(n)).toEqual(['summary:Quick recap', 'actions:Next steps', 'summary:Summary']);
    expect(n.items.filter((i) => i.section === 'actions').map((i) => i.text)).toEqual(['Maya will send the budget sheet.', 'Tom will confirm headcount.']);
  });

  it('`Action items:` over a list in a hand-written note', () => {
    const n = note(['# Ravi 1:1', '', '- Feeling stretched.', '', 'Action items:', '- [ ] Ravi to take PTO next week']);
    expect(n.tasks[0].section).toBe('actions');
    expect(n.items[0].section).toBe('other');
  });

  it('a sentence, a line inside a paragraph or a label with a value is no heading', () => {
    const n = note(['# Sync', '', 'We agreed on the next steps for the pilot.', 'Decisions', '', 'Decisions: none yet', '', 'Summary of the pilot budget for the next quarter, for finance']);
    expect(kinds(n)).toEqual(['other:Sync']);
  });

  it('underlined, it stays a setext heading of its level', () => {
    const n = note(['Action Items', '---', '- [ ] Send it']);
    expect(n.sections.map((s) => [s.kind, s.level])).toEqual([['actions', 2]]);
  });
});

describe('the meeting date on a line of its own', () => {
  it('reads `Mar 11, 2025` and `Tue, Mar 4, 2025 10:02 AM • 32:15` under the title', () => {
    expect(note(['# 📝 Notes', '', 'Mar 11, 2025', '', '## Summary', 'x']).date).toBe('2025-03-11');
    expect(note(['# Weekly sync', '', 'Tue, Mar 4, 2025 10:02 AM • 32:15', '', '## Summary']).date).toBe('2025-03-04');
    expect(note(['# Sync', '2025-03-04 14:00 CET', '## Summary']).date).toBe('2025-03-04');
  });

  it('a sentence mentioning a day, or a date line below the first section, is not the date', () => {
    expect(note(['# Sync', '', 'Mar 11, 2025 was the launch day we missed.', '## Summary']).date).toBeNull();
    expect(note(['# Sync', '## Summary', '', 'Mar 11, 2025']).date).toBeNull();
  });

  it('Notion’s `Created:` property and Granola’s `created_at` give the date when nothing else does', () => {
    expect(note(['# Kickoff', '', 'Created: March 13, 2025 2:15 PM', 'Attendees: Maya Lindqvist, Tom Baker', '', '## Agenda']).date).toBe('2025-03-13');
    expect(note(['---', 'title: Coffee', 'created_at: 2025-03-12T09:30:00.000Z', '---', '### Next steps']).date).toBe('2025-03-12');
    expect(note(['---', 'created_at: 2025-03-12', '---', '**Date**: 2025-03-14']).date).toBe('2025-03-14');
  });
});

describe('template placeholders in the body', () => {
  it('a title heading holding one is reported and not taken as the title', () => {
    const n = note(['---', 'type: meeting', '---', '# Meeting <% tp.file.title %>', '## Notes'], 'Meetings/Sync.md');
    expect(n.title).toBeNull();
    expect(n.problems).toEqual([expect.objectContaining({ kind: 'template-leftover', line: 4 })]);
    const weekly = note(['# Week {{date:ww}}', '## Tasks']);
    expect(weekly.title).toBeNull();
    expect(weekly.problems.map((p) => p.kind)).toEqual(['template-leftover']);
  });

  it('a meta line holding one is reported and gives nothing', () => {
    const n = note(['# Sync', '**Date**: {{date:YYYY-MM-DD}}', '**With**: <% tp.system.prompt("Who?") %>'], 'Meetings/2025-03-01 Sync.md');
    expect(n.date).toBe('2025-03-01');
    expect(n.participants).toEqual([]);
    expect(n.problems.map((p) => [p.kind, p.line])).toEqual([
      ['template-leftover', 2],
      ['template-leftover', 3],
    ]);
  });
});

describe('bullets pasted from elsewhere', () => {
  it('•, ◦ and ▪ are list markers, nested by indent', () => {
    const n = note(['## Next steps', '• Maya will send the budget sheet.', '  ◦ by Friday', '▪ Tom will confirm headcount.', '•not a bullet']);
    expect(n.items.map((i) => [i.text, i.indent, i.section])).toEqual([
      ['Maya will send the budget sheet.', 0, 'actions'],
      ['by Friday', 1, 'actions'],
      ['Tom will confirm headcount. •not a bullet', 0, 'actions'],
    ]);
  });

  it('a checkbox after a pasted bullet is a task', () => {
    expect(note(['## Action items', '• [ ] Send the deck @Ana Ruiz']).tasks.map((t) => [t.text, t.assignee])).toEqual([['Send the deck', 'Ana Ruiz']]);
  });
});

describe('tables of items', () => {
  const n = note([
    '## Action Items',
    '',
    '| Owner | Action | Due |',
    '|-------|:-------|-----|',
    '| Maya Lindqvist | Send revised quote | 2025-03-20 |',
    '| @Tom Baker, Ravi Shah | Book pilot kickoff | Friday |',
    '| | | |',
    '| TBD | Draft the [[Pilot plan\\|plan]] | — |',
    '',
    '## Decisions',
    '',
    'Decision | Rationale',
    '--- | ---',
    'Use vendor A | Cheaper',
    '',
    '## Pilot plan',
    '',
    '| Task | Owner | Status |',
    '| --- | --- | --- |',
    '| Renew the licence | Ravi Shah | Done |',
    '| Book the venue | Ana Ruiz | Open |',
    '',
    '| Region | Sites |',
    '| --- | --- |',
    '| North | 12 |',
  ]);

  it('an action row reads as the task line it stands for: owner and due date as a task’s', () => {
    expect(n.items.filter((i) => i.section === 'actions').map((i) => [i.line, i.kind, i.text])).toEqual([
      [5, 'other', 'Send revised quote 📅 2025-03-20 @Maya Lindqvist'],
      [6, 'other', 'Book pilot kickoff by Friday @Tom Baker'],
      [8, 'other', 'Draft the [[Pilot plan|plan]]'],
    ]);
  });

  it('a decision row keeps its other cells; a table the header names is read in any section; a done row is an outcome', () => {
    expect(n.items.filter((i) => i.section !== 'actions').map((i) => [i.line, i.kind, i.text, i.action ?? false])).toEqual([
      [14, 'decision', 'Use vendor A — Cheaper', false],
      [20, 'outcome', 'Renew the licence', false],
      [21, 'other', 'Book the venue @Ana Ruiz', true],
    ]);
  });

  it('a row spans its line; a table of no items gives nothing; no header, no table', () => {
    const row = n.items[0];
    expect(n.sections.length).toBe(3);
    expect([row.start, row.end]).toEqual([n.items[0].start, n.items[0].start + '| Maya Lindqvist | Send revised quote | 2025-03-20 |'.length]);
    expect(note(['## Decisions', '| a | b |', '- x']).items.map((i) => i.text)).toEqual(['x']);
  });
});

describe('action items as plain lines under a name (Fireflies)', () => {
  it('each line under a bold name is one of their action items, until the next heading', () => {
    const n = note(['## Action Items', '', '**Maya Lindqvist**', 'Send revised quote (05:32)', 'Loop in legal (12:10)', '', '**Tom Baker**', 'Book pilot kickoff (20:01)', '', '## Notes', 'Plain prose here.']);
    expect(n.items.map((i) => [i.line, i.section, i.sectionHeading, i.text])).toEqual([
      [4, 'actions', 'Maya Lindqvist', 'Send revised quote (05:32)'],
      [5, 'actions', 'Maya Lindqvist', 'Loop in legal (12:10)'],
      [8, 'actions', 'Tom Baker', 'Book pilot kickoff (20:01)'],
    ]);
  });

  it('prose under the action items heading itself stays prose', () => {
    expect(note(['## Next steps', 'We meet again after the pilot.']).items).toEqual([]);
  });
});

describe('transcripts as other tools export them', () => {
  const lines = (n: ReturnType<typeof note>) => n.transcript?.lines.map((l) => [l.line, l.timestamp, l.seconds, l.source, l.text]) ?? null;

  it('Zoom’s saved transcript: `[Name] 10:02:15`, the words below', () => {
    const n = note(['## Transcript', '', '[Ana Ruiz] 10:02:15', 'Good morning.', '', '[Bo Li] 10:02:20', 'Hi Ana.', 'How was the trip?']);
    expect(lines(n)).toEqual([
      [3, '10:02:15', 36135, 'Ana Ruiz', 'Good morning.'],
      [6, '10:02:20', 36140, 'Bo Li', 'Hi Ana. How was the trip?'],
    ]);
  });

  it('Google Meet: a stamp heading over `**Name:** words` lines, which open no section', () => {
    const n = note(['# 📖 Transcript', '', '### 00:00:00', '', '**Ana Ruiz:** Good morning.', 'Bo Li: Hi Ana.', '', '### 00:01:10', '', '**Ana Ruiz:** Next topic.', '', '## Action items', '- [ ] x']);
    expect(lines(n)).toEqual([
      [5, '00:00:00', 0, 'Ana Ruiz', 'Good morning.'],
      [6, '00:00:00', 0, 'Bo Li', 'Hi Ana.'],
      [10, '00:01:10', 70, 'Ana Ruiz', 'Next topic.'],
    ]);
    expect(n.sections.map((s) => s.kind)).toEqual(['transcript', 'actions']);
  });

  it('a stamp heading outside a transcript is a heading as any other', () => {
    const n = note(['## Agenda', '### 10:00', '- Intros']);
    expect(n.sections.map((s) => s.heading)).toEqual(['Agenda', '10:00']);
    expect(n.transcript).toBeNull();
  });

  it('a start marker inside an open block is no words of the transcript', () => {
    const n = note(['<!-- ai:transcript:start -->', '[00:00:01.00] zoom.us : Hello there', '<!-- ai:transcript:start -->', '[00:00:05.00] zoom.us : Hi', '<!-- ai:transcript:end -->']);
    expect(n.transcript?.lines.map((l) => l.text)).toEqual(['Hello there', 'Hi']);
    expect(n.transcript?.endLine).toBe(5);
  });
});

describe('frontmatter elsewhere and in TOML', () => {
  it('a block below blank lines is read, reported on its line, and its lines stay its own', () => {
    const n = note(['', '', '---', 'type: people', 'date: 2025-03-19', 'participants: [Ana Ruiz]', '---', '# Late', '## Action Items', '- [ ] x']);
    expect([n.type, n.date, n.participants, n.title]).toEqual(['people', '2025-03-19', ['Ana Ruiz'], 'Late']);
    expect(n.problems.map((p) => [p.kind, p.line])).toEqual([['yaml', 3]]);
    expect(n.frontmatter?.endLine).toBe(7);
    expect(n.tasks[0].line).toBe(10);
  });

  it('a placeholder in it keeps its line', () => {
    const n = note(['', '---', 'created: {{date}}', 'type: people', '---']);
    expect(n.problems.map((p) => [p.kind, p.line])).toEqual([
      ['yaml', 2],
      ['template-leftover', 3],
    ]);
  });

  it('a rule after a blank line is no frontmatter', () => {
    const n = note(['', '---', 'Some text here', '', '## Decisions', '- Ship it', '---', 'More']);
    expect(n.frontmatter).toBeNull();
    expect(n.problems).toEqual([]);
    expect(n.items.map((i) => i.kind)).toEqual(['decision']);
  });

  it('TOML between +++ lines: strings, dates, arrays over several lines; a table and what follows left out', () => {
    const n = note([
      '+++',
      'title = "Pelican kickoff"',
      'date = 2025-03-17T10:00:00Z',
      "type = 'customer' # from the template",
      'participants = [',
      '  "Ana Ruiz",',
      '  "Bo Li",',
      ']',
      'draft = true',
      'created = "{{date}}"',
      'weird line',
      '[params]',
      'account = "Not this"',
      '+++',
      '## Action Items',
      '- [ ] Send it',
    ]);
    expect([n.title, n.date, n.type, n.participants, n.account]).toEqual(['Pelican kickoff', '2025-03-17', 'customer', ['Ana Ruiz', 'Bo Li'], null]);
    expect(n.frontmatter?.data.draft).toBe(true);
    expect(n.problems.map((p) => [p.kind, p.line])).toEqual([
      ['yaml', 11],
      ['template-leftover', 10],
    ]);
    expect(n.tasks[0].line).toBe(16);
  });

  it('an unclosed +++ is reported and read as text', () => {
    const n = note(['+++', 'title = "x"', '## Action Items', '- [ ] Send it']);
    expect(n.problems.map((p) => p.kind)).toEqual(['unterminated-frontmatter']);
    expect(n.tasks).toHaveLength(1);
  });
});

describe('more heading wordings', () => {
  it('a summary named for how it was made, and what was learned', () => {
    const n = note(['## AI Summary', 'x', '## AI-generated summary', 'x', '## What we learned', '- a', '## Lessons learned', '- b']);
    expect(n.sections.map((s) => s.kind)).toEqual(['summary', 'summary', 'facts', 'facts']);
  });
});
