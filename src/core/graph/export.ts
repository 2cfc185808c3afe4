/**
 * The `scan --json` shape (DESIGN §6). Field names here are a public contract:
 * add fields freely, never rename these.
 */
import type { VaultGraph } from '../model';

export interface ScanJson {
  notes: { path: string; type: string | null; date: string | null; title: string | null; participants: string[]; account: string | null; meeting: string | null }[];
  tasks: {
    path: string;
    line: number;
    status: string;
    text: string;
    owner: string | null;
    assignee: string | null;
    due: string | null;
    dueSource: 'signifier' | 'phrase' | null;
    duePhrase: string | null;
    /** How sure the due date is: `exact` (a signifier or a full date), `likely` or `vague`. */
    dueCertainty: string | null;
    /** The event a phrase ties the deadline to, and the day and line the note gives it. */
    dueEvent?: { name: string; date: string; line: number };
    /** When the phrase names days ("Nov 3–7"): the first and the last (the task is due on the last). */
    dueRange?: { first: string; last: string; event?: string };
    /** The earlier day asked for beside the deadline ("Friday, or Monday at the latest"). */
    duePreferred?: string;
    /** An action item written as a plain bullet, without a checkbox. */
    bullet?: boolean;
    priority: string | null;
    open: boolean;
    meeting: string | null;
  }[];
  decisions: { path: string; line: number; text: string }[];
  facts: { path: string; line: number; text: string }[];
  risks: { path: string; line: number; text: string }[];
  questions: { path: string; line: number; text: string }[];
  outcomes: { path: string; line: number; text: string }[];
  people: { name: string; aliases: string[]; notes: string[]; accounts: string[]; talkSeconds: number; owner: boolean }[];
  accounts: { name: string; notes: string[]; people: string[] }[];
  meetings: { id: string; date: string | null; title: string; notes: string[]; participants: string[]; account: string | null }[];
  mojibake: { path: string; line: number; before: string; after: string }[];
  duplicates: {
    kind: string;
    confidence: number;
    scope: string;
    canonical: { path: string; line: number };
    members: { path: string; line: number; text: string }[];
    reasons: string[];
  }[];
  problems: { path: string; line: number | null; kind: string; message: string }[];
  owner: string | null;
}

export function toScanJson(graph: VaultGraph): ScanJson {
  const itemsOf = (kind: string) =>
    graph.items.filter((i) => i.kind === kind).map((i) => ({ path: i.path, line: i.line, text: i.text }));
  return {
    owner: graph.owner,
    notes: graph.summaries.map((s) => ({
      path: s.path,
      type: s.type,
      date: s.date,
      title: s.title,
      participants: s.participants,
      account: s.account,
      meeting: s.meetingId,
    })),
    tasks: graph.tasks.map((t) => ({
      path: t.path,
      line: t.line,
      status: t.status,
      text: t.text,
      owner: t.owner,
      assignee: t.assignee,
      due: t.dueResolved,
      dueSource: t.dueSource,
      duePhrase: t.duePhrase,
      dueCertainty: t.dueCertainty,
      ...(t.dueEvent ? { dueEvent: t.dueEvent } : {}),
      ...(t.dueRange ? { dueRange: t.dueRange } : {}),
      ...(t.duePreferred ? { duePreferred: t.duePreferred } : {}),
      ...(t.bullet ? { bullet: true } : {}),
      priority: t.priority,
      open: t.open,
      meeting: t.meetingId,
    })),
    decisions: itemsOf('decision'),
    facts: itemsOf('fact'),
    risks: itemsOf('risk'),
    questions: itemsOf('question'),
    outcomes: itemsOf('outcome'),
    people: graph.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      notes: p.notes,
      accounts: p.accounts,
      talkSeconds: p.talkSeconds,
      owner: p.isOwner,
    })),
    accounts: graph.accounts.map((a) => ({ name: a.name, notes: a.notes, people: a.people })),
    meetings: graph.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      title: m.title,
      notes: m.notes,
      participants: m.participants,
      account: m.account,
    })),
    mojibake: graph.mojibake.map((m) => ({ ...m })),
    duplicates: graph.duplicates.map((d) => ({
      kind: d.kind,
      confidence: Math.round(d.confidence * 1000) / 1000,
      scope: d.scope,
      canonical: { ...d.canonical },
      members: d.members.map((m) => ({ ...m })),
      reasons: d.reasons,
    })),
    problems: graph.problems.map((p) => ({ ...p })),
  };
}
