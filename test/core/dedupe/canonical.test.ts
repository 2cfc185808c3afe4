import { describe, expect, it } from 'vitest';
import { chooseCanonical, mergeTasks } from '../../../src/core/dedupe/canonical';
import { parseNote } from '../../../src/core/parse/index';
import { planNoteDedupe } from '../../../src/core/dedupe/note';
import { applyEdits } from '../../../src/core/edits';

const tasks = (...lines: string[]) => parseNote('n.md', lines.join('\n')).tasks;
const copy = (t: ReturnType<typeof tasks>[number]) => ({ path: 'n.md', line: t.line, task: t, item: null, detail: 5 });

describe('priority across copies, ranked as Obsidian Tasks ranks it', () => {
  it('does not give a task low priority from a copy: no priority is above low', () => {
    const [plain, low] = tasks('- [ ] Rotate the backup keys @Ravi Menon', '- [ ] Rotate the backup keys @Ravi Menon 🔽');
    expect(chooseCanonical([copy(plain), copy(low)])).toBe(0);
    const merged = mergeTasks(plain, [low]);
    expect(merged.patch.priority).toBeUndefined();
  });

  it('still takes a priority above none from a copy', () => {
    const [plain, high, low] = tasks('- [ ] Rotate the keys', '- [ ] Rotate the keys ⏫', '- [ ] Rotate the keys ⏬');
    expect(mergeTasks(plain, [high, low]).patch.priority).toBe('high');
  });
});

describe('a 📅 date written before the assignee', () => {
  it('counts as the copy’s due date, so merging its copies keeps it', () => {
    const text = '## Action items\n- [ ] Send the deck 📅 2026-03-10 @Ana Ruiz\n- [ ] Send the deck @Ana Ruiz ⏫\n';
    const after = applyEdits(text, planNoteDedupe(parseNote('n.md', text), text));
    expect(after).toContain('2026-03-10');
    expect(after).toContain('⏫');
    expect(after.match(/- \[ \]/g)).toHaveLength(1);
  });
});
