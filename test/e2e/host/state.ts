/**
 * What the host page remembers while a scenario runs: the loaded plugins, what the plugin
 * asked to be required, the notices it showed, the modals it opened, errors and long tasks.
 * Everything here is plain data so the runner can read it through `page.evaluate`.
 */
import type { Modal, Notice, Plugin } from 'obsidian-test-mocks/obsidian';

export interface LongTask {
  start: number;
  duration: number;
  name: string;
}

export interface PhaseMark {
  phase: string;
  at: number;
}

export interface HostState {
  plugins: Plugin[];
  /** Every id the plugin passed to `require`, in order, including ones that failed. */
  required: string[];
  notices: Notice[];
  openModals: Modal[];
  /** Uncaught errors and unhandled rejections seen in the page. */
  errors: string[];
  /** Reads of undefined fields on plugin-defined subclasses the strict mocks would have thrown on. */
  lenientReads: string[];
  /** Things the host noticed that real Obsidian would quietly tolerate. */
  warnings: string[];
  longTasks: LongTask[];
  phases: PhaseMark[];
}

export const state: HostState = {
  plugins: [],
  required: [],
  notices: [],
  openModals: [],
  errors: [],
  lenientReads: [],
  warnings: [],
  longTasks: [],
  phases: [],
};

/** Describes any thrown value in one line with its stack, for reports. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
