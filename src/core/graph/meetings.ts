/**
 * Same-meeting detection: the two or three notes an AI tool writes for one meeting
 * (a "people" note, a "customer" note, a "1-1" note with its transcript) are one
 * meeting. Notes are compared only within their date, so the work stays near-linear;
 * inside a date, two notes are joined when their transcript reference, people,
 * account or content agree strongly enough — content alone can join a note whose
 * counterpart the AI got wrong, and the disagreement is recorded as a conflict.
 */
import type { Meeting, Note } from '../model';
import { hashText } from '../text';
import { UnionFind } from '../union-find';
import { defaultCanonicalName, guessOwner, OWNER_KEY, type CanonicalName } from '../dedupe/names';
import { contentTokenIds, tokenCount } from '../dedupe/normalize';
import { cleanAccount, writtenAccount } from './accounts';
import { cleanName } from './names';
import { isDeviceLabel, splitGluedSpeaker } from './speakers';
import { finish, pacer, type Steps } from '../steps';

/** A meeting as its notes record it, with what they disagree on. */
export interface MeetingGroup extends Meeting {
  /** Disagreements between the joined notes: `b.md names Jeff Denworth, a.md names Lior Genzel`. */
  conflicts: string[];
  /**
   * The counterparts taken as a note's mistake, each with the note naming it: `name` is the key
   * `canonicalName` gave (the person's canonical name in the graph). They are left out of the
   * meeting's participants; a note's own list of people should leave them out too.
   */
  misnamed: { path: string; name: string }[];
}

export interface MeetingOptions {
  /** The vault owner's name; guessed from the notes' `source_ref` paths when absent. */
  owner?: string | null;
  /** Canonical key for a written name (from the graph's name resolution); a default folds case, accents and doubled last words. */
  canonicalName?: CanonicalName;
  /** One name per account however it is written (company notes' aliases); a default takes off link brackets and quotes. */
  canonicalAccount?: (written: string) => string | null;
  /**
   * The account a note is about, its Related links included (`AccountResolver.accountOfNote`);
   * by default the account its fields name ({@link writtenAccount}), through `canonicalAccount`.
   */
  accountOf?: (note: Note) => string | null;
}

/** What one note says about its meeting, prepared once. */
interface Profile {
  note: Note;
  /** Canonical keys of the people other than the owner. */
  people: Set<string>;
  /** Display form of each key, as first written. */
  display: Map<string, string>;
  /** Whom the note says the meeting was with. */
  counterpart: string | null;
  /** The account the note is about, one name however it is written. */
  account: string | null;
  /** The transcript file's name, folded, without folders or extension. */
  transcript: string | null;
  /** Token numbers of the content words of the note's items, sorted, each once; read only when a join depends on them. */
  tokens: Int32Array | null;
  /** When the meeting started, in minutes after midnight, when the note says. */
  minute: number | null;
}

/** Score needed to join two notes of the same date. */
const JOIN_SCORE = 2;

/** `…/Transcripts/2025-09-16 - Intro call.md` → `2025 09 16 intro call`. */
export function transcriptKey(ref: string | null): string | null {
  if (!ref) return null;
  const name = ref.trim().split(/[\\/]/).pop() ?? '';
  const key = name
    .replace(/\.(md|txt|vtt|srt|json|docx?)$/i, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key.length >= 6 ? key : null;
}

/** Same transcript file: equal names, or one cut short where the other goes on. */
function sameTranscript(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 16 && long.startsWith(short);
}

function profileOf(note: Note, canon: CanonicalName, isOwner: (key: string) => boolean, accountOf: (note: Note) => string | null): Profile {
  const people = new Set<string>();
  const display = new Map<string, string>();
  const addName = (written: string | null) => {
    if (!written || !written.trim()) return null;
    const key = canon(written);
    if (!key || isOwner(key)) return null;
    people.add(key);
    if (!display.has(key)) display.set(key, written.replace(/^@/, '').trim());
    return key;
  };
  const named = [addName(note.counterpart), addName(note.person)].find((k) => k) ?? null;
  for (const p of note.participants) addName(p);
  const counterpart = named ?? (people.size === 1 ? [...people][0] : null);

  return {
    note,
    people,
    display,
    counterpart,
    account: accountOf(note),
    transcript: transcriptKey(note.sourceRef),
    tokens: null,
    minute: startMinute(note),
  };
}

// ─── Time of day ─────────────────────────────────────────────────────────────

/** Frontmatter keys a meeting's start time is written under (keys compare without case). */
const TIME_KEYS = ['start_time', 'start-time', 'starttime', 'start time', 'time', 'start', 'meeting_time', 'begin', 'date', 'datetime'];

/** `10:00`, `9h30`, `3:30 PM`, `15:00:00` — a clock time in words, not part of a longer number. */
const CLOCK = /(?:^|[^\d:.])([01]?\d|2[0-3])(?::|h)([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:\s*([ap])\.?m\b\.?)?(?![\d:])/i;
/** `10am`, `3 pm`, `12 p.m.` */
const HOUR_ONLY = /(?:^|[^\d:.])(1[0-2]|0?[1-9])\s*([ap])\.?m\b/i;
/**
 * A date followed by a time, as file names and transcript names write them:
 * `20250916 1100 Teams Meeting`, `2025-10-02 10.00 Sync`, `2025-10-02T10-30`.
 */
const STAMP = /(?:19|20)\d\d-?[01]\d-?[0-3]\d(?:[ T_@-]+|\s+at\s+)([01]\d|2[0-3])[:.h-]?([0-5]\d)(?!\d)/;

/** Minutes after midnight of a written clock time, or null. */
function clockMinutes(text: string): number | null {
  const m = CLOCK.exec(text);
  if (m) return withMeridiem(Number(m[1]), Number(m[2]), m[3]);
  const h = HOUR_ONLY.exec(text);
  return h ? withMeridiem(Number(h[1]), 0, h[2]) : null;
}

function withMeridiem(hour: number, minute: number, meridiem: string | undefined): number | null {
  if (meridiem) {
    if (hour > 12 || hour === 0) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return hour * 60 + minute;
}

/** A time written after a date in a file name; a year-like 19xx or 20xx there is a word, not 7 or 8 pm. */
function stampMinutes(name: string | null): number | null {
  if (!name) return null;
  const m = STAMP.exec(name);
  if (!m) return null;
  const compact = m[0].length > 0 && /\d\d\d\d$/.test(m[0]);
  if (compact && (m[1] === '19' || m[1] === '20')) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * A frontmatter time: YAML reads an unquoted `10:00` as the number 600 (base 60), `10:00:00` as
 * seconds. A number under 60 is a count (`time: 45` minutes spent), not a time after midnight.
 */
function fieldMinutes(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 60) {
    if (value < 24 * 60) return value;
    if (value < 24 * 3600) return Math.floor(value / 60);
    return null;
  }
  return typeof value === 'string' ? clockMinutes(value) : null;
}

/**
 * When the meeting began, from the first place that says: a time field, a time in the
 * date field, the transcript's or the note's file name (`20250916 1100 …`), a clock
 * time in the title. Null when none does — most notes give only the day.
 */
export function startMinute(note: Note): number | null {
  const data = note.frontmatter?.data;
  if (data) {
    for (const key of Object.keys(data)) {
      if (!TIME_KEYS.includes(key.toLowerCase())) continue;
      const value = Array.isArray(data[key]) ? (data[key] as unknown[])[0] : data[key];
      const minute = fieldMinutes(value);
      if (minute !== null) return minute;
    }
  }
  const ref = note.sourceRef ? (note.sourceRef.split(/[\\/]/).pop() ?? null) : null;
  return stampMinutes(ref) ?? stampMinutes(baseName(note.path)) ?? (note.title ? clockMinutes(note.title) : null);
}

/** Scratch space for {@link contentOf} (the work is synchronous): the words read, and which tokens a note has had. */
const SCRATCH: number[] = [];
let SEEN = new Int32Array(1024);
let NOTE_MARK = 0;

/** The distinct content tokens of a note's tasks and items, as sorted token numbers. */
function contentOf(note: Note): Int32Array {
  const ids = SCRATCH;
  ids.length = 0;
  for (const t of note.tasks) contentTokenIds(t.description || t.text, ids);
  for (const it of note.items) if (it.kind !== 'related' && it.kind !== 'other') contentTokenIds(it.text, ids);
  if (SEEN.length < tokenCount()) SEEN = new Int32Array(Math.max(tokenCount(), 2 * SEEN.length));
  if (++NOTE_MARK === 0x7fffffff) {
    SEEN.fill(0);
    NOTE_MARK = 1;
  }
  let kept = 0;
  for (const id of ids) {
    if (SEEN[id] === NOTE_MARK) continue;
    SEEN[id] = NOTE_MARK;
    ids[kept++] = id;
  }
  return Int32Array.from(ids.slice(0, kept)).sort();
}

/**
 * Weighted share of the smaller note's rare content that the other note also has (a merge
 * of two sorted lists). The smaller is the one of less weight, so the share is the same
 * whichever note comes first.
 */
function contentOverlap(a: Int32Array, b: Int32Array, idf: Float64Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let totalA = 0;
  let totalB = 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) totalA += idf[a[i++]];
    else if (i >= a.length || b[j] < a[i]) totalB += idf[b[j++]];
    else {
      const w = idf[a[i]];
      totalA += w;
      totalB += w;
      shared += w;
      i++;
      j++;
    }
  }
  const total = Math.min(totalA, totalB);
  return total > 0 ? shared / total : 0;
}

/** Content counts up to this much: four times the overlap. */
const CONTENT_WEIGHT = 4;

/**
 * How strongly two notes of the same date look like one meeting, before their content
 * is read. The same transcript file, or most of the people other than the owner in
 * common, is enough; one person in common among several others needs content in common too; a different account or series counts against. Content then adds up to
 * {@link CONTENT_WEIGHT}: half the rarer words of one note's items recurring in the
 * other is enough on its own (the AI may have named the wrong person).
 */
function scoreWithoutContent(a: Profile, b: Profile): number {
  if (sameTranscript(a.transcript, b.transcript)) return JOIN_SCORE + 1;
  let score = 0;
  let shared = 0;
  for (const p of a.people) if (b.people.has(p)) shared++;
  // Most of the people in common settles it; one in common among many others (a colleague in
  // a customer call and in the team standup) only counts with content in common too.
  if (shared > 0) score += shared / (a.people.size + b.people.size - shared) >= 0.5 ? 2 : 1;
  if (a.account && b.account) score += a.account.toLowerCase() === b.account.toLowerCase() ? 0.5 : -1;
  if (a.note.series && b.note.series && a.note.series !== b.note.series) score -= 1;
  return score;
}

function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

/** A stable id: the date and a short hash of the sorted paths. */
export function meetingId(date: string | null, paths: readonly string[]): string {
  const h = hashText([...paths].sort().join('\n')).slice(0, 8);
  return `${date ?? 'undated'}-${h}`;
}

/** Each written name once per person: the display of every key the notes write, first written first. */
function namesWritten(members: readonly Profile[], except: string | null = null): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of members) {
    for (const [key, written] of m.display) {
      if (key === except || seen.has(key)) continue;
      seen.add(key);
      out.push(written);
    }
  }
  return out;
}

/**
 * Which of `wanted` (the counterparts in dispute, by key) are heard speaking in a note's transcript: a
 * name glued to a line's text (`zoom.us : Ana RuizHello`), a speaker the parser found, or a source that
 * is a name. `names` are the disputed counterparts' full names, the ones a glued name is looked for among.
 * Stops reading once all of them are heard.
 */
function heardIn(m: Profile, names: readonly string[], wanted: ReadonlySet<string>, canon: CanonicalName): Set<string> {
  const heard = new Set<string>();
  const lines = m.note.transcript?.lines;
  if (!lines || wanted.size === 0) return heard;
  const bySource = new Map<string, string | null>();
  for (const line of lines) {
    let name = line.speaker ?? (names.length > 0 ? (splitGluedSpeaker(line.text, names)?.speaker ?? null) : null);
    if (name === null) {
      let source = bySource.get(line.source);
      if (source === undefined) bySource.set(line.source, (source = isDeviceLabel(line.source) ? null : line.source.trim()));
      name = source;
    }
    const key = name ? canon(name) : null;
    if (key && wanted.has(key)) {
      heard.add(key);
      if (heard.size === wanted.size) break;
    }
  }
  return heard;
}

/**
 * Where the notes of one meeting disagree on whom it was with, and which names are the
 * misattribution. A name is backed by every note that lists it, names it, or hears it speak in
 * its transcript; of the counterparts the notes name, the one most notes back is taken as right,
 * and one backed by no note but those naming it, and by fewer notes, is the mistake. A tie with
 * nothing to break it leaves both (the conflict says so). A counterpart that only its own note
 * names, when the other notes list other people and never hear it, is the mistake too.
 */
function counterpartConflicts(members: readonly Profile[], canon: CanonicalName): { conflicts: string[]; wrongOnly: Set<string> } {
  const conflicts: string[] = [];
  const wrongOnly = new Set<string>();
  if (members.length < 2) return { conflicts, wrongOnly };
  const votes = new Map<string, Profile[]>();
  for (const m of members) if (m.counterpart) votes.set(m.counterpart, [...(votes.get(m.counterpart) ?? []), m]);
  if (votes.size === 0) return { conflicts, wrongOnly };
  // Transcripts are read only when names are in dispute.
  const heard = new Map<Profile, Set<string>>();
  const wanted = new Set(votes.keys());
  let names: string[] | null = null;
  const heardBy = (m: Profile): Set<string> => {
    let found = heard.get(m);
    if (!found) {
      // The name as written and the key (the canonical name, in the graph): a glued name may be either.
      names ??= [...new Set([...votes].flatMap(([key, voters]) => [cleanName(voters[0].display.get(key) ?? key), key]))].filter((n) => n.includes(' '));
      heard.set(m, (found = heardIn(m, names, wanted, canon)));
    }
    return found;
  };
  const backers = (key: string) => members.filter((m) => m.counterpart === key || m.people.has(key) || heardBy(m).has(key));

  if (votes.size > 1) {
    const ranked = [...votes.entries()]
      .map(([key, voters]) => ({ key, voters, backers: backers(key) }))
      .sort((x, y) => y.backers.length - x.backers.length || y.voters.length - x.voters.length);
    const top = ranked[0];
    const topName = top.voters[0].display.get(top.key) ?? top.key;
    for (const { key, voters, backers: backedBy } of ranked.slice(1)) {
      for (const n of voters) {
        conflicts.push(`${baseName(n.note.path)} names ${n.display.get(key) ?? key}, ${baseName(top.voters[0].note.path)} names ${topName}`);
      }
      // A name only the notes naming it back, and fewer notes than the winner's, is probably the misattribution.
      if (backedBy.length < top.backers.length && backedBy.every((b) => voters.includes(b))) wrongOnly.add(key);
    }
    return { conflicts, wrongOnly };
  }
  // One note names a counterpart that no other note of the meeting lists or hears, where the others
  // list people of their own: the note-taker named the wrong person.
  const [key, voters] = [...votes.entries()][0];
  // Two notes naming the same counterpart agree with each other, whatever a third lists.
  if (key === OWNER_KEY || voters.length > 1) return { conflicts, wrongOnly };
  const others = members.filter((o) => !voters.includes(o));
  if (others.length === 0 || others.every((o) => o.people.size === 0)) return { conflicts, wrongOnly };
  if (others.some((o) => o.people.has(key) || heardBy(o).has(key))) return { conflicts, wrongOnly };
  const named = namesWritten(others, key);
  for (const m of voters) {
    conflicts.push(`${baseName(m.note.path)} names ${m.display.get(key) ?? key} as the counterpart, but ${baseName(others[0].note.path)} lists ${named.join(', ') || 'other people'}`);
  }
  wrongOnly.add(key);
  return { conflicts, wrongOnly };
}

function buildGroup(members: Profile[], ownerName: string | null, canon: CanonicalName): MeetingGroup {
  members.sort((x, y) => (x.note.path < y.note.path ? -1 : x.note.path > y.note.path ? 1 : 0));
  const paths = members.map((m) => m.note.path);
  const date = members[0].note.date;
  const { conflicts, wrongOnly } = counterpartConflicts(members, canon);
  const misnamed = members.filter((m) => m.counterpart && wrongOnly.has(m.counterpart)).map((m) => ({ path: m.note.path, name: m.counterpart as string }));

  const participants: string[] = [];
  const seen = new Set<string>();
  if (ownerName) {
    participants.push(ownerName);
    seen.add(OWNER_KEY);
  }
  for (const m of members) {
    for (const [key, written] of m.display) {
      if (seen.has(key) || wrongOnly.has(key)) continue;
      seen.add(key);
      participants.push(written);
    }
  }
  // The title that names the meeting: not a capture's ("… transcript", "Untitled"), and not from a note naming the wrong counterpart.
  const candidates = members.filter((m) => m.note.title && (!m.counterpart || !wrongOnly.has(m.counterpart)));
  const pool = candidates.length > 0 ? candidates : members.filter((m) => m.note.title);
  const titled = pool.find((m) => !isCaptureTitle(m.note.title as string)) ?? pool[0];
  const agreeing = members.find((m) => !m.counterpart || !wrongOnly.has(m.counterpart)) ?? members[0];
  return {
    id: meetingId(date, paths),
    date,
    title: titled?.note.title ?? baseName(agreeing.note.path),
    notes: paths,
    participants,
    account: members.find((m) => m.account)?.account ?? null,
    series: members.find((m) => m.note.series)?.note.series ?? null,
    conflicts,
    misnamed,
  };
}

/** A title that names how the meeting was captured rather than the meeting: `Acme sync transcript`, `Untitled`, `Meeting notes`. */
function isCaptureTitle(title: string): boolean {
  return CAPTURE_WORDS.test(title) || GENERIC_TITLE.test(title.trim());
}
const CAPTURE_WORDS = /\b(?:transcripts?|transcription|recording|raw notes|auto-?generated|notes by \w+)\b/i;
const GENERIC_TITLE = /^(?:untitled(?: \d+)?|meeting(?: notes)?|notes|call|sync|new note(?: \d+)?)$/i;

/** Two notes of one date that may record one meeting, and how strongly they look like it. */
interface Pair {
  x: number;
  y: number;
  score: number;
  /** Joined by the people in common alone: notes whose items share nothing stay apart. */
  byPeople: boolean;
}

/** Share of rare content below which two notes' items are about different things. */
const UNRELATED_CONTENT = 0.1;
/** Distinct content words a note needs before its items can tell its meeting from another. */
const SUBSTANTIAL = 6;
/** Distinct content words each note needs before its content alone can join it to another note of the day. */
const MIN_CONTENT_TO_JOIN = 3;
/** Start times further apart than this are different meetings (a late start or a rounded time is not). */
const SAME_MEETING_MINUTES = 45;

function apartInTime(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) > SAME_MEETING_MINUTES;
}

/**
 * Notes joined into meetings, strongest pairs first, never joining two groups that hold
 * notes known to record different meetings: start times far apart, or the same people
 * with nothing in common. Without this a note that gives no time (or no content) would
 * chain the 10:00 and the 15:00 meeting into one.
 */
class MeetingJoins {
  private readonly uf: UnionFind;
  /** Per group root: the earliest and latest start time its notes give (NaN when none does). */
  private readonly earliest: Float64Array;
  private readonly latest: Float64Array;
  /** Pairs of notes known to be different meetings. */
  private readonly forbidden: [number, number][] = [];

  private readonly paths: readonly string[];

  constructor(profiles: readonly Profile[]) {
    this.paths = profiles.map((p) => p.note.path);
    this.uf = new UnionFind(profiles.length);
    this.earliest = Float64Array.from(profiles, (p) => (p.minute === null ? NaN : p.minute));
    this.latest = Float64Array.from(this.earliest);
  }

  find(i: number): number {
    return this.uf.find(i);
  }

  forbid(x: number, y: number): void {
    this.forbidden.push([x, y]);
  }

  /** Join the pairs, strongest first; ties by path, so the meetings do not depend on the order notes come in. */
  joinAll(pairs: Pair[]): void {
    const order = (p: Pair) => {
      const [a, b] = [this.paths[p.x], this.paths[p.y]];
      return a < b ? `${a}\n${b}` : `${b}\n${a}`;
    };
    const keyed = pairs.map((p) => ({ p, key: order(p) }));
    keyed.sort((u, v) => v.p.score - u.p.score || (u.key < v.key ? -1 : u.key > v.key ? 1 : 0));
    for (const { p } of keyed) this.join(p.x, p.y);
  }

  private join(x: number, y: number): void {
    const rx = this.uf.find(x);
    const ry = this.uf.find(y);
    if (rx === ry) return;
    const lo = Math.min(nanless(this.earliest[rx], Infinity), nanless(this.earliest[ry], Infinity));
    const hi = Math.max(nanless(this.latest[rx], -Infinity), nanless(this.latest[ry], -Infinity));
    if (hi - lo > SAME_MEETING_MINUTES) return;
    for (const [u, v] of this.forbidden) {
      const ru = this.uf.find(u);
      const rv = this.uf.find(v);
      if ((ru === rx && rv === ry) || (ru === ry && rv === rx)) return;
    }
    const root = this.uf.union(rx, ry);
    this.earliest[root] = Number.isFinite(lo) ? lo : NaN;
    this.latest[root] = Number.isFinite(hi) ? hi : NaN;
  }
}

function nanless(v: number, instead: number): number {
  return Number.isNaN(v) ? instead : v;
}

/** Group notes into meetings. Every note is in exactly one group; undated notes stand alone. */
export function groupMeetings(notes: readonly Note[], options: MeetingOptions = {}): MeetingGroup[] {
  return finish(groupMeetingsSteps(notes, options));
}

/** Notes profiled, or read for content, between two yields of {@link groupMeetingsSteps}. */
const NOTES_PER_STEP = 32;
/** Pairs of notes of one day compared between two yields. */
const PAIRS_PER_STEP = 256;

/** {@link groupMeetings} in steps, for the plugin's index: a vault's notes are profiled and compared a few at a time. */
export function* groupMeetingsSteps(notes: readonly Note[], options: MeetingOptions = {}): Steps<MeetingGroup[]> {
  const ownerName = options.owner ?? guessOwner(notes);
  const canonOf = options.canonicalName ?? defaultCanonicalName(ownerName);
  // A vault writes the same few hundred names thousands of times: canonicalise each once.
  const known = new Map<string, string | null>();
  const canon: CanonicalName = (name) => {
    let key = known.get(name);
    if (key === undefined) known.set(name, (key = canonOf(name)));
    return key;
  };
  const ownerKey = ownerName ? canon(ownerName) : null;
  const isOwner = (key: string) => key === OWNER_KEY || (ownerKey !== null && key === ownerKey);
  const canonAccount = options.canonicalAccount ?? ((written: string) => cleanAccount(written) || null);
  const accountOf =
    options.accountOf ??
    ((note: Note) => {
      const written = writtenAccount(note);
      return written === null ? null : canonAccount(written);
    });
  const profiles: Profile[] = [];
  const pace = pacer(NOTES_PER_STEP);
  for (const n of notes) {
    if (pace()) yield;
    profiles.push(profileOf(n, canon, isOwner, accountOf));
  }

  const byDate = new Map<string, number[]>();
  const groups: MeetingGroup[] = [];
  profiles.forEach((p, i) => {
    if (!p.note.date) {
      groups.push(buildGroup([p], ownerName, canon));
      return;
    }
    const list = byDate.get(p.note.date);
    if (list) list.push(i);
    else byDate.set(p.note.date, [i]);
  });

  // First what people, transcripts and accounts settle; content is read only for the
  // notes of pairs it can still decide, and for pairs that people alone would join.
  const joins = new MeetingJoins(profiles);
  const settled: Pair[] = [];
  const open: Pair[] = [];
  const pairPace = pacer(PAIRS_PER_STEP);
  for (const indices of byDate.values()) {
    for (let a = 0; a < indices.length; a++) {
      for (let b = a + 1; b < indices.length; b++) {
        if (pairPace()) yield;
        const x = indices[a];
        const y = indices[b];
        const px = profiles[x];
        const py = profiles[y];
        const same = sameTranscript(px.transcript, py.transcript);
        // Two start times far apart are two meetings, whoever attended (a 10:00 and a 15:00 with one person).
        if (!same && apartInTime(px.minute, py.minute)) continue;
        const score = same ? JOIN_SCORE + 1 : scoreWithoutContent(px, py);
        if (score >= JOIN_SCORE) (same ? settled : open).push({ x, y, score, byPeople: !same });
        else if (score + CONTENT_WEIGHT >= JOIN_SCORE) open.push({ x, y, score, byPeople: false });
      }
    }
  }
  joins.joinAll(settled);
  const undecided = open.filter((p) => p.byPeople || joins.find(p.x) !== joins.find(p.y));
  if (undecided.length > 0) {
    const reading = new Set<number>();
    for (const p of undecided) reading.add(p.x).add(p.y);
    for (const i of reading) {
      if (pace()) yield;
      profiles[i].tokens = contentOf(profiles[i].note);
    }
    // Inverse document frequency of each content token over the notes read, by token number.
    const size = tokenCount();
    const df = new Int32Array(size);
    for (const i of reading) for (const t of profiles[i].tokens as Int32Array) df[t]++;
    const total = Math.max(reading.size, 4);
    const idf = new Float64Array(size);
    for (let t = 0; t < size; t++) if (df[t] > 0) idf[t] = Math.log(1 + total / df[t]);
    const joined: Pair[] = [];
    for (const p of undecided) {
      if (pairPace()) yield;
      const tx = profiles[p.x].tokens as Int32Array;
      const ty = profiles[p.y].tokens as Int32Array;
      const overlap = contentOverlap(tx, ty, idf);
      if (p.byPeople && overlap < UNRELATED_CONTENT && tx.length >= SUBSTANTIAL && ty.length >= SUBSTANTIAL) {
        // The same people, but items that share nothing: two meetings with them that day.
        joins.forbid(p.x, p.y);
        continue;
      }
      // Content alone joins only notes with enough of it: one word shared by two notes of a word or two is chance.
      if (p.score < JOIN_SCORE && Math.min(tx.length, ty.length) < MIN_CONTENT_TO_JOIN) continue;
      const score = p.score + CONTENT_WEIGHT * overlap;
      if (score >= JOIN_SCORE) joined.push({ ...p, score });
    }
    joins.joinAll(joined);
  }

  for (const indices of byDate.values()) {
    if (pace()) yield;
    const parts = new Map<number, Profile[]>();
    for (const i of indices) {
      const r = joins.find(i);
      const list = parts.get(r);
      if (list) list.push(profiles[i]);
      else parts.set(r, [profiles[i]]);
    }
    for (const members of parts.values()) groups.push(buildGroup(members, ownerName, canon));
  }
  return groups.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.notes[0] < b.notes[0] ? -1 : 1));
}
