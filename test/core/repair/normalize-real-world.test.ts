/**
 * Normalize against notes written the way real vaults are: broken by an importer as a
 * whole or in places, with code, links and web addresses, notes about mojibake itself,
 * half-filled templates, nested lists, repeats that carry more than their twin, CRLF,
 * a BOM and no final line break. Every case is normalized twice: the second plan must
 * be empty, and every edit must replace exactly the text it says it does.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText, planNormalize, type NormalizeOptions, type NormalizeResult } from '../../../src/core/repair/normalize';
import { applyEdits, sortedEdits } from '../../../src/core/edits';
import { parseNote } from '../../../src/core/parse/index';
import { BREAK_MODES, breakText, type BreakMode } from '../../../src/core/repair/mojibake-simulate';

const PATH = 'Meetings/2026-03-04 Tasting review.md';

/** Normalize `text`, check the plan is sound and a second Normalize finds nothing, and return both. */
function normalizeTwice(text: string, options: NormalizeOptions = {}): NormalizeResult & { out: string } {
  const result = planNormalize(PATH, text, options);
  const edits = sortedEdits(result.plan.edits);
  for (const e of edits) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
  }
  const out = applyEdits(text, edits);
  const again = planNormalize(PATH, out, options).plan.edits;
  expect(again, `a second Normalize still plans ${JSON.stringify(again.slice(0, 3))}`).toEqual([]);
  return { ...result, out };
}

const broken = (text: string, mode: BreakMode = 'windows-1252/c1') => breakText(text, mode);

/** A whole meeting note, clean, touching every part a repair can reach. */
const CLEAN_NOTE = `---
type: 1-1
title: Café review — Zürich
date: 2026-03-04
counterpart: "[[José Núñez]]"
participants:
- José Núñez
- Zoë Brontë
source_ref: /Users/marta.quintero/Notes/Café review.md
---

# Café review — Zürich

## Action Items
- [ ] Send the menu to José @Marta Quintero 📅 2026-03-11 ⏫
- [ ] Book the tasting room 📅 2026-03-12 🔼
- [x] Confirm the supplier’s prices ✅ 2026-03-02
- [ ] Review the draft ⏳ 2026-03-06 🔁 every week ⏬

## Key facts learned
- The café opens at 8 — “early” by Zürich standards.
- Use \`résumé.pdf\` from [[Café notes|the café notes]] and https://example.com/menú

\`\`\`
naïve — code sample
\`\`\`

## Transcript
<!-- ai:transcript:start -->
\`\`\`text
[00:00:01.00] zoom.us : It’s the café’s second week…
[00:00:04.50] Jabra Speak 710 : Sí, señor — ça va.
\`\`\`
<!-- ai:transcript:end -->
`;

describe('a note broken as a whole comes back exactly as written', () => {
  for (const mode of BREAK_MODES) {
    it(`broken by ${mode}`, () => {
      const { out } = normalizeTwice(broken(CLEAN_NOTE, mode));
      expect(out).toBe(CLEAN_NOTE);
    });
  }

  it('with CRLF line breaks, a BOM and no final line break, all kept', () => {
    const clean = '\uFEFF' + CLEAN_NOTE.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const { out } = normalizeTwice(broken(clean));
    expect(out).toBe(clean);
  });

  it('with the byte-order mark read as characters: the mark is put back and the frontmatter behind it normalized too', () => {
    const clean = '\uFEFF---\ntype: 1-1\ndate: 2026-03-04\ncreated: { { DATE } }\n---\n# Café\n';
    for (const mode of ['windows-1252/c1', 'mac-roman', 'double', 'windows-1250/c1', 'windows-1251/c1'] as const) {
      const { out } = normalizeTwice(broken(clean, mode));
      expect(out).toBe('\uFEFF---\ntype: 1-1\ndate: 2026-03-04\ncreated: 2026-03-04\n---\n# Café\n');
    }
  });

  it('with mixed line breaks, each kept where it was', () => {
    const lines = CLEAN_NOTE.split('\n');
    const clean = lines.map((l, i) => l + (i === lines.length - 1 ? '' : i % 3 === 0 ? '\r\n' : '\n')).join('');
    const { out } = normalizeTwice(broken(clean, 'mac-roman'));
    expect(out).toBe(clean);
  });
});

describe('clean text is never touched', () => {
  const CLEAN_WORLD = `---
type: customer
date: 2026-03-04
account: Companhia São João
participants:
- Çağla Yıldız
- João Ávila
---
# Reunião com a Companhia São João — 15 de Ağustos

## Summary
Ação: revisar o orçamento. SÃO PAULO and Â la carte, ±5 °C, €100, ©2025, naïve café, Crème brûlée.
Ελληνικά κείμενα, Привет мир, 日本語のテキスト, 한국어, العربية, עברית.
Emoji: 👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 ❤️ 👍🏿 🇵🇹 — “curly” ‘quotes’ stay curly, ＦＵＬＬＷＩＤＴＨ, cafe\u0301 in NFD.
┌──┐
│ok│
└──┘

## Action Items
- [ ] Send the orçamento to Çağla @João Ávila 📅 2026-03-11 ⏫
- [/] Draft the Ağustos plan 🛫 2026-03-05 ⏳ 2026-03-06 🔺
`;

  it('gives zero edits on a clean note in many scripts', () => {
    const { plan } = normalizeTwice(CLEAN_WORLD);
    expect(plan.edits).toEqual([]);
  });

  it('gives zero edits on the same note with CRLF, a BOM and no final break', () => {
    const { plan } = normalizeTwice('\uFEFF' + CLEAN_WORLD.replace(/\n/g, '\r\n').trimEnd());
    expect(plan.edits).toEqual([]);
  });
});

describe('signifiers broken three different ways in one note', () => {
  const clean = `---
type: customer
date: 2026-03-04
---
## Action Items
- [ ] Send the pricing sheet @Ana Ruiz 📅 2026-03-11 ⏫
- [ ] Book the tasting room @Bo Lind 📅 2026-03-12 🔼
- [ ] Call the roaster @Ana Ruiz 📅 2026-03-13 🔺
- [ ] Order the cups ⏳ 2026-03-09 ⏬
`;
  const lines = clean.split('\n');
  const mixed = [
    ...lines.slice(0, 5),
    broken(lines[5], 'windows-1252/dropped'),
    broken(lines[6], 'mac-roman/no-f8ff'),
    broken(lines[7], 'windows-1254/c1'),
    broken(lines[8], 'windows-1252/replaced'),
    '',
  ].join('\n');

  it('reads every task as written', () => {
    const { out } = normalizeTwice(mixed);
    expect(out).toBe(clean);
    const tasks = parseNote(PATH, out).tasks;
    expect(tasks.map((t) => [t.due ?? t.scheduled, t.priority])).toEqual([
      ['2026-03-11', 'high'],
      ['2026-03-12', 'medium'],
      ['2026-03-13', 'highest'],
      ['2026-03-09', 'lowest'],
    ]);
  });
});

describe('code, links and web addresses keep their characters unless the whole note is broken', () => {
  const ABOUT_MOJIBAKE = `---
type: other
date: 2026-03-04
---
# Why the export breaks accents

The export writes é as Ã© and café as cafÃ©, so the menu reads wrong.
Search the vault for \`Ã©\` and \`ðŸ“…\` to find broken notes.

\`\`\`
expected: café 📅
actual:   cafÃ© ðŸ“…
\`\`\`

The vendor's page is https://example.com/blog/cafÃ©-encoding and the old note is [[CafÃ© export log]].
`;

  it('leaves a note about mojibake as written, and says where it looked', () => {
    const { plan, problems } = normalizeTwice(ABOUT_MOJIBAKE);
    expect(plan.edits).toEqual([]);
    const flagged = problems.filter((p) => p.kind === 'possible-mojibake').map((p) => p.line);
    expect(flagged).toEqual(expect.arrayContaining([7, 8, 12, 15]));
  });

  it('repairs code, web addresses and link targets when the prose is broken too', () => {
    const clean = '---\ntype: other\n---\n# Café\nThe café’s menu.\n`naïve` in [[Café notes]] at https://example.com/menú\n```\nrésumé\n```\n';
    const { out, plan } = normalizeTwice(broken(clean));
    expect(out).toBe(clean);
    expect(plan.edits.some((e) => /link/.test(e.reason) && /Café notes/.test(e.reason))).toBe(true);
  });

  it('keeps a link that reaches a note named with the broken characters, and reports it', () => {
    const text = `---\ntype: other\n---\n# ${broken('Café')}\nSee [[${broken('Café notes')}]].\n`;
    const { out, problems } = normalizeTwice(text, { linkResolves: (t) => t === broken('Café notes') });
    expect(out).toBe(`---\ntype: other\n---\n# Café\nSee [[${broken('Café notes')}]].\n`);
    expect(problems.some((p) => p.kind === 'possible-mojibake' && p.line === 5 && /rename/.test(p.message))).toBe(true);
  });

  it('repairs a link target that reaches a note only once repaired, even in a clean note', () => {
    const text = `---\ntype: other\n---\n# Notes\nSee [[${broken('Café notes')}|the notes]].\n`;
    const { out } = normalizeTwice(text, { linkResolves: (t) => t === 'Café notes' });
    expect(out).toBe('---\ntype: other\n---\n# Notes\nSee [[Café notes|the notes]].\n');
    expect(normalizeTwice(text).out).toBe(text);
  });

  it('repairs the transcript, which is the meeting’s words even inside a fence', () => {
    const clean = '---\ntype: 1-1\n---\n## Transcript\n<!-- ai:transcript:start -->\n```text\n[00:00:01.00] zoom.us : It’s the café’s week.\n```\n<!-- ai:transcript:end -->\n';
    expect(normalizeTwice(broken(clean)).out).toBe(clean);
  });

  it('repairs an unterminated transcript block', () => {
    const clean = '---\ntype: 1-1\n---\n## Transcript\n<!-- ai:transcript:start -->\n```text\n[00:00:01.00] zoom.us : It’s fine — really.\n[00:00:03.00] zoom.us : Señor Núñez agrees.\n';
    expect(normalizeTwice(broken(clean)).out).toBe(clean);
  });

  it('repairs a word whose right form the line also holds only when the rest of the note is broken too', () => {
    const line = `- The café team and the ${broken('café')} menu\n`;
    expect(normalizeTwice(`---\ntype: other\n---\n## Notes\n${line}`).plan.edits).toEqual([]);
    const { out } = normalizeTwice(`---\ntype: other\n---\n## Notes\n- ${broken('Señor Núñez')} said so\n${line}`);
    expect(out).toContain('- The café team and the café menu\n');
  });
});

describe('frontmatter values', () => {
  it('repairs a title that holds a slash, which is no file path', () => {
    const text = `---\ntype: customer\ntitle: Q3/Q4 plan for the ${broken('café')}\n---\n# Plan\n`;
    expect(normalizeTwice(text).out).toBe('---\ntype: customer\ntitle: Q3/Q4 plan for the café\n---\n# Plan\n');
  });

  it('keeps a file path as written when nothing else in the note is broken', () => {
    const text = `---\ntype: customer\ntranscript_path: Inbox/Calls/${broken('Café')} call.txt\n---\n# Plan\n`;
    const { out, problems } = normalizeTwice(text);
    expect(out).toBe(text);
    expect(problems.some((p) => p.kind === 'possible-mojibake' && p.line === 3)).toBe(true);
  });
});

describe('a ---js frontmatter', () => {
  it('is never run, and its code is repaired only with the rest of a broken note', () => {
    (globalThis as Record<string, unknown>).__realWorldRan = false;
    const js = `---js\n{ title: "${broken('Café')}", ran: (globalThis.__realWorldRan = true) }\n---\n`;
    expect(normalizeTwice(`${js}# Plain title\n`).plan.edits).toEqual([]);
    const { out } = normalizeTwice(`${js}# ${broken('Café')}\n`);
    expect(out).toContain('{ title: "Café"');
    expect((globalThis as Record<string, unknown>).__realWorldRan).toBe(false);
  });
});

describe('malformed frontmatter', () => {
  it('repairs values in YAML that does not parse, touching nothing else', () => {
    const clean = '---\ntype: customer\ntitle: Café: the review\n\tdate: 2026-01-02\nparticipants: [Ana, José\n---\n# Café\n';
    expect(normalizeTwice(broken(clean)).out).toBe(clean);
  });
});

describe('template leftovers', () => {
  const note = (front: string) => `---\ntype: 1-1\ndate: 2026-03-04\n${front}---\n# Call\n`;

  it('never fills a time field with a date', () => {
    const { out } = normalizeTwice(note('start_time: "{{time}}"\nmeeting_time: {{date:HH:mm}}\n'));
    expect(out).toBe(note(''));
  });

  it('keeps the comment after a filled placeholder', () => {
    expect(normalizeTwice(note('created: {{date}} # set by the template\n')).out).toBe(note('created: 2026-03-04 # set by the template\n'));
  });

  it('leaves a value with words of its own around the placeholder, and reports it', () => {
    const text = note('title: "Call with {{name}}"\nstarts: "{{date}} 09:30"\n');
    const { out, problems } = normalizeTwice(text);
    expect(out).toBe(text);
    expect(problems.filter((p) => p.kind === 'template-leftover').map((p) => p.line)).toEqual([4, 5]);
  });

  it('fills a date field whatever its spelling, and nothing that only ends like one', () => {
    const { out } = normalizeTwice(note('meetingDate: <% tp.date.now("YYYY-MM-DD") %>\ncandidate: "{{candidate}}"\nlast_modified: { { DATE } }\n'));
    expect(out).toBe(note('meetingDate: 2026-03-04\nlast_modified: 2026-03-04\n'));
  });
});

describe('repeats in nested lists', () => {
  const note = (body: string) => `---\ntype: customer\n---\n${body}`;

  it('keeps a sub-bullet that reads like one under another parent', () => {
    const text = note('## Action Items\n- [ ] Send the deck @Ana\n  - Notes: see the shared drive\n- [ ] Book the room @Bo\n  - Notes: see the shared drive\n');
    expect(normalizeTwice(text).out).toBe(text);
  });

  it('collapses a bullet repeated with the same sub-bullets, sub-bullets and all', () => {
    const text = note('## Decisions\n- Move the pilot to April\n  - the legal review slipped\n- Keep the EU region out\n- Move the pilot to April\n  - the legal review slipped\n');
    expect(normalizeTwice(text).out).toBe(note('## Decisions\n- Move the pilot to April\n  - the legal review slipped\n- Keep the EU region out\n'));
  });

  it('keeps a repeat whose sub-bullets say more, with them under it', () => {
    const text = note('## Decisions\n- Move the pilot to April\n- Keep the EU region out\n- Move the pilot to April\n  - because the legal review slipped\n');
    const { out } = normalizeTwice(text);
    const lines = out.split('\n');
    const child = lines.indexOf('  - because the legal review slipped');
    expect(child).toBeGreaterThan(0);
    expect(lines[child - 1]).toMatch(/^- Move the pilot to April/);
  });

  it('keeps a bullet repeated under a sub-heading, which is another section', () => {
    const text = note('## Decisions\n- Start the pilot in April\n### Details\n- Start the pilot in April\n');
    expect(normalizeTwice(text).out).toBe(text);
  });
});

describe('a section repeated after ---', () => {
  const note = (body: string) => `---\ntype: customer\n---\n${body}`;

  it('never loses a task whose copies differ in status', () => {
    const text = note(
      '## Action Items\n- [ ] Send the pricing deck to the roaster @Ana 📅 2026-03-10\n- [ ] Book the room for the offsite @Bo\n\n---\n\n- [x] Send the pricing deck to the roaster @Ana 📅 2026-03-10 ✅ 2026-03-09\n- [ ] Book the room for the offsite @Bo\n',
    );
    const tasks = parseNote(PATH, normalizeTwice(text).out).tasks;
    const deck = tasks.filter((t) => /pricing deck/.test(t.text));
    expect(deck).toHaveLength(1);
    expect(deck[0].done).toBe('2026-03-09');
    expect(tasks.filter((t) => /Book the room/.test(t.text))).toHaveLength(1);
  });

  it('keeps what stands between the last bullet and the ---', () => {
    const text = note('## Key Information\n- The café opens in May.\nThe landlord confirmed it by phone.\n\n---\n\n- The café opens in May.\n');
    expect(normalizeTwice(text).out).toBe(note('## Key Information\n- The café opens in May.\nThe landlord confirmed it by phone.\n'));
  });
});

describe('the end of the note', () => {
  it('keeps no final line break when the last line goes', () => {
    expect(normalizeText(PATH, '---\ntype: customer\n---\n## Decisions\n- Go.\n- Go.')).toBe('---\ntype: customer\n---\n## Decisions\n- Go.');
    const { out } = normalizeTwice('---\r\ntype: customer\r\n---\r\n## Key Information\r\n- A fact.\r\n---\r\n- A fact.');
    expect(out).toBe('---\r\ntype: customer\r\n---\r\n## Key Information\r\n- A fact.');
  });
});

describe('doubled surnames', () => {
  const text = `---
type: customer
participants:
- Ana Ruiz Ruiz
source_ref: /Users/me/Inbox/Call with Ana Ruiz Ruiz.md
---
## Action Items
- [ ] Send the deck @Ana Ruiz Ruiz

See [[People/Ana Ruiz Ruiz]], \`Ana Ruiz Ruiz\` and https://example.com/people/Ana-Ruiz-Ruiz
`;

  it('are mended in mentions and links, never in file paths, code or web addresses', () => {
    const { out } = normalizeTwice(text);
    expect(out).toContain('- Ana Ruiz\n');
    expect(out).toContain('@Ana Ruiz\n');
    expect(out).toContain('[[People/Ana Ruiz]]');
    expect(out).toContain('/Inbox/Call with Ana Ruiz Ruiz.md');
    expect(out).toContain('`Ana Ruiz Ruiz`');
  });

  it('are kept in a link that reaches a note written that way', () => {
    const { out } = normalizeTwice(text, { linkResolves: (t) => t === 'People/Ana Ruiz Ruiz' });
    expect(out).toContain('[[People/Ana Ruiz Ruiz]]');
    expect(out).toContain('@Ana Ruiz\n');
  });
});

describe('repairs and the in-note dedupe together', () => {
  it('mends a doubled name on a line the dedupe merges, in one go', () => {
    const text =
      '---\ntype: customer\ndate: 2026-03-04\n---\n## Action Items\n- [ ] Send the pricing deck to the roaster @Lior Park Park 📅 2026-03-10\n- [ ] Send the pricing deck to the roaster @Lior Park Park ⏫\n';
    const { out } = normalizeTwice(text);
    expect(out).not.toContain('Park Park');
  });

  it('compares repaired lines, so a broken copy keeps its due date in the merge', () => {
    const text = `---\ntype: customer\ndate: 2026-03-04\n---\n## Action Items\n- [ ] Send the pricing deck to the roaster @Ana ${broken('📅')} 2026-03-10\n- [ ] Send the pricing deck to the roaster @Ana ${broken('⏫')}\n`;
    const tasks = parseNote(PATH, normalizeTwice(text).out).tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0].due).toBe('2026-03-10');
    expect(tasks[0].priority).toBe('high');
  });

  it('names lines as the file has them, after earlier lines were removed', () => {
    const text =
      '---\ntype: customer\ndate: 2026-03-04\n---\n## Decisions\n- Keep the EU region out.\n- Keep the EU region out.\n## Action Items\n- [ ] Send the pricing deck to the roaster @Ana 📅 2026-03-10\n- [ ] Send the pricing deck to the roaster @Ana ⏫\n';
    const { plan } = normalizeTwice(text);
    const removed = plan.edits.find((e) => e.line === 10 && e.replacement === '');
    // Line 9 of the file, not line 8 of the text the dedupe read once line 7 had gone.
    expect(removed?.reason).toMatch(/\bline 9\b/);
  });
});

describe('a very large note', () => {
  it('is repaired whole and settles in one pass', () => {
    let clean = '---\ntype: 1-1\ndate: 2026-01-01\n---\n# Weekly café sync\n## Action Items\n';
    for (let i = 0; i < 4000; i++) clean += `- [ ] Task ${i} for the café team @Ana Ruiz 📅 2026-02-${String((i % 28) + 1).padStart(2, '0')}\n`;
    clean += '## Transcript\n<!-- ai:transcript:start -->\n```text\n';
    for (let i = 0; i < 4000; i++) clean += `[00:${String(i % 60).padStart(2, '0')}:00.00] zoom.us : Line ${i}, it’s fine — ok\n`;
    clean += '```\n<!-- ai:transcript:end -->\n';
    expect(normalizeTwice(broken(clean)).out).toBe(clean);
  });
});
