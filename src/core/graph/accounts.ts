/**
 * One account from every way it is written: the company note's name, its
 * `aliases:`, a `[[link]]` with or without an alias, a different case or
 * accents, or the name without its legal suffix ("Northwind" for "Northwind
 * Traders Inc." when no other company fits).
 *
 * A region or a status written beside the name (`Acme — EMEA`, `Acme (prospect)`)
 * is the same account — a customer's regions share one relationship, its people
 * and its meetings — unless the vault gives that region a company note of its own.
 * "&", "and", "und", "et", "y" and "+" between words are one joiner; dotted
 * initials (`S.A.`) are one word.
 *
 * Which account a note is about: its `account:` (or `company:`, `customer:`,
 * `client:`, `organization:`, `org:`), else a company linked under its Related
 * heading, else an account the vault knows that its participants' e-mail domains
 * name, else a company it links elsewhere.
 */
import type { Note } from '../model';
import { foldAccents } from '../text';

/** Legal and generic suffixes a company name is often written without (dotted initials already joined: `S.A.` → `sa`). */
const SUFFIXES = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'pllc', 'plc', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'kg',
  'ug', 'se', 'sa', 'sas', 'sarl', 'sl', 'slu', 'sae', 'srl', 'spa', 'bv', 'nv', 'ab', 'as', 'asa', 'oy', 'oyj', 'pty', 'pte', 'kk',
  'ltda', 'cia', 'compania', 'cie', 'compagnie', 'group', 'holdings',
]);

/**
 * A written company name without link brackets, alias or `#heading`: `[[Northwind Traders|NWT]]` → `Northwind Traders`.
 * Of several links or names in one value (`[[Acme]], [[Globex]]`, `Acme; Globex`) the first.
 */
export function cleanAccount(written: string): string {
  let s = written.trim();
  const link = /^!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]((?:\s*[,;/&+]?\s*!?\[\[[^\]]*\]\])*)\s*$/.exec(s);
  if (link) s = link[1];
  // A web address is its host, not a path whose last part names the company.
  const url = /^https?:\/\/([^/\s?#]+)/i.exec(s);
  if (url) s = url[1];
  // Several names in one value ("Acme, Globex"): the first — but "Acme, Inc." is one name and its legal form.
  if (s.includes(',') || s.includes(';')) {
    const parts = s.split(/\s*[,;]\s*/).filter(Boolean);
    if (parts.length > 1 && !parts.slice(1).every((p) => keyOf(p).split(' ').every((w) => SUFFIXES.has(w)))) s = parts[0];
  }
  return s
    .replace(/\.md$/i, '')
    .split('/')
    .pop()!
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
}

/** A company written as its web address: `acme.com`, `www.acme.co.uk`, `https://acme.io/`. */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([\p{L}\p{N}-]+)(?:\.[a-z]{2,}){1,2}\/?$/iu;

/** Words that join two names into one firm's: `Halvorsen and Reed` is `Halvorsen & Reed`, as are `und`, `et`, `y`. */
const JOIN_WORDS = /\s(?:and|und|et|y)\s/g;

/**
 * The key two spellings of one name share: folded case and accents, punctuation as spaces, every joiner
 * one `&`, dotted initials one word (`S.A.` → `sa`); a web address is its name (`acme.com` → `acme`).
 */
function keyOf(name: string): string {
  const domain = DOMAIN.exec(name.trim());
  let s = foldAccents(domain ? domain[1] : name);
  if (s.includes('.')) s = s.replace(/(?:^|\s)((?:\p{L}\.){2,})/gu, (m: string, initials: string) => m.slice(0, m.length - initials.length) + initials.replace(/\./g, '') + ' ');
  if (s.includes('&') || s.includes('+')) s = s.replace(/\s*[&+]\s*/g, ' & ');
  s = s.replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();
  if (s.includes(' ')) s = ` ${s} `.replace(JOIN_WORDS, ' & ').replace(JOIN_WORDS, ' & ').trim();
  return s;
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

/**
 * Regions, offices and statuses written beside a name after a dash (`Acme — EMEA`, `Acme - prospect`):
 * the same customer. Only these: after a dash anything else may name a project or a product
 * (`Acme — Payments Platform`).
 */
const QUALIFIERS = new Set([
  'emea', 'emear', 'apac', 'apj', 'amer', 'americas', 'latam', 'na', 'nam', 'noram', 'mea', 'dach', 'nordics', 'benelux', 'anz', 'cee',
  'uk', 'us', 'usa', 'eu', 'europe', 'asia', 'africa', 'global', 'hq', 'intl', 'international', 'north', 'south', 'east', 'west',
  'central', 'germany', 'france', 'spain', 'italy', 'japan', 'india', 'china', 'canada', 'brazil', 'mexico', 'australia', 'ireland',
  'netherlands', 'switzerland', 'sweden', 'norway', 'denmark', 'finland', 'poland', 'singapore', 'america', 'region', 'office',
  'prospect', 'customer', 'client', 'partner', 'lead', 'trial', 'poc', 'pilot', 'churned', 'former', 'renewal', 'expansion',
  'account', 'vendor', 'supplier', 'new', 'old', 'existing', 'team',
]);
const DASH_QUALIFIER = /\s+[-–—|:]\s*([\p{L}\s/&]+?)\s*$/u;
const BRACKETED = /\s*[([][^()[\]]*[)\]]\s*$/;

/**
 * The name less a region, office or status written beside it: `Acme (prospect)`, `Acme [UK]`,
 * `Acme — EMEA` → `Acme`; the name itself when nothing is.
 */
function withoutQualifier(name: string): string {
  let s = name;
  for (let k = 0; k < 2; k++) {
    const bracket = BRACKETED.exec(s);
    if (bracket && bracket.index > 0) {
      s = s.slice(0, bracket.index);
      continue;
    }
    const dash = DASH_QUALIFIER.exec(s);
    if (dash && dash.index > 0 && foldAccents(dash[1]).split(/[\s/&]+/).filter(Boolean).every((w) => QUALIFIERS.has(w))) {
      s = s.slice(0, dash.index);
      continue;
    }
    break;
  }
  return s.trim();
}

/** Values that fill an account field without naming one: `N/A`, `TBD`, `none`, a bare `true`, the field's own name. */
const PLACEHOLDERS = new Set([
  'n a', 'na', 'none', 'null', 'nil', 'tbd', 'tbc', 'tba', 'unknown', 'true', 'false', 'yes', 'no', 'other', 'various', 'xxx', 'xx', 'x',
  'internal', 'not applicable', 'not set', 'pending', 'company', 'account', 'customer', 'client', 'organization', 'organisation',
  'org', 'name', 'company name', 'account name', 'customer name', 'client name',
]);

/** An unfilled template: `{{account}}`, `<% tp.file.title %>`, `<company>`, `[Company]`. */
const TEMPLATE = /\{\s*\{|<%|\}\s*\}|^\s*<[^<>]*>\s*$|^\s*\[[^[\]]*\]\s*$/;

function isPlaceholder(written: string, key: string): boolean {
  return PLACEHOLDERS.has(key) || /^[\d\s]*$/.test(key) || TEMPLATE.test(written);
}

/** Whether a written value fills an account field without naming an account. */
export function isAccountPlaceholder(written: string): boolean {
  return !keyOf(cleanAccount(written)) || isPlaceholder(written, keyOf(written));
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

  /** The account a cleaned name is known as: the whole name first, then without its legal suffix, then without a region or status. */
  private known(name: string): string | null {
    const key = keyOf(name);
    if (!key) return null;
    const found = this.byKey.get(key) ?? this.byCore.get(coreKeyOf(key));
    if (found) return found;
    const base = withoutQualifier(name);
    if (base === name) return null;
    const baseKey = keyOf(base);
    return (baseKey && (this.byKey.get(baseKey) ?? this.byCore.get(coreKeyOf(baseKey)))) || null;
  }

  /**
   * Learn every spelling the vault writes before resolving any, so an account no company
   * note declares is named the way most notes write it (ties: the longer, then the first in
   * alphabetical order) — not by whichever note happened to be read first.
   */
  learn(written: Iterable<string | null | undefined>): void {
    const counts = new Map<string, Map<string, number>>();
    for (const w of written) {
      if (!w || isPlaceholder(w, keyOf(w))) continue;
      const cleaned = cleanAccount(w);
      if (this.known(cleaned)) continue;
      // "Acme (prospect)" is a spelling of Acme.
      const name = withoutQualifier(cleaned);
      const key = keyOf(name);
      if (!key) continue;
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
    // `N/A` would read as a path ending in `A`: the placeholder is judged as written.
    if (!keyOf(name) || isPlaceholder(written, keyOf(written))) return null;
    const known = this.known(name);
    if (known) return known;
    const base = withoutQualifier(name);
    this.add(base, base);
    if (base !== name) this.add(name, base);
    return base;
  }

  /** Whether a written name is a company a note in the vault declares. */
  isCompany(written: string): boolean {
    const name = this.known(cleanAccount(written));
    return !!name && this.declared.has(name);
  }

  /**
   * Whether a written name is an account: one a company note declares, or one some note has
   * named in its fields already (a link under Related to a company that has no note yet).
   */
  isAccount(written: string): boolean {
    return !!this.known(cleanAccount(written));
  }

  /**
   * The account a note is about: the one its frontmatter or meta lines name, else a
   * company linked under its Related heading, else a known account its participants'
   * e-mail domains name, else — when it has no Related heading — the first company it
   * links. A competitor mentioned in passing does not outrank Related.
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
    const byMail = this.accountOfAddresses(note);
    if (byMail) return byMail;
    if (related.length > 0) return null;
    for (const l of note.links) if (this.isAccount(l.target)) return this.resolve(l.target);
    return null;
  }

  /**
   * The account the participants' e-mail addresses name: only one the vault already knows
   * (a company note, an alias such as `acme.com`, a name some note's field gives), never a
   * mail provider's, and only when one account has more of the addresses than any other.
   */
  accountOfAddresses(note: Note): string | null {
    const domains = mailDomainsOf(note);
    if (domains.length === 0) return null;
    const counts = new Map<string, number>();
    for (const d of domains) {
      const account = this.known(d);
      if (account) counts.set(account, (counts.get(account) ?? 0) + 1);
    }
    let best: string | null = null;
    let most = 0;
    let tie = false;
    for (const [account, n] of counts) {
      if (n > most) [best, most, tie] = [account, n, false];
      else if (n === most) tie = true;
    }
    return tie ? null : best;
  }
}

/** Domains of free mail and of calendars: an address there says nothing of the company. */
const MAIL_PROVIDERS = new Set([
  'gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'passport', 'yahoo', 'ymail', 'rocketmail', 'icloud', 'me', 'mac', 'aol',
  'proton', 'protonmail', 'pm', 'gmx', 'web', 'mail', 'email', 'yandex', 'zoho', 'zohomail', 'fastmail', 'hey', 'qq', '163', '126',
  'orange', 'free', 'wanadoo', 'laposte', 'sfr', 't-online', 'freenet', 'libero', 'virgilio', 'seznam', 'naver', 'daum', 'mailbox',
  'posteo', 'tutanota', 'tuta', 'comcast', 'verizon', 'att', 'sbcglobal', 'btinternet', 'sky', 'bigpond', 'shaw', 'rogers', 'uol',
  'bol', 'terra', 'rediffmail', 'inbox', 'example',
]);
/** Second-level labels under a country's domain: `acme.co.uk` is Acme, not "co". */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'gv', 'gob', 'gouv']);
const ADDRESS = /([\w.+-]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

/** The company names the e-mail addresses in a note's participants and frontmatter give (`ana@eu.acme.co.uk` → `acme`). */
function mailDomainsOf(note: Note): string[] {
  const out: string[] = [];
  const read = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!value.includes('@')) return;
      ADDRESS.lastIndex = 0;
      for (let m = ADDRESS.exec(value); m; m = ADDRESS.exec(value)) {
        const host = m[2].toLowerCase();
        if (/(?:^|\.)calendar\.google\.com$|^resource\./.test(host) || /^(?:no-?reply|notifications?|calendar)$/i.test(m[1])) continue;
        const labels = host.split('.');
        labels.pop();
        if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1])) labels.pop();
        const name = labels[labels.length - 1];
        if (name && !MAIL_PROVIDERS.has(name)) out.push(name);
      }
    } else if (Array.isArray(value)) for (const v of value) read(v);
  };
  for (const p of note.participants) read(p);
  const data = note.frontmatter?.data;
  if (data) for (const key of Object.keys(data)) read(data[key]);
  return out;
}

/** Frontmatter keys that name the note's company besides `account` and `company` (keys compare without case). */
const ACCOUNT_KEYS = ['account', 'company', 'customer', 'client', 'organization', 'organisation', 'org', 'account_name', 'company_name', 'customer_name', 'client_name'];

/**
 * The company a note's own fields name, as written: `account:` as the parser read it,
 * else `customer:`, `client:`, `organization:` or `org:` in the frontmatter (a link, a
 * name, or the first of a list that is no placeholder). Null when none names one; `true`,
 * a number, a placeholder or one of the note's own people (`account: Ana Ruiz` beside
 * `participants: [Ana Ruiz]`) is not a name.
 */
export function writtenAccount(note: Note): string | null {
  const names = (value: unknown): value is string =>
    typeof value === 'string' && value.trim() !== '' && !isAccountPlaceholder(value) && !isOwnPerson(note, value);
  if (names(note.account)) return note.account;
  const data = note.frontmatter?.data;
  if (!data) return null;
  for (const key of Object.keys(data)) {
    if (!ACCOUNT_KEYS.includes(key.toLowerCase())) continue;
    const raw = data[key];
    // `account: [[Acme]]` unquoted is a list holding a list: YAML's reading of a link.
    const values = Array.isArray(raw) ? (raw as unknown[]).flat(2) : [raw];
    if (Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && typeof raw[0][0] === 'string') values.splice(0, values.length, `[[${raw[0][0]}]]`);
    const value = values.find(names);
    if (value) return value.trim();
  }
  return null;
}

/** Words that make a name a firm's rather than a person's. */
const FIRM_WORD = /^(?:bank|labs?|capital|partners|systems|solutions|technologies|group|holdings|health|media|energy|ventures|consulting|logistics|freight|global)$/;

/**
 * Whether a written account is one of the note's own people: its `person:`, its counterpart,
 * or a participant whose name is shaped like a person's (two to four capitalised words, none
 * a legal form or a firm's word) — a company listed among participants stays a company.
 */
function isOwnPerson(note: Note, written: string): boolean {
  const name = cleanAccount(written);
  const key = keyOf(name);
  if (!key) return false;
  const same = (other: string | null) => !!other && keyOf(cleanAccount(other)) === key;
  if (same(note.person) || same(note.counterpart)) return true;
  if (!note.participants.some(same)) return false;
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !key.split(' ').some((w) => SUFFIXES.has(w) || FIRM_WORD.test(w))
  );
}
