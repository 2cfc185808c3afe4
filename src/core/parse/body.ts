/**
 * The body of a note, read in one pass, line by line: fences, the transcript
 * block, headings, meta lines, tasks, bullets and links. Each line is looked
 * at once; its first character decides which readers run on it.
 */

import type { Item, Link, Section, SectionKind, Task, Transcript, TranscriptLine } from '../model';
import * as chars from './chars';
import type { Report } from './frontmatter';
import * as items from './items';
import { ListDepth, type ListItemSpan } from './items';
import { findLinks } from './links';
import { isDelimiterRow, tableColumns, tableRow, type TableColumns } from './tables';
import * as meta from './meta';
import * as sections from './sections';
import { SectionStack, type SectionContext } from './sections';
import * as tasks from './tasks';
import * as transcript from './transcript';
import type { SeparatorSearch } from './transcript';
import { LEFTOVER } from './frontmatter';
import { dottedDay, findIsoDate, findLeadingDate, findWrittenDate, isNameShaped, splitNames, stripName } from './values';

export interface BodyOptions {
  /** Mojibake repair applied to a task's description before its signifiers are read. */
  fixLine: (line: string) => string;
  report: Report;
}

export interface Body {
  sections: Section[];
  tasks: Task[];
  items: Item[];
  links: Link[];
  transcript: Transcript | null;
  /** The first level-1 heading. */
  h1: string | null;
  /** From `**Date**:` (a valid `YYYY-MM-DD` in it). */
  metaDate: string | null;
  /** From `**With**:` / `**Attendees**:` lines and `## Attendees` bullets, as written. */
  metaParticipants: string[];
  /** From `**Account**:`. */
  metaAccount: string | null;
  /** From a Dataview `type:: customer` or a `**Type**:` line. */
  metaType: string | null;
  /** From a `Created:` line (Notion's page property): the date when nothing better names one. */
  metaCreated: string | null;
  /** Line breaks seen: CRLF and bare LF. */
  crlf: number;
  lf: number;
}

// The helpers called for every line (some for every character), bound once: a module
// loader may reach each imported name through an accessor on every call.
const { isJsBlank, isJsSpace, skipSpaces } = chars;
const { itemKindFor, labelledItem, listItemSpan, quotedIndent, readsAsAction, unquoted, widthOf } = items;
const quoteRead = items.quote;
const { checkboxAt, isPlaceholderTask, newTask, parseTaskBody, statusEnd, statusTypeOf } = tasks;
const { mayBeField, readMeta } = meta;
const { classifyHeading, readHeading, setextLevel } = sections;
const { bareStamp, cueWords, isCueNumber, isStampedAt, isTranscriptEnd, isTranscriptStart, newSeparatorSearch, spokenLine, stampedLineAt, stampToSeconds } = transcript;

interface Fence {
  char: number;
  length: number;
}

/** ```` ``` ```` or `~~~` opening a fenced block (up to three spaces of indent). */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/s;
/** Two mis-decoded characters in a row, or a C1 control, U+F8FF or U+FFFD (see `mayHoldMojibake`). */
const MOJIBAKE_RANGE = /[\u0080-\u218F\uF8FF\uFFFD]{2}|[\u0080-\u009F\uF8FF\uFFFD]/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Read the body. Lines before `bodyStart` (the frontmatter) only give links.
 * `from` is where line 1 starts (after a BOM).
 */
export function readBody(text: string, from: number, bodyStart: number, options: BodyOptions): Body {
  const out: Body = {
    sections: [],
    tasks: [],
    items: [],
    links: [],
    transcript: null,
    h1: null,
    metaDate: null,
    metaParticipants: [],
    metaAccount: null,
    metaType: null,
    metaCreated: null,
    crlf: 0,
    lf: 0,
  };
  const stack = new SectionStack();
  const depth = new ListDepth();
  /** Filled by `listItemSpan` for the line at hand. */
  const list: ListItemSpan = { prefixEnd: 0, contentFrom: 0 };
  let context: SectionContext = stack.current();

  let fence: Fence | null = null;
  /** Inside a comment over several lines — `<!-- … -->` or Obsidian's `%% … %%` — its closing mark; nothing in it is read. */
  let commentEnd: string | null = null;
  /** Inside `<!-- ai:transcript:start -->` … end. */
  let inBlock = false;
  let lastStamped: TranscriptLine | null = null;
  /** Where the transcript lines' separators are, searched for once through the text. */
  const separators = newSeparatorSearch();
  /**
   * The previous line, when it was a plain paragraph line (a setext heading candidate), and where it
   * was: kept in variables, not an object for every paragraph line.
   */
  let paragraph: string | null = null;
  let paragraphLine = 0;
  let paragraphStart = 0;
  let paragraphEnd = 0;
  /** The bullet the next lines may continue, and whether a blank line came since. */
  let openItem: Item | null = null;
  /** Whether that bullet stands inside a quote or callout (`> - …`). */
  let openItemQuoted = false;
  let blankSinceItem = false;
  /** After an empty `**Attendees**:`, the list below it names the people. */
  let attendeeList = false;
  /** Inside a callout (`> [!todo] Action items`) that heads a section of its own, until its `>` lines end. */
  let inCallout = false;
  let sawSection = false;
  /** Inside `<details>` whose `<summary>` heads a section, until `</details>`. */
  let inDetails = false;
  /** Inside a table (`| Owner | Action | Due |` and its delimiter row): what its columns hold; null elsewhere or when its rows are no items. */
  let table: TableColumns | null = null;
  /** Under a person's name in bold inside the action items (as Fireflies writes them): each plain line is one of their items. */
  let linesAreActions = false;
  /** Under a heading that is only a stamp in a transcript (`### 00:01:10`, Google Meet): the stamp its speakers' lines share. */
  let sectionStamp: string | null = null;
  /** Whether the frontmatter holds a `[[` at all: one backward search over it, not one per line. */
  const frontmatterLinks = bodyStart > from && text.lastIndexOf('[[', bodyStart - 2) >= from;

  const n = text.length;
  let pos = from;
  let lineNo = 1;
  while (pos < n) {
    if (pos >= bodyStart && isLineBreakAt(text, pos)) {
      // An empty line: most common of all (transcripts put one between every two lines).
      if (text.charCodeAt(pos) === 13) {
        out.crlf++;
        pos += 2;
      } else {
        out.lf++;
        pos++;
      }
      lineNo++;
      paragraph = null;
      blankSinceItem = true;
      table = null;
      if (inCallout) {
        // A blank line ends a callout.
        context = stack.closeTo(CALLOUT_LEVEL, pos, lineNo - 2);
        inCallout = false;
      }
      continue;
    }
    const nl = text.indexOf('\n', pos);
    const next = nl === -1 ? n : nl + 1;
    let end = nl === -1 ? n : nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) {
      end--;
      if (nl !== -1) out.crlf++;
    } else if (nl !== -1) {
      out.lf++;
    }
    const here = lineNo;
    const start = pos;
    pos = next;
    lineNo++;
    if (end === start && start >= bodyStart) {
      // The empty last line of a text ending in a lone `\r`.
      paragraph = null;
      blankSinceItem = true;
      continue;
    }
    if (start < bodyStart) {
      if (frontmatterLinks) {
        const line = text.slice(start, end);
        if (line.includes('[[')) findLinks(line, start, here, out.links);
      }
      continue;
    }

    // The first character that is not a space or tab decides which readers run; most lines are sliced only after.
    const firstAt = skipSpaces(text, start, end);
    const first = firstAt < end ? text.charCodeAt(firstAt) : -1;

    // ── The transcript block ───────────────────────────────────────────
    if (inBlock) {
      // A start marker inside an open block (a block pasted into another) is a marker, not words.
      if (first === 60 /* < */ && isTranscriptStart(text.slice(start, end))) continue;
      if (first === 60 /* < */ && isTranscriptEnd(text.slice(start, end))) {
        inBlock = false;
        fence = null;
        lastStamped = null;
        const t = out.transcript as Transcript;
        t.endLine = here;
        t.end = end;
        continue;
      }
      const opener: RegExpExecArray | null = fence === null && (first === 96 || first === 126) ? FENCE.exec(text.slice(start, end)) : null;
      if (opener) {
        fence = { char: opener[1].charCodeAt(0), length: opener[1].length };
        continue;
      }
      if (fence !== null && closesFence(text, start, end, fence)) {
        fence = null;
        continue;
      }
      if (fence === null && first === 35 /* # */) {
        const h = readHeading(text.slice(start, end));
        if (h) {
          context = stack.push(h.level, h.text, here, start, end);
          continue;
        }
      }
      lastStamped = addTranscriptLine(out, text, here, start, end, lastStamped, separators);
      continue;
    }

    if (fence !== null) {
      if (closesFence(text, start, end, fence)) fence = null;
      else if (context.kind === 'transcript') lastStamped = addTranscriptLine(out, text, here, start, end, lastStamped, separators, start);
      continue;
    }

    if (commentEnd !== null) {
      if (text.slice(start, end).includes(commentEnd)) commentEnd = null;
      continue;
    }

    if (inCallout && first !== 62 /* > */) {
      // The callout's `>` lines have ended: what follows belongs to the section around it.
      context = stack.closeTo(CALLOUT_LEVEL, start, here - 1);
      inCallout = false;
    }
    const line = text.slice(start, end);
    if (first === 62 /* > */) {
      const callout = readCallout(line);
      if (callout !== null) {
        // `> [!todo] Action items`: its lines are a section of their own, of the kind its title (or type) names.
        if (inCallout) stack.closeTo(CALLOUT_LEVEL, start, here - 1);
        linesAreActions = false;
        sectionStamp = null;
        context = stack.push(CALLOUT_LEVEL, callout.title, here, start, end, callout.kind);
        inCallout = true;
        depth.reset();
        paragraph = null;
        openItem = null;
        continue;
      }
      const inner = unquoted(line);
      const innerFirst = inner.charCodeAt(skipSpaces(inner, 0, inner.length));
      if (Number.isNaN(innerFirst)) {
        // `>` alone: a blank line inside the quote, which ends a paragraph but not the quote or callout.
        paragraph = null;
        blankSinceItem = true;
        table = null;
        continue;
      }
      if (innerFirst === 35 /* # */ || innerFirst === 42 /* * */ || innerFirst === 95 /* _ */) {
        // `> ## Decisions`, `> **Action items**`: a section inside the quote or callout, ending with its `>` lines.
        const quoted = quotedHeading(inner, context.kind === 'actions' || context.kind === 'followups');
        if (quoted !== null) {
          if (hasWikilink(line)) findLinks(line, start, here, out.links);
          context = stack.push(CALLOUT_LEVEL + quoted.level, quoted.text, here, start, end);
          linesAreActions = quoted.level > PSEUDO_HEADING_LEVEL;
          inCallout = true;
          sectionStamp = null;
          if (quoted.level >= 2) sawSection = true;
          depth.reset();
          paragraph = null;
          openItem = null;
          attendeeList = false;
          continue;
        }
      }
    }
    // A comment opened on its own line and not closed on it hides what follows, as Obsidian hides it:
    // a commented-out template task is no task.
    if ((first === 60 /* < */ || first === 37) /* % */ && !isTranscriptStart(line) && !isTranscriptEnd(line)) {
      const closing = opensComment(line, firstAt - start);
      if (closing !== null) {
        commentEnd = closing;
        paragraph = null;
        openItem = null;
        continue;
      }
    }
    if (first === 60 /* < */ && isTranscriptStart(line)) {
      inBlock = true;
      lastStamped = null;
      if (out.transcript === null) {
        out.transcript = { startLine: here, endLine: null, start, end: n, lines: [] };
      } else {
        // A second block: the transcript runs on, and must be closed again.
        out.transcript.endLine = null;
        out.transcript.end = n;
      }
      openItem = null;
      paragraph = null;
      continue;
    }

    const f = first === 96 || first === 126 ? FENCE.exec(line) : null;
    if (f && !(f[1].charCodeAt(0) === 96 && f[2].includes('`'))) {
      fence = { char: f[1].charCodeAt(0), length: f[1].length };
      paragraph = null;
      openItem = null;
      continue;
    }

    if (isBlank(line)) {
      paragraph = null;
      blankSinceItem = true;
      table = null;
      continue;
    }

    if (table !== null) {
      if (line.includes('|')) {
        addTableRow(out, line, table, context, here, start, end);
        continue;
      }
      table = null;
    }
    if (paragraph !== null && (first === 124 || first === 45 || first === 58) /* | - : */ && isDelimiterRow(line) && paragraph.includes('|')) {
      // The line above was a table's header: its rows are items when the header or the section says what they are.
      const columns = tableColumns(paragraph);
      table = columns !== null && (columns.kind !== null || TABLE_SECTIONS.has(context.kind)) ? columns : null;
      paragraph = null;
      if (table !== null) continue;
    }

    if (hasWikilink(line)) findLinks(line, start, here, out.links);

    const heading = readHeading(line);
    if (heading && context.kind === 'transcript' && bareStamp(heading.text) !== null) {
      // `### 00:01:10` in a transcript: no section, the stamp of the lines that follow it.
      sectionStamp = heading.text;
      lastStamped = null;
      paragraph = null;
      continue;
    }
    if (heading) {
      linesAreActions = false;
      sectionStamp = null;
      context = stack.push(heading.level, heading.text, here, start, end);
      if (heading.level === 1 && out.h1 === null) out.h1 = titleOf(heading.text, here, options.report);
      if (heading.level >= 2) sawSection = true;
      depth.reset();
      paragraph = null;
      openItem = null;
      attendeeList = false;
      continue;
    }

    if (first === 60 /* < */) {
      // `<details><summary>Transcript</summary>` folds a part of the note away: its summary heads it, to `</details>`.
      const summary = detailsSummary(line);
      if (summary !== null) {
        context = stack.push(PSEUDO_HEADING_LEVEL, summary, here, start, end);
        inDetails = true;
        linesAreActions = false;
        sectionStamp = null;
        lastStamped = null;
        sawSection = true;
        depth.reset();
        paragraph = null;
        openItem = null;
        attendeeList = false;
        continue;
      }
      if (inDetails && DETAILS_END.test(line)) {
        context = stack.closeTo(PSEUDO_HEADING_LEVEL, start, here - 1);
        inDetails = false;
        lastStamped = null;
        paragraph = null;
        openItem = null;
        continue;
      }
    }

    // A bold line standing alone (`**Action Items:**`) is how many note-takers head a
    // section; it counts as one when its words name a known kind, below every real heading.
    const bold = boldHeading(line, context.kind === 'actions' || context.kind === 'followups');
    if (bold !== null) {
      // A name heads its items inside the action items, one level down, so the next name (or the
      // next section heading) ends them and the items stay action items.
      const level = classifyHeading(bold).kind === 'other' && isNameLine(bold) ? PSEUDO_HEADING_LEVEL + 1 : PSEUDO_HEADING_LEVEL;
      context = stack.push(level, bold, here, start, end);
      linesAreActions = level > PSEUDO_HEADING_LEVEL;
      sectionStamp = null;
      sawSection = true;
      depth.reset();
      paragraph = null;
      openItem = null;
      attendeeList = false;
      continue;
    }

    if (paragraph !== null) {
      const level = setextLevel(line);
      if (level !== null) {
        linesAreActions = false;
        sectionStamp = null;
        context = stack.push(level, paragraph.trim(), paragraphLine, paragraphStart, paragraphEnd);
        if (level === 1 && out.h1 === null) out.h1 = titleOf(paragraph.trim(), paragraphLine, options.report);
        if (level >= 2) sawSection = true;
        depth.reset();
        paragraph = null;
        continue;
      }
    }

    if (sectionStamp !== null && context.kind === 'transcript') {
      const spoken = spokenLine(line);
      if (spoken !== null) {
        lastStamped = addSpokenLine(out, sectionStamp, spoken, here, start, end);
        continue;
      }
    }
    if (context.kind === 'transcript') {
      // In a callout (`> [!quote]- Transcript`), the words after the quote markers; the line's span stays whole.
      const from = first === 62 ? afterQuoteMarkers(text, firstAt, end) : start;
      if (lastStamped !== null ? !listItemSpan(line, list) : isStampedAt(text, from, end)) {
        lastStamped = addTranscriptLine(out, text, here, from, end, lastStamped, separators, start);
        if (lastStamped !== null && lastStamped.line === here) lastStamped.start = start;
        continue;
      }
    }

    if ((first === 45 || first === 42 || first === 95) && lastChar(line) === first && THEMATIC_BREAK.test(line)) {
      // A `---` inside a section keeps its kind for what follows (a repeated block after it is still the section's).
      paragraph = null;
      openItem = null;
      depth.reset();
      continue;
    }

    if (!sawSection || mayBeMeta(line)) {
      const meta = readMeta(line, !sawSection);
      if (meta) {
        for (let field: meta.MetaLine | undefined = meta; field; field = field.next) takeMeta(out, field.key, field.value, here, options.report);
        attendeeList = meta.key === 'participants' && meta.value === '' && !meta.next;
        paragraph = null;
        openItem = null;
        continue;
      }
      // `Mar 11, 2025` or `Tue, Mar 4, 2025 10:02 AM • 32:15` alone under the title: the day the meeting was held.
      if (!sawSection && out.metaDate === null && paragraph === null) {
        const day = findLeadingDate(line);
        if (day !== null) {
          out.metaDate = day;
          continue;
        }
      }
    }

    // `Next steps` or `Action items:` alone on a line after a blank one: a heading written without markup.
    if (paragraph === null && firstAt === start && (first >= 128 || chars.isAsciiLetter(first)) && (openItem === null || blankSinceItem) && context.kind !== 'transcript') {
      const words = plainHeading(line);
      // Underlined (`Action Items` / `---`), it is a setext heading, read as one on the next line.
      if (words !== null && !underlinedAt(text, next)) {
        linesAreActions = false;
        sectionStamp = null;
        context = stack.push(PSEUDO_HEADING_LEVEL, words, here, start, end);
        sawSection = true;
        depth.reset();
        openItem = null;
        attendeeList = false;
        continue;
      }
    }

    if (listItemSpan(line, list)) {
      paragraph = null;
      const contentFrom = list.contentFrom;
      // Inside a quote or callout, the indent after its `>` markers, among the quote's own items.
      const indent = first === 62 ? depth.depthOfWidth(quotedIndent(line, list.prefixEnd), quoteRead.level) : depth.depthOfWidth(widthOf(line, list.prefixEnd));
      if (attendeeList || context.attendees) {
        const names = splitNames(line.slice(contentFrom));
        if (names.length > 0 && names.every(isShortName)) {
          out.metaParticipants.push(...names);
          openItem = null;
          continue;
        }
      }
      const bodyFrom = checkboxAt(line, contentFrom);
      if (bodyFrom !== -1) {
        const status = line.slice(contentFrom + 1, statusEnd(line, contentFrom));
        const task = readTask(status, line.slice(bodyFrom), options, context, here, start, end, indent);
        // `- [ ] ` or `- [ ] TODO` left by a template: no task to count, list or merge; reported, so it is not lost silently.
        if (task.text.length <= 40 && task.assignee === null && isPlaceholderTask(task.text)) reportEmptyTask(task, options.report);
        else out.tasks.push(task);
        openItem = null;
      } else {
        const text = trimmedSlice(line, contentFrom, line.length);
        if (text !== '') {
          const item: Item = {
            kind: itemKindFor(context.kind),
            text,
            section: context.kind,
            sectionHeading: context.heading,
            line: here,
            start,
            end,
            indent,
          };
          // `Decision: …`, `**Risk:** …`, `TODO: …`: the label says what the bullet is, wherever it stands.
          const labelled = labelledItem(text);
          if (labelled !== null && context.kind !== 'transcript' && context.kind !== 'related') {
            item.kind = labelled.kind;
            item.text = labelled.text;
            if (labelled.action) item.action = true;
          }
          out.items.push(item);
          openItem = item;
          openItemQuoted = first === 62;
          blankSinceItem = false;
        }
      }
      continue;
    }
    attendeeList = false;

    // `type:: customer`, `Invited [Ana Ruiz](mailto:…)` below the first section: Dataview reads its fields anywhere,
    // and Google Meet's notes put the invited under the meeting's heading. (Above it, `readMeta` has read them.)
    if (sawSection && mayBeField(line, firstAt - start)) {
      const field = readMeta(line, false);
      if (field) {
        for (let f: meta.MetaLine | undefined = field; f; f = f.next) takeMeta(out, f.key, f.value, here, options.report);
        paragraph = null;
        openItem = null;
        continue;
      }
    }

    if (
      !linesAreActions &&
      (context.kind === 'actions' || context.kind === 'followups') &&
      (paragraph === null || lastChar(paragraph) === 58) /* : */ &&
      (openItem === null || blankSinceItem)
    ) {
      // `## Action items` over plain lines, no bullets: each line that reads as an action is one of its items.
      // An intro (`Here are the action items:`) is not, nor is a line inside a paragraph of prose; a label says what a line is.
      const words = first === 62 ? unquoted(line).trim() : line.trim();
      const labelled = labelledItem(words);
      if (labelled !== null || readsAsAction(words)) {
        const item: Item = { kind: 'other', text: words, section: context.kind, sectionHeading: context.heading, line: here, start, end, indent: 0 };
        if (labelled !== null && !labelled.action) {
          item.kind = labelled.kind;
          item.text = labelled.text;
        } else if (labelled !== null) {
          item.text = labelled.text;
        }
        out.items.push(item);
        openItem = null;
        paragraph = null;
        continue;
      }
    }
    if (linesAreActions && (context.kind === 'actions' || context.kind === 'followups')) {
      // `**Maya Lindqvist**` then `Send the revised quote (05:32)` line after line: each line is one of her items.
      const item: Item = { kind: 'other', text: line.trim(), section: context.kind, sectionHeading: context.heading, line: here, start, end, indent: 0 };
      out.items.push(item);
      openItem = null;
      paragraph = null;
      continue;
    }

    // A line continuing the bullet above: right under it, or indented after a blank line. Inside a
    // quote, only a quoted line continues a quoted bullet, and its `>` markers are not its words.
    if (openItem !== null && (first === 62 ? openItemQuoted : true)) {
      const words = first === 62 ? unquoted(line) : line;
      if (!blankSinceItem || widthOf(words, skipSpaces(words, 0, words.length)) >= 2) {
        openItem.text = `${openItem.text} ${words.trim()}`;
        openItem.end = end;
        continue;
      }
    }
    openItem = null;
    depth.reset();
    paragraph = line;
    paragraphLine = here;
    paragraphStart = start;
    paragraphEnd = end;
  }

  const lastLine = lineNo - 1;
  stack.finish(n, Math.max(lastLine, 1));
  out.sections = stack.sections;
  if (inBlock && out.transcript) {
    options.report(
      'unterminated-transcript',
      out.transcript.startLine,
      `The transcript block opened at line ${out.transcript.startLine} has no “<!-- ai:transcript:end -->” marker; it was read to the end of the note.`,
    );
  }
  return out;
}

/**
 * Whether a task's text could hold mojibake, so the repair is worth running.
 * Mis-decoded UTF-8 turns every multi-byte character into a run of two or
 * more characters from U+0080–U+218F (Latin-1, Latin Extended, Greek,
 * Cyrillic, punctuation such as ‚ “ …), or leaves C1 controls, U+F8FF or
 * U+FFFD. A lone accented letter (`Émile`, `Çağla`), a curly quote or clean
 * emoji (`📅 ⏫`) is not that, and skips the repair.
 */
function mayHoldMojibake(s: string): boolean {
  return MOJIBAKE_RANGE.test(s);
}

/** A task line with no words, or only a placeholder: reported as a template's leftover, not counted as a task. */
function reportEmptyTask(task: Task, report: Report): void {
  const said = task.text.trim();
  report(
    'template-leftover',
    task.line,
    said === ''
      ? 'This checkbox has nothing after it (an empty task left by a template?); it is not counted as a task.'
      : `This task holds only the placeholder “${said}”, never filled in; it is not counted as a task.`,
  );
}

/** The mark that closes a comment opened at `at` in `line` and left open there (`-->`, `%%`), else null. */
function opensComment(line: string, at: number): string | null {
  if (line.startsWith('<!--', at)) return line.includes('-->', at + 4) ? null : '-->';
  if (line.startsWith('%%', at)) return line.includes('%%', at + 2) ? null : '%%';
  return null;
}

/** A name of at most five words: longer bullets under `Attendees` are sentences, not names. */
function isShortName(name: string): boolean {
  return name.split(' ').length <= 5;
}

/** `s.slice(from, to).trim()`, sliced once. */
function trimmedSlice(s: string, from: number, to: number): string {
  while (from < to && isJsSpace(s.charCodeAt(from))) from++;
  while (to > from && isJsSpace(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}

/** `[[` somewhere in the line; the one-character search runs natively and fast. */
function hasWikilink(line: string): boolean {
  const at = line.indexOf('[');
  return at !== -1 && line.indexOf('[[', at) !== -1;
}

/** `<summary>Transcript</summary>`, alone or after `<details>`: the summary's words, else null. */
function detailsSummary(line: string): string | null {
  const m = DETAILS_SUMMARY.exec(line);
  if (!m) return null;
  const words = m[1].replace(/<[^>]*>/g, '').trim();
  return words === '' ? null : words;
}

const DETAILS_SUMMARY = /^[ \t]*(?:<details(?:[ \t][^>]*)?>[ \t]*)?<summary(?:[ \t][^>]*)?>(.{1,120}?)<\/summary>[ \t]*$/i;
const DETAILS_END = /^[ \t]*<\/details>[ \t]*$/i;

/** Past the `>` markers (and the space after each) of a quoted line whose first `>` is at `at`. */
function afterQuoteMarkers(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) === 62 /* > */) {
    i++;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  }
  return i;
}

/** A line break (`\n` or `\r\n`) at `at`: an empty line starts there. */
function isLineBreakAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 10 || (c === 13 && text.charCodeAt(at + 1) === 10);
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The last character that is not a space or tab. */
function lastChar(line: string): number {
  let i = line.length - 1;
  while (i > 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  return line.charCodeAt(i);
}

/** `**Key**…` or `__Key__…`, possibly as a list item: the only shapes `readMeta` takes below the first section. */
function mayBeMeta(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  let c = line.charCodeAt(i);
  if ((c === 45 || c === 43 || c === 42) && (line.charCodeAt(i + 1) === 32 || line.charCodeAt(i + 1) === 9)) {
    i++;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
    c = line.charCodeAt(i);
  }
  return (c === 42 || c === 95) && line.charCodeAt(i + 1) === c;
}

/** `text.slice(start, end)` closes `fence`: up to three spaces, a run of its character as long as the opening one, then only whitespace. */
function closesFence(text: string, start: number, end: number, fence: Fence): boolean {
  let i = start;
  while (i < end && i < start + 3 && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < end && text.charCodeAt(j) === fence.char) j++;
  return j - i >= fence.length && isJsBlank(text, j, end);
}

function takeMeta(out: Body, key: meta.MetaKey, value: string, line: number, report: Report): void {
  if ((value.includes('{') || value.includes('<%')) && LEFTOVER.test(value)) {
    report('template-leftover', line, `The line “${key}” still holds the template placeholder “${LEFTOVER.exec(value)?.[0] ?? value}”, which was never filled in; it was ignored.`);
    return;
  }
  if (key === 'type') {
    if (out.metaType === null && value !== '') out.metaType = stripName(value) || null;
  } else if (key === 'created') {
    out.metaCreated ??= findIsoDate(value) ?? findWrittenDate(value);
  } else if (key === 'date') {
    // `**Date**: 2025-10-20`, or in words: `Date: October 20, 2025`.
    out.metaDate ??= findIsoDate(value) ?? dottedDay(value) ?? findWrittenDate(value);
  } else if (key === 'participants') {
    out.metaParticipants.push(...splitNames(value));
  } else if (out.metaAccount === null && value !== '') {
    const link = /\[\[[^\]]*\]\]/.exec(value);
    const name = stripName(link ? link[0] : value);
    if (name !== '') out.metaAccount = name;
  }
}

function readTask(
  status: string,
  rawBody: string,
  options: BodyOptions,
  context: SectionContext,
  line: number,
  start: number,
  end: number,
  indent: number,
): Task {
  // Signifiers are read from a repaired copy; the span stays on the text as stored.
  const body = mayHoldMojibake(rawBody) ? options.fixLine(rawBody) : rawBody;
  const statusType = statusTypeOf(status);
  const task = newTask(line, start, end, status, statusType, context.kind, context.heading, context.forPerson, indent);
  parseTaskBody(body, task);
  return task;
}

/**
 * A line inside a transcript: a new stamped line, or text continuing the one
 * before. Lines before the first stamp (a heading, prose) are not transcript.
 * `implicitFrom` starts a transcript object for a `## Transcript` section
 * that has no markers.
 */
function addTranscriptLine(
  out: Body,
  text: string,
  lineNo: number,
  start: number,
  end: number,
  last: TranscriptLine | null,
  separators: SeparatorSearch,
  implicitFrom?: number,
): TranscriptLine | null {
  const t = stampedLineAt(text, start, end, lineNo, separators);
  if (t === null) {
    if (last === null) return last;
    const line = text.slice(start, end);
    if (isBlank(line) || isCueNumber(line)) return last;
    if (last.text === '' && last.source === '') {
      // The words below a cue's timing line (WebVTT, SRT), with the speaker they name.
      const words = cueWords(line);
      last.source = words.source;
      last.text = words.text;
    } else {
      last.text = last.text === '' ? line.trim() : `${last.text} ${line.trim()}`;
    }
    last.end = end;
    if (implicitFrom !== undefined && out.transcript && out.transcript.endLine !== null) {
      out.transcript.endLine = lineNo;
      out.transcript.end = end;
    }
    return last;
  }
  if (out.transcript === null) {
    if (implicitFrom === undefined) return last;
    out.transcript = { startLine: lineNo, endLine: lineNo, start: implicitFrom, end, lines: [] };
  }
  out.transcript.lines.push(t);
  if (implicitFrom !== undefined && out.transcript.endLine !== null) {
    out.transcript.endLine = lineNo;
    out.transcript.end = end;
  }
  return t;
}

/** Deeper than any `#` heading, so the next real heading (or bold heading) ends the section. */
const PSEUDO_HEADING_LEVEL = 7;
/** Deeper still: a callout sits inside whatever section holds it, and ends with its `>` lines. */
const CALLOUT_LEVEL = PSEUDO_HEADING_LEVEL + 2;

/** `> [!todo]- Action items`: the callout's type, and its title (the type when it has none). */
const CALLOUT = /^[ \t]*>[ \t]*\[!([\w-]+)\][+-]?[ \t]*(.*)$/;

/** Callout types that say what their lines are, when the title does not. */
const KIND_BY_CALLOUT: Record<string, SectionKind> = {
  todo: 'actions', task: 'actions', tasks: 'actions', action: 'actions', actions: 'actions',
  summary: 'summary', abstract: 'summary', tldr: 'summary',
  question: 'questions', questions: 'questions', faq: 'questions', help: 'questions',
  warning: 'risks', caution: 'risks', attention: 'risks', danger: 'risks', risk: 'risks', risks: 'risks',
  decision: 'decisions', decisions: 'decisions',
};

function readCallout(line: string): { title: string; kind: SectionKind | undefined } | null {
  if (!line.includes('[!')) return null;
  const m = CALLOUT.exec(line);
  if (!m) return null;
  const type = m[1].toLowerCase();
  const title = m[2].replace(/[*_]{2}/g, '').trim();
  return { title: title === '' ? m[1] : title, kind: KIND_BY_CALLOUT[type] };
}
const BOLD_LINE = /^ {0,3}(\*\*|__)([^*_\n]{2,80}?)\1[ \t]*:?[ \t]*$/;

/** `**Decisions**`, `**Action items:**`, `__Next steps__:` → the words, when they name a section kind. */
function boldHeading(line: string, amongActions: boolean): string | null {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  const c = line.charCodeAt(i);
  if ((c !== 42 && c !== 95) || line.charCodeAt(i + 1) !== c) return null;
  const m = BOLD_LINE.exec(line);
  if (!m) return null;
  const words = m[2].trim().replace(/\s*:$/, '');
  if (classifyHeading(words).kind !== 'other') return words;
  // Under action items, a name in bold heads that person's items (`**Priya Raman**`, as Fireflies writes
  // them), and any other bold line standing alone (`**Outline**`) heads what comes after them.
  return amongActions ? words : null;
}

/**
 * A heading inside a quote or callout, its quote markers taken off: an ATX heading at its level, or a bold
 * line standing alone as `boldHeading` reads it, below every `#` level (a name under action items one deeper).
 */
function quotedHeading(inner: string, amongActions: boolean): { level: number; text: string } | null {
  const h = readHeading(inner);
  if (h !== null) return h;
  const bold = boldHeading(inner, amongActions);
  if (bold === null) return null;
  return { level: classifyHeading(bold).kind === 'other' && isNameLine(bold) ? PSEUDO_HEADING_LEVEL + 1 : PSEUDO_HEADING_LEVEL, text: bold };
}

/** A bold line under action items that names a person, not a part of the note (`**Outline**`, `**Notes**`). */
function isNameLine(words: string): boolean {
  return isNameShaped(words) && !(words.indexOf(' ') === -1 && NOTE_PARTS.has(words.toLowerCase()));
}

/** One-word bold lines note-takers head the parts of a note with. */
const NOTE_PARTS = new Set(
  'outline overview notes chapters keywords topics agenda highlights recap bullets shorthand transcript attendees participants summary details discussion background context appendix misc other updates status'.split(' '),
);


/**
 * The level-1 heading as the note's title, unless it still holds a template placeholder
 * (`# Meeting <% tp.file.title %>`, `# Week {{date:ww}}`): that is reported and no title.
 */
function titleOf(heading: string, line: number, report: Report): string | null {
  if ((heading.includes('{') || heading.includes('<%')) && LEFTOVER.test(heading)) {
    report(
      'template-leftover',
      line,
      `The title heading “${heading}” still holds the template placeholder “${LEFTOVER.exec(heading)?.[0] ?? ''}”, which was never filled in; it was not taken as the note's title.`,
    );
    return null;
  }
  return heading;
}

/** Longer than this, a line standing alone is a sentence, not a heading written without markup. */
const MAX_PLAIN_HEADING = 48;

/**
 * `Next steps`, `Action items:`, `✅ Decisions` alone on a line: the words, when they name a
 * section kind (or the attendees) and nothing more — as Zoom's and Teams' plain-text summaries
 * and hand-typed notes head their parts. Null for any other line.
 */
function plainHeading(line: string): string | null {
  if (line.length > MAX_PLAIN_HEADING) return null;
  const c = line.charCodeAt(0);
  // A letter, or an emoji or other symbol before the words; not markup (`|`, `<`, `[`, `*`, digits…).
  if (!(chars.isAsciiLetter(c) || c >= 128)) return null;
  const words = line.trim().replace(/[ \t]*:$/, '');
  if (words === '' || words.includes(':') || words.includes('|')) return null;
  const cls = classifyHeading(words);
  return cls.kind !== 'other' || cls.attendees ? words : null;
}

/** A setext underline (`===` or `---`) on the line starting at `at`. */
function underlinedAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 61 && c !== 45 && c !== 32) return false;
  const nl = text.indexOf('\n', at);
  return setextLevel(text.slice(at, nl === -1 ? text.length : nl).replace(/\r$/, '')) !== null;
}

/** Sections whose tables list items even when the header names no kind (`| Owner | What | When |` under action items). */
const TABLE_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['actions', 'followups', 'decisions', 'facts', 'outcomes', 'risks', 'questions']);

/** A table row as the item it stands for (nothing for an empty row). */
function addTableRow(out: Body, line: string, table: TableColumns, context: SectionContext, here: number, start: number, end: number): void {
  const row = tableRow(line, table, context.kind, itemKindFor(context.kind));
  if (row === null) return;
  const item: Item = { kind: row.kind, text: row.text, section: context.kind, sectionHeading: context.heading, line: here, start, end, indent: 0 };
  if (row.action) item.action = true;
  out.items.push(item);
}

/** A speaker's line under a stamp heading (Google Meet): a transcript line with that stamp, the transcript begun when it is the first. */
function addSpokenLine(out: Body, stamp: string, spoken: { source: string; text: string }, lineNo: number, start: number, end: number): TranscriptLine {
  const t: TranscriptLine = { line: lineNo, start, end, timestamp: stamp, seconds: stampToSeconds(stamp), source: spoken.source, speaker: null, text: spoken.text };
  if (out.transcript === null) out.transcript = { startLine: lineNo, endLine: lineNo, start, end, lines: [] };
  out.transcript.lines.push(t);
  if (out.transcript.endLine !== null) {
    out.transcript.endLine = lineNo;
    out.transcript.end = end;
  }
  return t;
}
