import { describe, expect, it } from 'vitest';
import { displayLinks, findLinks, splitLink } from '../../../src/core/parse/links';
import type { Link } from '../../../src/core/model';

describe('splitting a link', () => {
  it.each([
    ['Ana Ruiz', { target: 'Ana Ruiz', alias: null, heading: null, blockRef: null }],
    ['People/Ana Ruiz|Ana', { target: 'People/Ana Ruiz', alias: 'Ana', heading: null, blockRef: null }],
    ['Plan#Budget', { target: 'Plan', alias: null, heading: 'Budget', blockRef: null }],
    ['Plan#Budget#Q3', { target: 'Plan', alias: null, heading: 'Budget#Q3', blockRef: null }],
    ['Plan#^abc123', { target: 'Plan', alias: null, heading: null, blockRef: 'abc123' }],
    ['Plan#Budget^abc|B', { target: 'Plan', alias: 'B', heading: 'Budget', blockRef: 'abc' }],
    ['Plan^abc', { target: 'Plan', alias: null, heading: null, blockRef: 'abc' }],
    ['#Local heading', { target: '', alias: null, heading: 'Local heading', blockRef: null }],
    ['Table\\|escaped', { target: 'Table', alias: 'escaped', heading: null, blockRef: null }],
  ])('[[%s]]', (inner, parts) => {
    expect(splitLink(inner)).toEqual(parts);
  });
});

describe('finding links on a line', () => {
  it('gives spans in the text and tells embeds', () => {
    const line = 'See [[Ana Ruiz|Ana]] and ![[diagram.png]] then [[Plan#Q3]].';
    const out: Link[] = [];
    findLinks(line, 100, 7, out);
    expect(out.map((l) => [l.target, l.alias, l.embed, line.slice(l.start - 100, l.end - 100), l.line])).toEqual([
      ['Ana Ruiz', 'Ana', false, '[[Ana Ruiz|Ana]]', 7],
      ['diagram.png', null, true, '![[diagram.png]]', 7],
      ['Plan', null, false, '[[Plan#Q3]]', 7],
    ]);
  });

  it('skips links in inline code and empty links', () => {
    const out: Link[] = [];
    findLinks('`[[not a link]]` and [[]] and [[Real]]', 0, 1, out);
    expect(out.map((l) => l.target)).toEqual(['Real']);
  });
});

describe('display text', () => {
  it('shows links as Obsidian does', () => {
    expect(displayLinks('[[A|b]], [[Notes/C]], [[D#E]], [[#F]]')).toBe('b, Notes/C, D > E, F');
  });
});
