/**
 * List items: the marker, and what kind of item a bullet is in its section.
 */

import type { ItemKind, SectionKind } from '../model';
import { isNameShaped } from './values';

/**
 * A list item, also inside a blockquote or callout (`> - item`):
 * 1 the indent and any `>` prefix, 2 the marker (`-`, `*`, `+`, `1.`, `1)`, or a pasted `•`), 3 the content
 * (`s`: a lone carriage return inside a line is content too).
 */
export const LIST_ITEM = /^((?:[ \t]*>)*[ \t]*)([-*+]|\d{1,9}[.)]|[•‣◦▪▫●○■▸►⁃](?=[ \t]))(?:[ \t]+(.*))?$/s;

export interface ListItemLine {
  /** The indent and any `>` prefix. */
  prefix: string;
  /** What follows the marker and its spaces. */
  content: string;
}

/** Where a list item's prefix ends and its content starts, in its line. */
export interface ListItemSpan {
  prefixEnd: number;
  contentFrom: number;
}

/**
 * The same as `LIST_ITEM`, by character checks and without making a string:
 * fills `span` and returns true when `line` is a list item. Every line of a
 * note goes through this, so it must be cheap when the line is not one.
 */
export function listItemSpan(line: string, span: ListItemSpan): boolean {
  let i = 0;
  for (;;) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62 /* > */) i++;
    else break;
  }
  const prefixEnd = i;
  const c = line.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43 /* - * + */) {
    i++;
  } else if (c >= 0x2022 && isBulletSign(c)) {
    // `•`, `◦`, `▪`, `●` … : bullets pasted from a word processor, a web page or a chat.
    i++;
    if (i >= line.length) return false;
  } else if (c >= 48 && c <= 57) {
    const digitsFrom = i;
    while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
    if (i - digitsFrom > 9) return false;
    const d = line.charCodeAt(i);
    if (d !== 46 && d !== 41 /* . ) */) return false;
    i++;
  } else {
    return false;
  }
  if (i < line.length) {
    const after = line.charCodeAt(i);
    if (after !== 32 && after !== 9) return false;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  }
  span.prefixEnd = prefixEnd;
  span.contentFrom = i;
  return true;
}

/** Bullet signs text pasted from elsewhere keeps: • ‣ ◦ ▪ ▫ ● ○ ■ ▸ ► ⁃. */
function isBulletSign(c: number): boolean {
  return (
    c === 0x2022 || c === 0x2023 || c === 0x25e6 || c === 0x25aa || c === 0x25ab || c === 0x25cf || c === 0x25cb || c === 0x25a0 || c === 0x25b8 || c === 0x25ba || c === 0x2043
  );
}

/** The list item on `line` (see `LIST_ITEM`), or null. */
export function readListItem(line: string): ListItemLine | null {
  const span: ListItemSpan = { prefixEnd: 0, contentFrom: 0 };
  if (!listItemSpan(line, span)) return null;
  return { prefix: line.slice(0, span.prefixEnd), content: line.slice(span.contentFrom) };
}

const KIND_BY_SECTION: Record<SectionKind, ItemKind> = {
  summary: 'summary',
  actions: 'other',
  followups: 'other',
  decisions: 'decision',
  facts: 'fact',
  outcomes: 'outcome',
  risks: 'risk',
  questions: 'question',
  related: 'related',
  transcript: 'other',
  other: 'other',
};

/** What a plain bullet is, given the kind of section it sits in. */
export function itemKindFor(section: SectionKind): ItemKind {
  return KIND_BY_SECTION[section];
}

/**
 * A label opening a bullet and what it makes the bullet, whatever its section: `Decision: …`,
 * `**Risk:** …`, `Open question: …`, `Action: …`, `TODO: …` (bold or not, the colon inside or after).
 */
const LABEL =
  /^(?:\*\*|__)?[ \t]*(decisions?|decided|agreed|risks?|blockers?|concerns?|(?:open |key )?questions?|q|(?:key )?facts?|fyi|outcomes?|results?|action(?:[ -]items?)?|to[ -]?do|follow[ -]?ups?|next[ -]steps?)[ \t]*(?::[ \t]*(?:\*\*|__)?|(?:\*\*|__)[ \t]*:)[ \t]*(\S.*)$/i;

const KIND_BY_LABEL: Record<string, ItemKind | 'action'> = {
  decision: 'decision', decisions: 'decision', decided: 'decision', agreed: 'decision',
  risk: 'risk', risks: 'risk', blocker: 'risk', blockers: 'risk', concern: 'risk', concerns: 'risk',
  question: 'question', questions: 'question', q: 'question',
  fact: 'fact', facts: 'fact', fyi: 'fact',
  outcome: 'outcome', outcomes: 'outcome', result: 'outcome', results: 'outcome',
};

export interface LabelledItem {
  kind: ItemKind;
  /** An action item (`Action: …`, `TODO: …`): read as an open task. */
  action: boolean;
  /** The text after the label. */
  text: string;
}

/** The letters a label starts with (`d`ecision, `a`ction, `r`isk, `q`uestion…), either case, and `*` / `_` for bold. */
const LABEL_FIRST = new Uint8Array(128);
for (const c of 'drbcokqftnaDRBCOKQFTNA*_') LABEL_FIRST[c.charCodeAt(0)] = 1;

/**
 * Whether `text` may open with a label: a label's first letter, then a colon within 24 characters.
 * Most bullets fail one or the other and are done with here.
 */
function mayHoldLabel(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 128 || LABEL_FIRST[c] === 0) return false;
  const colon = text.indexOf(':', 1);
  return colon !== -1 && colon < 24;
}

/** The kind a label at the start of a bullet's text gives it, and the text after the label; null when it has none. */
export function labelledItem(text: string): LabelledItem | null {
  if (!mayHoldLabel(text)) return null;
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = m[1].toLowerCase().replace(/^(?:open|key) /, '');
  const kind = KIND_BY_LABEL[label] ?? 'action';
  return kind === 'action' ? { kind: 'other', action: true, text: m[2].trim() } : { kind, action: false, text: m[2].trim() };
}

/**
 * Verbs action items start with, in the imperative (`Send the deck to Ana`, `Follow up with legal`).
 * A line under action items that starts with one of them, or names who does what (`Maya to send the
 * quote`, `Ana will book the room`, `@Bo: check the numbers`), reads as an action.
 */
const ACTION_VERBS: ReadonlySet<string> = new Set(
  (
    'send share schedule set setup follow review draft prepare book confirm update create reach email e-mail call check ask finalize finalise ' +
    'circulate write plan organize organise investigate look fix deploy test provide coordinate contact arrange sync align build define ' +
    'document identify explore evaluate complete submit order get make add remove move collect gather compile research analyze analyse assess ' +
    'estimate publish post upload present demo introduce invite loop ping notify inform remind escalate approve sign renew file log track ' +
    'monitor validate verify run start kick launch ship release close finish deliver hand transfer migrate configure install onboard train ' +
    'hire interview reply respond answer clarify discuss decide negotiate quote invoice pay reimburse buy purchase find pick choose select ' +
    'outline summarize summarise capture record flag raise open resolve talk meet connect give put take bring try keep consider refine rework ' +
    'revise edit clean ensure double-check reconcile audit benchmark measure prototype design scope map list distribute print reserve cancel ' +
    'reschedule push merge draft write-up circle touch'
  ).split(' '),
);

/** Words after a verb that make it a noun or a past event: `Review of the budget`, `Call went well`, `Plan is approved`. */
const NOT_AFTER_VERB: ReadonlySet<string> = new Set(['of', 'is', 'was', 'were', 'are', 'has', 'had', 'went', 'looks', 'seems', 'will', 'would', 'could']);

/** `Maya to send …`, `Ana Ruiz and Bo will book …`, `We'll check …`, `The team will review …` — who, then what they are to do. */
const WHO_DOES = new RegExp(
  String.raw`^(?:(?:[Tt]he )?(?:team|group|customer|client|vendor|everyone|both|all of us)|(?:@\S+|[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,2})(?:(?:,| and| &) (?:@\S+|[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,2}))*)` +
    String.raw`(?:(?:'ll|’ll)| +(?:to|will|shall|should|must|needs? to|is to|are to|has to|have to|owns?|takes?)) +\p{Ll}`,
  'u',
);
/** `Ana: send the deck`, `Bo Li: check the numbers`. */
const NAME_THEN_ACTION = /^([A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,2}) *: +\p{L}/u;
/** Words before a colon that label a remark rather than name its owner. */
const REMARK_LABELS: ReadonlySet<string> = new Set(['note', 'notes', 'update', 'status', 'context', 'background', 'summary', 'reminder', 'ps', 'nb', 'owner', 'owners', 'important', 'update']);
/** What introduces or denies the list rather than being in it. */
const NOT_AN_ACTION = /^(?:here|these|the following|following|below|above|see |no |none|nothing|n\/a|tbd|action items|next steps|follow[ -]?ups)/i;

/**
 * Whether a plain line (no bullet) under action items reads as an action: a sentence of a reasonable length,
 * not an introduction (`Here are the action items:`, anything ending with a colon) nor a denial (`None.`),
 * that opens with an action verb or says who does what. Anything else is prose.
 */
export function readsAsAction(line: string): boolean {
  const n = line.length;
  if (n < 6 || n > 240 || line.charCodeAt(n - 1) === 58 /* : */) return false;
  const c = line.charCodeAt(0);
  if (c !== 64 /* @ */ && !(c >= 65 && c <= 90)) return false;
  if (NOT_AN_ACTION.test(line)) return false;
  if (c === 64) return true;
  const space = line.indexOf(' ');
  if (space === -1) return false;
  const verb = line.slice(0, space).toLowerCase();
  if (ACTION_VERBS.has(verb)) {
    const next = /^[^\s,.;:]*/.exec(line.slice(space + 1))?.[0].toLowerCase() ?? '';
    return !NOT_AFTER_VERB.has(next);
  }
  if (WHO_DOES.test(line)) return true;
  const named = NAME_THEN_ACTION.exec(line);
  return named !== null && isNameShaped(named[1]) && !REMARK_LABELS.has(named[1].toLowerCase());
}

/** The visual width of an indent (a tab counts as four columns, a `>` as one). */
export function indentWidth(prefix: string): number {
  return widthOf(prefix, prefix.length);
}

/** The visual width of `s.slice(0, end)` read as an indent. */
export function widthOf(s: string, end: number): number {
  let w = 0;
  for (let i = 0; i < end; i++) w += s.charCodeAt(i) === 9 ? 4 - (w % 4) : 1;
  return w;
}

/** What `quotedIndent` found besides the width: how many `>` markers open the line, and where its content starts after them. */
export const quote = { level: 0, contentFrom: 0 };

/**
 * The indent of a list item inside a blockquote or callout (`> \t- [ ] b`), measured after its
 * quote markers, as the list inside the quote sees it: each `>` takes one space or tab after it
 * (CommonMark's optional space), and what is left up to `prefixEnd` (the marker) is the indent,
 * a tab counting to the next multiple of four from there. Sets `quote.level` and `quote.contentFrom`.
 */
export function quotedIndent(line: string, prefixEnd: number): number {
  const from = quoteMarkersEnd(line, prefixEnd);
  quote.level = markersRead;
  quote.contentFrom = from;
  let w = 0;
  for (let j = from; j < prefixEnd; j++) w += line.charCodeAt(j) === 9 ? 4 - (w % 4) : 1;
  return w;
}

/**
 * The line after its quote markers (`> > ## Decisions` → `## Decisions`), as `quotedIndent` reads them;
 * the line itself when it is not quoted.
 */
export function unquoted(line: string): string {
  const from = quoteMarkersEnd(line, line.length);
  return from === 0 ? line : line.slice(from);
}

/** How many `>` the last {@link quoteMarkersEnd} read. */
let markersRead = 0;

/**
 * Where the quote markers at the start of `line` end (before `limit`): after the last `>` and the
 * one space or tab that goes with it; 0 when there is none. Counts the markers in `markersRead`.
 */
function quoteMarkersEnd(line: string, limit: number): number {
  let i = 0;
  let level = 0;
  let from = 0;
  while (i < limit) {
    const c = line.charCodeAt(i);
    if (c === 62 /* > */) {
      level++;
      i++;
      const d = line.charCodeAt(i);
      if (d === 32 || d === 9) i++;
      from = i;
    } else if (c === 32 || c === 9) {
      i++;
    } else {
      break;
    }
  }
  markersRead = level;
  return from;
}

/**
 * Nesting depth of list items, from their indents: an item is nested in every
 * earlier open item indented less than it at the same quote level. A quote
 * holds a list of its own: its items are measured after their `>` markers
 * (see `quotedIndent`), the first of them is top level even right under an
 * item outside the quote, and a line outside the quote ends the quote's items.
 */
export class ListDepth {
  /**
   * The open items' widths and quote levels, side by side, the first `open` of them (kept, not
   * truncated, so a reset frees nothing to grow again). Quote levels never fall along the stack.
   */
  private readonly widths: number[] = [];
  private readonly quotes: number[] = [];
  private open = 0;

  depthOf(prefix: string): number {
    return this.depthOfWidth(indentWidth(prefix));
  }

  /** The depth of an item whose indent is `w` columns wide, inside `quoteLevel` quotes. */
  depthOfWidth(w: number, quoteLevel = 0): number {
    // Items of a deeper quote are closed, and so is every item of this quote not indented less.
    while (this.open > 0) {
      const q = this.quotes[this.open - 1];
      if (q > quoteLevel || (q === quoteLevel && this.widths[this.open - 1] >= w)) this.open--;
      else break;
    }
    // Outside any quote every open item is this one's ancestor; inside one, those of its own quote level are.
    let depth = this.open;
    if (quoteLevel > 0) {
      depth = 0;
      while (depth < this.open && this.quotes[this.open - 1 - depth] === quoteLevel) depth++;
    }
    const at = this.open;
    if (at < this.widths.length) {
      this.widths[at] = w;
      this.quotes[at] = quoteLevel;
    } else {
      this.widths.push(w);
      this.quotes.push(quoteLevel);
    }
    this.open++;
    return depth;
  }

  reset(): void {
    this.open = 0;
  }
}
