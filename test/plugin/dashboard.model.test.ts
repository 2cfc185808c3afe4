import { describe, expect, it } from 'vitest';
import {
  buildDashboardModel,
  compareTasks,
  sortTasks,
  filterDashboard,
  formatTalkTime,
  indexDashboard,
  noteName,
  personTimeline,
} from '../../src/plugin/dashboard/model';
import type { VaultGraph } from '../../src/core/model';
import { TODAY, fixtureGraph, task } from './dashboardFixture';

const texts = (tasks: { text: string }[]) => tasks.map((t) => t.text);

describe('my tasks', () => {
  const model = buildDashboardModel(fixtureGraph(), TODAY, '', null);
  const group = (b: string) => model.myTasks.find((g) => g.bucket === b)!.tasks;

  it('buckets the owner’s open tasks by due date', () => {
    expect(texts(group('overdue'))).toEqual(['Send the pricing sheet']);
    expect(texts(group('today'))).toEqual(['Book the follow-up']);
    expect(texts(group('this-week'))).toEqual(['Draft the rollout plan']);
    expect(texts(group('later'))).toEqual(['Review the <img src=x onerror=alert(1)> contract']);
    expect(texts(group('none'))).toEqual(['Tidy the backlog']);
  });
  it('leaves done tasks and other people’s tasks out', () => {
    const all = model.myTasks.flatMap((g) => texts(g.tasks));
    expect(all).not.toContain('Already done');
    expect(all).not.toContain('Share usage numbers');
    expect(model.counts.myTasks).toBe(5);
  });
  it('keeps the buckets in a fixed order with labels in sentence case', () => {
    expect(model.myTasks.map((g) => g.label)).toEqual(['Overdue', 'Due today', 'Due this week', 'Later', 'No date']);
  });
  it('uses an explicit owner over the graph’s, matching accents and case loosely', () => {
    const m = buildDashboardModel(fixtureGraph(), TODAY, '', 'cagla yildiz');
    expect(m.myTasks.flatMap((g) => texts(g.tasks))).toContain('Confirm the budget');
    // Robin is still the owner flagged in the graph, so both show.
    expect(m.owner).toBe('cagla yildiz');
  });
  it('shows nothing as mine when the owner is unknown', () => {
    const g = fixtureGraph();
    g.owner = null;
    g.people = g.people.map((p) => ({ ...p, isOwner: false }));
    const m = buildDashboardModel(g, TODAY, '', null);
    expect(m.owner).toBeNull();
    expect(m.counts.myTasks).toBe(0);
    expect(m.counts.waitingOn).toBe(9);
  });
});

describe('waiting on', () => {
  const model = buildDashboardModel(fixtureGraph(), TODAY, '', null);
  it('groups other people’s open tasks by person, most overdue first, unowned last', () => {
    expect(model.waitingOn.map((g) => g.person)).toEqual(['Dana Okafor', 'Çağla Yıldız', null]);
    expect(texts(model.waitingOn[0].tasks)).toEqual(['Share usage numbers', 'Send the security questionnaire']);
    expect(model.waitingOn[0].overdue).toBe(1);
    expect(texts(model.waitingOn[2].tasks)).toEqual(['Find a venue']);
  });
  it('counts in-progress tasks as open', () => {
    expect(model.counts.waitingOn).toBe(4);
  });
});

describe('people', () => {
  const model = buildDashboardModel(fixtureGraph(), TODAY, '', null);
  const card = (name: string) => model.people.find((p) => p.name === name)!;

  it('leaves the owner out and lists the rest, last met first', () => {
    // Both last met on the 10th: the tie goes alphabetically, accents folded (Ç before D).
    expect(model.people.map((p) => p.name)).toEqual(['Çağla Yıldız', 'Dana Okafor', 'Lee Park', 'Sam Ito']);
  });
  it('counts meetings and ignores future ones for last met', () => {
    expect(card('Dana Okafor').meetingCount).toBe(3);
    expect(card('Dana Okafor').lastMet).toBe('2025-10-10');
    expect(card('Sam Ito').meetingCount).toBe(1);
    expect(card('Sam Ito').lastMet).toBeNull();
    expect(card('Lee Park').meetingCount).toBe(0);
  });
  it('counts open items each way', () => {
    // Dana owes two; I owe four from meetings Dana attended (pricing, follow-up, rollout, contract).
    expect(card('Dana Okafor').theyOwe).toBe(2);
    expect(card('Dana Okafor').iOwe).toBe(4);
    expect(card('Çağla Yıldız').theyOwe).toBe(1);
    expect(card('Çağla Yıldız').iOwe).toBe(2);
  });
  it('picks the earliest dated open task either way as the next follow-up', () => {
    expect(card('Dana Okafor').nextFollowUp?.text).toBe('Share usage numbers');
    expect(card('Çağla Yıldız').nextFollowUp?.text).toBe('Draft the rollout plan');
    expect(card('Lee Park').nextFollowUp).toBeNull();
  });
  it('carries talk time and accounts', () => {
    expect(card('Dana Okafor').talkSeconds).toBe(1830);
    expect(card('Dana Okafor').accounts).toEqual(['Northwind']);
  });
});

describe('person timeline', () => {
  const index = indexDashboard(fixtureGraph(), TODAY);
  it('lists meetings, decisions and tasks, newest first', () => {
    const t = personTimeline(index, 'Çağla Yıldız');
    expect(t.map((e) => `${e.kind}:${e.text}`)).toEqual([
      'task:Review the <img src=x onerror=alert(1)> contract',
      'task:Confirm the budget',
      'task:Draft the rollout plan',
      'meeting:Brightlane kickoff',
      'decision:Pilot starts in November',
    ]);
    const dates = t.map((e) => e.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(t.find((e) => e.kind === 'meeting')?.path).toBe('Meetings/2025-10-10 Brightlane.md');
    expect(t.find((e) => e.kind === 'decision')?.line).toBe(40);
  });
  it('finds the person accent-insensitively', () => {
    expect(personTimeline(index, 'cagla yildiz').length).toBe(personTimeline(index, 'Çağla Yıldız').length);
  });
  it('is empty for someone never met', () => {
    expect(personTimeline(index, 'Lee Park')).toEqual([]);
  });
  it('puts the December task first and the meeting before its decision on the same date', () => {
    const t = personTimeline(index, 'Çağla Yıldız').map((e) => `${e.kind}:${e.text}`);
    expect(t[0]).toBe('task:Review the <img src=x onerror=alert(1)> contract');
    expect(t.indexOf('meeting:Brightlane kickoff')).toBeLessThan(t.indexOf('decision:Pilot starts in November'));
  });
});

describe('accounts', () => {
  const model = buildDashboardModel(fixtureGraph(), TODAY, '', null);
  const card = (name: string) => model.accounts.find((a) => a.name === name)!;
  it('joins people, meetings, open items and risks', () => {
    expect(card('Brightlane').people).toEqual(['Çağla Yıldız']);
    expect(card('Brightlane').meetingCount).toBe(1);
    // Rollout, budget, contract, venue, questionnaire; the done task is not counted.
    expect(card('Brightlane').openCount).toBe(5);
    expect(texts(card('Brightlane').risks)).toEqual(['Budget may slip to Q1']);
  });
  it('counts a meeting once even when several of its notes are the account’s', () => {
    expect(card('Northwind').meetingCount).toBe(1);
    expect(card('Northwind').lastMeeting).toBe('2025-10-01');
  });
  it('keeps accounts with nothing yet, last', () => {
    expect(model.accounts.map((a) => a.name)).toEqual(['Brightlane', 'Northwind', 'Quiet Co']);
    expect(card('Quiet Co').openCount).toBe(0);
  });
});

describe('meetings and decisions', () => {
  const model = buildDashboardModel(fixtureGraph(), TODAY, '', null);
  it('lists meetings newest first with every note that records them, undated last', () => {
    expect(model.meetings.map((m) => m.meeting.title)).toEqual(['Future planning', 'Brightlane kickoff', 'Northwind renewal', 'Undated sync']);
    expect(model.meetings[2].meeting.notes).toHaveLength(2);
  });
  it('lists decisions newest first with their meeting', () => {
    expect(model.decisions.map((d) => d.item.text)).toEqual(['Pilot starts in November', 'Renew for two years']);
    expect(model.decisions[0].date).toBe('2025-10-10');
    expect(model.decisions[0].meetingTitle).toBe('Brightlane kickoff');
  });
});

describe('health', () => {
  const model = buildDashboardModel(fixtureGraph(), TODAY, '', null);
  it('groups mojibake by note, lines in order', () => {
    expect(model.health.mojibake.map((m) => m.path)).toEqual(['Inbox/sync.md', 'Meetings/2025-10-10 Brightlane.md']);
    expect(model.health.mojibake[1].lines.map((l) => l.line)).toEqual([9, 22]);
  });
  it('splits unresolved names from malformed notes', () => {
    expect(model.health.malformed.map((p) => p.kind)).toEqual(['template-leftover']);
    expect(model.health.unresolved.map((p) => p.kind)).toEqual(['unresolved-name']);
  });
  it('counts every issue in the header', () => {
    expect(model.counts.health).toBe(3 + 1 + 1 + 1);
  });
});

describe('filter', () => {
  const index = indexDashboard(fixtureGraph(), TODAY);
  it('matches task text, case- and accent-insensitively', () => {
    const m = filterDashboard(index, 'PRICING');
    expect(m.counts.myTasks).toBe(1);
    expect(m.counts.waitingOn).toBe(0);
  });
  it('matches a person across every section', () => {
    const m = filterDashboard(index, 'cagla');
    expect(m.people.map((p) => p.name)).toEqual(['Çağla Yıldız']);
    expect(m.accounts.map((a) => a.name)).toEqual(['Brightlane']);
    expect(m.meetings.map((x) => x.meeting.title)).toEqual(['Brightlane kickoff']);
    expect(m.decisions.map((d) => d.item.text)).toEqual(['Pilot starts in November']);
    // Tasks from meetings she attended, and hers.
    expect(m.waitingOn.map((g) => g.person)).toContain('Çağla Yıldız');
  });
  it('matches an account', () => {
    const m = filterDashboard(index, 'northwind');
    expect(m.accounts.map((a) => a.name)).toEqual(['Northwind']);
    expect(m.people.map((p) => p.name)).toEqual(['Dana Okafor']);
    expect(m.health.duplicates).toHaveLength(1);
  });
  it('needs every word to match', () => {
    expect(filterDashboard(index, 'northwind pricing').counts.myTasks).toBe(1);
    expect(filterDashboard(index, 'northwind venue').counts.waitingOn).toBe(0);
  });
  it('treats blank filters as no filter', () => {
    expect(filterDashboard(index, '   ').counts).toEqual(filterDashboard(index, '').counts);
  });
  it('matches health items by path and text', () => {
    const m = filterDashboard(index, 'sync.md');
    expect(m.health.mojibake.map((x) => x.path)).toEqual(['Inbox/sync.md']);
    expect(m.health.malformed).toHaveLength(1);
    expect(m.health.unresolved).toHaveLength(0);
  });
  it('finds nothing for a word nowhere in the vault', () => {
    const m = filterDashboard(index, 'zzzqqq');
    expect(Object.values(m.counts).every((n) => n === 0)).toBe(true);
  });
});

describe('an empty graph', () => {
  it('builds an empty model without failing', () => {
    const empty: VaultGraph = { owner: null, notes: [], summaries: [], people: [], accounts: [], meetings: [], tasks: [], items: [], duplicates: [], mojibake: [], problems: [] };
    const m = buildDashboardModel(empty, TODAY, '', null);
    expect(Object.values(m.counts).every((n) => n === 0)).toBe(true);
    expect(m.myTasks.every((g) => g.tasks.length === 0)).toBe(true);
  });
});

describe('helpers', () => {
  it('orders tasks by due date, then priority with none between medium and low', () => {
    const a = task({ path: 'a.md', line: 1, text: 'a', priority: 'low' });
    const b = task({ path: 'a.md', line: 2, text: 'b' });
    const c = task({ path: 'a.md', line: 3, text: 'c', priority: 'medium' });
    const d = task({ path: 'a.md', line: 4, text: 'd', due: '2025-01-01', priority: 'lowest' });
    expect(texts([a, b, c, d].sort(compareTasks))).toEqual(['d', 'c', 'b', 'a']);
  });
  it('formats talk time', () => {
    expect(formatTalkTime(0)).toBe('0 min');
    expect(formatTalkTime(20)).toBe('< 1 min');
    expect(formatTalkTime(1830)).toBe('31 min');
    expect(formatTalkTime(3600)).toBe('1 h');
    expect(formatTalkTime(4210)).toBe('1 h 10 min');
  });
  it('names notes by their file name', () => {
    expect(noteName('Meetings/2025-10-01 Northwind.md')).toBe('2025-10-01 Northwind');
    expect(noteName('top.md')).toBe('top');
  });
});

describe('sortTasks', () => {
  it('orders many tasks exactly as compareTasks does', () => {
    const many = [];
    const priorities = [null, 'highest', 'high', 'medium', 'low', 'lowest'] as const;
    for (let i = 0; i < 400; i++) {
      many.push(task({ path: `n/${(i * 7) % 13}.md`, line: (i * 11) % 17, text: `t${i}`, due: i % 3 ? `2025-0${1 + (i % 9)}-1${i % 10}` : undefined, priority: priorities[i % 6] }));
    }
    expect(sortTasks(many)).toEqual([...many].sort(compareTasks));
  });
  it('handles no tasks', () => {
    expect(sortTasks([])).toEqual([]);
  });
});
