/**
 * The command line end to end: the real entry point run as a child process over
 * the demo vault and over temporary copies of it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const VAULT = join(ROOT, 'fixtures/vault');
const temps: string[] = [];

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function tempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
  temps.push(dir);
  cpSync(VAULT, dir, { recursive: true });
  return dir;
}

afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('meeting-intel scan', () => {
  const scan = cli(['scan', VAULT, '--json']);
  const json = JSON.parse(scan.out) as Record<string, unknown[]> & { owner: string };

  it('prints one JSON object with the documented keys', () => {
    for (const key of ['notes', 'tasks', 'decisions', 'facts', 'people', 'accounts', 'meetings', 'mojibake', 'duplicates', 'problems']) {
      expect(Array.isArray(json[key]), key).toBe(true);
    }
  });

  it('adds risks, open questions and outcomes, and how sure each due date is', () => {
    for (const key of ['risks', 'questions', 'outcomes']) expect(Array.isArray(json[key]), key).toBe(true);
    const tasks = json.tasks as { due: string | null; dueCertainty: string | null }[];
    expect(tasks.some((t) => t.due !== null)).toBe(true);
    for (const t of tasks) expect(t.due === null ? t.dueCertainty === null : ['exact', 'likely', 'vague'].includes(t.dueCertainty as string)).toBe(true);
  });

  it('exits 1 because the demo vault holds a binary file, and reports it once, as binary', () => {
    expect(scan.code).toBe(1);
    const junk = (json.problems as { path: string; kind: string }[]).filter((p) => p.path === 'Malformed/binary-junk.md');
    expect(junk.map((p) => p.kind)).toEqual(['binary']);
  });

  it('uses relative /-separated paths and 1-based lines', () => {
    const tasks = json.tasks as { path: string; line: number }[];
    expect(tasks.length).toBeGreaterThan(20);
    for (const t of tasks) {
      expect(t.path.startsWith('/')).toBe(false);
      expect(t.path.includes('\\')).toBe(false);
      expect(t.line).toBeGreaterThan(0);
      const lines = readFileSync(join(VAULT, t.path), 'utf8').split('\n');
      expect(lines[t.line - 1]).toMatch(/\[.\]/);
    }
  });

  it('guesses the owner from source_ref and never lists roles as people', () => {
    expect(json.owner).toBe('Priya Raman');
    const names = (json.people as { name: string }[]).map((p) => p.name);
    expect(names).toContain('Priya Raman');
    expect(names).not.toContain('HR');
    expect(names).not.toContain('TBD');
    expect(names).not.toContain('Myself');
  });

  it('honours --owner', () => {
    const other = JSON.parse(cli(['scan', VAULT, '--json', '--owner', 'Ana Ferreira']).out) as { owner: string };
    expect(other.owner).toBe('Ana Ferreira');
  });

  it('prints a readable report without --json', () => {
    const report = cli(['scan', VAULT]);
    expect(report.out).toMatch(/notes · \d+ meetings · \d+ people/);
    expect(report.out).toContain('Open tasks by owner');
  });
});

describe('meeting-intel normalize', () => {
  it('prints a unified diff and writes nothing without --write', () => {
    const dir = tempCopy();
    const before = readFileSync(join(dir, 'Meetings/2025-10-29 1-1 Tomasz Wren.md'), 'utf8');
    const run = cli(['normalize', join(dir, 'Meetings')]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('--- a/2025-10-29 1-1 Tomasz Wren.md');
    expect(run.out).toMatch(/^\+.*📅/m);
    expect(readFileSync(join(dir, 'Meetings/2025-10-29 1-1 Tomasz Wren.md'), 'utf8')).toBe(before);
  });

  it('applies with --write, keeps a backup, and is idempotent', () => {
    const dir = tempCopy();
    const file = join(dir, 'Meetings/2025-10-29 1-1 Tomasz Wren.md');
    const before = readFileSync(file, 'utf8');
    const run = cli(['normalize', file, '--write']);
    expect(run.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    expect(after).not.toMatch(/üìÖ/);
    const backups = join(dir, 'Meetings/.meeting-intel/backup');
    expect(existsSync(backups)).toBe(true);
    const stamp = readdirSync(backups)[0];
    expect(readFileSync(join(backups, stamp, '2025-10-29 1-1 Tomasz Wren.md'), 'utf8')).toBe(before);
    const again = cli(['normalize', file, '--json']);
    expect((JSON.parse(again.out) as { plans: unknown[] }).plans).toEqual([]);
  });

  it('in a folder, leaves a link that reaches a note as written, and repairs one that reaches a note once repaired', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
    temps.push(dir);
    // The note's own text is broken too, so link targets are judged by whether they reach a note.
    const note = '# Sync\n\nWe didnâ€™t finish.\n\n- See [[CafÃ© menu]] and [[SÃ£o Paulo office]]\n';
    writeFileSync(join(dir, 'Sync.md'), note);
    writeFileSync(join(dir, 'CafÃ© menu.md'), '# Menu\n');
    writeFileSync(join(dir, 'São Paulo office.md'), '# Office\n');
    const run = cli(['normalize', dir, '--write']);
    expect(run.code).toBe(0);
    const after = readFileSync(join(dir, 'Sync.md'), 'utf8');
    expect(after).toContain('We didn’t finish.');
    expect(after).toContain('[[CafÃ© menu]]');
    expect(after).toContain('[[São Paulo office]]');
  });

  it('gives edits with offsets and the text they replace in --json', () => {
    const run = cli(['normalize', join(VAULT, 'Meetings/2025-10-29 1-1 Tomasz Wren.md'), '--json']);
    const out = JSON.parse(run.out) as { plans: { path: string; hash: string; edits: { start: number; end: number; before: string; replacement: string; reason: string }[] }[] };
    const text = readFileSync(join(VAULT, 'Meetings/2025-10-29 1-1 Tomasz Wren.md'), 'utf8');
    expect(out.plans).toHaveLength(1);
    for (const e of out.plans[0].edits) {
      expect(text.slice(e.start, e.end)).toBe(e.before);
      expect(e.reason.length).toBeGreaterThan(5);
    }
  });
});

describe('meeting-intel normalize --write --plan', () => {
  it('writes exactly the plans saved from --json, and leaves a note changed since the preview', () => {
    const dir = tempCopy();
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, cli(['normalize', join(dir, 'Meetings'), '--json']).out);
    const saved = JSON.parse(readFileSync(planFile, 'utf8')) as { plans: { path: string }[] };
    expect(saved.plans.length).toBeGreaterThan(1);
    const [edited, ...others] = saved.plans.map((p) => join(dir, 'Meetings', p.path));
    const editedText = `${readFileSync(edited, 'utf8')}- [ ] Written while the preview was open\n`;
    writeFileSync(edited, editedText);
    const before = others.map((f) => readFileSync(f, 'utf8'));

    const run = cli(['normalize', join(dir, 'Meetings'), '--write', '--plan', planFile]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`skipped ${saved.plans[0].path}: changed since the plan was made`);
    expect(readFileSync(edited, 'utf8')).toBe(editedText);
    others.forEach((f, i) => expect(readFileSync(f, 'utf8')).not.toBe(before[i]));
    expect(run.out).toMatch(new RegExp(`applied to ${others.length} files; 1 file left unchanged`));
  });
});

describe('meeting-intel dedupe', () => {
  it('applies with --write, and a second run plans nothing', () => {
    const dir = tempCopy();
    const first = cli(['dedupe', dir, '--write']);
    expect(first.out).toMatch(/\d+ changes? applied to \d+ files?/);
    const again = JSON.parse(cli(['dedupe', dir, '--json']).out) as { plans: { path: string; edits: unknown[] }[] };
    expect(again.plans).toEqual([]);
  });

  it('lists only file problems on stderr, and counts the notes’ other problems for scan to show', () => {
    const run = cli(['dedupe', VAULT]);
    const lines = run.err.trim().split('\n');
    expect(lines.some((l) => l.startsWith('Malformed/binary-junk.md: binary:'))).toBe(true);
    expect(lines.some((l) => /: (yaml|template-leftover|meeting-conflict|unresolved-name):/.test(l))).toBe(false);
    expect(lines[lines.length - 1]).toMatch(/^\(\d+ more problems? in what the notes say; `meeting-intel scan .*` lists them\)$/);
  });

  it('marks duplicates in other notes with a link the canonical line now carries', () => {
    const dir = tempCopy();
    cli(['dedupe', dir, '--write']);
    const all = readdirSync(join(dir, 'Meetings')).map((f) => readFileSync(join(dir, 'Meetings', f), 'utf8')).join('\n');
    const links = [...all.matchAll(/\(duplicate of \[\[([^\]#]+)#\^([a-z0-9-]+)\]\]\)/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, , id] of links) expect(all).toMatch(new RegExp(`\\^${id}\\s*$`, 'm'));
  });
});

describe('meeting-intel fix-text', () => {
  it('repairs plain lines, line for line', () => {
    const run = cli(['fix-text'], 'Due ðŸ“… 2025-10-26 â«\nCrème brûlée\n\nit‚Äôs\n');
    expect(run.out).toBe('Due 📅 2025-10-26 ⏫\nCrème brûlée\n\nit’s\n');
  });

  it('with --jsonl, keeps any character, newlines included', () => {
    const run = cli(['fix-text', '--jsonl'], `${JSON.stringify('a\nb donâ€™t')}\n${JSON.stringify('SÃO PAULO')}\n`);
    expect(run.out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as string)).toEqual(['a\nb don’t', 'SÃO PAULO']);
  });

  it('keeps CRLF line breaks and a last line without one', () => {
    expect(cli(['fix-text'], 'a â€”\r\nb').out).toBe('a —\r\nb');
  });

  it('reports a line that is not a JSON string', () => {
    const run = cli(['fix-text', '--jsonl'], '{"a":1}\n');
    expect(run.code).toBe(1);
    expect(run.err).toContain('line 1');
  });
});

describe('usage', () => {
  it('exits 2 on bad usage', () => {
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['scan']).code).toBe(2);
    expect(cli(['scan', VAULT, '--write']).code).toBe(2);
  });

  it('exits 2 for a folder that does not exist, with a sentence and no stack trace', () => {
    const run = cli(['scan', join(ROOT, 'no-such-folder')]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`No such folder: ${join(ROOT, 'no-such-folder')}`);
    expect(run.err).not.toMatch(/ENOENT|\n\s+at /);
  });

  it('exits 2 for a file where a folder is wanted', () => {
    const run = cli(['scan', join(VAULT, 'Meetings/2025-10-29 1-1 Tomasz Wren.md')]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('scan takes a folder');
  });

  it('exits 2 with no arguments, the usage on stderr and nothing on stdout', () => {
    const run = cli([]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('meeting-intel --help');
  });

  it('prints a command’s help on stdout for --help, and exits 0', () => {
    const run = cli(['scan', VAULT, '--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: meeting-intel scan <folder>');
    expect(run.out).toContain('Exit status');
  });

  it('prints the package version, also when run from the source', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(cli(['--version']).out).toBe(`${version}\n`);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts scan fixtures/vault --json | head -c 20 >/dev/null`], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('refuses to write a file that is not valid UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
    temps.push(dir);
    const bytes = Buffer.concat([Buffer.from('---\ntype: 1-1\ndate: 2026-01-02\ncreated: { { DATE } }\n---\n# caf'), Buffer.from([0xe9]), Buffer.from(' ðŸ“…\n')]);
    writeFileSync(join(dir, 'latin.md'), bytes);
    const run = cli(['normalize', dir, '--write']);
    expect(readFileSync(join(dir, 'latin.md')).equals(bytes)).toBe(true);
    expect(run.err).toContain('Not valid UTF-8');
    expect(run.code).toBe(1);
    // The summary counts what was written, not what was planned.
    expect(run.out).toContain('0 changes applied to 0 files; 1 file left unchanged');
  });

  it('reads a Windows-1252 file as such, and says it is not UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
    temps.push(dir);
    const note = '---\ntype: 1-1\ndate: 2026-01-02\nparticipants: [Sofía Castaño]\n---\n- [ ] Send the plan @Sofía Castaño\n';
    writeFileSync(join(dir, 'cp1252.md'), Buffer.from(note, 'latin1'));
    const json = JSON.parse(cli(['scan', dir, '--json']).out) as { tasks: { owner: string }[]; problems: { kind: string }[] };
    expect(json.tasks.map((t) => t.owner)).toEqual(['Sofía Castaño']);
    expect(json.problems.map((p) => p.kind)).toContain('not-utf8');
  });

  it('keeps a byte-order mark when it writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
    temps.push(dir);
    writeFileSync(join(dir, 'bom.md'), '\uFEFF---\ntype: 1-1\ndate: 2026-01-02\n---\n- [ ] Send it @Bob Lee Lee\n');
    cli(['normalize', dir, '--write']);
    const after = readFileSync(join(dir, 'bom.md'));
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.toString('utf8')).toContain('@Bob Lee\n');
  });

  it('backs up every file one run writes under one folder', () => {
    const dir = tempCopy();
    cli(['dedupe', dir, '--write']);
    const stamps = readdirSync(join(dir, '.meeting-intel', 'backup'));
    expect(stamps).toHaveLength(1);
  });
});
