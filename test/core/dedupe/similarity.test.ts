import { describe, expect, it } from 'vitest';
import { compareItems, pairScore, APPLY_THRESHOLD, type Comparable } from '../../../src/core/dedupe/similarity';
import { normalizeText } from '../../../src/core/dedupe/normalize';

const item = (text: string, assignee: string | null = null): Comparable => ({ norm: normalizeText(text), assignee });
const conf = (a: string, b: string, aa: string | null = null, bb: string | null = null) => compareItems(item(a, aa), item(b, bb)).confidence;

describe('duplicates are recognised', () => {
  it('verbatim', () => expect(conf('Send the pricing deck to Priya Raman', 'Send the pricing deck to Priya Raman')).toBe(1));
  it('reworded', () => expect(conf('Send the pricing deck to Priya Raman', 'Share the pricing deck with Priya Raman')).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
  it('reordered', () => expect(conf('Schedule a workshop with Keswick Foods on data retention', 'Schedule a data retention workshop with Keswick Foods')).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
  it('added detail (containment, not just overlap)', () =>
    expect(conf('Schedule interviews with leaders', 'Schedule interviews with relevant leaders and founders (including Nadia Karim and Dmitri Volkov)')).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
  it('broken punctuation', () => expect(conf('Send Priya’s notes to the team', 'Send Priyaâ€™s notes to the team')).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
  it('abbreviation and expansion', () =>
    expect(conf('Share role descriptions for the BD lead', 'Share role descriptions for the business development lead')).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
  it('same number written two ways', () => expect(conf('Hire 3 engineers for the Nordics', 'Hire three engineers for the Nordics')).toBeGreaterThanOrEqual(APPLY_THRESHOLD));
});

describe('near-misses are never merged', () => {
  const cases: [string, string, string, string | null, string | null][] = [
    ['quantity', 'Order 2 PB of capacity', 'Order 20 PB of capacity', null, null],
    ['unit', 'Order 2 PB of capacity', 'Order 2 TB of capacity', null, null],
    ['quarter', 'Close the books for Q3', 'Close the books for Q4', null, null],
    ['money', 'Budget $1M for the pilot', 'Budget $10M for the pilot', null, null],
    ['date in text', 'Send the quote by Oct 3', 'Send the quote by Oct 30', null, null],
    ['weekday', 'Move the sync to Thursday', 'Move the sync to Tuesday', null, null],
    ['assignee', 'Draft the runbook', 'Draft the runbook', 'leila haddad', 'kenji mori'],
    ['person', 'Send the pricing deck to Priya Raman', 'Send the pricing deck to Sofia Lind', null, null],
    ['company', 'Prepare the renewal quote for Orbis Freight', 'Prepare the renewal quote for Meridian Labs', null, null],
    ['negation', 'Share the pricing deck with the customer', 'Do not share the pricing deck with the customer', null, null],
    ['no longer', 'Orbis Freight is renewing the contract.', 'Orbis Freight is no longer renewing the contract.', null, null],
    ['opposite verbs', 'Enable SSO for the tenant', 'Disable SSO for the tenant', null, null],
    ['add / remove', 'Add Hugo to the escalation list', 'Remove Hugo from the escalation list', null, null],
    ['a qualifier that brings in another company', 'Keswick Foods signed a 3-year agreement.', 'Keswick Foods signed a 3-year reseller agreement with Orbis Freight.', null, null],
    ['a second party joined with "and"', 'Plan a joint webinar with Halcyon Health', 'Plan a joint webinar with Halcyon Health and Tarnhelm Bank', null, null],
    ['a person added as recipient', 'Share the roadmap deck', 'Share the roadmap deck with Greta Holm', null, null],
  ];
  for (const [kind, a, b, aa, bb] of cases) {
    it(kind, () => {
      const r = compareItems(item(a, aa), item(b, bb));
      expect(r.confidence).toBeLessThan(APPLY_THRESHOLD);
      expect(r.guard).not.toBeNull();
    });
  }
});

describe('names given as detail are not a different party', () => {
  const merged = [
    ['in parentheses', 'Introduce the customer to reference accounts', 'Introduce the customer to reference accounts (Norrland Capital, Vesper Retail)'],
    ['after "e.g."', 'Introduce the customer to reference accounts', 'Introduce the customer to reference accounts, e.g. Norrland Capital or Vesper Retail'],
    ['after "such as"', 'Line up design partners for the beta', 'Line up design partners for the beta, such as Calder Systems and Brightline Energy'],
    ['after "including", names joined with "and"', 'Invite the platform leads to the review', 'Invite the platform leads to the review, including Jonas Holm and Aiko Mori'],
    ['a possessive', 'Book the offsite venue', "Book the offsite venue for Pellucid Media's leadership team"],
    ['an acronym', 'Enable audit logging for the staging tenant', 'Enable audit logging for the staging tenant with SSO'],
    ['a weekday in the plural', 'Move the weekly sync to Thursdays', 'Move the weekly sync to Thursday'],
    ['the party is the other copy\'s assignee', 'Share the roadmap deck with Greta Holm', 'Share the roadmap deck'],
  ];
  for (const [kind, a, b] of merged) {
    it(kind, () => {
      const bb = kind.includes('assignee') ? 'greta holm' : null;
      const r = compareItems(item(a), item(b, bb));
      expect(r.guard).toBeNull();
      expect(r.confidence).toBeGreaterThanOrEqual(APPLY_THRESHOLD);
    });
  }
  it('reads the party a text brings in', () => {
    expect(normalizeText('Keswick Foods signed a 3-year reseller agreement with Orbis Freight.').parties).toEqual(['orbis freight']);
    expect(normalizeText('Schedule interviews with leaders and founders (including Nadia Karim and Dmitri Volkov)').parties).toEqual([]);
  });
});

describe('pairScore, the score without sentences, agrees with compareItems', () => {
  // Pairs where guards combine: the shortcut that skips the name checks once a cheaper
  // guard has decided must give the same confidence and the same guard.
  const pairs: [string, string, string, string | null, string | null][] = [
    ['no guard', 'Send the pricing deck to Priya Raman', 'Share the pricing deck with Priya Raman', null, null],
    ['assignee and different names', 'Send the quote to Orbis Freight', 'Send the quote to Meridian Labs', 'leila haddad', 'kenji mori'],
    ['quantity and assignee', 'Order 2 PB for Orbis Freight', 'Order 20 PB for Orbis Freight', 'leila haddad', 'kenji mori'],
    ['negation and quantity', 'Order 2 PB of capacity', 'Do not order 20 PB of capacity', null, null],
    ['opposite verbs and assignee', 'Enable SSO for the tenant', 'Disable SSO for the tenant', 'leila haddad', 'kenji mori'],
    ['a role and a person', 'Draft the runbook for Orbis Freight', 'Draft the runbook for Orbis Freight', 'HR', 'kenji mori'],
    ['a role and a person, a number on one side', 'Draft the runbook for Orbis Freight', 'Draft the runbook for Orbis Freight by Q3', 'HR', 'kenji mori'],
    ['one side names another party', 'Share the roadmap deck', 'Share the roadmap deck with Greta Holm', 'leila haddad', 'leila haddad'],
    ['different names only', 'Send the pricing deck to Priya Raman', 'Send the pricing deck to Sofia Lind', 'kenji mori', 'kenji mori'],
  ];
  for (const [kind, a, b, aa, bb] of pairs) {
    it(kind, () => {
      const x: Comparable = { ...item(a, aa), assigneeIsRole: aa === 'HR' };
      const y = item(b, bb);
      const full = compareItems(x, y);
      expect(pairScore(x, y)).toEqual({ confidence: full.confidence, guard: full.guard });
    });
  }
});
