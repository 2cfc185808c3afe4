/**
 * One name, two orders, and a first name the room reads another way. The people and companies are invented.
 *
 * - A two-word name in the other order (`James Morgan` for Morgan James) is the same person only on
 *   evidence: one account, people in common, an East Asian name, capitals marking the surname, an alias.
 * - A first name that fits one person vault-wide yields to the meeting when the meeting holds someone
 *   else it fits another way (`Wei` where only Zhang Wei met; `Dan` where only Daniel Ortiz met).
 */
import { describe, expect, it } from 'vitest';
import { collectPeople, type NameMention } from '../../../src/core/graph/names';
import { buildGraph } from '../../../src/core/graph/build';

function note(path: string, fm: Record<string, unknown>, body: string[] = []) {
  const yaml = Object.entries(fm).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return { path, text: ['---', ...yaml, '---', '', ...body, ''].join('\n') };
}

function meeting(date: string, participants: string[], tasks: string[] = [], account?: string) {
  return note(
    `Meetings/${date} ${participants[0]}.md`,
    { type: 'meeting', date, participants, ...(account ? { account } : {}) },
    tasks.length > 0 ? ['## Action Items', ...tasks.map((t) => `- [ ] ${t}`)] : [],
  );
}

const OWNER = 'Noor Haddad';
const names = (g: ReturnType<typeof buildGraph>) => g.people.map((p) => p.name);
const ownerOf = (g: ReturnType<typeof buildGraph>, text: string) => g.tasks.find((t) => t.description.startsWith(text))?.owner;

describe('a first name the room reads another way', () => {
  // Wei Zhang (Acme) and Zhang Wei (Globex): two people, once listed side by side.
  const g = buildGraph(
    [
      meeting('2025-01-02', ['Wei Zhang', OWNER], ['Send the deck @Wei Zhang'], 'Acme'),
      meeting('2025-01-09', ['Zhang Wei', OWNER], ['Send pricing @Wei', 'Call back the bank @Zhang'], 'Globex'),
      meeting('2025-01-10', ['Zhang Wei', 'Wei Zhang', OWNER], ['Share the notes @Wei']),
      meeting('2025-01-16', ['Wei Zhang', 'Ivo Quill', OWNER], ['Book the room @Wei'], 'Acme'),
      meeting('2025-01-11', ['Dan Brook', OWNER], ['Draft terms @Dan Brook']),
      meeting('2025-01-12', ['Daniel Ortiz', OWNER], ['Review the contract @Dan']),
      meeting('2025-01-13', ['Lee Chen', OWNER], ['Sign off @Lee Chen']),
      meeting('2025-01-14', ['Ann Lee', OWNER], ['Order the kit @Lee']),
      meeting('2025-01-15', ['Lee Chen', 'Ann Lee', OWNER], ['Chase legal @Lee']),
    ],
    { owner: OWNER },
  );

  it('gives a given name written last to the one who met (Wei → Zhang Wei where only Zhang Wei is listed)', () => {
    expect(ownerOf(g, 'Send pricing')).toBe('Zhang Wei');
    expect(ownerOf(g, 'Call back the bank')).toBe('Zhang Wei');
  });

  it('keeps the vault-wide reading where that person met', () => {
    expect(ownerOf(g, 'Book the room')).toBe('Wei Zhang');
    expect(ownerOf(g, 'Send the deck')).toBe('Wei Zhang');
  });

  it('leaves a room holding both unresolved, and reports both', () => {
    expect(ownerOf(g, 'Share the notes')).toBeNull();
    const problem = g.problems.find((p) => p.kind === 'unresolved-name' && p.message.includes('“Wei”'));
    expect(problem?.message).toContain('Wei Zhang or Zhang Wei');
  });

  it('reads a short first name for the one in the room (Dan → Daniel Ortiz, not the absent Dan Brook)', () => {
    expect(ownerOf(g, 'Review the contract')).toBe('Daniel Ortiz');
    expect(g.people.find((p) => p.name === 'Dan Brook')?.aliases).not.toContain('Dan');
  });

  it('reads a surname for the one in the room, and a first name over a surname when both met', () => {
    expect(ownerOf(g, 'Order the kit')).toBe('Ann Lee');
    expect(ownerOf(g, 'Chase legal')).toBe('Lee Chen');
  });

  it('keeps the owner for their own first name beside someone it is the surname of', () => {
    const h = buildGraph(
      [
        meeting('2025-02-01', ['Mark Noor'], ['Send the invoice @Noor']),
        meeting('2025-02-02', ['Mark Noor', OWNER], ['Draft the memo @Mark Noor']),
      ],
      { owner: OWNER },
    );
    expect(ownerOf(h, 'Send the invoice')).toBe(OWNER);
  });
});

describe('two words in the other order', () => {
  it('are two people without evidence (Morgan James at Acme, James Morgan at Globex, nobody in common)', () => {
    const g = buildGraph(
      [
        meeting('2025-02-01', ['Morgan James', OWNER], ['Send the plan @Morgan James'], 'Acme'),
        meeting('2025-02-05', ['James Morgan', OWNER], ['Send the quote @James Morgan'], 'Globex'),
        meeting('2025-02-06', ['Taylor Reed', 'Priya Nair', OWNER]),
        meeting('2025-02-07', ['Reed Taylor', 'Sam Ortega', OWNER]),
      ],
      { owner: OWNER },
    );
    expect(names(g)).toEqual(expect.arrayContaining(['Morgan James', 'James Morgan', 'Taylor Reed', 'Reed Taylor']));
    expect(ownerOf(g, 'Send the quote')).toBe('James Morgan');
  });

  it('are one person written at the same account', () => {
    const g = buildGraph(
      [meeting('2025-02-01', ['Morgan James', OWNER], [], 'Acme'), meeting('2025-02-05', ['James Morgan', OWNER], [], 'Acme')],
      { owner: OWNER },
    );
    expect(names(g).filter((n) => n !== OWNER)).toHaveLength(1);
  });

  it('are one person met with the same people (the owner aside)', () => {
    const g = buildGraph(
      [meeting('2025-02-06', ['Taylor Reed', 'Priya Nair', OWNER]), meeting('2025-02-09', ['Reed Taylor', 'Priya Nair', OWNER])],
      { owner: OWNER },
    );
    expect(names(g).sort()).toEqual([OWNER, 'Priya Nair', 'Taylor Reed'].sort());
  });

  it('is the person listed when written in a meeting that lists the other order', () => {
    const g = buildGraph([meeting('2025-03-01', ['Morgan James', OWNER], ['Send the plan @James Morgan'])], { owner: OWNER });
    expect(ownerOf(g, 'Send the plan')).toBe('Morgan James');
    expect(names(g)).not.toContain('James Morgan');
  });

  it('is one person for an East Asian name, unless each order is written only at other accounts', () => {
    const joined = buildGraph([meeting('2025-02-06', ['Watanabe Kenji', OWNER]), meeting('2025-02-07', ['Kenji Watanabe', OWNER], [], 'Initech')], { owner: OWNER });
    expect(names(joined).filter((n) => n !== OWNER)).toHaveLength(1);
    const apart = buildGraph(
      [meeting('2025-02-06', ['Zhang Wei', OWNER], [], 'Globex'), meeting('2025-02-07', ['Wei Zhang', OWNER], [], 'Acme')],
      { owner: OWNER },
    );
    expect(names(apart)).toEqual(expect.arrayContaining(['Zhang Wei', 'Wei Zhang']));
  });

  it('is one person when a people note gives the other order as an alias', () => {
    const g = buildGraph(
      [
        note('People/Morgan James.md', { type: 'person', aliases: ['James Morgan'] }),
        meeting('2025-02-01', ['Morgan James', OWNER], [], 'Acme'),
        meeting('2025-02-05', ['James Morgan', OWNER], [], 'Globex'),
      ],
      { owner: OWNER, peopleFolder: 'People' },
    );
    expect(names(g).filter((n) => n !== OWNER)).toEqual(['Morgan James']);
  });

  it('resolves an unseen other order only in the room, or for an East Asian name', () => {
    const mentions: NameMention[] = [
      { written: 'Morgan James', path: 'a.md', participants: ['Morgan James'] },
      { written: 'Kenji Watanabe', path: 'b.md', participants: ['Kenji Watanabe'] },
    ];
    const people = collectPeople(mentions, [], null);
    expect(people.resolve('James Morgan')).toMatchObject({ kind: 'person', name: 'James Morgan', via: 'new' });
    expect(people.resolve('James Morgan', ['Morgan James'])).toMatchObject({ name: 'Morgan James', via: 'other-order+context' });
    expect(people.resolve('Watanabe Kenji')).toMatchObject({ name: 'Kenji Watanabe', via: 'other-order' });
    expect(people.resolve('JAMES Morgan')).toMatchObject({ name: 'Morgan James', via: 'other-order' });
  });
});

describe('two notes of one 1:1, each order in one', () => {
  it('are one person: the same day is the same meeting', () => {
    const mentions: NameMention[] = [
      { written: 'Morgan James', path: 'Meetings/2025-04-02 Morgan.md', participants: ['Morgan James'] },
      { written: 'James Morgan', path: 'Inbox/2025-04-02 call transcript.md', participants: ['James Morgan'] },
      { written: 'Taylor Reed', path: 'x.md', participants: ['Taylor Reed'], date: '2025-04-03' },
      { written: 'Reed Taylor', path: 'y.md', participants: ['Reed Taylor'], date: '2025-04-03' },
      { written: 'Sam Ortega', path: 'Meetings/2025-04-02 a.md', participants: ['Sam Ortega'] },
      { written: 'Ortega Sam', path: 'Meetings/2025-05-09 b.md', participants: ['Ortega Sam'] },
    ];
    const people = collectPeople(mentions, [], null).people.map((p) => p.name);
    expect(people).toEqual(['Morgan James', 'Ortega Sam', 'Sam Ortega', 'Taylor Reed']);
  });
});
