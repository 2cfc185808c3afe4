/**
 * Parse benchmark: read + parse every note of a generated vault, against a bare
 * read of the same files. Target: the parse within 3× the read.
 *
 *   npx tsx bench/parse.ts [n]
 *
 * The vault is generated once into `bench/out/vault-<n>` (git-ignored) and
 * reused afterwards; each measurement is the best of five passes, read and
 * parse passes alternating. Wall-clock time is the target; the process's CPU
 * time is printed too, since on a loaded machine the wall clock also counts
 * time spent waiting for a core.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parseNote } from '../src/core/parse/index';
import { benchVault, listMarkdown } from './vault';

export interface ParseBenchResult {
  readMs: number;
  parseMs: number;
  ratio: number;
  /** CPU time of the process (all threads, the collector's included) for the same passes. */
  readCpuMs: number;
  parseCpuMs: number;
  cpuRatio: number;
}

const RUNS = 5;

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** One timed call: wall-clock and CPU milliseconds. */
function timed(fn: () => void): Timing {
  const started = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** The fastest of each of two jobs over `runs` rounds, run in turn so that a change in load touches both. */
function bestOfAlternating(runs: number, a: () => void, b: () => void): [Timing, Timing] {
  const bestA: Timing = { wallMs: Infinity, cpuMs: Infinity };
  const bestB: Timing = { wallMs: Infinity, cpuMs: Infinity };
  for (let i = 0; i < runs; i++) {
    for (const [fn, best] of [[a, bestA], [b, bestB]] as const) {
      const t = timed(fn);
      best.wallMs = Math.min(best.wallMs, t.wallMs);
      best.cpuMs = Math.min(best.cpuMs, t.cpuMs);
    }
  }
  return [bestA, bestB];
}

export async function runParseBench(opts: { n?: number; dir?: string } = {}): Promise<ParseBenchResult> {
  const n = opts.n ?? 10000;
  const dir = benchVault(n, opts.dir);
  const files = listMarkdown(dir);
  const root = dir + path.sep;

  let sink = 0; // keeps the work observable so nothing is optimised away
  const [read, parse] = bestOfAlternating(
    RUNS,
    () => {
      for (const file of files) sink += fs.readFileSync(file, 'utf8').length;
    },
    () => {
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const note = parseNote(file.slice(root.length).split(path.sep).join('/'), text);
        sink += note.tasks.length;
      }
    },
  );
  const readMs = read.wallMs;
  const parseMs = parse.wallMs;
  const ratio = parseMs / readMs;
  const cpuRatio = parse.cpuMs / read.cpuMs;

  console.log(`notes:        ${files.length} in ${path.relative(process.cwd(), dir) || dir}`);
  console.log(`read:         ${readMs.toFixed(1)} ms (best of ${RUNS}; CPU ${read.cpuMs.toFixed(1)} ms)`);
  console.log(`read + parse: ${parseMs.toFixed(1)} ms (best of ${RUNS}; CPU ${parse.cpuMs.toFixed(1)} ms)`);
  console.log(`ratio:        ${ratio.toFixed(2)}× (target ≤ 3×)${ratio <= 3 ? '' : '  OVER TARGET'}; CPU ${cpuRatio.toFixed(2)}×`);
  if (sink < 0) console.log(sink);
  await Promise.resolve();
  return { readMs, parseMs, ratio, readCpuMs: read.cpuMs, parseCpuMs: parse.cpuMs, cpuRatio };
}

function isMain(): boolean {
  return process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
}

if (isMain()) {
  const arg = process.argv[2];
  const n = arg ? Number(arg) : undefined;
  if (arg && (!Number.isInteger(n) || n! <= 0)) {
    console.error('usage: npx tsx bench/parse.ts [n]');
    process.exit(2);
  }
  runParseBench({ n }).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
