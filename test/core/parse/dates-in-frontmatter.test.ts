import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';

const note = (field: string, path = 'Meetings/sync.md') => parseNote(path, `---\ntitle: Sync\n${field}\ntype: customer\n---\n# Sync\n`);

describe('the meeting date in the frontmatter', () => {
  it('reads days written in words or in numbers that can only be one day', () => {
    expect(note('Date: October 3, 2025').date).toBe('2025-10-03');
    expect(note('date: 3 Oct 2025').date).toBe('2025-10-03');
    expect(note('date: Friday, October 3rd, 2025').date).toBe('2025-10-03');
    expect(note('date: 16/09/2025').date).toBe('2025-09-16');
    expect(note('date: 2025-10-03T14:00:00Z').date).toBe('2025-10-03');
  });

  it('reads the date under the other keys note templates use', () => {
    expect(note('meeting_date: 2025-10-03').date).toBe('2025-10-03');
    expect(note('meetingDate: Oct 3, 2025').date).toBe('2025-10-03');
    expect(note('When: 2025-10-03').date).toBe('2025-10-03');
  });

  it('reports a date that is ambiguous or no date, on its line, and looks in the file name instead', () => {
    const ambiguous = note('date: 05/06/2025', 'Meetings/2025-06-05 sync.md');
    expect(ambiguous.date).toBe('2025-06-05');
    expect(ambiguous.problems).toEqual([expect.objectContaining({ kind: 'unreadable-date', line: 3 })]);
    expect(ambiguous.problems[0].message).toContain('“05/06/2025”');
    const words = note('date: soon');
    expect(words.date).toBeNull();
    expect(words.problems.map((p) => p.kind)).toEqual(['unreadable-date']);
  });

  it('leaves template leftovers to their own report', () => {
    expect(note('date: "{{date}}"').problems.map((p) => p.kind)).toEqual(['template-leftover']);
  });
});

describe('a Unix timestamp as the date', () => {
  it('in seconds or milliseconds, a number or quoted, is its UTC day', () => {
    expect(note('date: 1730379600').date).toBe('2024-10-31');
    expect(note('date: 1730379600000').date).toBe('2024-10-31');
    expect(note("date: '1730379600'").date).toBe('2024-10-31');
    expect(note('date: 1730379600').problems).toEqual([]);
    // 23:59:59 UTC and the next second.
    expect(note('date: 1761004799').date).toBe('2025-10-20');
    expect(note('date: 1761004800').date).toBe('2025-10-21');
  });

  it('a day written in figures (20251020) is that day', () => {
    expect(note('date: 20251020').date).toBe('2025-10-20');
  });

  it('numbers outside 2000–2100 in both readings are reported, never converted', () => {
    for (const n of ['42', '123456', '99999999999999', '946684799', '4102444800']) {
      const r = note(`date: ${n}`);
      expect(r.date, n).toBeNull();
      expect(r.problems.map((p) => p.kind), n).toEqual(['unreadable-date']);
    }
  });

  it('a created timestamp dates the note when nothing else does', () => {
    const n = parseNote('Meetings/sync.md', '---\ncreated: 1730379600\n---\n# Sync\n');
    expect(n.date).toBe('2024-10-31');
  });
});
