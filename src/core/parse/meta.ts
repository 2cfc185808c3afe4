/**
 * The meta lines generated notes put under their title:
 * `**Date**: 2025-09-16`, `**With**: A, B`, `**Attendees**: …`, `**Account**: [[X]]`.
 */

export type MetaKey = 'date' | 'participants' | 'account';

export interface MetaLine {
  key: MetaKey;
  /** The value as written, trimmed. */
  value: string;
}

const KEYS: Record<string, MetaKey> = {
  date: 'date',
  'meeting date': 'date',
  when: 'date',
  with: 'participants',
  attendees: 'participants',
  participants: 'participants',
  present: 'participants',
  people: 'participants',
  account: 'account',
  company: 'account',
  customer: 'account',
  client: 'account',
};

/** `**Key**: value`, `**Key:** value`, `__Key__: value`, also as a list item. */
const BOLD = /^[ \t]*(?:[-*+][ \t]+)?(\*\*|__)([A-Za-z][A-Za-z ]{0,20}?)[ \t]*(:?)[ \t]*\1[ \t]*(:?)[ \t]*(.*)$/s;
/** `Key: value` without bold: only trusted above the note's first section. */
const PLAIN = /^([A-Za-z][A-Za-z ]{0,20}?)[ \t]*:[ \t]*(.*)$/s;

/** Read a meta line; `plain` allows the unbolded `Date: …` form. */
export function readMeta(line: string, plain: boolean): MetaLine | null {
  const bold = BOLD.exec(line);
  if (bold) {
    if (bold[3] === '' && bold[4] === '') return null;
    const key = KEYS[bold[2].toLowerCase()];
    return key ? { key, value: bold[5].trim() } : null;
  }
  if (!plain) return null;
  const m = PLAIN.exec(line);
  if (!m) return null;
  const key = KEYS[m[1].toLowerCase()];
  return key ? { key, value: m[2].trim() } : null;
}
