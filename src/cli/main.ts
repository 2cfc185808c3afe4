/**
 * meeting-intel — the command-line twin of the plugin. Same core, a folder on disk
 * instead of a vault. Exit 0 on success, 1 when a file could not be read or
 * parsed (reported; the others are still processed), 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs, UsageError, type Args } from './args';
import { backupStamp, isFolder, readVault, writePlan, type VaultRead } from './vault';
import { formatReport } from './report';
import { buildGraph } from '../core/graph/build';
import { toScanJson } from '../core/graph/export';
import { planNormalize } from '../core/repair/normalize';
import { fixText } from '../core/repair/mojibake';
import { unifiedDiff } from '../core/diff';
import { planVaultDedupe } from '../core/dedupe/vault';
import type { EditPlan, Problem } from '../core/model';

const USAGE = `meeting-intel — meeting notes into a graph, mojibake repaired, duplicates merged

Usage:
  meeting-intel scan <folder> [--json] [--owner "Name"] [--today YYYY-MM-DD]
  meeting-intel normalize <file|folder> [--write] [--json]
  meeting-intel dedupe <folder> [--write] [--json] [--all] [--delete] [--owner "Name"]
  meeting-intel fix-text [--jsonl]

  scan        index the folder and print a report (--json: one JSON object)
  normalize   the "Normalize note" transform: a unified diff, applied with --write
  dedupe      the duplicate groups and the plan to merge them, applied with --write
              (--all also applies possible duplicates within a meeting; open tasks
              alike across meetings are only reported; --delete deletes cross-note
              duplicates instead of marking them cancelled)
  fix-text    repair mojibake on standard input, line for line
              (--jsonl: one JSON string per line in and out)

Files are written only with --write, only when unchanged since they were read, and
the originals are kept under <folder>/.meeting-intel/backup/.`;

/** Problems that mean a file could not be read or parsed: exit status 1. */
const FAILING: ReadonlySet<Problem['kind']> = new Set(['read-error', 'binary', 'too-large']);

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${readVersion()}\n`);
      return 0;
    case 'scan':
      return scan(args);
    case 'normalize':
      return normalize(args);
    case 'dedupe':
      return dedupe(args);
    case 'fix-text':
      return fixTextFilter(args);
  }
}

function load(target: string): VaultRead | null {
  try {
    return readVault(target);
  } catch (error) {
    process.stderr.write(`meeting-intel: cannot read ${target}: ${(error as Error).message}\n`);
    return null;
  }
}

function exitFor(problems: readonly Problem[]): number {
  return problems.some((p) => FAILING.has(p.kind)) ? 1 : 0;
}

function scan(args: Args): number {
  const vault = load(args.target as string);
  if (!vault) return 1;
  const graph = buildGraph(vault.files, { owner: args.owner, readProblems: vault.problems });
  if (args.json) process.stdout.write(`${JSON.stringify(toScanJson(graph), null, 2)}\n`);
  else process.stdout.write(formatReport(graph, { root: args.target as string, today: args.today }));
  return exitFor(graph.problems);
}

function normalize(args: Args): number {
  const vault = load(args.target as string);
  if (!vault) return 1;
  const problems: Problem[] = [...vault.problems];
  const plans: { plan: EditPlan; text: string }[] = [];
  // In a folder, a link is known to reach a note or not; a lone file's links are judged by the note alone.
  const linkResolves = isFolder(args.target as string) ? noteLinkResolver(vault.files.map((f) => f.path)) : undefined;
  for (const file of vault.files) {
    const result = planNormalize(file.path, file.text, { linkResolves });
    problems.push(...result.problems);
    if (result.plan.edits.length > 0) plans.push({ plan: result.plan, text: file.text });
  }
  return finish(args, vault, plans, problems);
}

/**
 * Whether a link target reaches one of the notes, as Obsidian resolves it: by file name or by
 * path, without `.md`, whatever the case; a heading or block after `#` aside.
 */
function noteLinkResolver(paths: readonly string[]): (target: string) => boolean {
  const known = new Set<string>();
  for (const p of paths) {
    const stem = p.replace(/\.md$/i, '').toLowerCase();
    known.add(stem);
    known.add(stem.slice(stem.lastIndexOf('/') + 1));
  }
  return (target) => known.has(target.split('#')[0].replace(/\.md$/i, '').trim().toLowerCase());
}

function dedupe(args: Args): number {
  const vault = load(args.target as string);
  if (!vault) return 1;
  const graph = buildGraph(vault.files, { owner: args.owner, readProblems: vault.problems });
  const texts = new Map(vault.files.map((f) => [f.path, f.text]));
  const { groups, plans } = planVaultDedupe(graph, texts, {
    crossNote: args.deleteCrossNote ? 'delete' : 'mark',
    includePossible: args.all,
  });
  if (!args.json) {
    process.stdout.write(`${groups.length} duplicate group${groups.length === 1 ? '' : 's'}\n`);
    for (const g of groups) {
      const level = g.confidence >= 0.8 ? 'duplicate' : 'possible duplicate';
      process.stdout.write(`\n${g.kind} ${level} (${Math.round(g.confidence * 100)}%, ${g.scope}) keep ${g.canonical.path}:${g.canonical.line}\n`);
      for (const m of g.members) {
        const mark = m.path === g.canonical.path && m.line === g.canonical.line ? '*' : ' ';
        process.stdout.write(`  ${mark} ${m.path}:${m.line}  ${m.text}\n`);
      }
      for (const r of g.reasons) process.stdout.write(`    · ${r}\n`);
    }
    process.stdout.write('\n');
  }
  const planned = plans.filter((p) => p.edits.length > 0).map((plan) => ({ plan, text: texts.get(plan.path) ?? '' }));
  return finish(args, vault, planned, graph.problems, groups);
}

/** Print the plans (diff or JSON), or apply them with --write. */
function finish(
  args: Args,
  vault: VaultRead,
  plans: { plan: EditPlan; text: string }[],
  problems: Problem[],
  groups?: unknown[],
): number {
  const inexact = new Set(vault.files.filter((f) => !f.exact).map((f) => f.path));
  for (const path of inexact) {
    if (plans.some((p) => p.plan.path === path)) {
      problems.push({ path, line: null, kind: 'read-error', message: 'Not valid UTF-8: shown but never written.' });
    }
  }
  // One backup folder per run, so a run is undone as one.
  const stamp = backupStamp();
  const writes = args.write ? plans.filter((p) => !inexact.has(p.plan.path)).map((p) => writePlan(vault.root, p.plan, stamp)) : [];

  if (args.json) {
    const out = {
      ...(groups ? { groups } : {}),
      // Each edit carries the text it replaces, so a reader can check the plan without the file.
      plans: plans.map(({ plan, text }) => ({
        path: plan.path,
        hash: plan.hash,
        edits: plan.edits.map((e) => ({ ...e, before: text.slice(e.start, e.end) })),
      })),
      written: writes,
      problems,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (!args.write) for (const { plan, text } of plans) process.stdout.write(unifiedDiff(plan.path, text, plan.edits));
    for (const w of writes) process.stdout.write(`${w.written ? 'wrote' : 'skipped'} ${w.path}: ${w.message}\n`);
    for (const p of problems) process.stderr.write(`${p.path}${p.line ? `:${p.line}` : ''}: ${p.kind}: ${p.message}\n`);
    const edits = plans.reduce((n, p) => n + p.plan.edits.length, 0);
    const verb = args.write ? 'applied to' : 'planned in';
    process.stdout.write(`${edits} change${edits === 1 ? '' : 's'} ${verb} ${plans.length} file${plans.length === 1 ? '' : 's'}${args.write ? '' : ' (run again with --write to apply)'}\n`);
  }
  return exitFor(problems) || (writes.some((w) => !w.written && w.message !== 'nothing to change') ? 1 : 0);
}

async function fixTextFilter(args: Args): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let status = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!args.jsonl) {
      process.stdout.write(`${fixText(line)}\n`);
      continue;
    }
    if (line.trim() === '') {
      process.stdout.write('\n');
      continue;
    }
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'string') throw new Error('not a JSON string');
      process.stdout.write(`${JSON.stringify(fixText(value))}\n`);
    } catch (error) {
      process.stderr.write(`meeting-intel fix-text: line ${lineNo}: ${(error as Error).message}\n`);
      process.stdout.write(`${line}\n`);
      status = 1;
    }
  }
  return status;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: Error & { code?: string }) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`meeting-intel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
