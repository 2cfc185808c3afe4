/**
 * Reading and writing one task line the way Obsidian Tasks does: signifiers, tags,
 * Dataview fields and the block id are peeled off the END of the line; what is left
 * is the description. Writing puts them back in Tasks' own order, block id last, so
 * every line we write still parses as a task.
 */
import type { Priority } from '../model';
import { DATE_EMOJI, FIELD_EMOJI, PRIORITY_EMOJI } from '../tasks/format';

export interface TaskLine {
  /** Indentation and list marker with the space after it: `  - `. */
  lead: string;
  status: string;
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
  | { kind: 'field'; key: string; value: string; raw: string };

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

const TASK_LINE = /^(\s*(?:[-*+]|\d+[.)])\s+)\[(.)\](?:\s+(.*))?$/u;

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const V = '\\uFE0F?';
/**
 * What peels off a line's end, with the characters each needs somewhere in the line:
 * a line without them is not tried (the patterns are anchored at the end only, so
 * each try scans the whole line).
 */
const PEELERS: [RegExp, (m: RegExpExecArray) => Trailing, string[]][] = [
  [new RegExp(`\\s*(?:\\u{1F4C5}|\\u{1F4C6}|\\u{1F5D3})${V}\\s*${DATE}$`, 'u'), (m) => ({ kind: 'signifier', field: 'due', value: m[1], raw: m[0] }), ['\u{1F4C5}', '\u{1F4C6}', '\u{1F5D3}']],
  [new RegExp(`\\s*(?:\\u23F3|\\u231B)${V}\\s*${DATE}$`, 'u'), (m) => ({ kind: 'signifier', field: 'scheduled', value: m[1], raw: m[0] }), ['\u23F3', '\u231B']],
  [new RegExp(`\\s*\\u{1F6EB}${V}\\s*${DATE}$`, 'u'), (m) => ({ kind: 'signifier', field: 'start', value: m[1], raw: m[0] }), ['\u{1F6EB}']],
  [new RegExp(`\\s*\\u2795${V}\\s*${DATE}$`, 'u'), (m) => ({ kind: 'signifier', field: 'created', value: m[1], raw: m[0] }), ['\u2795']],
  [new RegExp(`\\s*\\u2705${V}\\s*${DATE}$`, 'u'), (m) => ({ kind: 'signifier', field: 'done', value: m[1], raw: m[0] }), ['\u2705']],
  [new RegExp(`\\s*\\u274C${V}\\s*${DATE}$`, 'u'), (m) => ({ kind: 'signifier', field: 'cancelled', value: m[1], raw: m[0] }), ['\u274C']],
  [
    new RegExp(`\\s*(\\u{1F53A}|\\u23EB|\\u{1F53C}|\\u{1F53D}|\\u23EC)${V}$`, 'u'),
    (m) => ({ kind: 'signifier', field: 'priority', value: priorityOf(m[1]), raw: m[0] }),
    ['\u{1F53A}', '\u23EB', '\u{1F53C}', '\u{1F53D}', '\u23EC'],
  ],
  [new RegExp(`\\s*\\u{1F194}${V}\\s*([A-Za-z0-9_-]+)$`, 'u'), (m) => ({ kind: 'signifier', field: 'id', value: m[1], raw: m[0] }), ['\u{1F194}']],
  [
    new RegExp(`\\s*\\u26D4${V}\\s*([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*)$`, 'u'),
    (m) => ({ kind: 'signifier', field: 'dependsOn', value: m[1].replace(/\s+/g, ''), raw: m[0] }),
    ['\u26D4'],
  ],
  [new RegExp(`\\s*\\u{1F3C1}${V}\\s*([A-Za-z]+)$`, 'u'), (m) => ({ kind: 'signifier', field: 'onCompletion', value: m[1], raw: m[0] }), ['\u{1F3C1}']],
  [new RegExp(`\\s*\\u{1F501}${V}\\s*([a-zA-Z0-9, !]+)$`, 'u'), (m) => ({ kind: 'signifier', field: 'recurrence', value: m[1].trim(), raw: m[0] }), ['\u{1F501}']],
  [/\s*\[([\w -]+)::\s*([^\]]*)\]$/u, (m) => ({ kind: 'field', key: m[1].trim(), value: m[2].trim(), raw: m[0] }), ['::']],
  [/(?:^|\s+)#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*$/u, (m) => ({ kind: 'tag', raw: m[0] }), ['#']],
];

function priorityOf(emoji: string): Priority {
  for (const [p, e] of Object.entries(PRIORITY_EMOJI) as [Priority, string][]) if (e === emoji) return p;
  return 'medium';
}

/** Split a task line (without its line break) into its parts; null when it is not a task. */
export function parseTaskLine(line: string): TaskLine | null {
  const m = TASK_LINE.exec(line);
  if (!m) return null;
  let body = (m[3] ?? '').replace(/\s+$/, '');
  let blockId: string | null = null;
  const block = /\s+\^([A-Za-z0-9-]+)$/.exec(body);
  if (block) {
    blockId = block[1];
    body = body.slice(0, block.index);
  }
  const trailing: Trailing[] = [];
  for (;;) {
    let peeled = false;
    for (const [re, make, markers] of PEELERS) {
      if (!markers.some((c) => body.includes(c))) continue;
      const p = re.exec(body);
      if (p && p.index > 0) {
        trailing.unshift(make(p));
        body = body.slice(0, p.index);
        peeled = true;
        break;
      }
    }
    if (!peeled) break;
  }
  const descriptionStart = line.length - (m[3] ?? '').length;
  return { lead: m[1], status: m[2], description: body, descriptionStart, trailing, blockId };
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

const DATAVIEW_KEYS: Record<string, keyof TaskFields> = {
  due: 'due',
  scheduled: 'scheduled',
  start: 'start',
  created: 'created',
  completion: 'done',
  cancelled: 'cancelled',
  priority: 'priority',
  repeat: 'recurrence',
};

/**
 * Write a task line with the given fields: the description as it was (plus an
 * assignee when one is added), then tags, then signifiers in Tasks' order, then
 * Dataview fields as they were written (values updated), then the block id.
 */
export function writeTaskLine(parsed: TaskLine, fields: TaskFields): string {
  let out = `${parsed.lead}[${fields.status}] ${parsed.description}`;
  if (fields.addAssignee) out += ` @${fields.addAssignee}`;
  for (const tag of fields.tags) out += ` ${tag}`;
  const dataview = parsed.trailing.filter((t): t is Extract<Trailing, { kind: 'field' }> => t.kind === 'field');
  const inDataview = new Set(dataview.map((d) => DATAVIEW_KEYS[d.key.toLowerCase()]).filter((k) => k));
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
    const key = DATAVIEW_KEYS[d.key.toLowerCase()];
    const value = key ? fields[key] : null;
    out += typeof value === 'string' && value ? ` [${d.key}:: ${value}]` : d.raw.startsWith(' ') ? d.raw : ` ${d.raw}`;
  }
  if (fields.blockId) out += ` ^${fields.blockId}`;
  return out;
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
      const key = DATAVIEW_KEYS[t.key.toLowerCase()];
      if (key && key !== 'priority' && key !== 'recurrence') (f as unknown as Record<string, string | null>)[key] ??= t.value;
    } else if (t.field === 'priority') f.priority ??= t.value as Priority;
    else if (t.field === 'dependsOn') f.dependsOn.push(...t.value.split(',').filter((x) => x));
    else (f as unknown as Record<string, string | null>)[t.field] ??= t.value;
  }
  return f;
}
