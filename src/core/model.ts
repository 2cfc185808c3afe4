/**
 * The types every part of Meeting Intelligence speaks.
 *
 * Offsets are UTF-16 code-unit indices into the note's text exactly as stored
 * (BOM and CRLF included), so an edit computed from them can be applied to the
 * same text without touching anything else. Lines are 1-based, counted in the
 * stored text.
 */

/** Where an item sits in its note. `end` is exclusive and excludes the line break. */
export interface Span {
  /** 1-based line number in the stored text. */
  line: number;
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character (line break excluded). */
  end: number;
}

/** The sections meeting notes use, whatever their heading's wording. */
export type SectionKind =
  | 'summary'
  | 'actions'
  | 'followups'
  | 'decisions'
  | 'facts'
  | 'outcomes'
  | 'risks'
  | 'questions'
  | 'related'
  | 'transcript'
  | 'other';

export interface Section extends Span {
  kind: SectionKind;
  /** The heading text as written, without the leading `#`s. */
  heading: string;
  level: number;
  /** Offset where the section's content ends (the next heading of the same or higher level, or end of text). */
  contentEnd: number;
  /** Line of the last content line. */
  endLine: number;
  /** `Action items (for Lior Genzel)` → `Lior Genzel`. */
  forPerson: string | null;
}

/** How Obsidian Tasks treats a status character. */
export type StatusType = 'todo' | 'in_progress' | 'done' | 'cancelled' | 'proposed' | 'non_task';

export type Priority = 'highest' | 'high' | 'medium' | 'low' | 'lowest';

export interface Task extends Span {
  /** The single status character between the brackets: ' ', 'x', '/', '-', '?', … */
  status: string;
  statusType: StatusType;
  /** True unless done, cancelled or a non-task status. */
  open: boolean;
  /** The description with the assignee, signifiers, tags, links' brackets and block id set aside: what the task says. */
  text: string;
  /** The description as Obsidian Tasks sees it: everything before the trailing signifiers. */
  description: string;
  /** `@First Last` as written, without `@`; null when none. */
  assignee: string | null;
  priority: Priority | null;
  due: string | null;
  scheduled: string | null;
  /** 🛫 start date (named so as not to clash with the span offset). */
  startDate: string | null;
  created: string | null;
  done: string | null;
  cancelled: string | null;
  recurrence: string | null;
  id: string | null;
  dependsOn: string[];
  onCompletion: string | null;
  tags: string[];
  /** `^abc123` at the end of the line, without `^`. */
  blockId: string | null;
  /** Dataview inline fields such as `[due:: 2025-10-26]`. */
  fields: Record<string, string>;
  section: SectionKind;
  sectionHeading: string | null;
  /** The person an `Action items (for X)` heading names. */
  sectionFor: string | null;
  /** Nesting depth of the list item (0 for top level). */
  indent: number;
  /** A plain bullet under an action-items heading, read as an open task: it has no checkbox in the note (ticking it adds one). */
  bullet?: boolean;
}

/** A decision, fact, outcome, risk, open question or other bullet. */
export type ItemKind = 'decision' | 'fact' | 'outcome' | 'risk' | 'question' | 'summary' | 'related' | 'other';

export interface Item extends Span {
  kind: ItemKind;
  /** The bullet's text without its marker. */
  text: string;
  section: SectionKind;
  sectionHeading: string | null;
  /** Nesting depth of the bullet (0 for top level): a bullet under a task is its detail. */
  indent?: number;
  /** Labelled as an action item wherever it stands (`Action: …`, `TODO: …`): read as an open task. */
  action?: boolean;
}

export interface Link extends Span {
  /** The note the link points to, without heading or block reference. */
  target: string;
  alias: string | null;
  heading: string | null;
  blockRef: string | null;
  embed: boolean;
}

export interface TranscriptLine extends Span {
  /** `00:01:48.50` as written. */
  timestamp: string;
  /** The timestamp in seconds. */
  seconds: number;
  /** The device or app before ` : ` (`zoom.us`, `Jabra Speak 710`). */
  source: string;
  /** The speaker's name when it is glued to the text (`Jason ValleryYeah` → `Jason Vallery`). */
  speaker: string | null;
  text: string;
}

export interface Transcript {
  /** Line of `<!-- ai:transcript:start -->`. */
  startLine: number;
  /** Line of `<!-- ai:transcript:end -->`, or null when the block is unterminated. */
  endLine: number | null;
  start: number;
  end: number;
  lines: TranscriptLine[];
}

export type ProblemKind =
  | 'yaml'
  | 'frontmatter-code'
  | 'unterminated-frontmatter'
  | 'template-leftover'
  | 'unterminated-transcript'
  | 'binary'
  | 'too-large'
  | 'empty'
  | 'read-error'
  | 'unresolved-name'
  | 'meeting-conflict'
  | 'possible-mojibake'
  | 'unreadable-date'
  | 'not-utf8';

export interface Problem {
  path: string;
  line: number | null;
  kind: ProblemKind;
  message: string;
}

export interface FrontmatterInfo {
  /** Parsed values; dates as `YYYY-MM-DD` strings, template leftovers left out. */
  data: Record<string, unknown>;
  /** Offset of the first `---` and one past the closing `---` line's break. */
  start: number;
  end: number;
  /** Line of the closing `---`. */
  endLine: number;
  /** True when the YAML failed and the values came from the line-based fallback. */
  fallback: boolean;
  /** Keys whose value is a template leftover such as `{ { DATE } }`, with their lines. */
  leftovers: { key: string; line: number; start: number; end: number; raw: string }[];
}

export interface Note {
  path: string;
  /** `people`, `customer`, `1-1`, … or null. */
  type: string | null;
  title: string | null;
  /** The meeting date, `YYYY-MM-DD`. */
  date: string | null;
  frontmatter: FrontmatterInfo | null;
  /** Participants as written (frontmatter `participants`, `**With**` / `**Attendees**`). */
  participants: string[];
  person: string | null;
  /** `counterpart: "[[Name]]"` → `Name`. */
  counterpart: string | null;
  account: string | null;
  /** `source_ref` or `transcript_path`. */
  sourceRef: string | null;
  series: string | null;
  aliases: string[];
  sections: Section[];
  tasks: Task[];
  items: Item[];
  links: Link[];
  transcript: Transcript | null;
  problems: Problem[];
  /** Text length in UTF-16 code units. */
  size: number;
  /** True when the text starts with a byte-order mark. */
  bom: boolean;
  /** The line break the note mostly uses. */
  eol: '\n' | '\r\n';
}

/** One change to a note: replace text[start, end) with `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  /** 1-based line of `start`. */
  line: number;
  /** What the edit does, for the preview. */
  kind: 'mojibake' | 'template-leftover' | 'doubled-name' | 'duplicate-section' | 'duplicate-bullet' | 'duplicate-item' | 'merge' | 'mark-duplicate' | 'block-id' | 'status';
  /** A sentence for the user. */
  reason: string;
}

/** Edits to one file, computed from exactly the text whose hash is `hash`. */
export interface EditPlan {
  path: string;
  hash: string;
  edits: Edit[];
}

// ─── The vault graph ─────────────────────────────────────────────────────────

/** A canonical person, from every written form of their name. */
export interface Person {
  name: string;
  /** Other forms seen or declared (`aliases:` in a people note, first names, `@Lior Genzel Genzel`, …). */
  aliases: string[];
  /** Paths of the notes that mention or involve them. */
  notes: string[];
  accounts: string[];
  /** Seconds of transcript speech attributed to them. */
  talkSeconds: number;
  /** True for the vault owner (`@Myself`, "Me"). */
  isOwner: boolean;
}

export interface Account {
  name: string;
  notes: string[];
  people: string[];
}

/** One real meeting, however many notes record it. */
export interface Meeting {
  id: string;
  date: string | null;
  title: string;
  /** Every note recording this meeting. */
  notes: string[];
  participants: string[];
  account: string | null;
  series: string | null;
}

export type DueSource = 'signifier' | 'phrase';

/** How sure a due date is: a Tasks signifier or ISO date, a clear phrase, or a vague one ("Q4"). */
export type DueCertainty = 'exact' | 'likely' | 'vague';

export interface GraphTask extends Task {
  path: string;
  /** The canonical person responsible, or null (unassigned, a role such as HR, or unresolved). */
  owner: string | null;
  meetingId: string | null;
  /** The due date as resolved (a signifier's, or a phrase's resolved against the meeting date). */
  dueResolved: string | null;
  dueSource: DueSource | null;
  duePhrase: string | null;
  dueCertainty: DueCertainty | null;
  /** When the phrase names an event ("before the board meeting"): the event, and the day and line the note gives it. */
  dueEvent?: { name: string; date: string; line: number } | null;
  /** When the phrase names days ("Nov 3–7", "Mon–Wed next week"): the first and the last; the task is due on the last. */
  dueRange?: { first: string; last: string; event?: string };
  /** The earlier day asked for beside the deadline ("Friday, or Monday at the latest": Friday). */
  duePreferred?: string;
}

export interface GraphItem extends Item {
  path: string;
  meetingId: string | null;
}

export type DuplicateKind = 'task' | 'decision' | 'fact';

export interface ItemRef {
  path: string;
  line: number;
}

export interface DuplicateGroup {
  kind: DuplicateKind;
  /** 0..1; ≥ 0.8 is applied by default, lower is a "possible duplicate". */
  confidence: number;
  /** Within one note, across the notes of one meeting, or across the vault (same assignee, report only). */
  scope: 'note' | 'meeting' | 'vault';
  canonical: ItemRef;
  members: (ItemRef & { text: string })[];
  /** Why these were grouped, and what a merge keeps (earliest due, highest priority, …). */
  reasons: string[];
  /** Stable key for selecting the group (same members, same key). */
  key?: string;
}

export interface MojibakeLine {
  path: string;
  line: number;
  before: string;
  after: string;
}

/** What the graph says of one note: its people and account as canonical names. */
export interface NoteSummary {
  path: string;
  type: string | null;
  date: string | null;
  title: string | null;
  participants: string[];
  account: string | null;
  meetingId: string | null;
}

export interface VaultGraph {
  owner: string | null;
  notes: Note[];
  summaries: NoteSummary[];
  people: Person[];
  accounts: Account[];
  meetings: Meeting[];
  tasks: GraphTask[];
  /** Decisions, facts, risks, open questions, outcomes. */
  items: GraphItem[];
  duplicates: DuplicateGroup[];
  mojibake: MojibakeLine[];
  problems: Problem[];
}
