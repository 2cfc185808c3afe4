import { describe, expect, it } from 'vitest';
import { findMojibake, fixText, mayHoldMojibake } from '../../../src/core/repair/mojibake';
import { BREAK_MODES, breakText } from '../../../src/core/repair/mojibake-simulate';

/** Invented note lines: tasks with every signifier, prose with curly punctuation, accented names, emoji. */
const NOTE_LINES = [
  '- [ ] Send the pricing sheet to Brightwater @Dana Whitfield 📅 2025-10-26 ⏫ #task',
  '- [ ] Book the offsite venue @Renée Côté ⏳ 2025-11-03 🔽 #task',
  '- [x] Draft the Q3 roadmap @Jürgen Müller ✅ 2025-10-02',
  '- [-] Migrate the wiki @Zoë Lefèvre ❌ 2025-09-30',
  '- [ ] Weekly sync notes @Priya Raman 🔁 every week 🛫 2025-10-01 ⏬',
  '- [ ] Archive the old board 🏁 delete ➕ 2025-09-16 🔺',
  '- [ ] Review the contract 🆔 k3x9a ⛔ b7q2m 🔼 📅 2026-01-15',
  '- [?] Confirm the budget with Çağla Yılmaz ⏫ 📅 2025-10-26 #task #proposed',
  'Kestrel Labs’s team said the launch is “on track” — but legal isn’t done…',
  'Budget: €120k – €150k, roughly ±10% of last year’s spend.',
  '# 1:1 — Ana Álvarez — 2025-09-16',
  'Thanks Łukasz Nowak and Ryōta Satō 🙏',
  'Great progress 👍 from Đorđe Petrović and Miloš Dvořák',
  '⚠️ Risk: the vendor’s SLA slipped again',
  '❤️ from the team 🎉 👨‍💻',
  'Café Lumière signed — Inés Núñez & Søren Økland’s deal',
];

describe('every corruption mode comes back exactly', () => {
  for (const mode of BREAK_MODES) {
    it(mode, () => {
      for (const line of NOTE_LINES) {
        const broken = breakText(line, mode);
        expect(fixText(broken), `${mode}: ${JSON.stringify(broken)}`).toBe(line);
      }
    });
  }
});

describe('hand-written broken text', () => {
  const cases: [string, string, string][] = [
    ['Windows-1252, undefined byte kept as C1', 'ðŸ“… 2025-10-26 â\u008f« #task', '📅 2025-10-26 ⏫ #task'],
    ['Windows-1252, undefined byte dropped', 'ðŸ“… 2025-10-26 â« #task', '📅 2025-10-26 ⏫ #task'],
    ['Windows-1252, undefined byte as U+FFFD', 'ðŸ“… 2025-10-26 â\ufffd« #task', '📅 2025-10-26 ⏫ #task'],
    ['Mac Roman with U+F8FF', '\uf8ffüìÖ 2025-10-26 ‚è´ #task', '📅 2025-10-26 ⏫ #task'],
    ['Mac Roman without U+F8FF', 'üìÖ 2025-10-26 ‚è´ #task', '📅 2025-10-26 ⏫ #task'],
    ['Mac Roman punctuation', 'Dana‚Äôs notes ‚Äî √© √º', 'Dana’s notes — é ü'],
    ['Windows-1254', 'ğŸ“… 2025-10-26 ğŸ”º #task', '📅 2025-10-26 🔺 #task'],
    ['Latin-1 (C1 controls)', 'Danaâ\u0080\u0099s â\u009c\u0085', 'Dana’s ✅'],
    ['text broken twice', 'Ã°Å¸â€œâ€¦ 2025-10-26', '📅 2025-10-26'],
    ['text broken twice with a lost byte', 'Ã¢Â\u008fÂ« high', '⏫ high'],
    ['accented names', 'JosÃ© RamÃ­rez and FranÃ§ois and MÃ¼ller', 'José Ramírez and François and Müller'],
    ['Cyrillic', 'ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Привет'],
    ['Japanese', 'æ—¥æœ¬èªž', '日本語'],
    ['decomposed accents', 'CreÌ€me bruÌ‚leÌ\u0081e', 'Cre\u0300me bru\u0302le\u0301e'],
    ['middle dot from Mac Roman', 'Notes ¬∑ 2025-10-02', 'Notes · 2025-10-02'],
    ['a non-breaking hyphen', 'handâ€‘off', 'hand‑off'],
  ];
  for (const [name, broken, want] of cases) it(name, () => expect(fixText(broken)).toBe(want));
});

describe('mixed lines: only the broken spans change', () => {
  it('a correct é beside a broken â€™', () => {
    expect(fixText('Crème brûlée is Noémieâ€™s favourite')).toBe('Crème brûlée is Noémie’s favourite');
  });
  it('a correct signifier beside a broken one', () => {
    expect(fixText('- [ ] Call Zoë 📅 2025-10-26 â« #task')).toBe('- [ ] Call Zoë 📅 2025-10-26 ⏫ #task');
  });
  it('correct curly quotes beside broken ones', () => {
    expect(fixText('“Yes” said Ana; â€œnoâ€ said Tom')).toBe('“Yes” said Ana; “no” said Tom');
  });
  it('a broken word glued to a correct one', () => {
    expect(fixText('caféâ€™s')).toBe('café’s');
  });
  it('reports spans, not lines', () => {
    const text = 'Zoë Lefèvre â€” naïve ðŸ‘ café';
    const { fixes } = findMojibake(text);
    expect(fixes.map((f) => [f.before, f.after])).toEqual([
      ['â€”', '—'],
      ['ðŸ‘', '👍'],
    ]);
  });
});

describe('lost bytes are inferred by plausibility', () => {
  const cases: [string, string, string][] = [
    ['⏫ (E2 8F AB) missing 0x8F', '- [ ] a @Tom â« #task', '- [ ] a @Tom ⏫ #task'],
    ['⏬ missing 0x8F', '- [ ] a â¬ #task', '- [ ] a ⏬ #task'],
    ['⏳ missing 0x8F', '- [ ] a â³ 2025-10-01', '- [ ] a ⏳ 2025-10-01'],
    ['❌ missing 0x9D', '- [-] a âŒ 2025-10-01', '- [-] a ❌ 2025-10-01'],
    ['🔁 missing 0x81', '- [ ] a ðŸ” every week', '- [ ] a 🔁 every week'],
    ['🏁 missing 0x8F and 0x81', '- [ ] a ðŸ delete', '- [ ] a 🏁 delete'],
    ['➕ missing 0x9E in Windows-1254', '- [ ] a â• 2025-09-16 #task', '- [ ] a ➕ 2025-09-16 #task'],
    ['” missing 0x9D in prose', 'He said â€œyesâ€ and left', 'He said “yes” and left'],
    ['VS16 (EF B8 8F) after an emoji', 'âš\u00a0ï¸ careful', '⚠️ careful'],
    ['❤️ missing two bytes', 'â¤ï¸ thanks', '❤️ thanks'],
    ['ZWJ (E2 80 8D) between emoji', 'ðŸ‘¨â€ðŸ’» pairing', '👨‍💻 pairing'],
    ['👏 called for by the words', 'Nice work ðŸ‘ team', 'Nice work 👏 team'],
    ['👍 otherwise', 'Sounds good ðŸ‘', 'Sounds good 👍'],
    ['Á at the start of a word', 'Call Ãlvaro â€” today', 'Call Álvaro — today'],
    ['č inside a word', 'Ivan PetriÄ‡ and KoÄar â€” ok', 'Ivan Petrić and Kočar — ok'],
    ['ō inside a word', 'RyÅta SatÅ â€” ok', 'Ryōta Satō — ok'],
  ];
  for (const [name, broken, want] of cases) it(name, () => expect(fixText(broken)).toBe(want));

  it('never an arbitrary code point such as ⫠ for `â« `', () => {
    expect(fixText('- [ ] a â« #task')).not.toContain('⫠');
    expect(fixText('- [ ] a â«\u00a0#task')).toBe('- [ ] a ⏫\u00a0#task');
  });
});

/** Clean text that merely looks odd, by category: none of it may change. */
const CLEAN: Record<string, string[]> = {
  french: ['Crème brûlée', 'naïve café', 'À bientôt, Noël à l’hôtel', '«CAFÉ» et “CAFÉ”…', 'Ça va? Où est la forêt?', 'l’été “élan”', 'Âge d’or'],
  german: ['Größe, Füße, Übermäßig, Ärger, Öl', '„Äpfel“ und ‚Birnen‘', 'Straße — Mañana'],
  portuguese: ['SÃO PAULO', 'JOÃO e MARIA', 'São Paulo, ação, não, irmã', '“IRMÃ” — MAÇÃ…', 'CORAÇÃO’S ECHO'],
  'letters that look like mojibake': ['Â la carte', 'Ã is a letter', 'ROMÂNIA și Brâncuși', 'Ångström and Åsa', 'Ärger über Öl'],
  turkish: ['Çağla Yıldız', 'Ağustos', 'İstanbul’da Şişli', 'Öğretmen düğün ĞÜŞİÖÇ'],
  polish: ['Zażółć gęślą jaźń', 'Łódź i Kraków', 'Źródło: Łukasz Żółtowski'],
  other: ['Dvořák, Černý', 'Þórður og Guðrún', 'Tiếng Việt: Nguyễn', 'Søren Kierkegård, Ærø', '¿Qué tal? ¡Olé!'],
  symbols: ['±5 °C', '€100', '©2025', '™ ® ½ ¾ ² µm', 'x ≤ 5, y ≥ 3, √2 ≈ 1.414, ∞', '§ 4.2 ¶ 3', '5 × 3 ÷ 2', '√π ≈ 1.77'],
  quotes: ['“Hello” — ‘world’…', 'It’s “fine” – really', '«guillemets» ‹single›', '‚Low‘ „German“'],
  cjk: ['会议纪要：第三季度路线图', '日本語のメモ', '한국어 회의록', '（注）全角'],
  'box drawing': ['┌──────┐\n│ Plan │\n└──┬───┘', '╔══╗ ║▓▒░║ ╚══╝'],
  fullwidth: ['ＡＢＣ１２３', 'ｈｅｌｌｏ！'],
  'greek and cyrillic': ['Καλημέρα κόσμε', 'Привет, как дела?', 'Δt = 5 ms, α = 0.05'],
  emoji: ['👍 🎉 🚀 ✅ ⚠️ ❤️', '👨‍💻 👩🏽‍🔬 🇫🇷', '📅 2025-10-26 ⏫ #task', '\uf8ff Apple'],
};

describe('clean text never changes', () => {
  for (const [category, lines] of Object.entries(CLEAN)) {
    it(category, () => {
      for (const line of lines) {
        for (const form of [line, line.normalize('NFD'), line.normalize('NFC')]) {
          expect(fixText(form), JSON.stringify(form)).toBe(form);
          expect(findMojibake(form).fixes).toEqual([]);
        }
      }
    });
  }
  it('the invented note lines themselves', () => {
    for (const line of NOTE_LINES) expect(fixText(line)).toBe(line);
  });
  it('curly quotes are never straightened', () => {
    expect(fixText('“quoted” and ‘single’ with â€™')).toBe('“quoted” and ‘single’ with ’');
  });
});

describe('weak evidence is reported, not changed', () => {
  it('an upper-case Portuguese word before a quote is a suspect', () => {
    const text = 'ela disse “IRMÃ”';
    const { fixes, suspects } = findMojibake(text);
    expect(fixes).toEqual([]);
    expect(suspects).toHaveLength(1);
    expect(suspects[0].text).toBe('Ã”');
    expect(text.slice(suspects[0].start, suspects[0].end)).toBe('Ã”');
  });
  it('the same pair is repaired when the line holds strong evidence', () => {
    expect(fixText('HÃ”TEL â€” ok')).toBe('HÔTEL — ok');
  });
});

describe('idempotence', () => {
  it('fixText(fixText(x)) === fixText(x) for every mode and clean text', () => {
    const inputs = [
      ...NOTE_LINES.flatMap((l) => BREAK_MODES.map((m) => breakText(l, m))),
      ...Object.values(CLEAN).flat(),
      'Ã¢Â\u008fÂ« Ã°Å¸ ðŸ Ã Â',
    ];
    for (const x of inputs) expect(fixText(fixText(x)), JSON.stringify(x)).toBe(fixText(x));
  });
});

describe('offsets on multi-line input', () => {
  const text = [
    '---',
    'title: 1:1 â€” Dana',
    '---',
    '\r',
    '- [ ] Call Zoë ðŸ“… 2025-10-26 â« #task\r',
    'Crème brûlée, no change here',
    'Final line with Ã©tÃ© and an emoji ðŸ‘',
  ].join('\n');

  it('every fix points at its own text, and applying them gives fixText', () => {
    const { fixes } = findMojibake(text);
    expect(fixes.length).toBe(6);
    let out = '';
    let at = 0;
    for (const f of fixes) {
      expect(text.slice(f.start, f.end)).toBe(f.before);
      expect(f.start).toBeGreaterThanOrEqual(at);
      out += text.slice(at, f.start) + f.after;
      at = f.end;
    }
    out += text.slice(at);
    expect(out).toBe(fixText(text));
    expect(out.split('\n')[4]).toBe('- [ ] Call Zoë 📅 2025-10-26 ⏫ #task\r');
    expect(out.split('\n')[6]).toBe('Final line with été and an emoji 👍');
  });

  it('keeps line endings, the BOM and every byte outside the fixes', () => {
    const withBom = '\ufeff' + text + '\n';
    const fixed = fixText(withBom);
    expect(fixed.startsWith('\ufeff')).toBe(true);
    expect(fixed.endsWith('\n')).toBe(true);
    expect(fixed.split('\r').length).toBe(withBom.split('\r').length);
  });

  it('offsets of text broken twice cover the whole original span', () => {
    const t = 'due Ã°Å¸â€œâ€¦ 2025-10-26';
    const { fixes } = findMojibake(t);
    expect(fixes).toEqual([{ start: 4, end: 4 + 'Ã°Å¸â€œâ€¦'.length, before: 'Ã°Å¸â€œâ€¦', after: '📅' }]);
  });
});

describe('fast path', () => {
  it('ASCII and plain accented prose hold no suspicious pair', () => {
    expect(mayHoldMojibake('plain ASCII text')).toBe(false);
    expect(mayHoldMojibake('Crème brûlée, naïve café, Çağla')).toBe(false);
    expect(mayHoldMojibake('Jasonâ€™s')).toBe(true);
  });
  it('empty text', () => {
    expect(fixText('')).toBe('');
    expect(findMojibake('')).toEqual({ fixes: [], suspects: [] });
  });
});
