/**
 * Mojibake detection and repair. (Placeholder API: the implementation lands with the repair work.)
 */

/** One repaired span of the input: `text.slice(start, end) === before`. */
export interface MojibakeFix {
  start: number;
  end: number;
  before: string;
  after: string;
}

/** A span that looks broken but where the evidence is too weak to change it. */
export interface MojibakeSuspect {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface MojibakeScan {
  fixes: MojibakeFix[];
  suspects: MojibakeSuspect[];
}

/** Find the broken spans of `text` (any number of lines). */
export function findMojibake(text: string): MojibakeScan {
  void text;
  return { fixes: [], suspects: [] };
}

/** `text` with every confident repair applied. */
export function fixText(text: string): string {
  const { fixes } = findMojibake(text);
  let out = '';
  let at = 0;
  for (const f of fixes) {
    out += text.slice(at, f.start) + f.after;
    at = f.end;
  }
  return out + text.slice(at);
}
