/**
 * People on a generated vault (default 10,000 notes): every written name of the
 * meeting notes gathered as `build.ts` gathers them, then
 * - `collectPeople` over all of them (the known people, aliases, unresolved, roles);
 * - `resolve` of every mention again, as the graph does per task and participant.
 * Target: both together ≤ 150 ms at 10,000 notes, growing linearly with the vault.
 *
 * Runnable alone: `npx tsx bench/people.ts [n]`; `--people=P` runs n synthetic meetings among P people
 * instead, to see the cost grow with the number of people too. Parsing is not what is measured here,
 * so the mentions are kept in `bench/out/people-names-<n>.json` after the first run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, benchVault, listMarkdown, vaultPath } from './vault';
import { analyseFile, classify, declaredPeople, mentionsOf } from '../src/core/graph/build';
import { finish } from '../src/core/steps';
import { collectPeople, type DeclaredPerson, type NameMention } from '../src/core/graph/names';

interface Workload {
  mentions: NameMention[];
  declared: DeclaredPerson[];
  /** What build.ts resolves after `collectPeople`: each task's assignee (or section owner) with its note's participants. */
  tasks: { written: string; path: string; participants: readonly string[] }[];
}

/** The vault's names, from the cache when an earlier run kept them. */
export function loadWorkload(n: number): Workload {
  const cache = path.join(BENCH_DIR, 'out', `people-names-${n}.json`);
  if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8')) as Workload;
  const dir = benchVault(n);
  const notes = listMarkdown(dir).map((f) => analyseFile(vaultPath(dir, f), fs.readFileSync(f, 'utf8')).note);
  // The graph's own split of notes and its own gathering of names.
  const roles = new Map(notes.map((note) => [note.path, classify(note, {})]));
  const declared = declaredPeople(notes, roles);
  const meetings = notes.filter((note) => roles.get(note.path) === 'meeting');
  const tasks: Workload['tasks'] = [];
  for (const note of meetings) {
    for (const t of note.tasks) {
      const written = t.assignee ?? t.sectionFor;
      if (written) tasks.push({ written, path: note.path, participants: note.participants });
    }
  }
  const workload = { mentions: finish(mentionsOf(meetings, declared)), declared, tasks };
  // Participants lists shared between a note's mentions are written once per mention: fine for a cache.
  fs.writeFileSync(cache, JSON.stringify(workload));
  return workload;
}

/**
 * Parsed JSON gives each mention its own path string and participants array; the graph's mentions of one
 * note share the note's. Share them again, per note, as the graph does.
 */
function shareNotes(w: Workload): void {
  const notes = new Map<string, { path: string; lists: Map<string, readonly string[]> }>();
  const share = (path: string, list: readonly string[]) => {
    let note = notes.get(path);
    if (!note) notes.set(path, (note = { path, lists: new Map() }));
    const key = list.join('\u0001');
    let known = note.lists.get(key);
    if (!known) note.lists.set(key, (known = list));
    return { path: note.path, list: known };
  };
  for (const m of [...w.mentions, ...w.tasks]) {
    const shared = share(m.path, m.participants);
    m.path = shared.path;
    m.participants = shared.list;
  }
}

/**
 * A vault with many people, which the generated vault (a few dozen people) does not have: `notes` meetings
 * of 3–6 people out of `people`, each naming its people in full, by first name, by initials (`AL`,
 * `A. Lee`), with a slip of spelling now and then, and giving tasks to them. Deterministic.
 */
export function syntheticWorkload(notes: number, people: number): Workload {
  const firsts = ['Ann', 'Bo', 'Cleo', 'Dana', 'Emil', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia', 'Quin', 'Rafa', 'Sol', 'Tove', 'Uma', 'Vik', 'Wim', 'Xia', 'Yara', 'Zeno'];
  const syllables = ['ba', 'ker', 'lin', 'dor', 'sen', 'ma', 'ro', 'vak', 'tal', 'quist', 'ner', 'zo', 'hal', 'pet', 'ruud', 'mon'];
  let seed = 42;
  const next = (n: number) => {
    // mulberry32: small, and random enough in its low bits for `% n`.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const everyone: string[] = [];
  for (let i = 0; i < people; i++) {
    const last = syllables[i % 16] + syllables[Math.floor(i / 16) % 16] + syllables[Math.floor(i / 256) % 16];
    everyone.push(`${firsts[next(firsts.length)]} ${last.charAt(0).toUpperCase()}${last.slice(1)}`);
  }
  const mentions: NameMention[] = [];
  const tasks: Workload['tasks'] = [];
  for (let n = 0; n < notes; n++) {
    const path = `Meetings/${n}.md`;
    const participants = Array.from({ length: 3 + next(4) }, () => everyone[next(people)]);
    for (const p of participants) mentions.push({ written: p, path, participants });
    for (let k = 0; k < 8; k++) {
      const [first, last] = participants[next(participants.length)].split(' ');
      const forms = [`@${first} ${last}`, first, `${first[0]}${last[0]}`, `${first[0]}. ${last}`, `${first} ${last.slice(0, -1)}`, `${first} ${last} ${last}`, '@Myself', 'TBD'];
      const written = forms[next(forms.length)];
      mentions.push({ written, path, participants });
      tasks.push({ written, path, participants });
    }
  }
  return { mentions, declared: [], tasks };
}

export async function runPeopleBench(opts: { n?: number; runs?: number; people?: number } = {}): Promise<{ collectMs: number; resolveMs: number; tasksMs: number }> {
  const n = opts.n ?? 10000;
  const w = opts.people ? syntheticWorkload(n, opts.people) : loadWorkload(n);
  if (!opts.people) shareNotes(w);
  let collectMs = Infinity;
  let resolveMs = Infinity;
  let tasksMs = Infinity;
  let found = 0;
  let firstMs = 0;
  for (let run = 0; run < (opts.runs ?? 5); run++) {
    let t = performance.now();
    const people = collectPeople(w.mentions, w.declared, null);
    collectMs = Math.min(collectMs, performance.now() - t);
    if (run === 0) firstMs = performance.now() - t;
    found = people.people.length;
    t = performance.now();
    for (const m of w.mentions) people.resolve(m.written, m.participants);
    resolveMs = Math.min(resolveMs, performance.now() - t);
    t = performance.now();
    for (const task of w.tasks) people.resolve(task.written, task.participants);
    tasksMs = Math.min(tasksMs, performance.now() - t);
  }
  const total = collectMs + resolveMs;
  const perMention = (total * 1000) / w.mentions.length;
  console.log(`mentions              ${w.mentions.length} (${found} people found, ${w.declared.length} people notes, ${w.tasks.length} tasks)${opts.people ? ', synthetic' : ''}`);
  console.log(`collectPeople         ${collectMs.toFixed(1)} ms best, ${firstMs.toFixed(1)} ms the first time (cold)`);
  console.log(`resolve every mention ${resolveMs.toFixed(1)} ms`);
  console.log(`resolve every task    ${tasksMs.toFixed(1)} ms`);
  console.log(`collect + resolve     ${total.toFixed(1)} ms (${perMention.toFixed(2)} µs a mention)   target ≤ 150 ms   ${total <= 150 ? 'met' : 'NOT MET'}`);
  return { collectMs, resolveMs, tasksMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // `npx tsx bench/people.ts [n] [--people=P]`: the generated vault, or n synthetic meetings among P people.
  const args = process.argv.slice(2);
  const n = args.find((a) => !a.startsWith('--'));
  const people = args.find((a) => a.startsWith('--people='))?.slice('--people='.length);
  await runPeopleBench({ n: n ? Number(n) : undefined, people: people ? Number(people) : undefined });
}
