/**
 * Work done as steps: generators that yield between small chunks, so a caller
 * can spread a vault-sized computation over many short time slices (see
 * `slices.ts`) or run it to the end in one go (`runSteps`, for tests and for
 * small inputs).
 *
 * Nothing here knows about time: a step is "a few thousand cheap operations",
 * and the driver decides how many steps fit in a slice.
 */

/** A computation in steps: yields `undefined` between chunks, returns its result. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Entries handled per step by loops whose body is cheap (a lookup, a push, a
 * comparison). A few thousand keeps each step well under a millisecond or two
 * on a phone, while the cost of yielding stays negligible.
 */
export const STEP = 2000;

/** Run steps to the end, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `fn` for every entry, yielding after every `chunk` of them. */
export function* eachSteps<T>(values: readonly T[], fn: (value: T, index: number) => void, chunk = STEP): Steps<void> {
  for (let i = 0; i < values.length; i++) {
    fn(values[i], i);
    if ((i + 1) % chunk === 0) yield;
  }
}

/** `values.filter(keep)`, in steps. */
export function* filterSteps<T>(values: readonly T[], keep: (value: T) => boolean, chunk = STEP): Steps<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i++) {
    if (keep(values[i])) out.push(values[i]);
    if ((i + 1) % chunk === 0) yield;
  }
  return out;
}

/** `values.map(fn)`, in steps. */
export function* mapSteps<T, U>(values: readonly T[], fn: (value: T) => U, chunk = STEP): Steps<U[]> {
  const out = new Array<U>(values.length);
  for (let i = 0; i < values.length; i++) {
    out[i] = fn(values[i]);
    if ((i + 1) % chunk === 0) yield;
  }
  return out;
}

/**
 * A stable sort in steps, with the same result as `[...values].sort(compare)`:
 * runs of `chunk` entries are sorted natively, then merged pairwise, yielding
 * every `chunk` merged entries. n log n comparisons in all, as a native sort,
 * but never more than one run's worth at a time.
 */
export function* sortSteps<T>(values: readonly T[], compare: (a: T, b: T) => number, chunk = STEP): Steps<T[]> {
  const n = values.length;
  let from = values.slice();
  if (n <= chunk) return from.sort(compare);
  for (let lo = 0; lo < n; lo += chunk) {
    const hi = Math.min(lo + chunk, n);
    const run = from.slice(lo, hi).sort(compare);
    for (let i = 0; i < run.length; i++) from[lo + i] = run[i];
    yield;
  }
  let to = new Array<T>(n);
  let done = 0;
  for (let width = chunk; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // Ties take the left run's entry first: that is what keeps the sort stable.
        if (j >= hi || (i < mid && compare(from[i], from[j]) <= 0)) to[k] = from[i++];
        else to[k] = from[j++];
        if (++done === chunk) {
          done = 0;
          yield;
        }
      }
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}
