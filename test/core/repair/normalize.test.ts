import { describe, expect, it } from 'vitest';
import { normalizeText, planNormalize } from '../../../src/core/repair/normalize';
import { applyPlan } from '../../../src/core/edits';
import { hashText } from '../../../src/core/text';

const note = (body: string, front = 'type: customer\ndate: 2026-03-04\n') => `---\n${front}---\n${body}`;

describe('planNormalize', () => {
  it('fills a template leftover with the note date', () => {
    const text = note('# Call\n', 'type: 1-1\ndate: 2026-03-04\ncreated: { { DATE } }\n');
    const out = normalizeText('a.md', text);
    expect(out).toBe(note('# Call\n', 'type: 1-1\ndate: 2026-03-04\ncreated: 2026-03-04\n'));
  });

  it('takes the date from the title when the frontmatter has none', () => {
    const text = '---\ntype: "1-1"\ncreated: { { DATE } }\ncounterpart: "[[Ana Ferreira]]"\n---\n\n# 1:1 — Ana Ferreira — 2026-02-10\n';
    expect(normalizeText('a.md', text)).toContain('created: 2026-02-10\n');
  });

  it('fills only date fields: any other unfilled field is removed, even when the date is known', () => {
    const text = note('# Call\n', 'type: 1-1\ndate: 2026-03-04\nstatus: "{{status}}"\nupdated: <% tp.date.now() %>\n');
    const { plan } = planNormalize('a.md', text);
    expect(applyPlan(text, plan)).toBe(note('# Call\n', 'type: 1-1\ndate: 2026-03-04\nupdated: 2026-03-04\n'));
    expect(plan.edits.find((e) => e.line === 4)?.reason).toMatch(/unfilled template field/);
  });

  it('removes a template leftover when no date is known, and says so', () => {
    const text = '---\ntype: 1-1\ncreated: { { DATE } }\n---\n# Call\n';
    const { plan } = planNormalize('a.md', text);
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0].reason).toMatch(/Remove/);
    expect(applyPlan(text, plan)).toBe('---\ntype: 1-1\n---\n# Call\n');
  });

  it('mends doubled surnames in assignees and participants', () => {
    const text = note('## Action Items\n- [ ] Send the deck @Ana Ferreira Ferreira 📅 2026-03-11\n', 'type: customer\ndate: 2026-03-04\nparticipants:\n- Ana Ferreira Ferreira\n- Bo Lind\n');
    const out = normalizeText('a.md', text);
    expect(out).toContain('- Ana Ferreira\n');
    expect(out).toContain('@Ana Ferreira 📅');
    expect(out).not.toContain('Ferreira Ferreira');
  });

  it('collapses bullets repeated word for word inside a section', () => {
    const text = note('## Decisions\n\n- Start the pilot in April.\n\n- Keep the EU region out.\n\n- Start the pilot in April.\n\n## Risks\n- Budget.\n');
    const out = normalizeText('a.md', text);
    expect(out).toBe(note('## Decisions\n\n- Start the pilot in April.\n\n- Keep the EU region out.\n\n## Risks\n- Budget.\n'));
  });

  it('keeps a bullet repeated in another section', () => {
    const text = note('## Outcomes\n- Start the pilot.\n## Decisions\n- Start the pilot.\n');
    expect(planNormalize('a.md', text).plan.edits).toHaveLength(0);
  });

  it('removes a section repeated whole after a ---', () => {
    const text = note('## Key Information\n\n- Fact one.\n\n- Fact two.\n\n---\n\n- Fact one.\n\n- Fact  two.\n\n## Related\n- [[X]]\n');
    const out = normalizeText('a.md', text);
    expect(out).toBe(note('## Key Information\n\n- Fact one.\n\n- Fact two.\n\n## Related\n- [[X]]\n'));
  });

  it('keeps a --- followed by new content', () => {
    const text = note('## Key Information\n- Fact one.\n\n---\n\n*Source: [[Call]]*\n');
    expect(planNormalize('a.md', text).plan.edits).toHaveLength(0);
    const different = note('## Key Information\n- Fact one.\n---\n- Fact three.\n');
    expect(planNormalize('a.md', different).plan.edits).toHaveLength(0);
  });

  it('uses a similarity for reworded repeats when one is given', () => {
    const text = note('## Key Information\n- Ana leads the pilot.\n---\n- Ana is leading the pilot.\n');
    const similarity = (a: string, b: string) => (a.includes('Ana') && b.includes('Ana') ? 0.9 : 0);
    expect(normalizeText('a.md', text, { similarity })).toBe(note('## Key Information\n- Ana leads the pilot.\n'));
  });

  it('repairs mojibake and keeps clean accented text', () => {
    const text = note('## Action Items\n- [ ] Ask José about the café ðŸ“… 2026-03-11\n- Ana said donâ€™t worry\n');
    const out = normalizeText('a.md', text);
    expect(out).toContain('Ask José about the café 📅 2026-03-11');
    expect(out).toContain('don’t worry');
  });

  it('keeps CRLF, the BOM and the missing final newline, and touches nothing else', () => {
    const text = '\uFEFF---\r\ntype: 1-1\r\ndate: 2026-03-04\r\ncreated: { { DATE } }\r\n---\r\n## Decisions\r\n- Go.\r\n- Go.\r\n- Stop.';
    const out = normalizeText('a.md', text);
    expect(out).toBe('\uFEFF---\r\ntype: 1-1\r\ndate: 2026-03-04\r\ncreated: 2026-03-04\r\n---\r\n## Decisions\r\n- Go.\r\n- Stop.');
  });

  it('is idempotent', () => {
    const text = note(
      '## Action Items\n- [ ] Send the deck @Ana Ferreira Ferreira ðŸ“… 2026-03-11 â«\n- [ ] Send the deck @Ana Ferreira Ferreira ðŸ“… 2026-03-11 â«\n## Key Information\n- A.\n---\n- A.\n',
      'type: 1-1\ndate: 2026-03-04\ncreated: { { DATE } }\n',
    );
    const once = normalizeText('a.md', text);
    expect(once).not.toBe(text);
    expect(planNormalize('a.md', once).plan.edits).toEqual([]);
    expect(normalizeText('a.md', once)).toBe(once);
  });

  it('plans against the hash of the text it read', () => {
    const text = note('## Decisions\n- Go.\n- Go.\n');
    const { plan } = planNormalize('a.md', text);
    expect(plan.hash).toBe(hashText(text));
    expect(() => applyPlan(text + ' ', plan)).toThrow(/changed since/);
  });

  it('reports and does not touch a binary file', () => {
    const text = 'PK\u0003\u0004\u0000\u0000\u0000garbage\u0000\u0001\u0002';
    const { plan, problems } = planNormalize('a.md', text);
    expect(plan.edits).toEqual([]);
    expect(problems[0].kind).toBe('binary');
  });

  it('never executes a ---js frontmatter', () => {
    (globalThis as Record<string, unknown>).__normalizeRan = false;
    const text = '---js\n{ type: (globalThis.__normalizeRan = true) }\n---\n# Hi\n';
    planNormalize('a.md', text);
    expect((globalThis as Record<string, unknown>).__normalizeRan).toBe(false);
  });
});
