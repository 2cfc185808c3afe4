/** fix-text as a filter: only broken characters change; line breaks and foreign bytes pass through as they came. */
import { describe, expect, it } from 'vitest';
import { fixTextFilter } from '../../src/cli/fix-text';

async function run(chunks: (string | Uint8Array)[], jsonl = false) {
  const out: Uint8Array[] = [];
  const warnings: string[] = [];
  async function* input() {
    for (const c of chunks) yield typeof c === 'string' ? new TextEncoder().encode(c) : c;
  }
  const { status } = await fixTextFilter(input(), (chunk) => void out.push(chunk.slice()), (m) => warnings.push(m), jsonl);
  return { bytes: Buffer.concat(out), text: Buffer.concat(out).toString('utf8'), status, warnings };
}

describe('fix-text', () => {
  it('repairs a line and keeps CRLF line breaks', async () => {
    const { text, status } = await run(['Due ðŸ“… 2025-10-26\r\nit‚Äôs\r\n']);
    expect(text).toBe('Due 📅 2025-10-26\r\nit’s\r\n');
    expect(status).toBe(0);
  });

  it('adds no line break after a last line that had none', async () => {
    expect((await run(['a\nb donâ€™t'])).text).toBe('a\nb don’t');
    expect((await run([''])).text).toBe('');
  });

  it('reads a line split across chunks, in the middle of a character and of a CRLF', async () => {
    const bytes = new TextEncoder().encode('x ðŸ“…\r\nCrème\n');
    const cut = [3, 9, 10, 14];
    const chunks = [0, ...cut].map((from, i) => bytes.subarray(from, cut[i] ?? bytes.length));
    expect((await run(chunks)).text).toBe('x 📅\r\nCrème\n');
  });

  it('passes a line that is not UTF-8 through byte for byte, says so, and exits 1', async () => {
    const latin = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const result = await run(['ok â€”\n', latin, 'end\n']);
    expect([...result.bytes]).toEqual([...new TextEncoder().encode('ok —\n'), ...latin, ...new TextEncoder().encode('end\n')]);
    expect(result.status).toBe(1);
    expect(result.warnings).toEqual(['line 2: not UTF-8; passed through unchanged']);
  });

  it('keeps a byte-order mark on the first line', async () => {
    expect((await run(['\uFEFFSÃO PAULO\n'])).text).toBe('\uFEFFSÃO PAULO\n');
  });

  it('with --jsonl, repairs JSON strings, keeps blank lines, and passes anything else through with a warning', async () => {
    const result = await run([`${JSON.stringify('a\nb donâ€™t')}\r\n\n{"a":1}\nnot json\n`], true);
    expect(result.text).toBe(`${JSON.stringify('a\nb don’t')}\r\n\n{"a":1}\nnot json\n`);
    expect(result.status).toBe(1);
    expect(result.warnings[0]).toBe('line 3: a JSON object, not a string; passed through unchanged');
    expect(result.warnings[1]).toMatch(/^line 4: not JSON/);
  });
});

describe('fix-text warnings', () => {
  it('names the first ten lines it could not read, then counts the rest once', async () => {
    const latin = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const result = await run(Array.from({ length: 25 }, () => latin));
    expect(result.warnings).toHaveLength(11);
    expect(result.warnings[9]).toBe('line 10: not UTF-8; passed through unchanged');
    expect(result.warnings[10]).toBe('and 15 more lines passed through unchanged');
    expect(result.bytes.length).toBe(25 * latin.length);
  });
});
