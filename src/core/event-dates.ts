/**
 * Deadlines tied to an event rather than a day: "before the October board
 * meeting", "ahead of the QBR", "for the Nordwind offsite". The task does not
 * say when the event is, but the note often does elsewhere — "The board meets
 * … the board meeting is on Oct 21", "QBR: 2025-11-04" — and then the task has
 * a real due date.
 *
 * Two halves: `findEventDates` reads a note's lines for events named together
 * with a day; `eventDeadline` reads a task for a deadline named by an event and
 * looks it up among them.
 */
import { addDays, daysNamedIn, isISODate, MONTH_WORD, monthNumber, resolveDue, type DueInput, type DueResolution } from './dates';

/** An event the note names with its day. */
export interface EventDate {
  /** The event's head word, normalised: `meeting`, `offsite`, `qbr`. */
  head: string;
  /** The words that qualify it, lower-cased, month names and filler left out: `board` for "the October board meeting". */
  qualifiers: string[];
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** The event as written ("board meeting"). */
  name: string;
  /** 1-based line of the note that gives the day. */
  line: number;
}

/** A deadline a task ties to an event, resolved through the note's events. */
export interface EventDeadline {
  due: string;
  /** The task's words, cue included ("before the October board meeting"). */
  phrase: string;
  /** Where in the task's text the phrase is. */
  start: number;
  end: number;
  event: EventDate;
}

/**
 * Words that name an event a deadline can hang on. The generic ones ("meeting",
 * "call") are matched only with a qualifier both sides share: "the meeting" alone
 * could be any meeting.
 */
const SPECIFIC_HEADS = [
  'board', 'offsite', 'off-site', 'onsite', 'on-site', 'summit', 'kickoff', 'kick-off', 'launch', 'release', 'qbr', 'ebr',
  'conference', 'all-hands', 'town hall', 'townhall', 'steerco', 'retreat', 'go-live', 'golive', 'renewal', 'audit',
  'webinar', 'readout', 'hackathon', 'trade show', 'tradeshow', 'expo', 'keynote', 'offsite', 'cutover', 'freeze',
  // Breaks: "before the summer break" has a day only when the note gives it one ("the summer break starts Aug 4").
  'break', 'shutdown', 'closure', 'recess', 'vacation', 'holiday', 'leave', 'pto', 'time off',
];
const GENERIC_HEADS = [
  'meeting', 'review', 'call', 'sync', 'session', 'event', 'presentation', 'demo', 'workshop', 'visit', 'interview',
  'deadline', 'planning', 'committee', 'check-in', 'checkpoint', 'standup', 'stand-up', 'briefing', 'close', 'cutoff',
];
const HEADS = [...new Set([...SPECIFIC_HEADS, ...GENERIC_HEADS])].sort((a, b) => b.length - a.length);
const HEAD_ALTERNATION = HEADS.map((h) => h.replace(/[-\s]/g, '[-\\s]?')).join('|');
const SPECIFIC = new Set(SPECIFIC_HEADS.map(normaliseHead));

/** A head word, plural allowed: `meetings`, `QBRs`. */
const HEAD_RE = new RegExp(String.raw`\b(${HEAD_ALTERNATION})(?:s|es)?\b`, 'gi');
/** Cheap test before any work: the note or task names an event at all. */
const MAY_NAME_EVENT = new RegExp(String.raw`\b(?:${HEAD_ALTERNATION})`, 'i');

const WEEKDAY_WORD = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*`;
/**
 * A day written so that it can be read without doubt: `2025-10-21`, `10/21`, `Oct 21`, `21 October`,
 * `tomorrow`, `next Tuesday`, `on Friday`. A cheap test, so chrono reads only the sentences that have one.
 */
const NAMES_A_DAY = new RegExp(
  String.raw`\d{4}-\d{2}-\d{2}|\b\d{1,2}/\d{1,2}\b|\b${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}|\btomorrow\b|\b(?:next|this|on)\s+${WEEKDAY_WORD}`,
  'i',
);

/** Tasks date signifiers and Dataview date fields, with their dates. */
const TASK_DATES = /[\u{1F4C5}\u{1F4C6}\u{1F5D3}\u23F3\u231B\u{1F6EB}\u2795\u2705\u274C]\uFE0F?\s*\d{4}-\d{2}-\d{2}|\[(?:due|scheduled|start|created|completion|cancelled)::[^\]]*\]/giu;

/** Filler between the cue and the event, and words that never tell two events apart. */
const FILLER = new Set([
  'the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'coming', 'planned', 'scheduled',
  'first', 'final', 'big', 'of', 'and', 'with', 'for', 'on', 'at', 'in', 's', 'is', 'was', 'will', 'be',
]);

/** A deadline word and the event after it: "before the October board meeting", "ahead of Nordwind's QBR". */
const TASK_EVENT = new RegExp(
  String.raw`\b(by|before|ahead\s+of|prior\s+to|until|till|for|in\s+time\s+for|at)\s+((?:[\p{L}\p{N}'’&.-]+\s+){0,4}?)(${HEAD_ALTERNATION})(?:s|es)?\b`,
  'giu',
);
/** A head word right after another ("board meeting"). */
const MORE_HEAD = new RegExp(String.raw`^\s+(${HEAD_ALTERNATION})(?:s|es)?\b`, 'i');
/** Cues that put the deadline the day before the event. */
const DAY_BEFORE = /^(?:before|ahead\s+of|prior\s+to)$/i;

function normaliseHead(word: string): string {
  return word.toLowerCase().replace(/[-\s]/g, '');
}

function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.'’]/g, '');
}

/** The qualifying words of an event's name: lower-cased, no months, no filler. */
function qualifiersOf(words: readonly string[]): { qualifiers: string[]; month: number | null } {
  const qualifiers: string[] = [];
  let month: number | null = null;
  for (const raw of words) {
    const word = normaliseWord(raw);
    if (!/[\p{L}\p{N}]/u.test(word) || FILLER.has(word)) continue;
    const m = monthNumber(word);
    if (m !== null && raw.length >= 3) {
      month = m;
      continue;
    }
    qualifiers.push(word);
  }
  return { qualifiers, month };
}

const WORD = /^[\p{L}\p{N}'’&-]+$/u;

/** Words that tie a task to an event ("before the break"): the words before them are the task's, not the event's name. */
const TIES = new Set(['by', 'before', 'after', 'until', 'till', 'ahead', 'prior', 'for', 'at', 'during', 'over', 'since', 'from', 'to']);

/** Up to three words right before `at` in `sentence`, stopping at punctuation or a word tying a task to the event. */
function wordsBefore(sentence: string, at: number): string[] {
  const tokens = sentence.slice(Math.max(0, at - 80), at).split(/\s+/);
  const out: string[] = [];
  // The last token is empty when a space comes right before `at`; one glued to the head is not a word before it.
  for (let k = tokens.length - 2; k >= 0 && out.length < 3; k--) {
    if (!WORD.test(tokens[k]) || TIES.has(tokens[k].toLowerCase())) break;
    out.unshift(tokens[k]);
  }
  return out;
}

/** Up to three words at the start of `rest`, stopping at punctuation. */
function wordsAfter(rest: string): string[] {
  const after = /^((?:\s+[\p{L}\p{N}'’&-]+){0,3})/u.exec(rest);
  return after ? after[1].trim().split(/\s+/).filter(Boolean) : [];
}

/** Sentences of a line, with where each starts: a day and an event go together only within one. */
function sentences(line: string): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  const re = /[^.;!?]+(?:[.;!?](?!\s|$)[^.;!?]*)*[.;!?]*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ text: m[0], from: m.index });
  }
  return out;
}

/**
 * Events the lines name together with a day, read against the meeting's date
 * (`anchor`) for days written without a year. A line naming an event and a day
 * in one sentence counts; the nearest day goes with each event.
 */
export function findEventDates(lines: readonly { text: string; line: number }[], anchor: string | null, heads: RegExp = HEAD_RE): EventDate[] {
  const out: EventDate[] = [];
  for (const { text: written, line } of lines) {
    heads.lastIndex = 0;
    if (!heads.test(written)) continue;
    // A task's own dates (📅 2025-10-20, [due:: …]) say when the task is due, not when the event is.
    const text = written.replace(TASK_DATES, ' ');
    for (const sentence of sentences(text)) {
      heads.lastIndex = 0;
      if (!heads.test(sentence.text) || !NAMES_A_DAY.test(sentence.text)) continue;
      const days = daysNamedIn(sentence.text, anchor);
      if (days.length === 0) continue;
      heads.lastIndex = 0;
      for (let m = heads.exec(sentence.text); m; m = heads.exec(sentence.text)) {
        const start = m.index;
        const end = start + m[0].length;
        // The event's day is the one nearest its name, outside it.
        let best = days[0];
        let bestGap = Infinity;
        for (const d of days) {
          if (d.start < end && start < d.end) continue;
          const gap = d.start >= end ? d.start - end : start - d.end;
          if (gap < bestGap) {
            bestGap = gap;
            best = d;
          }
        }
        if (bestGap === Infinity || bestGap > 60) continue;
        // The name is the words before the head, back to a day written before it ("on Oct 21 the board meeting").
        const from = days.reduce((at, d) => (d.end <= start ? Math.max(at, d.end) : at), 0);
        const to = days.reduce((at, d) => (d.start >= end ? Math.min(at, d.start) : at), sentence.text.length);
        // Words after it name it too ("the QBR with Nordwind"); a task's qualifiers must all be
        // among these, so a word too many here never joins two events, and one too few would part them.
        const before = wordsBefore(sentence.text.slice(from, start), start - from);
        const named = [...before, ...wordsAfter(sentence.text.slice(end, to))];
        const { qualifiers } = qualifiersOf(named);
        out.push({ head: normaliseHead(m[1]), qualifiers, date: best.date, name: [...qualifiersOf(before).qualifiers, m[1]].join(' '), line });
      }
    }
  }
  return out;
}

/**
 * The events a note's text gives a day for, read only where it names an event
 * one of `tasks` ties a deadline to — one pass of a small search over the text,
 * so a vault of notes that name no dated event pays almost nothing.
 */
export function eventDatesFor(text: string, tasks: readonly string[], anchor: string | null): EventDate[] {
  const heads = new Set<string>();
  for (const task of tasks) {
    if (!MAY_NAME_EVENT.test(task)) continue;
    TASK_EVENT.lastIndex = 0;
    for (let m = TASK_EVENT.exec(task); m; m = TASK_EVENT.exec(task)) {
      heads.add(normaliseHead(m[3]));
      const more = MORE_HEAD.exec(task.slice(m.index + m[0].length));
      if (more) heads.add(normaliseHead(more[1]));
    }
  }
  if (heads.size === 0) return [];
  const wanted = headsPattern(heads);
  // The pattern is shared by every note naming the same events, and a global pattern carries
  // where it last stopped: start from the top, or a note is read from where the last one ended.
  wanted.lastIndex = 0;
  // Lines are numbered by where they start; numbers are worked out only for the few that date an event.
  const lines: { text: string; line: number }[] = [];
  for (let m = wanted.exec(text); m; m = wanted.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const end = nl === -1 ? text.length : nl;
    // One look per line, however many heads it holds.
    wanted.lastIndex = end;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), line: start });
  }
  wanted.lastIndex = 0;
  const events = findEventDates(lines, anchor, wanted);
  let lineNo = 1;
  let counted = 0;
  for (const e of events) {
    // Events come in line order: count line breaks forward from the last one counted.
    for (let i = text.indexOf('\n', counted); i !== -1 && i < e.line; i = text.indexOf('\n', counted)) {
      lineNo++;
      counted = i + 1;
    }
    e.line = lineNo;
  }
  return events;
}

/** Patterns for sets of heads, made once per set: a vault's tasks name the same few events over and over. */
const HEAD_PATTERNS = new Map<string, RegExp>();

/** A global pattern finding any of `heads`, plural allowed, the head in group 1. */
function headsPattern(heads: ReadonlySet<string>): RegExp {
  const key = [...heads].sort().join('|');
  let re = HEAD_PATTERNS.get(key);
  if (!re) {
    if (HEAD_PATTERNS.size > 256) HEAD_PATTERNS.clear();
    re = new RegExp(String.raw`\b(${[...heads].map(headPattern).join('|')})(?:s|es)?\b`, 'gi');
    HEAD_PATTERNS.set(key, re);
  }
  return re;
}

/** A normalised head as a pattern that finds it however it is written (`kick-off`, `kick off`, `kickoff`). */
function headPattern(head: string): string {
  const written = HEADS.find((h) => normaliseHead(h) === head) ?? head;
  return written.replace(/[-\s]/g, '[-\\s]?');
}

/**
 * The deadline a task ties to an event the note gives a day for. The task's
 * qualifiers must all be among the event's (the "board meeting" is not the "staff
 * meeting"), a generic event needs at least one, a month in the task must be the
 * event's month, and an event before the meeting is history, not a deadline.
 * "before" / "ahead of" / "prior to" put the deadline on the day before the event.
 */
export function eventDeadline(text: string, events: readonly EventDate[], anchor: string | null): EventDeadline | null {
  if (events.length === 0 || !MAY_NAME_EVENT.test(text)) return null;
  TASK_EVENT.lastIndex = 0;
  for (let m = TASK_EVENT.exec(text); m; m = TASK_EVENT.exec(text)) {
    // "the board meeting": read on over further head words, so the phrase is whole.
    let end = m.index + m[0].length;
    const heads = [m[3]];
    for (let more = MORE_HEAD.exec(text.slice(end)); more; more = MORE_HEAD.exec(text.slice(end))) {
      heads.push(more[1]);
      end += more[0].length;
    }
    const words = m[2].trim().split(/\s+/).filter(Boolean);
    const event = lookUp(readings(words, heads), events, anchor);
    if (!event) continue;
    const due = DAY_BEFORE.test(m[1].replace(/\s+/g, ' ')) ? addDays(event.date, -1) : event.date;
    return { due, phrase: text.slice(m.index, end).trim(), start: m.index, end, event };
  }
  return null;
}

interface Reading {
  head: string;
  qualifiers: string[];
  month: number | null;
}

/**
 * The ways a task's event name may be meant, most specific first: "board meeting" is a
 * meeting qualified by "board", or the board's own (the note may say "the board meets on …").
 */
function readings(words: readonly string[], heads: readonly string[]): Reading[] {
  const out: Reading[] = [];
  for (let k = heads.length - 1; k >= 0; k--) {
    const head = normaliseHead(heads[k]);
    const { qualifiers, month } = qualifiersOf([...words, ...heads.slice(0, k)]);
    if (k < heads.length - 1 && !SPECIFIC.has(head)) continue;
    out.push({ head, qualifiers, month });
  }
  return out;
}

/**
 * "next" and "upcoming" tell which of a series is meant, not which series: beside other
 * qualifiers they are dropped ("the next board meeting" is the board meeting the note
 * dates), alone they must be in the event's name too ("Next meeting: Oct 9").
 */
const SERIES_WORDS = new Set(['next', 'upcoming']);

function lookUp(options: readonly Reading[], events: readonly EventDate[], anchor: string | null): EventDate | null {
  for (const reading of options) {
    const { head, month } = reading;
    const strict = reading.qualifiers.filter((q) => !SERIES_WORDS.has(q));
    const qualifiers = strict.length > 0 ? strict : reading.qualifiers;
    if (qualifiers.length === 0 && !SPECIFIC.has(head)) continue;
    let best: EventDate | null = null;
    for (const e of events) {
      if (e.head !== head || !qualifiers.every((q) => e.qualifiers.includes(q))) continue;
      if (month !== null && Number(e.date.slice(5, 7)) !== month) continue;
      if (anchor !== null && e.date < anchor) continue;
      if (best === null || e.date < best.date || (e.date === best.date && e.line < best.line)) best = e;
    }
    if (best) return best;
  }
  return null;
}

/**
 * `resolveDue`, with the note's events: a deadline tied to an event the note gives
 * a day for beats a vague phrase or none — "before the October board meeting" is the
 * day before that meeting, not the end of October.
 */
export function resolveDueWithEvents(input: DueInput, meetingDate: string | null, events: readonly EventDate[]): DueResolution {
  const found = resolveDue(input, meetingDate);
  if (events.length === 0 || found.source === 'signifier') return found;
  const anchor = meetingDate && isISODate(meetingDate) ? meetingDate : null;
  const tied = eventDeadline(input.text, events, anchor);
  if (!tied) return found;
  // A precise date in the task wins — unless it is the event's own day, given beside it
  // ("before the QBR (QBR is on 10/21)"): then the deadline is read from the event.
  if (found.due !== null && found.certainty !== 'vague' && found.due !== tied.event.date) return found;
  const { name, date, line } = tied.event;
  const resolution: DueResolution = { due: tied.due, source: 'phrase', phrase: tied.phrase, certainty: 'likely', event: { name, date, line } };
  // "Book the venue for the offsite Nov 3–5": the days the task gives are the event's.
  if (found.range && found.range.first === date) resolution.range = found.range;
  return resolution;
}
