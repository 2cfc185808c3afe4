import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';

const NOTE = [
  '---',
  'type: customer',
  'title: Northwind renewal',
  'date: 2025-04-01',
  'account: "[[Northwind]]"',
  'participants: Ana Ruiz, [[Ben Okafor|Ben]]',
  'counterpart: "[[People/Ben Okafor]]"',
  'person: ""',
  'transcript_path: Inbox/t.txt',
  'series: Northwind weekly',
  'aliases: [NW renewal]',
  '---',
  '',
  '# Northwind renewal',
  '',
  '**With**: Ana Ruiz, Carla Diaz',
  '',
  '## Action Items',
  '- [ ] Send the quote @Ana Ruiz 📅 2025-04-08 ⏫ #task',
  '## Decisions',
  '- Renew for two years',
  '## Related',
  '- [[Northwind]]',
].join('\n');

describe('note fields', () => {
  const note = parseNote('Clients/2025-04-01 Northwind.md', NOTE);

  it('reads type, title, date, people, account and references', () => {
    expect(note).toMatchObject({
      path: 'Clients/2025-04-01 Northwind.md',
      type: 'customer',
      title: 'Northwind renewal',
      date: '2025-04-01',
      participants: ['Ana Ruiz', 'Ben Okafor', 'Carla Diaz'],
      person: null,
      counterpart: 'Ben Okafor',
      account: 'Northwind',
      sourceRef: 'Inbox/t.txt',
      series: 'Northwind weekly',
      aliases: ['NW renewal'],
      bom: false,
      eol: '\n',
      size: NOTE.length,
      problems: [],
    });
    expect(note.tasks).toHaveLength(1);
    expect(note.items.map((i) => i.kind)).toEqual(['decision', 'related']);
    expect(note.links.map((l) => [l.target, l.line])).toEqual([
      ['Northwind', 5],
      ['Ben Okafor', 6],
      ['People/Ben Okafor', 7],
      ['Northwind', 23],
    ]);
  });

  it('`company` stands in for `account`', () => {
    expect(parseNote('n.md', '---\ncompany: Contoso\n---\n').account).toBe('Contoso');
    expect(parseNote('n.md', '---\ncompany: ""\n---\n**Account**: [[Contoso]]\n').account).toBe('Contoso');
  });
});

describe('where the date comes from', () => {
  it.each([
    ['frontmatter date', '---\ndate: 2025-01-02\ncreated: 2024-01-01\n---\n# 2023-03-03 Sync\n**Date**: 2022-02-02\n', 'x.md', '2025-01-02'],
    ['**Date** line', '---\ntype: people\n---\n# 2023-03-03 Sync\n**Date**: 2022-02-02\n', 'x.md', '2022-02-02'],
    ['H1 title', '# Sync 2023-03-03\n', '2021-01-01 x.md', '2023-03-03'],
    ['file name', '# Sync\n', 'Meetings/2021-01-01 - Sync.md', '2021-01-01'],
    ['created', '---\ncreated: 2020-05-06\n---\n', 'x.md', '2020-05-06'],
    ['a leftover created is no date', '---\ncreated: { { DATE } }\n---\n', 'x.md', null],
    ['an impossible date is none', '# Sync 2023-02-30\n', 'x.md', null],
  ])('%s', (_name, text, path, date) => {
    expect(parseNote(path, text).date).toBe(date);
  });

  it('a quoted date and a js-yaml Date agree', () => {
    expect(parseNote('x.md', "---\ndate: '2025-09-16'\n---\n").date).toBe('2025-09-16');
    expect(parseNote('x.md', '---\ndate: 2025-09-16\nnested: {a: 1}\n---\n').date).toBe('2025-09-16');
  });
});

describe('participants', () => {
  it('as an array, a comma string, links and meta lines, de-duplicated in order', () => {
    const note = parseNote(
      'n.md',
      '---\nparticipants:\n  - "[[Ana Ruiz]]"\n  - Ben Okafor\nattendees: Çağla Yıldız\n---\n**Attendees**: ana ruiz, Cagla Yildiz, Dev Patel\n',
    );
    expect(note.participants).toEqual(['Ana Ruiz', 'Ben Okafor', 'Çağla Yıldız', 'Dev Patel']);
  });
});

describe('line endings, BOM and offsets', () => {
  it('CRLF with a BOM keeps offsets on the stored text', () => {
    const text = `\uFEFF${NOTE.split('\n').join('\r\n')}\r\n`;
    const note = parseNote('n.md', text);
    expect(note.bom).toBe(true);
    expect(note.eol).toBe('\r\n');
    expect(note.type).toBe('customer');
    const t = note.tasks[0];
    expect(t.line).toBe(19);
    expect(text.slice(t.start, t.end)).toBe('- [ ] Send the quote @Ana Ruiz 📅 2025-04-08 ⏫ #task');
    const d = note.items[0];
    expect(text.slice(d.start, d.end)).toBe('- Renew for two years');
    for (const s of note.sections) expect(text.charAt(s.start)).toBe('#');
    for (const l of note.links) expect(text.slice(l.start, l.start + 2)).toBe('[[');
  });

  it('a BOM on a note whose first line is a task', () => {
    const text = '\uFEFF- [ ] First';
    const t = parseNote('n.md', text).tasks[0];
    expect(t.start).toBe(1);
    expect(text.slice(t.start, t.end)).toBe('- [ ] First');
  });

  it('mixed line endings report the main one', () => {
    expect(parseNote('n.md', 'a\r\nb\r\nc\n').eol).toBe('\r\n');
    expect(parseNote('n.md', 'a\nb\nc\r\n').eol).toBe('\n');
  });

  it('a lone CR inside a line is kept as text', () => {
    const note = parseNote('n.md', '## Decisions\n- one\rtwo\n');
    expect(note.items[0].text).toBe('one\rtwo');
  });
});

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['only a BOM', '\uFEFF'],
    ['only whitespace', ' \n\t\r\n'],
  ])('%s → a Problem “empty”', (_name, text) => {
    const note = parseNote('n.md', text);
    expect(note.problems.map((p) => p.kind)).toEqual(['empty']);
    expect(note.tasks).toEqual([]);
  });

  it('no frontmatter at all', () => {
    const note = parseNote('n.md', '# Plain\n- [ ] a task\n');
    expect(note.frontmatter).toBeNull();
    expect(note.title).toBe('Plain');
    expect(note.tasks).toHaveLength(1);
    expect(note.problems).toEqual([]);
  });

  it('binary junk with NUL bytes is reported and not parsed', () => {
    const note = parseNote('img.md', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR- [ ] no');
    expect(note.problems).toEqual([expect.objectContaining({ kind: 'binary', line: null, path: 'img.md' })]);
    expect(note.tasks).toEqual([]);
    expect(note.sections).toEqual([]);
  });

  it('mostly control characters is binary too', () => {
    const junk = Array.from({ length: 300 }, (_v, i) => String.fromCharCode((i * 7) % 31 === 10 ? 1 : (i * 7) % 31)).join('');
    expect(parseNote('x.md', junk).problems.map((p) => p.kind)).toEqual(['binary']);
  });

  it('text with a few odd characters is not binary', () => {
    expect(parseNote('x.md', '# Note\nA bell \x07 rang once. Crème brûlée \uFFFD.\n').problems).toEqual([]);
  });

  it('a 5 MB note is parsed', () => {
    const block = '## Action Items\n- [ ] Call the supplier @Ana Ruiz 📅 2025-01-02 ⏫ #task\n## Decisions\n- Keep the plan\n\n';
    const text = `---\ntype: people\n---\n${block.repeat(Math.ceil(5_000_000 / block.length))}`;
    const note = parseNote('big.md', text);
    expect(note.size).toBeGreaterThanOrEqual(5_000_000);
    expect(note.tasks.length).toBe(Math.ceil(5_000_000 / block.length));
    expect(note.tasks.at(-1)?.due).toBe('2025-01-02');
    expect(note.problems).toEqual([]);
  });

  it('a note over the size limit is reported, not read', () => {
    const note = parseNote('big.md', 'x'.repeat(200), { maxSize: 100 });
    expect(note.problems.map((p) => p.kind)).toEqual(['too-large']);
  });

  it('an exception in a sub-parser becomes a Problem', () => {
    const note = parseNote('n.md', '## Action Items\n- [ ] CrÃ¨me 📅 2025-01-01\n## Decisions\n- Go\n', {
      fixLine: () => {
        throw new Error('codec exploded');
      },
    });
    expect(note.problems).toEqual([expect.objectContaining({ kind: 'read-error', line: null })]);
    expect(note.problems[0].message).toContain('codec exploded');
    expect(note.type).toBeNull();
  });

  it('never throws on hostile inputs', () => {
    const inputs = [
      '---',
      '---\n',
      '---\n---',
      '---js\n',
      '<!-- ai:transcript:start -->',
      '```',
      '- [',
      '- [ ]',
      '[[',
      '[[]]',
      '# ',
      '**Date**:',
      '\r\r\r',
      '\n\n\n---\n',
      '- [x] 📅',
      '- [ ] #',
      '- [ ] ^',
      '- [ ] @',
      '- [ ] [due:: ]',
      '---\n__proto__: x\nconstructor: y\n---\n',
      '---\n? complex\n: key\n---\n',
      '\uD800 lone surrogate',
      `- [ ] ${'🔺'.repeat(200)}`,
      `- [ ] ${'#a '.repeat(500)}`,
      `${'['.repeat(10000)}${']'.repeat(10000)}`,
      `- [ ] ${'@A '.repeat(2000)}`,
    ];
    for (const text of inputs) {
      expect(() => parseNote('h.md', text)).not.toThrow();
    }
    expect(parseNote('h.md', '---\n__proto__: x\n---\n').frontmatter?.data).not.toHaveProperty('polluted');
  });
});

describe('bold lines standing in for headings', () => {
  const text = [
    '# Weekly sync',
    '**Action Items:**',
    '- [ ] Send the SOW @Maya Chen',
    '**Decisions**',
    '- Go with the 3-year term.',
    '__Key facts__:',
    '- The budget is fixed.',
    '**With**: Maya Chen, Tom Reyes',
    '**Random bold remark**',
    '- Still a fact.',
    '## Risks',
    '- Legal may slow it down.',
  ].join('\n');
  const note = parseNote('b.md', text);

  it('open a section when their words name one', () => {
    expect(note.tasks[0].section).toBe('actions');
    expect(note.items.map((i) => [i.text, i.kind])).toEqual([
      ['Go with the 3-year term.', 'decision'],
      ['The budget is fixed.', 'fact'],
      ['Still a fact.', 'fact'],
      ['Legal may slow it down.', 'risk'],
    ]);
  });

  it('leave meta lines and other bold text alone', () => {
    expect(note.participants).toEqual(['Maya Chen', 'Tom Reyes']);
    expect(note.sections.map((s) => s.heading)).toEqual(['Weekly sync', 'Action Items', 'Decisions', 'Key facts', 'Risks']);
  });
});

describe('fields under other names and shapes', () => {
  it('reads the people in the meeting under people:, with:, present: and invitees: too', () => {
    for (const key of ['people', 'with', 'present', 'invitees']) {
      const note = parseNote('a.md', `---\ntype: people\n${key}:\n  - "[[Ana Ruiz]]"\n  - Bo Li\n---\n# Sync\n`);
      expect(note.participants).toEqual(['Ana Ruiz', 'Bo Li']);
    }
  });

  it('a number or a boolean is no person, counterpart or account', () => {
    const note = parseNote('a.md', '---\ntype: 1-1\ncounterpart: 42\nperson: true\naccount: 7\n---\n# Sync\n');
    expect(note).toMatchObject({ counterpart: null, person: null, account: null });
  });

  it('reads a Date: line written in words', () => {
    expect(parseNote('a.md', '# Sync\n\n**Date**: October 20, 2025\n').date).toBe('2025-10-20');
    expect(parseNote('a.md', '# Sync\n\nDate: 20 Oct 2025\n').date).toBe('2025-10-20');
  });
});

describe('two people joined by "and" or "&"', () => {
  it.each([
    ['participants: Ana Ruiz and Bo Li', ['Ana Ruiz', 'Bo Li']],
    ['participants: "Ana Ruiz, Bo Li & Chen Wei"', ['Ana Ruiz', 'Bo Li', 'Chen Wei']],
    ['participants: [Procter & Gamble, Research and Development]', ['Procter & Gamble', 'Research and Development']],
  ])('%s', (line, names) => {
    expect(parseNote('a.md', `---\n${line}\n---\n# Sync\n`).participants).toEqual(names);
  });
});

describe('a date in the file name or folders, written in figures', () => {
  it.each([
    ['2025.10.20 Sync.md', '2025-10-20'],
    ['20251020 Sync.md', '2025-10-20'],
    ['Sync 2025_10_20.md', '2025-10-20'],
    ['Sync 10-20-2025.md', '2025-10-20'],
    ['Sync 20.10.2025.md', '2025-10-20'],
    ['Meetings/2025/10/20/sync.md', '2025-10-20'],
  ])('%s → %s', (path, date) => {
    expect(parseNote(path, '## Notes\n- x\n').date).toBe(date);
  });

  it.each(['Sync 05-06-2025.md', 'Ticket 12345678.md', 'Room 2025 plan.md', '2025_13_01.md'])('%s gives none (either reading, or no day)', (path) => {
    expect(parseNote(path, '## Notes\n- x\n').date).toBeNull();
  });
});
