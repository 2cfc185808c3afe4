/**
 * The dashboard's model on vaults written the way real ones are: built with
 * the real parser and graph from note text, not from a hand-made graph.
 * Morgan Hale owns the vault (from `source_ref`); Nadia Petrova and Theo Brandt
 * are at Acme Freight; every name and company here is invented.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph/build';
import type { GraphTask, VaultGraph } from '../../src/core/model';
import { buildDashboardModel, indexDashboard, personTimeline, type DashboardModel } from '../../src/plugin/dashboard/model';
import { fixtureGraph, item, task, TODAY as FIXTURE_TODAY } from './dashboardFixture';

/** A Wednesday: that week runs from Monday the 13th to Sunday the 19th. */
const TODAY = '2025-10-15';
const OWNER_REF = 'source_ref: "/Users/morgan.hale/Notes/Sources/Transcripts/acme.md"';

function meetingNote(title: string, date: string | null, participants: string[], body: string, extra: string[] = [OWNER_REF]): string {
  return [
    '---',
    'type: customer',
    `title: "${title}"`,
    ...(date ? [`date: ${date}`] : []),
    'account: Acme Freight',
    `participants: [${participants.map((p) => `"${p}"`).join(', ')}]`,
    'source: transcript',
    ...extra,
    '---',
    `# ${title}`,
    '',
    body,
  ].join('\n');
}

const SYNC_PEOPLE = ['Morgan Hale', 'Nadia Petrova', 'Theo Brandt'];

/** One meeting recorded twice (the note and a summary of its transcript), an older kickoff, an undated chat, people notes. */
function vaultFiles(extra: string[] = [OWNER_REF]): { path: string; text: string }[] {
  return [
    {
      path: 'Meetings/2025-10-13 Acme sync.md',
      text: meetingNote(
        'Acme sync',
        '2025-10-13',
        SYNC_PEOPLE,
        [
          '## Action Items',
          '',
          '- [ ] Send the revised quote to Nadia @Myself 📅 2025-10-10',
          '- [ ] Prepare the onboarding deck by Friday @Myself',
          '- [ ] Draft the statement of work @Myself 📅 2025-10-15',
          '- [/] Review the contract redlines @Myself 📅 2025-10-30',
          '- [x] Book the workshop room @Myself ✅ 2025-10-13',
          '- [-] Order the printed brochures @Myself ❌ 2025-10-13',
          '- [?] Set up a call with their finance lead @Myself',
          '- [>] Plan the regional roadshow @Myself',
          '- [ ] Share the usage export @Nadia 📅 2025-10-14',
          '- [ ] Confirm the legal review @Theo 📅 2025-10-20',
          '- [ ] Find a venue for the workshop @TBD',
          '- [ ] Ask about the contractor policy @HR',
          '',
          '## Decisions',
          '',
          '- Go with the annual plan.',
        ].join('\n'),
        extra,
      ),
    },
    {
      path: 'Meetings/2025-10-13 Acme sync (summary).md',
      text: meetingNote(
        'Acme sync',
        '2025-10-13',
        SYNC_PEOPLE,
        [
          '## Action Items',
          '',
          '- [ ] Send the revised quote to Nadia @Myself 📅 2025-10-10',
          '- [ ] Share the usage export @Nadia Petrova 📅 2025-10-14',
          '',
          '## Decisions',
          '',
          '- Go with the annual plan.',
        ].join('\n'),
        extra,
      ),
    },
    {
      path: 'Meetings/2025-10-02 Acme kickoff.md',
      text: meetingNote(
        'Acme kickoff',
        '2025-10-02',
        ['Morgan Hale', 'Nadia Petrova'],
        ['## Decisions', '', '- The pilot starts in November.', '', '## Action Items', '', '- [ ] Nadia to send the pilot plan'].join('\n'),
        extra,
      ),
    },
    {
      path: 'Inbox/hallway chat.md',
      text: meetingNote(
        'Hallway chat about the data platform migration and the long list of open procurement questions',
        null,
        ['Morgan Hale', 'Priscilla Wolfeschlegelsteinhausen-Bergerdorff'],
        ['## Decisions', '', '- Keep the old exporter until March.', '', '## Action Items', '', '- [ ] Follow up on the migration runbook @Priscilla'].join('\n'),
        extra,
      ),
    },
    { path: 'People/Nadia Petrova.md', text: '---\ntype: person\naliases: [Nadia]\ncompany: "[[Acme Freight]]"\n---\n# Nadia Petrova\n' },
    { path: 'People/Quentin Lowe.md', text: '---\ntype: person\naliases: [Quentin]\n---\n# Quentin Lowe\n\nMet at a conference; no meetings yet.\n' },
  ];
}

const texts = (tasks: readonly { text: string }[]): string[] => tasks.map((t) => t.text);
const bucketOf = (model: DashboardModel, bucket: string): string[] => texts(model.myTasks.find((g) => g.bucket === bucket)?.tasks ?? []);
const allMine = (model: DashboardModel): GraphTask[] => model.myTasks.flatMap((g) => g.tasks);

describe('a real-world vault: my tasks', () => {
  const graph = buildGraph(vaultFiles(), { peopleFolder: 'People' });
  const model = buildDashboardModel(graph, TODAY, '', null);

  it('guesses the owner from source_ref', () => {
    expect(model.owner).toBe('Morgan Hale');
  });
  it('buckets my open tasks by due date against the given today', () => {
    expect(bucketOf(model, 'overdue')).toEqual(['Send the revised quote to Nadia']);
    expect(bucketOf(model, 'today')).toEqual(['Draft the statement of work']);
    // "by Friday" from a Monday meeting is the Friday of that week.
    expect(bucketOf(model, 'this-week')).toEqual(['Prepare the onboarding deck by Friday']);
    expect(bucketOf(model, 'later')).toEqual(['Review the contract redlines']);
    expect(bucketOf(model, 'none').sort()).toEqual(['Plan the regional roadshow', 'Set up a call with their finance lead']);
  });
  it('keeps done and cancelled tasks out, in-progress and custom statuses in', () => {
    const mine = texts(allMine(model));
    expect(mine).not.toContain('Book the workshop room');
    expect(mine).not.toContain('Order the printed brochures');
    expect(allMine(model).find((t) => t.text === 'Review the contract redlines')?.status).toBe('/');
  });
  it('counts a task written in two notes of one meeting once, in the list and in the header', () => {
    const quotes = allMine(model).filter((t) => t.text === 'Send the revised quote to Nadia');
    expect(quotes).toHaveLength(1);
    expect(model.counts.myTasks).toBe(6);
    expect(model.counts.myTasks).toBe(allMine(model).length);
  });
  it('shows the copy the dedupe would keep', () => {
    const group = graph.duplicates.find((g) => g.members.some((m) => m.text.includes('revised quote')))!;
    const shown = allMine(model).find((t) => t.text === 'Send the revised quote to Nadia')!;
    expect({ path: shown.path, line: shown.line }).toEqual(group.canonical);
  });
});

describe('a real-world vault: waiting on', () => {
  const model = buildDashboardModel(buildGraph(vaultFiles(), { peopleFolder: 'People' }), TODAY, '', null);
  const group = (person: string | null) => model.waitingOn.find((g) => g.person === person);

  it('groups by the person a first name resolves to', () => {
    expect(group('Nadia Petrova')).toBeDefined();
    expect(group('Theo Brandt')?.tasks.map((t) => t.text)).toEqual(['Confirm the legal review']);
    expect(model.waitingOn.map((g) => g.person)).not.toContain('Nadia');
  });
  it('counts a task written in two notes of one meeting once', () => {
    expect(texts(group('Nadia Petrova')!.tasks).sort()).toEqual(['Nadia to send the pilot plan', 'Share the usage export']);
    expect(group('Nadia Petrova')!.overdue).toBe(1);
    expect(model.counts.waitingOn).toBe(model.waitingOn.reduce((n, g) => n + g.tasks.length, 0));
  });
  it('never makes a person of a placeholder or a role', () => {
    const people = model.waitingOn.map((g) => g.person);
    for (const word of ['TBD', 'HR', 'Myself']) expect(people).not.toContain(word);
    expect(texts(group(null)!.tasks).sort()).toEqual(['Ask about the contractor policy', 'Find a venue for the workshop']);
    expect(model.people.map((p) => p.name)).not.toContain('TBD');
  });
});

describe('a real-world vault: people, accounts, meetings, decisions', () => {
  const graph = buildGraph(vaultFiles(), { peopleFolder: 'People' });
  const index = indexDashboard(graph, TODAY);
  const model = buildDashboardModel(graph, TODAY, '', null);
  const card = (name: string) => model.people.find((p) => p.name === name)!;

  it('counts meetings once however many notes record them, with the last met date', () => {
    expect(card('Nadia Petrova').meetingCount).toBe(2);
    expect(card('Nadia Petrova').lastMet).toBe('2025-10-13');
    expect(card('Nadia Petrova').accounts).toContain('Acme Freight');
  });
  it('counts open items each way once', () => {
    // Nadia owes the usage export and the pilot plan.
    expect(card('Nadia Petrova').theyOwe).toBe(2);
    // I owe six from meetings she attended: quote, deck, statement of work, redlines, finance call, roadshow.
    expect(card('Nadia Petrova').iOwe).toBe(6);
    expect(card('Theo Brandt').iOwe).toBe(6);
  });
  it('gives a person with only a people note an empty card, not an error', () => {
    expect(card('Quentin Lowe')).toMatchObject({ meetingCount: 0, lastMet: null, theyOwe: 0, iOwe: 0, nextFollowUp: null });
    expect(personTimeline(index, 'Quentin Lowe')).toEqual([]);
  });
  it('leaves the owner out of the people cards', () => {
    expect(model.people.map((p) => p.name)).not.toContain('Morgan Hale');
  });
  it('keeps a very long name whole', () => {
    const long = model.people.find((p) => p.name.startsWith('Priscilla'));
    expect(long?.name).toBe('Priscilla Wolfeschlegelsteinhausen-Bergerdorff');
    expect(long?.meetingCount).toBe(1);
    expect(long?.lastMet).toBeNull();
  });
  it('counts an account’s open items once', () => {
    const acme = model.accounts.find((a) => a.name === 'Acme Freight')!;
    // Mine: six; theirs: usage export, legal review, venue, contractor policy, pilot plan, runbook.
    expect(acme.openCount).toBe(12);
  });
  it('lists meetings newest first, undated last, each with every note that records it', () => {
    expect(model.meetings.map((m) => m.meeting.date)).toEqual(['2025-10-13', '2025-10-02', null]);
    expect([...model.meetings[0].meeting.notes].sort()).toEqual(['Meetings/2025-10-13 Acme sync (summary).md', 'Meetings/2025-10-13 Acme sync.md']);
    expect(model.meetings[2].meeting.title).toMatch(/^Hallway chat about the data platform migration/);
  });
  it('lists each decision once, newest first, undated last', () => {
    expect(model.decisions.map((d) => d.item.text)).toEqual(['Go with the annual plan.', 'The pilot starts in November.', 'Keep the old exporter until March.']);
    expect(model.decisions.map((d) => d.date)).toEqual(['2025-10-13', '2025-10-02', null]);
    expect(model.counts.decisions).toBe(3);
  });
  it('puts each decision once on a person’s timeline', () => {
    const decisions = personTimeline(index, 'Nadia Petrova').filter((e) => e.kind === 'decision');
    expect(decisions.map((e) => e.text)).toEqual(['Go with the annual plan.', 'The pilot starts in November.']);
  });
  it('still lists the duplicate groups in the health panel, and counts every health entry', () => {
    expect(model.health.duplicates.length).toBe(graph.duplicates.length);
    expect(model.health.duplicates.length).toBeGreaterThanOrEqual(3);
    const lines = model.health.mojibake.reduce((n, m) => n + m.lines.length, 0);
    expect(model.counts.health).toBe(lines + model.health.duplicates.length + model.health.malformed.length + model.health.unresolved.length);
  });
});

describe('a real-world vault with no owner set and none to guess', () => {
  const graph = buildGraph(vaultFiles([]), { peopleFolder: 'People' });
  const model = buildDashboardModel(graph, TODAY, '', null);

  it('knows no owner', () => {
    expect(graph.owner).toBeNull();
    expect(model.owner).toBeNull();
  });
  it('still lists @Myself tasks as mine, once each', () => {
    expect(bucketOf(model, 'overdue')).toEqual(['Send the revised quote to Nadia']);
    expect(bucketOf(model, 'this-week')).toEqual(['Prepare the onboarding deck by Friday']);
    expect(model.counts.myTasks).toBe(6);
  });
  it('does not put them among the tasks nobody owns', () => {
    const unowned = model.waitingOn.find((g) => g.person === null);
    expect(texts(unowned?.tasks ?? []).sort()).toEqual(['Ask about the contractor policy', 'Find a venue for the workshop']);
  });
  it('counts my tasks on the cards of the people I met', () => {
    expect(model.people.find((p) => p.name === 'Nadia Petrova')?.iOwe).toBe(6);
  });
});

describe('an empty vault, and notes with nothing in them', () => {
  it('builds an empty model from no notes', () => {
    const m = buildDashboardModel(buildGraph([]), TODAY, '', null);
    expect(Object.values(m.counts).every((n) => n === 0)).toBe(true);
    expect(m.owner).toBeNull();
  });
  it('builds a model from empty and front-matter-only notes', () => {
    const g = buildGraph([
      { path: 'empty.md', text: '' },
      { path: 'only-frontmatter.md', text: '---\ntype: meeting\n---\n' },
      { path: 'no-date.md', text: '- [ ] Water the plants\n' },
    ]);
    const m = buildDashboardModel(g, TODAY, '', null);
    // Whatever the graph takes for a task, each open one is listed once, mine or someone's.
    expect(m.counts.myTasks + m.counts.waitingOn).toBe(g.tasks.filter((t) => t.open).length);
    expect(m.meetings.every((r) => r.meeting.date === null)).toBe(true);
  });
});

describe('duplicate copies that disagree', () => {
  /** One meeting's task in two notes, as the graph would give it; `canonical` names the copy the dedupe keeps. */
  function twoCopies(a: Partial<GraphTask>, b: Partial<GraphTask>): VaultGraph {
    const g = fixtureGraph();
    const first = task({ path: 'Meetings/2025-10-01 Northwind.md', line: 50, text: 'Send the data processing addendum', owner: 'Robin Vale', meetingId: 'm1', ...a });
    const second = task({ path: 'Meetings/2025-10-01 Northwind (transcript).md', line: 9, text: 'Send the data processing addendum', owner: 'Robin Vale', meetingId: 'm1', ...b });
    g.tasks.push(first, second);
    g.duplicates.push({
      kind: 'task',
      confidence: 0.95,
      scope: 'meeting',
      canonical: { path: first.path, line: first.line },
      members: [first, second].map((t) => ({ path: t.path, line: t.line, text: t.text })),
      reasons: [],
    });
    return g;
  }
  const addendum = (m: DashboardModel) => allMine(m).filter((t) => t.text === 'Send the data processing addendum');

  it('shows the group once, with the earliest due date and highest priority of its copies', () => {
    const m = buildDashboardModel(twoCopies({ priority: 'medium' }, { due: '2025-10-13', priority: 'high' }), FIXTURE_TODAY, '', null);
    expect(addendum(m)).toHaveLength(1);
    expect(addendum(m)[0]).toMatchObject({ path: 'Meetings/2025-10-01 Northwind.md', line: 50, dueResolved: '2025-10-13', priority: 'high' });
    expect(m.myTasks.find((g) => g.bucket === 'overdue')?.tasks.map((t) => t.text)).toContain('Send the data processing addendum');
  });
  it('takes the owner from a copy when the kept one names only a placeholder', () => {
    const m = buildDashboardModel(twoCopies({ owner: null, assignee: 'TBD' }, { owner: 'Dana Okafor', assignee: 'Dana' }), FIXTURE_TODAY, '', null);
    const dana = m.waitingOn.find((g) => g.person === 'Dana Okafor')!;
    expect(texts(dana.tasks)).toContain('Send the data processing addendum');
    expect(dana.tasks.find((t) => t.text === 'Send the data processing addendum')?.path).toBe('Meetings/2025-10-01 Northwind.md');
    expect(m.waitingOn.find((g) => g.person === null)?.tasks.map((t) => t.text)).not.toContain('Send the data processing addendum');
  });
  it('keeps the kept copy’s owner over a placeholder in another copy', () => {
    const m = buildDashboardModel(twoCopies({}, { owner: null, assignee: 'TBD' }), FIXTURE_TODAY, '', null);
    expect(addendum(m)).toHaveLength(1);
  });
  it('treats the group as done when any copy is ticked', () => {
    const m = buildDashboardModel(twoCopies({}, { status: 'x', open: false, statusType: 'done' }), FIXTURE_TODAY, '', null);
    expect(addendum(m)).toHaveLength(0);
  });
  it('shows an open copy when the kept one was cancelled', () => {
    const m = buildDashboardModel(twoCopies({ status: '-', open: false, statusType: 'cancelled' }, {}), FIXTURE_TODAY, '', null);
    expect(addendum(m).map((t) => t.path)).toEqual(['Meetings/2025-10-01 Northwind (transcript).md']);
  });
  it('keeps both copies of a possible duplicate (below the apply threshold) and of a vault-wide match', () => {
    const low = twoCopies({}, {});
    low.duplicates[low.duplicates.length - 1].confidence = 0.65;
    expect(addendum(buildDashboardModel(low, FIXTURE_TODAY, '', null))).toHaveLength(2);
    const wide = twoCopies({}, {});
    wide.duplicates[wide.duplicates.length - 1].scope = 'vault';
    expect(addendum(buildDashboardModel(wide, FIXTURE_TODAY, '', null))).toHaveLength(2);
  });
  it('leaves the fixture’s own counts alone when its duplicate group names a task that is not in the graph', () => {
    // The fixture's group pairs a task with a copy the graph does not hold: nothing to hide.
    expect(buildDashboardModel(fixtureGraph(), FIXTURE_TODAY, '', null).counts.myTasks).toBe(5);
  });
  it('shows a decision recorded in two notes of a meeting once', () => {
    const g = fixtureGraph();
    const copy = item({ path: 'Meetings/2025-10-01 Northwind (transcript).md', line: 33, kind: 'decision', text: 'Renew for 2 years', meetingId: 'm1' });
    g.items.push(copy);
    g.duplicates.push({
      kind: 'decision',
      confidence: 0.9,
      scope: 'meeting',
      canonical: { path: 'Meetings/2025-10-01 Northwind.md', line: 30 },
      members: [
        { path: 'Meetings/2025-10-01 Northwind.md', line: 30, text: 'Renew for two years' },
        { path: copy.path, line: copy.line, text: copy.text },
      ],
      reasons: [],
    });
    const m = buildDashboardModel(g, FIXTURE_TODAY, '', null);
    expect(m.decisions.map((d) => d.item.text)).toEqual(['Pilot starts in November', 'Renew for two years']);
  });
});

describe('meetings still to come', () => {
  const prep = {
    path: 'Meetings/2025-11-20 Acme quarterly review.md',
    text: meetingNote('Acme quarterly review', '2025-11-20', ['Morgan Hale', 'Nadia Petrova'], '## Agenda\n\n- Renewal terms\n'),
  };
  const model = buildDashboardModel(buildGraph([...vaultFiles(), prep], { peopleFolder: 'People' }), TODAY, '', null);

  it('are not the last meeting with an account, as they are not the last met with a person', () => {
    const acme = model.accounts.find((a) => a.name === 'Acme Freight')!;
    expect(acme.meetingCount).toBe(4);
    expect(acme.lastMeeting).toBe('2025-10-13');
    expect(model.people.find((p) => p.name === 'Nadia Petrova')?.lastMet).toBe('2025-10-13');
  });
  it('head the meetings list, newest first', () => {
    expect(model.meetings[0].meeting.title).toBe('Acme quarterly review');
  });
});

describe('copies of a task where only one names its owner', () => {
  const note = (title: string, items: string[]) =>
    meetingNote(title, '2025-10-13', ['Morgan Hale', 'Nadia Petrova'], ['## Action Items', '', ...items].join('\n'));
  const graph = buildGraph([
    {
      path: 'Meetings/2025-10-13 Acme sync.md',
      text: note('Acme sync', [
        '- [ ] Share the usage export for the last quarter with the finance team 📅 2025-10-20 ⏫ 🔁 every week ➕ 2025-10-13',
      ]),
    },
    { path: 'Meetings/2025-10-13 Acme sync (notes).md', text: note('Acme sync notes', ['- [ ] Share the usage export for the last quarter with the finance team @Nadia']) },
  ]);
  const model = buildDashboardModel(graph, TODAY, '', null);

  it('lists the task once, under the owner a copy names', () => {
    // The dedupe keeps the copy with the dates and takes the assignee from the other.
    expect(graph.duplicates.filter((g) => g.kind === 'task')).toHaveLength(1);
    expect(model.waitingOn.map((g) => [g.person, texts(g.tasks)])).toEqual([['Nadia Petrova', ['Share the usage export for the last quarter with the finance team']]]);
    expect(model.waitingOn[0].tasks[0].dueResolved).toBe('2025-10-20');
    expect(model.people.find((p) => p.name === 'Nadia Petrova')?.theyOwe).toBe(1);
  });
});
