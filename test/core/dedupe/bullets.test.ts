import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { planVaultDedupe } from '../../../src/core/dedupe/vault';
import { applyPlan } from '../../../src/core/edits';

const A = '---\ntype: customer\ndate: 2025-10-14\nparticipants: [Helene Dubois, Priya Raman]\n---\n## Action items\n- [ ] Circulate the revised budget to procurement. @Helene Dubois 📅 2025-10-17\n';
const B =
  '---\ntype: customer\ndate: 2025-10-14\nparticipants: [Helene Dubois, Priya Raman]\n---\n## Action items\n- Helene to circulate the revised budget to procurement by Friday\n- Circulate the revised budget to procurement @Helene Dubois\n';

function plan(texts: Map<string, string>) {
  const graph = buildGraph([...texts].map(([path, text]) => ({ path, text })), { owner: 'Priya Raman' });
  return planVaultDedupe(graph, texts);
}

describe('action items written as plain bullets, in the dedupe', () => {
  const texts = new Map([
    ['a.md', A],
    ['b.md', B],
  ]);
  const first = plan(texts);

  it('are grouped with the checkbox copies of the same item, which is the copy kept', () => {
    const group = first.groups.find((g) => g.kind === 'task');
    expect(group?.members.map((m) => `${m.path}:${m.line}`)).toEqual(['a.md:7', 'b.md:7', 'b.md:8']);
    expect(group?.canonical).toEqual({ path: 'a.md', line: 7 });
  });

  it('are cancelled as tasks when marked, removed when repeated in one note, and a second plan is empty', () => {
    const after = new Map(texts);
    for (const p of first.plans) after.set(p.path, applyPlan(after.get(p.path) as string, p));
    expect((after.get('b.md') as string).split('\n').slice(6)).toEqual(['- [-] Helene to circulate the revised budget to procurement by Friday (duplicate of [[a#^dup-' + (after.get('a.md') as string).split('^dup-')[1].trim() + ']])', '']);
    expect(plan(after).plans).toEqual([]);
  });
});

describe('a done copy marked as a duplicate', () => {
  it('stays done, with its done date, rather than reading as cancelled and done', () => {
    const texts = new Map([
      ['a.md', '---\ntype: customer\ndate: 2025-10-14\nparticipants: [Helene Dubois, Priya Raman]\n---\n## Action items\n- [ ] Circulate the revised budget to procurement @Helene Dubois 📅 2025-10-17 ⏫\n'],
      ['b.md', '---\ntype: customer\ndate: 2025-10-14\nparticipants: [Helene Dubois, Priya Raman]\n---\n## Action items\n- [x] Circulate the revised budget to procurement @Helene Dubois ✅ 2025-10-15\n'],
    ]);
    const first = plan(texts);
    const after = new Map(texts);
    for (const p of first.plans) after.set(p.path, applyPlan(after.get(p.path) as string, p));
    const marked = (after.get('b.md') as string).split('\n')[6];
    expect(marked).toMatch(/^- \[x\] Circulate the revised budget to procurement @Helene Dubois \(duplicate of \[\[a#\^dup-[0-9a-f]+\]\]\) ✅ 2025-10-15$/);
    expect((after.get('a.md') as string).split('\n')[6]).toMatch(/^- \[x\] .*✅ 2025-10-15/);
    expect(plan(after).plans).toEqual([]);
  });
});
