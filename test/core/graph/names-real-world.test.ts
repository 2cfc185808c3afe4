/**
 * Written names as real vaults hold them, through the whole chain: cleaning, the
 * resolver, the vault's people, the graph. Each block names the family of forms
 * it stands for; the people and companies are invented.
 */
import { describe, expect, it } from 'vitest';
import { cleanName, collectPeople, looksLikePersonName, NameResolver, roleOf } from '../../../src/core/graph/names';

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
