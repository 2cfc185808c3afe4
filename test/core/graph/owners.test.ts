import { describe, expect, it } from 'vitest';
import { writtenOwner } from '../../../src/core/graph/owners';
import { buildGraph } from '../../../src/core/graph/build';

const t = (text: string, fields: Record<string, string> = {}, assignee: string | null = null) => writtenOwner({ text, fields, assignee });

describe('writtenOwner', () => {
  it('reads a name leading the text in the ways note-takers write it', () => {
    expect(t('Ana to send pricing')).toBe('Ana');
    expect(t('Chen Wei will review the SOW')).toBe('Chen Wei');
    expect(t('**Bob**: set up the sandbox')).toBe('Bob');
    expect(t('**Bob:** set up the sandbox')).toBe('Bob');
    expect(t('Chen Wei — review the SOW by Friday')).toBe('Chen Wei');
    expect(t('Zoë Achterberg - book the room')).toBe('Zoë Achterberg');
    expect(t('(Ana) collect references')).toBe('Ana');
    expect(t('[Ana Souza] collect references')).toBe('Ana Souza');
  });

  it('prefers an owner field, and says nothing for a task with an @assignee', () => {
    expect(t('Update CRM', { owner: 'Bob Reyes' })).toBe('Bob Reyes');
    expect(t('Update CRM', { 'Assigned To': ' Ana ' })).toBe('Ana');
    expect(t('Ana to send pricing', {}, 'Bob')).toBeNull();
  });

  it('finds nothing in a task that does not lead with a name', () => {
    expect(t('Send pricing to Ana')).toBeNull();
    expect(t('send the deck: v2')).toBeNull();
    expect(t('Review the SOW')).toBeNull();
  });
});

describe('owners named in words, in the graph', () => {
  const note = [
    '---',
    'type: customer',
    'date: 2025-10-03',
    'participants: [Ana Souza, Bob Reyes, Chen Wei]',
    '---',
    '## Next steps',
    '- [ ] Ana to send pricing',
    '- [ ] **Bob**: set up the sandbox',
    '- [ ] Pricing Review: agree the discount bands',
    '- [ ] Update CRM [owner:: Bob Reyes]',
    '- [ ] Draft the plan @Chen Wei',
    '- [ ] Legal to review the DPA',
  ].join('\n');
  const graph = buildGraph([{ path: 'Meetings/acme.md', text: note }], { owner: 'Ana Souza' });
  const owner = (part: string) => graph.tasks.find((x) => x.text.includes(part))?.owner;

  it('gives the task to the known person its words name', () => {
    expect(owner('send pricing')).toBe('Ana Souza');
    expect(owner('sandbox')).toBe('Bob Reyes');
    expect(owner('Update CRM')).toBe('Bob Reyes');
    expect(owner('Draft the plan')).toBe('Chen Wei');
  });

  it('never makes a person of a capitalised phrase or a team', () => {
    expect(owner('discount bands')).toBeNull();
    expect(owner('review the DPA')).toBeNull();
    expect(graph.people.map((p) => p.name)).not.toContain('Pricing Review');
  });
});

describe('owners heading their items', () => {
  const note = [
    '---',
    'type: customer',
    'date: 2025-10-07',
    'participants: [Priya Raman, Sofía Castaño, Tomasz Wróbel]',
    '---',
    '## Action items',
    '**Priya Raman**',
    '- Send Sofía the renewal pricing',
    '### Sofía Castaño',
    '- [ ] Confirm the exec sponsor',
    '### Next steps',
    '- [ ] Book the review',
  ].join('\n');
  const graph = buildGraph([{ path: 'Meetings/fireflies.md', text: note }], { owner: 'Priya Raman' });
  const owner = (part: string) => graph.tasks.find((x) => x.text.includes(part))?.owner;

  it('gives the items under a person’s name, as a heading or a bold line, to that person', () => {
    expect(owner('renewal pricing')).toBe('Priya Raman');
    expect(owner('exec sponsor')).toBe('Sofía Castaño');
  });

  it('leaves items under other headings unowned', () => {
    expect(owner('Book the review')).toBeNull();
  });
});

describe('owners after a label', () => {
  it('reads the name after Action:, TODO( ) and the like', () => {
    expect(writtenOwner({ text: 'Action: Priya — send the NDA', fields: {}, assignee: null })).toBe('Priya');
    expect(writtenOwner({ text: 'TODO(Tomasz): fix the retry loop', fields: {}, assignee: null })).toBe('Tomasz');
    expect(writtenOwner({ text: 'Action item: review the NDA', fields: {}, assignee: null })).toBeNull();
  });
});

describe('two people sharing a task in its words', () => {
  it.each([
    ['Sofia and Tomasz to draft the plan', 'Sofia'],
    ['Ana & Tomasz: review pricing', 'Ana'],
    ['Tomasz / Ana to sync with legal', 'Tomasz'],
    ['Ana Souza and Tomasz Wren to book the QBR', 'Ana Souza'],
  ])('%s: the first named leads it', (text, owner) => {
    expect(writtenOwner({ assignee: null, fields: {}, text })).toBe(owner);
  });
});

describe('writtenOwner, labels and the first person', () => {
  it('reads an owner label followed by other labels (Owner: Ana, Due: Friday)', () => {
    expect(t('Share sandbox credentials — Owner: Yara Haddad, Due: Friday')).toBe('Yara Haddad');
    expect(t('Share sandbox credentials (owner: Yara; due 3/12)')).toBe('Yara');
    expect(t('Share sandbox credentials — Owner: Yara Haddad | Priority: high')).toBe('Yara Haddad');
  });

  it('reads the first person as the vault owner', () => {
    for (const text of ["I'll share the pilot deck", 'I’ll share the pilot deck', 'I will share the deck', 'I need to share the deck', 'Me: share the deck', 'I to share the deck']) {
      expect([text, t(text)]).toEqual([text, 'Myself']);
    }
  });

  it('does not take a sentence about someone for the first person', () => {
    expect(t('Icebreaker session with the new team')).toBeNull();
    expect(t('Identify the owner of the DPA')).toBeNull();
    expect(t('If legal agrees, send the DPA')).toBeNull();
  });

  it('gives the vault owner the task in the graph, and nobody when the owner is unknown', () => {
    const text = ['---', 'date: 2026-03-10', 'participants: [Hana Sato]', '---', '## Action items', "- [ ] I'll share the pilot metrics deck", ''].join('\n');
    expect(buildGraph([{ path: 'a.md', text }], { owner: 'Jordan Blake' }).tasks.map((x) => x.owner)).toEqual(['Jordan Blake']);
    expect(buildGraph([{ path: 'a.md', text }], {}).tasks.map((x) => x.owner)).toEqual([null]);
  });
});
