/** The human-readable scan report: counts in words that agree with their numbers, and a next step to paste. */
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report';
import { buildGraph } from '../../src/core/graph/build';

const NOTE = `---
type: customer
date: 2026-01-12
title: Pilot review
account: Larkspur Mills
participants: [Odile Marchetti]
---
## Decisions
- Run the pilot in one plant first.
## Action items
- [ ] Send the pilot plan @Odile Marchetti 📅 2026-01-20
`;

describe('formatReport', () => {
  const graph = buildGraph([{ path: 'Pilot review.md', text: NOTE }], { owner: 'Sam Okoro' });

  it('says “1 note”, “1 meeting”, “1 task”, never “1 notes”', () => {
    const report = formatReport(graph, { root: 'vault', today: null });
    expect(report).toMatch(/^1 note · 1 meeting · \d+ (person|people) · 1 account · 1 task \(1 open\) · 1 decision · 0 facts$/m);
    expect(report).toMatch(/Larkspur Mills — .* · 1 note$/m);
    expect(report).not.toMatch(/\b1 (notes|meetings|accounts|tasks|decisions)\b/);
  });

  it('counts from --today: what is overdue, due today or this week', () => {
    const before = formatReport(graph, { root: 'vault', today: '2026-01-19' });
    expect(before).toContain('Open tasks by owner, as of 2026-01-19 (1)');
    expect(before).toMatch(/Send the pilot plan — due 2026-01-20, this week {2}Pilot review\.md:11$/m);
    const after = formatReport(graph, { root: 'vault', today: '2026-01-21' });
    expect(after).toMatch(/^ {2}Odile Marchetti \(1, 1 overdue\)$/m);
    expect(after).toMatch(/due 2026-01-20, overdue/);
    expect(formatReport(graph, { root: 'vault', today: '2026-03-01' })).not.toMatch(/this week|due today/);
  });

  it('ends with commands for the folder scanned, quoted when the path needs it', () => {
    expect(formatReport(graph, { root: 'notes/Meetings', today: null })).toContain('`meeting-intel normalize notes/Meetings`');
    expect(formatReport(graph, { root: "My Vault/Bob's notes", today: null })).toContain("`meeting-intel dedupe 'My Vault/Bob'\\''s notes'`");
  });
});
