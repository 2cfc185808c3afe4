/** Notes larger than this are reported and skipped: no real meeting note is this big. */
export const MAX_NOTE_BYTES = 20 * 1024 * 1024;
