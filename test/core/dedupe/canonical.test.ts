import { describe, expect, it } from 'vitest';
import { chooseCanonical, mergeTasks } from '../../../src/core/dedupe/canonical';
import { parseNote } from '../../../src/core/parse/index';

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
