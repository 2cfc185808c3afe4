/**
 * One account from every way it is written: the company note's name, its
 * `aliases:`, a `[[link]]` with or without an alias, a different case or
 * accents, or the name without its legal suffix ("Northwind" for "Northwind
 * Traders Inc." when no other company fits).
 */
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
  return s
    .replace(/\.md$/i, '')
    .split('/')
    .pop()!
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
}

/** The key two spellings of one name share: folded case and accents, punctuation as spaces. */
function keyOf(name: string): string {
  return foldAccents(name)
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** The key without trailing legal suffixes ("northwind traders inc" → "northwind traders"). */
function coreKeyOf(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
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

  /** The account a written name means, or null for an empty or placeholder value. */
  resolve(written: string | null | undefined): string | null {
    if (!written) return null;
    const name = cleanAccount(written);
    const key = keyOf(name);
    if (!key) return null;
    const known = this.byKey.get(key) ?? this.byCore.get(coreKeyOf(key));
    if (known) return known;
    this.add(name, name);
    return name;
  }

  /** Whether a written name is a company a note in the vault declares (for links under Related). */
  isCompany(written: string): boolean {
    const key = keyOf(cleanAccount(written));
    const name = this.byKey.get(key) ?? this.byCore.get(coreKeyOf(key));
    return !!name && this.declared.has(name);
  }
}
