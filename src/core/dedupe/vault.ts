/**
 * Dedupe over a built vault graph: the entry points the command line and the plugin
 * call with the graph's duplicate groups and the notes' current texts.
 */
import type { DuplicateGroup, EditPlan, VaultGraph } from '../model';
import { defaultSelection, planDedupe } from './plan';

export interface VaultDedupeOptions {
  crossNote?: 'mark' | 'delete';
  /** Also apply possible duplicates (confidence below 0.8); vault-wide groups never are. */
  includePossible?: boolean;
}

/** The graph's groups and the plans that apply the default selection (or every non-vault group with `includePossible`). */
export function planVaultDedupe(
  graph: Pick<VaultGraph, 'notes' | 'duplicates'>,
  texts: ReadonlyMap<string, string>,
  options: VaultDedupeOptions = {},
): { groups: DuplicateGroup[]; plans: EditPlan[] } {
  const groups = graph.duplicates;
  const selected = options.includePossible
    ? new Set(groups.filter((g) => g.scope !== 'vault' && g.key).map((g) => g.key as string))
    : defaultSelection(groups);
  return { groups, plans: planDedupe(texts, graph.notes, groups, { crossNote: options.crossNote, selected }) };
}

/** Plans for exactly the groups the user ticked (vault-wide groups are skipped). */
export function planDuplicateEdits(
  graph: Pick<VaultGraph, 'notes'>,
  texts: ReadonlyMap<string, string>,
  chosen: readonly DuplicateGroup[],
  options: { crossNote?: 'mark' | 'delete' } = {},
): EditPlan[] {
  const selected = new Set(chosen.filter((g) => g.key).map((g) => g.key as string));
  return planDedupe(texts, graph.notes, chosen, { crossNote: options.crossNote, selected });
}
