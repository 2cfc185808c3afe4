/**
 * Transcript blocks: `<!-- ai:transcript:start -->` … `<!-- ai:transcript:end -->`,
 * lines `[HH:MM:SS.cc] source : text`, and the speaker's name when the
 * recorder glued it to the text (`Jabra Speak 710 :  Ana RuizYes, I…`).
 */

import type { TranscriptLine } from '../model';

const START = /<!--\s*ai:transcript:start\s*-->/;
const END = /<!--\s*ai:transcript:end\s*-->/;

export function isTranscriptStart(line: string): boolean {
  return line.includes('ai:transcript:start') && START.test(line);
}

export function isTranscriptEnd(line: string): boolean {
  return line.includes('ai:transcript:end') && END.test(line);
}

/** `[01:48.50]`, `[00:01:48.50]`, `[1:02:03]` then the rest of the line. */
const STAMPED = /^[ \t]*\[(\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)\][ \t]*(.*)$/s;

export type StampedLine = Pick<TranscriptLine, 'timestamp' | 'seconds' | 'source' | 'text'>;

/** A timestamped transcript line, or null. */
export function readStamped(line: string): StampedLine | null {
  const first = line.trimStart().charCodeAt(0);
  if (first !== 91 /* [ */) return null;
  const m = STAMPED.exec(line);
  if (!m) return null;
  const rest = m[2];
  let source = '';
  let text = rest;
  const spaced = rest.indexOf(' : ');
  if (spaced !== -1) {
    source = rest.slice(0, spaced).trim();
    text = rest.slice(spaced + 3);
  } else {
    // `[00:01] Ana Ruiz: hello` — a short label before the first colon.
    const colon = rest.indexOf(': ');
    if (colon > 0 && colon <= 60) {
      source = rest.slice(0, colon).trim();
      text = rest.slice(colon + 2);
    }
  }
  return { timestamp: m[1], seconds: toSeconds(m[1]), source, text: text.trim() };
}

/** `01:02:03.50` → 3723.5 (the stamp is known to be digits, colons and one `.` or `,`). */
function toSeconds(stamp: string): number {
  let seconds = 0;
  let part = 0;
  let fraction = 0;
  let scale = 0;
  for (let i = 0; i < stamp.length; i++) {
    const c = stamp.charCodeAt(i);
    if (c === 58 /* : */) {
      seconds = (seconds + part) * 60;
      part = 0;
    } else if (c === 46 || c === 44 /* . , */) {
      scale = 1;
    } else if (scale > 0) {
      scale /= 10;
      fraction += (c - 48) * scale;
    } else {
      part = part * 10 + (c - 48);
    }
  }
  return Math.round((seconds + part + fraction) * 1000) / 1000;
}

/**
 * Two to four capitalised words at the very start whose last word runs
 * straight into a capital (`Ana RuizYes`, `Ana RuizI mean`) or a dash or
 * colon (`Ana Ruiz- Sure`). Commas and full stops are left alone: `Ana Ruiz,
 * she said` is prose. A capital followed by another capital
 * (`The OpenAI`) is a word of its own, not a glued name.
 */
const GLUED =
  /^((?:\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}[\p{Ll}\p{M}]+)? ){1,3}\p{Lu}[\p{Ll}\p{M}'’]*\p{Ll})(?=\p{Lu}(?!\p{Lu})|[-–—:](?:[\s\p{Lu}]|$))/u;

/** Words that open sentences, not names: `Thank You.` is not a speaker. */
const NOT_A_FIRST_NAME = new Set(
  (
    'the a an and but or so if i we you he she they it this that these those there here what when where why how who which ' +
    'yes no yeah yep okay ok well oh hi hello hey thanks thank good great sure right let lets please sorry just maybe also ' +
    'now then our my your his her their its in on at for to from with by of as is are was were do does did can could ' +
    'would should will not all some any one two first next last like very really'
  ).split(' '),
);

/** The name glued to the start of `text`, by shape alone; null when none. */
export function gluedName(text: string): string | null {
  const m = GLUED.exec(text);
  if (!m) return null;
  const name = m[1];
  const firstWord = name.slice(0, name.indexOf(' ')).toLowerCase();
  if (NOT_A_FIRST_NAME.has(firstWord)) return null;
  return name;
}

/** What may follow a known name glued to the text: a letter or a dash, not a space or a comma. */
const GLUE_NEXT = /^[\p{L}\-–—:]$/u;

/** Text after a glued name: `- Sounds good` → `Sounds good`. */
function afterName(text: string, name: string): string {
  return text.slice(name.length).replace(/^[\s\-–—:.,]+/, '');
}

/**
 * Split glued speaker names off the lines' text. A name found by its shape on
 * one line, or given in `knownNames` (participants), is then also recognised
 * where it runs into a lower-case word (`Ana Ruizbe more…`), which shape
 * alone cannot tell.
 */
export function assignSpeakers(lines: TranscriptLine[], knownNames: readonly string[]): void {
  const names = new Set<string>();
  for (const l of lines) {
    const name = gluedName(l.text);
    if (name !== null) {
      l.speaker = name;
      l.text = afterName(l.text, name);
      names.add(name);
    }
  }
  for (const n of knownNames) if (n.includes(' ')) names.add(n.trim());
  if (names.size === 0) return;
  const byLength = [...names].sort((a, b) => b.length - a.length);
  for (const l of lines) {
    if (l.speaker !== null) continue;
    for (const name of byLength) {
      const next = l.text.charAt(name.length);
      if (GLUE_NEXT.test(next) && l.text.startsWith(name)) {
        l.speaker = name;
        l.text = afterName(l.text, name);
        break;
      }
    }
  }
}
