/**
 * The little name handling dedupe and same-meeting detection need: telling whether
 * two written forms of a person (`@Lior Genzel Genzel`, `[[Lior Genzel]]`, `@Myself`)
 * are the same person. The full resolution lives in the graph's name module; callers
 * that have it pass its canonicaliser instead of this default.
 */
import { foldAccents } from '../text';

/** Maps a written name to a comparable key, or null when it names nobody (`TBD`). */
export type CanonicalName = (name: string) => string | null;

/** The key every form of the vault owner maps to. */
export const OWNER_KEY = '@owner';

/** Words that stand for the vault owner. */
const OWNER_WORDS = new Set(['me', 'myself', 'self', 'i', 'owner']);

/** Placeholders that assign a task to nobody in particular. */
const NOBODY = new Set(['tbd', 'tbc', 'tba', 'unassigned', 'none', 'na', 'n/a', 'anyone', 'someone', 'nobody', 'unknown', 'all', 'everyone', 'team']);

/**
 * Fold a name for comparison: strip `@` and `[[…|…]]`, fold accents and case, squeeze
 * spaces and mend a doubled last word (`Lior Genzel Genzel` → `lior genzel`).
 */
export function foldName(name: string): string {
  let s = name.trim();
  const link = /^\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]$/.exec(s);
  if (link) s = link[1];
  s = foldAccents(s.replace(/^@+/, ''))
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = s.split(' ');
  if (words.length >= 3 && words[words.length - 1] === words[words.length - 2]) words.pop();
  return words.join(' ');
}

/**
 * The default canonicaliser: folded name; the owner's forms (`Myself`, `me`, the owner's
 * own name when known) map to {@link OWNER_KEY}; placeholders such as `TBD` map to null.
 */
export function defaultCanonicalName(owner?: string | null): CanonicalName {
  const ownerKey = owner ? foldName(owner) : null;
  return (name: string) => {
    const folded = foldName(name);
    if (!folded || NOBODY.has(folded)) return null;
    if (OWNER_WORDS.has(folded) || folded === ownerKey) return OWNER_KEY;
    return folded;
  };
}

/**
 * True when a folded name is a role or team rather than a person: one short word in
 * capitals as written (`HR`, `PM`, `SE`) or a known role word.
 */
export function isRole(written: string): boolean {
  const bare = written.replace(/^@+/, '').trim();
  if (/^[A-Z]{2,5}s?$/.test(bare)) return true;
  return /^(legal|finance|sales|marketing|recruiting|engineering|support|ops|procurement|security|it)$/i.test(bare);
}

/**
 * Guess the vault owner from the notes' transcript paths: `/Users/jason.vallery/…`
 * names the person whose machine recorded them. Returns `Jason Vallery` or null.
 */
export function ownerFromPath(ref: string | null | undefined): string | null {
  if (!ref) return null;
  const m = /(?:^|[\\/])(?:Users|home)[\\/]([A-Za-z]+)[._]([A-Za-z]+)[\\/]/.exec(ref);
  if (!m) return null;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return `${cap(m[1])} ${cap(m[2])}`;
}

/** The most common owner that the notes' `source_ref`s point to, or null. */
export function guessOwner(notes: readonly { sourceRef: string | null }[]): string | null {
  const counts = new Map<string, number>();
  for (const n of notes) {
    const o = ownerFromPath(n.sourceRef);
    if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, c] of counts) {
    if (c > bestCount) {
      best = name;
      bestCount = c;
    }
  }
  return best;
}
