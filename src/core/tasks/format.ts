/**
 * The Obsidian Tasks emoji format as data: what each signifier is written as.
 * The parser reads signifiers by character code for speed; everything that
 * writes or shows one takes it from here.
 */
import type { Priority } from '../model';

/** The emoji Tasks writes for each priority. */
export const PRIORITY_EMOJI: Record<Priority, string> = {
  highest: '\u{1F53A}',
  high: '\u23EB',
  medium: '\u{1F53C}',
  low: '\u{1F53D}',
  lowest: '\u23EC',
};

/** The emoji Tasks writes before each date. */
export const DATE_EMOJI: Record<'created' | 'start' | 'scheduled' | 'due' | 'cancelled' | 'done', string> = {
  created: '\u2795',
  start: '\u{1F6EB}',
  scheduled: '\u23F3',
  due: '\u{1F4C5}',
  cancelled: '\u274C',
  done: '\u2705',
};

/** The emoji Tasks writes before the other fields. */
export const FIELD_EMOJI: Record<'id' | 'dependsOn' | 'recurrence' | 'onCompletion', string> = {
  id: '\u{1F194}',
  dependsOn: '\u26D4',
  recurrence: '\u{1F501}',
  onCompletion: '\u{1F3C1}',
};
