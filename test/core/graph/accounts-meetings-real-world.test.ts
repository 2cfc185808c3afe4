/**
 * Accounts and meetings over notes written the way real vaults write them:
 * several notes of one meeting in different shapes, several meetings of one day,
 * times of day, company names with and without their legal suffix, and the keys
 * people use for a note's company.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { AccountResolver, writtenAccount } from '../../../src/core/graph/accounts';
import { groupMeetings, startMinute } from '../../../src/core/graph/meetings';
import { parseNote } from '../../../src/core/parse/index';
import type { VaultGraph } from '../../../src/core/model';

type File = { path: string; text: string };
const OWNER = { owner: 'Rae Lindqvist' };

const meetingsOf = (g: VaultGraph) => g.meetings.map((m) => [...m.notes].sort());
const conflicts = (g: VaultGraph) => g.problems.filter((p) => p.kind === 'meeting-conflict').map((p) => p.message);

/** A generated "people" note. */
function peopleNote(path: string, date: string, person: string, participants: string[], actions: string[], extra = ''): File {
  return {
    path,
    text:
      `---\ntype: people\ntitle: "1:1 with ${person}"\ndate: '${date}'\nperson: ${person}\nparticipants: [${participants.join(', ')}]\n` +
      `source: transcript\nsource_ref: /Users/rae.lindqvist/Notes/Transcripts/${date} - ${path.replace(/\W+/g, ' ').trim()}.md\n${extra}---\n\n` +
      `# 1:1 with ${person}\n\n## Action Items\n\n${actions.map((a) => `- [ ] ${a}`).join('\n')}\n`,
  };
}

/** A "1-1" note from a template, dated by its frontmatter, its H1 or its file name. */
function oneOnOne(path: string, counterpart: string, facts: string[], opts: { date?: string; h1?: string; extra?: string } = {}): File {
  return {
    path,
    text:
      `---\ntype: "1-1"\ncreated: { { DATE } }\ncounterpart: "[[${counterpart}]]"\nseries: "1-1/${counterpart}"\ncadence: Weekly\n` +
      `${opts.date ? `date: ${opts.date}\n` : ''}${opts.extra ?? ''}---\n\n# ${opts.h1 ?? `1:1 — ${counterpart}`}\n\n## Key facts learned\n\n${facts.map((f) => `- ${f}`).join('\n')}\n`,
  };
}

describe('meetings across notes of one day', () => {
  const ACTIONS = [
    'Send the revised statement of work for the Brightwater warehouse migration to legal @Mira Okafor',
    'Book the cutover rehearsal at the Denver distribution centre @Myself',
    'Share the pallet scanner firmware inventory with the integration team @Tom Beck',
  ];
  const FACTS = [
    'Brightwater wants legal to review the revised statement of work before the warehouse migration.',
    'The cutover rehearsal at the Denver distribution centre still needs a date.',
    'Pallet scanner firmware versions differ between sites; Tom has the inventory.',
  ];

  it('joins a people, a customer and a 1-1 note of one meeting whose participants and wording differ', () => {
    const g = buildGraph(
      [
        peopleNote('Meetings/2025-10-02 Mira Okafor.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor', 'Tom Beck'], ACTIONS),
        {
          path: 'Customers/Brightwater/2025-10-02 sync.md',
          text: `---\ntype: customer\ndate: 2025-10-02\naccount: Brightwater Logistics\nparticipants: [Mira Okafor, Rae Lindqvist, Liu Wen]\n---\n# Brightwater sync\n## Key Information\n${FACTS.map((f) => `- ${f}`).join('\n')}\n`,
        },
        oneOnOne('1-1/Mira Okafor/2025-10-02.md', 'Mira Okafor', FACTS, { date: '2025-10-02' }),
      ],
      OWNER,
    );
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toEqual(expect.arrayContaining(['Rae Lindqvist', 'Mira Okafor', 'Tom Beck', 'Liu Wen']));
    expect(g.meetings[0].account).toBe('Brightwater Logistics');
    expect(conflicts(g)).toEqual([]);
  });

  it('joins notes dated only by their file name or their H1 to the note dated in frontmatter', () => {
    const g = buildGraph(
      [
        peopleNote('Meetings/mira.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], ACTIONS),
        oneOnOne('1-1/2025-10-02 Mira.md', 'Mira Okafor', FACTS),
        oneOnOne('1-1/Mira catch-up.md', 'Mira Okafor', FACTS, { h1: '1:1 — Mira Okafor — 2025-10-02' }),
      ],
      OWNER,
    );
    expect(meetingsOf(g)).toEqual([['1-1/2025-10-02 Mira.md', '1-1/Mira catch-up.md', 'Meetings/mira.md']]);
  });

  it('keeps two meetings of one day with different people apart', () => {
    const g = buildGraph(
      [
        peopleNote('Meetings/a.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], ACTIONS),
        peopleNote('Meetings/b.md', '2025-10-02', 'Dev Anand', ['Rae Lindqvist', 'Dev Anand'], ['Review the platform team hiring plan for Q4 @Dev Anand']),
      ],
      OWNER,
    );
    expect(g.meetings).toHaveLength(2);
  });

  it('never makes one meeting of a weekly 1-1 series', () => {
    const weeks = ['2025-10-01', '2025-10-08', '2025-10-15', '2025-10-22'];
    const g = buildGraph(
      weeks.map((d) => oneOnOne(`1-1/Mira Okafor/${d}.md`, 'Mira Okafor', FACTS, { date: d })),
      OWNER,
    );
    expect(g.meetings.map((m) => m.date)).toEqual(weeks);
  });

  it('joins a note naming the wrong counterpart to its meeting and reports the conflict', () => {
    const g = buildGraph(
      [
        peopleNote('Meetings/right.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], ACTIONS),
        oneOnOne('1-1/also-right.md', 'Mira Okafor', FACTS, { date: '2025-10-02' }),
        peopleNote('Meetings/wrong.md', '2025-10-02', 'Tom Reyes', ['Rae Lindqvist', 'Tom Reyes'], ACTIONS),
      ],
      OWNER,
    );
    expect(meetingsOf(g)).toEqual([['1-1/also-right.md', 'Meetings/right.md', 'Meetings/wrong.md']]);
    expect(conflicts(g)).toHaveLength(1);
    expect(conflicts(g)[0]).toMatch(/^wrong names Tom Reyes/);
    expect(g.meetings[0].participants).not.toContain('Tom Reyes');
  });

  it('keeps notes without a date apart, each its own meeting', () => {
    const g = buildGraph([oneOnOne('1-1/x.md', 'Mira Okafor', FACTS), oneOnOne('1-1/y.md', 'Mira Okafor', FACTS)], OWNER);
    expect(g.meetings.map((m) => [m.date, m.notes.length])).toEqual([
      [null, 1],
      [null, 1],
    ]);
  });
});

describe('time of day', () => {
  const meeting = (path: string, time: string, title: string, action: string): File => ({
    path,
    text: `---\ntype: meeting\ndate: 2025-10-02\n${time}participants: [Rae Lindqvist, Mira Okafor]\n---\n# ${title}\n## Action items\n- [ ] ${action} @Mira Okafor\n`,
  });

  it('keeps a 10:00 and a 15:00 meeting of the same people apart, however the time is written', () => {
    const written = [
      ['start_time: "10:00"\n', 'start_time: "15:00"\n'],
      ['start_time: 10:00\n', 'start_time: 15:00\n'],
      ['time: 10am\n', 'time: 3 PM\n'],
      ['date_note: x\n', 'date_note: y\n', '2025-10-02 1000 Pricing.md', '2025-10-02 1500 Hiring.md'],
    ];
    for (const [t1, t2, f1 = 'Meetings/a.md', f2 = 'Meetings/b.md'] of written) {
      const g = buildGraph(
        [meeting(f1, t1, 'Pricing review', 'Send the pricing sheet'), meeting(f2, t2, 'Pricing review follow-up', 'Send the pricing sheet')],
        OWNER,
      );
      expect(g.meetings, `${t1.trim()} / ${t2.trim()} / ${f1}`).toHaveLength(2);
    }
  });

  it('joins notes whose times agree, or that give none', () => {
    const g = buildGraph(
      [
        meeting('Meetings/a.md', 'start_time: "10:00"\n', 'Pricing review', 'Send the pricing sheet'),
        meeting('Meetings/b.md', 'start_time: "10:05"\n', 'Pricing', 'Send the pricing sheet'),
        meeting('Meetings/c.md', '', 'Pricing', 'Send the pricing sheet'),
      ],
      OWNER,
    );
    expect(g.meetings).toHaveLength(1);
  });

  it('does not let a note without a time chain a morning and an afternoon meeting into one', () => {
    const g = buildGraph(
      [
        oneOnOne('1-1/a.md', 'Mira Okafor', ['Pricing sheet goes out Friday'], { date: '2025-10-02', extra: 'transcript_path: "T/20251002 1000 Teams Meeting.txt"\n' }),
        oneOnOne('1-1/b.md', 'Mira Okafor', ['Backend candidate feedback due Monday'], { date: '2025-10-02', extra: 'transcript_path: "T/20251002 1500 Teams Meeting.txt"\n' }),
        peopleNote('Meetings/c.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], ['Send the pricing sheet by Friday @Mira Okafor']),
      ],
      OWNER,
    );
    expect(g.meetings).toHaveLength(2);
    const withA = g.meetings.find((m) => m.notes.includes('1-1/a.md'));
    expect(withA?.notes).not.toContain('1-1/b.md');
  });

  it('reads the start time from fields, file names, transcript names and titles', () => {
    const minute = (path: string, text: string) => startMinute(parseNote(path, text));
    expect(minute('a.md', '---\nstart_time: 09:30\n---\n')).toBe(570);
    expect(minute('a.md', '---\nstart: "2:15 pm"\n---\n')).toBe(855);
    expect(minute('a.md', '---\ndate: "2025-10-02 16:45"\n---\n')).toBe(1005);
    expect(minute('a.md', '---\ntranscript_path: "Inbox/20250916 1100 Teams Meeting.txt"\n---\n')).toBe(660);
    expect(minute('Meetings/2025-10-02 0930 standup.md', '# Standup\n')).toBe(570);
    expect(minute('a.md', '# Design review 14:00–15:00\n')).toBe(840);
    // A year after a date, a version number, a ratio: not times.
    expect(minute('Meetings/2025-10-02 2026 planning.md', '# Plan v1.10, a 3:1 split\n')).toBeNull();
    expect(minute('a.md', '---\nstart_time: ""\n---\n# Sync\n')).toBeNull();
    expect(minute('a.md', '---\ntime: 45\n---\n# Sync\n')).toBeNull();
  });
});

describe('the same people twice in one day', () => {
  it('keeps two notes apart when their items share nothing, though the people are the same', () => {
    const g = buildGraph(
      [
        peopleNote('Meetings/a.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], [
          'Send the Northpeak renewal pricing sheet to procurement @Mira Okafor',
          'Confirm the volume discount tiers with finance @Myself',
        ]),
        peopleNote('Meetings/b.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], [
          'Write up interview feedback for the backend engineering candidate @Mira Okafor',
          'Schedule the system design round with the hiring panel @Myself',
        ]),
      ],
      OWNER,
    );
    expect(g.meetings).toHaveLength(2);
  });

  it('still joins them when their items tell of the same things in other words', () => {
    const g = buildGraph(
      [
        peopleNote('Meetings/a.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], [
          'Send the Northpeak renewal pricing sheet to procurement @Mira Okafor',
          'Confirm the volume discount tiers with finance @Myself',
        ]),
        oneOnOne('1-1/b.md', 'Mira Okafor', ['Northpeak procurement is waiting on the renewal pricing.', 'Finance must sign off the discount tiers.'], { date: '2025-10-02' }),
      ],
      OWNER,
    );
    expect(g.meetings).toHaveLength(1);
  });

  it('groups the same notes whatever order they come in', () => {
    const parsed = [
      peopleNote('a.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], ['Send the pricing sheet @Mira Okafor'], 'start_time: "10:00"\n'),
      oneOnOne('b.md', 'Mira Okafor', ['Pricing sheet goes out'], { date: '2025-10-02' }),
      peopleNote('c.md', '2025-10-02', 'Mira Okafor', ['Rae Lindqvist', 'Mira Okafor'], ['Send the pricing sheet @Mira Okafor'], 'start_time: "16:00"\n'),
    ].map((f) => parseNote(f.path, f.text));
    const shape = (notes: typeof parsed) =>
      groupMeetings(notes, OWNER)
        .map((m) => m.notes.join('+'))
        .sort();
    expect(shape([...parsed].reverse())).toEqual(shape(parsed));
  });
});

describe('the account a note names', () => {
  const note = (frontmatter: string, body = '') => parseNote('Meetings/2025-10-02 call.md', `---\ntype: customer\ndate: 2025-10-02\n${frontmatter}---\n${body}`);

  it('reads account, company, customer, client, organization and org, in any case, as a name or a link', () => {
    expect(writtenAccount(note('account: Halden Freight\n'))).toBe('Halden Freight');
    expect(writtenAccount(note('company: "[[Halden Freight]]"\n'))).toBe('Halden Freight');
    expect(writtenAccount(note('customer: Halden Freight\n'))).toBe('Halden Freight');
    expect(writtenAccount(note('Client: "[[Companies/Halden Freight|Halden]]"\n'))).toBe('[[Companies/Halden Freight|Halden]]');
    expect(writtenAccount(note('organization: Halden Freight\n'))).toBe('Halden Freight');
    expect(writtenAccount(note('org: [Halden Freight, Orbis]\n'))).toBe('Halden Freight');
    expect(writtenAccount(note('customer: true\ncompany: ""\n'))).toBeNull();
  });

  it('gives the meeting the account a customer: or client: field names', () => {
    const g = buildGraph(
      [
        { path: 'Companies/Halden Freight.md', text: '---\ntype: company\naliases: [Halden]\n---\n' },
        { path: 'Meetings/a.md', text: '---\ntype: customer\ndate: 2025-10-02\ncustomer: Halden\nparticipants: [Jo Park]\n---\n# QBR\n' },
        { path: 'Meetings/b.md', text: '---\ntype: meeting\ndate: 2025-10-03\nclient: "[[Halden Freight]]"\nparticipants: [Jo Park]\n---\n# Follow-up\n' },
      ],
      OWNER,
    );
    expect(g.meetings.map((m) => m.account)).toEqual(['Halden Freight', 'Halden Freight']);
  });

  it('keeps apart two notes of one day whose customer: fields name different accounts', () => {
    const g = buildGraph(
      [
        { path: 'Meetings/a.md', text: '---\ntype: customer\ndate: 2025-10-02\ncustomer: Halden Freight\nparticipants: [Jo Park, Ana Ruiz]\n---\n# Call\n' },
        { path: 'Meetings/b.md', text: '---\ntype: customer\ndate: 2025-10-02\nclient: Orbis Bank\nparticipants: [Jo Park, Ana Ruiz]\n---\n# Call\n' },
        { path: 'Meetings/c.md', text: '---\ntype: customer\ndate: 2025-10-02\naccount: Orbis Bank\nparticipants: [Jo Park, Ana Ruiz]\n---\n# Call\n' },
      ],
      OWNER,
    );
    expect(meetingsOf(g)).toEqual([['Meetings/a.md'], ['Meetings/b.md', 'Meetings/c.md']]);
  });
});

describe('one account however it is written', () => {
  it('joins a company written with and without its legal suffix, a leading "The", or "& Co"', () => {
    const r = new AccountResolver();
    const first = r.resolve('Halden Freight');
    for (const w of ['Halden Freight Inc.', 'HALDEN FREIGHT, INC.', 'Halden Freight Corporation', 'The Halden Freight Company', 'halden freight ltd']) {
      expect(r.resolve(w), w).toBe(first);
    }
    const co = new AccountResolver([{ name: 'Marlow & Co', aliases: [] }]);
    expect(co.resolve('Marlow')).toBe('Marlow & Co');
    expect(co.resolve('Marlow & Co.')).toBe('Marlow & Co');
  });

  it('names an undeclared account the way most notes write it, whatever order they are read in', () => {
    const written = ['Halden Freight Inc.', 'Halden Freight', 'HALDEN FREIGHT', 'Halden Freight', 'Orbis Bank'];
    for (const order of [written, [...written].reverse()]) {
      const r = new AccountResolver();
      r.learn(order);
      expect(order.map((w) => r.resolve(w))).toEqual(order.map((w) => (w === 'Orbis Bank' ? 'Orbis Bank' : 'Halden Freight')));
    }
    const declared = new AccountResolver([{ name: 'Halden Freight Inc.', aliases: [] }]);
    declared.learn(['Halden Freight', 'Halden Freight', 'N/A']);
    expect(declared.resolve('Halden Freight')).toBe('Halden Freight Inc.');
    expect(declared.resolve('N/A')).toBeNull();
  });

  it('never joins two companies that only share a word', () => {
    const r = new AccountResolver([
      { name: 'Acme Labs', aliases: [] },
      { name: 'Acme Capital', aliases: [] },
    ]);
    expect(r.resolve('Acme Labs Inc')).toBe('Acme Labs');
    expect(r.resolve('acme capital')).toBe('Acme Capital');
    expect(r.resolve('Acme')).toBe('Acme');
    const undeclared = new AccountResolver();
    expect(undeclared.resolve('Orbis Labs')).toBe('Orbis Labs');
    expect(undeclared.resolve('Orbis Capital')).toBe('Orbis Capital');
  });

  it('matches case and accents both ways', () => {
    const r = new AccountResolver();
    expect(r.resolve('Société Générale')).toBe('Société Générale');
    for (const w of ['Societe Generale', 'SOCIÉTÉ GÉNÉRALE', 'Société Générale SA', '[[Société Générale|SocGen]]']) expect(r.resolve(w), w).toBe('Société Générale');
  });

  it('makes no account of a placeholder or an unfilled template', () => {
    const r = new AccountResolver();
    for (const w of ['N/A', 'n/a', 'TBD', 'None', 'unknown', '{{account}}', '<% tp.file.folder() %>', 'true']) expect(r.resolve(w), w).toBeNull();
    expect(r.resolve('Nabla')).toBe('Nabla');
  });
});

describe('the account of a note without an account field', () => {
  const r = () =>
    new AccountResolver([
      { name: 'Halden Freight', aliases: [] },
      { name: 'Orbis Bank', aliases: [] },
    ]);
  const note = (body: string) => parseNote('Meetings/2025-10-02 call.md', `---\ntype: customer\ndate: 2025-10-02\n---\n${body}`);

  it('takes the company linked under Related over one mentioned in passing', () => {
    const n = note('# Call\n## Summary\n- They compared us with [[Orbis Bank]]\n## Related\n- [[Jo Park]]\n- [[Halden Freight|Halden]]\n');
    expect(r().accountOfNote(n)).toBe('Halden Freight');
  });

  it('takes no account from a passing mention when Related names none', () => {
    expect(r().accountOfNote(note('# Call\n## Summary\n- They compared us with [[Orbis Bank]]\n## Related\n- [[Jo Park]]\n'))).toBeNull();
    expect(r().accountOfNote(note('# Call with [[Orbis Bank]]\n- renewal\n'))).toBe('Orbis Bank');
  });

  it('takes a Related link to an account other notes name, though it has no company note', () => {
    const resolver = r();
    resolver.resolve('Kestrel Mining');
    expect(resolver.accountOfNote(note('# Call\n## Related\n- [[Kestrel Mining]]\n'))).toBe('Kestrel Mining');
    expect(resolver.accountOfNote(note('# Call\n## Related\n- [[Some Project]]\n'))).toBeNull();
  });

  it('prefers the field, and falls back to Related when the field is a placeholder', () => {
    expect(r().accountOfNote(note('**Account**: [[Orbis Bank]]\n# Call\n## Related\n- [[Halden Freight]]\n'))).toBe('Orbis Bank');
    const n = parseNote('Meetings/x.md', '---\ntype: customer\ndate: 2025-10-02\naccount: TBD\n---\n# Call\n## Related\n- [[Halden Freight]]\n');
    expect(r().accountOfNote(n)).toBe('Halden Freight');
  });
});

describe('people across accounts', () => {
  it('links a person met with two accounts to both, and each account to its people', () => {
    const g = buildGraph(
      [
        { path: 'Meetings/a.md', text: '---\ntype: customer\ndate: 2025-10-01\naccount: Halden Freight\nparticipants: [Jo Park, Sam Lee]\n---\n' },
        { path: 'Meetings/b.md', text: '---\ntype: customer\ndate: 2025-10-02\naccount: Orbis Bank\nparticipants: [Jo Park, Kim Ode]\n---\n' },
      ],
      OWNER,
    );
    expect(g.people.find((p) => p.name === 'Jo Park')?.accounts).toEqual(['Halden Freight', 'Orbis Bank']);
    expect(g.accounts.map((a) => [a.name, a.people])).toEqual([
      ['Halden Freight', ['Jo Park', 'Sam Lee']],
      ['Orbis Bank', ['Jo Park', 'Kim Ode']],
    ]);
  });
});
