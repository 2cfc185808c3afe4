/**
 * Normalize, third round: whole notes and fragments written the way hand-kept vaults
 * and note-takers write them, in the shapes earlier rounds did not reach — CRLF with a
 * byte-order mark, no final line break, mixed line breaks; transcripts where people
 * say "Yes." twice; code and inline code holding what looks broken or repeated; quotes
 * and callouts; tables; nested and ordered lists; a task written twice with different
 * statuses; copies that differ by trailing spaces, a tag or a block id; template
 * leftovers; malformed and frontmatter-only notes; emoji and right-to-left text; bad
 * input; a note of several megabytes.
 *
 * Every case is normalized twice (the second plan must be empty), its edits must lie
 * inside the text and not overlap, and the line breaks, byte-order mark and final
 * line break must be the note's own.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText, planNormalize, type NormalizeResult } from '../../../src/core/repair/normalize';
import { applyEdits, applyPlan, sortedEdits } from '../../../src/core/edits';
import { parseNote } from '../../../src/core/parse/index';
import { breakText } from '../../../src/core/repair/mojibake-simulate';

const PATH = 'Meetings/2026-05-12 Lantern Works sync.md';

/** Normalize `text`, check the plan is sound and settles, and return the result with the new text. */
function settle(text: string, path = PATH): NormalizeResult & { out: string } {
  const result = planNormalize(path, text);
  const edits = sortedEdits(result.plan.edits);
  for (const e of edits) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.reason.length).toBeGreaterThan(10);
  }
  const out = applyPlan(text, result.plan);
  const again = planNormalize(path, out).plan.edits;
  expect(again, `a second Normalize still plans ${JSON.stringify(again.slice(0, 3))}`).toEqual([]);
  // The note's own line breaks, byte-order mark and ending.
  expect(out.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
  if (!text.includes('\r\n')) expect(out.includes('\r')).toBe(false);
  if (!/(?:^|[^\r])\n/.test(text)) expect(/(?:^|[^\r])\n/.test(out)).toBe(false);
  if (out.length > 0) expect(finalBreak(out)).toBe(finalBreak(text));
  return { ...result, out };
}

function finalBreak(text: string): string {
  return text.endsWith('\r\n') ? 'CRLF' : text.endsWith('\n') ? 'LF' : 'none';
}

/** Every word of `before` is still in `after`: nothing said was lost, only repeats of it. */
function keepsEveryWord(before: string, after: string): void {
  const words = (t: string) => new Set(t.split(/[\s|>*[\]()]+/).filter((w) => w !== ''));
  const left = words(after);
  expect([...words(before)].filter((w) => !left.has(w))).toEqual([]);
}

const unchanged = (text: string, path = PATH) => {
  const { out, plan } = settle(text, path);
  expect(plan.edits).toEqual([]);
  expect(out).toBe(text);
};

const FRONT = '---\ntype: customer\ndate: 2026-05-12\nparticipants: ["Ines Vakaro", "Tobiah Marsh"]\n---\n';
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

// ─── Line breaks, the byte-order mark, the note's end ──────────────────────

describe('line breaks and the byte-order mark', () => {
  it('1. a CRLF note with a BOM loses its repeated decision and keeps both', () => {
    const text = '\uFEFF' + crlf(`${FRONT}# Lantern Works sync\n\n## Decisions\n- Ship the lamp driver in June.\n- Drop the blue finish.\n- Ship the lamp driver in June.\n\n## Notes\nNothing else.\n`);
    const { out } = settle(text);
    expect(out).toBe('\uFEFF' + crlf(`${FRONT}# Lantern Works sync\n\n## Decisions\n- Ship the lamp driver in June.\n- Drop the blue finish.\n\n## Notes\nNothing else.\n`));
  });

  it('2. a note ending without a line break whose last line is a repeat still ends without one', () => {
    const text = `${FRONT}## Action Items\n- [ ] Order the brass fittings @Ines Vakaro\n- [ ] Call the glazier @Tobiah Marsh\n- [ ] Order the brass fittings @Ines Vakaro`;
    expect(settle(text).out).toBe(`${FRONT}## Action Items\n- [ ] Order the brass fittings @Ines Vakaro\n- [ ] Call the glazier @Tobiah Marsh`);
  });

  it('3. mixed LF and CRLF: a broken line is repaired and every line keeps its own break', () => {
    const clean = `${FRONT}## Action Items\r\n- [ ] Send the quote to Lantern Works 📅 2026-05-19 ⏫\n- [ ] Confirm the café booking for the launch\r\n- [x] Share the deck ✅ 2026-05-11\n`;
    const text = clean
      .replace('📅 2026-05-19 ⏫', breakText('📅', 'windows-1252/c1') + ' 2026-05-19 ' + breakText('⏫', 'windows-1252/c1'))
      .replace('café', breakText('café', 'windows-1252/c1'));
    expect(text).not.toBe(clean);
    expect(settle(text).out).toBe(clean);
  });

  it('4. a CRLF note ending in a break whose last bullet goes keeps its CRLF ending', () => {
    const text = crlf(`${FRONT}## Key Information\n- The kiln runs at 1200 °C.\n- The kiln runs at 1200 °C.\n`);
    expect(settle(text).out).toBe(crlf(`${FRONT}## Key Information\n- The kiln runs at 1200 °C.\n`));
  });

  it('5. a one-line note without frontmatter or final break is left alone', () => {
    unchanged('- Ship it');
    unchanged('Yes.\nYes.');
  });
});

// ─── Transcripts: the meeting's words, never deduplicated ──────────────────

describe('transcripts', () => {
  it('6. a transcript block where people say "Yes." twice, one line even word for word, stays whole', () => {
    const text = `${FRONT}## Transcript\n<!-- ai:transcript:start -->\n\`\`\`text\n[00:00:01.00] zoom.us : Can you hear me?\n[00:00:03.00] Jabra Speak 710 : Yes.\n[00:00:04.00] zoom.us : Yes.\n[00:00:05.00] Jabra Speak 710 : Yes.\n[00:00:05.00] Jabra Speak 710 : Yes.\n\`\`\`\n<!-- ai:transcript:end -->\n`;
    unchanged(text);
  });

  it('7. a transcript section written as bullets keeps every repeated bullet', () => {
    const text = `${FRONT}## Summary\n- Pricing agreed.\n\n## Transcript\n- **Ines:** Are we done?\n- **Tobiah:** Yes.\n- **Ines:** Yes.\n- **Tobiah:** Yes.\n- **Tobiah:** Yes.\n`;
    unchanged(text);
  });

  it('8. a transcript in a callout keeps its repeated lines', () => {
    const text = `${FRONT}## Notes\n- Pricing agreed.\n\n> [!quote]- Transcript\n> Ines: Shall we sign?\n> Tobiah: Yes.\n> Tobiah: Yes.\n> Ines: Yes.\n`;
    unchanged(text);
  });

  it('9. a transcript inside <details> keeps its repeated bullets', () => {
    const text = `${FRONT}## Notes\n- Pricing agreed.\n\n<details><summary>Transcript</summary>\n\n- Ines: Okay.\n- Tobiah: Okay.\n- Tobiah: Okay.\n\n</details>\n`;
    unchanged(text);
  });
});

// ─── Code and inline code ───────────────────────────────────────────────────

describe('code keeps its characters and its lines', () => {
  it('10. a fence showing broken characters and a repeated list is left as written', () => {
    const text = `${FRONT}## Key Information\n- The importer mangles accents, for example:\n\n\`\`\`markdown\n- [ ] Send the cafÃ© menu ðŸ“… 2026-05-19\n- [ ] Send the cafÃ© menu ðŸ“… 2026-05-19\n\`\`\`\n`;
    unchanged(text);
  });

  it('11. a tilde fence of repeated task lines is not a list', () => {
    const text = `${FRONT}## Action Items\n- [ ] Review the deploy script @Tobiah Marsh\n\n~~~bash\n# - [ ] deploy\n- [ ] deploy\n- [ ] deploy\n~~~\n`;
    unchanged(text);
  });

  it('12. inline code holding what looks broken stays, in a clean note', () => {
    const text = `${FRONT}## Key Information\n- The CSV shows \`ðŸ“…\` where the calendar emoji was, and \`Ã©\` for é.\n- Fix it with \`iconv -f cp1252\`.\n`;
    const { out } = settle(text);
    expect(out).toBe(text);
  });

  it('13. a fence inside a list item keeps its repeated lines', () => {
    const text = `${FRONT}## Action Items\n- [ ] Run the migration twice, as the vendor asks @Ines Vakaro\n  \`\`\`\n  - migrate\n  - migrate\n  \`\`\`\n`;
    unchanged(text);
  });
});

// ─── Quotes and callouts ────────────────────────────────────────────────────

describe('quotes and callouts', () => {
  it('14. a quoted e-mail with a repeated line stays as quoted', () => {
    const text = `${FRONT}## Notes\nTobiah forwarded the supplier's reply:\n\n> Thanks,\n> the shipment leaves Friday.\n> Thanks,\n> Mira\n`;
    unchanged(text);
  });

  it('15. a quoted list repeats what someone wrote, repeats and all', () => {
    const text = `${FRONT}## Notes\n> [!summary] What the client sent\n> - Faster delivery\n> - Lower price\n> - Faster delivery\n`;
    unchanged(text);
  });

  it('16. the same bullet in a callout and in the list below is said twice on purpose', () => {
    const text = `${FRONT}## Decisions\n> [!important]\n> - Ship the lamp driver in June.\n\n- Ship the lamp driver in June.\n- Drop the blue finish.\n`;
    unchanged(text);
  });

  it('17. a broken note repairs its callout too', () => {
    const clean = `${FRONT}## Notes\n> [!note] Tobiah’s summary\n> The café — not the bar — hosts the launch.\n\n- Book it before Friday’s call.\n`;
    expect(settle(breakText(clean, 'windows-1252/c1')).out).toBe(clean);
  });
});

// ─── Tables ─────────────────────────────────────────────────────────────────

describe('tables', () => {
  it('18. a table with two identical rows keeps both: each row is an entry', () => {
    const text = `${FRONT}## Orders\n| Item | Qty |\n| --- | --- |\n| Brass hinge | 4 |\n| Glass pane | 2 |\n| Brass hinge | 4 |\n`;
    unchanged(text);
  });

  it('19. a broken table is repaired cell by cell, rows kept', () => {
    const clean = `${FRONT}## Orders\n| Item | Where |\n| --- | --- |\n| Lamp – brass | Zürich |\n| Lamp – brass | Zürich |\n| Pane | Köln |\n`;
    expect(settle(breakText(clean, 'windows-1252/c1')).out).toBe(clean);
  });
});

// ─── Lists ──────────────────────────────────────────────────────────────────

describe('nested and ordered lists', () => {
  it('20. the same sub-bullet under two parents belongs to each', () => {
    const text = `${FRONT}## Action Items\n- [ ] Prepare the Lantern Works quote @Ines Vakaro\n    - [ ] Ask finance for the margin\n- [ ] Prepare the Orchard Lane quote @Ines Vakaro\n    - [ ] Ask finance for the margin\n`;
    unchanged(text);
  });

  it('21. tab-indented sub-bullets repeated under two parents stay', () => {
    const text = `${FRONT}## Notes\n- Lantern Works\n\t- follow up in June\n- Orchard Lane\n\t- follow up in June\n`;
    unchanged(text);
  });

  it('22. a sub-bullet repeated under the same parent goes once', () => {
    const text = `${FRONT}## Notes\n- Lantern Works\n  - follow up in June\n  - send the catalogue\n  - follow up in June\n- Orchard Lane\n`;
    expect(settle(text).out).toBe(`${FRONT}## Notes\n- Lantern Works\n  - follow up in June\n  - send the catalogue\n- Orchard Lane\n`);
  });

  it('23. an ordered list repeating a step is a procedure, not a repeat', () => {
    const text = `${FRONT}## Reset procedure\n1. Hold the power button.\n2. Release it.\n3. Hold the power button.\n4. Wait for the blue light.\n`;
    unchanged(text);
  });

  it('24. a loose list loses its repeat with one blank line, keeping its rhythm', () => {
    const text = `${FRONT}## Decisions\n\n- Ship in June.\n\n- Keep the brass finish.\n\n- Ship in June.\n\n## Risks\n\n- The glazier is late.\n`;
    expect(settle(text).out).toBe(`${FRONT}## Decisions\n\n- Ship in June.\n\n- Keep the brass finish.\n\n## Risks\n\n- The glazier is late.\n`);
  });

  it('25. repeats written with another bullet mark are still repeats', () => {
    const text = `${FRONT}## Key Information\n- The warehouse moves in July.\n* The warehouse moves in July.\n+ Rent goes up 3%.\n`;
    expect(settle(text).out).toBe(`${FRONT}## Key Information\n- The warehouse moves in July.\n+ Rent goes up 3%.\n`);
  });

  it('26. empty bullets and checkboxes a template left to fill are scaffolding, not repeats', () => {
    const text = `${FRONT}## Attendees\n- \n- \n- \n\n## Action Items\n- [ ] \n- [ ] \n`;
    unchanged(text);
  });
});

// ─── A task written twice ───────────────────────────────────────────────────

describe('a task written twice', () => {
  it('27. open and done: the done copy survives, since it records that the work was finished', () => {
    const text = `${FRONT}## Action Items\n- [ ] Send the signed contract to Lantern Works @Ines Vakaro 📅 2026-05-15\n- [ ] Call the glazier @Tobiah Marsh\n- [x] Send the signed contract to Lantern Works @Ines Vakaro 📅 2026-05-15 ✅ 2026-05-14\n`;
    const { out } = settle(text);
    const copies = parseNote(PATH, out).tasks.filter((t) => /signed contract/.test(t.text));
    expect(copies).toHaveLength(1);
    expect(copies[0].status).toBe('x');
    expect(copies[0].done).toBe('2026-05-14');
    expect(copies[0].due).toBe('2026-05-15');
    keepsEveryWord(text, out);
  });

  it('28. done first and open below: still the done copy', () => {
    const text = `${FRONT}## Action Items\n- [x] Renew the kiln insurance @Tobiah Marsh ✅ 2026-05-10\n- [ ] Renew the kiln insurance @Tobiah Marsh\n`;
    const { out } = settle(text);
    const copies = parseNote(PATH, out).tasks.filter((t) => /kiln insurance/.test(t.text));
    expect(copies).toHaveLength(1);
    expect(copies[0].status).toBe('x');
    keepsEveryWord(text, out);
  });

  it('29. copies differing only by trailing spaces are one', () => {
    const text = `${FRONT}## Action Items\n- [ ] Book the photographer @Ines Vakaro  \n- [ ] Book the photographer @Ines Vakaro\n`;
    const { out } = settle(text);
    expect(parseNote(PATH, out).tasks).toHaveLength(1);
  });

  it('30. copies differing only by a #task tag: one survives, with the tag', () => {
    const text = `${FRONT}## Action Items\n- [ ] Book the photographer @Ines Vakaro\n- [ ] Book the photographer @Ines Vakaro #task\n`;
    const { out } = settle(text);
    const tasks = parseNote(PATH, out).tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0].tags).toContain('#task');
    keepsEveryWord(text, out);
  });

  it('31. a copy carrying a block id the note links to survives, id and link intact', () => {
    const text = `${FRONT}## Action Items\n- [ ] Book the photographer @Ines Vakaro\n- [ ] Call the glazier @Tobiah Marsh\n- [ ] Book the photographer @Ines Vakaro ^photo\n\n## Notes\nSee [[#^photo|the photographer task]].\n`;
    const { out } = settle(text);
    expect(out).toContain('^photo');
    expect(out).toContain('[[#^photo|the photographer task]]');
    expect(parseNote(PATH, out).tasks.filter((t) => /photographer/.test(t.text))).toHaveLength(1);
  });

  it('32. copies carrying different block ids both stay: links elsewhere may reach either', () => {
    const text = `${FRONT}## Decisions\n- Ship the lamp driver in June. ^ship1\n- Drop the blue finish.\n- Ship the lamp driver in June. ^ship2\n`;
    unchanged(text);
  });

  it('33. a block id on the first copy only: the second copy goes', () => {
    const text = `${FRONT}## Decisions\n- Ship the lamp driver in June. ^ship\n- Ship the lamp driver in June.\n\nAs agreed in [[#^ship]].\n`;
    expect(settle(text).out).toBe(`${FRONT}## Decisions\n- Ship the lamp driver in June. ^ship\n\nAs agreed in [[#^ship]].\n`);
  });

  it('34. Dataview fields repeated word for word collapse', () => {
    const text = `${FRONT}## Action Items\n- [ ] Draft the press note [due:: 2026-05-20] [owner:: Ines]\n- [ ] Draft the press note [due:: 2026-05-20] [owner:: Ines]\n`;
    expect(settle(text).out).toBe(`${FRONT}## Action Items\n- [ ] Draft the press note [due:: 2026-05-20] [owner:: Ines]\n`);
  });
});

// ─── Template leftovers ─────────────────────────────────────────────────────

describe('template leftovers', () => {
  it('35. {{date}} and {{title}} filled in frontmatter and body from the file', () => {
    const text = '---\ntype: customer\ndate: {{date}}\ntitle: "{{title}}"\n---\n# {{title}}\n\n**Date**: {{date:YYYY-MM-DD}}\n\n## Notes\n- Kick-off.\n';
    expect(settle(text).out).toBe(
      '---\ntype: customer\ndate: 2026-05-12\ntitle: "2026-05-12 Lantern Works sync"\n---\n# 2026-05-12 Lantern Works sync\n\n**Date**: 2026-05-12\n\n## Notes\n- Kick-off.\n',
    );
  });

  it('36. Templater: a date filled, the cursor mark removed', () => {
    const text = '---\ncreated: <% tp.date.now("YYYY-MM-DD") %>\ntags: [meeting]\n---\n## Notes\n- Kick-off. <% tp.file.cursor() %>\n';
    expect(settle(text).out).toBe('---\ncreated: 2026-05-12\ntags: [meeting]\n---\n## Notes\n- Kick-off.\n');
  });

  it('37. with no date anywhere, a date field is removed and the plan says why; a body date is left and reported', () => {
    const path = 'Inbox/Lantern Works sync.md';
    const text = '---\ntype: customer\ndate: {{date}}\n---\n**Date**: {{date}}\n\n## Notes\n- Kick-off.\n';
    const { out, plan, problems } = settle(text, path);
    expect(out).toBe('---\ntype: customer\n---\n**Date**: {{date}}\n\n## Notes\n- Kick-off.\n');
    expect(plan.edits[0].reason).toMatch(/no date/);
    expect(problems.some((p) => p.kind === 'template-leftover' && p.line === 5)).toBe(true);
  });

  it('38. placeholders inside a code fence document the template and stay', () => {
    const text = `${FRONT}## How the template works\n\`\`\`\ndate: {{date}}\n# {{title}}\n<% tp.file.cursor() %>\n\`\`\`\n`;
    unchanged(text);
  });

  it('39. a CRLF note with a BOM gets its leftover filled and keeps both', () => {
    const text = '\uFEFF' + crlf('---\ntype: customer\ndate: "{{date}}"\n---\n## Notes\n- Kick-off.\n');
    expect(settle(text).out).toBe('\uFEFF' + crlf('---\ntype: customer\ndate: "2026-05-12"\n---\n## Notes\n- Kick-off.\n'));
  });
});

// ─── Frontmatter shapes ─────────────────────────────────────────────────────

describe('frontmatter', () => {
  it('40. malformed YAML is left as it is, and the body is still normalized', () => {
    const front = '---\ntitle: "Lantern Works sync\nparticipants: [Ines Vakaro, Tobiah Marsh\n\ttags: meeting\n---\n';
    const text = `${front}## Decisions\n- Ship in June.\n- Ship in June.\n`;
    expect(settle(text).out).toBe(`${front}## Decisions\n- Ship in June.\n`);
  });

  it('41. a note that is nothing but frontmatter is left alone, with or without a final break', () => {
    unchanged('---\ntype: customer\ndate: 2026-05-12\n---');
    unchanged('---\ntype: customer\ndate: 2026-05-12\n---\n');
    unchanged(crlf('---\ntype: customer\ndate: 2026-05-12\n---\n'));
  });

  it('42. nothing but frontmatter with a leftover: filled, nothing else touched', () => {
    expect(settle('---\ntype: customer\ndate: {{date}}\n---').out).toBe('---\ntype: customer\ndate: 2026-05-12\n---');
  });

  it('43. a frontmatter that never closes: no crash, nothing lost', () => {
    const text = '---\ntype: customer\ndate: 2026-05-12\n## Decisions\n- Ship in June.\n- Ship in June.\n';
    const { out } = settle(text);
    keepsEveryWord(text, out);
  });

  it('44. a list field repeating a value is the author\'s YAML and stays', () => {
    unchanged('---\ntype: customer\ntags: [meeting, meeting]\naliases:\n  - Lantern\n  - Lantern\n---\n## Notes\n- Kick-off.\n');
  });
});

// ─── Scripts and symbols ────────────────────────────────────────────────────

describe('emoji and right-to-left text', () => {
  it('45. emoji-only lines, ZWJ sequences, flags and skin tones are clean', () => {
    const text = `${FRONT}## Reactions\n🎉🎉\n\n🎉🎉\n\n👩‍👩‍👧 🇳🇿 👍🏽 ❤️‍🔥\n\n- 👍\n- 🚀 launch\n`;
    unchanged(text);
  });

  it('46. Hebrew and Arabic notes with direction marks stay as written', () => {
    const text = `---\ntype: customer\ndate: 2026-05-12\n---\n## החלטות\n- נשלח את ההצעה ביום ראשון.\u200F\n- المورّد يؤكد الموعد غدًا.\n\n## Notes\n- Meeting with \u202Bשרה כהן\u202C at 10:00.\n`;
    unchanged(text);
  });

  it('47. a right-to-left bullet repeated word for word goes once', () => {
    const text = `${FRONT}## Decisions\n- نرسل العرض يوم الأحد.\n- نرسل العرض يوم الأحد.\n- Drop the blue finish.\n`;
    expect(settle(text).out).toBe(`${FRONT}## Decisions\n- نرسل العرض يوم الأحد.\n- Drop the blue finish.\n`);
  });
});

// ─── Other repeats that are meant ───────────────────────────────────────────

describe('repeats that are meant', () => {
  it('48. a paragraph line said twice is not a bullet and stays', () => {
    const text = `${FRONT}## Notes\nYes.\n\nYes.\n\nThat was the whole answer.\n`;
    unchanged(text);
  });

  it('49. an HTML comment and a math block keep their repeated lines', () => {
    const text = `${FRONT}## Notes\n<!--\n- draft\n- draft\n-->\n\n$$\nx = 1\nx = 1\n$$\n\n- Kick-off.\n`;
    unchanged(text);
  });

  it('50. an embed shown twice stays', () => {
    const text = `${FRONT}## Photos\n![[kiln.jpg]]\n\n![[kiln.jpg]]\n`;
    unchanged(text);
  });

  it('51. the same bullet under two headings of different sections stays', () => {
    const text = `${FRONT}## Lantern Works\n- Send the catalogue.\n\n## Orchard Lane\n- Send the catalogue.\n`;
    unchanged(text);
  });
});

// ─── Conversations and near-twins that are two things ───────────────────────

describe('conversations written out, and copies that differ where it matters', () => {
  it('58. a chat pasted as bullets keeps every turn, "Yes." twice included', () => {
    unchanged(`${FRONT}## Conversation\n- Ines: Can we ship in June?\n- Tobiah: Yes.\n- Ines: And the brass finish?\n- Tobiah: Yes.\n`);
  });

  it('59. minutes kept as who said what, in bold and with times, keep every turn', () => {
    unchanged(`${FRONT}## Notes\n**Ines:** Ready?\n**Tobiah:** Yes.\n\n**Ines:** Brass?\n**Tobiah:** Yes.\n`);
    unchanged(`${FRONT}## Log\n- [10:02] Ines: ok\n- [10:03] Tobiah: ok\n- 10:05 Ines: ok\n- 10:05 Ines: ok\n`);
  });

  it('60. a list of labels is no dialogue: its word-for-word repeat goes', () => {
    const text = `${FRONT}## Status\n- Budget: on track\n- Scope: on track\n- Budget: on track\n`;
    expect(settle(text).out).toBe(`${FRONT}## Status\n- Budget: on track\n- Scope: on track\n`);
  });

  it('61. the same task due on two dates is two occurrences, both kept', () => {
    unchanged(`${FRONT}## Action Items\n- [ ] Send the status report @Ines Vakaro 📅 2026-05-20\n- [ ] Send the status report @Ines Vakaro 📅 2026-05-27\n`);
  });

  it('61b. a recurring task\'s series, as Obsidian Tasks writes it, keeps every occurrence', () => {
    unchanged(`${FRONT}## Chores\n- [ ] Water the plants 🔁 every week 📅 2026-05-19\n- [x] Water the plants 🔁 every week 📅 2026-05-12 ✅ 2026-05-12\n- [x] Water the plants 🔁 every week 📅 2026-05-05 ✅ 2026-05-06\n`);
  });

  it('62. tasks differing by a number, a person or a room are different tasks', () => {
    unchanged(`${FRONT}## Action Items\n- [ ] Chase purchase order 4411 with the glazier\n- [ ] Chase purchase order 4412 with the glazier\n- [ ] Book room A for the kickoff\n- [ ] Book room B for the kickoff\n- [ ] Send the deck @Ines Vakaro\n- [ ] Send the deck @Tobiah Marsh\n`);
  });

  it('63. owners as parent bullets each keep their own copy of a task', () => {
    unchanged(`${FRONT}## Action Items\n- **Ines**\n  - [ ] Send the deck\n- **Tobiah**\n  - [ ] Send the deck\n`);
  });
});

describe('a repeat never takes a link, a web address or a mark with it', () => {
  it('67. of two copies, the one linking the person stays, and takes the other\'s due date', () => {
    const text = `${FRONT}## Action Items\n- [ ] Send Ines Vakaro the signed lamp contract 📅 2026-05-20\n- [ ] Send [[Ines Vakaro]] the signed lamp contract\n`;
    const { out } = settle(text);
    const tasks = parseNote(PATH, out).tasks;
    expect(tasks).toHaveLength(1);
    expect(out).toContain('- [ ] Send [[Ines Vakaro]] the signed lamp contract');
    expect(tasks[0].due).toBe('2026-05-20');
  });

  it('68. the copy with the web address stays; one saying more words without it stays too', () => {
    const text = `${FRONT}## Key Information\n- The price list is online\n- The price list is online: https://lantern.example/prices\n`;
    expect(settle(text).out).toBe(`${FRONT}## Key Information\n- The price list is online: https://lantern.example/prices\n`);
    unchanged(`${FRONT}## Key Information\n- The new price list for the brass lamps is online now\n- The price list is online: https://lantern.example/prices\n`);
  });

  it('69. bullets of no words — votes, marks — are not repeats', () => {
    unchanged(`${FRONT}## Votes on the brass finish\n- 👍\n- 👍\n- 👎\n- 👍\n\n## Open points\n- …\n- …\n`);
  });
});

// ─── Bad input ──────────────────────────────────────────────────────────────

describe('bad input gives a message, never a crash', () => {
  it('52. empty and blank notes plan nothing', () => {
    for (const text of ['', '\n', '\r\n', '\uFEFF', '   \n\t\n']) unchanged(text);
  });

  it('53. a binary file is refused with a reason', () => {
    const { plan, problems } = planNormalize(PATH, 'PK\u0003\u0004\u0000\u0000\u0000binary\u0000');
    expect(plan.edits).toEqual([]);
    expect(problems[0]?.message).toMatch(/Not normalized/);
  });

  it('54. a lone surrogate does not stop the rest of the note being normalized', () => {
    const text = `${FRONT}## Notes\n- broken \uD83D emoji\n- Ship.\n- Ship.\n`;
    expect(settle(text).out).toBe(`${FRONT}## Notes\n- broken \uD83D emoji\n- Ship.\n`);
  });

  it('55. text that is not a string is refused with a message', () => {
    for (const bad of [undefined, null, 42, { text: 'x' }]) {
      const result = planNormalize(PATH, bad as unknown as string);
      expect(result.plan.edits).toEqual([]);
      expect(result.problems[0]?.message).toMatch(/Not normalized/);
    }
  });
});

// ─── Size ───────────────────────────────────────────────────────────────────

describe('a note of several megabytes', () => {
  it('56. a long meeting log with repeats here and there settles in one pass, nothing lost', () => {
    const parts = [FRONT, '# Lantern Works log\n'];
    let repeats = 0;
    for (let s = 0; s < 600; s++) {
      parts.push(`\n## Week ${s}\n`);
      for (let i = 0; i < 40; i++) parts.push(`- [ ] Item ${s}-${i}: check the kiln, order glass and brass for the café, call Tobiah about week ${s} 📅 2026-06-${String((i % 28) + 1).padStart(2, '0')}\n`);
      const repeat = `- [ ] Item ${s}-0: check the kiln, order glass and brass for the café, call Tobiah about week ${s} 📅 2026-06-01\n`;
      parts.push(repeat);
      repeats += repeat.length;
      parts.push('\n```\n- same\n- same\n```\n');
    }
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(2_000_000);
    const { out } = settle(text);
    expect(text.length - out.length).toBe(repeats);
  });
});

describe('an outline of thousands of nested lines', () => {
  it('65. nested 1500 levels deep, it loses only the repeat at the bottom, in one pass', () => {
    const levels = Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
    const deepest = '  '.repeat(1500);
    const text = `${FRONT}## Outline\n${levels.join('\n')}\n${deepest}- leaf\n${deepest}- leaf\n`;
    expect(settle(text).out).toBe(`${FRONT}## Outline\n${levels.join('\n')}\n${deepest}- leaf\n`);
  });

  it('66. wide and shallow, each parent keeps its own children', () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) parts.push(`- Account ${i}\n  - follow up\n  - send the catalogue\n`);
    const text = `${FRONT}## Accounts\n${parts.join('')}`;
    unchanged(text);
  });
});

describe('normalizeText', () => {
  it('57. applies the plan it makes, the same as applyEdits over planNormalize', () => {
    const text = `${FRONT}## Decisions\n- Ship.\n- Ship.\n`;
    expect(normalizeText(PATH, text)).toBe(applyEdits(text, planNormalize(PATH, text).plan.edits));
  });
});
