/**
 * Writes a vault of seed-shaped meeting notes for the parse benchmark.
 *
 * The notes follow the three shapes of real AI-generated meeting notes
 * ("people", "customer", "1-1"; see DESIGN.md §1), with seed-like sizes: mostly
 * 3–8 KB, about a fifth with a transcript, a few of them around 50 KB. Some are
 * mis-decoded as a whole (Windows-1252, Windows-1254, Mac Roman), and one
 * meeting is often recorded in two or three notes whose action items repeat,
 * verbatim or reworded. Everything comes from a seeded PRNG, so the same
 * arguments always write the same bytes.
 *
 *   npx tsx bench/generate.ts <dir> [n] [seed]
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { prng } from './random';

// ─── Randomness ──────────────────────────────────────────────────────────────

/** Choices made from one fixed-seed stream (see random.ts). */
class Random {
  private readonly draw: () => number;

  constructor(seed: number) {
    this.draw = prng(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.draw();
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `k` distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

// ─── Vocabulary (all invented) ───────────────────────────────────────────────

const FIRST = ['Amara', 'Bram', 'Chiara', 'Dmitri', 'Esra', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kalani', 'Leontine', 'Mateus', 'Nadia', 'Oskar', 'Paloma', 'Quentin', 'Rosalind', 'Søren', 'Thandiwe', 'Ulla', 'Viktor', 'Wren', 'Ximena', 'Yusuf', 'Zofia', 'Aurélie', 'Björn', 'Émile', 'Göksu'];
const LAST = ['Abernathy', 'Bellweather', 'Castellanos', 'Drummond', 'Eskildsen', 'Fairbanks', 'Gallardo', 'Hollis', 'Iwasaki', 'Jovanović', 'Kettering', 'Lindqvist', 'Moreau', 'Nakamura', 'Okonkwo', 'Pemberton', 'Quaresma', 'Rasmussen', 'Sandoval', 'Thorsen', 'Umarov', 'Vasquez', 'Whitcombe', 'Yilmaz', 'Zeller', 'Ødegaard', 'Müller-Platz', 'Şahin'];
const COMPANY_A = ['Velmora', 'Cobalt Ridge', 'Starling', 'Orchard Lane', 'Pinecrest', 'Lumen Harbor', 'Granite Bay', 'Aster', 'Brightwater', 'Copperfield', 'Driftwood', 'Emberline', 'Foxglove', 'Halden', 'Ironleaf', 'Juniper'];
const COMPANY_B = ['Systems', 'Health', 'Freight', 'Bank', 'Energy', 'Robotics', 'Media', 'Insurance', 'Foods', 'Analytics', 'Telecom', 'Labs'];
const TOPICS = ['data residency review', 'renewal negotiation', 'pilot scoping', 'roadmap preview', 'security questionnaire', 'onboarding plan', 'pricing workshop', 'capacity planning', 'partner enablement', 'migration checkpoint', 'quarterly business review', 'support escalation'];
const VERBS = ['Send', 'Draft', 'Review', 'Schedule', 'Confirm', 'Prepare', 'Share', 'Update', 'Book', 'Finalize', 'Document', 'Estimate'];
const OBJECTS = ['the pilot success criteria', 'the revised pricing sheet', 'a reference architecture for the ingestion path', 'the security questionnaire answers', 'the data processing addendum', 'a capacity forecast for the next two quarters', 'the onboarding checklist', 'the renewal quote with the multi-year discount', 'a summary of open support tickets', 'the migration runbook', 'the executive briefing deck', 'the sandbox credentials and access policy'];
const CONTEXTS = ['with the customer team', 'for the steering committee', 'ahead of the next checkpoint', 'so legal can start the review', 'before procurement closes the quarter', 'for the regional sales lead', 'including the open risks', 'with anonymised examples'];
const REWORD: [RegExp, string][] = [
  [/^Send /, 'Share '],
  [/^Schedule /, 'Set up '],
  [/^Prepare /, 'Put together '],
  [/^Confirm /, 'Double-check '],
  [/ the /, ' '],
  [/ for the /, ' for '],
  [/ with the /, ' with '],
];
const FACT_TEMPLATES = [
  '{company} runs about {n} {unit} today and expects that to double within two years.',
  '{person} said the current contract renews in {month} and procurement needs six weeks of notice.',
  '{person} owns the budget for the evaluation and reports to the chief operating officer.',
  '{company} had {n} incidents last quarter that were traced to late data.',
  'The steering committee at {company} meets monthly; the next meeting is in {month}.',
  '{person} prefers written updates over status calls and reads them on Fridays.',
  '{company} stores roughly {n} TB of historical data that must stay in the region.',
  'Two competing vendors are in the evaluation; {person} would not name them.',
];
const DECISION_TEMPLATES = [
  'Proceed with a {weeks}-week pilot limited to {scope}.',
  'Pricing for the pilot is a fixed fee credited against the first year.',
  '{company} will run the evaluation in its own cloud account.',
  'Security review happens in parallel with the pilot, not before it.',
  'The next checkpoint moves to {month} so the data team can join.',
  '{person} becomes the single point of contact for the evaluation.',
];
const FACT_TAILS = ['This came up twice during the call and nobody disagreed.', 'The number is an estimate and will be confirmed in writing.', 'It was the first time this was said in front of the wider team.', 'This contradicts what the previous account owner reported.', 'The team sees this as the main reason to change vendors.'];
const SCOPES = ['one region', 'the finance team', 'two warehouses', 'the mobile app', 'a single product line', 'the night shift'];
const UNITS = ['sites', 'devices', 'stores', 'vehicles', 'clinics', 'terminals'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SPEECH = ['Okay, so let me share my screen for a second.', 'That makes sense, and I think the team would agree with that.', 'The main thing for us is the timeline, honestly.', "We tried something similar last year and it didn't stick.", 'Can you say more about how the pricing works at that scale?', 'I need to check with procurement before I commit to a date.', "Right, right. And who on your side would own that?", 'So the data never leaves the region, is that correct?', "I'll send a summary after the call with the open questions.", "Let's make sure legal sees this early, they are the bottleneck.", 'We have about forty people using the current tool every day.', 'Sorry, you cut out for a second there, could you repeat that?'];
const DEVICES = ['Jabra Speak 710', 'MacBook Pro Microphone', 'Poly Sync 20'];
const APPS = ['zoom.us', 'Microsoft Teams', 'Google Meet'];
const PHRASES = ['by next Friday', 'EOM', 'before the board meeting', 'by end of quarter', 'next week'];

const PRIORITY = ['🔺', '⏫', '🔼', '🔽', '⏬'];
const PRIORITY_NAME: Record<string, string> = { '🔺': 'highest', '⏫': 'high', '🔼': 'medium', '🔽': 'low', '⏬': 'lowest' };

// ─── Mojibake: UTF-8 bytes read back with a single-byte codec ───────────────

/** Characters for bytes 0x80–0xFF; NUL marks a byte the codec leaves undefined. */
const CODEC_HIGH_HALF: Record<'windows-1252' | 'windows-1254' | 'mac-roman', string> = {
  'windows-1252':
    '\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\0\u017d\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\u017e\u0178' +
    latin1(0xa0, 0xff),
  'windows-1254':
    '\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\0\0\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\0\u0178' +
    latin1(0xa0, 0xcf) + '\u011e' + latin1(0xd1, 0xdc) + '\u0130\u015e' + latin1(0xdf, 0xef) + '\u011f' + latin1(0xf1, 0xfc) + '\u0131\u015f\u00ff',
  'mac-roman':
    '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc' +
    '\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8' +
    '\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02' +
    '\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7',
};
type Codec = keyof typeof CODEC_HIGH_HALF;

function latin1(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCharCode(c);
  return s;
}

const utf8 = new TextEncoder();

/** `text` as it reads after its UTF-8 bytes were decoded with `codec`; undefined bytes are lost. */
function misdecode(text: string, codec: Codec): string {
  const table = CODEC_HIGH_HALF[codec];
  let out = '';
  for (const byte of utf8.encode(text)) {
    if (byte < 0x80) out += String.fromCharCode(byte);
    else if (table[byte - 0x80] !== '\0') out += table[byte - 0x80];
  }
  return out;
}

// ─── The meetings ────────────────────────────────────────────────────────────

type Shape = 'people' | 'customer' | '1-1';

interface Action {
  text: string;
  assignee: string;
  due: string | null;
  priority: string | null;
  phrase: string | null;
}

interface Meeting {
  date: string;
  company: string;
  topic: string;
  /** The owner first, then the others. */
  people: string[];
  summary: string;
  actions: Action[];
  decisions: string[];
  facts: string[];
}

const OWNER = 'Noor Haddad';
const OWNER_PATH = '/Users/noor.haddad';

function addDays(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function fill(template: string, r: Random, m: { company: string; person: string }): string {
  return template
    .replace('{company}', m.company)
    .replace('{person}', m.person)
    .replace('{n}', String(r.int(2, 900)))
    .replace('{unit}', r.pick(UNITS))
    .replace('{month}', r.pick(MONTHS))
    .replace('{weeks}', String(r.int(2, 8)))
    .replace('{scope}', r.pick(SCOPES));
}

function makeMeeting(r: Random, date: string, people: string[], companies: string[]): Meeting {
  const company = r.pick(companies);
  const topic = r.pick(TOPICS);
  const others = r.sample(people, r.int(1, 4));
  const all = [OWNER, ...others];
  const actions: Action[] = [];
  for (let i = r.int(5, 12); i > 0; i--) {
    const phrase = r.chance(0.06) ? r.pick(PHRASES) : null;
    actions.push({
      text: `${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(CONTEXTS)}${phrase ? ' ' + phrase : ''}`,
      assignee: r.chance(0.05) ? r.pick(['TBD', 'HR']) : r.chance(0.4) ? 'Myself' : r.pick(others),
      due: phrase || r.chance(0.2) ? null : addDays(date, r.int(3, 30)),
      priority: r.chance(0.6) ? r.pick(PRIORITY) : null,
      phrase,
    });
  }
  const ctx = () => ({ company, person: r.pick(others) });
  const facts = Array.from({ length: r.int(6, 12) }, () => fill(r.pick(FACT_TEMPLATES), r, ctx()) + (r.chance(0.5) ? ' ' + r.pick(FACT_TAILS) : ''));
  const decisions = Array.from({ length: r.int(1, 5) }, () => fill(r.pick(DECISION_TEMPLATES), r, ctx()));
  const summary =
    `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]} met for the ${company} ${topic}. ` +
    `${others[0]} walked through where ${company}’s team stands today and what has to happen before ${r.pick(MONTHS)}. ` +
    `They agreed on ${decisions.length} decision${decisions.length === 1 ? '' : 's'} and ${actions.length} follow-up actions — ` +
    `most of them owned by ${OWNER} — and flagged timing and procurement as the main risks.`;
  return { date, company, topic, people: all, summary, actions, decisions, facts };
}

function reword(text: string, r: Random): string {
  let out = text;
  for (const [from, to] of REWORD) if (r.chance(0.5)) out = out.replace(from, to);
  return out === text ? text.replace(/^(\w+) /, '$1 over ') : out;
}

// ─── Rendering a note ────────────────────────────────────────────────────────

function taskLine(a: Action, r: Random, shape: Shape, status: string, date: string): string {
  let line = `- [${status}] ${a.text}${shape === 'customer' ? '' : '.'}`;
  const doubled = r.chance(0.05) && a.assignee.includes(' ');
  line += ` @${doubled ? a.assignee + ' ' + a.assignee.split(' ').pop() : a.assignee}`;
  const vs16 = r.chance(0.05) ? '\ufe0f' : '';
  if (r.chance(0.04)) {
    // The Dataview inline form instead of emoji signifiers.
    if (a.due) line += ` [due:: ${a.due}]`;
    if (a.priority) line += ` [priority:: ${PRIORITY_NAME[a.priority]}]`;
  } else {
    if (a.due) line += ` 📅${vs16} ${a.due}`;
    if (a.priority) line += ` ${a.priority}${vs16}`;
  }
  if (status === 'x') line += ` ✅ ${addDays(date, r.int(1, 10))}`;
  if (shape === 'people') line += ' #task #proposed #auto';
  else if (shape === 'customer') line += ' #task #proposed';
  if (r.chance(0.03)) line += ` ^${Math.floor(r.next() * 0xffffff).toString(16).padStart(6, '0')}`;
  return line;
}

function bullets(items: string[], gap: boolean): string {
  return items.map((s) => `- ${s}`).join(gap ? '\n\n' : '\n');
}

function transcript(m: Meeting, r: Random, big: boolean): string {
  const target = big ? r.int(42_000, 52_000) : r.int(6_000, 20_000);
  const app = r.pick(APPS);
  const device = r.pick(DEVICES);
  const lines: string[] = [];
  let size = 0;
  let t = r.int(0, 30) * 100;
  while (size < target) {
    const mine = r.chance(0.4);
    const speech = Array.from({ length: r.int(1, 6) }, () => r.pick(SPEECH)).join(' ');
    const stamp = `${String(Math.floor(t / 360000)).padStart(2, '0')}:${String(Math.floor(t / 6000) % 60).padStart(2, '0')}:${String(Math.floor(t / 100) % 60).padStart(2, '0')}.${String(t % 100).padStart(2, '0')}`;
    const line = mine ? `[${stamp}] ${device} :  ${OWNER}${speech}` : `[${stamp}] ${app} : ${speech}`;
    lines.push(line);
    size += line.length + 2;
    t += r.int(300, 9000);
  }
  return [
    '<!-- ai:transcript:start -->',
    '',
    '## Transcript (auto)',
    '',
    '```text',
    lines.join('\n\n'),
    '```',
    '',
    '<!-- ai:transcript:end -->',
  ].join('\n');
}

function renderNote(m: Meeting, shape: Shape, r: Random, opts: { reworded: boolean; transcript: 'none' | 'normal' | 'big' }): { name: string; text: string } {
  const others = m.people.slice(1);
  const lead = others[0];
  const actions = m.actions.map((a) => (opts.reworded ? { ...a, text: reword(a.text, r) } : a));
  // Generated notes repeat some of their own items, verbatim or reworded.
  if (r.chance(0.3)) actions.push(...r.sample(actions, r.int(1, 3)).map((a) => (r.chance(0.5) ? a : { ...a, text: reword(a.text, r) })));
  const facts = m.facts.slice();
  const repeatFacts = r.chance(0.15);

  if (shape === '1-1') {
    const mine = actions.filter((a) => a.assignee === 'Myself');
    const theirs = actions.filter((a) => a.assignee !== 'Myself');
    const done = r.chance(0.5) ? 'x' : ' ';
    const text = [
      '---',
      'type: "1-1"',
      'created: { { DATE } }',
      'status: "done"',
      `counterpart: "[[${lead}]]"`,
      'role: ""',
      'team: ""',
      `company: "${m.company}"`,
      `series: "1-1/${lead}"`,
      `cadence: "${r.pick(['Weekly', 'Biweekly', 'Monthly', 'Ad hoc'])}"`,
      'meeting_mode: "Video"',
      'location_or_link: ""',
      'calendar_url: ""',
      'start_time: ""',
      `duration_min: "${r.pick([25, 30, 45, 50, 60])}"`,
      'privacy: "internal"',
      'ai_extracted: true',
      `transcript_path: "00 Inbox/Transcripts/${m.date.replace(/-/g, '')} ${r.int(8, 17)}00 Meeting Transcription.txt"`,
      'tags: [meeting, "1-1"]',
      '---',
      '',
      `# 1:1 — ${lead} — ${m.date}`,
      '',
      '> [!info] Purpose',
      '> Build trust, surface and remove blockers, align on priorities, coach & grow.',
      '',
      '## Summary',
      '',
      m.summary,
      '',
      '## Key facts learned',
      '',
      bullets(facts, false),
      '',
      '## Outcomes',
      '',
      bullets(m.decisions.map((d) => `Agreed: ${d.charAt(0).toLowerCase()}${d.slice(1)}`), false),
      '',
      '## Decisions',
      '',
      bullets(m.decisions, false),
      '',
      `## Action items (for ${lead})`,
      '',
      theirs.map((a) => taskLine(a, r, shape, done, m.date)).join('\n'),
      '',
      '## Follow-ups',
      '',
      mine.map((a) => taskLine({ ...a, assignee: OWNER }, r, shape, done, m.date)).join('\n'),
      '',
      '## Risks',
      '',
      bullets([`Procurement at ${m.company} may not close before the quarter ends.`, 'The pilot scope could grow before the first checkpoint.'], false),
      '',
      '## Open questions',
      '',
      bullets([`Who signs off on the ${m.topic} at ${m.company}?`], false),
      '',
      '> Next meeting (if any): (none)',
      '',
      ...(opts.transcript === 'none' ? [] : ['---', '', transcript(m, r, opts.transcript === 'big'), '']),
    ].join('\n');
    return { name: `${m.date} 1-1 ${lead}`, text };
  }

  const title = shape === 'customer' ? `${m.company} ${m.topic}` : `1:1 with ${lead}: ${m.company} ${m.topic}`;
  const quoted = shape === 'people' && r.chance(0.5);
  const gap = quoted;
  const sourceName = `${m.date} - ${lead} on the ${m.company} ${m.topic}`;
  const fm =
    shape === 'customer'
      ? ['---', 'type: customer', `title: ${title}`, `date: '${m.date}'`, `account: ${m.company}`, 'participants:', ...m.people.map((p) => `- ${p}`), 'source: transcript', `source_ref: Inbox/_archive/${m.date}/${sourceName}.md`, 'tags:', '- type/customer', `- account/${m.company.toLowerCase().replace(/ /g, '-')}`, '- generated', '---']
      : quoted
        ? ['---', 'type: "people"', `title: "${title}"`, `date: "${m.date}"`, 'person: ""', `participants: [${m.people.map((p) => `"${p}"`).join(', ')}]`, 'source: "transcript"', `source_ref: "${OWNER_PATH}/Documents/Notes/Sources/Transcripts/${m.date.slice(0, 4)}/${sourceName}.md"`, 'tags:', '  - "type/people"', '  - "person/"', '  - "generated"', '', '---']
        : ['---', 'type: people', `title: ${title}`, `date: '${m.date}'`, `person: ${lead}`, 'participants:', ...m.people.map((p) => `- ${p}`), 'source: transcript', `source_ref: ${OWNER_PATH}/Documents/Notes/Sources/Transcripts/${m.date.slice(0, 4)}/${sourceName}.md`, 'tags:', '- type/people', '- generated', '---'];
  const header = shape === 'customer' ? [`**Date**: ${m.date}`, `**Account**: [[${m.company}]]`, `**Attendees**: ${m.people.join(', ')}`] : [`**Date**: ${m.date}`, `**With**: ${m.people.join(', ')}`];
  const sep = gap ? '\n\n' : '\n';
  const text = [
    fm.join('\n'),
    '',
    `# ${title}`,
    '',
    header.join('\n'),
    '',
    '## Summary',
    '',
    m.summary,
    gap ? '\n' : '',
    '## Action Items',
    gap ? '\n' : '',
    actions.map((a) => taskLine(a, r, shape, shape === 'people' ? '?' : ' ', m.date)).join(sep),
    gap ? '\n\n\n' : '',
    '## Decisions',
    gap ? '\n' : '',
    bullets(m.decisions, gap),
    gap ? '\n\n\n' : '',
    '## Key Information',
    gap ? '\n' : '',
    bullets(facts, gap),
    ...(repeatFacts ? ['', '---', '', bullets(facts.map((f) => reword(f, r)), gap)] : []),
    '',
    ...(opts.transcript === 'none' ? [] : ['---', '', transcript(m, r, opts.transcript === 'big'), '']),
    '---',
    '',
    `*Source: [[${sourceName}]]*`,
    ...(shape === 'customer' ? ['', '## Related', '', bullets([m.company, ...m.people].map((p) => `[[${p}]]`), false)] : []),
    '',
  ].join('\n');
  return { name: sourceName, text };
}

/** Mis-decode everything after the frontmatter, as a note saved through the wrong codec reads. */
function garbleBody(text: string, codec: Codec): string {
  const end = text.indexOf('\n---\n', 4);
  const cut = end === -1 ? 0 : end + 5;
  return text.slice(0, cut) + misdecode(text.slice(cut), codec);
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '-');
}

// ─── The vault ───────────────────────────────────────────────────────────────

export interface GeneratedVault {
  files: number;
  bytes: number;
  transcripts: number;
  mojibake: number;
}

/** Write `n` meeting notes under `dir` (created if missing). Same arguments, same bytes. */
export function generateVault(dir: string, n = 10000, seed = 1): GeneratedVault {
  const r = new Random(seed);
  const people = FIRST.flatMap((f, i) => [`${f} ${LAST[i % LAST.length]}`, `${f} ${LAST[(i * 7 + 3) % LAST.length]}`]);
  const companies = COMPANY_A.flatMap((a, i) => [`${a} ${COMPANY_B[i % COMPANY_B.length]}`, `${a} ${COMPANY_B[(i * 5 + 2) % COMPANY_B.length]}`]);
  const stats: GeneratedVault = { files: 0, bytes: 0, transcripts: 0, mojibake: 0 };
  const shapes: Shape[] = ['people', 'customer', '1-1'];
  let date = '2024-01-02';

  while (stats.files < n) {
    if (r.chance(0.5)) date = addDays(date, 1);
    const meeting = makeMeeting(r, date, people, companies);
    // Most meetings have one note; some are recorded two or three times, in different shapes.
    const copies = Math.min(n - stats.files, r.chance(0.7) ? 1 : r.chance(0.7) ? 2 : 3);
    const noteShapes = r.sample(shapes, copies);
    noteShapes.forEach((shape, i) => {
      const roll = r.next();
      const kind = roll < 0.03 ? 'big' : roll < 0.2 ? 'normal' : 'none';
      const note = renderNote(meeting, shape, r, { reworded: i > 0 && r.chance(0.6), transcript: kind });
      let text = note.text;
      if (r.chance(0.1)) {
        text = garbleBody(text, r.pick<Codec>(['windows-1252', 'windows-1254', 'mac-roman']));
        stats.mojibake++;
      }
      const folder = path.join(dir, 'Meetings', date.slice(0, 7));
      fs.mkdirSync(folder, { recursive: true });
      const file = path.join(folder, `${safeFileName(note.name)} ${String(stats.files).padStart(5, '0')}.md`);
      fs.writeFileSync(file, text);
      stats.files++;
      stats.bytes += Buffer.byteLength(text);
      if (kind !== 'none') stats.transcripts++;
    });
  }
  return stats;
}

function isMain(): boolean {
  return process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
}

if (isMain()) {
  const [dir, n, seed] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: npx tsx bench/generate.ts <dir> [n] [seed]');
    process.exit(2);
  }
  const started = Date.now();
  const stats = generateVault(dir, n ? Number(n) : 10000, seed ? Number(seed) : 1);
  console.log(
    `wrote ${stats.files} notes (${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.transcripts} with transcripts, ${stats.mojibake} mis-decoded) to ${dir} in ${Date.now() - started} ms`,
  );
}
