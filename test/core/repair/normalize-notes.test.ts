/**
 * Normalize over every demo note, and over the real seeds when they are present:
 * it is idempotent, every edit replaces exactly what its preview says, and the
 * seeds' broken lines all come out clean.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText, planNormalize } from '../../../src/core/repair/normalize';

const ROOT = resolve(__dirname, '../../..');
const SEEDS = resolve(ROOT, '../shared/seeds');

function markdown(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? markdown(full) : name.endsWith('.md') ? [full] : [];
  });
}

/** What mojibake looks like after a repair should have removed it. */
const BROKEN = /ðŸ|ğŸ|üìÖ|\uF8FF|â€|âœ|â«|‚Ä|‚è|Ã©|Ã¨/;

function checkIdempotent(path: string, text: string): string {
  const once = normalizeText(path, text);
  const again = planNormalize(path, once);
  expect(again.plan.edits, `${path}: a second normalize still changes ${JSON.stringify(again.plan.edits.slice(0, 2))}`).toEqual([]);
  return once;
}

describe('normalize on the demo vault', () => {
  for (const file of markdown(join(ROOT, 'fixtures/vault'))) {
    const path = relative(join(ROOT, 'fixtures/vault'), file);
    it(`${path}: idempotent, and no broken characters left`, () => {
      const text = readFileSync(file, 'utf8');
      const once = checkIdempotent(path, text);
      if (!path.startsWith('Malformed/binary')) expect(once.split('\n').filter((l) => BROKEN.test(l))).toEqual([]);
    });
  }
});

describe.runIf(existsSync(SEEDS))('normalize on the seeds', () => {
  for (const file of existsSync(SEEDS) ? markdown(SEEDS) : []) {
    const path = relative(SEEDS, file);
    it(`${path}: idempotent, every broken line repaired, nothing lost`, () => {
      const text = readFileSync(file, 'utf8');
      const once = checkIdempotent(path, text);
      expect(once.split('\n').filter((l) => BROKEN.test(l))).toEqual([]);
      // Every task, decision and fact line kept or merged, never dropped wholesale.
      const before = text.split('\n').filter((l) => /^\s*- /.test(l)).length;
      const after = once.split('\n').filter((l) => /^\s*- /.test(l)).length;
      expect(after).toBeGreaterThan(before * 0.5);
    });
  }
});
