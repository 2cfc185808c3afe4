/**
 * How plausible a character is in a meeting note — the score that decides which character a run of
 * mojibake stood for, and whether it stood for anything at all.
 *
 * Scores are rough log-odds on a 0..12 scale: 0 means "never" (controls, private use, unassigned),
 * 3 "possible but rare", 6 "ordinary", 9 "what notes are full of", 10+ "a Tasks signifier".
 * A decoded character must reach {@link PLAUSIBLE} before a repair is considered, and a guess for a
 * lost byte must reach {@link CONFIDENT}.
 */

/** Below this a decoded character is treated as noise: the text is left as it is. */
export const PLAUSIBLE = 3;
/** A lost byte is only filled in when the best candidate scores at least this. */
export const CONFIDENT = 6;

/** The Tasks plugin's signifiers (due, scheduled, start, created, done, cancelled, recurrence, …). */
export const SIGNIFIERS: ReadonlySet<number> = new Set(
  Array.from('📅📆🗓⏳⌛🛫➕✅❌🔁🏁⛔🆔🔺⏫🔼🔽⏬', (c) => c.codePointAt(0) as number),
);

/**
 * Emoji seen in notes and chat, most frequent first. Earlier means more plausible, which is how a lost
 * byte is filled in when several emoji share the remaining bytes (👍 over 👏, 🙏 over 🙁).
 */
const COMMON_EMOJI =
  '👍✅🙏🎉🔥❤😂😊🚀👀💡⚠📌📝✨😅🤔👏💪🙌👋🤝👌😀😁😃😄😆🤣🙂😉😍🥰😘😎😬😢😭😡😱🤷🤦' +
  '👉👈☝✋✌🎊🥳💯⭐🌟📍📎📋📅📆🗓⏰⏱⌛⏳☑✔❌❎🚨🛑⛔🚫❗❓❕❔‼⁉➡⬅⬆⬇↗🔗🔒🔓🔑🛠🔧⚙💻🖥📱📞☎📧✉📨💬' +
  '🗨💭📊📈📉💰💵💸🏆🎯🛫🏁🔁🔄🔃🔺🔻🔼🔽⏫⏬➕➖🆔🆕🆗☕🍕🎂💙💚💛🧡💜🖤🤍💔😴🤖👤👥🏢🏠🌍🌎☀' +
  '❄⚡🐛🧪📦🗂📁📂🔍🔎🧠✍🙋👨👩💼🗒📚📖🔔📢🎤🎧📷🎥⏸▶⏩⏪🟢🟡🔴🟠🔵⚪⚫🟩🟥🟨🙁😐😏😞😔😕🤯🥲🫡';

const EMOJI_RANK: ReadonlyMap<number, number> = (() => {
  const rank = new Map<number, number>();
  for (const c of COMMON_EMOJI) {
    const cp = c.codePointAt(0) as number;
    if (!rank.has(cp)) rank.set(cp, rank.size);
  }
  return rank;
})();

/** Punctuation that prose is full of: ’ ‘ “ ” – — … • and friends. */
const COMMON_PUNCTUATION: ReadonlySet<number> = new Set([
  0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022, 0x201a, 0x201e, 0x2020, 0x2021,
  0x2030, 0x2032, 0x2033, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/** Latin Extended-B / IPA / modifier letters that real languages use (Romanian, Vietnamese, pinyin…). */
const USED_RARE_LATIN: ReadonlySet<number> = new Set([
  0x0192, 0x018f, 0x01a0, 0x01a1, 0x01af, 0x01b0, 0x01cd, 0x01ce, 0x01cf, 0x01d0, 0x01d1, 0x01d2,
  0x01d3, 0x01d4, 0x01e7, 0x01eb, 0x0218, 0x0219, 0x021a, 0x021b, 0x0259, 0x02bb, 0x02bc, 0x02c6,
  0x02c7, 0x02c8, 0x02d0, 0x02d8, 0x02d9, 0x02da, 0x02db, 0x02dc, 0x02dd,
]);

/** Greek letters that turn up alone in English notes (units, maths). */
const LONE_GREEK: ReadonlySet<number> = new Set(Array.from('αβγδΔεθλμπσΣφωΩ', (c) => c.charCodeAt(0)));

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const UNASSIGNED = /\p{Cn}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Scripts whose characters are only believed when they come in company (see `needsCompany`). */
export type Script = 'latin' | 'greek' | 'cyrillic' | 'hebrew' | 'arabic' | 'cjk' | 'other' | 'symbol';

export function scriptOf(cp: number): Script {
  if (cp < 0x0250 || (cp >= 0x1e00 && cp < 0x1f00)) return LETTER.test(String.fromCodePoint(cp)) ? 'latin' : 'symbol';
  if (cp < 0x0370) return 'latin';
  if (cp < 0x0400) return 'greek';
  if (cp < 0x0530) return 'cyrillic';
  if (cp >= 0x0590 && cp < 0x0600) return 'hebrew';
  if (cp >= 0x0600 && cp < 0x0700) return 'arabic';
  if ((cp >= 0x2e80 && cp < 0xa000) || (cp >= 0xac00 && cp < 0xd7b0) || (cp >= 0xff00 && cp < 0xfff0)) return 'cjk';
  if (cp >= 0x2000 && cp < 0x2e80) return 'symbol';
  if (cp >= 0x1f000) return 'symbol';
  return 'other';
}

export function isLetterCode(cp: number): boolean {
  return cp >= 0x41 && (cp <= 0x5a || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && LETTER.test(String.fromCodePoint(cp))));
}
export function isUpperCode(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0xc0 && UPPER.test(String.fromCodePoint(cp)));
}
export function isLowerCode(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && LOWER.test(String.fromCodePoint(cp)));
}

/** A character after which a variation selector, a skin tone or a ZWJ makes sense. */
export function isEmojiBase(cp: number): boolean {
  return cp >= 0xa9 && PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/** What surrounds a candidate: the character decoded just before it, and the best guess just after. */
export interface Surroundings {
  prev: number;
  next: number;
  /** The line is a task (`- [ ] …`), where signifiers are expected. */
  taskLine: boolean;
}

/** Plausibility of `cp` as a character of a note, in its surroundings. */
export function plausibility(cp: number, at: Surroundings): number {
  if (cp < 0xa0) return 0;
  if (SIGNIFIERS.has(cp)) return at.taskLine ? 12 : 10;
  const rank = EMOJI_RANK.get(cp);
  if (rank !== undefined) return 9.5 - rank / 100;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp === 0xfe0f && isEmojiBase(at.prev) ? 9.5 : cp === 0xfe0e ? 2 : 1;
  if (cp === 0x200d) return isEmojiBase(at.prev) || at.prev === 0xfe0f || isSkinTone(at.prev) ? (isEmojiBase(at.next) ? 9.6 : 3) : 1;
  if (isSkinTone(cp)) return isEmojiBase(at.prev) ? 8 : 2;
  if (COMMON_PUNCTUATION.has(cp)) return 9;
  if (UNASSIGNED.test(String.fromCodePoint(cp))) return 0;
  if (cp < 0x0100) return cp === 0xa0 ? 7 : cp === 0xad ? 3 : cp < 0xc0 ? 6 : 7;
  if (cp < 0x0180) return 6;
  if (cp < 0x0300) return USED_RARE_LATIN.has(cp) ? 5 : 1;
  if (cp < 0x0370) return isLetterCode(at.prev) ? 6 : 0;
  if (cp < 0x0400) return LONE_GREEK.has(cp) ? 6 : 5;
  if (cp < 0x0500) return cp >= 0x0483 && cp <= 0x0489 ? 0 : 5;
  if (cp < 0x0530) return 2;
  if (cp < 0x0590) return 3;
  if (cp < 0x0700) return 4;
  if (cp < 0x0800) return 1;
  if (cp < 0x1000) return 3;
  if (cp < 0x1e00) return 2;
  if (cp < 0x1f00) return 5;
  if (cp < 0x2000) return 2;
  return symbolPlausibility(cp);
}

function isSkinTone(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/** U+2000 and above: punctuation, symbols, CJK, emoji. */
function symbolPlausibility(cp: number): number {
  if (cp < 0x2070) {
    if (cp >= 0x2010 && cp <= 0x2027) return 5;
    if (cp >= 0x2030 && cp <= 0x205e) return 3;
    if (cp >= 0x2000 && cp <= 0x200a) return 4;
    return cp === 0x200b || cp === 0x200c ? 3 : 1;
  }
  if (cp < 0x20a0) return 4;
  if (cp < 0x20d0) return 5;
  if (cp < 0x2100) return cp === 0x20e3 ? 6 : 1;
  if (PICTOGRAPHIC.test(String.fromCodePoint(cp))) return cp >= 0x1f000 ? 6 : 7;
  if (cp < 0x2150) return 4;
  if (cp < 0x2190) return 4;
  if (cp < 0x2200) return cp <= 0x2199 || cp === 0x21d0 || cp === 0x21d2 || cp === 0x21d4 ? 7 : 4;
  if (cp < 0x2300) return 4;
  if (cp < 0x2400) return cp === 0x2318 || cp === 0x23ce ? 5 : 2;
  if (cp < 0x2460) return 1;
  if (cp < 0x2500) return cp <= 0x2473 ? 5 : 3;
  if (cp < 0x25a0) return 5;
  if (cp < 0x2600) return 4;
  if (cp < 0x2700) return 4;
  if (cp < 0x27c0) return 3;
  if (cp < 0x2b00) return 1;
  if (cp < 0x2c00) return 2;
  if (cp < 0x2e80) return 1;
  if (cp < 0x3040) return 4;
  if (cp < 0x3100) return 5;
  if (cp < 0x3400) return 2;
  if (cp < 0x4e00) return 2;
  if (cp < 0xa000) return 5;
  if (cp < 0xac00) return 1;
  if (cp < 0xd7b0) return 5;
  if (cp < 0xf900) return 0;
  if (cp < 0xfb00) return 2;
  if (cp < 0xfb07) return 3;
  if (cp < 0xfe30) return 1;
  if (cp < 0xff00) return cp === 0xfeff ? 2 : 2;
  if (cp < 0xfff0) return 4;
  if (cp === 0xfffd) return 3;
  if (cp < 0x1f000) return 1;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return 6;
  if (cp < 0x1fb00) return 2;
  if (cp >= 0x20000 && cp < 0x30000) return 2;
  return cp >= 0xe0020 && cp <= 0xe007f ? 2 : 0;
}
