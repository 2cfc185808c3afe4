import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupMeetings, transcriptKey } from '../../../src/core/graph/meetings';
import { parseNote } from '../../../src/core/parse/index';

const people = (date: string, person: string, ref: string, body: string) =>
  `---\ntype: people\ntitle: 1:1 with ${person}\ndate: '${date}'\nperson: ${person}\nparticipants:\n- Dana Kowalski\n- ${person}\nsource_ref: ${ref}\n---\n\n## Action Items\n\n${body}\n`;
const customer = (date: string, account: string, attendees: string[], ref: string, body: string) =>
  `---\ntype: customer\ntitle: ${account} sync\ndate: '${date}'\naccount: ${account}\nparticipants:\n${attendees.map((a) => `- ${a}`).join('\n')}\nsource_ref: ${ref}\n---\n\n## Key Information\n\n${body}\n`;
const oneOnOne = (date: string, person: string, ref: string, body: string) =>
  `---\ntype: "1-1"\ncounterpart: "[[${person}]]"\nseries: "1-1/${person}"\ndate: ${date}\ntranscript_path: "${ref}"\n---\n\n## Decisions\n\n${body}\n`;

const BODY_A = '- [ ] Draft the Halcyon Health migration runbook with rollback steps @Ines Duarte\n- [ ] Reserve 4 racks in the Dallas site for the Cobalt cluster @Myself';
const BODY_B = '- Halcyon Health wants the Cobalt cluster migration runbook with rollback steps.\n- Four racks in the Dallas site are reserved for Cobalt.';

function notes(files: Record<string, string>) {
  return Object.entries(files).map(([p, t]) => parseNote(p, t));
}

describe('groupMeetings', () => {
  it('joins the notes of one meeting across the three shapes', () => {
    const groups = groupMeetings(
      notes({
        'People/2025-04-02 Ines.md': people('2025-04-02', 'Ines Duarte', '/Users/dana.kowalski/T/2025-04-02 - Migration planning with Ines and the Halcyon team.md', BODY_A),
        'Customers/Halcyon 2025-04-02.md': customer('2025-04-02', 'Halcyon Health', ['Ines Duarte', 'Dana Kowalski'], 'Inbox/_archive/2025-04-02 - Migration planning with Ines and the Halcyon.md', BODY_B),
        '1-1/Ines 2025-04-02.md': oneOnOne('2025-04-02', 'Ines Duarte', '00 Inbox/Transcripts/20250402 1000 Teams Meeting.txt', BODY_B),
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].notes).toHaveLength(3);
    expect(groups[0].participants).toEqual(expect.arrayContaining(['Dana Kowalski', 'Ines Duarte']));
    expect(groups[0].account).toBe('Halcyon Health');
    expect(groups[0].conflicts).toEqual([]);
  });

  it('joins a note that names the wrong counterpart when its content is the same, and records the conflict', () => {
    const groups = groupMeetings(
      notes({
        'a.md': people('2025-04-02', 'Ines Duarte', '/Users/dana.kowalski/T/one.md', BODY_A),
        'b.md': oneOnOne('2025-04-02', 'Ines Duarte', 'x/two.txt', BODY_B),
        'wrong.md': people('2025-04-02', 'Omar Farouk', '/Users/dana.kowalski/T/three.md', BODY_A),
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].conflicts).toEqual(['wrong names Omar Farouk, a names Ines Duarte']);
    expect(groups[0].participants).not.toContain('Omar Farouk');
  });

  it('keeps the same series on different dates apart', () => {
    const groups = groupMeetings(
      notes({
        'w1.md': oneOnOne('2025-04-02', 'Ines Duarte', 'T/w1.txt', BODY_B),
        'w2.md': oneOnOne('2025-04-09', 'Ines Duarte', 'T/w2.txt', BODY_B),
      }),
    );
    expect(groups).toHaveLength(2);
    expect(new Set(groups.map((g) => g.id)).size).toBe(2);
  });

  it('keeps two meetings of one day apart when people and content differ', () => {
    const groups = groupMeetings(
      notes({
        'a.md': people('2025-04-02', 'Ines Duarte', '/Users/dana.kowalski/T/a.md', BODY_A),
        'b.md': people('2025-04-02', 'Kenji Mori', '/Users/dana.kowalski/T/b.md', '- [ ] Book travel for the Tarnhelm Bank offsite in Oslo @Kenji Mori'),
      }),
    );
    expect(groups).toHaveLength(2);
  });

  it('gives a stable id that does not depend on input order', () => {
    const files = {
      'a.md': people('2025-04-02', 'Ines Duarte', '/Users/dana.kowalski/T/a.md', BODY_A),
      'b.md': oneOnOne('2025-04-02', 'Ines Duarte', 'T/b.txt', BODY_B),
    };
    const one = groupMeetings(notes(files));
    const two = groupMeetings(notes(files).reverse());
    expect(one[0].id).toBe(two[0].id);
    expect(one[0].id).toMatch(/^2025-04-02-/);
  });

  it('compares transcript names without folders and tolerates truncation', () => {
    expect(transcriptKey('/Users/x/Transcripts/2025-09-16 - Intro call exploring roles.md')).toBe('2025 09 16 intro call exploring roles');
    expect(transcriptKey(null)).toBeNull();
  });
});

const seeds = path.resolve(__dirname, '../../../../shared/seeds');
describe.skipIf(!existsSync(seeds))('seed notes', () => {
  it('002, 003 and 004 record one meeting; 000 joins it by content and its counterpart is a conflict', () => {
    const files = readdirSync(seeds).filter((f) => f.endsWith('.md'));
    const parsed = files.map((f) => parseNote(f, readFileSync(path.join(seeds, f), 'utf8')));
    const groups = groupMeetings(parsed);
    const of = (prefix: string) => groups.find((g) => g.notes.some((n) => n.startsWith(prefix)));
    expect(of('002')?.notes.map((n) => n.slice(0, 3))).toEqual(expect.arrayContaining(['002', '003', '004']));
    expect(of('001')?.notes).toHaveLength(1);
    expect(of('000')).toBe(of('002'));
    expect(of('002')?.conflicts.join(' ')).toMatch(/^000\S* names \S+ \S+, 002\S* names \S+ \S+$/);
  });
});

describe('people in common', () => {
  it('keeps apart two meetings of one day that share one colleague among others', () => {
    const groups = groupMeetings(
      notes({
        'Meetings/halcyon.md': '---\ntype: customer\ndate: 2025-10-07\naccount: Halcyon Robotics\nparticipants: [Tomasz Wren, Priya Raman, Raj Patel]\n---\n# Halcyon technical deep dive\n## Action items\n- [ ] Send the latency benchmark to Halcyon @Tomasz Wren\n',
        'Meetings/standup.md': '---\ntype: meeting\ndate: 2025-10-07\nparticipants: [Raj Patel, Marcus Lee, Priya Raman]\n---\n# Team standup\n## Action items\n- [ ] Fix the flaky deploy pipeline @Marcus Lee\n',
      }),
      { owner: 'Priya Raman' },
    );
    expect(groups.map((g) => g.notes.length)).toEqual([1, 1]);
  });

  it('joins notes that share most of their people', () => {
    const groups = groupMeetings(
      notes({
        'Meetings/a.md': '---\ntype: customer\ndate: 2025-10-07\nparticipants: [Tomasz Wren, Priya Raman, Raj Patel]\n---\n# Deep dive\n',
        'Meetings/b.md': '---\ntype: 1-1\ndate: 2025-10-07\nparticipants: [Tomasz Wren, Raj Patel]\n---\n# Notes\n',
      }),
      { owner: 'Priya Raman' },
    );
    expect(groups.map((g) => g.notes.length)).toEqual([2]);
  });
});
