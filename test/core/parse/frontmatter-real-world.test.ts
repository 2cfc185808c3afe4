/**
 * Frontmatter written the way real vaults write it: unquoted wikilinks (which
 * YAML reads as nested lists), timestamps with an offset, broken blocks read by
 * the line-based fallback, names with e-mail addresses, counts where names go.
 * Every person and company here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import { readMeta } from '../../../src/core/parse/meta';
import { asName, asNameList, stripName } from '../../../src/core/parse/values';

function parse(frontmatter: string, body = '# Notes\n') {
  return parseNote('Meetings/2025 sync.md', `---\n${frontmatter}---\n${body}`);
}

/** A first line YAML rejects (`: ` in a plain value), so the rest is read by the line-based fallback. */
const BROKEN = 'title: Sync: weekly\n';

describe('unquoted wikilinks, which YAML reads as a list inside a list', () => {
  it('keeps every attendee of a block list mixing bare and quoted links', () => {
    const note = parse('attendees:\n  - [[Ana Ruiz]]\n  - "[[Bo Li|Bo]]"\n');
    expect(note.participants).toEqual(['Ana Ruiz', 'Bo Li']);
    expect(note.frontmatter?.data.attendees).toEqual(['[[Ana Ruiz]]', '[[Bo Li|Bo]]']);
  });

  it('reads a flow list of bare links', () => {
    expect(parse('participants: [[[Ana Ruiz]], [[People/Bo Li|Bo]]]\n').participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });

  it('reads a flow list mixing plain names, quoted links and bare links', () => {
    expect(parse('participants: [Cleo Park, [[Ana Ruiz]], "[[Bo Li]]"]\n').participants).toEqual(['Cleo Park', 'Ana Ruiz', 'Bo Li']);
  });

  it('reads a bare link as a single value: counterpart, person, account, company', () => {
    expect(parse('counterpart: [[Dana Wu]]\n').counterpart).toBe('Dana Wu');
    expect(parse('counterpart: [[People/Dana Wu|Dana]]\n').counterpart).toBe('Dana Wu');
    expect(parse('person: [[Ana Ruiz]]\n').person).toBe('Ana Ruiz');
    expect(parse('account: [[Northwind Labs]]\n').account).toBe('Northwind Labs');
    expect(parse('company: [[Northwind Labs]]\n').account).toBe('Northwind Labs');
  });

  it('reads a bare link as the only item of a block list', () => {
    expect(parse('person:\n  - [[Ana Ruiz]]\n').person).toBe('Ana Ruiz');
    expect(parse('account:\n  - [[Northwind Labs]]\n  - [[Contoso]]\n').account).toBe('Northwind Labs');
    expect(parse('company:\n  - [[Northwind Labs]]\n').account).toBe('Northwind Labs');
  });

  it('keeps every alias', () => {
    expect(parse('aliases:\n  - [[Annie]]\n  - Ana\n').aliases).toEqual(['Annie', 'Ana']);
    expect(parse('aliases: [Ana, [[Annie]]]\n').aliases).toEqual(['Ana', 'Annie']);
  });

  it('reads keys written with a capital', () => {
    const note = parse('Type: people\nParticipants: [[Ana Ruiz]]\n');
    expect(note.participants).toEqual(['Ana Ruiz']);
  });

  it('keeps a link whose alias holds a comma whole', () => {
    expect(parse('participants:\n  - [[Ana Ruiz|Ruiz, Ana]]\n  - Bo Li\n').participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });

  it('reads a link to a daily note as the date', () => {
    const note = parse('date: [[2025-10-20]]\n');
    expect(note.date).toBe('2025-10-20');
    expect(note.problems).toEqual([]);
  });

  it('the same in a note with CRLF line breaks and a BOM', () => {
    const note = parseNote('a.md', '\uFEFF---\r\ntype: people\r\nattendees:\r\n  - [[Ana Ruiz]]\r\n  - Bo Li\r\ndate: 2025-10-20\r\n---\r\nBody\r\n');
    expect(note).toMatchObject({ type: 'people', date: '2025-10-20', participants: ['Ana Ruiz', 'Bo Li'] });
  });

  it('reads bare links in a flow list when the YAML is broken', () => {
    expect(parse(`${BROKEN}participants: [[[Ana Ruiz]], [[Bo Li|Bo]]]\n`).participants).toEqual(['Ana Ruiz', 'Bo Li']);
    expect(parse(`${BROKEN}participants: [ [[Ana Ruiz]], Bo Li ]\n`).participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });

  it('reads links separated by commas (invalid YAML) and reports the line', () => {
    const note = parse('type: people\nparticipants: [[Ana Ruiz]], [[Bo Li]]\n');
    expect(note.participants).toEqual(['Ana Ruiz', 'Bo Li']);
    expect(note.type).toBe('people');
    expect(note.problems).toMatchObject([{ kind: 'yaml', line: 3 }]);
  });
});

describe('lists inside lists and values that are not names', () => {
  it('flattens a list written inside a list item', () => {
    expect(parse('participants:\n  - [Ana Ruiz, Bo Li]\n  - Cleo Park\n').participants).toEqual(['Ana Ruiz', 'Bo Li', 'Cleo Park']);
  });

  it('a count of attendees or a flag is not a name', () => {
    expect(parse('attendees: 12\nparticipants: [Ana Ruiz]\n').participants).toEqual(['Ana Ruiz']);
    expect(parse('participants: [true, 7, Ana Ruiz]\n').participants).toEqual(['Ana Ruiz']);
  });

  it('reads attendees written as mappings: a name field, or a name with a role', () => {
    const note = parse('attendees:\n  - name: Ana Ruiz\n    email: ana@northwind.example\n  - Bo Li: PM\n');
    expect(note.participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });

  it('an empty value gives nothing, not an empty name', () => {
    const note = parse('type:\nparticipants:\ncounterpart: \ndate:\n');
    expect(note).toMatchObject({ type: null, participants: [], counterpart: null, date: null });
  });
});

describe('names written with an e-mail address', () => {
  it('keeps the name of “Name <address>” and “Name (address)”', () => {
    expect(parse('participants: [ana@northwind.example, "Bo Li <bo@northwind.example>"]\n').participants).toEqual([
      'ana@northwind.example',
      'Bo Li',
    ]);
    expect(parse('participants:\n  - Cleo Park (cleo@contoso.example)\n  - mailto:dev@contoso.example\n').participants).toEqual([
      'Cleo Park',
      'dev@contoso.example',
    ]);
  });

  it('also in a comma list read by the fallback', () => {
    expect(parse(`${BROKEN}participants: Bo Li <bo@northwind.example>, <ana@northwind.example>\n`).participants).toEqual([
      'Bo Li',
      'ana@northwind.example',
    ]);
  });

  it('leaves names and roles without an address alone', () => {
    expect(stripName('Ana Ruiz (PM)')).toBe('Ana Ruiz (PM)');
    expect(stripName('@Ana Ruiz')).toBe('Ana Ruiz');
    expect(stripName('[[People/Ana Ruiz|Ana]]')).toBe('Ana Ruiz');
  });
});

describe('dates and times', () => {
  it.each([
    ['2025-10-20T14:30', '2025-10-20'],
    ['2025-10-20 14:30', '2025-10-20'],
    ['2025-10-20 14:30:00', '2025-10-20'],
    ['2025-10-20T14:30:00Z', '2025-10-20'],
    ['"2025-10-20T14:30"', '2025-10-20'],
  ])('date: %s is %s', (written, day) => {
    expect(parse(`date: ${written}\n`).date).toBe(day);
  });

  it('a timestamp with an offset is the day written, not the day in UTC', () => {
    expect(parse('date: 2025-10-20T23:30:00-05:00\n').date).toBe('2025-10-20');
    expect(parse('date: 2025-10-20T01:30:00+05:00\n').date).toBe('2025-10-20');
    expect(parse('date: 2025-10-20 21:15:00 -07:00\n').date).toBe('2025-10-20');
  });

  it('the same for timestamps in lists and other keys', () => {
    const note = parse('created: 2025-10-19T22:00:00-04:00\nsessions:\n  - 2025-10-20T23:30:00-05:00\n  - 2025-10-21\n');
    expect(note.frontmatter?.data).toMatchObject({ created: '2025-10-19', sessions: ['2025-10-20', '2025-10-21'] });
    expect(note.date).toBe('2025-10-19');
  });
});

describe('broken blocks read line by line', () => {
  it('a tab-indented key is a key of its own, not the end of the previous value', () => {
    const note = parse(`${BROKEN}type: people\n\tdate: 2025-10-20\n`);
    expect(note.type).toBe('people');
    expect(note.date).toBe('2025-10-20');
  });

  it('a key indented with spaces under a value is a key of its own too', () => {
    const note = parse(`${BROKEN}type: people\n  date: 2025-10-20\n`);
    expect(note).toMatchObject({ type: 'people', date: '2025-10-20' });
  });

  it('a plain value continued on the next line is still joined', () => {
    expect(parse(`${BROKEN}summary: one\n  two three\ntype: people\n`).frontmatter?.data).toMatchObject({ summary: 'one two three', type: 'people' });
  });

  it('an unclosed quote is not part of the value', () => {
    const note = parse('type: "people\ndate: 2025-10-20\nparticipants: [Ana Ruiz]\n');
    expect(note).toMatchObject({ type: 'people', date: '2025-10-20', participants: ['Ana Ruiz'] });
    expect(note.problems).toMatchObject([{ kind: 'yaml' }]);
    expect(parse("title: 'Ana's sync\ntype: 1-1\n").title).toBe("Ana's sync");
  });

  it('an unclosed quote on a title does not swallow a tab-indented date', () => {
    const note = parse('type: people\ntitle: "Weekly sync\n\tdate: 2025-10-20\n');
    expect(note).toMatchObject({ type: 'people', title: 'Weekly sync', date: '2025-10-20' });
  });

  it('a quoted value running over two lines is joined without its quotes', () => {
    expect(parse(`${BROKEN}summary: "Long\n  text here"\ntype: people\n`).frontmatter?.data).toMatchObject({ summary: 'Long text here', type: 'people' });
  });

  it('a repeated key is reported; the later value wins, but an empty repeat erases nothing', () => {
    const later = parse('type: people\ndate: 2025-10-20\ndate: 2025-10-21\n');
    expect(later.date).toBe('2025-10-21');
    expect(later.problems).toMatchObject([{ kind: 'yaml', line: 4 }]);
    expect(parse('date: 2025-10-20\ntype: people\ndate:\n').date).toBe('2025-10-20');
  });

  it('an unterminated block keeps a tab-indented key', () => {
    const note = parseNote('a.md', '---\ntype: people\n\tdate: 2025-10-20\nparticipants:\n  - [[Ana Ruiz]]\n\n# Title\n');
    expect(note).toMatchObject({ type: 'people', date: '2025-10-20', participants: ['Ana Ruiz'] });
  });
});

describe('code frontmatter', () => {
  it.each(['js', 'javascript', 'JS'])('---%s is never run, even with a BOM and CRLF', (lang) => {
    const g = globalThis as Record<string, unknown>;
    g.__frontmatterRan = false;
    const note = parseNote('a.md', `\uFEFF---${lang}\r\n{ type: (globalThis.__frontmatterRan = true, "x") }\r\n---\r\n# T\r\n`);
    expect(g.__frontmatterRan).toBe(false);
    expect(note.type).toBeNull();
    expect(note.problems).toMatchObject([{ kind: 'frontmatter-code', line: 1 }]);
  });
});

describe('asNameList', () => {
  it('reads nested lists, mappings, links and comma lists, skipping what is not a name', () => {
    expect(asNameList(['[[Ana Ruiz]]', ['Bo Li', 'Cleo Park'], null, false, 3, { name: 'Dev Rao' }, 'Eli Moss, Fay Lund'])).toEqual([
      'Ana Ruiz',
      'Bo Li',
      'Cleo Park',
      'Dev Rao',
      'Eli Moss',
      'Fay Lund',
    ]);
    expect(asNameList(42)).toEqual([]);
    expect(asNameList(true)).toEqual([]);
  });
});

describe('meta lines under the title, the body’s frontmatter', () => {
  it('reads Dataview inline fields without taking their second colon for the value', () => {
    expect(readMeta('Attendees:: Ana Ruiz, Bo Li', true)).toEqual({ key: 'participants', value: 'Ana Ruiz, Bo Li' });
    expect(readMeta('**Account**:: [[Northwind Labs]]', false)).toEqual({ key: 'account', value: '[[Northwind Labs]]' });
    expect(parseNote('a.md', '# Sync\nAttendees:: Ana Ruiz, Bo Li\n').participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });

  it('reads a key with a count after it', () => {
    expect(readMeta('**Participants (3)**: Ana, Bo, Cleo', false)).toEqual({ key: 'participants', value: 'Ana, Bo, Cleo' });
    expect(readMeta('Attendees (2): Ana, Bo', true)).toEqual({ key: 'participants', value: 'Ana, Bo' });
  });

  it('a bold key alone on its line heads the list of names under it', () => {
    expect(parseNote('a.md', '# Sync\n**Attendees**\n- Ana Ruiz\n- [[Bo Li]]\n\n## Notes\n- a fact\n').participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });

  it('bold text that is not a key, or a key followed by more text, is no meta line', () => {
    expect(readMeta('**Summary**', true)).toBeNull();
    expect(readMeta('**Attendees** were late', true)).toBeNull();
  });

  it('“Who:” names the people met', () => {
    expect(parseNote('a.md', '# Sync\n**Who**: Ana Ruiz, Bo Li <bo@northwind.example>\n').participants).toEqual(['Ana Ruiz', 'Bo Li']);
  });
});

describe('asName', () => {
  it('reads one name from a link, a list or a mapping, keeping commas', () => {
    expect(asName('[[People/Dana Wu|Dana]]')).toBe('Dana Wu');
    expect(asName(['[[Northwind Labs]]', '[[Contoso]]'])).toBe('Northwind Labs');
    expect(asName([['Dana Wu']])).toBe('Dana Wu');
    expect(asName({ name: 'Dana Wu', email: 'dana@contoso.example' })).toBe('Dana Wu');
    expect(asName('Northwind, Inc.')).toBe('Northwind, Inc.');
    expect(asName('Bo Li <bo@northwind.example>')).toBe('Bo Li');
  });

  it('a number, a boolean, an empty value or a date is no name', () => {
    for (const v of [42, true, false, null, undefined, '', '  ', [], new Date(0)]) expect(asName(v)).toBeNull();
  });
});
