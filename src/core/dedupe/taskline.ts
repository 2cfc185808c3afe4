/**
 * Reading and writing one task line the way Obsidian Tasks does: signifiers, tags,
 * Dataview fields and the block id are peeled off the END of the line; what is left
 * is the description. Reading is the parser's own (`parse/tasks.ts`), by offsets, so a
 * line is split exactly where the parser reads it. Writing puts the parts back in Tasks'
 * own order, block id last, so every line we write still parses as a task.
 */
import type { Priority } from '../model';
import { readTrailingParts, taskLineAt, type TaskField } from '../parse/tasks';
import { DATE_EMOJI, FIELD_EMOJI, PRIORITY_EMOJI } from '../tasks/format';

export interface TaskLine {
  /** Indentation, any `>` and the list marker with the spaces after it: `  - `, `> 1. `. */
  lead: string;
  status: string;
  /** What parts the checkbox from the description as written: a space, or two, a tab, a no-break space. */
  gap: string;
  /** The description: everything before the trailing signifiers, tags and fields. */
  description: string;
  /** Offset of the description in the line. */
  descriptionStart: number;
  /** The trailing parts in written order. */
  trailing: Trailing[];
  blockId: string | null;
}

export type Trailing =
  | { kind: 'signifier'; field: SignifierField; value: string; raw: string }
  | { kind: 'tag'; raw: string }
  | { kind: 'field'; key: string; value: string; raw: string; /** The Tasks field it sets, if any. */ field: SignifierField | null };

export type SignifierField =
  | 'priority'
  | 'id'
  | 'dependsOn'
  | 'recurrence'
  | 'onCompletion'
  | 'created'
  | 'start'
  | 'scheduled'
  | 'due'
  | 'cancelled'
  | 'done';

/** Tasks' order for writing signifiers. */
export const SIGNIFIER_ORDER: SignifierField[] = ['id', 'dependsOn', 'priority', 'recurrence', 'onCompletion', 'created', 'start', 'scheduled', 'due', 'cancelled', 'done'];

export { PRIORITY_EMOJI, DATE_EMOJI };

/** The parser's field names, as the writer names them. */
const SIGNIFIER_FIELD: Record<TaskField, SignifierField> = {
  priority: 'priority',
  id: 'id',
  dependsOn: 'dependsOn',
  recurrence: 'recurrence',
  onCompletion: 'onCompletion',
  created: 'created',
  startDate: 'start',
  scheduled: 'scheduled',
  due: 'due',
  cancelled: 'cancelled',
  done: 'done',
};

/**
 * Split a task line (without its line break) into its parts; null when it is not a task. The parts are
 * read by the parser's own rules (`taskLineAt`, `readTrailingParts`), so a line is split where the
 * parser reads it, also in a blockquote or callout (`> - [ ] …`).
 */
export function parseTaskLine(line: string): TaskLine | null {
  const at = taskLineAt(line);
  if (at === null) return null;
  const { parts, descriptionEnd } = readTrailingParts(line, at.bodyFrom);
  let description = descriptionEnd;
  let first = 0;
  // A line that is all signifiers keeps the first as its description: a task is never written without one.
  if (descriptionEnd === at.bodyFrom && parts.length > 0 && parts[0].kind !== 'block') description = parts[first++].to;
  const trailing: Trailing[] = [];
  let blockId: string | null = null;
  let previousEnd = description;
  for (let i = first; i < parts.length; i++) {
    const part = parts[i];
    const raw = line.slice(previousEnd, part.to);
    previousEnd = part.to;
    if (part.kind === 'block') blockId = part.value;
    else if (part.kind === 'tag') trailing.push({ kind: 'tag', raw });
    else if (part.kind === 'field') trailing.push({ kind: 'field', key: part.key ?? '', value: part.value, raw, field: part.field && SIGNIFIER_FIELD[part.field] });
    else if (part.field !== null) trailing.push({ kind: 'signifier', field: SIGNIFIER_FIELD[part.field], value: part.value, raw });
  }
  return {
    lead: line.slice(0, at.checkbox),
    status: line.slice(at.checkbox + 1, at.statusTo),
    gap: line.slice(at.statusTo + 1, at.bodyFrom),
    description: line.slice(at.bodyFrom, description),
    descriptionStart: at.bodyFrom,
    trailing,
    blockId,
  };
}

/** The merged values a canonical task line should carry. */
export interface TaskFields {
  status: string;
  priority: Priority | null;
  due: string | null;
  scheduled: string | null;
  start: string | null;
  created: string | null;
  done: string | null;
  cancelled: string | null;
  recurrence: string | null;
  id: string | null;
  dependsOn: string[];
  onCompletion: string | null;
  /** Tags with `#`, in order. */
  tags: string[];
  /** `@Name` to add to the description when it has none. */
  addAssignee: string | null;
  blockId: string | null;
}

/**
 * Write a task line with the given fields: the description as it was (plus an
 * assignee when one is added), then tags, then signifiers in Tasks' order, then
 * Dataview fields as they were written (values updated), then the block id.
 */
export function writeTaskLine(parsed: TaskLine, fields: TaskFields): string {
  let out = `${parsed.lead}[${fields.status}]${parsed.gap === '' ? ' ' : parsed.gap}${parsed.description}`;
  if (fields.addAssignee) out += ` @${fields.addAssignee}`;
  for (const tag of fields.tags) out += ` ${tag}`;
  const dataview = parsed.trailing.filter((t): t is Extract<Trailing, { kind: 'field' }> => t.kind === 'field');
  const inDataview = new Set(dataview.map((d) => d.field));
  for (const field of SIGNIFIER_ORDER) {
    if (inDataview.has(field)) continue;
    switch (field) {
      case 'priority':
        if (fields.priority) out += ` ${PRIORITY_EMOJI[fields.priority]}`;
        break;
      case 'dependsOn':
        if (fields.dependsOn.length > 0) out += ` ${FIELD_EMOJI.dependsOn} ${fields.dependsOn.join(',')}`;
        break;
      case 'id':
      case 'recurrence':
      case 'onCompletion': {
        const v = fields[field];
        if (v) out += ` ${FIELD_EMOJI[field]} ${v}`;
        break;
      }
      default: {
        const v = fields[field];
        if (v) out += ` ${DATE_EMOJI[field]} ${v}`;
      }
    }
  }
  for (const d of dataview) {
    const value = d.field ? fields[d.field] : null;
    out += typeof value === 'string' && value ? rewrittenField(d, value) : d.raw.startsWith(' ') ? d.raw : ` ${d.raw}`;
  }
  if (fields.blockId) out += ` ^${fields.blockId}`;
  return out;
}

/** A Dataview field with a new value, in the brackets or parentheses it was written in, its comma kept. */
function rewrittenField(d: Extract<Trailing, { kind: 'field' }>, value: string): string {
  const raw = d.raw.trim();
  const [open, close] = raw.startsWith('(') ? ['(', ')'] : ['[', ']'];
  return ` ${open}${d.key}:: ${value}${close}${raw.endsWith(',') ? ',' : ''}`;
}

/** The fields a parsed line carries as written. */
export function fieldsOfLine(parsed: TaskLine): TaskFields {
  const f: TaskFields = {
    status: parsed.status,
    priority: null,
    due: null,
    scheduled: null,
    start: null,
    created: null,
    done: null,
    cancelled: null,
    recurrence: null,
    id: null,
    dependsOn: [],
    onCompletion: null,
    tags: [],
    addAssignee: null,
    blockId: parsed.blockId,
  };
  for (const t of parsed.trailing) {
    if (t.kind === 'tag') f.tags.push(t.raw.trim());
    else if (t.kind === 'field') {
      // Dataview's priority and recurrence are left as written: the writer keeps their fields.
      if (t.field === 'dependsOn') {
        if (f.dependsOn.length === 0) f.dependsOn.push(...t.value.split(',').map((x) => x.trim()).filter((x) => x));
      } else if (t.field !== null && t.field !== 'priority' && t.field !== 'recurrence') {
        f[t.field] ??= t.value;
      }
    } else if (t.field === 'priority') f.priority ??= t.value as Priority;
    else if (t.field === 'dependsOn') f.dependsOn.push(...t.value.split(',').filter((x) => x));
    else (f as unknown as Record<string, string | null>)[t.field] ??= t.value;
  }
  return f;
}
