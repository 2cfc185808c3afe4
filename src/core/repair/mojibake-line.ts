/**
 * Repairing one line: find the runs of non-ASCII characters (with any `?` right after them, which may
 * stand for a byte the codec could not map), read each run back into UTF-8 under each wrong codec, keep
 * the reading that explains the run best, and decide — sequence by sequence — whether the evidence is
 * strong enough to change the text. Windows-1250 and -1251 are believed only for whole runs, and a line
 * one of them explains is read with it throughout.
 *
 * Evidence comes in three strengths:
 * - strong: the mojibake could not be clean text (`â€™`, `ðŸ“…`, `Ã©`, a C1 control, U+FFFD);
 * - weak: clean text could look like this (`IRMÃ”` is Portuguese before a quote; `CAFÉ»` French);
 *   repaired only when the same line holds strong evidence of the same family of codecs;
 * - lone: a lead byte whose continuation vanished (`Ãlvaro`, or `Ã?lvaro` with a `?` for it); repaired
 *   only with evidence and a context that clean text would not have.
 */
import { CODECS, CP1250, CP1251, CP1254, MACROMAN, QUESTION_MARK, isCont, leadLength, readSequence, type Codec, type CodecName, type Sequence } from './mojibake-decode';
import {
  CONFIDENT,
  PLAUSIBLE,
  emojiCues,
  isEmojiBase,
  isLetterCode,
  isLowerCode,
  isUpperCode,
  plausibility,
  scriptOf,
  type Script,
  type Surroundings,
} from './mojibake-plausibility';

/** A change to one line: `line.slice(start, end)` becomes `after`. */
export interface LineRepair {
  start: number;
  end: number;
  after: string;
}

export interface LineSuspect {
  start: number;
  end: number;
  reason: string;
}

export interface LineResult {
  repairs: LineRepair[];
  suspects: LineSuspect[];
}

type Strength = 'strong' | 'weak' | 'lone';

/** One sequence read under one codec, with the character chosen for it. */
interface Reading {
  start: number;
  end: number;
  cp: number;
  score: number;
  strength: Strength;
  script: Script;
  /** Bytes of it were lost or replaced, and guessed. */
  guessed: boolean;
  /** Bytes of it vanished without a trace (no C1 control, U+FFFD or `?` stands for them). */
  dropped: boolean;
  /** A `?` ending the run was taken for a lost byte: a question mark, if the line drops its lost bytes. */
  trailingQuestion: boolean;
  /** The character as a string (made once: readings are cached and reused). */
  text: string;
}

interface RunReading {
  codec: CodecName;
  /** Read by a codec believed only for whole runs (Windows-1250, -1251). */
  wholeRun: boolean;
  /** The codec's bit in `FAMILY`. */
  family: number;
  readings: Reading[];
  suspects: LineSuspect[];
  weight: number;
  /** Some reading is strong evidence of mojibake. */
  strong: boolean;
}

/**
 * Characters that follow a word naturally in clean text: closing quotes, dashes, marks, NBSP. (Not the
 * per-mille sign: it follows figures, and after a letter it is `É`'s second byte, `CAFÃ‰`.)
 */
const FOLLOWS_WORDS: ReadonlySet<number> = new Set(
  Array.from('’”»›…–—\u00a0™®©°¹²³´·†‡•¨\u00adªº', (c) => c.charCodeAt(0)),
);
const MATH_SIGNS: ReadonlySet<number> = new Set(Array.from('¬√≈∆÷◊', (c) => c.charCodeAt(0)));
/** What may follow a maths sign in clean text (`√π`, `≈∞`). */
const MATH_FOLLOWERS: ReadonlySet<number> = new Set(Array.from('π∞µ∂Ω', (c) => c.charCodeAt(0)));
/** Quotes that close a word in German (`„Ä“`) and English (`‘Å’`). */
const CLOSING_QUOTES: ReadonlySet<number> = new Set(Array.from('“‘’”', (c) => c.charCodeAt(0)));
/** Marks after which a word may go on: `IRMÃ’s`, `SÃ–X`. */
const JOINERS: ReadonlySet<number> = new Set(Array.from('’´–—\u00a0', (c) => c.charCodeAt(0)));
/**
 * The leads of U+0080–U+00FF (bytes C2, C3) as Windows-1252 and -1251 show them: `Â` `Ã` `В` `Г` are
 * no one-letter words before a mark (`В·` is `·`; Russian `В` is followed by a space and a word).
 */
const LEADS_OF_LATIN_1: ReadonlySet<number> = new Set([0xc2, 0xc3, 0x0412, 0x0413]);
/** Lead characters whose lost continuation can be inferred: Ã Ä Å Ì (`loneRepair`), Â (text broken twice). */
const LONE_LEADS: ReadonlySet<number> = new Set([0xc2, 0xc3, 0xc4, 0xc5, 0xcc]);
const TASK_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\[.\]\s|#task\b/;
/** A Tasks date or recurrence right after a run, or a date right before it: a signifier's place. */
const SIGNIFIER_AFTER = / (?:\d{4}-\d\d-\d\d|every |delete|keep)/y;
const SIGNIFIER_BEFORE = /\d{4}-\d\d-\d\d /y;

/** Scripts believed only in company: one Cyrillic or CJK character amid Latin text is more likely clean. */
const SCRIPTS_NEEDING_COMPANY: ReadonlySet<Script> = new Set(['greek', 'cyrillic', 'hebrew', 'arabic', 'other', 'cjk']);

/** A signifier belongs at `line[start, end)`: a Tasks date or recurrence follows, or a date precedes. */
function signifierSpot(line: string, start: number, end: number): boolean {
  SIGNIFIER_AFTER.lastIndex = end;
  if (SIGNIFIER_AFTER.test(line)) return true;
  if (start < 11) return false;
  SIGNIFIER_BEFORE.lastIndex = start - 11;
  return SIGNIFIER_BEFORE.test(line);
}

/** Codecs whose mojibake looks alike, one bit each: Windows-1252 and -1254 differ in six letters only. */
const FAMILY: Readonly<Record<CodecName, number>> = {
  'windows-1252': 1,
  'windows-1254': 1,
  'mac-roman': 2,
  'windows-1250': 4,
  'windows-1251': 8,
};

/** A run's reading (offsets relative to the run) placed at `base` in the line. */
interface PlacedRun {
  run: RunReading;
  base: number;
  end: number;
  /** A Tasks signifier is expected here. */
  spot: boolean;
}

/**
 * A tool either drops the bytes it cannot map or writes `?` for them, the same way throughout. On a line
 * where some byte vanished (`â«` for ⏫), a `?` ending a run is a question mark after all (`“ok”?`):
 * such runs are read again without taking it.
 */
function questionsAsAsked(line: string, runs: PlacedRun[]): void {
  let dropped = false;
  let trailing = false;
  for (const p of runs) {
    for (const r of p.run.readings) {
      dropped ||= r.dropped && r.strength === 'strong';
      trailing ||= r.trailingQuestion;
    }
  }
  if (!dropped || !trailing) return;
  for (const p of runs) {
    if (!p.run.readings.some((r) => r.trailingQuestion)) continue;
    const read = readRun(line, p.base, p.end, { prev: 0, next: 0, taskLine: p.spot, cued: () => emojiCues(line), turkish: () => TURKISH.test(line) }, false);
    if (read) p.run = rebase(read, -p.base);
  }
}

/**
 * On a line that only Windows-1250 or -1251 explains somewhere (`Ĺ‚`, `Р°`), the whole line went
 * through that codec: its other runs are read with it too wherever it explains them whole — they read
 * alike under Windows-1252 but for the bytes each codec loses (`â‰?` is ≈ there, not ⁉).
 */
function readAsLineCodec(line: string, runs: PlacedRun[]): void {
  let votes1250 = 0;
  let votes1251 = 0;
  for (const p of runs) {
    if (p.run.codec === CP1250.name) votes1250++;
    else if (p.run.codec === CP1251.name) votes1251++;
  }
  const codec = votes1251 > votes1250 ? CP1251 : CP1250;
  for (const p of runs) {
    if (p.run.codec === codec.name) continue;
    const read = readRunAs(line, p.base, p.end, codec, { prev: 0, next: 0, taskLine: p.spot, cued: () => emojiCues(line), turkish: () => TURKISH.test(line) });
    if (read.weight > 0 && tilesRun(line, read, p.base, p.end) && wholeRunPlausible(line, read)) p.run = rebase(read, -p.base);
  }
}

/**
 * Readings of runs already seen, by the run's text, then by its context (the characters either side and
 * the kind of line, packed in one number). Offsets are relative to the run's start; null: nothing to read.
 */
const RUN_CACHE = new Map<string, Map<number, RunReading | null>>();
const RUN_CACHE_LIMIT = 4096;

function recall(text: string, context: number): RunReading | null | undefined {
  return RUN_CACHE.get(text)?.get(context);
}

function remember(text: string, context: number, run: RunReading | null): void {
  let byContext = RUN_CACHE.get(text);
  if (!byContext) {
    if (RUN_CACHE.size >= RUN_CACHE_LIMIT) RUN_CACHE.clear();
    byContext = new Map();
    RUN_CACHE.set(text, byContext);
  }
  byContext.set(context, run);
}

function rebase(run: RunReading, by: number): RunReading {
  return {
    ...run,
    readings: run.readings.map((r) => ({ ...r, start: r.start + by, end: r.end + by })),
    suspects: run.suspects.map((x) => ({ ...x, start: x.start + by, end: x.end + by })),
  };
}

/** Repairs and suspects for one line (no newline inside). */
export function repairLine(line: string): LineResult {
  const taskLine = TASK_LINE.test(line);
  let cues: ReadonlySet<number> | null = null;
  let turkishLine: boolean | null = null;
  let cuesAsked = false;
  const runs: PlacedRun[] = [];
  let i = 0;
  while (i < line.length) {
    if (line.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const end = runEnd(line, i);
    // Runs repeat (the same broken markers on every task line): remember how each was read, by the run
    // and the only context the reading depends on — the characters either side and the kind of line.
    const text = line.slice(i, end);
    const spot = taskLine || signifierSpot(line, i, end);
    const context = (spot ? 0x10000 : 0) + (i > 0 ? line.charCodeAt(i - 1) : 0) * 0x20000 + (end < line.length ? line.charCodeAt(end) : 0xffff);
    let run = recall(text, context);
    if (run === undefined) {
      // Built only when a run is new: most lines' runs are recalled, and this is called for every broken line.
      // (A reading that asks about the line's words depends on more than its context: not remembered.)
      const cued = (): ReadonlySet<number> => {
        cuesAsked = true;
        return (cues ??= emojiCues(line));
      };
      const turkish = (): boolean => {
        cuesAsked = true;
        return (turkishLine ??= TURKISH.test(line));
      };
      cuesAsked = false;
      const read = readRun(line, i, end, { prev: 0, next: 0, taskLine: spot, cued, turkish });
      run = read && rebase(read, -i);
      if (!cuesAsked) remember(text, context, run);
    }
    if (run) runs.push({ run, base: i, end, spot });
    i = end;
  }
  // Evidence, by family of codecs: a weak reading is believed only beside strong ones of its own kind
  // (a clean `CÂŞTIG` or `word—Émile` is no Windows-1250 or Mac Roman mojibake because a `â€™` is broken).
  questionsAsAsked(line, runs);
  let evidenceBy = 0;
  let wholeRunLine = false;
  for (const p of runs) {
    if (p.run.strong) evidenceBy |= p.run.family;
    wholeRunLine ||= p.run.wholeRun;
  }
  const evidence = evidenceBy !== 0;
  if (wholeRunLine) readAsLineCodec(line, runs);
  let mixedLine: boolean | null = null;
  const result: LineResult = { repairs: [], suspects: [] };
  for (const { run, base } of runs) {
    for (const r of run.readings) {
      if (r.strength === 'strong' || (r.strength === 'weak' && (evidenceBy & run.family) !== 0)) {
        result.repairs.push({ start: base + r.start, end: base + r.end, after: r.text });
      } else if (r.strength === 'weak') {
        // Clean text could look like this (`IRMÃ”`); say what it may have been, change nothing.
        if (r.score >= CONFIDENT && !SCRIPTS_NEEDING_COMPANY.has(r.script)) {
          const reason = `possible mojibake (${run.codec}) for “${String.fromCodePoint(r.cp)}”`;
          result.suspects.push({ start: base + r.start, end: base + r.end, reason });
        }
      } else if (r.strength === 'lone' && !wholeRunLine) {
        // (On a line broken as Windows-1250 or -1251 the lost byte is another: `Ä?` is Romanian ă there,
        // not the č that `loneRepair` knows from Windows-1252.)
        const placed = { ...r, start: base + r.start, end: base + r.end };
        const mixed = (): boolean => (mixedLine ??= evidence && hasCleanNonAscii(line, runs));
        const applied = (o: Reading): boolean => o.strength === 'strong' || (o.strength === 'weak' && (evidenceBy & run.family) !== 0);
        const cp = loneRepair(line, placed, evidence, mixed, decodedAt(run, r.end, applied), decodedBefore(run, r.start, applied));
        if (cp > 0) result.repairs.push({ start: placed.start, end: placed.end, after: String.fromCodePoint(cp) });
      }
    }
    for (const x of run.suspects) result.suspects.push({ start: base + x.start, end: base + x.end, reason: x.reason });
  }
  return result;
}

/**
 * Where the run of non-ASCII characters starting at `start` ends. A `?` right after one belongs to the
 * run: it may stand for a byte the codec could not map (`â?«` is ⏫, `ðŸ”?` 🔁), and the run goes on
 * after it (`ðŸ‘©â€?ðŸ’»` is one run, 👩‍💻). Whether it is read so is for the readings to decide; every
 * other ASCII character ends the run, and no repair ever changes one.
 */
export function runEnd(line: string, start: number): number {
  let end = start + 1;
  while (end < line.length) {
    const u = line.charCodeAt(end);
    if (u < 0x80 && u !== QUESTION_MARK) break;
    end++;
  }
  return end;
}

function explainsAll(line: string, run: RunReading, start: number, end: number): boolean {
  let at = start;
  for (const r of run.readings) {
    // A guessed byte depends on which bytes the codec loses: let the other codecs have their say.
    at = skipQuestions(line, at, r.start);
    if (r.start !== at || r.strength !== 'strong' || r.guessed) return false;
    at = r.end;
  }
  // (A question mark that no reading took is one: the readings have said so by leaving it.)
  return skipQuestions(line, at, end) === end;
}

/** Past the question marks from `at` (up to `end`): `¿QuÃ©?Â»` is two readings around a real one. */
function skipQuestions(line: string, at: number, end: number): number {
  while (at < end && line.charCodeAt(at) === QUESTION_MARK) at++;
  return at;
}

/** Whether the line holds non-ASCII characters that no reading explains (a partly broken line). */
function hasCleanNonAscii(line: string, runs: readonly PlacedRun[]): boolean {
  let covered = 0;
  let total = 0;
  for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) >= 0x80) total++;
  for (const { run, base } of runs) {
    for (const r of run.readings) for (let k = base + r.start; k < base + r.end; k++) if (line.charCodeAt(k) >= 0x80) covered++;
  }
  return covered < total;
}

/** Read the run `line[start, end)` under every codec and keep the reading that explains most. */
function readRun(line: string, start: number, end: number, at: Surroundings, questions = true): RunReading | null {
  let best: RunReading | null = null;
  let bestTiles = false;
  for (const codec of CODECS) {
    const reading = readRunAs(line, start, end, codec, at, questions);
    if (reading.weight <= 0) continue;
    const tiles = tilesRun(line, reading, start, end);
    if (codec.wholeRun) {
      // Believed only as a whole, and then over a reading that leaves part of the run unexplained
      // (`â€ś` is “ in Windows-1250, not ” and a stray `ś`).
      if (!tiles || !wholeRunPlausible(line, reading)) continue;
      if (!best || !bestTiles || reading.weight > best.weight) {
        best = reading;
        bestTiles = true;
      }
    } else if (!best || reading.weight > best.weight || (!bestTiles && explainsAll(line, reading, start, end))) {
      // (Every character read, no byte guessed, beats a heavier reading that guesses and leaves some:
      // Mac Roman `‚â•` is ≥, not a `‚` kept and a ❕ made up from `â•`.)
      best = reading;
      bestTiles = tiles;
    }
    // A codec whose strong readings explain the whole run leaves nothing for the others to explain.
    if (best === reading && explainsAll(line, reading, start, end)) break;
  }
  return best;
}

/**
 * Whether the readings follow one another from the run's start to its end, but for question marks
 * between them or after them.
 */
function tilesRun(line: string, run: RunReading, start: number, end: number): boolean {
  let at = start;
  for (const r of run.readings) {
    if (r.start !== skipQuestions(line, at, r.start)) return false;
    at = r.end;
  }
  return skipQuestions(line, at, end) === end;
}

/** Scripts a Central European or Cyrillic reading may produce: the text such codecs meet in notes. */
const WHOLE_RUN_SCRIPTS: ReadonlySet<Script> = new Set(['latin', 'greek', 'cyrillic', 'symbol']);

/**
 * A whole-run codec's reading: no lone lead's guess, and only characters of the scripts these codecs
 * meet — Cyrillic only as Russian, Ukrainian, Belarusian, Serbian and Bulgarian write it (Polish `PÓŁ`
 * would read as Tajik `Pӣ`). CJK only two or more together, every one of them strong: one alone is
 * what a clean word can read as (Russian `её»` is 帻, Ukrainian `Азії` 珿), but a clean word that reads
 * as several in a row would need letters these languages do not write side by side (`дјљи®®` is 会议).
 */
function wholeRunPlausible(line: string, run: RunReading): boolean {
  let cjk = 0;
  let telling = false;
  for (const r of run.readings) {
    // (A byte that vanished leaves nothing to vouch for the guess: `câştig` is no `c☺tig`.)
    if (r.strength === 'lone' || r.dropped) return false;
    if (r.script === 'cjk') {
      if (r.strength !== 'strong') return false;
      cjk++;
      telling ||= !readsAsWordEnd(line, r.start, r.end);
    } else if (!WHOLE_RUN_SCRIPTS.has(r.script)) return false;
    if (r.script === 'cyrillic' && r.cp >= 0x0460 && r.cp !== 0x0490 && r.cp !== 0x0491) return false;
  }
  return cjk === 0 || (cjk > 1 && telling);
}

/**
 * Whether a CJK reading's characters `line[start, end)` could be the end of a clean word instead: its
 * lead, a small letter under these codecs, then small letters of the same script, then closing marks
 * (`её\u00a0её»` is two Russian words, not 帠帻; an NBSP may start the next word). Real mojibake of CJK
 * text shows a capital inside the word, a letter after a mark, or some other sign among them
 * (`гѓЎ` for メ, `н•њ` for 한, `и®®` for 议, `ж—Ґ` for 日).
 */
function readsAsWordEnd(line: string, start: number, end: number): boolean {
  const script = scriptOf(line.charCodeAt(start));
  let marks = false;
  for (let k = start + 1; k < end; k++) {
    const u = line.charCodeAt(k);
    if (u === 0xa0) marks = false;
    else if (isLowerCode(u) && scriptOf(u) === script) {
      if (marks) return false;
    } else if (FOLLOWS_WORDS.has(u) || CLOSING_QUOTES.has(u)) marks = true;
    else return false;
  }
  return true;
}

function readRunAs(line: string, start: number, end: number, codec: Codec, at: Surroundings, questions = true): RunReading {
  const readings: Reading[] = [];
  const suspects: LineSuspect[] = [];
  let prev = start > 0 ? (line.codePointAt(start - 1) as number) : 0;
  const here: Surroundings = { ...at };
  let i = start;
  while (i < end) {
    // The longest reading first; shorter ones (more lost bytes) only when it is implausible.
    let seq = readSequence(line, i, end, codec, 3, questions);
    here.prev = prev;
    let reading = seq ? judge(line, seq, codec, here, start, end) : null;
    if (reading && reading.strength === 'lone' && line.charCodeAt(i) === 0xc2 && pendingSequence(readings, i, codec)) {
      // Text broken twice, the second time losing the C1 control's byte: leave a U+FFFD for the next pass.
      reading = { ...reading, cp: 0xfffd, strength: 'strong', script: 'symbol', guessed: true, trailingQuestion: false, text: '\ufffd' };
    }
    // (Never past a U+FFFD: it stands for a byte of this very sequence, not the start of the next.)
    while (seq && !reading && seq.used > seq.fewest && line.charCodeAt(seq.end - 1) !== 0xfffd) {
      const shorter = readSequence(line, i, end, codec, seq.used - 1, questions);
      if (!shorter) break;
      seq = shorter;
      reading = judge(line, seq, codec, here, start, end);
    }
    if (reading) {
      readings.push(reading);
      prev = reading.cp;
      i = reading.end;
      continue;
    }
    if (seq && seq.junk) suspects.push({ start: seq.start, end: seq.end, reason: `unreadable bytes (${codec.name}?)` });
    else if (seq && !seq.lone && looksBroken(line, seq, codec)) {
      suspects.push({ start: seq.start, end: seq.end, reason: `possible mojibake (${codec.name})` });
    }
    prev = line.codePointAt(i) as number;
    i += prev > 0xffff ? 2 : 1;
  }
  keepCompany(line, readings, start, end);
  dropLoneIntermediates(readings);
  let weight = 0;
  // (A whole sequence read weakly explains more than a lead whose continuation is guessed: `—Å` is с.)
  for (const r of readings) weight += r.strength === 'strong' ? 10 + r.score : r.strength === 'weak' ? 0.5 : 0.4;
  if (weight > 0) weight = Math.max(0.1, weight - 2 * foreignLeft(line, readings, start, end, codec));
  const strong = readings.some((r) => r.strength === 'strong');
  return { codec: codec.name, wholeRun: codec.wholeRun, family: FAMILY[codec.name], readings, suspects, weight, strong };
}

/**
 * How many characters of the run no reading took that the codec has no byte for: text this codec
 * decoded cannot hold them, so a reading that leaves them is the wrong codec's (`â€ž` is „ under
 * Windows-1252; Windows-1254, which has no `ž`, would read ” and leave it). Characters no codec has
 * (clean CJK beside a broken mark) weigh on every reading alike.
 */
function foreignLeft(line: string, readings: readonly Reading[], start: number, end: number, codec: Codec): number {
  let foreign = 0;
  let at = start;
  for (let k = 0; k <= readings.length; k++) {
    const until = k < readings.length ? readings[k].start : end;
    for (; at < until; at++) {
      const u = line.charCodeAt(at);
      if (u >= 0x80 && codec.byteOf[u] === 0) foreign++;
    }
    if (k < readings.length) at = Math.max(at, readings[k].end);
  }
  return foreign;
}

/** Choose the character a sequence stood for and how sure we are. Null when it is no mojibake. */
function judge(line: string, seq: Sequence, codec: Codec, at: Surroundings, runStart: number, runEnd: number): Reading | null {
  let best = -1;
  let bestScore = -Infinity;
  let runnerUp = -Infinity;
  const several = seq.candidates.length > 1;
  for (let k = 0; k < seq.candidates.length; k++) {
    const c = seq.candidates[k];
    at.next =
      c.cp === 0x200d
        ? guessNext(line, c.end, runEnd, codec, at)
        : several && readsAsVs16(line, c.end, runEnd, codec)
          ? 0xfe0f
          : c.end < line.length
            ? (line.codePointAt(c.end) as number)
            : 0;
    // A C1 control (`Â` + `\u008f` or `ÂŸ`) or the Apple logo (`ï£¿`) is the middle stage of text broken
    // twice; let the next pass finish it (`dropLoneIntermediates` removes those with nothing to finish).
    const intermediate = (c.cp >= 0x80 && c.cp < 0xa0) || c.cp === 0xf8ff;
    const score = intermediate ? (c.lost === 0 ? PLAUSIBLE : 0) : plausibility(c.cp, at) + turkishFit(at, codec, c.cp, c.lost > 0 || seq.questions > 0 || seq.junk);
    if (score > bestScore) {
      if (best >= 0 && c.cp !== seq.candidates[best].cp) runnerUp = bestScore;
      best = k;
      bestScore = score;
    } else if (score > runnerUp && c.cp !== seq.candidates[best].cp) {
      runnerUp = score;
    }
  }
  if (best < 0) return null;
  const chosen = seq.candidates[best];
  const cp = chosen.cp;
  const score = bestScore;
  const script = scriptOf(cp);
  const guessed = chosen.lost > 0 || seq.lone || seq.questions > 0 || line.slice(seq.start, seq.end).includes('\ufffd');
  const dropped = chosen.lost > 0 || (seq.lone && seq.questions === 0);
  // A `?` with more mojibake right after it (`Ð¾Ð±Ñ?ÑƒÐ´`, `â€?ðŸ’»`) is no question mark: no text asks a
  // question in the middle of a word. One that ends the run may be, and needs a confident reading.
  const enclosed = seq.questions > 0 && seq.end < runEnd && line.charCodeAt(seq.end) >= 0x80;
  const trailingQuestion = seq.questions > 0 && !enclosed;
  const reading: Reading = {
    start: seq.start,
    end: chosen.end,
    cp,
    score,
    strength: 'strong',
    script,
    guessed,
    dropped,
    trailingQuestion,
    text: String.fromCodePoint(cp),
  };
  const leadChar = line.charCodeAt(seq.start);
  // Under a whole-run codec the rest of the run vouches for the `?` (`РЎР•РљРЈРќР”Р?` is СЕКУНДИ) — if
  // there is a rest, a word going on right after it (`Г?kland`), or a capital lead inside a lower-case
  // word before it (`píseĹ?`): `С?` alone asks.
  const vouched =
    enclosed ||
    (codec.wholeRun &&
      seq.questions > 0 &&
      (seq.start > runStart || isAsciiLower(line.charCodeAt(seq.end)) || (isUpperCode(leadChar) && isLowerCode(at.prev))));
  if (seq.lone && !(vouched && !LONE_LEADS.has(leadChar))) {
    if (!LONE_LEADS.has(leadChar) || codec === MACROMAN) return null;
    reading.strength = 'lone';
    return reading;
  }
  if (codec === CP1250 && guessed && seq.length === 2) {
    // Windows-1250 loses other bytes than -1252: its `Ĺ?` and `Ă?` are told apart by their place.
    const byPlace = centralEuropeanLetter(line, seq, at.prev);
    if (byPlace === 0) return null;
    return { ...reading, cp: byPlace, score: PLAUSIBLE, script: 'latin', text: String.fromCodePoint(byPlace) };
  }
  if (score < PLAUSIBLE) return null;
  // A guessed byte that nothing tells apart from another (`æ�±` is 東 or 恱, two CJK characters alike):
  // leave it, rather than write an arbitrary one of them.
  if (guessed && runnerUp >= score) return null;
  if (seq.questions > 0) {
    if (!vouched && score < CONFIDENT) return null;
    // Letters that only their frequency tells apart (`Ñ?` is с, э or я; `Ï?` ρ or ύ): a `?` is no
    // evidence for the likelier one, so the text stays as it is.
    if (isLetterCode(cp) && score - runnerUp < 1) return null;
    if (SCRIPTS_NEEDING_COMPANY.has(script) && !(script === 'greek' && score >= 6)) reading.strength = 'weak';
    return reading;
  }
  if (chosen.lost > 0) {
    if (score < CONFIDENT) return null;
    if (codec === MACROMAN && seq.candidates.length === 1 && allLower(line, seq.start, seq.end)) {
      // `üëç` alone is 👍 without its U+F8FF; inside a word it could be letters.
      const before = seq.start > 0 ? line.charCodeAt(seq.start - 1) : 0;
      const after = seq.end < line.length ? line.charCodeAt(seq.end) : 0;
      // (`üëçüëç` is two of them: a following `ü` starts the next.)
      if (isLetterCode(before) || (isLetterCode(after) && after !== 0xfc)) reading.strength = 'weak';
    }
    return reading;
  }
  if (seq.junk) return reading;
  const prevUnit = seq.start > 0 ? (line.codePointAt(seq.start - 1) as number) : 0;
  if (seq.length === 2 ? naturalPair(line, seq, codec, prevUnit) : naturalTriple(line, seq, codec, prevUnit)) {
    reading.strength = 'weak';
  } else if (SCRIPTS_NEEDING_COMPANY.has(script) && !(script === 'greek' && score >= 6)) {
    // A lone Cyrillic or CJK character amid Latin text is more likely clean punctuation + letter.
    reading.strength = 'weak';
  }
  return reading;
}

/** Readings in a script that needs company become strong when the run holds two or more of them. */
function keepCompany(line: string, readings: Reading[], start: number, end: number): void {
  for (const r of readings) {
    if (r.strength !== 'weak' || !SCRIPTS_NEEDING_COMPANY.has(r.script)) continue;
    let company = 0;
    for (const o of readings) if (o !== r && o.script === r.script) company++;
    const before = start > 0 ? scriptOf(line.codePointAt(start - 1) as number) : 'latin';
    const after = end < line.length ? scriptOf(line.codePointAt(end) as number) : 'latin';
    if (company > 0 || before === r.script || after === r.script) {
      if (!naturalAt(line, r)) r.strength = 'strong';
    }
  }
}

function naturalAt(line: string, r: Reading): boolean {
  const lead = line.charCodeAt(r.start);
  const prev = r.start > 0 ? line.charCodeAt(r.start - 1) : 0;
  return (isUpperCode(lead) && isUpperCode(prev) && FOLLOWS_WORDS.has(line.charCodeAt(r.start + 1))) || MATH_SIGNS.has(lead);
}

/**
 * Readings that only make sense as the middle stage of text broken twice — C1 controls, the Apple
 * logo — are kept only when other readings of the run produce lead bytes that the next pass can join
 * them to (`Ã¢Â\u008fÂ«` → `â\u008f«` → `⏫`).
 */
function dropLoneIntermediates(readings: Reading[]): void {
  const isIntermediate = (r: Reading): boolean => (r.cp >= 0x80 && r.cp < 0xa0) || r.cp === 0xf8ff;
  if (!readings.some(isIntermediate)) return;
  // The Apple logo is itself Mac Roman's lead byte 0xF0; a C1 control needs a lead under some codec.
  const finished = (r: Reading): boolean => (r.cp === 0xf8ff ? readings.length > 1 : readings.some((o) => !isIntermediate(o) && isLeadAnywhere(o.cp)));
  for (let k = readings.length - 1; k >= 0; k--) if (isIntermediate(readings[k]) && !finished(readings[k])) readings.splice(k, 1);
}

function isLeadAnywhere(cp: number): boolean {
  return cp < 0x10000 && CODECS.some((c) => leadLength(c.byteOf[cp]) > 0);
}

/**
 * Whether the readings just before `at` decode to the start of a UTF-8 sequence still missing bytes
 * (`â€` from `Ã¢â‚¬`): then a lone `Â` after them was `Â` + a C1 control whose byte was lost.
 */
function pendingSequence(readings: readonly Reading[], at: number, codec: Codec): boolean {
  let conts = 0;
  for (let k = readings.length - 1; k >= 0 && readings[k].end === at; k--) {
    const r = readings[k];
    const b = r.cp < 0x10000 ? codec.byteOf[r.cp] : 0;
    const n = leadLength(b);
    if (n > 0) return conts < n - 1;
    if (!isCont(b)) return false;
    conts++;
    at = r.start;
  }
  return false;
}

/** Whether the characters at `pos` are a variation selector 16, itself or as mojibake (`ï¸`, `Ô∏è`). */
function readsAsVs16(line: string, pos: number, runEnd: number, codec: Codec): boolean {
  const u = line.charCodeAt(pos);
  if (u === 0xfe0f) return true;
  return pos + 1 < runEnd && codec.byteOf[u] === 0xef && codec.byteOf[line.charCodeAt(pos + 1)] === 0xb8;
}

/** The best guess for the character that starts at `pos` (for deciding whether a ZWJ joins emoji). */
function guessNext(line: string, pos: number, runEnd: number, codec: Codec, at: Surroundings): number {
  if (pos >= line.length) return 0;
  const seq = pos < runEnd ? readSequence(line, pos, runEnd, codec) : null;
  if (!seq) return line.codePointAt(pos) as number;
  let best = 0;
  let bestScore = -Infinity;
  for (const c of seq.candidates) {
    const s = plausibility(c.cp, { prev: 0, next: 0, taskLine: at.taskLine, cued: at.cued }) - c.lost * 0.25;
    if (s > bestScore) {
      bestScore = s;
      best = c.cp;
    }
  }
  return isEmojiBase(best) ? best : 0;
}

/**
 * A two-character sequence that clean text could contain: an upper-case word ending before a quote
 * (`IRMÃ”`), a Mac Roman quote or dash before an accented letter (`“élan`), a maths sign before a symbol.
 */
function naturalPair(line: string, seq: Sequence, codec: Codec, prev: number): boolean {
  const lead = line.charCodeAt(seq.start);
  const cont = line.charCodeAt(seq.start + 1);
  const next = seq.end < line.length ? line.charCodeAt(seq.end) : 0;
  if (codec === MACROMAN) {
    // (`¬` is the lead of `°` `½` `·`: after a figure or a letter it is that, `90¬∞`, `1¬Ω`, not logic.)
    if (MATH_SIGNS.has(lead)) return MATH_FOLLOWERS.has(cont) && !isLetterCode(next) && !(lead === 0xac && isAlphanumeric(prev));
    // `Œ` and `œ` are Greek's leads (CE, CF): French writes them before a plain letter (`Œuvre`, `cœur`),
    // never before an accented one or a sign (`Œ©` is Ω, `œÉ` σ, `Œî` Δ).
    if (lead === 0x0152 || lead === 0x0153) return false;
    // Mac Roman's lead bytes include letters and its continuation bytes are mostly letters:
    // `ÕÄ` is Estonian, not a combining accent. (`ƒ` is the florin sign, not a letter of words.)
    if (!isLetterCode(lead) || (isLetterCode(cont) && lead !== 0x0192)) return true;
  }
  if (lead === 0xd7) return prev < 0x80 && !isLetterCode(prev);
  // Windows-1250 and -1251 have capitals among their continuation bytes: two capitals in a word of
  // capitals are Romanian `CÂŞTIG` or Ukrainian `ВІ`, unless the line shows other mojibake.
  if (codec.wholeRun && isUpperCode(lead) && isUpperCode(cont) && !isLowerCode(next) && (isUpperCode(prev) || !isLetterCode(prev))) {
    return true;
  }
  // A closing mark after a word ends it; only an apostrophe, a dash or NBSP lets a letter follow.
  // (German and Romanian close a quote with `“` too: `„ȚARĂ“`.)
  const endsWord = (FOLLOWS_WORDS.has(cont) && (!isLetterCode(next) || JOINERS.has(cont))) || (CLOSING_QUOTES.has(cont) && !isLetterCode(next));
  // A one-letter word in quotes or before a mark: Swedish `Å”`, German `„Ä“` (not `Ã`, `Â`: no such words).
  if (isUpperCode(lead) && !isLetterCode(prev) && !LEADS_OF_LATIN_1.has(lead)) {
    if ((FOLLOWS_WORDS.has(cont) || CLOSING_QUOTES.has(cont)) && !isLetterCode(next)) return true;
    // An NBSP binding it to a name (`Å Kateřina`; `Š` goes on in lower case or capitals: `Škoda`,
    // `ŠKODA`), or an English possessive or contraction (`Å’s`, not `Œuvre`).
    if (cont === 0xa0 && isUpperCode(next) && isLowerCode(seq.end + 1 < line.length ? line.charCodeAt(seq.end + 1) : 0)) return true;
    if (cont === 0x2019 && contractionAt(line, seq.end)) return true;
  }
  if (isUpperCode(lead)) return isUpperCode(prev) && endsWord;
  if (isLowerCode(lead)) return isLetterCode(prev) && endsWord;
  return false;
}

/** Three or more characters that could be a word's end (`café”…`) or a Mac Roman word (`Èéè`). */
function naturalTriple(line: string, seq: Sequence, codec: Codec, prev: number): boolean {
  const lead = line.charCodeAt(seq.start);
  if (codec === MACROMAN && isUpperCode(lead)) return allLower(line, seq.start + 1, seq.end);
  if (!isLetterCode(lead) || !isLetterCode(prev)) return false;
  if (seq.end < line.length && isLetterCode(line.charCodeAt(seq.end))) return false;
  for (let k = seq.start + 1; k < seq.end; k++) if (!FOLLOWS_WORDS.has(line.charCodeAt(k))) return false;
  return true;
}

/** Whether an English contraction's ending (`s`, `t`, `d`, `ll`, `re`, `ve`, `m`) is the word at `at`. */
function contractionAt(line: string, at: number): boolean {
  let end = at;
  while (end < line.length && isAsciiLower(line.charCodeAt(end))) end++;
  if (end < line.length && isLetterCode(line.charCodeAt(end))) return false;
  return CONTRACTIONS.has(line.slice(at, end));
}
const CONTRACTIONS: ReadonlySet<string> = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);

function isAlphanumeric(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || isLetterCode(u);
}

function isAsciiLower(u: number): boolean {
  return u >= 0x61 && u <= 0x7a;
}

/**
 * The character decoded by the reading that starts at `pos`, or -1 when none does — or none that is
 * `applied`: a weak reading left as it was (`IRMÃ\u00a0` is no `à`) is no neighbour to judge by.
 */
function decodedAt(run: RunReading, pos: number, applied: (r: Reading) => boolean): number {
  for (const r of run.readings) if (r.start === pos && applied(r)) return r.cp;
  return -1;
}

/** The character decoded by the applied reading that ends at `pos`, or -1 when none does. */
function decodedBefore(run: RunReading, pos: number, applied: (r: Reading) => boolean): number {
  for (const r of run.readings) if (r.end === pos && applied(r)) return r.cp;
  return -1;
}

function isVowel(u: number, vowels: string): boolean {
  return u > 0 && vowels.includes(String.fromCharCode(u));
}

function allLower(line: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isLowerCode(line.charCodeAt(k))) return false;
  return true;
}

/** A lead byte and a continuation that could not be clean text, but no plausible character: report it. */
function looksBroken(line: string, seq: Sequence, codec: Codec): boolean {
  if (seq.end - seq.start < 2) return false;
  const lead = line.charCodeAt(seq.start);
  const cont = line.charCodeAt(seq.start + 1);
  if (codec === MACROMAN) return lead === 0xf8ff;
  return !FOLLOWS_WORDS.has(cont) && isLetterCode(lead) && !isLetterCode(cont) && seq.length >= 3;
}

/**
 * The character a lone lead byte stood for, when the context leaves one answer (0 otherwise):
 * `Ã` starting a word of lower-case letters was `Á` (or `Í` before d/t); inside a lower-case word `í`,
 * whose second byte is the invisible soft hyphen that sanitisers strip (`MartÃn`, `RamÃrez`); and — with
 * evidence — ending a lower-case word, or alone before one, `à`, whose second byte is the NBSP that
 * became a space or vanished (`voilÃ `, `Ã la carte`; alone on the line that is as likely `À` that lost a
 * C1 control, or the letter being talked about, and stays). `Ä` inside a lower-case word
 * was `č`; `Å` after a lower-case letter `ō` (`RyÅta`, `SatÅ`); `Ì` after a letter a combining acute
 * accent (decomposed `é`). A word-initial `Å` before a vowel was `Ł` (`Åukasz`, `ÅÃ³dÅº`) or, on a
 * Turkish line, `Ş` (see `loneA`): Swedish and Norwegian words start with `Å` only before consonants.
 * A word-initial `Ä` (German `Äußerung`) is read as `Đ` only with evidence, and — like `Å` before a
 * consonant — only when every other non-ASCII character of the line is mojibake: a clean `Ä` or `Å` would
 * have been broken with them.
 * The letter after the lead may itself be mojibake (`Äá»©c`): its decoded form is what counts.
 */
function loneRepair(line: string, r: Reading, evidence: boolean, mixed: () => boolean, decodedNext: number, decodedPrev: number): number {
  const lead = line.charCodeAt(r.start);
  const prev = decodedPrev >= 0 ? decodedPrev : r.start > 0 ? line.charCodeAt(r.start - 1) : 0;
  // `Ì` is a combining accent's lead only after a lower-case letter: Italian writes `LUNEDÌ`, `COSÌ?`.
  if (lead === 0xcc && !isLowerCode(prev)) return 0;
  const next = decodedNext >= 0 ? decodedNext : r.end < line.length ? line.charCodeAt(r.end) : 0;
  const nextIsLower = isLowerCode(next) && scriptOf(next) === 'latin';
  const nextIsVowel = nextIsLower && isVowel(baseLetter(next), 'aeiouy');
  if (!evidence) {
    // Without evidence elsewhere on the line, only contexts that no clean text has:
    // no language starts a word with `Ã` and goes on in lower case (that is `Álvaro` without its 0x81);
    // none puts a capital `Å` after a lower-case letter, or starts a word with `Å` and a vowel.
    const then = r.end + 1 < line.length ? line.charCodeAt(r.end + 1) : 0;
    if (lead === 0xc3 && isLowerCode(prev) && nextIsLower) return 0xed;
    if (lead === 0xc3) return !isLetterCode(prev) && isAsciiLower(next) && isAsciiLower(then) && !nextIsVowel ? loneAtilde(next) : 0;
    if (lead === 0xc5) return loneA(line, prev, next, nextIsLower, false, false);
    return 0;
  }
  switch (lead) {
    case 0xc3: // Ã
      if (isLowerCode(prev)) return nextIsLower ? 0xed : isLetterCode(next) ? 0 : 0xe0;
      if (!isLetterCode(prev) && next === 0x20 && startsLowerWord(line, r.end + 1)) return 0xe0;
      return !isLetterCode(prev) && nextIsLower && !nextIsVowel ? loneAtilde(next) : 0;
    case 0xc4: // Ä
      if (turkishCapital(line, prev, next)) return 0x011e;
      if (isLowerCode(prev) && (nextIsLower || !isLetterCode(next))) return 0x010d;
      // German starts words with Ä before consonants (Ärger, Änderung); Serbian with Đ before vowels.
      return !isLetterCode(prev) && nextIsLower && (!mixed() || isVowel(baseLetter(next), 'aeio')) ? 0x0110 : 0;
    case 0xc5: // Å
      if (turkishCapital(line, prev, next)) return 0x015e;
      return loneA(line, prev, next, nextIsLower, true, !mixed());
    case 0xcc: // Ì
      return isLetterCode(prev) && !isUpperCode(next) ? 0x0301 : 0;
    default:
      return 0;
  }
}

/**
 * A Windows-1250 lead whose continuation was lost (written as `?` or U+FFFD), where the place leaves one
 * letter: `Ĺ` (Ł Ń ň Ő Ř) starting a word before u, o, ó, y is `Ł` (`Łukasz`, `Łódź`), and after a
 * lower-case letter the only small one, `ň` (`píseň`). Anything else is left (0): `PĹ?ED` is PŘED or
 * PŁED alike, `Ă?` Álvaro's Á as much as Økland's Ø.
 */
function centralEuropeanLetter(line: string, seq: Sequence, prev: number): number {
  if (CP1250.byteOf[line.charCodeAt(seq.start)] !== 0xc5) return 0;
  const next = seq.end < line.length ? (line.codePointAt(seq.end) as number) : 0;
  const startsWord = !isLetterCode(prev);
  const nextIsLower = isLowerCode(next);
  if (startsWord && nextIsLower && isVowel(baseLetter(next), 'uoy')) return 0x0141;
  return isLowerCode(prev) && !isUpperCode(next) ? 0x0148 : 0;
}

/** Whether a word of lower-case letters starts at `line[at]`. */
function startsLowerWord(line: string, at: number): boolean {
  return at < line.length && isLowerCode(line.charCodeAt(at));
}

/**
 * A lone `Ã` starting a word before a consonant: `Á` (Álvaro, Ángel, África), or `Í` before d or t
 * (Ídolo, Ítalo). Before a vowel it may as well be `Ð` (Ðorđe), so it is left alone there.
 */
function loneAtilde(next: number): number {
  return next === 0x64 || next === 0x74 ? 0xcd : 0xc1;
}

/**
 * Turkish letters on a line, as written or as Windows-1252/1254 mojibake (ğ ı İ ş) — but not the `ğŸ`
 * that starts every emoji read as Windows-1254.
 */
const TURKISH = /ğ(?!Ÿ)|[ĞıİşŞ]|Ä[Ÿ±°]|ÅŸ/;

/** Ğ and Ş: the letters whose second byte (0x9E) Windows-1254 loses. */
const TURKISH_LOST: ReadonlySet<number> = new Set([0x011e, 0x015e]);

/**
 * A byte Windows-1254 lost inside a word or a word of capitals, on a line that writes Turkish, was more
 * likely the second byte of `Ğ` or `Ş` than of the Đ or Ł that Windows-1252 readers would guess
 * (`DOÄ�AN` is DOĞAN). Starting a word before a small letter it is left to the place (`Łukasz` and
 * `Đorđe` meet Turkish names in one line: no Turkish word starts with ğ).
 */
function turkishFit(at: Surroundings, codec: Codec, cp: number, guessed: boolean): number {
  if (!guessed || codec !== CP1254 || !TURKISH_LOST.has(cp)) return 0;
  return (isLetterCode(at.prev) || isUpperCode(at.next)) && at.turkish?.() === true ? 1.5 : 0;
}

/**
 * Whether a lone `Ä` or `Å` stands inside a word of capitals on a Turkish line: Windows-1254 has no
 * character for 0x9E, the second byte of `Ğ` and `Ş` (`ÄÜÅİÖÇ` is ĞÜŞİÖÇ); their small letters end in
 * 0x9F, which it keeps.
 */
function turkishCapital(line: string, prev: number, next: number): boolean {
  const capitals = (isUpperCode(prev) && !isLowerCode(next)) || (!isLetterCode(prev) && isUpperCode(next)) || (isUpperCode(prev) && isUpperCode(next));
  return capitals && TURKISH.test(line);
}

/**
 * A lone `Å` (0xC5 without its continuation): `ō` after a lower-case letter, or after a word's capital
 * when the word goes on in lower case (`KÅji`). Starting a word it is `Ł` (0x81 lost) or, where
 * Windows-1254 dropped 0x9E, Turkish `Ş`. Windows-1252, far the commoner, loses only the first, so `Ł`
 * before u, o, y (Łukasz, Łódź); before a, e, i (Şahin, Şebnem) `Ş` on a Turkish line, `Ł` only with
 * evidence on the line; before a consonant only when the whole line is broken (`allBroken`; Swedish
 * writes `Åsa`).
 */
function loneA(line: string, prev: number, next: number, nextIsLower: boolean, evidence: boolean, allBroken: boolean): number {
  const wordGoesOn = nextIsLower || !isLetterCode(next);
  if (isLowerCode(prev) && wordGoesOn) return 0x014d;
  if (isUpperCode(prev) && nextIsLower) return 0x014d;
  if (isLetterCode(prev) || !nextIsLower) return 0;
  const base = baseLetter(next);
  if (isVowel(base, 'uoy')) return 0x0141;
  if (isVowel(base, 'aei') && TURKISH.test(line)) return 0x015e;
  return evidence && (isVowel(base, 'aei') || allBroken) ? 0x0141 : 0;
}

/** The ASCII letter a Latin letter is built on (`ó` → `o`), lower-cased; 0 for anything else. */
function baseLetter(cp: number): number {
  if (cp < 0x80) return cp | 0x20;
  const folded = String.fromCodePoint(cp).normalize('NFD').charCodeAt(0);
  return folded < 0x80 ? folded | 0x20 : 0;
}
