/**
 * How sure we are that two items say the same thing: token overlap that rewards
 * containment (a copy with added detail is still the same item), then guards that
 * cap the confidence when the items differ in what users care about — numbers,
 * named people or companies, assignees, negation, opposite verbs.
 */
import { tokenId, tokenOf, wordTokenId, type Actions, type NormalizedText, type TextOwner } from './normalize';
import { OWNER_KEY } from './names';
import { foldAccents } from '../text';

/** One side of a comparison. */
export interface Comparable {
  norm: NormalizedText;
  /** The assignee's canonical key (see names.ts), or null when unassigned. */
  assignee: string | null;
  /** True when the assignee is a role or team (`HR`) rather than a person. */
  assigneeIsRole?: boolean;
  /** What the item is; a task when not said. Only a task has an owner. */
  kind?: 'task' | 'decision' | 'fact';
}

/**
 * A side that carries its task, as the duplicate finder's entries do (see cluster.ts): the
 * task's due date (Tasks' 📅, or a `[due:: …]` field) is set aside from its words, and read
 * beside a day the other copy writes in its words. Not a field of {@link Comparable}, whose
 * entries declare `task` their own way.
 */
export type DatedComparable = Comparable & { task?: { due: string | null; fields?: Record<string, string> } | null };

export interface Similarity {
  /** 0..1. */
  confidence: number;
  /** The near-miss guard that capped the confidence, if one did. */
  guard: NearMiss | null;
  /** Sentences for the user: why these look alike, or why they are kept apart. */
  reasons: string[];
}

export type NearMiss = 'negation' | 'opposite' | 'quantity' | 'name' | 'assignee';

/** The weight of a token; rare tokens should weigh more (inverse document frequency). */
export type TokenWeight = (token: string) => number;

const UNIFORM: TokenWeight = () => 1;

/**
 * Token weights by token number (see `tokenId`), for comparing many items of one
 * vault: an array read instead of a map lookup and a logarithm per token.
 */
export class IdWeights {
  constructor(
    /** Weight by token number. */
    private readonly table: Float64Array,
    /** The weight of a token the table has not counted. */
    private readonly unseen: number,
  ) {}

  of(id: number): number {
    return id < this.table.length ? this.table[id] : this.unseen;
  }

  /** The same weights, asked by token. */
  readonly byToken: TokenWeight = (token) => this.of(tokenId(token));
}

/** Confidence at or above which a group is applied by default. */
export const APPLY_THRESHOLD = 0.8;
/** Confidence below which a pair is not even shown as a possible duplicate. */
export const REPORT_THRESHOLD = 0.6;

/** Caps per near-miss: low enough that none is ever applied, and most are not even shown. */
const CAP: Record<NearMiss, number> = {
  negation: 0.2,
  opposite: 0.2,
  quantity: 0.3,
  name: 0.4,
  assignee: 0.3,
};

function setOf(tokens: readonly string[]): Set<string> {
  return new Set(tokens);
}

/** True when the two texts use opposite verbs (approve / reject) that the other does not also use. */
function oppositePoles(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const p of a) if (hasOpposite(b, p) && !hasOpposite(a, p) && !b.includes(p)) return true;
  return false;
}

/** True when `poles` holds the other pole of `pole` (`0:0` ↔ `0:1`), compared in place: this runs for many pairs. */
function hasOpposite(poles: readonly string[], pole: string): boolean {
  const n = pole.length;
  for (const q of poles) {
    if (q.length !== n || q.charCodeAt(n - 1) === pole.charCodeAt(n - 1)) continue;
    let same = true;
    for (let i = 0; i < n - 1 && same; i++) if (q.charCodeAt(i) !== pole.charCodeAt(i)) same = false;
    if (same) return true;
  }
  return false;
}

/**
 * The two texts' token lists, with a compound (`run-book`) counted as its joined form
 * when the other text writes it joined, and as its parts otherwise.
 */
function withCompounds(a: NormalizedText, b: NormalizedText): [readonly string[], readonly string[]] {
  if (a.compounds.length === 0 && b.compounds.length === 0) return [a.tokens, b.tokens];
  const has = (n: NormalizedText, t: string) => n.tokens.includes(t) || n.compounds.some((c) => c.joined === t);
  const resolve = (x: NormalizedText, other: NormalizedText): string[] => {
    let tokens = x.tokens;
    for (const c of x.compounds) {
      if (!has(other, c.joined)) continue;
      tokens = tokens.filter((t) => !c.parts.includes(t) || other.tokens.includes(t));
      tokens.push(c.joined);
    }
    return tokens;
  };
  return [resolve(a, b), resolve(b, a)];
}

/** The raw overlap score of two token lists, 0..1, before any guard. */
export function overlapScore(a: readonly string[], b: readonly string[], weight: TokenWeight = UNIFORM, bSet?: ReadonlySet<string>): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = bSet ?? setOf(b);
  let wa = 0;
  let shared = 0;
  let sharedCount = 0;
  for (const t of a) {
    const w = weight(t);
    wa += w;
    if (inB.has(t)) {
      shared += w;
      sharedCount++;
    }
  }
  let wb = 0;
  for (const t of b) wb += weight(t);
  return scoreOf(a.length, b.length, wa, wb, shared, sharedCount);
}

/** The same score over token numbers: item token lists are short, so a scan beats a set. */
function overlapOfIds(a: readonly number[], b: readonly number[], weights: IdWeights): number {
  if (a.length === 0 || b.length === 0) return 0;
  let wa = 0;
  let shared = 0;
  let sharedCount = 0;
  for (const id of a) {
    const w = weights.of(id);
    wa += w;
    if (b.includes(id)) {
      shared += w;
      sharedCount++;
    }
  }
  let wb = 0;
  for (const id of b) wb += weights.of(id);
  lastSharedCount = sharedCount;
  return scoreOf(a.length, b.length, wa, wb, shared, sharedCount);
}

/** How many tokens the last {@link overlapOfIds} found shared: read by the caller at once, so that no pair allocates a result. */
let lastSharedCount = -1;

/**
 * The overlap score from its parts: token counts, each side's total weight, the shared
 * weight and count. For callers that keep each item's total weight and only sum the shared part.
 */
export function overlapFromParts(aLength: number, bLength: number, wa: number, wb: number, shared: number, sharedCount: number): number {
  return scoreOf(aLength, bLength, wa, wb, shared, sharedCount);
}

/** Containment of the lighter text in the heavier, lifted a little by how much of the heavier it covers. */
function scoreOf(aLength: number, bLength: number, wa: number, wb: number, shared: number, sharedCount: number): number {
  const small = Math.min(wa, wb);
  const large = Math.max(wa, wb);
  if (small <= 0) return 0;
  const containment = shared / small;
  const coverage = shared / large;
  // Containment first: a copy with added detail is the same item.
  let score = containment * (0.8 + 0.2 * coverage);
  // One or two words say too little to be sure unless they are the same words.
  if (Math.min(aLength, bLength) <= 2 && !(aLength === bLength && sharedCount === aLength)) score *= 0.7;
  return score;
}

/**
 * A cheap upper-bound-ish test before the full comparison: the share of the shorter
 * text's tokens the other has, unweighted. Pairs below 0.4 cannot reach the report threshold in practice.
 */
export function plausiblePair(a: NormalizedText, b: NormalizedText): boolean {
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = small === a ? b : a;
  if (small.ids.length === 0) return false;
  let shared = 0;
  for (const id of small.ids) if (large.ids.includes(id)) shared++;
  if (shared / small.ids.length >= PLAUSIBLE_SHARE) return true;
  // A compound written joined on one side and apart on the other.
  return small.compounds.length > 0 || large.compounds.length > 0 ? shared > 0 : false;
}

/** The share of the shorter text's tokens that a plausible pair (without compounds) has in common. */
export const PLAUSIBLE_SHARE = 0.4;

/** Minutes per unit of a duration quantity (see normalize.ts: `30d`, `2w`, `1mo`). */
const MINUTES: Record<string, number> = { min: 1, h: 60, d: 1440, w: 10080, mo: 43830, y: 525960 };
const DURATION = /^(\d+(?:\.\d+)?)(min|h|d|w|mo|y)$/;
const AMOUNT = /^([$€£]?)(\d+(?:\.\d+)?)$/;

/**
 * Two quantities that say the same, written differently: a length of time in other units
 * ("2 weeks" / "14 days", "30 days" / "a month", within a tenth), or an amount with its
 * currency and without it ("120k" / "$120k"). Two currencies are two amounts.
 */
function sameQuantity(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.startsWith('d:') && y.startsWith('d:')) return sameDay(x, y);
  // "This week" and a weekday ("by Friday", "by EOW") may be one deadline.
  if ((x === THIS_WEEK && y.startsWith('w:')) || (y === THIS_WEEK && x.startsWith('w:'))) return true;
  const dx = DURATION.exec(x);
  const dy = dx ? DURATION.exec(y) : null;
  if (dx && dy) {
    const mx = Number(dx[1]) * MINUTES[dx[2]];
    const my = Number(dy[1]) * MINUTES[dy[2]];
    return Math.abs(mx - my) <= 0.1 * Math.max(mx, my);
  }
  const ax = AMOUNT.exec(x);
  const ay = ax ? AMOUNT.exec(y) : null;
  return ax !== null && ay !== null && (ax[1] === '' || ay[1] === '') && ax[2] === ay[2];
}

/** The month and day a date quantity may be: `d:10-17`, `d:2025-10-17`, or `d:3/4` (March 4 or 3 April). */
function readings(q: string): string[] {
  const iso = /^d:\d{4}-(\d{2})-(\d{2})$/.exec(q);
  if (iso) return [`${Number(iso[1])}-${Number(iso[2])}`];
  const either = /^d:(\d+)\/(\d+)$/.exec(q);
  if (either) return [`${either[1]}-${either[2]}`, `${either[2]}-${either[1]}`];
  return [q.slice(2)];
}

/** Two dates that may be one day: the year aside, and a day in figures read either way round. Two days in figures are read the same way. */
function sameDay(x: string, y: string): boolean {
  if (x.includes('/') && y.includes('/')) return false;
  const rx = readings(x);
  return readings(y).some((r) => rx.includes(r));
}

const THIS_WEEK = 'r:0w';

/** A period said relative to now (see normalize.ts: `r:+1w`, `r:0q`), or a weekday, whose day depends on when the note was written. */
function relativeDay(q: string): boolean {
  return q.startsWith('w:') || q.startsWith('r:');
}

/**
 * True when every quantity of `relative` is said relative to now (a weekday, `next week`,
 * `this year`) and every one of `absolute` is a time of the same kind said outright (a date,
 * a month, a quarter, a year): "this year" and "2025" may be one year, as "by Friday" and
 * "by Oct 17" may be one day — which depends on when the note was written.
 */
function relativeBesideAbsolute(relative: readonly string[], absolute: readonly string[]): boolean {
  return relative.every(relativeDay) && absolute.every((x) => relative.some((r) => sameKindOfTime(r, x)));
}

/** True when the relative time `r` and the time `x` said outright are of one kind (see `relativeBesideAbsolute`). */
function sameKindOfTime(r: string, x: string): boolean {
  if (x.startsWith('d:')) return r.startsWith('w:') || /^r:.*(?:w|we|mo)$/.test(r);
  if (!r.startsWith('r:')) return false;
  if (x.startsWith('m:')) return r.endsWith('mo');
  if (/^q[1-4]$/.test(x)) return r.endsWith('q');
  if (/^h[12]$/.test(x)) return r.endsWith('h');
  return r.endsWith('y') && /^(?:fy\d+|(?:19|20)\d\d)$/.test(x);
}

/** A relative period that moves away from now (`next`, `last`), not `this`. */
function movesAway(q: string): boolean {
  return q.startsWith('r:+') || q.startsWith('r:-');
}

/** A point or span of time: a date, weekday, month, quarter, half or fiscal year. */
function timeAnchor(q: string): boolean {
  return q.startsWith('d:') || q.startsWith('w:') || q.startsWith('m:') || /^(?:q[1-4]|h[12]|fy\d+)$/.test(q);
}

/** Quantities of `a` that no quantity of `b` says the same as. */
function quantitiesMissing(a: readonly string[], b: readonly string[]): string[] {
  let out: string[] | null = null;
  for (const x of a) if (!b.includes(x) && !b.some((y) => sameQuantity(x, y))) (out ??= []).push(x);
  return out ?? NOTHING;
}

/** True when the quantities only one copy has (`missing`) move a time both copies name: `next year` after a shared Q3. */
function movedAnchor(missing: readonly string[], all: readonly string[]): boolean {
  return missing.some(movesAway) && all.some((q) => timeAnchor(q) && !missing.includes(q));
}

/** Names of `a` that are not among the words of `b`. */
function namesMissing(a: readonly string[], words: ReadonlySet<string>): string[] {
  let out: string[] | null = null;
  for (const x of a) if (!words.has(x)) (out ??= []).push(x);
  return out ?? NOTHING;
}

/** True when `x` and `y` are one name with two neighbouring letters swapped (`Keswcik`, `Keswick`): a slip of the keys, in a name long enough not to be another. */
function sameNameSlipped(x: string, y: string): boolean {
  return x.length >= 5 && transposed(x, y);
}

/** True when `names` holds `name` with two neighbouring letters swapped (see `sameNameSlipped`). */
function slippedAmong(name: string, names: readonly string[]): boolean {
  for (const n of names) if (sameNameSlipped(name, n)) return true;
  return false;
}

// ─── Slips of the keys ───────────────────────────────────────────────────────

/** True when `x` and `y` differ only by two neighbouring letters swapped (`contarct`, `contract`), past the first letter. */
function transposed(x: string, y: string): boolean {
  const n = x.length;
  if (n !== y.length || n < 4 || x.charCodeAt(0) !== y.charCodeAt(0)) return false;
  let i = 1;
  while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i >= n - 1) return false;
  if (x.charCodeAt(i) !== y.charCodeAt(i + 1) || x.charCodeAt(i + 1) !== y.charCodeAt(i)) return false;
  for (let k = i + 2; k < n; k++) if (x.charCodeAt(k) !== y.charCodeAt(k)) return false;
  // Two vowels swapped in a short word are as often two words (dairy / diary, trial / trail).
  return n >= 7 || !(VOWELS.includes(x[i]) && VOWELS.includes(x[i + 1]));
}
const VOWELS = 'aeiouy';

/** True when the longer word is the shorter with one letter doubled (`questionaire`, `questionnaire`; `comit`, `commit`). */
function doubled(x: string, y: string): boolean {
  const short = x.length < y.length ? x : y;
  const long = short === x ? y : x;
  if (long.length !== short.length + 1 || short.length < 5) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // `long[i]` is the extra letter: it must repeat a neighbour.
  if (i === 0 || long.charCodeAt(i) !== long.charCodeAt(i - 1)) {
    if (i + 1 >= long.length || long.charCodeAt(i) !== long.charCodeAt(i + 1)) return false;
  }
  for (let k = i; k < short.length; k++) if (short.charCodeAt(k) !== long.charCodeAt(k + 1)) return false;
  // A doubled letter before an ending is how English inflects (planing / planning, later / latter).
  return !INFLECTED_DOUBLE.test(long.slice(i - 1));
}
const INFLECTED_DOUBLE = /^(.)\1(?:ing|ed|er|est|ers)$/;

/**
 * True when `x` and `y` differ only by one vowel put for another inside a longer word
 * (`renewel`, `renewal`; `stearing`, `steering`; `independant`): the usual slip of spelling
 * an unstressed vowel. Not in the first two letters, where it makes another word as often
 * (`letter` / `litter`, `hanger` / `hunger`), nor the last.
 */
function vowelSwapped(x: string, y: string): boolean {
  const n = x.length;
  if (n !== y.length || n < 6) return false;
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (x.charCodeAt(i) === y.charCodeAt(i)) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 2 && at <= n - 2 && PLAIN_VOWELS.includes(x[at]) && PLAIN_VOWELS.includes(y[at]);
}
const PLAIN_VOWELS = 'aeiou';

/** A slip of the keys: two neighbouring letters swapped, a letter doubled or not, or one vowel for another, in a word of letters. */
function slip(x: string, y: string): boolean {
  const d = x.length - y.length;
  if (d > 1 || d < -1 || x.charCodeAt(0) !== y.charCodeAt(0)) return false;
  if (!(d === 0 ? transposed(x, y) || vowelSwapped(x, y) : doubled(x, y))) return false;
  return LETTERS.test(x) && LETTERS.test(y);
}
const LETTERS = /^[a-z]+$/;

/** Most slips mended in one copy: a third would leave too little of the words to be sure. */
const MOST_SLIPS = 2;

/**
 * The two copies' token numbers with slips of the keys mended: when every token one copy
 * has and the other lacks (one or two) is a slip away from a token or word of the other
 * that the first lacks ("Sned" beside "Send", "Recieve the singed NDA" beside "Receive the
 * signed NDA"), each takes that token. The other copy may add detail besides. Null when
 * there is no such copy.
 */
function mendSlip(a: NormalizedText, b: NormalizedText): [readonly number[], readonly number[]] | null {
  const ma = mendedCopy(a, b);
  if (ma !== null) return [ma, b.ids];
  const mb = mendedCopy(b, a);
  return mb === null ? null : [a.ids, mb];
}

/** `from`'s token numbers with each it has and `to` lacks mended (see `mendSlip`); null unless all of them, one or two, are slips. */
function mendedCopy(from: NormalizedText, to: NormalizedText): number[] | null {
  let lacking = 0;
  for (const y of to.ids) if (!from.ids.includes(y)) lacking++;
  let mended: number[] | null = null;
  let slips = 0;
  for (let k = 0; k < from.ids.length; k++) {
    const x = from.ids[k];
    if (to.ids.includes(x)) continue;
    if (++slips > MOST_SLIPS || slips > lacking) return null;
    const y = slipTarget(x, from, to);
    if (y < 0) return null;
    (mended ??= from.ids.slice())[k] = y;
  }
  return mended;
}

/** The token of `to` that token `x` of `from` is a slip away from, as tokens or as the words they come from; -1 for none. */
function slipTarget(x: number, from: NormalizedText, to: NormalizedText): number {
  const tx = tokenOf(x);
  for (const y of to.ids) if (!from.ids.includes(y) && slip(tx, tokenOf(y))) return y;
  // The words may differ where the tokens cannot tell (`send` reads as `share`): compare the words themselves.
  for (const wa of from.words) {
    if (wa.length < 4 || wordTokenId(wa) !== x) continue;
    for (const wb of to.words) {
      if (!slip(wa, wb)) continue;
      const y = wordTokenId(wb);
      if (y >= 0 && to.ids.includes(y) && !from.ids.includes(y)) return y;
    }
  }
  return -1;
}

/**
 * The two copies' token numbers with quantities that say the same written differently
 * ("this week" and "by Friday", "$40k" and "40k") made one token. Null when there is none.
 */
function mendQuantities(a: NormalizedText, b: NormalizedText, ids: readonly [readonly number[], readonly number[]]): [readonly number[], readonly number[]] | null {
  let out: number[] | null = null;
  for (const x of a.quantities) {
    if (b.quantities.includes(x)) continue;
    // Made one already, from the other side.
    if (ids[1].includes(tokenId('#' + x))) continue;
    for (const y of b.quantities) {
      if (a.quantities.includes(y) || !sameQuantity(x, y)) continue;
      const k = (out ?? ids[0]).indexOf(tokenId('#' + x));
      if (k >= 0) (out ??= ids[0].slice())[k] = tokenId('#' + y);
      break;
    }
  }
  return out === null ? null : [out, ids[1]];
}

/**
 * Below this slips of the keys or a quantity written another way, mended, cannot lift a
 * pair to a duplicate; above the apply threshold they need not. (One slip in four words
 * leaves about 0.7; two slips are mended only in items long enough to stay above it, and
 * the duplicate finder's pruning asks no less.)
 */
const MEND_FLOOR = 0.55;

/**
 * True when mending may change the pair (see `mendedScore`): one copy has a single token the
 * other lacks, or the copies name quantities that are not the same. `shared` is the count of
 * shared tokens when known (-1 when not): most pairs are settled by it without a look at their tokens.
 */
function mendable(na: NormalizedText, nb: NormalizedText, shared: number): boolean {
  if (shared < 0) return true;
  const ua = na.ids.length - shared;
  const ub = nb.ids.length - shared;
  // Each slip takes a token the other copy has and the slipped one lacks: the other lacks as many or more.
  if ((ua > 0 && ua <= MOST_SLIPS && ub >= ua) || (ub > 0 && ub <= MOST_SLIPS && ua >= ub)) return true;
  return na.quantities.length > 0 && nb.quantities.length > 0 && !sameList(na.quantities, nb.quantities);
}

/** True when two short lists hold the same strings in the same order. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The pair's score with slips of the keys and quantities written another way mended (see `mendSlip`, `mendQuantities`); `score` when there is nothing to mend. */
function mendedScore(na: NormalizedText, nb: NormalizedText, weight: TokenWeight | IdWeights, score: number): number {
  if (na.compounds.length > 0 || nb.compounds.length > 0) return score;
  let mended = mendSlip(na, nb);
  if (na.quantities.length > 0 && nb.quantities.length > 0) {
    mended = mendQuantities(na, nb, mended ?? [na.ids, nb.ids]) ?? mended;
    const turned = mendQuantities(nb, na, mended ? [mended[1], mended[0]] : [nb.ids, na.ids]);
    if (turned) mended = [turned[1], turned[0]];
  }
  if (mended === null) return score;
  const [ma, mb] = mended;
  return Math.max(score, weight instanceof IdWeights ? overlapOfIds(ma, mb, weight) : overlapScore(ma.map(tokenOf), mb.map(tokenOf), weight));
}
const NOTHING: string[] = [];

/**
 * Parties `x` brings in (see `NormalizedText.parties`) of which the other side says
 * nothing at all: no word of the name in its text, nor in its assignee's name.
 */
function partiesAdded(x: Comparable, other: Comparable): string[] {
  let out: string[] | null = null;
  for (const party of x.norm.parties) {
    const words = party.split(' ');
    if (words.some((w) => other.norm.words.has(w) || (other.assignee !== null && other.assignee.split(' ').includes(w)) || slippedAmong(w, other.norm.names))) continue;
    (out ??= []).push(party);
  }
  return out ?? NOTHING;
}

/** The words of an assignee key (`ana lopez`, `Ana López` as the graph resolves it, `role:hr`), folded, or null for none. */
function keyWords(key: string | null): readonly string[] | null {
  if (key === null || key === '') return null;
  let words = KEY_WORDS.get(key);
  if (words === undefined) {
    words = foldAccents(key).split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 1);
    // A vault has a few hundred assignees; the bound only guards against misuse.
    if (KEY_WORDS.size > 10_000) KEY_WORDS.clear();
    KEY_WORDS.set(key, words);
  }
  return words;
}
const KEY_WORDS = new Map<string, readonly string[]>();

/**
 * True when some word of `owner` is written by the other side: in its text, or as a word
 * of its owner — whole, or one the short form of the other (`Bea` / `beatriz`).
 */
function ownerMet(owner: readonly string[], otherOwner: readonly string[], other: Comparable): boolean {
  for (const w of owner) {
    if (other.norm.words.has(w)) return true;
    for (const v of otherOwner) if (v.startsWith(w) || w.startsWith(v)) return true;
  }
  return false;
}

/**
 * Whether two tasks are for different people when at least one names its owner only in
 * its words ("Ana to send the deck" beside "Send the deck @Bo"): `firm` when each owner is
 * named as one (an assignee, or "Ana to / will …"), `loose` when one is only set before the
 * item ("Ana: …", "(Ana) …", written the same way as a topic label), null when they agree,
 * one side names no one, or both have assignees (the assignee rule decides).
 */
function ownersDiffer(a: Comparable, b: Comparable): 'firm' | 'loose' | null {
  if ((a.kind ?? 'task') !== 'task' || (b.kind ?? 'task') !== 'task') return null;
  if (a.assignee && b.assignee) return null;
  const selfA = isSelf(a);
  const selfB = isSelf(b);
  if (selfA || selfB) {
    // The vault owner (`@Myself`, "I'll send…") beside someone named: that someone may be the
    // owner by name, which is not known here, or someone else. The user decides.
    if (selfA && selfB) return null;
    return namesSomeone(selfA ? b : a) ? 'loose' : null;
  }
  const ka = keyWords(a.assignee);
  const kb = keyWords(b.assignee);
  if (ka !== null && kb !== null) return null;
  const ta = ka === null ? a.norm.owner : null;
  const tb = kb === null ? b.norm.owner : null;
  const wa = ka ?? ta?.words ?? null;
  const wb = kb ?? tb?.words ?? null;
  if (wa === null || wb === null || wa.length === 0 || wb.length === 0) return null;
  if (ownerMet(wa, wb, b) || ownerMet(wb, wa, a)) return null;
  return (ta?.firm ?? true) && (tb?.firm ?? true) ? 'firm' : 'loose';
}

/** True when the vault owner does the item: assigned to them, or saying "I'll …" in its words with no assignee. */
function isSelf(c: Comparable): boolean {
  return c.assignee === OWNER_KEY || (!c.assignee && c.norm.owner?.self === true);
}

/** True when an item names who does it: an assignee, or a person in its words (`Ana to send…`). */
function namesSomeone(c: Comparable): boolean {
  return !!c.assignee || (c.norm.owner?.words.length ?? 0) > 0;
}

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** Token numbers of verbs whose two sides may change places. */
let SYMMETRIC: number[] | null = null;

/** True when `n` writes `word`: among its words, or as where it goes or comes from. */
function writes(n: NormalizedText, word: string): boolean {
  if (n.words.has(word)) return true;
  // A weekday is a quantity, not a word: "the Thursday call" writes Thursday.
  if (WEEKDAY.test(word) && n.quantities.includes('w:' + word.slice(0, 3))) return true;
  for (const d of n.directions) if (d.length > word.length && d.endsWith(word) && d.charCodeAt(d.length - word.length - 1) === 58) return true;
  return false;
}

/**
 * Where the two copies go and come from, told apart — "from AWS to Azure" beside "from Azure
 * to AWS", "the Orbis case study to Keswick" beside "the Keswick case study to Orbis", "move
 * the call to Thursday" beside "move the Thursday call to Friday" — as words for the reason,
 * or null. One copy must write the other's place somewhere: a copy that sends to someone the
 * other never mentions is a matter for the name guards.
 */
function turnedRound(a: NormalizedText, b: NormalizedText): string | null {
  const da = a.directions;
  if (da.length === 0) return null;
  const db = b.directions;
  if (db.length === 0) return null;
  // Introducing Ana to Bo is introducing Bo to Ana; comparing goes both ways too.
  SYMMETRIC ??= ['introduce', 'compare'].map((w) => wordTokenId(w));
  for (const id of SYMMETRIC) if (a.ids.includes(id) || b.ids.includes(id)) return null;
  for (const x of da) {
    if (db.includes(x)) continue;
    const colon = x.indexOf(':');
    const prep = x.slice(0, colon + 1);
    const wx = x.slice(colon + 1);
    // The same word on the other side of the move: "from Corvane" beside "to Corvane".
    if (db.includes((prep === 'to:' ? 'from:' : 'to:') + wx) && !da.includes((prep === 'to:' ? 'from:' : 'to:') + wx)) return `${x.slice(0, colon)} ${wx}`;
    for (const y of db) {
      if (!y.startsWith(prep) || da.includes(y)) continue;
      const wy = y.slice(colon + 1);
      // One word in the singular and the plural (`Nordic`, `Nordics`).
      if (wy === wx + 's' || wx === wy + 's') continue;
      // Another destination, where one copy names the other's somewhere else: "to Thursday" beside "the Thursday call to Friday".
      if (writes(b, wx) || writes(a, wy)) return `${x.slice(0, colon)} ${wx} / ${wy}`;
    }
  }
  return null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A task's due date as Tasks reads it (📅 or a `[due:: …]` field); null for none or not a task. */
function dueOf(c: Comparable): string | null {
  const t = (c as DatedComparable).task;
  const due = t ? (t.due ?? t.fields?.due ?? null) : null;
  return due !== null && ISO_DAY.test(due) ? due : null;
}

/**
 * A day `words` writes in its text ("by November 14") that is not the due date `dated` has
 * as a signifier (📅 2025-10-31), when `dated` writes no day in its own words and `words` has
 * no due date of its own: two deadlines, as the days for the reason; null when they agree.
 * A weekday or "next week" is not a day here: which day it is depends on the meeting.
 */
function dueDisagrees(words: Comparable, dated: Comparable): string | null {
  // Most items write no day: settled before the tasks are looked at.
  let days: string[] | null = null;
  for (const q of words.norm.quantities) if (q.startsWith('d:')) (days ??= []).push(q);
  if (days === null) return null;
  const due = dueOf(dated);
  if (due === null || dueOf(words) !== null) return null;
  for (const q of dated.norm.quantities) if (q.startsWith('d:')) return null;
  const d = `d:${due}`;
  return days.some((x) => sameDay(x, d)) ? null : `${days.join(', ')} vs ${d}`;
}

/** How sure a step towards another item (see `stepOf`) may make us that it is that item: shown, never applied. */
const STEP_CAP = 0.65;

/**
 * True when task `y` is a step towards task `x` rather than a copy of it: `y` leads with an
 * action `x` does not name, and names `x`'s own action only as a thing, not in a verb's place
 * — "Write the launch announcement for the portal" beside "Launch the portal", "Send the SOW
 * draft for review" beside "Draft the SOW", "Schedule a review of the deck" beside "Review
 * the deck". Unless `y` writes that action as a thing (`a review`), it must add a word
 * besides its verb: a copy that only starts with a word of its own ("TODO send…") is still a copy.
 */
function stepOf(x: NormalizedText, y: NormalizedText): boolean {
  // The leads first, from a look at the first words; the whole reading only for the few pairs they leave.
  const lx = x.head.lead;
  if (lx < 0 || !y.ids.includes(lx)) return false;
  const ly = y.head.lead;
  if (ly < 0 || ly === lx || x.ids.includes(ly)) return false;
  const ay = y.actions;
  if (ay.verbs.includes(lx)) return false;
  if (ay.things.includes(lx)) return true;
  for (const id of y.ids) if (id !== ly && !x.ids.includes(id)) return true;
  return false;
}

/** Tokens of `ids` that are also in `own`: an object's words that are the item's own tokens (a number word is a quantity there). */
function ownTokens(ids: readonly number[], own: readonly number[]): number[] {
  const out: number[] = [];
  for (const id of ids) if (own.includes(id)) out.push(id);
  return out;
}

/** Token numbers of words that say how a thing is passed on or talked over (`call`, `time`, `email`), not what it is. */
let CARRIERS: number[] | null = null;

/**
 * True when task `y` does the same thing as task `x` to another object, for `x`'s object:
 * "Set up monitoring for the staging site" beside "Set up the staging site", "Book a room for
 * the QBR" beside "Book the QBR". Not when `y`'s object only carries `x`'s ("Set up time for
 * the QBR prep" is setting up the QBR prep, "Send a follow-up email with the deck" sending it).
 */
function otherObjectFor(x: NormalizedText, y: NormalizedText): boolean {
  const ax = x.head;
  const ay = y.head;
  if (ax.lead < 0 || ax.lead !== ay.lead) return false;
  const ox = ownTokens(ax.object, x.ids);
  const oy = ownTokens(ay.object, y.ids);
  if (ox.length === 0 || oy.length === 0) return false;
  CARRIERS ??= ['meeting', 'time', 'slot', 'email', 'mail', 'message', 'invite', 'followup', 'note'].map((w) => wordTokenId(w));
  let onlyCarriers = true;
  for (const id of oy) {
    if (x.ids.includes(id)) return false;
    if (!CARRIERS.includes(id)) onlyCarriers = false;
  }
  if (onlyCarriers) return false;
  for (const id of ox) if (!y.ids.includes(id)) return false;
  return true;
}

/**
 * True when one task is a step towards the other (see `stepOf`, `otherObjectFor`). The step
 * must have a word the other lacks: that is looked at first, since reading an item's actions
 * takes a pass over its words, and most pairs this close are copies, one inside the other.
 */
function oneIsStep(a: NormalizedText, b: NormalizedText): boolean {
  if (hasOwnWord(b, a) && (stepOf(a, b) || otherObjectFor(a, b))) return true;
  return hasOwnWord(a, b) && (stepOf(b, a) || otherObjectFor(b, a));
}

/** True when `y` has a token that is a word (not a quantity) and that `x` lacks. */
function hasOwnWord(y: NormalizedText, x: NormalizedText): boolean {
  for (const id of y.ids) if (!x.ids.includes(id) && tokenOf(id).charCodeAt(0) !== 35) return true;
  return false;
}

/** Compare two items; weights by token, or by token number for many comparisons in one vault. */
export function compareItems(a: Comparable, b: Comparable, weight: TokenWeight | IdWeights = UNIFORM): Similarity {
  const reasons: string[] = [];
  const { confidence, guard } = judge(a, b, weight, reasons);
  return { confidence, guard, reasons };
}

/** The confidence and guard of {@link compareItems} without the sentences: for the many pairs no one reads about. */
export function pairScore(a: Comparable, b: Comparable, weight: TokenWeight | IdWeights = UNIFORM): { confidence: number; guard: NearMiss | null } {
  return judge(a, b, weight, null);
}

/** The confidence a pair scoring above every cap keeps under `guard`: its cap, rounded as every confidence is. */
function cappedBy(guard: NearMiss): number {
  return Math.max(0, Math.min(1, Math.round(CAP[guard] * 100) / 100));
}

/** Whichever of two guards caps lower. */
function strongerGuard(current: NearMiss | null, kind: NearMiss): NearMiss {
  return current === null || CAP[kind] < CAP[current] ? kind : current;
}

/**
 * The item without the words naming its owner (see `NormalizedText.owner`) that the other
 * copy does not write: "Ana to send the deck" says "send the deck" beside "Send the deck
 * @Ana", and still names Ana beside "Deck to be sent by Ana".
 */
function withoutOwner(n: NormalizedText, other: NormalizedText): NormalizedText {
  const owner = n.owner;
  if (owner === null || owner.ids.length === 0) return n;
  let drop = 0;
  for (const id of n.ids) if (owner.ids.includes(id) && !other.ids.includes(id)) drop++;
  // An item that is nothing but a name keeps it.
  if (drop === 0 || drop === n.ids.length) return n;
  const ids: number[] = [];
  const tokens: string[] = [];
  for (let k = 0; k < n.ids.length; k++) {
    if (owner.ids.includes(n.ids[k]) && !other.ids.includes(n.ids[k])) continue;
    ids.push(n.ids[k]);
    tokens.push(n.tokens[k]);
  }
  return new OwnerSetAside(n, ids, tokens);
}

/** A normalised text with other tokens, everything else read from it when asked. */
class OwnerSetAside implements NormalizedText {
  private set: Set<string> | null = null;
  constructor(
    private readonly base: NormalizedText,
    readonly ids: readonly number[],
    readonly tokens: string[],
  ) {}
  get tokenSet(): ReadonlySet<string> {
    return (this.set ??= new Set(this.tokens));
  }
  get signature(): string {
    return [...this.tokens].sort().join(' ');
  }
  get quantities(): string[] {
    return this.base.quantities;
  }
  get names(): string[] {
    return this.base.names;
  }
  get parties(): string[] {
    return this.base.parties;
  }
  get words(): Set<string> {
    return this.base.words;
  }
  get directions(): string[] {
    return this.base.directions;
  }
  get owner(): TextOwner | null {
    return this.base.owner;
  }
  get negated(): boolean {
    return this.base.negated;
  }
  get hedged(): boolean {
    return this.base.hedged;
  }
  get poles(): string[] {
    return this.base.poles;
  }
  get compounds(): { joined: string; parts: string[] }[] {
    return this.base.compounds;
  }
  get actions(): Actions {
    return this.base.actions;
  }
  get head(): Pick<Actions, 'lead' | 'object'> {
    return this.base.head;
  }
}

function judge(a: Comparable, b: Comparable, weight: TokenWeight | IdWeights, reasons: string[] | null): { confidence: number; guard: NearMiss | null } {
  let confidence: number;
  // Only tasks name an owner; a company that "will renew" is what a fact is about.
  const na = (a.kind ?? 'task') === 'task' ? withoutOwner(a.norm, b.norm) : a.norm;
  const nb = (b.kind ?? 'task') === 'task' ? withoutOwner(b.norm, a.norm) : b.norm;
  let shared = -1;
  if (weight instanceof IdWeights && na.compounds.length === 0 && nb.compounds.length === 0) {
    confidence = overlapOfIds(na.ids, nb.ids, weight);
    shared = lastSharedCount;
  } else {
    const byToken = weight instanceof IdWeights ? weight.byToken : weight;
    const [ta, tb] = withCompounds(na, nb);
    confidence = overlapScore(ta, tb, byToken, tb === nb.tokens ? nb.tokenSet : undefined);
  }
  // A slip of the keys in one copy ("Sned the contarct") costs it a word it shares; so does a quantity written another way.
  if (confidence >= MEND_FLOOR && confidence < APPLY_THRESHOLD && mendable(na, nb, shared)) confidence = mendedScore(na, nb, weight, confidence);
  // Guards only lower a score; one this low is not worth checking.
  if (confidence < REPORT_THRESHOLD - 0.1) return { confidence: Math.round(confidence * 100) / 100, guard: null };

  // The strongest guard that applies caps the confidence; sentences are made only when asked for.
  // Without sentences only the strongest guard matters, and since the score is above every
  // cap here, a guard's cap is the confidence: the costly name checks run only when no
  // cheaper guard has already decided.
  let guard: NearMiss | null = null;
  const capReasons: string[] | null = reasons ? [] : null;
  if (a.norm.negated !== b.norm.negated) {
    guard = strongerGuard(guard, 'negation');
    capReasons?.push('one says not to');
  }
  if (oppositePoles(a.norm.poles, b.norm.poles)) {
    guard = strongerGuard(guard, 'opposite');
    capReasons?.push('opposite actions');
  }
  if (guard !== null && reasons === null) return { confidence: cappedBy(guard), guard };

  const qa = b.norm.quantities.length === 0 ? a.norm.quantities : quantitiesMissing(a.norm.quantities, b.norm.quantities);
  const qb = a.norm.quantities.length === 0 ? b.norm.quantities : quantitiesMissing(b.norm.quantities, a.norm.quantities);
  const weekdayOrDate = qa.length > 0 && qb.length > 0 && (relativeBesideAbsolute(qa, qb) || relativeBesideAbsolute(qb, qa));
  // "Q3" beside "Q3 next year", "by Friday" beside "by next Friday": the same anchor, moved by one copy only.
  const movedByOne = (qa.length === 0) !== (qb.length === 0) && movedAnchor(qa.length > 0 ? qa : qb, qa.length > 0 ? a.norm.quantities : b.norm.quantities);
  if (weekdayOrDate) {
    // "by Friday" and "by Oct 17" may be the same deadline, "this year" and "2025" the same year: it depends on the meeting's date.
    confidence = Math.min(confidence, 0.65);
    reasons?.push(`one copy says when relative to the meeting (a weekday, "next week", "this year"), the other gives the date: check they are the same (${[...qa, ...qb].join(', ')})`);
  } else if (movedByOne) {
    confidence = Math.min(confidence, 0.65);
    reasons?.push(`one copy moves the time it names (${[...qa, ...qb].join(', ')}): check they are the same`);
  } else if (qa.length > 0 && qb.length > 0) {
    guard = strongerGuard(guard, 'quantity');
    capReasons?.push(`different numbers: ${qa.join(', ')} vs ${qb.join(', ')}`);
  } else if (qa.length + qb.length > 0) confidence -= 0.04;
  if (guard === null || capReasons !== null) {
    const days = dueDisagrees(a, b) ?? dueDisagrees(b, a);
    if (days !== null) {
      guard = strongerGuard(guard, 'quantity');
      capReasons?.push(`different days: ${days}`);
    }
  }
  let assigneesDiffer = a.assignee !== null && b.assignee !== null && a.assignee !== '' && b.assignee !== '' && a.assignee !== b.assignee;
  // An owner written in the words counts as an assignee; one only set before the item is less sure.
  const owners = assigneesDiffer ? null : ownersDiffer(a, b);
  if (owners === 'firm') assigneesDiffer = true;
  const assigneeRole = assigneesDiffer && (a.assigneeIsRole === true || b.assigneeIsRole === true);
  if (reasons === null && (guard !== null || (assigneesDiffer && !assigneeRole))) {
    // A names guard caps higher than a quantity or assignee one, so it cannot change the outcome.
    guard ??= 'assignee';
    return { confidence: cappedBy(guard), guard };
  }

  let namesDiffer = false;
  if (a.norm.names.length > 0 && b.norm.names.length > 0) {
    const na = namesMissing(a.norm.names, b.norm.words);
    const nb = na.length === 0 ? NOTHING : namesMissing(b.norm.names, a.norm.words);
    // One name each that differs by a slip of the keys is one name.
    if (na.length > 0 && nb.length > 0 && !(na.length === 1 && nb.length === 1 && sameNameSlipped(na[0], nb[0]))) {
      namesDiffer = true;
      guard = strongerGuard(guard, 'name');
      capReasons?.push(`different names: ${na.join(', ')} vs ${nb.join(', ')}`);
    }
  }
  if (!namesDiffer && (a.norm.names.length > 0 || b.norm.names.length > 0)) {
    // A qualifier that brings in another company or person changes the fact:
    // "signed an agreement" is not "signed an agreement with Orbis Freight".
    const addedByA = partiesAdded(a, b);
    const addedByB = partiesAdded(b, a);
    if (addedByA.length + addedByB.length > 0) {
      guard = strongerGuard(guard, 'name');
      capReasons?.push(`one names another party: ${[...addedByA, ...addedByB].join(', ')}`);
    }
  }

  if (guard === null || reasons !== null) {
    const turned = turnedRound(a.norm, b.norm);
    if (turned !== null) {
      guard = strongerGuard(guard, 'opposite');
      capReasons?.push(`the same words, another way round: ${turned}`);
    }
  }

  if (confidence > STEP_CAP && (a.kind ?? 'task') === 'task' && (b.kind ?? 'task') === 'task' && oneIsStep(a.norm, b.norm)) {
    // One task is a step towards the other: related, perhaps the same work, but a task lost if merged wrongly.
    confidence = STEP_CAP;
    reasons?.push('one copy does another thing for the other (a step towards it, not the same task): check');
  }
  if (a.norm.hedged !== b.norm.hedged) {
    // "Northwind might renew" is not yet "Northwind will renew": the user decides.
    confidence = Math.min(confidence, 0.65);
    reasons?.push('one copy says it only may be so');
  }
  if (owners === 'loose') {
    confidence = Math.min(confidence, 0.65);
    reasons?.push('one copy names its owner before the item, and another owner than the other copy: check whose it is');
  }
  if (assigneesDiffer) {
    if (assigneeRole) {
      confidence = Math.min(confidence, 0.65);
      reasons?.push('one copy is assigned to a role, the other to a person');
    } else {
      guard = strongerGuard(guard, 'assignee');
      capReasons?.push('different assignees');
    }
  }
  if (guard !== null) confidence = Math.min(confidence, CAP[guard]);
  if (reasons && capReasons) reasons.push(...capReasons);

  confidence = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100));
  if (guard === null && reasons) {
    if (confidence >= 0.99) reasons.unshift('the same words, order and spelling aside');
    else if (confidence >= REPORT_THRESHOLD) reasons.unshift('same item, reworded or with added detail');
  }
  return { confidence, guard };
}
