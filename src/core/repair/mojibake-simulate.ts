/**
 * Breaking text on purpose, the way importers and sync tools do: encode as UTF-8, decode with a wrong
 * codec. Used by the tests and the benchmark to produce every kind of mojibake the repair must undo.
 */
import { LATIN_1, MAC_ROMAN, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, WINDOWS_1254, type HighHalf } from './codecs';

/** Every way of breaking text that the repair is expected to undo. */
export const BREAK_MODES = [
  'windows-1252/c1', // undefined bytes kept as C1 controls
  'windows-1252/dropped', // undefined bytes vanish
  'windows-1252/replaced', // undefined bytes become U+FFFD
  'windows-1252/question', // undefined bytes become `?` (.NET, Java and PHP encoders)
  'mac-roman', // byte 0xF0 becomes U+F8FF
  'mac-roman/no-f8ff', // … and the U+F8FF is then lost
  'windows-1254/dropped',
  'windows-1254/c1',
  'windows-1254/question',
  'windows-1254/replaced',
  'windows-1250/c1', // Central European, undefined bytes kept as C1 controls (what browsers do)
  'windows-1251/c1', // Cyrillic
  'windows-1251/question',
  'windows-1251/replaced',
  'latin-1', // 0x80–0x9F become C1 controls
  'double', // Windows-1252 twice over
  'double/dropped', // Windows-1252 twice, the second time dropping undefined bytes
  'double/mac-roman', // Mac Roman, then Windows-1252
  'double/question', // Windows-1252 twice, the second time writing `?` for undefined bytes
  'double/windows-1254', // Windows-1254 twice over
  'double/windows-1252-then-mac-roman', // Windows-1252, then Mac Roman
  'triple', // Windows-1252 three times over
] as const;

export type BreakMode = (typeof BREAK_MODES)[number];

/** The UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return out;
}

type Undefined = 'c1' | 'dropped' | 'replaced' | 'question';

/** Decode `bytes` with a single-byte codec, treating its undefined bytes as `undefinedAs` says. */
export function decodeWith(bytes: readonly number[], table: HighHalf, undefinedAs: Undefined): string {
  let out = '';
  for (const b of bytes) {
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    }
    const cp = table[b - 0x80];
    if (cp >= 0) out += String.fromCharCode(cp);
    else if (undefinedAs === 'c1') out += String.fromCharCode(b);
    else if (undefinedAs === 'replaced') out += '\ufffd';
    else if (undefinedAs === 'question') out += '?';
  }
  return out;
}

/** `text` as it reads after going through the wrong codec in the given way. */
export function breakText(text: string, mode: BreakMode): string {
  const bytes = utf8Bytes(text);
  switch (mode) {
    case 'windows-1252/c1':
      return decodeWith(bytes, WINDOWS_1252, 'c1');
    case 'windows-1252/dropped':
      return decodeWith(bytes, WINDOWS_1252, 'dropped');
    case 'windows-1252/replaced':
      return decodeWith(bytes, WINDOWS_1252, 'replaced');
    case 'windows-1252/question':
      return decodeWith(bytes, WINDOWS_1252, 'question');
    case 'mac-roman':
      return decodeWith(bytes, MAC_ROMAN, 'c1');
    case 'mac-roman/no-f8ff':
      return decodeWith(bytes, MAC_ROMAN, 'c1').replace(/\uf8ff/g, '');
    case 'windows-1254/dropped':
      return decodeWith(bytes, WINDOWS_1254, 'dropped');
    case 'windows-1254/c1':
      return decodeWith(bytes, WINDOWS_1254, 'c1');
    case 'windows-1254/question':
      return decodeWith(bytes, WINDOWS_1254, 'question');
    case 'windows-1254/replaced':
      return decodeWith(bytes, WINDOWS_1254, 'replaced');
    case 'windows-1250/c1':
      return decodeWith(bytes, WINDOWS_1250, 'c1');
    case 'windows-1251/c1':
      return decodeWith(bytes, WINDOWS_1251, 'c1');
    case 'windows-1251/question':
      return decodeWith(bytes, WINDOWS_1251, 'question');
    case 'windows-1251/replaced':
      return decodeWith(bytes, WINDOWS_1251, 'replaced');
    case 'latin-1':
      return decodeWith(bytes, LATIN_1, 'c1');
    case 'double':
      return breakText(breakText(text, 'windows-1252/c1'), 'windows-1252/c1');
    case 'double/dropped':
      return breakText(breakText(text, 'windows-1252/c1'), 'windows-1252/dropped');
    case 'double/mac-roman':
      return breakText(breakText(text, 'mac-roman'), 'windows-1252/c1');
    case 'double/question':
      return breakText(breakText(text, 'windows-1252/c1'), 'windows-1252/question');
    case 'double/windows-1254':
      return breakText(breakText(text, 'windows-1254/c1'), 'windows-1254/c1');
    case 'double/windows-1252-then-mac-roman':
      return breakText(breakText(text, 'windows-1252/c1'), 'mac-roman');
    case 'triple':
      return breakText(breakText(text, 'double'), 'windows-1252/c1');
  }
}
