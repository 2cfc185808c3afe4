import type { Edit, EditPlan } from './model';
import { hashText } from './text';

export class StaleTextError extends Error {
  constructor(path: string) {
    super(`${path} changed since it was analysed; nothing was written. Analyse it again.`);
    this.name = 'StaleTextError';
  }
}

/** Edits sorted by position; throws when two overlap (a bug in whoever made the plan). */
export function sortedEdits(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) {
      throw new Error(`Overlapping edits at line ${sorted[i - 1].line} and line ${sorted[i].line}`);
    }
  }
  return sorted;
}

/** Apply edits to `text`. Bytes outside the edited spans are copied as they are. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = sortedEdits(edits);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Apply a plan to the current text of its file, refusing when the text is not the
 * one the plan was computed from.
 */
export function applyPlan(current: string, plan: EditPlan): string {
  if (hashText(current) !== plan.hash) throw new StaleTextError(plan.path);
  return applyEdits(current, plan.edits);
}

/** Merge several plans for the same text into one, dropping edits that overlap an earlier plan's. */
export function mergePlans(path: string, hash: string, plans: readonly Edit[][]): EditPlan {
  const kept: Edit[] = [];
  for (const edits of plans) {
    for (const e of edits) {
      const clash = kept.some((k) => e.start < k.end && k.start < e.end);
      if (!clash) kept.push(e);
    }
  }
  return { path, hash, edits: sortedEdits(kept) };
}
