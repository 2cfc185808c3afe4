import { describe, expect, it } from 'vitest';
import { normalizeText, stem } from '../../../src/core/dedupe/normalize';

describe('normalizeText', () => {
  it('sets signifiers, tags, links and the assignee aside', () => {
    const n = normalizeText('Send the deck to [[Acme Corp|Acme]] @Tomas Berg 📅 2025-10-03 ⏫ #task ^abc123');
    expect(n.tokens).toEqual([stem('share'), stem('deck'), stem('acme')]);
    expect(n.quantities).toEqual([]);
  });
  it('reads quantities, quarters, money and dates', () => {
    const n = normalizeText('Order 2 PB for Q3, budget $1.5M, due Oct 5th; 1,600 people');
    expect(n.quantities).toEqual(expect.arrayContaining(['2pb', 'q3', '$1500000', 'd:10-5', '1600']));
  });
  it('finds names but not the first verb', () => {
    expect(normalizeText('Send the deck to Priya Raman at Keswick Foods').names).toEqual(['priya', 'raman', 'keswick', 'foods']);
    expect(normalizeText('Alice to send the deck').names).toEqual(['alice']);
  });
  it('flags negation', () => {
    expect(normalizeText("Don't share the deck").negated).toBe(true);
    expect(normalizeText('Share the deck').negated).toBe(false);
  });
  it('cleans broken apostrophes and Tasks emoji', () => {
    expect(normalizeText('Set up Jasonâ€™s call ðŸ“… 2025-10-26').tokens).toEqual([stem('schedule'), 'jason', 'meet']);
  });
  it('stems lightly and consistently', () => {
    expect(stem('scheduling')).toBe(stem('scheduled'));
    expect(stem('interviews')).toBe('interview');
    expect(stem('organise')).toBe(stem('organize'));
  });
});
