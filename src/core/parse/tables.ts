/**
 * Tables that hold a meeting's items: `| Owner | Action | Due |` under action items,
 * `| Decision | Rationale |` under decisions. Each row is read as the bullet it stands
 * for; an action row as the task line it would be written as (`Send the quote 📅
 * 2025-03-20 @Maya Lindqvist`), so its owner and due date are read like a task's.
 */

import type { ItemKind, SectionKind } from '../model';
import { isValidDate } from './values';

/** What a column of the table holds. */
type Role = 'owner' | 'due' | 'status' | 'main' | 'extra';

export interface TableColumns {
  roles: Role[];
  /** The kind the header names (`Action`, `Decision`, `Risk` …), or null when it names none. */
  kind: ItemKind | 'action' | null;
}

/** `|---|:--:|`, `--- | ---`: a table's delimiter row (at least one `-`, nothing but `|`, `-`, `:` and spaces). */
export function isDelimiterRow(line: string): boolean {
  let dashes = 0;
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 45) dashes++;
    else if (c === 124) pipes++;
    else if (c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dashes > 0 && pipes > 0;
}

/** The cells of a row: outer pipes dropped, split on `|` (not `\|`, which tables use inside `[[A\|b]]`). */
export function tableCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 124 && s.charCodeAt(i - 1) !== 92) {
      out.push(s.slice(from, i).replace(/\\\|/g, '|').trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).replace(/\\\|/g, '|').trim());
  return out;
}

const OWNER = /^(?:owners?|assignees?|assigned(?: to)?|who|responsible|person|people|dri|name|lead|by whom)$/;
const DUE = /^(?:due(?: date| by)?|deadline|when|by when|by|date|target(?: date)?|eta|timeline|timing)$/;
const STATUS = /^(?:status|state|done|complete|completed|progress)$/;
const KIND_BY_WORD: [RegExp, ItemKind | 'action'][] = [
  [/^(?:action(?: items?)?|actions|tasks?|to ?dos?|next steps?|follow ?ups?|deliverables?|items?|what|description)$/, 'action'],
  [/^(?:decisions?(?: made)?|agreed|agreements?)$/, 'decision'],
  [/^(?:risks?|blockers?|issues?|concerns?)$/, 'risk'],
  [/^(?:questions?|open questions?)$/, 'question'],
  [/^(?:facts?|insights?|takeaways?|key points?|learnings?)$/, 'fact'],
  [/^(?:outcomes?|results?)$/, 'outcome'],
];

/** A header cell as plain lower-case words: `**Due date** 📅` → `due date`. */
function headerWords(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The columns a header row names; null when it is no table of items (fewer than two cells). */
export function tableColumns(header: string): TableColumns | null {
  const cells = tableCells(header);
  if (cells.length < 2) return null;
  const roles: Role[] = [];
  let kind: TableColumns['kind'] = null;
  for (const cell of cells) {
    const w = headerWords(cell);
    if (OWNER.test(w)) roles.push('owner');
    else if (DUE.test(w)) roles.push('due');
    else if (STATUS.test(w)) roles.push('status');
    else {
      const named = KIND_BY_WORD.find(([p]) => p.test(w));
      if (named && !roles.includes('main')) {
        roles.push('main');
        kind = named[1];
      } else {
        roles.push('extra');
      }
    }
  }
  // No column names what the rows are: the first that is neither owner, date nor status says it.
  if (!roles.includes('main')) {
    const i = roles.indexOf('extra');
    if (i === -1) return null;
    roles[i] = 'main';
  }
  return { roles, kind };
}

/** An empty cell, or one saying nobody or no date yet. */
const NONE = /^(?:|-+|—|–|n\/?a|none|tbd|tbc|\?+)$/i;
/** A status that says the row is settled. */
const DONE = /^(?:done|complete|completed|closed|finished|resolved|cancell?ed|✅|☑️?|✔️?|x)$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface TableRow {
  kind: ItemKind;
  /** Read as an open action item. */
  action: boolean;
  text: string;
}

/**
 * One row of a table under a section of kind `section`: what it says and what it is; null
 * when it says nothing (an empty template row). A row whose status says done is what came
 * of an action (an outcome), not an open one.
 */
export function tableRow(line: string, columns: TableColumns, section: SectionKind, sectionItemKind: ItemKind): TableRow | null {
  const cells = tableCells(line);
  let main = '';
  let owner = '';
  let due = '';
  let status = '';
  const extras: string[] = [];
  for (let i = 0; i < columns.roles.length && i < cells.length; i++) {
    const cell = cells[i];
    switch (columns.roles[i]) {
      case 'main':
        main = cell;
        break;
      case 'owner':
        owner = cell;
        break;
      case 'due':
        due = cell;
        break;
      case 'status':
        status = cell;
        break;
      default:
        if (!NONE.test(cell)) extras.push(cell);
    }
  }
  if (NONE.test(main)) return null;
  const action = columns.kind === 'action' || ((section === 'actions' || section === 'followups') && columns.kind === null);
  if (action) {
    if (DONE.test(status)) return { kind: 'outcome', action: false, text: main };
    let text = main;
    if (!NONE.test(due)) {
      const iso = ISO.exec(due);
      text += iso && isValidDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? ` 📅 ${due}` : /^(?:by|before|until|on|in)\s/i.test(due) ? ` ${due}` : ` by ${due}`;
    }
    const firstOwner = owner.split(/\s*[,;/&]\s*|\s+and\s+/)[0].replace(/^@/, '').trim();
    if (!NONE.test(firstOwner)) text += ` @${firstOwner}`;
    return { kind: 'other', action: section !== 'actions' && section !== 'followups', text };
  }
  const kind = columns.kind !== null && columns.kind !== 'action' ? columns.kind : sectionItemKind;
  return { kind, action: false, text: extras.length > 0 ? `${main} — ${extras.join(' — ')}` : main };
}
