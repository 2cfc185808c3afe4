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
import { addDays, daysNamedIn, findDuePhrase, isISODate, MONTH_WORD, monthNumber, resolveDue, type DueInput, type DueResolution } from './dates';
import { foldAccents } from './text';

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
  'webinar', 'readout', 'hackathon', 'trade show', 'tradeshow', 'expo', 'keynote', 'offsite', 'cutover', 'freeze', 'committee',
  // Breaks: "before the summer break" has a day only when the note gives it one ("the summer break starts Aug 4").
  'break', 'shutdown', 'closure', 'recess', 'vacation', 'holiday', 'leave', 'pto', 'time off',
];
const GENERIC_HEADS = [
  'meeting', 'review', 'call', 'sync', 'session', 'event', 'presentation', 'demo', 'workshop', 'visit', 'interview',
  'deadline', 'planning', 'check-in', 'checkpoint', 'standup', 'stand-up', 'briefing', 'close', 'cutoff',
];
/**
 * Events named in German, French or Spanish, each the English head it means, so a task in either
 * language finds an event dated in the other ("before the board" / "Board am 15. März", "Vorstand").
 * Written without accents; the patterns allow them.
 */
const FOREIGN_HEADS: Record<string, string> = {
  vorstand: 'board', vorstandssitzung: 'board', aufsichtsrat: 'board', aufsichtsratssitzung: 'board', beirat: 'board',
  conseil: 'board', junta: 'board', consejo: 'board', directorio: 'board',
  comite: 'committee', ausschuss: 'committee', komitee: 'committee', lenkungsausschuss: 'steerco', copil: 'steerco',
  sitzung: 'meeting', besprechung: 'meeting', reunion: 'meeting', treffen: 'meeting',
  lancement: 'launch', lanzamiento: 'launch', markteinfuhrung: 'launch', auftakt: 'kickoff',
  klausur: 'offsite', klausurtagung: 'offsite', seminaire: 'offsite', messe: 'tradeshow', salon: 'tradeshow', feria: 'tradeshow',
  auditoria: 'audit', konferenz: 'conference', conference: 'conference', conferencia: 'conference',
  urlaub: 'vacation', vacances: 'vacation', vacaciones: 'vacation', conges: 'vacation', betriebsferien: 'shutdown', fermeture: 'closure',
  renouvellement: 'renewal', renovacion: 'renewal', frist: 'deadline', echeance: 'deadline', plazo: 'deadline',
  atelier: 'workshop', prasentation: 'presentation', presentacion: 'presentation', besuch: 'visit', visite: 'visit', visita: 'visit',
};
/** A foreign head as a pattern, each vowel with or without its accent, umlauts also written out (`markteinfuehrung`). */
function accented(word: string): string {
  const vowels: Record<string, string> = { a: '(?:[aäáàâ]|ae)', e: '[eéèê]', i: '[iíî]', o: '(?:[oóôö]|oe)', u: '(?:[uúûü]|ue)' };
  return word.replace(/[aeiou]/g, (c) => vowels[c]);
}
const HEADS = [...new Set([...SPECIFIC_HEADS, ...GENERIC_HEADS])].sort((a, b) => b.length - a.length);
/** The English heads as events are keyed (`kick-off` → `kickoff`). */
const SPECIFIC_OR_GENERIC = new Set(HEADS.map((h) => h.toLowerCase().replace(/[-\s]/g, '')));
/** Every written form of each head, the English and the foreign, longest first. */
const FORMS = [...HEADS.map((h) => ({ head: normaliseHead(h), pattern: h.replace(/[-\s]/g, '[-\\s]?'), length: h.length })),
  ...Object.entries(FOREIGN_HEADS).map(([w, head]) => ({ head, pattern: accented(w), length: w.length }))].sort((a, b) => b.length - a.length);
const HEAD_ALTERNATION = FORMS.map((f) => f.pattern).join('|');
const SPECIFIC = new Set(SPECIFIC_HEADS.map(normaliseHead));
/** A head's end: no letter or digit follows (`\b` does not see the end of "comité"); Latin letters listed, so no pattern needs the slower Unicode mode. */
const HEAD_END = String.raw`(?:s|es)?(?![A-Za-z0-9\u00C0-\u024F])`;

/** A head word, plural allowed: `meetings`, `QBRs`. */
const HEAD_RE = new RegExp(String.raw`\b(${HEAD_ALTERNATION})${HEAD_END}`, 'gi');
/** Cheap test before any work: the task names an event at all (the foreign names only in a task that may be foreign). */
const MAY_NAME_ENGLISH_EVENT = new RegExp(String.raw`\b(?:${HEADS.map((h) => h.replace(/[-\s]/g, '[-\\s]?')).join('|')})`, 'i');
const MAY_NAME_FOREIGN_EVENT = new RegExp(String.raw`\b(?:${Object.keys(FOREIGN_HEADS).map(accented).join('|')})`, 'i');
/** A German, French or Spanish word a task ties a deadline with, or a letter those languages write. */
const MAY_BE_FOREIGN = /[\u00C0-\u024F]|\b(?:vor|bis|f[uü]r|avant|pour|jusqu|antes|para|hasta)\b/i;
const MAY_NAME_EVENT = { test: (text: string): boolean => MAY_NAME_ENGLISH_EVENT.test(text) || (MAY_BE_FOREIGN.test(text) && MAY_NAME_FOREIGN_EVENT.test(text)) };

/** Months in German, French and Spanish, written without accents: what chrono does not read. */
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
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month's number from its name in English, German, French or Spanish, any case or accent, else null. */
function monthOf(word: string): number | null {
  return monthNumber(word) ?? FOREIGN_MONTHS[foldAccents(word).replace(/\.$/, '')] ?? null;
}

const WEEKDAY_WORD = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*`;
/**
 * A day written so that it can be read without doubt: `2025-10-21`, `10/21`, `Oct 21`, `21 October`,
 * `tomorrow`, `next Tuesday`, `on Friday`, and as German, French and Spanish notes write it: `15. März`,
 * `3 avril`, `5 de abril`, `12.03.2026`. A cheap test, so the days are read only in sentences that have one.
 */
const NAMES_A_DAY = new RegExp(
  String.raw`\d{4}[-/]\d{1,2}[-/]\d{1,2}|\b\d{1,2}/\d{1,2}\b|\b${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}|\btomorrow\b|\b(?:next|this|on|coming)\s+${WEEKDAY_WORD}|\d\.\d{1,2}\.|\d(?:\.|er|º)?\s*(?:de\s+)?(?:j[aä]n|f[eé][bv]|m[aä]r|apr|avr|abr|ma[iy]|jui|jun|jul|aug|ao[uû]|ago|sep|set|o[ck]t|nov|d[eé][cz]|dic|ene)`,
  'i',
);

/** Tasks date signifiers and Dataview date fields, with their dates. */
const TASK_DATES = /[\u{1F4C5}\u{1F4C6}\u{1F5D3}\u23F3\u231B\u{1F6EB}\u2795\u2705\u274C]\uFE0F?\s*\d{4}-\d{2}-\d{2}|\[(?:due|scheduled|start|created|completion|cancelled)::[^\]]*\]/giu;

/** Filler between the cue and the event, and words that never tell two events apart — German, French and Spanish articles too. */
const FILLER = new Set([
  'the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'coming', 'planned', 'scheduled',
  'first', 'final', 'big', 'of', 'and', 'with', 'for', 'on', 'at', 'in', 's', 'is', 'was', 'will', 'be',
  'der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'zum', 'zur', 'ein', 'eine', 'einem', 'einer', 'unser', 'unsere', 'unseren',
  'le', 'la', 'les', 'l', 'd', 'du', 'de', 'au', 'aux', 'un', 'une', 'notre', 'nos',
  'el', 'los', 'las', 'del', 'al', 'nuestro', 'nuestra',
]);

/**
 * Words that tie a deadline to the event after them: English, and the German, French and Spanish
 * ones (vor, bis, für; avant, pour, jusqu'au; antes, para, hasta).
 */
const CUES = String.raw`by|before|ahead\s+of|prior\s+to|until|till|for|in\s+time\s+for|at|vor|bis|f(?:ü|ue|u)r|avant|pour|jusqu['’]\s*(?:au|à|a)|antes|para|hasta`;
/** A deadline word and the event after it: "before the October board meeting", "ahead of Nordwind's QBR", "avant l'audit". */
const TASK_EVENT = new RegExp(
  String.raw`\b(${CUES})\s+((?:[A-Za-z0-9\u00C0-\u024F'’&.-]+\s+){0,4}?(?:[lLdD]['’])?)(${HEAD_ALTERNATION})${HEAD_END}`,
  'gi',
);
/** A head word right after another ("board meeting"). */
const MORE_HEAD = new RegExp(String.raw`^\s+(${HEAD_ALTERNATION})${HEAD_END}`, 'i');
/** Cues that put the deadline the day before the event. */
const DAY_BEFORE = /^(?:before|ahead\s+of|prior\s+to|vor|avant|antes)$/i;

/** A head as the events are keyed: lower case, no hyphen or space, a foreign head its English one (`Comité` → `committee`). */
function normaliseHead(word: string): string {
  // Most heads are plain English words: no folding for them.
  const lower = word.toLowerCase().replace(/[-\s]/g, '');
  if (/^[a-z]+$/.test(lower) && SPECIFIC_OR_GENERIC.has(lower)) return lower;
  const plain = foldAccents(word).replace(/[-\s]/g, '');
  return FOREIGN_HEADS[plain] ?? FOREIGN_HEADS[plain.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')] ?? plain;
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
    const m = monthOf(word);
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
const TIES = new Set([
  'by', 'before', 'after', 'until', 'till', 'ahead', 'prior', 'for', 'at', 'during', 'over', 'since', 'from', 'to',
  'vor', 'bis', 'für', 'nach', 'seit', 'avant', 'pour', 'après', 'apres', 'pendant', 'depuis', 'antes', 'para', 'hasta', 'después', 'despues', 'durante', 'desde',
]);

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

/** A word with a full stop that ends no sentence: a month, a weekday or a common abbreviation (`Oct. 14`, `Mon. 3/9`, `e.g. the`). */
const ABBREVIATION = /^(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|fevr|avr|juil|dez|okt|ene|abr|dic|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|approx|ca|vs|dr|mr|mrs|ms|st|no|incl|est|e\.g|i\.e|z\.b|bzw|ggf|evtl)$/;

/** Cheap test: a stop after a number, a stop between a word and a number, or a common abbreviation's. */
const INNER_STOP_MAY_BE = /\d\.\s|[a-z]\.\s+\d|\b(?:e\.g|i\.e|z\.b|vs|approx|ca|incl|bzw|ggf|evtl|dr|mr|mrs|ms|st|no|est)\.\s/i;

/**
 * The line with every full stop that ends no sentence made another sign of the same length:
 * a day's stop in German (`15. März`, `am 2. 3.`), and a stop after an abbreviation (`Oct. 14`).
 */
function maskInnerStops(line: string): string {
  if (!INNER_STOP_MAY_BE.test(line)) return line;
  let out = line;
  for (let at = line.indexOf('.'); at !== -1; at = line.indexOf('.', at + 1)) {
    const next = /^\s+(\S+)/.exec(line.slice(at + 1, at + 24));
    if (!next) continue;
    const word = /([\p{L}\p{N}]+(?:\.[\p{L}])?)$/u.exec(line.slice(Math.max(0, at - 12), at));
    if (!word) continue;
    const from = at - word[1].length;
    const before = from > 0 ? line.charAt(from - 1) : ' ';
    const inner = /^\d{1,2}$/.test(word[1])
      ? !/[\d.]/.test(before) && (/^\d/.test(next[1]) || monthOf(next[1].replace(/[^\p{L}.]+$/u, '')) !== null)
      : ABBREVIATION.test(foldAccents(word[1])) && !/[\p{L}\p{N}]/u.test(before);
    if (inner) out = out.slice(0, at) + '\u2024' + out.slice(at + 1);
  }
  return out;
}

/** Sentences of a line, with where each starts: a day and an event go together only within one. */
function sentences(line: string): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  const masked = maskInnerStops(line);
  const re = /[^.;!?]+(?:[.;!?](?!\s|$)[^.;!?]*)*[.;!?]*/g;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ text: line.slice(m.index, m.index + m[0].length), from: m.index });
  }
  return out;
}

type Day = { start: number; end: number; date: string };

/** A day, then a month by name, day first as German, French and Spanish write it: `15. März`, `1er juin`, `5 de abril de 2026`. */
const DAY_MONTH = /\b(\d{1,2})(\.|er|º|°)?\s*(de\s+)?(\p{L}{3,10})\.?(?![\p{L}])(?:,?\s+(?:de\s+)?((?:19|20)\d{2})\b)?/giu;
/** A day written with full stops, always day first: `12.03.2026`, `12.03.26`, `2.3.`. */
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(?:((?:19|20)?\d{2})(?!\d))?(?![\d.]?\d)/g;
/** Words after which a dotted day without its year is one (`am 2.3.`, `le 15.03.`, `Mo. 2.3.`), not a version (`Release 2.3.`). */
const DAY_LEAD = /(?:\b(?:am|bis|vom|ab|zum|le|du|au|el|del|on|by|due|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|lu|ma|me|je|ve)\.?,?|:)\s*$/i;

/** The day a month and day name, through the same reading as every other day (`daysNamedIn`), so a year left out is filled alike. */
function dayOf(month: number, day: number, year: string | undefined, anchor: string | null): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const y = year ? (year.length === 2 ? `20${year}` : year) : '';
  return daysNamedIn(`${ENGLISH_MONTHS[month - 1]} ${day}${y ? `, ${y}` : ''}`, anchor)[0]?.date ?? null;
}

/** The days a sentence writes the way German, French and Spanish notes do, which chrono misreads or misses. */
function foreignDays(text: string, anchor: string | null): Day[] {
  const out: Day[] = [];
  if (/\d\.\d/.test(text)) {
    DOTTED.lastIndex = 0;
    for (let m = DOTTED.exec(text); m; m = DOTTED.exec(text)) {
      const before = text.charAt(m.index - 1);
      if (/[\p{L}.\d]/u.test(before) || (!m[3] && !DAY_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
      const date = dayOf(Number(m[2]), Number(m[1]), m[3], anchor);
      if (date) out.push({ start: m.index, end: m.index + m[0].length, date });
    }
  }
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(text); m; m = DAY_MONTH.exec(text)) {
    const foreign = FOREIGN_MONTHS[foldAccents(m[4])];
    // An English month after a plain number is chrono's ("15 March"); with a German stop or a Spanish "de" it is read here.
    const month = foreign ?? (m[2] || m[3] ? monthNumber(m[4]) : null);
    if (!month || out.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
    const date = dayOf(month, Number(m[1]), m[5], anchor);
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return out;
}

/** "Moved from Oct 14 to Oct 21", "verschoben auf den 3. April", "reporté au 5 mai": the days after the move are the event's. */
const MOVED = /\b(?:moved|pushed|postponed|rescheduled|shifted|delayed|changed|bumped|slipped|verschoben|verlegt|report[ée]e?|d[ée]cal[ée]e?|aplazad[oa]|pospuest[oa]|movid[oa])\b[^.;]*?\b(?:to|auf|au|à|al|para)\s+/iu;
/** A weekday the sentence names as a coming day: `next Thursday`, `this Fri`, `on Monday`. */
const WEEKDAY_DAY = new RegExp(String.raw`\b(?:next|this|coming|on)\s+${WEEKDAY_WORD}\b`, 'gi');
/** A deadline word right before a day. */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|due|latest|nlt|bis|avant|antes|hasta)\s*(?:the\s+)?$/i;
/** Words that put a sentence in the past: its weekday is gone, not coming. */
const PAST = /\b(?:met|was|were|held|took\s+place|happened|had)\b/i;

/**
 * Every day a sentence names, with where: the foreign and dotted forms read here, the rest by chrono
 * (the ones read here hidden from it, so `12.03.2026` is not also read month first); after a move
 * only the new day; a weekday only when nothing else dates the sentence.
 */
function daysOf(text: string, anchor: string | null): Day[] {
  const own = /\d\s*\.|\d\s*(?:er|º|°)?\s+(?:de\s+)?\p{L}/u.test(text) ? foreignDays(text, anchor) : [];
  let hidden = text;
  for (const d of own) hidden = hidden.slice(0, d.start) + ' '.repeat(d.end - d.start) + hidden.slice(d.end);
  let days = [...own, ...daysNamedIn(hidden, anchor)];
  const moved = MOVED.exec(hidden);
  if (moved && days.length > 0) {
    const after = moved.index + moved[0].length;
    const later = daysNamedIn(hidden.slice(after), anchor).map((d) => ({ start: d.start + after, end: d.end + after, date: d.date }));
    const next = [...days.filter((d) => d.end <= moved.index || d.start >= after), ...later.filter((l) => !days.some((d) => d.start === l.start))];
    if (next.some((d) => d.start >= after)) days = next;
  }
  if (days.length === 0 && !PAST.test(text)) {
    WEEKDAY_DAY.lastIndex = 0;
    for (let m = WEEKDAY_DAY.exec(text); m; m = WEEKDAY_DAY.exec(text)) {
      // "by next Friday" is a deadline, the task's own, not the day of the event beside it.
      if (DEADLINE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      const found = findDuePhrase(m[0], anchor);
      if (found?.due && found.certainty !== 'vague') days.push({ start: m.index, end: m.index + m[0].length, date: found.due });
    }
  }
  return days.sort((x, y) => x.start - y.start);
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
      const days = daysOf(sentence.text, anchor);
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
    re = new RegExp(String.raw`\b(${[...heads].map(headPattern).join('|')})${HEAD_END}`, 'gi');
    HEAD_PATTERNS.set(key, re);
  }
  return re;
}

/** A normalised head as a pattern that finds it however it is written (`kick-off`, `kick off`, `kickoff`). */
function headPattern(head: string): string {
  const forms = FORMS.filter((f) => f.head === head).map((f) => f.pattern);
  return forms.length > 0 ? forms.join('|') : head;
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
    const due = DAY_BEFORE.test(m[1].replace(/\s+/g, ' ').trim()) ? addDays(event.date, -1) : event.date;
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
