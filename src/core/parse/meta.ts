/**
 * The meta lines generated notes put under their title:
 * `**Date**: 2025-09-16`, `**With**: A, B`, `**Attendees**: …`, `**Account**: [[X]]`;
 * also as Dataview inline fields (`Attendees:: A, B`), with a count after the key
 * (`**Attendees (3)**: …`), and as a bold key alone on its line over a list of names.
 */

export type MetaKey = 'date' | 'participants' | 'account' | 'created';

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
  who: 'participants',
  invitees: 'participants',
  account: 'account',
  company: 'account',
  customer: 'account',
  client: 'account',
  created: 'created',
  'date created': 'created',
  'created at': 'created',
};

/** `**Key**: value`, `**Key:** value`, `__Key__: value`, `**Key**:: value`, `**Key (3)**: value`, also as a list item. */
const BOLD = /^[ \t]*(?:[-*+][ \t]+)?(\*\*|__)([A-Za-z][A-Za-z ]{0,20}?)(?:[ \t]*\(\d{1,3}\))?[ \t]*(:{0,2})[ \t]*\1[ \t]*(:{0,2})[ \t]*(.*)$/s;
/** `Key: value` or the Dataview `Key:: value` without bold: only trusted above the note's first section. */
const PLAIN = /^([A-Za-z][A-Za-z ]{0,20}?)(?:[ \t]*\(\d{1,3}\))?[ \t]*::?[ \t]*(.*)$/s;

/** Read a meta line; `plain` allows the unbolded `Date: …` form. */
export function readMeta(line: string, plain: boolean): MetaLine | null {
  const bold = BOLD.exec(line);
  if (bold) {
    // `**Bold** text` is emphasis; a bold key alone on its line heads the list under it.
    if (bold[3] === '' && bold[4] === '' && bold[5].trim() !== '') return null;
    const key = KEYS[bold[2].toLowerCase()];
    return key ? { key, value: bold[5].trim() } : null;
  }
  if (!plain) return null;
  const m = PLAIN.exec(line);
  if (!m) return null;
  const key = KEYS[m[1].toLowerCase()];
  return key ? { key, value: m[2].trim() } : null;
}
