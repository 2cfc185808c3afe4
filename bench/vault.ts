/** What the benchmarks share: the generated vault, its files, and timing. */
import fs from 'node:fs';
import path from 'node:path';
import { generateVault } from './generate';

export const BENCH_DIR = path.dirname(new URL(import.meta.url).pathname);

/** Written last by a finished generation, so a half-written vault is made again. */
const COMPLETE_MARKER = '.complete';

/** The generated vault of `n` notes under bench/out/, made once and reused. */
export function benchVault(n: number, dir = path.join(BENCH_DIR, 'out', `vault-${n}`)): string {
  if (fs.existsSync(path.join(dir, COMPLETE_MARKER))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const stats = generateVault(dir, n);
  fs.writeFileSync(path.join(dir, COMPLETE_MARKER), `${n}\n`);
  console.log(
    `generated ${stats.files} notes (${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.transcripts} with transcripts, ${stats.mojibake} mis-decoded) in ${(performance.now() - started).toFixed(0)} ms`,
  );
  return dir;
}

/** Every Markdown file under `dir`, sorted. */
export function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(full));
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

/** A file's vault path: relative to the vault, `/`-separated. */
export function vaultPath(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

/** The fastest of `runs` timed calls, in milliseconds. */
export function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
