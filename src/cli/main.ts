/**
 * meeting-intel — the command-line twin of the plugin. Same core, a folder on disk
 * instead of a vault. Exit statuses are in `help.ts` (EXIT): 0 success, 1 when a file
 * could not be read, parsed or written (reported; the others are still processed),
 * 2 on bad usage. A user's mistake gets a sentence on stderr, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, UsageError, type Args, type WorkCommand } from './args';
import { commandHelp, EXIT, SYNOPSIS, USAGE } from './help';
import { resolveTarget, TargetUnreadable, type Target } from './target';
import { backupStamp, readVault, writePlan, type VaultRead } from './vault';
import { describeFsError } from './fs-errors';
import { fixTextFilter } from './fix-text';
import { readPlanFile } from './plan-file';
import { formatReport } from './report';
import { buildGraph } from '../core/graph/build';
import { toScanJson } from '../core/graph/export';
import { planNormalize } from '../core/repair/normalize';
import { unifiedDiff } from '../core/diff';
import { planVaultDedupe } from '../core/dedupe/vault';
import type { EditPlan, Problem, VaultGraph } from '../core/model';

/** Problems that mean a file could not be read or parsed: exit status 1. */
const FAILING: ReadonlySet<Problem['kind']> = new Set(['read-error', 'binary', 'too-large']);

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error);
    throw error;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(`${args.topic ? commandHelp(args.topic) : USAGE}\n`);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`${readVersion()}\n`);
      return EXIT.ok;
    case 'fix-text':
      return fixTextCommand(args);
    default:
      return withTarget(args, args.command);
  }
}

function usageError(error: UsageError): number {
  const usage = error.command ? `Usage: ${SYNOPSIS[error.command]}` : `Usage: meeting-intel <scan|normalize|dedupe|fix-text> …`;
  const more = error.command ? `meeting-intel ${error.command} --help` : 'meeting-intel --help';
  process.stderr.write(`meeting-intel: ${error.message}\n${usage}\nRun “${more}” for more.\n`);
  return EXIT.usage;
}

/** Find the file or folder named, read it, and run the command on what was read. */
function withTarget(args: Args, command: Exclude<WorkCommand, 'fix-text'>): number {
  let target: Target;
  let vault: VaultRead;
  try {
    target = resolveTarget(args.target as string, command, command === 'normalize');
    if (args.plan !== null) return applySavedPlans(args, target, readPlanFile(args.plan, command));
    vault = readVault(target.path);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error);
    const reason = error instanceof TargetUnreadable ? error.message : `Cannot read ${args.target}: ${describeFsError(error)}.`;
    process.stderr.write(`meeting-intel: ${reason}\n`);
    return EXIT.problems;
  }
  if (target.isFolder && vault.files.length === 0 && vault.problems.length === 0) {
    process.stderr.write(`meeting-intel: no Markdown notes (.md) in ${args.target}.\n`);
  }
  if (command === 'scan') return scan(args, vault);
  if (command === 'normalize') return normalize(args, vault, target);
  return dedupe(args, vault);
}

function exitFor(problems: readonly Problem[]): number {
  return problems.some((p) => FAILING.has(p.kind)) ? EXIT.problems : EXIT.ok;
}

/**
 * A binary file is also not UTF-8, and the reader says so before the parser says it is binary:
 * one report per file is enough, the one that says why it was not read.
 */
function withoutEchoes(problems: readonly Problem[]): Problem[] {
  const binary = new Set(problems.filter((p) => p.kind === 'binary').map((p) => p.path));
  return problems.filter((p) => !(p.kind === 'not-utf8' && binary.has(p.path)));
}

function graphOf(args: Args, vault: VaultRead): VaultGraph {
  const graph = buildGraph(vault.files, { owner: args.owner, readProblems: vault.problems });
  return { ...graph, problems: withoutEchoes(graph.problems) };
}

function scan(args: Args, vault: VaultRead): number {
  const graph = graphOf(args, vault);
  if (args.json) process.stdout.write(`${JSON.stringify(toScanJson(graph), null, 2)}\n`);
  else process.stdout.write(formatReport(graph, { root: args.target as string, today: args.today }));
  return exitFor(graph.problems);
}

function normalize(args: Args, vault: VaultRead, target: Target): number {
  const problems: Problem[] = [...vault.problems];
  const plans: { plan: EditPlan; text: string }[] = [];
  // In a folder, a link is known to reach a note or not; a lone file's links are judged by the note alone.
  const linkResolves = target.isFolder ? noteLinkResolver(vault.files.map((f) => f.path)) : undefined;
  for (const file of vault.files) {
    const result = planNormalize(file.path, file.text, { linkResolves });
    problems.push(...result.problems);
    if (result.plan.edits.length > 0) plans.push({ plan: result.plan, text: file.text });
  }
  return finish(args, vault, plans, withoutEchoes(problems), null);
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

function dedupe(args: Args, vault: VaultRead): number {
  const graph = graphOf(args, vault);
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

/** Problems about a whole file: always shown in full. The rest, about what a note says, are `scan`'s to list. */
const FILE_LEVEL: ReadonlySet<Problem['kind']> = new Set([...FAILING, 'not-utf8']);

/** Print the plans (diff or JSON), or apply them with --write. `groups` is dedupe's, null for normalize. */
function finish(args: Args, vault: VaultRead, plans: { plan: EditPlan; text: string }[], problems: Problem[], groups: unknown[] | null): number {
  const inexact = new Set(vault.files.filter((f) => !f.exact).map((f) => f.path));
  for (const path of inexact) {
    if (plans.some((p) => p.plan.path === path)) {
      problems.push({ path, line: null, kind: 'read-error', message: 'Not valid UTF-8: its changes are shown but never written.' });
    }
  }
  // One backup folder per run, so a run is undone as one.
  const stamp = backupStamp();
  const writes = args.write ? plans.filter((p) => !inexact.has(p.plan.path)).map((p) => writePlan(vault.root, p.plan, stamp)) : [];
  const refused = writes.filter((w) => !w.written && w.message !== 'nothing to change');

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
    reportProblems(problems, groups ? FILE_LEVEL : null, args.target as string);
    process.stdout.write(`${summary(args, plans, writes)}\n`);
  }
  return exitFor(problems) || (refused.length > 0 ? EXIT.problems : EXIT.ok);
}

/**
 * `--write --plan saved.json`: write exactly the plans previewed, each only where the note still
 * has the text they were made from; nothing is analysed again.
 */
function applySavedPlans(args: Args, target: Target, plans: EditPlan[]): number {
  const root = target.isFolder ? resolve(target.path) : dirname(resolve(target.path));
  const stamp = backupStamp();
  const planned = plans.filter((p) => p.edits.length > 0).map((plan) => ({ plan }));
  const writes = planned.map(({ plan }) => writePlan(root, plan, stamp));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ written: writes, problems: [] }, null, 2)}\n`);
  } else {
    for (const w of writes) process.stdout.write(`${w.written ? 'wrote' : 'skipped'} ${w.path}: ${w.message}\n`);
    process.stdout.write(`${summary(args, planned, writes)}\n`);
  }
  return writes.some((w) => !w.written && w.message !== 'nothing to change') ? EXIT.problems : EXIT.ok;
}

/** What was planned, or with --write what was written and what was left alone. */
function summary(args: Args, plans: { plan: EditPlan }[], writes: ReturnType<typeof writePlan>[]): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const edits = (ps: { plan: EditPlan }[]) => ps.reduce((n, p) => n + p.plan.edits.length, 0);
  if (!args.write) return `${count(edits(plans), 'change')} planned in ${count(plans.length, 'file')}${plans.length ? ' (run again with --write to apply)' : ''}`;
  const written = new Set(writes.filter((w) => w.written).map((w) => w.path));
  const applied = plans.filter((p) => written.has(p.plan.path));
  const left = plans.length - applied.length;
  return `${count(edits(applied), 'change')} applied to ${count(applied.length, 'file')}${left ? `; ${count(left, 'file')} left unchanged (see above)` : ''}`;
}

/** Problems on stderr: all of them, or only those of the kinds given and a count of the rest. */
function reportProblems(problems: readonly Problem[], only: ReadonlySet<Problem['kind']> | null, target: string): void {
  const shown = only ? problems.filter((p) => only.has(p.kind)) : problems;
  for (const p of shown) process.stderr.write(`${p.path}${p.line ? `:${p.line}` : ''}: ${p.kind}: ${p.message}\n`);
  const hidden = problems.length - shown.length;
  if (hidden > 0) process.stderr.write(`(${hidden} more problem${hidden === 1 ? '' : 's'} in what the notes say; \`meeting-intel scan ${target}\` lists them)\n`);
}

async function fixTextCommand(args: Args): Promise<number> {
  if (process.stdin.isTTY) process.stderr.write('meeting-intel fix-text: reading lines from the terminal; end with Ctrl-D (pipe a file in: fix-text < notes.txt).\n');
  const write = (chunk: Uint8Array) =>
    new Promise<void>((resolveWrite) => {
      if (process.stdout.write(chunk)) resolveWrite();
      else process.stdout.once('drain', () => resolveWrite());
    });
  const warn = (message: string) => process.stderr.write(`meeting-intel fix-text: ${message}\n`);
  try {
    const { status } = await fixTextFilter(process.stdin, write, warn, args.jsonl);
    return status;
  } catch (error) {
    // `fix-text < folder` and the like: the input, not the program, is at fault.
    if (typeof (error as { code?: unknown }).code !== 'string') throw error;
    process.stderr.write(`meeting-intel fix-text: cannot read standard input: ${describeFsError(error)}\n`);
    return EXIT.problems;
  }
}

/** The package's version: next to the bundle (dist/cli.mjs) or two folders up from the source (src/cli/main.ts). */
function readVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'meeting-intelligence' && pkg.version) return pkg.version;
    } catch {
      // Not there: try the next place.
    }
  }
  return 'unknown';
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: Error & { code?: string }) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  // Nowhere left to write to (a full disk behind a redirect): say so where we still can.
  process.stderr.write(`meeting-intel: cannot write the output: ${describeFsError(error)}\n`);
  process.exit(EXIT.problems);
});

// With stderr gone too there is no one left to tell: end with the status reached.
process.stderr.on('error', () => process.exit(process.exitCode ?? EXIT.problems));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not the user's mistake but ours: one line, and the stack only when asked for.
    const detail = error instanceof Error ? (process.env.MEETING_INTEL_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`meeting-intel: internal error: ${detail}\n(set MEETING_INTEL_DEBUG=1 for the stack trace, and report it)\n`);
    process.exitCode = EXIT.problems;
  },
);
