/**
 * Tasks in the Obsidian Tasks emoji format, and its Dataview inline form.
 *
 * As Tasks does, signifiers are peeled off the END of the description one at
 * a time (an emoji in mid-text stays description). Each step looks only at the
 * tail after the last occurrence of a marker, so no regex ever scans the
 * whole line from every position.
 */

import type { Priority, StatusType } from '../model';
import { displayLinks } from './links';

/** Everything a task line says besides its span, status and section. */
export interface TaskFields {
  text: string;
  description: string;
  assignee: string | null;
  priority: Priority | null;
  due: string | null;
  scheduled: string | null;
  startDate: string | null;
  created: string | null;
  done: string | null;
  cancelled: string | null;
  recurrence: string | null;
  id: string | null;
  dependsOn: string[];
  onCompletion: string | null;
  tags: string[];
  blockId: string | null;
  fields: Record<string, string>;
}

/** `[x] rest` at the start of a list item's content: the checkbox and a single status character. */
const CHECKBOX = /^\[(.)\](?:[ \t]+|$)/u;

/** The status character and the description after the checkbox, or null when the item is not a task. */
export function readCheckbox(content: string): { status: string; body: string; bodyFrom: number } | null {
  if (content.charCodeAt(0) !== 91 /* [ */) return null;
  const m = CHECKBOX.exec(content);
  if (!m) return null;
  return { status: m[1], body: content.slice(m[0].length), bodyFrom: m[0].length };
}

/** How Tasks treats a status character; unknown characters are open, like a todo. */
export function statusTypeOf(status: string): StatusType {
  switch (status) {
    case 'x':
    case 'X':
      return 'done';
    case '/':
      return 'in_progress';
    case '-':
      return 'cancelled';
    case '?':
      return 'proposed';
    default:
      return 'todo';
  }
}

export function isOpen(type: StatusType): boolean {
  return type !== 'done' && type !== 'cancelled' && type !== 'non_task';
}


type DateField = 'due' | 'scheduled' | 'startDate' | 'created' | 'done' | 'cancelled';

const DATE_FIELD_BY_EMOJI: Record<string, DateField> = {
  '\u{1F4C5}': 'due', // 📅
  '\u{1F4C6}': 'due', // 📆
  '\u{1F5D3}': 'due', // 🗓
  '\u23F3': 'scheduled', // ⏳
  '\u231B': 'scheduled', // ⌛
  '\u{1F6EB}': 'startDate', // 🛫
  '\u2795': 'created', // ➕
  '\u2705': 'done', // ✅
  '\u274C': 'cancelled', // ❌
};

/** A dated signifier at the very end: `📅 2025-10-26`, `📅️2025-10-26`. Applied to a short tail only. */
const DATED_TAIL = /(\u{1F4C5}|\u{1F4C6}|\u{1F5D3}|\u23F3|\u231B|\u{1F6EB}|\u2795|\u2705|\u274C)\uFE0F? *(\d{4}-\d{2}-\d{2})$/u;
const RECURRENCE = /^\u{1F501}\uFE0F? *([a-zA-Z0-9, !]+)$/u;
const ON_COMPLETION = /^\u{1F3C1}\uFE0F? *([a-zA-Z]+)$/u;
const ID = /^\u{1F194}\uFE0F? *([a-zA-Z0-9_-]+)$/u;
const DEPENDS_ON = /^\u26D4\uFE0F? *([a-zA-Z0-9_-]+(?: *, *[a-zA-Z0-9_-]+)*)$/u;
const BLOCK_ID = /^\^[A-Za-z0-9-]+$/;
/** Characters that end a tag, as Obsidian and Tasks read them (whitespace aside). */
const NOT_IN_TAG = new Set('!@#$%^&*(),.?":{}|<>[]`\'~;=+\\');
const TAGS = /(^|\s)(#[^\s!@#$%^&*(),.?":{}|<>[\]`'~;=+\\]+)/g;
/** `[key:: value]` or `(key:: value)`. */
const INLINE_FIELD = /\[([^[\]:]+?)::[ \t]*([^[\]]*?)[ \t]*\]|\(([^():]+?)::[ \t]*([^()]*?)[ \t]*\)/g;

/**
 * `@First Last`: a first word of any case, then capitalised words (and the
 * particles names carry: `van`, `de`, `bin` …) up to a signifier, tag,
 * bracket or the end. `@HR`, `@TBD`, `@Çağla Yıldız`, `@Lior Genzel Genzel`.
 */
const ASSIGNEE =
  /@([\p{L}\p{N}][\p{L}\p{M}\p{N}'’._-]*(?:[ \t]+(?:(?:van|von|de|da|del|della|der|den|di|du|la|le|ten|ter|bin|ibn|al|el|dos|das|do)[ \t]+){0,2}\p{Lu}[\p{L}\p{M}\p{N}'’.-]*){0,4})/uy;

/** A tag's text after `#`: no spaces or tag-ending punctuation, and not all digits (`#123` is not a tag). */
function isTagText(s: string): boolean {
  if (s === '') return false;
  let digitsOnly = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (NOT_IN_TAG.has(c) || c.trim() === '') return false;
    if (c < '0' || c > '9') digitsOnly = false;
  }
  return !digitsOnly;
}

/** Read a task's description (after the checkbox). `body` should already be repaired of mojibake. */
export function parseTaskBody(body: string): TaskFields {
  const out: TaskFields = {
    text: '',
    description: '',
    assignee: null,
    priority: null,
    due: null,
    scheduled: null,
    startDate: null,
    created: null,
    done: null,
    cancelled: null,
    recurrence: null,
    id: null,
    dependsOn: [],
    onCompletion: null,
    tags: [],
    blockId: null,
    fields: {},
  };

  let rest = body;
  if (rest.includes('::')) rest = takeInlineFields(rest, out);

  const trailingTags: string[] = [];
  let length = trimmedLength(rest, rest.length);
  for (let runs = 0; runs < 64 && length > 0; runs++) {
    const cut = peelOne(rest, length, out, trailingTags);
    if (cut === -1) break;
    length = trimmedLength(rest, cut);
  }

  const core = rest.slice(0, length).trim();
  trailingTags.reverse();
  out.description = trailingTags.length > 0 ? `${core} ${trailingTags.join(' ')}`.trim() : core;
  if (core.includes('#')) for (const m of core.matchAll(TAGS)) if (isTagText(m[2].slice(1))) out.tags.push(m[2]);
  out.tags.push(...trailingTags);
  applyInlineFields(out);
  out.text = taskText(core, out);
  return out;
}

/** The length of `s.slice(0, end)` without trailing whitespace. */
function trimmedLength(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** The last character of a tag, block id, id, recurrence or on-completion value: ASCII or any non-ASCII letter. */
function isWordEnd(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 33 || c === 47 || c > 127;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * Take one signifier, tag or block id off the end of `rest.slice(0, length)`
 * (which ends in a non-space): the offset where it starts, or -1.
 */
function peelOne(rest: string, length: number, out: TaskFields, trailingTags: string[]): number {
  const lastCode = rest.charCodeAt(length - 1);

  // A dated signifier ends with a digit.
  if (lastCode >= 48 && lastCode <= 57) {
    const from = Math.max(0, length - 32);
    const tail = rest.slice(from, length);
    const m = DATED_TAIL.exec(tail);
    if (m) {
      const field = DATE_FIELD_BY_EMOJI[m[1]];
      if (out[field] === null) out[field] = m[2];
      return from + m.index;
    }
  }

  // A priority emoji, with or without U+FE0F.
  const end = lastCode === 0xfe0f ? length - 1 : length;
  const priority = priorityEndingAt(rest, end);
  if (priority !== null) {
    if (out.priority === null) out.priority = priority.priority;
    return end - priority.units;
  }

  // What is left ends in a word: a tag, block id or signifier value. Each is short, so look only at the tail.
  if (!isWordEnd(lastCode)) return -1;
  const hash = rest.lastIndexOf('#', length - 1);
  if (hash !== -1 && (hash === 0 || isSpace(rest.charCodeAt(hash - 1)))) {
    const tag = rest.slice(hash + 1, length);
    if (isTagText(tag)) {
      trailingTags.push(`#${tag}`);
      return hash;
    }
  }
  const caret = rest.lastIndexOf('^', length - 1);
  if (caret !== -1 && (caret === 0 || isSpace(rest.charCodeAt(caret - 1)))) {
    const id = rest.slice(caret, length);
    if (BLOCK_ID.test(id)) {
      if (out.blockId === null) out.blockId = id.slice(1);
      return caret;
    }
  }

  for (const marked of MARKED) {
    const at = rest.lastIndexOf(marked.marker, length - 1);
    if (at === -1) continue;
    const m = marked.pattern.exec(rest.slice(at, length));
    if (!m) continue;
    marked.take(out, m[1]);
    return at;
  }
  return -1;
}

/** The priority emoji ending at `end` and its length in UTF-16 units, or null. */
function priorityEndingAt(s: string, end: number): { priority: Priority; units: number } | null {
  const last = s.charCodeAt(end - 1);
  if (last === 0x23eb) return { priority: 'high', units: 1 }; // ⏫
  if (last === 0x23ec) return { priority: 'lowest', units: 1 }; // ⏬
  if (s.charCodeAt(end - 2) !== 0xd83d) return null;
  if (last === 0xdd3a) return { priority: 'highest', units: 2 }; // 🔺 U+1F53A
  if (last === 0xdd3c) return { priority: 'medium', units: 2 }; // 🔼 U+1F53C
  if (last === 0xdd3d) return { priority: 'low', units: 2 }; // 🔽 U+1F53D
  return null;
}

/** Signifiers followed by free-form values: matched on the text after their last occurrence. */
const MARKED: { marker: string; pattern: RegExp; take: (out: TaskFields, value: string) => void }[] = [
  { marker: '\u{1F501}', pattern: RECURRENCE, take: (out, v) => void (out.recurrence ??= v.trim()) },
  { marker: '\u{1F3C1}', pattern: ON_COMPLETION, take: (out, v) => void (out.onCompletion ??= v.toLowerCase()) },
  { marker: '\u{1F194}', pattern: ID, take: (out, v) => void (out.id ??= v) },
  { marker: '\u26D4', pattern: DEPENDS_ON, take: (out, v) => void (out.dependsOn.length === 0 && (out.dependsOn = splitList(v))) },
];

function splitList(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function takeInlineFields(body: string, out: TaskFields): string {
  return body.replace(INLINE_FIELD, (_all, k1: string | undefined, v1: string | undefined, k2: string | undefined, v2: string | undefined) => {
    const key = (k1 ?? k2 ?? '').trim();
    if (key !== '') out.fields[key] = (v1 ?? v2 ?? '').trim();
    return ' ';
  });
}

/** Dataview's task fields fill what no emoji signifier gave. */
function applyInlineFields(out: TaskFields): void {
  for (const [rawKey, value] of Object.entries(out.fields)) {
    const key = rawKey.toLowerCase().replace(/[\s_-]/g, '');
    const date = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? null;
    switch (key) {
      case 'due':
        out.due ??= date;
        break;
      case 'scheduled':
        out.scheduled ??= date;
        break;
      case 'start':
        out.startDate ??= date;
        break;
      case 'created':
        out.created ??= date;
        break;
      case 'completion':
      case 'done':
        out.done ??= date;
        break;
      case 'cancelled':
        out.cancelled ??= date;
        break;
      case 'priority': {
        const p = value.toLowerCase();
        if (p === 'highest' || p === 'high' || p === 'medium' || p === 'low' || p === 'lowest') out.priority ??= p;
        break;
      }
      case 'repeat':
      case 'recurrence':
        out.recurrence ??= value === '' ? null : value;
        break;
      case 'id':
        out.id ??= value === '' ? null : value;
        break;
      case 'dependson':
        if (out.dependsOn.length === 0) out.dependsOn = splitList(value);
        break;
      case 'oncompletion':
        out.onCompletion ??= value === '' ? null : value.toLowerCase();
        break;
    }
  }
}

/** Single spaces, trimmed; the regex only runs when there is something to collapse. */
function collapseSpaces(s: string): string {
  const t = s.trim();
  return /\s\s|[\t\n\r\u00a0]/.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** Find the assignee and return what the task says: no `@`, tags, or link brackets; single spaces. */
function taskText(core: string, out: TaskFields): string {
  let said = core;
  let from = 0;
  for (;;) {
    const at = core.indexOf('@', from);
    if (at === -1) break;
    from = at + 1;
    if (at > 0 && !/[\s(]/.test(core.charAt(at - 1))) continue;
    ASSIGNEE.lastIndex = at;
    const m = ASSIGNEE.exec(core);
    if (!m) continue;
    const name = m[1].replace(/['’.\-_]+$/, '');
    const end = at + 1 + name.length;
    out.assignee = name;
    const before = core.slice(0, at);
    const after = core.slice(end);
    if (before.trim() === '') {
      // `@Ana: send the deck` — the name leads; drop it and its separator.
      said = after.replace(/^\s*[:,–—-]?\s*/, '');
    } else if (/^[\s.,;:!?)\]–—-]*$/.test(after)) {
      said = before + after;
    } else {
      // Mid-sentence (`ask @Ana to review`): keep the name, drop the `@`.
      said = before + name + after;
    }
    break;
  }
  if (said.includes('#')) said = said.replace(TAGS, (all: string, lead: string, tag: string) => (isTagText(tag.slice(1)) ? lead : all));
  if (said.includes('[[')) said = displayLinks(said);
  if (said.includes('(')) said = said.replace(/\(\s*\)/g, '');
  return collapseSpaces(said);
}
