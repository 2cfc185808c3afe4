import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanName,
  collectPeople,
  guessOwner,
  guessOwnerFromSourceRef,
  isOwnerWord,
  isPlaceholder,
  linkAlias,
  looksLikePersonName,
  mendDoubledName,
  NameResolver,
  nameKey,
  roleOf,
  splitNameList,
} from '../../../src/core/graph/names';

describe('mendDoubledName', () => {
  it('drops a repeated surname', () => {
    expect(mendDoubledName('Mara Okonkwo Okonkwo')).toBe('Mara Okonkwo');
    expect(mendDoubledName('Mara Okonkwo Okonkwo Okonkwo')).toBe('Mara Okonkwo');
  });

  it('drops a repeated whole name', () => {
    expect(mendDoubledName('Mara Okonkwo Mara Okonkwo')).toBe('Mara Okonkwo');
    expect(mendDoubledName('Ana de la Cruz Ana de la Cruz')).toBe('Ana de la Cruz');
  });

  it('drops a repeated first name, matching across accents and case', () => {
    expect(mendDoubledName('Teo Teo Brandt')).toBe('Teo Brandt');
    expect(mendDoubledName('Zoë Varga varga')).toBe('Zoë Varga');
  });

  it('leaves a two-word name alone, even when both words are the same', () => {
    expect(mendDoubledName('Okonkwo Okonkwo')).toBe('Okonkwo Okonkwo');
    expect(mendDoubledName('Mara Okonkwo')).toBe('Mara Okonkwo');
    expect(mendDoubledName('  Mara   Okonkwo ')).toBe('Mara Okonkwo');
  });
});

describe('cleanName', () => {
  const cases: [string, string][] = [
    ['@Mara Okonkwo', 'Mara Okonkwo'],
    ['[[Mara Okonkwo]]', 'Mara Okonkwo'],
    ['[[People/Mara Okonkwo|Mara]]', 'Mara Okonkwo'],
    ['[[Mara Okonkwo.md]]', 'Mara Okonkwo'],
    ['"[[Mara Okonkwo]]"', 'Mara Okonkwo'],
    ['“Mara Okonkwo”', 'Mara Okonkwo'],
    ['Dr. Mara Okonkwo', 'Mara Okonkwo'],
    ['Mara Okonkwo (CTO)', 'Mara Okonkwo'],
    ['Mara Okonkwo, PhD', 'Mara Okonkwo'],
    ['mara.okonkwo', 'Mara Okonkwo'],
    ['@mara_okonkwo', 'Mara Okonkwo'],
    ['MaraOkonkwo', 'MaraOkonkwo'],
    ['NetApp', 'NetApp'],
    ['mara.okonkwo@example.com', 'Mara Okonkwo'],
    ['Okonkwo, Mara', 'Mara Okonkwo'],
    ['Mara Okonkwo <mara@example.com>', 'Mara Okonkwo'],
    ["Mara's", 'Mara'],
    ['**Mara Okonkwo**', 'Mara Okonkwo'],
    ['M. Quill', 'M. Quill'],
    ['Jean-Luc Brandt', 'Jean-Luc Brandt'],
  ];
  for (const [written, clean] of cases) {
    it(`${written} → ${clean}`, () => expect(cleanName(written)).toBe(clean));
  }

  it('reads the alias of a link', () => {
    expect(linkAlias('[[Mara Okonkwo|Mara]]')).toBe('Mara');
    expect(linkAlias('[[Mara Okonkwo]]')).toBeNull();
  });

  it('splits name lists', () => {
    expect(splitNameList('Mara Okonkwo, Teo Brandt and Zoë Varga; Ivo Petrov')).toEqual([
      'Mara Okonkwo',
      'Teo Brandt',
      'Zoë Varga',
      'Ivo Petrov',
    ]);
  });

  it('keys names accent- and case-blind', () => {
    expect(nameKey('Çağla Yıldız')).toBe(nameKey('cagla yildiz'));
    expect(nameKey('Zoë  Varga')).toBe('zoe varga');
    expect(nameKey("Aoife O'Neill")).toBe(nameKey('Aoife ONeill'));
  });
});

describe('roles, placeholders and the owner', () => {
  it('treats the listed roles as roles', () => {
    for (const w of ['@HR', '@Team', '@All', '@Everyone', '@Legal', '@Finance', '@Sales', '@Eng', '@PM']) {
      expect(roleOf(w), w).not.toBeNull();
    }
  });

  it('treats team words and joined role words as roles', () => {
    expect(roleOf('@Platform Team')).toBe('Platform Team');
    expect(roleOf('CTO Office')).toBe('CTO Office');
    expect(roleOf('Legal Dept')).toBe('Legal Dept');
    expect(roleOf('Sales & Marketing')).toBe('Sales & Marketing');
    expect(roleOf('the customer')).toBe('the customer');
    expect(roleOf('Mara Okonkwo')).toBeNull();
    expect(roleOf('Teo')).toBeNull();
  });

  it('treats placeholders as nobody', () => {
    for (const w of ['@TBD', '@TBA', '@Unassigned', '@Someone', '@N/A', 'n/a', '?', '', '  ', 'None']) {
      expect(isPlaceholder(w), JSON.stringify(w)).toBe(true);
    }
    expect(isPlaceholder('Mara')).toBe(false);
  });

  it('knows the words for oneself', () => {
    for (const w of ['@Myself', 'Me', 'I', 'Myself', 'Self', '@me']) expect(isOwnerWord(w), w).toBe(true);
    expect(isOwnerWord('Mel')).toBe(false);
  });

  it('guesses the owner from home folders', () => {
    expect(guessOwnerFromSourceRef('/Users/mara.okonkwo/Documents/Notes/x.md')).toBe('Mara Okonkwo');
    expect(guessOwnerFromSourceRef('C:\\Users\\teo.brandt\\Documents\\x.md')).toBe('Teo Brandt');
    expect(guessOwnerFromSourceRef('/home/zoe_varga/notes/x.md')).toBe('Zoe Varga');
    expect(guessOwnerFromSourceRef('/Users/ivo.petrov2/x.md')).toBe('Ivo Petrov');
    expect(guessOwnerFromSourceRef('/mnt/c/Users/ana.cruz/x.md')).toBe('Ana Cruz');
  });

  it('refuses generic, single-word and missing home folders', () => {
    expect(guessOwnerFromSourceRef('/Users/admin/x.md')).toBeNull();
    expect(guessOwnerFromSourceRef('/Users/Shared/x.md')).toBeNull();
    expect(guessOwnerFromSourceRef('/home/user/x.md')).toBeNull();
    expect(guessOwnerFromSourceRef('/home/ubuntu/x.md')).toBeNull();
    expect(guessOwnerFromSourceRef('/Users/mokonkwo/x.md')).toBeNull();
    expect(guessOwnerFromSourceRef('Inbox/_archive/2025-09-16 - call.md')).toBeNull();
    expect(guessOwnerFromSourceRef(null)).toBeNull();
  });

  it('takes the most frequent guess across notes', () => {
    expect(guessOwner(['/Users/mara.okonkwo/a', null, '/Users/teo.brandt/b', '/Users/mara.okonkwo/c'])).toBe('Mara Okonkwo');
    expect(guessOwner([])).toBeNull();
  });

  it('tells a full name from a document or company title', () => {
    expect(looksLikePersonName('Mara Okonkwo')).toBe(true);
    expect(looksLikePersonName('Anneke van der Berg')).toBe(true);
    expect(looksLikePersonName('Acme Engagement Plan')).toBe(false);
    expect(looksLikePersonName('Globex Inc')).toBe(false);
    expect(looksLikePersonName('Mara')).toBe(false);
    expect(looksLikePersonName('Room 4B')).toBe(false);
  });
});

describe('NameResolver', () => {
  const resolver = new NameResolver({
    owner: 'Teo Brandt',
    declared: [{ name: 'Mara Okonkwo', aliases: ['Mo', 'Mara O.'] }],
    seen: ['Mara Okonkwo', 'Çağla Yıldız', 'Cagla Yildiz', 'Cagla Yildiz', 'Ivo Quill', 'Teo Varga', 'Dana Reyes'],
  });

  it('mends and matches a doubled surname', () => {
    expect(resolver.resolve('@Mara Okonkwo Okonkwo')).toMatchObject({ kind: 'person', name: 'Mara Okonkwo', mended: true });
  });

  it('matches accent- and case-blind, and prefers the accented spelling', () => {
    expect(resolver.resolve('Cagla Yildiz')).toMatchObject({ kind: 'person', name: 'Çağla Yıldız' });
    expect(resolver.resolve('ÇAĞLA YILDIZ').name).toBe('Çağla Yıldız');
  });

  it('maps declared aliases', () => {
    expect(resolver.resolve('@Mo')).toMatchObject({ kind: 'person', name: 'Mara Okonkwo', via: 'alias' });
    expect(resolver.resolve('Mara O.').name).toBe('Mara Okonkwo');
  });

  it('resolves a first name or surname to the one person it fits', () => {
    expect(resolver.resolve('Mara')).toMatchObject({ kind: 'person', name: 'Mara Okonkwo', via: 'first-name' });
    expect(resolver.resolve('Quill')).toMatchObject({ kind: 'person', name: 'Ivo Quill', via: 'surname' });
  });

  it('resolves initials with a surname, and a first name with an initial', () => {
    expect(resolver.resolve('I. Quill')).toMatchObject({ name: 'Ivo Quill', via: 'first-initial' });
    expect(resolver.resolve('Dana R.')).toMatchObject({ name: 'Dana Reyes', via: 'last-initial' });
  });

  it('resolves bare initials only among the participants', () => {
    expect(resolver.resolve('IQ', { participants: ['Ivo Quill', 'Teo Brandt'] })).toMatchObject({ name: 'Ivo Quill' });
    expect(resolver.resolve('IQ')).toMatchObject({ kind: 'role' });
  });

  it('uses the participants to choose between two people of the same first name', () => {
    expect(resolver.resolve('Teo')).toMatchObject({ kind: 'unresolved', via: 'ambiguous' });
    expect(resolver.resolve('Teo').candidates?.sort()).toEqual(['Teo Brandt', 'Teo Varga']);
    expect(resolver.resolve('Teo', { participants: ['Teo Varga', 'Dana Reyes'] })).toMatchObject({
      kind: 'person',
      name: 'Teo Varga',
      via: 'first-name+context',
    });
    expect(resolver.resolve('Teo', { participants: ['Teo Varga', 'Teo Brandt'] }).kind).toBe('unresolved');
  });

  it('gives the same answer twice, and an answer changed by the caller does not change the next one', () => {
    const first = resolver.resolve('Teo');
    first.candidates?.push('Someone Else');
    first.kind = 'person';
    expect(resolver.resolve('Teo')).toEqual({ kind: 'unresolved', name: null, via: 'ambiguous', candidates: ['Teo Brandt', 'Teo Varga'] });
  });

  it('resolves a short form of a first name only to the one person in the room it fits', () => {
    const r = new NameResolver({ seen: ['Beatriz Olsen', 'Daniela Ruiz', 'Daniel Kemp', 'Alexandra Moor'] });
    expect(r.resolve('@Bea', { participants: ['Beatriz Olsen', 'Daniel Kemp'] })).toMatchObject({ kind: 'person', name: 'Beatriz Olsen', via: 'short-name+context' });
    // Outside a meeting, or when two people in the room fit, it stays unresolved.
    expect(r.resolve('@Bea')).toMatchObject({ kind: 'unresolved', name: null });
    expect(r.resolve('Dan', { participants: ['Daniela Ruiz', 'Daniel Kemp'] }).kind).toBe('unresolved');
    expect(r.resolve('Dan', { participants: ['Daniela Ruiz', 'Beatriz Olsen'] }).name).toBe('Daniela Ruiz');
    // Two letters is too little to go on.
    expect(r.resolve('Al', { participants: ['Alexandra Moor'] }).kind).toBe('unresolved');
  });

  it('joins a first name with an initial, or an initial with a surname, to the one full name known', () => {
    const r = new NameResolver({ declared: [{ name: 'Marcus Oyelaran', aliases: [] }], seen: ['Marcus O.', 'M. Oyelaran', 'Marcus O.', 'Mara Lind', 'M. Lind'] });
    expect(r.people().map((p) => p.name).sort()).toEqual(['Mara Lind', 'Marcus Oyelaran']);
    expect(r.resolve('Marcus O.').name).toBe('Marcus Oyelaran');
    expect(r.resolve('Marcus').name).toBe('Marcus Oyelaran');
  });

  it('joins one part of a double-barrelled surname, accents dropped, to the full name', () => {
    const r = new NameResolver({ seen: ['Hélène Dubois-Marchand', 'Helene Dubois', 'Helene Marchand', 'Hélène Roux'] });
    expect(r.resolve('Helene Dubois').name).toBe('Hélène Dubois-Marchand');
    expect(r.resolve('Helene Marchand').name).toBe('Hélène Dubois-Marchand');
    expect(r.resolve('Hélène Roux').name).toBe('Hélène Roux');
  });

  it('leaves unknown first names unresolved', () => {
    expect(resolver.resolve('@Bartholomew')).toMatchObject({ kind: 'unresolved', via: 'unknown', name: null });
  });

  it('maps owner words and the owner\'s own name to the owner', () => {
    expect(resolver.resolve('@Myself')).toEqual({ kind: 'owner', name: 'Teo Brandt', via: 'owner-word' });
    expect(resolver.resolve('Teo Brandt')).toMatchObject({ kind: 'owner', name: 'Teo Brandt' });
    expect(new NameResolver().resolve('Me')).toMatchObject({ kind: 'owner', name: null });
  });

  it('never turns roles or placeholders into people', () => {
    expect(resolver.resolve('@HR')).toMatchObject({ kind: 'role', name: 'HR' });
    expect(resolver.resolve('@Sales Team')).toMatchObject({ kind: 'role', name: 'Sales Team' });
    expect(resolver.resolve('@GTM')).toMatchObject({ kind: 'role' });
    expect(resolver.resolve('@TBD')).toEqual({ kind: 'unassigned', name: null, via: 'placeholder' });
    expect(resolver.resolve('@Unassigned').kind).toBe('unassigned');
  });

  it('matches a known name written as one word, but does not split unknown CamelCase', () => {
    expect(resolver.resolve('@DanaReyes')).toMatchObject({ kind: 'person', name: 'Dana Reyes', via: 'joined' });
    expect(resolver.resolve('@danareyes').name).toBe('Dana Reyes');
    expect(resolver.resolve('[[GlobexCorp]]')).toMatchObject({ kind: 'unresolved', via: 'unknown' });
  });

  it('catches a one-letter slip in a known full name', () => {
    expect(resolver.resolve('Dana Reyez')).toMatchObject({ name: 'Dana Reyes', via: 'spelling' });
  });

  it('joins a middle name to the known first and last name', () => {
    expect(resolver.resolve('Dana M. Reyes')).toMatchObject({ name: 'Dana Reyes', via: 'middle-name' });
  });

  it('takes an unseen full name as a new person, tidying its case', () => {
    expect(resolver.resolve('@nils eriksen')).toEqual({ kind: 'person', name: 'Nils Eriksen', via: 'new' });
  });

  it('does not take a document title for a person', () => {
    expect(resolver.resolve('Globex Engagement Plan')).toMatchObject({ kind: 'unresolved', via: 'not-a-name' });
  });

  it('keeps the people note\'s name as canonical', () => {
    const r = new NameResolver({ declared: [{ name: 'Cagla Yildiz', aliases: [] }], seen: ['Çağla Yıldız'] });
    expect(r.resolve('Çağla Yıldız').name).toBe('Cagla Yildiz');
  });

  it('prefers proper case and more frequent spellings when nothing is declared', () => {
    const r = new NameResolver({ seen: ['dana reyes', 'Dana Reyes', 'DANA REYES', 'Dana Reyes'] });
    expect(r.resolve('dana reyes').name).toBe('Dana Reyes');
    expect(r.people()).toEqual([
      { name: 'Dana Reyes', aliases: ['dana reyes', 'DANA REYES'], isOwner: false, declared: false },
    ]);
  });
});

describe('collectPeople', () => {
  const mentions = [
    { written: 'Mara Okonkwo', path: 'a.md', participants: ['Mara Okonkwo', 'Teo Brandt'] },
    { written: '@Mara Okonkwo Okonkwo', path: 'a.md', participants: ['Mara Okonkwo', 'Teo Brandt'] },
    { written: '@Myself', path: 'a.md', participants: ['Mara Okonkwo', 'Teo Brandt'] },
    { written: '@HR', path: 'a.md', participants: ['Mara Okonkwo', 'Teo Brandt'] },
    { written: '@TBD', path: 'a.md', participants: ['Mara Okonkwo', 'Teo Brandt'] },
    { written: '[[Ivo Quill|Ivo]]', path: 'b.md', participants: ['Ivo Quill', 'Teo Varga'] },
    { written: 'Teo', path: 'b.md', participants: ['Ivo Quill', 'Teo Varga'] },
    { written: 'Teo', path: 'c.md', participants: [] },
    { written: '@Bartholomew', path: 'c.md', participants: [] },
    { written: '@Bartholomew', path: 'c.md', participants: [] },
    { written: 'cagla yildiz', path: 'c.md', participants: [] },
    { written: 'Çağla Yıldız', path: 'd.md', participants: [] },
  ];
  const index = collectPeople(mentions, [{ name: 'Ivo Quill', aliases: ['IQ'], path: 'People/Ivo Quill.md' }], 'Teo Brandt');

  it('lists each person once, canonical, with their notes and written forms', () => {
    const byName = Object.fromEntries(index.people.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['Ivo Quill', 'Mara Okonkwo', 'Teo Brandt', 'Teo Varga', 'Çağla Yıldız'].sort());
    expect(byName['Mara Okonkwo'].aliases).toContain('Mara Okonkwo Okonkwo');
    expect(byName['Mara Okonkwo'].notes).toEqual(['a.md']);
    expect(byName['Ivo Quill'].notes).toEqual(['People/Ivo Quill.md', 'b.md']);
    expect(byName['Ivo Quill'].aliases).toEqual(expect.arrayContaining(['IQ', 'Ivo']));
    expect(byName['Teo Varga'].notes).toEqual(['b.md']);
    expect(byName['Çağla Yıldız'].aliases).toContain('cagla yildiz');
    expect(byName['Çağla Yıldız'].notes).toEqual(['c.md', 'd.md']);
  });

  it('marks the owner and counts @Myself as them', () => {
    expect(index.owner).toBe('Teo Brandt');
    const owner = index.people.find((p) => p.isOwner);
    expect(owner?.name).toBe('Teo Brandt');
    expect(owner?.notes).toEqual(['a.md']);
  });

  it('reports unresolved names once per note, with candidates when ambiguous', () => {
    expect(index.unresolved).toEqual([
      { written: 'Teo', path: 'c.md', reason: 'ambiguous', candidates: ['Teo Brandt', 'Teo Varga'] },
      { written: '@Bartholomew', path: 'c.md', reason: 'unknown', candidates: [] },
    ]);
  });

  it('keeps roles apart and never lists them or placeholders as people', () => {
    expect(index.roles).toEqual([{ name: 'HR', path: 'a.md' }]);
    expect(index.people.map((p) => p.name)).not.toContain('HR');
    expect(index.people.map((p) => p.name)).not.toContain('TBD');
  });

  it('resolves more names against the same people', () => {
    expect(index.resolve('Teo', ['Teo Varga'])).toMatchObject({ name: 'Teo Varga' });
    expect(index.resolve('IQ')).toMatchObject({ name: 'Ivo Quill', via: 'alias' });
  });
});

describe('NameResolver with many people and reused participants lists', () => {
  const surnames = ['Abbott', 'Brandt', 'Castillo', 'Dorsey', 'Ekwueme', 'Fairley', 'Garnier', 'Holm', 'Ibarra', 'Janssen', 'Kovac', 'Lindqvist'];
  const anns = surnames.map((s) => `Ann ${s}`);
  const resolver = new NameResolver({ seen: [...anns, 'Bo Lindqvist', 'Aled Lamb', 'Ann Lorimer'] });

  it('lets the meeting choose among many people of one first name, and lists them all, first met first, when it cannot', () => {
    expect(resolver.resolve('Ann', { participants: ['Bo Lindqvist', 'Ann Kovac'] })).toEqual({
      kind: 'person',
      name: 'Ann Kovac',
      via: 'first-name+context',
    });
    expect(resolver.resolve('Ann', { participants: ['Ann Kovac', 'Ann Holm'] })).toMatchObject({ kind: 'unresolved', via: 'ambiguous' });
    expect(resolver.resolve('Ann').candidates).toEqual([...anns, 'Ann Lorimer']);
  });

  it('reads bare initials among the participants even when many people share them', () => {
    expect(resolver.resolve('AL', { participants: ['Aled Lamb', 'Bo Lindqvist'] })).toMatchObject({ name: 'Aled Lamb', via: 'initials+context' });
    expect(resolver.resolve('AL', { participants: ['Aled Lamb', 'Ann Lindqvist'] })).toMatchObject({ kind: 'role', via: 'all-caps' });
    expect(resolver.resolve('AL', { participants: ['Bo Lindqvist'] })).toMatchObject({ kind: 'role', via: 'all-caps' });
  });

  it('finds a slip of spelling in any one word of a name', () => {
    expect(resolver.resolve('Ann Lindquist')).toMatchObject({ name: 'Ann Lindqvist', via: 'spelling' });
    expect(resolver.resolve('Anne Lindqvist')).toMatchObject({ kind: 'person', name: 'Anne Lindqvist', via: 'new' });
    expect(resolver.resolve('Bo Lindquist')).toMatchObject({ name: 'Bo Lindqvist', via: 'spelling' });
  });

  it('reads a participants list again when it was changed in place', () => {
    const participants = ['Ann Garnier'];
    expect(resolver.resolve('Ann', { participants }).name).toBe('Ann Garnier');
    participants[0] = 'Ann Ibarra';
    expect(resolver.resolve('Ann', { participants }).name).toBe('Ann Ibarra');
    participants.push('Ann Holm');
    expect(resolver.resolve('Ann', { participants }).kind).toBe('unresolved');
  });

  it('takes a participant that is only punctuation for nobody', () => {
    expect(resolver.resolve('Ann', { participants: ['.', 'Ann Janssen'] })).toMatchObject({ name: 'Ann Janssen' });
    expect(resolver.resolve('.')).toMatchObject({ kind: 'unassigned' });
  });

  it('counts names given already counted as it counts them one by one', () => {
    const seen = ['dana reyes', 'Dana Reyes', 'DANA REYES', 'Dana Reyes', 'Ivo Quill'];
    const counted = new Map([['dana reyes', 1], ['Dana Reyes', 2], ['DANA REYES', 1], ['Ivo Quill', 1]]);
    expect(new NameResolver({ seenCounts: counted }).people()).toEqual(new NameResolver({ seen }).people());
    expect(new NameResolver({ seenCounts: new Map([['DANA REYES', 3]]), seen: ['Dana Reyes'] }).resolve('dana reyes').name).toBe('Dana Reyes');
  });
});

describe('collectPeople with one participants list shared by a note\'s mentions', () => {
  const note = (path: string, participants: string[], written: string[]) => written.map((w) => ({ written: w, path, participants }));
  const shared = [
    ...note('a.md', ['ZOE KAPOOR', 'Ivo Quill'], ['ZOE KAPOOR', 'Ivo Quill', 'Zoe', 'Ivo', '@HR', 'Zoe']),
    ...note('b.md', ['Zoe Kapoor'], ['Zoe Kapoor']),
    ...note('a.md', ['ZOE KAPOOR', 'Ivo Quill'], ['Zoe']),
  ];
  const copied = shared.map((m) => ({ ...m, participants: [...m.participants] }));

  it('counts each list once per mention, as separate copies would be', () => {
    const one = collectPeople(shared, [], null);
    expect(one).toMatchObject({ people: collectPeople(copied, [], null).people });
    // Four mentions beside `ZOE KAPOOR` outweigh the two of `Zoe Kapoor`; proper case still wins the name.
    expect(one.people.find((p) => p.name === 'Zoe Kapoor')?.aliases).toEqual(['ZOE KAPOOR', 'Zoe']);
    expect(one.people.find((p) => p.name === 'Zoe Kapoor')?.notes).toEqual(['a.md', 'b.md']);
    expect(one.roles).toEqual([{ name: 'HR', path: 'a.md' }]);
  });

  it('gives each report its own candidates, untouched by changes to another', () => {
    const index = collectPeople(
      [
        { written: 'Teo', path: 'x.md', participants: [] },
        { written: 'Teo', path: 'y.md', participants: [] },
        { written: 'Teo Brandt', path: 'z.md', participants: [] },
        { written: 'Teo Varga', path: 'z.md', participants: [] },
      ],
      [],
      null,
    );
    index.unresolved[0].candidates.push('Someone Else');
    expect(index.unresolved[1].candidates).toEqual(['Teo Brandt', 'Teo Varga']);
    expect(index.resolve('Teo').candidates).toEqual(['Teo Brandt', 'Teo Varga']);
  });
});

// ─── On the real seed notes, when they are present ──────────────────────────

const seedsDir = path.resolve(__dirname, '../../../../shared/seeds');
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.md')).sort() : [];
const seedText = (prefix: string) => {
  const file = seeds.find((f) => f.startsWith(prefix));
  return file ? readFileSync(path.join(seedsDir, file), 'utf8') : '';
};
const frontValue = (text: string, key: string) =>
  new RegExp(`^${key}:\\s*["']?([^"'\\n]*)`, 'm').exec(text)?.[1]?.trim() ?? null;

describe.skipIf(seeds.length === 0)('seeds', () => {
  it('guesses the owner from 000\'s source_ref', () => {
    expect(guessOwnerFromSourceRef(frontValue(seedText('000'), 'source_ref'))).toBe('Jason Vallery');
  });

  it('guesses no owner from 003\'s relative source_ref, and the same owner across all seeds', () => {
    expect(guessOwnerFromSourceRef(frontValue(seedText('003'), 'source_ref'))).toBeNull();
    const refs = seeds.map((f) => frontValue(seedText(f.slice(0, 3)), 'source_ref'));
    expect(guessOwner(refs)).toBe('Jason Vallery');
  });

  it('resolves 003\'s doubled assignee, @HR and @Myself across the notes of one meeting', () => {
    const mentions: { written: string; path: string; participants: string[] }[] = [];
    for (const f of seeds) {
      const text = readFileSync(path.join(seedsDir, f), 'utf8');
      const participants = [...text.matchAll(/^\*\*(?:With|Attendees)\*\*:\s*(.*)$/gm)].flatMap((m) => splitNameList(m[1]));
      for (const p of participants) mentions.push({ written: p, path: f, participants });
      for (const m of text.matchAll(/^- \[.\] .*?@([A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*)/gmu)) {
        mentions.push({ written: `@${m[1]}`, path: f, participants });
      }
    }
    const owner = guessOwner(seeds.map((f) => frontValue(seedText(f.slice(0, 3)), 'source_ref')));
    const index = collectPeople(mentions, [], owner);
    const lior = index.people.find((p) => p.name === 'Lior Genzel');
    expect(lior?.aliases).toContain('Lior Genzel Genzel');
    expect(lior?.notes.some((n) => n.startsWith('003'))).toBe(true);
    expect(index.resolve('@Lior Genzel Genzel')).toMatchObject({ kind: 'person', name: 'Lior Genzel', mended: true });
    expect(index.resolve('@Myself')).toMatchObject({ kind: 'owner', name: 'Jason Vallery' });
    expect(index.resolve('@HR').kind).toBe('role');
    expect(index.resolve('@TBD').kind).toBe('unassigned');
    expect(index.people.map((p) => p.name)).not.toContain('Lior Genzel Genzel');
    expect(index.people.map((p) => p.name)).not.toContain('HR');
    expect(index.resolve('Lior')).toMatchObject({ name: 'Lior Genzel' });
  });
});
