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
  '👍✅🙏🎉🔥❤😂😍😊🚀👀💡⚠📌📝✨😅🤔👏💪🙌👋🤝👌😀😎😃😄😆🤣🙂😉🥰😘😁😬😢😭😡😱🤷🤦' +
  '👉👈☝✋✌🎊🥳💯⭐🌟🔍📍📎📋📅📆🗓⏰⏱⌛⏳☑✔❌❎🚨🛑⛔🚫❗❓‼⁉➡⬅⬆⬇↗🔗🔒🔓🔑🛠🔧⚙💻🖥📱📞☎📧✉📨💬' +
  '🗨💭📊📈📉💰💵💸🏆🎯🛫🏁🔁🔄🔃🔺🔻🔼🔽⏫⏬➕➖🆔🆕🆗☕🍕🎂💙💚💛🧡💜🖤🤍💔😴🤖👤👥🏢🏠🌍🌎☀' +
  '❄⚡🐛🧪📦🗂📁📂🔍🔎🧠✍🙋👨👩💼🗒📚📖🔔📢🎤🎧📷🎥⏸▶⏩⏪🟢🟡🔴🟠🔵⚪⚫🟩🟥🟨🙁😐😏😞😔😕🤯🥲🫡' +
  // (The white ❕ and ❔ are rare: a lost byte that leaves them or ➕ was ➕.)
  '❕❔';

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

/**
 * The most frequent Greek and Russian letters: a lost byte that leaves `с`, `э` or `я` (`Ñ�`), or
 * `ρ` or `ύ` (`Ï�`), was far more often the frequent one. Letters of like frequency (`А`, `Н`) stay a tie.
 */
const FREQUENT_LETTERS: ReadonlySet<number> = new Set(Array.from('αοιετσνηρπκλμυςоеаинтсрвлкм', (c) => c.charCodeAt(0)));

/**
 * The combining marks that decomposed (NFD) letters of living languages are made of: grave to caron,
 * ring, double acute, horn, dot and comma below, cedilla, ogonek, macron below. The rest of the block
 * (`͊` from Czech `ÍŠ`) never follows a letter in a note.
 */
const NFD_MARKS: ReadonlySet<number> = new Set([
  0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x0306, 0x0307, 0x0308, 0x0309, 0x030a, 0x030b, 0x030c, 0x031b,
  0x0323, 0x0324, 0x0326, 0x0327, 0x0328, 0x0331,
]);

/** Mathematical operators that ordinary notes use. */
const COMMON_MATH: ReadonlySet<number> = new Set(Array.from('≈≠≤≥∞√∑∆∂∫−∈∀∃∅∧∨∩∪⊂⊃≡∼', (c) => c.charCodeAt(0)));

/**
 * `\p{Extended_Pictographic}`, or — on an engine too old to know the property (older iOS) — an
 * approximation by the emoji blocks, so the module still loads.
 */
const PICTOGRAPHIC = ((): RegExp => {
  try {
    return new RegExp('\\p{Extended_Pictographic}', 'u');
  } catch {
    return /[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299]|[\ud83c-\ud83e][\udc00-\udfff]/;
  }
})();
/** `\p{Emoji_Presentation}`, or null on an engine too old to know it (the hint is then not used). */
const EMOJI_PRESENTATION = ((): RegExp | null => {
  try {
    return new RegExp('\\p{Emoji_Presentation}', 'u');
  } catch {
    return null;
  }
})();
const UNASSIGNED = /\p{Cn}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Scripts whose characters are only believed when they come in company (see `needsCompany`). */
export type Script = 'latin' | 'greek' | 'cyrillic' | 'hebrew' | 'arabic' | 'cjk' | 'other' | 'symbol';

export function scriptOf(cp: number): Script {
  // (Phonetic extensions are Latin too: the modifier and subscript letters of `aᵢ`.)
  if (cp < 0x0250 || (cp >= 0x1d00 && cp < 0x1dc0) || (cp >= 0x1e00 && cp < 0x1f00)) return LETTER.test(String.fromCodePoint(cp)) ? 'latin' : 'symbol';
  if (cp < 0x0370) return 'latin';
  if (cp < 0x0400) return 'greek';
  if (cp < 0x0530) return 'cyrillic';
  if (cp >= 0x0590 && cp < 0x0600) return 'hebrew';
  if (cp >= 0x0600 && cp < 0x0700) return 'arabic';
  if ((cp >= 0x2e80 && cp < 0xa000) || (cp >= 0xac00 && cp < 0xd7b0) || (cp >= 0xff00 && cp < 0xfff0)) return 'cjk';
  return cp < 0x2000 || (cp >= 0xa000 && cp < 0xfe00) ? 'other' : 'symbol';
}

/** Letter / upper / lower flags for the BMP, filled lazily: bit 1 letter, 2 upper, 4 lower, 8 known. */
const CASE_FLAGS = new Uint8Array(0x10000);

function caseFlags(cp: number): number {
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp)) ? 1 : 0;
  let f = CASE_FLAGS[cp];
  if (f === 0) {
    const ch = String.fromCharCode(cp);
    f = 8 | (LETTER.test(ch) ? 1 : 0) | (UPPER.test(ch) ? 2 : 0) | (LOWER.test(ch) ? 4 : 0);
    CASE_FLAGS[cp] = f;
  }
  return f;
}

export function isLetterCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return (caseFlags(cp) & 1) !== 0;
}
export function isUpperCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return (caseFlags(cp) & 2) !== 0;
}
export function isLowerCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return (caseFlags(cp) & 4) !== 0;
}

/** A character after which a variation selector, a skin tone or a ZWJ makes sense. */
export function isEmojiBase(cp: number): boolean {
  return cp >= 0xa9 && (baseScore(cp) & EMOJI_FLAG) !== 0;
}

/** What surrounds a candidate: the character decoded just before it, and the best guess just after. */
export interface Surroundings {
  prev: number;
  next: number;
  /** A Tasks signifier is expected here: a task line (`- [ ] …`, `#task`), or next to a date. */
  taskLine: boolean;
  /** Emoji that the words of the line call for (see {@link emojiCues}). */
  cued?: () => ReadonlySet<number>;
  /** The line writes Turkish (see `TURKISH` in the line repair): asked only where it decides. */
  turkish?: () => boolean;
}

/**
 * Words that call for one emoji among look-alikes that differ only in a lost byte:
 * 👍 👏 👐 share F0 9F 91 and lose their last byte alike, as do 🙏 🙁 and 😍 😏 😐 😁.
 */
const EMOJI_CUES: readonly [RegExp, string][] = [
  [/\b(?:well done|nice work|great work|good job|congrat|kudos|bravo|applau|shout-?out)/i, '👏'],
  [/\b(?:thank|please|pray|grateful|fingers crossed)/i, '🙏'],
  [/\b(?:sad|sorry|unfortunate|disappoint)/i, '🙁'],
  [/\b(?:love|adore|beautiful|gorgeous)/i, '😍'],
  [/\b(?:meh|neutral|no comment)/i, '😐'],
  // 🔁 and 🔍 share F0 9F 94 and lose their last byte alike.
  [/\b(?:recurr|repeat|every (?:day|week|month|quarter|year)|daily|weekly|biweekly|monthly|quarterly|yearly)/i, '🔁'],
];

/** The emoji that the words of `line` call for. */
export function emojiCues(line: string): ReadonlySet<number> {
  const cued = new Set<number>();
  for (const [words, emoji] of EMOJI_CUES) if (words.test(line)) cued.add(emoji.codePointAt(0) as number);
  return cued;
}

/** Plausibility of `cp` as a character of a note, in its surroundings. */
export function plausibility(cp: number, at: Surroundings): number {
  if (cp < 0xa0) return 0;
  if (SIGNIFIERS.has(cp) && at.taskLine) return 12;
  if (cp >= 0xc0 && cp < 0x0250) return latinLetter(cp, at);
  const rank = EMOJI_RANK.get(cp);
  if (rank !== undefined) return 9.5 - rank / 100 + (at.cued?.().has(cp) ? 1 : 0) + presentationFit(cp, at.next);
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp === 0xfe0f ? vs16Fit(at.prev) : cp === 0xfe0e ? 2 : 1;
  // A byte order mark starts a file, or a line where files were joined; elsewhere it is noise.
  if (cp === 0xfeff) return at.prev === 0 ? 7 : 2;
  if (cp === 0x200d) return isEmojiBase(at.prev) || at.prev === 0xfe0f || isSkinTone(at.prev) ? (isEmojiBase(at.next) ? 9.6 : 3) : 1;
  if (isSkinTone(cp)) return isEmojiBase(at.prev) ? 8 : 2;
  if (cp >= 0x0300 && cp < 0x0370) return isLetterCode(at.prev) && NFD_MARKS.has(cp) ? 6 : 0;
  const base = baseScore(cp);
  if (cp === 0x201d || cp === 0x201e) return (base & SCORE_MASK) / 4 + quoteFit(cp, at);
  return (base & SCORE_MASK) / 4 + ((base & EMOJI_FLAG) !== 0 ? presentationFit(cp, at.next) : 0) + companyFit(cp, at.prev);
}

/**
 * VS16 asks for the emoji form of the character before it: an emoji, or a keycap's digit, `#` or `*`
 * (`1️⃣` is 1, VS16, U+20E3 — broken `1ï¸âƒ£`). Clean text puts it after nothing else.
 */
function vs16Fit(prev: number): number {
  if (isEmojiBase(prev)) return 9.5;
  return (prev >= 0x30 && prev <= 0x39) || prev === 0x23 || prev === 0x2a ? 8 : 1;
}

/**
 * Letters of a script that needs company come in words: one right after a letter of the same script
 * (the one decoded before it) is likelier than the same code point amid other text — which is what
 * tells `の` from the square signs and rare ideographs that share its bytes but the one lost.
 */
function companyFit(cp: number, prev: number): number {
  if (cp < 0x0370 || prev < 0x0370) return 0;
  const script = scriptOf(cp);
  return script !== 'symbol' && script !== 'latin' && script === scriptOf(prev) ? 1 : 0;
}

/**
 * How well an emoji fits the variation selector after it: VS16 asks for emoji presentation of a
 * character that defaults to text (`🏳️‍🌈`, `⚠️`), and is not written after one that is already an emoji
 * picture (`🍳`) — which tells apart emoji that differ only in a lost byte.
 */
function presentationFit(cp: number, next: number): number {
  if (next !== 0xfe0f || !EMOJI_PRESENTATION) return 0;
  return EMOJI_PRESENTATION.test(String.fromCodePoint(cp)) ? -1 : 1.5;
}

/**
 * `„` opens a quote (after a space, before a word) and `”` closes one (after a word): the two differ
 * only in a byte that Windows-1254 loses.
 */
function quoteFit(cp: number, at: Surroundings): number {
  // (A quote after a digit closes it too: `“before Q1”`.)
  const afterWord = isLetterCode(at.prev) || (at.prev >= 0x30 && at.prev <= 0x39);
  const opens = !afterWord && at.prev !== 0x2e && at.prev !== 0x2c && isLetterCode(at.next);
  return (cp === 0x201e) === opens ? 0.5 : -0.5;
}

/** Scores that do not depend on the surroundings, cached: score × 4 in the low bits, EMOJI_FLAG above. */
const BASE_CACHE = new Map<number, number>();
const EMOJI_FLAG = 0x100;
const SCORE_MASK = 0xff;

function baseScore(cp: number): number {
  let v = BASE_CACHE.get(cp);
  if (v === undefined) {
    const ch = String.fromCodePoint(cp);
    const score = UNASSIGNED.test(ch) ? 0 : contextFreeScore(cp);
    v = Math.round(score * 4) | (PICTOGRAPHIC.test(ch) ? EMOJI_FLAG : 0);
    BASE_CACHE.set(cp, v);
  }
  return v;
}

function contextFreeScore(cp: number): number {
  if (COMMON_PUNCTUATION.has(cp)) return 9;
  if (cp < 0x0100) return cp === 0xa0 ? 7 : cp === 0xad ? 3 : cp < 0xc0 ? 6 : 7;
  if (cp < 0x0180) return 6;
  if (cp < 0x0300) return USED_RARE_LATIN.has(cp) ? 5 : 1;
  if (cp < 0x0370) return 0;
  // Archaic Greek and Coptic letters, historic Cyrillic (fita, yat, izhitsa…) and combining signs: no
  // note is written in them (Ukrainian `НІ` read as Windows-1251 mojibake is `Ͳ`).
  if (cp < 0x0386 || (cp > 0x03ce && cp < 0x0400)) return 1;
  if (cp < 0x0400) return (LONE_GREEK.has(cp) ? 6 : 5) + (FREQUENT_LETTERS.has(cp) ? 0.5 : 0);
  if (cp >= 0x0460 && cp < 0x048a) return cp < 0x0483 ? 2 : 0;
  if (cp < 0x0500) return 5 + (FREQUENT_LETTERS.has(cp) ? 0.5 : 0);
  if (cp < 0x0530) return 2;
  if (cp < 0x0590) return 3;
  if (cp < 0x0700) return 4;
  if (cp < 0x0800) return 1;
  if (cp < 0x1000) return 3;
  // Modifier and subscript letters: indices in notes on maths (`aᵢ`, `xⁿ`'s neighbours `ᵃ`…`ᵪ`).
  if (cp >= 0x1d2c && cp <= 0x1d6a) return 5;
  if (cp < 0x1e00) return 2;
  if (cp < 0x1f00) return 5;
  if (cp < 0x2000) return 2;
  return symbolPlausibility(cp);
}

/** Common letters of Latin Extended-A, which a lost byte more likely stood for than their rare neighbours. */
// (Capitals only where names start with them: Hungarian `Ő` is common in words, rare as an initial.)
const COMMON_EXTENDED: ReadonlySet<number> = new Set(Array.from('čćłśżźńęąőűāēīōūšžřğışŁŠŽČŚŻĐđ', (c) => c.charCodeAt(0)));

/**
 * Capitals that Windows-1252 loses the second byte of (C3 81, 8D, 8F, 90, 9D), by how much rarer they
 * are than `Á` in names and words: `Í` a little, `Ï` `Ð` `Ý` much (no word starts with them).
 */
const RARE_CAPITALS: ReadonlyMap<number, number> = new Map([
  [0xcd, 0.25],
  [0xcf, 1],
  [0xd0, 1],
  [0xdd, 1],
]);

/** Accented Latin letters, weighed by case against the letters around them (`Ryōta`, not `RyŁta`). */
function latinLetter(cp: number, at: Surroundings): number {
  let base: number;
  if (cp < 0x100) base = cp === 0xd7 || cp === 0xf7 ? 6 : 7 - (RARE_CAPITALS.get(cp) ?? 0);
  else if (cp < 0x180) base = COMMON_EXTENDED.has(cp) ? 6.5 : 6;
  else return USED_RARE_LATIN.has(cp) ? 5 : 1;
  const upper = isUpperCode(cp);
  const lower = isLowerCode(cp);
  // A capital inside a word is rare: after a lower-case letter, or after the word's capital with the
  // word going on in lower case (`KŁji` is `Kōji`).
  if (upper && (isLowerCode(at.prev) || (isUpperCode(at.prev) && isLowerCode(at.next)))) base -= 2;
  else if (lower && isUpperCode(at.prev) && isUpperCode(at.next)) base -= 1;
  else if (upper && !isLetterCode(at.prev) && isLowerCode(at.next)) base += 0.5;
  return base;
}

function isSkinTone(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/** U+2000 and above: punctuation, symbols, CJK, emoji. */
function symbolPlausibility(cp: number): number {
  if (cp < 0x2070) {
    if (cp === 0x2010 || cp === 0x2011) return 7;
    if (cp >= 0x2010 && cp <= 0x2027) return 5;
    // The narrow no-break space: French before `:` `;` `?` `!` and `€`, and macOS and ICU times (`10:00 AM`).
    if (cp === 0x202f) return 7;
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
  if (cp < 0x2300) return COMMON_MATH.has(cp) ? 6 : 4;
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
  // CJK punctuation: the ideographic comma and full stop in every sentence, corner and lenticular brackets often.
  if (cp < 0x3040) return cp === 0x3001 || cp === 0x3002 ? 6 : cp >= 0x300c && cp <= 0x3011 ? 5 : 4;
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
