/**
 * The dedupe's task-line reader and writer: lines are split where the parser reads them, and a line
 * written back with its own fields is the line as it was.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOfLine, parseTaskLine, writeTaskLine } from '../../../src/core/dedupe/taskline';
import { parseNote } from '../../../src/core/parse/index';

const LINES = [
  '- [ ] Send the deck @Ana Ruiz 📅 2025-10-26 ⏫ ^deck-1',
  '> - [ ] Send the deck 📅 2025-10-26',
  '> [!todo] x\n>> 1. [/] Send the deck 🔼 #sales',
  '- [ ]\u00a0Send the deck ⏳ 2025-10-20',
  '\t+ [x] Send the deck ✅ 2025-10-21 ^d2',
  '- [ ] Send the deck (priority:: high)',
  '- [ ] Send the deck [due:: 2025-10-26], [owner:: Ana],',
  '- [ ] Send the deck ^d3 📅 2025-10-26',
  '- [ ] Send the deck 📅\t2025-10-26',
  '- [ ] Send 📅 2025-01-01 📅 2025-02-02',
];

describe('parseTaskLine', () => {
  it.each(LINES)('%j: the description ends where the parser says, and the fields are the parser\'s', (lines) => {
    const line = lines.split('\n').pop()!;
    const parsed = parseTaskLine(line);
    expect(parsed).not.toBeNull();
    const task = parseNote('t.md', `## Action items\n${lines}\n`).tasks.at(-1)!;
    // The parser's description is the line's, with the trailing tags put back after it.
    const tags = parsed!.trailing.filter((t) => t.kind === 'tag').map((t) => t.raw.trim());
    expect([parsed!.description, ...tags].join(' ')).toBe(task.description);
    const f = fieldsOfLine(parsed!);
    expect([f.due ?? task.fields.due ?? null, f.scheduled, f.done, f.priority ?? (task.fields.priority ? task.priority : null), f.blockId]).toEqual([
      task.due,
      task.scheduled,
      task.done,
      task.priority,
      task.blockId,
    ]);
  });

  it('reads a task in a blockquote or callout, its `>` in the lead', () => {
    expect(parseTaskLine('> > 1. [/] Send the deck 🔼')).toMatchObject({ lead: '> > 1. ', status: '/', description: 'Send the deck' });
  });

  it('is null for a bullet without checkbox, and for `[x]` glued to its words', () => {
    expect(parseTaskLine('- Send the deck')).toBeNull();
    expect(parseTaskLine('- [x]Send the deck')).toBeNull();
  });
});

describe('writeTaskLine', () => {
  it.each(LINES)('%j written back with its own fields reads the same, and writing it again changes nothing', (lines) => {
    const line = lines.split('\n').pop()!;
    const parsed = parseTaskLine(line)!;
    const written = writeTaskLine(parsed, fieldsOfLine(parsed));
    const read = (l: string) => {
      const t = parseNote('t.md', `## Action items\n${l}\n`).tasks[0];
      return [t.status, t.text, t.due, t.scheduled, t.done, t.priority, t.blockId, [...t.tags].sort()];
    };
    expect(read(written)).toEqual(read(line));
    const again = parseTaskLine(written)!;
    expect(writeTaskLine(again, fieldsOfLine(again))).toBe(written);
  });

  it('keeps the space after the checkbox and a Dataview field\'s brackets as written', () => {
    const parsed = parseTaskLine('> - [ ]\u00a0Send the deck (due:: 2025-10-26), ^d1')!;
    const fields = { ...fieldsOfLine(parsed), due: '2025-10-20', priority: 'high' as const };
    expect(writeTaskLine(parsed, fields)).toBe('> - [ ]\u00a0Send the deck ⏫ (due:: 2025-10-20), ^d1');
  });
});
