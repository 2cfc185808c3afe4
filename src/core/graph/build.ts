/**
 * The vault graph: people, accounts, meetings, tasks, decisions and facts, each
 * linked to its notes and lines.
 *
 * Two steps, so the plugin can keep the expensive one per file:
 * - `analyseFile` parses one note and finds its broken characters (cached per file);
 * - `assembleGraph` joins every analysis into the graph (names, meetings,
 *   accounts, due dates, duplicates).
 */
import type {
  Account,
  GraphItem,
  GraphTask,
  Meeting,
  MojibakeLine,
  Note,
  NoteSummary,
  Person,
  Problem,
  Task,
  TranscriptLine,
  VaultGraph,
} from '../model';
import { parseNote } from '../parse/index';
import { isNameShaped, stripName } from '../parse/values';
import { findMojibake, fixText } from '../repair/mojibake';
import { foldAccents, hashText, lineSpan, lineStarts, lineOf, nameOfPath } from '../text';
import { dateOrderEvidence, inferDayFirst, warmUpDueParsing, type DateOrderEvidence } from '../dates';
import { eventDatesFor, resolveDueWithEvents, type EventDate } from '../event-dates';
import { collectPeopleSteps, guessOwner, type DeclaredPerson, type NameMention, type PeopleIndex, type Resolution } from './names';
import { writtenOwner } from './owners';
import { AccountResolver, writtenAccount } from './accounts';
import { actionBullets, tasksWithBullets as tasksOf } from './action-bullets';
import { attributeSpeakers, isDeviceLabel, talkTime } from './speakers';
import { groupMeetings, groupMeetingsSteps } from './meetings';
import { findDuplicatesSteps, recordMeetingGrouping } from '../dedupe/index';
import { warmUpDuplicates } from '../dedupe/warm-up';
import { pacer, type Steps } from '../steps';

/** One file as the index keeps it. */
export interface FileAnalysis {
  path: string;
  /** Hash of the text analysed: a write is refused when the file's text no longer has it. */
  hash: string;
  note: Note;
  mojibake: MojibakeLine[];
  /** Events the note gives a day for, read only when one of its tasks may tie its deadline to an event. */
  events?: EventDate[];
  /** How the note writes dates in figures (13/10 or 10/13), when it writes any that tell. */
  dateOrder?: DateOrderEvidence;
}

export interface AnalyseExtras {
  /** The file was too large to read (its size in bytes). */
  tooLarge?: number;
  /** The file could not be read (why). */
  readError?: string;
}

export interface GraphOptions {
  /** The vault owner (a setting); guessed from `source_ref` paths when absent. */
  owner?: string | null;
  /** Folder of people notes (their `aliases:` name the same person). */
  peopleFolder?: string;
  /** Folder of company notes. */
  companiesFolder?: string;
  /** Frontmatter types that make a note a meeting note. */
  meetingTypes?: string[];
  /** Folders whose notes are meeting notes whatever their type. */
  meetingFolders?: string[];
  /** Problems met while reading files (unreadable, too large). */
  readProblems?: Problem[];
}

const TEMPLATE_PLACEHOLDER = /\{\s*\{|<%|\}\s*\}/;
const DEFAULT_MEETING_TYPES = ['people', 'customer', '1-1', 'meeting', 'one-on-one', '1:1'];
const PERSON_TYPES = new Set(['person', 'contact', 'profile']);
const COMPANY_TYPES = new Set(['company', 'account', 'organization', 'organisation', 'org', 'customer-profile']);

export function analyseFile(path: string, text: string, extras: AnalyseExtras = {}): FileAnalysis {
  const note = parseNote(path, text);
  // A file not read has no text to call empty: its one problem is why it was not read.
  if (extras.tooLarge !== undefined || extras.readError !== undefined) note.problems = note.problems.filter((p) => p.kind !== 'empty');
  // What the graph shows of a note is shown repaired, whether or not the note itself is.
  if (note.title) note.title = fixText(note.title);
  note.participants = note.participants.map(fixText);
  if (note.person) note.person = fixText(note.person);
  if (note.counterpart) note.counterpart = fixText(note.counterpart);
  if (note.account) note.account = fixText(note.account);
  if (extras.tooLarge !== undefined) {
    note.problems.push({ path, line: null, kind: 'too-large', message: `Skipped: ${(extras.tooLarge / 1048576).toFixed(1)} MB is more than a note may have.` });
  }
  if (extras.readError !== undefined) {
    note.problems.push({ path, line: null, kind: 'read-error', message: `Could not read the file: ${extras.readError}` });
  }
  const unreadable = note.problems.some((p) => p.kind === 'binary');
  const analysis: FileAnalysis = { path, hash: hashText(text), note, mojibake: unreadable ? [] : mojibakeLines(path, text) };
  if (!unreadable && note.tasks.length > 0) {
    const events = eventDatesFor(text, note.tasks.map((t) => t.description), note.date);
    if (events.length > 0) analysis.events = events;
  }
  if (!unreadable) {
    const order = dateOrderEvidence(text);
    if (order.dayFirst > 0 || order.monthFirst > 0) analysis.dateOrder = order;
  }
  return analysis;
}

/** Each line with broken characters, before and after repair. */
function mojibakeLines(path: string, text: string): MojibakeLine[] {
  const { fixes } = findMojibake(text);
  if (fixes.length === 0) return [];
  const starts = lineStarts(text);
  const out: MojibakeLine[] = [];
  let i = 0;
  while (i < fixes.length) {
    const line = lineOf(starts, fixes[i].start);
    const span = lineSpan(text, starts, line);
    let after = '';
    let at = span.start;
    while (i < fixes.length && fixes[i].start < span.next) {
      after += text.slice(at, fixes[i].start) + fixes[i].after;
      at = fixes[i].end;
      i++;
    }
    after += text.slice(at, Math.max(at, span.end));
    out.push({ path, line, before: text.slice(span.start, span.end), after });
  }
  return out;
}

/** A small note that takes the analysis down its main paths: frontmatter, tasks with signifiers and phrases, an event with its day, mojibake. */
const WARM_UP_NOTE = [
  '---',
  'type: customer',
  'date: 2025-01-07',
  'participants: [Ana Ruiz, Bo Li]',
  '---',
  '# Pricing call',
  '**With**: Ana Ruiz, Bo Li',
  '## Action items',
  '- [ ] Send the revised deck before the board meeting @Ana Ruiz ⏫',
  '- [ ] Book the security review by next Friday @Bo Li ðŸ“… 2025-01-17',
  '## Decisions',
  '- The architecture board meets on 11 February; pilot pricing is a fixed fee.',
  '',
].join('\n');

/**
 * The first analysis in a session compiles the parser's patterns and the date reader: the
 * plugin runs this first, a piece per step, so no one note's analysis carries that cost.
 */
export function* warmUpAnalysis(): Generator<void, void> {
  yield* warmUpDueParsing();
  const note = parseNote('warm-up.md', WARM_UP_NOTE);
  yield;
  findMojibake(WARM_UP_NOTE);
  yield;
  eventDatesFor(WARM_UP_NOTE, note.tasks.map((t) => t.description), note.date);
  yield;
}

export function buildGraph(files: readonly { path: string; text: string }[], options: GraphOptions = {}): VaultGraph {
  return assembleGraph(
    files.map((f) => analyseFile(f.path, f.text)),
    options,
  );
}

const NO_EVENTS: readonly EventDate[] = [];
const NO_ORDER: DateOrderEvidence = { dayFirst: 0, monthFirst: 0 };
/** Notes read between two yields by the steps that go over every note. */
const NOTES_PER_STEP = 32;

export type NoteRole = 'meeting' | 'person' | 'company' | 'other';

export function assembleGraph(analyses: readonly FileAnalysis[], options: GraphOptions = {}): VaultGraph {
  const steps = assembleGraphSteps(analyses, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same assembly, as steps: the plugin runs them in time slices so the
 * interface never waits on a whole vault at once.
 */
export function* assembleGraphSteps(analyses: readonly FileAnalysis[], options: GraphOptions = {}): Steps<VaultGraph> {
  const notes = analyses.map((a) => a.note);
  const eventsOf = new Map<string, readonly EventDate[]>();
  for (const a of analyses) if (a.events) eventsOf.set(a.path, a.events);
  // Whether `5/11` is the 5th of November or May 11th: as the note writes its telling dates, else as the vault's
  // notes do — each note one vote, and at least two agreeing, so one note pasted from a colleague abroad does not
  // turn every other note's dates round.
  const orderOf = new Map<string, DateOrderEvidence>();
  const votes: DateOrderEvidence = { dayFirst: 0, monthFirst: 0 };
  for (const a of analyses) {
    if (!a.dateOrder) continue;
    orderOf.set(a.path, a.dateOrder);
    const own = inferDayFirst(a.dateOrder);
    if (own === true) votes.dayFirst++;
    else if (own === false) votes.monthFirst++;
  }
  const vaultOrder: DateOrderEvidence | undefined = Math.max(votes.dayFirst, votes.monthFirst) >= 2 ? votes : undefined;
  const roles = new Map<string, NoteRole>();
  const written: (string | null)[] = [];
  const pace = pacer(NOTES_PER_STEP * 4);
  for (const n of notes) {
    if (pace()) yield;
    roles.set(n.path, classify(n, options));
    written.push(writtenAccount(n));
  }
  const meetingNotes = notes.filter((n) => roles.get(n.path) === 'meeting');

  // Accounts before people: two spellings of a name, each written only at accounts the other never is, are two people.
  const accountNames = accountResolver(notes, roles);
  yield;
  // Every spelling first, so an account no company note declares is named the way most notes write it.
  accountNames.learn(written);
  yield;
  const declared = declaredPeople(notes, roles, (n) => accountNames.resolve(writtenAccount(n)));
  yield;
  const mentions = yield* mentionsOf(meetingNotes, declared, (n) => accountNames.accountOfNote(n));
  const owner = ownerInFull(options.owner?.trim() || guessOwner(notes.map((n) => n.sourceRef)), mentions, declared);
  yield;
  const people = yield* collectPeopleSteps(mentions, declared, owner);
  yield;

  // Names as the graph resolved them, for comparing people across notes and assignees across items.
  const canonicalName = (written: string): string | null => {
    const r = people.resolve(written);
    if (r.kind === 'role' || r.kind === 'unassigned') return `role:${written.replace(/^@/, '').toLowerCase()}`;
    return r.name;
  };
  yield;
  const meetingOptions = {
    owner: people.owner,
    canonicalName,
    canonicalAccount: (written: string) => accountNames.resolve(written),
    accountOf: (note: Note) => accountNames.accountOfNote(note),
  };
  const meetings = yield* groupMeetingsSteps(meetingNotes, meetingOptions);
  yield;
  yield* warmUpDueParsing();
  const meetingOf = new Map<string, string>();
  for (const m of meetings) for (const p of m.notes) meetingOf.set(p, m.id);
  // A meeting recorded by several notes holds its transcript several times (each note's copy, or each
  // recorder's): talk time is counted from one, the longest.
  const talkFrom = new Map<string, Note>();
  for (const note of meetingNotes) {
    const id = meetingOf.get(note.path);
    const lines = note.transcript?.lines.length ?? 0;
    if (id === undefined || lines === 0) continue;
    const best = talkFrom.get(id);
    if (!best || lines > (best.transcript?.lines.length ?? 0)) talkFrom.set(id, note);
  }
  /** The people a note names whom the other notes of its meeting show it got wrong. */
  const misnamed = new Map<string, Set<string>>();
  for (const m of meetings) for (const w of m.misnamed) misnamed.set(w.path, (misnamed.get(w.path) ?? new Set()).add(w.name));

  const summaries: NoteSummary[] = [];
  const accounts = new Map<string, { notes: Set<string>; people: Set<string> }>();
  const accountOf = (name: string) => {
    let a = accounts.get(name);
    if (!a) accounts.set(name, (a = { notes: new Set(), people: new Set() }));
    return a;
  };
  const personAccounts = new Map<string, Set<string>>();
  /** The company each person's people note names. */
  const worksAt = new Map<string, string>();
  for (const note of notes) {
    if (roles.get(note.path) !== 'person') continue;
    const written = writtenAccount(note);
    if (!written) continue;
    const person = people.resolve(nameOfPath(note.path));
    const account = accountNames.resolve(written);
    if (person.kind !== 'person' || !person.name || !account) continue;
    // Where the person works, whether or not they met.
    worksAt.set(person.name, account);
    accountOf(account).people.add(person.name);
    personAccounts.set(person.name, (personAccounts.get(person.name) ?? new Set()).add(account));
  }

  const tasks: GraphTask[] = [];
  const items: GraphItem[] = [];
  const talk = new Map<string, number>();
  const problems: Problem[] = [...(options.readProblems ?? [])];

  for (const note of notes) {
    yield;
    problems.push(...note.problems);
    const role = roles.get(note.path);
    if (role === 'company') {
      accountOf(accountNames.resolve(companyName(note)) as string).notes.add(note.path);
      continue;
    }
    if (role !== 'meeting') continue;
    const meetingId = meetingOf.get(note.path) ?? null;
    const wrong = misnamed.get(note.path);
    const participants = wrong ? canonicalParticipants(note, people).filter((p) => !wrong.has(p)) : canonicalParticipants(note, people);
    const account = accountNames.accountOfNote(note);
    if (account) {
      const a = accountOf(account);
      a.notes.add(note.path);
      for (const p of participants) {
        // Someone whose people note names their company works there, not at every account they meet.
        if (p === people.owner || (worksAt.has(p) && worksAt.get(p) !== account)) continue;
        a.people.add(p);
        personAccounts.set(p, (personAccounts.get(p) ?? new Set()).add(account));
      }
    }
    // In Obsidian a note is called by its file name when it gives itself no title.
    summaries.push({ path: note.path, type: note.type, date: note.date, title: note.title ?? nameOfPath(note.path), participants, account, meetingId });

    const dayFirst = inferDayFirst(orderOf.get(note.path) ?? NO_ORDER, vaultOrder);
    for (const task of tasksOf(note)) {
      const written = task.assignee ?? null;
      const room = roomOf(note);
      const resolution = written
        ? people.resolve(written, room)
        : task.sectionFor
          ? people.resolve(task.sectionFor, room)
          : (ownerInWords(task, room, people) ?? ownerOfHeading(task, room, people));
      const due = resolveDueWithEvents({ text: task.description, due: task.due, fields: task.fields, dayFirst }, note.date, eventsOf.get(note.path) ?? NO_EVENTS);
      // The graph's tasks are the parsed tasks, annotated in place: copying a vault's
      // hundred thousand tasks cost more than the rest of the assembly together.
      const g = task as GraphTask;
      g.path = note.path;
      g.owner = resolution && (resolution.kind === 'person' || resolution.kind === 'owner') ? resolution.name : null;
      g.meetingId = meetingId;
      g.dueResolved = due.due;
      g.dueSource = due.source;
      g.duePhrase = due.phrase;
      g.dueCertainty = due.certainty;
      // Set or cleared: the same task objects are annotated again at each assembly, and the vault's date order may have changed.
      if (due.event) g.dueEvent = due.event;
      else delete g.dueEvent;
      if (due.range) g.dueRange = due.range;
      else delete g.dueRange;
      if (due.preferred) g.duePreferred = due.preferred;
      else delete g.duePreferred;
      tasks.push(g);
    }
    for (const item of note.items) {
      if (item.kind === 'other' || item.kind === 'summary' || item.kind === 'related') continue;
      const g = item as GraphItem;
      g.path = note.path;
      g.meetingId = meetingId;
      items.push(g);
    }
    if (note.transcript && note.transcript.lines.length > 0 && (meetingId === null || talkFrom.get(meetingId) === note)) {
      const attributed = attributeSpeakers(note.transcript.lines, participants, people.owner);
      for (const [name, seconds] of Object.entries(talkTime(attributed).seconds)) {
        const r = people.resolve(name, roomOf(note));
        if (r.name) talk.set(r.name, (talk.get(r.name) ?? 0) + seconds);
      }
    }
  }

  const notesByPath = new Map(notes.map((n) => [n.path, n]));
  for (const u of people.unresolved) {
    // The line of the first task naming them, when a task does (a participant list has no one line).
    const inNote = notesByPath.get(u.path);
    const named = inNote ? tasksOf(inNote).find((t) => t.assignee === u.written || t.sectionFor === u.written) : undefined;
    problems.push({
      path: u.path,
      line: named?.line ?? null,
      kind: 'unresolved-name',
      message:
        u.candidates.length > 1
          ? `“${u.written}” could be ${u.candidates.join(' or ')}; add a full name or an alias in a people note.`
          : u.candidates.length === 1
            ? `“${u.written}” may be ${u.candidates[0]}, but nothing in the note makes it certain; add a full name or an alias in a people note.`
            : `“${u.written}” matches no known person; add a full name or an alias in a people note.`,
    });
  }
  for (const m of meetings) {
    for (const c of m.conflicts) problems.push({ path: m.notes[0], line: null, kind: 'meeting-conflict', message: c });
  }

  const personList: Person[] = people.people.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    notes: p.notes,
    accounts: [...(personAccounts.get(p.name) ?? [])].sort(),
    talkSeconds: Math.round(talk.get(p.name) ?? 0),
    isOwner: p.isOwner,
  }));
  const accountList: Account[] = [...accounts]
    .map(([name, a]) => ({ name, notes: [...a.notes].sort(), people: [...a.people].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const meetingList: Meeting[] = meetings.map((m) => ({
    id: m.id,
    date: m.date,
    title: m.title,
    notes: m.notes,
    participants: uniqueResolved(withSpeakers(m.participants, m.notes, notesByPath), people),
    account: accountNames.resolve(m.account),
    series: m.series,
  }));

  yield;
  yield* warmUpDuplicates();
  const duplicates = yield* findDuplicatesSteps(meetingNotes, meetings, { canonicalName, owner: people.owner, wholeVault: true });
  recordMeetingGrouping(duplicates, (changed) => groupMeetings(changed, meetingOptions));
  yield;

  return {
    owner: people.owner,
    notes,
    summaries,
    people: personList,
    accounts: accountList,
    meetings: meetingList,
    tasks,
    items,
    duplicates,
    mojibake: analyses.flatMap((a) => a.mojibake),
    problems,
  };
}

/**
 * The owner as a full name: a setting of only a first name ("Morgan") is the one person the
 * notes write in full with it ("Morgan Hale"), so the owner and that participant are one
 * person. Left as it is when no one, or more than one, fits.
 */
function ownerInFull(owner: string | null, mentions: readonly NameMention[], declared: readonly DeclaredPerson[]): string | null {
  if (!owner || /\s/.test(owner)) return owner;
  const first = foldAccents(owner).toLowerCase();
  const full = new Set<string>();
  const consider = (written: string) => {
    const name = stripName(written.replace(/^@/, ''));
    const space = name.indexOf(' ');
    if (space > 0 && foldAccents(name.slice(0, space)).toLowerCase() === first && isNameShaped(name, 2)) full.add(name);
  };
  for (const d of declared) consider(d.name);
  for (const m of mentions) consider(m.written);
  return full.size === 1 ? [...full][0] : owner;
}

/** Is this note a meeting, a person, a company, or something else? */
export function classify(note: Note, options: GraphOptions): NoteRole {
  const type = (note.type ?? '').toLowerCase();
  const folder = note.path.includes('/') ? note.path.slice(0, note.path.lastIndexOf('/')) : '';
  const inFolder = (f: string | undefined) => !!f && (folder === f || folder.startsWith(`${f}/`) || folder.endsWith(`/${f}`));
  if (PERSON_TYPES.has(type) || inFolder(options.peopleFolder ?? 'People')) return 'person';
  if (COMPANY_TYPES.has(type) || inFolder(options.companiesFolder ?? 'Companies')) return 'company';
  const meetingTypes = (options.meetingTypes ?? DEFAULT_MEETING_TYPES).map((t) => t.toLowerCase());
  if (meetingTypes.includes(type) || (options.meetingFolders ?? []).some(inFolder)) return 'meeting';
  // Notes of any other type, or none, that look like meeting notes: a date and people, tasks or a transcript
  // (`type: internal`, `standup`, `interview`… are meetings too when they read like one).
  // People and company notes kept outside their folders say what they are by a tag (`#person`, `#company`)…
  const tags = tagsOf(note);
  if (tags.some((t) => PERSON_TAGS.has(t))) return 'person';
  if (tags.some((t) => COMPANY_TAGS.has(t))) return 'company';
  const withPeople = note.participants.length > 0 || !!note.counterpart || !!note.person || !!note.transcript;
  // Action items written as plain bullets (`- Ana to send the deck`) count as tasks: many note-takers write no checkboxes.
  const withTasks = note.tasks.length > 0 || actionBullets(note).length > 0;
  if (note.date && (withPeople || withTasks)) return 'meeting';
  // With no date anywhere (no frontmatter, a file name without one), a note that names who met, or
  // holds a list of action items, is still a meeting's note: its tasks and decisions count, undated.
  if (!note.date && (withPeople || (withTasks && note.sections.some((s) => s.kind === 'actions' || s.kind === 'followups')))) return 'meeting';
  // …or are named like a person and list the person's aliases.
  if (note.aliases.length > 0 && looksLikePersonsName(nameOfPath(note.path))) return 'person';
  return 'other';
}

const PERSON_TAGS = new Set(['person', 'people/person', 'type/person', 'contact', 'type/contact']);
const COMPANY_TAGS = new Set(['company', 'type/company', 'organization', 'organisation', 'type/organization', 'account', 'type/account']);
/** Words that make a name a company's, not a person's. */
const COMPANY_WORDS = /\b(?:inc|corp|corporation|ltd|llc|gmbh|plc|co|company|group|labs?|partners|holdings|bank|systems|technologies|solutions|health|media|energy|capital)\b\.?/i;

/** The note's frontmatter tags, lower-case, without `#`. */
function tagsOf(note: Note): string[] {
  const raw = note.frontmatter?.data.tags ?? note.frontmatter?.data.tag;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^#/, '').trim().toLowerCase());
}

/** Two to four capitalised words with no company word: `Ana Ruiz`, not `Kubernetes` or `Acme Labs`. */
function looksLikePersonsName(name: string): boolean {
  return isNameShaped(name, 2) && !COMPANY_WORDS.test(name);
}

export function declaredPeople(
  notes: readonly Note[],
  roles: ReadonlyMap<string, NoteRole>,
  accountOf: (note: Note) => string | null = () => null,
): DeclaredPerson[] {
  return notes
    .filter((n) => roles.get(n.path) === 'person')
    .map((n) => ({ name: nameOfPath(n.path), aliases: n.aliases, path: n.path, account: accountOf(n) }));
}

/** Every written name in the meeting notes, each with its note's participants; in steps of a few notes. */
export function* mentionsOf(
  notes: readonly Note[],
  declared: readonly DeclaredPerson[],
  accountOf: (note: Note) => string | null = () => null,
): Steps<NameMention[]> {
  const peopleLinks = new Set(declared.map((d) => d.name.toLowerCase()));
  const out: NameMention[] = [];
  const pace = pacer(NOTES_PER_STEP);
  for (const n of notes) {
    if (pace()) yield;
    const account = accountOf(n);
    const add = (written: string | null) => {
      // An unfilled template (`{{counterpart}}`) names nobody; the parser reports it already.
      if (written && written.trim() && !TEMPLATE_PLACEHOLDER.test(written)) out.push({ written, path: n.path, participants: roomOf(n), account, date: n.date });
    };
    n.participants.forEach(add);
    add(n.person);
    add(n.counterpart);
    for (const t of tasksOf(n)) {
      add(t.assignee);
      add(t.sectionFor);
    }
    for (const l of n.links) if (peopleLinks.has(l.target.toLowerCase())) add(l.alias ? `[[${l.target}|${l.alias}]]` : l.target);
    if (n.transcript) addSpeakers(n.transcript.lines, add);
  }
  return out;
}

/**
 * The people a transcript names as its speakers: names glued to the words, and sources that are a
 * full name (`Owen Brooks  0:10`, `[00:01:02] Ana Ruiz : …`) rather than a device or an app
 * (`zoom.us`, `MacBook Pro Microphone`). Someone who spoke in the meeting is someone met, even when
 * the note's participants leave them out. Each name once per transcript.
 */
function addSpeakers(lines: readonly TranscriptLine[], add: (written: string) => void): void {
  const seen = new Set<string>();
  for (const line of lines) {
    const name = line.speaker ?? line.source;
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    if (line.speaker !== null || (isNameShaped(stripName(name), 2) && !isDeviceLabel(name))) add(name);
  }
}

/**
 * The owner a task without `@assignee` names in its words or fields ("Ana to send
 * pricing", `[owner:: Bob Reyes]`), when those words are a person already known —
 * never a new person made from a capitalised word.
 */
function ownerInWords(task: Task, room: readonly string[], people: PeopleIndex): Resolution | null {
  const written = writtenOwner(task);
  return written === null ? null : knownPerson(written, room, people);
}

/** `written` resolved in the room, when it is someone already known (the owner included), never a new person. */
function knownPerson(written: string, room: readonly string[], people: PeopleIndex): Resolution | null {
  const r = people.resolve(written, room);
  return (r.kind === 'person' || r.kind === 'owner') && r.via !== 'new' ? r : null;
}

/**
 * Under action items, a heading that is a person's name (`### Sofía Castaño`, `**Priya Raman**`)
 * heads that person's items — when the name is someone known, never a new person.
 */
function ownerOfHeading(task: Task, room: readonly string[], people: PeopleIndex): Resolution | null {
  if ((task.section !== 'actions' && task.section !== 'followups') || !task.sectionHeading) return null;
  return knownPerson(task.sectionHeading, room, people);
}

const ROOMS = new WeakMap<Note, readonly string[]>();

/**
 * Who was in the meeting as the note writes them: its participants, person and
 * counterpart. A first name or short form is resolved among these — a 1-1 note
 * often names its counterpart only in `counterpart:`. One array per note, so the
 * resolver's reading of it is reused.
 */
function roomOf(note: Note): readonly string[] {
  let room = ROOMS.get(note);
  if (room) return room;
  const extra = [note.person, note.counterpart].filter((w): w is string => !!w && !note.participants.includes(w));
  room = extra.length === 0 ? note.participants : [...note.participants, ...extra];
  ROOMS.set(note, room);
  return room;
}

function canonicalParticipants(note: Note, people: PeopleIndex): string[] {
  const written = [...note.participants];
  if (note.person) written.push(note.person);
  if (note.counterpart) written.push(note.counterpart);
  // Whoever spoke in the meeting was in it, though the note's list of people leaves them out.
  if (note.transcript) addSpeakers(note.transcript.lines, (name) => written.push(name));
  const names = uniqueResolved(written, people, roomOf(note));
  // A 1-1 is the owner and the counterpart (or person), though its note names only them.
  if ((note.counterpart || note.person) && people.owner && !names.includes(people.owner)) names.unshift(people.owner);
  return names;
}

/** A meeting's people as its notes list them, then those its notes' transcripts name as speakers. */
function withSpeakers(participants: readonly string[], paths: readonly string[], notesByPath: ReadonlyMap<string, Note>): readonly string[] {
  let out: string[] | null = null;
  for (const path of paths) {
    const transcript = notesByPath.get(path)?.transcript;
    if (!transcript) continue;
    out ??= [...participants];
    addSpeakers(transcript.lines, (name) => (out as string[]).push(name));
  }
  return out ?? participants;
}

function uniqueResolved(written: readonly string[], people: PeopleIndex, context: readonly string[] = written): string[] {
  const out: string[] = [];
  for (const w of written) {
    const r = people.resolve(w, context);
    if ((r.kind === 'person' || r.kind === 'owner') && r.name && !out.includes(r.name)) out.push(r.name);
  }
  return out;
}

/** A company note's name: its title, else its file name (which links use). */
function companyName(note: Note): string {
  return note.title ?? nameOfPath(note.path);
}

/** Accounts as company notes name them, their aliases and file names included. */
function accountResolver(notes: readonly Note[], roles: ReadonlyMap<string, NoteRole>): AccountResolver {
  const companies = notes
    .filter((n) => roles.get(n.path) === 'company')
    .map((n) => ({ name: companyName(n), aliases: [...n.aliases, nameOfPath(n.path)] }));
  return new AccountResolver(companies);
}
