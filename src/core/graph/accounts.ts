/**
 * One account from every way it is written: the company note's name, its
 * `aliases:`, a `[[link]]` with or without an alias, a different case or
 * accents, or the name without its legal suffix ("Northwind" for "Northwind
 * Traders Inc." when no other company fits).
 *
 * Which account a note is about: its `account:` (or `company:`, `customer:`,
 * `client:`, `organization:`, `org:`), else a company linked under its Related
 * heading, else a company it links elsewhere.
 */
import type { Note } from '../model';
import { foldAccents } from '../text';

/** Legal and generic suffixes a company name is often written without. */
const SUFFIXES = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'plc', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'sas',
  'srl', 'spa', 'bv', 'nv', 'ab', 'as', 'oy', 'pty', 'kk', 'group', 'holdings',
]);

/** A written company name without link brackets, alias or `#heading`: `[[Northwind Traders|NWT]]` → `Northwind Traders`. */
export function cleanAccount(written: string): string {
  let s = written.trim();
  const link = /^!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/.exec(s);
  if (link) s = link[1];
  // A web address is its host, not a path whose last part names the company.
  const url = /^https?:\/\/([^/\s?#]+)/i.exec(s);
  if (url) s = url[1];
  return s
    .replace(/\.md$/i, '')
    .split('/')
    .pop()!
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
}

/** A company written as its web address: `acme.com`, `www.acme.co.uk`, `https://acme.io/`. */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([\p{L}\p{N}-]+)(?:\.[a-z]{2,}){1,2}\/?$/iu;

/** The key two spellings of one name share: folded case and accents, punctuation as spaces; a web address is its name (`acme.com` → `acme`). */
function keyOf(name: string): string {
  const domain = DOMAIN.exec(name.trim());
  return foldAccents(domain ? domain[1] : name)
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** Words a name may end on once its suffix is gone: `Johnson & Co` → `Johnson`. */
const JOINERS = new Set(['&', 'and', 'und', 'et', 'y']);

/**
 * The key without a leading "the" and trailing legal suffixes
 * ("the northwind traders inc" → "northwind traders", "johnson & co" → "johnson").
 */
function coreKeyOf(key: string): string {
  const words = key.split(' ');
  if (words.length > 1 && words[0] === 'the') words.shift();
  let end = words.length;
  while (end > 1 && (SUFFIXES.has(words[end - 1]) || (end < words.length && JOINERS.has(words[end - 1])))) end--;
  return words.slice(0, end).join(' ');
}

/** Values that fill an account field without naming one: `N/A`, `TBD`, `none`, a bare `true`. */
const PLACEHOLDERS = new Set(['n a', 'na', 'none', 'null', 'nil', 'tbd', 'tbc', 'unknown', 'true', 'false', 'yes', 'no', 'other', 'various']);

/** An unfilled template: `{{account}}`, `<% tp.file.title %>`. */
const TEMPLATE = /\{\s*\{|<%|\}\s*\}/;

function isPlaceholder(written: string, key: string): boolean {
  return PLACEHOLDERS.has(key) || TEMPLATE.test(written);
}

export interface CompanyNote {
  /** The name the company note gives it (its title or file name). */
  name: string;
  aliases: readonly string[];
}

/**
 * Resolves written account names to one name per account. Company notes name
 * accounts first; other names are taken as first written, later spellings of
 * the same key joining them.
 */
export class AccountResolver {
  private readonly byKey = new Map<string, string>();
  /** Core keys (suffixes dropped) that name exactly one account; null when several share it. */
  private readonly byCore = new Map<string, string | null>();
  private readonly declared = new Set<string>();

  constructor(companies: readonly CompanyNote[] = []) {
    for (const c of companies) {
      const name = cleanAccount(c.name);
      if (!name) continue;
      this.declared.add(name);
      this.add(name, name);
      for (const alias of c.aliases) {
        const a = cleanAccount(alias);
        if (a) this.add(a, name);
      }
    }
  }

  private add(written: string, name: string): void {
    const key = keyOf(written);
    if (!key) return;
    if (!this.byKey.has(key)) this.byKey.set(key, name);
    const core = coreKeyOf(key);
    const had = this.byCore.get(core);
    if (had === undefined) this.byCore.set(core, name);
    else if (had !== name) this.byCore.set(core, null);
  }

  /**
   * Learn every spelling the vault writes before resolving any, so an account no company
   * note declares is named the way most notes write it (ties: the longer, then the first in
   * alphabetical order) — not by whichever note happened to be read first.
   */
  learn(written: Iterable<string | null | undefined>): void {
    const counts = new Map<string, Map<string, number>>();
    for (const w of written) {
      if (!w) continue;
      const name = cleanAccount(w);
      const key = keyOf(name);
      if (!key || isPlaceholder(w, keyOf(w)) || this.byKey.has(key) || this.byCore.has(coreKeyOf(key))) continue;
      const core = coreKeyOf(key);
      let spellings = counts.get(core);
      if (!spellings) counts.set(core, (spellings = new Map<string, number>()));
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
    }
    for (const spellings of counts.values()) {
      // A web address names the account only when nothing else does.
      const isDomain = (name: string) => (DOMAIN.test(name) ? 1 : 0);
      const ranked = [...spellings].sort(
        (a, b) => isDomain(a[0]) - isDomain(b[0]) || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
      );
      const name = ranked[0][0];
      this.add(name, name);
      for (const [spelling] of ranked) this.add(spelling, name);
    }
  }

  /** The account a written name means, or null for an empty or placeholder value. */
  resolve(written: string | null | undefined): string | null {
    if (!written) return null;
    const name = cleanAccount(written);
    const key = keyOf(name);
    // `N/A` would read as a path ending in `A`: the placeholder is judged as written.
    if (!key || isPlaceholder(written, keyOf(written))) return null;
    const known = this.byKey.get(key) ?? this.byCore.get(coreKeyOf(key));
    if (known) return known;
    this.add(name, name);
    return name;
  }

  /** Whether a written name is a company a note in the vault declares. */
  isCompany(written: string): boolean {
    const key = keyOf(cleanAccount(written));
    const name = this.byKey.get(key) ?? this.byCore.get(coreKeyOf(key));
    return !!name && this.declared.has(name);
  }

  /**
   * Whether a written name is an account: one a company note declares, or one some note has
   * named in its fields already (a link under Related to a company that has no note yet).
   */
  isAccount(written: string): boolean {
    const key = keyOf(cleanAccount(written));
    return !!key && !!(this.byKey.get(key) ?? this.byCore.get(coreKeyOf(key)));
  }

  /**
   * The account a note is about: the one its frontmatter or meta lines name, else a
   * company linked under its Related heading, else — when it has no Related heading — the
   * first company it links. A competitor mentioned in passing does not outrank Related.
   */
  accountOfNote(note: Note): string | null {
    const written = writtenAccount(note);
    if (written !== null) {
      const account = this.resolve(written);
      if (account) return account;
    }
    const related = note.sections.filter((s) => s.kind === 'related');
    // By offsets: a section's last line is where its content ends, which is what counts here.
    const underRelated = (at: number) => related.some((s) => at >= s.start && at < s.contentEnd);
    for (const l of note.links) if (underRelated(l.start) && this.isAccount(l.target)) return this.resolve(l.target);
    if (related.length > 0) return null;
    for (const l of note.links) if (this.isAccount(l.target)) return this.resolve(l.target);
    return null;
  }
}

/** Frontmatter keys that name the note's company besides `account` and `company` (keys compare without case). */
const ACCOUNT_KEYS = ['account', 'company', 'customer', 'client', 'organization', 'organisation', 'org', 'account_name', 'company_name', 'customer_name', 'client_name'];

/**
 * The company a note's own fields name, as written: `account:` as the parser read it,
 * else `customer:`, `client:`, `organization:` or `org:` in the frontmatter (a link, a
 * name, or the first of a list). Null when none names one; `true` or a number is not a name.
 */
export function writtenAccount(note: Note): string | null {
  if (note.account && note.account.trim()) return note.account;
  const data = note.frontmatter?.data;
  if (!data) return null;
  for (const key of Object.keys(data)) {
    if (!ACCOUNT_KEYS.includes(key.toLowerCase())) continue;
    const raw = data[key];
    const value = Array.isArray(raw) ? (raw as unknown[]).find((v) => typeof v === 'string' && v.trim() !== '') : raw;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}
