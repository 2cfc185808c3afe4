import { describe, expect, it } from 'vitest';
import { AccountResolver, cleanAccount } from '../../../src/core/graph/accounts';
import { buildGraph } from '../../../src/core/graph/build';

describe('cleanAccount', () => {
  it('reads links, aliases, headings and paths down to the name', () => {
    expect(cleanAccount('[[Northwind Traders|NWT]]')).toBe('Northwind Traders');
    expect(cleanAccount('[[Companies/Northwind Traders.md#Contacts]]')).toBe('Northwind Traders');
    expect(cleanAccount(' "Acme Corp" ')).toBe('Acme Corp');
  });
});

describe('AccountResolver', () => {
  const r = new AccountResolver([
    { name: 'Northwind Traders', aliases: ['Northwind', 'NWT'] },
    { name: 'Société Générale Assurances', aliases: [] },
    { name: 'Acme Corp', aliases: [] },
    { name: 'Acme Labs Inc.', aliases: [] },
    { name: 'Orbis Inc', aliases: [] },
    { name: 'Orbis Ltd', aliases: [] },
  ]);

  it('gives the company note’s name for its aliases, links, case and accents', () => {
    expect(r.resolve('NWT')).toBe('Northwind Traders');
    expect(r.resolve('[[Northwind]]')).toBe('Northwind Traders');
    expect(r.resolve('northwind traders')).toBe('Northwind Traders');
    expect(r.resolve('Societe Generale Assurances')).toBe('Société Générale Assurances');
  });

  it('matches a name written without its legal suffix only when one company fits', () => {
    expect(r.resolve('Acme Corporation')).toBe('Acme Corp');
    expect(r.resolve('Acme Labs')).toBe('Acme Labs Inc.');
    expect(r.resolve('Acme')).toBe('Acme Corp');
    // Two companies are Orbis without their suffixes: a bare Orbis is neither.
    expect(r.resolve('Orbis')).toBe('Orbis');
  });

  it('keeps the first spelling of an account no note declares, and joins later ones to it', () => {
    const fresh = new AccountResolver();
    expect(fresh.resolve('Brightline Freight')).toBe('Brightline Freight');
    expect(fresh.resolve('BRIGHTLINE FREIGHT')).toBe('Brightline Freight');
    expect(fresh.resolve('  ')).toBeNull();
    expect(fresh.isCompany('Brightline Freight')).toBe(false);
    expect(r.isCompany('[[NWT]]')).toBe(true);
  });
});

describe('accounts in the graph', () => {
  const files = [
    { path: 'Companies/Northwind Traders.md', text: '---\ntype: company\naliases: [Northwind, NWT]\n---\n' },
    { path: 'People/Max Quenneville.md', text: '---\naliases: [Max]\ncompany: "[[Northwind Traders]]"\n---\n' },
    {
      path: 'Meetings/2025-09-02 sync.md',
      text: '---\ntype: customer\ndate: 2025-09-02\naccount: Northwind\nparticipants: [Max Quenneville, Jess Park]\n---\n- [ ] Send the redline @Max\n',
    },
    { path: 'Meetings/2025-09-03 call.md', text: '---\ntype: customer\ndate: 2025-09-03\nparticipants: [Jess Park]\n---\n## Related\n- [[NWT]]\n' },
    { path: 'Meetings/2025-09-09 1-1.md', text: '---\ntype: 1-1\ndate: 2025-09-09\nperson: Jess Park\n---\n- [ ] Share the plan @Jess Park\n' },
  ];
  const g = buildGraph(files, { owner: 'Rae Lindqvist' });

  it('makes one account of the company note, its aliases and a link under Related', () => {
    expect(g.accounts.map((a) => a.name)).toEqual(['Northwind Traders']);
    expect(g.accounts[0].notes).toEqual(['Companies/Northwind Traders.md', 'Meetings/2025-09-02 sync.md', 'Meetings/2025-09-03 call.md']);
    expect(g.meetings.find((m) => m.notes.includes('Meetings/2025-09-02 sync.md'))?.account).toBe('Northwind Traders');
  });

  it('links a person to the company their people note names, and only to it', () => {
    const more = buildGraph(
      [...files, { path: 'Meetings/2025-09-04 acme.md', text: '---\ntype: customer\ndate: 2025-09-04\naccount: Acme Corp\nparticipants: [Max Quenneville, Lena Ortiz]\n---\n' }],
      { owner: 'Rae Lindqvist' },
    );
    expect(more.people.find((p) => p.name === 'Max Quenneville')?.accounts).toEqual(['Northwind Traders']);
    expect(more.people.find((p) => p.name === 'Lena Ortiz')?.accounts).toEqual(['Acme Corp']);
    expect(more.accounts.find((a) => a.name === 'Acme Corp')?.people).toEqual(['Lena Ortiz']);
  });

  it('counts the owner in a 1-1 that names only its person', () => {
    expect(g.summaries.find((s) => s.path === 'Meetings/2025-09-09 1-1.md')?.participants).toEqual(['Rae Lindqvist', 'Jess Park']);
  });
});
