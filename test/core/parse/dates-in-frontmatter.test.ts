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
