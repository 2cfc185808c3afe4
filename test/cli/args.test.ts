/** Parsing the command line: help wherever it is asked for, and a sentence for every mistake. */
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';

function usageMessage(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('reads a command, its target and its flags', () => {
    const args = parseArgs(['scan', 'vault', '--json', '--owner', 'Ana Ruiz', '--today=2026-01-05']);
    expect(args).toMatchObject({ command: 'scan', target: 'vault', json: true, owner: 'Ana Ruiz', today: '2026-01-05' });
  });

  it('treats no arguments at all as bad usage, not as a request for help', () => {
    expect(usageMessage([])).toMatch(/no command/i);
  });

  it('gives a command its own help for --help or -h anywhere on the line', () => {
    expect(parseArgs(['scan', '--help'])).toMatchObject({ command: 'help', topic: 'scan' });
    expect(parseArgs(['normalize', 'notes', '-h'])).toMatchObject({ command: 'help', topic: 'normalize' });
    expect(parseArgs(['help', 'dedupe'])).toMatchObject({ command: 'help', topic: 'dedupe' });
    expect(parseArgs(['-h'])).toMatchObject({ command: 'help', topic: null });
  });

  it('reads --version and -v', () => {
    expect(parseArgs(['--version']).command).toBe('version');
    expect(parseArgs(['-v']).command).toBe('version');
  });

  it('rejects a short option it does not know instead of taking it for the folder', () => {
    expect(usageMessage(['scan', '-j', 'vault'])).toContain('does not take -j');
  });

  it('suggests the option or command that was meant', () => {
    expect(usageMessage(['scan', 'vault', '--jsn'])).toContain('Did you mean --json?');
    expect(usageMessage(['scna', 'vault'])).toContain('Did you mean scan?');
    expect(usageMessage(['scan', 'vault', '--zzzzzz'])).not.toContain('Did you mean');
  });

  it('says that options come after the command', () => {
    expect(usageMessage(['--json', 'scan', 'vault'])).toContain('Options come after the command');
  });

  it('takes a folder whose name starts with a dash after --', () => {
    expect(parseArgs(['scan', '--json', '--', '-notes']).target).toBe('-notes');
    expect(parseArgs(['scan', '--', '--help']).target).toBe('--help');
  });

  it('says so when the target is an empty string (an unset shell variable)', () => {
    expect(usageMessage(['scan', ''])).toBe('scan needs a folder, and the one given is empty.');
  });

  it('names every extra argument and hints at quoting a path with spaces', () => {
    const message = usageMessage(['scan', 'My', 'Vault']);
    expect(message).toContain('“My”, “Vault”');
    expect(message).toMatch(/quote/i);
  });

  it('does not take the next option as the value of --owner', () => {
    expect(usageMessage(['scan', 'vault', '--owner', '--json'])).toContain('--owner needs a value');
    expect(usageMessage(['scan', 'vault', '--owner', '  '])).toContain('--owner needs a value');
  });

  it('refuses a --today that is no day of the calendar', () => {
    expect(usageMessage(['scan', 'vault', '--today', '2025-02-30'])).toContain('2025-02-30');
    expect(parseArgs(['scan', 'vault', '--today', '2024-02-29']).today).toBe('2024-02-29');
  });

  it('refuses flags the command does not take, and a value on a switch', () => {
    expect(usageMessage(['scan', 'vault', '--write'])).toContain('scan does not take --write');
    expect(usageMessage(['scan', 'vault', '--json=yes'])).toContain('--json takes no value');
  });

  it('takes --dry-run as the preview it is by default, and refuses it with --write', () => {
    expect(parseArgs(['normalize', 'notes', '--dry-run'])).toMatchObject({ command: 'normalize', write: false });
    expect(parseArgs(['dedupe', 'notes', '--dry-run', '--json'])).toMatchObject({ command: 'dedupe', write: false, json: true });
    expect(usageMessage(['dedupe', 'notes', '--dry-run', '--write'])).toContain('contradict');
  });

  it('takes --plan only with --write', () => {
    expect(parseArgs(['normalize', 'notes', '--write', '--plan', 'saved.json'])).toMatchObject({ write: true, plan: 'saved.json' });
    expect(usageMessage(['dedupe', 'notes', '--plan', 'saved.json'])).toContain('goes with --write');
    expect(usageMessage(['scan', 'notes', '--plan', 'saved.json'])).toContain('scan does not take --plan');
  });

  it('tells fix-text users to pipe the file in', () => {
    expect(usageMessage(['fix-text', 'notes.txt'])).toContain('fix-text < notes.txt');
  });
});
