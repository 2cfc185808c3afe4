/**
 * The dedupe's edit plans for the groups the user chose, made only on notes
 * that still hold the text the index found the duplicates in.
 *
 * The groups name lines of the text the index analysed. A note edited since
 * (a line typed above a task, a sync) has its lines elsewhere: planning on its
 * new text with the old line numbers would cancel or delete the wrong lines,
 * and the plan's hash, taken from the new text, would let the writer apply it.
 * So a note whose text no longer hashes as analysed is refused, and so is
 * every chosen group with a copy in it (a group is applied whole or not at all).
 *
 * The graph is the one the user reviewed (the modal's), which may be older than
 * the index by the time they apply: `textHashOf` ties each hash to that graph.
 */
import type { DuplicateGroup, EditPlan, Note, VaultGraph } from '../core/model';
import type { FileAnalysis } from '../core/graph/build';
import { planDuplicateEdits } from '../core/dedupe/vault';
import { hashText } from '../core/text';

export interface DedupeSources {
  graph: Pick<VaultGraph, 'notes'>;
  /** Hash of the text the index analysed for `path`; null when it holds none. */
  analysedHash(path: string): string | null;
  /** The note's text now; null when it no longer exists. */
  read(path: string): Promise<string | null>;
}

export interface ChosenDedupe {
  plans: EditPlan[];
  /** Groups applied (those with every copy in an unchanged note). */
  groups: DuplicateGroup[];
  /** Notes changed since the index read them: nothing planned in them. */
  stale: string[];
  /** Notes gone since the index read them. */
  missing: string[];
}

export async function planChosenDuplicates(
  sources: DedupeSources,
  chosen: readonly DuplicateGroup[],
  options: { crossNote: 'mark' | 'delete' },
): Promise<ChosenDedupe> {
  const texts = new Map<string, string>();
  const stale: string[] = [];
  const missing: string[] = [];
  const paths = [...new Set(chosen.flatMap((g) => [g.canonical.path, ...g.members.map((m) => m.path)]))];
  for (const path of paths) {
    const text = await sources.read(path);
    if (text === null) missing.push(path);
    else if (hashText(text) !== sources.analysedHash(path)) stale.push(path);
    else texts.set(path, text);
  }
  const groups = chosen.filter((g) => texts.has(g.canonical.path) && g.members.every((m) => texts.has(m.path)));
  const plans = groups.length > 0 ? planDuplicateEdits(sources.graph, texts, groups, options) : [];
  return { plans, groups, stale, missing };
}

/**
 * The hash of the text `graph` read each note from: the index's analysis of the
 * note when it is the one the graph was assembled from, else null (the index has
 * read the note again since, so the graph's lines are no longer the note's).
 */
export function textHashOf(graph: Pick<VaultGraph, 'notes'>, analysis: (path: string) => FileAnalysis | null): (path: string) => string | null {
  let notes: Map<string, Note> | null = null;
  return (path) => {
    notes ??= new Map(graph.notes.map((n) => [n.path, n]));
    const a = analysis(path);
    return a && a.note === notes.get(path) ? a.hash : null;
  };
}
