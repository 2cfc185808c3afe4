/** Command-line arguments: small enough to parse by hand, strict enough to say what is wrong. */

export class UsageError extends Error {}

export type Command = 'scan' | 'normalize' | 'dedupe' | 'fix-text' | 'help' | 'version';

export interface Args {
  command: Command;
  target: string | null;
  json: boolean;
  jsonl: boolean;
  write: boolean;
  all: boolean;
  deleteCrossNote: boolean;
  owner: string | null;
  today: string | null;
}

const FLAGS: Record<Command, readonly string[]> = {
  scan: ['--json', '--owner', '--today'],
  normalize: ['--json', '--write'],
  dedupe: ['--json', '--write', '--all', '--delete', '--owner'],
  'fix-text': ['--jsonl'],
  help: [],
  version: [],
};

const WITH_VALUE = new Set(['--owner', '--today']);

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: 'help', target: null, json: false, jsonl: false, write: false, all: false, deleteCrossNote: false, owner: null, today: null };
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return args;
  if (argv[0] === '--version' || argv[0] === '-v') return { ...args, command: 'version' };
  const command = argv[0] as Command;
  if (!(command in FLAGS) || command === 'help' || command === 'version') throw new UsageError(`Unknown command “${argv[0]}”.`);
  args.command = command;
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    if (!FLAGS[command].includes(flag)) throw new UsageError(`${command} does not take ${flag}.`);
    if (WITH_VALUE.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value.`);
      if (flag === '--owner') args.owner = value;
      if (flag === '--today') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError('--today takes a date as YYYY-MM-DD.');
        args.today = value;
      }
    } else {
      if (inline !== null) throw new UsageError(`${flag} takes no value.`);
      if (flag === '--json') args.json = true;
      if (flag === '--jsonl') args.jsonl = true;
      if (flag === '--write') args.write = true;
      if (flag === '--all') args.all = true;
      if (flag === '--delete') args.deleteCrossNote = true;
    }
  }
  if (command === 'fix-text') {
    if (positional.length > 0) throw new UsageError('fix-text reads standard input and takes no file.');
    return args;
  }
  if (positional.length !== 1) throw new UsageError(`${command} takes exactly one ${command === 'normalize' ? 'file or folder' : 'folder'}.`);
  args.target = positional[0];
  return args;
}
