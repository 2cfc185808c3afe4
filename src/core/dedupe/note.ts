/**
 * Dedupe inside one note, as Normalize runs it: the note's confident groups as edits,
 * settled so that running it again on the result finds nothing. Groups are complete
 * (see cluster.ts), so a second look usually finds nothing; when it does (a token's
 * weight shifted once copies went), its edits are folded into the first ones, on the
 * text as given.
 */
import type { Edit, Note } from '../model';
import { applyEdits, sortedEdits } from '../edits';
import { parseNote } from '../parse/index';
import { findDuplicates } from './cluster';
import { defaultSelection, planDedupe } from './plan';
import { composeEdits } from './compose';

/** Most looks after the first, on a note that keeps changing (one is the usual most). */
const PASSES = 3;

/** Edits removing the note's duplicate items (confidence ≥ 0.8), on `text`, the note's stored text. */
export function planNoteDedupe(note: Note, text: string): Edit[] {
  let edits: Edit[] = [];
  let current = text;
  let parsed = note;
  for (let pass = 0; pass <= PASSES; pass++) {
    const groups = findDuplicates([parsed], [], { vault: false }).filter((g) => g.scope === 'note');
    if (groups.length === 0) break;
    const next = planDedupe(new Map([[note.path, current]]), [parsed], groups, { selected: defaultSelection(groups) }).flatMap((p) => p.edits);
    if (next.length === 0) break;
    edits = pass === 0 ? sortedEdits(next) : composeEdits(text, edits, current, next);
    current = applyEdits(current, next);
    parsed = parseNote(note.path, current);
  }
  return edits;
}
