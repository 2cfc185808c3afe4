/**
 * What the dashboard shows, computed from the vault graph without touching the DOM.
 *
 * Two steps, so typing in the filter box stays cheap on a large vault:
 * `indexDashboard` does the joins and sorting once per graph (and per day),
 * `filterDashboard` only keeps the entries whose search text matches.
 * `buildDashboardModel` does both.
 *
 * Both also come as steps (`indexDashboardSteps`, `filterDashboardSteps`):
 * generators that yield every few thousand entries, so the view can run them
 * in short time slices and a vault of 10,000 notes never holds the interface
 * for long. The plain functions run the same steps to the end.
 */
import type {
  DuplicateGroup,
  GraphItem,
  GraphTask,
  Meeting,
  MojibakeLine,
  NoteSummary,
  Person,
  Priority,
  Problem,
  VaultGraph,
} from '../../core/model';
import { dueBucket, type DueBucket } from '../../core/dates';
import { APPLY_THRESHOLD } from '../../core/dedupe/similarity';
import { isOwnerWord } from '../../core/graph/names';
import { STEP, type Steps, eachSteps, filterSteps, mapSteps, runSteps, sortSteps } from './steps';
import { type SearchText, Searchable, filterWords, fold, hayOf, joinParts } from './search';

export type { DueBucket };
export { Searchable, filterWords };

// ─── The shapes the view renders ────────────────────────────────────────────

export interface TaskGroup {
  bucket: DueBucket;
  label: string;
  tasks: GraphTask[];
}

export interface WaitingGroup {
  /** The canonical person, or null for tasks nobody owns yet. */
  person: string | null;
  tasks: GraphTask[];
  overdue: number;
}

export interface PersonCard {
  name: string;
  aliases: string[];
  accounts: string[];
  meetingCount: number;
  /** Date of the latest meeting on or before today. */
  lastMet: string | null;
  /** The earliest open task with a due date that they owe me or I owe them. */
  nextFollowUp: GraphTask | null;
  /** Open tasks they own. */
  theyOwe: number;
  /** My open tasks from meetings they attended. */
  iOwe: number;
  talkSeconds: number;
}

export interface AccountCard {
  name: string;
  people: string[];
  meetingCount: number;
  /** Date of the latest meeting on or before today: a meeting still to come was not had yet. */
  lastMeeting: string | null;
  /** Open tasks from its meetings and notes. */
  openCount: number;
  risks: GraphItem[];
}

export interface MeetingRow {
  meeting: Meeting;
}

export interface DecisionRow {
  item: GraphItem;
  date: string | null;
  meetingTitle: string | null;
}

export interface MojibakeNote {
  path: string;
  lines: MojibakeLine[];
}

export interface HealthModel {
  mojibake: MojibakeNote[];
  duplicates: DuplicateGroup[];
  /** Notes the parser had trouble with: broken frontmatter, template leftovers, conflicts… */
  malformed: Problem[];
  /** Names that matched no known person. */
  unresolved: Problem[];
}

export interface DashboardModel {
  /** The owner the "my" lists were computed for; null when unknown. */
  owner: string | null;
  myTasks: TaskGroup[];
  waitingOn: WaitingGroup[];
  people: PersonCard[];
  accounts: AccountCard[];
  meetings: MeetingRow[];
  decisions: DecisionRow[];
  health: HealthModel;
  counts: {
    myTasks: number;
    waitingOn: number;
    people: number;
    accounts: number;
    meetings: number;
    decisions: number;
    health: number;
  };
}

export type TimelineKind = 'meeting' | 'decision' | 'task';

export interface TimelineEntry {
  kind: TimelineKind;
  date: string | null;
  text: string;
  path: string;
  line: number | null;
  task: GraphTask | null;
}

// ─── Small helpers ──────────────────────────────────────────────────────────

/** Names compare accent- and case-insensitively: `Çağla` is `cagla`. */
export function nameKey(name: string): string {
  return fold(name.trim()).replace(/\s+/g, ' ');
}

/** Tasks' own order: highest, high, medium, none, low, lowest. */
const PRIORITY_RANK: Record<Priority, number> = { highest: 0, high: 1, medium: 2, low: 4, lowest: 5 };
export function priorityRank(p: Priority | null): number {
  return p ? PRIORITY_RANK[p] : 3;
}

const BUCKET_ORDER: DueBucket[] = ['overdue', 'today', 'this-week', 'later', 'none'];
const BUCKET_LABEL: Record<DueBucket, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  'this-week': 'Due this week',
  later: 'Later',
  none: 'No date',
};

/** Earliest due first (undated last), then priority, then where it is written. */
export function compareTasks(a: GraphTask, b: GraphTask): number {
  const da = a.dueResolved ?? '\uffff';
  const db = b.dueResolved ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  const pr = priorityRank(a.priority) - priorityRank(b.priority);
  if (pr !== 0) return pr;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}

/** `compareTasks` order for many tasks at once. */
export function sortTasks(tasks: readonly GraphTask[]): GraphTask[] {
  return runSteps(sortTasksSteps(tasks));
}

/**
 * `sortTasks` in steps. Each task gets two numbers (due date and priority;
 * note and line), so the sort compares numbers, not strings.
 */
export function* sortTasksSteps(tasks: readonly GraphTask[], chunk = STEP): Steps<GraphTask[]> {
  const NO_DATE = '\uffff';
  const n = tasks.length;
  const paths = new Set<string>();
  const dues = new Set<string>();
  for (let i = 0; i < n; i++) {
    paths.add(tasks[i].path);
    dues.add(tasks[i].dueResolved ?? NO_DATE);
    if ((i + 1) % chunk === 0) yield;
  }
  const ordinals = function* (values: Set<string>): Steps<Map<string, number>> {
    const sorted = yield* sortSteps([...values], compareText, chunk);
    const map = new Map<string, number>();
    for (let i = 0; i < sorted.length; i++) {
      map.set(sorted[i], i);
      if ((i + 1) % chunk === 0) yield;
    }
    return map;
  };
  const pathOrd = yield* ordinals(paths);
  const dueOrd = yield* ordinals(dues);
  // Typed arrays, not an object per task: on a vault-sized heap, allocation is what costs.
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t = tasks[i];
    k1[i] = (dueOrd.get(t.dueResolved ?? NO_DATE) ?? 0) * 8 + priorityRank(t.priority);
    k2[i] = (pathOrd.get(t.path) ?? 0) * 1_048_576 + t.line;
    order[i] = i;
    if ((i + 1) % chunk === 0) yield;
  }
  const sorted = yield* sortSteps(order, (a, b) => k1[a] - k1[b] || k2[a] - k2[b], chunk);
  return yield* mapSteps(sorted, (i) => tasks[i], chunk);
}

/** Newest first; undated last. */
function compareDatesDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** Plain code-unit order: stable and fast, for paths and titles used only as tie-breakers. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `Meetings/2025-10-01 Acme.md` → `2025-10-01 Acme`. */
export function noteName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.replace(/\.md$/i, '');
}

/** `4210` seconds → `1 h 10 min`; under a minute shows as `< 1 min`. */
export function formatTalkTime(seconds: number): string {
  if (!seconds || seconds <= 0) return '0 min';
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return '< 1 min';
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

// ─── The index: joins and sorting, once per graph ───────────────────────────

export interface DashboardIndex {
  graph: VaultGraph;
  today: string;
  owner: string | null;
  /** Folded names that mean the owner. */
  ownerKeys: Set<string>;
  meetingById: Map<string, Meeting>;
  summaryByPath: Map<string, NoteSummary>;
  myTasks: Searchable<GraphTask>;
  waiting: Searchable<GraphTask>;
  people: Searchable<PersonCard>;
  accounts: Searchable<AccountCard>;
  meetings: Searchable<MeetingRow>;
  decisions: Searchable<DecisionRow>;
  mojibake: Searchable<MojibakeNote>;
  duplicates: Searchable<DuplicateGroup>;
  malformed: Searchable<Problem>;
  unresolved: Searchable<Problem>;
  /** Folded person name → their meetings, newest first. */
  meetingsByPerson: Map<string, Meeting[]>;
  /** Folded person name → my open tasks from meetings they attended. */
  iOweByPerson: Map<string, GraphTask[]>;
  /** Folded person name → open tasks they own. */
  theyOweByPerson: Map<string, GraphTask[]>;
  /** A listed task → the other copies of it the dashboard does not list (same meeting, confident duplicates). */
  copiesOf: Map<GraphTask, GraphTask[]>;
  /** A listed decision → the other copies of it the timeline does not list. */
  decisionCopiesOf: Map<GraphItem, GraphItem[]>;
  /** Where a due date falls today; memoised, since a vault has far fewer dates than tasks. */
  bucket(due: string | null): DueBucket;
  /** `nameKey`, memoised: the same few hundred names come up again and again. */
  key(name: string): string;
}

type Lookup = Pick<DashboardIndex, 'meetingById' | 'summaryByPath'>;

/** A note's folded search text (path, meeting title, account, people), and its tasks' by owner, assignee and tags. */
interface NoteSearch {
  meetingId: string | null;
  hay: string;
  forTask: Map<string, Map<string, Map<string, string>>>;
}

/** The date a task or item belongs to: its meeting's, else its note's. */
function dateOf(index: Lookup, path: string, meetingId: string | null): string | null {
  const meeting = meetingId ? index.meetingById.get(meetingId) : undefined;
  return meeting?.date ?? index.summaryByPath.get(path)?.date ?? null;
}

function contextOf(index: Lookup, path: string, meetingId: string | null): { title: string | null; account: string | null; participants: string[] } {
  const meeting = meetingId ? index.meetingById.get(meetingId) : undefined;
  const summary = index.summaryByPath.get(path);
  return {
    title: meeting?.title ?? summary?.title ?? null,
    account: meeting?.account ?? summary?.account ?? null,
    participants: meeting?.participants ?? summary?.participants ?? [],
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function memo<V>(compute: (k: string) => V): (k: string) => V {
  const cache = new Map<string, V>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = compute(k);
      cache.set(k, v);
    }
    return v;
  };
}

/**
 * Everything the dashboard lists, joined and sorted. `owner` overrides the
 * graph's owner when given. Linear in the size of the graph, apart from sorting.
 */
export function indexDashboard(graph: VaultGraph, today: string, owner: string | null = null): DashboardIndex {
  return runSteps(indexDashboardSteps(graph, today, owner));
}

/**
 * `indexDashboard` in steps of about `chunk` entries each: every loop over
 * tasks, items, meetings or notes yields as it goes, and every sort is a
 * sliced merge sort, so no single step grows with the vault.
 */
export function* indexDashboardSteps(graph: VaultGraph, today: string, owner: string | null = null, chunk = STEP): Steps<DashboardIndex> {
  const key = memo(nameKey);
  const dueMemo = memo((due: string) => dueBucket(due, today));
  const bucket = (due: string | null): DueBucket => (due === null ? 'none' : dueMemo(due));

  const ownerName = owner && owner.trim() ? owner.trim() : graph.owner;
  const ownerKeys = new Set<string>();
  if (ownerName) ownerKeys.add(key(ownerName));
  for (const p of graph.people) if (p.isOwner) ownerKeys.add(key(p.name));
  const isOwner = (name: string | null): boolean => name !== null && ownerKeys.has(key(name));
  // `@Myself` is the owner even when nobody knows the owner's name: the graph leaves such tasks unowned.
  const isMine = (task: GraphTask): boolean => isOwner(task.owner) || (task.owner === null && task.assignee !== null && isOwnerWord(task.assignee));

  const meetingById = new Map<string, Meeting>();
  yield* eachSteps(graph.meetings, (m) => meetingById.set(m.id, m), chunk);
  const summaryByPath = new Map<string, NoteSummary>();
  yield* eachSteps(graph.summaries, (s) => summaryByPath.set(s.path, s), chunk);
  const base: Lookup = { meetingById, summaryByPath };

  // Tasks: mine, and everybody else's; a task written in several notes of one meeting counts once.
  const copies = yield* collapseDuplicatesSteps(graph, chunk);
  const listed = yield* filterSteps(graph.tasks, (t) => t.open && !copies.hiddenTasks.has(t), chunk);
  const open = yield* sortTasksSteps(yield* mapSteps(listed, (t) => copies.shownAs.get(t) ?? t, chunk), chunk);
  const mine: GraphTask[] = [];
  const theirs: GraphTask[] = [];
  const iOweByPerson = new Map<string, GraphTask[]>();
  const theyOweByPerson = new Map<string, GraphTask[]>();
  yield* eachSteps(
    open,
    (task) => {
      if (isMine(task)) {
        mine.push(task);
        const meeting = task.meetingId ? meetingById.get(task.meetingId) : undefined;
        const participants = meeting?.participants ?? summaryByPath.get(task.path)?.participants ?? [];
        for (const p of participants) if (!isOwner(p)) pushTo(iOweByPerson, key(p), task);
      } else {
        theirs.push(task);
        if (task.owner) pushTo(theyOweByPerson, key(task.owner), task);
      }
    },
    chunk,
  );
  // What a task or decision is searched by: its own words, plus its note's path
  // and its meeting's title, account and people. That second part is one shared
  // text per note, and names, paths and tags are folded once each, not once per task.
  const folded = memo(fold);
  const contextHay = (ctx: ReturnType<typeof contextOf>): string => hayOf([ctx.title, ctx.account, ...ctx.participants]);
  const meetingText = memo((id: string) => contextHay(contextOf(base, '', id)));
  const noteText = memo((path: string) => contextHay(contextOf(base, path, null)));
  const notes = new Map<string, NoteSearch>();
  const noteSearch = (path: string, meetingId: string | null): NoteSearch => {
    const known = notes.get(path);
    if (known && known.meetingId === meetingId) return known;
    const made: NoteSearch = { meetingId, hay: joinParts([folded(path), meetingId ? meetingText(meetingId) : noteText(path)]), forTask: new Map() };
    if (!known) notes.set(path, made);
    return made;
  };
  const noteHay = (path: string, meetingId: string | null): string => noteSearch(path, meetingId).hay;
  // A task is searched by its own words, and by a text it shares with the
  // note's other tasks for the same people and tags: made once for them all.
  const taskShared = (task: GraphTask): string => {
    const note = noteSearch(task.path, task.meetingId);
    if (!task.owner && !task.assignee && task.tags.length === 0) return note.hay;
    const owner = task.owner ?? '';
    const assignee = task.assignee ?? '';
    const tags = task.tags.length > 0 ? task.tags.join(' ') : '';
    let byAssignee = note.forTask.get(owner);
    if (!byAssignee) note.forTask.set(owner, (byAssignee = new Map<string, Map<string, string>>()));
    let byTags = byAssignee.get(assignee);
    if (!byTags) byAssignee.set(assignee, (byTags = new Map<string, string>()));
    let hay = byTags.get(tags);
    if (hay === undefined) {
      hay = joinParts([note.hay, folded(owner), folded(assignee), folded(tags)]);
      byTags.set(tags, hay);
    }
    return hay;
  };
  const taskText: SearchText<GraphTask> = { own: (task, k) => (k === 0 ? task.text : undefined), shared: taskShared };
  /** For the shorter lists: one folded text per entry, made the first time a filter needs it. */
  const foldedOnce = <T>(fields: (value: T) => (string | null | undefined)[]): SearchText<T> => ({
    own: () => undefined,
    shared: (value) => hayOf(fields(value)),
  });

  // Meetings, newest first, and who attended which.
  const sortedMeetings = yield* sortSteps(graph.meetings, (a, b) => compareDatesDesc(a.date, b.date) || compareText(a.title, b.title), chunk);
  const meetingsByPerson = new Map<string, Meeting[]>();
  yield* eachSteps(
    sortedMeetings,
    (m) => {
      const seen = new Set<string>();
      for (const p of m.participants) {
        const k = key(p);
        if (seen.has(k)) continue;
        seen.add(k);
        pushTo(meetingsByPerson, k, m);
      }
    },
    chunk,
  );
  const meetings = new Searchable<MeetingRow>(
    yield* mapSteps(sortedMeetings, (m) => ({ meeting: m }), chunk),
    foldedOnce(({ meeting: m }) => [m.title, m.date, m.account, m.series, ...m.participants, ...m.notes]),
  );

  // People: one card each, the owner left out (the dashboard is theirs).
  const others = yield* filterSteps(graph.people, (p) => !p.isOwner && !isOwner(p.name), chunk);
  const cards = yield* mapSteps(others, (p) => personCard(p, today, key(p.name), meetingsByPerson, theyOweByPerson, iOweByPerson), chunk);
  const people = new Searchable<PersonCard>(
    yield* sortSteps(cards, (a, b) => compareDatesDesc(a.lastMet, b.lastMet) || a.name.localeCompare(b.name), chunk),
    foldedOnce((c) => [c.name, ...c.aliases, ...c.accounts]),
  );

  // Accounts.
  const accounts = new Searchable<AccountCard>(
    yield* sortSteps(
      yield* accountCardsSteps(graph, sortedMeetings, open, today, key, chunk),
      (a, b) => compareDatesDesc(a.lastMeeting, b.lastMeeting) || a.name.localeCompare(b.name),
      chunk,
    ),
    foldedOnce((c) => [c.name, ...c.people]),
  );

  // Decisions, newest first.
  const decisionItems = yield* filterSteps(graph.items, (i) => i.kind === 'decision' && !copies.hiddenItems.has(i), chunk);
  const decisionRows = yield* mapSteps(
    decisionItems,
    (item): DecisionRow => ({ item, date: dateOf(base, item.path, item.meetingId), meetingTitle: contextOf(base, item.path, item.meetingId).title }),
    chunk,
  );
  const decisions = new Searchable<DecisionRow>(
    yield* sortSteps(decisionRows, (a, b) => compareDatesDesc(a.date, b.date) || compareText(a.item.path, b.item.path) || a.item.line - b.item.line, chunk),
    { own: (row, k) => (k === 0 ? row.item.text : undefined), shared: (row) => noteHay(row.item.path, row.item.meetingId) },
  );

  // Health.
  const byPath = new Map<string, MojibakeLine[]>();
  yield* eachSteps(graph.mojibake, (m) => pushTo(byPath, m.path, m), chunk);
  const mojibakeNotes = yield* sortSteps([...byPath.entries()], (a, b) => compareText(a[0], b[0]), chunk);
  const mojibake = new Searchable<MojibakeNote>(
    yield* mapSteps(mojibakeNotes, ([path, lines]) => ({ path, lines: [...lines].sort((a, b) => a.line - b.line) }), chunk),
    foldedOnce((n) => [n.path, ...n.lines.map((l) => l.before), ...n.lines.map((l) => l.after)]),
  );
  // Most groups lie in one note: their kind and path are shared by all the note's groups of that kind.
  const byKindAndPath = new Map<string, Map<string, string>>();
  const groupShared = (g: DuplicateGroup): string => {
    const path = g.members[0]?.path ?? '';
    if (!g.members.every((m) => m.path === path)) return hayOf([g.kind, ...g.members.map((m) => m.path)]);
    let byPath = byKindAndPath.get(g.kind);
    if (!byPath) byKindAndPath.set(g.kind, (byPath = new Map<string, string>()));
    let hay = byPath.get(path);
    if (hay === undefined) byPath.set(path, (hay = joinParts([g.kind, folded(path)])));
    return hay;
  };
  const duplicates = new Searchable<DuplicateGroup>(
    yield* sortSteps(
      graph.duplicates,
      (a, b) => b.confidence - a.confidence || compareText(a.canonical.path, b.canonical.path) || a.canonical.line - b.canonical.line,
      chunk,
    ),
    {
      own: (g, k) => g.members[k]?.text,
      shared: groupShared,
    },
  );
  const byProblem = (a: Problem, b: Problem): number => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0);
  const problemText: SearchText<Problem> = { own: (p, k) => (k === 0 ? p.message : undefined), shared: (p) => folded(`${p.path}\n${p.kind}`) };
  const malformed = yield* sortSteps(yield* filterSteps(graph.problems, (p) => p.kind !== 'unresolved-name', chunk), byProblem, chunk);
  const unresolved = yield* sortSteps(yield* filterSteps(graph.problems, (p) => p.kind === 'unresolved-name', chunk), byProblem, chunk);

  return {
    graph,
    today,
    owner: ownerName,
    ownerKeys,
    meetingById,
    summaryByPath,
    myTasks: new Searchable(mine, taskText),
    waiting: new Searchable(theirs, taskText),
    people,
    accounts,
    meetings,
    decisions,
    mojibake,
    duplicates,
    malformed: new Searchable(malformed, problemText),
    unresolved: new Searchable(unresolved, problemText),
    meetingsByPerson,
    iOweByPerson,
    theyOweByPerson,
    copiesOf: copies.copiesOf,
    decisionCopiesOf: copies.itemCopiesOf,
    bucket,
    key,
  };
}

// ─── Duplicates: one entry per task or decision, however many notes repeat it ─

interface Collapsed {
  /** Copies left out of every list: the group is listed once, or not at all when a copy is done. */
  hiddenTasks: Set<GraphTask>;
  hiddenItems: Set<GraphItem>;
  /** The copy listed for a group, when its copies disagree: with the earliest due date, the highest priority, in progress if any is. */
  shownAs: Map<GraphTask, GraphTask>;
  /** The listed copy (as listed) → the copies left out. */
  copiesOf: Map<GraphTask, GraphTask[]>;
  /** The decision listed → its copies left out. */
  itemCopiesOf: Map<GraphItem, GraphItem[]>;
}

/**
 * The duplicate groups a user already reads as one: confident ones (those
 * the dedupe applies by default) within one note or across the notes of one
 * meeting. Vault-wide matches and possible duplicates are only reported —
 * they may be two real tasks — so both copies stay listed, and the health
 * panel shows the group either way.
 *
 * A group is listed once, as the copy the dedupe keeps, merged the way the
 * dedupe would merge it; when any copy is ticked the task is done, so none is listed.
 */
function* collapseDuplicatesSteps(graph: VaultGraph, chunk: number): Steps<Collapsed> {
  const collapsed: Collapsed = { hiddenTasks: new Set(), hiddenItems: new Set(), shownAs: new Map(), copiesOf: new Map(), itemCopiesOf: new Map() };
  // Note → line → group: no string made per task to look it up.
  const groupAt = new Map<string, Map<number, number>>();
  for (let g = 0; g < graph.duplicates.length; g++) {
    const group = graph.duplicates[g];
    if ((g + 1) % chunk === 0) yield;
    if (group.kind === 'fact' || group.scope === 'vault' || group.confidence < APPLY_THRESHOLD) continue;
    for (const m of group.members) {
      let lines = groupAt.get(m.path);
      if (!lines) groupAt.set(m.path, (lines = new Map<number, number>()));
      lines.set(m.line, g);
    }
  }
  if (groupAt.size === 0) return collapsed;
  const groupOf = (at: { path: string; line: number }): number | undefined => groupAt.get(at.path)?.get(at.line);

  const taskMembers = new Map<number, GraphTask[]>();
  yield* eachSteps(
    graph.tasks,
    (t) => {
      const g = groupOf(t);
      if (g !== undefined && graph.duplicates[g].kind === 'task') pushTo(taskMembers, g, t);
    },
    chunk,
  );
  const isCanonical = (g: number, at: { path: string; line: number }): boolean => {
    const c = graph.duplicates[g].canonical;
    return c.path === at.path && c.line === at.line;
  };
  yield* eachSteps(
    [...taskMembers],
    ([g, members]) => {
      if (members.length < 2) return;
      if (members.some((t) => t.statusType === 'done')) {
        for (const t of members) collapsed.hiddenTasks.add(t);
        return;
      }
      const open = members.filter((t) => t.open);
      if (open.length === 0) return;
      const kept = open.find((t) => isCanonical(g, t)) ?? open[0];
      const others = members.filter((t) => t !== kept);
      for (const t of others) collapsed.hiddenTasks.add(t);
      const shown = mergedCopy(kept, open);
      if (shown !== kept) collapsed.shownAs.set(kept, shown);
      collapsed.copiesOf.set(shown, others);
    },
    chunk,
  );

  const itemMembers = new Map<number, GraphItem[]>();
  yield* eachSteps(
    graph.items,
    (i) => {
      const g = groupOf(i);
      if (g !== undefined && graph.duplicates[g].kind === 'decision' && i.kind === 'decision') pushTo(itemMembers, g, i);
    },
    chunk,
  );
  yield* eachSteps(
    [...itemMembers],
    ([g, members]) => {
      if (members.length < 2) return;
      const kept = members.find((i) => isCanonical(g, i)) ?? members[0];
      const others = members.filter((i) => i !== kept);
      for (const i of others) collapsed.hiddenItems.add(i);
      collapsed.itemCopiesOf.set(kept, others);
    },
    chunk,
  );
  return collapsed;
}

/**
 * `kept` as the dashboard lists its group: the earliest due date of the open
 * copies (with the phrase it came from), the highest priority in Tasks' order
 * (none ranks above low), in progress when any copy is, and the owner a copy
 * names when `kept` names none (the dedupe moves that assignee onto it too).
 * `kept` itself when no copy adds anything; either way ticking and opening
 * reach the kept line.
 */
function mergedCopy(kept: GraphTask, open: readonly GraphTask[]): GraphTask {
  // `@TBD` or `@HR` names nobody; `@Myself` names the owner even when the graph knows no name for them.
  const namesOwner = (t: GraphTask): boolean => t.owner !== null || (t.assignee !== null && isOwnerWord(t.assignee));
  let due: GraphTask = kept;
  let priority: GraphTask = kept;
  let progress: GraphTask = kept;
  let owned: GraphTask = kept;
  for (const t of open) {
    if (!namesOwner(owned) && namesOwner(t)) owned = t;
    if (t.dueResolved !== null && (due.dueResolved === null || t.dueResolved < due.dueResolved)) due = t;
    if (priorityRank(t.priority) < priorityRank(priority.priority)) priority = t;
    if (t.statusType === 'in_progress' && progress.statusType !== 'in_progress') progress = t;
  }
  if (due === kept && priority === kept && progress === kept && owned === kept) return kept;
  return {
    ...kept,
    dueResolved: due.dueResolved,
    dueSource: due.dueSource,
    duePhrase: due.duePhrase,
    dueCertainty: due.dueCertainty,
    dueEvent: due.dueEvent,
    dueRange: due.dueRange,
    duePreferred: due.duePreferred,
    priority: priority.priority,
    status: progress.status,
    statusType: progress.statusType,
    owner: owned.owner,
    assignee: owned.assignee,
  };
}

function personCard(
  p: Person,
  today: string,
  key: string,
  meetingsByPerson: Map<string, Meeting[]>,
  theyOweByPerson: Map<string, GraphTask[]>,
  iOweByPerson: Map<string, GraphTask[]>,
): PersonCard {
  const met = meetingsByPerson.get(key) ?? [];
  const theyOwe = theyOweByPerson.get(key) ?? [];
  const iOwe = iOweByPerson.get(key) ?? [];
  let lastMet: string | null = null;
  for (const m of met) if (m.date && m.date <= today && (lastMet === null || m.date > lastMet)) lastMet = m.date;
  // Both lists are sorted, earliest due first: the first dated task of each is the candidate.
  const firstDated = (list: GraphTask[]): GraphTask | null => list.find((t) => t.dueResolved !== null) ?? null;
  const a = firstDated(theyOwe);
  const b = firstDated(iOwe);
  const next = a && b ? (compareTasks(a, b) <= 0 ? a : b) : a ?? b;
  return {
    name: p.name,
    aliases: p.aliases,
    accounts: p.accounts,
    meetingCount: met.length,
    lastMet,
    nextFollowUp: next,
    theyOwe: theyOwe.length,
    iOwe: iOwe.length,
    talkSeconds: p.talkSeconds,
  };
}

/**
 * Every account's card in one pass over meetings, tasks and risks: each is
 * filed under the accounts of its meeting and of its note.
 */
function* accountCardsSteps(
  graph: VaultGraph,
  sortedMeetings: Meeting[],
  sortedOpen: GraphTask[],
  today: string,
  key: (name: string) => string,
  chunk: number,
): Steps<AccountCard[]> {
  const cards = new Map<string, AccountCard>();
  const accountsOfPath = new Map<string, AccountCard[]>();
  for (const a of graph.accounts) {
    const k = key(a.name);
    if (cards.has(k)) continue;
    const card: AccountCard = { name: a.name, people: a.people, meetingCount: 0, lastMeeting: null, openCount: 0, risks: [] };
    cards.set(k, card);
    for (const n of a.notes) pushTo(accountsOfPath, n, card);
  }
  yield;

  // A meeting belongs to its own account and to the accounts of any of its notes.
  const accountsOfMeeting = new Map<string, AccountCard[]>();
  yield* eachSteps(
    sortedMeetings,
    (m) => {
      const found: AccountCard[] = [];
      const own = m.account ? cards.get(key(m.account)) : undefined;
      if (own) found.push(own);
      for (const n of m.notes) for (const c of accountsOfPath.get(n) ?? []) if (!found.includes(c)) found.push(c);
      if (found.length === 0) return;
      accountsOfMeeting.set(m.id, found);
      for (const c of found) {
        c.meetingCount++;
        if (m.date && m.date <= today && (c.lastMeeting === null || m.date > c.lastMeeting)) c.lastMeeting = m.date;
      }
    },
    chunk,
  );
  /** File `value` under the accounts of its meeting and of its note, once each. */
  const file = <V>(path: string, meetingId: string | null, add: (card: AccountCard, value: V) => void, value: V): void => {
    const byMeeting = meetingId ? accountsOfMeeting.get(meetingId) : undefined;
    const byPath = accountsOfPath.get(path);
    if (byMeeting) for (const c of byMeeting) add(c, value);
    if (byPath) for (const c of byPath) if (!byMeeting || !byMeeting.includes(c)) add(c, value);
  };
  const countOpen = (c: AccountCard): void => {
    c.openCount++;
  };
  const addRisk = (c: AccountCard, risk: GraphItem): void => {
    c.risks.push(risk);
  };
  yield* eachSteps(sortedOpen, (t) => file(t.path, t.meetingId, countOpen, t), chunk);
  yield* eachSteps(
    graph.items,
    (i) => {
      if (i.kind === 'risk') file(i.path, i.meetingId, addRisk, i);
    },
    chunk,
  );
  for (const c of cards.values()) c.risks.sort((a, b) => compareText(a.path, b.path) || a.line - b.line);
  return [...cards.values()];
}

// ─── Filtering: cheap, on every keystroke ───────────────────────────────────

const unfiltered = new WeakMap<DashboardIndex, DashboardModel>();

/** The dashboard's sections with only what matches `filter` (all words, accent- and case-insensitive). */
export function filterDashboard(index: DashboardIndex, filter: string): DashboardModel {
  return runSteps(filterDashboardSteps(index, filter));
}

/**
 * `filterDashboard` in steps: each list is scanned (and its search texts made,
 * the first time) a chunk at a time. Counts stay exact: every list is scanned
 * to its end.
 */
export function* filterDashboardSteps(index: DashboardIndex, filter: string, chunk = STEP): Steps<DashboardModel> {
  const words = filterWords(filter);
  // Re-renders without a filter (the index changed elsewhere, a fold) reuse the last model.
  if (words.length === 0) {
    const cached = unfiltered.get(index);
    if (cached) return cached;
  }

  const mine = yield* index.myTasks.keepSteps(words, chunk);
  const buckets = new Map<DueBucket, GraphTask[]>();
  yield* eachSteps(mine, (t) => pushTo(buckets, index.bucket(t.dueResolved), t), chunk);
  const myTasks = BUCKET_ORDER.map((bucket) => ({ bucket, label: BUCKET_LABEL[bucket], tasks: buckets.get(bucket) ?? [] }));

  const theirs = yield* index.waiting.keepSteps(words, chunk);
  const groups = new Map<string, WaitingGroup>();
  yield* eachSteps(
    theirs,
    (t) => {
      const key = t.owner === null ? '' : index.key(t.owner);
      let g = groups.get(key);
      if (!g) {
        g = { person: t.owner, tasks: [], overdue: 0 };
        groups.set(key, g);
      }
      g.tasks.push(t);
      if (index.bucket(t.dueResolved) === 'overdue') g.overdue++;
    },
    chunk,
  );
  // Most overdue first, then the most open items; tasks with no owner last.
  const waitingOn = yield* sortSteps(
    [...groups.values()],
    (a, b) => {
      if ((a.person === null) !== (b.person === null)) return a.person === null ? 1 : -1;
      return b.overdue - a.overdue || b.tasks.length - a.tasks.length || (a.person ?? '').localeCompare(b.person ?? '');
    },
    chunk,
  );

  const health: HealthModel = {
    mojibake: yield* index.mojibake.keepSteps(words, chunk),
    duplicates: yield* index.duplicates.keepSteps(words, chunk),
    malformed: yield* index.malformed.keepSteps(words, chunk),
    unresolved: yield* index.unresolved.keepSteps(words, chunk),
  };
  const people = yield* index.people.keepSteps(words, chunk);
  const accounts = yield* index.accounts.keepSteps(words, chunk);
  const meetings = yield* index.meetings.keepSteps(words, chunk);
  const decisions = yield* index.decisions.keepSteps(words, chunk);

  let mojibakeLines = 0;
  yield* eachSteps(health.mojibake, (m) => (mojibakeLines += m.lines.length), chunk);
  const model: DashboardModel = {
    owner: index.owner,
    myTasks,
    waitingOn,
    people,
    accounts,
    meetings,
    decisions,
    health,
    counts: {
      myTasks: mine.length,
      waitingOn: theirs.length,
      people: people.length,
      accounts: accounts.length,
      meetings: meetings.length,
      decisions: decisions.length,
      health: mojibakeLines + health.duplicates.length + health.malformed.length + health.unresolved.length,
    },
  };
  if (words.length === 0) unfiltered.set(index, model);
  return model;
}

/** The whole model in one call: index the graph, then apply the filter. */
export function buildDashboardModel(graph: VaultGraph, today: string, filter: string, owner: string | null): DashboardModel {
  return filterDashboard(indexDashboard(graph, today, owner), filter);
}

/**
 * One person's story, newest first: the meetings they attended, the decisions
 * made there, and the open tasks either way.
 */
export function personTimeline(index: DashboardIndex, name: string): TimelineEntry[] {
  const key = index.key(name);
  const entries: TimelineEntry[] = [];
  const met = index.meetingsByPerson.get(key) ?? [];
  const meetingIds = new Set<string>();
  const notePaths = new Set<string>();
  for (const m of met) {
    meetingIds.add(m.id);
    for (const n of m.notes) notePaths.add(n);
    entries.push({ kind: 'meeting', date: m.date, text: m.title, path: m.notes[0] ?? '', line: null, task: null });
  }
  // The decisions list is already dated and far shorter than the graph's items.
  for (const { item, date } of index.decisions.values) {
    if (!(item.meetingId !== null && meetingIds.has(item.meetingId)) && !notePaths.has(item.path)) continue;
    entries.push({ kind: 'decision', date, text: item.text, path: item.path, line: item.line, task: null });
  }
  const tasks = new Set<GraphTask>([...(index.theyOweByPerson.get(key) ?? []), ...(index.iOweByPerson.get(key) ?? [])]);
  for (const t of tasks) {
    entries.push({ kind: 'task', date: t.dueResolved ?? dateOf(index, t.path, t.meetingId), text: t.text, path: t.path, line: t.line, task: t });
  }
  const kindOrder: Record<TimelineKind, number> = { meeting: 0, decision: 1, task: 2 };
  return entries
    .filter((e) => e.path !== '')
    .sort((a, b) => compareDatesDesc(a.date, b.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0));
}
