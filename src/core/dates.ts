/**
 * Due dates: from a Tasks signifier, a Dataview `due::` field, or a phrase in
 * the task's words ("by next Friday", "EOM", "before the October board
 * meeting") read against the date of the meeting the task came from.
 *
 * Every date here is a calendar day written `YYYY-MM-DD`. Day arithmetic runs
 * on UTC milliseconds, where no day is 23 or 25 hours long, so a daylight
 * saving change in the user's time zone can never move a date. The only place
 * that looks at a clock is `todayISO()`, for adapters; everything else is
 * given "today" or the meeting date.
 */
import * as chrono from 'chrono-node';
import { differenceInCalendarDays, isSameISOWeek, parseISO } from 'date-fns';
import type { DueCertainty, DueSource } from './model';

// ─── Calendar days ───────────────────────────────────────────────────────────

/** A calendar day, months 1-12. */
interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days in each month of a common year. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  if (m !== 2) return MONTH_LENGTHS[m - 1];
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function fmt(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The value of `count` ASCII digits of `s` from `at`, or -1 when one is not a digit. */
function digitsAt(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DD` read by hand: a hundred thousand tasks' dates are read on every scan. */
function ymdOf(iso: string): Ymd | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  return y >= 0 && m >= 0 && d >= 0 && isValidYmd(y, m, d) ? { y, m, d } : null;
}

/** True for a real calendar day written `YYYY-MM-DD` (`2025-02-30` is not). */
export function isISODate(value: string): boolean {
  return ymdOf(value) !== null;
}

function dayNumber(iso: string): number {
  const { y, m, d } = ymdOf(iso) ?? { y: 1970, m: 1, d: 1 };
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): string {
  const date = new Date(n * DAY_MS);
  return fmt(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Calendar days from `from` to `to`, by UTC day numbers: the reading of phrases counts days this
 * way, many times a task, where date-fns' parsing would cost more than the rest of the reading.
 */
function daysBetween(to: string, from: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `iso` moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** `iso` moved by whole months, the day clamped to the target month (Jan 31 + 1 → Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = ymdOf(iso) ?? { y: 1970, m: 1, d: 1 };
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return fmt(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const dow = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  return dow === 0 ? 7 : dow;
}

function lastDayOfMonth(y: number, m: number): string {
  return fmt(y, m, daysInMonth(y, m));
}

// ─── Today and buckets (date-fns) ────────────────────────────────────────────

/** Today in the device's own time zone. For adapters only: core logic is always given "today". */
export function todayISO(now: Date = new Date()): string {
  return fmt(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Calendar days from `today` to `due` (negative when past).
 * date-fns reads `YYYY-MM-DD` as local midnight and counts calendar days, so
 * a 23-hour day at a DST change still counts as one.
 */
export function daysUntil(due: string, today: string): number {
  return differenceInCalendarDays(parseISO(due), parseISO(today));
}

/** True when `due` is a day before `today`. */
export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && isISODate(due) && daysUntil(due, today) < 0;
}

export type DueBucket = 'overdue' | 'today' | 'this-week' | 'later' | 'none';

/** Where a due date falls from `today`'s point of view; weeks are ISO weeks, starting on Monday. */
export function dueBucket(due: string | null, today: string): DueBucket {
  if (due === null || !isISODate(due)) return 'none';
  const days = daysUntil(due, today);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (isSameISOWeek(parseISO(due), parseISO(today))) return 'this-week';
  return 'later';
}

// ─── Loose dates from frontmatter ────────────────────────────────────────────

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** A month's name or abbreviation in lower case (for case-free patterns): `oct`, `october`, `sept.`. */
export const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

/** A month's number from its name or abbreviation, any case (`Oct`, `october.`), else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * A calendar day from a frontmatter-ish value, or null when the value is not
 * unambiguously one day.
 *
 * - `Date` objects (js-yaml turns `2025-09-16` into one, at UTC midnight, and
 *   reads unzoned timestamps as UTC): the UTC day, which is the day written.
 * - `2025-09-16`, `2025-09-16T10:00`, `2025-09-16 10:00`, `2025/09/16`,
 *   `[[2025-09-16]]` (a daily-note link).
 * - Day-first or month-first numbers only when one part is over 12
 *   (`16/09/2025`, `09/16/2025`); `05/06/2025` is ambiguous and gives null.
 * - Month names: `Sep 16, 2025`, `16 September 2025`.
 */
const CLOCK_TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm])?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${CLOCK_TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${CLOCK_TIME}$`);

export function parseLooseDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return fmt(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  // The common case, a Tasks date: no cleaning, no pattern.
  if (value.length === 10 && ymdOf(value)) return value;
  const s = value.trim().replace(/^\[\[([^\]|]*)(?:\|[^\]]*)?\]\]$/, '$1').replace(/^["']|["']$/g, '').trim();

  let m = YEAR_FIRST.exec(s);
  if (m) return checked(+m[1], +m[2], +m[3]);

  m = YEAR_LAST.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b <= 12) return checked(+m[3], b, a);
    if (b > 12 && a <= 12) return checked(+m[3], a, b);
    return a === b ? checked(+m[3], a, b) : null;
  }

  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m && monthNumber(m[1])) return checked(+m[3], monthNumber(m[1]) ?? 0, +m[2]);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(s);
  if (m && monthNumber(m[2])) return checked(+m[3], monthNumber(m[2]) ?? 0, +m[1]);
  return null;
}

function checked(y: number, m: number, d: number): string | null {
  return isValidYmd(y, m, d) ? fmt(y, m, d) : null;
}

// ─── The order of a date's numbers ───────────────────────────────────────────

/**
 * What a text shows of how its writer orders a date's numbers: dates that can only be read day
 * first (13/10, 24/10/2025) and dates that can only be read month first (10/13, 10/24/2025).
 */
export interface DateOrderEvidence {
  dayFirst: number;
  monthFirst: number;
}

/**
 * Slashed pairs (13/10) and dates with a year in any separator (13-10-2025, 13.10.2025). A bare
 * pair with a dash or a dot is left out: "3-15 people" and "v1.13" are no dates.
 */
const NUMERIC_DATE = /(?:^|[^\w/.-])(\d{1,2})(?:\/(\d{1,2})(?:\/((?:19|20)?\d{2}))?|([-.])(\d{1,2})\4((?:19|20)\d{2}|\d{2}))(?![\w/]|[.-]\d)/g;

/** Counts a text's unambiguous numeric dates by their order (`inferDayFirst` weighs them). */
export function dateOrderEvidence(text: string): DateOrderEvidence {
  const evidence: DateOrderEvidence = { dayFirst: 0, monthFirst: 0 };
  // Most notes write no numeric date: one cheap look first.
  if (!/\d[/.-]\d/.test(text)) return evidence;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[5]);
    // "24/7" is round the clock, whatever else the note writes.
    if (a === 24 && b === 7 && !m[3]) continue;
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) evidence.dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) evidence.monthFirst++;
  }
  return evidence;
}

/** The sum of several texts' evidence: a vault's, from its notes'. */
export function addDateOrderEvidence(total: DateOrderEvidence, more: DateOrderEvidence): DateOrderEvidence {
  return { dayFirst: total.dayFirst + more.dayFirst, monthFirst: total.monthFirst + more.monthFirst };
}

/** One side must outnumber the other this many times over to settle the order. */
const DECISIVE = 3;

function settled(e: DateOrderEvidence | undefined): boolean | undefined {
  if (!e) return undefined;
  if (e.dayFirst > 0 && e.dayFirst >= DECISIVE * e.monthFirst) return true;
  if (e.monthFirst > 0 && e.monthFirst >= DECISIVE * e.dayFirst) return false;
  return undefined;
}

/**
 * Whether a note's writer puts the day first (5/11 = 5 November), from the dates it writes that can
 * be read one way only: the note's own, when they settle it; else the vault's; else unknown
 * (undefined), and an ambiguous date stays a vague guess. A note copied from elsewhere may differ
 * from its vault, so its own dates speak first.
 */
export function inferDayFirst(note: DateOrderEvidence, vault?: DateOrderEvidence): boolean | undefined {
  return settled(note) ?? settled(vault);
}

// ─── Due dates from phrases ──────────────────────────────────────────────────

export interface DueInput {
  /** The task's words (assignee and signifiers set aside, or not: both work). */
  text: string;
  /**
   * How the note's writer orders a date's numbers, when known (`inferDayFirst`): true reads
   * 5/11 and 5-11 as 5 November, false as May 11. Unset, the reading nearer the meeting is
   * taken, and only as vague. Dotted dates (3.11.) are day first whatever this says.
   */
  dayFirst?: boolean;
  /** The Tasks 📅 date, when the line has one. */
  due: string | null;
  /** Dataview inline fields; `due` counts like the signifier. */
  fields?: Record<string, string>;
}

export interface DueResolution {
  /** `YYYY-MM-DD`, or null when nothing says when (or a phrase has no meeting date to count from). */
  due: string | null;
  source: DueSource | null;
  /** The words that gave the date, as written ("by next Friday"); null for signifiers. */
  phrase: string | null;
  /**
   * `exact` for a signifier or a full written date, `likely` for a phrase that
   * names one day ("tomorrow", "by Oct 15", "EOM"), `vague` for a period
   * ("next week", "Q4", "in October") resolved to its last day.
   */
  certainty: DueCertainty | null;
  /** When the phrase names an event ("before the board meeting"), the event and the day the note gives it. */
  event?: { name: string; date: string; line: number };
  /**
   * A range's days ("Nov 3–7", "between Nov 3 and Nov 7"), due on its last; when they are an
   * event's days ("Hold the offsite Nov 3–5"), the event's word, and the task is due as it starts.
   */
  range?: { first: string; last: string; event?: string };
  /** The earlier day asked for beside the deadline ("Friday or Monday at the latest": Friday). */
  preferred?: string;
}

const NONE: DueResolution = { due: null, source: null, phrase: null, certainty: null };

/**
 * The task's due date: the signifier first, then a Dataview `due` field, then
 * the strongest date phrase in its words, counted from `meetingDate` (never
 * from today — a note read a month later must give the same answer).
 */
export function resolveDue(input: DueInput, meetingDate: string | null): DueResolution {
  const field = fieldText(input.fields);
  const signified =
    parseLooseDate(input.due ?? '') ?? (field === null ? null : parseLooseDate(field)) ?? dueSignifierIn(input.text);
  if (signified) return { due: signified, source: 'signifier', phrase: null, certainty: 'exact' };

  const anchor = meetingDate && isISODate(meetingDate) ? meetingDate : null;
  const order: DateOrder = input.dayFirst === undefined ? {} : { dayFirst: input.dayFirst };
  // `[due:: next Friday]`: a field in words is a deadline phrase, read like one.
  const inField = field ? findDuePhrase(`by ${field}`, anchor, order) : null;
  if (inField?.due) return { due: inField.due, source: 'phrase', phrase: field, certainty: inField.certainty };
  const found = findDuePhrase(input.text, anchor, order);
  if (!found) return NONE;
  const resolution: DueResolution = {
    due: found.due,
    source: 'phrase',
    phrase: found.phrase,
    certainty: found.due ? found.certainty : null,
  };
  if (found.range) resolution.range = found.range;
  if (found.preferred) resolution.preferred = found.preferred;
  return resolution;
}

/**
 * A Tasks 📅 (📆 🗓) date or a `[due:: …]` date still in the task's words, when the
 * caller left the signifiers in: it is the due date, whatever a phrase says. 📅 read
 * as Windows-1252, Windows-1254 or Mac Roman (`ðŸ“…`, `ğŸ“…`, `üìÖ`) is still 📅.
 */
const DUE_SIGNIFIER_IN_TEXT =
  /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}|\u00F0\u0178\u201C\u2026|\u011F\u0178\u201C\u2026|\uF8FF?\u00FC\u00EC\u00D6)\uFE0F?\s*(\d{4}-\d{2}-\d{2})|[[(]due::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/iu;

export function dueSignifierIn(text: string): string | null {
  // Most task words hold no ISO date at all: one cheap look before the real pattern.
  if (!/\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const m = DUE_SIGNIFIER_IN_TEXT.exec(text);
  return m ? parseLooseDate(m[1] ?? m[2]) : null;
}

/** The `due` field's value as written, or null. */
function fieldText(fields: Record<string, string> | undefined): string | null {
  if (!fields) return null;
  for (const [key, value] of Object.entries(fields)) if (key.trim().toLowerCase() === 'due' && value.trim()) return value.trim();
  return null;
}


/** A date phrase found in the text, before choosing among them. */
interface Candidate {
  start: number;
  end: number;
  /** The phrase as written, its cue word included. */
  phrase: string;
  due: string | null;
  certainty: DueCertainty;
  /** 2 for a deadline word (by, before, until, due…), 1 for a weaker one or a phrase that is a deadline by itself, 0 for none. */
  cue: number;
  /** A date that is not a deadline ("met on Monday", "last Friday"): it claims its words so chrono does not re-read them, but is never chosen. */
  rejected: boolean;
  /** Which rule found it (`chrono` for chrono's dates): a weekday may move a week when two are compared. */
  rule?: string;
  /** A range's days, and the event they are the days of, when they are one's ("the offsite Nov 3–5"). */
  range?: { first: string; last: string; event?: string };
  /** The earlier day asked for when a later one is the deadline ("Friday or Monday at the latest"). */
  preferred?: string;
}

/**
 * German deadline words, for the dotted dates written after them in otherwise English notes
 * ("bis 3.11.", "bis zum 3.11.", "spätestens 5.12."), with or without the umlaut.
 */
const GERMAN_CUE = String.raw`(?:bis|sp(?:ä|ae|a)testens|f(?:ä|ae|a)llig)(?:\s+(?:zum|zur|am|bis|sp(?:ä|ae|a)testens)){0,2}`;
const AFTER_GERMAN_CUE = new RegExp(String.raw`(?:^|[^\w])${GERMAN_CUE}\s*$`, 'i');
/**
 * Deadline words of notes written in or mixing in German, French and Spanish: "vor dem", "avant le", "d'ici le",
 * "au plus tard le", "jusqu'au", "pour le", "antes del", "para el", "a más tardar el", "hasta el". (German "bis"
 * is the German cue's.) None is an English word.
 */
const FOREIGN_CUE = String.raw`(?:vor(?:\s+(?:dem|der))?|avant(?:\s+(?:le|la))?|d['’]ici(?:\s+(?:le|la|au|à|a))?|au\s+plus\s+tard(?:\s+(?:le|la))?|jusqu['’]\s*(?:au|à|a)(?:\s+(?:le|la))?|pour\s+(?:le|la)|antes\s+del?(?:\s+(?:la|el))?|para(?:\s+(?:el|la))?|a\s+m(?:á|a)s\s+tardar(?:\s+(?:el|la))?|hasta(?:\s+(?:el|la))?|como\s+m(?:á|a)ximo(?:\s+(?:el|la))?)`;
/** How a deadline word before a date is spotted: the last words before it. */
const STRONG_CUE = new RegExp(String.raw`(?:^|[^\w])(by|before|until|till|til|due(?:\s+(?:on|by|date))?|nlt|no later than|not later than|at the latest|latest|ahead of|prior to|deadline|eta|target(?:ing)?|on or before|within|${GERMAN_CUE}|${FOREIGN_CUE}|(?:moved|pushed|postponed|rescheduled|slipped|delayed|deferred|bumped|shifted|extended)(?:\s+(?:back|out))?\s+(?:to|until|till)|from\s+\S+(?:\s+\S+){0,2}\s+to)\s*:?\s*(?:the\s+)?$`, 'i');
const WEAK_CUE = /(?:^|[^\w])(on|for|in|during|over|at|around)\s*:?\s*(?:the\s+)?$/i;
/** Words that make the date a past event, not a deadline. */
const PAST_WORDS = new Set([
  'since', 'from', 'last', 'past', 'previous', 'ago', 'yesterday', 'earlier', 'met', 'held', 'discussed',
  'said', 'mentioned', 'was', 'were', 'had', 'happened', 'occurred', 'started', 'began', 'sent', 'spoke', 'talked',
  'attended', 'presented', 'shared', 'agreed', 'decided', 'announced', 'originally', 'previously', 'initially', 'formerly', 'been',
]);

function cueBefore(text: string, start: number): { cue: number; at: number } {
  const before = text.slice(Math.max(0, start - 30), start);
  const offset = Math.max(0, start - 30);
  const strong = STRONG_CUE.exec(before);
  if (strong) return { cue: 2, at: offset + strong.index + strong[0].indexOf(strong[1]) };
  const weak = WEAK_CUE.exec(before);
  if (weak) return { cue: 1, at: offset + weak.index + weak[0].indexOf(weak[1]) };
  return { cue: 0, at: start };
}

function inPastContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const words = before.toLowerCase().match(/[a-z']+/g) ?? [];
  // A deadline word right before the date binds it to the task ("the notes we discussed by Friday"
  // are due Friday); only "due" itself can be past ("was due Friday", "originally due Oct 14").
  const cue = STRONG_CUE.exec(before);
  if (cue && !/^(?:due|deadline)/i.test(cue[1])) {
    // The past words stand before the cue, not between it and the date.
  } else {
    const upTo = cue ? words.length - (cue[0].toLowerCase().match(/[a-z']+/g) ?? []).length + 1 : words.length;
    if (words.slice(Math.max(0, upTo - 3), upTo).some((w) => PAST_WORDS.has(w))) return true;
  }
  // "Monday's call" is one that happened; "tomorrow's demo" is still to come.
  if (/^\s*ago\b/i.test(text.slice(end, end + 6))) return true;
  return /^['’]s\b/.test(text.slice(end, end + 3)) && !/(?:tomorrow|tmrw|next\s+\S+)$/i.test(text.slice(start, end));
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/**
 * Full names in any case; the short forms capitalised or in capitals ("Fri", "Weds", "THU"), since
 * "sat" and "wed" are words. "Sat" and "Sun" (a verb, a name) count only after a cue word.
 */
const WEEKDAY_RE = String.raw`(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|[Mm]on|[Tt]ues?|[Ww]eds?|[Tt]hu(?:rs?)?|[Ff]ri|MON|TUES?|WEDS?|THU(?:RS?)?|FRI|Sat|Sun|SAT|SUN)\b\.?`;
/** End of the working day in its many spellings: EOD, COB, EOB, EOP, end of (business) day, close of business, end of play. */
const EOD_RE = String.raw`(?:[Ee][Oo][DdBbPp]|[Cc][Oo][Bb]|[Ee]nd\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|[Ee]nd\s+of\s+(?:business|play)|[Cc]lose\s+of\s+(?:business|play))\b`;
/**
 * A time zone written after a time: ET, PST, CET, AEST, UTC+2, Eastern, London time. Lower case
 * too ("10am pst", "3pm cet"): right after a time of day, "pst" can be nothing else.
 */
const ZONE_RE = String.raw`(?:\(?(?:[ECMP][SD]?T|(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|CES?T|BST|IST|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T|JST|KST|SGT|HKT|WES?T|EES?T|MSK|HST|AK[SD]T|[ecmp][sd]?t|(?:utc|gmt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|ces?t|bst|ist|ae[sd]t|nz[sd]t|jst|sgt|hkt|ak[sd]t)\)?|(?:Eastern|Central|Mountain|Pacific)(?:\s+[Tt]ime)?|(?:London|UK|NY|New\s+York|Berlin|Paris|Sydney|Singapore|Tokyo|[Ll]ocal)\s+time)\b`;
/** A time of day, with its zone when written: 3pm, 3 p.m. ET, 15:00, 10:30am, noon, 9am AEST. */
const TIME_RE = String.raw`(?:\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]\b\.?|\d{1,2}:\d{2}\b|[Nn]oon\b|[Mm]idday\b|[Mm]idnight\b)(?:\s+${ZONE_RE})?`;
/** A time of day or "EOD" written right before a date ("by 3pm Friday", "EOD tomorrow", "10:30 on Monday", "first thing Monday"). */
const LEAD_IN = new RegExp(String.raw`(?:${EOD_RE}|(?:(?:at|@)\s*)?${TIME_RE}|[Ff]irst\s+thing)\s+(?:on\s+)?$`);
/** …or right after it ("Friday at 3pm", "tomorrow morning", "Friday EOD", "Monday AM", "tomorrow first thing"). */
const TRAIL = new RegExp(
  String.raw`^(?:,?\s*(?:(?:at|@|by|before)\s*)?${TIME_RE}|\s+(?:${EOD_RE}|[Mm]orning\b|[Aa]fternoon\b|[Ee]vening\b|[Nn]ight\b|[AaPp][Mm]\b|[ap]\.m\.|first\s+thing\b))`,
);

/** A date phrase widened over a time of day or an end-of-day word written beside it: they keep the day and belong to the phrase. */
function widen(text: string, start: number, end: number): { start: number; end: number } {
  const lead = LEAD_IN.exec(text.slice(Math.max(0, start - 40), start));
  const trail = TRAIL.exec(text.slice(end, end + 40));
  return { start: lead ? start - lead[0].length : start, end: trail ? end + trail[0].length : end };
}
/** Month names; "May", "March" and "Mar" only capitalised (they are also words). */
const MONTH_RE = String.raw`(?:[Jj]anuary|[Ff]ebruary|March|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|[Jj]an|[Ff]eb|Mar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)\b\.?`;

/** Season names, any common case: "fall", "Fall", "FALL". */
const SEASON_RE = String.raw`(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|SPRING|SUMMER|FALL|AUTUMN|WINTER)`;
/** The first month of each season. */
const SEASON_FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

function weekdayIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS.findIndex((name) => name.startsWith(w.slice(0, 3))) + 1;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90, couple: 2, few: 3,
};

function amount(word: string): number | null {
  const w = word.toLowerCase().replace(/^(?:a\s+)?couple(?:\s+of)?$/, 'couple').replace(/^a\s+few$/, 'few');
  if (/^\d{1,3}$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/** Friday of the ISO week holding `iso`, or of the next one when `iso` is a weekend day. */
function workWeekEnd(iso: string, weeksAhead = 0): string {
  const dow = isoWeekday(iso);
  const base = dow >= 6 ? addDays(iso, 7) : iso;
  return addDays(base, 5 - isoWeekday(base) + 7 * weeksAhead);
}

function quarterEnd(y: number, q: number): string {
  return lastDayOfMonth(y, q * 3);
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text.replace(/\D/g, ''));
  if (text.replace(/\D/g, '').length === 2) return 2000 + n;
  return n >= 1900 && n <= 2199 ? n : null;
}

/** The first time a (month, day) comes on or after the anchor. */
function nextOccurrence(anchor: string, m: number, d: number): string | null {
  const a = ymdOf(anchor);
  if (!a) return null;
  for (const y of [a.y, a.y + 1]) {
    if (isValidYmd(y, m, d) && fmt(y, m, d) >= anchor) return fmt(y, m, d);
  }
  return isValidYmd(a.y + 1, m, d) ? fmt(a.y + 1, m, d) : null;
}

/** How far back a day written without its year may be and still be the one just gone. */
const RECENT_PAST_DAYS = 60;

/**
 * A (month, day) written without its year, read from the anchor: the next one, unless the
 * one just gone is at most two months back — "Jan 10" in a December meeting is next
 * January's, but "Oct 1" in an October 20 meeting is the Oct 1 just gone: nobody sets a
 * deadline eleven months out by naming a day three weeks ago.
 */
function nearestOccurrence(anchor: string, m: number, d: number): string | null {
  const a = ymdOf(anchor);
  if (!a) return null;
  const gone = [a.y, a.y - 1].filter((y) => isValidYmd(y, m, d)).map((y) => fmt(y, m, d)).find((day) => day < anchor);
  if (gone && daysBetween(anchor, gone) <= RECENT_PAST_DAYS) return gone;
  return nextOccurrence(anchor, m, d);
}

/**
 * One phrase rule: a regular expression and what its match means. `resolve`
 * gets the match and the anchor (null when the meeting has no date) and
 * returns the day, or null when it needs an anchor it does not have.
 */
interface PhraseRule {
  name: string;
  re: RegExp;
  certainty: DueCertainty | ((m: RegExpExecArray, anchor: string | null, order: DateOrder) => DueCertainty);
  /** A phrase that is a deadline by itself ("EOW", "tomorrow") needs no cue word before it. */
  selfCued: boolean;
  /** Whether the phrase counts only after a deadline word ("by 3pm", not "at 3pm"). */
  strongCueOnly?: boolean | ((m: RegExpExecArray) => boolean);
  /** Whether the phrase counts without any cue word (months mostly name things: "the October release"). */
  needsCue?: boolean | ((m: RegExpExecArray) => boolean);
  resolve: (m: RegExpExecArray, anchor: string | null, order: DateOrder) => string | null;
  /** The first and last day, for a rule reading a range: the task is due on the last, or when an event's days, as the event starts. */
  range?: (m: RegExpExecArray, anchor: string | null, order: DateOrder) => { first: string; last: string } | null;
  /** A match that resolves to no day is no date at all (a project's "week 2", a "10-24" far from the meeting): not even claimed. */
  dropUndated?: boolean;
  /** A weekday preceded by "last" and the like is a past day: claim it, never choose it. */
  reject?: (m: RegExpExecArray) => boolean;
  /** A match that is not this kind of phrase at all (a year inside `10/26/2025`): neither chosen nor claimed. */
  accept?: (text: string, m: RegExpExecArray) => boolean;
}

/** How a writer orders the numbers of a date: `dayFirst` true for 5/11 = 5 November, false for May 11, unset when unknown. */
export interface DateOrder {
  dayFirst?: boolean;
}

const anchored = (f: (anchor: string, m: RegExpExecArray) => string | null) =>
  (m: RegExpExecArray, anchor: string | null) => (anchor ? f(anchor, m) : null);

const monthOf = (anchor: string) => ymdOf(anchor) as Ymd;

/** A month named without a year: the one on or after the meeting's month. */
function monthYear(anchor: string, month: number): number {
  const a = monthOf(anchor);
  return month >= a.m ? a.y : a.y + 1;
}

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** A day of the month written as a word: first … thirty-first. */
const ORDINAL_WORD_RE = String.raw`(?:(?:[Tt]wenty|[Tt]hirty)[-\s]?(?:${ORDINAL_UNITS.join('|')})|[Tt]wentieth|[Tt]hirtieth|${[...ORDINAL_TEENS, ...ORDINAL_UNITS].map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;

/** "Reduce latency by 20", "grow revenue by 3.5.": a number after "by" that says how much, not when. */
const CHANGED_BY = /\b(?:reduce|increase|grow|cut|improve|raise|lower|drop|boost|decrease|shrink|expand|lift|speed|slow|beat|exceed|outperform|shorten|extend)\w*\s+(?:\S+\s+){0,4}by\s*$/i;

/**
 * The day a weekday names, said at `anchor`, with the words before it (`mod`: next, this, a week on…)
 * and after it (`tail`: next week, after next, week).
 */
function weekdayFrom(anchor: string, target: number, mod = '', tail = ''): string | null {
  if (target < 1) return null;
  const before = mod.toLowerCase().replace(/\s+/g, ' ');
  const after = tail.trim().toLowerCase().replace(/\s+/g, ' ');
  const dow = isoWeekday(anchor);
  const monday = addDays(anchor, 1 - dow);
  // "next Friday" and "Friday next week": that weekday in the next ISO week (how chrono reads it too).
  // "Wednesday next", as the British write it, is next Wednesday.
  if (before === 'next' || after === 'next week' || after === 'next') return addDays(monday, 7 + target - 1);
  if (after === 'after next') return addDays(monday, 14 + target - 1);
  if (after === 'this week') return addDays(monday, target - 1);
  // "this Friday" on a Friday is that day; a bare weekday is the next one after the meeting.
  const ahead = (target - dow + 7) % 7;
  const next = ahead === 0 ? (before === 'this' ? anchor : addDays(anchor, 7)) : addDays(anchor, ahead);
  // "Monday week", "a week on Friday": a week after that day.
  return after === 'week' || before.startsWith('a week') ? addDays(next, 7) : next;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The month a misspelt name stands for ("Novmber", "Febuary", "Ocotber", "Septmeber"): the one month whose full
 * name begins with the same letter and is one edit away (two for names of six letters or more), a letter dropped,
 * added, changed or two swapped. A month written right, or a word near none or near two, is null.
 */
function misspeltMonth(word: string): number | null {
  const w = word.toLowerCase();
  if (monthNumber(w) !== null) return null;
  let found: number | null = null;
  for (let i = 0; i < MONTH_NAMES.length; i++) {
    const name = MONTH_NAMES[i];
    if (name.charCodeAt(0) !== w.charCodeAt(0)) continue;
    const max = name.length <= 5 ? 1 : 2;
    if (Math.abs(name.length - w.length) > max || editDistance(w, name, max) > max) continue;
    if (found !== null) return null;
    found = i + 1;
  }
  return found;
}

/** Edits from `a` to `b` (insert, delete, change, swap two neighbours), or `max + 1` once it is known to be more than `max`. */
function editDistance(a: string, b: string, max: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** Month names and abbreviations in German, French and Spanish, written without accents (`foldMonth`). */
const FOREIGN_MONTHS: Record<string, number> = {
  januar: 1, jaenner: 1, janner: 1, janvier: 1, janv: 1, enero: 1, ene: 1,
  februar: 2, fevrier: 2, fevr: 2, febrero: 2,
  marz: 3, maerz: 3, mars: 3, marzo: 3,
  avril: 4, avr: 4, abril: 4, abr: 4,
  mai: 5, mayo: 5,
  juni: 6, juin: 6, junio: 6,
  juli: 7, juillet: 7, juil: 7, julio: 7,
  aout: 8, agosto: 8,
  septembre: 9, septiembre: 9, setiembre: 9,
  oktober: 10, okt: 10, octobre: 10, octubre: 10,
  novembre: 11, noviembre: 11,
  dezember: 12, dez: 12, decembre: 12, diciembre: 12, dic: 12,
};
/** Weekdays in German, French and Spanish, written without accents, ISO numbered. */
const FOREIGN_WEEKDAYS: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6, domingo: 7,
};

/** A foreign name lower-cased and its accents dropped, as the tables above write it (ä → a, "maerz" kept). */
function foldMonth(word: string): string {
  return word.toLowerCase().replace(/\.$/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A pattern for the keys of a table, each accented letter allowed with or without its accent, longest first. */
function foreignWords(table: Record<string, number>): string {
  const accents: Record<string, string> = { a: '(?:a|ä|á|à|â)', e: '(?:e|é|è|ê)', i: '(?:i|í|î)', o: '(?:o|ó|ô|ö)', u: '(?:u|ú|û|ü)' };
  return Object.keys(table)
    .sort((x, y) => y.length - x.length)
    .map((w) => w.replace(/[aeiou]/g, (c) => accents[c]))
    .join('|');
}

const FOREIGN_MONTH_RE = `(?:${foreignWords(FOREIGN_MONTHS)}|april|august|september|november|sept?|oct|nov|dec)`;
const FOREIGN_WEEKDAY_RE = `(?:${foreignWords(FOREIGN_WEEKDAYS)})`;

/** The working week (Mon–Fri), the whole week (Mon–Sun) and the weekend (Sat–Sun), as first weekday + span. */
const WEEK_BY_ITS_ENDS = new Set(['1+4', '1+6', '6+1']);

/** Days from the first weekday of a weekday range to its last (0 for the same day twice or no weekday). */
function weekdaySpan(m: RegExpExecArray): number {
  const first = weekdayIndex(m[3]);
  const last = weekdayIndex(m[6]);
  return first < 1 || last < 1 ? 0 : (last - first + 7) % 7;
}

/** A weekday range's first and last day: the first day read as one weekday is, the last that many days on. */
function weekdayRange(anchor: string, m: RegExpExecArray): { first: string; last: string } | null {
  const first = weekdayFrom(anchor, weekdayIndex(m[3]), m[2], m[7]);
  return first ? { first, last: addDays(first, weekdaySpan(m)) } : null;
}

/**
 * An ordinal range's first and last day: in the month named, else the first month from the meeting's
 * whose window is not over by the meeting. The last day may fall in the next month ("the 28th–3rd").
 */
function ordinalRange(anchor: string, m: RegExpExecArray): { first: string; last: string } | null {
  const d1 = Number(m[2]);
  const d2 = Number(m[4]);
  const start = monthOf(anchor);
  let months: Ymd[];
  if (m[6]) {
    const month = monthNumber(m[6]) ?? 1;
    const first = nearestOccurrence(anchor, month, Math.min(d1, daysInMonth(start.y + 1, month)));
    if (!first) return null;
    months = [monthOf(first)];
  } else {
    const offsets = m[5]?.toLowerCase() === 'this' ? [0] : m[5]?.toLowerCase() === 'next' ? [1] : [0, 1, 2];
    months = offsets.map((k) => ymdOf(addMonths(fmt(start.y, start.m, 1), k)) as Ymd);
  }
  for (const { y, m: month } of months) {
    if (!isValidYmd(y, month, d1)) continue;
    const first = fmt(y, month, d1);
    const next = ymdOf(addMonths(fmt(y, month, 1), d2 > d1 ? 0 : 1)) as Ymd;
    if (!isValidYmd(next.y, next.m, d2)) continue;
    const last = fmt(next.y, next.m, d2);
    if (daysBetween(last, first) > 31) continue;
    if (m[6] || last >= anchor) return { first, last };
  }
  return null;
}

const COUNT_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety';
const COUNT = String.raw`(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|an?|\d{1,3}|${COUNT_WORDS}`;
const ABOUT = String.raw`(?:~|about|around|roughly|approx\.?|approximately|some)\s*`;
const UP_TO = String.raw`\s*(?:[-–—]|to|or)\s*`;
const DURATION_UNIT = String.raw`day|w(?:ee)?k|month|fortnight|bd|b-?day|hour|hr`;
/** A length of time from the meeting: "in 2 weeks", "within the next 48 hours", "ETA 2-3 days", "a week from now". */
const IN_DURATION = new RegExp(
  String.raw`\b(?:(?<lead>in|within|over)\s+(?:(?:the\s+)?(?<next>next|coming|following)\s+)?(?<approx>${ABOUT})?(?<n>${COUNT})?(?:${UP_TO}(?<upto>\d{1,3}|${COUNT_WORDS}))?\s*(?:more\s+)?(?:(?<biz>business|working)\s+)?(?<unit>${DURATION_UNIT})s?` +
    String.raw`|(?<eta>ETA)\s*:?\s*(?<approx2>${ABOUT})?(?<n2>\d{1,3}|an?|${COUNT_WORDS})(?:${UP_TO}(?<upto2>\d{1,3}|${COUNT_WORDS}))?\s*(?:(?<biz2>business|working)\s+)?(?<unit2>${DURATION_UNIT})s?` +
    String.raw`|(?<n3>(?:a\s+)?couple(?:\s+of)?|an?|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?:${UP_TO}(?<upto3>\d{1,3}|${COUNT_WORDS}))?\s+(?:(?<biz3>business|working)\s+)?(?<unit3>day|w(?:ee)?k|month|fortnight)s?\s+(?:from\s+(?:now|today)|out))\b`,
  'gi',
);

const RULES: PhraseRule[] = [
  {
    name: 'end-of-day',
    // Not when a day follows: "EOD Tuesday 10/21", "COB tomorrow" name that day (the phrase takes the EOD in).
    re: new RegExp(
      String.raw`\b(?:(?:the\s+)?${EOD_RE}(?!\s+(?:on\s+)?(?:${WEEKDAY_RE}|[Tt]omorrow|[Tt]mrw|${MONTH_RE}|the\s+\d|\d))|today|tonight|this\s+(?:morning|afternoon|evening)|later\s+today)\b`,
      'gi',
    ),
    certainty: 'likely',
    selfCued: true,
    resolve: anchored((a) => a),
  },
  {
    name: 'time-of-day',
    // "by 3pm" with no day: the meeting's own day. Only after a deadline word ("a call at 3pm" is no deadline).
    re: new RegExp(String.raw`\b${TIME_RE}(?!(?:\s+${ZONE_RE})?,?\s+(?:on\s+|at\s+)?(?:the\s+)?(?:${WEEKDAY_RE}|${MONTH_RE}|[Tt]oday|[Tt]omorrow|[Tt]mrw|[Tt]onight|[Nn]ext|[Tt]his|\d))`, 'g'),
    certainty: 'likely',
    selfCued: false,
    needsCue: true,
    strongCueOnly: true,
    resolve: anchored((a) => a),
  },
  {
    name: 'day-after-tomorrow',
    re: /\b(?:the\s+)?day\s+after\s+tomorrow\b/gi,
    certainty: 'likely',
    selfCued: true,
    resolve: anchored((a) => addDays(a, 2)),
  },
  {
    name: 'tomorrow',
    re: /\b(?:tomorrow|tmrw|tmr)\b/gi,
    certainty: 'likely',
    selfCued: true,
    resolve: anchored((a) => addDays(a, 1)),
  },
  {
    name: 'week-of-month',
    // the first week of December, the last week of next month: that week's last day (the 7th, 14th, 21st, 28th, the month's end).
    re: new RegExp(
      String.raw`\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+w(?:ee)?k\s+(?:of|in)\s+(?:(next|this|the)\s+month|(${MONTH_RE})(?:,?\s+((?:19|20|21)\d{2}))?)(?!\s*\d)`,
      'gi',
    ),
    certainty: 'vague',
    selfCued: true,
    resolve: (m, anchor) => {
      let y: number | null;
      let month: number;
      if (m[2]) {
        if (!anchor) return null;
        const first = addMonths(fmt(monthOf(anchor).y, monthOf(anchor).m, 1), /^next$/i.test(m[2]) ? 1 : 0);
        ({ y, m: month } = ymdOf(first) as Ymd);
      } else {
        month = monthNumber(m[3]) ?? 1;
        y = fullYear(m[4]) ?? (anchor ? monthYear(anchor, month) : null);
      }
      if (!y) return null;
      const nth = ['first', 'second', 'third', 'fourth'].findIndex((w) => w.startsWith(m[1].toLowerCase().slice(0, 3))) + 1;
      const ordinal = ['1st', '2nd', '3rd', '4th'].indexOf(m[1].toLowerCase()) + 1;
      const week = nth || ordinal;
      return week ? fmt(y, month, 7 * week) : lastDayOfMonth(y, month);
    },
  },
  {
    name: 'in-duration',
    // Before the week and month rules: "within the next week" is seven days, not next week's Friday.
    // in two weeks, within 30 days, in a couple of weeks, two weeks from now, in 3 business days, in a fortnight,
    // within the next two weeks, over the next few days, in the coming days (a few), within 5 BD, within 48 hours,
    // ETA 2 wks. "over 2 weeks" is a length, not a deadline. About a number ("in ~2 weeks") or two of them
    // ("in 2-3 weeks", the later) it is vague.
    re: IN_DURATION,
    accept: (_text, m) => {
      const g = m.groups ?? {};
      return g.lead ? Boolean(g.next) || (Boolean(g.n) && g.lead.toLowerCase() !== 'over') : true;
    },
    certainty: (m) => {
      const g = m.groups ?? {};
      const loose = /few|couple/i.test(m[0]) || Boolean(g.approx ?? g.approx2 ?? g.upto ?? g.upto2 ?? g.upto3);
      return loose || (g.next && !g.n && /s$/i.test(m[0])) ? 'vague' : 'likely';
    },
    selfCued: true,
    resolve: anchored((a, m) => {
      const g = m.groups ?? {};
      // "in the coming days" names no number: a few; "within the next month" is one.
      const n = amount(g.upto ?? g.upto2 ?? g.upto3 ?? g.n ?? g.n2 ?? g.n3 ?? (/s$/i.test(m[0]) ? 'few' : 'one'));
      if (n === null) return null;
      const unit = (g.unit ?? g.unit2 ?? g.unit3).toLowerCase();
      const business = Boolean(g.biz ?? g.biz2 ?? g.biz3) || unit.startsWith('b');
      if (unit === 'month') return addMonths(a, n);
      if (unit === 'fortnight') return addDays(a, 14 * n);
      if (unit.startsWith('w')) return addDays(a, 7 * n);
      // Hours: the day they run out on, counted from the meeting's morning.
      if (unit.startsWith('h')) return addDays(a, Math.floor(n / 24));
      return business ? addBusinessDays(a, n) : addDays(a, n);
    }),
  },
  {
    name: 'end-of-week',
    re: /\b(?:EOW|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:work\s*)?w(?:ee)?k|within\s+(?:the|this)\s+w(?:ee)?k|(?:later\s+)?this\s+w(?:ee)?k)\b/gi,
    // "this week" is some day in it; "the end of this week" is its Friday.
    certainty: (m) => (/^(?:later\s+)?this\s+w(?:ee)?k$/i.test(m[0]) ? 'vague' : 'likely'),
    selfCued: true,
    resolve: anchored((a) => workWeekEnd(a)),
  },
  {
    name: 'next-week',
    // next week is done by its Friday; its start is Monday, early in it Tuesday, the middle Wednesday.
    re: /\b(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the\s+)?next\s+w(?:ee)?k|(?:(early|mid|late)[-\s]+)?next\s+w(?:ee)?k|the\s+following\s+w(?:ee)?k)\b/gi,
    certainty: (m) => (/^end$/i.test(m[1] ?? '') ? 'likely' : 'vague'),
    selfCued: true,
    resolve: anchored((a, m) => {
      // Said at the weekend, "next week" is the one starting on Monday.
      const friday = workWeekEnd(a, isoWeekday(a) >= 6 ? 0 : 1);
      const part = (m[1] ?? m[2] ?? '').toLowerCase();
      if (part === 'beginning' || part === 'start') return addDays(friday, -4);
      if (part === 'early') return addDays(friday, -3);
      if (part === 'mid' || part === 'middle') return addDays(friday, -2);
      return friday;
    }),
  },
  {
    name: 'weekend',
    // over the weekend, this weekend: done by its Sunday ("by the weekend" is its Friday, below).
    // "the weekend" alone needs a cue word: "the weekend rota" is a thing.
    re: /\b(?:(this(?:\s+coming)?|next|(?:the\s+)?coming|the)\s+)?week-?end\b/gi,
    certainty: (m) => (/^next/i.test(m[1] ?? '') ? 'vague' : 'likely'),
    selfCued: false,
    needsCue: (m) => !/^(?:this|next|coming|the\s+coming)/i.test(m[1] ?? ''),
    resolve: anchored((a, m) => {
      const sunday = addDays(a, 7 - isoWeekday(a));
      return /^next/i.test(m[1] ?? '') ? addDays(sunday, 7) : sunday;
    }),
  },
  {
    name: 'end-of-month',
    re: /\b(?:EOM|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|within\s+(?:the|this)\s+month|(?:later\s+)?this\s+month|month[-\s]end)\b/gi,
    certainty: (m) => (/^(?:later\s+)?this\s+month$/i.test(m[0]) ? 'vague' : 'likely'),
    selfCued: true,
    resolve: anchored((a) => lastDayOfMonth(monthOf(a).y, monthOf(a).m)),
  },
  {
    name: 'next-month',
    // next month, early next month, the middle of next month, end of next month: as with a named month, early is the 7th and mid the 15th.
    re: /\b(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+next\s+month|(?:(early|mid|late)[-\s]+)?next\s+month)\b/gi,
    certainty: (m) => (/end/i.test(m[0]) ? 'likely' : 'vague'),
    selfCued: true,
    resolve: anchored((a, m) => {
      const n = ymdOf(addMonths(fmt(monthOf(a).y, monthOf(a).m, 1), 1)) as Ymd;
      const part = (m[1] ?? m[2] ?? '').toLowerCase();
      if (part === 'early' || part === 'beginning' || part === 'start') return fmt(n.y, n.m, 7);
      if (part === 'mid' || part === 'middle') return fmt(n.y, n.m, 15);
      return lastDayOfMonth(n.y, n.m);
    }),
  },
  {
    name: 'end-of-quarter',
    re: /\b(?:EOQ|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|within\s+(?:the|this)\s+quarter|this\s+quarter|quarter[-\s]end)\b/gi,
    certainty: (m) => (/^this\s+quarter$/i.test(m[0]) ? 'vague' : 'likely'),
    selfCued: true,
    resolve: anchored((a) => quarterEnd(monthOf(a).y, Math.ceil(monthOf(a).m / 3))),
  },
  {
    name: 'next-quarter',
    re: /\b(?:(?:the\s+)?end\s+of\s+next\s+quarter|next\s+quarter)\b/gi,
    certainty: (m) => (/end/i.test(m[0]) ? 'likely' : 'vague'),
    selfCued: true,
    resolve: anchored((a) => {
      const q = Math.ceil(monthOf(a).m / 3);
      return q === 4 ? quarterEnd(monthOf(a).y + 1, 1) : quarterEnd(monthOf(a).y, q + 1);
    }),
  },
  {
    name: 'quarter',
    // Q4, Q4 2026, Q3'26, Q1-2027, 4Q, 4Q26, "end of Q4". A fiscal quarter (Q4 FY26) is kept as a phrase
    // with no day: fiscal years start in any month, and nothing here says which. Its start is the 7th
    // day, early in it the end of its first month, the middle the 15th of its second, late its end.
    re: /\b(?:(?:the\s+)?(end|start|beginning|middle)\s+of\s+|(early|mid|late)[-\s]?)?(?:Q([1-4])|([1-4])Q)(?:\s*[-/']\s*(\d{4}|\d{2})|\s+((?:19|20|21)\d{2})|(\d{2})|\s+(FY\s*'?(?:\d{4}|\d{2})))?(?!\d)\b/gi,
    certainty: (m) => (/^end$/i.test(m[1] ?? '') ? 'likely' : 'vague'),
    selfCued: false,
    resolve: (m, anchor) => {
      const q = Number(m[3] ?? m[4]);
      if (m[8]) return null;
      let y = fullYear(m[5] ?? m[6] ?? m[7]);
      if (!y && anchor) y = quarterEnd(monthOf(anchor).y, q) >= anchor ? monthOf(anchor).y : monthOf(anchor).y + 1;
      if (!y) return null;
      const first = q * 3 - 2;
      const part = (m[1] ?? m[2] ?? '').toLowerCase();
      if (part === 'start' || part === 'beginning') return fmt(y, first, 7);
      if (part === 'early') return lastDayOfMonth(y, first);
      if (part === 'mid' || part === 'middle') return fmt(y, first + 1, 15);
      return quarterEnd(y, q);
    },
  },
  {
    name: 'half',
    // H2, h2, H1 2026, 1H26, "end of H1"; a fiscal half (H2 FY26) has no known day. The digit first
    // only in capitals: "in 2h" is two hours, and "1h26" an hour and 26 minutes.
    re: /\b(?:(?:the\s+)?[Ee]nd\s+of\s+)?(?:[Hh]([12])|([12])H)(?:\s*[-/']?\s*((?:19|20|21)\d{2}|\d{2})(?!\d)|\s+(FY\s*'?(?:\d{4}|\d{2})))?\b/g,
    certainty: (m) => (/^(?:the\s+)?end/i.test(m[0]) ? 'likely' : 'vague'),
    selfCued: false,
    needsCue: true,
    resolve: (m, anchor) => {
      const h = Number(m[1] ?? m[2]);
      if (m[4]) return null;
      const y = fullYear(m[3]) ?? (anchor ? monthOf(anchor).y : null);
      if (!y) return null;
      const end = h === 1 ? fmt(y, 6, 30) : fmt(y, 12, 31);
      return !m[3] && anchor && end < anchor ? (h === 1 ? fmt(y + 1, 6, 30) : fmt(y + 1, 12, 31)) : end;
    },
  },
  {
    name: 'end-of-year',
    re: /\b(?:[Ee][Oo][Yy]|YE|(?:the\s+)?[Ee]nd\s+of\s+(?:the\s+|this\s+)?year|(?:the\s+)?[Ee]nd\s+of(?=\s+(?:19|20|21)\d{2}\b)|year[-\s]end|this\s+year|next\s+year)(?:\s+((?:19|20|21)\d{2}))?\b/g,
    certainty: (m) => (/(?:this|next)\s+year/i.test(m[0]) ? 'vague' : 'likely'),
    selfCued: true,
    resolve: (m, anchor) => {
      const y = fullYear(m[1]) ?? (anchor ? monthOf(anchor).y + (/next/i.test(m[0]) ? 1 : 0) : null);
      return y ? fmt(y, 12, 31) : null;
    },
  },
  {
    name: 'fiscal',
    // FY26, FY2026 Q1, FY26 H2, the end of the fiscal year, FYE: a fiscal period, kept as the phrase with
    // no day — fiscal years start in any month, and nothing here says which.
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:fiscal\s+year|FY)(?:\s*'?(?:\d{4}|\d{2}))?|FYE(?:\s*'?(?:\d{4}|\d{2}))?|FY\s*'?(?:\d{4}|\d{2})(?:\s*[-/]?\s*(?:Q[1-4]|H[12]))?)\b/g,
    certainty: 'vague',
    selfCued: false,
    needsCue: (m) => !/^(?:the\s+)?end|^FYE/i.test(m[0]),
    resolve: () => null,
  },
  {
    name: 'sprint',
    // by the end of the sprint, next sprint: a deadline, but the note's words rarely say when sprints end.
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+|the\s+next\s+|the\s+current\s+)?sprint|(?:this|next|the\s+next|current|the\s+current)\s+sprint)\b/gi,
    certainty: 'vague',
    selfCued: true,
    resolve: () => null,
  },
  {
    name: 'calendar-week',
    dropUndated: true,
    // CW45, KW 45, by week 45, wk 45 2026: that ISO week's Friday. "week 3" alone is often a project's
    // own week ("week 3 of onboarding"): only after a deadline word, and only when it is near.
    re: /\b(?:(CW|KW)\s*-?\s*|(?:calendar\s+)?(?:week|wk)\s*#?\s*)(\d{1,2})(?:\s*[,/]?\s*((?:19|20|21)\d{2}))?\b(?!\s*(?:of\b|[-/.]\d))/gi,
    certainty: 'likely',
    selfCued: false,
    needsCue: (m) => !m[1],
    strongCueOnly: (m) => !m[1],
    resolve: (m, anchor) => {
      const week = Number(m[2]);
      const given = fullYear(m[3]);
      if (given) return isoWeekFriday(given, week);
      const near = anchor ? nearIsoWeekFriday(anchor, week) : null;
      // A bare "week N" is a calendar week only when it is the next few weeks.
      return near && (m[1] || daysBetween(near, anchor as string) <= 70) ? near : null;
    },
  },
  {
    name: 'iso-week',
    dropUndated: true,
    // W47, 2025-W47, 2025W47: an ISO week as ISO 8601 writes it, its Friday (2025-W47-3, its Wednesday). The W in capitals and two
    // digits, so a tax form ("W-9", "W2") is none; without its year, only after a cue word ("in W47").
    re: /\b(?:((?:19|20|21)\d{2})-?W(\d{2})(?:-?([1-7]))?|W(\d{2}))\b(?!-\d)/g,
    certainty: 'likely',
    selfCued: false,
    needsCue: (m) => !m[1],
    resolve: (m, anchor) => {
      // 2025-W47-3 names the week's Wednesday.
      const friday = m[1] ? isoWeekFriday(Number(m[1]), Number(m[2])) : anchor ? nearIsoWeekFriday(anchor, Number(m[4])) : null;
      return friday && m[3] ? addDays(friday, Number(m[3]) - 5) : friday;
    },
  },
  {
    name: 'midweek',
    // by midweek: this week's Wednesday, or next week's when the meeting is already past it.
    re: /\bmid[-\s]?week\b/gi,
    certainty: 'vague',
    selfCued: true,
    resolve: anchored((a) => (isoWeekday(a) < 3 ? addDays(a, 3 - isoWeekday(a)) : addDays(a, 10 - isoWeekday(a)))),
  },
  {
    name: 'holiday-season',
    // before the holidays, the holiday break, over the Christmas break, after the holidays, in the new year:
    // the year-end break, said from September to early January. Its dates are worked out with the cue word.
    re: /\b(?:the\s+)?(?:holidays|holiday\s+(?:break|season|period|shutdown)|(?:winter|christmas|xmas|year[-\s]end|end[-\s]of[-\s]year)\s+(?:break|holidays?|shutdown|closure))\b|\b(?:early\s+)?in\s+the\s+new\s+year\b/gi,
    certainty: 'vague',
    selfCued: false,
    needsCue: (m) => !/new\s+year$/i.test(m[0]),
    resolve: anchored((a, m) => (/new\s+year$/i.test(m[0]) ? yearEndBreak(a)?.back ?? null : yearEndBreak(a)?.before ?? null)),
  },
  {
    name: 'season',
    // by the fall, end of summer, this spring, over the winter, early fall 2026, winter 2025/26: northern
    // meteorological seasons (spring March–May, summer June–August, fall September–November, winter
    // December–February), resolved like a quarter — the season's last day, its start the 7th, early in it
    // the end of its first month, the middle the 15th of its second. Always vague: a season is no day.
    re: new RegExp(
      String.raw`\b(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the\s+)?|(early|mid|late)[-\s]*)?(?:(this(?:\s+coming)?|next|coming|the\s+coming|last|past|previous)\s+)?(${SEASON_RE})(?:(?:\s+of)?\s*['’]?\s*((?:19|20|21)\d{2}|\d{2})(?:\s*[/-]\s*((?:19|20|21)\d{2}|\d{2}))?(?![\d.:/]))?\b(?:\s+months\b)?(?!-\w|\s+(?:behind|back|through|apart|short|flat|asleep|victim|prey|up|into)\b)`,
      'g',
    ),
    // "Summer Lee", "Spring Boot": a capitalised season before a capitalised word is a name.
    accept: (text, m) => Boolean(m[5]) || !/^[A-Z][a-z]/.test(m[4]) || !/^\s+[A-Z]/.test(text.slice(m.index + m[0].length)),
    certainty: 'vague',
    selfCued: false,
    needsCue: (m) => !m[1] && !m[2] && !m[3],
    reject: (m) => /^(?:last|past|previous)$/i.test(m[3] ?? ''),
    resolve: (m, anchor) => seasonDay(m, anchor),
  },
  {
    name: 'break',
    // before the break, before the summer break, ahead of the shutdown, over the spring recess: a break
    // with no holiday word has no known day (the year-end break is the rule above). The words are kept,
    // and a day the note gives the break elsewhere dates it (event-dates).
    // Someone's own time off ("before my vacation", "her leave") is one too.
    re: /\b(?:(?:the|our|this|next)\s+)?(?:(?:summer|spring|easter|autumn|fall|half[-\s]?term|mid[-\s]?term|term|semester|company|office|plant|factory|site|annual|august|july|mid[-\s]?year|end[-\s]of[-\s](?:term|semester))\s+(?:break|shutdown|closure|recess|vacation|holidays?)|(?:the|our)\s+(?:break|shutdown|closure|recess)|(?:my|his|her|their|your)\s+(?:vacation|leave|pto|time\s+off|holiday))\b(?!-\w)/gi,
    certainty: 'vague',
    selfCued: false,
    needsCue: true,
    resolve: () => null,
  },
  {
    name: 'misspelt-month',
    // by Novmber 3, Decmber 12th, Febuary 27, Ocotber 30, by 3 Septmber 2026: a month's name with a letter or two
    // dropped, doubled, swapped or mistyped (`misspeltMonth`). A near miss may be a name ("Marco 3"): only after a
    // deadline word.
    re: /\b(?:([A-Za-z]{4,11})\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{4,11}))\b(?![/:.]\d|\s*(?:%|[AaPp]\.?[Mm]\b))(?:,?\s+((?:19|20|21)\d{2})\b)?/g,
    // "Approved by Mary 2 weeks ago": a number that counts something is no day.
    accept: (text, m) => Number(m[2] ?? m[3]) <= 31 && !namesAThing(text, m.index + m[0].length) && misspeltMonth(m[1] ?? m[4]) !== null,
    certainty: (m) => (m[5] ? 'exact' : 'likely'),
    selfCued: false,
    needsCue: true,
    strongCueOnly: true,
    resolve: (m, anchor) => {
      const month = misspeltMonth(m[1] ?? m[4]) ?? 0;
      const day = Number(m[2] ?? m[3]);
      const y = fullYear(m[5]);
      if (y) return checked(y, month, day);
      return anchor ? nearestOccurrence(anchor, month, day) : null;
    },
  },
  {
    name: 'foreign-date',
    // 15. März, 3 mars, 1er avril, 5 de abril, 27. Februar 2026, 20 févr.: a day and a German, French or Spanish
    // month, day first as those languages write it. A month English shares ("3 April") is chrono's, unless the
    // German stop or the Spanish "de" shows how it is written ("3. April", "5 de abril").
    re: new RegExp(String.raw`\b(\d{1,2})(\.|er\b|º|°)?\s*(de\s+)?(${FOREIGN_MONTH_RE})\.?(?![a-zà-ÿ])(?:,?\s+(?:de\s+)?((?:19|20|21)\d{2})\b)?`, 'gi'),
    // "3 Mars rovers": French "mars" is an English word too, a month only after a deadline word or French "le", "du", "au".
    accept: (text, m) =>
      ((Boolean(m[2]) && m[2] !== '°') || Boolean(m[3]) || monthNumber(m[4]) === null) &&
      (foldMonth(m[4]) !== 'mars' || STRONG_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)) || /\b(?:le|du|au)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))),
    certainty: (m) => (m[5] ? 'exact' : 'likely'),
    selfCued: false,
    resolve: (m, anchor) => {
      const month = FOREIGN_MONTHS[foldMonth(m[4])] ?? monthNumber(m[4]) ?? 0;
      const y = fullYear(m[5]);
      if (y) return checked(y, month, Number(m[1]));
      return anchor ? nearestOccurrence(anchor, month, Number(m[1])) : null;
    },
  },
  {
    name: 'foreign-month-part',
    // Ende März, Mitte April, Anfang Mai, fin mars, fin de mars, mi-avril, début juin, finales de marzo, mediados de
    // abril, principios de mayo: a part of a month, as "end of March" is.
    re: new RegExp(
      String.raw`\b(ende|fin|finales|mitte|mediados|anfang|d(?:é|e)but|principios|comienzos|inicios|mi-)(?:\s*(?:de(?:l|s)?\s+|d['’]\s*)?(?:la\s+)?)(${FOREIGN_MONTH_RE}|${MONTH_RE})\.?(?![a-zà-ÿ])(?:\s+(?:de\s+)?((?:19|20|21)\d{2})\b)?`,
      'gi',
    ),
    certainty: (m) => (/^(?:ende|fin)/i.test(m[1]) ? 'likely' : 'vague'),
    selfCued: true,
    resolve: (m, anchor) => {
      const month = FOREIGN_MONTHS[foldMonth(m[2])] ?? monthNumber(m[2]) ?? 0;
      if (month < 1) return null;
      const y = fullYear(m[3]) ?? (anchor ? monthYear(anchor, month) : null);
      if (!y) return null;
      const part = m[1].toLowerCase();
      if (/^(?:mitte|mediados|mi-)/.test(part)) return fmt(y, month, 15);
      if (/^(?:ende|fin)/.test(part)) return lastDayOfMonth(y, month);
      return fmt(y, month, 7);
    },
  },
  {
    name: 'foreign-weekday',
    // bis Freitag, avant vendredi, para el viernes, am Montag: the next such day after the meeting. "Mardi" (Gras),
    // "Domingo" (a name), "lunes" and "martes" count only after a deadline word.
    re: new RegExp(String.raw`\b(?:(n(?:ä|ae|a)chsten?|kommenden?|diesen|prochain|ce|pr(?:ó|o)ximo|este)\s+)?(${FOREIGN_WEEKDAY_RE})(?![a-zà-ÿ])(?:\s+(prochain))?`, 'gi'),
    certainty: 'likely',
    selfCued: false,
    needsCue: (m) => /^(?:mardi|domingo|lunes|martes)$/i.test(m[2]),
    resolve: anchored((a, m) => weekdayFrom(a, FOREIGN_WEEKDAYS[foldMonth(m[2])] ?? 0)),
  },
  {
    name: 'end-of-named-month',
    re: new RegExp(String.raw`\b(?:the\s+)?(?:(end|mid(?:dle)?|beginning|start)\s+of\s+|(mid|early|late|end)(?:-|\s+))(${MONTH_RE})(?:,?\s+((?:19|20|21)\d{2}))?(?!\s*\d)`, 'g'),
    certainty: (m) => (/^(?:the\s+)?end/i.test(m[0]) ? 'likely' : 'vague'),
    selfCued: true,
    resolve: (m, anchor) => {
      const month = monthNumber(m[3]) ?? 1;
      const y = fullYear(m[4]) ?? (anchor ? monthYear(anchor, month) : null);
      if (!y) return null;
      const part = (m[1] ?? m[2]).toLowerCase();
      if (part.startsWith('mid')) return fmt(y, month, 15);
      if (part === 'early' || part === 'beginning' || part === 'start') return fmt(y, month, 7);
      return lastDayOfMonth(y, month);
    },
  },
  {
    name: 'weekday-range',
    // Mon–Wed next week, Tue-Thu, by Thu/Fri, Monday through Wednesday, between Tuesday and Thursday: a window of
    // days, done by its last. The words around the first day say which week, as for one weekday. A slash list of
    // three days or more ("Mon/Wed/Fri") is a schedule, and so is the working week or the weekend named by its
    // ends with nothing to say which ("Mon–Fri", "Sat-Sun"): claimed, so no day of them is read alone, never chosen.
    re: new RegExp(
      String.raw`\b(?:(between|from)\s+)?(?:(next|this|coming)\s+)?(${WEEKDAY_RE})(?:\s*([-–—/])\s*|\s+(to|through|thru|till|til|until|and)\s+)(${WEEKDAY_RE})(\s+(?:next|this)\s+week|\s+after\s+next)?((?:\s*\/\s*${WEEKDAY_RE})*)`,
      'gi',
    ),
    accept: (_text, m) => (m[5]?.toLowerCase() !== 'and' || m[1]?.toLowerCase() === 'between') && weekdaySpan(m) > 0,
    reject: (m) => Boolean(m[8]) || (!m[1] && !m[2] && !m[7] && WEEK_BY_ITS_ENDS.has(`${weekdayIndex(m[3])}+${weekdaySpan(m)}`)),
    // A window starting on the meeting's own weekday may be this week's or next: the next, but only vague.
    certainty: (m, anchor) => (anchor && !m[2] && !m[7] && weekdayIndex(m[3]) === isoWeekday(anchor) ? 'vague' : 'likely'),
    selfCued: true,
    resolve: anchored((a, m) => weekdayRange(a, m)?.last ?? null),
    range: (m, anchor) => (anchor ? weekdayRange(anchor, m) : null),
  },
  {
    name: 'weekday',
    // by Friday, this Friday, next Friday, Friday next week, Friday next, coming Monday, Monday week, a week on Friday;
    // "last Friday" is claimed and rejected. A weekday followed by its date ("Tuesday 10/21", "Fri, Oct 24",
    // "Thursday (10/30)", "Fri the 24th") is left to the rules and chrono that read both.
    re: new RegExp(
      String.raw`\b(?:${EOD_RE}\s+(?:on\s+)?)?(?:(next|this|coming|the\s+coming|last|past|previous|a\s+week\s+(?:on|from))\s+)?(${WEEKDAY_RE})(?!,?\s*(?:the\s+)?(?!${TIME_RE})\d|,?\s+${MONTH_RE}|\s*\(\s*(?:${MONTH_RE}|\d))(\s+(?:next|this)\s+week|\s+after\s+next|\s+week\b(?!\s*(?:of|-))|\s+next\b(?=\s*(?:[,.;:!?)\]]|$)))?`,
      'g',
    ),
    certainty: 'likely',
    selfCued: false,
    needsCue: (m) => /^(?:sat|sun)\.?$/i.test(m[2]),
    reject: (m) => /^(?:last|past|previous)$/i.test(m[1] ?? ''),
    resolve: anchored((a, m) => weekdayFrom(a, weekdayIndex(m[2]), m[1], m[3])),
  },
  {
    name: 'numeric-range',
    // by 10/24-10/28, 11/3 – 11/7: a range of days in numbers (chrono reads neither), done by its last day.
    // The order of the numbers is the writer's when known, else the one that makes a short range.
    re: /\b(\d{1,2})\/(\d{1,2})\s*[-–—]\s*(\d{1,2})\/(\d{1,2})\b(?![/\d])/g,
    accept: (text, m) => !/[\d.,/-]/.test(text.charAt(m.index - 1)),
    certainty: (m, anchor, order) => numericRange(m, anchor, order)?.certainty ?? 'vague',
    selfCued: false,
    needsCue: true,
    dropUndated: true,
    resolve: (m, anchor, order) => numericRange(m, anchor, order)?.last ?? null,
    range: (m, anchor, order) => numericRange(m, anchor, order),
  },
  {
    name: 'dashed-date',
    // by Oct-24, due 10-24, by 24-10: a day, when that reading is a plausible one near the meeting.
    // "Oct-24" may be October 2024 too (vague when both fit), and "10-24" a range of numbers, so a
    // number pair needs a strong deadline word and never counts something ("by 10-15 people", "2-3pm").
    // "COVID-19", "v10-24" and "Q3-24" (a quarter) never match: a letter is glued to the number.
    // (chrono reads "24-Oct" itself, which cannot be a year.)
    re: new RegExp(String.raw`\b(?:(${MONTH_RE})-(\d{1,2})|(\d{1,2})-(\d{1,2}))(?![\w%/:-]|\.\d|\s*(?:%|[AaPp]\.?[Mm]\b))`, 'g'),
    accept: (text, m) =>
      !/[\d.,/-]/.test(text.charAt(m.index - 1)) && !CHANGED_BY.test(text.slice(0, m.index)) && !namesAThing(text, m.index + m[0].length),
    certainty: (m, anchor, order) => dashedDate(m, anchor, order).certainty,
    selfCued: false,
    needsCue: true,
    strongCueOnly: (m) => Boolean(m[3]),
    dropUndated: true,
    resolve: (m, anchor, order) => dashedDate(m, anchor, order).date,
  },
  {
    name: 'dotted-day',
    // 3.11. and 24.10.2025: day first, as everywhere dates are written with full stops (chrono reads them
    // month first). The closing stop or the year tells a date from a version or a decimal ("v2.3", "3.5 inch").
    // After a German deadline word the closing stop may be left off: "bis 3.11" is a date, "3.11" alone a number.
    re: /\b(\d{1,2})\.(\d{1,2})(?:\.(?:((?:19|20|21)\d{2}|\d{2})(?![\d.]))?|(?![\d.]))(?!\d)/g,
    accept: (text, m) =>
      !/[\d.,/-]/.test(text.charAt(m.index - 1)) &&
      !CHANGED_BY.test(text.slice(0, m.index)) &&
      (m[0].endsWith('.') || Boolean(m[3]) || AFTER_GERMAN_CUE.test(text.slice(Math.max(0, m.index - 30), m.index))),
    certainty: (m) => (m[3] ? 'exact' : 'likely'),
    selfCued: false,
    needsCue: true,
    resolve: (m, anchor) => {
      const y = fullYear(m[3]);
      if (y) return checked(y, Number(m[2]), Number(m[1]));
      return anchor ? nearestOccurrence(anchor, Number(m[2]), Number(m[1])) : null;
    },
  },
  {
    name: 'ordinal-range',
    // between the 3rd and 7th, the 27th–29th, from the 3rd to the 7th, 3rd-7th November, the 28th–3rd: a window of
    // days of a month, done by its last. "3rd-5th graders" qualifies a noun and is no date.
    re: new RegExp(
      String.raw`\b(?:(between|from)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s*[-–—]\s*|\s+(to|through|thru|till|til|until|and)\s+)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|next)\s+month\b|\s+(?:of\s+)?(${MONTH_RE}))?`,
      'gi',
    ),
    accept: (text, m) => (m[3]?.toLowerCase() !== 'and' || m[1]?.toLowerCase() === 'between') && (Boolean(m[5] ?? m[6]) || !namesAThing(text, m.index + m[0].length)),
    certainty: 'likely',
    selfCued: true,
    // "rank them 1st to 3rd": joined by a word, with nothing else to say they are days, they may be places.
    needsCue: (m) => Boolean(m[3]) && !m[1] && !/^the\b/i.test(m[0]) && !m[5] && !m[6],
    dropUndated: true,
    resolve: anchored((a, m) => ordinalRange(a, m)?.last ?? null),
    range: (m, anchor) => (anchor ? ordinalRange(anchor, m) : null),
  },
  {
    name: 'day-of-month',
    // by the 25th, by 25th, Fri the 24th, by the fifteenth, the 1st of next month: the next such day after the
    // meeting (in the month named, when one is). A weekday written with it picks the month it falls in.
    re: new RegExp(
      String.raw`\b(?:(${WEEKDAY_RE}),?\s+)?(?:([Tt]he)\s+)?(\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_RE})\b(?:\s+of\s+(the|this|next)\s+month\b)?(?!\s+(?:of\s+)?${MONTH_RE})`,
      'g',
    ),
    // A word ordinal ("the first") only with "the"; "by 25th" without it only after a deadline word; and
    // never a day that qualifies a noun ("the 2nd round", "the first meeting").
    accept: (text, m) => (/^\d/.test(m[3]) || Boolean(m[2])) && (Boolean(m[4]) || !namesAThing(text, m.index + m[0].length)),
    certainty: (m, anchor) => (anchor && m[1] && !dayOfMonth(m, anchor).weekdayFits ? 'vague' : 'likely'),
    selfCued: false,
    needsCue: (m) => !m[1],
    strongCueOnly: (m) => !m[1] && !m[2],
    resolve: anchored((a, m) => dayOfMonth(m, a).date),
  },
  {
    name: 'month',
    // by October, in Oct 2026, before the October board meeting (that month's end: the day is unknown).
    re: new RegExp(String.raw`\b(${MONTH_RE})(?:,?\s+((?:19|20|21)\d{2}))?(?!\.?\s*\d|-\d)`, 'g'),
    certainty: 'vague',
    selfCued: false,
    needsCue: true,
    resolve: (m, anchor) => {
      const month = monthNumber(m[1]) ?? 1;
      const y = fullYear(m[2]) ?? (anchor ? monthYear(anchor, month) : null);
      return y ? lastDayOfMonth(y, month) : null;
    },
  },
  {
    name: 'year',
    re: /\b((?:19|20|21)\d{2})\b(?![-/.]\d)/g,
    accept: (text, m) => !/[\d/.-]/.test(text.charAt(m.index - 1)),
    certainty: 'vague',
    selfCued: false,
    needsCue: true,
    resolve: (m) => fmt(Number(m[1]), 12, 31),
  },
  {
    name: 'holiday',
    // by Christmas, before New Year's, ahead of Thanksgiving, by Black Friday: the next one on or after the
    // meeting. Without a cue word it names a thing ("the Black Friday promo"): claimed, so "Friday" is not
    // read alone, but never chosen.
    re: /\b(christmas\s+eve|christmas|xmas|new\s+year(?:'|’)?s\s+eve|new\s+year(?:(?:'|’)?s(?:\s+day)?)?|thanksgiving|halloween|black\s+friday|cyber\s+monday|labou?r\s+day|memorial\s+day|boxing\s+day|independence\s+day|good\s+friday|easter(?:\s+(?:sunday|monday))?)\b/gi,
    certainty: 'likely',
    selfCued: false,
    resolve: anchored((a, m) => holidayAfter(a, m[1].toLowerCase().replace(/\s+/g, ' '))),
  },
];

const SAME_DAY_EOD = new RegExp(EOD_RE);
/** A time of the day written with the weekday: a clock time, a part of the day. */
const PART_OF_DAY = new RegExp(String.raw`\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]\b|\d{1,2}:\d{2}|\b(?:[Nn]oon|[Mm]idday|[Mm]orning|[Aa]fternoon|[Ee]vening|AM|PM|am|pm|a\.m\.|p\.m\.|[Ff]irst\s+thing)\b`);

/**
 * A weekday named in a meeting held on that weekday, "by Friday" in a Friday meeting. End of day
 * ("EOD Friday", "Friday COB") is today: nobody sets a deadline a week out at the end of a day, and
 * note-takers write the meeting's own weekday for "by end of day". With a time of the day ("Friday
 * 3pm", "first thing Monday") it is the next one, planned to the hour. Bare, it is the next one too,
 * as most people read it, but only vague: it may have meant today.
 */
function onTheSameWeekday(phrase: string, anchor: string): { due: string; certainty: DueCertainty } {
  if (SAME_DAY_EOD.test(phrase)) return { due: anchor, certainty: 'likely' };
  return { due: addDays(anchor, 7), certainty: PART_OF_DAY.test(phrase) ? 'likely' : 'vague' };
}

function ordinalDay(word: string): number {
  const w = word.toLowerCase().replace(/[-\s]+/g, ' ');
  if (/^\d/.test(w)) return parseInt(w, 10);
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const tens = w.startsWith('twenty') ? 20 : w.startsWith('thirty') ? 30 : 0;
  const unit = tens ? w.replace(/^\S+\s?/, '') : w;
  const teen = ORDINAL_TEENS.indexOf(unit);
  return teen >= 0 ? 10 + teen : tens + ORDINAL_UNITS.indexOf(unit) + 1;
}

/**
 * The day a day-of-month phrase names: in the month it names ("of next month"), else the next such
 * day after the meeting, within three months — the first whose weekday is the one written beside it
 * ("Fri the 24th"), when one is.
 */
function dayOfMonth(m: RegExpExecArray, anchor: string): { date: string | null; weekdayFits: boolean } {
  const day = ordinalDay(m[3]);
  const start = monthOf(anchor);
  const weekday = m[1] ? weekdayIndex(m[1]) : 0;
  const which = (m[4] ?? '').toLowerCase();
  const months = which === 'this' ? [0] : which === 'next' ? [1] : [0, 1, 2];
  let first: string | null = null;
  for (const k of months) {
    const month = ymdOf(addMonths(fmt(start.y, start.m, 1), k)) as Ymd;
    if (!isValidYmd(month.y, month.m, day)) continue;
    const date = fmt(month.y, month.m, day);
    // "this month" may name a day gone; elsewhere only days after the meeting count.
    if (which !== 'this' && date <= anchor) continue;
    if (!weekday || isoWeekday(date) === weekday) return { date, weekdayFits: true };
    first ??= date;
  }
  return { date: first, weekdayFits: !weekday };
}

/** The `nth` given weekday of a month (nth 5 = the last). */
function nthWeekday(y: number, m: number, weekday: number, nth: number): string {
  if (nth === 5) {
    const last = lastDayOfMonth(y, m);
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = fmt(y, m, 1);
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1));
}

/** The season starting in month `first` of year `y`: its first and last day (winter runs into the next year). */
function seasonSpan(y: number, first: number): { start: string; end: string } {
  const end = first === 12 ? lastDayOfMonth(y + 1, 2) : lastDayOfMonth(y, first + 2);
  return { start: fmt(y, first, 1), end };
}

/**
 * The day a season phrase names. Without a year it is the season not yet over at the meeting — one
 * just passed is next year's, one under way this year's; "next" is the first still to start. "Winter
 * 2026" is the winter holding 2026's January, or its December when that one is over; "winter 2025/26"
 * the one starting in December 2025.
 */
function seasonDay(m: RegExpExecArray, anchor: string | null): string | null {
  const first = SEASON_FIRST_MONTH[m[4].toLowerCase()];
  const written = fullYear(m[5]);
  let y: number | null = null;
  if (written !== null) {
    y = written;
    if (first === 12 && !m[6]) y = anchor === null || seasonSpan(written - 1, 12).end >= anchor ? written - 1 : written;
  } else if (anchor !== null) {
    const next = /^next$/i.test(m[3] ?? '');
    const year = monthOf(anchor).y;
    y = [year - 1, year, year + 1].find((k) => (next ? seasonSpan(k, first).start > anchor : seasonSpan(k, first).end >= anchor)) ?? null;
  }
  if (y === null) return null;
  const part = (m[1] ?? m[2] ?? '').toLowerCase();
  const second = ymdOf(addMonths(fmt(y, first, 1), 1)) as Ymd;
  if (part === 'start' || part === 'beginning') return fmt(y, first, 7);
  if (part === 'early') return lastDayOfMonth(y, first);
  if (part === 'mid' || part === 'middle') return fmt(second.y, second.m, 15);
  return seasonSpan(y, first).end;
}

/** How far ahead a date written in a loose form ("10-24") may be and still be read as one. */
const NEAR_AHEAD_DAYS = 183;

/** `date` when it is near the meeting (two months back, six ahead), else null. */
function nearTo(anchor: string, date: string | null): string | null {
  if (date === null) return null;
  const ahead = daysBetween(date, anchor);
  return ahead >= -RECENT_PAST_DAYS && ahead <= NEAR_AHEAD_DAYS ? date : null;
}

/**
 * The day a dashed date names: "Oct-24" is October 24th when that is near the meeting, else October
 * 2024 when that is (its last day, vague), else October 24th however far; "10-24" and "24-10" are month and day in whichever order
 * gives a near day — the writer's order when known, else the nearer reading, vague when both fit.
 */
function dashedDate(m: RegExpExecArray, anchor: string | null, order: DateOrder): { date: string | null; certainty: DueCertainty } {
  if (anchor === null) return { date: null, certainty: 'vague' };
  if (m[1]) {
    const month = monthNumber(m[1]) ?? 1;
    const n = Number(m[2]);
    const day = nearTo(anchor, nearestOccurrence(anchor, month, n));
    const y = 2000 + n;
    const monthEnd = lastDayOfMonth(y, month);
    const asYear = y <= monthOf(anchor).y + 1 && daysBetween(monthEnd, anchor) >= -RECENT_PAST_DAYS ? monthEnd : null;
    if (day) return { date: day, certainty: asYear ? 'vague' : 'likely' };
    // Far off, the day is still the only reading when the year cannot be meant ("by Jun-30" in October).
    if (asYear === null) return { date: nearestOccurrence(anchor, month, n), certainty: 'likely' };
    return { date: asYear, certainty: 'vague' };
  }
  const a = Number(m[3]);
  const b = Number(m[4]);
  const monthFirst = nearTo(anchor, nearestOccurrence(anchor, a, b));
  const dayFirst = a === b ? null : nearTo(anchor, nearestOccurrence(anchor, b, a));
  return pickOrder(anchor, monthFirst, dayFirst, order);
}

/**
 * Of the month-first and day-first readings of a number pair (either may be no date), the one the
 * writer's order gives, else the only one, else the nearer to the meeting (vague: it is a guess).
 */
function pickOrder(anchor: string, monthFirst: string | null, dayFirst: string | null, order: DateOrder): { date: string | null; certainty: DueCertainty } {
  if (monthFirst === null || dayFirst === null) return { date: monthFirst ?? dayFirst, certainty: 'likely' };
  if (order.dayFirst !== undefined) return { date: order.dayFirst ? dayFirst : monthFirst, certainty: 'likely' };
  const distance = (d: string) => Math.abs(daysBetween(d, anchor));
  const nearer = distance(dayFirst) < distance(monthFirst) || (distance(dayFirst) === distance(monthFirst) && dayFirst > monthFirst) ? dayFirst : monthFirst;
  return { date: nearer, certainty: 'vague' };
}

/**
 * A range written in numbers, "10/24-10/28": month first and day first, each kept when both ends are
 * days, in order, at most two months apart, and near the meeting; then as `pickOrder` chooses.
 */
function numericRange(m: RegExpExecArray, anchor: string | null, order: DateOrder): { first: string; last: string; certainty: DueCertainty } | null {
  if (anchor === null) return null;
  const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number);
  const reading = (m1: number, d1: number, m2: number, d2: number): string | null => {
    const first = nearTo(anchor, nearestOccurrence(anchor, m1, d1));
    const last = first ? nextOccurrence(first, m2, d2) : null;
    return first && last && daysBetween(last, first) <= 62 ? `${first}/${last}` : null;
  };
  const picked = pickOrder(anchor, reading(a, b, c, d), a === b && c === d ? null : reading(b, a, d, c), order);
  if (picked.date === null) return null;
  const [first, last] = picked.date.split('/');
  return { first, last, certainty: picked.certainty };
}

/** Easter Sunday (the Gregorian computus). */
function easter(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114) / 31);
  const d = ((h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114) % 31) + 1;
  return addDays(fmt(y, m, d), 0);
}

/** A holiday's day in year `y` (US Thanksgiving: the fourth Thursday of November). */
function holidayIn(y: number, name: string): string {
  if (name.startsWith('christmas eve')) return fmt(y, 12, 24);
  if (name.startsWith('christmas') || name === 'xmas') return fmt(y, 12, 25);
  if (name.startsWith('new year') && name.includes('eve')) return fmt(y, 12, 31);
  if (name.startsWith('new year')) return fmt(y + 1, 1, 1);
  if (name === 'halloween') return fmt(y, 10, 31);
  if (name.startsWith('boxing')) return fmt(y, 12, 26);
  if (name.startsWith('independence')) return fmt(y, 7, 4);
  if (name.startsWith('lab')) return nthWeekday(y, 9, 1, 1);
  if (name.startsWith('memorial')) return nthWeekday(y, 5, 1, 5);
  if (name.startsWith('good')) return addDays(easter(y), -2);
  if (name.startsWith('easter')) return addDays(easter(y), name.endsWith('monday') ? 1 : 0);
  const thanksgiving = nthWeekday(y, 11, 4, 4);
  if (name.startsWith('black')) return addDays(thanksgiving, 1);
  if (name.startsWith('cyber')) return addDays(thanksgiving, 4);
  return thanksgiving;
}

/** The first day of a holiday on or after `anchor`. */
function holidayAfter(anchor: string, name: string): string | null {
  const year = monthOf(anchor).y;
  for (const y of [year - 1, year, year + 1]) {
    const day = holidayIn(y, name);
    if (day >= anchor) return day;
  }
  return null;
}

/** The first working day after `iso`. */
function nextWorkingDay(iso: string): string {
  return addBusinessDays(iso, 1);
}

/**
 * "After Thanksgiving", "after Christmas": back at work after it — the Thanksgiving Friday and
 * Boxing Day taken off too. The holiday just gone counts (a note from the Monday before says
 * "after Thanksgiving" of that week).
 */
function afterHoliday(anchor: string, name: string): string | null {
  const day = holidayAfter(addDays(anchor, -7), name);
  if (!day) return null;
  const off = name.startsWith('thanksgiving') || (name.startsWith('christmas') && !name.includes('eve')) || name === 'xmas' ? 1 : 0;
  return nextWorkingDay(addDays(day, off));
}

/**
 * The year-end break seen from `anchor`: `before` it is the last working day before Christmas
 * Eve, `back` from it the first Monday after New Year's Day. Said from September to early January;
 * elsewhere in the year "the holidays" may be any, and there is no date.
 */
function yearEndBreak(anchor: string): { before: string; back: string } | null {
  const { y, m } = monthOf(anchor);
  const year = m >= 9 ? y : m === 1 ? y - 1 : null;
  if (year === null) return null;
  let before = addDays(fmt(year, 12, 24), -1);
  while (isoWeekday(before) >= 6) before = addDays(before, -1);
  const newYear = fmt(year + 1, 1, 1);
  const back = addDays(newYear, ((1 - isoWeekday(newYear) + 7) % 7) || 7);
  return back < anchor ? null : { before, back };
}

/** The Friday of ISO week `week` nearest the meeting: two months back at most, ten ahead. */
function nearIsoWeekFriday(anchor: string, week: number): string | null {
  const y = monthOf(anchor).y;
  const candidates = [y - 1, y, y + 1].map((year) => isoWeekFriday(year, week)).filter((d): d is string => d !== null);
  return candidates.find((d) => daysBetween(d, anchor) >= -RECENT_PAST_DAYS && daysBetween(d, anchor) <= 300) ?? null;
}

/** The ISO week's Friday, or null when the year has no such week. */
function isoWeekFriday(y: number, week: number): string | null {
  if (week < 1 || week > 53) return null;
  const jan4 = fmt(y, 1, 4);
  const monday = addDays(jan4, 1 - isoWeekday(jan4));
  const dec28 = fmt(y, 12, 28);
  const weeks = Math.floor((dayNumber(dec28) - dayNumber(monday)) / 7) + 1;
  return week > weeks ? null : addDays(monday, 7 * (week - 1) + 4);
}

function addBusinessDays(iso: string, n: number): string {
  let day = iso;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isoWeekday(day) <= 5) left--;
  }
  return day;
}

/** Words after a month that make it describe an event ("the October board meeting"): part of the phrase. */
function eventTail(text: string, end: number): number {
  const words = /^(?:\s+[A-Za-z][\w-]*){1,3}/.exec(text.slice(end));
  if (!words) return end;
  let at = end;
  let through = end;
  for (const word of words[0].match(/\s+\S+/g) ?? []) {
    at += word.length;
    if (EVENT_WORDS.test(word.trim())) through = at;
  }
  return through;
}

const EVENT_WORDS = /^(?:meeting|review|board|offsite|summit|kickoff|launch|release|deadline|event|conference|session|call|sync|qbr|planning|close|cutoff|all-hands|demo|workshop|build|drop|cutover|rollout|go-live|freeze|timeframe|window|timeline)$/i;

/**
 * Words that may follow a date phrase used as a deadline ("EOD to Dana", "Q4 at the latest",
 * "today if possible", "EOW the final deck"): prepositions, conjunctions, determiners, pronouns,
 * auxiliaries and a few adverbs — a closed list, where the nouns a period word may qualify are not.
 */
const AFTER_A_DEADLINE = new Set(
  (
    'about above across after against along among around as at before behind below beside between beyond by despite ' +
    'during except for from in inside into like near of off on onto out outside over past per re regarding since than ' +
    'through throughout till til to toward towards under until unless up upon via with within without ' +
    'and or but nor so yet if once when whenever while because then though although whether where which who that ' +
    'the a an this these those my our your his her their its any some every each all both either ' +
    'it them him us me you we they i everyone everybody someone anyone ' +
    'is are was were be will would should shall must can could may might do does did has have had ' +
    'please pls plz latest earliest sooner later too also again instead anyway already still only just max tops asap ' +
    'next morning afternoon evening night noon midday eod cob eob eop'
  ).split(' '),
);

/**
 * A period word followed by a noun names a thing, not a deadline: "the EOY forecast",
 * "Q3 numbers", "the weekend offsite", "the today view". A capitalised word after it is
 * taken for a name ("EOD Dana"), a weekday or month for more of the date.
 */
function namesAThing(text: string, end: number): boolean {
  const m = /^\s+([a-z][a-z'’-]*)/.exec(text.slice(end, end + 32));
  if (!m) return false;
  const word = m[1].replace(/['’].*$/, '');
  if (AFTER_A_DEADLINE.has(word) || word.endsWith('ly')) return false;
  // A weekday, whole or cut short ("fri", "thurs"), or a month: more of the date. "monetization" is neither.
  const weekday = WEEKDAYS.some((name) => name.startsWith(word)) && word.length >= 3;
  return !weekday && monthNumber(word) === null;
}

/** Rules whose words often qualify a noun ("the Q4 report", "month-end close"): read as a date only when they do not. */
const ATTRIBUTIVE = new Set([
  'end-of-day', 'end-of-week', 'end-of-month', 'end-of-quarter', 'quarter', 'half', 'end-of-year', 'end-of-named-month',
  'weekend', 'week-of-month', 'weekday', 'weekday-range', 'fiscal', 'sprint', 'midweek', 'season',
]);

/** Rules for named periods: "for Q3", "for October", "for 2026" say what a task is about (the Q3 invoice), not when it is due. */
const PERIODS = new Set(['quarter', 'half', 'month', 'year', 'end-of-named-month', 'fiscal', 'season', 'break']);

/** Gates shared by neighbouring rules, searched once for both (the loop remembers the last gate's answer). */
const SEASONS_AND_BREAKS = /spring|summer|fall|autumn|winter|break|shutdown|closure|recess|vacation|holiday|leave|pto|time\s+off/i;
const DASHED_NUMBERS = /[a-z\d]-\d|\d\/\d{1,2}\s*[-–—]/i;
const WEEKDAY_LETTERS = /mon|tue|wed|thu|fri|sat|sun/i;
const ORDINALS = /\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
const NUMBERED_WEEK = /(?:cw|kw|week|wk)\s*-?#?\s*\d|w\d\d/i;
/**
 * A German, French or Spanish month, a month written after the German stop ("3. April"), a part of a month, or a
 * weekday: the words the foreign rules need. Each alternative opens on a letter or a stop, none on a digit, so the
 * search skips through a text quickly.
 */
const FOREIGN_WORDS = new RegExp(
  String.raw`\.\s*(?:jan|feb|m(?:a|ä)r|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:${foreignWords(FOREIGN_MONTHS)}|${foreignWords(FOREIGN_WEEKDAYS)}|ende|fin|finales|mitte|mediados|anfang|d(?:é|e)but|principios|comienzos|inicios|mi-)(?![a-zà-ÿ])`,
  'i',
);

/**
 * A cheap look, per rule, for the words its pattern cannot do without: most task texts name one
 * date or none, and a rule's full pattern costs far more than a search for a few letters.
 */
const RULE_GATES: Record<string, RegExp> = {
  'end-of-day': /eo[dbp]|cob|end|close|today|tonight|this|later/i,
  'time-of-day': /\d|noon|midday|midnight/i,
  'day-after-tomorrow': /tomorrow/i,
  tomorrow: /tom|tmr/i,
  'week-of-month': /w(?:ee)?k/i,
  'in-duration': /day|w(?:ee)?k|month|fortnight|bd|hour|hr/i,
  'end-of-week': /eow|w(?:ee)?k/i,
  'next-week': /w(?:ee)?k/i,
  weekend: /week-?end/i,
  'end-of-month': /eom|month/i,
  'next-month': /month/i,
  'end-of-quarter': /eoq|quarter/i,
  'next-quarter': /quarter/i,
  quarter: /q[1-4]|[1-4]q/i,
  half: /h[12]|[12]h/i,
  'end-of-year': /eoy|ye|year|end\s+of\s+(?:19|20|21)\d\d/i,
  fiscal: /fy|fiscal/i,
  sprint: /sprint/i,
  'calendar-week': NUMBERED_WEEK,
  'iso-week': NUMBERED_WEEK,
  midweek: /mid[-\s]?week/i,
  'holiday-season': /holiday|break|shutdown|closure|new\s+year/i,
  season: SEASONS_AND_BREAKS,
  break: SEASONS_AND_BREAKS,
  // A word of four letters or more beside a day's number, after a deadline word.
  'misspelt-month': /\b(?:by|before|until|till|due|than|nlt|eta|deadline)\s*:?\s+(?:the\s+)?(?:[a-z]{4,}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{4})/i,
  'foreign-date': FOREIGN_WORDS,
  'foreign-month-part': FOREIGN_WORDS,
  'foreign-weekday': FOREIGN_WORDS,
  'end-of-named-month': /mid|early|late|end|beginning|start/i,
  'weekday-range': WEEKDAY_LETTERS,
  'ordinal-range': ORDINALS,
  weekday: WEEKDAY_LETTERS,
  'numeric-range': DASHED_NUMBERS,
  'dashed-date': DASHED_NUMBERS,
  // Any dotted number: a German cue's "bis 3.11" has no closing stop. (One cheap search; the rule judges.)
  'dotted-day': /\d\.\d/,
  'day-of-month': ORDINALS,
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  year: /(?:19|20|21)\d\d/,
  holiday: /christmas|xmas|new\s+year|thanksgiving|halloween|black|cyber|labou?r|memorial|boxing|independence|good\s+fri|easter/i,
};

/** Whole names of weekdays and months: a full stop after one ends the sentence, where after "Fri." or "Dec." it may close the abbreviation. */
const WHOLE_NAME_BEFORE_STOP = /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\.$/i;

/** `end` moved before a full stop that ends the sentence, not a word ("by Wednesday." is due "by Wednesday"). */
function withoutFullStop(text: string, end: number): number {
  return text.charCodeAt(end - 1) === 46 && WHOLE_NAME_BEFORE_STOP.test(text.slice(Math.max(0, end - 11), end)) ? end - 1 : end;
}

/** A span of time a month qualifies: "in the March timeframe" is still March. */
const SPAN_OF_TIME_AFTER = /^\s+(?:time\s*frame|window|period|time|timeline|range|cycle|slot)\b/i;

/** Every date phrase a rule finds, deadline or not. */
function ruleCandidates(text: string, anchor: string | null, order: DateOrder): Candidate[] {
  const out: Candidate[] = [];
  let lastGate: RegExp | null = null;
  let lastPassed = false;
  for (const rule of RULES) {
    const gate = RULE_GATES[rule.name];
    const passed: boolean = gate === lastGate ? lastPassed : gate.test(text);
    lastGate = gate;
    lastPassed = passed;
    if (!passed) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = withoutFullStop(text, m.index + m[0].trimEnd().length);
      const wide = widen(text, start, end);
      const { cue, at } = cueBefore(text, wide.start);
      const strongOnly = typeof rule.strongCueOnly === 'function' ? rule.strongCueOnly(m) : rule.strongCueOnly === true;
      if (strongOnly && cue < 2) continue;
      const effectiveCue = Math.max(cue, rule.selfCued ? 1 : 0);
      // "before the October board meeting": the event's words are part of the phrase. "at the March numbers" names
      // a thing: after "at" or "on", "the" and a month with a noun that is no event nor a span of time is no date.
      let namesMonthsThing = false;
      if (rule.name === 'month' && cue > 0 && /the\s*$/i.test(text.slice(0, start))) {
        const tail = eventTail(text, end);
        // "in the October build" still places the task in October; "at"/"on" the March numbers makes them its object.
        namesMonthsThing =
          cue === 1 && /^(?:at|on|around)\b/i.test(text.slice(at, start)) && tail === end && namesAThing(text, end) && !SPAN_OF_TIME_AFTER.test(text.slice(end, end + 16));
        end = tail;
      }
      if (rule.accept && !rule.accept(text, m)) continue;
      const holiday = rule.name === 'holiday' || rule.name === 'holiday-season';
      // "after Thanksgiving", "after the holidays": back at work after them, a deadline of sorts.
      const after = holiday && startsSomething(text, wide.start);
      // Without a deadline word these are names of things ("the October release", "2026 plan"): not dates at all.
      const needsCue = typeof rule.needsCue === 'function' ? rule.needsCue(m) : rule.needsCue === true;
      if (needsCue && cue === 0 && !after) continue;
      let rejected =
        namesMonthsThing ||
        (rule.reject?.(m) ?? false) ||
        inPastContext(text, start, end) ||
        (PERIODS.has(rule.name) && cue === 1 && /^for\b/i.test(text.slice(at))) ||
        (startsSomething(text, wide.start) && !after) ||
        (rule.name === 'holiday' && cue === 0 && !after);
      // "the Q4 report", "month-end close", "the Friday report": the period names a thing. A weekday
      // counts as one only after a determiner, since a verb may follow it ("Friday works").
      if (cue < 2 && ATTRIBUTIVE.has(rule.name) && namesAThing(text, wide.end)) {
        if ((rule.name !== 'weekday' && rule.name !== 'weekday-range') || /\b(?:the|a|an|our|your|their|my|his|her|its)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) rejected = true;
      }
      // "every Friday" repeats; it is no deadline.
      if ((rule.name === 'weekday' || rule.name === 'weekday-range') && /\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) rejected = true;
      start = cue > 0 ? at : after ? wide.start - (STARTS.exec(text.slice(Math.max(0, wide.start - 24), wide.start))?.[0].length ?? 0) : wide.start;
      end = Math.max(end, wide.end);
      let due = rule.resolve(m, anchor, order);
      let range: Candidate['range'];
      const span = due ? rule.range?.(m, anchor, order) : null;
      if (span) {
        range = { first: span.first, last: span.last };
        const event = eventSpan(text, cue > 0 ? at : start, end);
        if (event) {
          range.event = event.head;
          if (event.relation === 'after') rejected = true;
          else due = event.relation === 'before' ? addDays(span.first, -1) : event.relation === 'during' ? span.last : span.first;
        }
      }
      // "by week 2" far from the meeting's own week is a project's week, not a date at all.
      if (rule.dropUndated && anchor && due === null) continue;
      const cueWord = text.slice(at, m.index).trim().toLowerCase();
      if (anchor && after) due = rule.name === 'holiday' ? afterHoliday(anchor, m[1].toLowerCase().replace(/\s+/g, ' ')) : (yearEndBreak(anchor)?.back ?? null);
      // "over the holidays" is done by the last day off.
      else if (anchor && rule.name === 'holiday-season' && /^(?:over|during)$/.test(cueWord)) due = yearEndBreak(anchor) ? addDays((yearEndBreak(anchor) as { back: string }).back, -1) : null;
      // "before October" means by the end of September; "before the October board meeting" is some day in October.
      if (due && rule.name === 'month' && /^before\s*$/i.test(text.slice(at, m.index))) {
        const d = ymdOf(due) as Ymd;
        due = addDays(fmt(d.y, d.m, 1), -1);
      }
      // "by the weekend" is before it starts: its Friday (the next one when the meeting is at the weekend).
      if (due && rule.name === 'weekend' && /^(?:by|before|until|till|ahead\s+of|prior\s+to)\s*$/i.test(text.slice(at, m.index))) {
        due = addDays(due, -2);
        if (anchor && due < anchor) due = addDays(due, 7);
      }
      // "before summer" is done by the day before it starts.
      if (due && rule.name === 'season' && !m[1] && !m[2] && /^(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?$/i.test(text.slice(at, m.index))) {
        const end = ymdOf(due) as Ymd;
        due = addDays(addMonths(fmt(end.y, end.m, 1), -2), -1);
      }
      // "before Christmas" is done by Christmas Eve.
      if (due && rule.name === 'holiday' && /^(?:before|ahead\s+of|prior\s+to)\s*$/i.test(text.slice(at, m.index))) due = addDays(due, -1);
      let certainty = after ? 'vague' : typeof rule.certainty === 'function' ? rule.certainty(m, anchor, order) : rule.certainty;
      if (rule.name === 'weekday' && anchor && !m[1] && !m[3] && weekdayIndex(m[2]) === isoWeekday(anchor)) {
        ({ due, certainty } = onTheSameWeekday(text.slice(wide.start, Math.max(end, wide.end)), anchor));
      }
      // A deadline before the meeting it was set in is a past event ("in 2018"), not a deadline.
      if (due && anchor && due < anchor) rejected = true;
      out.push({ start, end, phrase: text.slice(start, end), due, certainty, cue: after ? 1 : effectiveCue, rejected, rule: rule.name, ...(range ? { range } : {}) });
    }
  }
  return out;
}

/** Every rule and chrono form needs one of these: a digit, a month (a whole word), a weekday or a word of time. A superset, kept cheap. */
const MAY_NAME_A_DATE =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:eo[dwmqybp]|cob|nlt|ye|tmrw?|today|tonight|evening|morning|afternoon|noon|tomorrow|week|wks?\b|month|quarter|year|day|mon|tue|wed|thu|fri|sat|sun|mid|early|late|end|close|couple|few|fortnight|noon|christmas|xmas|new year|thanksgiving|halloween|holiday|spring|summer|fall|autumn|winter|break|shutdown|closure|recess|vacation|leave|pto|time off|bis|sp[aä]t|f[aä]ll|fy|sprint|cw|kw|bd|easter|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt|fin\b|finales|mitte|mediados|anfang|d[ée]but|principios|avant|d['’]ici|jusqu|antes|hasta|para\b|vor\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonn|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[aá]bado|domingo)/i;
/**
 * What is left for chrono after the rules: written dates (a digit or a month) and relative ones ("two
 * weeks from now"). A month only as a whole word, as chrono reads it: "deck" and "decision" are no December.
 */
const CHRONO_WORTHY =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:week|month|year|day|fortnight)/i;

/**
 * chrono's casual English parsers, less the two that read "3 days ago" and "2 weeks
 * later": an "ago" is never a deadline, and their regexes are so large that V8's
 * first native compile of each holds the main thread for over 100 ms — a visible
 * stall when the index builds in Obsidian. They are told apart by their patterns,
 * which survive minification where class names do not.
 */
const dueChrono: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  const sourceOf = (p: unknown): string => {
    const inner = (p as { innerPattern?: () => unknown }).innerPattern;
    try {
      const pattern = typeof inner === 'function' ? inner.call(p) : null;
      return pattern instanceof RegExp ? pattern.source : '';
    } catch {
      return '';
    }
  };
  c.parsers = c.parsers.filter((p) => !/\(\?:(?:ago\|before|later\|after)/.test(sourceOf(p)));
  return c;
})();

/** Whether `warmUpDueParsing` has run this session. */
let dueParsingWarm = false;

/**
 * Compile chrono's patterns ahead of use, one parser per step, so a caller that
 * yields between steps never stalls on the first due phrase it reads. (V8 compiles
 * a regex natively on its second use; each parser costs a few to fifteen ms.)
 */
export function* warmUpDueParsing(): Generator<void, void> {
  // Once a session is enough: every graph assembly asks, and the parsers stay compiled.
  if (dueParsingWarm) return;
  dueParsingWarm = true;
  const reference = new Date(2025, 0, 1, 12);
  for (const parser of dueChrono.parsers) {
    const single = new chrono.Chrono({ parsers: [parser], refiners: [] });
    single.parse('by Oct 15', reference);
    single.parse('in 2 weeks', reference);
    yield;
  }
  dueChrono.parse('by next Friday, Oct 15 or 10/26', reference, { forwardDate: true });
  yield;
}

/** "the week of", "week commencing", "w/c" before a date: that week. */
const WEEK_OF = /\b(?:(?:the\s+)?w(?:ee)?k\s+(?:of|commencing|beginning|starting)\s+(?:on\s+)?(?:the\s+)?|w\/c\s*)$/i;
/** "week ending", "w/e" before a date: the date itself. */
const WEEK_ENDING = /\b(?:(?:the\s+)?w(?:ee)?k\s+ending\s+(?:on\s+)?(?:the\s+)?|w\/e\s*)$/i;
/** A weekday with its date in brackets after it: "Thursday (10/30)". */
const WEEKDAY_THEN_BRACKET = new RegExp(String.raw`(${WEEKDAY_RE}),?\s*\(\s*$`);
const LEADING_WEEKDAY = new RegExp(String.raw`^${WEEKDAY_RE},?\s*`);
/** A dash or arrow setting a date off from the task's words: "Send the deck – 10/24", "→ Fri". */
const SET_OFF = /(?:^|\s)(?:[-–—→|]|->|=>)\s*$/;
/** Words that make a date a start, not a deadline: "after Friday", "starting Nov 3", "as of the 15th". */
const STARTS = /\b(?:after|starting|beginning|from|as\s+of|effective|commencing|following|once)\s+(?:on\s+)?(?:the\s+)?$/i;

const MOVED_FROM = /\b(?:moved|pushed|postponed|rescheduled|slipped|delayed|deferred|bumped|shifted)\s+(?:\S+\s+){0,3}from\s+$/i;

function startsSomething(text: string, start: number): boolean {
  return STARTS.test(text.slice(Math.max(0, start - 24), start));
}

/** "24/7", round the clock: never the 24th of July. */
const ROUND_THE_CLOCK = /^24\s*\/\s*7$/;

/** A chrono reading that is nothing but a dashed date ("Oct-24", "10-24"): the dashed-date rule's. */
const DASHED_ONLY = /^(?:[a-z]{3,9}\.?-\d{1,2}|\d{1,2}-\d{1,2})$/i;
/** "between 3 and" before a day ("between 3 and 7 Nov"), or "between" alone. */
const BETWEEN_BEFORE = /\bbetween\s+(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+and\s+)?(?:the\s+)?$/i;
/** The end of a range chrono did not read: "– 7", "thru Nov 7", "and Nov 7" (after "between"). */
const RANGE_TAIL = new RegExp(
  String.raw`^\s*(?:[-–—]|to|through|thru|till|til|until|(and))\s*(?:the\s+)?(?:(${MONTH_RE})\s*)?(\d{1,2})(?:st|nd|rd|th)?\b(?![-/:.]?\d|\s*(?:[AaPp]\.?[Mm]\b|%))`,
);

/** A range around a chrono reading: where "between" starts it, its first day (when written before) and its last. */
interface RangeWords {
  between?: number;
  /** The first day's number when it is written before the reading ("between 3 and 7 Nov"); null when the reading is the first day. */
  firstDay: number | null;
  lastMonth: number | null;
  lastDay: number;
}

/**
 * The range a chrono reading is part of, widening `wide` over its words: chrono's own ("Nov 3-7",
 * "Oct 28 - Nov 1"), "between Nov 3 and Nov 7", "between 3 and 7 Nov", "Nov 3 thru 7".
 */
function rangeOf(text: string, r: chrono.ParsedResult, start: number, wide: { start: number; end: number }): RangeWords | null {
  const before = BETWEEN_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  const between = before ? start - before[0].length : undefined;
  const month = r.start.get('month') ?? 0;
  const day = r.start.get('day') ?? 0;
  if (r.end?.isCertain('day')) {
    const lastMonth = r.end.get('month') ?? month;
    const lastDay = r.end.get('day') ?? 0;
    // "9 to 5 on Nov 3" is hours of one day, and "Nov 3 to 10 people" a day and a count (a dash
    // range stays one: "the Nov 3-7 sprint").
    const hours = r.start.isCertain('hour') || r.end.isCertain('hour');
    const counted = !/\d\s*[-–—]\s*\d/.test(r.text) && namesAThing(text, wide.end);
    if (!hours && !counted && isShortRange(month, day, lastMonth, lastDay)) return { between, firstDay: null, lastMonth, lastDay };
    // Otherwise the first day alone is the date ("Oct 24 to 10 customers", "Oct 27 - 3 seats").
    const cut = /\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill?\b)[^-–—]*$/i.exec(r.text);
    if (cut && !hours) wide.end = Math.min(wide.end, start + cut.index);
    return null;
  }
  if (before?.[1]) return Number(before[1]) < day ? { between, firstDay: Number(before[1]), lastMonth: null, lastDay: day } : null;
  // Numbers only ("10/24 - 7") are left alone: too many things are written that way.
  if (!/[a-z]/i.test(r.text)) return null;
  const tail = RANGE_TAIL.exec(text.slice(wide.end, wide.end + 40));
  if (!tail || (tail[1] && !before)) return null;
  const lastMonth = tail[2] ? monthNumber(tail[2]) : null;
  const lastDay = Number(tail[3]);
  // "Nov 3 to 10 people" is no range: a later day, at most two months on, and no noun after it.
  if (!isShortRange(month, day, lastMonth ?? month, lastDay) || namesAThing(text, wide.end + tail[0].length)) return null;
  wide.end += tail[0].length;
  return { between, firstDay: null, lastMonth, lastDay };
}

/** Whether a range from month/day to month/day runs forward, over more than one day and at most half a year. */
function isShortRange(m1: number, d1: number, m2: number, d2: number): boolean {
  const months = (m2 - m1 + 12) % 12;
  return months <= 6 && (months > 0 || d2 > d1);
}

/** The day `day` of the month `last` falls in, or of the month before when that is later than `last`. */
function nearestBefore(last: string, day: number): string | null {
  const { y, m } = monthOf(last);
  if (isValidYmd(y, m, day) && fmt(y, m, day) <= last) return fmt(y, m, day);
  const prev = ymdOf(addMonths(fmt(y, m, 1), -1)) as Ymd;
  return isValidYmd(prev.y, prev.m, day) ? fmt(prev.y, prev.m, day) : null;
}

/**
 * Events that last days, so a range written with one is the event's days: "the offsite Nov 3–5",
 * "Offsite: Nov 3–5", "the Nov 3–5 summit". A meeting or a call is one day: a range written with one
 * is a window to hold it in, done by its last day like any deadline range.
 */
const SPAN_HEADS = String.raw`(?:off-?sites?|on-?sites?|summits?|conferences?|retreats?|workshops?|hackathons?|trade\s?shows?|expos?|trainings?|boot\s?camps?|road\s?shows?|fairs?|festivals?|trips?|visits?|tours?|seminars?|symposi(?:um|a)|conventions?|congress|forums?|events?|kick-?offs?|onboarding|QBRs?|EBRs?|all-hands)`;
/** The event's name right before its days, a place allowed between: "Offsite: Nov 3–5", "the offsite in Lisbon on Nov 3–5". */
const SPAN_HEAD_BEFORE = new RegExp(
  String.raw`\b${SPAN_HEADS}(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s*(?:(?:[:(,@]|[-–—])\s*|(?:is|are|runs?|happens|takes\s+place|will\s+be|held|scheduled|planned|from|on)\s+){0,3}$`,
  'iu',
);
/** …or right after them: "the Nov 3–5 leadership offsite", "Nov 3–5 (offsite)", "Nov 3–5: offsite in Lisbon". */
const SPAN_HEAD_AFTER = new RegExp(String.raw`^\s*[):]?\s*\(?\s*(?:[A-Za-z][\w'’&-]*\s+){0,2}?${SPAN_HEADS}\b`, 'i');
const SPAN_HEAD_WORD = new RegExp(SPAN_HEADS, 'i');
/** How a task stands to an event: the words before the event's name. */
const EVENT_RELATION = /\b(before|ahead\s+of|prior\s+to|during|over|throughout|at\s+the\s+end\s+of|after|following)\s+(?:(?:the|our|this|their|next|upcoming|a|an)\s+)?(?:[\p{L}\d'’&-]+\s+){0,3}$/iu;

/**
 * When the range from `start` to `end` is an event's days, the event's word and how the task
 * stands to it. A careful reader takes the days for the event's, not the task's deadline: what is
 * done for an event (booking, planning, holding it) is due when it starts; "before" it, the day
 * before; "during" it, by its last day; "after" it starts something and sets no deadline.
 */
function eventSpan(text: string, start: number, end: number): { head: string; relation: 'before' | 'during' | 'after' | 'for' } | null {
  const lead = text.slice(Math.max(0, start - 60), start);
  const before = SPAN_HEAD_BEFORE.exec(lead);
  const after = before ? null : SPAN_HEAD_AFTER.exec(text.slice(end, end + 48));
  if (!before && !after) return null;
  const head = (before ?? after)![0].match(SPAN_HEAD_WORD)![0].toLowerCase();
  // The words before the event's name: before the head word, or before the date written ahead of it.
  const named = before ? lead.slice(0, before.index) : lead;
  const relation = EVENT_RELATION.exec(named)?.[1].toLowerCase().replace(/\s+/g, ' ') ?? '';
  if (/^(?:before|ahead of|prior to)$/.test(relation)) return { head, relation: 'before' };
  if (/^(?:during|over|throughout|at the end of)$/.test(relation)) return { head, relation: 'during' };
  if (/^(?:after|following)$/.test(relation)) return { head, relation: 'after' };
  return { head, relation: 'for' };
}

/** A fixed reference for chrono when the meeting has no date: only fully written dates are used then. */
const NO_ANCHOR_REFERENCE = new Date(2000, 0, 1, 12);

/** Dates chrono finds that the rules did not claim: "Oct 15", "15 October 2026", "10/26", "2025-10-01". */
function chronoCandidates(text: string, anchor: string | null, claimed: Candidate[], order: DateOrder): Candidate[] {
  const a = anchor ? (ymdOf(anchor) as Ymd) : null;
  // Local noon: chrono works in local time, and noon is hours away from any DST jump or midnight.
  const reference = a ? new Date(a.y, a.m - 1, a.d, 12) : NO_ANCHOR_REFERENCE;
  const out: Candidate[] = [];
  // chrono knows "Nov 3-7" but not "Nov 3–7": dashes become hyphens for it (one character each, so offsets hold).
  const read = /[–—]/.test(text) ? text.replace(/[–—]/g, '-') : text;
  // Where a range read on past chrono's own reading ends ("between Nov 3 and Nov 7"): later results inside it are its end.
  let rangeEnd = -1;
  for (const r of dueChrono.parse(read, { instant: reference }, { forwardDate: true })) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (start < rangeEnd || claimed.some((c) => c.start < end && start < c.end)) continue;
    // "Oct-24" and "10-24" are the dashed-date rule's to read, with the care they need.
    if (DASHED_ONLY.test(r.text)) continue;
    const wide = widen(text, start, end);
    const before = text.slice(Math.max(0, start - 24), start);
    // "the week of Nov 10", "w/c 27 Oct": done by that week's Friday; "w/e 24 Oct", the week ending then.
    const weekOf = WEEK_OF.exec(before);
    const weekEnding = weekOf ? null : WEEK_ENDING.exec(before);
    if (weekOf ?? weekEnding) wide.start = start - (weekOf ?? weekEnding)![0].length;
    // "Thursday (10/30)": the weekday and its date in brackets are one phrase.
    const bracketed = weekOf ?? weekEnding ? null : WEEKDAY_THEN_BRACKET.exec(before);
    if (bracketed) {
      wide.start = start - bracketed[0].length + bracketed[0].indexOf(bracketed[1]);
      if (text.charAt(wide.end) === ')') wide.end++;
    }
    // Times alone ("10 to 15 people", "at 5pm") and bare weekdays or months are not days chrono can give us.
    if (!r.start.isCertain('day')) continue;
    const relative = r.tags().has('result/relativeDate') || r.tags().has('casualReference/today');
    // Numbers only, once a weekday written before them is set aside ("Mon 10/3").
    const numeric = /^[\d\s./-]+$/.test(r.text.replace(LEADING_WEEKDAY, ''));
    // 2025-11-3, 2025/11/03: the year first, so the month follows it (nobody writes year, day, month).
    const yearFirst = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(r.text.trim());
    let { cue, at } = cueBefore(text, wide.start);
    // "Send the deck – 10/24": a date set off at the end of the task is its deadline.
    if (cue === 0 && SET_OFF.test(text.slice(0, wide.start)) && /^[\s).,;!]*(?:\([^()]*\)[\s.]*)?$/.test(text.slice(wide.end))) cue = 1;
    if (weekOf ?? weekEnding) cue = Math.max(cue, 1);
    const month = r.start.get('month') ?? 0;
    const day = r.start.get('day') ?? 0;
    // The weekday written with the date ("Mon 10/3", "Thursday (10/30)"), ISO numbered.
    const writtenWeekday = bracketed
      ? weekdayIndex(bracketed[1])
      : r.start.isCertain('weekday')
        ? ((r.start.get('weekday') ?? 0) + 6) % 7 + 1
        : 0;
    // "Moved from Oct 24 to Oct 31": chrono reads one range; its end is the new deadline.
    const moved = r.end !== null && r.end !== undefined && MOVED_FROM.test(text.slice(Math.max(0, start - 40), start));
    if (moved) cue = 2;
    // A range ("Nov 3-7", "between Nov 3 and Nov 7", "Nov 3 thru 7"): its first and last day.
    const span = moved ? null : rangeOf(text, r, start, wide);
    if (span?.between !== undefined) {
      wide.start = span.between;
      ({ cue, at } = cueBefore(text, wide.start));
      cue = Math.max(cue, 1);
    }
    if (span) rangeEnd = wide.end;
    // "from Nov 3 to Nov 7" is a span, not a start, and "from" no past word: the words before it judge.
    const spanFrom = span && span.between === undefined ? /\bfrom\s+$/i.exec(text.slice(Math.max(0, wide.start - 8), wide.start)) : null;
    if (spanFrom) {
      wide.start -= spanFrom[0].length;
      ({ cue, at } = cueBefore(text, wide.start));
      cue = Math.max(cue, 1);
    }
    const judgedFrom = spanFrom ? wide.start : start;
    let rejected = !moved && (inPastContext(text, judgedFrom, end) || (!spanFrom && startsSomething(text, wide.start)));
    // "10 days of backlog", "a 30 min call", "them a week": chrono reads a bare length of time as that
    // long from now. Only "in" or "within" make one a deadline, and the rules read those.
    if (r.tags().has('result/relativeDate') && !/^(?:in|within)\b/i.test(r.text)) rejected = true;
    // "24/7", "1/2 of the budget": a bare number pair is a date only after a deadline word or with its
    // weekday ("Fri 10/24"), and "reduce latency by 20/30" is no date even then.
    if (numeric && !yearFirst && ((cue === 0 && !writtenWeekday) || CHANGED_BY.test(text.slice(0, start)))) rejected = true;
    // "24/7" is round the clock, whatever word comes before it ("on the 24/7 rota").
    if (ROUND_THE_CLOCK.test(r.text)) rejected = true;
    // 05/06 reads as May 6 in US order but June 5 elsewhere.
    const eitherWay = numeric && !yearFirst && month <= 12 && day <= 12 && month !== day;
    let due: string | null = null;
    let certainty: DueCertainty = 'likely';
    if (r.start.isCertain('year') && !relative) {
      const year = r.start.get('year') ?? 0;
      due = eitherWay && order.dayFirst ? checked(year, day, month) : checked(year, month, day);
      // 05/11/2025 is exact only when nothing else could be meant; the writer's order makes it likely.
      certainty = !eitherWay ? 'exact' : order.dayFirst === undefined ? 'vague' : 'likely';
    } else if (relative) {
      due = a ? checked(r.start.get('year') ?? 0, month, day) : null;
    } else if (a) {
      const meeting = anchor as string;
      due = nearestOccurrence(meeting, month, day);
      if (eitherWay) {
        // 05/11 is 11 May in US order and 5 November elsewhere. A weekday written with it settles
        // which ("Mon 3/10" in a February meeting is 10 March), else the writer's order when it is
        // known; else the reading nearer the meeting is taken, and never more than vague.
        const swapped = nearestOccurrence(meeting, day, month);
        const fits = [due, swapped].filter((d): d is string => d !== null && isoWeekday(d) === writtenWeekday);
        if (fits.length === 1) due = fits[0];
        else if (order.dayFirst !== undefined) {
          if (order.dayFirst) due = swapped;
        } else {
          const distance = (d: string) => Math.abs(daysBetween(d, meeting));
          if (due && swapped && (distance(swapped) < distance(due) || (distance(swapped) === distance(due) && swapped > due))) due = swapped;
          certainty = 'vague';
        }
      }
      // A day just gone: after a deadline word it is a deadline already missed (the year is a guess, so
      // vague); without one ("the Oct 1 notes") it names a past day.
      if (due && due < meeting) {
        if (cue < 2) rejected = true;
        certainty = 'vague';
      }
    }
    // A deadline range is done by its last day. An event's days ("Hold the offsite Nov 3–5") are the
    // event's: whatever a task does for it is due when it starts (see `eventSpan`).
    let range: Candidate['range'];
    if (due && span) {
      const first = span.firstDay === null ? due : nearestBefore(due, span.firstDay);
      const last = span.lastMonth === null ? nextOccurrence(due, monthOf(due).m, span.lastDay) : nextOccurrence(due, span.lastMonth, span.lastDay);
      if (first && last && last >= first) {
        range = { first, last };
        due = last;
        const event = eventSpan(text, cue > 0 ? at : wide.start, wide.end);
        if (event) {
          range.event = event.head;
          if (event.relation === 'after') rejected = true;
          else due = event.relation === 'before' ? addDays(first, -1) : event.relation === 'during' ? last : first;
        }
      }
    } else if (due && moved && r.end?.isCertain('day')) {
      // "Moved from Oct 24 to Oct 31": the new day.
      const last = nextOccurrence(due, r.end.get('month') ?? 0, r.end.get('day') ?? 0);
      if (last) due = last;
    }
    // "Thursday 10/31" when the 31st is a Friday: one of the two is wrong.
    if (due && writtenWeekday && !r.end && isoWeekday(due) !== writtenWeekday) certainty = 'vague';
    if (weekOf && due) {
      due = workWeekEnd(due);
      certainty = 'vague';
    }
    const from = cue > 0 ? at : wide.start;
    out.push({ start: from, end: wide.end, phrase: text.slice(from, wide.end), due, certainty, cue, rejected, rule: 'chrono', ...(range ? { range } : {}) });
  }
  return out;
}

/**
 * The days a text names outright, each with where it is: ISO dates, and days
 * chrono reads with a certain day ("Oct 21", "21 October 2025", "10/21",
 * "tomorrow"), counted from the meeting's date when the year is not written.
 * Past-tense context is not judged here: the caller decides what the day is for.
 */
export function daysNamedIn(text: string, anchor: string | null): { start: number; end: number; date: string }[] {
  if (!MAY_NAME_A_DATE.test(text)) return [];
  const a = anchor ? ymdOf(anchor) : null;
  const reference = a ? new Date(a.y, a.m - 1, a.d, 12) : NO_ANCHOR_REFERENCE;
  const out: { start: number; end: number; date: string }[] = [];
  for (const r of dueChrono.parse(text, { instant: reference }, { forwardDate: true })) {
    if (!r.start.isCertain('day')) continue;
    const month = r.start.get('month') ?? 0;
    const day = r.start.get('day') ?? 0;
    const relative = r.tags().has('result/relativeDate') || r.tags().has('casualReference/today');
    let date: string | null = null;
    if (r.start.isCertain('year') && !relative) date = checked(r.start.get('year') ?? 0, month, day);
    else if (a && relative) date = checked(r.start.get('year') ?? 0, month, day);
    else if (a) date = nearestOccurrence(anchor as string, month, day);
    if (date) out.push({ start: r.index, end: r.index + r.text.length, date });
  }
  return out;
}

/**
 * The text less the words the rules claimed: chrono's readings that touch a claimed phrase are set aside, so only
 * what is left can give it one ("Draft the deck next week" needs no chrono once "next week" is the rules').
 */
function unclaimed(text: string, claimed: Candidate[]): string {
  if (claimed.length === 0) return text;
  let out = '';
  let from = 0;
  for (const c of claimed) {
    out += text.slice(from, c.start) + ' ';
    from = Math.max(from, c.end);
  }
  return out + text.slice(from);
}

/** What `findDuePhrase` found: the phrase, its day, and for a range or a preference, the days beside it. */
export interface FoundDuePhrase {
  phrase: string;
  due: string | null;
  certainty: DueCertainty;
  range?: { first: string; last: string; event?: string };
  preferred?: string;
}

/**
 * The phrase that most looks like the deadline: one after a deadline word
 * ("by", "before", "due") wins over one without, then the earliest. Two days
 * joined as a preference and a limit ("Friday or Monday at the latest") are one
 * phrase, due on the limit.
 */
export function findDuePhrase(text: string, anchor: string | null, order: DateOrder = {}): FoundDuePhrase | null {
  // Most tasks name no date at all: one cheap test spares them every rule and chrono.
  if (!MAY_NAME_A_DATE.test(text)) return null;
  const words = maskNonWords(text);
  const byRule = dropOverlaps(ruleCandidates(words, anchor, order));
  const leftovers = CHRONO_WORTHY.test(unclaimed(words, byRule)) ? chronoCandidates(words, anchor, byRule, order) : [];
  let all = [...byRule, ...leftovers].filter((c) => !c.rejected);
  if (all.length > 1) all = joinPreferences(words, all);
  all.sort((x, y) => y.cue - x.cue || x.start - y.start);
  // A period with no known day ("by the end of the sprint", "FY26 Q1") gives way to a day written beside it.
  const best = all[0]?.due === null ? (all.find((c) => c.due !== null) ?? all[0]) : all[0];
  if (!best) return null;
  const found: FoundDuePhrase = { phrase: text.slice(best.start, best.end).trim(), due: best.due, certainty: best.certainty };
  if (best.range) found.range = best.range;
  if (best.preferred) found.preferred = best.preferred;
  return found;
}

/** Words that may stand between a preferred day and a limit: "or", "ideally", "if possible, otherwise", "at the latest". */
const PREFERENCE_GAP = /^(?:[\s,;/()–—-]|or\b|but\b|and\b|ideally\b|preferably\b|hopefully\b|if\b|possible\b|we\b|can\b|otherwise\b|failing\b|that\b|else\b|worst\b|case\b|at\b|the\b|very\b|latest\b|preferred\b|no\b|not\b|later\b|than\b|nlt\b|max\b|tops\b|hard\b|deadline\b|outside\b|by\b|before\b)*$/i;
const WISH = String.raw`(?:ideally|preferably|preferred|hopefully|if\s+possible|if\s+we\s+can)`;
const LIMIT = String.raw`(?:at\s+the\s+(?:very\s+)?latest|(?:at\s+)?latest|max|tops|at\s+the\s+outside|hard\s+deadline)`;
const WISH_BEFORE = new RegExp(String.raw`\b(?:ideally|preferably|hopefully)\s*,?\s*$`, 'i');
const WISH_AT_START = new RegExp(String.raw`^\s*,?\s*\(?\s*${WISH}\b`, 'i');
const WISH_AT_END = new RegExp(String.raw`\b(?:ideally|preferably|hopefully)\s*,?\s*\(?\s*$`, 'i');
const LIMIT_AT_START = new RegExp(String.raw`^\s*,?\s*\(?\s*${LIMIT}\b`, 'i');
const LIMIT_AT_END = new RegExp(String.raw`\b(?:${LIMIT}|no\s+later\s+than|not\s+later\s+than|nlt|worst\s+case|otherwise|failing\s+that|or\s+else)\s*[:,]?\s*\(?\s*$`, 'i');
/** A limit word that is the phrase's own cue ("no later than Monday", "latest Monday"). */
const LIMIT_CUE = /^(?:no\s+later\s+than|not\s+later\s+than|nlt|at\s+the\s+(?:very\s+)?latest|latest|deadline)\b/i;
/** A limit or a wish written after the second day: "Monday at the latest", "Monday (latest)", "Friday if possible". */
const LIMIT_AFTER = new RegExp(String.raw`^\s*,?\s*\(?\s*${LIMIT}\b\s*\)?`, 'i');
const WISH_AFTER = new RegExp(String.raw`^\s*,?\s*\(?\s*${WISH}\b\s*\)?`, 'i');

/**
 * Two days side by side where one is a wish and the other the limit — "Friday or Monday at the
 * latest", "by Friday, Monday latest", "no later than Monday, ideally Friday", "by Friday if
 * possible, otherwise Monday" — become one candidate: due on the limit, the wish kept as
 * `preferred`, the phrase spanning both. Without a word saying which is which nothing is joined:
 * "Friday or Monday" stays two readings.
 */
function joinPreferences(text: string, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((x, y) => x.start - y.start);
  const out: Candidate[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    const joined = b ? joinPair(text, a, b) : null;
    if (joined) {
      out.push(joined);
      k++;
    } else out.push(a);
  }
  return out;
}

function joinPair(text: string, a: Candidate, b: Candidate): Candidate | null {
  if (a.due === null || b.due === null || b.start < a.end) return null;
  const gap = text.slice(a.end, b.start);
  if (gap.length > 40 || !PREFERENCE_GAP.test(gap)) return null;
  const wishLead = WISH_BEFORE.exec(text.slice(Math.max(0, a.start - 16), a.start));
  const limitAfter = LIMIT_AFTER.exec(text.slice(b.end, b.end + 32));
  const wishAfter = limitAfter ? null : WISH_AFTER.exec(text.slice(b.end, b.end + 32));
  // A word between the two days belongs to the second when it leads straight into it (", ideally Friday"),
  // to the first only when more words follow it ("Friday if possible, otherwise Monday").
  const bWish = WISH_AT_END.test(gap) || Boolean(wishAfter);
  const bLimit = LIMIT_AT_END.test(gap) || LIMIT_CUE.test(b.phrase) || Boolean(limitAfter);
  const aWish = Boolean(wishLead) || (WISH_AT_START.test(gap) && !WISH_AT_END.test(gap));
  const aLimit = (LIMIT_AT_START.test(gap) && !LIMIT_AT_END.test(gap)) || LIMIT_CUE.test(a.phrase);
  let limit: Candidate;
  let wish: Candidate;
  if ((bLimit && !aLimit) || (aWish && !bWish && !aLimit)) [limit, wish] = [b, a];
  else if ((aLimit && !bLimit) || (bWish && !aWish && !bLimit)) [limit, wish] = [a, b];
  else return null;
  let due = limit.due as string;
  // "Friday or Monday at the latest" said on a Saturday: the Monday after that Friday.
  if (due < (wish.due as string) && limit.rule === 'weekday') due = addDays(due, 7);
  if (due < (wish.due as string)) return null;
  const start = wishLead ? a.start - wishLead[0].length : a.start;
  const tail = limitAfter ?? wishAfter;
  let end = b.end + (tail ? tail[0].trimEnd().length : 0);
  // "no later than Monday (ideally Friday)": the bracket opened between them closes the phrase.
  if (gap.includes('(') && !text.slice(start, end).includes(')') && /^\s*\)/.test(text.slice(end))) end = text.indexOf(')', end) + 1;
  return {
    start,
    end,
    phrase: text.slice(start, end),
    due,
    certainty: limit.certainty,
    cue: Math.max(a.cue, b.cue, 1),
    rejected: false,
    rule: 'preference',
    preferred: wish.due as string,
  };
}

/**
 * Tags (`#q4-planning`), URLs, inline code and block ids blanked out, offsets
 * kept: a date inside them names a thing, not a deadline.
 */
function maskNonWords(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // Each mask only where its sign is in the text at all: most task words hold none.
  let out = text;
  if (out.includes('`')) out = out.replace(/`[^`]*`/g, blank);
  // Signifier dates other than due (➕ created, ✅ done, 🛫 start, ⏳ scheduled — emoji or mis-decoded,
  // a word of nothing but non-ASCII signs) and inline fields other than due say when the task was
  // made, started or done, never when it is due.
  if (/\d{4}-\d{2}-\d{2}/.test(out)) out = out.replace(/(^|\s)[^\s!-~]+\s*\d{4}-\d{2}-\d{2}/g, (m, lead: string) => lead + blank(m.slice(lead.length)));
  if (out.includes('::')) out = out.replace(/\[(?!\s*due::)[\w\s-]+::[^\]]*\]|\((?!\s*due::)[\w-]+::[^)]*\)/gi, blank);
  if (out.includes('://')) out = out.replace(/\b(?:https?|obsidian|file):\/\/\S+/gi, blank);
  // A tag or block id starts a word. (The sign is searched for first, the word's start checked after: a
  // pattern opening on "start or space" is tried at every character, and every vault task has tags.)
  if (out.includes('#') || out.includes('^')) {
    const written = out;
    out = out.replace(/[#^][^\s#]+/g, (m, at: number) => (at === 0 || /\s/.test(written.charAt(at - 1)) ? blank(m) : m));
  }
  return out;
}

/** Where rules overlap ("end of next week" and "next week"), the longer phrase, then the earlier rule, wins. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const ordered = candidates
    .map((c, order) => ({ c, order }))
    .sort((x, y) => y.c.end - y.c.start - (x.c.end - x.c.start) || x.order - y.order);
  for (const { c } of ordered) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}
