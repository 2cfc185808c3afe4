/**
 * Sections: headings mapped to the kinds meeting notes use, whatever their
 * wording (`## ✅ 2. Action items (for Ana Ruiz)` is 'actions' for Ana Ruiz).
 */

import type { Section, SectionKind } from '../model';
import { isNameShaped } from './values';

export interface Heading {
  level: number;
  /** The heading text without `#`s and closing hashes. */
  text: string;
}

/** An ATX heading (`## Title`, up to three spaces of indent), or null. */
export function readHeading(line: string): Heading | null {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  if (line.charCodeAt(i) !== 35 /* # */) return null;
  let level = 0;
  while (line.charCodeAt(i + level) === 35) level++;
  if (level > 6) return null;
  const after = line.charCodeAt(i + level);
  // `#tag` is a tag, not a heading.
  if (!Number.isNaN(after) && after !== 32 && after !== 9) return null;
  let text = line.slice(i + level).trim();
  // A closing run of `#`s preceded by a space is not part of the heading.
  let j = text.length;
  while (j > 0 && text.charCodeAt(j - 1) === 35) j--;
  if (j < text.length && (j === 0 || text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) text = text.slice(0, j).trim();
  return { level, text };
}

/** A setext underline (`===` for level 1, `---` for level 2) under a paragraph line. */
export function setextLevel(line: string): number | null {
  const m = /^ {0,3}(=+|-+)[ \t]*$/.exec(line);
  if (!m) return null;
  return m[1].charAt(0) === '=' ? 1 : 2;
}

interface Rule {
  kind: SectionKind;
  pattern: RegExp;
}

/**
 * Matched against the heading reduced to lower-case words (emoji, numbering,
 * punctuation and parentheticals removed; `&`, `/` and `+` read as "and";
 * hyphens as spaces). Anchored at both ends, so a title that merely contains
 * "notes" or "summary" is not taken for a section.
 */
const RULES: Rule[] = [
  {
    kind: 'summary',
    pattern:
      /^(?:meeting |executive |call |short |quick |brief |ai |ai generated |auto |automatic |generated |overall |general |high level |session |conversation |daily |weekly )?(?:summary|overview|recap|tl ?dr|synopsis|abstract|gist)$/,
  },
  {
    kind: 'actions',
    pattern:
      /^(?:my |open |key |new |agreed |assigned |suggested |proposed |recommended |immediate |upcoming |pending |outstanding )?(?:action items?|actions?|action points?|action plan|actionables?|next steps?|next actions?|to ?dos?|todo list|to do list|tasks?|assignments|deliverables|commitments|who does what|owners and actions)(?: assigned| and owners?| and (?:due )?dates| and deadlines)?(?: (?:for|from|after) .+)?$/,
  },
  { kind: 'followups', pattern: /^(?:follow ?ups?|follow ?up (?:items|actions|tasks)|followups?)(?: (?:for|from|after) .+)?$/ },
  { kind: 'decisions', pattern: /^(?:key |main |final )?(?:decisions?|decision log|agreements?|agreed|agreed items|agreed points|resolutions|what we (?:decided|agreed(?: on)?)|we agreed)(?: made| taken| reached| log)?(?: (?:from|in|at) .+)?$/ },
  {
    kind: 'facts',
    pattern:
      /^(?:key |main |important |other )?(?:information|info|facts?(?: learned| learnt)?|points|takeaways|learnings|insights|highlights|notes|discussion points|discussion notes|discussion|details|what we (?:learned|learnt|heard)|lessons learn(?:ed|t))$/,
  },
  { kind: 'outcomes', pattern: /^(?:key |main )?(?:outcomes?|results?|conclusions?)$/ },
  {
    kind: 'risks',
    pattern: /^(?:key |main |open )?(?:risks?|blockers?|concerns?|issues?|challenges|dependencies|risks and (?:blockers|issues|concerns|mitigations|dependencies)|(?:blockers|issues) and risks)$/,
  },
  { kind: 'questions', pattern: /^(?:open |outstanding |unresolved |unanswered |remaining |pending |key |main |important )?(?:questions?|unknowns|parking lot)(?: raised| asked| to follow up(?: on)?)?$/ },
  { kind: 'related', pattern: /^(?:related(?: notes| links| people| pages| meetings)?|links|references|see also|resources)$/ },
  { kind: 'transcript', pattern: /^(?:full |raw |meeting |call )?(?:transcripts?|transcriptions?)$/ },
  // The same parts as German, French, Spanish, Portuguese and Dutch notes head them (keys are lower-case, accents kept).
  { kind: 'summary', pattern: /^(?:kurze |kurz)?(?:zusammenfassung|überblick|résumé|resume|synthèse|synthese|resumen|resumo|sumário|samenvatting)(?: de la réunion| der besprechung| de la reunión)?$/ },
  {
    kind: 'actions',
    pattern:
      /^(?:aufgaben|to dos|nächste schritte|naechste schritte|maßnahmen|massnahmen|aktionspunkte|offene punkte|actions(?: à (?:mener|faire))?|prochaines étapes|prochaines etapes|tâches|taches|à faire|tareas|próximos pasos|proximos pasos|acciones|pendientes|tarefas|próximos passos|proximos passos|ações|acoes|actiepunten|acties|volgende stappen)$/,
  },
  { kind: 'followups', pattern: /^(?:nachverfolgung|suivi|seguimiento|acompanhamento|opvolging)$/ },
  { kind: 'decisions', pattern: /^(?:entscheidungen|beschlüsse|beschluesse|vereinbarungen|décisions|decisions prises|décisions prises|decisiones|acuerdos|decisões|decisoes|besluiten|afspraken)$/ },
  {
    kind: 'facts',
    pattern: /^(?:wichtige informationen|wichtige punkte|erkenntnisse|notizen|kernpunkte|points clés|points cles|informations clés|à retenir|puntos clave|información clave|informacion clave|notas|aprendizajes|pontos principais|belangrijke punten|notities)$/,
  },
  { kind: 'outcomes', pattern: /^(?:ergebnisse|ergebnis|résultats|resultats|resultados|resultaten)$/ },
  { kind: 'risks', pattern: /^(?:risiken|risques|riesgos|riscos|risico s|blocker|bloqueurs|bloqueos|probleme|problèmes|problemas)$/ },
  { kind: 'questions', pattern: /^(?:offene fragen|fragen|questions ouvertes|questions en suspens|preguntas abiertas|preguntas|questões em aberto|perguntas|open vragen|vragen)$/ },
  { kind: 'related', pattern: /^(?:verwandte notizen|verweise|liens|références|references|enlaces|referencias|links relacionados|gerelateerd)$/ },
  { kind: 'transcript', pattern: /^(?:transkript|transkription|transcription|transcripción|transcripcion|transcrição|transcricao|transcriptie)$/ },
];

/** Headings whose bullets name the people present. */
const ATTENDEE_HEADING = /^(?:attendees|participants|people|present|who|invitees|in attendance|teilnehmer|teilnehmende|anwesend|anwesende|participantes|asistentes|deelnemers|aanwezig)$/;

export interface HeadingClass {
  kind: SectionKind;
  forPerson: string | null;
  /** True for `## Attendees` / `## Participants`: its bullets are names. */
  attendees: boolean;
}

const cache = new Map<string, HeadingClass>();

/** The heading reduced to the words that decide its kind. */
export function headingKey(heading: string): string {
  return withoutLinks(heading)
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[&/+]/g, ' and ')
    .replace(/[-_–—]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\d+ )+/, '')
    .replace(/^(?:and )+|(?: and)+$/g, '');
}

/** The person an actions heading is for: `Action items (for Ana Ruiz)`, `Next steps for Ana Ruiz`. */
function forPersonOf(heading: string): string | null {
  const plain = withoutLinks(heading);
  const m = /\(\s*for\s+([^)]+?)\s*\)/i.exec(plain) ?? /\bfor\s+([^()]+?)\s*[:.]?\s*$/i.exec(plain);
  if (m) {
    // `for Priya Raman`, `for me`; not `for next week` or `for the customer`.
    const name = m[1].replace(/^@/, '').trim();
    return isPersonName(name) || /^(?:me|myself)$/i.test(name) ? name : null;
  }
  // `Action items (Priya Raman)`: a name alone in parentheses, when it is shaped like one.
  const inParens = /\(\s*@?([^()]+?)\s*\)\s*$/.exec(plain);
  return inParens && isPersonName(inParens[1], 2) ? inParens[1] : null;
}

function withoutLinks(heading: string): string {
  return heading.replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1');
}

/** The words a heading uses for a list of someone's tasks (`action items`, `next steps`, `follow-ups`…). */
const TASK_WORDS = String.raw`(action[ -]?items?|actions?|action points?|next steps?|to[ -]?dos?|tasks?|follow[ -]?ups?(?: items)?)`;
/** `Priya's action items`, `Priya Raman’s next steps`. */
const POSSESSIVE = new RegExp(String.raw`^@?(.+?)['’]s?\s+${TASK_WORDS}$`, 'i');
/** `Action items — Priya Raman`, `Next steps: Priya`, `Action items owned by Priya`. */
const TASKS_THEN_NAME = new RegExp(String.raw`^${TASK_WORDS}\s*(?:[-–—:|]|\s(?:owned\s+)?by\s)\s*@?(.+?)$`, 'i');
/** `Priya Raman – Action items`, `Priya: next steps`. */
const NAME_THEN_TASKS = new RegExp(String.raw`^@?(.+?)\s*[-–—:|]\s*${TASK_WORDS}$`, 'i');
/** `Our action items`, `Team next steps`: someone's list, but not one person's. */
const GROUP_TASKS = new RegExp(String.raw`^(?:our|their|your|team|shared|joint|group|customer|client|vendor|partner|internal|external)\s+${TASK_WORDS}$`, 'i');

/** Words that look like a name in a heading but name a side or a group, not a person. */
const NOT_A_PERSON = new Set(
  (
    'team teams customer customers client clients vendor vendors partner partners internal external company group everyone all ' +
    'shared joint open new key pending agreed other misc general our their your my his her ' +
    // Legal suffixes: `Action items (Acme Corp)` is a company's list, not a person's.
    'corp corp. corporation inc inc. ltd ltd. llc gmbh plc co co. sa ag bv labs'
  ).split(' '),
);

/** Shaped like a person's name (see `isNameShaped`), and no word of it a side or a group. */
function isPersonName(text: string, minWords = 1): boolean {
  return isNameShaped(text, minWords) && !text.trim().split(/\s+/).some((w) => NOT_A_PERSON.has(w.toLowerCase()));
}

/**
 * `Decisions and next steps`, `Takeaways & action items`: a heading naming two kinds is the
 * first it names (its tasks are tasks whatever the kind, by their checkboxes).
 */
function bothKinds(key: string): HeadingClass | null {
  const and = key.indexOf(' and ');
  if (and === -1) return null;
  const first = key.slice(0, and);
  for (const rule of RULES) if (rule.pattern.test(first)) return { kind: rule.kind, forPerson: null, attendees: false };
  return null;
}

/**
 * A heading for one person's tasks in any of the ways note-takers write it — `Priya's action
 * items`, `Action items — Priya Raman`, `Priya Raman: next steps` — or a group's (`Our action
 * items`): actions (follow-ups when it says so), with the person. Null when it is none of these.
 */
function personScoped(heading: string): HeadingClass | null {
  const plain = withoutLinks(heading)
    .replace(/^[^\p{L}\p{N}@]+/u, '')
    .replace(/[\s:.]+$/, '')
    .trim();
  const kindOf = (words: string): SectionKind => (/^follow/i.test(words) ? 'followups' : 'actions');
  const group = GROUP_TASKS.exec(plain);
  if (group) return { kind: kindOf(group[1]), forPerson: null, attendees: false };
  const possessive = POSSESSIVE.exec(plain);
  if (possessive && isPersonName(possessive[1])) return { kind: kindOf(possessive[2]), forPerson: possessive[1].trim(), attendees: false };
  // With a separator the heading is a task list whatever the other part says (`Action items — Q3 launch`).
  const after = TASKS_THEN_NAME.exec(plain);
  if (after) return { kind: kindOf(after[1]), forPerson: isPersonName(after[2]) ? after[2].trim() : null, attendees: false };
  const before = NAME_THEN_TASKS.exec(plain);
  if (before) return { kind: kindOf(before[2]), forPerson: isPersonName(before[1]) ? before[1].trim() : null, attendees: false };
  return null;
}

/** Every rule's heading holds one of these stems; a title with none of them is 'other' at once. */
const STEMS =
  /summ|overview|recap|tl|synops|abstract|gist|action|step|do|task|assign|deliver|commit|follow|decision|decid|resolution|parking|owner|agree|challeng|info|fact|point|takeaway|learn|insight|highlight|note|discuss|detail|outcome|result|conclu|risk|blocker|concern|issue|depend|question|unknown|relat|link|referen|see also|resource|transcri|attend|particip|people|present|who|invite|zusammen|überblick|résum|resum|synth|samenvat|aufgab|schritt|maßnahm|massnahm|aktion|offene|action|étape|etape|tâche|tache|faire|tarea|paso|passo|acci|pendient|tarefa|ações|acoes|actie|stappen|verfolg|suivi|seguim|acompanh|opvolg|entscheid|beschl|vereinbar|décision|decisi|acuerdo|decis|beslu|afspra|wichtig|erkenntn|notiz|kernpunkt|clé|cle|retenir|clave|nota|aprendiz|pontos|punten|notit|ergebn|résultat|resulta|risik|risque|riesgo|risco|risico|blo|probl|frage|ouvert|suspens|pregunta|questõ|pergunt|vragen|verwandt|verweis|lien|référ|enlace|referen|gerelat|transkri|transcri|teilnehm|anwesend|participant|asistent|deelnem|aanwez/i;

const OTHER: HeadingClass = { kind: 'other', forPerson: null, attendees: false };

/**
 * The last heading classified in each slot (by its length and its first and last characters),
 * tried before anything else: a note's section headings (`Summary`, `Action Items`, `Decisions`)
 * come back note after note, and comparing one string costs less than hashing a fresh one.
 */
const RECENT_SLOTS = 128;
const recentHeadings: string[] = new Array<string>(RECENT_SLOTS).fill('');
const recentClasses: HeadingClass[] = new Array<HeadingClass>(RECENT_SLOTS).fill(OTHER);

export function classifyHeading(heading: string): HeadingClass {
  const n = heading.length;
  const slot = n === 0 ? 0 : (n * 31 + heading.charCodeAt(0) * 7 + heading.charCodeAt(n - 1)) & (RECENT_SLOTS - 1);
  if (recentHeadings[slot] === heading) return recentClasses[slot];
  const result = classifyAfresh(heading);
  recentHeadings[slot] = heading;
  recentClasses[slot] = result;
  return result;
}

function classifyAfresh(heading: string): HeadingClass {
  // Titles are mostly unique: most have none of the stems, and are told apart without the map.
  if (!STEMS.test(heading)) return OTHER;
  const hit = cache.get(heading);
  if (hit) return hit;
  const key = headingKey(heading);
  let result: HeadingClass = { kind: 'other', forPerson: null, attendees: ATTENDEE_HEADING.test(key) };
  for (const rule of RULES) {
    if (rule.pattern.test(key)) {
      const forPerson = rule.kind === 'actions' || rule.kind === 'followups' ? forPersonOf(heading) : null;
      result = { kind: rule.kind, forPerson, attendees: false };
      break;
    }
  }
  if (result.kind === 'other' && !result.attendees) result = personScoped(heading) ?? bothKinds(key) ?? result;
  // Titles are mostly unique; keep the cache small.
  if (cache.size > 2000) cache.clear();
  cache.set(heading, result);
  return result;
}

/** What a line's enclosing sections say about it. */
export interface SectionContext {
  kind: SectionKind;
  heading: string | null;
  forPerson: string | null;
  attendees: boolean;
}

const NO_SECTION: SectionContext = { kind: 'other', heading: null, forPerson: null, attendees: false };

/**
 * The open headings while the body is read top to bottom. A sub-heading of
 * no known kind inherits its parent's kind (`### Ana` under `## Action items`
 * is still actions), except under a level-1 title, which names the note
 * rather than a part of it.
 */
export class SectionStack {
  readonly sections: Section[] = [];
  /** The open sections, outermost first, and what each says about the lines in it (side by side). */
  private readonly open: Section[] = [];
  private readonly contexts: SectionContext[] = [];

  /**
   * Open a heading at `line`; closes every open section of the same or deeper level. `kind`:
   * what the section is when its words name no kind (a callout's type).
   */
  push(level: number, heading: string, line: number, start: number, end: number, kind?: SectionKind): SectionContext {
    this.closeTo(level, start, line - 1);
    const named = classifyHeading(heading);
    const cls = named.kind === 'other' && kind !== undefined ? { kind, forPerson: null, attendees: false } : named;
    const depth = this.open.length;
    const parent = depth > 0 ? this.open[depth - 1] : null;
    const parentContext = depth > 0 ? this.contexts[depth - 1] : null;
    const inherit = cls.kind === 'other' && !cls.attendees && parent !== null && parent.level >= 2;
    const context: SectionContext = {
      kind: inherit && parentContext ? parentContext.kind : cls.kind,
      heading,
      forPerson: cls.forPerson ?? (parentContext && (inherit || parentContext.kind === cls.kind) ? parentContext.forPerson : null),
      attendees: cls.attendees || (inherit && parentContext !== null && parentContext.attendees),
    };
    const section: Section = {
      kind: cls.kind,
      heading,
      level,
      line,
      start,
      end,
      contentEnd: end,
      endLine: line,
      forPerson: cls.forPerson,
    };
    this.sections.push(section);
    this.open.push(section);
    this.contexts.push(context);
    return context;
  }

  /** The context of the innermost open section. */
  current(): SectionContext {
    return this.contexts.length > 0 ? this.contexts[this.contexts.length - 1] : NO_SECTION;
  }

  /** Close every open section at the end of the text. */
  finish(textLength: number, lastLine: number): void {
    this.closeTo(0, textLength, lastLine);
  }

  /** Close every open section of `level` or deeper, ending at `at` (line `lastLine`): the context of what is left open. */
  closeTo(level: number, at: number, lastLine: number): SectionContext {
    while (this.open.length > 0 && this.open[this.open.length - 1].level >= level) {
      const section = this.open.pop() as Section;
      this.contexts.pop();
      section.contentEnd = Math.max(at, section.end);
      section.endLine = Math.max(lastLine, section.line);
    }
    return this.current();
  }
}
