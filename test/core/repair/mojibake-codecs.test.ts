/**
 * Text read with the Central European (Windows-1250) or Cyrillic (Windows-1251) code page, and Greek or
 * Cyrillic read as Mac Roman — and the clean Polish, Czech, Romanian, Russian and Ukrainian that those
 * codecs would misread if believed too easily. Every broken line is made by mis-decoding real UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { findMojibake, fixText } from '../../../src/core/repair/mojibake';
import { breakText, decodeWith, utf8Bytes } from '../../../src/core/repair/mojibake-simulate';
import { MAC_ROMAN, WINDOWS_1250, WINDOWS_1251 } from '../../../src/core/repair/codecs';

const c1250 = (s: string): string => breakText(s, 'windows-1250/c1');
const q1250 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1250, 'question');
const r1250 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1250, 'replaced');
const c1251 = (s: string): string => breakText(s, 'windows-1251/c1');
const q1251 = (s: string): string => breakText(s, 'windows-1251/question');
const r1251 = (s: string): string => decodeWith(utf8Bytes(s), WINDOWS_1251, 'replaced');
const mac = (s: string): string => decodeWith(utf8Bytes(s), MAC_ROMAN, 'c1');

function expectRepair(broken: string, want: string): void {
  const fixed = fixText(broken);
  expect(fixed, JSON.stringify(broken)).toBe(want);
  expect(fixText(fixed)).toBe(fixed);
  let applied = broken;
  for (const f of [...findMojibake(broken).fixes].reverse()) {
    expect(broken.slice(f.start, f.end)).toBe(f.before);
    applied = applied.slice(0, f.start) + f.after + applied.slice(f.end);
  }
  expect(applied).toBe(fixed);
}

const CENTRAL_EUROPEAN = [
  'Spotkanie z zespołem: omówiliśmy budżet i harmonogram wdrożenia.',
  'Zadanie: przygotować ofertę dla klienta do piątku — Łódź, Gdańsk, Kraków.',
  'Čeština: Jiří Dvořák přijde ve středu, účast potvrdila i Šárka Nováková.',
  'Příští týden: školení, rozpočet a žádost o úvěr.',
  'Megbeszélés Kovács Évával és Szőke Ödönnel, a határidő péntek.',
  '- [ ] Wysłać raport do Łukasza 📅 2025-11-07 🔼 #task',
  '- [x] Schválit rozpočet @Petra Horáková ✅ 2025-10-30',
  'He said “we’re not ready yet” — Gérard Müller agreed 👍',
];
const CYRILLIC = [
  'Встреча с командой: обсудили бюджет и сроки запуска.',
  'Привет, Дмитрий! Отправь, пожалуйста, отчёт до пятницы.',
  'Задачи: Сергей — миграция базы, Анна — тестирование, Юлия — документация.',
  'Зустріч із командою: обговорили бюджет і терміни.',
  'Ђорђе и Љубица: рок је петак.',
  '- [ ] Отправить отчёт Ивану 📅 2025-11-07 ⏫ #task',
  '😊 Спасибо всем! “Готово” — сказал Пётр.',
  '## Notes from Kestrel Labs · 2025-10-02',
];

describe('Windows-1250 (Central European)', () => {
  for (const line of CENTRAL_EUROPEAN) {
    it(line, () => {
      expect(c1250(line)).not.toBe(line);
      expectRepair(c1250(line), line);
    });
  }
  it('the marks of its mojibake', () => {
    expect(c1250('łóżko')).toBe('Ĺ‚ĂłĹĽko');
    expectRepair('wĹ‚aĹ›nie KrakĂłw', 'właśnie Kraków');
    expectRepair('â€ścytatâ€ť', '“cytat”');
    expectRepair('đź“… 2025-11-07', '📅 2025-11-07');
  });
  it('a line broken so is read with it throughout, even where Windows-1252 reads a run too', () => {
    // `â‰` + the byte 0x88 Windows-1250 lost is ≈; Windows-1252, losing others, would make it ⁉.
    expectRepair(q1250('Zoë Lefèvre flagged the humidity (≈ 60%).'), 'Zoë Lefèvre flagged the humidity (≈ 60%).');
  });
  it('a lost byte written as `?` or U+FFFD where the place leaves one letter', () => {
    expectRepair(q1250('Łukasz will send it — Kraków'), 'Łukasz will send it — Kraków');
    expectRepair(r1250('Łukasz will send it — Kraków'), 'Łukasz will send it — Kraków');
    expectRepair(q1250('Píseň a kůň'), 'Píseň a kůň');
  });
  it('a lost byte the place does not decide is left (Ř or Ł; Á or Ø)', () => {
    expect(fixText(q1250('PŘED ÚTERÝM'))).toContain('?ED');
    expect(fixText(q1250('Søren Økland — Kraków'))).toContain('Ă?kland');
  });
});

describe('Windows-1251 (Cyrillic)', () => {
  for (const line of CYRILLIC) {
    it(line, () => {
      expect(c1251(line)).not.toBe(line);
      expectRepair(c1251(line), line);
      expectRepair(q1251(line), line);
    });
  }
  it('the marks of its mojibake', () => {
    expect(c1251('Привет')).toBe('РџСЂРёРІРµС‚');
    expectRepair('РџСЂРёРІРµС‚ вЂ” рџ“… 2025-11-07', 'Привет — 📅 2025-11-07');
  });
  it('its one lost byte (0x98) is known, written as `?` or U+FFFD: И, Ø, 😀', () => {
    expectRepair(q1251('ХВИЛИНИ ТОМУ'), 'ХВИЛИНИ ТОМУ');
    expectRepair(r1251('Søren Økland — “ok”'), 'Søren Økland — “ok”');
    expectRepair(q1251('😀 готово'), '😀 готово');
  });
});

describe('Mac Roman read Greek and Cyrillic', () => {
  const lines = ['Resistance: 5 kΩ', 'μ = 0.3 and σ = 2', 'Δt = 5 ms', 'π ≈ 3.14', 'Ελένη: συνάντηση την Τρίτη', 'Встреча с Анной', 'Итог: да'];
  for (const line of lines) it(line, () => expectRepair(mac(line), line));
  it('the one-letter Russian word с, with the rest of the line broken', () => {
    expect(mac('с')).toBe('—Å');
    expectRepair(mac('Встреча с командой'), 'Встреча с командой');
  });
});

describe('clean Central European and Cyrillic text never changes', () => {
  const clean = [
    'Zażółć gęślą jaźń', 'ZAŻÓŁĆ GĘŚLĄ JAŹŃ', 'PÓŁNOC, PÓŁ MINUTY, ŁÓDŹ, GDAŃSK, ŚWIĘTO', 'Część, cześć, wszystko',
    'Příliš žluťoučký kůň úpěl ďábelské ódy', 'PÍŠE, ČÍST, ŘEŠIT, ŽÁDOST, VÝŠE, MŮŽE, BLÍŽE', 'Ďurčo, Ťahanovce, Ľubica, Ĺ',
    'CÂŞTIGĂ, ÎNVĂŢĂMÂNT, câştig, învăţământ, Ţară, Bălţi', 'Rădulescu, Ștefan, Țară?',
    'Съешь же ещё этих мягких французских булок, да выпей чаю', 'СЪЕШЬ ЖЕ ЕЩЁ ЭТИХ МЯГКИХ БУЛОК',
    'Україна, Київ, Їжак, Єва, Ґанок', 'СІЧЕНЬ, ЛЮТИЙ, РІК, НІ, ВІН, ДІЯ, ЗІ, ЦІ', 'ЇЖАК ЄВА ҐАНОК', 'Сі, Рі, Сё',
    'Ђорђе, Љубица, Његош, Џон, Ћирилица', 'ЂОРЂЕ ЉУБИЦА ЊЕГОШ ЏОН', 'Что? Где? Когда? С? О? Д?', 'буква «В» и «Г»',
    'Ελληνικά: Καλημέρα, Ω, Σ, π', 'ΚΑΛΗΜΈΡΑ ΚΌΣΜΕ', 'LUNEDÌ, MARTEDÌ, COSÌ', 'Œuvre, cœur, sœur, Œdipe', 'word—Émile and —Åsa',
  ];
  for (const line of clean) {
    it(line, () => {
      for (const form of [line, line.normalize('NFD')]) {
        expect(fixText(form), JSON.stringify(form)).toBe(form);
        // Beside real mojibake on the same line too.
        expect(fixText(`${form} — Danaâ€™s`)).toBe(`${form} — Dana’s`);
      }
    });
  }
});
