/** Command-line arguments: small enough to parse by hand, strict enough to say what is wrong. */

/** Bad usage: the message says what is wrong; the command, when known, picks the usage line shown with it. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: WorkCommand | null = null,
  ) {
    super(message);
  }
}

export type Command = 'scan' | 'normalize' | 'dedupe' | 'fix-text' | 'help' | 'version';
export type WorkCommand = Exclude<Command, 'help' | 'version'>;

export interface Args {
  command: Command;
  /** For `help`: the command asked about, if any. */
  topic: WorkCommand | null;
  target: string | null;
  json: boolean;
  jsonl: boolean;
  write: boolean;
  all: boolean;
  deleteCrossNote: boolean;
  owner: string | null;
  today: string | null;
  /** With --write: a plan saved from --json, applied as it is instead of analysing again. */
  plan: string | null;
}

export const COMMANDS: readonly WorkCommand[] = ['scan', 'normalize', 'dedupe', 'fix-text'];

const FLAGS: Record<WorkCommand, readonly string[]> = {
  scan: ['--json', '--owner', '--today'],
  normalize: ['--json', '--write', '--dry-run', '--plan'],
  dedupe: ['--json', '--write', '--dry-run', '--plan', '--all', '--delete', '--owner'],
  'fix-text': ['--jsonl'],
};

const WITH_VALUE = new Set(['--owner', '--today', '--plan']);
const HELP = new Set(['--help', '-h']);
const VERSION = new Set(['--version', '-v', '-V']);

function blank(): Args {
  return { command: 'help', topic: null, target: null, json: false, jsonl: false, write: false, all: false, deleteCrossNote: false, owner: null, today: null, plan: null };
}

export function parseArgs(argv: readonly string[]): Args {
  const args = blank();
  if (argv.length === 0) throw new UsageError('No command given.');
  const first = argv[0];
  if (HELP.has(first)) return args;
  if (first === 'help') {
    const topic = argv[1];
    if (topic === undefined) return args;
    if (!isWorkCommand(topic)) throw new UsageError(`Unknown command “${topic}”.${suggestion(topic, COMMANDS)}`);
    return { ...args, topic };
  }
  if (VERSION.has(first)) return { ...args, command: 'version' };
  if (!isWorkCommand(first)) {
    const hint = first.startsWith('-') ? ' Options come after the command.' : suggestion(first, COMMANDS);
    throw new UsageError(`Unknown command “${first}”.${hint}`);
  }
  const command = first;
  // `<command> --help` anywhere before `--` asks for that command's help, whatever else is on the line.
  const end = argv.indexOf('--');
  if (argv.slice(1, end === -1 ? undefined : end).some((a) => HELP.has(a))) return { ...args, topic: command };

  args.command = command;
  const positional: string[] = [];
  let optionsEnded = false;
  let dryRun = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? null : arg.slice(eq + 1);
    if (!FLAGS[command].includes(flag)) {
      throw new UsageError(`${command} does not take ${flag}.${suggestion(flag, FLAGS[command])}`, command);
    }
    if (WITH_VALUE.has(flag)) {
      let value = inline;
      if (value === null) {
        const next = argv[i + 1];
        // `--owner --json` is a forgotten value, not an owner called “--json”.
        if (next !== undefined && !(next.startsWith('-') && next.length > 1)) value = argv[++i];
      }
      if (value === null || value.trim() === '') throw new UsageError(`${flag} needs a value.`, command);
      if (flag === '--owner') args.owner = value.trim();
      if (flag === '--plan') args.plan = value;
      if (flag === '--today') {
        if (!isCalendarDate(value)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not “${value}”.`, command);
        args.today = value;
      }
    } else {
      if (inline !== null) throw new UsageError(`${flag} takes no value.`, command);
      if (flag === '--json') args.json = true;
      if (flag === '--jsonl') args.jsonl = true;
      if (flag === '--write') args.write = true;
      // The default, said out loud (the design notes call the preview a dry run).
      if (flag === '--dry-run') dryRun = true;
      if (flag === '--all') args.all = true;
      if (flag === '--delete') args.deleteCrossNote = true;
    }
  }
  if (args.plan !== null && !args.write) throw new UsageError('--plan applies a saved plan, so it goes with --write.', command);
  if (dryRun && args.write) throw new UsageError('--dry-run and --write contradict each other: leave out --write to preview.', command);
  if (command === 'fix-text') {
    if (positional.length > 0) throw new UsageError(`fix-text reads standard input and takes no file (use: meeting-intel fix-text < ${positional[0]}).`, command);
    return args;
  }
  const what = command === 'normalize' ? 'file or folder' : 'folder';
  // An empty argument is what an unset shell variable leaves: no target at all.
  if (positional.length === 1 && positional[0].trim() === '') throw new UsageError(`${command} needs a ${what}, and the one given is empty.`, command);
  if (positional.length === 0) throw new UsageError(`${command} needs a ${what}.`, command);
  if (positional.length > 1) {
    const list = positional.map((p) => `“${p}”`).join(', ');
    throw new UsageError(`${command} takes exactly one ${what}, but got ${positional.length}: ${list}. Quote a path that holds spaces.`, command);
  }
  args.target = positional[0];
  return args;
}

function isWorkCommand(word: string): word is WorkCommand {
  return (COMMANDS as readonly string[]).includes(word);
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** “ Did you mean --json?” when one known word is a slip of the pen away, else nothing. */
function suggestion(word: string, known: readonly string[]): string {
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(lower, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? ` Did you mean ${best}?` : '';
}

/** Edits between two words, a swap of two neighbours counting as one (`scna` is one slip from `scan`). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
