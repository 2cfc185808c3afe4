/**
 * A plan saved from `normalize --json` or `dedupe --json`, read back for `--write --plan`:
 * what the user previewed is exactly what gets written, and a note changed since the preview
 * is left alone (its hash no longer matches). Anything that is not such a plan is refused.
 */
import { readFileSync } from 'node:fs';
import { UsageError, type WorkCommand } from './args';
import { describeFsError } from './fs-errors';
import type { Edit, EditPlan } from '../core/model';

export function readPlanFile(file: string, command: WorkCommand): EditPlan[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the plan ${file}: ${describeFsError(error)}.`, command);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`The plan ${file} is not JSON (${(error as Error).message}).`, command);
  }
  const plans = (json as { plans?: unknown } | null)?.plans;
  if (!Array.isArray(plans)) throw new UsageError(`${file} is not a plan: save one with \`meeting-intel ${command} <folder> --json > ${file}\`.`, command);
  return plans.map((plan, i) => checkedPlan(plan, `${file}: plan ${i + 1}`, command));
}

function checkedPlan(value: unknown, where: string, command: WorkCommand): EditPlan {
  const fail = (what: string) => new UsageError(`${where}: ${what}.`, command);
  const plan = value as { path?: unknown; hash?: unknown; edits?: unknown } | null;
  if (!plan || typeof plan.path !== 'string' || typeof plan.hash !== 'string' || !Array.isArray(plan.edits)) throw fail('needs a path, a hash and edits');
  // Paths are relative to the folder given: a plan may not reach outside it.
  if (plan.path === '' || plan.path.startsWith('/') || /^[A-Za-z]:/.test(plan.path) || plan.path.split(/[\\/]/).includes('..')) {
    throw fail(`the path “${plan.path}” is not inside the folder`);
  }
  const edits = plan.edits.map((e: unknown, j: number): Edit => {
    const edit = e as Partial<Edit> | null;
    const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!edit || !whole(edit.start) || !whole(edit.end) || edit.end < edit.start || typeof edit.replacement !== 'string') {
      throw fail(`edit ${j + 1} needs a start, an end and a replacement`);
    }
    return {
      start: edit.start,
      end: edit.end,
      replacement: edit.replacement,
      line: whole(edit.line) ? edit.line : 0,
      kind: edit.kind ?? 'mojibake',
      reason: typeof edit.reason === 'string' ? edit.reason : '',
    };
  });
  return { path: plan.path, hash: plan.hash, edits };
}
