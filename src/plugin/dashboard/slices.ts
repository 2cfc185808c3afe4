/**
 * Runs steps (see `steps.ts`) in short time slices on the main thread: as many
 * steps as fit in `sliceMs`, then a `setTimeout(…, 0)` so input, painting and
 * other work get their turn. A vault-sized index then never holds the
 * interface for more than a slice, however long it takes in all.
 */
import type { Steps } from './steps';

/** Longest a slice may run; with a step of a millisecond or two, slices stay under a frame. */
export const SLICE_MS = 8;

/** Time and timers, injectable so tests can drive slices by hand. */
export interface SliceClock {
  now(): number;
  later(run: () => void): number;
  cancel(handle: number): void;
}

export const browserClock: SliceClock = {
  now: () => performance.now(),
  later: (run) => window.setTimeout(run, 0),
  cancel: (handle) => window.clearTimeout(handle),
};

export interface SliceOptions {
  sliceMs?: number;
  clock?: SliceClock;
  /** Called instead of `done` when a step throws; the steps are not resumed. */
  failed?: (error: unknown) => void;
}

/** A run in progress; `cancel` drops it, and `done` is then never called. */
export interface SlicedRun {
  cancel(): void;
}

/**
 * Start running `steps`, first slice on the next turn of the event loop;
 * `done` gets the result once the last step has run.
 */
export function runInSlices<T>(steps: Steps<T>, done: (value: T) => void, options: SliceOptions = {}): SlicedRun {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const clock = options.clock ?? browserClock;
  const failed = options.failed ?? ((error: unknown) => console.error('Meeting Intelligence: dashboard update failed', error));
  let handle: number | null = null;
  let cancelled = false;

  const slice = (): void => {
    handle = null;
    if (cancelled) return;
    const start = clock.now();
    let result: IteratorResult<void, T>;
    try {
      do result = steps.next();
      while (!result.done && clock.now() - start < sliceMs);
    } catch (error) {
      cancelled = true;
      failed(error);
      return;
    }
    if (result.done) {
      cancelled = true;
      done(result.value);
    } else handle = clock.later(slice);
  };
  handle = clock.later(slice);

  return {
    cancel(): void {
      if (cancelled) return;
      cancelled = true;
      if (handle !== null) clock.cancel(handle);
      handle = null;
      // Let the generator run its `finally` blocks, if any, and free what it holds.
      steps.return(undefined as never);
    },
  };
}
