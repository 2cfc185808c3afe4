/**
 * The demo vault against its ground truth: every note in `fixtures/vault` is
 * parsed with `parseNote` and compared with `fixtures/expected.json`, the
 * malformed notes must report the right problems without throwing, and a
 * generated 5 MB note must not bring the parser down.
 */
import * as fs from 'fs';
import * as path from 'path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNote } from '../src/core/parse/index';
import type { Note, ProblemKind, Task } from '../src/core/model';
import { lineOf, lineStarts } from '../src/core/text';

const repoRoot = path.resolve(__dirname, '..');
const vaultDir = path.join(repoRoot, 'fixtures', 'vault');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');

/** One task as `expected.json` records it; optional keys are checked only when present. */
interface ExpectedTask {
  line: number;
  status: string;
  assignee: string | null;
  due: string | null;
  priority: string | null;
  /** The start of `Task.text`. */
  text: string;
  section: string;
  duePhrase?: string;
  startDate?: string;
  scheduled?: string;
  created?: string;
  done?: string;
  cancelled?: string;
  recurrence?: string;
  id?: string;
  dependsOn?: string[];
  onCompletion?: string;
  blockId?: string;
  tags?: string[];
  indent?: number;
  fields?: Record<string, string>;
}

interface ExpectedTranscript {
  lines: number;
  terminated: boolean;
  sources: string[];
  speakers: string[];
  spoken: Record<string, number>;
}

interface ExpectedNote {
  type?: string | null;
  date?: string | null;
  title?: string | null;
  participants?: string[];
  counterpart?: string | null;
  account?: string | null;
  aliases?: string[];
  tasks?: ExpectedTask[];
  items?: Record<string, number>;
  transcript?: ExpectedTranscript | null;
  problems: ProblemKind[];
  mojibake?: boolean;
  bom?: boolean;
  eol?: '\n' | '\r\n';
  /** The file line of the first YAML error (the reported line must fall inside the frontmatter). */
  yamlErrorLine?: number;
}

interface Expected {
  owner: string;
  notes: Record<string, ExpectedNote>;
}

const expected = JSON.parse(fs.readFileSync(path.join(repoRoot, 'fixtures', 'expected.json'), 'utf8')) as Expected;

/** Every file under `dir`, as `/`-separated paths relative to it. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

function readFixture(rel: string): string {
  return fs.readFileSync(path.join(vaultDir, rel), 'utf8');
}

/** A key the expectation records explicitly (absent keys are not checked). */
function has<K extends keyof ExpectedNote>(e: ExpectedNote, key: K): boolean {
  return Object.prototype.hasOwnProperty.call(e, key);
}

const stripHash = (tag: string): string => tag.replace(/^#/, '');

function checkTask(actual: Task, want: ExpectedTask, text: string, starts: number[]): void {
  const where = `task on line ${want.line}`;
  expect(actual.line, where).toBe(want.line);
  expect(actual.status, `${where}: status`).toBe(want.status);
  expect(actual.assignee, `${where}: assignee`).toBe(want.assignee);
  expect(actual.due, `${where}: due`).toBe(want.due);
  expect(actual.priority, `${where}: priority`).toBe(want.priority);
  expect(actual.text.startsWith(want.text), `${where}: text ${JSON.stringify(actual.text)} should start with ${JSON.stringify(want.text)}`).toBe(true);
  expect(actual.section, `${where}: section`).toBe(want.section);
  // The span points at this very line of the stored text.
  expect(lineOf(starts, actual.start), `${where}: span start`).toBe(want.line);
  expect(text.slice(actual.start, actual.end), `${where}: span text`).toContain(`[${want.status}]`);
  expect(text.slice(actual.start, actual.end), `${where}: span excludes the line break`).not.toMatch(/[\r\n]/);

  if (want.startDate !== undefined) expect(actual.startDate, `${where}: start date`).toBe(want.startDate);
  if (want.scheduled !== undefined) expect(actual.scheduled, `${where}: scheduled`).toBe(want.scheduled);
  if (want.created !== undefined) expect(actual.created, `${where}: created`).toBe(want.created);
  if (want.done !== undefined) expect(actual.done, `${where}: done`).toBe(want.done);
  if (want.cancelled !== undefined) expect(actual.cancelled, `${where}: cancelled`).toBe(want.cancelled);
  if (want.recurrence !== undefined) expect(actual.recurrence, `${where}: recurrence`).toBe(want.recurrence);
  if (want.id !== undefined) expect(actual.id, `${where}: id`).toBe(want.id);
  if (want.dependsOn !== undefined) expect(actual.dependsOn, `${where}: depends on`).toEqual(want.dependsOn);
  if (want.onCompletion !== undefined) expect(actual.onCompletion, `${where}: on completion`).toBe(want.onCompletion);
  if (want.blockId !== undefined) expect(actual.blockId, `${where}: block id`).toBe(want.blockId);
  if (want.tags !== undefined) expect(actual.tags.map(stripHash), `${where}: tags`).toEqual(want.tags);
  if (want.indent !== undefined) expect(actual.indent, `${where}: nested`).toBeGreaterThan(0);
  else expect(actual.indent, `${where}: top level`).toBe(0);
  if (want.fields !== undefined) expect(actual.fields, `${where}: Dataview fields`).toMatchObject(want.fields);
  // A due date written in words is not a signifier: the task keeps the phrase in its text.
  if (want.duePhrase !== undefined) expect(actual.text, `${where}: due phrase kept`).toContain(want.duePhrase);
}

function checkNote(note: Note, want: ExpectedNote, text: string): void {
  if (has(want, 'type')) expect(note.type, 'type').toBe(want.type);
  if (has(want, 'date')) expect(note.date, 'date').toBe(want.date);
  if (has(want, 'title')) expect(note.title, 'title').toBe(want.title);
  if (has(want, 'participants')) expect(note.participants, 'participants').toEqual(want.participants);
  if (has(want, 'counterpart')) expect(note.counterpart, 'counterpart').toBe(want.counterpart);
  if (has(want, 'account')) expect(note.account, 'account').toBe(want.account);
  if (has(want, 'aliases')) expect(note.aliases, 'aliases').toEqual(want.aliases);
  if (has(want, 'bom')) expect(note.bom, 'bom').toBe(want.bom);
  if (has(want, 'eol')) expect(note.eol, 'eol').toBe(want.eol);

  if (want.tasks) {
    const starts = lineStarts(text);
    expect(note.tasks.map((t) => t.line), 'task lines').toEqual(want.tasks.map((t) => t.line));
    want.tasks.forEach((t, i) => checkTask(note.tasks[i], t, text, starts));
  }

  if (want.items) {
    for (const [kind, count] of Object.entries(want.items)) {
      expect(note.items.filter((item) => item.kind === kind).length, `${kind} items`).toBe(count);
    }
  }

  if (has(want, 'transcript')) {
    const t = want.transcript;
    if (!t) {
      expect(note.transcript, 'no transcript').toBeNull();
    } else {
      expect(note.transcript, 'transcript').not.toBeNull();
      const actual = note.transcript!;
      expect(actual.lines.length, 'transcript lines').toBe(t.lines);
      expect(actual.endLine === null, 'transcript unterminated').toBe(!t.terminated);
      expect([...new Set(actual.lines.map((l) => l.source))], 'transcript sources').toEqual(t.sources);
      const speakers = actual.lines.map((l) => l.speaker).filter((s): s is string => s !== null);
      expect([...new Set(speakers)], 'glued speakers').toEqual(t.speakers);
      for (const [name, count] of Object.entries(t.spoken)) {
        expect(speakers.filter((s) => s === name).length, `lines spoken by ${name}`).toBe(count);
      }
      for (const line of actual.lines) {
        expect(line.text.length, `transcript line ${line.line} keeps its text`).toBeGreaterThan(0);
        if (line.speaker) expect(line.text.startsWith(line.speaker), `speaker split from line ${line.line}`).toBe(false);
      }
    }
  }

  const kinds = new Set(note.problems.map((p) => p.kind));
  for (const kind of want.problems) expect(kinds.has(kind), `problem ${kind} reported`).toBe(true);
  const allowed = new Set<ProblemKind>(want.problems);
  if (want.mojibake) allowed.add('possible-mojibake');
  for (const kind of kinds) expect(allowed.has(kind), `unexpected problem ${kind}`).toBe(true);
}

describe('fixtures/expected.json', () => {
  it('covers every file of the demo vault', () => {
    expect(listFiles(vaultDir)).toEqual(Object.keys(expected.notes).sort());
  });

  it('holds at least fifteen meeting notes', () => {
    const meetings = Object.entries(expected.notes).filter(([p]) => p.startsWith('Meetings/'));
    expect(meetings.length).toBeGreaterThanOrEqual(15);
  });
});

describe('parseNote on the demo vault', () => {
  for (const [rel, want] of Object.entries(expected.notes)) {
    it(rel, () => {
      const text = readFixture(rel);
      const note = parseNote(rel, text);
      expect(note.path).toBe(rel);
      checkNote(note, want, text);
    });
  }
});

describe('malformed notes', () => {
  const flag = '__MEETING_INTEL_FRONTMATTER_EXECUTED__';
  const g = globalThis as Record<string, unknown>;
  afterAll(() => {
    delete g[flag];
  });

  it('never run frontmatter code (---js, ---javascript)', () => {
    for (const rel of ['Malformed/frontmatter-js.md', 'Malformed/frontmatter-javascript.md']) {
      const note = parseNote(rel, readFixture(rel));
      expect(g[flag], rel).toBeUndefined();
      const problem = note.problems.find((p) => p.kind === 'frontmatter-code');
      expect(problem, rel).toBeDefined();
      expect(problem!.line, rel).toBe(1);
    }
  });

  it('reports the YAML error on a line inside the frontmatter, and still reads the fallback values', () => {
    const rel = 'Malformed/malformed-yaml.md';
    const note = parseNote(rel, readFixture(rel));
    const problem = note.problems.find((p) => p.kind === 'yaml');
    expect(problem?.line).toBeTypeOf('number');
    expect(problem!.line!).toBeGreaterThanOrEqual(2);
    expect(problem!.line!).toBeLessThanOrEqual(note.frontmatter?.endLine ?? 12);
    expect(note.frontmatter?.fallback).toBe(true);
  });

  it('reports template leftovers with their lines and never takes them as values', () => {
    const rel = 'Malformed/template-leftovers.md';
    const text = readFixture(rel);
    const note = parseNote(rel, text);
    const leftovers = note.problems.filter((p) => p.kind === 'template-leftover');
    expect(leftovers.map((p) => p.line)).toContain(3);
    expect(note.frontmatter?.leftovers.map((l) => l.key)).toContain('created');
    expect(JSON.stringify(note.frontmatter?.data ?? {})).not.toContain('[object Object]');
    expect(note.date).toBeNull();
    expect(note.counterpart).toBeNull();
  });

  it('reads an unterminated transcript to the end of the file', () => {
    const rel = 'Malformed/unterminated-transcript.md';
    const text = readFixture(rel);
    const note = parseNote(rel, text);
    const lastLine = text.trimEnd().split('\n').length;
    expect(note.transcript?.lines.at(-1)?.line).toBe(lastLine);
    expect(note.transcript?.endLine).toBeNull();
    expect(note.problems.find((p) => p.kind === 'unterminated-transcript')?.line).toBeTypeOf('number');
  });

  it('keeps offsets in the stored text for CRLF and BOM notes', () => {
    for (const rel of ['Malformed/crlf.md', 'Malformed/bom.md']) {
      const text = readFixture(rel);
      const note = parseNote(rel, text);
      expect(note.tasks.length, rel).toBeGreaterThan(0);
      for (const task of note.tasks) {
        const slice = text.slice(task.start, task.end);
        expect(slice, rel).toContain(task.status === ' ' ? '[ ]' : `[${task.status}]`);
        expect(slice.endsWith('\r'), `${rel}: span excludes the CR`).toBe(false);
      }
    }
  });

  it('never throws on truncated, odd or hostile text', () => {
    const samples = [
      '',
      '\ufeff',
      '---',
      '---\n',
      '---\n---',
      '---js\n',
      '\u0000\u0000\u0000',
      '- [',
      '- [ ]',
      '- [ ] @',
      '- [ ] task 📅',
      '- [ ] task 📅 2025-13-45',
      '<!-- ai:transcript:start -->',
      '<!-- ai:transcript:start -->\n```text\n[00:00',
      '<!-- ai:transcript:end -->',
      '# \n## \n### ',
      '\r\n\r\n\r',
      '[[',
      '[[]]',
      '**Date**:',
      'created: { { DATE } }',
    ];
    for (const sample of samples) {
      expect(() => parseNote('sample.md', sample), JSON.stringify(sample)).not.toThrow();
    }
  });
});

describe('a 5 MB note', () => {
  it('parses without throwing', () => {
    const base = readFixture('Meetings/2025-10-14 1-1 Çağla Yıldız.md');
    const start = base.indexOf('```text\n') + '```text\n'.length;
    const end = base.indexOf('```', start);
    const head = base.slice(0, start);
    const tail = base.slice(end);
    const speech = base.slice(start, end);
    const chunks: string[] = [];
    let size = head.length + tail.length;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      chunks.push(speech);
      size += speech.length;
    }
    const text = head + chunks.join('') + tail;
    expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const note = parseNote('Meetings/huge.md', text);
    const tooLarge = note.problems.some((p) => p.kind === 'too-large');
    // Parsed in full or reported as too large; never a crash.
    if (!tooLarge) {
      expect(note.tasks.length).toBe(6);
      expect(note.transcript?.lines.length).toBe(17 * chunks.length);
    }
  });
});

describe.skipIf(!fs.existsSync(seedsDir))('the fixtures are invented', () => {
  it('share no participant name with the private seeds', () => {
    const names = new Set<string>();
    for (const file of fs.readdirSync(seedsDir)) {
      const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
      for (const m of text.matchAll(/^(?:- |\s+- )"?([A-Z][\w'-]+ [A-Z][\w'-]+)"?\s*$/gm)) names.add(m[1]);
      for (const m of text.matchAll(/^participants: \[(.*)\]$/gm)) {
        for (const n of m[1].split(',')) names.add(n.trim().replace(/^"|"$/g, ''));
      }
      for (const m of text.matchAll(/^person: "?([^"\n]+)"?$/gm)) names.add(m[1].trim());
    }
    names.delete('');
    const fixtures = listFiles(vaultDir).map((rel) => readFixture(rel)).join('\n');
    for (const name of names) expect(fixtures.includes(name), name).toBe(false);
  });
});
