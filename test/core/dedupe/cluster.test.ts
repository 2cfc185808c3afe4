import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/core/dedupe/cluster';
import { APPLY_THRESHOLD } from '../../../src/core/dedupe/similarity';
import { parseNote } from '../../../src/core/parse/index';

describe('a copy with no assignee between copies of two assignees', () => {
  const note = parseNote(
    'Meetings/sync.md',
    [
      '---',
      'type: customer',
      'date: 2025-10-20',
      'participants: [Dana Okafor, Ravi Menon]',
      '---',
      '## Action items',
      '- [ ] Send the SOW to Halvorsen legal @Dana Okafor',
      '- [ ] Send the SOW to Halvorsen legal @Ravi Menon',
      '- [ ] Send the SOW to Halvorsen legal',
    ].join('\n'),
  );
  const groups = findDuplicates([note], [{ id: 'm', notes: [note.path] }], { owner: null, vault: false });

  it('is only a possible duplicate, with the reason, and the two assignees stay apart', () => {
    expect(groups.every((g) => g.confidence < APPLY_THRESHOLD)).toBe(true);
    const withIt = groups.filter((g) => g.members.some((m) => m.line === 9));
    expect(withIt).toHaveLength(1);
    expect(withIt[0].reasons).toContain('one copy has no assignee and matches copies of different assignees: check whose it is');
    expect(groups.some((g) => g.members.some((m) => m.line === 7) && g.members.some((m) => m.line === 8))).toBe(false);
  });

  it('is a duplicate as usual when only one assignee’s copy matches it', () => {
    const one = parseNote('Meetings/one.md', '---\ntype: customer\ndate: 2025-10-20\n---\n## Action items\n- [ ] Send the SOW to Halvorsen legal @Dana Okafor\n- [ ] Send the SOW to Halvorsen legal\n');
    const [group] = findDuplicates([one], [{ id: 'm', notes: [one.path] }], { owner: null, vault: false });
    expect(group.confidence).toBeGreaterThanOrEqual(APPLY_THRESHOLD);
  });
});
