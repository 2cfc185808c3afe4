/** File-system errors in words a user can act on, without Node's error codes and absolute paths. */

const WORDS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links (a link loop)',
  EMFILE: 'too many files open at once',
  ENFILE: 'too many files open at once',
  EBUSY: 'the file is busy',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'the name is too long',
};

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in WORDS) return WORDS[code];
  return error instanceof Error ? error.message : String(error);
}
