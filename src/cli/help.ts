/** What `meeting-intel --help` and `meeting-intel <command> --help` print. */
import type { WorkCommand } from './args';

/** Exit statuses, the same for every command. */
export const EXIT = {
  /** Everything was read (and written, with --write). */
  ok: 0,
  /** The command ran, but some file could not be read, parsed or written; each is reported, the others were processed. */
  problems: 1,
  /** Bad usage: unknown command or option, a missing or extra argument, a target that does not exist or is the wrong kind. */
  usage: 2,
} as const;

export const SYNOPSIS: Record<WorkCommand, string> = {
  scan: 'meeting-intel scan <folder> [--json] [--owner "Name"] [--today YYYY-MM-DD]',
  normalize: 'meeting-intel normalize <file|folder> [--write [--plan saved.json] | --dry-run] [--json]',
  dedupe: 'meeting-intel dedupe <folder> [--write [--plan saved.json] | --dry-run] [--json] [--all] [--delete] [--owner "Name"]',
  'fix-text': 'meeting-intel fix-text [--jsonl] < in.txt > out.txt',
};

const DETAILS: Record<WorkCommand, string> = {
  scan: `Index every Markdown note under <folder> and print a report.
  --json        one JSON object: notes, tasks, decisions, facts, people, accounts,
                meetings, mojibake, duplicates, problems (paths relative to the
                folder with /, lines 1-based)
  --owner NAME  the vault owner, who @Myself, "Me" and "I" stand for (guessed from
                /Users/first.last/ in source_ref when not given)
  --today DATE  the day "overdue" and "this week" are counted from`,
  normalize: `Repair what importers and sync tools broke (mojibake, template leftovers, doubled
surnames, repeated sections and bullets) in one note or every note under a folder.
Prints a unified diff; nothing is written without --write.
  --dry-run     preview only (the default)
  --write       apply the changes; a file that changed since it was read is left alone,
                and the original is kept under <folder>/.meeting-intel/backup/
  --json        the plans as JSON (edits with offsets, the text they replace, why)
  --plan FILE   with --write: apply the plans saved from --json as they are, so what
                is written is what was previewed (a note changed since is left alone)`,
  dedupe: `Find action items, decisions and facts recorded more than once, within a note and
across the notes of one meeting, and plan to keep one copy of each.
  --dry-run     preview only (the default)
  --write       apply the plan (same safety as normalize --write)
  --json        the groups and the plans as JSON
  --plan FILE   with --write: apply the plans saved from --json as they are
  --all         also apply possible duplicates (confidence under 0.8) within a meeting;
                open tasks alike across meetings are only ever reported
  --delete      delete duplicates in other notes instead of marking them cancelled
  --owner NAME  the vault owner, as for scan`,
  'fix-text': `Repair mojibake on standard input, line for line; line endings, a missing final
newline and lines that are not UTF-8 pass through unchanged.
  --jsonl       one JSON string per line in and out, so any character survives`,
};

export function commandHelp(command: WorkCommand): string {
  return `Usage: ${SYNOPSIS[command]}\n\n${DETAILS[command]}\n\n${EXIT_HELP}`;
}

const EXIT_HELP = `Exit status: ${EXIT.ok} success · ${EXIT.problems} some file could not be read, parsed or written (each is
reported on stderr; the others were processed) · ${EXIT.usage} bad usage (unknown command or
option, a missing or extra argument, no such file or folder).`;

export const USAGE = `meeting-intel — meeting notes into a graph, mojibake repaired, duplicates merged

Usage:
  ${SYNOPSIS.scan}
  ${SYNOPSIS.normalize}
  ${SYNOPSIS.dedupe}
  ${SYNOPSIS['fix-text']}
  meeting-intel <command> --help
  meeting-intel --version

  scan        index the folder and print a report (--json: one JSON object)
  normalize   the "Normalize note" transform: a unified diff, applied with --write
  dedupe      the duplicate groups and the plan to merge them, applied with --write
  fix-text    repair mojibake on standard input, line for line

Folders whose name starts with a dot (.obsidian, .trash, .git) are skipped. Files are
written only with --write, only when unchanged since they were read, and the
originals are kept under <folder>/.meeting-intel/backup/.

${EXIT_HELP}`;
