/**
 * The broken lines of real notes. The seed notes (../shared/seeds) are private and may be absent: those
 * checks skip cleanly then. Invented lines broken the same ways always run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMojibake, fixText } from '../../../src/core/repair/mojibake';

const repoRoot = path.resolve(__dirname, '../../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.md')).sort() : [];

/** Every kind of break found in the seeds, and what it stood for. */
const KNOWN_BREAKS: Record<string, string> = {
  '‚Äô': '’', // Mac Roman
  '\uf8ffüìÖ': '📅', // Mac Roman with U+F8FF
  'üìÖ': '📅', // … and without
  '‚è´': '⏫',
  'ğŸ“…': '📅', // Windows-1254
  'ğŸ”º': '🔺',
  'â«': '⏫', // Windows-1252 or -1254, 0x8F lost
  'âœ…': '✅', // Windows-1252
  'ðŸ”¼': '🔼',
  'â€™': '’',
  'â€“': '–',
  'â€”': '—',
  'â€¦': '…',
};

/** What is left of mojibake if a repair missed it. */
const LEFTOVER = /[ÂÃâðğ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|\uf8ff|üìÖ|‚è´|‚Äô/;

/** Invented lines broken the way the seeds are (no private content). */
const INVENTED: [string, string][] = [
  [
    '- [?] Send the revised pricing to Kestrel Labs. @Dana Whitfield \uf8ffüìÖ 2025-10-26 ‚è´ #task #proposed #auto',
    '- [?] Send the revised pricing to Kestrel Labs. @Dana Whitfield 📅 2025-10-26 ⏫ #task #proposed #auto',
  ],
  [
    '- [?] Share the onboarding plan with Priya Raman. @Tom Becker \uf8ffüìÖ 2025-10-26 #task #proposed',
    '- [?] Share the onboarding plan with Priya Raman. @Tom Becker 📅 2025-10-26 #task #proposed',
  ],
  ['source_ref: "Notes/2025-09-16 - Dana outlined Kestrel‚Äôs plan"', 'source_ref: "Notes/2025-09-16 - Dana outlined Kestrel’s plan"'],
  [
    '- [ ] Book the follow-up call with Sunfield @HR ğŸ“… 2025-10-26 ğŸ”º #task #proposed',
    '- [ ] Book the follow-up call with Sunfield @HR 📅 2025-10-26 🔺 #task #proposed',
  ],
  [
    '- [ ] Set up Danaâ€™s next conversation @Tom Becker ğŸ“… 2025-10-26 â« #task #proposed',
    '- [ ] Set up Dana’s next conversation @Tom Becker 📅 2025-10-26 ⏫ #task #proposed',
  ],
  ['- Scaling the team from 1 to 10â€“15+ people.', '- Scaling the team from 1 to 10–15+ people.'],
  ['# 1:1 â€” Priya Raman â€” 2025-09-16', '# 1:1 — Priya Raman — 2025-09-16'],
  [
    '- [x] Send the contract to legal. @Tom Becker â« âœ… 2025-10-26',
    '- [x] Send the contract to legal. @Tom Becker ⏫ ✅ 2025-10-26',
  ],
  [
    '- [x] Draft the proposal. @Priya Raman ðŸ”¼ âœ… 2025-10-26',
    '- [x] Draft the proposal. @Priya Raman 🔼 ✅ 2025-10-26',
  ],
  ['[00:24:00.66] Speaker 1 : because that isâ€¦ more time.', '[00:24:00.66] Speaker 1 : because that is… more time.'],
];

describe('invented lines broken like the seeds', () => {
  for (const [broken, want] of INVENTED) {
    it(broken.slice(0, 60), () => {
      expect(fixText(broken)).toBe(want);
      expect(fixText(want)).toBe(want);
    });
  }
});

describe.skipIf(seeds.length === 0)('seed notes', () => {
  for (const file of seeds) {
    it(`${file}: every broken line comes out right, nothing else changes`, () => {
      const text = readFileSync(path.join(seedsDir, file), 'utf8');
      const { fixes } = findMojibake(text);
      for (const f of fixes) {
        expect(text.slice(f.start, f.end)).toBe(f.before);
        expect(KNOWN_BREAKS[f.before], `unexpected fix ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`).toBe(f.after);
      }
      const fixed = fixText(text);
      const before = text.split('\n');
      const after = fixed.split('\n');
      expect(after.length).toBe(before.length);
      after.forEach((line, i) => {
        expect(LEFTOVER.test(line), `${file}:${i + 1} still broken: ${line}`).toBe(false);
        if (!LEFTOVER.test(before[i])) expect(line, `${file}:${i + 1} was clean`).toBe(before[i]);
      });
      expect(fixText(fixed)).toBe(fixed);
    });
  }

  it('the broken task lines keep their signifiers after repair', () => {
    for (const file of seeds) {
      const fixed = fixText(readFileSync(path.join(seedsDir, file), 'utf8'));
      for (const line of fixed.split('\n').filter((l) => /^- \[.\]/.test(l))) {
        expect(line).not.toMatch(LEFTOVER);
      }
    }
  });
});
