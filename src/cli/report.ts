/** The human-readable report `meeting-intel scan` prints. */
import type { GraphTask, VaultGraph } from '../core/model';
import { dueBucket, todayISO, type DueBucket } from '../core/dates';

const BUCKET_WORDS: Record<DueBucket, string | null> = { overdue: 'overdue', today: 'due today', 'this-week': 'this week', later: null, none: null };

export interface ReportOptions {
  root: string;
  /** The day "overdue" is counted from, `YYYY-MM-DD`; the machine's today when null. */
  today: string | null;
}

const LIST_LIMIT = 12;

export function formatReport(graph: VaultGraph, options: ReportOptions): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const openTasks = graph.tasks.filter((t) => t.open);
  const decisions = graph.items.filter((i) => i.kind === 'decision');
  const facts = graph.items.filter((i) => i.kind === 'fact');

  line(`Meeting Intelligence — ${options.root}`);
  line(
    `${plural(graph.notes.length, 'note')} · ${plural(graph.meetings.length, 'meeting')} · ${graph.people.length === 1 ? '1 person' : `${graph.people.length} people`} · ` +
      `${plural(graph.accounts.length, 'account')} · ${plural(graph.tasks.length, 'task')} (${openTasks.length} open) · ` +
      `${plural(decisions.length, 'decision')} · ${plural(facts.length, 'fact')}`,
  );
  line(`Vault owner: ${graph.owner ?? 'unknown (set it with --owner)'}`);

  section(out, 'Meetings', graph.meetings.length);
  const meetings = [...graph.meetings].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const m of meetings.slice(0, LIST_LIMIT)) {
    line(`  ${m.date ?? '????-??-??'}  ${m.title}`);
    line(`              with ${m.participants.join(', ') || 'nobody named'}${m.account ? ` · ${m.account}` : ''}`);
    if (m.notes.length > 1) line(`              recorded in ${m.notes.length} notes: ${m.notes.join(', ')}`);
  }
  more(out, meetings.length);

  section(out, 'People', graph.people.length);
  const people = [...graph.people].sort((a, b) => b.notes.length - a.notes.length || a.name.localeCompare(b.name));
  for (const p of people.slice(0, LIST_LIMIT)) {
    const owes = openTasks.filter((t) => t.owner === p.name).length;
    const extra = [
      p.isOwner ? 'you' : null,
      p.accounts.length ? p.accounts.join(', ') : null,
      `${p.notes.length} note${p.notes.length === 1 ? '' : 's'}`,
      owes ? `${owes} open task${owes === 1 ? '' : 's'}` : null,
      p.talkSeconds ? `talked ${Math.round(p.talkSeconds / 60)} min` : null,
      p.aliases.length ? `also written ${p.aliases.map((a) => `“${a}”`).join(', ')}` : null,
    ].filter(Boolean);
    line(`  ${p.name} — ${extra.join(' · ')}`);
  }
  more(out, people.length);

  if (graph.accounts.length) {
    section(out, 'Accounts', graph.accounts.length);
    for (const a of graph.accounts.slice(0, LIST_LIMIT)) line(`  ${a.name} — ${a.people.join(', ') || 'no people yet'} · ${plural(a.notes.length, 'note')}`);
    more(out, graph.accounts.length);
  }

  const today = options.today ?? todayISO();
  section(out, `Open tasks by owner, as of ${today}`, openTasks.length);
  const byOwner = new Map<string, GraphTask[]>();
  for (const t of openTasks) {
    const key = t.owner ?? (t.assignee ? `unassigned (@${t.assignee})` : 'unassigned');
    byOwner.set(key, [...(byOwner.get(key) ?? []), t]);
  }
  // Each owner's most pressing first: earliest due date, then those with none, in note order.
  const byDue = (a: GraphTask, b: GraphTask) => (a.dueResolved ?? '9999').localeCompare(b.dueResolved ?? '9999');
  for (const [owner, tasks] of [...byOwner].sort((a, b) => b[1].length - a[1].length)) {
    const overdue = tasks.filter((t) => dueBucket(t.dueResolved, today) === 'overdue').length;
    line(`  ${owner} (${tasks.length}${overdue ? `, ${overdue} overdue` : ''})`);
    for (const t of [...tasks].sort(byDue).slice(0, 5)) {
      const when = BUCKET_WORDS[dueBucket(t.dueResolved, today)];
      const due = t.dueResolved ? ` — due ${t.dueResolved}${t.dueSource === 'phrase' ? ` (“${t.duePhrase}”)` : ''}${when ? `, ${when}` : ''}` : '';
      line(`    [${t.status}] ${truncate(t.text, 90)}${due}  ${t.path}:${t.line}`);
    }
    if (tasks.length > 5) line(`    … and ${tasks.length - 5} more`);
  }

  section(out, 'Duplicates', graph.duplicates.length);
  for (const d of graph.duplicates.slice(0, LIST_LIMIT)) {
    const level = d.confidence >= 0.8 ? 'duplicate' : 'possible duplicate';
    line(`  ${d.kind} ${level} ×${d.members.length} (${Math.round(d.confidence * 100)}%, ${d.scope}): ${truncate(d.members[0]?.text ?? '', 80)}`);
  }
  more(out, graph.duplicates.length);

  section(out, 'Broken characters', graph.mojibake.length);
  for (const m of graph.mojibake.slice(0, LIST_LIMIT)) line(`  ${m.path}:${m.line}  ${truncate(m.after.trim(), 90)}`);
  more(out, graph.mojibake.length);

  section(out, 'Problems', graph.problems.length);
  for (const p of graph.problems.slice(0, LIST_LIMIT * 2)) line(`  ${p.path}${p.line ? `:${p.line}` : ''}  ${p.kind}: ${p.message}`);
  more(out, graph.problems.length, LIST_LIMIT * 2);

  line();
  const folder = shellQuote(options.root);
  line(`Run \`meeting-intel normalize ${folder}\` to preview repairs and \`meeting-intel dedupe ${folder}\` to preview merges.`);
  return out.join('\n') + '\n';
}

function section(out: string[], title: string, count: number): void {
  out.push('', `${title} (${count})`);
}

function more(out: string[], total: number, limit = LIST_LIMIT): void {
  if (total > limit) out.push(`  … and ${total - limit} more (see --json)`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The folder as it can be pasted back into a shell: quoted when it holds anything but plain path characters. */
function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
