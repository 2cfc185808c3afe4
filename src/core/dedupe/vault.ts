/**
 * Dedupe over a built vault graph: the entry points the command line and the plugin
 * call with the graph's duplicate groups and the notes' current texts.
 *
 * One applied plan must leave nothing for a second run. The groups are complete when
 * found (judged by the copy each keeps; see cluster.ts), so the plan is only confirmed:
 * the notes it changed are parsed again and their meetings regrouped, with the graph's
 * meetings and names. What that still finds (a word's weight shifted once copies went,
 * a score tipped over a threshold) is planned too, and folded into the first plan, on
 * the texts as stored. Meetings themselves are not regrouped: a note whose content the
 * plan changed may join another meeting on the next full scan (the meetings step reads
 * the notes' content), and then show groups across the two.
 */
import type { DuplicateGroup, Edit, EditPlan, ItemRef, Note, VaultGraph } from '../model';
import { applyEdits, sortedEdits } from '../edits';
import { hashText, lineOf, lineStarts } from '../text';
import { assembleGraph, analyseFile, type FileAnalysis, type GraphOptions } from '../graph/build';
import { findDuplicates, groupingInputs } from './cluster';
import { defaultCanonicalName } from './names';
import { defaultSelection, planDedupe, planDedupeWithRemarks } from './plan';
import { backOffset, composeEdits } from './compose';

export { composeEdits };

export interface VaultDedupeOptions {
  crossNote?: 'mark' | 'delete';
  /** Also apply possible duplicates (confidence below 0.8); vault-wide groups never are. */
  includePossible?: boolean;
  /** How the graph was built, to regroup the planned result the same way (default: the graph's owner). */
  graphOptions?: GraphOptions;
  /** Most confirming passes after the first plan (default 2; 0 plans once, as the groups say). */
  settlePasses?: number;
}

/**
 * The graph's groups and the plans that apply the default selection (or every non-vault
 * group with `includePossible`), settled so that planning again on the result finds
 * nothing to do. Groups the settling found are folded into the groups returned, on the
 * lines as stored.
 */
export function planVaultDedupe(
  graph: Pick<VaultGraph, 'notes' | 'duplicates'> & Partial<Pick<VaultGraph, 'owner'>>,
  texts: ReadonlyMap<string, string>,
  options: VaultDedupeOptions = {},
): { groups: DuplicateGroup[]; plans: EditPlan[] } {
  const select = (groups: readonly DuplicateGroup[]) =>
    options.includePossible ? new Set(groups.filter((g) => g.scope !== 'vault' && g.key).map((g) => g.key as string)) : defaultSelection(groups);
  const crossNote = options.crossNote;
  const first = planDedupeWithRemarks(texts, graph.notes, graph.duplicates, { crossNote, selected: select(graph.duplicates) });
  const groups = graph.duplicates.map((g) => withRemarks(g, g.key ? first.remarks.get(g.key) : undefined));

  // Edits so far, on the stored texts; and the texts they make.
  const composed = new Map<string, Edit[]>(first.plans.map((p) => [p.path, sortedEdits(p.edits)]));
  const current = new Map(texts);
  let changed = applyInMemory(current, texts, first.plans);
  const regroup = regrouper(graph, options.graphOptions);

  // Confirm on the result: only the meetings of the notes the plan changed are grouped
  // again (with the same meetings and names as the graph); groups are complete, so this
  // usually finds nothing, and then it ends.
  for (let pass = 0; pass < (options.settlePasses ?? 2) && changed.length > 0; pass++) {
    const regrouped = regroup(current, changed);
    const next = planDedupeWithRemarks(current, regrouped.notes, regrouped.duplicates, { crossNote, selected: select(regrouped.duplicates) });
    if (next.plans.length === 0) break;
    const planned = new Map<string, number[]>();
    const linesOf = (path: string) => {
      let l = planned.get(path);
      if (!l) planned.set(path, (l = lineStarts(current.get(path) ?? '')));
      return l;
    };
    foldGroups(groups, regrouped.duplicates, next.remarks, (ref) => storedRef(ref, linesOf(ref.path), texts, composed));
    const before = new Map(current);
    changed = applyInMemory(current, before, next.plans);
    for (const plan of next.plans) {
      const stored = texts.get(plan.path) as string;
      composed.set(plan.path, composeEdits(stored, composed.get(plan.path) ?? [], before.get(plan.path) as string, plan.edits));
    }
  }

  const plans: EditPlan[] = [];
  for (const [path, edits] of composed) if (edits.length > 0) plans.push({ path, hash: hashText(texts.get(path) as string), edits });
  plans.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { groups, plans };
}

/**
 * Groups the notes as the graph did, after a plan changed some of them: the changed
 * notes parsed again, the graph's meetings and name resolution kept, and only the
 * meetings holding a changed note searched (every note still counts for word rarity).
 * Without what the graph's grouping recorded (see `groupingInputs`), the whole graph is
 * assembled again.
 */
function regrouper(
  graph: Pick<VaultGraph, 'notes' | 'duplicates'> & Partial<Pick<VaultGraph, 'owner'>>,
  graphOptions: GraphOptions | undefined,
): (current: ReadonlyMap<string, string>, changed: readonly string[]) => { notes: Note[]; duplicates: DuplicateGroup[] } {
  const notes = new Map(graph.notes.map((n) => [n.path, n]));
  const inputs = groupingInputs(graph.duplicates);
  if (!inputs) {
    const analyses = new Map<string, FileAnalysis>(graph.notes.map((n) => [n.path, { path: n.path, hash: '', note: n, mojibake: [] }]));
    const options = graphOptions ?? { owner: graph.owner ?? null };
    return (current, changed) => {
      for (const path of changed) analyses.set(path, analyseFile(path, current.get(path) as string));
      const regrouped = assembleGraph([...analyses.values()], options);
      return { notes: regrouped.notes, duplicates: regrouped.duplicates };
    };
  }
  const fallback = defaultCanonicalName(inputs.owner);
  const canonicalName = (written: string) => {
    const known = inputs.names.get(written);
    return known !== undefined ? known : fallback(written);
  };
  return (current, changed) => {
    for (const path of changed) notes.set(path, analyseFile(path, current.get(path) as string).note);
    const grouped = inputs.paths.map((p) => notes.get(p)).filter((n): n is Note => n !== undefined);
    // The meetings as the next scan will make them from the changed notes (a day's notes may join once repeats are gone).
    const meetings = inputs.regroupMeetings ? inputs.regroupMeetings(grouped) : inputs.meetings;
    const meetingOf = new Map<string, string>();
    for (const m of meetings) for (const p of m.notes) meetingOf.set(p, m.id);
    const onlyMeetings = new Set(changed.map((p) => meetingOf.get(p) ?? `note:${p}`));
    const duplicates = findDuplicates(grouped, meetings, { owner: inputs.owner, canonicalName, vault: false, onlyMeetings });
    return { notes: [...notes.values()], duplicates };
  };
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

function withRemarks(group: DuplicateGroup, remarks: readonly string[] | undefined): DuplicateGroup {
  return remarks && remarks.length > 0 ? { ...group, reasons: [...group.reasons, ...remarks] } : group;
}

/** Apply plans to `into` (texts `from` the plans were made on); the paths changed. */
function applyInMemory(into: Map<string, string>, from: ReadonlyMap<string, string>, plans: readonly EditPlan[]): string[] {
  const changed: string[] = [];
  for (const plan of plans) {
    const text = from.get(plan.path);
    if (text === undefined || plan.edits.length === 0) continue;
    into.set(plan.path, applyEdits(text, plan.edits));
    changed.push(plan.path);
  }
  return changed;
}

/**
 * Groups found on the planned result, told on the stored lines: members joining a
 * group's copy kept are added to that group; a group of copies no group holds yet is
 * added; one whose copies are all reported already is left out.
 */
function foldGroups(
  groups: DuplicateGroup[],
  found: readonly DuplicateGroup[],
  remarks: ReadonlyMap<string, string[]>,
  stored: (ref: ItemRef) => ItemRef,
): void {
  const same = (a: ItemRef, b: ItemRef) => a.path === b.path && a.line === b.line;
  for (const g of found) {
    const canonical = stored(g.canonical);
    const members = g.members.map((m) => ({ ...stored(m), text: m.text }));
    if (groups.some((r) => r.kind === g.kind && members.every((m) => r.members.some((x) => same(x, m))))) continue;
    const extra = g.key ? (remarks.get(g.key) ?? []) : [];
    const host = groups.findIndex((r) => r.kind === g.kind && r.scope !== 'vault' && g.scope !== 'vault' && same(r.canonical, canonical));
    if (host === -1) {
      groups.push({ ...g, canonical, members, reasons: [...g.reasons, ...extra] });
      continue;
    }
    const r = groups[host];
    const joining = members.filter((m) => !r.members.some((x) => same(x, m)));
    groups[host] = {
      ...r,
      confidence: Math.min(r.confidence, g.confidence),
      scope: r.scope === 'meeting' || g.scope === 'meeting' ? 'meeting' : r.scope,
      members: [...r.members, ...joining],
      reasons: [...new Set([...r.reasons, ...g.reasons, 'joins the copy kept once the copies it differed from are gone', ...extra])],
    };
  }
}

/** Where a line of the planned text (whose line starts are `planned`) was in the stored text (a rewritten line is where it was). */
function storedRef(ref: ItemRef, planned: readonly number[], texts: ReadonlyMap<string, string>, composed: ReadonlyMap<string, Edit[]>): ItemRef {
  const text = texts.get(ref.path);
  const edits = composed.get(ref.path);
  if (text === undefined || !edits || edits.length === 0) return ref;
  const offset = planned[ref.line - 1] ?? planned[planned.length - 1];
  return { path: ref.path, line: lineOf(lineStarts(text), backOffset(edits, offset)) };
}
