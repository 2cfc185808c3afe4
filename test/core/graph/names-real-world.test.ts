/**
 * Written names as real vaults hold them, through the whole chain: cleaning, the
 * resolver, the vault's people, the graph. Each block names the family of forms
 * it stands for; the people and companies are invented.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../src/core/model';
import { cleanName, collectPeople, looksLikePersonName, NameResolver, roleOf } from '../../../src/core/graph/names';
import { attributeSpeakers, deviceOwner, isDeviceLabel, splitGluedSpeaker } from '../../../src/core/graph/speakers';
import { writtenOwner } from '../../../src/core/graph/owners';
import { buildGraph } from '../../../src/core/graph/build';

const known = new NameResolver({
  owner: 'Noor Haddad',
  declared: [{ name: 'Beatriz Olsen', aliases: ['Bea', 'B. Olsen'] }],
  seen: [
    'Ana Ruiz', 'Çağla Yıldız', 'José Núñez', 'Zoë Varga', "Aoife O'Brien", 'Jean-Luc Brandt', 'Mara Okonkwo',
    'Teo Brandt', 'Teo Varga', 'Ivo Quill', 'Maria José Garcia',
  ],
});
const resolve = (written: string, participants?: string[]) => known.resolve(written, participants ? { participants } : undefined);

describe('case and accents, both ways', () => {
  it('matches a full name whatever its case', () => {
    for (const w of ['ana ruiz', 'ANA RUIZ', 'aNA rUIZ']) expect(resolve(w), w).toMatchObject({ kind: 'person', name: 'Ana Ruiz' });
  });

  it('matches with or without accents, and keeps the accented spelling', () => {
    expect(resolve('Cagla Yildiz').name).toBe('Çağla Yıldız');
    expect(resolve('CAGLA YILDIZ').name).toBe('Çağla Yıldız');
    expect(resolve('Jose Nunez').name).toBe('José Núñez');
    expect(resolve('Jose').name).toBe('José Núñez');
    expect(resolve('Zoe').name).toBe('Zoë Varga');
  });
});

describe('names in capitals', () => {
  it('reads a known first name or surname in capitals as that name, not as initials or a team', () => {
    expect(resolve('ANA')).toMatchObject({ kind: 'person', name: 'Ana Ruiz' });
    expect(resolve('ÇAĞLA').name).toBe('Çağla Yıldız');
    expect(resolve('QUILL').name).toBe('Ivo Quill');
    expect(resolve('NOOR')).toMatchObject({ kind: 'owner', name: 'Noor Haddad' });
    expect(resolve('TEO', ['Teo Varga'])).toMatchObject({ name: 'Teo Varga' });
  });

  it('still reads short capitals as initials in the room, and unknown ones as a team', () => {
    expect(resolve('IQ', ['Ivo Quill']).name).toBe('Ivo Quill');
    expect(resolve('ACME').kind).toBe('role');
  });
});

describe('surnames with particles', () => {
  const people = collectPeople(
    [
      { written: 'van der Berg', path: 'a.md', participants: [] },
      { written: 'Anneke van der Berg', path: 'b.md', participants: [] },
      { written: 'De La Cruz', path: 'a.md', participants: [] },
      { written: 'Rosa de la Cruz', path: 'c.md', participants: [] },
    ],
    [],
    null,
  );

  it('joins a surname written alone with its particles to the one full name it ends', () => {
    expect(people.people.map((p) => p.name)).toEqual(['Anneke van der Berg', 'Rosa de la Cruz']);
    expect(people.resolve('Van der Berg').name).toBe('Anneke van der Berg');
    expect(people.resolve('de la Cruz').name).toBe('Rosa de la Cruz');
  });

  it('keeps the particles in lower case as the proper spelling', () => {
    expect(people.people.find((p) => p.name === 'Rosa de la Cruz')?.aliases).toEqual(['De La Cruz']);
  });
});

describe('apostrophes, hyphens and spacing', () => {
  it('joins a name written with its parts spaced another way', () => {
    // The apostrophe lost as a space, a hyphenated first name run together.
    expect(resolve('Aoife O Brien')).toMatchObject({ kind: 'person', name: "Aoife O'Brien" });
    expect(resolve('Aoife OBrien').name).toBe("Aoife O'Brien");
    expect(resolve('Aoife O’Brien').name).toBe("Aoife O'Brien");
    expect(resolve('JeanLuc Brandt')).toMatchObject({ kind: 'person', name: 'Jean-Luc Brandt' });
  });

  it('reads a compound first name alone as the front of the one name it starts', () => {
    expect(resolve('Jean-Luc')).toMatchObject({ kind: 'person', name: 'Jean-Luc Brandt' });
    expect(resolve('Jean Luc')).toMatchObject({ kind: 'person', name: 'Jean-Luc Brandt' });
    // A middle name left out.
    expect(resolve('Maria Garcia')).toMatchObject({ kind: 'person', name: 'Maria José Garcia' });
  });

  it('keeps the spelling with its marks as the canonical name, whichever was written first or most', () => {
    const r = new NameResolver({ seen: ['Jean Luc Brandt', 'Jean Luc Brandt', 'Jean-Luc Brandt', 'Aoife OBrien', 'Aoife OBrien', "Aoife O'Brien", 'Aoife O Brien'] });
    expect(r.people().map((p) => p.name).sort()).toEqual(["Aoife O'Brien", 'Jean-Luc Brandt']);
  });

  it('still prefers a complete name to one with an initial', () => {
    const r = new NameResolver({ seen: ['Ann Lee', 'Ann B. Lee'] });
    expect(r.resolve('Ann Lee').name).toBe('Ann B. Lee');
  });
});

describe('initials', () => {
  it('reads dotted or spaced initials among the people in the room', () => {
    expect(resolve('A.R.', ['Ana Ruiz', 'Ivo Quill'])).toMatchObject({ kind: 'person', name: 'Ana Ruiz', via: 'initials+context' });
    expect(resolve('A. R.', ['Ana Ruiz', 'Ivo Quill']).name).toBe('Ana Ruiz');
    expect(resolve('I Q', ['Ana Ruiz', 'Ivo Quill']).name).toBe('Ivo Quill');
  });

  it('leaves initials outside the room unresolved, naming who they could be', () => {
    expect(resolve('A.R.')).toMatchObject({ kind: 'unresolved', name: null, candidates: ['Ana Ruiz'] });
    expect(resolve('X.Y.')).toMatchObject({ kind: 'unresolved', name: null });
  });

  it('reads a handle made of an initial and a surname', () => {
    expect(resolve('aruiz@acme.example')).toMatchObject({ kind: 'person', name: 'Ana Ruiz', via: 'handle' });
    expect(resolve('@iquill').name).toBe('Ivo Quill');
    // Only written as a handle is written: a capitalised word is a name of its own.
    expect(resolve('Iquill').kind).toBe('unresolved');
  });
});

describe('first names', () => {
  it('leaves a first name two people in the room share unresolved, with both as candidates', () => {
    expect(resolve('Teo', ['Teo Brandt', 'Teo Varga'])).toMatchObject({ kind: 'unresolved', name: null, via: 'ambiguous' });
    expect(resolve('Teo', ['Teo Brandt', 'Teo Varga']).candidates?.sort()).toEqual(['Teo Brandt', 'Teo Varga']);
  });

  it('takes the owner for a name that fits nobody listed but fits the owner, who was in the meeting', () => {
    const r = new NameResolver({ owner: 'Noor Haddad', seen: ['Noor Kamal', 'Ivo Quill'] });
    expect(r.resolve('Noor', { participants: ['Ivo Quill'] })).toMatchObject({ kind: 'owner', name: 'Noor Haddad' });
    // Someone listed who fits still comes first; two listed who fit stay unresolved.
    expect(r.resolve('Noor', { participants: ['Ivo Quill', 'Noor Kamal'] }).name).toBe('Noor Kamal');
    expect(r.resolve('Noor', { participants: ['Noor Haddad', 'Noor Kamal'] }).kind).toBe('unresolved');
    // Without a meeting nothing says which.
    expect(r.resolve('Noor').kind).toBe('unresolved');
  });
});

describe('titles, suffixes and affiliations', () => {
  const cases = [
    'Dr. Ana Ruiz', 'Prof. Dr. Ana Ruiz', 'Ana Ruiz (PM)', 'Ana Ruiz, Acme', 'Ana Ruiz, VP Sales', 'Ana Ruiz - Acme',
    'Ana Ruiz – Acme', 'Ana Ruiz — Acme Corp', 'Ana Ruiz | CTO', 'Ana Ruiz @ Acme', 'Ana Ruiz from Acme', 'Ana Ruiz at Acme',
    'Ana Ruiz Jr.', 'Ana Ruiz III', 'Ruiz, Ana',
  ];
  for (const w of cases) {
    it(`${w} is Ana Ruiz`, () => expect(resolve(w)).toMatchObject({ kind: 'person', name: 'Ana Ruiz' }));
  }

  it('keeps a hyphenated surname and a reversed name with two given names whole', () => {
    expect(cleanName('Hélène Dubois-Marchand')).toBe('Hélène Dubois-Marchand');
    expect(cleanName('Garcia, Maria José')).toBe('Maria José Garcia');
  });

  it('never takes a name with an affiliation for a new person', () => {
    expect(new NameResolver().resolve('Ivo Petrov from Globex')).toMatchObject({ kind: 'person', name: 'Ivo Petrov' });
    expect(looksLikePersonName('Ivo Petrov from Globex')).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it('reads a person from an address however it is wrapped', () => {
    for (const w of ['ana.ruiz@acme.example', '<ana.ruiz@acme.example>', 'mailto:ana.ruiz@acme.example', 'Ana Ruiz <ana@acme.example>']) {
      expect(resolve(w), w).toMatchObject({ kind: 'person', name: 'Ana Ruiz' });
    }
  });
});

describe('the owner', () => {
  it('reads every word for oneself as the owner, bracketed or not', () => {
    for (const w of ['@Myself', 'Me', 'I', 'myself', '@me', '(me)', '[me]', 'Noor Haddad (me)']) {
      expect(resolve(w), w).toMatchObject({ kind: 'owner', name: 'Noor Haddad' });
    }
  });

  it('reads a name written alone in brackets as that name', () => {
    expect(resolve('(Ana Ruiz)').name).toBe('Ana Ruiz');
    expect(resolve('(TBD)').kind).toBe('unassigned');
  });
});

describe('placeholders and roles are never people', () => {
  it('reads placeholders as nobody, also with words after them', () => {
    for (const w of ['@TBD', '@tbd', '@Someone', '@Unassigned', '@N/A', '@?', 'TBD - Ana', 'Someone at Globex', 'Someone from legal']) {
      expect(resolve(w).kind, w).toBe('unassigned');
    }
  });

  it('reads teams and functions as roles, two-word functions included', () => {
    for (const w of [
      '@Team', '@All', '@Everyone', '@HR', '@Legal', '@Eng', '@Sales team', '@Customer', '@Customer Success',
      '@Business Development', '@Sales Engineering', '@Solutions Architects', '@Deal Desk', '@RevOps', '@Host', '@Interviewer',
    ]) {
      expect(resolve(w).kind, w).toBe('role');
      expect(roleOf(w), w).not.toBeNull();
    }
  });

  it('keeps people whose names hold a role word as people', () => {
    expect(resolve('Sally Field')).toMatchObject({ kind: 'person', name: 'Sally Field' });
    expect(resolve('Grant Deal')).toMatchObject({ kind: 'person', name: 'Grant Deal' });
  });
});

describe('aliases', () => {
  it('maps a link alias and a people note alias to the person', () => {
    expect(resolve('[[Ana Ruiz|Ana]]').name).toBe('Ana Ruiz');
    expect(resolve('@Bea')).toMatchObject({ name: 'Beatriz Olsen', via: 'alias' });
    expect(resolve('B. Olsen').name).toBe('Beatriz Olsen');
  });

  it('lists the written forms as aliases of the one person', () => {
    const index = collectPeople(
      [
        { written: 'Jean Luc Brandt', path: 'a.md', participants: [] },
        { written: 'Jean-Luc', path: 'a.md', participants: ['Jean Luc Brandt'] },
        { written: 'Jean-Luc Brandt', path: 'b.md', participants: [] },
        { written: 'JeanLuc Brandt', path: 'c.md', participants: [] },
      ],
      [],
      null,
    );
    expect(index.people.map((p) => p.name)).toEqual(['Jean-Luc Brandt']);
    expect(index.people[0].notes).toEqual(['a.md', 'b.md', 'c.md']);
    expect(index.unresolved).toEqual([]);
  });
});

// ─── Speakers ────────────────────────────────────────────────────────────────

function line(seconds: number, source: string, text: string): TranscriptLine {
  return { timestamp: '', seconds, source, speaker: null, text, line: 1, start: 0, end: 0 };
}

describe('speaker labels that are devices, apps or rooms', () => {
  const devices = [
    'zoom.us', 'Microsoft Teams', 'Jabra Speak 710', 'MacBook Pro Microphone', 'iPhone', 'Conference Room 4B', 'Speaker 1',
    'Meeting Owl', 'Galaxy Buds', 'Pixel Buds', 'Echo Show', 'Nest Hub', 'Surface Laptop', 'ThinkPad', 'Dell Monitor',
    'HP EliteBook', 'Lenovo', 'Host', 'Interviewer', 'Other',
  ];
  for (const label of devices) it(`"${label}" is no person`, () => expect(isDeviceLabel(label)).toBe(true));
  for (const label of ['Max', 'Ana Ruiz', 'Dell', 'Amar Bose', "Aoife O'Brien"]) {
    it(`"${label}" may be a person`, () => expect(isDeviceLabel(label)).toBe(false));
  }
});

describe('a device that says whose it is', () => {
  it('reads the owner from a possessive, "of", or a name beside the device', () => {
    expect(deviceOwner("Ana's iPhone")).toBe('Ana');
    expect(deviceOwner('James’ MacBook Pro')).toBe('James');
    expect(deviceOwner("Aoife O'Brien's AirPods")).toBe("Aoife O'Brien");
    expect(deviceOwner('iPhone de Ana')).toBe('Ana');
    expect(deviceOwner('MacBook von Jonas')).toBe('Jonas');
    expect(deviceOwner('Ana Ruiz (iPhone)')).toBe('Ana Ruiz');
    expect(deviceOwner('Ana Ruiz - Jabra Evolve 65')).toBe('Ana Ruiz');
    expect(deviceOwner('iPhone (me)')).toBe('me');
  });

  it('reads no owner from a device alone, its model or its maker', () => {
    for (const label of ['MacBook Pro Microphone', 'Headset (Bose QC35)', 'AirPods Pro (2nd generation)', 'Speaker 1 (Zoom)', "Team's Zoom", 'zoom.us']) {
      expect(deviceOwner(label), label).toBeNull();
    }
  });

  it('gives the device\'s lines to its owner in the meeting, and a glued name still wins', () => {
    const lines = [
      line(0, "Ana's iPhone", 'Hello, can you hear me?'),
      line(4, 'MacBook Pro Microphone', 'Yes, go ahead.'),
      line(8, "Ana's iPhone", 'Right.'),
      line(12, "Teo's AirPods", 'Ivo QuillMorning all.'),
      line(15, "Teo's AirPods", 'Sorry, borrowed these.'),
    ];
    const out = attributeSpeakers(lines, ['Ana Ruiz', 'Ivo Quill', 'Noor Haddad'], 'Noor Haddad');
    expect(out.map((a) => [a.speaker, a.via])).toEqual([
      ['Ana Ruiz', 'device-owner'],
      [null, null],
      ['Ana Ruiz', 'device-owner'],
      ['Ivo Quill', 'glued'],
      ['Ivo Quill', 'same-source'],
    ]);
  });

  it('in a two-person call, gives the owner\'s phone to the owner and the app to the other', () => {
    const lines = [line(0, 'iPhone (me)', 'Shall we start?'), line(3, 'zoom.us', 'Sure.'), line(5, "Noor's AirPods", 'Good.')];
    const out = attributeSpeakers(lines, ['Ana Ruiz'], 'Noor Haddad');
    expect(out.map((a) => a.speaker)).toEqual(['Noor Haddad', 'Ana Ruiz', 'Noor Haddad']);
  });

  it('names nobody outside the meeting from a device label', () => {
    const out = attributeSpeakers([line(0, "Bruno's iPhone", 'Hi.'), line(2, 'Microphone Array (Intel Smart Sound)', 'Hey.')], ['Ana Ruiz', 'Ivo Quill', 'Teo Varga'], null);
    expect(out.map((a) => a.speaker)).toEqual([null, null]);
  });
});

describe('a name glued to the text', () => {
  it('is found with or without its accents', () => {
    expect(splitGluedSpeaker('Cagla YildizYeah, fine.', ['Çağla Yıldız'])).toEqual({ speaker: 'Çağla Yıldız', text: 'Yeah, fine.' });
    expect(splitGluedSpeaker('Çağla YıldızYeah', ['Cagla Yildiz'])?.speaker).toBe('Cagla Yildiz');
    expect(splitGluedSpeaker('José NúñezOkay', ['Jose Nunez'])?.speaker).toBe('Jose Nunez');
    expect(splitGluedSpeaker('Jose Nunez said so', ['José Núñez'])).toBeNull();
  });
});

// ─── Owners written in words ─────────────────────────────────────────────────

describe('owners written in words', () => {
  const t = (text: string) => writtenOwner({ text, fields: {}, assignee: null });

  it('reads an owner label ending the task', () => {
    expect(t('Send the deck (owner: Ana)')).toBe('Ana');
    expect(t('Send the deck, assigned to Bob Reyes.')).toBe('Bob Reyes');
    expect(t('Send deck — Owner: Chen Wei')).toBe('Chen Wei');
    expect(t('Send deck (DRI: Ana Souza)')).toBe('Ana Souza');
    expect(t('Owner: Ana Souza')).toBe('Ana Souza');
  });

  it('reads @Name or a name with a title leading the task', () => {
    expect(t('@Ana to send the pricing')).toBe('Ana');
    expect(t('Ana Souza (PM) to send the pricing')).toBe('Ana Souza');
  });

  it('finds no owner in words about owners', () => {
    expect(t('Review the owner field')).toBeNull();
    expect(t('Find the owner')).toBeNull();
    expect(t('Update the Owner: field')).toBeNull();
  });
});

// ─── The whole graph ─────────────────────────────────────────────────────────

describe('written names through the whole graph', () => {
  const files = [
    { path: 'People/Ana Ruiz.md', text: '---\ntype: person\naliases: [Annie]\n---\n# Ana Ruiz\n' },
    {
      path: 'Meetings/2025-10-01 Acme sync.md',
      text: [
        '---',
        'type: customer',
        'date: 2025-10-01',
        'account: Acme',
        'participants: ["Ana Ruiz - Acme", "Jean Luc Brandt", "Noor Haddad (me)", "Teo Varga"]',
        '---',
        '## Action Items',
        '- [ ] Send the deck @Jean-Luc',
        '- [ ] Review the MSA @Customer Success',
        '- [ ] Book the venue @Annie',
        '- [ ] Share the recap (owner: Teo)',
        '- [ ] Draft the plan @A.R.',
      ].join('\n'),
    },
    { path: 'Meetings/2025-10-02 Brandt.md', text: '---\ntype: meeting\ndate: 2025-10-02\nparticipants: [Jean-Luc Brandt, Teo Brandt, Teo Varga]\n---\n- [ ] Call back @Teo\n' },
    {
      path: 'Meetings/2025-10-03 Call.md',
      text: [
        '---',
        'type: 1-1',
        'date: 2025-10-03',
        'counterpart: "[[Ana Ruiz]]"',
        '---',
        '<!-- ai:transcript:start -->',
        '```text',
        '[00:00:01.00] zoom.us : Hello there.',
        '[00:00:05.00] MacBook Pro Microphone : Noor HaddadHi Ana.',
        "[00:00:09.00] Ana's iPhone : Switching to my phone.",
        '[00:00:40.00] MacBook Pro Microphone : Fine.',
        '```',
        '<!-- ai:transcript:end -->',
      ].join('\n'),
    },
  ];
  const g = buildGraph(files, { owner: 'Noor Haddad' });
  const owner = (text: string) => g.tasks.find((x) => x.text.includes(text))?.owner;

  it('makes one person of every form, under the spelling with its marks', () => {
    const names = g.people.map((p) => p.name).sort();
    expect(names).toEqual(['Ana Ruiz', 'Jean-Luc Brandt', 'Noor Haddad', 'Teo Brandt', 'Teo Varga']);
    expect(g.summaries.find((s) => s.path.includes('Acme sync'))?.participants.sort()).toEqual(['Ana Ruiz', 'Jean-Luc Brandt', 'Noor Haddad', 'Teo Varga']);
  });

  it('gives tasks to the person each form names, and none to a function or to initials out of the room', () => {
    expect(owner('Send the deck')).toBe('Jean-Luc Brandt');
    expect(owner('Review the MSA')).toBeNull();
    expect(owner('Book the venue')).toBe('Ana Ruiz');
    expect(owner('Share the recap')).toBe('Teo Varga');
    expect(owner('Draft the plan')).toBe('Ana Ruiz');
  });

  it('reports a first name two people in the room share, and guesses neither', () => {
    expect(owner('Call back')).toBeNull();
    const problem = g.problems.find((p) => p.path.includes('Brandt.md') && p.kind === 'unresolved-name');
    expect(problem?.message).toContain('Teo Brandt');
    expect(problem?.message).toContain('Teo Varga');
  });

  it('counts the talk on a phone for its owner', () => {
    const talk = Object.fromEntries(g.people.map((p) => [p.name, p.talkSeconds]));
    expect(talk['Ana Ruiz']).toBeGreaterThanOrEqual(35);
    expect(talk['Noor Haddad']).toBeLessThan(10);
  });
});

describe('an initial and a surname that two known people fit', () => {
  it('is no person of its own: the room settles it, and elsewhere it is reported with both names', () => {
    const files = [
      { path: 'People/Ana Ruiz.md', text: '---\ntype: person\n---\n# Ana Ruiz\n' },
      { path: 'M/a.md', text: '---\ntype: customer\ndate: 2025-10-01\nparticipants: [Bo Li]\n---\n## Action items\n- [ ] One @A. Ruiz\n' },
      { path: 'M/b.md', text: '---\ntype: customer\ndate: 2025-10-03\nparticipants: [Anna Ruiz, Bo Li]\n---\n## Action items\n- [ ] Two @A. Ruiz\n' },
    ];
    const graph = buildGraph(files, { owner: 'Sam Lee' });
    expect(graph.people.map((p) => p.name)).not.toContain('A. Ruiz');
    expect(graph.tasks.map((t) => t.owner)).toEqual([null, 'Anna Ruiz']);
    expect(graph.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('could be Ana Ruiz or Anna Ruiz'));
  });
});
