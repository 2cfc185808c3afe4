/**
 * gray-matter copies its input into `file.orig` with `Buffer.from`; Obsidian
 * mobile has no `Buffer`. The plugin bundle injects this stand-in, which keeps
 * the string as it is — we never read `orig`.
 */
export const BufferShim = {
  from: (input: string): string => input,
  isBuffer: (): boolean => false,
};
