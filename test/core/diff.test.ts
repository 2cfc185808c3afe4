import { describe, expect, it } from 'vitest';
import { previewEdits, unifiedDiff } from '../../src/core/diff';
import type { Edit } from '../../src/core/model';

const edit = (start: number, end: number, replacement: string, line = 1): Edit => ({ start, end, replacement, line, kind: 'mojibake', reason: 'why' });

describe('unifiedDiff', () => {
  const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].join('\n') + '\n';

  it('is empty without edits', () => {
    expect(unifiedDiff('n.md', text, [])).toBe('');
  });

  it('shows a changed line with three lines of context', () => {
    const at = text.indexOf('f');
    const out = unifiedDiff('n.md', text, [edit(at, at + 1, 'F')]);
    expect(out).toBe(['--- a/n.md', '+++ b/n.md', '@@ -3,7 +3,7 @@', ' c', ' d', ' e', '-f', '+F', ' g', ' h', ' i', ''].join('\n'));
  });

  it('shows a removed whole line', () => {
    const at = text.indexOf('b');
    const out = unifiedDiff('n.md', text, [edit(at, at + 2, '')]);
    expect(out).toContain('@@ -1,5 +1,4 @@');
    expect(out).toContain('\n-b\n');
  });

  it('joins nearby edits into one hunk and keeps distant ones apart', () => {
    const near = unifiedDiff('n.md', text, [edit(text.indexOf('b'), text.indexOf('b') + 1, 'B'), edit(text.indexOf('d'), text.indexOf('d') + 1, 'D')]);
    expect(near.match(/@@/g)?.length).toBe(2);
    const far = unifiedDiff('n.md', text, [edit(0, 1, 'A'), edit(text.indexOf('l'), text.indexOf('l') + 1, 'L')]);
    expect(far.match(/@@ -/g)?.length).toBe(2);
  });
});

describe('previewEdits', () => {
  it('shows the touched line before and after, CRLF stripped', () => {
    const text = 'x\r\nhello wörld\r\ny\r\n';
    const at = text.indexOf('ö');
    const [p] = previewEdits(text, [edit(at, at + 1, 'o', 2)]);
    expect(p).toMatchObject({ line: 2, before: 'hello wörld', after: 'hello world', reason: 'why' });
  });

  it('shows a removed line as empty after', () => {
    const text = 'a\nb\nc\n';
    const [p] = previewEdits(text, [edit(2, 4, '', 2)]);
    expect(p).toMatchObject({ line: 2, before: 'b', after: '' });
  });
});

describe('unifiedDiff between nearby edits', () => {
  it('keeps unchanged lines between two edits as context', () => {
    const text = 'a\nb\nc\nd\n';
    const out = unifiedDiff('n.md', text, [edit(0, 1, 'A'), edit(6, 7, 'D')]);
    expect(out).toBe(['--- a/n.md', '+++ b/n.md', '@@ -1,4 +1,4 @@', '-a', '+A', ' b', ' c', '-d', '+D', ''].join('\n'));
  });
});
