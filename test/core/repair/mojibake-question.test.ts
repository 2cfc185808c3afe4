/**
 * Text broken by a tool that writes `?` for a byte it cannot map (.NET, Java and PHP encoders, `iconv -c`):
 * `ðŸ“…` survives but `⏫` becomes `â?«`, `”` becomes `â€?` and `Á` becomes `Ã?`. A repair may then
 * consume that `?` — only where it completes a sequence — and never a real question mark.
 * Every broken line is made by mis-decoding real UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { findMojibake, fixText, mayHoldMojibake } from '../../../src/core/repair/mojibake';
import { breakText, decodeWith, utf8Bytes } from '../../../src/core/repair/mojibake-simulate';
import { WINDOWS_1252, WINDOWS_1254 } from '../../../src/core/repair/codecs';

const q1252 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1252, 'question');
const q1254 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1254, 'question');

/** Applies findMojibake's fixes to `text`, checking that each points at its own text. */
function applyFixes(text: string): string {
  let out = '';
  let at = 0;
  for (const f of findMojibake(text).fixes) {
    expect(text.slice(f.start, f.end)).toBe(f.before);
    expect(f.start).toBeGreaterThanOrEqual(at);
    out += text.slice(at, f.start) + f.after;
    at = f.end;
  }
  return out + text.slice(at);
}

/** Repairs `broken`, checks the result, idempotence, and that findMojibake's spans give the same text. */
function expectRepair(broken: string, want: string): void {
  const fixed = fixText(broken);
  expect(fixed, JSON.stringify(broken)).toBe(want);
  expect(fixText(fixed)).toBe(fixed);
  expect(applyFixes(broken)).toBe(fixed);
}

describe('a `?` that stood for a lost byte', () => {
  const lines = [
    '- [ ] Send the revised SOW to Halvorsen & Dunn @Mira Castell 📅 2025-11-04 ⏫ #task',
    '- [ ] Weekly pipeline review 🔁 every week on Monday 📅 2025-11-10',
    '- [-] Cancel the old vendor contract ❌ 2025-10-29',
    '- [ ] Archive the pilot board 🏁 delete 📅 2025-12-01',
    '- [ ] Prepare the board deck ⏳ 2025-11-02 🔽',
    '- [ ] Hire a second SRE ⏬ #hiring',
    'He said “we’re not ready yet” — and honestly he’s right.',
    'The client’s answer: “not before Q1”… which changes the plan.',
    '👩‍💻 pairing with Tomás on the parser',
    '👨‍👩‍👧 family leave starts Monday',
    '❤️ thanks everyone for the launch',
    '⚠️ Risk: the data migration isn’t tested yet',
    '🏳️‍🌈 ERG meeting moved to Thursday',
    '🙏 Thanks Zoë for covering',
    '🔁 recurring: budget check-in',
    'Notes from Łukasz Wiśniewski and Paweł Krzyżanowski',
    'Ryōta Satō and Kōji Itō joined from Tōkyō',
    'Next steps → Álvaro owns it 👍',
    'Čeština: účast potvrdila i Šárka',
  ];
  for (const line of lines) {
    it(line, () => {
      expect(q1252(line)).toContain('?');
      expectRepair(q1252(line), line);
    });
  }
  it('Windows-1254 writes `?` for two more bytes (0x8E, 0x9E): ➕ and Ş', () => {
    expectRepair(q1254('- [ ] Kick-off ➕ 2025-10-28 📅 2025-11-03'), '- [ ] Kick-off ➕ 2025-10-28 📅 2025-11-03');
    expectRepair(q1254('Çağla Yıldız ve Şebnem Öztürk'), 'Çağla Yıldız ve Şebnem Öztürk');
  });
  it('inside a word, where no question can stand, but only for the one plausible character', () => {
    // `Ñ?` is с, э or я, told apart by nothing but frequency: the rest of the word is mended, that is left.
    expect(q1252('обсудили')).toBe('Ð¾Ð±Ñ?ÑƒÐ´Ð¸Ð»Ð¸');
    expectRepair(q1252('обсудили бюджет — “ok”'), 'обÑ?удили бюджет — “ok”');
    expectRepair(q1252('пятницу — “ok”'), 'пÑ?тницу — “ok”');
  });
  it('the lost byte is the one the codec could not map, wherever it stands in the sequence', () => {
    expectRepair('â?« high', '⏫ high'); // E2 8F AB: the second byte
    expectRepair('say â€œhiâ€? to them', 'say “hi” to them'); // E2 80 9D: the last
    expectRepair('- [ ] a ðŸ?? delete', '- [ ] a 🏁 delete'); // F0 9F 8F 81: two of them
  });
});

describe('a real question mark is never consumed', () => {
  const clean = [
    'Why? Because the vendor never answered.', 'Really??', 'Qué? No sé.', '¿Qué? ¡No!', 'NÃO? ENTÃO? IRMÃ?',
    'AQUÍ? ALLÍ?', 'COSÌ? PERCHÉ?', 'Strauß?', 'Olé? café?', 'ÉTÉ?', 'Über? Ähnlich? Öl?', 'Ñandú? Ñoño?',
    'PÅ? Å? Ä?', 'Ã? Â? Ð? Ñ? Ï? ß?', 'Привет? Как дела?', 'Что? Где? Когда?', 'Co? Gdzie? Łódź?',
    'Přijde Jiří? Ano.', 'Ελληνικά; Ω? μ?', '✅ done? ⏫ high? 📅 when?', '👍? 🙏?', '“Quoted?” — yes.',
    'https://example.com/search?q=café&lang=fr', 'Regex: /é?/u and [à-ÿ]?', 'é?è?ê?', 'Größe?Nein',
  ];
  for (const line of clean) {
    it(line, () => {
      expect(fixText(line)).toBe(line);
      expect(fixText(line.normalize('NFD'))).toBe(line.normalize('NFD'));
      expect(findMojibake(line).fixes).toEqual([]);
    });
  }
  it('after a sequence that is already complete, in broken text', () => {
    expectRepair(q1252('Qué? No sé.'), 'Qué? No sé.');
    expectRepair(q1252('“Ready?” she asked — “really?”'), '“Ready?” she asked — “really?”');
    expectRepair(q1252('Sure 👍? or 🙏??'), 'Sure 👍? or 🙏??');
    expectRepair('Â¿QuÃ©?', '¿Qué?');
    expectRepair(q1252('Can Álvaro join? Ask Łukasz?'), 'Can Álvaro join? Ask Łukasz?');
  });
  it('on a line whose tool dropped the bytes it could not map, a `?` ending a run asks', () => {
    const dropped = (t: string): string => breakText(t, 'windows-1252/dropped');
    expect(dropped('Ask “is it ok”? ⏫')).toBe('Ask â€œis it okâ€? â«');
    expectRepair(dropped('- [ ] Ask “is it ok”? ⏫ #task'), '- [ ] Ask “is it ok”? ⏫ #task');
    expectRepair(dropped('Did he say “no”? ❤️'), 'Did he say “no”? ❤️');
  });
  it('a letter that a `?` would complete but nothing tells apart is left as it is', () => {
    // `Ã?` before a vowel may be Ð as well as Á; `Ð?` is А or Н alike.
    expect(fixText(q1252('Ðorđe said hi — “ok”'))).toContain('Ã?or');
    expect(fixText(q1252('Анна — “ok”'))).toContain('Ð?нна');
  });
});

describe('offsets when a `?` is consumed', () => {
  const text = ['---', 'title: 1:1 â€” Dana', '---', '- [ ] Call Zoë â?« ðŸ“… 2025-10-26 #task\r', 'Why? “okâ€? said Ã?lvaro', 'ðŸ‘©â€?ðŸ’» ok?'].join('\n');
  it('each fix covers its `?`, and applying them gives fixText', () => {
    const { fixes } = findMojibake(text);
    expect(fixes.map((f) => [f.before, f.after])).toEqual([
      ['â€”', '—'],
      ['â?«', '⏫'],
      ['ðŸ“…', '📅'],
      ['â€?', '”'],
      ['Ã?', 'Á'],
      ['ðŸ‘©â€?ðŸ’»', '👩‍💻'],
    ]);
    expect(applyFixes(text)).toBe(fixText(text));
    expect(fixText(text).split('\n').slice(3)).toEqual(['- [ ] Call Zoë ⏫ 📅 2025-10-26 #task\r', 'Why? “ok” said Álvaro', '👩‍💻 ok?']);
  });
  it('every character outside the fixes is kept', () => {
    const { fixes } = findMojibake(text);
    let at = 0;
    for (const f of fixes) {
      expect(fixText(text.slice(at, f.start))).toBe(text.slice(at, f.start));
      at = f.end;
    }
  });
  it('the fast path finds a `?` sequence alone on a line, and lets a question be', () => {
    expect(mayHoldMojibake('- [ ] a â?« #task')).toBe(true);
    expect(mayHoldMojibake('Call Ã?lvaro')).toBe(true);
    expect(mayHoldMojibake('¿Qué? ¿Más?')).toBe(false);
  });
  it('the simulated mode breaks text as the tools do', () => {
    expect(breakText('⏫ ”', 'windows-1252/question')).toBe('â?« â€?');
  });
});
