import { describe, expect, it } from 'vitest';
import { planTaskToggle, TaskMovedError, TaskNotTickableError } from '../../../src/core/tasks/toggle';
import { applyPlan, StaleTextError } from '../../../src/core/edits';
import { hashText } from '../../../src/core/text';

const at = (text: string, line: number) => {
  const lines = text.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  return { line, start, end: start + lines[line - 1].replace(/\r$/, '').length };
};

describe('planTaskToggle', () => {
  const text = '# Notes\n- [ ] Send the deck @Ana 📅 2026-03-11 ⏫ ^abc\n- [x] Done thing ✅ 2026-03-01\n';

  it('marks a task done with a ✅ date before its block id', () => {
    const plan = planTaskToggle('n.md', text, at(text, 2), hashText(text), true, '2026-03-05');
    expect(applyPlan(text, plan)).toBe('# Notes\n- [x] Send the deck @Ana 📅 2026-03-11 ⏫ ✅ 2026-03-05 ^abc\n- [x] Done thing ✅ 2026-03-01\n');
  });

  it('reopens a done task and drops its ✅ date', () => {
    const plan = planTaskToggle('n.md', text, at(text, 3), hashText(text), false, '2026-03-05');
    expect(applyPlan(text, plan)).toBe('# Notes\n- [ ] Send the deck @Ana 📅 2026-03-11 ⏫ ^abc\n- [ ] Done thing\n');
  });

  it('keeps CRLF', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const plan = planTaskToggle('n.md', crlf, at(crlf, 3), hashText(crlf), false, '2026-03-05');
    expect(applyPlan(crlf, plan)).toBe('# Notes\r\n- [ ] Send the deck @Ana 📅 2026-03-11 ⏫ ^abc\r\n- [ ] Done thing\r\n');
  });

  it('refuses when the file changed since it was read', () => {
    expect(() => planTaskToggle('n.md', text + 'more', at(text, 2), hashText(text), true, '2026-03-05')).toThrow(StaleTextError);
  });

  it('refuses when the line is not a task', () => {
    expect(() => planTaskToggle('n.md', text, at(text, 1), hashText(text), true, '2026-03-05')).toThrow(TaskMovedError);
  });
});

describe('action items the graph reads where a note has no checkbox', () => {
  const text = [
    '## Action items',
    '| Owner | Action | Due |',
    '| --- | --- | --- |',
    '| Maya Lindqvist | Send the quote | 2025-03-20 |',
    '• Book the venue @Maya',
    '',
  ].join('\n');

  it('says a table row cannot be ticked, and why, instead of calling it moved', () => {
    const row = { ...at(text, 4), bullet: true };
    expect(() => planTaskToggle('n.md', text, row, hashText(text), true, '2025-03-21')).toThrow(TaskNotTickableError);
    expect(() => planTaskToggle('n.md', text, row, hashText(text), true, '2025-03-21')).toThrow(/row of a table/);
  });

  it('ticks a pasted-bullet action item as a task, keeping its bullet', () => {
    const plan = planTaskToggle('n.md', text, { ...at(text, 5), bullet: true }, hashText(text), true, '2025-03-21');
    expect(applyPlan(text, plan).split('\n')[4]).toBe('• [x] Book the venue @Maya ✅ 2025-03-21');
  });
});

describe('an action item written as a plain line', () => {
  it('becomes a done task, keeping its words, when ticked', () => {
    const text = '## Action items\nMaya to send the revised quote by Friday\n> Bo will book the venue\n';
    const one = planTaskToggle('n.md', text, { ...at(text, 2), bullet: true }, hashText(text), true, '2025-03-21');
    expect(applyPlan(text, one).split('\n')[1]).toBe('- [x] Maya to send the revised quote by Friday ✅ 2025-03-21');
    const quoted = planTaskToggle('n.md', text, { ...at(text, 3), bullet: true }, hashText(text), true, '2025-03-21');
    expect(applyPlan(text, quoted).split('\n')[2]).toBe('> - [x] Bo will book the venue ✅ 2025-03-21');
  });
});
