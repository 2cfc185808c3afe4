import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml, SimpleYamlError } from '../../../src/core/parse/simple-yaml';

/** What gray-matter (js-yaml) makes of the same block, dates as YYYY-MM-DD. */
function viaGrayMatter(block: string): unknown {
  const data = matter(`---\n${block}\n---\n`, { engines: {} }).data as Record<string, unknown>;
  return JSON.parse(JSON.stringify(data, (_k, v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v)));
}

function simple(block: string) {
  return readSimpleYaml(block.split('\n').map((text) => ({ text })));
}

describe('agrees with gray-matter on flat frontmatter', () => {
  it.each([
    'type: people\ntitle: 1:1 with Ana Ruiz, intro call\ndate: 2025-09-16',
    'type: "people"\ndate: "2025-09-16"\nperson: ""\nparticipants: ["Ana Ruiz", "Ben Okafor"]',
    "date: '2025-09-16'\nparticipants:\n- Ana Ruiz\n- Ben Okafor\nsource: transcript",
    'tags:\n  - "type/people"\n  - "person/"\n  - generated\n',
    'tags: [meeting, "1-1"]\nai_extracted: true\nduration_min: 30\nneg: -4\nzero: 0\nempty:\nnothing: null\ntilde: ~',
    "quote: 'it''s fine'\ncounterpart: \"[[Ana Ruiz]]\"\nseries: 1-1/Ana Ruiz\nurl: https://example.com/a?b=c",
    'title: Ana’s plan — Q3 “draft”\ncompany: Crème brûlée & Co\nlist: []',
    'created: <% tp.date.now() %>\ntitle: 2025 plan and budget',
  ])('%s', (block) => {
    expect(simple(block)).toEqual(viaGrayMatter(block));
  });

  it('braced placeholders are kept as text (the frontmatter drops them either way)', () => {
    expect(simple('created: { { DATE } }\ntype: x')).toEqual({ created: '{ { DATE } }', type: 'x' });
  });
});

describe('hands anything else to gray-matter', () => {
  it.each([
    ['nested mapping', 'a:\n  b: 1'],
    ['multi-line scalar', 'source_ref: Inbox/a\n  b.md'],
    ['escapes', 'title: "a\\tb"'],
    ['comment', 'title: a # note'],
    ['comment line', '# hello\ntype: x'],
    ['anchor', 'a: &x 1'],
    ['block scalar', 'a: |\n  text'],
    ['float', 'a: 1.5'],
    ['timestamp with time', 'a: 2025-01-01 10:00:00'],
    ['impossible date', 'a: 2025-02-30'],
    ['octal-looking', 'a: 0123'],
    ['duplicate key', 'a: 1\na: 2'],
    ['flow mapping', 'a: {b: 1}'],
    ['nested flow list', 'a: [[b]]'],
    ['tab indent', '\t- a'],
    ['list without a key', '- a'],
  ])('%s', (_name, block) => {
    expect(simple(block)).toBeNull();
  });
});

describe('certain errors are reported without a full parse', () => {
  it('an unquoted value holding ": "', () => {
    const r = simple('type: people\ntitle: 1:1 with Ana Ruiz: roadmap');
    expect(r).toBeInstanceOf(SimpleYamlError);
    expect((r as SimpleYamlError).index).toBe(1);
    expect((r as SimpleYamlError).reason).toContain('“title”');
    expect(() => matter('---\ntype: people\ntitle: 1:1 with Ana Ruiz: roadmap\n---\n', {})).toThrow();
  });
});
