/**
 * The note's own fields written in the other places tools and templates put them: nested in a
 * frontmatter mapping, as Dataview inline fields in the body, and as the mail links Google Meet's
 * notes (Gemini) list the invited with. Invented people and companies.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import { readMeta } from '../../../src/core/parse/meta';
import { asName, splitNames } from '../../../src/core/parse/values';

const note = (lines: string[], path = 'Meetings/sync.md') => parseNote(path, lines.join('\n'));

describe('fields nested in a meeting mapping in the frontmatter', () => {
  it('a flow mapping: `meeting: {type: customer, attendees: [...]}`', () => {
    const n = note(['---', 'meeting: {type: customer, date: 2025-10-20, attendees: [Ana Ruiz, "[[Bo Li]]"], account: Northwind}', '---', '# Sync']);
    expect([n.type, n.date, n.participants, n.account]).toEqual(['customer', '2025-10-20', ['Ana Ruiz', 'Bo Li'], 'Northwind']);
  });

  it('a block mapping, attendees as mappings with a name and an address', () => {
    const n = note([
      '---',
      'title: Quarterly review',
      'Meeting:',
      '  Type: customer',
      '  date: 2025-10-20',
      '  attendees:',
      '    - name: Ana Ruiz',
      '      email: ana@northwind.example',
      '    - name: Bo Li',
      '---',
      '# Quarterly review',
    ]);
    expect([n.type, n.date, n.participants, n.title]).toEqual(['customer', '2025-10-20', ['Ana Ruiz', 'Bo Li'], 'Quarterly review']);
  });

  it('other keys naming the meeting or its metadata: event, zoom_meeting, metadata', () => {
    expect(note(['---', 'event:', '  participants: [Ana Ruiz]', '---']).participants).toEqual(['Ana Ruiz']);
    expect(note(['---', 'zoom_meeting:', '  type: 1-1', '---']).type).toBe('1-1');
    expect(note(['---', 'metadata: {type: people}', '---']).type).toBe('people');
  });

  it('the top level wins over a nested field', () => {
    const n = note(['---', 'type: people', 'meeting: {type: customer, attendees: [Cleo Park]}', '---']);
    expect(n.type).toBe('people');
    expect(n.participants).toEqual(['Cleo Park']);
  });

  it('a mapping describing something else is not read for the note’s fields', () => {
    const n = note(['---', 'source: {type: transcript, date: 2024-01-01}', 'project: {type: internal}', '---']);
    expect(n.type).toBeNull();
    expect(n.date).toBeNull();
  });

  it('a nested date that is no day is reported on its line', () => {
    const n = note(['---', 'meeting:', '  date: soon', '---']);
    expect(n.date).toBeNull();
    expect(n.problems).toEqual([expect.objectContaining({ kind: 'unreadable-date', line: 3 })]);
  });
});

describe('Dataview inline fields in the body', () => {
  it('`type::` and `participants::` under the title', () => {
    const n = note(['# Sync', 'type:: customer', 'participants:: [[Ana Ruiz]], [[Bo Li]]', '', '## Summary', 'x']);
    expect(n.type).toBe('customer');
    expect(n.participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });

  it('below the first section too, as Dataview reads them anywhere', () => {
    const n = note(['# Sync', '## Details', 'Type:: 1-1', 'Attendees:: Ana Ruiz, Bo Li', 'Date:: 2025-10-20', 'Account:: [[Northwind]]', '## Summary', '- x']);
    expect([n.type, n.participants, n.date, n.account]).toEqual(['1-1', ['Ana Ruiz', 'Bo Li'], '2025-10-20', 'Northwind']);
    expect(n.items.map((i) => i.text)).toEqual(['x']);
  });

  it('the frontmatter’s type wins; a plain `Type: …` line is prose, not the type', () => {
    expect(note(['---', 'type: people', '---', 'type:: customer']).type).toBe('people');
    expect(note(['# Sync', 'Type: whatever comes to mind', '## Summary']).type).toBeNull();
    expect(readMeta('Type: customer', true)).toBeNull();
    expect(readMeta('type:: customer', false)).toEqual({ key: 'type', value: 'customer' });
    expect(readMeta('**Type**: customer', false)).toEqual({ key: 'type', value: 'customer' });
  });

  it('a single-colon label below the first section is still prose', () => {
    const n = note(['# Sync', '## Summary', 'Attendees: everyone was late']);
    expect(n.participants).toEqual([]);
  });
});

describe('the invited as mail links (Google Meet notes by Gemini)', () => {
  it('`Invited [Ana Ruiz](mailto:…) [Bo Li](mailto:…)`, even under the meeting’s heading', () => {
    const n = note([
      '# 📝 Notes',
      '',
      'Oct 20, 2025',
      '',
      '## Weekly sync',
      '',
      'Invited [Ana Ruiz](mailto:ana@northwind.example) [Bo Li](mailto:bo@northwind.example) [cleo@northwind.example](mailto:cleo@northwind.example)  ',
      '',
      'Attachments [Weekly sync](https://docs.example.com/d/1)',
      '',
      '### Summary',
      'We went through the plan.',
    ]);
    expect(n.participants).toEqual(['Ana Ruiz', 'Bo Li', 'cleo@northwind.example']);
    expect(n.date).toBe('2025-10-20');
  });

  it('`Attendees: [Name](mailto:…)` with commas, bold, or below the first section', () => {
    expect(note(['# Sync', 'Attendees: [Ana Ruiz](mailto:ana@x.example), [Bo Li](mailto:bo@x.example)']).participants).toEqual(['Ana Ruiz', 'Bo Li']);
    expect(note(['# Sync', '## Notes', '**Invited**: [Ana Ruiz](mailto:ana@x.example) and [Bo Li](mailto:bo@x.example)']).participants).toEqual(['Ana Ruiz', 'Bo Li']);
    expect(note(['# Sync', '## Notes', 'Attendees: [Ana Ruiz](mailto:ana@x.example)']).participants).toEqual(['Ana Ruiz']);
  });

  it('a sentence with a mail link, or a key that names no one, is no list of people', () => {
    expect(note(['# Sync', '## Notes', 'Write to [Ana Ruiz](mailto:ana@x.example) about it']).participants).toEqual([]);
    expect(note(['# Sync', '## Notes', 'Support [help desk](mailto:help@x.example)']).participants).toEqual([]);
  });

  it('a name written as a mail link keeps only the name', () => {
    expect(asName('[Ana Ruiz](mailto:ana@x.example)')).toBe('Ana Ruiz');
    expect(splitNames('[Ana Ruiz](mailto:ana@x.example) [Bo Li](mailto:bo@x.example)')).toEqual(['Ana Ruiz', 'Bo Li']);
    expect(note(['---', 'attendees: ["[Ana Ruiz](mailto:ana@x.example)"]', '---']).participants).toEqual(['Ana Ruiz']);
  });
});
