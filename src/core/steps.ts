/**
 * Work done in steps. A long job over a whole vault is a generator that yields between
 * small pieces of work, so the plugin can run it in time slices and the interface never
 * waits on the vault at once; the command line and tests run it straight through.
 */

/** A job in steps, ending with its result. */
export type Steps<T> = Generator<void, T, void>;

/** Run every step now and return the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A counter for a loop that yields every `turns` turns: `if (pace()) yield;`. Sized per
 * loop so one piece of work stays around a millisecond on a phone.
 */
export function pacer(turns: number): () => boolean {
  let left = turns;
  return () => {
    if (--left > 0) return false;
    left = turns;
    return true;
  };
}
