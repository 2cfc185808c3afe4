/**
 * The dashboard's work in steps: the generic helpers, the sliced sort, the
 * search that narrows, the time-slice driver, and the index and filter run
 * step by step giving exactly what the one-go functions give.
 */
import { describe, expect, it, vi } from 'vitest';
import type { GraphTask, VaultGraph } from '../../src/core/model';
import { eachSteps, filterSteps, mapSteps, runSteps, sortSteps, type Steps } from '../../src/plugin/dashboard/steps';
import { Searchable, filterWords, matches, narrows } from '../../src/plugin/dashboard/search';
import { type SliceClock, runInSlices } from '../../src/plugin/dashboard/slices';
import { filterDashboard, filterDashboardSteps, indexDashboard, indexDashboardSteps, sortTasks, compareTasks } from '../../src/plugin/dashboard/model';
import { TODAY, fixtureGraph, item, task } from './dashboardFixture';

/** Run steps to the end, counting the yields. */
function drain<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}

describe('sortSteps', () => {
  const byKey = (a: { k: number }, b: { k: number }) => a.k - b.k;
  const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ k: (i * 7919) % 13, i }));

  it('gives the native sort’s order, ties kept in input order, for any run size', () => {
    for (const n of [0, 1, 2, 5, 16, 17, 100, 1000]) {
      for (const chunk of [1, 2, 3, 7, 64, 5000]) {
        const input = entries(n);
        expect(runSteps(sortSteps(input, byKey, chunk)), `n=${n} chunk=${chunk}`).toEqual([...input].sort(byKey));
      }
    }
  });
  it('leaves its input alone', () => {
    const input = entries(50);
    const copy = [...input];
    runSteps(sortSteps(input, byKey, 4));
    expect(input).toEqual(copy);
  });
  it('yields about once per chunk, and not at all for one chunk', () => {
    expect(drain(sortSteps(entries(10), byKey, 100)).yields).toBe(0);
    const { yields } = drain(sortSteps(entries(1000), byKey, 100));
    // Ten runs, then four merge passes of ten chunks each.
    expect(yields).toBe(10 + 40);
  });
  it('sorts strings as compareTasks does', () => {
    const many: GraphTask[] = [];
    for (let i = 0; i < 300; i++) many.push(task({ path: `n/${(i * 5) % 11}.md`, line: (i * 3) % 19, text: `t${i}`, due: i % 4 ? `2025-1${i % 3}-0${1 + (i % 9)}` : undefined }));
    expect(sortTasks(many)).toEqual([...many].sort(compareTasks));
  });
});

describe('loop helpers', () => {
  it('map, filter and visit every entry in order, yielding every chunk', () => {
    const xs = Array.from({ length: 25 }, (_, i) => i);
    expect(drain(mapSteps(xs, (x) => x * 2, 10))).toEqual({ value: xs.map((x) => x * 2), yields: 2 });
    expect(drain(filterSteps(xs, (x) => x % 3 === 0, 5))).toEqual({ value: xs.filter((x) => x % 3 === 0), yields: 5 });
    const seen: number[] = [];
    expect(drain(eachSteps(xs, (x, i) => seen.push(x + i), 25)).yields).toBe(1);
    expect(seen).toEqual(xs.map((x) => 2 * x));
  });
});

describe('search', () => {
  it('knows when a filter narrows the last one', () => {
    expect(narrows(['acm'], ['ac'])).toBe(true);
    expect(narrows(['acme', 'pricing'], ['acme'])).toBe(true);
    expect(narrows(['pricing', 'acme'], ['acm'])).toBe(true);
    expect(narrows(['ac'], ['acm'])).toBe(false);
    expect(narrows(['acme'], ['acme', 'pricing'])).toBe(false);
    expect(narrows(['bcme'], ['acme'])).toBe(false);
  });
  it('matches each word in the own text or the shared one, never across the two', () => {
    expect(matches('send the sheet', 'northwind', ['sheet', 'north'])).toBe(true);
    expect(matches('send the sheet', 'northwind', ['sheetnorth'])).toBe(false);
    expect(matches('send the sheet\nnorthwind', '', ['sheet', 'wind'])).toBe(true);
    expect(matches('', '', ['x'])).toBe(false);
    expect(matches('', '', [])).toBe(true);
  });
  it('gives the same matches whether a filter narrows the last one or not', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'Çağla', 'Yıldız', 'northwind', 'acme'];
    const values = Array.from({ length: 500 }, (_, i) => `${words[i % 8]} ${words[(i * 3) % 8]} item ${i}`);
    const own = vi.fn((v: string, k: number) => v.split(' ').slice(0, 2)[k]);
    const shared = vi.fn((v: string) => filterWords(v).slice(2).join(' '));
    const list = new Searchable(values, { own, shared });
    const fresh = (filter: string) => values.filter((v) => filterWords(filter).every((w) => filterWords(v).join(' ').includes(w)));
    for (const filter of ['c', 'ca', 'cag', 'cagla', 'cagla alpha', 'cagla', 'ca', 'a', 'acme 1', 'acme 12', 'zzz', 'item 4', 'YILDIZ', '']) {
      expect(list.keep(filterWords(filter)), filter).toEqual(filter ? fresh(filter) : values);
    }
    // Shared texts are asked for once per entry, however many filters run.
    expect(shared).toHaveBeenCalledTimes(values.length);
  });
  it('folds own text that is not plain ASCII, and matches plain ASCII as written', () => {
    const values = ['Call Çağla about the RENEWAL', 'Email Zoë', 'Ask SØREN', 'plain Text'];
    const list = new Searchable(values, { own: (v: string, k: number) => (k === 0 ? v : undefined) });
    expect(list.keep(filterWords('cagla renewal'))).toEqual(['Call Çağla about the RENEWAL']);
    expect(list.keep(filterWords('zoe'))).toEqual(['Email Zoë']);
    expect(list.keep(filterWords('Søren'))).toEqual(['Ask SØREN']);
    expect(list.keep(filterWords('TEXT'))).toEqual(['plain Text']);
    expect(list.keep(filterWords('e'))).toEqual(['Call Çağla about the RENEWAL', 'Email Zoë', 'Ask SØREN', 'plain Text']);
  });
  it('takes filter words literally, never as patterns', () => {
    const values = ['Upgrade to C++ (v2.1)', 'Upgrade to Cxx v201', 'a|b [x] $5 ^up \\ /path/'];
    const list = new Searchable(values, { own: (v: string, k: number) => (k === 0 ? v : undefined) });
    expect(list.keep(filterWords('c++'))).toEqual(['Upgrade to C++ (v2.1)']);
    expect(list.keep(filterWords('(v2.1)'))).toEqual(['Upgrade to C++ (v2.1)']);
    expect(list.keep(filterWords('v2.1'))).toEqual(['Upgrade to C++ (v2.1)']);
    for (const w of ['a|b', '[x]', '$5', '^up', '\\', '/path/']) expect(list.keep([w]), w).toEqual([values[2]]);
    expect(list.keep(['.'])).toEqual([values[0]]);
  });
  it('matches each own text of an entry on its own', () => {
    const groups = [['send the deck', 'share the deck'], ['call Dana', 'ring Dana']];
    const list = new Searchable(groups, { own: (g: string[], k: number) => g[k], shared: () => 'northwind' });
    expect(list.keep(['share', 'send'])).toEqual([groups[0]]);
    expect(list.keep(['deckshare'])).toEqual([]);
    expect(list.keep(['dana', 'north'])).toEqual([groups[1]]);
  });
  it('scans in steps sized by the text read', () => {
    const values = Array.from({ length: 100 }, (_, i) => 'x'.repeat(100) + i);
    const list = new Searchable(values, { own: (v: string, k: number) => (k === 0 ? v : undefined) });
    // 100 texts of about 100 characters, looked at (8×) and scanned (1×) the first time: 9 or more steps of 10,000 characters.
    const first = drain(list.keepSteps(['x'], 10_000));
    expect(first.value).toHaveLength(100);
    expect(first.yields).toBeGreaterThanOrEqual(9);
    const again = drain(list.keepSteps(['x1'], 10_000));
    expect(again.value).toHaveLength(100 - 89);
    expect(again.yields).toBeLessThan(first.yields);
  });
});

describe('runInSlices', () => {
  /** A clock the test moves by hand, and the timers it holds. */
  function manualClock(stepMs: number): SliceClock & { pending: (() => void)[]; runNext(): void } {
    let t = 0;
    const pending: (() => void)[] = [];
    return {
      pending,
      now: () => (t += stepMs),
      later: (run) => pending.push(run),
      cancel: (handle) => {
        pending[handle - 1] = () => {};
      },
      runNext() {
        const next = pending.shift();
        next?.();
      },
    };
  }
  function* counting(n: number, log: number[]): Steps<string> {
    for (let i = 0; i < n; i++) {
      log.push(i);
      yield;
    }
    return 'done';
  }

  it('runs as many steps as fit in a slice, then waits for the next turn', () => {
    const clock = manualClock(5);
    const log: number[] = [];
    const done = vi.fn();
    runInSlices(counting(10, log), done, { clock, sliceMs: 12 });
    expect(log).toEqual([]);
    clock.runNext();
    // Every reading of the clock adds 5 ms: read at the start, then after each step
    // (5, 10, 15 ms in); the third step takes the slice past 12 ms, and it ends.
    expect(log).toEqual([0, 1, 2]);
    expect(done).not.toHaveBeenCalled();
    while (clock.pending.length > 0) clock.runNext();
    expect(log).toHaveLength(10);
    expect(done).toHaveBeenCalledWith('done');
  });
  it('never calls done once cancelled', () => {
    const clock = manualClock(20);
    const log: number[] = [];
    const done = vi.fn();
    const run = runInSlices(counting(10, log), done, { clock });
    clock.runNext();
    run.cancel();
    while (clock.pending.length > 0) clock.runNext();
    expect(log).toEqual([0]);
    expect(done).not.toHaveBeenCalled();
  });
  it('reports a step that throws and stops', () => {
    const clock = manualClock(1);
    const failed = vi.fn();
    const done = vi.fn();
    // eslint-disable-next-line require-yield -- a generator that fails at its first step, on purpose
    const broken = (function* (): Steps<string> {
      throw new Error('bad graph');
    })();
    runInSlices(broken, done, { clock, failed });
    clock.runNext();
    expect(failed).toHaveBeenCalledWith(new Error('bad graph'));
    expect(done).not.toHaveBeenCalled();
  });
});

describe('the index and the filter in steps', () => {
  /** The fixture, with enough generated tasks, decisions and risks that small steps yield many times. */
  function biggerGraph(): VaultGraph {
    const g = fixtureGraph();
    const owners = ['Robin Vale', 'Dana Okafor', 'Çağla Yıldız', null];
    const notes = ['Meetings/2025-10-01 Northwind.md', 'Meetings/2025-10-10 Brightlane.md', 'Inbox/sync.md'];
    for (let i = 0; i < 400; i++) {
      g.tasks.push(
        task({
          path: notes[i % 3],
          line: 100 + i,
          text: `Generated task ${i}`,
          owner: owners[i % 4],
          due: i % 5 ? `2025-1${i % 3}-${String(1 + (i % 28)).padStart(2, '0')}` : undefined,
          status: i % 7 === 0 ? 'x' : ' ',
        }),
      );
      if (i % 4 === 0) g.items.push(item({ path: notes[i % 3], line: 600 + i, text: `Generated decision ${i}`, kind: i % 8 ? 'decision' : 'risk' }));
    }
    return g;
  }

  it('yields many times with small steps and builds the same index as in one go', () => {
    const g = biggerGraph();
    const { value: stepped, yields } = drain(indexDashboardSteps(g, TODAY, null, 16));
    expect(yields).toBeGreaterThan(50);
    const whole = indexDashboard(g, TODAY, null);
    for (const filter of ['', 'generated', 'generated 1', 'northwind', 'cagla', 'decision 4', 'nothing like this']) {
      expect(runSteps(filterDashboardSteps(stepped, filter, 16)), filter).toEqual(filterDashboard(whole, filter));
    }
  });
  it('gives the same model while typing, backspacing and clearing as a fresh index does', () => {
    const g = biggerGraph();
    // One index filtered again and again narrows from its last matches; a fresh one scans everything.
    const typing = indexDashboard(g, TODAY, null);
    for (const filter of ['g', 'ge', 'gen', 'gene 3', 'gene 31', 'gene 3', 'gen', '', 'dana', 'dana 1']) {
      expect(filterDashboard(typing, filter), filter).toEqual(filterDashboard(indexDashboard(g, TODAY, null), filter));
    }
  });
});
