import { describe, expect, it } from 'vitest';
import { applyEdits, applyPlan, mergePlans, StaleTextError } from '../../src/core/edits';
import type { Edit } from '../../src/core/model';
import { hashText } from '../../src/core/text';

const edit = (start: number, end: number, replacement: string): Edit => ({ start, end, replacement, line: 1, kind: 'mojibake', reason: 'test' });

describe('applyEdits', () => {
  it('applies edits in any order and copies everything else as it is', () => {
    const text = '\uFEFFab\r\ncd\r\n';
    expect(applyEdits(text, [edit(6, 7, 'D'), edit(1, 2, 'A')])).toBe('\uFEFFAb\r\ncD\r\n');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abcdef', [edit(0, 3, 'x'), edit(2, 4, 'y')])).toThrow(/Overlapping/);
  });

  it('allows an insertion right where another edit ends', () => {
    expect(applyEdits('abc', [edit(0, 1, 'X'), edit(1, 1, '+')])).toBe('X+bc');
  });
});

describe('applyPlan', () => {
  it('refuses a text that is not the one the plan was made from', () => {
    const plan = { path: 'a.md', hash: hashText('abc'), edits: [edit(0, 1, 'X')] };
    expect(applyPlan('abc', plan)).toBe('Xbc');
    expect(() => applyPlan('abcd', plan)).toThrow(StaleTextError);
  });
});

describe('mergePlans', () => {
  it('keeps the first plan where two overlap', () => {
    const merged = mergePlans('a.md', 'h', [[edit(0, 4, '')], [edit(1, 2, 'x'), edit(5, 6, 'y')]]);
    expect(merged.edits.map((e) => e.replacement)).toEqual(['', 'y']);
  });
});
