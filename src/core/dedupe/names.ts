/**
 * The little name handling dedupe and same-meeting detection need: telling whether
 * two written forms of a person (`@Lior Genzel Genzel`, `[[Lior Genzel]]`, `@Myself`)
 * are the same person. Cleaning a name, mending a doubled surname, placeholders, owner
 * words, roles and the owner's guess from `source_ref` are the graph's name module's
 * (`../graph/names`); this module only adds the default canonicaliser used when no
 * resolver is passed in, and the all-capitals rule for roles that has no people list
 * to check initials against.
 */
import { cleanName, guessOwner as guessOwnerFromRefs, guessOwnerFromSourceRef, isOwnerWord, isPlaceholder, mendDoubledName, nameKey, roleOf } from '../graph/names';

/** Maps a written name to a comparable key, or null when it names nobody (`TBD`). */
export type CanonicalName = (name: string) => string | null;

/** The key every form of the vault owner maps to. */
export const OWNER_KEY = '@owner';

/** Crowds written where an assignee goes: not one person, so not an assignee to compare. */
const CROWDS = new Set(['all', 'everyone', 'everybody', 'team', 'the team']);

/**
 * Fold a name for comparison: decoration (`@`, `[[…|…]]`, honorifics, `(CTO)`) set
 * aside, a doubled surname mended (`Lior Genzel Genzel` → `lior genzel`), accents,
 * case and punctuation folded.
 */
export function foldName(name: string): string {
  return nameKey(mendDoubledName(cleanName(name)));
}

/**
 * The default canonicaliser: folded name; the owner's forms (`Myself`, `me`, the owner's
 * own name when known) map to {@link OWNER_KEY}; placeholders such as `TBD` and crowds
 * such as `Team` map to null.
 */
export function defaultCanonicalName(owner?: string | null): CanonicalName {
  const ownerKey = owner ? foldName(owner) : null;
  return (name: string) => {
    if (isPlaceholder(name)) return null;
    if (isOwnerWord(name)) return OWNER_KEY;
    const folded = foldName(name);
    if (!folded || CROWDS.has(folded)) return null;
    return folded === ownerKey ? OWNER_KEY : folded;
  };
}

/**
 * True when a written assignee is a role or team rather than a person: a known role
 * or team (`Legal`, `Sales Team`), or one short word in capitals (`HR`, `PM`, `SE`).
 * Without the vault's people to check initials against, capitals count as a role.
 */
export function isRole(written: string): boolean {
  const bare = written.replace(/^@+/, '').trim();
  return /^[A-Z]{2,5}s?$/.test(bare) || roleOf(bare) !== null;
}

/**
 * The vault owner's name from a transcript path: `/Users/jason.vallery/…` names the
 * person whose machine recorded it. Returns `Jason Vallery` or null.
 */
export const ownerFromPath = guessOwnerFromSourceRef;

/** The most common owner that the notes' `source_ref`s point to, or null. */
export function guessOwner(notes: readonly { sourceRef: string | null }[]): string | null {
  return guessOwnerFromRefs(notes.map((n) => n.sourceRef));
}
