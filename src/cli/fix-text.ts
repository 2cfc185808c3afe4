/**
 * `meeting-intel fix-text`: mojibake repair as a filter, line for line. Only the text of a line
 * changes: its line break (LF or CRLF), a last line without one, and a line that is not UTF-8
 * (passed through byte for byte, never guessed at) come out as they went in.
 */
import { fixText } from '../core/repair/mojibake';

export interface FixTextResult {
  /** 0, or 1 when a line could not be repaired (not UTF-8, or with --jsonl not a JSON string). */
  status: number;
}

type Write = (chunk: Uint8Array) => void | Promise<void>;
type Warn = (message: string) => void;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();
const LF = 0x0a;
const CR = 0x0d;

/** Lines warned about one by one; past them, one count at the end (a whole Latin-1 file is one problem, not a flood). */
const WARNINGS_SHOWN = 10;

export async function fixTextFilter(input: AsyncIterable<Uint8Array | string>, write: Write, warnLine: Warn, jsonl: boolean): Promise<FixTextResult> {
  let status = 0;
  let lineNo = 0;
  let warned = 0;
  let pending: Uint8Array = new Uint8Array(0);
  const warn: Warn = (message) => {
    if (++warned <= WARNINGS_SHOWN) warnLine(message);
  };

  const handle = async (line: Uint8Array, ending: Uint8Array): Promise<void> => {
    lineNo++;
    let text: string;
    try {
      text = strictUtf8.decode(line);
    } catch {
      warn(`line ${lineNo}: not UTF-8; passed through unchanged`);
      status = 1;
      await write(concat(line, ending));
      return;
    }
    const fixed = jsonl ? fixJsonLine(text, lineNo, warn) : fixText(text);
    if (fixed === null) {
      status = 1;
      await write(concat(line, ending));
      return;
    }
    await write(concat(encoder.encode(fixed), ending));
  };

  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    let buffer = pending.length ? concat(pending, bytes) : bytes;
    let start = 0;
    for (let i = buffer.indexOf(LF); i !== -1; i = buffer.indexOf(LF, start)) {
      const end = i > start && buffer[i - 1] === CR ? i - 1 : i;
      await handle(buffer.subarray(start, end), buffer.subarray(end, i + 1));
      start = i + 1;
    }
    buffer = buffer.subarray(start);
    pending = buffer.slice();
  }
  if (pending.length > 0) await handle(pending, new Uint8Array(0));
  if (warned > WARNINGS_SHOWN) warnLine(`and ${warned - WARNINGS_SHOWN} more line${warned - WARNINGS_SHOWN === 1 ? '' : 's'} passed through unchanged`);
  return { status };
}

/** One JSON string in, its repair out as one JSON string; null (and a warning) for anything else. Blank lines stay blank. */
function fixJsonLine(line: string, lineNo: number, warn: Warn): string | null {
  if (line.trim() === '') return line;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    warn(`line ${lineNo}: not JSON (${(error as Error).message}); passed through unchanged`);
    return null;
  }
  if (typeof value !== 'string') {
    warn(`line ${lineNo}: a JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}, not a string; passed through unchanged`);
    return null;
  }
  return JSON.stringify(fixText(value));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
