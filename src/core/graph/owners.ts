/**
 * Who a task is for when it has no `@assignee`. Note-takers write the owner in
 * other ways too: a Dataview field (`[owner:: Bob Reyes]`), the name leading
 * the text — "Ana to send pricing", "**Bob**: set up the sandbox",
 * "Chen Wei — review the SOW", "(Ana) collect references" — or a label ending
 * it: "Send the deck (owner: Ana)", "…, assigned to Bob Reyes".
 *
 * This module only finds the words; the caller resolves them against the people
 * it knows and keeps them only when they name a known person, so a task that
 * merely starts with a capitalised word ("Pricing review: …") never gets an owner.
 */
import type { Task } from '../model';

/** Dataview fields that say who does the task, lower-cased. */
const OWNER_FIELDS = new Set(['owner', 'assignee', 'assigned', 'assigned to', 'assigned_to', 'assignedto', 'who', 'responsible', 'dri']);

/** One to three capitalised words: a name as it leads a sentence. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;

/** Labels note-takers put before the owner: `Action: Priya — …`, `TODO(Tomasz): …` (written out by case: the name's capital must stay a capital). */
const LABEL = String.raw`(?:[Aa]ction(?:\s+[Ii]tem)?|ACTION|TODO|[Tt]odo|[Tt]o-[Dd]o|AI|[Oo]wner|[Nn]ext\s+[Ss]tep)`;

/**
 * `Name to …`, `Name will …`, `Name: …`, `**Name**: …`, `Name — …`, `@Name to …`, `Name (PM) to …`,
 * and two names sharing it (`Ana and Tomasz to …`, `Ana & Bo: …`): the first leads, and owns it here.
 */
const LEADING_NAME = new RegExp(
  String.raw`^\s*(?:${LABEL}\s*:\s*)?(?:\*\*|__)?@?(${NAME})(?:\s*(?:and|&|\/|\+)\s*@?${NAME})?(?:\*\*|__)?(?:\s+\([^()]*\))?(?:\s*:(?:\*\*|__)?\s|\s+[—–-]\s|\s+(?:to|will|should|must|needs?\s+to|is\s+to|are\s+to|owns?|can)\s)`,
  'u',
);
/** Labels that say who owns a task wherever they stand in it. */
const OWNER_LABEL = String.raw`(?:[Oo]wner|OWNER|[Aa]ssignee|[Aa]ssigned\s+[Tt]o|ASSIGNED\s+TO|DRI|[Rr]esponsible)`;
/** `… (owner: Ana)`, `…, assigned to Ana Souza.`, `Owner: Chen Wei` ending the task. */
const LABELLED_OWNER = new RegExp(
  String.raw`(?:^|[\s([,;—–-])${OWNER_LABEL}\s*[:=]?\s*@?(${NAME})\s*(?:[)\]]?\s*\.?\s*$|[,;|]\s*(?:[Dd]ue|DUE|[Dd]eadline|[Bb]y|[Ww]hen|[Pp]riority|[Ss]tatus|ETA)\b)`,
  'u',
);
/** `I'll send the deck`, `I will…`, `I need to…`, `Me: …`: the vault owner, in the first person. */
const FIRST_PERSON = /^\s*(?:I(?:['’]ll|['’]m going to| will| am going to| need to| should| must| to| can| have to)|Me\s*:|Me to|Myself\s*:)\s/i;
/** `(Ana) collect references`, `[Ana Souza] send …`, `TODO(Tomasz): fix the retry loop`. */
const BRACKETED_NAME = new RegExp(String.raw`^\s*(?:${LABEL}\s*)?[([](${NAME})[)\]]:?\s`, 'u');

/**
 * The owner a task names without `@`: an owner field first, then a name leading
 * its text. Null when there is none — and for a task with an assignee, whose
 * `@name` says it already.
 */
export function writtenOwner(task: Pick<Task, 'assignee' | 'fields' | 'text'>): string | null {
  if (task.assignee) return null;
  for (const [key, value] of Object.entries(task.fields)) {
    if (OWNER_FIELDS.has(key.trim().toLowerCase()) && value.trim() !== '') return value.trim();
  }
  const labelled = LABELLED_OWNER.exec(task.text);
  if (labelled) return labelled[1].replace(/[.’']+$/, '');
  if (FIRST_PERSON.test(task.text)) return 'Myself';
  const m = LEADING_NAME.exec(task.text) ?? BRACKETED_NAME.exec(task.text);
  return m ? m[1].replace(/[.’']+$/, '') : null;
}
