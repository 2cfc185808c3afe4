/**
 * Normalising an action item, decision or fact into what it says, so that two
 * wordings of the same thing compare equal while the details users care about —
 * numbers, named people and companies, negation, opposite verbs — are kept apart
 * for the similarity guards.
 */
import { fixText } from '../repair/mojibake';
import { isAsciiLetter } from '../parse/chars';
import { foldAccents, stripAccents } from '../text';
import { ownWords } from './marks';

export interface NormalizedText {
  /** Content tokens: folded, stemmed, synonyms merged, stop words dropped; unique, in first-seen order. Quantities are included. */
  tokens: string[];
  /** Each token's number (see {@link tokenId}), in the same order: integers compare and index faster than strings. */
  ids: readonly number[];
  /** The same tokens as a set, for quick lookups. */
  tokenSet: ReadonlySet<string>;
  /** The tokens joined: equal for texts that say exactly the same thing. */
  signature: string;
  /** Numbers, quantities, quarters, versions and dates in the text: `2pb`, `q3`, `$1000000`, `d:2025-10-26`, `m:10`. */
  quantities: string[];
  /** Capitalised names in the text (people, companies, products, acronyms), folded. */
  names: string[];
  /**
   * Named parties the text brings in with a preposition such as `with`, `to`, `and` or
   * `between` (`… agreement with Orbis Freight` → `orbis freight`): who the item is with
   * or for. Names given as examples — in parentheses, or after `including`, `e.g.`,
   * `such as`, `like` — and possessives (`Orbis's team`) are detail, not parties.
   */
  parties: string[];
  /** Every word as folded but unstemmed, with known abbreviations added: a name another text writes in lower case still counts as written. */
  words: Set<string>;
  /** Where the item goes and comes from, when it names it: `from:aws`, `to:azure` (see `extractDirections`). */
  directions: string[];
  /**
   * The person the text itself names as doing the item, folded, word by word: `Ana to send…`,
   * `Ana Lopez: send…`, `(Ana) send…`, `Ana will send…` → `ana` / `ana lopez`; null when the
   * text names nobody so. Note-takers write the owner this way as often as `@Ana`.
   */
  owner: TextOwner | null;
  /** The text says not to do something (`do not`, `never`, `no longer`, `avoid`, `unlikely to`, `out of scope`, …). */
  negated: boolean;
  /** The text says it only may be so (`might`, `may`, `possibly`, `tentatively`, `likely`, …): a possibility, not the thing itself. */
  hedged: boolean;
  /** Poles of opposite verbs present, as `pairIndex:pole` (approve/reject → `0:0` / `0:1`). */
  poles: string[];
  /** Hyphen or slash compounds (`run-book`, `win/loss`): their parts are in `tokens`; the joined form counts instead when the other text has it. */
  compounds: { joined: string; parts: string[] }[];
  /** What the item does, read on demand (see {@link Actions}). */
  actions: Actions;
  /** Its lead and the lead's object alone, read on demand: a look at the first words only (see {@link Actions}). */
  head: Pick<Actions, 'lead' | 'object'>;
}

/**
 * The words an item uses as actions. "Launch the portal" does the launching; "Write the
 * launch announcement for the portal" writes, and names the launch only as what the
 * announcement is about: the second is a step towards the first, not a copy of it.
 */
export interface Actions {
  /**
   * The token of the item's first content word past its owner and any label (`Next step:`)
   * or adverb (`Quickly`): most often its verb (`send` in "Ana to send the deck"); -1 for none.
   */
  lead: number;
  /** Tokens in a verb's place: the lead, a clause's first word, a word after `to`, `and`, `then`, `will`, `be`, a word in -ing. */
  verbs: readonly number[];
  /** The words right after the lead, up to a preposition: what it acts on (`monitoring` in "Set up monitoring for the staging site"). */
  object: readonly number[];
  /** Tokens after an article and before `of` or `for` (`a review of`, `the launch of`): an action named as a thing. */
  things: readonly number[];
}

// ─── Markup and mojibake set aside ───────────────────────────────────────────

/** Punctuation mojibake common enough to clean here even before the repair module knows it. */
const PUNCT_MOJIBAKE: [RegExp, string][] = [
  // Tasks emoji left broken (Windows-1252/1254 `ðŸ…`, Mac Roman `üìÖ`, `â«`), with the date after them.
  [/(?:[ðğ]Ÿ[^\s\w]{1,2}|\uF8FF?ü[ìî][^\s\w]|âœ…|â\u008F?«|â¬|â³|‚è[^\s\w])\uFE0F?(?:\s*\d{4}-\d{2}-\d{2})?/g, ' '],
  [/â€™|â€˜|‚Äô|‚Äò|’|‘|`/g, "'"],
  [/â€œ|â€\u009d|â€|‚Äú|‚Äù|“|”/g, '"'],
  [/â€“|â€”|‚Äì|‚Äî|–|—/g, ' - '],
  [/â€¦|‚Ä¶|…/g, '...'],
  [/Â /g, ' '],
];

/** Tasks signifiers (and their mojibake forms' leftovers), with the date or value that follows. */
const SIGNIFIER =
  /(?:[\u{1F4C5}\u{1F4C6}\u{1F5D3}\u23F3\u231B\u{1F6EB}\u2795\u2705\u274C\u{1F53A}\u23EB\u{1F53C}\u{1F53D}\u23EC\u{1F194}\u26D4\u{1F501}\u{1F3C1}]\uFE0F?)(?:\s*\d{4}-\d{2}-\d{2})?/gu;

const WIKILINK = /!?\[\[([^\]|]*?)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const MD_LINK = /\[([^\]]*)\]\((?:[^)]*)\)/g;
const DATAVIEW = /\[[\w -]+::[^\]]*\]/g;
const URL = /\bhttps?:\/\/\S+/g;
const HTML = /<[^>]+>/g;
const BLOCK_ID = /(?:^|\s)\^[A-Za-z0-9-]+\s*$/;
const TAG = /(?:^|\s)#[\p{L}_/-][\p{L}\p{N}_/-]*/gu;
/** `@Assignee`, with up to two more capitalised words of their name. */
const AT_NAME = /(?:^|\s)@[\p{L}][\p{L}\p{N}'.-]*(?:\s+[\p{Lu}][\p{L}'.-]*){0,2}/gu;

/** Links to their text; signifiers, tags, fields, block id and `@assignee` set aside. Each pass runs only when its marker is present. */
function stripMarkup(s: string): string {
  if (s.includes('[')) {
    s = s
      .replace(WIKILINK, (_m, target: string, alias?: string) => {
        if (alias) return ` ${alias} `;
        const base = target.split('/').pop() ?? target;
        return ` ${base.replace(/\.md$/i, '')} `;
      })
      .replace(MD_LINK, ' $1 ')
      .replace(DATAVIEW, ' ');
  }
  if (s.includes('http')) s = s.replace(URL, ' ');
  if (s.includes('<')) s = s.replace(HTML, ' ');
  if (NON_ASCII.test(s)) s = s.replace(SIGNIFIER, ' ');
  if (s.includes('^')) s = s.replace(BLOCK_ID, ' ');
  if (s.includes('#')) s = s.replace(TAG, ' ');
  if (s.includes('@')) s = s.replace(AT_NAME, ' ');
  return s;
}

const NON_ASCII = /[^\t\n\r\x20-\x7E]/;

// ─── Negation and opposite verbs ─────────────────────────────────────────────

const NEGATION =
  /\b(?:not|no|never|no longer|don't|dont|doesn't|didn't|won't|wont|cannot|can't|shouldn't|mustn't|isn't|aren't|avoid|avoiding|stop|stopped|cease|without|refrain|neither|nor|hold off|decline|declined|skip|cancel|cancelled|canceled|call off|calls off|called off|calling off|unlikely|unable|refuse|refused|refuses|descope|descoped|out of scope|lack|lacks|lacked|lacking)\b/;

/**
 * Negative words that urge the thing rather than refuse it — "don't forget to send",
 * "no later than Friday", "make sure we don't miss the deadline", "without fail" — set
 * aside before the test for negation: they say to do it.
 */
const NOT_A_NEGATION = /\b(?:(?:do not|don't|dont|never|not)\s+(?:forget(?:ting)?|miss)\b|(?:no|not)\s+later\s+than\b|without\s+fail\b)/g;
const NOT_A_NEGATION_HINT = /forget|miss|later|fail/;

/** True when the folded text says not to do something (see NEGATION), urging aside (see NOT_A_NEGATION). */
function isNegated(folded: string): boolean {
  if (!NEGATION.test(folded)) return false;
  return !NOT_A_NEGATION_HINT.test(folded) || NEGATION.test(folded.replace(NOT_A_NEGATION, ' '));
}

/**
 * Words that make a statement a possibility ("Northwind might renew", "tentatively Q3").
 * `may` counts only in lower case, where it is not the month; `could` is as often a polite
 * request ("Could Ana send…") and does not count.
 */
const HEDGE = /\b(?:might|maybe|perhaps|possibly|potentially|probably|likely|tentative|tentatively)\b/;
const HEDGE_MAY = /\bmay\b/;
/** `May` the month: capitalised after the text's first word ("moves to May"), or before a day ("May 5"). */
const MAY_MONTH = /[^\s.!?]\s*\bMay\b|\bMay\s+\d/;

/** Verb pairs that reverse a task's meaning. */
const OPPOSITES: [string[], string[]][] = [
  [['approve', 'accept', 'allow', 'grant', 'signoff'], ['reject', 'decline', 'deny', 'refuse', 'veto', 'revoke', 'withdraw']],
  [['add', 'insert'], ['remove', 'delete']],
  [['include'], ['exclude']],
  [['enable', 'activate', 'turn on'], ['disable', 'deactivate', 'turn off']],
  [['increase', 'raise', 'expand', 'grow', 'extend'], ['decrease', 'reduce', 'shrink', 'lower']],
  [['open', 'reopen'], ['close']],
  [['start', 'begin', 'resume'], ['stop', 'pause', 'halt']],
  [['hire', 'onboard'], ['fire', 'offboard', 'lay off']],
  [['buy', 'purchase'], ['sell']],
  [['upgrade'], ['downgrade']],
  [['lock'], ['unlock']],
  [['block'], ['unblock']],
  [['import'], ['export']],
  [['encrypt'], ['decrypt']],
  [['archive'], ['unarchive', 'restore']],
  [['renew'], ['terminate', 'churn']],
  [['upsell'], ['downsell']],
  [['join'], ['leave']],
  [['win'], ['lose']],
  [['publish'], ['unpublish', 'retract']],
  [['subscribe'], ['unsubscribe']],
  [['merge'], ['split']],
  [['before'], ['after']],
  // Moving a date later or sooner: both are a move (see SYNONYMS), in opposite directions.
  [['delay', 'postpone', 'slip', 'defer'], ['expedite', 'accelerate', 'advance', 'prepone']],
  [['internal', 'internally'], ['external', 'externally']],
  [['public', 'publicly'], ['private', 'privately']],
  [['minimum', 'min'], ['maximum', 'max']],
];

// ─── Quantities ──────────────────────────────────────────────────────────────

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Ordinals in words, which are their number as `1st` … `10th` are: "the first draft" is "the 1st draft". */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
};
/** Units that make a number a different quantity when they differ. */
const UNITS: Record<string, string> = {
  '%': '%', percent: '%', x: 'x',
  kb: 'kb', mb: 'mb', gb: 'gb', tb: 'tb', pb: 'pb', eb: 'eb',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h', min: 'min', mins: 'min', minute: 'min', minutes: 'min',
  d: 'd', day: 'd', days: 'd', wk: 'w', wks: 'w', week: 'w', weeks: 'w',
  mo: 'mo', month: 'mo', months: 'mo', yr: 'y', yrs: 'y', year: 'y', years: 'y',
  kilobyte: 'kb', kilobytes: 'kb', megabyte: 'mb', megabytes: 'mb', gigabyte: 'gb', gigabytes: 'gb',
  terabyte: 'tb', terabytes: 'tb', petabyte: 'pb', petabytes: 'pb',
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms', sec: 's', secs: 's', second: 's', seconds: 's',
};

/**
 * A quantity as one string for each amount of time however it is written: weeks as days,
 * hours as minutes, years as months ("2 weeks" and "14 days" are `14d`); other units as they are.
 */
function quantityOf(value: number, unit: string): string {
  const scale = unit === 'w' ? 7 : unit === 'h' ? 60 : unit === 'y' ? 12 : 1;
  const canonical = unit === 'w' ? 'd' : unit === 'h' ? 'min' : unit === 'y' ? 'mo' : unit;
  const amount = value * scale;
  if (canonical === 'd' && amount >= 25) {
    // Days that make whole months, within a tenth, are those months: "30 days", "4 weeks" and "a month" are one length.
    const months = amount / DAYS_PER_MONTH;
    const whole = Math.round(months);
    if (whole >= 1 && Math.abs(months - whole) <= 0.1 * whole) return `${whole}mo`;
  }
  return String(Math.round(amount * 1000) / 1000) + canonical;
}
const DAYS_PER_MONTH = 30.4375;

/**
 * A period said relative to now — `next week`, `this quarter`, `last sprint`, `the coming
 * month` — as `r:` and its offset and unit (`r:+1w`, `r:0q`): "this week" and "next week"
 * are two deadlines. Before a weekday only the offset counts ("next Friday" is Friday and
 * `r:+1w`; "this Friday" is Friday).
 */
const RELATIVE_PERIOD =
  /\b(this|current|next|coming|following|last|previous|past)\s+(?:(weekends?|weeks?|months?|quarters?|qtrs?|years?|yrs?|sprints?|releases?|cycles?|half|fy|fiscal\s+year)\b|(?=(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b))/g;
/** The first words of relative periods the plain pass sends the full way (those that start no other phrase), and the periods after them. */
const RELATIVE_WORDS = ['this', 'current', 'next', 'last', 'previous', 'past'];
const PERIOD_WORDS = 'week weeks weekend weekends month months quarter quarters qtr year years yr sprint sprints release releases cycle cycles half fy fiscal';
const RELATIVE_OFFSET: Record<string, string> = { this: '0', current: '0', next: '+1', coming: '+1', following: '+1', last: '-1', previous: '-1', past: '-1' };
const PERIOD_CODE: Record<string, string> = { week: 'w', weekend: 'we', month: 'mo', quarter: 'q', qtr: 'q', year: 'y', yr: 'y', sprint: 'sprint', release: 'rel', cycle: 'cycle', half: 'h', fy: 'y', fiscal: 'y' };

/**
 * How often: `weekly`, `every week`, `every 7 days`, `once a week` are `f:7d`; `every other
 * week`, `biweekly`, `fortnightly` `f:14d`; `twice a week` `f:3.5d`. A meeting held weekly
 * and one held every other week are two. Not in a name for a review or a metric ("quarterly
 * business review", "monthly recurring revenue", "weekly active users").
 */
const FREQUENCY =
  /\b(?:(?:every|each)\s+(?:(other)\s+|(\d+(?:\.\d+)?|two|three|four|five|six|twelve)\s+)?(days?|weeks?|months?|quarters?|years?)|(once|twice|thrice|(?:\d+|two|three|four)\s+times)\s+(?:an?|per|every|each)\s+(day|week|month|quarter|year)|(daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly|annually)(?!\s+(?:business|recurring|active)\b))\b/g;
const FREQUENCY_HINT = /every|each|once|twice|thrice|times|daily|weekly|fortnightly|monthly|quarterly|yearly|annually/;
const PERIOD_DAYS: Record<string, [number, string]> = { day: [1, 'd'], week: [1, 'w'], month: [1, 'mo'], quarter: [3, 'mo'], year: [1, 'y'] };
const EVERY_WORD: Record<string, [number, string]> = {
  daily: [1, 'd'], weekly: [1, 'w'], biweekly: [2, 'w'], 'bi-weekly': [2, 'w'], fortnightly: [2, 'w'], monthly: [1, 'mo'],
  bimonthly: [2, 'mo'], 'bi-monthly': [2, 'mo'], quarterly: [3, 'mo'], yearly: [1, 'y'], annually: [1, 'y'],
};

function countOf(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** The frequencies of FREQUENCY in folded text, blanked. */
function extractFrequencies(s: string, out: string[]): string {
  return s.replace(FREQUENCY, (m, other?: string, count?: string, unit?: string, times?: string, perUnit?: string, word?: string) => {
    if (word) {
      const [n, u] = EVERY_WORD[word];
      out.push('f:' + quantityOf(n, u));
    } else if (unit) {
      const [n, u] = PERIOD_DAYS[unit.replace(/s$/, '')];
      const every = other ? 2 : count ? countOf(count) : 1;
      out.push('f:' + quantityOf(n * every, u));
    } else if (times && perUnit) {
      const [n, u] = PERIOD_DAYS[perUnit];
      const k = TIMES[times] ?? countOf(times.split(/\s+/)[0]);
      out.push('f:' + quantityOf(n / k, u));
    }
    return ' '.repeat(m.length);
  });
}

/** The relative periods of RELATIVE_PERIOD in folded text; the period is blanked, a weekday after the word left for the weekday pass. */
function extractRelative(s: string, out: string[]): string {
  return s.replace(RELATIVE_PERIOD, (m, word: string, period?: string) => {
    const offset = RELATIVE_OFFSET[word];
    if (period === undefined) {
      // Before a weekday: "this Friday" is Friday; "next Friday" a week on.
      if (offset !== '0') out.push(`r:${offset}w`);
      return ' '.repeat(m.length);
    }
    const unit = period.split(/\s+/)[0].replace(/s$/, '');
    out.push(`r:${offset}${PERIOD_CODE[unit] ?? unit}`);
    return ' '.repeat(m.length);
  });
}
const RELATIVE_HINT = /this|current|next|coming|following|last|previous|past/;

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3)) + 1;
}

function numberValue(digits: string, multiplier: string | undefined): string {
  let n = Number(digits.replace(/,/g, ''));
  if (multiplier && MULTIPLIERS[multiplier]) n *= MULTIPLIERS[multiplier];
  return String(Math.round(n * 1000) / 1000);
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b`, 'g');
const CLOCK_AMPM = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/g;
const CLOCK = /\b(\d{1,2}):(\d{2})\b/g;
const MONEY = /([$€£])\s?(\d[\d,]*(?:\.\d+)?)\s*(k|mm|mn|m|bn|b|thousand|million|billion)?\b/g;
const VERSION_WORD = /\bversion\s+(?=\d)/g;
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?(?![\d/])/g;
const MONEY_WORDS = /(\d[\d,]*(?:\.\d+)?)\s*(k|mm|mn|m|bn|b|thousand|million|billion)?\s*(dollars?|usd|bucks|euros?|eur|pounds sterling|gbp)\b/g;
const CURRENCY_WORD_HINT = /dollar|usd|buck|euro|eur|pound|gbp/;
const CURRENCY_SIGN: Record<string, string> = { dol: '$', usd: '$', buc: '$', eur: '€', pou: '£', gbp: '£' };
const LABEL = /\b([a-z]{1,5})-?(\d+[a-z\d]*)\b/g;
const ALL_DIGITS = /^\d+$/;
const NUMBER =
  /(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?\s*(k|mm|mn|m|bn|b|thousand|million|billion)?(?:-|\s*)(%|percent|x|kb|mb|gb|tb|pb|eb|(?:kilo|mega|giga|tera|peta)bytes?|ms|milliseconds?|secs?|seconds?|hrs?|hours?|h|mins?|minutes?|days?|d|wks?|weeks?|mo|months?|yrs?|years?)?(?![\p{L}\p{N}])/gu;
/** Month and weekday names and number words, in one pass. */
const WORD_QUANTITY = new RegExp(
  `\\b(?:${MONTH_RE}|(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)days?|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)(?:(?:\\s+|-)(%|percent|hours?|days?|weeks?|months?|years?|(?:kilo|mega|giga|tera|peta)bytes?))?|(mon|tues?|thu|thur|thurs|fri)|(${ORDINAL_WORDS.join('|')}))\\b`,
  'g',
);

/**
 * A unit said once, with no digit: `an hour`, `a week`, `one month`, `a fortnight`, `a couple
 * (of weeks)`, and how often: `once a week`, `twice a month`. "For a week" is one week, and
 * not the same as "for 2 weeks".
 */
const UNIT_ALONE =
  /\b(?:(an?|one)[\s-]+(hour|day|week|month|year)|(?:an?\s+)?(couple)(?:\s+of)?(?:\s+(hours?|days?|weeks?|months?|years?))?|(once|twice|thrice)\s+(?:an?|per|every)|(?:an?\s+)?fortnight)\b/g;
const UNIT_ALONE_HINT = /hour|day|week|month|year|couple|once|twice|thrice|fortnight/;
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** Quarters and halves by their ordinal: `third quarter` is Q3, `second half` H2; rewritten as the label so it is read where it stands. */
const ORDINAL_PERIOD = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)\b/g;
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

function ordinalPeriods(folded: string): string {
  return folded.replace(ORDINAL_PERIOD, (m, n: string, unit: string) => (unit === 'half' && ORDINAL[n] > 2 ? m : `${unit === 'half' ? 'h' : 'q'}${ORDINAL[n]}`));
}

/** Pull the quantities out of folded text; returns them and the text with them blanked. */
function extractQuantities(folded: string, mayIsMonth = false): { quantities: string[]; rest: string } {
  const out: string[] = [];
  const blank = (m: string) => ' '.repeat(m.length);
  let s = folded;
  if (FREQUENCY_HINT.test(s)) s = extractFrequencies(s, out);
  if (RELATIVE_HINT.test(s)) s = extractRelative(s, out);
  if (/\d/.test(s)) {
    s = s.replace(ISO_DATE, (m, y: string, mo: string, d: string) => {
      out.push(`d:${y}-${mo}-${d}`);
      return blank(m);
    });
    // Dates in figures: 10/17 is 17 October; 3/4 is March 4 or 3 April, whichever way the vault writes them.
    s = s.replace(NUMERIC_DATE, (m, x: string, y: string) => {
      const a = Number(x);
      const b = Number(y);
      // "24/7" is all the time, and two numbers over 12 or a zero are no day.
      if ((a === 24 && b === 7) || a === 0 || b === 0 || (a > 12 && b > 12) || a > 31 || b > 31) return m;
      out.push(a > 12 ? `d:${b}-${a}` : b > 12 || a === b ? `d:${a}-${b}` : `d:${a}/${b}`);
      return blank(m);
    });
    s = s.replace(MONTH_DAY, (m, mon: string, d: string) => {
      out.push(`d:${monthIndex(mon)}-${Number(d)}`);
      return blank(m);
    });
    s = s.replace(DAY_MONTH, (m, d: string, mon: string) => {
      out.push(`d:${monthIndex(mon)}-${Number(d)}`);
      return blank(m);
    });
    s = s.replace(CLOCK_AMPM, (m, h: string, min: string | undefined, ap: string) => {
      out.push(`t:${(Number(h) % 12) + (ap === 'pm' ? 12 : 0)}:${min ?? '00'}`);
      return blank(m);
    });
    s = s.replace(CLOCK, (m, h: string, min: string) => {
      out.push(`t:${Number(h)}:${min}`);
      return blank(m);
    });
    // Money: $1M, € 2.5 million, $1B+.
    s = s.replace(MONEY, (m, cur: string, n: string, mult?: string) => {
      out.push(`${cur}${numberValue(n, mult)}`);
      return blank(m);
    });
    // Money with the currency in words: 40k dollars, 1.2 million USD, 500 euros.
    if (CURRENCY_WORD_HINT.test(s)) {
      s = s.replace(MONEY_WORDS, (m, n: string, mult: string | undefined, currency: string) => {
        out.push(`${CURRENCY_SIGN[currency.slice(0, 3)] ?? '$'}${numberValue(n, mult)}`);
        return blank(m);
      });
    }
    // "version 2" is v2.
    if (s.includes('version')) s = s.replace(VERSION_WORD, 'v');
    // Labels with digits: Q3, FY25, H1, v2, GPT-4, S3, H100.
    s = s.replace(LABEL, (m, a: string, b: string) => {
      if (a.length >= 2 && ALL_DIGITS.test(b)) {
        // A name and a number (SOC 2, ISO-27001, GPT4, PO 4471): the name a word, the number a quantity, however joined.
        out.push(numberValue(b, undefined));
        return a + ' '.repeat(m.length - a.length);
      }
      out.push(a + b);
      return blank(m);
    });
    s = s.replace(NUMBER, (m, n: string, mult?: string, unit?: string) => {
      const value = numberValue(n, mult);
      out.push(unit ? quantityOf(Number(value), UNITS[unit] ?? unit) : value);
      return blank(m);
    });
  }
  s = s.replace(WORD_QUANTITY, (m, mon?: string, day?: string, word?: string, unit?: string, shortDay?: string, ordinal?: string) => {
    // A weekday cut short ("by Fri"); `wed`, `sat` and `sun` alone are words.
    if (shortDay) out.push(`w:${shortDay.slice(0, 3)}`);
    else if (ordinal) out.push(String(ORDINAL_WORDS.indexOf(ordinal) + 1));
    else if (mon) {
      // A month alone ("in March"); "may" and "mar" alone are verbs, but for "May" written as the month.
      if ((mon === 'may' && !mayIsMonth) || mon === 'mar') return m;
      out.push(`m:${monthIndex(mon)}`);
    } else if (day) out.push(`w:${day.slice(0, 3)}`);
    else if (word) out.push(quantityOf(NUMBER_WORDS[word], unit ? UNITS[unit] ?? unit : ''));
    return blank(m);
  });
  if (UNIT_ALONE_HINT.test(s)) {
    s = s.replace(UNIT_ALONE, (m, one?: string, unit?: string, couple?: string, coupleUnit?: string, times?: string) => {
      if (one) out.push(quantityOf(1, UNITS[unit as string]));
      else if (couple !== undefined) out.push(quantityOf(2, coupleUnit ? UNITS[coupleUnit] : ''));
      else if (times) out.push(`${TIMES[times]}x`);
      else out.push(quantityOf(2, 'w'));
      return blank(m);
    });
  }
  return { quantities: out.length > 1 ? [...new Set(out)] : out, rest: s };
}

// ─── Words: stop words, stemming, synonyms ───────────────────────────────────

const STOP = new Set(
  (
    'a an the and or but nor to of for with on in at by from about into onto over under as is are be been being was were ' +
    'this that these those it its it\'s their theirs his her hers our ours your yours my mine we they he she you i me them him us ' +
    'will shall should would can could may might must need needs needed to so then than via per out any all some more most other ' +
    'such own same both each etc eg ie e g i.e e.g vs versus also please ensure make sure including include includes part ' +
    'if when where which who whom whose what how why there here do does did doing done has have had having get gets got ' +
    'just very well s t d ll re ve m o let lets let\'s up down off again further once only too quite really ' +
    'not no never don\'t dont doesn\'t didn\'t won\'t wont cannot can\'t shouldn\'t mustn\'t isn\'t aren\'t ' +
    'appropriate applicable possible necessary relevant related respective any ' +
    "i'll i'm i've i'd we'll we're we've we'd you'll you're they'll they're he'll she'll it'll " +
    'require requires required requiring back about around roughly approximately approx nearly almost across regarding re concerning happen happens happened occur occurs occurred'
  ).split(/\s+/),
);

/** Multi-word phrases folded into one word before tokenising. */
const PHRASES: [string, string][] = [
  ['go[\\s-]+to[\\s-]+market', 'gtm'],
  ['business development', 'bd'],
  [
    'set(?:ting)?[\\s-]+up\\s+(?:some\\s+)?time|(?:send|sends|sent|sending)\\s+(?:an?\\s+|the\\s+)?(?:calendar\\s+|meeting\\s+)?invites?|(?:calendar|meeting)\\s+invites?|' +
      // "Find time with…", "get time on the calendar", "put a meeting on the calendar".
      '(?:find|finds|finding|found|schedule|schedules|scheduled|scheduling|block|blocks|blocked|blocking)\\s+(?:some\\s+)?time|(?:get|gets|got|getting|put|puts|putting)\\s+(?:some\\s+)?(?:time|an?\\s+(?:meeting|call|slot|sync))\\s+on\\s+(?:the\\s+|our\\s+|their\\s+|his\\s+|her\\s+)?calendars?',
    'schedule meet',
  ],
  ['set(?:ting)?[\\s-]+up', 'schedule'],
  ['circl(?:e|es|ed|ing)\\s+back', 'contact'],
  ['(?:put|puts|putting)\\s+together', 'create'],
  ['(?:pull|pulls|pulled|pulling)\\s+together', 'collect'],
  // `back` alone is a stop word (get it back, circle back); backing up is an action.
  ['back(?:s|ed|ing)?[\\s-]*up', 'backup'],
  ['(?:figure|figures|figured|figuring|find|finds|finding|found)\\s+out', 'identify'],
  ['(?:sort|sorts|sorted|sorting)\\s+out', 'fix'],
  ['(?:walk|walks|walked|walking)\\s+through', 'review'],
  ['(?:go|goes|going|went)\\s+with|opt(?:s|ed|ing)?\\s+for', 'choose'],
  ['follow(?:ing|s|ed)?[\\s-]+up', 'contact'],
  ['reach(?:ing|es|ed)?\\s+out', 'contact'],
  ['check(?:ing|s|ed)?[\\s-]+in', 'contact'],
  ['kick(?:ing|s|ed)?[\\s-]*off', 'start'],
  // Phrasal verbs whose particle turns the verb round or names another action.
  ['(?:turn|turns|turned|turning|switch|switches|switched|switching)\\s+on', 'enable'],
  ['(?:turn|turns|turned|turning|switch|switches|switched|switching)\\s+off', 'disable'],
  ['(?:leave|leaves|leaving|left)\\s+out(?:\\s+of)?', 'exclude'],
  ['(?:bring|brings|bringing|brought|rope|ropes|roped|roping|pull|pulls|pulled|pulling)\\s+in(?:to)?', 'involve'],
  ['(?:call|calls|called|calling)\\s+off', 'cancel'],
  ['(?:come|comes|came|coming)\\s+up\\s+with', 'create'],
  ['(?:close|closes|closed|closing)\\s+out', 'finalize'],
  ['(?:look|looks|looked|looking|search|searches|searched|searching)\\s+for', 'identify'],
  ['(?:sign|signs|signed|signing)[\\s-]*off', 'approve'],
  ['green[\\s-]*light(?:s|ed)?', 'approve'],
  ['(?:move|moves|moved|moving)\\s+(?:forward|ahead)|(?:go|goes|going|went)\\s+ahead', 'proceed'],
  ['as\\s+soon\\s+as\\s+possible', 'asap'],
  ['(?:take|takes|taking|took|taken|have|has|having|had)\\s+an?\\s+(?:(?:quick|closer|first|second|final|proper)\\s+)?look(?:\\s+(?:at|over|through|into))?', 'review'],
  ['look(?:ing|s|ed)?\\s+(?:into|over|at|through)', 'review'],
  ['(?:go|goes|going|went|gone)\\s+(?:over|through)', 'review'],
  ['(?:read|reads|reading)\\s+through', 'review'],
  ['(?:dig|digs|digging|dug|dive|dives|diving)\\s+into|deep[\\s-]+dive', 'review'],
  ['touch(?:ing|es|ed)?\\s+base', 'contact'],
  // Deadlines said in other words: end of (the) week is its Friday, end of (the) day is today.
  ['eow|end\\s+of\\s+(?:the\\s+|this\\s+)?(?:work\\s*)?week', 'friday'],
  ['eom|end\\s+of\\s+(?:the\\s+|this\\s+)?month', 'monthend'],
  ['eoq|end\\s+of\\s+(?:the\\s+|this\\s+)?quarter', 'quarterend'],
  ['end\\s+of\\s+(?:the\\s+)?(?:business\\s+|work\\s+)?day|close\\s+of\\s+business', 'today'],
  ['one[\\s-]+on[\\s-]+ones?|1[:-]1s?|1on1s?', 'meet'],
  ['ahead of|prior to', 'before'],
  ['w/(?=\\s)', 'with'],
  ['write[\\s-]*up', 'doc'],
  ['proof[\\s-]+of[\\s-]+concept', 'poc'],
  ['statement[\\s-]+of[\\s-]+work', 'sow'],
  ['purchase[\\s-]+order', 'po'],
  // Numeronyms: a word's first and last letters and the count between.
  ['k8s', 'kubernetes'],
  ['i18n', 'internationalization'],
  ['l10n', 'localization'],
  ['a11y', 'accessibility'],
  ['o11y', 'observability'],
  // A phrasal verb and the noun made of it: "roll out SSO", "the SSO rollout".
  ['roll(?:s|ed|ing)?[\\s-]*out', 'rollout'],
  ['shut(?:s|ting)?[\\s-]*down', 'shutdown'],
];
// Each phrase ends a word: "ahead often" is not "ahead of" and "ten".
const PHRASE_RE = new RegExp(PHRASES.map(([re]) => `\\b(${re.replace(/\((?!\?)/g, '(?:')})(?![a-z])`).join('|'), 'g');

/** Cheap test before the phrase pass: most texts hold none of these. */
const PHRASE_HINT = /8s|18n|10n|11y|roll|shut|market|develop|set|invite|circl|together|out|through|with|opt|back|follow|reach|check|kick|look|one|1|ahead|prior|w\/|write|proof|statement|purchase|over|through|into|dive|base|eow|eom|eoq|end|close|time|calendar|turn|switch|leav|left|bring|brought|rope|pull|call|come|came|search|sign|green|forward|soon/;

/**
 * A channel named as the verb — "Email Bo the deck", "Ana to slack the link", "**Ana**: text
 * Bo" — says to send: at the start of the item or a clause, or after a word that hands it
 * on (`to`, `will`, `please`). As a noun ("send the email", "update the text") it stays one.
 */
const CHANNEL_VERB = /(^\s*|[.;:!?)\]*–—-]\s*|\b(?:to|will|please|pls|and|then|should|must|shall|can|'ll)\s+)(?:e-?mail|message|slack|text|dm)(?:s|ed|ing|d)?\b/g;
const CHANNEL_HINT = /mail|message|slack|text|dm/;

/**
 * Phrasal verbs with their object inside — "bring legal in", "leave the SLA out of",
 * "turn MFA off", "let Ana know" — read as the verb they mean, the object kept: one
 * note-taker writes the particle after the object, the other "involve legal". (`loop` is
 * `involve` alone, and `in` a stop word: "loop legal in" needs no reading of its own.)
 * `in` counts only at the end of a clause or before a word that goes on to the topic.
 */
const SPLIT_PHRASAL =
  /\b(?:(bring|brings|bringing|brought|rope|ropes|roped|roping|pull|pulls|pulled|pulling)\s+((?:[a-z0-9&'.-]+\s+){1,3}?)in(?:to\b|(?=\s*(?:$|[,.;:!?)]|(?:on|for|to|at|early|now|too|as|when|if|here|asap)\b)))|(leave|leaves|leaving|left)\s+((?:[a-z0-9&'.-]+\s+){1,3}?)out\b(?:\s+of\b)?|(turn|turns|turned|turning|switch|switches|switched|switching)\s+((?:[a-z0-9&'.-]+\s+){1,3}?)(on|off)\b|(let|lets|letting)\s+((?:[a-z0-9&'.-]+\s+){1,3}?)know\b)/g;
const SPLIT_PHRASAL_HINT = /bring|brought|rope|pull|leav|left|turn|switch|let/;

function foldSplitPhrasal(s: string): string {
  return s.replace(SPLIT_PHRASAL, (m, _in?: string, inObject?: string, _out?: string, outObject?: string, _turn?: string, turnObject?: string, onOff?: string, _let?: string, letObject?: string) => {
    if (inObject !== undefined) return ` involve ${inObject}`;
    if (outObject !== undefined) return ` exclude ${outObject}`;
    if (turnObject !== undefined) return ` ${onOff === 'on' ? 'enable' : 'disable'} ${turnObject}`;
    if (letObject !== undefined) return ` inform ${letObject}`;
    return m;
  });
}

function foldPhrases(s: string): string {
  if (CHANNEL_HINT.test(s)) s = s.replace(CHANNEL_VERB, '$1 send ');
  if (SPLIT_PHRASAL_HINT.test(s)) s = foldSplitPhrasal(s);
  if (!PHRASE_HINT.test(s)) return s;
  return s.replace(PHRASE_RE, (...groups: unknown[]) => {
    for (let i = 1; i <= PHRASES.length; i++) if (groups[i] !== undefined) return ` ${PHRASES[i - 1][1]} `;
    return String(groups[0]);
  });
}

/** Words that mean the same in a task; the first word is the class's name. */
const SYNONYMS: string[][] = [
  ['share', 'send', 'provide', 'give', 'circulate', 'distribute', 'forward', 'pass'],
  ['schedule', 'arrange', 'book', 'organize', 'organise', 'setup', 'sched'],
  // Setting something up, as engineers say it.
  ['configure', 'provision', 'install'],
  ['meet', 'meeting', 'call', 'sync', 'conversation', 'chat', 'mtg'],
  ['contact', 'ping', 'followup', 'touch', 'connect', 'remind', 'nudge', 'chase'],
  ['involve', 'loop', 'cc'],
  ['move', 'push', 'shift', 'reschedule', 'postpone', 'delay', 'slip'],
  ['expire', 'end', 'lapse'],
  ['decide', 'agree', 'decision', 'consensus'],
  ['choose', 'select', 'pick', 'opt'],
  ['collect', 'gather', 'compile', 'assemble', 'obtain'],
  ['today', 'eod', 'cob', 'tonight'],
  ['start', 'initiate', 'begin', 'launch', 'commence', 'kickoff'],
  ['create', 'draft', 'write', 'prepare', 'produce', 'compose', 'prep'],
  ['review', 'evaluate', 'assess', 'examine', 'analyze', 'analyse', 'investigate', 'explore'],
  ['confirm', 'verify', 'validate', 'check'],
  ['fix', 'resolve', 'address', 'repair'],
  ['update', 'refresh', 'revise'],
  ['doc', 'docs', 'document', 'documentation', 'paper', 'writeup'],
  ['intro', 'introduction', 'introduce'],
  ['customer', 'client', 'cust'],
  ['deck', 'slides', 'slide', 'presentation'],
  ['discuss', 'talk', 'speak'],
  ['identify', 'find', 'determine', 'pinpoint', 'locate', 'search'],
  ['available', 'availability'],
  ['finalize', 'finalise', 'complete', 'finish', 'wrap'],
  ['price', 'pricing', 'cost'],
  ['hire', 'hiring', 'recruit', 'recruiting', 'recruitment'],
  ['leader', 'leadership', 'exec', 'executive'],
  ['correct', 'right', 'proper'],
  ['request', 'ask'],
  ['inform', 'notify', 'tell', 'alert'],
  ['respond', 'reply', 'answer'],
  ['present', 'demo', 'showcase'],
  ['issue', 'bug', 'problem', 'defect'],
  ['clean', 'tidy', 'cleanup'],
  ['buy', 'purchase', 'procure'],
  ['sign', 'countersign', 'signature'],
  ['approve', 'signoff'],
  ['hand', 'handoff', 'handover', 'transition'],
  ['license', 'licence'],
  ['run', 'operate', 'ops'],
  // Words clipped in notes.
  ['engineering', 'eng', 'engg'],
  ['marketing', 'mktg', 'mkt'],
  ['management', 'mgmt', 'mgt'],
  ['manager', 'mgr'],
  ['infrastructure', 'infra'],
  ['requirement', 'reqs', 'reqts'],
  ['department', 'dept'],
  ['organization', 'organisation', 'org'],
  ['account', 'acct'],
  ['quarter', 'qtr'],
  ['government', 'govt'],
  ['international', 'intl'],
  ['communication', 'comms'],
  ['performance', 'perf'],
  ['specification', 'spec', 'specs'],
  ['architecture', 'arch'],
  ['repository', 'repo'],
  ['configuration', 'config'],
  ['environment', 'env'],
  ['information', 'info'],
  ['development', 'dev'],
  ['production', 'prod'],
  ['database', 'db'],
  ['forecast', 'fcst'],
  ['headquarters', 'hq'],
  ['administration', 'administrator', 'admin'],
  ['preliminary', 'prelim'],
  ['reference', 'ref'],
  ['recommendation', 'rec', 'recs'],
];

/** Irregular past forms of verbs common in action items, to their base form: `sent` is `send`. */
const IRREGULAR = new Map<string, string>(
  (
    'sent:send made:make wrote:write written:write took:take taken:take gave:give given:give met:meet ran:run bought:buy ' +
    'brought:bring built:build chose:choose chosen:choose drew:draw drawn:draw drove:drive driven:drive found:find held:hold ' +
    'kept:keep knew:know known:know led:lead lost:lose paid:pay said:say sold:sell spoke:speak spoken:speak spent:spend ' +
    'told:tell thought:think won:win went:go gone:go began:begin begun:begin shown:show sought:seek taught:teach caught:catch ' +
    'understood:understand forgot:forget forgotten:forget stood:stand saw:see seen:see undertook:undertake undertaken:undertake'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Nouns made of a verb whose ending no general rule undoes (`preparation`, `deletion`,
 * `delivery`, `proposal`), to the verb: "Preparation of the deck" and "Prepare the deck"
 * say one thing. Nouns that name something else than the act (`agreement`, `production`,
 * `presentation`, `connection`, `subscription`, `description`) are left alone.
 */
const NOUN_OF_VERB = new Map<string, string>(
  (
    'preparation:prepare declaration:declare explanation:explain submission:submit extension:extend ' +
    'expansion:expand reduction:reduce deletion:delete completion:complete selection:select correction:correct ' +
    'collection:collect inspection:inspect detection:detect prediction:predict ' +
    'restriction:restrict inclusion:include ' +
    'exclusion:exclude discussion:discuss suspension:suspend analysis:analyze proposal:propose ' +
    'refusal:refuse deferral:defer payment:pay deployment:deploy improvement:improve replacement:replace ' +
    'assessment:assess enrollment:enroll installation:install implementation:implement confirmation:confirm ' +
    'registration:register consultation:consult delivery:deliver recovery:recover discovery:discover ' +
    'failure:fail closure:close disclosure:disclose growth:grow adoption:adopt insertion:insert ' +
    'extraction:extract execution:execute contribution:contribute resolution:resolve'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * British spellings no ending rule covers, to the American: `grey` is `gray`. (The regular
 * ones, -ise, -our, -tre, -logue, -yse, -ence, are read by {@link stem}.)
 */
const BRITISH = new Map<string, string>(
  (
    'grey:gray greys:grays greyed:grayed judgement:judgment enrolment:enrollment enrol:enroll enrols:enrolls fulfil:fulfill ' +
    'fulfils:fulfills fulfilment:fulfillment instalment:installment ageing:aging mould:mold sceptical:skeptical ' +
    'aluminium:aluminum tyre:tire tyres:tires storey:story storeys:stories plough:plow manoeuvre:maneuver whilst:while ' +
    'amongst:among learnt:learn spelt:spell'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** A light English stemmer: plural, -ing, -ed, -ation, final e. Enough to match inflections, no more. */
export function stem(word: string): string {
  let w = IRREGULAR.get(word) ?? BRITISH.get(word) ?? word;
  // An abbreviation's plural: `PRs`, `PMs` (two letters with no vowel, and an s).
  if (w.length === 3 && w.charCodeAt(2) === 115 && !/[aeiouy]/.test(w.slice(0, 2))) return w.slice(0, 2);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  const verb = NOUN_OF_VERB.get(w) ?? (w.endsWith('s') ? NOUN_OF_VERB.get(w.slice(0, -1)) : undefined);
  if (verb !== undefined) w = verb;
  // `-ies` and `-ied` are `-y`: applies, applied, apply.
  if ((w.endsWith('ies') || w.endsWith('ied')) && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // British spellings: organise, catalogue, colour, analyse, licence, defence.
  w = w.replace(/([tb])re$/, '$1er').replace(/is(e|ed|ing|ation)$/, 'iz$1').replace(/logue$/, 'log').replace(/our$/, 'or').replace(/yse$/, 'yze').replace(/([cf])ence$/, '$1ense');
  if (w.endsWith('ing') && w.length - 3 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length - 2 >= 3) w = w.slice(0, -2);
  // The verb of -ization and -ification is the -ize and -ify verb: optimization, verification.
  // (An organization is a body, not the act of organising.)
  else if (w.endsWith('ization') && w.length - 7 >= 3 && !w.startsWith('organ')) w = w.slice(0, -5) + 'e';
  else if (w.endsWith('ification') && w.length - 9 >= 2) w = w.slice(0, -9) + 'ify';
  else if (w.endsWith('ation') && w.length - 5 >= 3) w = w.slice(0, -5) + 'ate';
  else if ((w.endsWith('val') || w.endsWith('wal')) && w.length - 2 >= 3) w = w.slice(0, -2);
  // A final e goes from four letters on, so `move`, `moved` and `moving` are one stem.
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  // Doubled final consonant left by -ing/-ed: planning → plann → plan.
  if (/([bdgklmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYMS) {
  const name = stem(group[0]);
  for (const w of group) {
    SYNONYM_OF.set(w, name);
    SYNONYM_OF.set(stem(w), name);
  }
}

const POLE_OF = new Map<string, string>();
OPPOSITES.forEach(([a, b], i) => {
  for (const w of a) POLE_OF.set(stem(w), `${i}:0`);
  for (const w of b) POLE_OF.set(stem(w), `${i}:1`);
});

/** Abbreviation ↔ expansion: a text with either form has both in its word set. */
const ABBREVIATIONS: [string, string][] = [
  ['gtm', 'go[\\s-]+to[\\s-]+market'],
  ['bd', 'business development'],
  ['pm', 'product manage(?:r|ment)'],
  ['se', 'systems? engineer'],
  ['poc', 'proof[\\s-]+of[\\s-]+concept'],
  ['hr', 'human resources'],
  ['ai', 'artificial intelligence'],
];
const ABBREVIATION_RE = new RegExp(ABBREVIATIONS.map(([, re]) => `\\b(${re})`).join('|'), 'g');

const ABBREVIATION_HINT = /market|develop|manage|engineer|proof|human|artificial/;

function addAbbreviations(folded: string, words: Set<string>): void {
  if (!ABBREVIATION_HINT.test(folded)) return;
  ABBREVIATION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ABBREVIATION_RE.exec(folded)) !== null) {
    for (let i = 1; i <= ABBREVIATIONS.length; i++) if (m[i] !== undefined) words.add(ABBREVIATIONS[i - 1][0]);
  }
}

// ─── Names ───────────────────────────────────────────────────────────────────

/** Words that start an action item; capitalised at the start they are not names. */
const COMMON_STARTS = new Set(
  (
    'send email ping call share schedule set ask follow review update create draft confirm check reach meet introduce invite book ' +
    'plan prepare provide engage identify define initiate start finalize finalise complete submit write read discuss connect coordinate ' +
    'align sync get make add remove move text message loop tell remind contact talk present escalate approve reject evaluate explore ' +
    'investigate research build deliver document catalog catalogue stand work have pull onboard hire open close decide setup order buy ' +
    'pay invoice sign negotiate test deploy migrate enable disable track monitor run find collect gather compile summarize summarise ' +
    'clarify verify validate fix resolve do don\'t never avoid stop keep use put give take bring go see look ' +
    'the a an this that these those all each every no not our their his her its my your we they he she it there here ' +
    'proceed initial focus mutual agreed agree decision decided next new key potential target cloud network compensation ' +
    'comp final exact unclear role will ' +
    // More verbs an item starts with: capitalised first, and before a name or `to`, they are no one.
    'let inform notify alert reply respond answer demo showcase speak configure provision install countersign transition ' +
    'transfer hand tidy clean purchase procure sched prep file log raise lower reduce increase decrease cut extend renew ' +
    'terminate cancel postpone delay push reschedule shift expedite upgrade downgrade import export encrypt decrypt ' +
    'archive restore block unblock lock unlock revoke veto accept decline refuse deny publish release ship launch ' +
    'announce brief train coach support help thank welcome congratulate interview recruit assign delegate transfer ' +
    'forward reply upload download install uninstall integrate connect disconnect merge split map estimate quote price ' +
    'budget forecast prioritize prioritise scope outline capture record note flag highlight raise surface share circulate ' +
    'distribute respond draft prep finish wrap close handle own lead drive push nudge ping remind tell inform'
  ).split(/\s+/),
);
/** A capitalised first word followed by one of these is a name (`Alice to send…`). */
const NAME_FOLLOWERS = new Set(['to', 'will', 'should', 'shall', 'must', 'can', 'and', 'has', 'is', 'was', 'owns', 'needs', 'said', 'agreed', 'asked', 'wants', 'plans', 'leads']);
const NOT_NAMES = new Set(['i', 'ok', 'okay', 'tbd', 'eod', 'eow', 'eom', 'asap', 'fyi', 'n/a', 'na']);

const MONTH_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/;
const WEEKDAY_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/;
/** Abbreviations whose full stop does not end a sentence. */
const NOT_SENTENCE_END = /^(?:e\.g|i\.e|g|e|vs|etc|approx|incl|esp|mr|mrs|ms|dr|st|no)\.$/i;

const CAPITALISED = /\p{Lu}[\p{L}\p{N}&]*(?:'[\p{L}]+)?/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
const UPPER_FIRST = /^\p{Lu}/u;
const NEXT_WORD = /[^\p{L}\n]{0,3}?([\p{L}][\p{L}'&]*)/uy;
const WORD_BEFORE = /([\p{L}.]+)$/u;

/** True when the word at `at` starts a sentence: nothing before it, or a sentence mark that is not an abbreviation's full stop. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '(' || text[i] === '"' || text[i] === "'")) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === ':' || c === ';' || c === '!' || c === '?') return true;
  if (c === '-' || c === '*' || c === '+' || c === '>') return text.slice(0, i).trim() === '';
  if (c !== '.') return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, i - 12), i + 1));
  return !before || !NOT_SENTENCE_END.test(before[1]);
}

/**
 * The names of a text, each once, folded, from its name words (see `nameWords`: a capitalised
 * first word counts only when it is clearly a name — not a usual first word, and followed by
 * another capitalised word, a possessive or a word like `to` / `will`, `Alice to send…`).
 */
function namesOf(words: readonly NameWord[]): string[] {
  const names: string[] = [];
  for (const n of words) names.push(n.folded);
  return names.length > 1 ? [...new Set(names)] : names;
}

/** One capitalised word read as (part of) a name. */
interface NameWord {
  folded: string;
  at: number;
  end: number;
  possessive: boolean;
}

/** Where the next ASCII capital at or after `from` stands; -1 when there is none. */
function nextCapital(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return i;
  }
  return -1;
}

/** The end of the capitalised word at `at` in ASCII text, as CAPITALISED reads it: letters, digits and `&`, then `'` and letters. */
function capitalisedEnd(s: string, at: number): number {
  let j = at + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 38)) break;
    j++;
  }
  if (s.charCodeAt(j) === 39 && j + 1 < s.length && isAsciiLetter(s.charCodeAt(j + 1))) {
    j += 2;
    while (j < s.length && isAsciiLetter(s.charCodeAt(j))) j++;
  }
  return j;
}

/** The capitalised words that name someone or something, with where they stand. */
function nameWords(clean: string): NameWord[] {
  const out: NameWord[] = [];
  // ASCII text is read by character codes; other text by the regex, which knows every script's capitals.
  const ascii = !NON_ASCII.test(clean);
  CAPITALISED.lastIndex = 0;
  let from = 0;
  for (;;) {
    let at: number;
    let w: string;
    if (ascii) {
      at = nextCapital(clean, from);
      if (at < 0) break;
      from = capitalisedEnd(clean, at);
      w = clean.slice(at, from);
    } else {
      const m = CAPITALISED.exec(clean);
      if (m === null) break;
      at = m.index;
      w = m[0];
    }
    // Inside a word (`iPhone`, `McDonald`) the capital is not a word start.
    if (at > 0 && WORD_CHAR.test(clean[at - 1])) continue;
    const possessive = w.endsWith("'s") || w.endsWith("'S");
    const bare = possessive ? w.slice(0, -2) : w;
    const folded = NON_ASCII.test(bare) ? foldAccents(bare) : bare.toLowerCase();
    if (folded.length < 2 || DIGIT.test(folded) || NOT_NAMES.has(folded) || UNITS[folded] || MULTIPLIERS[folded]) continue;
    if (MONTH_NAME.test(folded) || WEEKDAY_NAME.test(folded)) continue;
    if (startsSentence(clean, at)) {
      if (COMMON_STARTS.has(folded)) continue;
      NEXT_WORD.lastIndex = at + w.length;
      const next = NEXT_WORD.exec(clean);
      const nextWord = next ? next[1] : null;
      const nextIsName = nextWord !== null && UPPER_FIRST.test(nextWord);
      const follower = nextWord !== null && NAME_FOLLOWERS.has(nextWord.toLowerCase());
      if (!nextIsName && !follower && !possessive) continue;
    }
    out.push({ folded, at, end: at + w.length, possessive });
  }
  return out;
}

const HAS_LOWER = /\p{Ll}/u;
/** Words that bring in who an item is with or for. */
const PARTY_WORD = /(?:^|[^\p{L}])(?:with|and|to|from|between|versus|vs|against)\s+(?:the\s+)?$/iu;
/** Words that introduce examples: what follows them, to the end of the clause, is detail. */
const EXAMPLE_WORD = /\b(?:including|incl|e\.?\s?g|i\.?\s?e|such as|like|for example|for instance|especially|notably|namely)\b/i;
/** The end of a clause, where an example list stops: a full stop not in `e.g.` / `i.e.`, or `;` `:` `!` `?`. */
const CLAUSE_END = /(?:^|[^.]\b[a-z]{2,}|[^a-z.])[.;:!?]/gi;

/**
 * Name groups (adjacent name words) brought in as parties; see {@link NormalizedText.parties}.
 * `all` are the text's name words and `lead` where its owner lead ends, when already read.
 */
function extractParties(clean: string, all: readonly NameWord[] = nameWords(clean), lead: number = textOwner(clean)?.end ?? 0): string[] {
  // Names in the owner lead ("Ana and Bo to …") are who does the item, not whom it is with.
  const words = all.filter((w) => w.at >= lead);
  const parties: string[] = [];
  let k = 0;
  while (k < words.length) {
    // A group: name words separated by nothing but spaces (`Orbis Freight`).
    let last = k;
    while (last + 1 < words.length && !words[last].possessive && /^ +$/.test(clean.slice(words[last].end, words[last + 1].at))) last++;
    const start = words[k].at;
    const group = words.slice(k, last + 1);
    k = last + 1;
    const lastWord = group[group.length - 1];
    // A plural's possessive is an apostrophe alone: "Keswick Foods' team".
    const pluralPossessive = !lastWord.possessive && pluralPossessiveAt(clean, lastWord.end);
    if (lastWord.possessive || pluralPossessive) {
      // "Orbis's team" is Orbis; "Orbis's competitor", "Ana's manager" is someone else, named by the word after.
      const other = RELATION.exec(clean.slice(lastWord.end + (pluralPossessive ? 1 : 0)));
      if (other && PARTY_WORD.test(clean.slice(Math.max(0, start - 16), start)) && !insideParentheses(clean, start) && !afterExampleWord(clean, start)) parties.push(other[1].toLowerCase());
      continue;
    }
    // Acronyms alone (`with SSO`) are more often features and products than parties.
    if (group.every((w) => !HAS_LOWER.test(clean.slice(w.at, w.end)))) continue;
    if (!PARTY_WORD.test(clean.slice(Math.max(0, start - 16), start))) continue;
    if (insideParentheses(clean, start) || afterExampleWord(clean, start)) continue;
    parties.push(group.map((w) => w.folded).join(' '));
  }
  return parties;
}

/** True when a word ending in `s` at `end` is followed by an apostrophe alone: a plural's possessive (`Foods'`). */
function pluralPossessiveAt(text: string, end: number): boolean {
  const q = text.charCodeAt(end);
  if (q !== 39 && q !== 0x2019) return false;
  if ((text.charCodeAt(end - 1) | 32) !== 115) return false;
  return end + 1 >= text.length || !WORD_CHAR.test(text[end + 1]);
}

/** Words for another party named through one (`Orbis's competitor`, `Ana's manager`), right after a possessive. */
const RELATION =
  /^\s+((?:competitor|rival|parent|subsidiar(?:y|ie)|customer|client|partner|reseller|investor|auditor|supplier|vendor|manager|boss|assistant|deputy|successor|predecessor|replacement)s?)\b/i;

/**
 * Where an item goes and where it comes from, as `from:word` and `to:word`: the word after
 * `from`, and after `to` / `into` / `onto` / `towards`, when it names something (a capital,
 * a weekday). "Migrate from AWS to Azure" and "from Azure to AWS" have the same words.
 */
const DIRECTION = /(?:^|[^\p{L}\p{N}])([Ff]rom|[Tt]o|[Ii]nto|[Oo]nto|[Tt]owards?)\s+(?:the\s+|our\s+|their\s+)?(\p{Lu}[\p{L}\p{N}&-]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/gu;
const DIRECTION_HINT = /\b(?:[Ff]rom|[Tt]o|[Ii]nto|[Oo]nto|[Tt]owards?)\s/;

function extractDirections(clean: string): string[] {
  if (!DIRECTION_HINT.test(clean)) return NONE;
  const out: string[] = [];
  DIRECTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTION.exec(clean)) !== null) {
    const prep = m[1].toLowerCase() === 'from' ? 'from' : 'to';
    const word = NON_ASCII.test(m[2]) ? foldAccents(m[2]) : m[2].toLowerCase();
    // "to Thursdays" is to Thursday; "Orbis's" is Orbis.
    const d = `${prep}:${word.replace(/['’]s$/, '').replace(/(day)s$/, '$1')}`;
    if (!out.includes(d)) out.push(d);
  }
  return out.length > 0 ? out : NONE;
}

function insideParentheses(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/** True when an example word (`including`, `e.g.`, `such as`) comes before `at` in the same clause. */
function afterExampleWord(text: string, at: number): boolean {
  const before = text.slice(0, at);
  let clauseStart = 0;
  CLAUSE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(before)) !== null) clauseStart = m.index + m[0].length;
  return EXAMPLE_WORD.test(before.slice(clauseStart));
}

/**
 * The owner a text names at its start: one to three capitalised words, bare, bold or in
 * parentheses, then a word that hands them the item (`Ana to send…`, `Ana will…`, `Ana
 * needs to…`, `Ana'll…`: firm) or a separator (`Ana: send…`, `**Ana** – send…`, `(Ana)
 * send…`: loose, since a topic label is written the same way). "Deck to be sent by Ana" is
 * passive: its subject is the thing, not a person. A usual first word is no one.
 */
/** One name in an owner lead: up to three capitalised words. */
const OWNER_NAME = "\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2}";
/** Names in an owner lead: one or several (`Ana and Bo`, `Ana/Bo`, `Ana & Bo`), or someone's team (`Ana's team`). */
const OWNER_NAMES = `(${OWNER_NAME}(?:\\s*(?:,|&|/|\\band\\b)\\s*${OWNER_NAME})*)(?:['’]s\\s+team)?`;
const OWNER_FIRM = new RegExp(
  `^[\\s>*_[-]*${OWNER_NAMES}(?:\\*\\*|__)?(?:\\s+(?:to|will|should|shall|must|needs?\\s+to|has\\s+to|is\\s+to|are\\s+to)\\s+(?!be\\b)|'ll\\s)`,
  'u',
);
const OWNER_LOOSE = new RegExp(`^[\\s>*_[-]*(?:\\(${OWNER_NAMES}\\)\\s|${OWNER_NAMES}(?:\\*\\*|__)?\\s*(?::|[-–—]\\s))`, 'u');
/** Crowds, not owners: "Team to review…", "All to read…". */
const CROWD_WORDS = new Set(['team', 'everyone', 'everybody', 'all', 'both', 'group', 'folks', 'others']);

/** See {@link NormalizedText.owner}. */
export interface TextOwner {
  /** The names' words, folded. */
  words: readonly string[];
  /** Their token numbers: the owner is who does the item, not what it says. */
  ids: readonly number[];
  /** Named with a word that hands them the item (`to`, `will`), not only set before it (`Ana:`). */
  firm: boolean;
  /** Where the owner lead ends in the text. */
  end: number;
  /** The note-taker speaks for themself (`I'll send…`, `I need to…`): the vault owner, whose name the words do not give. */
  self?: boolean;
}

/** The note-taker as who does the item: "I'll send…", "I will…", "I need to…", "I'm going to…". */
const FIRST_PERSON = /^[\s>*_[-]*I(?:'ll|'m\s+going\s+to|\s+(?:will|shall|should|must|can|(?:need|have|want)\s+to|am\s+(?:going\s+)?to|to))\s/;

/** The first word of a text, lower-cased, past list and emphasis marks: most items start with a verb, and no owner lead does. */
function firstWord(clean: string): string {
  let i = 0;
  while (i < clean.length && ' \t>*_([-'.includes(clean[i])) i++;
  let j = i;
  while (j < clean.length && isAsciiLetter(clean.charCodeAt(j))) j++;
  return clean.slice(i, j).toLowerCase();
}

function textOwner(clean: string): TextOwner | null {
  const first = firstWord(clean);
  if (COMMON_STARTS.has(first)) return null;
  if (first === 'i') {
    const me = FIRST_PERSON.exec(clean);
    return me ? { words: NONE, ids: NONE_IDS, firm: true, end: me[0].length, self: true } : null;
  }
  let firm = true;
  let m = OWNER_FIRM.exec(clean);
  let name = m?.[1];
  if (!m) {
    firm = false;
    m = OWNER_LOOSE.exec(clean);
    name = m?.[1] ?? m?.[2];
  }
  if (!m || !name) return null;
  const words = (NON_ASCII.test(name) ? foldAccents(name) : name.toLowerCase()).split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 1 && w !== 'and');
  const lead0 = words[0];
  if (!lead0 || COMMON_STARTS.has(lead0) || NOT_NAMES.has(lead0) || STOP.has(lead0) || MONTH_NAME.test(lead0) || WEEKDAY_NAME.test(lead0)) return null;
  // Every word of the lead but the one handing the item on: the names, and `team` in "Ana's team".
  const ids: number[] = [];
  const lead = m[0];
  for (const w of (NON_ASCII.test(lead) ? foldAccents(lead) : lead.toLowerCase()).split(/[^\p{L}\p{N}]+/u)) {
    const info = w.length > 1 ? wordInfo(w) : STOP_WORD;
    if (info.token !== null && !ids.includes(info.id)) ids.push(info.id);
  }
  // A crowd ("Team to review…") does the item without being anyone to compare.
  return { words: CROWD_WORDS.has(lead0) ? NONE : words, ids, firm, end: lead.length };
}

// ─── Actions ─────────────────────────────────────────────────────────────────

/** Words after which the next content word is in a verb's place: "to send", "and send", "will send", "be sent". */
const HANDS_ON = new Set(['to', 'and', 'then', 'or', 'will', 'shall', 'should', 'must', 'can', 'could', 'would', 'please', 'be', 'been', 'being', 'also', '&', '+', "'ll"]);
/** Words before the verb that are not it: `Quickly send…`, `TODO send…`, `Also send…`. */
const NOT_THE_VERB = new Set(['todo', 'action', 'asap', 'urgent', 'first', 'still', 'next', 'step', 'item', 'follow-up', 'reminder']);
/** Words after which the next is a thing, not an action: "a review", "the launch", "our rollout". */
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'my', 'your']);
/** Stop words that are the item's verb (`get`, `have`, `make sure`): no token stands for them. */
const LEAD_STOPS = new Set(['get', 'gets', 'got', 'getting', 'have', 'has', 'had', 'do', 'does', 'did', 'make', 'makes', 'ensure']);
/** Words that end the lead's object: what follows is whom, where, when or what for. */
const OBJECT_ENDS = new Set(['for', 'of', 'on', 'about', 'to', 'with', 'in', 'into', 'from', 'at', 'by', 'before', 'after', 'during', 'regarding', 'so', 'and', 'or', 'as', 'via', 'per', 'until', 'once', 'if', 'when']);
/** Per ASCII character: 1 when it ends a clause (sentence marks, brackets), 2 between words (spaces, commas, quotes, emphasis), 3 a dash, 4 trimmed from a word's ends. */
const ACTION_CHAR = new Uint8Array(128);
for (const c of '.;:!?()[]{}') ACTION_CHAR[c.charCodeAt(0)] = 1;
for (const c of ' \t\n\r,"*_`~') ACTION_CHAR[c.charCodeAt(0)] = 2;
ACTION_CHAR[45] = 3;
for (const c of "'/") ACTION_CHAR[c.charCodeAt(0)] = 4;
const CLAUSE_MARK = 1;
const GAP = 2;
const DASH = 3;

/** What the character at `i` is to {@link actionsOf}: see ACTION_CHAR (0 for a word's letter). */
function actionChar(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ACTION_CHAR[c];
  return c === 0xa0 ? GAP : c === 0x2013 || c === 0x2014 ? DASH : 0;
}

/** The length of the clause break at `i`: a mark, or a run of dashes between spaces; 0 for none. */
function clauseBreakAt(s: string, i: number): number {
  const kind = actionChar(s, i);
  if (kind === CLAUSE_MARK) return 1;
  if (kind !== DASH || i === 0 || actionChar(s, i - 1) !== GAP) return 0;
  let k = i + 1;
  while (k < s.length && actionChar(s, k) === DASH) k++;
  return k < s.length && actionChar(s, k) === GAP ? k - i : 0;
}

/**
 * See {@link Actions}: read from the text past its owner lead (`from`), in one pass over its
 * characters (items are compared closely by the thousand). `plain` says the text holds no
 * phrase to fold (the plain pass read it): most items. With `headOnly` the reading stops
 * where the lead's object ends: the verbs and things are then only those read so far.
 */
function actionsOf(clean: string, from: number, plain: boolean, headOnly: boolean): Actions {
  const lower = NON_ASCII.test(clean) ? foldAccents(clean.slice(from)) : clean.slice(from).toLowerCase();
  const s = plain ? lower : foldPhrases(lower);
  const n = s.length;
  // A first clause before a colon is a label when more follows ("Next step: book the review").
  let labelled = false;
  const colon = s.indexOf(':');
  if (colon > 0 && colon <= 40 && s.slice(colon + 1).trim() !== '') {
    labelled = true;
    for (let i = 0; i < colon && labelled; i++) if (clauseBreakAt(s, i) > 0) labelled = false;
  }
  let lead = -1;
  const verbs: number[] = [];
  const object: number[] = [];
  const things: number[] = [];
  /** 1 while the words after the lead are its object, 2 once it has ended. */
  let objectState = 0;
  let clause = 0;
  let handed = true;
  let article = false;
  /** The token after an article, until the next word says whether it is named as a thing. */
  let named = -1;
  let i = 0;
  while (i < n) {
    const br = clauseBreakAt(s, i);
    if (br > 0) {
      clause++;
      handed = true;
      article = false;
      named = -1;
      if (objectState === 1) objectState = 2;
      if (headOnly && objectState === 2) break;
      i += br;
      continue;
    }
    if (actionChar(s, i) === GAP) {
      i++;
      continue;
    }
    let j = i + 1;
    for (let kind = actionChar(s, j); j < n && kind !== GAP && kind !== CLAUSE_MARK; kind = actionChar(s, ++j));
    let a = i;
    let b = j;
    i = j;
    // A word's ends trimmed as the tokeniser trims them: `'`, `/`, `-`.
    while (a < b && actionChar(s, a) >= DASH) a++;
    while (b > a && actionChar(s, b - 1) >= DASH) b--;
    if (a === b) continue;
    const word = s.slice(a, b);
    if (objectState === 1 && OBJECT_ENDS.has(word)) objectState = 2;
    if (headOnly && (objectState === 2 || lead === -2)) break;
    if (named >= 0 && (word === 'of' || word === 'for') && !things.includes(named)) things.push(named);
    named = -1;
    const afterArticle = article;
    article = ARTICLES.has(word);
    // A verb no token stands for ("Get the form back") leaves the lead unknown.
    if (lead === -1 && handed && LEAD_STOPS.has(word)) lead = -2;
    if (HANDS_ON.has(word) || word.endsWith("'ll")) {
      handed = true;
      continue;
    }
    const info = wordInfo(word);
    if (info.token === null) continue;
    const adverb = word.length > 4 && word.endsWith('ly');
    if (handed && (adverb || NOT_THE_VERB.has(word))) continue;
    // A word in -ing after another ("owns sending", "start preparing") is a verb too.
    if ((handed || word.endsWith('ing')) && !verbs.includes(info.id)) verbs.push(info.id);
    if (objectState === 1) object.push(info.id);
    if (afterArticle) named = info.id;
    if (handed && lead === -1 && !afterArticle && !(labelled && clause === 0)) {
      lead = info.id;
      objectState = 1;
    }
    handed = false;
  }
  // Spelled-out abbreviations read as the abbreviation, as in the item's tokens.
  return { lead: Math.max(lead, -1), verbs, object: object.length > 1 ? [...new Set(foldSpelledOut(object, object.length))] : object, things };
}

// ─── Token numbers ───────────────────────────────────────────────────────────

/**
 * Every token ever made gets a small integer, stable for the life of the process:
 * blocking, document frequencies and weights then work on arrays indexed by number
 * instead of maps keyed by string. The table holds distinct stems, not texts, so it
 * stays the size of the vocabulary.
 */
const TOKEN_IDS = new Map<string, number>();
const TOKENS: string[] = [];

/** The number of a token, assigned on first sight. */
export function tokenId(token: string): number {
  let id = TOKEN_IDS.get(token);
  if (id === undefined) {
    id = TOKENS.length;
    TOKEN_IDS.set(token, id);
    TOKENS.push(token);
  }
  return id;
}

/** How many token numbers exist so far: arrays indexed by token number need this length. */
export function tokenCount(): number {
  return TOKENS.length;
}

/** The token a token number stands for. */
export function tokenOf(id: number): string {
  return TOKENS[id];
}

/** The token number a folded word reads as (stemmed, synonyms merged); -1 for a stop word. */
export function wordTokenId(word: string): number {
  return wordInfo(word).id;
}

// ─── Content words, cheaply ──────────────────────────────────────────────────

/**
 * Words already read by {@link contentTokenIds}: an open-addressing table keyed by two
 * independent 32-bit hashes of the lower-cased word (a false match needs both to
 * collide), holding the word's token number. A cache: cleared when half full.
 */
const SCAN_BITS = 18;
const SCAN_MASK = (1 << SCAN_BITS) - 1;
const SCAN_H1 = new Int32Array(1 << SCAN_BITS);
const SCAN_H2 = new Int32Array(1 << SCAN_BITS);
const SCAN_ID = new Int32Array(1 << SCAN_BITS);
const SCAN_USED = new Uint8Array(1 << SCAN_BITS);
let scanFill = 0;

/** The character code folded to lower case for ASCII letters; 0 for anything that is not an ASCII letter or digit. */
function wordCode(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c | 32;
  if (c >= 48 && c <= 57) return c;
  return 0;
}

/** The token number of the word `text[start, end)` with hashes `h1`, `h2`; -1 for a stop word. */
function scannedWord(text: string, start: number, end: number, h1: number, h2: number): number {
  let slot = h1 & SCAN_MASK;
  while (SCAN_USED[slot] === 1) {
    if (SCAN_H1[slot] === h1 && SCAN_H2[slot] === h2) return SCAN_ID[slot];
    slot = (slot + 1) & SCAN_MASK;
  }
  const word = text.slice(start, end).toLowerCase();
  // A number is a token of its own, as a quantity is in `normalizeText`.
  const id = word.charCodeAt(0) <= 57 ? tokenId('#' + word) : wordInfo(word).id;
  if (scanFill >= SCAN_MASK >> 1) {
    SCAN_USED.fill(0);
    scanFill = 0;
    slot = h1 & SCAN_MASK;
  }
  SCAN_USED[slot] = 1;
  SCAN_H1[slot] = h1;
  SCAN_H2[slot] = h2;
  SCAN_ID[slot] = id;
  scanFill++;
  return id;
}

/**
 * The token numbers of a text's content words, repeats included, pushed onto `out`:
 * the same stems and synonyms as {@link normalizeText}, but read in one pass over the
 * characters with no markup stripping, quantities, names or guards. Enough to tell
 * whether two notes talk about the same things, at a fraction of the cost.
 * `@Assignee` names (with up to two more capitalised words) and `#tags` are skipped.
 */
export function contentTokenIds(text: string, out: number[]): void {
  // A dedupe's mark and block id are not what the note says (see marks.ts).
  const raw = text.includes('^') || text.includes('(duplicate of [[') ? ownWords(text) : text;
  const from = out.length;
  if (!scanWords(raw, out)) {
    // Accented letters: fold them and read again.
    out.length = from;
    scanWords(stripAccents(raw), out);
  }
}

/** Reads ASCII words into `out`; false (stopping early) at a letter outside ASCII, so the caller can fold first. */
function scanWords(s: string, out: number[]): boolean {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 64 || c === 35) {
      i = skipMention(s, i, c === 64);
      continue;
    }
    let d = wordCode(c);
    if (d === 0) {
      if (c >= 0xc0 && c < 0x2000) return false;
      i++;
      continue;
    }
    const start = i;
    let h1 = 0;
    let h2 = 0x9e3779b9 | 0;
    do {
      h1 = (Math.imul(h1, 31) + d) | 0;
      h2 = Math.imul(h2 ^ d, 0x01000193);
      d = ++i < n ? wordCode(s.charCodeAt(i)) : 0;
    } while (d !== 0);
    if (i < n && s.charCodeAt(i) >= 0xc0 && s.charCodeAt(i) < 0x2000) return false;
    const id = scannedWord(s, start, i, h1, h2);
    if (id >= 0) out.push(id);
  }
  return true;
}

/** Past `@Name Surname` (up to two more capitalised words) or `#tag` at `i`. */
function skipMention(s: string, i: number, person: boolean): number {
  const n = s.length;
  i++;
  for (let c = s.charCodeAt(i); i < n && (wordCode(c) !== 0 || c === 45 || c === 47 || c === 46 || c === 39); c = s.charCodeAt(++i));
  if (!person) return i;
  for (let more = 0; more < 2; more++) {
    let j = i;
    while (j < n && s.charCodeAt(j) === 32) j++;
    const c = s.charCodeAt(j);
    if (j === i || !(c >= 65 && c <= 90)) break;
    while (j < n && wordCode(s.charCodeAt(j)) !== 0) j++;
    i = j;
  }
  return i;
}

// ─── The whole normalisation ─────────────────────────────────────────────────

/** `fixText`, then the broken punctuation and Tasks emoji common enough to clean even without it. Plain ASCII is returned as it is. */
export function repairForComparison(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw;
  let s = mayBeMojibake(raw) ? fixText(raw) : raw;
  if (hasPunctuationToClean(s)) for (const [re, to] of PUNCT_MOJIBAKE) s = s.replace(re, to);
  return s;
}

/**
 * A cheap necessary condition for `fixText` to change anything: every repair starts at a
 * pair of adjacent characters outside ASCII, or at `Ã` (a lead byte whose partner was lost).
 * Ordinary prose with a lone dash or accent skips the repair module's scan.
 */
function mayBeMojibake(s: string): boolean {
  let previousHigh = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      previousHigh = false;
      continue;
    }
    if (previousHigh || c === 0xc3) return true;
    previousHigh = true;
  }
  return false;
}

/** Characters that start a pattern of {@link PUNCT_MOJIBAKE}: without one, its passes change nothing. */
const PUNCT_STARTS = new Set([..."ðğ\uF8FFüâ‚Â’‘`“”–—…"].map((ch) => ch.charCodeAt(0)));

function hasPunctuationToClean(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x80 || c === 96) && PUNCT_STARTS.has(c)) return true;
  }
  return false;
}

/** What a folded word contributes: its token and token number (null / -1 for a stop word) and its opposite-verb pole. */
interface WordInfo {
  token: string | null;
  id: number;
  pole: string | null;
}

const WORD_CACHE = new Map<string, WordInfo>();
const STOP_WORD: WordInfo = { token: null, id: -1, pole: null };

function wordInfo(word: string): WordInfo {
  let info = WORD_CACHE.get(word);
  if (info) return info;
  if (STOP.has(word) || word.length < 2) {
    // A stop word may still turn the item round (`include` / `exclude`).
    const pole = word.length < 2 ? undefined : POLE_OF.get(stem(word));
    info = pole ? { token: null, id: -1, pole } : STOP_WORD;
  } else {
    const st = stem(word);
    const token = SYNONYM_OF.get(word) ?? SYNONYM_OF.get(st) ?? st;
    info = { token, id: tokenId(token), pole: POLE_OF.get(st) ?? null };
  }
  if (WORD_CACHE.size > 50_000) WORD_CACHE.clear();
  WORD_CACHE.set(word, info);
  return info;
}


const SPLIT = /[^a-z0-9'/-]+/;
const NONE: string[] = [];
const NONE_IDS: readonly number[] = [];
const NO_COMPOUNDS: { joined: string; parts: string[] }[] = [];
/** Cheap test before the month / weekday / number-word pass. */
/** Cheap test before the passes for relative periods and frequencies whose words the other hints miss. */
const PERIOD_HINT = /quarter|qtr|sprint|release|cycle|half|fy|fiscal|every|each|times|daily|annually/;
const WORD_QUANTITY_HINT = /first|second|third|fifth|ninth|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|mon|tue|thu|fri|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|hundred|dozen/;
const EDGE = /^['/-]|['/-]$/;
const EDGES = /^['/-]+|['/-]+$/g;
const HAS_JOINER = /[-/]/;
const JOINED_LETTERS = /[a-z][-/][a-z]/;
const JOINERS = /[-/]+/;

/** Tokens (unique, first-seen order) and poles as a text's words are read. */
interface Accumulator {
  tokens: string[];
  ids: number[];
  poles: string[];
  /** Every content word's token number in order, repeats and all, for reading spelled-out abbreviations. */
  seq: number[];
  /** Some word may start a spelled-out abbreviation. */
  spelled: boolean;
}

function addWord(acc: Accumulator, word: string): void {
  const info = wordInfo(word);
  if (info.pole) acc.poles.push(info.pole);
  if (info.token === null) return;
  acc.seq.push(info.id);
  if (startsSpelledOut(info.id)) acc.spelled = true;
  if (!acc.ids.includes(info.id)) {
    acc.ids.push(info.id);
    acc.tokens.push(info.token);
  }
}

/** A folded text's words, each as the tokeniser sees it: edges trimmed, compounds whole. */
function eachWord(folded: string, visit: (word: string) => void): void {
  for (const w of folded.split(SPLIT)) {
    if (!w) continue;
    const word = EDGE.test(w) ? w.replace(EDGES, '') : w;
    if (word) visit(word);
  }
}

// ─── Abbreviations spelled out ───────────────────────────────────────────────

/**
 * Abbreviations of business and engineering notes, and what they stand for. One note-taker
 * writes "QBR", another "quarterly business review": the words spelled out, in order (stop
 * words aside), read as the abbreviation's token. Each form is read as the tokeniser reads
 * text, synonyms and stems included, so "requests for proposals" is an RFP too.
 */
const SPELLED_OUT: [string, string[]][] = [
  ['qbr', ['quarterly business review']],
  ['mbr', ['monthly business review']],
  ['ebr', ['executive business review']],
  ['nda', ['non-disclosure agreement', 'nondisclosure agreement', 'non disclosure agreement']],
  ['msa', ['master services agreement', 'master service agreement', 'master subscription agreement']],
  ['dpa', ['data processing agreement', 'data processing addendum', 'data protection agreement']],
  ['sla', ['service level agreement', 'service-level agreement']],
  ['rfp', ['request for proposal']],
  ['rfi', ['request for information']],
  ['rfq', ['request for quote', 'request for quotation']],
  ['arr', ['annual recurring revenue']],
  ['mrr', ['monthly recurring revenue']],
  ['acv', ['annual contract value']],
  ['tcv', ['total contract value']],
  ['tco', ['total cost of ownership']],
  ['roi', ['return on investment']],
  ['kpi', ['key performance indicator']],
  ['okr', ['objectives and key results', 'objective and key result']],
  ['prd', ['product requirements document', 'product requirements doc', 'product requirement document']],
  ['eta', ['estimated time of arrival']],
  ['crm', ['customer relationship management']],
  ['erp', ['enterprise resource planning']],
  ['mvp', ['minimum viable product']],
  ['uat', ['user acceptance testing', 'user acceptance test']],
  ['qa', ['quality assurance']],
  ['csm', ['customer success manager']],
  ['faq', ['frequently asked questions']],
  ['rca', ['root cause analysis']],
  ['sso', ['single sign-on', 'single sign on']],
  ['ga', ['general availability', 'generally available']],
  ['pto', ['paid time off']],
  ['nps', ['net promoter score']],
  ['api', ['application programming interface']],
  ['vp', ['vice president']],
  ['ceo', ['chief executive officer']],
  ['cfo', ['chief financial officer']],
  ['cto', ['chief technology officer', 'chief technical officer']],
  ['coo', ['chief operating officer']],
  ['cro', ['chief revenue officer']],
  ['ciso', ['chief information security officer']],
  // Engineering and sales shorthand.
  ['pr', ['pull request']],
  ['ci', ['continuous integration']],
  ['cd', ['continuous delivery', 'continuous deployment']],
  ['ui', ['user interface']],
  ['ux', ['user experience']],
  ['cx', ['customer experience']],
  ['sdk', ['software development kit']],
  ['sre', ['site reliability engineering', 'site reliability engineer']],
  ['saas', ['software as a service']],
  ['mfa', ['multi-factor authentication', 'multifactor authentication']],
  ['iam', ['identity and access management']],
  ['vpn', ['virtual private network']],
  ['pii', ['personally identifiable information']],
  ['ml', ['machine learning']],
  ['llm', ['large language model']],
  ['cdn', ['content delivery network']],
  ['yoy', ['year over year']],
  ['wip', ['work in progress']],
  ['tam', ['technical account manager']],
  ['ae', ['account executive']],
  ['sdr', ['sales development representative', 'sales development rep']],
  ['ic', ['individual contributor']],
  ['dri', ['directly responsible individual']],
];

interface SpelledOut {
  /** The token numbers the words read as, in order. */
  seq: readonly number[];
  /** The abbreviation's token number. */
  as: number;
}

/** Per token number: 1 when some spelled-out form starts with it. Token numbers of forms are made here, so all are below its length. */
let SPELLED_START = new Uint8Array(0);
/** Spelled-out forms by their first token number, longest first. */
const SPELLED_BY_START = new Map<number, SpelledOut[]>();
/** Per abbreviation's token number: the abbreviation and the words it stands for, added to a text's word set. */
const SPELLED_WORDS = new Map<number, string[]>();

/** The token numbers of a phrase's words, as {@link normalizeFull} reads them, repeats and all. */
function phraseIds(phrase: string): number[] {
  const seq: number[] = [];
  eachWord(foldPhrases(phrase), (word) => {
    for (const part of HAS_JOINER.test(word) ? word.split(JOINERS) : [word]) {
      const info = part ? wordInfo(part) : STOP_WORD;
      if (info.token !== null) seq.push(info.id);
    }
  });
  return seq;
}

for (const [abbreviation, forms] of SPELLED_OUT) {
  const as = wordInfo(abbreviation).id;
  const words = new Set([abbreviation]);
  for (const form of forms) {
    for (const w of form.split(/[\s-]+/)) if (!STOP.has(w)) words.add(w);
    const seq = phraseIds(form);
    if (seq.length < 2) continue;
    const list = SPELLED_BY_START.get(seq[0]) ?? [];
    list.push({ seq, as });
    list.sort((x, y) => y.seq.length - x.seq.length);
    SPELLED_BY_START.set(seq[0], list);
  }
  SPELLED_WORDS.set(as, [...words]);
}
SPELLED_START = new Uint8Array(tokenCount());
for (const first of SPELLED_BY_START.keys()) SPELLED_START[first] = 1;

/** True when token number `id` may start a spelled-out abbreviation. */
function startsSpelledOut(id: number): boolean {
  return id < SPELLED_START.length && SPELLED_START[id] === 1;
}

/** Token numbers in order, repeats and all, with each spelled-out abbreviation read as the abbreviation; `n` of `seq` are read. */
function foldSpelledOut(seq: readonly number[], n: number): number[] {
  const out: number[] = [];
  let k = 0;
  while (k < n) {
    let matched: SpelledOut | null = null;
    if (startsSpelledOut(seq[k])) {
      for (const form of SPELLED_BY_START.get(seq[k]) ?? []) {
        if (k + form.seq.length > n) continue;
        let all = true;
        for (let t = 1; t < form.seq.length && all; t++) if (seq[k + t] !== form.seq[t]) all = false;
        if (all) {
          matched = form;
          break;
        }
      }
    }
    if (matched) {
      out.push(matched.as);
      k += matched.seq.length;
    } else out.push(seq[k++]);
  }
  return out;
}

/** The words of `words` plus, for each abbreviation among `ids`, it and the words it stands for. */
function addSpelledWords(ids: readonly number[], words: Set<string>): void {
  for (const id of ids) {
    const extra = SPELLED_WORDS.get(id);
    if (extra) for (const w of extra) words.add(w);
  }
}

/**
 * A capital letter standing alone names one of several — vendor A, Plan B, option C, Site D —
 * and two such items are two items. `I` is a word; `A` counts only after a word and before
 * the end of the clause or a small word ("vendor A for the pilot", not "A follow-up call").
 */
const LETTER_ALONE = /(^|[^\p{L}\p{N}&'’./\\-])([A-HJ-Z])(?=$|[^\p{L}\p{N}&'’/\\-])/gu;
const HAS_CAPITAL_ALONE = /(?:^|[^A-Za-z0-9&'’./\\-])[A-HJ-Z](?:$|[^A-Za-z0-9&'’/\\-])/;
const WORD_BEFORE_A = /\p{L}\s+$/u;
const CLAUSE_GOES_ON = /^\s*(?:$|[.,;:!?)]|(?:for|to|in|on|and|or|with|by|vs|is|was|will|as|at|from|instead|over|under|than)\b)/i;

function letterLabels(clean: string): string[] {
  const out: string[] = [];
  LETTER_ALONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LETTER_ALONE.exec(clean)) !== null) {
    const letter = m[2];
    const at = m.index + m[1].length;
    const after = clean.slice(at + 1);
    // "U.S." is an abbreviation, not a label.
    if (/^\.\p{L}/u.test(after)) continue;
    if (letter === 'A' && !(WORD_BEFORE_A.test(clean.slice(0, at)) && CLAUSE_GOES_ON.test(after))) continue;
    const label = `l:${letter.toLowerCase()}`;
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

/** Case and accents folded, multi-word phrases joined and quantities lifted out: the text the tokens come from. */
function foldForTokens(clean: string, words: Set<string> | null): { quantities: string[]; rest: string; negated: boolean; hedged: boolean } {
  let folded = NON_ASCII.test(clean) ? foldAccents(clean) : clean.toLowerCase();
  const negated = isNegated(folded);
  const hedged = HEDGE.test(folded) || HEDGE_MAY.test(clean);
  if (words) addAbbreviations(folded, words);
  folded = foldPhrases(folded);
  if (folded.includes('quarter') || folded.includes('half')) folded = ordinalPeriods(folded);
  let { quantities, rest } = DIGIT.test(folded) || WORD_QUANTITY_HINT.test(folded) || UNIT_ALONE_HINT.test(folded) || PERIOD_HINT.test(folded) ? extractQuantities(folded, MAY_MONTH.test(clean)) : { quantities: NONE, rest: folded };
  if (HAS_CAPITAL_ALONE.test(clean)) {
    const letters = letterLabels(clean);
    if (letters.length > 0) quantities = [...new Set([...quantities, ...letters])];
  }
  return { quantities, rest, negated, hedged };
}

/**
 * Which pass read a text: the full one; the plain one, whose words are the runs of ASCII
 * letters; or the plain one with a phrase folded or a label lifted out, whose words are
 * read as the full pass reads them.
 */
type Reading = 0 | 1 | 2;
const FULL: Reading = 0;
const PLAIN: Reading = 1;
const PLAIN_FOLDED: Reading = 2;

/** The parts of a normalised text made only when first asked for. */
interface Lazy {
  tokens: string[] | null;
  /** The name words `names` was read from, kept for `parties`. */
  nameWords: NameWord[] | null;
  names: string[] | null;
  parties: string[] | null;
  words: Set<string> | null;
  tokenSet: Set<string> | null;
  signature: string | null;
  actions: Actions | null;
  head: Pick<Actions, 'lead' | 'object'> | null;
}

/**
 * One normalised text. Token numbers, quantities, negation and poles are made at once;
 * the tokens as strings, names, the word set, the token set and the signature only when
 * first asked for — most items are never compared closely enough to need them. A vault
 * keeps one of these per item, so it holds as little as it can: the lazy parts share one
 * object, made on first need.
 */
class Normalized implements NormalizedText {
  private lazy: Lazy | null = null;
  /** The owner, once read (see {@link NormalizedText.owner}); asked for every pair compared, so kept apart from the lazy parts. */
  private ownerRead: TextOwner | null | undefined = undefined;
  /** Where the item goes and comes from, once read (see {@link NormalizedText.directions}); asked for many pairs, so kept apart from the lazy parts. */
  private directionsRead: string[] | undefined = undefined;

  constructor(
    readonly ids: readonly number[],
    readonly quantities: string[],
    readonly negated: boolean,
    readonly hedged: boolean,
    readonly poles: string[],
    readonly compounds: { joined: string; parts: string[] }[],
    /**
     * The text with markup set aside and mojibake repaired, kept for the parts made on demand;
     * for a text the plain pass read, the raw text, whose `@Assignee` mentions are set aside on demand.
     */
    private readonly source: string,
    /** Which pass read the text (see {@link Reading}). */
    private readonly read: Reading,
  ) {}

  /** Forget the parts made on demand; they are made again when next asked for. */
  release(): void {
    this.lazy = null;
  }

  private get parts(): Lazy {
    return (this.lazy ??= { tokens: null, nameWords: null, names: null, parties: null, words: null, tokenSet: null, signature: null, actions: null, head: null });
  }

  /** The text the names and words are read from: markup set aside. */
  private get clean(): string {
    return this.read === FULL ? this.source : withoutMentions(this.source);
  }

  get tokens(): string[] {
    const lazy = this.parts;
    if (lazy.tokens === null) {
      const tokens: string[] = [];
      for (const id of this.ids) tokens.push(TOKENS[id]);
      lazy.tokens = tokens;
    }
    return lazy.tokens;
  }

  get names(): string[] {
    const lazy = this.parts;
    if (lazy.names === null) {
      lazy.nameWords = nameWords(this.clean);
      lazy.names = namesOf(lazy.nameWords);
    }
    return lazy.names;
  }

  get directions(): string[] {
    // Most items go nowhere by name: settled once, on the text as read, without setting mentions aside.
    return (this.directionsRead ??= DIRECTION_HINT.test(this.source) ? extractDirections(this.clean) : NONE);
  }

  get owner(): TextOwner | null {
    if (this.ownerRead === undefined) {
      // Most items start with a verb: they are settled without making the lazy parts.
      this.ownerRead = COMMON_STARTS.has(firstWord(this.source)) ? null : textOwner(this.clean);
    }
    return this.ownerRead;
  }

  get parties(): string[] {
    const lazy = this.parts;
    // The name words read for `names`, and the owner as read for every pair: neither is read twice.
    return (lazy.parties ??= this.names.length === 0 ? this.names : extractParties(this.clean, lazy.nameWords ?? undefined, this.owner?.end ?? 0));
  }

  get words(): Set<string> {
    const lazy = this.parts;
    if (lazy.words) return lazy.words;
    if (this.read === PLAIN) {
      const plain = plainWords(this.clean);
      addSpelledWords(this.ids, plain);
      return (lazy.words = plain);
    }
    const words = new Set<string>();
    eachWord(foldForTokens(this.clean, words).rest, (word) => {
      if (!HAS_JOINER.test(word)) addWordForm(words, word);
      else for (const part of word.split(JOINERS)) if (part) addWordForm(words, part);
    });
    addSpelledWords(this.ids, words);
    return (lazy.words = words);
  }

  get tokenSet(): ReadonlySet<string> {
    const lazy = this.parts;
    return (lazy.tokenSet ??= new Set(this.tokens));
  }

  get actions(): Actions {
    const lazy = this.parts;
    return (lazy.actions ??= actionsOf(this.clean, this.owner?.end ?? 0, this.read === PLAIN, false));
  }

  get head(): Pick<Actions, 'lead' | 'object'> {
    const lazy = this.parts;
    return (lazy.head ??= lazy.actions ?? actionsOf(this.clean, this.owner?.end ?? 0, this.read === PLAIN, true));
  }

  get signature(): string {
    const lazy = this.parts;
    if (lazy.signature === null) {
      const tokens = this.tokens;
      lazy.signature = tokens.length < 2 ? (tokens[0] ?? '') : [...tokens].sort().join(' ');
    }
    return lazy.signature;
  }
}

/** A word, and the word without its possessive `'s`, in a word set. */
function addWordForm(words: Set<string>, word: string): void {
  words.add(word);
  if (word.endsWith("'s")) words.add(word.slice(0, -2));
}

/**
 * Results by text: a vault is analysed again after every edit, and most items have
 * not changed. A pass over the whole vault (see {@link beginNormalizePass}) keeps only
 * the texts it read, so the cache holds one vault's items, not every text ever seen.
 * Bounded besides; cleared when full. Results are shared: treat them as read-only.
 */
let NORMALIZED = new Map<string, Normalized>();
/** Results of the pass before, taken over by the current pass as it reads their texts. */
let PREVIOUS = new Map<string, Normalized>();
const NORMALIZED_LIMIT = 250_000;

/** Normalise one item's text for comparison (memoised by text). */
export function normalizeText(raw: string): NormalizedText {
  let n = NORMALIZED.get(raw);
  if (n) return n;
  n = PREVIOUS.get(raw) ?? normalizeUncached(raw);
  if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
  NORMALIZED.set(raw, n);
  return n;
}

/**
 * A pass over every item of the vault begins: what it does not read again is dropped
 * when it ends. Returns the end of the pass, which also lets go of the parts each result
 * made on demand for close comparisons (made again when next asked for): kept, they were
 * a third of the cache.
 */
export function beginNormalizePass(): () => void {
  PREVIOUS = NORMALIZED;
  NORMALIZED = new Map();
  return () => {
    PREVIOUS = new Map();
    for (const n of NORMALIZED.values()) n.release();
  };
}

/** Forget memoised results (for benchmarks that want a cold start). */
export function clearNormalizeCache(): void {
  NORMALIZED.clear();
  PREVIOUS.clear();
}

function normalizeUncached(raw: string): Normalized {
  return normalizePlain(raw) ?? normalizeFull(raw);
}

/** The full normalisation, for any text; exported so tests can check the plain pass agrees with it. */
export function normalizeFull(raw: string): Normalized {
  const clean = stripMarkup(repairForComparison(raw));
  const { quantities, rest, negated, hedged } = foldForTokens(clean, null);

  const acc: Accumulator = { tokens: [], ids: [], poles: [], seq: [], spelled: false };
  let compounds: { joined: string; parts: string[] }[] = NO_COMPOUNDS;
  eachWord(rest, (word) => {
    if (!HAS_JOINER.test(word)) addWord(acc, word);
    else if (JOINED_LETTERS.test(word)) {
      // `run-book` is `runbook` to a text that writes it so, and `run book` to others.
      const parts = word.split(JOINERS).filter((p) => p);
      const before = acc.tokens.length;
      for (const part of parts) addWord(acc, part);
      const joined = stem(parts.join(''));
      if (!acc.tokens.includes(joined)) {
        if (compounds === NO_COMPOUNDS) compounds = [];
        compounds.push({ joined, parts: acc.tokens.slice(before) });
      }
    } else {
      for (const part of word.split(JOINERS)) if (part) addWord(acc, part);
    }
  });
  let { tokens, ids } = acc;
  if (acc.spelled) {
    // Spelled-out abbreviations read as the abbreviation; a compound whose parts went with them goes too.
    ids = [];
    for (const id of foldSpelledOut(acc.seq, acc.seq.length)) if (!ids.includes(id)) ids.push(id);
    tokens = ids.map((id) => TOKENS[id]);
    if (compounds !== NO_COMPOUNDS) {
      compounds = compounds.filter((c) => c.parts.every((p) => tokens.includes(p)));
      if (compounds.length === 0) compounds = NO_COMPOUNDS;
    }
  }
  for (const q of quantities) {
    const tok = '#' + q;
    const id = tokenId(tok);
    if (!ids.includes(id)) {
      ids.push(id);
      tokens.push(tok);
    }
  }
  const poles = acc.poles.length > 1 ? [...new Set(acc.poles)] : acc.poles;
  // A copy of exactly the right length: the cache keeps one per item.
  return new Normalized(ids.slice(), quantities, negated, hedged, poles, compounds, clean, FULL);
}

// ─── Plain texts, in one pass ────────────────────────────────────────────────

/*
 * Most items are plain ASCII prose with no markup, numbers, phrases or compounds. For
 * them every pass above reduces to: split into words, fold case, look each word up.
 * `normalizePlain` does that in one pass over the character codes and gives up (null)
 * at the first sign of anything the full path treats specially, so both paths agree
 * on every text: characters that are markup, joiners or non-ASCII, any digit, and the
 * words that start a phrase, a month, weekday or number word, or a negation of two words.
 */

/** Character classes for the plain pass: a letter, a separator every pass treats alike, or anything else (give up). */
const PLAIN_OTHER = 0;
const PLAIN_SEPARATOR = 1;
const PLAIN_LETTER = 2;
const PLAIN_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Digits (quantities), `_` (a word character to `\b`), joiners and apostrophes (`'/-`), and markup (`[` `<` `^` `#` `@` `` ` ``) go the full way.
  const special = (c >= 48 && c <= 57) || "_'/-[]<>^#@`".includes(String.fromCharCode(c)) || (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127;
  PLAIN_CLASS[c] = letter ? PLAIN_LETTER : special ? PLAIN_OTHER : PLAIN_SEPARATOR;
}

/** Whole words the full path reads specially: quantities, the first words of phrases, negations. */
const SPECIAL_WORDS = new Set<string>([
  ...'jan january feb february apr april jun june jul july aug august sep sept september oct october nov november dec december march'.split(' '),
  ...['mon', 'tue', 'tues', 'wed', 'wednes', 'thu', 'thur', 'thurs', 'fri', 'sat', 'satur', 'sun'].flatMap((d) => [`${d}day`, `${d}days`]),
  ...Object.keys(NUMBER_WORDS),
  ...'go business set setting follow following follows followed reach reaching reaches reached check checking checks checked'.split(' '),
  ...'look looking looks looked one ahead prior proof statement purchase hold'.split(' '),
  // Deadlines in other words (`eow`, `end of day`, `close of business`), `touch base`, channels as verbs.
  ...'eow end close touch touching touches touched take takes taking took taken have has having had'.split(' '),
  // `circle back`, `calendar invite`.
  ...'circle circles circled circling invite invites calendar'.split(' '),
  ...'email emails emailed emailing mail message messages messaged messaging slack slacks slacked slacking text texts texted texting dm dms'.split(' '),
  // Units said with no digit (see UNIT_ALONE); `a` / `an` before a unit go the full way as phrases.
  ...'fortnight fortnights couple once twice thrice'.split(' '),
  // Weekdays cut short (see WORD_QUANTITY).
  ...'mon tue tues thu thur thurs fri'.split(' '),
  // `out of scope` negates; `may` hedges only in lower case.
  'scope',
  'may',
  // Phrasal verbs that may hold their object inside ("bring legal in", "leave the SLA out", "turn MFA off", "let Ana know").
  ...'bring brings bringing brought rope ropes roped roping pull pulls pulled pulling leave leaves leaving left'.split(' '),
  ...'turn turns turned turning switch switches switched switching let lets letting'.split(' '),
  // `come up with`, `look / search for`, `green light`, `as soon as possible`, `end of month`.
  ...'come comes came coming search searches searched searching green greenlight greenlit soon eom eoq'.split(' '),
  // Negative words that urge: "don't forget", "no later than", "without fail", "don't miss".
  ...'forget forgetting later fail miss'.split(' '),
  // Ordinals are quantities (see WORD_QUANTITY), `third quarter` Q3 (see ORDINAL_PERIOD).
  ...ORDINAL_WORDS,
  // How often (see FREQUENCY).
  ...'daily weekly biweekly fortnightly monthly bimonthly quarterly yearly annually'.split(' '),
]);
/** Prefixes of phrases that may run into the next word (`kickoff`, `writeup`). */
const SPECIAL_PREFIXES = ['kick', 'write'];
/** Single words that make a text negated (see NEGATION), apostrophe-free forms only: the others go the full way. */
const NEGATION_WORDS = new Set(
  'not no never dont wont cannot avoid avoiding stop stopped cease without refrain neither nor decline declined skip cancel cancelled canceled unlikely unable refuse refused refuses descope descoped lack lacks lacked lacking'.split(' '),
);
/** Single words that make a text hedged (see HEDGE). */
const HEDGE_WORDS = new Set('might maybe perhaps possibly potentially probably likely tentative tentatively'.split(' '));

/** What the plain pass knows of a word: its contribution, and whether it negates. */
interface PlainWord {
  info: WordInfo;
  negation: boolean;
  hedge: boolean;
}

/**
 * Words read by the plain pass: an open-addressing table keyed by two 32-bit hashes of
 * the lower-cased word, holding an index into {@link PLAIN_WORDS}, or -1 for a word
 * that sends the text the full way. A cache: cleared when half full.
 */
const PLAIN_BITS = 16;
const PLAIN_MASK = (1 << PLAIN_BITS) - 1;
const PLAIN_H1 = new Int32Array(1 << PLAIN_BITS);
const PLAIN_H2 = new Int32Array(1 << PLAIN_BITS);
const PLAIN_SLOT = new Int32Array(1 << PLAIN_BITS);
const PLAIN_USED = new Uint8Array(1 << PLAIN_BITS);
const PLAIN_WORDS: PlainWord[] = [];
const NO_WORD = -1;
/** `PHRASE_WORD - k`: the first word of {@link PLAIN_PHRASES}[k]. */
const PHRASE_WORD = -2;

/**
 * Two-word phrases of {@link PHRASES} the plain pass folds itself: the first word, one
 * space, one of the second words ending the word there, read as one word (`ahead of` →
 * `before`, `went over` → `review`). Not followed by a second word, the first is a word
 * like any other, as it is to the full path.
 */
interface PlainPhrase {
  first: string;
  seconds: readonly string[];
  /** The word the phrase reads as; or, with `labels`, none. */
  as: string;
  /** Per second word, the label (a quantity such as `q3`) the phrase reads as instead of a word; `''` sends the text the full way, null reads it as `as`. */
  labels?: readonly (string | null)[];
  /** The phrase's word and the first word alone, looked up when first met. */
  word: PlainWord | null;
  self: PlainWord | null;
}
const plainPhrase = (first: string, seconds: string, as: string): PlainPhrase => ({ first, seconds: seconds.split(' '), as, word: null, self: null });
const PLAIN_PHRASES: PlainPhrase[] = [
  plainPhrase('ahead', 'of', 'before'),
  plainPhrase('prior', 'to', 'before'),
  // `went over` is `review`; `went with` is `choose` and `went ahead` is `proceed`, read the full way.
  ...'goes going went gone'.split(' ').map((w) => ({ ...plainPhrase(w, 'over through with ahead', 'review'), labels: [null, null, '', ''] })),
  ...'move moves moved moving'.split(' ').map((w) => plainPhrase(w, 'forward ahead', 'proceed')),
  ...'call calls called calling'.split(' ').map((w) => plainPhrase(w, 'off', 'cancel')),
  ...'sign signs signed signing'.split(' ').map((w) => plainPhrase(w, 'off', 'approve')),
  ...'read reads reading'.split(' ').map((w) => plainPhrase(w, 'through', 'review')),
  ...'dig digs digging dug dive dives diving'.split(' ').map((w) => plainPhrase(w, 'into', 'review')),
  plainPhrase('deep', 'dive', 'review'),
  ...'put puts putting'.split(' ').map((w) => plainPhrase(w, 'together', 'create')),
  ...'back backs backed backing'.split(' ').map((w) => plainPhrase(w, 'up', 'backup')),
  ...'figure figures figured figuring'.split(' ').map((w) => plainPhrase(w, 'out', 'identify')),
  // `find time` is `schedule meet`, read the full way.
  ...'find finds finding found'.split(' ').map((w) => ({ ...plainPhrase(w, 'out time', 'identify'), labels: [null, ''] })),
  ...'schedule schedules scheduled scheduling block blocks blocked blocking'.split(' ').map((w) => ({ ...plainPhrase(w, 'time', ''), labels: [''] })),
  ...'sort sorts sorted sorting'.split(' ').map((w) => plainPhrase(w, 'out', 'fix')),
  ...'roll rolls rolled rolling'.split(' ').map((w) => plainPhrase(w, 'out', 'rollout')),
  ...'shut shuts shutting'.split(' ').map((w) => plainPhrase(w, 'down', 'shutdown')),
  ...'walk walks walked walking'.split(' ').map((w) => plainPhrase(w, 'through', 'review')),
  ...'opt opts opted opting'.split(' ').map((w) => plainPhrase(w, 'for', 'choose')),
  // `a week`, `an hour` are quantities (see UNIT_ALONE): read the full way.
  ...['a', 'an'].map((w) => ({ ...plainPhrase(w, 'hour day week month year', ''), labels: ['', '', '', '', ''] })),
  // `next week`, `this quarter`, `every other week` are quantities (see RELATIVE_PERIOD, FREQUENCY): read the full way.
  ...RELATIVE_WORDS.map((w) => ({ ...plainPhrase(w, PERIOD_WORDS, ''), labels: PERIOD_WORDS.split(' ').map(() => '') })),
  ...['every', 'each'].map((w) => ({ ...plainPhrase(w, `${PERIOD_WORDS} other`, ''), labels: `${PERIOD_WORDS} other`.split(' ').map(() => '') })),
];

/**
 * True when `text` goes on after `at` with white space of any kind and `second` as a word:
 * a phrase the plain pass cannot read (it reads one space only), so the full path must.
 */
function followsLoosely(text: string, at: number, second: string): boolean {
  let j = at;
  while (j < text.length && isAsciiSpace(text.charCodeAt(j))) j++;
  if (j === at) return false;
  for (let k = 0; k < second.length; k++, j++) if ((text.charCodeAt(j) | 32) !== second.charCodeAt(k)) return false;
  return !(j < text.length && isAsciiLetter(text.charCodeAt(j)));
}

/** {@link followsLoosely} for any of `seconds`; a loop, so that no closure is made per word read. */
function followsAnyLoosely(text: string, at: number, seconds: readonly string[]): boolean {
  for (const second of seconds) if (followsLoosely(text, at, second)) return true;
  return false;
}

/**
 * Where the phrase whose first word ends at `at` ends, when `text` goes on with one space
 * and the phrase's second word (in any case) ending there; -1 otherwise.
 */
function phraseEnd(text: string, at: number, second: string): number {
  if (text.charCodeAt(at) !== 32) return -1;
  let j = at + 1;
  for (let k = 0; k < second.length; k++, j++) if ((text.charCodeAt(j) | 32) !== second.charCodeAt(k)) return -1;
  return j < text.length && isAsciiLetter(text.charCodeAt(j)) ? -1 : j;
}

/** The phrase's word, looked up when first met (so token numbers come in the order the full path gives them). */
function phraseWord(k: number): PlainWord {
  const p = PLAIN_PHRASES[k];
  return (p.word ??= { info: wordInfo(p.as), negation: NEGATION_WORDS.has(p.as), hedge: HEDGE_WORDS.has(p.as) });
}

/** The phrase's first word read alone. */
function phraseSelf(k: number): PlainWord {
  const p = PLAIN_PHRASES[k];
  return (p.self ??= { info: wordInfo(p.first), negation: NEGATION_WORDS.has(p.first), hedge: HEDGE_WORDS.has(p.first) });
}
let plainFill = 0;

function plainWord(text: string, start: number, end: number, h1: number, h2: number): number {
  let slot = h1 & PLAIN_MASK;
  while (PLAIN_USED[slot] === 1) {
    if (PLAIN_H1[slot] === h1 && PLAIN_H2[slot] === h2) return PLAIN_SLOT[slot];
    slot = (slot + 1) & PLAIN_MASK;
  }
  if (plainFill >= PLAIN_MASK >> 1) {
    PLAIN_USED.fill(0);
    PLAIN_WORDS.length = 0;
    plainFill = 0;
    slot = h1 & PLAIN_MASK;
  }
  const word = text.slice(start, end).toLowerCase();
  let value = NO_WORD;
  const phrase = PLAIN_PHRASES.findIndex((p) => p.first === word);
  if (phrase >= 0) value = PHRASE_WORD - phrase;
  else if (!SPECIAL_WORDS.has(word) && !startsWithAny(word, SPECIAL_PREFIXES)) {
    value = PLAIN_WORDS.length;
    PLAIN_WORDS.push({ info: wordInfo(word), negation: NEGATION_WORDS.has(word), hedge: HEDGE_WORDS.has(word) });
  }
  plainFill++;
  PLAIN_USED[slot] = 1;
  PLAIN_H1[slot] = h1;
  PLAIN_H2[slot] = h2;
  PLAIN_SLOT[slot] = value;
  return value;
}

/**
 * True when `word` starts with one of `prefixes`. A loop, not `some` with an arrow: an arrow
 * reading `word` would make every call allocate a context for it, hit or miss.
 */
function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}


/**
 * Where the `@Assignee` mention at `at` ends — `@` after white space or at the start, a
 * name, up to two more capitalised words — as AT_NAME reads it; -1 when the plain pass
 * cannot be sure (not after white space, not a letter, characters outside ASCII).
 */
function mentionEnd(s: string, at: number): number {
  const n = s.length;
  if (at > 0 && !isAsciiSpace(s.charCodeAt(at - 1))) return -1;
  let j = at + 1;
  if (j >= n || !isAsciiLetter(s.charCodeAt(j))) return -1;
  for (j++; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c >= 128) return -1;
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45)) break;
  }
  for (let more = 0; more < 2; more++) {
    let k = j;
    while (k < n && isAsciiSpace(s.charCodeAt(k))) k++;
    if (k === j || k >= n) break;
    const c = s.charCodeAt(k);
    if (c >= 128) return -1;
    if (!(c >= 65 && c <= 90)) break;
    for (k++; k < n; k++) {
      const d = s.charCodeAt(k);
      if (d >= 128) return -1;
      if (!(isAsciiLetter(d) || d === 39 || d === 46 || d === 45)) break;
    }
    j = k;
  }
  return j;
}

/** Token numbers as the plain pass reads them, before they are copied out at their exact length. */
const PLAIN_IDS: number[] = [];
/** Every content word's token number in order, repeats and all: read only when a word may start a spelled-out abbreviation. */
const PLAIN_SEQ: number[] = [];
const NO_IDS: readonly number[] = [];

/** Words written as a numeronym, which the phrase pass spells out (see PHRASES). */
const NUMERONYMS = new Set(['k8s', 'i18n', 'l10n', 'a11y', 'o11y']);

/**
 * Where the label starting at `start` ends — 1 to 5 letters then digits, then letters and
 * digits, as LABEL reads `Q3`, `FY25`, `H100` — when its letters end at `at` (a digit);
 * -1 when the word is not one the plain pass can read as a label.
 */
function labelEnd(text: string, start: number, at: number): number {
  if (at - start > 5) return -1;
  let j = at;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57))) break;
    j++;
  }
  // The label must end the word: at the end, or before a character every pass treats as a separator.
  if (j < text.length) {
    const c = text.charCodeAt(j);
    if (c >= 128 || PLAIN_CLASS[c] !== PLAIN_SEPARATOR) return -1;
  }
  // Two letters or more and a number (`SOC2`) are a word and a number to the full path.
  if (at - start >= 2 && ALL_DIGITS.test(text.slice(at, j))) return -1;
  return j;
}

/** {@link normalizeUncached} for a plain text, or null when the text needs the full path. */
function normalizePlain(raw: string): Normalized | null {
  const n = raw.length;
  const ids = PLAIN_IDS;
  let count = 0;
  let seqCount = 0;
  let spelled = false;
  let poles: string[] = NONE;
  let negated = false;
  let hedged = false;
  /** Labels (`q3`) in order of appearance: the quantities the full path lifts out. */
  let labels: string[] = NONE;
  /** A phrase or label was read: the word set is not the runs of letters. */
  let folded = false;
  let i = 0;
  while (i < n) {
    let c = raw.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 64) {
      // An `@Assignee` mention, set aside (see `withoutMentions`).
      const end = mentionEnd(raw, i);
      if (end < 0) return null;
      i = end;
      continue;
    }
    let cls = PLAIN_CLASS[c];
    if (cls === PLAIN_SEPARATOR) {
      i++;
      continue;
    }
    if (cls === PLAIN_OTHER) return null;
    const start = i;
    let h1 = 0;
    let h2 = 0x9e3779b9 | 0;
    do {
      const d = c | 32;
      h1 = (Math.imul(h1, 31) + d) | 0;
      h2 = Math.imul(h2 ^ d, 0x01000193);
      if (++i >= n) break;
      c = raw.charCodeAt(i);
      if (c >= 128) return null;
      cls = PLAIN_CLASS[c];
    } while (cls === PLAIN_LETTER);
    if (i < n && cls === PLAIN_OTHER) {
      // Letters then digits: a label such as `Q3`, a quantity of its own; any other digit or mark goes the full way.
      if (c < 48 || c > 57) return null;
      const end = labelEnd(raw, start, i);
      if (end < 0) return null;
      const label = raw.slice(start, end).toLowerCase();
      // A numeronym (`k8s`) is a word, read by the phrase pass.
      if (NUMERONYMS.has(label)) return null;
      if (labels === NONE) labels = [];
      if (!labels.includes(label)) labels.push(label);
      folded = true;
      i = end;
      continue;
    }
    if (i - start === 1) {
      // A capital letter alone may be a label (see LETTER_ALONE): the full path decides, but for `I` and a first `A`.
      const u = raw.charCodeAt(start);
      if (u >= 65 && u <= 90 && u !== 73 && !(u === 65 && raw.slice(0, start).trim() === '')) return null;
    }
    const index = plainWord(raw, start, i, h1, h2);
    let word: PlainWord;
    if (index <= PHRASE_WORD) {
      const k = PHRASE_WORD - index;
      const phrase = PLAIN_PHRASES[k];
      let end = -1;
      let which = 0;
      for (; which < phrase.seconds.length; which++) if ((end = phraseEnd(raw, i, phrase.seconds[which])) >= 0) break;
      if (end >= 0 && phrase.labels && phrase.labels[which] !== null) {
        const label = phrase.labels[which] as string;
        if (label === '') return null;
        if (labels === NONE) labels = [];
        if (!labels.includes(label)) labels.push(label);
        folded = true;
        i = end;
        continue;
      }
      if (end >= 0) {
        word = phraseWord(k);
        folded = true;
        i = end;
      } else if (followsAnyLoosely(raw, i, phrase.seconds)) return null;
      else word = phraseSelf(k);
    } else if (index === NO_WORD) return null;
    else word = PLAIN_WORDS[index];
    const { info, negation, hedge } = word;
    if (negation) negated = true;
    if (hedge) hedged = true;
    if (info.pole) {
      if (poles === NONE) poles = [];
      if (!poles.includes(info.pole)) poles.push(info.pole);
    }
    if (info.token === null) continue;
    const id = info.id;
    PLAIN_SEQ[seqCount++] = id;
    if (startsSpelledOut(id)) spelled = true;
    let seen = false;
    for (let k = 0; k < count; k++) {
      if (ids[k] === id) {
        seen = true;
        break;
      }
    }
    if (!seen) ids[count++] = id;
  }
  if (spelled) {
    // Spelled-out abbreviations read as the abbreviation (see `normalizeFull`).
    count = 0;
    for (const id of foldSpelledOut(PLAIN_SEQ, seqCount)) {
      let seen = false;
      for (let k = 0; k < count; k++) if (ids[k] === id) seen = true;
      if (!seen) ids[count++] = id;
    }
  }
  // Quantities come after the words, as the full path adds them.
  for (const label of labels) {
    const id = tokenId('#' + label);
    let seen = false;
    for (let k = 0; k < count; k++) if (ids[k] === id) seen = true;
    if (!seen) ids[count++] = id;
  }
  return new Normalized(count === 0 ? NO_IDS : ids.slice(0, count), labels, negated, hedged, poles, NO_COMPOUNDS, raw, folded ? PLAIN_FOLDED : PLAIN);
}

/**
 * A text the plain pass read, with its `@Assignee` mentions set aside as `stripMarkup`
 * does: each takes the white space before it and leaves one space. In such a text every
 * `@` starts a mention (the plain pass gives up on any other), so each is found by search.
 */
function withoutMentions(raw: string): string {
  let at = raw.indexOf('@');
  if (at < 0) return raw;
  let clean = '';
  let copied = 0;
  while (at >= 0) {
    const end = mentionEnd(raw, at);
    if (end < 0) break;
    clean += raw.slice(copied, at === 0 ? 0 : at - 1) + ' ';
    copied = end;
    at = raw.indexOf('@', end);
  }
  return clean + raw.slice(copied);
}

/** The word set of a text {@link normalizePlain} read: its runs of letters, lower-cased, with known abbreviations added. */
function plainWords(raw: string): Set<string> {
  const lower = raw.toLowerCase();
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.add(lower.slice(start, i));
      start = -1;
    }
  }
  addAbbreviations(lower, words);
  return words;
}
