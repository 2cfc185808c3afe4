/**
 * Small vaults written the way people's vaults are, checked against what a careful
 * reader would conclude: one person written many ways, different people with close
 * names, a meeting recorded in several notes that disagree on whom it was with,
 * accounts written as links, names, capitals and domains. People and companies are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import type { VaultGraph } from '../../../src/core/model';

type File = { path: string; text: string };
const OWNER = { owner: 'Sam Taylor' };

/** A note from frontmatter fields (written as YAML values) and body lines. */
function note(path: string, fields: Record<string, string>, body: string[] = []): File {
  return { path, text: ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', ...body, ''].join('\n') };
}

function transcript(lines: string[]): string[] {
  return ['## Transcript', '<!-- ai:transcript:start -->', '```text', ...lines, '```', '<!-- ai:transcript:end -->'];
}

const conflicts = (g: VaultGraph) => g.problems.filter((p) => p.kind === 'meeting-conflict').map((p) => p.message);

describe('a note that names the wrong counterpart', () => {
  const body = (who: string) => [
    '## Action Items',
    `- [ ] Send the revised discount proposal to procurement @${who}`,
    '- [ ] Confirm the fifteen percent pilot discount with finance',
    '## Decisions',
    '- Discount capped at fifteen percent for the pilot phase of the rollout',
    '## Key facts',
    '- Procurement needs the security questionnaire before signature',
  ];
  const handNotes = note('Notes/2025-11-03 Acme pricing.md', { type: 'customer', date: '2025-11-03', account: 'Acme', participants: '[Ana Ruiz]' }, body('Ana'));

  it('is outvoted when its own transcript hears the other notes’ person speak', () => {
    const wrong = note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"' }, [
      ...body('Carla Mendes'),
      ...transcript(['[00:00:01.00] zoom.us : Ana RuizHello Sam, shall we start?', '[00:00:09.00] MacBook Pro Microphone : Sam TaylorHi Ana.']),
    ]);
    const g = buildGraph([handNotes, wrong], OWNER);
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toEqual(['Sam Taylor', 'Ana Ruiz']);
    expect(g.meetings[0].title).toBe('2025-11-03 Acme pricing');
    expect(conflicts(g)).toEqual([expect.stringContaining('names Carla Mendes')]);
  });

  it('keeps both names, reported, when one note says one and one the other and nothing else tells', () => {
    const wrong = note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"' }, body('Carla Mendes'));
    const g = buildGraph([handNotes, wrong], OWNER);
    expect(g.meetings).toHaveLength(1);
    expect([...g.meetings[0].participants].sort()).toEqual(['Ana Ruiz', 'Carla Mendes', 'Sam Taylor']);
    expect(conflicts(g)).toHaveLength(1);
  });

  it('is no conflict when the other notes of the meeting list nobody', () => {
    const ref = 'source_ref: "/Users/sam.taylor/Otter/2025-11-03 Acme pricing call.txt"';
    const otter = note('Otter/2025-11-03 capture.md', { type: 'meeting', date: '2025-11-03', source_ref: ref.slice(12) }, body('Myself'));
    const oneOnOne = note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"', source_ref: ref.slice(12) }, body('Carla Mendes'));
    const g = buildGraph([otter, oneOnOne], OWNER);
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toEqual(['Sam Taylor', 'Carla Mendes']);
    expect(conflicts(g)).toEqual([]);
  });

  it('names each person once in the conflict, however the notes write them', () => {
    const others = [
      note('Notes/2025-11-03 Acme pricing.md', { type: 'customer', date: '2025-11-03', participants: '["[[Ana Ruiz|Ana]]", "Bo"]' }, body('Bo')),
      note('Otter/2025-11-03 Acme pricing.md', { type: 'meeting', date: '2025-11-03', participants: '[Ana Ruiz, Bo Chen]' }, body('Bo Chen')),
      note('AI/2025-11-03 1-1.md', { type: '1-1', date: '2025-11-03', counterpart: '"[[Carla Mendes]]"' }, body('Carla Mendes')),
    ];
    const g = buildGraph(others, OWNER);
    expect(g.meetings).toHaveLength(1);
    expect(g.meetings[0].participants).toEqual(['Sam Taylor', 'Ana Ruiz', 'Bo Chen']);
    const [message] = conflicts(g);
    expect(message.match(/Bo/g)).toHaveLength(1);
  });
});
