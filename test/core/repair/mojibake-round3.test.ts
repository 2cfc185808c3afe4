/**
 * A robustness round on broken text the repair was not built from: text broken twice, lines where only
 * part is broken, ISO-8859-1 C1 controls, NBSP damage, punctuation and symbols, emoji sequences (skin
 * tones, ZWJ, flags) in every codec, broken text at a line's edges, inside links and task signifiers,
 * bytes lost or written as `?` — and clean text in many languages that merely looks odd.
 *
 * Where a case is written as a literal it is what the tools write; the rest are made by mis-decoding
 * real UTF-8 with the codec tables, so that the broken form is exactly what a wrong codec produces.
 */
import { describe, expect, it } from 'vitest';
import { findMojibake, fixText } from '../../../src/core/repair/mojibake';
import { decodeWith, utf8Bytes } from '../../../src/core/repair/mojibake-simulate';
import { LATIN_1, MAC_ROMAN, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, WINDOWS_1254 } from '../../../src/core/repair/codecs';

const cp1252 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1252, 'c1');
const dropped = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1252, 'dropped');
const question = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1252, 'question');
const latin1 = (s: string): string => decodeWith(utf8Bytes(s), LATIN_1, 'c1');
const mac = (s: string): string => decodeWith(utf8Bytes(s), MAC_ROMAN, 'c1');
const macNoLogo = (s: string): string => mac(s).replace(/\uf8ff/g, '');
const cp1254 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1254, 'dropped');
const cp1250 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1250, 'c1');
const cp1251 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1251, 'c1');
/** Windows-1252 twice over, the second time dropping the bytes it cannot map. */
const twice = (s: string): string => dropped(cp1252(s));

/** Repairs `broken`, checks the result, idempotence, and that findMojibake's spans give the same text. */
function expectRepair(broken: string, want: string): void {
  const fixed = fixText(broken);
  expect(fixed, JSON.stringify(broken)).toBe(want);
  expect(fixText(fixed), 'idempotent').toBe(fixed);
  let applied = broken;
  for (const f of [...findMojibake(broken).fixes].reverse()) {
    expect(broken.slice(f.start, f.end)).toBe(f.before);
    applied = applied.slice(0, f.start) + f.after + applied.slice(f.end);
  }
  expect(applied, 'findMojibake spans').toBe(fixed);
}

/** [what it is, broken text, what was written]. */
type Case = [string, string, string];

const DOUBLE: Case[] = [
  ['📅 broken twice, as written by hand', '- [ ] Renew the lease Ã°Å¸â€œâ€¦ 2025-11-30', '- [ ] Renew the lease 📅 2025-11-30'],
  ['’ broken twice', 'ItÃ¢â‚¬â„¢s settled', 'It’s settled'],
  ['names broken twice', 'JosÃƒÂ© and MÃƒÂ¼ller', 'José and Müller'],
  ['“ ” broken twice, the second pass dropping 0x9D', twice('He said “soon” again'), 'He said “soon” again'],
  ['✅ broken twice', twice('- [x] Ship the beta ✅ 2025-10-02'), '- [x] Ship the beta ✅ 2025-10-02'],
  ['é broken three times', cp1252(cp1252(cp1252('Café'))), 'Café'],
  ['Mac Roman, then Windows-1252', cp1252(mac('Renée’s plan — ok')), 'Renée’s plan — ok'],
];

const MIXED: Case[] = [
  ['a real ë beside a broken ’', 'Zoë said itâ€™s done', 'Zoë said it’s done'],
  ['a real — beside a broken emoji', 'Müller — ðŸ‘ approved', 'Müller — 👍 approved'],
  ['a real accent beside a broken en dash', 'Café Lumière â€“ Q4 review', 'Café Lumière – Q4 review'],
  ['Turkish name beside a broken pin', 'Çağla Yıldız â€” ðŸ“Œ pinned', 'Çağla Yıldız — 📌 pinned'],
  ['Greek beside a broken dash', 'Καλημέρα â€” meeting moved', 'Καλημέρα — meeting moved'],
  ['Cyrillic beside a broken apostrophe', 'Привет team, itâ€™s Ivan', 'Привет team, it’s Ivan'],
  ['Chinese beside a broken due date', '会议纪要 â€” ðŸ“… 2025-10-26', '会议纪要 — 📅 2025-10-26'],
  ['a real emoji beside a broken one', '👍 and ðŸŽ‰ both', '👍 and 🎉 both'],
  ['a broken name beside a real one', 'FranÃ§ois and Françoise', 'François and Françoise'],
  ['a real NBSP beside broken quotes', 'Total\u00a0: â€œ12â€', 'Total\u00a0: “12”'],
];

const C1: Case[] = [
  ['’ and — as ISO-8859-1', 'weâ\u0080\u0099ll see â\u0080\u0094 maybe', 'we’ll see — maybe'],
  ['“ ” as ISO-8859-1', 'â\u0080\u009cquotedâ\u0080\u009d', '“quoted”'],
  ['📌 as ISO-8859-1', 'ð\u009f\u0093\u008c Pinned', '📌 Pinned'],
  ['a task line as ISO-8859-1', latin1('- [ ] Draft the memo ⏫ 📅 2025-11-04'), '- [ ] Draft the memo ⏫ 📅 2025-11-04'],
];

const SYMBOLS: Case[] = [
  ['NBSP kept after its lead', '10Â\u00a0km away', '10\u00a0km away'],
  ['middle dot', 'Notes Â· 2025-10-02', 'Notes · 2025-10-02'],
  ['pound sign in a finance note', 'Revenue Â£1.2m, up Â±5%', 'Revenue £1.2m, up ±5%'],
  ['degrees and copyright', 'Keep at 4Â°C Â©2025', 'Keep at 4°C ©2025'],
  ['en dash between quarters', 'Q3 â€“ Q4', 'Q3 – Q4'],
  ['ellipsis ending the line', 'waiting on legalâ€¦', 'waiting on legal…'],
  ['bullet starting the line', 'â€¢ first point', '• first point'],
  ['right arrow', 'A â†’ B', 'A → B'],
  ['left arrow that lost 0x90', 'B â† A', 'B ← A'],
  ['check mark ✓', 'âœ“ done', '✓ done'],
  ['heavy check mark ✔', 'âœ” shipped', '✔ shipped'],
  ['cross mark ❌ with its 0x9D dropped', 'âŒ blocked', '❌ blocked'],
  ['⚠️ in Mac Roman', mac('⚠️ careful'), '⚠️ careful'],
  ['📌 in Windows-1254', 'ğŸ“Œ pinned', '📌 pinned'],
  ['🔴 and 🟢', 'ðŸ”´ red, ðŸŸ¢ green', '🔴 red, 🟢 green'],
  ['a flag', 'Berlin ðŸ‡©ðŸ‡ª office', 'Berlin 🇩🇪 office'],
  ['a skin tone, bytes dropped', dropped('Nice 👍🏽 work'), 'Nice 👍🏽 work'],
  ['a skin tone in Mac Roman', macNoLogo('Nice 👍🏽 work'), 'Nice 👍🏽 work'],
  ['a ZWJ sequence, bytes dropped', 'ðŸ‘©â€ðŸ’» pairing', '👩‍💻 pairing'],
  ['a ZWJ sequence in Mac Roman', mac('👩‍💻 pairing'), '👩‍💻 pairing'],
  ['a ZWJ sequence in Windows-1254', cp1254('👩‍💻 pairing'), '👩‍💻 pairing'],
  ['a ZWJ sequence with `?`', question('👩‍💻 pairing'), '👩‍💻 pairing'],
];

const PLACES: Case[] = [
  ['at the very start of a line', 'ðŸ“… 2025-10-26 is the date', '📅 2025-10-26 is the date'],
  ['at the very end, a lost byte', 'Thanks everyone ðŸ™', 'Thanks everyone 🙏'],
  ['inside a link', 'See [[JosÃ© RamÃ­rez]]', 'See [[José Ramírez]]'],
  ['inside a link, a dash', '[[Acme â€“ Kickoff]]', '[[Acme – Kickoff]]'],
  ['an alias in a link', '[[Zoë Lefèvre|ZoÃ«]]', '[[Zoë Lefèvre|Zoë]]'],
  ['🔼 medium', '- [ ] Plan the offsite ðŸ”¼ ðŸ“… 2025-11-01', '- [ ] Plan the offsite 🔼 📅 2025-11-01'],
  ['🔽 low', '- [ ] Tidy the wiki ðŸ”½', '- [ ] Tidy the wiki 🔽'],
  ['⏳ scheduled, 0x8F dropped', '- [ ] Prep slides â³ 2025-11-01', '- [ ] Prep slides ⏳ 2025-11-01'],
  ['🛫 start', '- [ ] Start the audit ðŸ›« 2025-11-03', '- [ ] Start the audit 🛫 2025-11-03'],
  ['➕ created', '- [ ] Hire a designer âž• 2025-10-01', '- [ ] Hire a designer ➕ 2025-10-01'],
  ['🔁 recurring, 0x81 dropped', '- [ ] Standup notes ðŸ” every weekday', '- [ ] Standup notes 🔁 every weekday'],
  ['⏳ with `?`', '- [ ] Prep slides â?³ 2025-11-01', '- [ ] Prep slides ⏳ 2025-11-01'],
  ['🔁 with `?`', '- [ ] Standup notes ðŸ”? every weekday', '- [ ] Standup notes 🔁 every weekday'],
  ['Mac Roman task line', '- [ ] Ship it üîº üìÖ 2025-11-01', '- [ ] Ship it 🔼 📅 2025-11-01'],
  ['Windows-1254 task line', '- [ ] Ship it ğŸ”½ ğŸ“… 2025-11-01', '- [ ] Ship it 🔽 📅 2025-11-01'],
  ['a done task, every signifier broken', dropped('- [x] Close Q3 books 🔺 ➕ 2025-09-01 ✅ 2025-10-02'), '- [x] Close Q3 books 🔺 ➕ 2025-09-01 ✅ 2025-10-02'],
];

const CODECS: Case[] = [
  ['Mac Roman beside real accents', 'Renée‚Äôs plan ‚Äî ok', 'Renée’s plan — ok'],
  ['Polish as Windows-1250', cp1250('Zażółć gęślą jaźń — spotkanie'), 'Zażółć gęślą jaźń — spotkanie'],
  ['Russian as Windows-1251', cp1251('Привет, как дела?'), 'Привет, как дела?'],
  ['Czech as Windows-1252', cp1252('Příliš žluťoučký kůň'), 'Příliš žluťoučký kůň'],
  ['a closing quote written as `?` at the end', 'He said â€œokâ€?', 'He said “ok”'],
  ['French with à: the NBSP that was its second byte kept', 'C’est dÃ©jÃ\u00a0 fait', 'C’est déjà fait'],
  ['Japanese whose の lost 0x81, amid repaired kanji and kana', dropped('日本語のメモ'), '日本語のメモ'],
  ['an upper-case É ending a line with other mojibake', 'IRMÃ E CAFÃ‰', 'IRMÃ E CAFÉ'],
  ['í whose invisible soft hyphen was stripped', 'MartÃn and RamÃrez', 'Martín and Ramírez'],
  ['a UTF-8 byte order mark read as Windows-1252', 'ï»¿# Weekly sync', '\ufeff# Weekly sync'],
];

const SPACES_AND_KEYCAPS: Case[] = [
  ['narrow NBSP before AM (macOS times)', '10:00â€¯AM standup', '10:00\u202fAM standup'],
  ['narrow NBSP in Mac Roman', mac('10:00\u202fAM standup'), '10:00\u202fAM standup'],
  ['narrow NBSP broken twice', cp1252(cp1252('Due 5\u202fPM')), 'Due 5\u202fPM'],
  ['French thin space before a colon', 'Note\u00a0: prix 5â€¯â‚¬', 'Note\u00a0: prix 5\u202f€'],
  ['keycap digits', cp1252('1️⃣ first, 2️⃣ second'), '1️⃣ first, 2️⃣ second'],
  ['keycap digits, VS16 bytes dropped', dropped('Step 3️⃣ done'), 'Step 3️⃣ done'],
  ['keycap digits in Mac Roman', mac('#️⃣ tag'), '#️⃣ tag'],
  ['degrees after a number in Mac Roman', '90¬∞ turn', '90° turn'],
  ['a half after a number in Mac Roman', 'Took 1¬Ω days', 'Took 1½ days'],
];

const ALL_BROKEN: [string, Case[]][] = [
  ['text broken twice', DOUBLE],
  ['lines only partly broken', MIXED],
  ['ISO-8859-1 with C1 controls', C1],
  ['punctuation, symbols and emoji sequences', SYMBOLS],
  ['broken text at the edges, in links and in signifiers', PLACES],
  ['other codecs', CODECS],
  ['spaces, keycaps and units', SPACES_AND_KEYCAPS],
];

for (const [title, cases] of ALL_BROKEN) {
  describe(title, () => {
    for (const [name, broken, want] of cases) it(name, () => expectRepair(broken, want));
  });
}

/**
 * Clean text that merely looks odd. Decisions:
 * - `Ã la carte` alone stays: `Ã` before a space is `à` whose NBSP became a space, or `À` whose C1
 *   control was stripped, or the letter itself being talked about; only other mojibake on the line
 *   tells which (see below).
 * - `Â£` is always mojibake: no language writes `Â` before a currency sign (repaired above).
 */
const CLEAN: string[] = [
  'Ã la carte',
  'naïve café, Zoë, Müller, José, Çağla',
  'Die Größe der Übergänge ist äußerst wichtig.',
  'Şükrü ile Ağustos’ta İzmir’de görüştük.',
  'Spotkanie z Łucją w Łodzi — źle się czuła.',
  'Příliš žluťoučký kůň úpěl ďábelské ódy.',
  'L’équipe a validé le « plan B » à 15 h.',
  '∀x ∈ ℝ: |x| ≥ 0, ∑ aᵢ ≈ 3.14, ∂f/∂x',
  'Ðórr, ÞÓRÐUR and Guðrún Jónsdóttir',
  'ÉQUIPE ÉTÉ — RÉUNION À 10H',
  '¿Dónde está el año? ¡Allí!',
  'Συνάντηση με την Ελένη — ΟΚ',
  'Ђорђе Петровић и Љиљана',
  'Nguyễn Thị Lan — cuộc họp',
  'ÎNTÂLNIRE ȘI Științe',
  'Győr, Szőke Örs — ŐSZ',
  '議事録：来週の打ち合わせ',
  '👍🏽 👩‍💻 🇩🇪 🔴 🟢 ✓ ✔ ❌ ⚠️ 📌',
  'AÇÃO — INFORMAÇÃO ÚTIL',
  'Ærø — ÆØÅ — Åsa',
  'Revenue £1.2m (+5%), €3k, ¥2000',
  'Zoë’s “naïve” café — Âge d’or',
  '- [ ] Ship it 🔼 📅 2025-11-01 #task',
  'THE ÂME — Ô DIEU',
];

describe('clean text that merely looks odd', () => {
  for (const line of CLEAN) {
    it(line, () => {
      for (const form of [line, line.normalize('NFD')]) {
        expect(fixText(form)).toBe(form);
        expect(findMojibake(form).fixes).toEqual([]);
      }
    });
  }
});

describe('à whose NBSP became a space, told by other mojibake on the line', () => {
  it('after a word’s letters (voilà, déjà)', () => expectRepair('VoilÃ  â€” dÃ©jÃ  fait', 'Voilà  — déjà  fait'));
  it('as a word of its own before a lower-case word', () => expectRepair('Menu Ã la carte â€” cafÃ©', 'Menu à la carte — café'));
  it('not alone on the line', () => expect(fixText('Menu Ã la carte')).toBe('Menu Ã la carte'));
  it('not in an upper-case word (Portuguese)', () => expect(fixText('IRMÃ E CAFÃ‰')).toBe('IRMÃ E CAFÉ'));
});

describe('í whose soft hyphen was stripped', () => {
  it('alone on the line', () => expectRepair('Call with MartÃn', 'Call with Martín'));
  it('before a vowel', () => expectRepair('MarÃa and LucÃa', 'María and Lucía'));
  it('not a word-initial Ã before a vowel (Á or Ð alike), nor in an upper-case word', () => {
    expect(fixText('Ãorla')).toBe('Ãorla');
    expect(fixText('SÃO PAULO and IRMÃs')).toBe('SÃO PAULO and IRMÃs');
  });
  it('not an à ending a word without other mojibake on the line', () => expect(fixText('voilÃ done')).toBe('voilÃ done'));
});

describe('a real question mark inside a run of mojibake', () => {
  it('between two readings under Windows-1250', () => expectRepair(cp1250('Kraków «¿Qué?» µm'), 'Kraków «¿Qué?» µm'));
  it('between two readings under Windows-1251', () => expectRepair(cp1251('Szőke “¿Qué?’s” ok'), 'Szőke “¿Qué?’s” ok'));
  it('between two readings under Windows-1252', () => expectRepair(cp1252('¿Qué?» and “Où?”'), '¿Qué?» and “Où?”'));
});

describe('one-letter words that look like a lead byte', () => {
  const clean = ['Å’s pier and Æ’s ligature', 'the river Å\u00a0Kommune', 'Ö\u00a0Island and Ä\u00a0Street'];
  for (const line of clean) it(JSON.stringify(line), () => expect(fixText(line)).toBe(line));
  it('Š and Œ are still read where they start a word', () => {
    expectRepair(cp1252('Škoda and ŠKODA and Œuvre'), 'Škoda and ŠKODA and Œuvre');
  });
  it('a weak reading left alone is no neighbour for a lost byte (IRMÃ before Åsa)', () => {
    expect(fixText('IRMÃ\u00a0Åsa and “IRMÃ”')).toBe('IRMÃ\u00a0Åsa and “IRMÃ”');
  });
});

describe('CJK read through Windows-1250 and -1251, and the clean words that look like it', () => {
  it('Chinese, Japanese and Korean through Windows-1251', () => {
    const line = '会议纪要 — 日本語のメモ。、 한국어';
    expectRepair(cp1251(line), line);
  });
  it('Chinese and Japanese through Windows-1250', () => {
    const line = '会议纪要：第三季度 — のメモ';
    expectRepair(cp1250(line), line);
  });
  it('Russian and Ukrainian words that read as one CJK character each stay', () => {
    for (const line of ['Её» и Азії', 'её\u00a0её».', 'ещё\u00a0её — «её»', 'моєї, всієї, її']) expect(fixText(line)).toBe(line);
  });
  it('an upper-case Romanian word before a closing “ stays', () => expect(fixText('„ȚARĂ“ și „CÂŞTIG”')).toBe('„ȚARĂ“ și „CÂŞTIG”'));
});

describe('a few more symbols', () => {
  it('subscript letters', () => expectRepair('Σ xáµ¢ over i', 'Σ xᵢ over i'));
  it('the ideographic comma that lost 0x81, beside other CJK', () => expectRepair(dropped('メモ、テスト。'), 'メモ、テスト。'));
});

describe('the codec that explains every character wins', () => {
  it('„ under Windows-1252, not ” and a stray ž under Windows-1254 (ℹ️ broken twice)', () => {
    expectRepair(twice('ℹ️ info'), 'ℹ️ info');
    expectRepair('Er sagte â€žja', 'Er sagte „ja');
  });
  it('≥ and ≠ under Mac Roman, not a kept ‚ and an emoji made up under Windows-1252', () => {
    expectRepair(mac('x ≥ 5 and y ≠ 3'), 'x ≥ 5 and y ≠ 3');
  });
});

describe('Windows-1254 loses 0x9E: ➕, Ğ and Ş', () => {
  it('➕ outside a task line, not the rare ❕', () => expectRepair(cp1254('Added ➕ 2025-10-01 by Ana'), 'Added ➕ 2025-10-01 by Ana'));
  it('Ğ and Ş in Turkish capitals', () => {
    const line = 'ĞÜŞİÖÇ — DOĞAN ve ŞAHİN, İZMİR’de';
    expectRepair(cp1254(line), line);
  });
  it('Swedish capitals on a line that is not Turkish stay', () => expect(fixText('ÅLAND and ÅSA — SÃ£o')).toBe('ÅLAND and ÅSA — São'));
});

describe('Windows-1254 writing U+FFFD for 0x9E', () => {
  it('Ğ and Ş in Turkish capitals on a line beside Polish and Serbian names', () => {
    const line = 'DOĞAN ŞAHİN, Łukasz Nowak and Đorđe Petrović — Oğuz’s team';
    expectRepair(decodeWith(utf8Bytes(line), WINDOWS_1254, 'replaced'), line);
  });
});
