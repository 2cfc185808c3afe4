/**
 * People: one canonical person from every way their name is written.
 *
 * Names reach us as `participants`, `person`, `counterpart: "[[Name]]"`,
 * `**With**:` lines, `@assignees`, `[[links|aliases]]` and the `aliases:` of
 * people notes, written every way a hurried human or a transcription model
 * writes them: `@Lior Genzel Genzel`, `Cagla Yildiz` for `Çağla Yıldız`,
 * `Lior`, `M. Quenneville`, `@Myself`, `@HR`, `@TBD`.
 *
 * The pieces, in the order a written name goes through them:
 * 1. `cleanName` — strip `@`, link brackets, quotes, honorifics, `(CTO)`;
 *    turn `lior.genzel` / `Lior_Genzel` / `LiorGenzel` into `Lior Genzel`.
 * 2. `placeholderOf` / `isOwnerWord` / `roleOf` — `@TBD` is nobody, `@Myself`
 *    is the vault owner, `@HR` is a role: none of them are people.
 * 3. `mendDoubledName` — `Lior Genzel Genzel` → `Lior Genzel`.
 * 4. `NameResolver` — match against the people we know (declared in people
 *    notes, or written in full somewhere), accent- and case-blind; first
 *    names and initials go to the one person who fits, looking first among
 *    the meeting's participants; anything else stays unresolved.
 * 5. `collectPeople` — the whole vault's mentions in, the people list out.
 */
import { foldAccents } from '../text';

// ─── Cleaning a written name ─────────────────────────────────────────────────

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|herr|frau|mme|mlle)\.?\s+/i;
const DEGREE = /,?\s+(?:ph\.?\s?d|mba|md|esq|cpa|pmp)\.?$/i;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * A written name with its decoration removed, as close to "First Last" as the
 * text allows. Doubled surnames are left for `mendDoubledName`.
 *
 * `@Lior Genzel` → `Lior Genzel`; `[[People/Lior Genzel|Lior]]` → `Lior Genzel`
 * (the link's target names the note; the alias is one more written form);
 * `"Dr. Ann Lee (CTO)"` → `Ann Lee`; `ann.lee@example.com`, `@ann_lee`,
 * `Lee, Ann` → `Ann Lee`; `Ann's` → `Ann`.
 */
export function cleanName(written: string): string {
  let s = written.normalize('NFC');
  s = s.replace(/!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/g, (_, target: string) =>
    (target.split('/').pop() ?? '').replace(/\.md$/i, ''),
  );
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'); // [Name](mailto:…)
  s = s.replace(/\s*<[^>]*@[^>]*>/g, ''); // Ann Lee <ann@example.com>
  s = s.replace(/[*`~]+/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[@+\s]+/, '');
  s = s.replace(/\s*[([{][^)\]}]*[)\]}]/g, ' ').trim(); // (CTO), [VAST]
  s = s.replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').trim();
  s = s.replace(/@[\w.-]+\.[a-z]{2,}$/i, ''); // an e-mail address keeps its local part
  if (!/\s/.test(s)) {
    // Handles: lior.genzel, Lior_Genzel, lior-genzel (only when every part is a word of 2+ letters).
    if (/^\p{L}{2,}(?:[._]\p{L}{2,})+$/u.test(s)) s = s.split(/[._]/).map(capitalise).join(' ');
    else if (/^\p{Ll}{2,}(?:-\p{Ll}{2,})+$/u.test(s)) s = s.split('-').map(capitalise).join(' ');
    // CamelCase (`LiorGenzel`) is left whole: far more companies (`NetApp`) are written so than
    // people. The resolver still matches it to a known `Lior Genzel`.
  }
  s = s.replace(/_/g, ' ');
  s = s.replace(HONORIFIC, '').replace(DEGREE, '');
  s = s.replace(/['’]s$/i, '');
  s = s.replace(/[\s,;:!?)\]-]+$/, '').replace(/(\p{L}{2,})\.$/u, '$1');
  const reversed = /^([\p{L}'’-]+),\s*([\p{L}'’-]+)$/u.exec(s); // "Lee, Ann"
  if (reversed) s = `${reversed[2]} ${reversed[1]}`;
  return s.replace(/\s+/g, ' ').trim();
}

/** The alias of a `[[Target|Alias]]` link, when the written form is one. */
export function linkAlias(written: string): string | null {
  const m = /\[\[[^\]|]*\|([^\]]+)\]\]/.exec(written);
  return m ? m[1].trim() || null : null;
}

/** Split a `**With**:` or `participants` string: `Ann Lee, Bo Chen and Cy Diaz` → three names. */
export function splitNameList(value: string): string[] {
  return value
    .split(/\s*(?:[,;]|\s&\s|\band\b|\n)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** One word's matching key: accent- and case-blind, without dots and apostrophes. */
function tokenKey(word: string): string {
  return foldAccents(word).replace(/[.'’`]/g, '');
}

/** The matching key of a whole name: `Çağla  Yıldız` and `cagla yildiz` share `cagla yildiz`. */
export function nameKey(name: string): string {
  return tokensOf(name).join(' ');
}

function tokensOf(name: string): string[] {
  return foldAccents(name)
    .replace(/['’`]/g, '')
    .replace(/\./g, ' ')
    .replace(/[-_]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/**
 * `Lior Genzel Genzel` → `Lior Genzel`, `Lior Genzel Lior Genzel` → `Lior Genzel`,
 * `Ann Ann Lee` → `Ann Lee`. A two-word name (`Genzel Genzel`) stays as it is:
 * nothing says which half is the mistake, and some people are named that way.
 */
export function mendDoubledName(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 3) return words.join(' ');
  const keys = words.map(tokenKey);
  if (words.length % 2 === 0) {
    const half = words.length / 2;
    if (keys.slice(0, half).join(' ') === keys.slice(half).join(' ')) return words.slice(0, half).join(' ');
  }
  const kept = words.filter((_, i) => i === 0 || keys[i] !== keys[i - 1]);
  return kept.length >= 2 ? kept.join(' ') : words.join(' ');
}

// ─── Roles, placeholders and the owner ──────────────────────────────────────

/** Written where an owner goes, but meaning nobody yet. */
const PLACEHOLDERS = new Set([
  'tbd', 'tba', 'tbc', 'tbs', 'tbn', 'unassigned', 'unknown', 'someone', 'somebody', 'anyone', 'anybody', 'none',
  'nobody', 'na', 'n a', 'nil', 'null', 'owner', 'owner tbd', 'to be determined', 'to be assigned', 'to be confirmed',
  'whoever', 'x', 'xx', 'xxx', 'tk', 'pending', 'open',
]);

/** Words meaning the one who writes the notes. */
const OWNER_WORDS = new Set(['myself', 'me', 'i', 'self', 'my self', 'moi', 'yours truly', 'mine']);

/** A team, function or crowd: written like a name, never a person. */
const ROLE_WORDS = new Set([
  'hr', 'people ops', 'team', 'all', 'everyone', 'everybody', 'all hands', 'legal', 'finance', 'sales', 'eng', 'engineering',
  'pm', 'pmm', 'pmo', 'product', 'marketing', 'ops', 'operations', 'it', 'support', 'security', 'procurement', 'design',
  'qa', 'devops', 'sre', 'cs', 'csm', 'se', 'ses', 'sa', 'bd', 'bdr', 'sdr', 'gtm', 'exec', 'execs', 'executives',
  'leadership', 'management', 'admin', 'recruiting', 'recruiter', 'recruiters', 'talent', 'partners', 'partner',
  'customer', 'customers', 'client', 'clients', 'vendor', 'vendors', 'us', 'we', 'they', 'them', 'both', 'group', 'board',
  'committee', 'staff', 'founders', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'ciso', 'cmo', 'cro', 'vp', 'svp', 'evp',
  'alliances', 'accounting', 'payroll', 'facilities', 'research', 'infra', 'infrastructure', 'platform', 'helpdesk',
  'compliance', 'privacy', 'pr', 'comms', 'communications', 'ux', 'ui', 'data', 'analytics', 'proserve', 'services',
  'channel', 'field', 'presales', 'account team', 'the team', 'our team', 'their team', 'manager', 'my manager', 'lead',
]);
/** A name ending in one of these is a group: `Sales Team`, `CTO Office`, `Legal Dept`. */
const TEAM_WORDS = new Set([
  'team', 'teams', 'group', 'groups', 'dept', 'department', 'squad', 'org', 'organization', 'organisation', 'office',
  'committee', 'board', 'crew', 'staff', 'leadership', 'council', 'ops', 'channel', 'guild', 'function', 'unit', 'desk',
  'pod', 'tribe', 'chapter', 'folks', 'side', 'everyone', 'all',
]);
const JOINERS = new Set(['and', '&', 'the', 'our', 'their', 'my', 'your', 'of', '+', '/']);

function looseKey(written: string): string {
  return foldAccents(written)
    .replace(/[^\p{L}\p{N}&+/ ]+/gu, ' ')
    .replace(/\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for `TBD`, `N/A`, `Unassigned`, `Someone`, `?`: written where an owner goes, meaning none. */
export function isPlaceholder(written: string): boolean {
  const cleaned = cleanName(written);
  if (/^[?\s\-–—.]*$/.test(cleaned)) return true;
  return PLACEHOLDERS.has(looseKey(cleaned));
}

/** True for `@Myself`, `Me`, `I`, `Self`. */
export function isOwnerWord(written: string): boolean {
  return OWNER_WORDS.has(looseKey(cleanName(written)));
}

/**
 * The role a written name stands for (`HR`, `Sales Team`), or null. Known role
 * words and anything ending in a team word are roles; an unknown all-caps
 * token is judged by the resolver, since it may be someone's initials.
 */
export function roleOf(written: string): string | null {
  const cleaned = cleanName(written);
  const key = looseKey(cleaned);
  if (key.length === 0) return null;
  if (ROLE_WORDS.has(key)) return cleaned;
  const words = key.split(' ');
  if (words.length > 1 && TEAM_WORDS.has(words[words.length - 1])) return cleaned;
  if (words.every((w) => ROLE_WORDS.has(w) || JOINERS.has(w))) return cleaned;
  return null;
}

/** Short all-caps tokens (`GTM`, `SE`, `PMO`) read as roles when they are nobody's initials. */
function isAllCapsToken(cleaned: string): boolean {
  return /^\p{Lu}{2,5}s?$/u.test(cleaned);
}

/** Words that do not occur in people's names: a "name" holding one is a document, a product or a company. */
const NOT_NAME_WORDS = new Set([
  'plan', 'engagement', 'meeting', 'meetings', 'notes', 'note', 'project', 'program', 'inc', 'llc', 'ltd', 'gmbh', 'corp',
  'corporation', 'company', 'co', 'account', 'cloud', 'data', 'storage', 'networking', 'network', 'strategy', 'review',
  'sync', 'standup', 'summary', 'transcript', 'template', 'daily', 'weekly', 'monthly', 'roadmap', 'report', 'deck',
  'doc', 'docs', 'document', 'service', 'services', 'platform', 'solutions', 'systems', 'technologies', 'labs', 'group',
  'partners', 'holdings', 'bank', 'university', 'institute', 'foundation', 'agency', 'api', 'the', 'and', 'of', 'for',
  'with', 'to', 'in', 'on', 'by', 'call', 'sales', 'team',
]);

/**
 * Whether a cleaned string can be a person's full name: two to five words of
 * letters (particles like `van der` allowed), no digits, no words that only
 * documents and companies carry.
 */
export function looksLikePersonName(cleaned: string): boolean {
  const words = cleaned.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w) && !NOT_NAME_WORDS.has(foldAccents(w)));
}

// ─── The vault owner ─────────────────────────────────────────────────────────

/** Account names that say nothing about who the person is. */
const GENERIC_USERS = new Set([
  'admin', 'administrator', 'user', 'users', 'shared', 'public', 'default', 'defaultuser', 'guest', 'root', 'owner',
  'test', 'tester', 'dev', 'developer', 'ubuntu', 'pi', 'runner', 'vagrant', 'docker', 'home', 'me', 'local',
  'localadmin', 'temp', 'work', 'mac', 'macbook', 'pc', 'student', 'office', 'it', 'support', 'demo', 'sysadmin',
  'all users', 'default user', 'appveyor', 'jenkins', 'build', 'ec2', 'azureuser', 'codespace', 'node', 'app',
]);

/**
 * The vault owner's name guessed from a home folder in a path:
 * `/Users/jason.vallery/…`, `C:\Users\first.last\…`, `/home/first_last/…` →
 * `Jason Vallery`. Null for generic accounts (`admin`, `shared`) and for
 * single-word ones (`jvallery`), which do not say the full name.
 */
export function guessOwnerFromSourceRef(ref: string | null | undefined): string | null {
  if (!ref) return null;
  const m = /(?:^|[\\/])(?:Users|home|Documents and Settings)[\\/]+([^\\/]+)(?:[\\/]|$)/i.exec(ref);
  if (!m) return null;
  const user = m[1].trim().replace(/\d+$/, '');
  if (GENERIC_USERS.has(user.toLowerCase())) return null;
  const parts = (/[._]/.test(user) ? user.split(/[._]+/) : user.split('-')).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((p) => /^\p{L}{2,}$/u.test(p))) return null;
  if (parts.every((p) => GENERIC_USERS.has(p.toLowerCase()))) return null;
  return parts.map(capitalise).join(' ');
}

/** The most frequent owner guess across many `source_ref`s (first seen wins a tie), or null. */
export function guessOwner(refs: Iterable<string | null | undefined>): string | null {
  const counts = new Map<string, number>();
  for (const ref of refs) {
    const guess = guessOwnerFromSourceRef(ref);
    if (guess) counts.set(guess, (counts.get(guess) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

// ─── Resolution ──────────────────────────────────────────────────────────────

/**
 * What a written name turned out to be.
 * - `person`: a known or new person; `name` is the canonical name.
 * - `owner`: the vault owner (`@Myself`, or their own name); `name` is the owner's name, or null when unknown.
 * - `role`: a team or function (`HR`, `Sales Team`); `name` is the role as written, cleaned. Never a person.
 * - `unassigned`: a placeholder (`TBD`, `N/A`, empty); `name` is null.
 * - `unresolved`: a first name, initials or a fragment that fits no one or more than one; `name` is null.
 */
export type ResolutionKind = 'person' | 'owner' | 'role' | 'unassigned' | 'unresolved';

export interface Resolution {
  kind: ResolutionKind;
  name: string | null;
  /**
   * How it was decided: `owner-word`, `placeholder`, `role`, `all-caps`, `exact`, `alias`, `joined`, `first-name`,
   * `surname`, `initials`, `first-initial`, `last-initial`, `middle-name`, `spelling`, `new`, `ambiguous`,
   * `unknown`, `not-a-name`; matches made among the meeting's participants end in `+context`.
   */
  via: string;
  /** For `unresolved` after `ambiguous`: the canonical names that fit. */
  candidates?: string[];
  /** True when the written form had a doubled name (`Lior Genzel Genzel`), worth a `doubled-name` edit. */
  mended?: boolean;
}

export interface DeclaredPerson {
  /** The people note's name (its title or file name). */
  name: string;
  /** Its `aliases:`. */
  aliases: string[];
  /** The people note's path, when there is one. */
  path?: string;
}

export interface NameResolverOptions {
  /** People notes: a declared name is canonical, and its aliases map to it. */
  declared?: readonly DeclaredPerson[];
  /** The vault owner's name (a setting, or guessed from `source_ref`); `@Myself` resolves to it. */
  owner?: string | null;
  /** Every name written in the vault, repeats included (frequency picks the canonical spelling). */
  seen?: Iterable<string>;
}

/** One known person while names are gathered. */
interface Entry {
  id: number;
  /** Key tokens of the identity (`['lior', 'genzel']`). */
  tokens: string[];
  declaredName: string | null;
  /** Full-name spellings seen, with counts, in first-seen order. */
  forms: Map<string, number>;
  /** Keys of declared aliases and full-name forms. */
  keys: Set<string>;
  /** Keys that come from full-name spellings, not from declared aliases. */
  formKeys: Set<string>;
  /** Declared aliases as written. */
  aliases: string[];
  isOwner: boolean;
}

/** Damerau-free edit distance, enough to tell one slip of the keyboard from a different name. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** How good a spelling is as the canonical name: proper case, then complete, then accented. */
function spellingRank(form: string): number[] {
  const words = form.split(' ');
  const properCase = words.every((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w)) ? 1 : 0;
  const fullWords = words.filter((w) => w.replace(/\./g, '').length > 1).length;
  const accented = [...form].some((c) => c.charCodeAt(0) > 0x7f) ? 1 : 0;
  return [properCase, fullWords, words.length, accented];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

/**
 * Resolves written names to people. Build it once per vault with everything
 * known; `resolve` is then a few map lookups.
 */
export class NameResolver {
  private readonly entries: Entry[] = [];
  /** Full-name key → entries (one, unless a declared alias is shared). */
  private readonly byKey = new Map<string, Entry[]>();
  /** The same keys without spaces, for names written as one word (`LiorGenzel`, `@liorgenzel`). */
  private readonly byCompactKey = new Map<string, Entry[]>();
  private readonly owner: Entry | null = null;
  private readonly ownerName: string | null;

  constructor(options: NameResolverOptions = {}) {
    for (const declared of options.declared ?? []) this.declare(declared);
    const ownerClean = options.owner ? mendDoubledName(cleanName(options.owner)) : '';
    if (ownerClean) {
      const owner = this.addForm(ownerClean, 1);
      owner.isOwner = true;
      this.owner = owner;
    }
    // A vault writes the same few thousand names over and over: clean each distinct one once.
    const counts = new Map<string, number>();
    for (const written of options.seen ?? []) counts.set(written, (counts.get(written) ?? 0) + 1);
    const forms = new Map<string, number>();
    for (const [written, count] of counts) {
      const name = mendDoubledName(cleanName(written));
      if (looksLikePersonName(name) && !roleOf(name) && !isOwnerWord(name) && !isPlaceholder(name)) {
        forms.set(name, (forms.get(name) ?? 0) + count);
      }
    }
    // Longer names last, so `Ann B. Lee` can join the `Ann Lee` already known.
    const ordered = [...forms].sort((a, b) => tokensOf(a[0]).length - tokensOf(b[0]).length);
    for (const [name, count] of ordered) this.addForm(name, count);
    this.ownerName = this.owner ? this.canonical(this.owner) : null;
  }

  /** Answers already given, by written form and participants: the people do not change after construction. */
  private readonly answers = new Map<string, Resolution>();
  private readonly contexts = new Map<string, Set<number>>();
  private readonly canonicals = new Map<number, string>();

  private declare(person: DeclaredPerson): void {
    const name = mendDoubledName(cleanName(person.name));
    if (!name) return;
    const entry = this.entryFor(name) ?? this.newEntry(name);
    if (entry.declaredName === null) entry.declaredName = name;
    entry.forms.set(name, (entry.forms.get(name) ?? 0) + 1);
    for (const alias of person.aliases) {
      const cleaned = mendDoubledName(cleanName(alias));
      if (!cleaned) continue;
      entry.aliases.push(alias.trim());
      this.index(entry, nameKey(cleaned));
    }
  }

  private newEntry(name: string): Entry {
    const entry: Entry = {
      id: this.entries.length,
      tokens: tokensOf(name),
      declaredName: null,
      forms: new Map(),
      keys: new Set(),
      formKeys: new Set([nameKey(name)]),
      aliases: [],
      isOwner: false,
    };
    this.entries.push(entry);
    this.index(entry, nameKey(name));
    return entry;
  }

  private index(entry: Entry, key: string): void {
    if (!key || entry.keys.has(key)) return;
    entry.keys.add(key);
    const list = this.byKey.get(key) ?? [];
    list.push(entry);
    this.byKey.set(key, list);
    if (key.includes(' ')) {
      const compact = key.replace(/ /g, '');
      const same = this.byCompactKey.get(compact) ?? [];
      if (!same.includes(entry)) same.push(entry);
      this.byCompactKey.set(compact, same);
    }
  }

  /** The entry a full name belongs to: the same key, or the same first and last name around a middle name. */
  private entryFor(name: string): Entry | null {
    const exact = this.byKey.get(nameKey(name));
    if (exact?.length === 1) return exact[0];
    const tokens = tokensOf(name);
    if (tokens.length >= 3) {
      const around = this.entries.filter(
        (e) => e.tokens.length === 2 && e.tokens[0] === tokens[0] && e.tokens[1] === tokens[tokens.length - 1],
      );
      if (around.length === 1) return around[0];
    }
    return null;
  }

  private addForm(name: string, count: number): Entry {
    const entry = this.entryFor(name) ?? this.newEntry(name);
    entry.forms.set(name, (entry.forms.get(name) ?? 0) + count);
    entry.formKeys.add(nameKey(name));
    this.index(entry, nameKey(name));
    return entry;
  }

  /** The canonical name: the people note's, else the best and most frequent spelling seen. */
  private canonical(entry: Entry): string {
    if (entry.declaredName) return entry.declaredName;
    // Only asked once every form is in (the end of the constructor, or later), so the answer can be kept.
    const known = this.canonicals.get(entry.id);
    if (known !== undefined) return known;
    let best = '';
    let bestRank: number[] = [];
    let bestCount = -1;
    for (const [form, count] of entry.forms) {
      const rank = spellingRank(form);
      const order = best === '' ? -1 : compareRanks(rank, bestRank);
      if (best === '' || order < 0 || (order === 0 && count > bestCount)) {
        best = form;
        bestRank = rank;
        bestCount = count;
      }
    }
    this.canonicals.set(entry.id, best);
    return best;
  }

  /** The vault owner's canonical name, or null when unknown. */
  get ownerCanonical(): string | null {
    return this.ownerName;
  }

  /** Everyone known, with their canonical names and every written or declared form. */
  people(): { name: string; aliases: string[]; isOwner: boolean; declared: boolean }[] {
    return this.entries.map((e) => {
      const name = this.canonical(e);
      const aliases = unique([...e.forms.keys(), ...e.aliases].filter((f) => f !== name));
      return { name, aliases, isOwner: e.isOwner, declared: e.declaredName !== null };
    });
  }

  /** Resolve a written name, using the meeting's participants to choose among people who fit. */
  resolve(written: string, context?: { participants?: readonly string[] }): Resolution {
    const participants = context?.participants ?? [];
    const contextKey = participants.join('\u0001');
    const cacheKey = `${written}\u0000${contextKey}`;
    let answer = this.answers.get(cacheKey);
    if (!answer) {
      answer = this.resolveWith(written, participants.length > 0 ? this.contextIds(participants, contextKey) : null);
      this.answers.set(cacheKey, answer);
    }
    return { ...answer, ...(answer.candidates ? { candidates: [...answer.candidates] } : {}) };
  }

  private contextIds(participants: readonly string[], contextKey: string): Set<number> {
    const known = this.contexts.get(contextKey);
    if (known) return known;
    const ids = new Set<number>();
    for (const p of participants) {
      const r = this.match(p, null);
      if (r.entry) ids.add(r.entry.id);
    }
    this.contexts.set(contextKey, ids);
    return ids;
  }

  private resolveWith(written: string, ctx: Set<number> | null): Resolution {
    const cleaned = cleanName(written);
    if (isPlaceholder(cleaned)) return { kind: 'unassigned', name: null, via: 'placeholder' };
    if (isOwnerWord(cleaned)) return { kind: 'owner', name: this.ownerName, via: 'owner-word' };
    const m = this.match(cleaned, ctx);
    if (m.entry) {
      const name = this.canonical(m.entry);
      const out: Resolution = { kind: m.entry.isOwner ? 'owner' : 'person', name, via: m.via };
      if (mendDoubledName(cleaned) !== cleaned.replace(/\s+/g, ' ')) out.mended = true;
      return out;
    }
    if (m.via === 'role' || m.via === 'all-caps') return { kind: 'role', name: m.name ?? cleaned, via: m.via };
    if (m.via === 'new') return { kind: 'person', name: m.name ?? cleaned, via: 'new' };
    const out: Resolution = { kind: 'unresolved', name: null, via: m.via };
    if (m.candidates) out.candidates = m.candidates.map((e) => this.canonical(e));
    return out;
  }

  /** The matching itself: an entry, or why none. */
  private match(
    written: string,
    ctx: Set<number> | null,
  ): { entry: Entry | null; via: string; name?: string; candidates?: Entry[] } {
    const cleaned = mendDoubledName(cleanName(written));
    if (!cleaned) return { entry: null, via: 'unknown' };
    const key = nameKey(cleaned);
    const tokens = tokensOf(cleaned);

    const exact = this.byKey.get(key);
    if (exact) {
      return this.pick(exact, ctx, exact.every((e) => !e.formKeys.has(key)) ? 'alias' : 'exact');
    }
    const role = roleOf(cleaned);
    if (role) return { entry: null, via: 'role', name: role };

    if (tokens.length === 1) {
      const t = tokens[0];
      const joined = this.byCompactKey.get(t);
      if (joined) return this.pick(joined, ctx, 'joined');
      if (isAllCapsToken(cleaned)) {
        // Initials only among the people in the room; otherwise a short capital word is a team (GTM, SE).
        const byInitials = this.entries.filter((e) => initialsOf(e).includes(t) && ctx?.has(e.id));
        if (byInitials.length === 1) return { entry: byInitials[0], via: 'initials+context' };
        return { entry: null, via: 'all-caps', name: cleaned };
      }
      const firsts = this.entries.filter((e) => e.tokens.length > 1 && e.tokens[0] === t);
      if (firsts.length > 0) return this.pick(firsts, ctx, 'first-name');
      const lasts = this.entries.filter((e) => e.tokens.length > 1 && e.tokens[e.tokens.length - 1] === t);
      if (lasts.length > 0) return this.pick(lasts, ctx, 'surname');
      return { entry: null, via: 'unknown' };
    }

    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first.length === 1) {
      // M. Quenneville
      const fits = this.entries.filter(
        (e) => e.tokens.length > 1 && e.tokens[e.tokens.length - 1] === last && e.tokens[0].startsWith(first),
      );
      if (fits.length > 0) return this.pick(fits, ctx, 'first-initial');
    }
    if (last.length === 1) {
      // Lior G.
      const fits = this.entries.filter(
        (e) => e.tokens.length > 1 && e.tokens[0] === first && e.tokens[e.tokens.length - 1].startsWith(last),
      );
      if (fits.length > 0) return this.pick(fits, ctx, 'last-initial');
    }
    const around = this.entries.filter(
      (e) => e.tokens.length >= 2 && e.tokens[0] === first && e.tokens[e.tokens.length - 1] === last,
    );
    if (around.length > 0) return this.pick(around, ctx, 'middle-name');
    const slips = this.entries.filter(
      (e) =>
        e.tokens.length === tokens.length &&
        e.tokens.every((t, i) => t === tokens[i] || (t.length >= 4 && withinOneEdit(t, tokens[i]))) &&
        e.tokens.filter((t, i) => t !== tokens[i]).length === 1,
    );
    if (slips.length > 0) return this.pick(slips, ctx, 'spelling');
    if (first.length > 1 && last.length > 1 && looksLikePersonName(cleaned)) {
      return { entry: null, via: 'new', name: tidyCase(cleaned) };
    }
    return { entry: null, via: 'not-a-name' };
  }

  /** One fitting entry: the only one among the participants, else the only one at all. */
  private pick(
    fits: Entry[],
    ctx: Set<number> | null,
    via: string,
  ): { entry: Entry | null; via: string; candidates?: Entry[] } {
    if (fits.length === 1) return { entry: fits[0], via };
    if (ctx) {
      const inRoom = fits.filter((e) => ctx.has(e.id));
      if (inRoom.length === 1) return { entry: inRoom[0], via: `${via}+context` };
    }
    return { entry: null, via: 'ambiguous', candidates: fits };
  }
}

function initialsOf(entry: Entry): string[] {
  const all = entry.tokens.map((t) => t[0]).join('');
  const firstLast = entry.tokens[0][0] + entry.tokens[entry.tokens.length - 1][0];
  return all === firstLast ? [all] : [all, firstLast];
}

/** `ann lee` / `ANN LEE` → `Ann Lee`; mixed case is kept as written (`Ann McLee`). */
function tidyCase(name: string): string {
  if (name === name.toLowerCase() || name === name.toUpperCase()) {
    return name.replace(/\p{L}+/gu, (w) => capitalise(w));
  }
  return name;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

// ─── The vault's people ──────────────────────────────────────────────────────

/** One written name in one note, with that note's participants as context. */
export interface NameMention {
  /** As written: `@Lior Genzel Genzel`, `[[Lior Genzel|Lior]]`, `Lior`, `@HR`. */
  written: string;
  path: string;
  /** The note's participants as written (the resolver maps them itself). */
  participants: readonly string[];
}

export interface PersonSummary {
  /** Canonical name. */
  name: string;
  /** Every other form written or declared, as written (cleaned of `@` and brackets). */
  aliases: string[];
  /** Paths of the notes naming them (and their people note), sorted. */
  notes: string[];
  isOwner: boolean;
}

export interface UnresolvedName {
  written: string;
  path: string;
  /** `ambiguous` (several people fit), `unknown` (nobody does) or `not-a-name`. */
  reason: string;
  /** For `ambiguous`: the people who fit. */
  candidates: string[];
}

export interface PeopleIndex {
  /** The owner's canonical name, or null when no owner is set or guessed. */
  owner: string | null;
  /** Everyone, the owner included, sorted by name. Roles and placeholders are never here. */
  people: PersonSummary[];
  /** Resolve one more written name against the same people. */
  resolve: (written: string, participants?: readonly string[]) => Resolution;
  /** Mentions no one could be found for, once per written form and note, in input order. */
  unresolved: UnresolvedName[];
  /** Roles written as names (`@HR`, `@Sales Team`), once per role and note. */
  roles: { name: string; path: string }[];
}

/**
 * Every person in the vault from every mention of them.
 *
 * Pass each written name once per place it appears: frontmatter
 * `participants` / `person` / `counterpart`, `**With**:` names, `@assignees`,
 * `[[links]]` that point at people, each with its note's participants. Full
 * names seen anywhere (and people notes, and the owner) make the known
 * people; first names, initials and slips of spelling then resolve to them.
 * A person mentioned only by first name, with no full name anywhere, is
 * reported in `unresolved` rather than invented.
 */
const formsCache = new Map<string, string[]>();

/** The forms a written name contributes as aliases: itself cleaned, and a link's alias. Owner words are no alias. */
function writtenForms(written: string): string[] {
  let forms = formsCache.get(written);
  if (!forms) {
    forms = [cleanName(written), linkAlias(written)].filter((f): f is string => Boolean(f) && !isOwnerWord(f as string));
    if (formsCache.size > 50_000) formsCache.clear();
    formsCache.set(written, forms);
  }
  return forms;
}

export function collectPeople(
  mentions: readonly NameMention[],
  declared: readonly DeclaredPerson[],
  owner: string | null,
): PeopleIndex {
  const seen: string[] = [];
  for (const m of mentions) {
    seen.push(m.written);
    for (const p of m.participants) seen.push(p);
  }
  const resolver = new NameResolver({ declared, owner, seen });
  const byName = new Map<string, { aliases: string[]; notes: Set<string>; isOwner: boolean }>();
  for (const p of resolver.people()) {
    byName.set(p.name, { aliases: p.aliases, notes: new Set(), isOwner: p.isOwner });
  }
  for (const d of declared) {
    const r = resolver.resolve(d.name);
    if (r.name && d.path) byName.get(r.name)?.notes.add(d.path);
  }

  const unresolved: UnresolvedName[] = [];
  const roles: { name: string; path: string }[] = [];
  const reported = new Set<string>();
  for (const m of mentions) {
    const r = resolver.resolve(m.written, { participants: m.participants });
    const once = `${r.kind}\u0000${m.written}\u0000${m.path}`;
    if ((r.kind === 'person' || r.kind === 'owner') && r.name) {
      let person = byName.get(r.name);
      if (!person) {
        person = { aliases: [], notes: new Set(), isOwner: r.kind === 'owner' };
        byName.set(r.name, person);
      }
      person.notes.add(m.path);
      for (const form of writtenForms(m.written)) {
        if (form !== r.name && !person.aliases.includes(form)) person.aliases.push(form);
      }
    } else if (r.kind === 'role' && r.name && !reported.has(once)) {
      reported.add(once);
      roles.push({ name: r.name, path: m.path });
    } else if (r.kind === 'unresolved' && !reported.has(once)) {
      reported.add(once);
      unresolved.push({ written: m.written, path: m.path, reason: r.via, candidates: r.candidates ?? [] });
    }
  }

  const people: PersonSummary[] = [...byName.entries()]
    .map(([name, p]) => ({ name, aliases: p.aliases, notes: [...p.notes].sort(), isOwner: p.isOwner }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    owner: resolver.ownerCanonical,
    people,
    resolve: (written, participants) => resolver.resolve(written, { participants }),
    unresolved,
    roles,
  };
}
