/**
 * A small invented vault graph for the dashboard tests: Robin Vale owns the
 * vault; Dana Okafor (Northwind) and Çağla Yıldız (Brightlane) are counterparts.
 */
import type { GraphItem, GraphTask, Meeting, NoteSummary, Person, VaultGraph } from '../../src/core/model';
import { newTask } from '../../src/core/parse/tasks';

let nextOffset = 0;

export function task(over: Partial<GraphTask> & Pick<GraphTask, 'path' | 'line' | 'text'>): GraphTask {
  const start = nextOffset;
  nextOffset += 100;
  const status = over.status ?? ' ';
  const statusType = status === 'x' ? 'done' : status === '-' ? 'cancelled' : status === '/' ? 'in_progress' : 'todo';
  const base = newTask(over.line, start, start + 50, status, statusType, 'actions', 'Action items', null, 0);
  return {
    ...base,
    description: over.text,
    owner: null,
    meetingId: null,
    dueResolved: over.due ?? null,
    dueSource: over.due ? 'signifier' : null,
    duePhrase: null,
    dueCertainty: over.due ? 'exact' : null,
    ...over,
  };
}

export function item(over: Partial<GraphItem> & Pick<GraphItem, 'path' | 'line' | 'text' | 'kind'>): GraphItem {
  return { start: 0, end: 10, section: 'decisions', sectionHeading: 'Decisions', meetingId: null, ...over };
}

function person(name: string, over: Partial<Person> = {}): Person {
  return { name, aliases: [], notes: [], accounts: [], talkSeconds: 0, isOwner: false, ...over };
}

function summary(path: string, date: string, participants: string[], account: string | null, meetingId: string): NoteSummary {
  return { path, type: 'customer', date, title: path.replace(/\.md$/, ''), participants, account, meetingId };
}

export const TODAY = '2025-10-15';

export function fixtureGraph(): VaultGraph {
  const meetings: Meeting[] = [
    {
      id: 'm1',
      date: '2025-10-01',
      title: 'Northwind renewal',
      notes: ['Meetings/2025-10-01 Northwind.md', 'Meetings/2025-10-01 Northwind (transcript).md'],
      participants: ['Robin Vale', 'Dana Okafor'],
      account: 'Northwind',
      series: null,
    },
    {
      id: 'm2',
      date: '2025-10-10',
      title: 'Brightlane kickoff',
      notes: ['Meetings/2025-10-10 Brightlane.md'],
      participants: ['Robin Vale', 'Çağla Yıldız', 'Dana Okafor'],
      account: 'Brightlane',
      series: null,
    },
    { id: 'm3', date: null, title: 'Undated sync', notes: ['Inbox/sync.md'], participants: ['Robin Vale', 'Sam Ito'], account: null, series: null },
    {
      id: 'm4',
      date: '2025-11-20',
      title: 'Future planning',
      notes: ['Meetings/2025-11-20 Planning.md'],
      participants: ['Robin Vale', 'Dana Okafor'],
      account: null,
      series: null,
    },
  ];
  const tasks: GraphTask[] = [
    task({ path: 'Meetings/2025-10-01 Northwind.md', line: 12, text: 'Send the pricing sheet', owner: 'Robin Vale', assignee: 'Myself', meetingId: 'm1', due: '2025-10-08' }),
    task({ path: 'Meetings/2025-10-01 Northwind.md', line: 13, text: 'Book the follow-up', owner: 'Robin Vale', meetingId: 'm1', due: TODAY, priority: 'high' }),
    task({ path: 'Meetings/2025-10-10 Brightlane.md', line: 20, text: 'Draft the rollout plan', owner: 'Robin Vale', meetingId: 'm2', due: '2025-10-18', priority: 'highest' }),
    task({ path: 'Meetings/2025-10-10 Brightlane.md', line: 21, text: 'Review the <img src=x onerror=alert(1)> contract', owner: 'Robin Vale', meetingId: 'm2', due: '2025-12-01' }),
    task({ path: 'Inbox/sync.md', line: 5, text: 'Tidy the backlog', owner: 'Robin Vale', meetingId: 'm3' }),
    task({ path: 'Meetings/2025-10-01 Northwind.md', line: 14, text: 'Already done', owner: 'Robin Vale', meetingId: 'm1', status: 'x' }),
    task({ path: 'Meetings/2025-10-01 Northwind.md', line: 15, text: 'Share usage numbers', owner: 'Dana Okafor', assignee: 'Dana', meetingId: 'm1', due: '2025-10-05' }),
    task({ path: 'Meetings/2025-10-10 Brightlane.md', line: 22, text: 'Confirm the budget', owner: 'Çağla Yıldız', assignee: 'Cagla Yildiz', meetingId: 'm2', due: '2025-10-30' }),
    task({ path: 'Meetings/2025-10-10 Brightlane.md', line: 23, text: 'Find a venue', owner: null, assignee: 'TBD', meetingId: 'm2' }),
    task({ path: 'Meetings/2025-10-10 Brightlane.md', line: 24, text: 'Send the security questionnaire', owner: 'Dana Okafor', meetingId: 'm2', status: '/' }),
  ];
  const items: GraphItem[] = [
    item({ path: 'Meetings/2025-10-01 Northwind.md', line: 30, kind: 'decision', text: 'Renew for two years', meetingId: 'm1' }),
    item({ path: 'Meetings/2025-10-10 Brightlane.md', line: 40, kind: 'decision', text: 'Pilot starts in November', meetingId: 'm2' }),
    item({ path: 'Meetings/2025-10-10 Brightlane.md', line: 41, kind: 'risk', text: 'Budget may slip to Q1', meetingId: 'm2', section: 'risks' }),
    item({ path: 'Meetings/2025-10-01 Northwind.md', line: 31, kind: 'fact', text: 'They run 40 sites', meetingId: 'm1', section: 'facts' }),
  ];
  return {
    owner: 'Robin Vale',
    notes: [],
    summaries: [
      summary('Meetings/2025-10-01 Northwind.md', '2025-10-01', ['Robin Vale', 'Dana Okafor'], 'Northwind', 'm1'),
      summary('Meetings/2025-10-10 Brightlane.md', '2025-10-10', ['Robin Vale', 'Çağla Yıldız', 'Dana Okafor'], 'Brightlane', 'm2'),
    ],
    people: [
      person('Robin Vale', { isOwner: true }),
      person('Dana Okafor', { accounts: ['Northwind'], aliases: ['Dana', 'D. Okafor'], talkSeconds: 1830 }),
      person('Çağla Yıldız', { accounts: ['Brightlane'], talkSeconds: 45 }),
      person('Sam Ito'),
      person('Lee Park'),
    ],
    accounts: [
      { name: 'Northwind', notes: ['Meetings/2025-10-01 Northwind.md'], people: ['Dana Okafor'] },
      { name: 'Brightlane', notes: ['Meetings/2025-10-10 Brightlane.md'], people: ['Çağla Yıldız'] },
      { name: 'Quiet Co', notes: [], people: [] },
    ],
    meetings,
    tasks,
    items,
    duplicates: [
      {
        kind: 'task',
        confidence: 0.92,
        scope: 'meeting',
        canonical: { path: 'Meetings/2025-10-01 Northwind.md', line: 12 },
        members: [
          { path: 'Meetings/2025-10-01 Northwind.md', line: 12, text: 'Send the pricing sheet' },
          { path: 'Meetings/2025-10-01 Northwind (transcript).md', line: 8, text: 'Send pricing sheet' },
        ],
        reasons: ['Same meeting, same owner'],
      },
    ],
    mojibake: [
      { path: 'Meetings/2025-10-10 Brightlane.md', line: 22, before: 'Confirm ðŸ“… 2025-10-30', after: 'Confirm 📅 2025-10-30' },
      { path: 'Meetings/2025-10-10 Brightlane.md', line: 9, before: 'Itâ€™s agreed', after: 'It’s agreed' },
      { path: 'Inbox/sync.md', line: 2, before: 'â€”', after: '—' },
    ],
    problems: [
      { path: 'Inbox/sync.md', line: 1, kind: 'template-leftover', message: 'created: { { DATE } } is a template leftover' },
      { path: 'Meetings/2025-10-10 Brightlane.md', line: 23, kind: 'unresolved-name', message: 'No known person matches "Chris"' },
    ],
  };
}
