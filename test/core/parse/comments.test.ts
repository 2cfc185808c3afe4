import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';

describe('comments over several lines', () => {
  const text = [
    '## Action items',
    '- [ ] Real task @Ana',
    '<!--',
    '- [ ] Template task @Owner',
    '- A commented bullet',
    '-->',
    '- [ ] Second real task',
    '%%',
    '- [ ] Hidden in an Obsidian comment',
    '%%',
    '- [ ] Third real task',
    '<!-- a comment on one line -->',
    '- [ ] Fourth real task',
    '',
  ].join('\r\n');

  it('hides the tasks and bullets inside them, as Obsidian does', () => {
    const note = parseNote('x.md', text);
    expect(note.tasks.map((t) => [t.line, t.text])).toEqual([
      [2, 'Real task'],
      [7, 'Second real task'],
      [11, 'Third real task'],
      [13, 'Fourth real task'],
    ]);
    expect(note.items).toEqual([]);
  });

  it('keeps transcript markers, which are comments too, as markers', () => {
    const note = parseNote('y.md', '## Transcript\n<!-- ai:transcript:start -->\n[00:00:01] zoom.us : Hello.\n<!-- ai:transcript:end -->\n- [ ] After the transcript\n');
    expect(note.transcript?.lines).toHaveLength(1);
    expect(note.tasks.map((t) => t.text)).toEqual(['After the transcript']);
  });

  it('hides the rest of the note behind a comment never closed', () => {
    expect(parseNote('z.md', '- [ ] Before\n<!--\n- [ ] After\n').tasks.map((t) => t.text)).toEqual(['Before']);
  });
});
