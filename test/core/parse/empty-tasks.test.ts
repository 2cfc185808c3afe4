/**
 * Checkboxes a template left empty, or holding only a placeholder: no task to count, list or merge,
 * and reported so nothing disappears silently. Invented content.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import { isPlaceholderTask } from '../../../src/core/parse/tasks';

const note = (lines: string[]) => parseNote('Meetings/empty.md', lines.join('\n'));

describe('empty and placeholder tasks', () => {
  it('`- [ ] ` with nothing after it, with spaces, or with any status is no task, and is reported on its line', () => {
    const n = note(['## Action items', '- [ ] ', '- [ ]', '* [x]   ', '- [ ] Send the deck', '\t- [/] \t']);
    expect(n.tasks.map((t) => [t.text, t.line])).toEqual([['Send the deck', 5]]);
    expect(n.problems.map((p) => [p.kind, p.line])).toEqual([
      ['template-leftover', 2],
      ['template-leftover', 3],
      ['template-leftover', 4],
      ['template-leftover', 6],
    ]);
    expect(n.items).toEqual([]);
  });

  it('a placeholder left in place of the words: dots, a template tag, a stand-in word', () => {
    const lines = ['- [ ] ...', '- [ ] …', '- [ ] {{task}}', '- [ ] <% tp.file.cursor() %>', '- [ ] TODO', '- [ ] <task>', '- [ ] [Action item]', '- [ ] _Description_', '- [ ] —', '- [ ] #task'];
    const n = note(['## Next steps', ...lines]);
    expect(n.tasks).toEqual([]);
    expect(n.problems).toHaveLength(lines.length);
    expect(n.problems[4].message).toContain('“TODO”');
  });

  it('a task with only signifiers and no words is no task either', () => {
    const n = note(['- [ ] 📅 2025-10-20 ⏫']);
    expect(n.tasks).toEqual([]);
    expect(n.problems.map((p) => p.kind)).toEqual(['template-leftover']);
  });

  it('short real tasks stay tasks: a word, a name, a number', () => {
    const n = note(['- [ ] Invoice', '- [ ] x', '- [ ] @Ana Ruiz', '- [ ] 42', '- [ ] Todo list cleanup', '- [ ] TODO: send the deck']);
    expect(n.tasks.map((t) => t.text)).toEqual(['Invoice', 'x', '', '42', 'Todo list cleanup', 'TODO: send the deck']);
    expect(n.tasks[2].assignee).toBe('Ana Ruiz');
    expect(n.problems).toEqual([]);
  });

  it('isPlaceholderTask', () => {
    for (const t of ['', '  ', '...', '???', '-', '{{ action }}', '"task"', '**TBD**', 'Task description.', 'your task here']) expect(isPlaceholderTask(t), t).toBe(true);
    for (const t of ['Send it', 'Call Ana', 'Q3', 'Tasks for Bo', 'Review {{ draft }} wording with legal and the team']) expect(isPlaceholderTask(t), t).toBe(false);
  });
});
