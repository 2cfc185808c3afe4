/**
 * Tasks in the Obsidian Tasks emoji format, and its Dataview inline form.
 *
 * As Tasks does, signifiers are peeled off the END of the description one at
 * a time (an emoji in mid-text stays description). Each step looks only at the
 * tail after the last occurrence of a marker, so no regex ever scans the
 * whole line from every position.
 */

import type { Priority, SectionKind, StatusType, Task } from '../model';
import * as chars from './chars';

/** Bound once: called for every character of a task's text (see `body.ts`). */
const { isAsciiLetter, isJsBlank, isJsSpace } = chars;
import { listItemSpan, type ListItemSpan } from './items';
import { displayLinks } from './links';
import { LEFTOVER } from './frontmatter';
import { isNameShaped, NAME_PARTICLES } from './values';

/** Everything a task line says besides its span, status and section. */
export type TaskFields = Pick<
  Task,
  | 'text'
  | 'description'
  | 'assignee'
  | 'priority'
  | 'due'
  | 'scheduled'
  | 'startDate'
  | 'created'
  | 'done'
  | 'cancelled'
  | 'recurrence'
  | 'id'
  | 'dependsOn'
  | 'onCompletion'
  | 'tags'
  | 'blockId'
  | 'fields'
>;

/** The status character and the description after the checkbox (`[x] rest`), or null when the item is not a task. */
export function readCheckbox(content: string): { status: string; body: string; bodyFrom: number } | null {
  const at = checkboxAt(content, 0);
  if (at === -1) return null;
  return { status: content.slice(1, statusEnd(content, 0)), body: content.slice(at), bodyFrom: at };
}

/**
 * `readCheckbox` on `line.slice(from)` by offsets: where the task's description starts in `line`, or -1
 * when the list item there is not a task. The status is `line.slice(from + 1, statusEnd(line, from))`.
 */
export function checkboxAt(line: string, from: number): number {
  if (line.charCodeAt(from) !== 91 /* [ */) return -1;
  const close = statusEnd(line, from);
  if (line.charCodeAt(close) !== 93 /* ] */ || line.length - from < close - from + 1) return -1;
  let at = close + 1;
  // `- [ ] Do it`, and as editors and pasted text leave it: a tab, two spaces or a no-break space (`- [ ]\u00a0Do it`).
  // Tasks reads them all (it trims the description); `- [x]no space` stays text, as Obsidian shows it.
  if (at < line.length && !isSpace(line.charCodeAt(at))) return -1;
  while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  return at;
}

/** Where the status character after the `[` at `from` ends: one UTF-16 unit, or a surrogate pair. */
export function statusEnd(line: string, from: number): number {
  const c = line.charCodeAt(from + 1);
  return from + (c >= 0xd800 && c <= 0xdbff ? 3 : 2);
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

/** The Tasks fields a signifier or a Dataview field sets. */
export type TaskField = DateField | 'priority' | 'recurrence' | 'id' | 'dependsOn' | 'onCompletion';


const RECURRENCE = /^\u{1F501}\uFE0F? *([a-zA-Z0-9, !]+)$/u;
const ON_COMPLETION = /^\u{1F3C1}\uFE0F? *([a-zA-Z]+)$/u;
const ID = /^\u{1F194}\uFE0F? *([a-zA-Z0-9_-]+)$/u;
const DEPENDS_ON = /^\u26D4\uFE0F? *([a-zA-Z0-9_-]+(?: *, *[a-zA-Z0-9_-]+)*)$/u;
const BLOCK_ID = /^[A-Za-z0-9-]+$/;
/** ASCII characters that end a tag, as Obsidian and Tasks read them (whitespace aside). */
const NOT_IN_TAG = new Uint8Array(128);
for (const c of '!@#$%^&*(),.?":{}|<>[]`\'~;=+\\') NOT_IN_TAG[c.charCodeAt(0)] = 1;
const TAGS = /(^|\s)(#[^\s!@#$%^&*(),.?":{}|<>[\]`'~;=+\\]+)/g;
/**
 * `[key:: value]` or `(key:: value)` with the spaces after it, so that taking it out leaves one space (see
 * `takeInlineFields`). A comma after it goes too when only fields follow (`[due:: 2025-10-26], [priority:: high],`:
 * how Tasks users keep Dataview from rendering two fields as one; Tasks reads the comma as part of the field).
 */
const INLINE_FIELD =
  /(?:\[([^[\]:]+?)::[ \t]*((?:[^[\]]|\[\[[^[\]]*\]\])*?)[ \t]*\]|\(([^():]+?)::[ \t]*([^()]*?)[ \t]*\))(?:[ \t]*,(?=[ \t]*(?:$|[[(])))?[ \t]*/g;

/** Lower-case words inside names: `@Jan van der Berg`, `@Ana de la Cruz`. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 letters (`é`, `ø`, `Ö`), common in names, without the regex; `×` and `÷` are not letters.
  if (c >= 0xc0 && c <= 0xff) return c !== 0xd7 && c !== 0xf7;
  return WORD_CHAR.test(s.charAt(i));
}

/** A character that may sit inside a name: a letter, mark, digit, apostrophe, dot, hyphen or underscore. */
function isNameChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 95 || isWordChar(s, i);
}

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xff) return c <= 0xde && c !== 0xd7; // À–Þ
  return UPPER.test(s.charAt(i));
}

/**
 * `@First Last` starting at `at` (the `@`): a first word of any case, then up
 * to four capitalised words (with the particles names carry) up to a
 * signifier, tag, bracket or the end. `@HR`, `@TBD`, `@Çağla Yıldız`,
 * `@Lior Genzel Genzel`. Returns the name as written, or null.
 */
export function readAssignee(s: string, at: number): string | null {
  if (!isWordChar(s, at + 1)) return null;
  let end = at + 2;
  while (end < s.length && isNameChar(s, end)) end++;
  // Whether a tab or a Unicode space (a no-break space pasted between the names) parts two words.
  let oddSpace = false;
  for (let words = 1; words < 5; words++) {
    let j = end;
    while (isSpace(s.charCodeAt(j))) j++;
    if (j === end) break;
    for (let particles = 0; particles < 2; particles++) {
      let k = j;
      while (k < s.length && s.charCodeAt(k) >= 97 && s.charCodeAt(k) <= 122) k++;
      if (k === j || !NAME_PARTICLES.has(s.slice(j, k)) || !isSpace(s.charCodeAt(k))) break;
      while (isSpace(s.charCodeAt(k))) k++;
      j = k;
    }
    if (!isUpperAt(s, j)) break;
    let k = j + 1;
    while (k < s.length && isNameChar(s, k) && s.charCodeAt(k) !== 95) k++;
    // `@Ana ASAP`, `@Bo EOD`: a word of the deadline, not more of the name.
    if (k - j <= 4 && (k - j === 1 || isUpperAt(s, j + 1)) && NOT_NAME_WORDS.has(s.slice(j, k))) break;
    if (!oddSpace) for (let i = end; i < j; i++) if (s.charCodeAt(i) !== 32) oddSpace = true;
    end = k;
  }
  // Sentence punctuation after the name is not part of it.
  while (end > at + 1 && isTrailingNamePunctuation(s.charCodeAt(end - 1))) end--;
  if (end <= at + 1) return null;
  // The name as written, each of its spaces a plain one (one for one: callers measure the mention by its length).
  return oddSpace ? s.slice(at + 1, end).replace(NAME_SPACE, ' ') : s.slice(at + 1, end);
}

const NAME_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Capitalised words that follow an assignee without being part of the name. */
const NOT_NAME_WORDS = new Set(['ASAP', 'EOD', 'EOW', 'EOM', 'EOQ', 'EOY', 'COB', 'NLT', 'TBD', 'FYI', 'ETA', 'TODO', 'I']);

/** `.`, `'`, `’`, `-` or `_`: sentence punctuation after a name rather than part of it. */
function isTrailingNamePunctuation(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 95;
}

/** A tag's text after `#` (`s.slice(from, to)`): no spaces or tag-ending punctuation, and not all digits (`#123` is not a tag). */
function isTagText(s: string, from = 0, to = s.length): boolean {
  if (to <= from) return false;
  let digitsOnly = true;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c < 128 && NOT_IN_TAG[c] === 1) || isSpace(c) || c === 10 || c === 13) return false;
    if (c < 48 || c > 57) digitsOnly = false;
  }
  return !digitsOnly;
}

/**
 * A task with its place and status and nothing read yet. One object literal of one
 * shape, filled in place: a task is built for every checkbox of every note.
 */
export function newTask(
  line: number,
  start: number,
  end: number,
  status: string,
  statusType: StatusType,
  section: SectionKind,
  sectionHeading: string | null,
  sectionFor: string | null,
  indent: number,
): Task {
  return {
    line,
    start,
    end,
    status,
    statusType,
    open: isOpen(statusType),
    section,
    sectionHeading,
    sectionFor,
    indent,
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
}

/** Fields with nothing read yet. */
export function emptyTaskFields(): TaskFields {
  return newTask(0, 0, 0, ' ', 'todo', 'other', null, null, 0);
}

/**
 * The trailing tags peeled off the task at hand, last first: the first `count` of `tags`.
 * One list serves every task (a task is read at a time), so none is made per task.
 */
const trailing = { tags: [] as string[], count: 0 };

/**
 * Read a task's description (after the checkbox) into `out`, whose fields
 * must start empty. `body` should already be repaired of mojibake.
 */
export function parseTaskBody(body: string, out: TaskFields = emptyTaskFields()): TaskFields {
  let rest = body;
  const inline = rest.includes('::');
  if (inline) rest = takeInlineFields(rest, out);

  trailing.count = 0;
  // Where the trailing tags sit, and whether only single spaces part them (then the description is one slice).
  let tagsFrom = -1;
  let tagsTo = -1;
  let tagsContiguous = true;
  let length = trimmedLength(rest, rest.length);
  for (let runs = 0; runs < 64 && length > 0; runs++) {
    const tags = trailing.count;
    const cut = peelOne(rest, length, out, runs === 0);
    if (cut === -1) break;
    if (trailing.count !== tags) {
      if (tagsTo === -1) tagsTo = length;
      else if (!singleSpaceBetween(rest, length, tagsFrom)) tagsContiguous = false;
      tagsFrom = cut;
    }
    length = trimmedLength(rest, cut);
  }

  // The core is `rest.slice(0, length).trim()`, found by offsets.
  let coreFrom = 0;
  let coreTo = length;
  while (coreFrom < coreTo && isJsSpace(rest.charCodeAt(coreFrom))) coreFrom++;
  while (coreTo > coreFrom && isJsSpace(rest.charCodeAt(coreTo - 1))) coreTo--;
  const core = rest.slice(coreFrom, coreTo);
  if (tagsTo === -1) {
    out.description = core;
  } else if (tagsContiguous && core !== '' && singleSpaceBetween(rest, coreTo, tagsFrom)) {
    out.description = rest.slice(coreFrom, tagsTo);
  } else {
    let tail: string;
    if (tagsContiguous) {
      tail = rest.slice(tagsFrom, tagsTo);
    } else {
      tail = trailing.tags[trailing.count - 1];
      for (let i = trailing.count - 2; i >= 0; i--) tail = `${tail} ${trailing.tags[i]}`;
    }
    out.description = core === '' ? tail : `${core} ${tail}`;
  }
  // One search tells whether the core holds a tag, a link, parentheses or untidy spaces; most hold none.
  const untidyCore = UNTIDY_TEXT.test(core);
  if (untidyCore && core.includes('#')) for (const m of core.matchAll(TAGS)) if (isTagText(m[2], 1)) out.tags.push(m[2]);
  for (let i = trailing.count - 1; i >= 0; i--) out.tags.push(trailing.tags[i]);
  if (inline) applyInlineFields(out);
  out.text = taskText(core, out, untidyCore);
  // `Send revised quote - Maya Lindqvist` (Otter), `Send the quote (Maya)` (Teams Copilot): the owner written after the task.
  if (out.assignee === null && mayEndWithOwner(out.text)) out.text = takeTrailingOwner(out.text, out);
  return out;
}

/*
 * The owner written after what is to be done, as meeting tools write it without an `@`: after a
 * spaced dash (`Send revised quote - Maya Lindqvist`, Otter) or in parentheses or brackets at the
 * end (`Send the quote (Maya)`, `Send the quote [Maya Lindqvist]`, Teams Copilot). Only a part shaped
 * like a person's name is an owner; a product, a place, a team or a time (`Deploy to prod - US East`,
 * `Fix login (iOS)`, `Review the contract (Legal)`, `Call them (Monday)`) stays in the words.
 */

/** Whether `text` may end with an owner: `)` or `]`, or a capitalised last word (then a dash is looked for). A letter test first: most tasks are decided here. */
function mayEndWithOwner(text: string): boolean {
  let i = text.length - 1;
  const c = text.charCodeAt(i);
  if (c === 41 /* ) */ || c === 93 /* ] */) return i > 3;
  if (c === 46 /* . */) i--;
  // Back over the last word's lower-case letters, to its first letter.
  while (i > 0 && isLowerLetterAt(text, i)) i--;
  return i > 3 && isUpperAt(text, i) && text.charCodeAt(i - 1) === 32;
}

/** An ASCII lower-case letter, or a Latin-1 one (`ö`, `é`). */
function isLowerLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 39 || c === 0x2019;
}

/** The longest a trailing owner may be, separator included. */
const MAX_OWNER = 48;

/** `text` without the owner at its end, which goes to `out.assignee`; `text` as it is when it ends with none. */
function takeTrailingOwner(text: string, out: TaskFields): string {
  const n = text.length;
  const close = text.charCodeAt(n - 1);
  if (close === 41 || close === 93) {
    const open = text.lastIndexOf(close === 41 ? '(' : '[', n - 2);
    if (open < 2 || n - open > MAX_OWNER || !isJsSpace(text.charCodeAt(open - 1))) return text;
    const owner = ownerIn(text.slice(open + 1, n - 1), true);
    if (owner === null) return text;
    out.assignee = owner;
    return text.slice(0, open).replace(TRAILING_SEPARATOR, '');
  }
  const end = close === 46 ? n - 1 : n;
  for (let i = end - 2; i > 1 && end - i < MAX_OWNER; i--) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 0x2013 || c === 0x2014) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) {
      // After a dash, a full name: one word there is a place or a team too often (`Book flights - Lisbon`).
      const owner = ownerIn(text.slice(i + 2, end), false);
      if (owner === null) return text;
      out.assignee = owner;
      return text.slice(0, i).replace(TRAILING_SEPARATOR, '');
    }
  }
  return text;
}

/**
 * The owner a trailing part names — the first of a list (`Maya, Tom`, `Maya & Tom`, `Maya/Tom`) whose every
 * part is a person's name — or null. `oneWord`: a first name alone counts (in parentheses or brackets).
 */
function ownerIn(part: string, oneWord: boolean): string | null {
  const names = part.trim().split(OWNER_LIST);
  for (const name of names) if (!isOwnerName(name, oneWord)) return null;
  return names[0].trim();
}

const OWNER_LIST = /\s*(?:[,&/+]|\band\b)\s*/;

/** Shaped like a person's name, no word of it an acronym (`US`, `AWS`) or one of `NOT_OWNER` (a place, product, team or time). */
function isOwnerName(name: string, oneWord: boolean): boolean {
  if (!isNameShaped(name, oneWord ? 1 : 2)) return false;
  const words = name.trim().split(/\s+/);
  // At most three words besides the particles (`Zoë van der Berg`): a longer run is a title, not a name.
  let main = 0;
  for (const w of words) if (!NAME_PARTICLES.has(w)) main++;
  if (main > 3) return false;
  for (const w of words) {
    if (NOT_OWNER.has(w.toLowerCase())) return false;
    // `US`, `EMEA`, `QA`: an acronym; a name has lower-case letters after its first (initials aside: `J.`).
    if (w.length > 1 && w === w.toUpperCase() && !w.endsWith('.')) return false;
  }
  return true;
}

/** Capitalised words that end tasks without naming anyone: places, products, platforms, teams, statuses, days and months. */
const NOT_OWNER: ReadonlySet<string> = new Set(
  (
    'east west north south central northeast northwest southeast southwest eastern western northern southern region zone global local ' +
    'america americas europe asia africa australia canada mexico brazil germany france spain italy india china japan ireland london paris berlin ' +
    'new san los las saint st york francisco angeles city coast office hq campus site remote onsite building floor room ' +
    'ios android web mobile desktop mac macos windows linux chrome safari firefox cloud google microsoft apple amazon meta slack jira confluence ' +
    'notion salesforce hubspot zoom teams outlook gmail drive docs sheets slides excel word powerpoint figma github gitlab server backend frontend ' +
    'database prod production staging dev sandbox beta alpha release version phase sprint milestone draft final ' +
    'team legal finance marketing sales engineering product design ops operations support security procurement leadership management ' +
    'customer client vendor partner partners everyone all both others optional urgent blocked done pending ongoing recurring weekly monthly ' +
    'daily quarterly internal external later tentative stretch maybe critical high low medium priority important required today tomorrow ' +
    'tonight next this monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec tbd tbc none other misc general notes agenda ' +
    // Company suffixes: `Prepare the renewal - Acme Corp` names a company.
    'corp corporation inc ltd llc gmbh plc co labs group holdings partners systems technologies solutions'
  ).split(' '),
);

/** Words a task left empty by a template holds in place of one (`TODO`, `Task`, `Action item`); compared in lower case, full stop and colon aside. */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'todo', 'to do', 'to-do', 'tbd', 'tbc', 'tba', 'task', 'tasks', 'new task', 'task description', 'description', 'action', 'action item',
  'next step', 'item', 'placeholder', 'xxx', 'n/a', 'na', 'none', 'something', 'your task', 'your task here', 'task here',
  'add task', 'add a task', 'enter task', 'insert task', 'fill in', 'owner', 'assignee', 'text',
]);

/**
 * Whether a task's words (`text`, as `parseTaskBody` leaves them) are nothing or only a placeholder: an empty
 * checkbox (`- [ ] `), dots or dashes (`- [ ] ...`), a template's placeholder never filled in (`{{task}}`,
 * `<% tp.file.cursor() %>`) or a stand-in word (`TODO`, `<task>`, `[Action item]`). Such a line is no task.
 */
export function isPlaceholderTask(text: string): boolean {
  if (text.length > 40) return false;
  let t = text.trim();
  if ((t.includes('{') || t.includes('<%')) && LEFTOVER.test(t)) t = t.replace(LEFTOVERS, '').trim();
  // `<task>`, `[Action item]`, `(description)`, `_task_`, `"…"`.
  for (let guard = 0; guard < 3 && t.length >= 2 && WRAPPERS.includes(t.charAt(0) + t.charAt(t.length - 1)); guard++) t = t.slice(1, -1).trim();
  if (!HAS_WORD.test(t)) return true;
  return PLACEHOLDER_WORDS.has(t.toLowerCase().replace(/[.:]+$/, ''));
}

const LEFTOVERS = new RegExp(LEFTOVER.source, 'g');
const WRAPPERS = ['<>', '[]', '()', '{}', '__', '**', '""', "''", '``', '“”'];
const HAS_WORD = /[\p{L}\p{N}]/u;

/** `s.slice(end, from)` is exactly one space. */
function singleSpaceBetween(s: string, end: number, from: number): boolean {
  return from === end + 1 && s.charCodeAt(end) === 32;
}

/** The length of `s.slice(0, end)` without trailing whitespace. */
function trimmedLength(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** A space inside a line: space, tab, or a Unicode space such as the no-break space (line breaks aside). */
function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || c === 9;
  return c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/**
 * Take one signifier or tag off the end of `rest.slice(0, length)` (which ends in a non-space),
 * or the block id when `lineEnd` (nothing was taken yet: Obsidian and Tasks read a block id only
 * at the very end of the line): the offset where it starts, or -1.
 * Character checks, not regexes: this runs several times for every task.
 */
function peelOne(rest: string, length: number, out: TaskFields, lineEnd: boolean): number {
  const lastCode = rest.charCodeAt(length - 1);

  // A dated signifier: emoji, optional U+FE0F, spaces, YYYY-MM-DD.
  if (lastCode >= 48 && lastCode <= 57 && endsWithIsoDate(rest, length)) {
    let i = length - 10;
    while (i > 0 && rest.charCodeAt(i - 1) === 32) i--;
    if (i > 0 && rest.charCodeAt(i - 1) === 0xfe0f) i--;
    const field = dateFieldEndingAt(rest, i);
    if (field !== null) {
      takeDate(out, field, rest, length - 10);
      return i - (isLowSurrogate(rest.charCodeAt(i - 1)) ? 2 : 1);
    }
  }

  // A priority emoji, with or without U+FE0F.
  const end = lastCode === 0xfe0f ? length - 1 : length;
  const priority = priorityEndingAt(rest, end);
  if (priority !== null) {
    out.priority = priority;
    return end - (isLowSurrogate(rest.charCodeAt(end - 1)) ? 2 : 1);
  }

  // A trailing tag or block id: the last space-separated word. On the way, note where the last character
  // is that may not follow a free-form signifier's marker (see below), if the word holds one.
  let wordStart = length;
  let notTail = -1;
  while (wordStart > 0) {
    const c = rest.charCodeAt(wordStart - 1);
    if (isSpace(c)) break;
    wordStart--;
    if (notTail === -1 && !isMarkedTailChar(c)) notTail = wordStart;
  }
  const first = rest.charCodeAt(wordStart);
  if (first === 35 /* # */ && isTagText(rest, wordStart + 1, length)) {
    trailing.tags[trailing.count++] = rest.slice(wordStart, length);
    return wordStart;
  }
  // `… ^ab12`: after a space, as Tasks reads it.
  if (first === 94 /* ^ */ && lineEnd && wordStart > 0 && length - wordStart > 1) {
    const id = rest.slice(wordStart + 1, length);
    if (BLOCK_ID.test(id)) {
      out.blockId = id;
      return wordStart;
    }
  }

  // A free-form signifier: its value and what leads to it are all `isMarkedTailChar`s, so only a
  // marker ending right before them can be one (no search for every marker through the whole line).
  let last = notTail;
  if (last === -1) {
    last = wordStart - 1;
    while (last >= 0 && isMarkedTailChar(rest.charCodeAt(last))) last--;
  }
  const m = markerEndingAt(rest, last);
  if (m === null) return -1;
  const at = last + 1 - m.marker.length;
  const value = m.pattern.exec(rest.slice(at, length));
  if (!value) return -1;
  m.take(out, value[1]);
  return at;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `YYYY-MM-DD` right before `length`. */
function endsWithIsoDate(s: string, length: number): boolean {
  if (length < 10) return false;
  const at = length - 10;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(at + i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Set `field` to the date at `at`. Signifiers are peeled from the right, so when one repeats the leftmost
 * is the one kept, as in Tasks (it overwrites the field at each peel). Each field by name, no keyed store.
 */
function takeDate(out: TaskFields, field: DateField, s: string, at: number): void {
  switch (field) {
    case 'due':
      out.due = s.slice(at, at + 10);
      break;
    case 'scheduled':
      out.scheduled = s.slice(at, at + 10);
      break;
    case 'startDate':
      out.startDate = s.slice(at, at + 10);
      break;
    case 'created':
      out.created = s.slice(at, at + 10);
      break;
    case 'done':
      out.done = s.slice(at, at + 10);
      break;
    case 'cancelled':
      out.cancelled = s.slice(at, at + 10);
      break;
  }
}

/** The date field of the signifier emoji ending at `end`, or null. */
function dateFieldEndingAt(s: string, end: number): DateField | null {
  const last = s.charCodeAt(end - 1);
  switch (last) {
    case 0x23f3: // ⏳
    case 0x231b: // ⌛
      return 'scheduled';
    case 0x2795: // ➕
      return 'created';
    case 0x2705: // ✅
      return 'done';
    case 0x274c: // ❌
      return 'cancelled';
  }
  if (s.charCodeAt(end - 2) !== 0xd83d) return null;
  switch (last) {
    case 0xdcc5: // 📅 U+1F4C5
    case 0xdcc6: // 📆 U+1F4C6
    case 0xddd3: // 🗓 U+1F5D3
      return 'due';
    case 0xdeeb: // 🛫 U+1F6EB
      return 'startDate';
  }
  return null;
}

/** The priority emoji ending at `end`, or null. */
function priorityEndingAt(s: string, end: number): Priority | null {
  const last = s.charCodeAt(end - 1);
  if (last === 0x23eb) return 'high'; // ⏫
  if (last === 0x23ec) return 'lowest'; // ⏬
  if (s.charCodeAt(end - 2) !== 0xd83d) return null;
  if (last === 0xdd3a) return 'highest'; // 🔺 U+1F53A
  if (last === 0xdd3c) return 'medium'; // 🔼 U+1F53C
  if (last === 0xdd3d) return 'low'; // 🔽 U+1F53D
  return null;
}

interface Marked {
  marker: string;
  /** The whole signifier, from its marker to the end. */
  pattern: RegExp;
  take: (out: TaskFields, value: string) => void;
}

/** Signifiers followed by free-form values. */
const RECURRENCE_MARK: Marked = { marker: '\u{1F501}', pattern: RECURRENCE, take: (out, v) => void (out.recurrence = v.trim()) };
const ON_COMPLETION_MARK: Marked = { marker: '\u{1F3C1}', pattern: ON_COMPLETION, take: (out, v) => void (out.onCompletion = v.toLowerCase()) };
const ID_MARK: Marked = { marker: '\u{1F194}', pattern: ID, take: (out, v) => void (out.id = v) };
const DEPENDS_ON_MARK: Marked = { marker: '\u26D4', pattern: DEPENDS_ON, take: (out, v) => void (out.dependsOn = splitList(v)) };

/** What may follow a free-form signifier's marker to the end: U+FE0F, spaces, and its value's `[a-zA-Z0-9,!_-]`. */
function isMarkedTailChar(c: number): boolean {
  if (c >= 97) return c <= 122 || c === 0xfe0f; // a-z
  if (c >= 65) return c <= 90 || c === 95; // A-Z _
  return (c >= 48 && c <= 57) || c === 32 || c === 44 || c === 33 || c === 45; // 0-9 space , ! -
}

/** The free-form signifier whose marker's last code unit is at `last` (🔁 🏁 🆔 are surrogate pairs), or null. */
function markerEndingAt(s: string, last: number): Marked | null {
  if (last < 0) return null;
  const c = s.charCodeAt(last);
  if (c === 0x26d4) return DEPENDS_ON_MARK; // ⛔
  if (last === 0) return null;
  const high = s.charCodeAt(last - 1);
  if (c === 0xdd01) return high === 0xd83d ? RECURRENCE_MARK : null; // 🔁 U+1F501
  if (high !== 0xd83c) return null;
  if (c === 0xdfc1) return ON_COMPLETION_MARK; // 🏁 U+1F3C1
  return c === 0xdd94 ? ID_MARK : null; // 🆔 U+1F194
}

function splitList(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function takeInlineFields(body: string, out: TaskFields): string {
  return body.replace(
    INLINE_FIELD,
    (_all, k1: string | undefined, v1: string | undefined, k2: string | undefined, v2: string | undefined, at: number) => {
      const key = (k1 ?? k2 ?? '').trim();
      if (key !== '') out.fields[key] = (v1 ?? v2 ?? '').trim();
      // The space before the field stays, so the words around it keep one space between them.
      return at > 0 && isSpace(body.charCodeAt(at - 1)) ? '' : ' ';
    },
  );
}

/** The Tasks field a Dataview key sets (`due`, `completion`, `repeat`, `dependsOn`…; case, spaces, `_` and `-` aside), or null. */
export function dataviewFieldOf(key: string): TaskField | null {
  switch (key.toLowerCase().replace(/[\s_-]/g, '')) {
    case 'due':
      return 'due';
    case 'scheduled':
      return 'scheduled';
    case 'start':
      return 'startDate';
    case 'created':
      return 'created';
    case 'completion':
    case 'done':
      return 'done';
    case 'cancelled':
      return 'cancelled';
    case 'priority':
      return 'priority';
    case 'repeat':
    case 'recurrence':
      return 'recurrence';
    case 'id':
      return 'id';
    case 'dependson':
      return 'dependsOn';
    case 'oncompletion':
      return 'onCompletion';
  }
  return null;
}

/** Dataview's task fields fill what no emoji signifier gave. */
function applyInlineFields(out: TaskFields): void {
  for (const [key, value] of Object.entries(out.fields)) {
    const field = dataviewFieldOf(key);
    switch (field) {
      case null:
        break;
      case 'priority': {
        const p = value.toLowerCase();
        if (p === 'highest' || p === 'high' || p === 'medium' || p === 'low' || p === 'lowest') out.priority ??= p;
        break;
      }
      case 'recurrence':
      case 'id':
        out[field] ??= value === '' ? null : value;
        break;
      case 'dependsOn':
        if (out.dependsOn.length === 0) out.dependsOn = splitList(value);
        break;
      case 'onCompletion':
        out.onCompletion ??= value === '' ? null : value.toLowerCase();
        break;
      default:
        out[field] ??= /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? null;
    }
  }
}

const UNTIDY_SPACE = /[\t\n\r\u00a0\u2000-\u200a\u3000]| {2}/;

/** Single spaces, trimmed; the replace only runs when there is something to collapse (a native search beats a character loop here). */
function collapseSpaces(s: string): string {
  const t = s.trim();
  return UNTIDY_SPACE.test(t) ? t.replace(SPACES, ' ') : t;
}

const SPACES = /\s+/g;
const EMPTY_PARENS = /\(\s*\)/g;

/** Nothing but spaces and closing punctuation from `from` on: `.`, `,`, `;`, `:`, `!`, `?`, `)`, `]`, dashes. */
function onlyClosingPunctuation(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const closing = c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 45 || c === 0x2013 || c === 0x2014;
    if (!closing && !isJsSpace(c)) return false;
  }
  return true;
}

/** A tag's match with its tag dropped (the space before it kept); other `#…` left as written. */
function dropTag(all: string, lead: string, tag: string): string {
  return isTagText(tag, 1) ? lead : all;
}

/** An `@` mention in a task: where its `@` is, where it ends, the name, and whether it is a possessive (`@Ana's draft`). */
interface Mention {
  at: number;
  end: number;
  name: string;
  possessive: boolean;
}

/**
 * The mention whose `@` is at `at`, when the `@` starts a word (an address such as `ana@acme.com`
 * is none): `@Ana Ruiz`, `@[[Ana Ruiz]]` (the linked note's name), `@Ana's` (a possessive).
 */
function mentionAt(core: string, at: number): Mention | null {
  if (at > 0) {
    const before = core.charCodeAt(at - 1);
    if (before !== 40 /* ( */ && !isJsSpace(before)) return null;
  }
  if (core.charCodeAt(at + 1) === 91 && core.charCodeAt(at + 2) === 91 /* [[ */) {
    const close = core.indexOf(']]', at + 3);
    if (close === -1) return null;
    const inner = core.slice(at + 3, close);
    const cut = inner.search(/[|#^]/);
    const name = (cut === -1 ? inner : inner.slice(0, cut)).trim();
    return name === '' ? null : { at, end: close + 2, name, possessive: false };
  }
  const name = readAssignee(core, at);
  if (name === null) return null;
  const end = at + 1 + name.length;
  const possessive = isPossessive(name);
  return { at, end, name: possessive ? name.slice(0, -2) : name, possessive };
}

/** `Ana's`, `Ana’s`. */
function isPossessive(name: string): boolean {
  const n = name.length;
  return n > 2 && name.charCodeAt(n - 1) === 115 /* s */ && (name.charCodeAt(n - 2) === 39 || name.charCodeAt(n - 2) === 0x2019);
}

/** The first mention at or after `from`, or null. */
function nextMention(core: string, from: number): Mention | null {
  for (let at = core.indexOf('@', from); at !== -1; at = core.indexOf('@', at + 1)) {
    const m = mentionAt(core, at);
    if (m !== null) return m;
  }
  return null;
}

/** Between two mentions of one list: `, `, ` & `, ` and `, ` / `, or spaces alone (`@Ana @Bo`). */
const LIST_JOINER = /^\s*(?:[,&/+]|\band\b)?\s*$/;
/** What may part a list of mentions at the start from the task (`@Ana & @Bo: sync`). */
const LEADING_SEPARATOR = /^\s*[:,–—-]?\s*/;
/** `@Ana to send the deck`: the `to` after a leading name (when no separator came first). */
const LEADING_TO = /^to\s+(?=\S)/i;
/** What a list of mentions at the end leaves behind it (`Send the deck — @Ana`): dashes, commas, colons. */
const TRAILING_SEPARATOR = /[\s,;:–—-]+$/;

/** Words that make the names after them part of the sentence: `with @Ana`, `to @Bo`, `cc @Ana` — by length, to compare in place. */
const LEADS_INTO_NAME: string[][] = [];
for (const w of ['with', 'to', 'for', 'from', 'and', 'cc', 'about', 'of', 'on', 'at', 'between', 'among', 'via', 'thank', 'ask', 'ping', 'tell', 'remind', 'email']) {
  (LEADS_INTO_NAME[w.length] ??= []).push(w);
}

/** Whether the word before `at` (spaces and an opening parenthesis aside) leads into a name (see `LEADS_INTO_NAME`). Runs for most tasks: no string is made. */
function leadsIntoName(core: string, at: number): boolean {
  let end = at;
  while (end > 0 && (isJsSpace(core.charCodeAt(end - 1)) || core.charCodeAt(end - 1) === 40)) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(core.charCodeAt(start - 1))) start--;
  const words = LEADS_INTO_NAME[end - start];
  if (words === undefined || (start > 0 && !isJsSpace(core.charCodeAt(start - 1)))) return false;
  for (const w of words) {
    let i = 0;
    while (i < w.length && (core.charCodeAt(start + i) | 32) === w.charCodeAt(i)) i++;
    if (i === w.length) return true;
  }
  return false;
}


/** Only a deadline after a mention: `by Friday`, `before the QBR`, `, due 10/21`, `ASAP`, `EOD`, `tomorrow`. */
const DEADLINE_TAIL =
  /^[ \t]*,?[ \t]*(?:(?:by|before|until|till|due|no later than|nlt)\b[^@]*|(?:asap|eod|eow|eom|cob|today|tonight|tomorrow|this week|next week)\b[\s.,;:!)]*)$/i;

/** Whether `s` ends, spaces aside, with a comma, semicolon, colon or dash. */
function endsWithSeparator(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isJsSpace(s.charCodeAt(i))) i--;
  const c = s.charCodeAt(i);
  return c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * A role or company in parentheses right after a name — `(PM)`, `(Acme)`, `(Sales Eng)`: capitalised,
 * up to three words, no digits, no day or month — is part of the mention; `(by Friday)` is not.
 */
const ROLE = /^[ \t]*\((\p{Lu}[\p{L}&./-]*(?:[ \t]+[\p{L}&./-]+){0,2})\)/u;
const DAY_OR_MONTH = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|eod|eow|eom|asap|tbd)/i;

/** Where a mention ending at `end` really ends: past a role in parentheses after it, if any. */
function afterRole(core: string, end: number): number {
  if (core.indexOf('(', end) === -1) return end;
  const m = ROLE.exec(core.slice(end));
  return m && !DAY_OR_MONTH.test(m[1]) ? end + m[0].length : end;
}

/** `core.slice(from, to)` with the `@` of each mention in it dropped (the names stay). */
function withoutAts(core: string, from: number, to: number, mentions: readonly Mention[]): string {
  let out = '';
  let at = from;
  for (const m of mentions) {
    if (m.at < from || m.at >= to) continue;
    out += core.slice(at, m.at);
    at = m.at + 1;
  }
  return out + core.slice(at, to);
}

/**
 * Find the assignee and return what the task says: no `@`, tags, or link brackets; single spaces.
 * `untidyCore`: whether `UNTIDY_TEXT` finds anything in the core.
 *
 * The assignee is the mention that ends the task, as Tasks users write it (`Ping @Tomasz about the
 * deck @Priya Raman` is Priya's), the first of a list that ends it or leads it (`@Ana & @Bo: sync`),
 * else the first mention in the sentence that is not a possessive (`Review @Ana's draft` names no one).
 */
function taskText(core: string, out: TaskFields, untidyCore: boolean): string {
  const at = core.indexOf('@');
  if (at === -1) return tidy(core, true, untidyCore);
  if (at > 0 && isJsSpace(core.charCodeAt(at - 1)) && core.indexOf('@', at + 1) === -1) {
    // Most tasks: one `@Name` at the very end (`Send the deck — @Ana`: the dash goes with it).
    const name = readAssignee(core, at);
    if (name !== null && at + 1 + name.length === core.length && !isPossessive(name) && !isJsBlank(core, 0, at)) {
      out.assignee = name;
      // `Send the deck to @Ana`: the name belongs to the sentence, and stays without its `@`.
      if (leadsIntoName(core, at)) return tidy(core.slice(0, at) + core.slice(at + 1), false, untidyCore);
      const said = core.slice(0, at);
      return endsWithSeparator(said) ? tidy(said.replace(TRAILING_SEPARATOR, ''), false, untidyCore) : tidy(said, true, untidyCore);
    }
  }
  const first = nextMention(core, at);
  if (first === null) return tidy(core, true, untidyCore);
  const mentions: Mention[] = [first];
  for (let m = nextMention(core, first.end); m !== null; m = nextMention(core, m.end)) mentions.push(m);

  // A list of mentions that leads the task: `@Ana: send the deck`, `@Ana & @Bo — sync on pricing`.
  if (isJsBlank(core, 0, first.at) && !first.possessive) {
    let lead = 0;
    while (lead + 1 < mentions.length && LIST_JOINER.test(core.slice(mentions[lead].end, mentions[lead + 1].at))) lead++;
    out.assignee = first.name;
    const rest = core.slice(mentions[lead].end);
    // `@Ana: send the deck`, `@Ana to send the deck`: the separator or the `to` goes with the name.
    const separator = LEADING_SEPARATOR.exec(rest)?.[0] ?? '';
    const to = /[:,–—-]/.test(separator) ? null : LEADING_TO.exec(rest.slice(separator.length));
    const skip = core.length - rest.length + separator.length + (to?.[0].length ?? 0);
    return tidy(withoutAts(core, skip, core.length, mentions), false, untidyCore);
  }
  // A list of mentions that ends the task, only closing punctuation after it (or a role: `@Ana Ruiz (PM)`).
  let last = mentions.length - 1;
  if (onlyClosingPunctuation(core, afterRole(core, mentions[last].end)) && !mentions[last].possessive) {
    while (last > 0 && LIST_JOINER.test(core.slice(mentions[last - 1].end, mentions[last].at))) last--;
    out.assignee = mentions[last].name;
    if (leadsIntoName(core, mentions[last].at)) {
      // `Sync with @Ana and @Bo`: the names belong to the sentence; they stay, without their `@`.
      return tidy(withoutAts(core, 0, core.length, mentions), false, untidyCore);
    }
    let said = withoutAts(core, 0, mentions[last].at, mentions).replace(TRAILING_SEPARATOR, '');
    // `Send the deck (@Ana)`: the parenthesis opened for the list goes with it.
    if (said.endsWith('(')) said = said.slice(0, -1).replace(TRAILING_SEPARATOR, '');
    return tidy(said, false, untidyCore);
  }
  // `Send the deck @Ana by Friday`: the assignee's slot, with only a deadline after it — the deadline stays in the words.
  const tailFrom = afterRole(core, mentions[last].end);
  if (!mentions[last].possessive && DEADLINE_TAIL.test(core.slice(tailFrom))) {
    while (last > 0 && LIST_JOINER.test(core.slice(mentions[last - 1].end, mentions[last].at))) last--;
    if (!isJsBlank(core, 0, mentions[last].at) && !leadsIntoName(core, mentions[last].at)) {
      out.assignee = mentions[last].name;
      const tail = core.slice(tailFrom).trim();
      const before = withoutAts(core, 0, mentions[last].at, mentions).replace(TRAILING_SEPARATOR, '');
      return tidy(tail.startsWith(',') ? before + tail : `${before} ${tail}`, false, untidyCore);
    }
  }
  // Mentions inside the sentence (`ask @Ana to review`): the names stay, without their `@`.
  const owner = mentions.find((m) => !m.possessive);
  if (owner) out.assignee = owner.name;
  return tidy(withoutAts(core, 0, core.length, mentions), false, untidyCore);
}

/**
 * `said` without tags, link brackets, empty parentheses or untidy spaces. `piece`: it is cut from the
 * core in one piece, so it holds nothing to tidy that the core does not (`untidyCore` tells).
 */
function tidy(said: string, piece: boolean, untidyCore: boolean): string {
  // Whether anything is left to tidy; most task texts are plain words.
  if (piece ? !untidyCore : !UNTIDY_TEXT.test(said)) return said.trim();
  if (said.includes('#')) said = said.replace(TAGS, dropTag);
  if (said.includes('[[')) said = displayLinks(said);
  // `[WATCH @ 12:31](https://…)`, `[▶ 04:10](…)`: a link into the recording (Fathom, tl;dv), and the dash before it.
  if (said.includes('](')) {
    const without = said.replace(RECORDING_LINK, '');
    if (without !== said) said = without.replace(TRAILING_SEPARATOR, '');
  }
  // `(00:12)`, `[01:02:03]`: where the note-taker heard it in the recording, not what the task says.
  if (said.includes(':')) said = said.replace(TIMESTAMP_REF, '');
  if (said.includes('(')) said = said.replace(EMPTY_PARENS, '');
  return collapseSpaces(said);
}

/**
 * A Markdown link into the recording, its label a timestamp or a player's word with or without one:
 * `[WATCH @ 12:31](url)`, `[12:31](url)`, `[Watch](url)`, `[▶️ 4:10](url)`, `[Jump to 00:04:10](url)`.
 */
const RECORDING_LINK = /[ \t]*\[[ \t]*(?:(?:watch|play|listen|view|jump to|clip|▶\uFE0F?|⏯\uFE0F?)[ \t]*(?:@|at)?[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*\]\([^)\s]*\)/gi;

/** A timestamp into the recording in brackets or parentheses: `(00:12)`, `[1:02:03]`. */
const TIMESTAMP_REF = /[ \t]*[([]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]/g;

/** What `taskText` may remove or collapse: a tag, a link, parentheses, or untidy spaces (see `UNTIDY_SPACE`). */
const UNTIDY_TEXT = /[#(\t\n\r\u00a0\u2000-\u200a\u3000]|\[\[| {2}/;

/*
 * Task lines by offset, for the writers (ticking a task, merging duplicates): where each part of a line
 * sits, read with the same rules as above, so that what they write is what the parser reads.
 */

/** Where a task line's checkbox and description sit (offsets in the line). */
export interface TaskLineAt {
  /** Offset of the checkbox's `[`; everything before it is the indent, any `>` and the list marker. */
  checkbox: number;
  /** The status character: `line.slice(checkbox + 1, statusTo)`. */
  statusTo: number;
  /** Where the description starts, after the spaces that follow `]`. */
  bodyFrom: number;
}

/** Where the checkbox and description of the task on `line` (no line break) are, or null when it is no task. */
export function taskLineAt(line: string): TaskLineAt | null {
  const item: ListItemSpan = { prefixEnd: 0, contentFrom: 0 };
  if (!listItemSpan(line, item)) return null;
  const bodyFrom = checkboxAt(line, item.contentFrom);
  if (bodyFrom === -1) return null;
  return { checkbox: item.contentFrom, statusTo: statusEnd(line, item.contentFrom), bodyFrom };
}

/** One part peeled off the end of a task line. `from`/`to` are offsets in the line; the spaces before it are not part of it. */
export interface TrailingPart {
  kind: 'signifier' | 'tag' | 'field' | 'block';
  from: number;
  to: number;
  /** The field a signifier or Dataview field sets; null for a tag, a block id or another Dataview field. */
  field: TaskField | null;
  /** The value read: a date, a priority's name, the recurrence, ids joined by `,`; the tag with `#`; a Dataview field's value; the block id without `^`. */
  value: string;
  /** A Dataview field's key as written; null for the other kinds. */
  key: string | null;
}

/** `[key:: value]` and `(key:: value)` alone, as `INLINE_FIELD` reads them. */
const FIELD_IN_BRACKETS = /^\[([^[\]:]+?)::[ \t]*([^[\]]*?)[ \t]*\]$/;
const FIELD_IN_PARENS = /^\(([^():]+?)::[ \t]*([^()]*?)[ \t]*\)$/;

/**
 * The parts of a task line that come after its description, left to right: the block id at the very
 * end, then the signifiers and tags Tasks peels off the end, and the Dataview fields that trail it (a
 * field in mid-text is description here). The description is `line.slice(bodyFrom, descriptionEnd)`.
 */
export function readTrailingParts(line: string, bodyFrom: number): { parts: TrailingPart[]; descriptionEnd: number } {
  const body = line.slice(bodyFrom);
  const parts: TrailingPart[] = [];
  const scratch = emptyTaskFields();
  let length = trimmedLength(body, body.length);
  for (let runs = 0; runs < 64 && length > 0; runs++) {
    clearSignifiers(scratch);
    trailing.count = 0;
    const cut = peelOne(body, length, scratch, runs === 0);
    const part = cut === -1 ? fieldEndingAt(body, length) : peeledPart(scratch, cut, length);
    if (part === null) break;
    parts.push(part);
    length = trimmedLength(body, part.from);
  }
  parts.reverse();
  for (const part of parts) {
    part.from += bodyFrom;
    part.to += bodyFrom;
  }
  return { parts, descriptionEnd: bodyFrom + length };
}

function trailingPart(kind: TrailingPart['kind'], from: number, to: number, field: TaskField | null, value: string, key: string | null): TrailingPart {
  return { kind, from, to, field, value, key };
}

function clearSignifiers(f: TaskFields): void {
  f.blockId = f.priority = f.due = f.scheduled = f.startDate = f.created = f.done = f.cancelled = null;
  f.recurrence = f.id = f.onCompletion = null;
  f.dependsOn = [];
}

/** What `peelOne` took off `[cut, to)`, from the one field it set in `f` (cleared before). */
function peeledPart(f: TaskFields, cut: number, to: number): TrailingPart {
  if (trailing.count > 0) return trailingPart('tag', cut, to, null, trailing.tags[0], null);
  if (f.blockId !== null) return trailingPart('block', cut, to, null, f.blockId, null);
  const signifier = (field: TaskField, value: string) => trailingPart('signifier', cut, to, field, value, null);
  if (f.priority !== null) return signifier('priority', f.priority);
  if (f.due !== null) return signifier('due', f.due);
  if (f.scheduled !== null) return signifier('scheduled', f.scheduled);
  if (f.startDate !== null) return signifier('startDate', f.startDate);
  if (f.created !== null) return signifier('created', f.created);
  if (f.done !== null) return signifier('done', f.done);
  if (f.cancelled !== null) return signifier('cancelled', f.cancelled);
  if (f.recurrence !== null) return signifier('recurrence', f.recurrence);
  if (f.id !== null) return signifier('id', f.id);
  if (f.onCompletion !== null) return signifier('onCompletion', f.onCompletion);
  return signifier('dependsOn', f.dependsOn.join(','));
}

/** The Dataview field ending `body.slice(0, length)` — with a comma after it, as Tasks allows — or null. */
function fieldEndingAt(body: string, length: number): TrailingPart | null {
  const end = body.charCodeAt(length - 1) === 44 /* , */ ? trimmedLength(body, length - 1) : length;
  const close = body.charCodeAt(end - 1);
  if (close !== 93 /* ] */ && close !== 41 /* ) */) return null;
  const from = body.lastIndexOf(close === 93 ? '[' : '(', end - 1);
  if (from === -1) return null;
  const m = (close === 93 ? FIELD_IN_BRACKETS : FIELD_IN_PARENS).exec(body.slice(from, end));
  if (!m) return null;
  const key = m[1].trim();
  return trailingPart('field', from, length, dataviewFieldOf(key), m[2].trim(), key);
}
