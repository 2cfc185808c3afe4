/**
 * One account however it is written, third round: legal forms, punctuation,
 * "&" and "and", accents, regions and statuses beside the name, web addresses,
 * links, lists and placeholders in the field, company notes' aliases, accounts
 * known only from the participants' e-mail domains, and the values that are no
 * account at all (a person, a product, a placeholder).
 *
 * Decisions the cases pin down:
 * - A region or a status written beside the name (`Acme — EMEA`, `Acme (prospect)`,
 *   `Acme [UK]`) is the same account: a customer's regions share one relationship,
 *   its people and its meetings, and splitting them scatters the graph. A vault that
 *   wants a region apart says so with its own company note (`Acme EMEA.md`).
 * - A word that makes another business (`Acme Bank`, `Acme Analytics`) is another
 *   account; so is a name that only shares a first word.
 * - An e-mail domain names an account only when the vault already knows that account
 *   (a company note, an alias, or a note's field), never a mail provider's domain,
 *   and only for a note that names no account itself.
 */
import { describe, expect, it } from 'vitest';
import { AccountResolver, cleanAccount, writtenAccount } from '../../../src/core/graph/accounts';
import { buildGraph } from '../../../src/core/graph/build';
import { parseNote } from '../../../src/core/parse/index';

const OWNER = { owner: 'Wren Halloway' };

describe('one account from every spelling of an undeclared name', () => {
  const spellings: [string, string][] = [
    ['Acme, Inc.', 'Acme'],
    ['Acme Inc', 'Acme'],
    ['ACME', 'Acme'],
    ['acme', 'Acme'],
    ['Acme Corporation', 'Acme'],
    ['Acme Corp.', 'Acme'],
    ['acme.com', 'Acme'],
    ['https://www.acme.com/about', 'Acme'],
    ['[[Acme Corporation|Acme]]', 'Acme'],
    ['[[Companies/Acme Inc.md]]', 'Acme'],
    ['Acme (prospect)', 'Acme'],
    ['Acme (customer since 2021)', 'Acme'],
    ['Acme — EMEA', 'Acme'],
    ['Acme - APAC', 'Acme'],
    ['Acme (UK)', 'Acme'],
    ['Acme [Germany]', 'Acme'],
    ['Acme, LLC', 'Acme'],
    ['Acme S.A.', 'Acme'],
    ['Acme GmbH & Co. KG', 'Acme'],
    ['🏢 Acme', 'Acme'],
    ['"Acme"', 'Acme'],
  ];
  it.each(spellings)('%s is %s', (written, expected) => {
    const r = new AccountResolver();
    expect(r.resolve('Acme')).toBe('Acme');
    expect(r.resolve(written)).toBe(expected);
  });
});

describe('names that are other accounts', () => {
  const apart: [string, string][] = [
    ['The Acme Group', 'Acme Bank'],
    ['Acme Bank', 'Acme Analytics'],
    ['Acme', 'Acme Bank'],
    ['Northfield Capital', 'Northfield Health'],
    ['Deutsche Bank', 'Deutsche Telekom'],
    ['Acme — Payments Platform', 'Acme'],
  ];
  it.each(apart)('%s is not %s', (a, b) => {
    const r = new AccountResolver();
    const first = r.resolve(a);
    expect(r.resolve(b)).not.toBe(first);
  });
});

describe('"&", "and" and their foreign forms, accents and dotted initials', () => {
  const same: [string, string][] = [
    ['Halvorsen & Reed', 'Halvorsen and Reed'],
    ['Halvorsen & Reed', 'HALVORSEN AND REED LLP'],
    ['Brandt & Söhne', 'Brandt und Söhne'],
    ['Moreau & Fils', 'Moreau et Fils'],
    ['Société Générale', 'Societe Generale'],
    ['Ørsted Energi', 'Orsted Energi'],
    ['Nestlé', 'NESTLE S.A.'],
    ['Vidal y Compañía', 'Vidal & Compania'],
    ['Smith+Nephew', 'Smith & Nephew'],
  ];
  it.each(same)('%s is %s', (a, b) => {
    const r = new AccountResolver();
    const first = r.resolve(a);
    expect(r.resolve(b)).toBe(first);
  });
});

describe('a company note names its account for every alias and spelling', () => {
  const r = new AccountResolver([
    { name: 'Procter & Gamble', aliases: ['P&G', 'PG'] },
    { name: 'Ironbridge Logistics', aliases: ['IBL', 'ironbridge.io'] },
    { name: 'Acme EMEA', aliases: [] },
    { name: 'Acme Corp', aliases: [] },
  ]);
  const cases: [string, string][] = [
    ['P&G', 'Procter & Gamble'],
    ['Procter and Gamble', 'Procter & Gamble'],
    ['[[Procter & Gamble|P&G]]', 'Procter & Gamble'],
    ['IBL', 'Ironbridge Logistics'],
    ['Ironbridge', 'Ironbridge Logistics'],
    ['ironbridge.io', 'Ironbridge Logistics'],
    ['https://ironbridge.io/', 'Ironbridge Logistics'],
    // A region the vault gives its own note stays apart; other regions are the parent's.
    ['Acme — EMEA', 'Acme EMEA'],
    ['Acme (APAC)', 'Acme Corp'],
    ['Acme Corporation (prospect)', 'Acme Corp'],
  ];
  it.each(cases)('%s is %s', (written, expected) => expect(r.resolve(written)).toBe(expected));
});

describe('placeholders and values that name no account', () => {
  const none = ['{{account}}', '{{ company }}', 'TBD', 'tba', 'N/A', 'n.a.', '-', '—', '?', '???', '<company>', '[Company]', 'Company Name', 'xxx', 'Internal', '[[]]', '0'];
  it.each(none)('%s is no account', (w) => expect(new AccountResolver().resolve(w)).toBeNull());

  it('keeps real names that merely look like placeholders', () => {
    const r = new AccountResolver();
    expect(r.resolve('Nabla')).toBe('Nabla');
    expect(r.resolve('Tbdx Labs')).toBe('Tbdx Labs');
    expect(r.resolve('Internal Systems Ltd')).toBe('Internal Systems Ltd');
  });
});

const note = (frontmatter: string, body = '# Call\n') => parseNote('Meetings/2025-10-02 call.md', `---\ntype: customer\ndate: 2025-10-02\n${frontmatter}---\n${body}`);

describe('the account field as real notes write it', () => {
  it('reads a link written without quotes, which YAML turns into a list of lists', () => {
    expect(new AccountResolver().accountOfNote(note('account: [[Acme Corp]]\n'))).toBe('Acme Corp');
  });

  it('reads the first of a list, and of several links in one string', () => {
    expect(new AccountResolver().accountOfNote(note('account: [Acme, Globex]\n'))).toBe('Acme');
    expect(new AccountResolver().accountOfNote(note('account: "[[Acme]], [[Globex]]"\n'))).toBe('Acme');
    expect(new AccountResolver().accountOfNote(note('account:\n  - "[[Acme]]"\n  - "[[Globex]]"\n'))).toBe('Acme');
  });

  it('reads the first of several names parted by commas, but keeps a legal form after a comma', () => {
    expect(new AccountResolver().accountOfNote(note('account: "Acme, Globex"\n'))).toBe('Acme');
    expect(new AccountResolver().accountOfNote(note('account: "Globex; Acme Corp"\n'))).toBe('Globex');
    expect(new AccountResolver().accountOfNote(note('account: "Acme, Inc."\n'))).toBe('Acme, Inc.');
  });

  it('keeps a company listed among the participants as the account', () => {
    expect(writtenAccount(note('account: Acme Corp\nparticipants: [Ana Ruiz, Acme Corp]\n'))).toBe('Acme Corp');
    expect(writtenAccount(note('account: Halden\nparticipants: [Ana Ruiz, Halden]\n'))).toBe('Halden');
  });

  it('skips a placeholder first in a list', () => {
    expect(new AccountResolver().accountOfNote(note('account: [TBD, Globex]\n'))).toBe('Globex');
  });

  it('falls back to Related when the field is a dash or a template leftover', () => {
    const r = new AccountResolver([{ name: 'Globex', aliases: [] }]);
    expect(r.accountOfNote(note('account: -\n', '# Call\n## Related\n- [[Globex]]\n'))).toBe('Globex');
    expect(r.accountOfNote(note('company: "{{company}}"\n', '# Call\n## Related\n- [[Globex]]\n'))).toBe('Globex');
  });

  it('takes no person for an account: a name the note gives as a participant, person or counterpart', () => {
    expect(writtenAccount(note('account: Ana Ruiz\nparticipants: [Ana Ruiz, Bo Li]\n'))).toBeNull();
    expect(writtenAccount(note('company: "[[Ana Ruiz]]"\nperson: Ana Ruiz\n'))).toBeNull();
    expect(writtenAccount(note('account: Ruiz Partners\nparticipants: [Ana Ruiz]\n'))).toBe('Ruiz Partners');
  });

  it('takes no product linked under Related for an account', () => {
    const r = new AccountResolver([{ name: 'Acme Corp', aliases: [] }]);
    expect(r.accountOfNote(note('', '# Demo\n## Related\n- [[Acme Analytics]]\n- [[Ana Ruiz]]\n'))).toBeNull();
    expect(r.resolve('Acme Analytics')).toBe('Acme Analytics');
  });
});

describe('accounts known from the participants’ e-mail domains', () => {
  const r = () => new AccountResolver([{ name: 'Ironbridge Logistics', aliases: ['ironbridge.io'] }, { name: 'Acme Corp', aliases: [] }]);

  it('names a known account from a participant’s address when the note names none', () => {
    expect(r().accountOfNote(note('participants: [Wren Halloway, "Ana Ruiz <ana@ironbridge.io>"]\n'))).toBe('Ironbridge Logistics');
    expect(r().accountOfNote(note('attendees: [wren@halloway.dev, ana@acme.com, bo@acme.com]\n'))).toBe('Acme Corp');
  });

  it('never from a mail provider, an unknown domain, or beside a field naming the account', () => {
    expect(r().accountOfNote(note('participants: [ana@gmail.com, bo@outlook.com]\n'))).toBeNull();
    expect(r().accountOfNote(note('participants: [ana@gmail.com]\n'))).toBeNull();
    expect(r().accountOfNote(note('participants: [ana@unknownco.com]\n'))).toBeNull();
    expect(r().accountOfNote(note('account: Globex\nparticipants: [ana@acme.com]\n'))).toBe('Globex');
  });

  it('takes none when two known accounts are equally present', () => {
    expect(r().accountOfNote(note('participants: [ana@acme.com, bo@ironbridge.io]\n'))).toBeNull();
  });
});

describe('people ↔ accounts ↔ meetings in the graph', () => {
  const files = [
    { path: 'Companies/Acme Corp.md', text: '---\ntype: company\naliases: [ACME, acme.com]\n---\n# Acme Corp\n' },
    { path: 'People/Ana Ruiz.md', text: '---\ntype: person\ncompany: "[[Acme Corp]]"\n---\n# Ana Ruiz\n' },
    { path: 'Meetings/2025-10-01 a.md', text: '---\ntype: customer\ndate: 2025-10-01\naccount: Acme, Inc.\nparticipants: [Ana Ruiz, Wren Halloway]\n---\n# Kickoff\n' },
    { path: 'Meetings/2025-10-08 b.md', text: '---\ntype: customer\ndate: 2025-10-08\naccount: Acme (prospect)\nparticipants: [Bo Li, Wren Halloway]\n---\n# Pricing\n' },
    { path: 'Meetings/2025-10-15 c.md', text: '---\ntype: customer\ndate: 2025-10-15\naccount: Acme — EMEA\nparticipants: [Cy Moss]\n---\n# Rollout\n' },
    { path: 'Meetings/2025-10-22 d.md', text: '---\ntype: customer\ndate: 2025-10-22\naccount: "{{account}}"\nparticipants: [Dee Park]\n---\n# Sync\n## Related\n- [[Acme Corp|Acme]]\n' },
    { path: 'Meetings/2025-10-29 e.md', text: '---\ntype: meeting\ndate: 2025-10-29\nparticipants: [Wren Halloway, "Eli Vance <eli@acme.com>"]\n---\n# Check-in\n' },
    { path: 'Meetings/2025-10-30 f.md', text: '---\ntype: customer\ndate: 2025-10-30\naccount: TBD\nparticipants: [Fay Ode, "Gus <gus@gmail.com>"]\n---\n# Intro\n' },
  ];
  const g = buildGraph(files, OWNER);

  it('makes one account of every spelling, with every note and meeting of it', () => {
    expect(g.accounts.map((a) => a.name)).toEqual(['Acme Corp']);
    expect(g.accounts[0].notes).toEqual([
      'Companies/Acme Corp.md',
      'Meetings/2025-10-01 a.md',
      'Meetings/2025-10-08 b.md',
      'Meetings/2025-10-15 c.md',
      'Meetings/2025-10-22 d.md',
      'Meetings/2025-10-29 e.md',
    ]);
    expect(g.meetings.filter((m) => m.account === 'Acme Corp')).toHaveLength(5);
  });

  it('files the people met under the account, never the owner, and not the placeholder note’s people', () => {
    expect(g.accounts[0].people).toEqual(expect.arrayContaining(['Ana Ruiz', 'Bo Li', 'Cy Moss', 'Dee Park']));
    expect(g.accounts[0].people).not.toContain('Wren Halloway');
    expect(g.accounts[0].people).not.toContain('Fay Ode');
    expect(g.people.find((p) => p.name === 'Bo Li')?.accounts).toEqual(['Acme Corp']);
    // Known only by the address beside their name.
    expect(g.people.find((p) => p.name === 'Eli Vance')?.accounts).toEqual(['Acme Corp']);
  });
});

describe('cleanAccount', () => {
  it('reads the first of several links, and a link YAML made a list of', () => {
    expect(cleanAccount('[[Acme]], [[Globex]]')).toBe('Acme');
    expect(cleanAccount('[[Acme|ACME Inc]] / [[Globex]]')).toBe('Acme');
  });
});
