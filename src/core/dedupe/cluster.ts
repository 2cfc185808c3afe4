/**
 * Finding duplicate groups across a vault without comparing all pairs.
 *
 * Candidates come from blocks: the items of one meeting (which covers one note),
 * compared pairwise when the block is small and through an inverted index of rare
 * tokens when it is not; and, for open tasks, the tasks of one assignee across the
 * vault, through the same index with a cap on how common a token may be. Pairs are
 * scored by `compareItems` and joined greedily, strongest first, never joining two
 * clusters that hold a near-miss pair.
 */
import type { DuplicateGroup, DuplicateKind, Item, ItemKind, Note, Task } from '../model';
import { TextHash } from '../text';
import { chooseCanonical, mergeTasks, type Copy } from './canonical';
import { defaultCanonicalName, guessOwner, isRole, OWNER_KEY, type CanonicalName } from './names';
import { beginNormalizePass, normalizeText, tokenCount, type NormalizedText } from './normalize';
import { APPLY_THRESHOLD, compareItems, IdWeights, overlapFromParts, pairScore, PLAUSIBLE_SHARE, plausiblePair, REPORT_THRESHOLD, type Comparable } from './similarity';
import { isMarkedDuplicate, withoutMark } from './marks';
import { tasksWithBullets } from '../graph/action-bullets';
import { finish, pacer, type Steps } from '../steps';

/** What the meetings step tells us: which notes record one meeting. */
export interface MeetingNotes {
  id: string;
  notes: readonly string[];
}

export interface DedupeOptions {
  /** The vault owner, so `@Myself` and their name compare equal. Guessed from `source_ref` when absent. */
  owner?: string | null;
  /** Canonical key of a written assignee (the graph's name resolution); null for nobody. */
  canonicalName?: CanonicalName;
  /** Report open tasks of the same assignee across meetings as possible duplicates. Default true. */
  vault?: boolean;
  /** Confidence below which nothing is reported. Default 0.6. */
  reportThreshold?: number;
  /**
   * Look for groups only in these meetings (ids, or `note:<path>` for a note in no
   * meeting); the other notes still count for how rare each word is. For regrouping
   * after a plan changed a few notes.
   */
  onlyMeetings?: ReadonlySet<string>;
  /**
   * The notes are the whole vault (the graph's scan): the memoised normalisation keeps
   * only their items afterwards, so it never holds texts the vault no longer has.
   */
  wholeVault?: boolean;
}

/** How a grouping read the vault: enough to group the same notes again, after a plan, the same way. */
export interface GroupingInputs {
  /** The notes' paths, in the order given. */
  paths: readonly string[];
  meetings: readonly MeetingNotes[];
  owner: string | null;
  /** The key each written assignee resolved to. */
  names: ReadonlyMap<string, string | null>;
  /**
   * How the caller grouped notes into meetings, when it said (see {@link recordMeetingGrouping}):
   * a plan that deletes repeated items changes what notes say, and so which notes of one day a
   * later scan joins into a meeting — regrouping with it sees what that scan will see.
   */
  regroupMeetings?: (notes: readonly Note[]) => readonly MeetingNotes[];
}

/** Per result of {@link findDuplicates}: how it read the vault. */
const INPUTS = new WeakMap<readonly DuplicateGroup[], GroupingInputs>();

/**
 * How the vault was read to find `groups` (the very array `findDuplicates` returned, as
 * a graph's `duplicates` holds it), so a plan's result can be regrouped with the same
 * meetings and names without building the graph again; undefined for any other array.
 */
export function groupingInputs(groups: readonly DuplicateGroup[]): GroupingInputs | undefined {
  return INPUTS.get(groups);
}

/** Record how the meetings given to {@link findDuplicates} for `groups` were made, so a plan's result can be regrouped the same way. */
export function recordMeetingGrouping(groups: readonly DuplicateGroup[], regroup: (notes: readonly Note[]) => readonly MeetingNotes[]): void {
  const inputs = INPUTS.get(groups);
  if (inputs) inputs.regroupMeetings = regroup;
}

/** One item that can be duplicated. */
export interface Entry extends Copy, Comparable {
  kind: DuplicateKind;
  /** Items compare only with items of the same class (task, decision, outcome, fact). */
  cls: string;
  meeting: string;
  text: string;
  open: boolean;
  written: string | null;
  /**
   * A copy an earlier run marked as a duplicate (`(duplicate of [[…]])`). It still
   * takes part in grouping — so a near-miss it kept out of a group stays out, and a
   * second run finds what the first found — but it is never a member again.
   */
  settled?: boolean;
}

/** In a block up to this size every shared token counts; in larger blocks only rare ones propose candidates. */
const PAIRWISE_LIMIT = 16;
/** A token in more postings than this within a block is too common to propose candidates. */
const POSTING_CAP = 40;
/** Across one assignee's tasks a token is rare when at most this many of them have it. */
const VAULT_POSTING_CAP = 8;
/** No group grows beyond this in one go: real duplicates come in twos and threes, and a join checks the members of one side. */
const MAX_GROUP = 32;

const ITEM_CLASS: Partial<Record<ItemKind, DuplicateKind>> = { decision: 'decision', outcome: 'decision', fact: 'fact' };


function taskText(t: Task): string {
  return t.description || t.text;
}

/** Every task, decision, outcome and fact that may be deduplicated. */
export function collectEntries(notes: readonly Note[], meetings: readonly MeetingNotes[], canon: CanonicalName): Entry[] {
  return finish(collect(notes, meetings, canon)).entries;
}

/** The entries, and for each the number of the block it belongs to: one class of item in one meeting. */
interface Collected {
  entries: Entry[];
  /** Per entry: class number × meetings + meeting number. */
  block: Int32Array;
  blockCount: number;
  /** Per block: its meeting's id. */
  meetingOfBlock: string[];
}

/** The classes items compare within, numbered for the blocks. */
const CLASS_NUMBER: Record<string, number> = { task: 0, decision: 1, outcome: 2, fact: 3 };
const CLASS_COUNT = 4;

function* collect(notes: readonly Note[], meetings: readonly MeetingNotes[], canon: CanonicalName): Steps<Collected> {
  // Meetings by number, one per name; a note outside every meeting is a meeting of its own.
  const meetingOf = new Map<string, string>();
  for (const m of meetings) for (const p of m.notes) meetingOf.set(p, m.id);
  const numbers = new Map<string, number>();
  const noteMeeting = new Int32Array(notes.length);
  const meetingNames: string[] = [];
  for (let n = 0; n < notes.length; n++) {
    const name = meetingOf.get(notes[n].path) ?? `note:${notes[n].path}`;
    let k = numbers.get(name);
    if (k === undefined) {
      numbers.set(name, (k = meetingNames.length));
      meetingNames.push(name);
    }
    noteMeeting[n] = k;
  }
  const meetingCount = meetingNames.length;

  const entries: Entry[] = [];
  const blocks: number[] = [];
  // A vault writes the same few assignees on thousands of tasks: ask once per spelling.
  const roles = new Map<string, boolean>();
  const pace = pacer(4);
  for (let n = 0; n < notes.length; n++) {
    if (pace()) yield;
    const note = notes[n];
    const k = noteMeeting[n];
    const meeting = meetingNames[k];
    // Action items written as plain bullets are tasks to the dedupe too.
    for (const t of tasksWithBullets(note)) {
      if (t.statusType === 'non_task') continue;
      const raw = taskText(t);
      const settled = isMarkedDuplicate(raw);
      if (t.statusType === 'cancelled' && !settled) continue;
      const text = settled ? withoutMark(raw) : raw;
      const norm = normalizeText(text);
      if (norm.ids.length === 0) continue;
      const written = t.assignee ?? null;
      const key = written ? canon(written) : null;
      let role = false;
      if (written) {
        let known = roles.get(written);
        if (known === undefined) roles.set(written, (known = isRole(written)));
        role = known || (key?.startsWith('role:') ?? false);
      }
      entries.push(newEntry('task', 'task', note.path, t.line, t, null, meeting, text, settled ? false : t.open, written, norm, key, role, settled));
      blocks.push(k);
    }
    for (const it of note.items) {
      const kind = ITEM_CLASS[it.kind];
      if (!kind) continue;
      const settled = isMarkedDuplicate(it.text);
      const norm = normalizeText(settled ? withoutMark(it.text) : it.text);
      if (norm.ids.length === 0) continue;
      entries.push(newEntry(kind, it.kind, note.path, it.line, null, it, meeting, it.text, false, null, norm, null, false, settled));
      blocks.push(CLASS_NUMBER[it.kind] * meetingCount + k);
    }
  }
  const meetingOfBlock: string[] = [];
  for (let c = 0; c < CLASS_COUNT; c++) for (const name of meetingNames) meetingOfBlock.push(name);
  return { entries, block: Int32Array.from(blocks), blockCount: CLASS_COUNT * meetingCount, meetingOfBlock };
}

/** One entry. Every entry is made here, so all share one shape and the loops over them stay fast. */
function newEntry(
  kind: DuplicateKind,
  cls: string,
  path: string,
  line: number,
  task: Task | null,
  item: Item | null,
  meeting: string,
  text: string,
  open: boolean,
  written: string | null,
  norm: NormalizedText,
  assignee: string | null,
  assigneeIsRole: boolean,
  settled: boolean,
): Entry {
  return { kind, cls, path, line, task, item, detail: norm.ids.length, meeting, text, open, written, norm, assignee, assigneeIsRole, settled };
}

/** Inverse document frequency over the entries, per class, as weights by token number. */
function* tokenWeights(entries: readonly Entry[]): Steps<Map<string, IdWeights>> {
  const size = tokenCount();
  const df = new Map<string, Int32Array>();
  const count = new Map<string, number>();
  const pace = pacer(ENTRIES_PER_STEP);
  for (let i = 0; i < entries.length; i++) {
    if (pace()) yield;
    const e = entries[i];
    let m = df.get(e.cls);
    if (!m) df.set(e.cls, (m = new Int32Array(size)));
    count.set(e.cls, (count.get(e.cls) ?? 0) + 1);
    const ids = e.norm.ids;
    for (let k = 0; k < ids.length; k++) m[ids[k]]++;
  }
  const out = new Map<string, IdWeights>();
  for (const [cls, m] of df) {
    const n = Math.max(count.get(cls) ?? 1, 8);
    const table = new Float64Array(size);
    for (let id = 0; id < size; id++) table[id] = Math.log(1 + n / (m[id] || 1));
    out.set(cls, new IdWeights(table, Math.log(1 + n)));
    yield;
  }
  return out;
}

/**
 * Scratch space reused block after block: typed arrays indexed by token number or by
 * position in the block, reset through lists of what was touched, so a block of any size
 * allocates nothing per item. Each search has its own (a search runs in steps, and another
 * may run between two of them); a finished search leaves its space for the next.
 */
type Scratch = ReturnType<typeof newScratch>;

/** The space the last finished search left, if no search has taken it since. */
let spareScratch: Scratch | null = null;

function newScratch() {
  return {
  /** Per token number: how many items of the block have it, where its postings start, the next free posting. */
  tokenItems: new Int32Array(0),
  tokenStart: new Int32Array(0),
  tokenFill: new Int32Array(0),
  /** Token numbers the block uses. */
  tokens: new Int32Array(256),
  /** Postings: block positions, in ascending order per token. */
  postings: new Int32Array(1024),
  /** Per block position: rare tokens shared with the item being read; and the positions touched. */
  shared: new Int32Array(0),
  touched: new Int32Array(0),
  /** Per block position: the weight of the rare tokens shared with the item being read. */
  sharedWeight: new Float64Array(0),
  /** The signatures of a block's items, to sort. */
  signatures: new Float64Array(256),
  };
}

/** `a`, or a larger zeroed array when it is shorter than `size` (its contents are not kept). */
function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return a.length >= size ? a : new Int32Array(Math.max(size, a.length * 2));
}

/**
 * A number for a token set, the same whatever the order (tokens are unique per item):
 * items with equal numbers are proposed as candidates and then scored, so a rare
 * collision costs one comparison, never a wrong merge.
 */
function signatureKey(ids: Int32Array, from: number, to: number): number {
  let sum = 0;
  let mix = to - from;
  for (let k = from; k < to; k++) {
    const id = ids[k];
    const h = Math.imul(id + 0x7f4a7c15, 0x9e3779b1);
    sum = (sum + (h ^ (h >>> 15))) | 0;
    mix ^= Math.imul(id ^ 0x5bd1e995, 0x85ebca6b) >>> 11;
  }
  return (sum >>> 0) * 0x200000 + (mix & 0x1fffff);
}

/** Orders entries by assignee, then by position: the chain through copies of one wording. */
function byAssignee(entries: readonly Entry[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = entries[a].assignee ?? '';
    const y = entries[b].assignee ?? '';
    return x < y ? -1 : x > y ? 1 : a - b;
  };
}

/**
 * Pairs of items with the same token set, chained per assignee. The block's signatures
 * are sorted to find the repeated ones; only those (few) are gathered and chained.
 */
function identicalWordings(order: Int32Array, from: number, to: number, entries: readonly Entry[], table: TokenTable, out: PairList, scratch: Scratch): void {
  const m = to - from;
  if (scratch.signatures.length < m) scratch.signatures = new Float64Array(Math.max(m, scratch.signatures.length * 2));
  const sorted = scratch.signatures.subarray(0, m);
  for (let x = 0; x < m; x++) sorted[x] = table.signature[order[from + x]];
  sorted.sort();
  for (let x = 1; x < m; x++) {
    const key = sorted[x];
    if (key !== sorted[x - 1] || (x > 1 && key === sorted[x - 2])) continue;
    // The first repeat of `key`: gather its items in block order.
    const same: number[] = [];
    for (let y = from; y < to; y++) if (table.signature[order[y]] === key) same.push(order[y]);
    same.sort(byAssignee(entries));
    for (let k = 1; k < same.length; k++) out.push(same[k - 1], same[k]);
  }
}

/**
 * Every entry's token numbers in one flat array, entry after entry: blocking reads them
 * for items scattered across the vault, and one typed array read beats following each
 * entry to its normalised text and on to its list.
 */
interface TokenTable {
  /** Entry `i`'s tokens are `ids[start[i]]` up to `ids[start[i + 1]]`. */
  start: Int32Array;
  ids: Int32Array;
  /** 1 when the entry has compounds, whose matching follows other rules. */
  compound: Uint8Array;
  /** Per entry: its token set's {@link signatureKey}. */
  signature: Float64Array;
}

function* tokenTable(entries: readonly Entry[]): Steps<TokenTable> {
  const start = new Int32Array(entries.length + 1);
  for (let i = 0; i < entries.length; i++) start[i + 1] = start[i] + entries[i].norm.ids.length;
  yield;
  const ids = new Int32Array(start[entries.length]);
  const compound = new Uint8Array(entries.length);
  const signature = new Float64Array(entries.length);
  const pace = pacer(ENTRIES_PER_STEP);
  for (let i = 0; i < entries.length; i++) {
    if (pace()) yield;
    const norm = entries[i].norm;
    const from = start[i];
    const own = norm.ids;
    for (let k = 0; k < own.length; k++) ids[from + k] = own[k];
    if (norm.compounds.length > 0) compound[i] = 1;
    signature[i] = signatureKey(ids, from, start[i + 1]);
  }
  return { start, ids, compound, signature };
}

/**
 * What lets blocking drop pairs the overlap bound would drop anyway: each entry's total
 * weight, the weights of its class, and the bound below which a pair is not worth scoring.
 */
interface Pruning {
  total: Float64Array;
  weightsOf: readonly IdWeights[];
  cutoff: number;
}

/** Sums in another order may differ in the last bits: a pair is dropped only when clearly below. */
const PRUNING_MARGIN = 1e-9;

/**
 * An upper bound of the overlap score of two entries of total weights `wa` and `wb` that
 * share at most `shared` of weight (see `overlapFromParts`: the score only grows with the
 * shared weight, and the penalty for very short texts only lowers it).
 */
function overlapAtMost(wa: number, wb: number, shared: number): number {
  const small = Math.min(wa, wb);
  const large = Math.max(wa, wb);
  if (small <= 0) return 0;
  const most = Math.min(shared, small);
  return (most / small) * (0.8 + 0.2 * (most / large));
}

/** Candidate pairs, two entry numbers each, in a growing typed array. */
class PairList {
  private data = new Int32Array(1 << 12);
  length = 0;

  push(i: number, j: number): void {
    if (this.length + 2 > this.data.length) {
      const more = new Int32Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    this.data[this.length++] = i;
    this.data[this.length++] = j;
  }

  /** The `k`-th number pushed. */
  at(k: number): number {
    return this.data[k];
  }
}

/**
 * Entries grouped by block: `order[bounds[b]]` up to `order[bounds[b + 1]]` are the
 * entries of block `b`, in ascending entry order (a counting sort keeps it).
 */
function blocksOf(block: Int32Array, blockCount: number): { order: Int32Array; bounds: Int32Array } {
  const bounds = new Int32Array(blockCount + 1);
  for (let i = 0; i < block.length; i++) bounds[block[i] + 1]++;
  for (let b = 0; b < blockCount; b++) bounds[b + 1] += bounds[b];
  const fill = bounds.slice(0, blockCount);
  const order = new Int32Array(block.length);
  for (let i = 0; i < block.length; i++) order[fill[block[i]]++] = i;
  return { order, bounds };
}

/**
 * Candidate pairs inside one block (`order[from]` up to `order[to]`, ascending): those
 * sharing enough tokens when the block is small, else those sharing rare tokens.
 */
function* blockPairs(
  order: Int32Array,
  from: number,
  to: number,
  entries: readonly Entry[],
  table: TokenTable,
  out: PairList,
  pruning: Pruning,
  scratch: Scratch,
  fixedCap?: number,
): Steps<void> {
  const m = to - from;
  if (m < 2) return;
  // A small block counts every shared token, so a pair is proposed exactly when `plausiblePair` would pass it.
  const exact = m <= PAIRWISE_LIMIT;
  const vocabulary = tokenCount();
  if (scratch.tokenItems.length < vocabulary) {
    scratch.tokenItems = new Int32Array(vocabulary);
    scratch.tokenStart = new Int32Array(vocabulary);
    scratch.tokenFill = new Int32Array(vocabulary);
  }
  scratch.shared = grown(scratch.shared, m);
  scratch.touched = grown(scratch.touched, m);
  if (scratch.sharedWeight.length < m) scratch.sharedWeight = new Float64Array(Math.max(m, scratch.sharedWeight.length * 2));
  const { tokenItems, tokenStart, tokenFill, shared, touched, sharedWeight } = scratch;
  const { start, ids: flat, compound } = table;
  const { total: totalWeight, cutoff } = pruning;
  // One class per block, so one table of weights.
  const weights = pruning.weightsOf[order[from]];

  // Document frequencies within the block, and the token numbers it uses.
  let used = 0;
  let total = 0;
  for (let x = 0; x < m; x++) {
    const i = order[from + x];
    const end = start[i + 1];
    for (let t = start[i]; t < end; t++) {
      const id = flat[t];
      total++;
      if (tokenItems[id]++ === 0) {
        if (used === scratch.tokens.length) {
          const more = new Int32Array(used * 2);
          more.set(scratch.tokens);
          scratch.tokens = more;
        }
        scratch.tokens[used++] = id;
      }
    }
  }
  const tokens = scratch.tokens;
  let offset = 0;
  for (let k = 0; k < used; k++) {
    const id = tokens[k];
    tokenStart[id] = offset;
    tokenFill[id] = offset;
    offset += tokenItems[id];
  }
  const postings = (scratch.postings = grown(scratch.postings, total));
  for (let x = 0; x < m; x++) {
    const i = order[from + x];
    const end = start[i + 1];
    for (let t = start[i]; t < end; t++) postings[tokenFill[flat[t]]++] = x;
  }

  // Identical wordings: a chain through each assignee's copies is enough, the clusters close it.
  // (A small block finds them by their shared tokens.)
  if (!exact) identicalWordings(order, from, to, entries, table, out, scratch);

  // A token is rare when few items of the block have it; the cap grows slowly with the block.
  const cap = exact ? m : (fixedCap ?? Math.max(6, Math.min(POSTING_CAP, Math.round(2 * Math.sqrt(m)))));
  for (let x = 0; x < m; x++) {
    // A large block is read in pieces (one assignee's open tasks across a vault may be thousands).
    if (x % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    const i = order[from + x];
    const first = start[i];
    const end = start[i + 1];
    let rare = 0;
    let count = 0;
    let commonWeight = 0;
    for (let t = first; t < end; t++) {
      const id = flat[t];
      const items = tokenItems[id];
      const w = weights.of(id);
      if (items > cap) {
        commonWeight += w;
        continue;
      }
      rare++;
      // Postings ascend: read from the end down to this item.
      const low = tokenStart[id];
      for (let p = low + items - 1; p >= low; p--) {
        const y = postings[p];
        if (y <= x) break;
        if (shared[y]++ === 0) touched[count++] = y;
        sharedWeight[y] += w;
      }
    }
    const need = exact || rare <= 2 ? 1 : 2;
    // The pair shares at most its rare shared tokens plus this item's common ones: when even
    // that is under the share `plausiblePair` asks of the shorter item, it would reject the pair.
    const length = end - first;
    const common = length - rare;
    const compoundsHere = compound[i] === 1;
    for (let k = 0; k < count; k++) {
      const y = touched[k];
      const j = order[from + y];
      if (
        shared[y] >= need &&
        (compoundsHere ||
          compound[j] === 1 ||
          ((shared[y] + common) / Math.min(length, start[j + 1] - start[j]) >= PLAUSIBLE_SHARE && overlapAtMost(totalWeight[i], totalWeight[j], sharedWeight[y] + commonWeight) >= cutoff - PRUNING_MARGIN))
      ) {
        out.push(i, j);
      }
      shared[y] = 0;
      sharedWeight[y] = 0;
    }
  }
  for (let k = 0; k < used; k++) tokenItems[tokens[k]] = 0;
}

/** A candidate pair and its confidence; why it looks alike is worked out only for the pairs a group is made of. */
interface ScoredPair {
  i: number;
  j: number;
  confidence: number;
}

/** A group as it grows: its members, the copy it keeps, its weakest link and the pairs that joined it, in the order they did. */
interface Growth {
  members: number[];
  canonical: number;
  weakest: number;
  pairs: ScoredPair[];
}

/** How two entries relate, as the clustering asks it. */
interface Judge {
  /** True when the two must never be one item (a near-miss guard, or too little in common). */
  conflict: (i: number, j: number) => boolean;
  /** True when `a` is the copy to keep rather than `b` (the order `chooseCanonical` uses). */
  keeps: (a: number, b: number) => boolean;
}

/**
 * Groups judged the way a plan acts on them: each keeps one copy, and every other
 * member is removed or marked as a duplicate *of that copy*. So a join is refused only
 * when some member is a near-miss of the copy the joined group would keep; two members
 * that differ from each other (one names a party the other leaves out) but are each a
 * copy of the kept one belong together — once they are gone, nothing would keep the
 * next run from joining them.
 */
class Groups {
  /** Per entry: its group's number, or -1 when alone. */
  readonly of: Int32Array;
  readonly list: (Growth | null)[] = [];

  constructor(n: number) {
    this.of = new Int32Array(n).fill(-1);
  }

  membersOf(i: number): number[] {
    const g = this.of[i];
    return g < 0 ? [i] : (this.list[g] as Growth).members;
  }

  canonicalOf(i: number): number {
    const g = this.of[i];
    return g < 0 ? i : (this.list[g] as Growth).canonical;
  }

  /** True when `i` is what stays of its group once the plan is applied: the copy kept, or an entry alone. */
  survives(i: number): boolean {
    return this.canonicalOf(i) === i;
  }

  join(p: ScoredPair, canonical: number): void {
    // The larger group takes the other's members and pairs.
    const [x, y] = this.membersOf(p.i).length >= this.membersOf(p.j).length ? [p.i, p.j] : [p.j, p.i];
    let number = this.of[x];
    if (number < 0) {
      number = this.list.length;
      this.list.push({ members: [x], canonical, weakest: 1, pairs: [] });
      this.of[x] = number;
    }
    const host = this.list[number] as Growth;
    const other = this.of[y];
    if (other < 0) {
      host.members.push(y);
      this.of[y] = number;
    } else {
      const guest = this.list[other] as Growth;
      for (const m of guest.members) {
        host.members.push(m);
        this.of[m] = number;
      }
      for (const q of guest.pairs) host.pairs.push(q);
      host.weakest = Math.min(host.weakest, guest.weakest);
      this.list[other] = null;
    }
    host.pairs.push(p);
    host.weakest = Math.min(host.weakest, p.confidence);
    host.canonical = canonical;
  }

  /** Take `x` out of its group: it stays where it is, alone. */
  eject(x: number): void {
    const g = this.of[x];
    if (g < 0) return;
    const growth = this.list[g] as Growth;
    this.of[x] = -1;
    growth.members = growth.members.filter((m) => m !== x);
    growth.pairs = growth.pairs.filter((q) => q.i !== x && q.j !== x);
    growth.weakest = growth.pairs.reduce((w, q) => Math.min(w, q.confidence), 1);
    if (growth.members.length < 2) {
      for (const m of growth.members) this.of[m] = -1;
      this.list[g] = null;
    }
  }

  /** Every group of two or more, by number. */
  *groups(): Generator<Growth> {
    for (const g of this.list) if (g && g.members.length > 1) yield g;
  }
}

/**
 * The members of the groups of `i` and `j` that are near-misses of `canonical`, the
 * copy the joined group would keep. Members of the side that already keeps it were
 * checked against it when they joined.
 */
function conflictsWith(groups: Groups, i: number, j: number, canonical: number, judge: Judge): number[] {
  const out: number[] = [];
  for (const side of [i, j]) {
    if (groups.canonicalOf(side) === canonical) continue;
    for (const x of groups.membersOf(side)) if (x !== canonical && judge.conflict(x, canonical)) out.push(x);
  }
  return out;
}

/** Joins pairs into groups, strongest first, refusing a join that would keep a copy some member is a near-miss of. */
function* cluster(groups: Groups, pairs: readonly ScoredPair[], judge: Judge, accept: (p: ScoredPair) => boolean): Steps<void> {
  const pace = pacer(PAIRS_PER_STEP);
  for (let k = 0; k < pairs.length; k++) {
    if (pace()) yield;
    const p = pairs[k];
    if (!accept(p)) continue;
    const gi = groups.of[p.i];
    if (gi >= 0 && gi === groups.of[p.j]) continue;
    if (groups.membersOf(p.i).length + groups.membersOf(p.j).length > MAX_GROUP) continue;
    const ci = groups.canonicalOf(p.i);
    const cj = groups.canonicalOf(p.j);
    const canonical = judge.keeps(ci, cj) ? ci : cj;
    if (conflictsWith(groups, p.i, p.j, canonical, judge).length > 0) continue;
    groups.join(p, canonical);
  }
}

/** Pairs scored or joined between two yields. */
const PAIRS_PER_STEP = 64;
/** Entries blocked between two yields. */
const ENTRIES_PER_STEP = 1024;
/** Groups written out between two yields (each merges its tasks and says why). */
const GROUPS_PER_STEP = 32;

/** Pairs by confidence, then by entry numbers, so equal scores join in a stable order. */
function strongestFirst(a: ScoredPair, b: ScoredPair): number {
  return b.confidence - a.confidence || a.i - b.i || a.j - b.j;
}

/** Rounds of {@link complete}; each only runs when the one before joined something. */
const COMPLETION_ROUNDS = 4;

/**
 * What a second run would find, found now. Once a plan is applied only the copies kept
 * and the entries alone are left; any two of them that pair (an accepted pair between
 * copies whose groups' other members kept them apart) would be grouped next time. So
 * they are joined here: the copy the joined group keeps is the better of the two, and
 * members that are near-misses of it leave the group and stay as they are — which may
 * let them pair in turn, hence the rounds.
 */
function* complete(groups: Groups, pairs: readonly ScoredPair[], judge: Judge, accept: (p: ScoredPair) => boolean): Steps<void> {
  const pace = pacer(PAIRS_PER_STEP);
  for (let round = 0; round < COMPLETION_ROUNDS; round++) {
    let joined = false;
    for (let k = 0; k < pairs.length; k++) {
      if (pace()) yield;
      const p = pairs[k];
      if (!accept(p) || !groups.survives(p.i) || !groups.survives(p.j)) continue;
      const gi = groups.of[p.i];
      if (gi >= 0 && gi === groups.of[p.j]) continue;
      const canonical = judge.keeps(p.i, p.j) ? p.i : p.j;
      for (const x of conflictsWith(groups, p.i, p.j, canonical, judge)) groups.eject(x);
      groups.join(p, canonical);
      joined = true;
    }
    if (!joined) return;
  }
}

/**
 * A group's key from its members, which `makeGroup` has put in order of place: a hash of
 * where each is and what it says, taken part by part (a vault has tens of thousands of
 * groups, and joining their texts to hash them was a good share of the search's garbage).
 */
function groupKey(kind: DuplicateKind, members: readonly Entry[]): string {
  const hash = new TextHash();
  for (const m of members) hash.add(m.path).add('\u0000').add(String(m.line)).add('\u0000').add(m.text).add('\n');
  return `${kind}-${hash.digest().slice(0, 12)}`;
}

function makeGroup(members: Entry[], confidence: number, scope: DuplicateGroup['scope'], why: Iterable<string>): DuplicateGroup {
  members.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  const canonical = members[chooseCanonical(members)];
  // One line on why they look alike is enough; keep every near-miss and merge note.
  const all = [...new Set(why)];
  const reasons = all.includes('same item, reworded or with added detail') ? all.filter((r) => r !== 'the same words, order and spelling aside') : all;
  if (canonical.task) {
    const others = members.filter((m) => m !== canonical && m.task).map((m) => m.task as Task);
    reasons.push(...mergeTasks(canonical.task, others).reasons);
  }
  const kind = members[0].kind;
  return {
    kind,
    confidence: Math.round(confidence * 100) / 100,
    scope,
    canonical: { path: canonical.path, line: canonical.line },
    members: members.map((m) => ({ path: m.path, line: m.line, text: m.text })),
    reasons,
    key: groupKey(kind, members),
  };
}

/** Confidences are rounded to hundredths: a score this far below a threshold may still round up to it. */
const ROUNDING = 0.005;

/**
 * The token overlap of two entries before any guard — an upper bound of their confidence,
 * since guards only lower it — from each entry's total weight, kept once. Pairs below a
 * threshold are dropped without the full comparison. Entries with compounds (whose tokens
 * depend on the other side) are never dropped here.
 */
function* overlapBound(
  entries: readonly Entry[],
  weights: Map<string, IdWeights>,
): Steps<{ overlap: (i: number, j: number) => number; candidate: (i: number, j: number) => number; total: Float64Array; weightsOf: IdWeights[] }> {
  const total = new Float64Array(entries.length);
  const weightsOf: IdWeights[] = entries.map((e) => weights.get(e.cls) as IdWeights);
  const pace = pacer(ENTRIES_PER_STEP);
  for (let i = 0; i < entries.length; i++) {
    if (pace()) yield;
    const w = weightsOf[i];
    let sum = 0;
    const ids = entries[i].norm.ids;
    for (let k = 0; k < ids.length; k++) sum += w.of(ids[k]);
    total[i] = sum;
  }
  const overlap = (i: number, j: number): number => {
    const a = entries[i].norm;
    const b = entries[j].norm;
    if (a.compounds.length > 0 || b.compounds.length > 0 || entries[i].cls !== entries[j].cls) return 1;
    const w = weightsOf[i];
    let shared = 0;
    let count = 0;
    for (const id of a.ids) {
      if (b.ids.includes(id)) {
        shared += w.of(id);
        count++;
      }
    }
    return overlapFromParts(a.ids.length, b.ids.length, total[i], total[j], shared, count);
  };
  /**
   * For a candidate pair: -1 when `plausiblePair` would reject it, else the overlap bound —
   * both from one pass over the shared tokens.
   */
  const candidate = (i: number, j: number): number => {
    const a = entries[i].norm;
    const b = entries[j].norm;
    if (a.compounds.length > 0 || b.compounds.length > 0 || entries[i].cls !== entries[j].cls) return plausiblePair(a, b) ? overlap(i, j) : -1;
    const w = weightsOf[i];
    let shared = 0;
    let count = 0;
    const bIds = b.ids;
    for (const id of a.ids) {
      if (bIds.includes(id)) {
        shared += w.of(id);
        count++;
      }
    }
    const fewer = Math.min(a.ids.length, bIds.length);
    if (fewer === 0 || count / fewer < PLAUSIBLE_SHARE) return -1;
    return overlapFromParts(a.ids.length, bIds.length, total[i], total[j], shared, count);
  };
  return { overlap, candidate, total, weightsOf };
}

/**
 * Duplicate groups among the notes' tasks, decisions and facts: within a note and
 * across the notes of one meeting (applied by default from 0.8), and open tasks of the
 * same assignee across meetings (scope `vault`, report only).
 */
export function findDuplicates(notes: readonly Note[], meetings: readonly MeetingNotes[] = [], options: DedupeOptions = {}): DuplicateGroup[] {
  return finish(findDuplicatesSteps(notes, meetings, options));
}

/**
 * {@link findDuplicates} in steps of about a millisecond each, for the plugin's index:
 * on a vault of thousands of notes the search takes seconds, too long to hold the
 * interface in one piece.
 */
export function* findDuplicatesSteps(notes: readonly Note[], meetings: readonly MeetingNotes[] = [], options: DedupeOptions = {}): Steps<DuplicateGroup[]> {
  const endPass = options.wholeVault ? beginNormalizePass() : null;
  const scratch = spareScratch ?? newScratch();
  spareScratch = null;
  const owner = options.owner ?? guessOwner(notes);
  const canon = options.canonicalName ?? defaultCanonicalName(owner);
  const ownerKey = owner ? canon(owner) : null;
  const canonOwner: CanonicalName = (name) => {
    const k = canon(name);
    return k !== null && k === ownerKey ? OWNER_KEY : k;
  };
  const base = options.canonicalName && ownerKey ? canonOwner : canon;
  const known = new Map<string, string | null>();
  const cached: CanonicalName = (name) => {
    let k = known.get(name);
    if (k === undefined) known.set(name, (k = base(name)));
    return k;
  };
  const collected = yield* collect(notes, meetings, cached);
  const entries = collected.entries;
  const weights = yield* tokenWeights(entries);
  const threshold = options.reportThreshold ?? REPORT_THRESHOLD;
  const { overlap, candidate, total, weightsOf } = yield* overlapBound(entries, weights);
  const table = yield* tokenTable(entries);

  const score = (i: number, j: number) =>
    i < j ? pairScore(entries[i], entries[j], weights.get(entries[i].cls)) : pairScore(entries[j], entries[i], weights.get(entries[j].cls));
  // Why a group's pairs look alike, in the order they joined: the full comparison, made only for them.
  const reasonsOf = (growth: Growth): string[] => {
    const out: string[] = [];
    for (const p of growth.pairs) {
      const i = Math.min(p.i, p.j);
      const j = Math.max(p.i, p.j);
      for (const r of compareItems(entries[i], entries[j], weights.get(entries[i].cls)).reasons) out.push(r);
    }
    return out;
  };

  // Meeting blocks: one class, one meeting.
  const { order, bounds } = blocksOf(collected.block, collected.blockCount);
  const candidates = new PairList();
  const pruning: Pruning = { total, weightsOf, cutoff: threshold - ROUNDING };
  const only = options.onlyMeetings;
  const looked = (b: number) => !only || only.has(collected.meetingOfBlock[b]);
  // Entries blocked between two yields.
  let blocked = 0;
  for (let b = 0; b < collected.blockCount; b++) {
    if (!looked(b)) continue;
    yield* blockPairs(order, bounds[b], bounds[b + 1], entries, table, candidates, pruning, scratch);
    blocked += bounds[b + 1] - bounds[b];
    if (blocked >= ENTRIES_PER_STEP) {
      blocked = 0;
      yield;
    }
  }
  const meetingPairs: ScoredPair[] = [];
  const pace = pacer(PAIRS_PER_STEP);
  for (let k = 0; k < candidates.length; k += 2) {
    if (pace()) yield;
    const i = candidates.at(k);
    const j = candidates.at(k + 1);
    if (candidate(i, j) < threshold - ROUNDING) continue;
    const { confidence } = score(i, j);
    if (confidence >= threshold) meetingPairs.push({ i, j, confidence });
  }
  meetingPairs.sort(strongestFirst);
  yield;
  const conflict = (i: number, j: number) => {
    if (overlap(i, j) < threshold - 0.2 - ROUNDING) return true;
    const s = score(i, j);
    return s.guard !== null || s.confidence < threshold - 0.2;
  };

  const judge: Judge = { conflict, keeps: (a, b) => chooseCanonical([entries[a], entries[b]]) === 0 };
  // Copies an earlier run marked are settled: never grouped again, and nothing a plan acts on.
  const live = (p: ScoredPair) => !entries[p.i].settled && !entries[p.j].settled;

  // A copy with no assignee that matches copies of two different assignees could be either's:
  // it is only ever a possible duplicate, never applied by default.
  const ambiguous = unassignedBetween(entries, meetingPairs);
  // Strong groups first, completed so that what is left once they are applied pairs no more.
  const strong = new Groups(entries.length);
  const isStrong = (p: ScoredPair) => p.confidence >= APPLY_THRESHOLD && live(p) && !ambiguous.has(p.i) && !ambiguous.has(p.j);
  yield* cluster(strong, meetingPairs, judge, isStrong);
  const survivorPairs = function* (groups: Groups): Steps<ScoredPair[]> {
    // In a large block only some pairs are proposed (a chain through copies of one wording,
    // rare tokens): what is left once the groups are applied is proposed again, as a second
    // run would, so copies kept that were never side by side meet.
    const more = new PairList();
    const kept = new Int32Array(order.length);
    let blocked = 0;
    for (let b = 0; b < collected.blockCount; b++) {
      if (bounds[b + 1] - bounds[b] <= PAIRWISE_LIMIT || !looked(b)) continue;
      let n = 0;
      let grouped = false;
      for (let x = bounds[b]; x < bounds[b + 1]; x++) {
        const i = order[x];
        if (groups.of[i] >= 0) grouped = true;
        if (groups.survives(i) && !entries[i].settled) kept[n++] = i;
      }
      if (grouped && n > 1) yield* blockPairs(kept, 0, n, entries, table, more, pruning, scratch);
      blocked += bounds[b + 1] - bounds[b];
      if (blocked >= ENTRIES_PER_STEP) {
        blocked = 0;
        yield;
      }
    }
    const out: ScoredPair[] = [];
    for (let k = 0; k < more.length; k += 2) {
      if (pace()) yield;
      const i = more.at(k);
      const j = more.at(k + 1);
      if (groups.of[i] >= 0 && groups.of[i] === groups.of[j]) continue;
      if (candidate(i, j) < threshold - ROUNDING) continue;
      const { confidence } = score(i, j);
      if (confidence >= threshold) out.push({ i, j, confidence });
    }
    return out.length === 0 ? meetingPairs : [...meetingPairs, ...out].sort(strongestFirst);
  };
  yield* complete(strong, yield* survivorPairs(strong), judge, isStrong);
  // Possible groups among what the strong ones leave: entries alone and the copies kept —
  // a copy kept, alone once its duplicates go, may pair with an entry it could not before.
  const weak = new Groups(entries.length);
  const isPossible = (p: ScoredPair) => live(p) && strong.survives(p.i) && strong.survives(p.j);
  yield* cluster(weak, meetingPairs, judge, (p) => p.confidence < APPLY_THRESHOLD && isPossible(p));
  yield* complete(weak, meetingPairs, judge, isPossible);

  const groups: DuplicateGroup[] = [];
  // Per entry: the member its group keeps (itself when in no group).
  const representative = new Int32Array(entries.length);
  for (let i = 0; i < representative.length; i++) representative[i] = i;
  const groupPace = pacer(GROUPS_PER_STEP);
  for (const result of [strong, weak]) {
    for (const growth of result.groups()) {
      if (groupPace()) yield;
      const list = growth.members.map((i) => entries[i]);
      let onePath = true;
      for (const e of list) if (e.path !== list[0].path) onePath = false;
      const unsure = growth.members.some((i) => ambiguous.has(i));
      const why = unsure ? [...reasonsOf(growth), 'one copy has no assignee and matches copies of different assignees: check whose it is'] : reasonsOf(growth);
      groups.push(makeGroup(list, unsure ? Math.min(growth.weakest, APPLY_THRESHOLD - 0.01) : growth.weakest, onePath ? 'note' : 'meeting', why));
      for (const i of growth.members) representative[i] = growth.canonical;
    }
  }

  if (options.vault !== false) for (const g of yield* vaultGroups(entries, table, pruning, representative, score, candidate, judge, reasonsOf, threshold, scratch)) groups.push(g);
  yield;
  const result = byConfidenceThenPlace(groups);
  endPass?.();
  spareScratch = scratch;
  INPUTS.set(result, { paths: notes.map((n) => n.path), meetings, owner, names: known });
  return result;
}

/** Entries with no assignee that pair strongly with copies of two or more different assignees. */
function unassignedBetween(entries: readonly Entry[], pairs: readonly ScoredPair[]): Set<number> {
  const seen = new Map<number, string>();
  const out = new Set<number>();
  const note = (unassigned: number, other: number) => {
    const a = entries[other].assignee;
    if (entries[unassigned].kind !== 'task' || entries[unassigned].assignee !== null || a === null) return;
    const before = seen.get(unassigned);
    if (before === undefined) seen.set(unassigned, a);
    else if (before !== a) out.add(unassigned);
  };
  for (const p of pairs) {
    if (p.confidence < APPLY_THRESHOLD) continue;
    note(p.i, p.j);
    note(p.j, p.i);
  }
  return out;
}

/**
 * The groups, most confident first, then by the canonical copy's path and line; ties keep
 * their order. Paths are ranked once, so the sort compares numbers rather than strings.
 */
function byConfidenceThenPlace(groups: DuplicateGroup[]): DuplicateGroup[] {
  const paths = [...new Set(groups.map((g) => g.canonical.path))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map<string, number>();
  paths.forEach((p, k) => rank.set(p, k));
  const pathRank = new Int32Array(groups.length);
  groups.forEach((g, k) => (pathRank[k] = rank.get(g.canonical.path) ?? 0));
  const order = groups.map((_, k) => k);
  order.sort((x, y) => {
    const a = groups[x];
    const b = groups[y];
    return b.confidence - a.confidence || pathRank[x] - pathRank[y] || a.canonical.line - b.canonical.line;
  });
  return order.map((k) => groups[k]);
}

/** Open tasks of one assignee across meetings: possible duplicates, reported only. */
function* vaultGroups(
  entries: readonly Entry[],
  table: TokenTable,
  meetingPruning: Pruning,
  representative: Int32Array,
  score: (i: number, j: number) => { confidence: number },
  candidate: (i: number, j: number) => number,
  judge: Judge,
  reasonsOf: (growth: Growth) => string[],
  threshold: number,
  scratch: Scratch,
): Steps<DuplicateGroup[]> {
  // Across meetings only strong likeness is worth a look.
  const minimum = Math.max(threshold, APPLY_THRESHOLD);
  // Blocks of open tasks, one per assignee.
  const blockOf = new Map<string, number>();
  const block = new Int32Array(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.kind !== 'task' || !e.open || !e.assignee) continue;
    if (representative[i] !== i) continue;
    let b = blockOf.get(e.assignee);
    if (b === undefined) blockOf.set(e.assignee, (b = blockOf.size));
    block[i] = b;
  }
  const blockCount = blockOf.size;
  // Entries outside every block go to one more, never read.
  for (let i = 0; i < block.length; i++) if (block[i] < 0) block[i] = blockCount;
  const { order, bounds } = blocksOf(block, blockCount + 1);
  const candidates = new PairList();
  const pruning: Pruning = { ...meetingPruning, cutoff: minimum - ROUNDING };
  let blocked = 0;
  for (let b = 0; b < blockCount; b++) {
    yield* blockPairs(order, bounds[b], bounds[b + 1], entries, table, candidates, pruning, scratch, VAULT_POSTING_CAP);
    blocked += bounds[b + 1] - bounds[b];
    if (blocked >= ENTRIES_PER_STEP) {
      blocked = 0;
      yield;
    }
  }
  const pairs: ScoredPair[] = [];
  const pace = pacer(PAIRS_PER_STEP);
  for (let k = 0; k < candidates.length; k += 2) {
    if (pace()) yield;
    const i = candidates.at(k);
    const j = candidates.at(k + 1);
    if (entries[i].meeting === entries[j].meeting || candidate(i, j) < minimum - ROUNDING) continue;
    const { confidence } = score(i, j);
    if (confidence >= minimum) pairs.push({ i, j, confidence });
  }
  pairs.sort(strongestFirst);
  yield;
  const found = new Groups(entries.length);
  yield* cluster(found, pairs, judge, () => true);
  const groups: DuplicateGroup[] = [];
  const groupPace = pacer(GROUPS_PER_STEP);
  for (const g of found.groups()) {
    if (groupPace()) yield;
    const why = new Set(reasonsOf(g));
    why.add('open tasks of the same assignee in different meetings: check before merging');
    groups.push(makeGroup(g.members.map((i) => entries[i]), Math.min(g.weakest, APPLY_THRESHOLD - 0.01), 'vault', why));
  }
  return groups;
}
