import { describe, expect, it } from 'vitest';
import { beginNormalizePass, clearNormalizeCache, normalizeText } from '../../../src/core/dedupe/normalize';
import { findDuplicates } from '../../../src/core/dedupe/cluster';
import { parseNote } from '../../../src/core/parse/index';

describe('the memoised normalisation', () => {
  it('keeps, after a pass over the vault, only the texts the pass read', () => {
    clearNormalizeCache();
    const kept = normalizeText('Send the revised pricing deck to finance');
    const gone = normalizeText('Book the venue for the offsite');
    const end = beginNormalizePass();
    expect(normalizeText('Send the revised pricing deck to finance')).toBe(kept);
    end();
    expect(normalizeText('Send the revised pricing deck to finance')).toBe(kept);
    expect(normalizeText('Book the venue for the offsite')).not.toBe(gone);
  });

  it('gives the same reading after a pass let go of the parts made on demand', () => {
    clearNormalizeCache();
    const text = 'Ana to send the MSA redlines to Orbis Freight legal';
    const first = normalizeText(text);
    const before = { names: [...first.names], parties: [...first.parties], words: [...first.words], signature: first.signature, owner: first.owner };
    const end = beginNormalizePass();
    normalizeText(text);
    end();
    const again = normalizeText(text);
    expect(again).toBe(first);
    expect({ names: [...again.names], parties: [...again.parties], words: [...again.words], signature: again.signature, owner: again.owner }).toEqual(before);
  });

  it('is a whole-vault pass only when the caller says so: a search over a few notes keeps the rest', () => {
    clearNormalizeCache();
    const elsewhere = normalizeText('Renew the support contract with Kestrel');
    const note = parseNote('a.md', '## Action items\n- [ ] Send the deck @Ana\n- [ ] Send the deck @Ana\n');
    expect(findDuplicates([note], [], { owner: null })).toHaveLength(1);
    expect(normalizeText('Renew the support contract with Kestrel')).toBe(elsewhere);
    findDuplicates([note], [], { owner: null, wholeVault: true });
    expect(normalizeText('Renew the support contract with Kestrel')).not.toBe(elsewhere);
  });
});
