import { describe, expect, it } from 'vitest';
import { readMeta } from '../../../src/core/parse/meta';
import { parseNote } from '../../../src/core/parse/index';

describe('meta lines', () => {
  it.each([
    ['**Date**: 2025-09-16', { key: 'date', value: '2025-09-16' }],
    ['**Date:** 2025-09-16', { key: 'date', value: '2025-09-16' }],
    ['- **With**: Ana Ruiz, Ben Okafor', { key: 'participants', value: 'Ana Ruiz, Ben Okafor' }],
    ['**Attendees**: Ana', { key: 'participants', value: 'Ana' }],
    ['__Account__: [[Northwind]]', { key: 'account', value: '[[Northwind]]' }],
    ['**Company**: Northwind', { key: 'account', value: 'Northwind' }],
  ])('%s', (line, meta) => {
    expect(readMeta(line, false)).toEqual(meta);
  });

  it('plain "Key: value" only where allowed', () => {
    expect(readMeta('Attendees: Ana', false)).toBeNull();
    expect(readMeta('Attendees: Ana', true)).toEqual({ key: 'participants', value: 'Ana' });
  });

  it.each(['**Bold** text', '**Owner**: Ana', 'Date is tomorrow'])('%s is not a meta line', (line) => {
    expect(readMeta(line, true)).toBeNull();
  });

  it('fills the note’s date, participants and account', () => {
    const note = parseNote(
      'n.md',
      '# Sync\n\n**Date**: [[2025-02-03]]\n**With**: [[Ana Ruiz|Ana]], @Ben Okafor; Ana Ruiz\n**Account**: [[Clients/Northwind|NW]]\n\n## Summary\nDate: not read here\n',
    );
    expect(note.date).toBe('2025-02-03');
    expect(note.participants).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(note.account).toBe('Northwind');
    expect(note.items).toEqual([]);
  });

  it('an empty **Attendees**: takes the list under it', () => {
    const note = parseNote('n.md', '**Attendees**:\n- Ana Ruiz\n- Ben Okafor\n\n## Notes\n- a fact\n');
    expect(note.participants).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(note.items.map((i) => i.text)).toEqual(['a fact']);
  });

  it('bullets under ## Attendees are participants', () => {
    const note = parseNote('n.md', '## Attendees\n- [[Ana Ruiz]]\n- Ben Okafor (Northwind)\n## Decisions\n- Go\n');
    expect(note.participants).toEqual(['Ana Ruiz', 'Ben Okafor (Northwind)']);
    expect(note.items.map((i) => i.kind)).toEqual(['decision']);
  });
});
