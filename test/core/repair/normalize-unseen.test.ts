/**
 * Normalize on whole notes written the way real vaults are, in the shapes the other
 * Normalize tests do not reach: an export that wrote its output twice with a footer
 * after it, several sections repeated at once, a note about broken characters whose
 * tables and callouts must stay as written, template leftovers inside lists, maps,
 * TOML and the body.
 * Every note is normalized twice: the second plan must be empty, and every edit must
 * replace exactly the text it says it does.
 */
import { describe, expect, it } from 'vitest';
import { planNormalize, type NormalizeResult } from '../../../src/core/repair/normalize';
import { applyPlan, sortedEdits } from '../../../src/core/edits';
import { parseNote } from '../../../src/core/parse/index';
import { breakText, type BreakMode } from '../../../src/core/repair/mojibake-simulate';

const PATH = 'Meetings/2026-04-07 Harbour review.md';

function normalizeTwice(text: string, path = PATH): NormalizeResult & { out: string } {
  const result = planNormalize(path, text);
  for (const e of sortedEdits(result.plan.edits)) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.reason.length).toBeGreaterThan(10);
  }
  const out = applyPlan(text, result.plan);
  const again = planNormalize(path, out).plan.edits;
  expect(again, `a second Normalize still plans ${JSON.stringify(again.slice(0, 3))}`).toEqual([]);
  return { ...result, out };
}

const broken = (text: string, mode: BreakMode = 'windows-1252/c1') => breakText(text, mode);
const FRONT = '---\ntype: people\ndate: 2026-04-07\nparticipants: ["Maren Solvik", "Dario Quental"]\n---\n';

describe('an export that wrote its output twice', () => {
  const FACTS = '## Key Information\n\n- The harbour crane is booked until June.\n\n- Dario’s team owns the berth schedule.\n';
  const REPEAT = '\n---\n\n- The harbour crane is booked until June.\n\n- Dario’s team owns the berth schedule.\n';
  const FOOTER = '\n---\n\n*Source: [[2026-04-07 - Harbour review]]*\n';

  it('drops the repeat between the first copy and the closing --- with its source footer, which stays', () => {
    const { out, plan } = normalizeTwice(`${FRONT}# Harbour review\n\n${FACTS}${REPEAT}${FOOTER}`);
    expect(out).toBe(`${FRONT}# Harbour review\n\n${FACTS}${FOOTER}`);
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0].kind).toBe('duplicate-section');
    expect(plan.edits[0].reason).toMatch(/Key Information/);
  });

  it('does the same when the repeat is broken by the wrong codec and the footer has no final line break', () => {
    const text = `${FRONT}# Harbour review\n\n${FACTS}${broken(REPEAT)}${FOOTER.trimEnd()}`;
    expect(normalizeTwice(text).out).toBe(`${FRONT}# Harbour review\n\n${FACTS}${FOOTER.trimEnd()}`);
  });

  it('drops several sections repeated whole after a ---, headings and all', () => {
    const first = '## Decisions\n- Keep the night shift at two cranes.\n- Move the audit to May.\n\n## Key Information\n- The berth fee rises 4% in July.\n';
    const { out, plan } = normalizeTwice(`${FRONT}# Harbour review\n\n${first}\n---\n\n${first}`);
    expect(out).toBe(`${FRONT}# Harbour review\n\n${first}`);
    expect(plan.edits[0].reason).toMatch(/“Decisions”, “Key Information”/);
    expect(out.match(/## Decisions/g)).toHaveLength(1);
  });

  it('drops a section written twice under the same heading, leaving no empty heading behind', () => {
    const section = '## Action Items\n- [ ] Send the berth plan @Maren Solvik 📅 2026-04-14\n- [ ] Book the crane inspection @Dario Quental\n';
    const { out } = normalizeTwice(`${FRONT}${section}\n${section}\n## Risks\n- Weather.\n`);
    expect(out).toBe(`${FRONT}${section}\n## Risks\n- Weather.\n`);
  });

  it('keeps the blank line that set the first copy off from what follows, when the repeat runs straight into the next heading', () => {
    const first = '## Decisions\n- Keep the night shift at two cranes.\n';
    expect(normalizeTwice(`${FRONT}${first}\n---\n${first}## Risks\n- Weather.\n`).out).toBe(`${FRONT}${first}\n## Risks\n- Weather.\n`);
    const facts = '## Key Information\n- The berth fee rises 4% in July.\n- The audit moves to May.\n';
    const repeat = '---\n- The berth fee rises 4% in July.\n- The audit moves to May.\n';
    expect(normalizeTwice(`${FRONT}${facts}\n${repeat}## Risks\n- Weather.\n`).out).toBe(`${FRONT}${facts}\n## Risks\n- Weather.\n`);
  });

  it('removes a bullet repeated just above the --- and the repeat after it, the blank line between them once', () => {
    const text = `${FRONT}## Key Information\n\n- Crane booked.\n\n- Berth fee up.\n\n- Crane booked.\n\n---\n\n- Crane booked.\n\n- Berth fee up.\n\n---\n\n*Source: [[Harbour review]]*\n`;
    expect(normalizeTwice(text).out).toBe(`${FRONT}## Key Information\n\n- Crane booked.\n\n- Berth fee up.\n\n---\n\n*Source: [[Harbour review]]*\n`);
  });

  it('keeps a repeat that says more, and sections that only share a heading', () => {
    const text = `${FRONT}## Decisions\n- Keep the night shift.\n\n---\n\n## Decisions\n- Keep the night shift.\n- Add a third crane in August.\n`;
    const tasks = parseNote(PATH, normalizeTwice(text).out).items.map((i) => i.text);
    expect(tasks.some((t) => /third crane/.test(t))).toBe(true);
  });

  it('leaves a --- inside a code block alone', () => {
    const text = `${FRONT}## Notes\n\`\`\`yaml\n- berth: 4\n---\n- berth: 4\n\`\`\`\n`;
    expect(normalizeTwice(text).out).toBe(text);
  });
});

describe('a note about broken characters', () => {
  const CHEATSHEET = `---
type: reference
date: 2026-04-07
---
# Why the ferry manifest export looks wrong

> [!warning] Opened as Windows-1252
> The manifest export shows \`é\` as Ã© and every dash as â€”.

| Shows as | Should be | Character |
|---|---|---|
| Ã© | é | e acute |
| â€™ | ’ | apostrophe |
| â€” | — | em dash |
| ðŸ“… | 📅 | due date |

Search the vault for â€™ to find manifests that went through it.
`;

  it('keeps its tables, callouts and prose exactly as written, and reports them', () => {
    const { plan, problems } = normalizeTwice(CHEATSHEET);
    expect(plan.edits).toEqual([]);
    const lines = new Set(problems.filter((p) => p.kind === 'possible-mojibake').map((p) => p.line));
    expect([...lines].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([8, 12, 13, 14, 15, 17]);
  });

  it('keeps a single callout that shows a broken apostrophe beside the right one', () => {
    const text = `${FRONT}## Notes\n> [!bug] Manifest export\n> Every ’ comes out as â€™ in the export.\n\n- Otherwise fine.\n`;
    expect(normalizeTwice(text).plan.edits).toEqual([]);
  });

  it('is told apart from a broken note whose table merely holds broken cells', () => {
    const clean = `${FRONT}## Depots\n| Depot | Status |\n|---|---|\n| Köln | ⚠️ open |\n| Łódź | ✅ agreed — signed |\n\nMaren’s team visits Köln next.\n`;
    expect(normalizeTwice(broken(clean)).out).toBe(clean);
    expect(normalizeTwice(broken(clean, 'mac-roman')).out).toBe(clean);
  });
});

describe('template leftovers the way Templates and Templater leave them', () => {
  const note = (front: string) => `---\n${front}---\n# Harbour review\n`;

  it('fills a quoted date placeholder inside its quotes, taking the date from the file name', () => {
    const { out, plan } = normalizeTwice(note('type: 1-1\ndate: "{{date:YYYY-MM-DD}}"\n'));
    expect(out).toBe(note('type: 1-1\ndate: "2026-04-07"\n'));
    expect(plan.edits[0].reason).toMatch(/2026-04-07/);
  });

  it('fills the note-name placeholder with the file name, as the template would have', () => {
    const { out } = normalizeTwice(note('title: <% tp.file.title %>\naliases: ["{{title}}"]\ntype: 1-1\n'));
    expect(out).toBe(note('title: 2026-04-07 Harbour review\naliases: ["2026-04-07 Harbour review"]\ntype: 1-1\n'));
  });

  it('quotes a filled name that YAML would otherwise misread', () => {
    const { out } = normalizeTwice(note('title: {{title}}\n'), 'Meetings/Harbour: review #2.md');
    expect(out).toBe(note('title: "Harbour: review #2"\n'));
  });

  it('removes only the placeholder item of a one-line list', () => {
    const { out, plan } = normalizeTwice(note('type: 1-1\ndate: 2026-04-07\ntags: [meeting, {{tag}}, "harbour"]\n'));
    expect(out).toBe(note('type: 1-1\ndate: 2026-04-07\ntags: [meeting, "harbour"]\n'));
    expect(plan.edits[0].reason).toMatch(/\{\{tag\}\}/);
  });

  it('fills and removes fields nested under a map by their own keys', () => {
    const { out } = normalizeTwice(note('type: 1-1\ndate: 2026-04-07\nmeeting:\n  created: {{date}}\n  room: "{{room}}"\n  floor: 3\n'));
    expect(out).toBe(note('type: 1-1\ndate: 2026-04-07\nmeeting:\n  created: 2026-04-07\n  floor: 3\n'));
  });

  it('keeps the items listed under a field whose own value is a placeholder', () => {
    const { out } = normalizeTwice(note('type: 1-1\ndate: 2026-04-07\nattendees: {{attendees}}\n  - Maren Solvik\n  - Dario Quental\n'));
    expect(out).toBe(note('type: 1-1\ndate: 2026-04-07\nattendees:\n  - Maren Solvik\n  - Dario Quental\n'));
  });

  it('fills a TOML front matter the same way, quoting the name as TOML needs', () => {
    const text = '+++\ntitle = {{title}}\ncreated = "{{date}}"\ndate = 2026-04-07\nstatus = "{{status}}"\n+++\n# Harbour review\n';
    expect(normalizeTwice(text).out).toBe('+++\ntitle = "2026-04-07 Harbour review"\ncreated = "2026-04-07"\ndate = 2026-04-07\n+++\n# Harbour review\n');
  });

  it('reports a list item that mixes words and a placeholder, and leaves it', () => {
    const text = note('type: 1-1\ndate: 2026-04-07\ntags: [meeting, "person/{{name}}"]\n');
    const { out, problems } = normalizeTwice(text);
    expect(out).toBe(text);
    expect(problems.some((p) => p.kind === 'template-leftover' && p.line === 4)).toBe(true);
  });
});

describe('template placeholders left in the body', () => {
  const note = (body: string) => `---\ntype: 1-1\ndate: 2026-04-07\n---\n${body}`;

  it('fills a heading and the labelled date lines as the template would have, and removes the cursor mark', () => {
    const text = note('# {{title}}\n\n**Date**: {{date:YYYY-MM-DD}}\nCreated:: <% tp.file.creation_date() %>\n\n## Notes\n<% tp.file.cursor() %>\n- Berth plan agreed.\n');
    const { out, plan } = normalizeTwice(text);
    expect(out).toBe(note('# 2026-04-07 Harbour review\n\n**Date**: 2026-04-07\nCreated:: 2026-04-07\n\n## Notes\n\n- Berth plan agreed.\n'));
    expect(plan.edits.every((e) => e.kind === 'template-leftover' && /template|cursor/.test(e.reason))).toBe(true);
  });

  it('reports placeholders it cannot fill, or that may be meant, and leaves them with code as written', () => {
    const text = note('## Notes\nTime: {{time}}\nAttendees: {{attendees}}\nOur template writes {{date}} here, and `{{title}}` there.\n```\nDate: {{date}}\n```\n');
    const { out, problems } = normalizeTwice(text);
    expect(out).toBe(text);
    expect(problems.filter((p) => p.kind === 'template-leftover').map((p) => p.line)).toEqual([6, 7, 8]);
  });

  it('leaves a date placeholder when the note has no date to fill it with', () => {
    const text = '---\ntype: 1-1\n---\n**Date**: {{date}}\n';
    const { out, problems } = normalizeTwice(text, 'Inbox/Harbour review.md');
    expect(out).toBe(text);
    expect(problems.some((p) => p.kind === 'template-leftover' && p.line === 4)).toBe(true);
  });
});
