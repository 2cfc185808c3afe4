/**
 * Broken text the way real vaults get broken, beyond the fixture modes: letters that lost their second
 * byte with no other evidence on the line, look-alike candidates that only the context tells apart, and
 * guesses that nothing tells apart (left alone). Every broken line here is made by mis-decoding real
 * UTF-8, with the codec tables the repair itself reads back.
 */
import { describe, expect, it } from 'vitest';
import { findMojibake, fixText } from '../../../src/core/repair/mojibake';
import { decodeWith, utf8Bytes } from '../../../src/core/repair/mojibake-simulate';
import { WINDOWS_1252, WINDOWS_1254 } from '../../../src/core/repair/codecs';

const dropped1252 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1252, 'dropped');
const replaced1252 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1252, 'replaced');
const dropped1254 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1254, 'dropped');

/** Repairs `broken`, checks the result, idempotence, and that findMojibake's spans give the same text. */
function expectRepair(broken: string, want: string): void {
  const fixed = fixText(broken);
  expect(fixed, JSON.stringify(broken)).toBe(want);
  expect(fixText(fixed)).toBe(fixed);
  let applied = broken;
  for (const f of [...findMojibake(broken).fixes].reverse()) applied = applied.slice(0, f.start) + f.after + applied.slice(f.end);
  expect(applied).toBe(fixed);
}

describe('a letter that lost its second byte, with no other evidence on the line', () => {
  it('ō inside and at the end of a word (Windows-1252 dropped 0x8D)', () => {
    const line = 'Ryōta Satō and Kōji Itō';
    expect(dropped1252(line)).toBe('RyÅta SatÅ and KÅji ItÅ');
    expectRepair(dropped1252(line), line);
  });
  it('ō at the very end of the text', () => expectRepair(dropped1252('Call with Itō'), 'Call with Itō'));
  it('Ł starting a word before a vowel (0x81 dropped)', () => {
    expectRepair(dropped1252('Łukasz will send it'), 'Łukasz will send it');
    expectRepair(dropped1252('[[Łukasz Wójcik]]'), '[[Łukasz Wójcik]]');
  });
  it('Ł before a letter that is itself mojibake (Łódź)', () => {
    const line = 'Łódź office, Gdańsk office';
    expectRepair(dropped1252(line), line);
  });
  it('Đ before a mojibake vowel when the whole line is broken (Vietnamese)', () => {
    const line = 'Nguyễn Văn Đức';
    expectRepair(dropped1252(line), line);
  });
  it('ō after a word-initial capital when a U+FFFD stands for the lost byte (not Ł)', () => {
    expectRepair(replaced1252('Kōji and Ryōta'), 'Kōji and Ryōta');
  });
  it('Ş on a Turkish line where Windows-1254 dropped 0x9E (Şahin), not Ł', () => {
    const line = 'Çağla Yıldız and İlkay Şahin from İzmir';
    expect(dropped1254(line)).toContain(' Åahin');
    expectRepair(dropped1254(line), line);
  });
  it('Ł or Ş before a, e, i with nothing else on the line to tell: left alone', () => {
    expect(fixText('Ekin Åahin joined')).toBe('Ekin Åahin joined');
  });
  it('Ł with a U+FFFD, not the equally spelled Ő', () => expectRepair(replaced1252('Łukasz and Renée'), 'Łukasz and Renée'));
});

describe('look-alikes told apart by their surroundings', () => {
  it('an emoji before VS16 is one that takes it (🏳️‍🌈, not 🍳)', () => {
    const line = '🏳️‍🌈 Pride ERG sync moved';
    expectRepair(dropped1252(line), line);
    expectRepair(replaced1252(line), line);
  });
  it('„ opens a quote and ” closes one (Windows-1254 loses both bytes)', () => {
    const line = 'Er sagte „Termin verschoben“ — and “ok” said Mira';
    expectRepair(dropped1254(line), line);
  });
});

describe('guesses that nothing tells apart are left alone', () => {
  it('a CJK character that lost a byte is not replaced by an arbitrary neighbour', () => {
    // 東 is E6 9D B1; with 0x9D gone, 恱 (E6 81 B1) and five others fit as well.
    const broken = replaced1252('東京 meeting with 田中さん');
    const fixed = fixText(broken);
    expect(fixed.endsWith('京 meeting with 田中さん')).toBe(true);
    expect(fixed).not.toContain('恱');
    expect(fixed.startsWith('æ\ufffd±')).toBe(true);
    expect(findMojibake(broken).suspects.map((x) => x.text)).toContain('æ\ufffd');
  });
  it('a Hangul syllable that lost a byte stays as it was', () => {
    const fixed = fixText(replaced1252('회의'));
    expect(fixed).not.toContain('쁘');
  });
  it('a lone Ã before a vowel may be Ð as well as Á: left alone', () => {
    expect(fixText(dropped1252('Ðorđe and Đurđa'))).not.toContain('Áor');
  });
  it('a U+FFFD between two candidates of equal weight is not dropped for the lead alone (Ďurčo)', () => {
    const broken = replaced1252('Ďurčo');
    expect(fixText(broken)).not.toContain('č\ufffd');
  });
  it('Cyrillic capitals of like frequency (А/Н) are left; a frequent small letter is chosen (с)', () => {
    expect(fixText(replaced1252('Анна'))).toBe('Ð\ufffdнна');
    expectRepair(replaced1252('обсудили'), 'обсудили');
  });
});

describe('clean text near these rules never changes', () => {
  const clean = [
    'Åsa, Åke and Ålesund', 'Ångström units', 'ÅLAND and ÅSA', 'Ärger, Änderung, Äußerung',
    'Ölfabrik, Übermut', 'Ísland and Ítalo', 'Áron and Ágnes', 'SÃO PAULO',
    'Ōsaka and Kyōto', 'Łódź', 'Ðe', 'Ýmir',
  ];
  for (const line of clean) it(line, () => expect(fixText(line)).toBe(line));
});
