/**
 * The graph over the demo vault (always) and over the real seeds (when present):
 * people from every written form, roles kept out, the owner guessed, meetings
 * joined across notes and shapes, accounts, task owners and due dates in words.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile, assembleGraph, assembleGraphSteps, buildGraph } from '../../../src/core/graph/build';
import type { VaultGraph } from '../../../src/core/model';

const ROOT = resolve(__dirname, '../../..');
const VAULT = join(ROOT, 'fixtures/vault');
const SEEDS = resolve(ROOT, '../shared/seeds');

function read(dir: string): { path: string; text: string }[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = join(d, name);
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.md') ? [full] : [];
    });
  return walk(dir).map((f) => ({ path: relative(dir, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));
}

const task = (g: VaultGraph, pathPart: string, textPart: string) => {
  const found = g.tasks.filter((t) => t.path.includes(pathPart) && t.text.includes(textPart));
  expect(found.length, `one task in ${pathPart} saying “${textPart}”`).toBeGreaterThan(0);
  return found[0];
};
const meetingOf = (g: VaultGraph, pathPart: string) => g.meetings.find((m) => m.notes.some((n) => n.includes(pathPart)));

describe('the graph of the demo vault', () => {
  const files = read(VAULT);
  const g = buildGraph(files);

  it('guesses the owner from source_ref, and @Myself is the owner', () => {
    expect(g.owner).toBe('Priya Raman');
    expect(g.people.find((p) => p.name === 'Priya Raman')?.isOwner).toBe(true);
    const mine = g.tasks.filter((t) => t.assignee === 'Myself');
    expect(mine.length).toBeGreaterThan(3);
    for (const t of mine) expect(t.owner).toBe('Priya Raman');
  });

  it('makes one person of every written form, accents and doubled surnames included', () => {
    const cagla = g.people.find((p) => p.name === 'Çağla Yıldız');
    expect(cagla).toBeDefined();
    expect(cagla?.aliases).toEqual(expect.arrayContaining(['Cagla Yildiz', 'Çağla Yıldız Yıldız']));
    expect(g.people.filter((p) => p.name.startsWith('Çağla') || p.name.startsWith('Cagla'))).toHaveLength(1);
    expect(task(g, 'Hiring sync', 'Approve the headcount').owner).toBe('Tomasz Wren');
    expect(task(g, 'Tidewater Health', 'vendor questionnaire').owner).toBe('Henrik Solberg');
  });

  it('never makes people of roles and placeholders, and leaves their tasks unowned', () => {
    const names = g.people.map((p) => p.name);
    for (const role of ['HR', 'TBD', 'Myself', 'Team']) expect(names).not.toContain(role);
    for (const t of g.tasks.filter((x) => x.assignee === 'HR' || x.assignee === 'TBD')) expect(t.owner).toBeNull();
  });

  it('joins the notes of one meeting across shapes, and keeps a series apart by date', () => {
    const kestrel = meetingOf(g, '2025-10-14 Kestrel Bank streaming PoC kickoff');
    expect(kestrel?.notes).toHaveLength(3);
    expect(kestrel?.notes.some((n) => n.includes('1-1 Çağla Yıldız'))).toBe(true);
    const first = meetingOf(g, '2025-10-08 1-1 Ana Ferreira');
    const second = meetingOf(g, '2025-10-15 1-1 Ana Ferreira');
    expect(first?.id).not.toBe(second?.id);
  });

  it('joins a note that names the wrong counterpart, and reports the conflict', () => {
    const borealis = meetingOf(g, '2025-10-21 Borealis Logistics');
    expect(borealis?.notes.some((n) => n.includes('1-1 José Núñez'))).toBe(true);
    expect(g.problems.some((p) => p.kind === 'meeting-conflict' && p.message.includes('Henrik Solberg'))).toBe(true);
  });

  it('links accounts to their notes and people, never to the owner', () => {
    const kestrel = g.accounts.find((a) => a.name === 'Kestrel Bank');
    expect(kestrel?.people).toContain('Çağla Yıldız');
    expect(kestrel?.people).not.toContain('Priya Raman');
    expect(g.people.find((p) => p.name === 'Çağla Yıldız')?.accounts).toContain('Kestrel Bank');
  });

  it('reads due dates in words against the meeting date, keeping the phrase', () => {
    const pricing = task(g, '2025-10-21 Borealis Logistics', 'revised pilot pricing');
    expect(pricing).toMatchObject({ dueResolved: '2025-10-31', dueSource: 'phrase', duePhrase: 'by next Friday' });
    const eom = task(g, 'Tidewater Health', 'vendor questionnaire');
    expect(eom).toMatchObject({ dueResolved: '2025-10-31', dueSource: 'phrase' });
    const signified = g.tasks.find((t) => t.due !== null);
    expect(signified?.dueSource).toBe('signifier');
    expect(signified?.dueResolved).toBe(signified?.due);
  });

  it('counts talk time from the transcripts, never for a device', () => {
    expect(g.people.find((p) => p.name === 'Çağla Yıldız')?.talkSeconds).toBeGreaterThan(0);
    expect(g.people.map((p) => p.name)).not.toContain('Jabra Speak 710');
    expect(g.people.map((p) => p.name)).not.toContain('zoom.us');
  });

  it('lists decisions and facts with their lines, and mojibake lines repaired', () => {
    const decisions = g.items.filter((i) => i.kind === 'decision');
    expect(decisions.length).toBeGreaterThan(10);
    for (const d of decisions) expect(d.line).toBeGreaterThan(0);
    expect(g.mojibake.length).toBeGreaterThan(10);
    for (const m of g.mojibake) expect(m.after).not.toBe(m.before);
  });

  it('reports a name nobody matches, on the line of the task naming them', () => {
    const text = '---\ntype: people\ndate: 2026-01-02\nparticipants: [Priya Raman]\n---\n## Action Items\n- [ ] Do it @Zed\n';
    const problems = buildGraph([...files, { path: 'Meetings/zed.md', text }]).problems.filter((p) => p.path === 'Meetings/zed.md');
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'unresolved-name', line: 7 }));
  });

  it('resolves a short first name against a counterpart named only in the frontmatter', () => {
    const text = '---\ntype: 1-1\ndate: 2026-01-05\ncounterpart: "[[Beatriz Olsen]]"\n---\n## Next steps\n- [ ] Draft the rollback checklist @Bea\n';
    const graph = buildGraph([...files, { path: 'Meetings/bea.md', text }]);
    expect(task(graph, 'Meetings/bea.md', 'rollback checklist')).toMatchObject({ owner: 'Beatriz Olsen', assignee: 'Bea' });
    expect(graph.problems.filter((p) => p.path === 'Meetings/bea.md' && p.kind === 'unresolved-name')).toEqual([]);
  });

  it('counts notes of other types, and dates written in words in the title, as meetings when they read like one', () => {
    const internal = '---\ntype: internal\ndate: 2025-10-15\nparticipants: [Raj Patel, Priya Raman]\n---\n## Action items\n- [ ] Update the board @Raj Patel 📅 2025-10-17\n';
    const titled = '# Coffee with Marcus — 9 Oct 2025\n\n- [ ] Send Marcus the deck @Myself\n';
    const graph = buildGraph([...files, { path: 'Meetings/internal.md', text: internal }, { path: 'Coffee.md', text: titled }]);
    expect(graph.summaries.find((n) => n.path === 'Meetings/internal.md')).toMatchObject({ type: 'internal', date: '2025-10-15' });
    expect(graph.summaries.find((n) => n.path === 'Coffee.md')?.date).toBe('2025-10-09');
    expect(task(graph, 'Meetings/internal.md', 'Update the board').owner).toBe('Raj Patel');
  });

  it('never reports a template placeholder as a name', () => {
    expect(g.problems.filter((p) => p.kind === 'unresolved-name' && p.message.includes('{{'))).toEqual([]);
  });

  it('gives the same graph step by step as in one go', () => {
    const analyses = files.map((f) => analyseFile(f.path, f.text));
    const steps = assembleGraphSteps(analyses);
    let n = 0;
    let step = steps.next();
    while (!step.done) {
      n++;
      step = steps.next();
    }
    expect(n).toBeGreaterThan(files.length);
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(assembleGraph(analyses)));
  });

  it('honours an owner set by the user', () => {
    expect(buildGraph(files, { owner: 'Ana Ferreira' }).owner).toBe('Ana Ferreira');
  });
});

describe.runIf(existsSync(SEEDS))('the graph of the seeds', () => {
  const g = buildGraph(existsSync(SEEDS) ? read(SEEDS) : []);

  it('finds the owner, the people and the one account', () => {
    expect(g.owner).toBe('Jason Vallery');
    expect(g.people.map((p) => p.name).sort()).toEqual(['Glenn Lockwood', 'Jason Vallery', 'Jeff Denworth', 'Lior Genzel']);
    expect(g.people.find((p) => p.name === 'Lior Genzel')?.aliases).toContain('Lior Genzel Genzel');
    expect(g.accounts.map((a) => a.name)).toEqual(['Microsoft']);
  });

  it('records 002, 003 and 004 as one meeting', () => {
    const m = g.meetings.find((x) => x.notes.some((n) => n.startsWith('002')));
    expect(m?.notes.filter((n) => /^00[234]/.test(n))).toHaveLength(3);
    expect(g.meetings.find((x) => x.notes.some((n) => n.startsWith('001')))?.notes).toHaveLength(1);
  });

  it('owns every task: @Myself is the owner, @HR and @TBD nobody', () => {
    for (const t of g.tasks) {
      if (t.assignee === 'Myself') expect(t.owner).toBe('Jason Vallery');
      if (t.assignee === 'HR' || t.assignee === 'TBD') expect(t.owner).toBeNull();
      if (t.assignee?.startsWith('Lior')) expect(t.owner).toBe('Lior Genzel');
    }
  });

  it('gives the talk time of both speakers of 004', () => {
    expect(g.people.find((p) => p.name === 'Lior Genzel')?.talkSeconds).toBeGreaterThan(600);
    expect(g.people.find((p) => p.name === 'Jason Vallery')?.talkSeconds).toBeGreaterThan(600);
  });

  it('finds the repeated action items of 002', () => {
    // Each group may also hold the same item from 003 and 004, which record the same meeting.
    const in002 = g.duplicates.filter((d) => d.kind === 'task' && d.members.filter((m) => m.path.startsWith('002')).length >= 2);
    expect(in002.length).toBeGreaterThanOrEqual(2);
    expect(g.duplicates.some((d) => d.kind === 'task' && d.members.some((m) => m.path.startsWith('002')) && d.members.some((m) => m.path.startsWith('003')))).toBe(true);
  });
});

describe('a file that was not read', () => {
  it('says why, and is not also called empty', () => {
    expect(analyseFile('Big.md', '', { tooLarge: 60 * 1048576 }).note.problems.map((p) => p.kind)).toEqual(['too-large']);
    expect(analyseFile('Locked.md', '', { readError: 'EBUSY' }).note.problems.map((p) => p.kind)).toEqual(['read-error']);
  });
});

describe('the vault owner set as a first name', () => {
  const text = ['---', 'type: customer', 'date: 2025-10-03', 'participants: [Morgan Hale, Ana Souza]', '---', '## Action items', '- [ ] Send pricing @Morgan Hale', '- [ ] Book the room @Myself', ''].join('\n');

  it('is the one person the notes write in full with it', () => {
    const graph = buildGraph([{ path: 'a.md', text }], { owner: 'morgan' });
    expect(graph.owner).toBe('Morgan Hale');
    expect(graph.people.filter((p) => p.isOwner).map((p) => p.name)).toEqual(['Morgan Hale']);
    expect(graph.tasks.map((t) => t.owner)).toEqual(['Morgan Hale', 'Morgan Hale']);
  });

  it('stays as set when two full names fit', () => {
    const two = text.replace('participants: [Morgan Hale, Ana Souza]', 'participants: [Morgan Hale, Morgan Reyes]');
    expect(buildGraph([{ path: 'a.md', text: two }], { owner: 'Morgan' }).owner).toBe('Morgan');
  });
});

describe('the title of a meeting recorded in several notes', () => {
  it('is the one that names the meeting, not how it was captured', () => {
    const note = (title: string, type: string) =>
      ['---', `type: ${type}`, 'date: 2025-10-03', `title: ${title}`, 'participants: [Ana Souza, Bo Li]', 'source_ref: T/2025-10-03 Acme.md', '---', '## Action items', '- [ ] Send pricing @Ana Souza', ''].join('\n');
    const graph = buildGraph(
      [
        { path: 'M/a.md', text: note('Acme sync transcript', 'customer') },
        { path: 'M/b.md', text: note('Acme pricing sync', 'people') },
      ],
      { owner: 'Sam Lee' },
    );
    expect(graph.meetings.map((m) => [m.title, m.notes.length])).toEqual([['Acme pricing sync', 2]]);
  });
});

describe('dates in figures, in the order the vault writes them', () => {
  const note = (path: string, body: string) => ({ path, text: `---\ndate: 2025-10-20\nparticipants: [Ana Ruiz]\n---\n${body}\n` });
  const dueOf = (files: { path: string; text: string }[]) => buildGraph(files, {}).tasks.find((t) => /contract/.test(t.text));

  it('reads 5/11 as the 5th of November where the note writes 25/10/2025', () => {
    const task = dueOf([note('M/a.md', 'Signed on 25/10/2025.\n## Action items\n- [ ] Send the contract by 5/11 @Ana Ruiz')]);
    expect([task?.dueResolved, task?.dueCertainty]).toEqual(['2025-11-05', 'likely']);
  });

  it('reads it as May 11th where the vault’s notes write 10/25/2025, though the note itself tells nothing', () => {
    const task = dueOf([
      note('M/a.md', '## Action items\n- [ ] Send the contract by 5/11 @Ana Ruiz'),
      note('M/b.md', 'Signed on 10/25/2025.'),
      note('M/c.md', 'Renewed on 10/14/2025.'),
    ]);
    expect([task?.dueResolved, task?.dueCertainty]).toEqual(['2026-05-11', 'likely']);
  });

  it('does not let one other note settle the order for the vault (a note pasted from abroad)', () => {
    const task = dueOf([note('M/a.md', '## Action items\n- [ ] Send the contract by 5/11 @Ana Ruiz'), note('M/b.md', 'Signed on 25/10/2025.')]);
    // Unsettled, the reading nearer the meeting is taken, and only as a vague guess.
    expect([task?.dueResolved, task?.dueCertainty]).toEqual(['2025-11-05', 'vague']);
  });
});
