/**
 * What the dashboard needs from the plugin, and nothing more: the view reads the
 * graph and asks the host to act, so it can be tested without a vault.
 */
import type { GraphTask, VaultGraph } from '../../core/model';
import type { MeetingIntelSettings } from '../settings';

export interface DashboardHost {
  /** The current graph, or null while the first index is being built. */
  graph(): VaultGraph | null;
  /** Subscribe to "index changed"; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Today's date as YYYY-MM-DD (injected for tests). */
  today(): string;
  settings(): MeetingIntelSettings;
  /** Open the note, scrolled to the 1-based line when one is given. */
  openNote(path: string, line: number | null): void;
  /**
   * Tick/untick a task: the host writes the status (and ✅ date) through
   * app.vault.process with a hash check. Resolves false when the note could not
   * be changed (the host has said why); the row then shows the task as it was.
   */
  setTaskDone(task: GraphTask, done: boolean): Promise<boolean>;
  normalizeNote(path: string): void;
  dedupe(): void;
}

export const DASHBOARD_VIEW_TYPE = 'meeting-intelligence-dashboard';
