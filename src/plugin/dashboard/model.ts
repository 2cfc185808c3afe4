/**
 * What the dashboard shows, computed from the vault graph without touching the DOM.
 *
 * Two steps, so typing in the filter box stays cheap on a large vault:
 * `indexDashboard` does the joins and sorting once per graph (and per day),
 * `filterDashboard` only keeps the entries whose search text matches.
 * `buildDashboardModel` does both.
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
import { foldAccents } from '../../core/text';
import { dueBucket, type DueBucket } from '../../core/dates';

export type { DueBucket };

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
  lastMeeting: string | null;
  openTasks: GraphTask[];
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
  return foldAccents(name.trim()).replace(/\s+/g, ' ');
}

/** The filter's words, folded; every word must appear in an entry's search text. */
export function filterWords(filter: string): string[] {
  return foldAccents(filter).split(/\s+/).filter((w) => w.length > 0);
}

function matches(hay: string, words: string[]): boolean {
  for (const w of words) if (!hay.includes(w)) return false;
  return true;
}

function hayOf(parts: (string | null | undefined)[]): string {
  return foldAccents(parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n'));
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

/** Newest first; undated last. */
function compareDatesDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
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

interface Entry<T> {
  value: T;
  hay: string;
}

export interface DashboardIndex {
  graph: VaultGraph;
  today: string;
  owner: string | null;
  /** Folded names that mean the owner. */
  ownerKeys: Set<string>;
  meetingById: Map<string, Meeting>;
  summaryByPath: Map<string, NoteSummary>;
  myTasks: Entry<GraphTask>[];
  waiting: Entry<GraphTask>[];
  people: Entry<PersonCard>[];
  accounts: Entry<AccountCard>[];
  meetings: Entry<MeetingRow>[];
  decisions: Entry<DecisionRow>[];
  mojibake: Entry<MojibakeNote>[];
  duplicates: Entry<DuplicateGroup>[];
  malformed: Entry<Problem>[];
  unresolved: Entry<Problem>[];
  /** Folded person name → their meetings, newest first. */
  meetingsByPerson: Map<string, Meeting[]>;
  /** Folded person name → my open tasks from meetings they attended. */
  iOweByPerson: Map<string, GraphTask[]>;
  /** Folded person name → open tasks they own. */
  theyOweByPerson: Map<string, GraphTask[]>;
}

/** The date a task or item belongs to: its meeting's, else its note's. */
function dateOf(index: Pick<DashboardIndex, 'meetingById' | 'summaryByPath'>, path: string, meetingId: string | null): string | null {
  const meeting = meetingId ? index.meetingById.get(meetingId) : undefined;
  return meeting?.date ?? index.summaryByPath.get(path)?.date ?? null;
}

function contextOf(index: Pick<DashboardIndex, 'meetingById' | 'summaryByPath'>, path: string, meetingId: string | null): { title: string | null; account: string | null; participants: string[] } {
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

/**
 * Everything the dashboard lists, joined and sorted, each entry with the
 * folded text the filter searches. `owner` overrides the graph's owner when given.
 */
export function indexDashboard(graph: VaultGraph, today: string, owner: string | null = null): DashboardIndex {
  const ownerName = owner && owner.trim() ? owner.trim() : graph.owner;
  const ownerKeys = new Set<string>();
  if (ownerName) ownerKeys.add(nameKey(ownerName));
  for (const p of graph.people) if (p.isOwner) ownerKeys.add(nameKey(p.name));
  const isOwner = (name: string | null): boolean => name !== null && ownerKeys.has(nameKey(name));

  const meetingById = new Map<string, Meeting>();
  for (const m of graph.meetings) meetingById.set(m.id, m);
  const summaryByPath = new Map<string, NoteSummary>();
  for (const s of graph.summaries) summaryByPath.set(s.path, s);
  const base = { meetingById, summaryByPath };

  // Tasks: mine, and everybody else's.
  const open = graph.tasks.filter((t) => t.open).sort(compareTasks);
  const myTasks: Entry<GraphTask>[] = [];
  const waiting: Entry<GraphTask>[] = [];
  const iOweByPerson = new Map<string, GraphTask[]>();
  const theyOweByPerson = new Map<string, GraphTask[]>();
  for (const task of open) {
    const ctx = contextOf(base, task.path, task.meetingId);
    const hay = hayOf([task.text, task.owner, task.assignee, task.path, ctx.title, ctx.account, ...ctx.participants, task.tags.join(' ')]);
    if (isOwner(task.owner)) {
      myTasks.push({ value: task, hay });
      for (const p of ctx.participants) if (!isOwner(p)) pushTo(iOweByPerson, nameKey(p), task);
    } else {
      waiting.push({ value: task, hay });
      if (task.owner) pushTo(theyOweByPerson, nameKey(task.owner), task);
    }
  }

  // Meetings, newest first, and who attended which.
  const sortedMeetings = [...graph.meetings].sort((a, b) => compareDatesDesc(a.date, b.date) || a.title.localeCompare(b.title));
  const meetingsByPerson = new Map<string, Meeting[]>();
  for (const m of sortedMeetings) {
    const seen = new Set<string>();
    for (const p of m.participants) {
      const key = nameKey(p);
      if (seen.has(key)) continue;
      seen.add(key);
      pushTo(meetingsByPerson, key, m);
    }
  }
  const meetings = sortedMeetings.map((m) => ({
    value: { meeting: m },
    hay: hayOf([m.title, m.date, m.account, m.series, ...m.participants, ...m.notes]),
  }));

  // People: one card each, the owner left out (the dashboard is theirs).
  const people: Entry<PersonCard>[] = graph.people
    .filter((p) => !p.isOwner && !isOwner(p.name))
    .map((p) => ({ value: personCard(p, today, meetingsByPerson, theyOweByPerson, iOweByPerson), hay: hayOf([p.name, ...p.aliases, ...p.accounts]) }))
    .sort((a, b) => compareDatesDesc(a.value.lastMet, b.value.lastMet) || a.value.name.localeCompare(b.value.name));

  // Accounts.
  const lookups = accountLookups(graph, sortedMeetings);
  const accounts = graph.accounts
    .map((a) => {
      const card = accountCard(a.name, a.notes, a.people, lookups);
      return { value: card, hay: hayOf([a.name, ...a.people]) };
    })
    .sort((a, b) => compareDatesDesc(a.value.lastMeeting, b.value.lastMeeting) || a.value.name.localeCompare(b.value.name));

  // Decisions, newest first.
  const decisions = graph.items
    .filter((i) => i.kind === 'decision')
    .map((item) => {
      const ctx = contextOf(base, item.path, item.meetingId);
      const row: DecisionRow = { item, date: dateOf(base, item.path, item.meetingId), meetingTitle: ctx.title };
      return { value: row, hay: hayOf([item.text, item.path, ctx.title, ctx.account, ...ctx.participants]) };
    })
    .sort((a, b) => compareDatesDesc(a.value.date, b.value.date) || a.value.item.path.localeCompare(b.value.item.path) || a.value.item.line - b.value.item.line);

  // Health.
  const byPath = new Map<string, MojibakeLine[]>();
  for (const m of graph.mojibake) pushTo(byPath, m.path, m);
  const mojibake = [...byPath.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([path, lines]) => ({
      value: { path, lines: [...lines].sort((a, b) => a.line - b.line) },
      hay: hayOf([path, ...lines.map((l) => l.before), ...lines.map((l) => l.after)]),
    }));
  const duplicates = [...graph.duplicates]
    .sort((a, b) => b.confidence - a.confidence || a.canonical.path.localeCompare(b.canonical.path) || a.canonical.line - b.canonical.line)
    .map((g) => ({ value: g, hay: hayOf([g.kind, ...g.members.map((m) => m.text), ...g.members.map((m) => m.path)]) }));
  const byProblem = (a: Problem, b: Problem): number => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0);
  const problemEntry = (p: Problem): Entry<Problem> => ({ value: p, hay: hayOf([p.path, p.kind, p.message]) });
  const malformed = graph.problems.filter((p) => p.kind !== 'unresolved-name').sort(byProblem).map(problemEntry);
  const unresolved = graph.problems.filter((p) => p.kind === 'unresolved-name').sort(byProblem).map(problemEntry);

  return {
    graph,
    today,
    owner: ownerName,
    ownerKeys,
    meetingById,
    summaryByPath,
    myTasks,
    waiting,
    people,
    accounts,
    meetings,
    decisions,
    mojibake,
    duplicates,
    malformed,
    unresolved,
    meetingsByPerson,
    iOweByPerson,
    theyOweByPerson,
  };
}

function personCard(
  p: Person,
  today: string,
  meetingsByPerson: Map<string, Meeting[]>,
  theyOweByPerson: Map<string, GraphTask[]>,
  iOweByPerson: Map<string, GraphTask[]>,
): PersonCard {
  const key = nameKey(p.name);
  const met = meetingsByPerson.get(key) ?? [];
  const theyOwe = theyOweByPerson.get(key) ?? [];
  const iOwe = iOweByPerson.get(key) ?? [];
  let lastMet: string | null = null;
  for (const m of met) if (m.date && m.date <= today && (lastMet === null || m.date > lastMet)) lastMet = m.date;
  let next: GraphTask | null = null;
  for (const t of [...theyOwe, ...iOwe]) {
    if (!t.dueResolved) continue;
    if (next === null || compareTasks(t, next) < 0) next = t;
  }
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

/** Lookups that let each account card be built without scanning the whole graph. */
interface AccountLookups {
  meetingsByAccount: Map<string, Meeting[]>;
  meetingsByNote: Map<string, Meeting[]>;
  openByPath: Map<string, GraphTask[]>;
  openByMeeting: Map<string, GraphTask[]>;
  risksByPath: Map<string, GraphItem[]>;
  risksByMeeting: Map<string, GraphItem[]>;
}

function accountLookups(graph: VaultGraph, sortedMeetings: Meeting[]): AccountLookups {
  const l: AccountLookups = {
    meetingsByAccount: new Map(),
    meetingsByNote: new Map(),
    openByPath: new Map(),
    openByMeeting: new Map(),
    risksByPath: new Map(),
    risksByMeeting: new Map(),
  };
  for (const m of sortedMeetings) {
    if (m.account) pushTo(l.meetingsByAccount, nameKey(m.account), m);
    for (const n of m.notes) pushTo(l.meetingsByNote, n, m);
  }
  for (const t of graph.tasks) {
    if (!t.open) continue;
    pushTo(l.openByPath, t.path, t);
    if (t.meetingId) pushTo(l.openByMeeting, t.meetingId, t);
  }
  for (const i of graph.items) {
    if (i.kind !== 'risk') continue;
    pushTo(l.risksByPath, i.path, i);
    if (i.meetingId) pushTo(l.risksByMeeting, i.meetingId, i);
  }
  return l;
}

function accountCard(name: string, notes: string[], people: string[], l: AccountLookups): AccountCard {
  const meetings = new Set<Meeting>(l.meetingsByAccount.get(nameKey(name)) ?? []);
  for (const n of notes) for (const m of l.meetingsByNote.get(n) ?? []) meetings.add(m);
  const paths = new Set(notes);
  for (const m of meetings) for (const n of m.notes) paths.add(n);
  const tasks = new Set<GraphTask>();
  const risks = new Set<GraphItem>();
  for (const p of paths) {
    for (const t of l.openByPath.get(p) ?? []) tasks.add(t);
    for (const r of l.risksByPath.get(p) ?? []) risks.add(r);
  }
  for (const m of meetings) {
    for (const t of l.openByMeeting.get(m.id) ?? []) tasks.add(t);
    for (const r of l.risksByMeeting.get(m.id) ?? []) risks.add(r);
  }
  let lastMeeting: string | null = null;
  for (const m of meetings) if (m.date && (lastMeeting === null || m.date > lastMeeting)) lastMeeting = m.date;
  return {
    name,
    people,
    meetingCount: meetings.size,
    lastMeeting,
    openTasks: [...tasks].sort(compareTasks),
    risks: [...risks].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line),
  };
}

// ─── Filtering: cheap, on every keystroke ───────────────────────────────────

function keep<T>(entries: Entry<T>[], words: string[]): T[] {
  if (words.length === 0) return entries.map((e) => e.value);
  const out: T[] = [];
  for (const e of entries) if (matches(e.hay, words)) out.push(e.value);
  return out;
}

/** The dashboard's sections with only what matches `filter` (all words, accent- and case-insensitive). */
export function filterDashboard(index: DashboardIndex, filter: string): DashboardModel {
  const words = filterWords(filter);

  const mine = keep(index.myTasks, words);
  const buckets = new Map<DueBucket, GraphTask[]>();
  for (const t of mine) pushTo(buckets, dueBucket(t.dueResolved, index.today), t);
  const myTasks = BUCKET_ORDER.map((bucket) => ({ bucket, label: BUCKET_LABEL[bucket], tasks: buckets.get(bucket) ?? [] }));

  const theirs = keep(index.waiting, words);
  const groups = new Map<string, WaitingGroup>();
  for (const t of theirs) {
    const key = t.owner === null ? '' : nameKey(t.owner);
    let g = groups.get(key);
    if (!g) {
      g = { person: t.owner, tasks: [], overdue: 0 };
      groups.set(key, g);
    }
    g.tasks.push(t);
    if (dueBucket(t.dueResolved, index.today) === 'overdue') g.overdue++;
  }
  // Most overdue first, then the most open items; tasks with no owner last.
  const waitingOn = [...groups.values()].sort((a, b) => {
    if ((a.person === null) !== (b.person === null)) return a.person === null ? 1 : -1;
    return b.overdue - a.overdue || b.tasks.length - a.tasks.length || (a.person ?? '').localeCompare(b.person ?? '');
  });

  const health: HealthModel = {
    mojibake: keep(index.mojibake, words),
    duplicates: keep(index.duplicates, words),
    malformed: keep(index.malformed, words),
    unresolved: keep(index.unresolved, words),
  };
  const people = keep(index.people, words);
  const accounts = keep(index.accounts, words);
  const meetings = keep(index.meetings, words);
  const decisions = keep(index.decisions, words);

  return {
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
      health:
        health.mojibake.reduce((n, m) => n + m.lines.length, 0) + health.duplicates.length + health.malformed.length + health.unresolved.length,
    },
  };
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
  const key = nameKey(name);
  const entries: TimelineEntry[] = [];
  const met = index.meetingsByPerson.get(key) ?? [];
  const meetingIds = new Set<string>();
  const notePaths = new Set<string>();
  for (const m of met) {
    meetingIds.add(m.id);
    for (const n of m.notes) notePaths.add(n);
    entries.push({ kind: 'meeting', date: m.date, text: m.title, path: m.notes[0] ?? '', line: null, task: null });
  }
  for (const item of index.graph.items) {
    if (item.kind !== 'decision') continue;
    if (!(item.meetingId !== null && meetingIds.has(item.meetingId)) && !notePaths.has(item.path)) continue;
    entries.push({ kind: 'decision', date: dateOf(index, item.path, item.meetingId), text: item.text, path: item.path, line: item.line, task: null });
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
