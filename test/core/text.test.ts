import { describe, expect, it } from 'vitest';
import { foldAccents, hashText, isBlankLine, lineOf, lineSpan, lineStarts, nameOfPath } from '../../src/core/text';

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
