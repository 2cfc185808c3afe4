/**
 * Which list a due date falls in, relative to `today` (both `YYYY-MM-DD`).
 * A stand-in with the same signature as `dueBucket` in `src/core/dates.ts`,
 * used until that module lands.
 */
export type DueBucket = 'overdue' | 'today' | 'this-week' | 'later' | 'none';

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

/** "This week" is the next seven days: a task due next Monday seen on a Saturday is still close. */
export function dueBucket(due: string | null, today: string): DueBucket {
  if (!due) return 'none';
  const d = dayNumber(due);
  const t = dayNumber(today);
  if (d === null || t === null) return 'none';
  if (d < t) return 'overdue';
  if (d === t) return 'today';
  if (d - t <= 7) return 'this-week';
  return 'later';
}
