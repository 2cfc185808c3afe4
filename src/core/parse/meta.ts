/**
 * The meta lines generated notes put under their title:
 * `**Date**: 2025-09-16`, `**With**: A, B`, `**Attendees**: …`, `**Account**: [[X]]`;
 * also as Dataview inline fields (`Attendees:: A, B`), with a count after the key
 * (`**Attendees (3)**: …`), and as a bold key alone on its line over a list of names.
 */

export type MetaKey = 'date' | 'participants' | 'account' | 'created' | 'type';

export interface MetaLine {
  key: MetaKey;
  /** The value as written, trimmed. */
  value: string;
  /** The next field on the same line (`**Date:** 12 Feb 2026 · **Participants:** Ana, Bo`), when there is one. */
  next?: MetaLine;
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
  invited: 'participants',
  guests: 'participants',
  type: 'type',
  'meeting type': 'type',
  'note type': 'type',
  account: 'account',
  company: 'account',
  customer: 'account',
  client: 'account',
  created: 'created',
  'date created': 'created',
  'created at': 'created',
  // German, French, Spanish, Portuguese and Dutch notes' header keys.
  datum: 'date',
  fecha: 'date',
  teilnehmer: 'participants',
  teilnehmende: 'participants',
  anwesend: 'participants',
  participantes: 'participants',
  asistentes: 'participants',
  deelnemers: 'participants',
  kunde: 'account',
  unternehmen: 'account',
  firma: 'account',
  entreprise: 'account',
  cliente: 'account',
  empresa: 'account',
  klant: 'account',
};

/** `**Key**: value`, `**Key:** value`, `__Key__: value`, `**Key**:: value`, `**Key (3)**: value`, also as a list item. */
const BOLD = /^[ \t]*(?:[-*+][ \t]+)?(\*\*|__)([A-Za-z][A-Za-z ]{0,20}?)(?:[ \t]*\(\d{1,3}\))?[ \t]*(:{0,2})[ \t]*\1[ \t]*(:{0,2})[ \t]*(.*)$/s;
/** `Key: value` or the Dataview `Key:: value` without bold (2 the colons). */
const PLAIN = /^([A-Za-z][A-Za-z ]{0,20}?)(?:[ \t]*\(\d{1,3}\))?[ \t]*(::?)[ \t]*(.*)$/s;
/** A key, bold or not, with or without a colon, then nothing but mail links: `Invited [Ana Ruiz](mailto:ana@x.com) [Bo Li](mailto:bo@x.com)`. */
const MAIL_LIST = /^[ \t]*(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,20}?)(?:\*\*|__)?[ \t]*:{0,2}[ \t]*(?:\*\*|__)?[ \t]*((?:\[[^\]\n]*\]\(mailto:[^)\s]*\)[ \t,;]*(?:and[ \t]+)?)+)$/i;

/**
 * Read a meta line. `plain` allows the unbolded `Date: …` form, trusted only above the note's
 * first section; the Dataview form `Key:: value` is read anywhere, as Dataview reads it, and so
 * is a key over nothing but mail links. A plain `Type: …` is prose too often: the note's type is
 * read only from `type:: …` or `**Type**: …`.
 */
export function readMeta(line: string, plain: boolean): MetaLine | null {
  const bold = BOLD.exec(line);
  if (bold) {
    // `**Bold** text` is emphasis; a bold key alone on its line heads the list under it.
    if (bold[3] === '' && bold[4] === '' && bold[5].trim() !== '') return mailList(line);
    const key = KEYS[bold[2].toLowerCase()];
    return key ? withNextFields(key, bold[5]) : null;
  }
  const m = PLAIN.exec(line);
  if (!m) return mailList(line);
  const key = KEYS[m[1].toLowerCase()];
  if (key === undefined) return null;
  if (m[2] === '::') return { key, value: m[3].trim() };
  return plain && key !== 'type' ? withNextPlainFields(key, m[3]) : mailList(line);
}

/**
 * Several fields on one line, as meeting tools write their header: `**Date:** 12 Feb 2026 · **Participants:** Ana, Bo`,
 * `**When**: Mar 3 | **With**: Ana`. The value ends where a separator (`·`, `•`, `|`, `;`) comes before another known
 * bold key; what follows is read as a field of its own.
 */
function withNextFields(key: MetaKey, value: string): MetaLine {
  if (value.includes('**') || value.includes('__')) {
    NEXT_FIELD.lastIndex = 0;
    for (let m = NEXT_FIELD.exec(value); m !== null; m = NEXT_FIELD.exec(value)) {
      const rest = readMeta(value.slice(m.index + m[0].length), false);
      if (rest !== null) return { key, value: value.slice(0, m.index).trim(), next: rest };
    }
  }
  return { key, value: value.trim() };
}

/** `Date: Mar 3, 2026 | Attendees: Ana, Bo`: the same without bold keys, where only a spaced `·`, `•` or `|` parts them. */
function withNextPlainFields(key: MetaKey, value: string): MetaLine {
  if (value.includes('|') || value.includes('·') || value.includes('•')) {
    NEXT_PLAIN_FIELD.lastIndex = 0;
    for (let m = NEXT_PLAIN_FIELD.exec(value); m !== null; m = NEXT_PLAIN_FIELD.exec(value)) {
      const rest = readMeta(value.slice(m.index + m[0].length), true);
      if (rest !== null) return { key, value: value.slice(0, m.index).trim(), next: rest };
    }
  }
  return { key, value: value.trim() };
}

/** A spaced separator before a word and a colon: where a plain next field may start. */
const NEXT_PLAIN_FIELD = /[ \t]+[·•|][ \t]+(?=[A-Za-z][A-Za-z ]{0,20}?[ \t]*:)/g;

/** A separator, then a bold key of a field: where the next field on a header line starts. */
const NEXT_FIELD = /[ \t]*[·•|;][ \t]*(?=\*\*|__)/g;

/** `Invited [Ana Ruiz](mailto:…) [Bo Li](mailto:…)`: the people a line names by mail links alone, under a key naming them; else null. */
function mailList(line: string): MetaLine | null {
  if (!line.includes('](mailto:')) return null;
  const m = MAIL_LIST.exec(line);
  if (!m || KEYS[m[1].trim().toLowerCase()] !== 'participants') return null;
  return { key: 'participants', value: m[2].trim() };
}

/**
 * Whether `line` may hold a Dataview field or a list of mail links (see `readMeta`): a letter first, then
 * `::` after the first word, or `](mailto:` in a line ending with `)`. Only then is a line below the first
 * section worth reading as a meta line.
 */
export function mayBeField(line: string, firstAt: number): boolean {
  const c = line.charCodeAt(firstAt);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  // Below the first section the key is one word (`type`, `meeting_type`, `meeting-date`), as Dataview keys mostly
  // are: only the first word is looked through, and prose is done with at its first space. (Above it, any key is read.)
  let i = firstAt + 1;
  for (;;) {
    const d = line.charCodeAt(i);
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95 || d === 45) i++;
    else break;
  }
  if (line.charCodeAt(i) === 58 /* : */ && line.charCodeAt(i + 1) === 58) return true;
  let last = line.length - 1;
  while (last > 0 && (line.charCodeAt(last) === 32 || line.charCodeAt(last) === 9)) last--;
  return line.charCodeAt(last) === 41 /* ) */ && line.includes('](mailto:');
}
