import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, type Report } from '../../../src/core/parse/frontmatter';
import type { Problem } from '../../../src/core/model';

function read(text: string, bom = 0) {
  const problems: Omit<Problem, 'path'>[] = [];
  const report: Report = (kind, line, message) => problems.push({ kind, line, message });
  const result = readFrontmatter(text, bom, report);
  return { ...result, problems };
}

describe('finding the block', () => {
  it('no frontmatter', () => {
    const r = read('# Title\n\ntext\n');
    expect(r.info).toBeNull();
    expect(r.bodyStart).toBe(0);
    expect(r.problems).toEqual([]);
  });

  it('four dashes are a thematic break, not frontmatter', () => {
    expect(read('----\ntype: x\n----\n').info).toBeNull();
  });

  it('spans from the first --- to past the closing line break', () => {
    const text = '---\ntype: people\n---\n# T\n';
    const r = read(text);
    expect(r.info).toMatchObject({ start: 0, end: 21, endLine: 3, fallback: false, data: { type: 'people' } });
    expect(text.slice(r.bodyStart)).toBe('# T\n');
    expect(r.bodyLine).toBe(4);
  });

  it('CRLF and a BOM', () => {
    const text = '\uFEFF---\r\ntype: customer\r\ndate: 2025-01-02\r\n---\r\nBody\r\n';
    const r = read(text, 1);
    expect(r.info?.data).toEqual({ type: 'customer', date: '2025-01-02' });
    expect(r.info?.start).toBe(1);
    expect(text.slice(r.bodyStart)).toBe('Body\r\n');
  });

  it('an empty block', () => {
    expect(read('---\n---\nbody').info?.data).toEqual({});
  });
});

describe('values', () => {
  it('normalises js-yaml dates to YYYY-MM-DD, everywhere', () => {
    const r = read('---\ndate: 2025-09-16\nwhen: 2025-09-16 10:30:00\nlist:\n  - 2025-01-02\nnested:\n  at: 2024-02-29\n---\n');
    expect(r.info?.data).toEqual({ date: '2025-09-16', when: '2025-09-16', list: ['2025-01-02'], nested: { at: '2024-02-29' } });
  });

  it('keeps lists and quoted strings', () => {
    const r = read('---\nparticipants: ["Ana Ruiz", "Ben Okafor"]\ntags:\n  - "type/people"\n  - generated\n---\n');
    expect(r.info?.data).toEqual({ participants: ['Ana Ruiz', 'Ben Okafor'], tags: ['type/people', 'generated'] });
  });
});

describe('code frontmatter is never run', () => {
  it.each(['js', 'javascript', 'coffee'])('---%s is refused and reported', (lang) => {
    (globalThis as Record<string, unknown>).__ran = false;
    const r = read(`---${lang}\n{ type: (globalThis.__ran = true, 'x') }\n---\nbody\n`);
    expect((globalThis as Record<string, unknown>).__ran).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: 'frontmatter-code', line: 1 });
    expect(r.info?.data).toEqual({});
    expect(r.bodyLine).toBe(4);
  });

  it('gray-matter keeps no cache of what we parse', () => {
    const before = Object.keys((matter as unknown as { cache: object }).cache).length;
    read('---\ntitle: "Quarterly review: numbers"\nx: [1\n---\n');
    read('---\na: 1\n  b: 2\n---\n');
    expect(Object.keys((matter as unknown as { cache: object }).cache).length).toBe(before);
  });
});

describe('template leftovers', () => {
  it('{ { DATE } } is reported with its line and offsets and left out', () => {
    const text = '---\ntype: "1-1"\ncreated: { { DATE } }\nstatus: done\n---\n';
    const r = read(text);
    expect(r.info?.data).toEqual({ type: '1-1', status: 'done' });
    expect(r.info?.leftovers).toEqual([{ key: 'created', line: 3, start: 25, end: 37, raw: '{ { DATE } }' }]);
    expect(text.slice(25, 37)).toBe('{ { DATE } }');
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'template-leftover', line: 3 })]);
    expect(r.problems[0].message).toContain('created');
  });

  it.each([
    ['date: {{date}}', 'date', '{{date}}'],
    ['date: "{{date:YYYY-MM-DD}}"', 'date', '"{{date:YYYY-MM-DD}}"'],
    ['created: <% tp.date.now() %>', 'created', '<% tp.date.now() %>'],
    ["title: 'Weekly {{title}}'", 'title', "'Weekly {{title}}'"],
  ])('%s', (line, key, raw) => {
    const r = read(`---\ntype: people\n${line}\n---\n`);
    expect(r.info?.data).toEqual({ type: 'people' });
    expect(r.info?.leftovers).toEqual([expect.objectContaining({ key, line: 3, raw })]);
    expect(r.problems.map((p) => p.kind)).toEqual(['template-leftover']);
  });

  it('a leftover inside a list is dropped from the list', () => {
    const r = read('---\naliases:\n  - Ana\n  - "{{alias}}"\n---\n');
    expect(r.info?.data).toEqual({ aliases: ['Ana'] });
    expect(r.info?.leftovers[0]).toMatchObject({ key: 'aliases', line: 4 });
  });

  it('a comment mentioning a placeholder is not a leftover', () => {
    expect(read('---\n# fill {{date}} later\ntype: x\n---\n').info?.leftovers).toEqual([]);
  });
});

describe('broken YAML: the line-based fallback', () => {
  it('reports the line and still reads the fields', () => {
    const text = [
      '---',
      'type: customer',
      'title: Quarterly review: numbers and plans',
      'date: 2025-03-04',
      'participants: [Ana Ruiz, "Ben Okafor"]',
      'account: "[[Northwind]]"',
      'counterpart: "[[Ana Ruiz]]"',
      'person: Ana Ruiz',
      'source_ref: /Users/sam.lee/Notes/x.md',
      'series: 1-1/Ana Ruiz',
      'aliases:',
      '  - Annie',
      '---',
      '',
    ].join('\n');
    const r = read(text);
    expect(r.info?.fallback).toBe(true);
    expect(r.info?.data).toMatchObject({
      type: 'customer',
      title: 'Quarterly review: numbers and plans',
      date: '2025-03-04',
      participants: ['Ana Ruiz', 'Ben Okafor'],
      account: '[[Northwind]]',
      counterpart: '[[Ana Ruiz]]',
      person: 'Ana Ruiz',
      source_ref: '/Users/sam.lee/Notes/x.md',
      series: '1-1/Ana Ruiz',
      aliases: ['Annie'],
    });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: 'yaml', line: 3 });
    expect(r.problems[0].message).toMatch(/^Frontmatter YAML could not be read at line 3: .*; type, date and participants were read line by line instead\.$/);
  });

  it('a js-yaml error carries its line, offset by the frontmatter start', () => {
    const r = read('---\ntype: people\ndate: 2025-01-01\nowner: Ana\n  team: Sales\n---\n');
    expect(r.problems[0]).toMatchObject({ kind: 'yaml', line: 5 });
    expect(r.info?.data).toMatchObject({ type: 'people', date: '2025-01-01' });
  });

  it('an unclosed flow list still gives the other fields', () => {
    const r = read('---\r\ntype: people\r\nparticipants: [Ana, Ben\r\ndate: 2025-01-01\r\n---\r\n');
    expect(r.problems[0].kind).toBe('yaml');
    expect(r.info?.data).toMatchObject({ type: 'people', date: '2025-01-01' });
  });

  it('duplicate keys fall back to the line reading', () => {
    const r = read('---\ntype: a\ntype: b\n---\n');
    expect(r.problems[0].kind).toBe('yaml');
    expect(r.info?.fallback).toBe(true);
  });

  it('leftovers are left out of the fallback too', () => {
    const r = read('---\ntitle: A: B\ncreated: {{date}}\n---\n');
    expect(r.info?.data).toEqual({ title: 'A: B' });
    expect(r.problems.map((p) => p.kind).sort()).toEqual(['template-leftover', 'yaml']);
  });

  it('an unsupported language is reported, not thrown', () => {
    const r = read('---toml\ntype = "x"\n---\n');
    expect(r.problems[0]).toMatchObject({ kind: 'yaml', line: 1 });
  });

  it('a frontmatter that is not key: value pairs', () => {
    const r = read('---\n- a\n- b\n---\n');
    expect(r.problems[0].kind).toBe('yaml');
    expect(r.info?.data).toEqual({});
  });
});

describe('unterminated frontmatter', () => {
  it('is reported; its key: value lines are still read', () => {
    const text = '---\ntype: people\ndate: 2025-05-06\n\n# Title\n- item\n';
    const r = read(text);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'unterminated-frontmatter', line: 1 })]);
    expect(r.info).toMatchObject({ fallback: true, endLine: 3, data: { type: 'people', date: '2025-05-06' } });
    expect(text.slice(r.bodyStart)).toBe('\n# Title\n- item\n');
  });

  it('a leading --- with no field under it is a horizontal rule, not a problem', () => {
    const r = read('---\n# Title\n');
    expect(r.problems).toEqual([]);
    expect(r.info).toBeNull();
    expect(r.bodyStart).toBe(0);
  });
});

describe('a block closed by `...` (YAML end of document)', () => {
  it('is closed there, not reported as unterminated', () => {
    const text = '---\ntype: customer\ndate: 2025-10-20\n...\n# Title\n';
    const r = read(text);
    expect(r.problems).toEqual([]);
    expect(r.info).toMatchObject({ fallback: false, endLine: 4, data: { type: 'customer', date: '2025-10-20' } });
    expect(text.slice(r.bodyStart)).toBe('# Title\n');
  });

  it('with CRLF, trailing spaces, and a block only gray-matter reads (nested values)', () => {
    const text = '---\r\ntype: customer\r\nmeeting:\r\n  room: Blue\r\n...  \r\nBody\r\n';
    const r = read(text);
    expect(r.problems).toEqual([]);
    expect(r.info?.data).toEqual({ type: 'customer', meeting: { room: 'Blue' } });
    expect(text.slice(r.bodyStart)).toBe('Body\r\n');
  });

  it('a `---` rule followed by prose and an ellipsis line is no frontmatter', () => {
    const r = read('---\nWe talked about the plan.\n...\nMore later.\n');
    expect(r.info).toBeNull();
    expect(r.problems).toEqual([]);
  });

  it('the first closing line wins, whichever it is', () => {
    const r = read('---\ntype: people\n---\n...\n');
    expect(r.info?.endLine).toBe(3);
  });
});
