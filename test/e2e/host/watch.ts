/**
 * What the runner needs to judge a scenario: every uncaught error and unhandled rejection, and
 * every long task (over 50 ms, the browser's own threshold) with phase marks to attribute it.
 */
import { describeError, state } from './state';

export function watchErrors(win: Window): void {
  win.addEventListener('error', (evt) => {
    state.errors.push(evt.error ? describeError(evt.error) : evt.message);
  });
  win.addEventListener('unhandledrejection', (evt) => {
    state.errors.push(`unhandled rejection: ${describeError(evt.reason)}`);
  });
}

export function watchLongTasks(): void {
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ start: entry.startTime, duration: entry.duration, name: entry.name });
    }
  });
  observer.observe({ type: 'longtask', buffered: true });
}

/** Marks the start of a phase (boot, evaluate, onload, layout-ready, indexing…) on the page clock. */
export function markPhase(phase: string): void {
  state.phases.push({ phase, at: performance.now() });
}
