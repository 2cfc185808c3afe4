/**
 * Small vaults written the way people's vaults are, checked against what a careful
 * reader would conclude: one person written many ways, different people with close
 * names, a meeting recorded in several notes that disagree on whom it was with,
 * accounts written as links, names, capitals and domains. People and companies are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import type { VaultGraph } from '../../../src/core/model';
import { cleanName, collectPeople, NameResolver } from '../../../src/core/graph/names';
import { deviceOwner, isDeviceLabel } from '../../../src/core/graph/speakers';

type File = { path: string; text: string };
const OWNER = { owner: 'Sam Taylor' };

/** A note from frontmatter fields (written as YAML values) and body lines. */
function note(path: string, fields: Record<string, string>, body: string[] = []): File {
  return { path, text: ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', ...body, ''].join('\n') };
}

function transcript(lines: string[]): string[] {
  return ['## Transcript', '<!-- ai:transcript:start -->', '```text', ...lines, '```', '<!-- ai:transcript:end -->'];
}

const conflicts = (g: VaultGraph) => g.problems.filter((p) => p.kind === 'meeting-conflict').map((p) => p.message);

describe('a note that names the wrong counterpart', () => {
  const body = (who: string) => [
    '## Action Items',
    `- [ ] Send the revised discount proposal to procurement @${who}`,
    '- [ ] Confirm the fifteen percent pilot discount with finance',
    '## Decisions',
    '- Discount capped at fifteen percent for the pilot phase of the rollout',
    '## Key facts',
    '- Procurement needs the security questionnaire before signature',
  ];
  const handNotes = note('Notes/2025-11-03 Acme pricing.md', { type: 'customer', date: '2025-11-03', account: 'Acme', participants: '[Ana Ruiz]' }, body('Ana'));

  it('is outvoted when its own transcript hears the other notes’ person speak', () => {
    const wrong = note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"' }, [
      ...body('Carla Mendes'),
      ...transcript(['[00:00:01.00] zoom.us : Ana RuizHello Sam, shall we start?', '[00:00:09.00] MacBook Pro Microphone : Sam TaylorHi Ana.']),
    ]);
    const g = buildGraph([handNotes, wrong], OWNER);
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toEqual(['Sam Taylor', 'Ana Ruiz']);
    expect(g.meetings[0].title).toBe('2025-11-03 Acme pricing');
    expect(conflicts(g)).toEqual([expect.stringContaining('names Carla Mendes')]);
  });

  it('keeps both names, reported, when one note says one and one the other and nothing else tells', () => {
    const wrong = note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"' }, body('Carla Mendes'));
    const g = buildGraph([handNotes, wrong], OWNER);
    expect(g.meetings).toHaveLength(1);
    expect([...g.meetings[0].participants].sort()).toEqual(['Ana Ruiz', 'Carla Mendes', 'Sam Taylor']);
    expect(conflicts(g)).toHaveLength(1);
  });

  it('is no conflict when the other notes of the meeting list nobody', () => {
    const ref = 'source_ref: "/Users/sam.taylor/Otter/2025-11-03 Acme pricing call.txt"';
    const otter = note('Otter/2025-11-03 capture.md', { type: 'meeting', date: '2025-11-03', source_ref: ref.slice(12) }, body('Myself'));
    const oneOnOne = note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"', source_ref: ref.slice(12) }, body('Carla Mendes'));
    const g = buildGraph([otter, oneOnOne], OWNER);
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toEqual(['Sam Taylor', 'Carla Mendes']);
    expect(conflicts(g)).toEqual([]);
  });

  it('names each person once in the conflict, however the notes write them', () => {
    const others = [
      note('Notes/2025-11-03 Acme pricing.md', { type: 'customer', date: '2025-11-03', participants: '["[[Ana Ruiz|Ana]]", "Bo"]' }, body('Bo')),
      note('Otter/2025-11-03 Acme pricing.md', { type: 'meeting', date: '2025-11-03', participants: '[Ana Ruiz, Bo Chen]' }, body('Bo Chen')),
      note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"' }, body('Carla Mendes')),
    ];
    const g = buildGraph(others, OWNER);
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toEqual(['Sam Taylor', 'Ana Ruiz', 'Bo Chen']);
    const [message] = conflicts(g);
    expect(message.match(/Bo/g)).toHaveLength(1);
  });
});

describe('close names: one slip of spelling, or two people', () => {
  const acme = (path: string, date: string, tasks: string[]) =>
    note(path, { type: 'customer', date, account: 'Acme', participants: '[Ana Ruiz, Sam Taylor]' }, ['## Action items', ...tasks.map((t) => `- [ ] ${t}`)]);
  const globex = note('M/2025-10-09 Globex.md', { type: 'customer', date: '2025-10-09', account: 'Globex', participants: '[Anna Ruiz, Sam Taylor]' }, [
    '## Action items',
    '- [ ] Send the quote @Anna Ruiz',
  ]);

  it('reads a full name one letter from someone in the room, and not in it, as them', () => {
    const g = buildGraph([acme('M/2025-10-01 Acme.md', '2025-10-01', ['Share the deck @Anaa Ruiz', 'Book the demo @Anna Ruiz']), globex], OWNER);
    expect(g.tasks.map((t) => t.owner)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Anna Ruiz']);
    expect(g.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Anna Ruiz', 'Sam Taylor']);
    expect(g.people.find((p) => p.name === 'Ana Ruiz')?.aliases).toContain('Anaa Ruiz');
  });

  it('keeps two people one letter apart, each in their own meetings', () => {
    const g = buildGraph([acme('M/2025-10-01 Acme.md', '2025-10-01', ['Share the deck @Ana Ruiz']), globex], OWNER);
    expect(g.tasks.map((t) => t.owner)).toEqual(['Ana Ruiz', 'Anna Ruiz']);
    expect(g.accounts.map((a) => [a.name, a.people])).toEqual([
      ['Acme', ['Ana Ruiz']],
      ['Globex', ['Anna Ruiz']],
    ]);
  });

  it('takes a short first name one letter from a known one for someone else, unless the room says otherwise', () => {
    const people = new NameResolver({ seen: ['Anna Ruiz', 'Jon Park', 'Dana Reyes'] });
    expect(people.resolve('Ana Ruiz')).toMatchObject({ kind: 'person', name: 'Ana Ruiz', via: 'new' });
    expect(people.resolve('John Park')).toMatchObject({ name: 'John Park', via: 'new' });
    expect(people.resolve('Ana Ruiz', { participants: ['Anna Ruiz'] })).toMatchObject({ name: 'Anna Ruiz', via: 'spelling+context' });
    // A long word with a slip is a slip anywhere.
    expect(people.resolve('Dana Reyez')).toMatchObject({ name: 'Dana Reyes', via: 'spelling' });
  });
});

describe('one person written every way', () => {
  const files = [
    note('People/Mary-Jane Smith-Jones.md', { type: 'person', aliases: '[MJ]' }, []),
    note('M/2025-10-05 Initech.md', { type: 'customer', date: '2025-10-05', account: 'Initech', participants: '[Mary-Jane Smith-Jones, José María García López, Kenji Watanabe, Ana Ruiz]' }, [
      '## Action items',
      '- [ ] Send the plan @Smith-Jones',
      '- [ ] Review the budget @M. Smith-Jones',
      '- [ ] Book travel @García López',
      '- [ ] Ping infra @Watanabe Kenji',
      '- [ ] Share notes @WATANABE Kenji',
      '- [ ] Draft the SOW @ARuiz',
      '- [ ] Collect references @A.Ruiz',
    ]),
    note('M/2025-10-06 Initech.md', { type: 'customer', date: '2025-10-06', account: 'Initech', participants: '[Watanabe Kenji, García López]' }, []),
  ];
  const g = buildGraph(files, OWNER);

  it('makes one person of a hyphenated surname, two surnames, an initial, and East Asian order', () => {
    expect(g.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'José María García López', 'Kenji Watanabe', 'Mary-Jane Smith-Jones', 'Sam Taylor']);
    expect(g.tasks.map((t) => t.owner)).toEqual([
      'Mary-Jane Smith-Jones',
      'Mary-Jane Smith-Jones',
      'José María García López',
      'Kenji Watanabe',
      'Kenji Watanabe',
      'Ana Ruiz',
      'Ana Ruiz',
    ]);
    expect(g.meetings[1].participants).toEqual(['Sam Taylor', 'Kenji Watanabe', 'José María García López']);
  });

  it('never joins two people notes written in the other order', () => {
    const two = buildGraph(
      [note('People/Morgan James.md', { type: 'person' }), note('People/James Morgan.md', { type: 'person' })],
      OWNER,
    );
    expect(two.people.map((p) => p.name)).toEqual(['James Morgan', 'Morgan James', 'Sam Taylor']);
  });
});

describe('a slip in the participants list', () => {
  it('stays the rare spelling’s: a well-known name in the tasks is not taken for it', () => {
    const meetings = ['01', '02', '03', '04'].map((d) =>
      note(`M/2025-10-${d} Acme.md`, { type: 'customer', date: `2025-10-${d}`, participants: '[Ana Ruiz, Sam Taylor]' }, ['## Action items', `- [ ] Item ${d} @Ana Ruiz`]),
    );
    const typo = note('M/2025-10-07 Acme.md', { type: 'customer', date: '2025-10-07', participants: '[Anaa Ruiz, Sam Taylor]' }, ['## Action items', '- [ ] Item 07 @Ana Ruiz']);
    const g = buildGraph([...meetings, typo], OWNER);
    expect(g.tasks.map((t) => t.owner)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('one account however it is written', () => {
  const meeting = (d: string, account: string) =>
    note(`M/2025-10-${d} call.md`, { type: 'customer', date: `2025-10-${d}`, account, participants: `[Bo Chen ${d}]`.replace(/ \d+\]$/, ']') });

  it('joins a link, a legal suffix, capitals and a web address to the company note', () => {
    const g = buildGraph(
      [
        note('Companies/Acme.md', { type: 'company' }),
        meeting('01', '"[[Acme]]"'),
        meeting('02', 'Acme Corp'),
        meeting('03', 'ACME'),
        meeting('04', 'acme.com'),
        meeting('05', 'https://www.acme.com/'),
      ],
      OWNER,
    );
    expect(g.accounts.map((a) => [a.name, a.notes.length])).toEqual([['Acme', 6]]);
  });

  it('names an account no note declares by its name, not its web address, though the address is written most', () => {
    const g = buildGraph([meeting('01', 'globex.io'), meeting('02', 'globex.io'), meeting('03', 'Globex')], OWNER);
    expect(g.accounts.map((a) => a.name)).toEqual(['Globex']);
  });
});

describe('two spellings of one name, by accents alone', () => {
  const mention = (written: string, path: string, account: string | null, participants: string[] = [written]) => ({ written, path, participants, account });

  it('are two people when each is only ever written at another account', () => {
    const people = collectPeople(
      [
        mention('Ana Ruiz', 'acme-1.md', 'Acme', ['Ana Ruiz', 'Bo Chen']),
        mention('ana ruiz', 'acme-2.md', 'Acme'),
        mention('Ana Ruíz', 'initech-1.md', 'Initech'),
        mention('ANA RUÍZ', 'initech-2.md', 'Initech'),
        mention('Ana', 'initech-2.md', 'Initech', ['ANA RUÍZ']),
      ],
      [{ name: 'Ana Ruiz', aliases: [], path: 'People/Ana Ruiz.md', account: 'Acme' }],
      null,
    );
    expect(people.people.map((p) => [p.name, p.notes])).toEqual([
      ['Ana Ruiz', ['People/Ana Ruiz.md', 'acme-1.md', 'acme-2.md']],
      ['Ana Ruíz', ['initech-1.md', 'initech-2.md']],
      // Listed beside a mention, not a mention: known, in no note of their own.
      ['Bo Chen', []],
    ]);
    expect(people.resolve('Ana Ruíz').name).toBe('Ana Ruíz');
    expect(people.resolve('Ana', ['Ana Ruíz'])).toMatchObject({ name: 'Ana Ruíz' });
  });

  it('are one person when they meet at one account, or nothing says where', () => {
    const shared = collectPeople([mention('Ana Ruiz', 'a.md', 'Acme'), mention('Ana Ruíz', 'b.md', 'Acme'), mention('Ana Ruíz', 'c.md', 'Initech')], [], null);
    expect(shared.people.map((p) => p.name)).toEqual(['Ana Ruíz']);
    const unknown = collectPeople([mention('Çağla Yıldız', 'a.md', 'Acme'), mention('Cagla Yildiz', 'b.md', null)], [], null);
    expect(unknown.people.map((p) => p.name)).toEqual(['Çağla Yıldız']);
  });
});

describe('transcript sources that are rooms, room systems, phones and browsers', () => {
  it.each(['Board Room', 'Living Room', 'Main Rooms', 'Rally Bar', 'Owl Labs', 'Crestron Flex', 'Dial-in User', 'Phone User', 'Chrome', 'Safari'])(
    '"%s" is no person',
    (label) => expect(isDeviceLabel(label)).toBe(true),
  );
  it.each(['Grace Hall', 'Kit Morgan', 'Ana Ruiz', 'Dee Park'])('"%s" may be a person', (label) => expect(isDeviceLabel(label)).toBe(false));

  it('reads whose a source is from how they joined: “Ana Ruiz via Zoom”, “Bo on Teams”', () => {
    expect(deviceOwner('Ana Ruiz via Zoom')).toBe('Ana Ruiz');
    expect(deviceOwner('Bo on Microsoft Teams')).toBe('Bo');
    expect(deviceOwner('Ana Ruiz from Acme')).toBeNull();
  });

  it('counts a group meeting’s talk for the people the room and their devices name, and none for the room', () => {
    const g = buildGraph(
      [
        note('M/2025-11-20 Standup.md', { type: 'meeting', date: '2025-11-20', participants: '[Ana Ruiz, Bo Chen, Dee Park]' }, [
          ...transcript([
            '[00:00:00.00] Board Room : Ana RuizMorning all.',
            '[00:00:10.00] Board Room : Bo ChenMorning.',
            '[00:00:20.00] Dee Park via Zoom : I am dialled in from the airport.',
            '[00:00:50.00] Board Room : Sounds good.',
            '[00:01:00.00] Jabra Speak 710 : Ana RuizYes',
          ]),
        ]),
      ],
      OWNER,
    );
    const talk = Object.fromEntries(g.people.map((p) => [p.name, p.talkSeconds]));
    expect(talk).toMatchObject({ 'Ana Ruiz': 10, 'Bo Chen': 10, 'Dee Park': 30 });
    expect(g.people.map((p) => p.name)).not.toContain('Board Room');
  });
});

describe('a surname written first', () => {
  it.each([
    ['Ruiz, Ana', 'Ana Ruiz'],
    ['@Ruiz, Ana', 'Ana Ruiz'],
    ['Ruiz, A.', 'A. Ruiz'],
    ['Ruiz, Ana M.', 'Ana M. Ruiz'],
    ['de la Cruz, Rosa', 'Rosa de la Cruz'],
    ['Smith-Jones, Mary-Jane', 'Mary-Jane Smith-Jones'],
    // A name and where they work reads the same as two surnames, and stays a name and an affiliation.
    ['Ana Ruiz, Initech', 'Ana Ruiz'],
  ])('%s → %s', (written, clean) => expect(cleanName(written)).toBe(clean));

  it('joins every such form, and the surname in capitals, to the one person', () => {
    const people = collectPeople(
      ['Ana Ruiz', 'Rosa de la Cruz', 'Ruiz, A.', '@Ruiz, Ana', 'Ruiz, Ana M.', 'RUIZ Ana', 'de la Cruz, Rosa'].map((written) => ({ written, path: 'a.md', participants: [] })),
      [],
      null,
    );
    // The spelling with a middle initial is the fuller one, so it names her.
    expect(people.people.map((p) => p.name)).toEqual(['Ana M. Ruiz', 'Rosa de la Cruz']);
  });
});

describe('names one meeting lists side by side', () => {
  it('are two people, though the words are the same in the other order or differ only in accents', () => {
    const mention = (written: string, participants: string[]) => ({ written, path: 'a.md', participants });
    const room = ['Zhang Wei', 'Wei Zhang', 'Ana Ruiz', 'Ana Ruíz'];
    const people = collectPeople(
      [...room.map((w) => mention(w, room)), mention('Kenji Watanabe', ['Kenji Watanabe']), mention('Watanabe Kenji', ['Watanabe Kenji'])],
      [],
      null,
    );
    expect(people.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Ana Ruíz', 'Kenji Watanabe', 'Wei Zhang', 'Zhang Wei']);
  });
});

describe('two notes that name the same counterpart', () => {
  it('agree with each other, whatever a third note of the meeting lists', () => {
    const body = ['## Key facts', '- The pilot covers the Lisbon and Porto warehouses from March onwards', '- Procurement signs off on the statement of work next week'];
    const g = buildGraph(
      [
        note('AI/2025-11-05 1-1.md', { type: '1-1', date: '2025-11-05', counterpart: '"[[Carla Mendes]]"' }, body),
        note('AI/2025-11-05 people.md', { type: 'people', date: '2025-11-05', person: 'Carla Mendes', participants: '[Sam Taylor, Carla Mendes]' }, body),
        note('Notes/2025-11-05 pilot.md', { type: 'meeting', date: '2025-11-05', participants: '[Bo Chen, Dee Park]' }, body),
      ],
      OWNER,
    );
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toContain('Carla Mendes');
    expect(conflicts(g)).toEqual([]);
  });
});

describe('in the whole graph', () => {
  it('keeps two spellings of one name apart when each is only ever written at another company', () => {
    const body = (who: string) => ['## Action items', `- [ ] Send the quarterly usage report @${who}`];
    const g = buildGraph(
      [
        note('Notes/2025-10-01 Acme sync.md', { type: 'customer', date: '2025-10-01', account: 'Acme', participants: '[Ana Ruiz]' }, body('Ana Ruiz')),
        note('Notes/2025-10-08 Acme sync.md', { type: 'customer', date: '2025-10-08', account: 'Acme', participants: '[Ana Ruiz]' }, body('Ana Ruiz')),
        note('Notes/2025-10-02 Initech sync.md', { type: 'customer', date: '2025-10-02', account: 'Initech', participants: '[Ana Ruíz]' }, body('Ana Ruíz')),
        note('Notes/2025-10-09 Initech sync.md', { type: 'customer', date: '2025-10-09', account: 'Initech', participants: '[Ana Ruíz]' }, body('Ana Ruíz')),
      ],
      OWNER,
    );
    const people = g.people.filter((p) => !p.isOwner).map((p) => [p.name, p.accounts]);
    expect(people).toEqual(expect.arrayContaining([['Ana Ruiz', ['Acme']], ['Ana Ruíz', ['Initech']]]));
    expect(g.accounts.find((a) => a.name === 'Acme')?.people).toEqual(['Ana Ruiz']);
  });

  it('leaves the person a note got wrong out of that note’s participants and its account’s people', () => {
    const body = (who: string) => [
      '## Action Items',
      `- [ ] Send the revised discount proposal to procurement @${who}`,
      '- [ ] Confirm the fifteen percent pilot discount with finance',
      '## Decisions',
      '- Discount capped at fifteen percent for the pilot phase of the rollout',
    ];
    const speaking = transcript(['[00:00:01.00] zoom.us : Ana RuizHello Sam, shall we start?', '[00:00:09.00] MacBook Pro Microphone : Sam TaylorHi Ana.']);
    const g = buildGraph(
      [
        note('Notes/2025-11-03 Acme pricing.md', { type: 'customer', date: '2025-11-03', account: 'Acme', participants: '[Ana Ruiz]' }, body('Ana')),
        note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', account: 'Acme', counterpart: '"[[Carla Mendes]]"' }, [...body('Carla Mendes'), ...speaking]),
      ],
      OWNER,
    );
    const wrong = g.summaries.find((s) => s.path === 'AI/2025-11-03 1-1.md');
    expect(wrong?.participants).not.toContain('Carla Mendes');
    expect(g.accounts.find((a) => a.name === 'Acme')?.people).toEqual(['Ana Ruiz']);
  });
});

describe('participants written surname first, as directories write them', () => {
  it('are read as one person per entry when semicolons part the entries', () => {
    const g = buildGraph([note('M/2025-03-04 Sync.md', { date: '2025-03-04', participants: '"Ruiz, Ana; Chen, Bo"' }, ['**With**: Ruiz, Ana; Chen, Bo', '- [ ] Send the deck @Ana'])], OWNER);
    expect(g.summaries[0].participants).toEqual(['Ana Ruiz', 'Bo Chen']);
    expect(g.people.filter((p) => !p.isOwner).map((p) => p.name)).toEqual(['Ana Ruiz', 'Bo Chen']);
  });

  it('are still split at every comma when the commas part the people', () => {
    const g = buildGraph([note('M/2025-03-04 Sync.md', { date: '2025-03-04', participants: '"Ana Ruiz, Bo Li; Chen Wei"' })], OWNER);
    expect(g.summaries[0].participants).toEqual(['Ana Ruiz', 'Bo Li', 'Chen Wei']);
  });
});
