/**
 * Mojibake benchmark: thousands of invented note lines (tasks with signifiers, prose with curly quotes
 * and dashes, accented names, emoji), broken in every way the repair must undo, plus clean lines that
 * merely look odd. Reports the exact-repair rate per mode, how many clean lines changed, and speed.
 *
 * Targets: ≥ 99% exact repair in every mode, 0 clean lines changed, ≥ 50 MB/s on clean text and
 * ≥ 10 MB/s on broken text.  Run alone with `npx tsx bench/mojibake.ts`.
 */
import { fixText } from '../src/core/repair/mojibake';
import { BREAK_MODES, breakText, utf8Bytes, type BreakMode } from '../src/core/repair/mojibake-simulate';
import { prng } from './random';

export { prng };


type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number): boolean => r() < p;

// Invented people and companies; accents from many languages.
const PEOPLE = [
  'José Ramírez', 'Zoë Lefèvre', 'Jürgen Müller', 'François Dubois', 'Çağla Yılmaz', 'Łukasz Nowak',
  'Søren Økland', 'Björn Ångström', 'Inés Núñez', 'Siobhán Kelly', 'Anaïs Mercier', 'Renée Côté',
  'Petr Černý', 'Ana Álvarez', 'Miloš Dvořák', 'Göran Sjöberg', 'Noémie Laurent', 'Gaëlle Perrin',
  'Mónica Suárez', 'João Conceição', 'Dana Whitfield', 'Priya Raman', 'Tom Becker', 'Mei Chen',
  'Ayşe Demir', 'Đorđe Petrović', 'Hélène Roux', 'Ryōta Satō', 'Marta Kowalczyk', 'Émile Girard',
  'Ólafur Jónsson', 'Kateřina Horáková', 'Nguyễn Thị Lan', 'Ignacio Peña', 'Chloé Martin', 'Bartosz Żak',
  'Sam Okafor', 'Lea Brandt', 'Oğuz Kaya', 'Ella Fröhlich', 'DOĞAN ŞAHİN', 'Martín García',
];
const COMPANIES = ['Brightwater', 'Nordlys AS', 'Café Lumière', 'Kestrel Labs', 'Ölfabrik GmbH', 'Sunfield', 'Açaí & Co', 'Tidewell'];
const ACTIONS = [
  'Send the revised proposal to {c}',
  'Draft the Q3 roadmap and share it with {p}',
  'Review “{c} renewal” deck before Friday',
  'Follow up with {p} about pricing — they’re waiting on us',
  'Book a 1:1 with {p} to discuss the hand‑off',
  'Confirm {c}’s SLA (99.9% vs. 99.5%)',
  'Update the “risks” section – add the vendor’s lead time',
  'Ask {p} for the signed contract…',
  'Prepare the demo for {c}',
  'Write up notes from the offsite',
];
const PROSE = [
  '{p} said the launch is “on track” — but we’re still waiting on {c}’s legal review…',
  'Key takeaway: don’t over‑promise; {p}’s team owns the rollout.',
  'Budget: €120k – €150k, roughly ±10% of last year’s spend.',
  '{p} and {q} agreed to revisit the scope in two weeks’ time.',
  '“We can’t ship without SSO,” said {p}.',
  'Open question: does {c} need on‑prem? {p} thinks so — {q} isn’t sure.',
  'The lab stays at 21 °C; {p} flagged the humidity (≈ 60%).',
  'Decision: go with option B — it’s cheaper and {q} already knows the stack.',
  '{p} will own the migration; {q} covers support during the cut‑over…',
  '> “Ship it when it’s ready, not before.” — {p}',
];
const EMOJI_PROSE = [
  'Great progress 👍 thanks {p}!', 'Launch day 🎉 — well done everyone', '⚠️ Risk: the vendor’s SLA slipped again',
  '🚀 {c} is live', 'Thanks {p} 🙏', '💡 Idea: reuse the onboarding flow', '📌 Pinned: the rollout checklist',
  '❤️ from the whole team', 'All done ✅', '👀 {q} to look at the logs', '🔥 hot lead from {c}', '👍👍 agreed with {p}',
  '👨‍💻 pairing session with {q}', 'Nice work 👏 {p}',
  // Sequences and spaces of the kind macOS, phones and chat apps write.
  'Standup at 10:00\u202fAM with {p} 👍🏽', '1️⃣ agenda, 2️⃣ risks — {q}', '🇫🇷 office sync with {c} 🇩🇪',
  '👩🏽‍💻 {p} pairs with {q}', '✔️ signed off by {p} ✓', 'Q3 → Q4 • {c} ↑', 'Σ xᵢ ≥ 0 — checked by {p}',
];
const HEADINGS = ['# 1:1 — {p} — 2025-09-16', '## Notes from {c} · 2025-10-02', '### Follow‑ups for {p}', '## Décisions'];
const RECURRENCE = ['every week', 'every month on the 1st', 'every weekday'];

function fill(r: Rand, t: string): string {
  return t
    .replace('{p}', pick(r, PEOPLE))
    .replace('{q}', pick(r, PEOPLE))
    .replace('{c}', pick(r, COMPANIES));
}

function date(r: Rand): string {
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A Tasks line with signifiers in the order people write them. */
function taskLine(r: Rand): string {
  const status = pick(r, [' ', ' ', ' ', 'x', '-', '?']);
  const parts = [`- [${status}] ${fill(r, pick(r, ACTIONS))}`];
  if (chance(r, 0.7)) parts.push(`@${pick(r, PEOPLE)}`);
  const sig: string[] = [];
  if (chance(r, 0.6)) sig.push(pick(r, ['🔺', '⏫', '⏫', '🔼', '🔽', '⏬']));
  if (chance(r, 0.15)) sig.push(`🔁 ${pick(r, RECURRENCE)}`);
  if (chance(r, 0.15)) sig.push(`➕ ${date(r)}`);
  if (chance(r, 0.1)) sig.push(`🛫 ${date(r)}`);
  if (chance(r, 0.2)) sig.push(`⏳ ${date(r)}`);
  if (chance(r, 0.8)) sig.push(`📅 ${date(r)}`);
  if (chance(r, 0.06)) sig.push(`🆔 ${Math.floor(r() * 1e6).toString(36)}`);
  if (chance(r, 0.06)) sig.push(`⛔ ${Math.floor(r() * 1e6).toString(36)}`);
  if (chance(r, 0.05)) sig.push(`🏁 ${pick(r, ['delete', 'keep'])}`);
  if (status === 'x') sig.push(`✅ ${date(r)}`);
  if (status === '-') sig.push(`❌ ${date(r)}`);
  if (chance(r, 0.5)) sig.reverse();
  parts.push(...sig);
  if (chance(r, 0.8)) parts.push('#task');
  return parts.join(' ');
}

/** A realistic note line with something a wrong codec would break. */
export function noteLine(r: Rand): string {
  const kind = r();
  if (kind < 0.45) return taskLine(r);
  if (kind < 0.75) return fill(r, pick(r, PROSE));
  if (kind < 0.9) return fill(r, pick(r, EMOJI_PROSE));
  return fill(r, pick(r, HEADINGS));
}

/** Clean text that merely looks odd: must come through unchanged. */
const CLEAN_CATEGORIES: Record<string, readonly string[]> = {
  'french/german/spanish': [
    'Crème brûlée et naïve café au lait', 'Déjà vu: l’été à Paris, « CAFÉ » fermé', 'Größe, Füße, Übermäßig, Ärger, Öl',
    '¿Qué tal? ¡Olé! El niño comió piñas', 'À bientôt, Noël à l’hôtel de la Côte', 'Straße «ÉTÉ» — Mañana 10:00',
    'Ça va? Où est la forêt?', 'Ærø, Søren, Kierkegård og Ålborg', 'ÉCOLE, CAFÉ» and “CAFÉ”…',
  ],
  portuguese: ['SÃO PAULO e JOÃO', 'São Paulo, ação, não, irmã', '“IRMÃ” — MAÇÃ…', 'CORAÇÃO’S ECHO', 'Conceição e Sebastião'],
  'Â and Ã as words': ['Â la carte', 'Ã is a letter in Portuguese', 'ROMÂNIA și Brâncuși', 'Âge d’or'],
  turkish: ['Çağla Yıldız ile görüşme', 'Ağustos toplantısı', 'İstanbul’da Şişli ofisi', 'Öğretmen düğün günü ĞÜŞİÖÇ'],
  polish: ['Zażółć gęślą jaźń', 'Łódź i Kraków, Wrocław', 'Źródło: Łukasz Żółtowski'],
  'czech/icelandic/vietnamese': ['Dvořák, Černý, Kateřina', 'Þórður og Guðrún', 'Tiếng Việt: Nguyễn, Phạm'],
  'symbols and units': ['±5 °C', '€100 and £50 and ¥2000', '©2025 Kestrel Labs®', '™ and ½ and ¾ and ²', 'x ≤ 5, y ≥ 3, √2 ≈ 1.414, ∞', '5 µm × 3 µm ÷ 2', '§ 4.2 ¶ 3'],
  'curly quotes and dashes': ['“Hello” — ‘world’…', 'It’s “fine” – really', '‚Low‘ and „German“ quotes', '«guillemets» ‹single›'],
  cjk: ['会议纪要：第三季度路线图', '日本語のメモ、東京オフィス', '한국어 회의록', '中文（全角）标点。'],
  'box drawing': ['┌──────┐', '│ Plan │', '└──┬───┘', '╔══╗ ║▓▒░║ ╚══╝'],
  fullwidth: ['ＡＢＣ１２３', 'ｈｅｌｌｏ！', '（注）'],
  'greek/cyrillic': ['Καλημέρα κόσμε', 'Привет, как дела?', 'Δt = 5 ms, α = 0.05'],
  emoji: ['👍 🎉 🚀 ✅ ⚠️ ❤️', '👨‍💻 👩🏽‍🔬 🇫🇷', '📅 2025-10-26 ⏫ #task'],
};

function cleanLines(r: Rand, count: number): { category: string; line: string }[] {
  const out: { category: string; line: string }[] = [];
  const cats = Object.keys(CLEAN_CATEGORIES);
  for (let i = 0; i < count; i++) {
    const category = cats[i % cats.length];
    let line = pick(r, CLEAN_CATEGORIES[category]);
    if (chance(r, 0.3)) line += ' ' + pick(r, CLEAN_CATEGORIES[pick(r, cats)]);
    if (chance(r, 0.2)) line = line.normalize('NFD');
    out.push({ category: chance(r, 0.2) ? 'NFD ' + category : category, line });
  }
  // Every realistic note line, before it is broken, is clean text too.
  for (let i = 0; i < count; i++) out.push({ category: 'note lines', line: noteLine(r) });
  return out;
}

/** Break only some words of a line (a correct `é` beside a broken `â€™`). */
function breakSome(r: Rand, line: string): string {
  const words = line.split(' ');
  const odd = words.map((w, i) => (hasNonAscii(w) ? i : -1)).filter((i) => i >= 0);
  if (odd.length < 2) return breakText(line, 'windows-1252/dropped');
  const keep = pick(r, odd);
  const mode = pick(r, ['windows-1252/dropped', 'windows-1252/c1'] as const);
  return words.map((w, i) => (i === keep ? w : breakText(w, mode))).join(' ');
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true;
  return false;
}

interface ModeResult {
  mode: string;
  lines: number;
  exact: number;
  failures: { line: string; broken: string; got: string }[];
}

function mb(text: string): number {
  return utf8Bytes(text).length / 1e6;
}

/**
 * MB (of UTF-8) per second of CPU time spent by this process: the machine is shared, and wall time would
 * measure the neighbours too.
 */
function throughput(text: string, rounds: number): number {
  fixText(text);
  const before = process.cpuUsage();
  for (let i = 0; i < rounds; i++) fixText(text);
  const used = process.cpuUsage(before);
  return (mb(text) * rounds) / ((used.user + used.system) / 1e6);
}

export async function runMojibakeBench(options: { lines?: number; showFailures?: number } = {}): Promise<void> {
  const perMode = options.lines ?? 3000;
  const r = prng(20251026);
  const modes: (BreakMode | 'mixed')[] = [...BREAK_MODES, 'mixed'];
  const results: ModeResult[] = [];
  const brokenCorpus: string[] = [];
  for (const mode of modes) {
    const res: ModeResult = { mode, lines: 0, exact: 0, failures: [] };
    for (let i = 0; i < perMode; i++) {
      const line = noteLine(r);
      const broken = mode === 'mixed' ? breakSome(r, line) : breakText(line, mode);
      if (broken === line) continue;
      brokenCorpus.push(broken);
      res.lines++;
      const got = fixText(broken);
      if (got === line) res.exact++;
      else res.failures.push({ line, broken, got });
    }
    results.push(res);
  }
  const clean = cleanLines(r, 3000);
  const changed = clean.filter((c) => fixText(c.line) !== c.line);

  const cleanText = clean.map((c) => c.line).join('\n');
  const brokenText = brokenCorpus.join('\n');
  const asciiText = Array.from(cleanText, (c) => (c.charCodeAt(0) < 0x80 ? c : 'e')).join('');
  const cleanSpeed = throughput(cleanText.repeat(4), 5);
  const asciiSpeed = throughput(asciiText.repeat(4), 5);
  const brokenSpeed = throughput(brokenText, 3);

  const pct = (a: number, b: number): string => (b === 0 ? '—' : ((100 * a) / b).toFixed(2) + '%');
  console.log('Exact repair per mode (target ≥ 99%)');
  console.log('  mode                      lines   exact    rate');
  for (const m of results) {
    const ok = m.lines === 0 || m.exact / m.lines >= 0.99 ? '' : '  ✗';
    console.log(`  ${m.mode.padEnd(24)} ${String(m.lines).padStart(6)} ${String(m.exact).padStart(7)} ${pct(m.exact, m.lines).padStart(8)}${ok}`);
  }
  console.log(`Clean lines changed (target 0): ${changed.length} of ${clean.length}`);
  for (const c of changed.slice(0, 10)) console.log(`  [${c.category}] ${JSON.stringify(c.line)} → ${JSON.stringify(fixText(c.line))}`);
  console.log('Throughput (target ≥ 50 MB/s clean, ≥ 10 MB/s broken)');
  console.log(`  clean note text   ${cleanSpeed.toFixed(1).padStart(8)} MB/s  (${mb(cleanText).toFixed(2)} MB ×4)`);
  console.log(`  ASCII text        ${asciiSpeed.toFixed(1).padStart(8)} MB/s`);
  console.log(`  broken text       ${brokenSpeed.toFixed(1).padStart(8)} MB/s  (${mb(brokenText).toFixed(2)} MB)`);
  const show = options.showFailures ?? 3;
  if (show > 0) {
    for (const m of results) {
      for (const f of m.failures.slice(0, show)) {
        console.log(`  ✗ ${m.mode}: ${JSON.stringify(f.broken)}\n      want ${JSON.stringify(f.line)}\n      got  ${JSON.stringify(f.got)}`);
      }
    }
  }
}

const invokedDirectly = typeof process !== 'undefined' && /bench[\\/]mojibake\.ts$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  const show = Number(process.argv.find((a) => a.startsWith('--failures='))?.slice(11) ?? 3);
  await runMojibakeBench({ showFailures: show });
}
