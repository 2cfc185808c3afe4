/**
 * Who said what in a transcript, and for how long.
 *
 * Transcript lines read `[00:01:48.50] Jabra Speak 710 :  Jason ValleryYeah, …`:
 * the label before ` : ` is usually the device or app that captured the
 * audio, not a person; the speaker's name, when there is one, is glued to the
 * front of the text. So:
 * - device and app labels (`zoom.us`, `MacBook Pro Microphone`) are never people;
 * - a glued name is the speaker, and a source that ever carries one (and only
 *   one) name is that person on every line;
 * - in a two-person meeting, the source nobody is identified on is the other
 *   participant — typically the remote app (`zoom.us`, `Teams`) while the
 *   owner talks into the local microphone.
 */
import type { TranscriptLine } from '../model';
import { foldAccents } from '../text';
import { cleanName, isOwnerWord, isPlaceholder, nameKey, roleOf } from './names';

// ─── Device and app labels ───────────────────────────────────────────────────

/** Words that only devices, apps and capture channels carry. */
const DEVICE_WORDS = new Set([
  // meeting apps and hosts
  'zoom', 'teams', 'webex', 'skype', 'slack', 'facetime', 'whatsapp', 'discord', 'gotomeeting', 'bluejeans',
  'ringcentral', 'hangouts', 'parallels', 'vmware', 'virtualbox', 'otter', 'fireflies', 'fathom', 'granola',
  'notetaker', 'transcription', 'recorder', 'recording', 'tldv', 'descript', 'avoma', 'notta', 'tactiq', 'sembly', 'carplay',
  // hardware brands and models
  'iphone', 'ipad', 'ipod', 'macbook', 'imac', 'airpods', 'jabra', 'polycom', 'plantronics', 'logitech', 'logi',
  'sennheiser', 'shure', 'elgato', 'razer', 'hyperx', 'realtek', 'conexant', 'krisp', 'blackhole',
  'loopback', 'soundflower', 'steelseries', 'corsair', 'jbl', 'owlcam', 'meetingowl', 'yealink', 'snowball', 'avaya',
  'thinkpad', 'elitebook', 'chromebook', 'lenovo', 'homepod', 'earpods', 'powerconf', 'intel',
  // what devices are
  'microphone', 'microphones', 'mic', 'mics', 'speaker', 'speakers', 'speakerphone', 'headset', 'headphones',
  'earbuds', 'earphones', 'webcam', 'camera', 'audio', 'input', 'output', 'device', 'bluetooth', 'usb', 'hdmi',
  'builtin', 'external', 'internal', 'default', 'aggregate', 'virtual', 'stereo', 'mono', 'array', 'unknown',
  'channel', 'participant', 'caller', 'dialin', 'telephone', 'conference', 'conf', 'boardroom', 'huddle', 'bot',
  'buds', 'laptop', 'desktop', 'computer', 'monitor', 'tablet', 'handsfree', 'soundbar', 'dongle', 'receiver',
  // room systems, phones and browsers
  'crestron', 'dial', 'dialed', 'huawei', 'xiaomi', 'oneplus', 'motorola', 'nokia', 'chrome', 'safari', 'firefox',
  'browser',
]);
/** Brand and product words that are also names or words (`Alexa`, `Anker`, `Neat`, `Rally`): a device only alone or beside another device word. */
const SOFT_DEVICE_WORDS = new Set([
  'bose', 'sony', 'poly', 'rode', 'beats', 'yeti', 'chime', 'meet', 'pixel', 'galaxy', 'samsung', 'android', 'windows',
  'mac', 'pc', 'phone', 'line', 'room', 'system', 'guest', 'remote', 'local', 'voice', 'built', 'in', 'pro',
  'air', 'mini', 'studio', 'google', 'microsoft', 'apple', 'cisco', 'amazon', 'blue', 'speak',
  'owl', 'meeting', 'echo', 'nest', 'hub', 'surface', 'hp', 'asus', 'acer', 'display', 'show', 'wireless', 'wave',
  'labs', 'bar', 'user', 'edge', 'kit', 'alexa', 'anker', 'neat', 'rally', 'nano', 'ip', 'desk', 'office', 'auto', 'aux',
  'rm', 'gong', 'loom',
]);
/** Words that end the name of a place, not a person: `Board Room`, `Conference Room 4B`, `Main Rooms`. */
const PLACE_WORDS = new Set(['room', 'rooms', 'suite', 'hall', 'lounge', 'auditorium']);

/** Labels for the far end of a call: the meeting app, or the computer's sound output. */
const REMOTE_WORDS = new Set([
  'zoom', 'teams', 'webex', 'skype', 'slack', 'facetime', 'whatsapp', 'discord', 'gotomeeting', 'bluejeans',
  'ringcentral', 'hangouts', 'meet', 'chime', 'parallels', 'vmware', 'virtualbox', 'speakers', 'output', 'remote',
  'them', 'other', 'others', 'system',
]);

function labelWords(source: string): string[] {
  return foldAccents(source)
    .replace(/built-in/g, 'builtin')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/**
 * True when a transcript source names a device, an app or a placeholder
 * rather than a person: `zoom.us`, `Zoom`, `Microsoft Teams`, `Jabra Speak
 * 710`, `MacBook Pro Microphone`, `AirPods Pro`, `Built-in Microphone`,
 * `iPhone`, `Google Meet`, `Speaker 1`, `Unknown`, `Parallels`.
 *
 * The rule: a domain, a digit (model numbers; names have none), a word only
 * devices carry, or only brand words; plus anything that is no person at all
 * (empty, `?`, a role).
 */
export function isDeviceLabel(source: string): boolean {
  const s = source.trim();
  if (s.length === 0 || isPlaceholder(s)) return true;
  if (DOMAIN.test(s) && !/\s/.test(s)) return true;
  if (/\d/.test(s)) return true;
  const words = labelWords(s);
  // `tl;dv`: an app whose name its punctuation splits.
  if (words.some((w) => DEVICE_WORDS.has(w)) || (words.length > 1 && DEVICE_WORDS.has(words.join('')))) return true;
  // `Board Room`, `Room B`, `Meeting Room Oak`: a place the audio came from, the room named before or after the word
  // (`Hall` only after a room word, since it is a surname).
  const last = words[words.length - 1];
  if (words.length >= 2 && (words.includes('room') || words.includes('rooms') || (PLACE_WORDS.has(last) && last !== 'hall'))) return true;
  if (words.length > 0 && words.every((w) => SOFT_DEVICE_WORDS.has(w))) return true;
  return !isOwnerWord(s) && roleOf(s) !== null;
}

/** True for the far end of a call: the meeting app (`zoom.us`, `Teams`, `Google Meet`) or the sound output (`Speakers`, `System Audio`). */
export function isRemoteAppLabel(source: string): boolean {
  const words = labelWords(source.trim());
  if (words.includes('microphone') || words.includes('mic')) return false;
  // A browser tab's sound (`Chrome Tab Audio`) is the web meeting playing in it.
  const tabAudio = words.includes('tab') && words.some((w) => w === 'audio' || BROWSER_WORDS.has(w));
  return words.some((w) => REMOTE_WORDS.has(w)) || (words.includes('system') && words.includes('audio')) || tabAudio;
}

const BROWSER_WORDS = new Set(['chrome', 'safari', 'firefox', 'edge', 'browser', 'brave', 'arc', 'opera']);

// ─── Devices that say whose they are ────────────────────────────────────────

/** `Ana's iPhone`, `James’ MacBook Pro`: the owner, then the device. */
const POSSESSIVE = /^(.+?)['’]s?\s+(.+)$/u;
/** `iPhone de Ana`, `MacBook von Jonas`, `Surface of Ivo`: the device, then the owner. */
const DEVICE_OF = /^(.+?)\s+(?:de|di|da|do|du|von|van|of|från|fra|af)\s+(.+)$/iu;
/** `Ana Ruiz via Zoom`, `Ana on Teams`, `Ana using AirPods`: the owner, then how they joined. */
const JOINED_VIA = /^(.+?)\s+(?:via|on|using|through|with|from)\s+(.+)$/iu;
/** `Ana Ruiz (iPhone)`, `iPhone (Ana)`, `Ana Ruiz - Jabra Evolve`: two parts side by side. */
const SIDE_BY_SIDE = /^(.+?)\s*(?:\(([^()]+)\)|\s[-–—|]\s+(.+))$/u;

/**
 * The person a device label names as its owner, as written: `Ana` for `Ana's iPhone`, `iPhone de
 * Ana` or `Ana (AirPods)`; `me` for `iPhone (me)`. Null when the label names a device and nobody.
 * One part must be a device and the other a name of up to four words, neither a device nor a role.
 */
export function deviceOwner(label: string): string | null {
  const s = label.trim();
  const pairs: [string | undefined, string | undefined][] = [];
  const host = hostOwner(s);
  if (host) pairs.push(host);
  const possessive = POSSESSIVE.exec(s);
  if (possessive) pairs.push([possessive[1], possessive[2]]);
  const of = DEVICE_OF.exec(s);
  if (of) pairs.push([of[2], of[1]]);
  const via = JOINED_VIA.exec(s);
  if (via) pairs.push([via[1], via[2]]);
  const side = SIDE_BY_SIDE.exec(s);
  if (side) {
    const second = side[2] ?? side[3];
    pairs.push([side[1], second], [second, side[1]]);
  }
  for (const [name, device] of pairs) {
    if (!name || !device || !isDeviceLabel(device)) continue;
    const cleaned = cleanName(name);
    if (isOwnerWord(cleaned)) return cleaned;
    if (!/^\p{L}[\p{L}\p{M}'’.-]*(?:\s\p{L}[\p{L}\p{M}'’.-]*){0,3}$/u.test(cleaned)) continue;
    if (isDeviceLabel(cleaned) || isPlaceholder(cleaned) || roleOf(cleaned)) continue;
    return cleaned;
  }
  return null;
}

/**
 * A computer's network name, which the system makes of its owner's name and the model:
 * `Anas-MacBook-Pro`, `Ana-Ruizs-MacBook-Air.local`, `ANA-RUIZ-IPHONE`, `DESKTOP-ANA` is not one.
 * The owner's part keeps the possessive `s` the system adds; the roster is matched with and without it.
 */
function hostOwner(label: string): [string, string] | null {
  if (/\s/.test(label) || !/[-_]/.test(label)) return null;
  const parts = label.replace(/\.(?:local|lan|home)$/i, '').split(/[-_]+/).filter((p) => p.length > 0);
  for (let k = 1; k < parts.length && k <= 3; k++) {
    const device = parts.slice(k).join(' ');
    const name = parts.slice(0, k);
    if (!name.every((w) => /^\p{L}{2,}$/u.test(w)) || name.some((w) => isDeviceLabel(w))) continue;
    if (isDeviceLabel(device) && labelWords(parts[k]).some((w) => DEVICE_WORDS.has(w) || SOFT_DEVICE_WORDS.has(w))) return [name.join(' '), device];
  }
  return null;
}

// ─── Glued names ─────────────────────────────────────────────────────────────

/**
 * The speaker's name glued to the front of a line's text, when it is one of
 * `names`: `Jason ValleryYeah, …` → `{ speaker: 'Jason Vallery', text: 'Yeah, …' }`.
 * So are the other ways recorders and people label a line: `Ann Lee: Hi`, `Ann Lee:Hi`,
 * `ANN LEE Hi` (a name in capitals is a label), `Ann Lee (Acme)Hi`, `Ann Lee (Acme): Hi`.
 * `Ann Lee said…` (a space, then words) does not: that is someone talking about her;
 * nor does `Ann Lee, can you…` or `Ann Lee (our CTO), who…`.
 */
export function splitGluedSpeaker(
  text: string,
  names: readonly string[],
): { speaker: string; text: string } | null {
  let from = 0;
  while (from < text.length && /\s/.test(text.charAt(from))) from++;
  const t = from === 0 ? text : text.slice(from);
  const byLength = names === lastNames ? lastSorted : sortNames(names);
  // Only the front of the line can hold a glued name: lower-case just that much of a long line.
  const lowered = t.slice(0, (byLength[0]?.name.length ?? 0) + 1).toLowerCase();
  const accented = NON_ASCII.test(lowered);
  // The line's first letter without its accents: a name whose own first letter differs cannot be glued there.
  let head: string | null = null;
  for (const { name: n, lower, folded, loose } of byLength) {
    if (lowered.startsWith(lower)) {
      const found = glued(n, t, t.slice(0, n.length));
      if (found) return found;
      continue;
    }
    if (!accented && folded === lower) {
      // Both plain: only another apostrophe or a hyphen written as a space can still make them the same.
      if (loose === lower || looseSpelling(lowered.slice(0, n.length)) !== loose) continue;
      const found = glued(n, t, t.slice(0, n.length));
      if (found) return found;
      continue;
    }
    head ??= foldAccents(t.charAt(0));
    if (!folded.startsWith(head)) continue;
    // `Cagla YildizYeah` is Çağla Yıldız speaking, and the other way round; `Siobhan O’BrienOkay` is Siobhan O'Brien,
    // `Anna Lena SchmidtJa` Anna-Lena Schmidt.
    const front = foldAccents(t.slice(0, n.length));
    if (front !== folded && looseSpelling(front) !== loose) continue;
    const found = glued(n, t, t.slice(0, n.length));
    if (found) return found;
  }
  return null;
}

/** A word or two in brackets after a name: where they work, their pronouns, their role. */
const ASIDE = /^\s*[([][^()[\]\n]{1,40}[)\]]/u;

/**
 * `name` as the speaker of `t`, which starts with it (written as `written`), when what follows is
 * glued to it or a colon, or the name is written in capitals as a label. A bracketed aside after the
 * name (`(Acme)`) is skipped, and then a capital after a space also starts what they said.
 */
function glued(name: string, t: string, written: string): { speaker: string; text: string } | null {
  let rest = t.slice(name.length);
  const aside = ASIDE.exec(rest);
  if (aside) rest = rest.slice(aside[0].length);
  const said = (): { speaker: string; text: string } => ({ speaker: name, text: rest.replace(/^\s*:\s*/, '').trimStart() });
  if (rest === '' || /^[^\s,.;!?]/.test(rest) || /^\s*:/.test(rest)) return said();
  if (!/^\s/.test(rest)) return null;
  // `ANA RUIZ Yes`: a name in capitals before the words is a label, as transcribers write speakers.
  if (written !== name && written === written.toUpperCase() && written !== written.toLowerCase()) return said();
  // `Ana Ruiz (Acme) Yes`: after an aside, a capital starts the words.
  if (aside && /^\s+\p{Lu}/u.test(rest)) return said();
  return null;
}

/**
 * The participants' first names (three letters or more) that only one of them has, as written, with whose
 * they are: recorders that know people by first name glue that (`PriyaHi both.`).
 */
function gluedFirstNames(roster: readonly RosterEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const r of roster) {
    const first = r.name.split(' ')[0];
    if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(first) || r.name === first) continue;
    if (out.has(first)) shared.add(first);
    out.set(first, r.name);
  }
  for (const first of shared) out.delete(first);
  return out;
}

/** A capitalised word, then a capital starting what was said: `PriyaHi both.`, `PriyaI think…`, `Anna-LenaJa.` */
const GLUED_FIRST = /^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\p{Lu}(?:\p{Ll}|[\s,.!?'’:]|$)/u;

/**
 * One of `firsts` glued to the front of the text, with a capital right after it: the speaker, known by first name
 * alone. `Priyanka said…` (no capital after) or a first name no participant has is no speaker.
 */
function splitGluedFirstName(text: string, firsts: ReadonlyMap<string, string>): { speaker: string; text: string } | null {
  if (firsts.size === 0) return null;
  // Most lines start with no participant's initial: look no further.
  let from = 0;
  while (from < text.length && text.charCodeAt(from) <= 32) from++;
  let initial = false;
  for (const first of firsts.keys()) if (first.charCodeAt(0) === text.charCodeAt(from)) initial = true;
  if (!initial) return null;
  const m = GLUED_FIRST.exec(text);
  const speaker = m ? firsts.get(m[1]) : undefined;
  if (!m || !speaker) return null;
  // The name starts the text after any spaces, so its first occurrence is where it stands.
  const rest = text.slice(text.indexOf(m[1]) + m[1].length);
  return { speaker, text: rest.replace(/^:\s*/, '') };
}

/** Full names (two words or more), longest first; the last list is kept, since a transcript asks with the same one every line. */
let lastNames: readonly string[] | null = null;
let lastSorted: GluedName[] = [];
const NON_ASCII = /[^\p{ASCII}]/u;

interface GluedName {
  name: string;
  lower: string;
  /** Lower case without accents, compared when either side has any. */
  folded: string;
  /** The same with every apostrophe one and hyphens as spaces, as transcribers write them either way. */
  loose: string;
}

/** A spelling with its apostrophes made one (`’` → `'`) and its hyphens spaces: the same length, so it can be cut where the name is. */
function looseSpelling(s: string): string {
  return s.replace(/[’‘`´ʼ]/g, "'").replace(/-/g, ' ');
}

function sortNames(names: readonly string[]): GluedName[] {
  lastNames = names;
  lastSorted = names
    .map((n) => n.trim())
    .filter((n) => n.includes(' '))
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const folded = foldAccents(name);
      return { name, lower: name.toLowerCase(), folded, loose: looseSpelling(folded) };
    });
  return lastSorted;
}

// ─── Attribution ─────────────────────────────────────────────────────────────

/** How a line's speaker was found. */
export type SpeakerVia =
  /** The name glued to the text. */
  | 'glued'
  /** The source is itself a name (`Ann Lee : …`). */
  | 'source'
  /** The same source carried this person's glued name elsewhere. */
  | 'same-source'
  /** The source is a device that says whose it is (`Ana's iPhone`, `iPhone (me)`). */
  | 'device-owner'
  /** Two-person meeting: the remote app is the participant not heard on the local device. */
  | 'remote-app'
  /** Two-person meeting: the one source nobody was identified on is the other participant. */
  | 'other-source'
  /** Two-person meeting without any names: the local device is the owner. */
  | 'local-device'
  | null;

export interface AttributedLine {
  line: TranscriptLine;
  /** The participant's name as given in `participants` (or as glued, when not among them); null when unknown. */
  speaker: string | null;
  via: SpeakerVia;
  /** What they said, when the line's text still holds the name that labels it (`ANA RUIZ Yes`). */
  text?: string;
}

/**
 * Who spoke each line. `participants` are the meeting's people as written
 * (resolve them first for canonical names); the owner is counted among them
 * when given. Sources that stay unexplained get `speaker: null`.
 */
export function attributeSpeakers(
  lines: readonly TranscriptLine[],
  participants: readonly string[],
  owner: string | null,
): AttributedLine[] {
  const roster = rosterOf(participants, owner);
  const names = roster.map((p) => p.name);
  const rostered = new Map<string, string>();
  const asRostered = (name: string): string => {
    let found = rostered.get(name);
    if (found === undefined) {
      const cleaned = cleanName(name);
      // `Ana` as a source or a glued name is the one participant of that first name.
      found = rosterFit(cleaned, roster) ?? cleaned;
      rostered.set(name, found);
    }
    return found;
  };
  // A transcript repeats the same two or three sources hundreds of times: judge each once.
  const sources = new Map<string, { speaker: string | null; via: SpeakerVia }>();
  const judgeSource = (raw: string): { speaker: string | null; via: SpeakerVia } => {
    let judged = sources.get(raw);
    if (!judged) {
      const source = raw.trim();
      if (isOwnerWord(source)) judged = owner ? { speaker: asRostered(owner), via: 'source' } : { speaker: null, via: null };
      else if (!isDeviceLabel(source)) judged = { speaker: asRostered(source), via: 'source' };
      else judged = { speaker: ownerOfDevice(source, roster, owner), via: 'device-owner' };
      if (judged.speaker === null) judged.via = null;
      sources.set(raw, judged);
    }
    return judged;
  };

  const firsts = gluedFirstNames(roster);
  const out: AttributedLine[] = lines.map((line) => {
    if (line.speaker) return { line, speaker: asRostered(line.speaker), via: 'glued' };
    const split = splitGluedSpeaker(line.text, names) ?? splitGluedFirstName(line.text, firsts);
    if (split) return { line, speaker: asRostered(split.speaker), via: 'glued', text: split.text };
    return { line, ...judgeSource(line.source) };
  });

  // A source that carries one person's glued name is that person throughout.
  const namesBySource = new Map<string, Set<string>>();
  for (const a of out) {
    if (a.via !== 'glued' || !a.speaker) continue;
    const set = namesBySource.get(sourceKey(a.line.source)) ?? new Set<string>();
    set.add(a.speaker);
    namesBySource.set(sourceKey(a.line.source), set);
  }
  const bySource = new Map<string, { speaker: string; via: SpeakerVia }>();
  for (const [source, set] of namesBySource) {
    if (set.size === 1) bySource.set(source, { speaker: [...set][0], via: 'same-source' });
  }

  const shared = new Set([...namesBySource].filter(([, set]) => set.size > 1).map(([source]) => source));
  if (roster.length === 2) twoPersonRule(out, roster, owner, bySource, shared);
  else if (roster.length === 1 && !owner) farEndOfOne(out, roster[0], bySource);
  else if (roster.length > 2) ownersOwnDevice(sources, roster, owner, bySource, namesBySource);

  return out.map((a) => {
    // What a source's own lines say (a glued name) outweighs whose device it is.
    if (a.speaker !== null && a.via !== 'device-owner') return a;
    const known = bySource.get(sourceKey(a.line.source));
    if (!known) return a;
    const out: AttributedLine = { line: a.line, speaker: known.speaker, via: known.via };
    if (a.text !== undefined) out.text = a.text;
    return out;
  });
}

interface RosterEntry {
  name: string;
  key: string;
}

function rosterOf(participants: readonly string[], owner: string | null): RosterEntry[] {
  const roster: RosterEntry[] = [];
  for (const p of owner ? [...participants, owner] : participants) {
    const name = cleanName(p);
    const key = nameKey(name);
    if (!key || isOwnerWord(name) || isPlaceholder(name) || roleOf(name)) continue;
    if (!roster.some((r) => r.key === key)) roster.push({ name, key });
  }
  return roster;
}

/**
 * The participant a device belongs to (`Ana's iPhone` → Ana Ruiz), as the roster names them: the
 * owner for `iPhone (me)`, a full name in the roster, a first name only when one participant has it.
 */
function ownerOfDevice(source: string, roster: readonly RosterEntry[], owner: string | null): string | null {
  const named = deviceOwner(source);
  if (!named) return null;
  if (isOwnerWord(named)) return owner ? (roster.find((r) => r.key === nameKey(cleanName(owner)))?.name ?? cleanName(owner)) : null;
  const found = rosterFit(named, roster);
  if (found) return found;
  // A network name keeps the possessive the system added: `Anas-MacBook-Pro`, `Ana-Ruizs-MacBook`.
  return /s$/i.test(named) && !/['’]/.test(source) ? rosterFit(named.slice(0, -1), roster) : null;
}

/**
 * The one participant a name written on a device or as a source fits: the same name, or a first name
 * only one of them has. Someone outside the meeting is not guessed from a label
 * (`Microphone Array (Intel Smart Sound)`).
 */
function rosterFit(named: string, roster: readonly RosterEntry[]): string | null {
  const key = nameKey(named);
  if (!key) return null;
  const same = roster.find((r) => r.key === key);
  if (same) return same.name;
  if (key.includes(' ')) return null;
  const byFirst = roster.filter((r) => r.key.split(' ')[0] === key);
  return byFirst.length === 1 ? byFirst[0].name : null;
}

function sourceKey(source: string): string {
  return source.trim().toLowerCase();
}

/**
 * Two people, and some sources still unexplained: when one person is not yet
 * heard and one source is not yet placed, that source is them. With no names
 * at all, the local device is the owner and the remote app the other person.
 */
function twoPersonRule(
  out: AttributedLine[],
  roster: RosterEntry[],
  owner: string | null,
  bySource: Map<string, { speaker: string; via: SpeakerVia }>,
  shared: ReadonlySet<string>,
): void {
  const heard = new Set(out.filter((a) => a.speaker).map((a) => nameKey(a.speaker as string)));
  const unheard = roster.filter((r) => !heard.has(r.key));
  const open = [...new Set(out.filter((a) => a.speaker === null).map((a) => sourceKey(a.line.source)))].filter(
    (s) => !bySource.has(s),
  );
  const labelOf = (key: string) => out.find((a) => sourceKey(a.line.source) === key)?.line.source ?? key;

  if (unheard.length === 1 && open.length === 1) {
    const via: SpeakerVia = isRemoteAppLabel(labelOf(open[0])) ? 'remote-app' : 'other-source';
    bySource.set(open[0], { speaker: unheard[0].name, via });
    return;
  }
  const ownerKey = owner ? nameKey(cleanName(owner)) : null;
  const ownerEntry = roster.find((r) => r.key === ownerKey);
  if (unheard.length === 2 && open.length === 2 && ownerEntry) {
    const remote = open.filter((s) => isRemoteAppLabel(labelOf(s)));
    if (remote.length !== 1) return;
    const local = open.find((s) => s !== remote[0]) as string;
    const other = roster.find((r) => r !== ownerEntry) as RosterEntry;
    bySource.set(local, { speaker: ownerEntry.name, via: 'local-device' });
    bySource.set(remote[0], { speaker: other.name, via: 'remote-app' });
    return;
  }
  // Otherwise, with the owner one of the two, each source still open is placed by what it is:
  // the meeting app is the far end, the other person; a microphone or headset is the owner's.
  // A source that carried both names is a shared room, and a diarisation label (`Speaker 2`) is anyone.
  if (!ownerEntry) return;
  const other = roster.find((r) => r !== ownerEntry) as RosterEntry;
  for (const source of open) {
    if (shared.has(source)) continue;
    const label = labelOf(source);
    if (DIARISATION_LABEL.test(label.trim())) continue;
    if (isRemoteAppLabel(label)) bySource.set(source, { speaker: other.name, via: 'remote-app' });
    else if (isDeviceLabel(label)) bySource.set(source, { speaker: ownerEntry.name, via: 'local-device' });
  }
}

/** The unexplained sources of a transcript, by key, with their labels as written. */
function openSources(out: readonly AttributedLine[], bySource: ReadonlyMap<string, unknown>): Map<string, string> {
  const open = new Map<string, string>();
  for (const a of out) {
    if (a.speaker !== null) continue;
    const key = sourceKey(a.line.source);
    if (!bySource.has(key) && !open.has(key)) open.set(key, a.line.source);
  }
  return open;
}

/**
 * A note naming one person and no owner (a 1:1 whose writer is unknown), heard on the meeting app and
 * a local device: the far end is that person. The near end is the unknown writer, left unattributed.
 */
function farEndOfOne(out: readonly AttributedLine[], person: RosterEntry, bySource: Map<string, { speaker: string; via: SpeakerVia }>): void {
  if (out.some((a) => a.speaker !== null)) return;
  const open = [...openSources(out, bySource)];
  const remote = open.filter(([, label]) => isRemoteAppLabel(label));
  if (remote.length !== 1 || open.length !== 2) return;
  const local = open.find(([key]) => key !== remote[0][0]) as [string, string];
  if (!isDeviceLabel(local[1]) || DIARISATION_LABEL.test(local[1].trim())) return;
  bySource.set(remote[0][0], { speaker: person.name, via: 'remote-app' });
}

/** Words of a device one person speaks into: the owner's own microphone, headset or laptop, never a room's. */
const PERSONAL_DEVICE_WORDS = new Set([
  'microphone', 'mic', 'headset', 'headphones', 'airpods', 'earbuds', 'earphones', 'earpods', 'buds', 'macbook', 'laptop',
  'builtin', 'internal', 'webcam', 'thinkpad', 'elitebook', 'surface', 'yeti', 'shure', 'rode', 'elgato', 'evolve',
]);
const SHARED_DEVICE_WORDS = new Set(['room', 'rooms', 'conference', 'boardroom', 'huddle', 'speakerphone', 'speak', 'rally', 'owl', 'array', 'meetingowl', 'owlcam', 'crestron', 'polycom', 'neat', 'yealink']);

/**
 * A meeting of three or more held over a meeting app: the far end is everyone else, but a microphone,
 * headset or laptop of the writer's own that names nobody is the owner speaking (their transcript
 * was recorded on it). A room's speakerphone, which everyone in the room shares, is not.
 */
function ownersOwnDevice(
  judged: ReadonlyMap<string, { speaker: string | null }>,
  roster: readonly RosterEntry[],
  owner: string | null,
  bySource: Map<string, { speaker: string; via: SpeakerVia }>,
  namesBySource: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  if (!owner) return;
  const ownerEntry = roster.find((r) => r.key === nameKey(cleanName(owner)));
  if (!ownerEntry) return;
  // Every source was judged but those whose every line carries a name, which are known by name.
  const remote = [...judged.keys(), ...namesBySource.keys()].some((label) => isRemoteAppLabel(label));
  if (!remote) return;
  const personal = new Set<string>();
  for (const [label, j] of judged) {
    const key = sourceKey(label);
    if (j.speaker !== null || bySource.has(key) || namesBySource.has(key)) continue;
    if (isRemoteAppLabel(label) || !isDeviceLabel(label) || deviceOwner(label)) continue;
    const words = labelWords(label);
    if (words.some((w) => PERSONAL_DEVICE_WORDS.has(w)) && !words.some((w) => SHARED_DEVICE_WORDS.has(w))) personal.add(key);
  }
  // Two such devices could be anyone's: only the one is surely the writer's.
  if (personal.size === 1) bySource.set([...personal][0], { speaker: ownerEntry.name, via: 'local-device' });
}

/** Labels a transcriber gives voices it cannot name: they say nothing of who is speaking. */
const DIARISATION_LABEL = /^(?:speaker|participant|caller|guest|unknown|voice|person)(?:\s*(?:speaker|participant))?\s*[#-]?\s*[0-9a-z]?$/i;

// ─── Talk time ───────────────────────────────────────────────────────────────

export interface TalkTimeOptions {
  /**
   * Speaking rate for a line whose length the stamps cannot tell (the last line, the last before a new
   * recording, a line before a break): by default the transcript's own pace where it can be measured,
   * else about 2.5 words a second.
   */
  wordsPerSecond?: number;
}

export interface TalkTime {
  /** Seconds per speaker, rounded to hundredths. */
  seconds: Record<string, number>;
  /** Seconds of lines no one could be attributed to. */
  unattributed: number;
  total: number;
}

/** Words a second when a transcript's own pace cannot be measured: about 150 words a minute. */
const TYPICAL_RATE = 2.5;
/**
 * A gap of a minute or less is the line's turn whatever its words: a turn holds its pauses, and
 * a reader of the stamps has nothing else to go by.
 */
const TURN_SPAN = 60;
/** The slowest pace a line's words can be read at, pauses included: slower than this, the rest of a longer gap is a break. */
const SLOWEST_RATE = 1;
/** A pause a long turn may hold on top of its words before the gap counts as a break. */
const LONGEST_PAUSE = 10;
/** A stamp this much earlier than the one before starts another recording; less is a line written out of order. */
const RESTART = 10;

/**
 * Seconds of speech per person, totalled the way a careful reader of the stamps would:
 * - a line lasts until the next stamp, lines sharing a stamp share its span by their words;
 * - a line whose stamp cannot be read shares the stamp of the line before it (none before: it is left out);
 * - a span of a minute or less is the turn; a longer one than the line's words could fill (read
 *   at one word a second, plus a ten-second pause) is a break: the line counts its typical length,
 *   its words at the transcript's pace, and the break is no one's;
 * - the last line, and the last before the stamps start again (a second recording: a stamp more than
 *   ten seconds back), count their typical length, never zero nor the rest of the hour; a stamp a
 *   little back is a line written out of order, put in its place;
 * - each recording is timed on its own, so the same minute in two recordings counts twice only
 *   when two recordings hold it, and a person heard on several sources is totalled across them.
 */
export function talkTime(
  attributed: readonly { line: TranscriptLine; speaker: string | null; text?: string }[],
  options: TalkTimeOptions = {},
): TalkTime {
  const turns = turnsOf(attributed);
  const seconds: Record<string, number> = {};
  let unattributed = 0;
  let total = 0;
  const count = (speaker: string | null, duration: number) => {
    total += duration;
    if (speaker) seconds[speaker] = (seconds[speaker] ?? 0) + duration;
    else unattributed += duration;
  };
  let pace: number | null | undefined = options.wordsPerSecond;
  const rate = () => (pace ??= paceOf(turns) ?? TYPICAL_RATE);
  forEachSpan(turns, (from, to, span) => {
    // A line alone with a minute or less to the next stamp is that long, whatever its words: most lines.
    if (to - from === 1 && span !== null && span <= TURN_SPAN) return count(turns.speakers[turns.order[from]], span);
    const words = wordsIn(turns, from, to);
    // No next stamp, or more time than the words could fill: the words' own length.
    const length = span === null || isBreak(span, words) ? words / rate() : span;
    for (let k = from; k < to; k++) {
      const i = turns.order[k];
      count(turns.speakers[i], words > 0 ? (length * wordsOf(turns, i)) / words : length / (to - from));
    }
  });
  for (const name of Object.keys(seconds)) seconds[name] = round2(seconds[name]);
  return { seconds, unattributed: round2(unattributed), total: round2(total) };
}

/** A transcript's lines for talk time, in columns: when each starts, its words, whose it is, and the order to read them in. */
interface Turns {
  starts: Float64Array;
  /** Words per line, counted when first needed (-1 until then): lines run to thousands of characters. */
  words: Float64Array;
  texts: string[];
  speakers: (string | null)[];
  /** Line indexes, each recording's in the order of their stamps. */
  order: number[];
  /** Where each recording starts in `order`, and (last) its length. */
  cuts: number[];
}

/** The lines as turns, cut where the stamps start again, each recording put in the order of its stamps. */
function turnsOf(attributed: readonly { line: TranscriptLine; speaker: string | null; text?: string }[]): Turns {
  const n = attributed.length;
  const turns: Turns = { starts: new Float64Array(n), words: new Float64Array(n).fill(-1), texts: new Array<string>(n), speakers: new Array<string | null>(n), order: [], cuts: [] };
  let latest = -Infinity;
  let from = 0;
  let sorted = true;
  const close = () => {
    // A line a few seconds out of order is put where its stamp says (a stable sort keeps equal stamps as written).
    if (!sorted) {
      const part = turns.order.slice(from).sort((a, b) => turns.starts[a] - turns.starts[b]);
      for (let k = 0; k < part.length; k++) turns.order[from + k] = part[k];
    }
    if (turns.order.length > from) turns.cuts.push(from);
    from = turns.order.length;
    sorted = true;
  };
  // The stamp of the line before, which a line whose stamp cannot be read shares (`[00:0l:10]`).
  let before = Number.NaN;
  for (let i = 0; i < n; i++) {
    const { line, speaker, text } = attributed[i];
    const start = Number.isFinite(line.seconds) ? line.seconds : before;
    if (!Number.isFinite(start)) continue;
    before = start;
    if (start < latest - RESTART) {
      close();
      latest = -Infinity;
    }
    if (start < latest) sorted = false;
    if (start > latest) latest = start;
    turns.starts[i] = start;
    turns.texts[i] = text ?? line.text;
    turns.speakers[i] = speaker;
    turns.order.push(i);
  }
  close();
  turns.cuts.push(turns.order.length);
  return turns;
}

function wordsOf(turns: Turns, i: number): number {
  let w = turns.words[i];
  if (w < 0) w = turns.words[i] = countWords(turns.texts[i]);
  return w;
}

/** The words of the lines `from` to `to` of `order`. */
function wordsIn(turns: Turns, from: number, to: number): number {
  let w = 0;
  for (let k = from; k < to; k++) w += wordsOf(turns, turns.order[k]);
  return w;
}

/**
 * Each run of lines sharing a stamp, within one recording: its place in `order` (`from` to `to`) and
 * the time to the next stamp (null for a recording's last).
 */
function forEachSpan(turns: Turns, visit: (from: number, to: number, span: number | null) => void): void {
  const { starts, order, cuts } = turns;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const end = cuts[c + 1];
    let k = cuts[c];
    while (k < end) {
      const start = starts[order[k]];
      let j = k + 1;
      while (j < end && starts[order[j]] === start) j++;
      visit(k, j, j < end ? starts[order[j]] - start : null);
      k = j;
    }
  }
}

/** Turns measured before the transcript's own pace is trusted, the most measured, and the range it is trusted in (words a second). */
const PACE_MIN_TURNS = 8;
const PACE_SAMPLE = 16;
const PACE_MIN = 1.5;
const PACE_MAX = 4;

/**
 * The transcript's own pace, pauses included: words over seconds of the lines whose next stamp tells
 * their length (breaks left out), sixteen or so spread through it. Null when too few lines tell it.
 */
function paceOf(turns: Turns): number | null {
  let words = 0;
  let seconds = 0;
  let measured = 0;
  // A long transcript's pace is measured on lines spread through it.
  const every = Math.max(1, Math.floor(turns.order.length / PACE_SAMPLE));
  let seen = 0;
  forEachSpan(turns, (from, to, span) => {
    if (seen++ % every !== 0 || span === null || span <= 0) return;
    const w = wordsIn(turns, from, to);
    if (w === 0 || isBreak(span, w)) return;
    words += w;
    seconds += span;
    measured++;
  });
  if (measured < PACE_MIN_TURNS || seconds === 0) return null;
  return Math.min(PACE_MAX, Math.max(PACE_MIN, words / seconds));
}

/** A gap longer than a turn of these words can last: a silence, a break, a recording paused. */
function isBreak(span: number, words: number): boolean {
  return span > TURN_SPAN && span > words / SLOWEST_RATE + LONGEST_PAUSE;
}

/** Words in a line, counted without building an array (transcript lines run to thousands of characters). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
