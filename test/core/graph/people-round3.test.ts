/**
 * Written names and speaker labels as real vaults hold them, a third round: addresses from mail
 * clients, pronouns and status decorations, particles and inner capitals in any case, handles made
 * of a name's parts, template placeholders, team names, devices and apps that record transcripts,
 * names glued to the text, and talk time when the stamps leave gaps. Each block names the family of
 * forms it stands for; every person and company is invented.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../src/core/model';
import { collectPeople, isOwnerWord, isPlaceholder, NameResolver, roleOf } from '../../../src/core/graph/names';
import { attributeSpeakers, deviceOwner, isDeviceLabel, isRemoteAppLabel, splitGluedSpeaker, talkTime } from '../../../src/core/graph/speakers';

const OWNER = 'Noor Haddad';
const known = new NameResolver({
  owner: OWNER,
  seen: [
    'Priya Raman', 'Ludwig van der Berg', 'Anna-Lena Schmidt', 'María José García-López', "Siobhan O'Brien", 'Callum McDonald',
    'Tomasz Wrona', 'Elena Petrova', 'Elena Marsh', OWNER,
  ],
});
const resolve = (written: string, participants?: string[]) => known.resolve(written, participants ? { participants } : undefined);
const isPerson = (written: string, name: string) => it(`${written} is ${name}`, () => expect(resolve(written)).toMatchObject({ kind: 'person', name }));

describe('e-mail addresses, as mail clients and calendars write them', () => {
  for (const w of [
    'priya.raman@acme.example', '"Raman, Priya" <praman@acme.example>', 'Priya Raman <priya.raman@acme.example>', 'PRIYA.RAMAN@ACME.EXAMPLE',
    "'Priya Raman' <priya.raman@acme.example>", 'Priya Raman (priya.raman@acme.example)', 'priya_raman@acme.example.co.uk', 'p.raman@acme.example',
  ]) {
    isPerson(w, 'Priya Raman');
  }

  it('reads a local part made of initials and a surname of several words', () => {
    expect(resolve('mjgarcia@acme.example')).toMatchObject({ kind: 'person', name: 'María José García-López', via: 'handle' });
    expect(resolve('mjgarcialopez@acme.example').name).toBe('María José García-López');
    expect(resolve('lvanderberg@acme.example').name).toBe('Ludwig van der Berg');
  });

  it('reads a first name and the surname’s initial only in a meeting the person is in', () => {
    // `julian` is as likely a Julian as Julia N.: outside a meeting nothing says which.
    expect(resolve('priyar@acme.example', ['Priya Raman', 'Callum McDonald'])).toMatchObject({ kind: 'person', name: 'Priya Raman', via: 'handle+context' });
    expect(resolve('@priyar', ['Priya Raman']).name).toBe('Priya Raman');
    expect(resolve('@priyar')).toMatchObject({ kind: 'unresolved', name: null });
  });

  it('makes one person of a participant written as an address and the name written in a task', () => {
    const participants = ['priya.raman@acme.example', '"Wrona, Tomasz" <twrona@globex.example>', 'noor.haddad@initech.example'];
    const index = collectPeople(
      [
        ...participants.map((written) => ({ written, path: 'a.md', participants })),
        { written: '@Priya Raman', path: 'a.md', participants },
        { written: 'Tomasz Wrona', path: 'b.md', participants: [] },
      ],
      [],
      OWNER,
    );
    expect(index.people.map((p) => p.name)).toEqual(['Noor Haddad', 'Priya Raman', 'Tomasz Wrona']);
    expect(index.people.find((p) => p.name === 'Tomasz Wrona')?.notes).toEqual(['a.md', 'b.md']);
    expect(index.unresolved).toEqual([]);
  });
});

describe('titles, suffixes, pronouns and status decorations', () => {
  for (const w of [
    'Dr. Priya Raman', 'Priya Raman (she/her)', 'Priya Raman [she/her]', 'Priya Raman - Acme', 'Priya Raman | PM', 'Priya Raman – Head of Data',
    'Priya Raman, MBA', 'Dr Priya Raman PhD', 'Priya Raman (External)', 'Priya Raman [EXT]', 'Priya Raman (OOO)',
  ]) {
    isPerson(w, 'Priya Raman');
  }
  for (const w of ['Tomasz Wrona Jr.', 'Tomasz Wrona, Jr.', 'Tomasz Wrona III', 'Mr Tomasz Wrona']) isPerson(w, 'Tomasz Wrona');

  it('drops pronouns written without brackets', () => {
    expect(resolve('Priya Raman she/her')).toMatchObject({ kind: 'person', name: 'Priya Raman' });
    expect(resolve('Tomasz Wrona he/him').name).toBe('Tomasz Wrona');
    expect(resolve('Priya Raman (they/them)').name).toBe('Priya Raman');
  });

  it('drops a status emoji or a chat shortcode after the name', () => {
    expect(resolve('Priya Raman 🌴')).toMatchObject({ kind: 'person', name: 'Priya Raman' });
    expect(resolve('Priya Raman :palm_tree:').name).toBe('Priya Raman');
    expect(resolve('🎧 Tomasz Wrona').name).toBe('Tomasz Wrona');
    expect(resolve('Priya Raman 🏖️ 👋🏽').name).toBe('Priya Raman');
  });

  it('keeps a sign inside a word, as mis-decoded text holds them, out of a new name', () => {
    expect(resolve('AurÃ©lie Rasmussen').kind).not.toBe('person');
  });
});

describe('particles, hyphens, apostrophes and inner capitals, in any case', () => {
  for (const w of ['Ludwig Van Der Berg', 'LUDWIG VAN DER BERG', 'van der Berg, Ludwig', 'Van der Berg', 'ludwig.van.der.berg@acme.example']) {
    isPerson(w, 'Ludwig van der Berg');
  }
  for (const w of ['Anna Lena Schmidt', 'anna-lena schmidt', 'ANNA-LENA SCHMIDT', 'Schmidt, Anna-Lena', 'Anna-Lena', 'Annalena Schmidt']) {
    isPerson(w, 'Anna-Lena Schmidt');
  }
  for (const w of ['Maria Jose Garcia-Lopez', 'María José García López', 'García-López', 'García-López, María José', 'María J. García-López']) {
    isPerson(w, 'María José García-López');
  }
  for (const w of ['Siobhan O’Brien', 'siobhan obrien', "SIOBHAN O'BRIEN", "O'Brien", "O'Brien, Siobhan", 'sobrien@acme.example']) {
    isPerson(w, "Siobhan O'Brien");
  }
  for (const w of ['callum mcdonald', 'CALLUM MCDONALD', 'Callum Mcdonald', 'McDonald', 'MCDONALD', 'cmcdonald@acme.example']) {
    isPerson(w, 'Callum McDonald');
  }
});

describe('the canonical spelling when the vault writes a name in one case only', () => {
  const names = (seen: string[]) => new NameResolver({ seen }).people().map((p) => p.name);

  it('writes a name seen only in capitals or only in lower case in proper case', () => {
    expect(names(['TOMASZ WRONA', 'TOMASZ WRONA'])).toEqual(['Tomasz Wrona']);
    expect(names(['elena marsh'])).toEqual(['Elena Marsh']);
    expect(names(['MARÍA JOSÉ GARCÍA-LÓPEZ'])).toEqual(['María José García-López']);
    expect(names(["siobhan o'brien"])).toEqual(["Siobhan O'Brien"]);
  });

  it('keeps particles in lower case when it does', () => {
    expect(names(['LUDWIG VAN DER BERG'])).toEqual(['Ludwig van der Berg']);
  });

  it('prefers the spelling with its inner capital or apostrophe, however often the plain one is written', () => {
    expect(names(['Callum Mcdonald', 'Callum Mcdonald', 'Callum McDonald'])).toEqual(['Callum McDonald']);
    expect(names(["SIOBHAN O'BRIEN", 'Siobhan Obrien', 'Siobhan Obrien'])).toEqual(["Siobhan O'Brien"]);
  });

  it('still reports the other spellings as aliases', () => {
    const people = new NameResolver({ seen: ['TOMASZ WRONA', 'tomasz wrona'] }).people();
    expect(people).toEqual([{ name: 'Tomasz Wrona', aliases: ['TOMASZ WRONA', 'tomasz wrona'], isOwner: false, declared: false }]);
  });
});

describe('middle initials and initials before a surname', () => {
  for (const w of ['Priya K. Raman', 'Priya K Raman', 'P. K. Raman', 'P.K. Raman', 'Priya R.']) isPerson(w, 'Priya Raman');

  it('reads initials in capitals before a known surname as that person, not as a new one', () => {
    expect(resolve('PK Raman')).toMatchObject({ kind: 'person', name: 'Priya Raman' });
    expect(resolve('TW Wrona').name).toBe('Tomasz Wrona');
  });

  it('joins initials before a surname written in the vault to the full name, whichever is written first', () => {
    const people = new NameResolver({ seen: ['PK Raman', 'Priya Raman', 'MJ García-López', 'María José García-López'] }).people();
    expect(Object.fromEntries(people.map((p) => [p.name, p.aliases]))).toEqual({
      'Priya Raman': ['PK Raman'],
      'María José García-López': ['MJ García-López'],
    });
    // Initials before a surname nobody known has are someone new.
    expect(new NameResolver().resolve('TJ Okafor')).toMatchObject({ kind: 'person', name: 'TJ Okafor' });
  });
});

describe('chat handles', () => {
  for (const w of ['@priya.raman', '@praman', '@priya_raman', '@PriyaRaman', '@priya', '@priya-raman', '@Priya.Raman', '@p.raman']) {
    isPerson(w, 'Priya Raman');
  }
  isPerson('@twrona', 'Tomasz Wrona');
});

describe('a first name two people share', () => {
  it('stays unresolved outside a meeting, naming both', () => {
    for (const w of ['Elena', '@elena', 'ELENA', 'elena@acme.example']) {
      expect(resolve(w), w).toMatchObject({ kind: 'unresolved', name: null, via: 'ambiguous' });
      expect(resolve(w).candidates?.sort(), w).toEqual(['Elena Marsh', 'Elena Petrova']);
    }
  });

  it('is the one in the room when only one of them is there, and neither when both are', () => {
    expect(resolve('@elena', ['Elena Marsh', 'Priya Raman'])).toMatchObject({ kind: 'person', name: 'Elena Marsh' });
    expect(resolve('Elena', ['elena.petrova@acme.example'])).toMatchObject({ kind: 'person', name: 'Elena Petrova' });
    expect(resolve('Elena', ['Elena Marsh', 'Elena Petrova']).kind).toBe('unresolved');
  });

  it('is settled by an initial', () => {
    expect(resolve('Elena P.').name).toBe('Elena Petrova');
    expect(resolve('E. Marsh').name).toBe('Elena Marsh');
  });
});

describe('the owner, however they write themselves', () => {
  it('reads every case and bracket of the words for oneself', () => {
    for (const w of ['Me', 'ME', 'me', 'Myself', 'MYSELF', 'I', 'i', '@me', '@Me', '(me)', '[[Me]]', 'me:', 'Myself (Noor Haddad)']) {
      expect(resolve(w), w).toMatchObject({ kind: 'owner', name: OWNER });
    }
  });

  it('reads the owner’s name with a (me) after it, and the owner’s initials in a meeting', () => {
    expect(resolve('Noor Haddad (me)')).toMatchObject({ kind: 'owner', name: OWNER });
    expect(resolve('Noor (Me)')).toMatchObject({ kind: 'owner', name: OWNER });
    expect(resolve('NH', ['Priya Raman'])).toMatchObject({ kind: 'owner', name: OWNER });
  });
});

describe('placeholders, template leftovers and crowds are never people', () => {
  it('reads the usual placeholders as nobody', () => {
    for (const w of ['@Owner', '@Unassigned', '@N/A', '@?', '@???', '@Someone', '@Unknown', '@Owner TBD', '@TBD (Priya?)']) {
      expect(resolve(w).kind, w).toBe('unassigned');
    }
  });

  it('reads a template’s stand-in for a name as nobody', () => {
    for (const w of ['@Assignee', '@Name', '@Person', '@Assignee Name', '@owner-name', '@First Last', '@Firstname Lastname', '@Full Name', '@[Name]', '@<name>']) {
      expect(resolve(w).kind, w).toBe('unassigned');
      expect(isPlaceholder(w), w).toBe(true);
    }
  });

  it('reads crowds and teams as roles', () => {
    for (const w of ['@Everyone', '@All', '@Eng team', '@Legal', '@here', '@channel', '@everyone-else', '@Team Acme', '@Various', '@frontend', '@Backend', '@Data Science', '@team-eng']) {
      expect(resolve(w).kind, w).toBe('role');
      expect(roleOf(w), w).not.toBeNull();
    }
  });

  it('keeps people whose names merely start like a team as people', () => {
    expect(resolve('Priya Raman').kind).toBe('person');
    expect(roleOf('Teaman Lowe')).toBeNull();
    expect(isOwnerWord('Ian')).toBe(false);
  });
});

// ─── Speakers ────────────────────────────────────────────────────────────────

function line(seconds: number, source: string, text: string): TranscriptLine {
  return { timestamp: '', seconds, source, speaker: null, text, line: 1, start: 0, end: 0 };
}

describe('devices, apps and rooms a transcript names as its source', () => {
  const labels = [
    'Microsoft Teams', 'Google Meet', 'iPhone Microphone', 'AirPods Pro', 'Poly Sync 20', 'Logitech BRIO', 'External Microphone', 'Speaker 1',
    'Unknown Speaker', 'Conference Room B', 'Room B', 'Main Conf Rm', 'Meeting Room Oak', 'Yeti Nano', 'Blue Snowball', 'SPEAKER_00',
    'Speaker A', 'tl;dv', 'tldv', 'Descript', 'Avoma', 'Notta', 'Tactiq', 'Office Phone', 'Desk Phone', 'Cisco IP Phone', 'CarPlay',
    'Android Auto', 'Zoom Rooms', 'Chrome Tab Audio', 'Fireflies.ai Notetaker',
  ];
  for (const label of labels) it(`"${label}" is no person`, () => expect(isDeviceLabel(label)).toBe(true));

  const people = ['Priya Raman', 'Alexa Chung', 'Anker Jensen', 'Avery Neat', 'Sonny Rally', 'Gong Wei', 'Meet Patel', "Siobhan O'Brien"];
  for (const name of people) it(`"${name}" may be a person`, () => expect(isDeviceLabel(name)).toBe(false));

  it('knows the browser tab of a web meeting is the far end', () => {
    expect(isRemoteAppLabel('Chrome Tab Audio')).toBe(true);
    expect(isRemoteAppLabel('Google Meet')).toBe(true);
    expect(isRemoteAppLabel('iPhone Microphone')).toBe(false);
  });

  it('reads whose a device is', () => {
    expect(deviceOwner("Priya's Galaxy Buds2 Pro")).toBe('Priya');
    expect(deviceOwner('Priya Raman via Microsoft Teams')).toBe('Priya Raman');
    expect(deviceOwner('Logitech BRIO')).toBeNull();
  });
});

describe('names glued to the text after a device label', () => {
  const names = ['Priya Raman', 'Ludwig van der Berg', "Siobhan O'Brien", 'Callum McDonald', 'Anna-Lena Schmidt'];

  it('finds names with particles, apostrophes and inner capitals', () => {
    expect(splitGluedSpeaker('Ludwig van der BergRight.', names)).toEqual({ speaker: 'Ludwig van der Berg', text: 'Right.' });
    expect(splitGluedSpeaker("Siobhan O'BrienOkay.", names)?.speaker).toBe("Siobhan O'Brien");
    expect(splitGluedSpeaker('Callum McDonaldSo', names)?.speaker).toBe('Callum McDonald');
  });

  it('finds a name written with the other apostrophe, or its hyphen as a space', () => {
    expect(splitGluedSpeaker('Siobhan O’BrienOkay, next.', names)).toEqual({ speaker: "Siobhan O'Brien", text: 'Okay, next.' });
    expect(splitGluedSpeaker('Anna Lena SchmidtJa, genau.', names)).toEqual({ speaker: 'Anna-Lena Schmidt', text: 'Ja, genau.' });
  });

  it('gives lines to the speaker glued after a meeting app or a microphone', () => {
    const out = attributeSpeakers(
      [
        line(0, 'Microsoft Teams', 'Priya RamanCan everyone see my screen?'),
        line(4, 'iPhone Microphone', 'Noor HaddadYes, go ahead.'),
        line(7, 'Microsoft Teams', 'So the pilot starts Monday.'),
        line(12, 'AirPods Pro', 'Callum McDonaldOne question on pricing.'),
      ],
      ['Priya Raman', 'Callum McDonald', OWNER],
      OWNER,
    );
    expect(out.map((a) => a.speaker)).toEqual(['Priya Raman', OWNER, 'Priya Raman', 'Callum McDonald']);
  });

  it('reads a first name glued to the text as the one participant of that name', () => {
    const out = attributeSpeakers(
      [line(0, 'Google Meet', 'PriyaHi both.'), line(3, 'Logitech BRIO', 'CallumHi Priya.'), line(6, 'Google Meet', 'Elena is joining late.')],
      ['Priya Raman', 'Callum McDonald', OWNER],
      OWNER,
    );
    expect(out.map((a) => [a.speaker, a.text ?? a.line.text])).toEqual([
      ['Priya Raman', 'Hi both.'],
      ['Callum McDonald', 'Hi Priya.'],
      ['Priya Raman', 'Elena is joining late.'],
    ]);
  });

  it('does not cut a first name off a word that merely starts with it', () => {
    const out = attributeSpeakers([line(0, 'Google Meet', 'Priyanka said yes.'), line(3, 'Logitech BRIO', 'Callumny is a word.')], ['Priya Raman', 'Callum McDonald', 'Tomasz Wrona'], null);
    expect(out.map((a) => a.speaker)).toEqual([null, null]);
  });

  it('leaves diarisation labels and unknown speakers unattributed in a larger meeting', () => {
    const out = attributeSpeakers(
      [line(0, 'Speaker 1', 'Shall we start?'), line(3, 'Unknown Speaker', 'Yes.'), line(5, 'Conference Room B', 'We are all here.')],
      ['Priya Raman', 'Callum McDonald', 'Tomasz Wrona'],
      OWNER,
    );
    expect(out.map((a) => a.speaker)).toEqual([null, null, null]);
  });
});

describe('talk time when one speaker’s stamps leave gaps', () => {
  const said = (seconds: number, speaker: string | null, text: string) => ({ line: line(seconds, 'x', text), speaker });

  it('keeps a monologue stamped only every minute or so whole', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const talk = talkTime([said(0, 'Priya', words(150)), said(75, 'Priya', words(150)), said(150, 'Callum', words(5)), said(152, 'Priya', 'ok')]);
    expect(talk.seconds.Priya).toBeGreaterThanOrEqual(150);
    expect(talk.seconds.Callum).toBe(2);
  });

  it('gives a break between one speaker’s lines to no one', () => {
    const talk = talkTime([said(0, 'Priya', 'we can ship the pilot'), said(5, 'Callum', 'ok'), said(7, 'Priya', 'so'), said(600, 'Priya', 'back again after lunch'), said(604, 'Callum', 'yes')]);
    expect(talk.seconds.Priya).toBeLessThan(15);
    expect(talk.total).toBeLessThan(20);
  });

  it('lets a line whose stamp cannot be read share the span of the stamp before it', () => {
    const talk = talkTime([said(0, 'Priya', 'one two three four five'), said(Number.NaN, 'Callum', 'six seven eight nine ten'), said(20, 'Priya', 'x')]);
    expect(talk.seconds.Callum).toBe(10);
    expect(talk.seconds.Priya).toBeCloseTo(10.4, 1);
  });

  it('counts nothing for a transcript of unreadable stamps alone', () => {
    expect(talkTime([said(Number.NaN, 'Priya', 'hello there')]).total).toBe(0);
  });
});

describe('capitals that are a surname written first, not initials', () => {
  it('keeps an East Asian surname in capitals before the given name apart from initials', () => {
    const r = new NameResolver({ seen: ['Kevin Lee', 'Lee Kim', 'Liam Na'] });
    expect(r.resolve('KIM Lee').name).toBe('Lee Kim');
    expect(r.resolve('LI Na')).not.toMatchObject({ name: 'Liam Na' });
  });
});
