import { describe, expect, it } from 'vitest';
import { foldAccents, hashText, isBlankLine, lineOf, lineSpan, lineStarts, nameOfPath, TextHash } from '../../src/core/text';

describe('lines', () => {
  const text = 'one\r\ntwo\n\nfour';
  const starts = lineStarts(text);

  it('finds line starts and the line of an offset', () => {
    expect(starts).toEqual([0, 5, 9, 10]);
    expect(lineOf(starts, 0)).toBe(1);
    expect(lineOf(starts, 4)).toBe(1);
    expect(lineOf(starts, 5)).toBe(2);
    expect(lineOf(starts, 14)).toBe(4);
  });

  it('gives a line span without its break, CRLF included', () => {
    expect(lineSpan(text, starts, 1)).toEqual({ start: 0, end: 3, next: 5 });
    expect(lineSpan(text, starts, 4)).toEqual({ start: 10, end: 14, next: 14 });
    expect(isBlankLine(text, starts, 3)).toBe(true);
    expect(isBlankLine(text, starts, 2)).toBe(false);
    expect(isBlankLine(text, starts, 9)).toBe(false);
  });
});

describe('hashText', () => {
  it('tells texts apart, even by one character or one line ending', () => {
    expect(hashText('a\nb')).toBe(hashText('a\nb'));
    expect(hashText('a\nb')).not.toBe(hashText('a\r\nb'));
    expect(hashText('')).not.toBe(hashText(' '));
  });
});

describe('names', () => {
  it('folds accents and dotless i', () => {
    expect(foldAccents('Çağla Yıldız')).toBe('cagla yildiz');
  });
  it('names a note from its path', () => {
    expect(nameOfPath('People/Ana Ferreira.md')).toBe('Ana Ferreira');
    expect(nameOfPath('Top.MD')).toBe('Top');
  });
});

describe('TextHash', () => {
  it('hashes parts added one after another as hashText hashes them joined', () => {
    const parts = ['Meetings/2025-01-07 Pricing.md', '\u0000', '12', '\u0000', 'Send the deck 📅 2025-01-10', '\n', 'Café'];
    const hash = new TextHash();
    for (const p of parts) hash.add(p);
    expect(hash.digest()).toBe(hashText(parts.join('')));
    expect(new TextHash().digest()).toBe(hashText(''));
  });

  it('tells apart parts that join to different texts', () => {
    expect(new TextHash().add('ab').add('c').digest()).toBe(new TextHash().add('a').add('bc').digest());
    expect(new TextHash().add('ab').add('c').digest()).not.toBe(new TextHash().add('a').add('b').digest());
  });
});
