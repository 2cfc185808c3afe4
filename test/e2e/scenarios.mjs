/**
 * The browser scenarios. Each gets a fresh page; `boot` (default true) starts the host, the
 * vault, main.js, onload and layout-ready before `run` is called with the harness.
 *
 * Adding one: push `{ name, requires, boot, viewport, run }` to SCENARIOS. `requires` names what
 * the plugin must register (a view type, command ids, ribbon titles); an enabled scenario whose
 * requirement is missing FAILS with that message — nothing is skipped silently.
 *
 * PENDING lists scenarios waiting for plugin features. They do not run (use `--all` to try
 * them) and the runner prints each one, and says so when its requirements are already met.
 * Enable a scenario by deleting its name from PENDING.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { INDEXING_WINDOW_MS, PHONE, REPO, readVault, runCli, vaultAfter } from './harness.mjs';

/** Notes in the generated vault the indexing scenario runs on: enough that any one step of the work over them would show. */
const LARGE_VAULT_NOTES = 600;

/** A vault of `n` generated notes (bench/generate.ts: real-shaped notes, duplicates, transcripts, mojibake), by vault path. */
async function generatedVault(n) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mi-e2e-vault-'));
  try {
    const made = spawnSync('npx', ['tsx', 'bench/generate.ts', dir, String(n), '7'], { cwd: REPO, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`bench/generate.ts failed: ${made.stderr || made.stdout}`);
    return await readVault(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const DASHBOARD = 'meeting-intelligence-dashboard';
/**
 * The dashboard's test hooks, as the plugin writes them: sections `[data-mi-section=key]`,
 * rows pointing into notes `[data-mi-path][data-mi-line]` (tasks also `.mi-task`), person
 * cards `[data-mi-person=name]`, health parts `[data-mi-health=kind]`; `.mi-loading` while
 * the index builds.
 */
const VIEW = `.workspace-leaf-content[data-type="${DASHBOARD}"]`;

/** @type {Map<string, string>} scenario name → why it is pending */
export const PENDING = new Map([]);

const NODE_GLOBALS = ['process', 'Buffer', 'require', 'module', 'global', '__dirname', 'setImmediate'];

function assertNoNodeGlobals(globals, when) {
  const present = NODE_GLOBALS.filter((name) => globals[name] !== 'undefined');
  assert.deepEqual(present, [], `Node globals visible in the page ${when}: ${present.join(', ')}`);
}

/** Opens the dashboard through its command and waits until the index has filled it. */
async function openDashboard(h) {
  await h.runCommand('open-dashboard');
  const content = await h.waitForView(DASHBOARD);
  await h.page.locator(`${VIEW} [data-mi-section]`).first().waitFor({ state: 'attached', timeout: 15000 });
  await h.waitUntil(async () => (await h.page.locator(`${VIEW} .mi-loading`).count()) === 0, 'the dashboard never finished indexing', 15000);
  return content;
}

/** Open tasks are every status but done `x`/`X` and cancelled `-`. */
const isOpen = (task) => !['x', 'X', '-'].includes(task.status);

/** @typedef {import('./harness.mjs').Harness} Harness */
/**
 * @typedef {object} Scenario
 * @property {string} name
 * @property {{ view?: string, commands?: string[], ribbon?: string[], settingTab?: boolean }} [requires]
 * @property {boolean | { files?: Record<string,string>, mobile?: boolean, data?: unknown }} [boot]
 * @property {{ width: number, height: number }} [viewport]
 * @property {boolean} [mobile]
 * @property {(h: Harness) => Promise<void>} run
 */

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    name: 'the page offers nothing but obsidian to require (mobile-like)',
    boot: false,
    async run(h) {
      assertNoNodeGlobals(await h.globals(), 'before the host loads');
      await h.injectHost();
      assertNoNodeGlobals(await h.globals(), 'after the host loads');
      // Probe the real shim through a throwaway bundle: obsidian answers, everything else throws.
      const probe = await h.page.evaluate(async () => {
        const out = {};
        const code =
          'const o = require("obsidian"); globalThis.__probe = { obsidian: typeof o.Plugin };' +
          'for (const id of ["fs", "path", "electron", "crypto", "@codemirror/view"]) {' +
          '  try { require(id); globalThis.__probe[id] = "resolved"; } catch (e) { globalThis.__probe[id] = e.message; }' +
          '}' +
          'module.exports = { default: class {} };';
        await window.__e2e.evaluatePlugin(code, 'probe');
        Object.assign(out, globalThis.__probe);
        return out;
      });
      assert.equal(probe.obsidian, 'function', 'require("obsidian") must give the Obsidian API');
      for (const id of ['fs', 'path', 'electron', 'crypto', '@codemirror/view']) {
        assert.equal(probe[id], `Cannot find module '${id}'`, `require("${id}") must fail like on mobile`);
      }
    },
  },
  {
    name: 'main.js loads and onload completes without errors',
    async run(h) {
      const state = await h.hostState();
      const foreign = state.required.filter((id) => id !== 'obsidian');
      assert.deepEqual(foreign, [], `main.js required modules Obsidian mobile does not have: ${foreign.join(', ')}`);
      assert.deepEqual(state.warnings, [], 'host warnings during start-up');
      assert.ok(state.phases.some((p) => p.phase === 'loaded'), 'onload never finished');
      h.info(`views: ${(await h.registeredViewTypes()).join(', ') || 'none'}`);
      h.info(`commands: ${(await h.commandIds()).join(', ') || 'none'}`);
      h.info(`ribbon: ${(await h.ribbonTitles()).join(', ') || 'none'}`);
      await h.screenshot('startup', 'light', 'page');
    },
  },
  {
    name: 'main.js loads on a phone (Platform.isMobile, narrow screen)',
    viewport: PHONE,
    mobile: true,
    boot: { mobile: true },
    async run(h) {
      const state = await h.hostState();
      assert.deepEqual(state.required.filter((id) => id !== 'obsidian'), []);
      assert.ok(state.phases.some((p) => p.phase === 'loaded'), 'onload never finished');
      const platform = await h.page.evaluate(() => window.__e2e.obsidian.Platform.isMobile);
      assert.equal(platform, true);
    },
  },
  {
    name: `no long task over 50 ms in onload, layout-ready and ${INDEXING_WINDOW_MS / 1000} s of indexing`,
    async run(h) {
      await h.page.waitForTimeout(INDEXING_WINDOW_MS);
      const { longTasks, phases } = await h.hostState();
      const at = (phase) => phases.find((p) => p.phase === phase)?.at;
      const from = at('onload');
      const evaluateAt = at('evaluate');
      assert.ok(from !== undefined, 'no onload phase mark');
      // A task belongs to the window when it ends after onload began: onload itself runs inside
      // the task that starts it, so that task starts a moment before the mark.
      const end = (t) => t.start + t.duration;
      const evaluation = longTasks.filter((t) => evaluateAt !== undefined && t.start >= evaluateAt && end(t) <= from);
      for (const t of evaluation) h.info(`main.js evaluation took a ${Math.round(t.duration)} ms task (not counted)`);
      const during = longTasks.filter((t) => end(t) > from);
      const phaseOf = (t) => [...phases].reverse().find((p) => p.at <= Math.max(t.start, from))?.phase ?? '?';
      const described = during.map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start - from)} ms (${phaseOf(t)})`);
      assert.deepEqual(described, [], `long tasks: ${described.join('; ')}`);
    },
  },

  {
    name: `no long task over 50 ms while indexing a vault of ${LARGE_VAULT_NOTES} generated notes, start to dashboard`,
    boot: false,
    async run(h) {
      const files = await generatedVault(LARGE_VAULT_NOTES);
      h.info(`${Object.keys(files).length} notes, ${(Object.values(files).reduce((sum, t) => sum + t.length, 0) / 1e6).toFixed(1)} M characters`);
      await h.boot({ files });
      const started = Date.now();
      await openDashboard(h);
      h.info(`indexed and shown in ${Date.now() - started} ms after layout-ready`);
      const { longTasks, phases } = await h.hostState();
      const from = phases.find((p) => p.phase === 'onload')?.at;
      assert.ok(from !== undefined, 'no onload phase mark');
      const during = longTasks.filter((t) => t.start + t.duration > from);
      const described = during.map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start - from)} ms`);
      assert.deepEqual(described, [], `long tasks: ${described.join('; ')}`);
    },
  },

  {
    name: 'host self-test: view, ribbon, modal buttons, vault.process, notice, editor command, settings',
    boot: { selfTest: true, files: { 'selftest/target.md': '# Target\n' } },
    async run(h) {
      await h.runCommand('open-view');
      const view = await h.waitForView('e2e-selftest-view');
      assert.equal(await view.locator('h4').textContent(), 'Self-test view');
      assert.equal(await view.locator('[data-children-ok]').getAttribute('data-children-ok'), 'true',
        'containerEl.children[1] must be contentEl, as in Obsidian');
      await h.screenshot('selftest', 'light');
      await h.screenshot('selftest', 'dark');

      await h.clickRibbon('Self-test ribbon');
      await h.waitForModal();
      await h.screenshot('selftest-modal', 'light', 'page');
      await h.clickButton('Apply');
      await h.waitForNoModal();
      assert.equal(await h.readVaultFile('selftest/target.md'), '# Target\nselftest applied\n');
      assert.deepEqual(await h.notices(), ['Applied']);

      await h.clickRibbon('Self-test ribbon');
      await h.waitForModal();
      await h.clickButton('Cancel');
      await h.waitForNoModal();
      assert.equal(await h.readVaultFile('selftest/target.md'), '# Target\nselftest applied\n');

      await h.openFile('selftest/target.md');
      await h.runCommand('append-line');
      assert.equal(await h.readVaultFile('selftest/target.md'), '# Target\nselftest applied\nedited\n');

      await h.page.evaluate(() => window.__e2e.openSettings());
      await h.waitForModal();
      await h.page.locator('.modal .checkbox-container').click();
      const saved = await h.page.evaluate(() => window.app.plugins.getPlugin('e2e-selftest').data__);
      assert.deepEqual(saved, { flag: true });
      await h.page.keyboard.press('Escape');
      await h.waitForNoModal();
      const { lenientReads } = await h.hostState();
      assert.ok(lenientReads.some((r) => r.endsWith('.notYetSet')), 'unassigned plugin field was not read leniently');
    },
  },

  // ---- Pending until the plugin lands the features (see PENDING above) ----

  {
    name: 'dashboard shows the fixture people, tasks and health items',
    requires: { view: DASHBOARD, commands: ['open-dashboard'] },
    async run(h) {
      const scan = JSON.parse(runCli(['scan', h.inputs.vault.dir, '--json']));
      const view = await openDashboard(h);
      // The owner has no card of their own: the whole dashboard is theirs.
      for (const person of scan.people.filter((p) => !p.owner)) {
        const card = view.locator(`[data-mi-person="${cssString(person.name)}"]`);
        assert.ok((await card.count()) > 0, `person "${person.name}" has no card`);
      }
      const duplicateMembers = new Set(
        scan.duplicates.flatMap((d) =>
          d.members
            .filter((m) => m.path !== d.canonical.path || m.line !== d.canonical.line)
            .map((m) => `${m.path}:${m.line}`),
        ),
      );
      // Lists show a page at a time: open every page, as a user would with "Show more".
      for (let round = 0; round < 50; round++) {
        const more = view.locator('button', { hasText: /^Show more/ });
        if ((await more.count()) === 0) break;
        await more.first().click();
      }
      const shown = new Set(
        await view.locator('.mi-task[data-mi-path]').evaluateAll((els) =>
          els.map((el) => `${el.getAttribute('data-mi-path')}:${el.getAttribute('data-mi-line')}`),
        ),
      );
      // A task the dedupe would merge (same meeting, confident) is done once any copy of it is done:
      // the dashboard lists none of its copies.
      const statusOf = new Map(scan.tasks.map((t) => [`${t.path}:${t.line}`, t]));
      const doneElsewhere = new Set(
        scan.duplicates
          .filter((d) => d.kind === 'task' && d.scope !== 'vault' && d.confidence >= 0.8)
          .filter((d) => d.members.some((m) => { const t = statusOf.get(`${m.path}:${m.line}`); return t && !isOpen(t); }))
          .flatMap((d) => d.members.map((m) => `${m.path}:${m.line}`)),
      );
      const missing = scan.tasks
        .filter(isOpen)
        .map((t) => `${t.path}:${t.line}`)
        .filter((key) => !duplicateMembers.has(key) && !doneElsewhere.has(key) && !shown.has(key));
      assert.deepEqual(missing, [], 'open tasks missing from the dashboard');
      const healthPaths = new Set(
        await view
          .locator('[data-mi-section="health"] [data-mi-path]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-mi-path'))),
      );
      // Files the page's vault could not hold (binary junk, which holds NUL bytes) are the CLI's alone.
      const loaded = (p) => Object.prototype.hasOwnProperty.call(h.inputs.vault.files, p);
      const unhealthy = [...scan.mojibake.map((m) => m.path), ...scan.problems.map((p) => p.path)].filter(loaded);
      const notShown = [...new Set(unhealthy)].filter((p) => !healthPaths.has(p));
      assert.deepEqual(notShown, [], 'notes with mojibake or problems missing from Health');
      if (scan.duplicates.length > 0) {
        assert.ok((await view.locator('[data-mi-health="duplicates"]').count()) > 0, 'duplicates missing from Health');
      }
    },
  },
  {
    name: 'dashboard screenshots, light and dark, desktop and phone',
    requires: { view: DASHBOARD, commands: ['open-dashboard'] },
    async run(h) {
      await openDashboard(h);
      await h.screenshot('dashboard', 'light');
      await h.screenshot('dashboard', 'dark');
      await h.page.setViewportSize(PHONE);
      await h.screenshot('dashboard-phone', 'light');
      await h.screenshot('dashboard-phone', 'dark');
      // The sidebar must not scroll sideways in a narrow pane.
      const overflow = await h.page
        .locator(`${VIEW} .view-content`)
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(overflow <= 1, `dashboard overflows sideways by ${overflow}px on a phone`);
    },
  },
  {
    name: 'ribbon Dedupe modal applies the planned edits',
    requires: { ribbon: ['Dedupe tasks'] },
    async run(h) {
      const before = h.files;
      const expected = await vaultAfter(before, (dir) => runCli(['dedupe', dir, '--write']));
      const planned = Object.keys(before).filter((p) => expected[p] !== before[p]);
      assert.ok(planned.length > 0, 'the fixture vault has nothing to dedupe: the scenario proves nothing');
      await h.clickRibbon('Dedupe tasks');
      await h.waitForModal();
      await h.screenshot('dedupe-modal', 'light', '.modal');
      await h.clickButton('Apply');
      await h.waitForNoModal();
      const after = await h.vaultFiles();
      for (const p of Object.keys(before)) {
        assert.equal(after[p], expected[p], `${p} after Apply differs from the planned text`);
      }
      // Applying again changes nothing.
      await h.clickRibbon('Dedupe tasks');
      if ((await h.page.locator('.modal-container').count()) > 0) {
        const apply = h.page.locator('.modal-container').last().getByRole('button', { name: 'Apply', exact: true });
        if ((await apply.count()) > 0 && (await apply.isEnabled())) await apply.click();
        else await h.page.keyboard.press('Escape');
        await h.waitForNoModal();
      }
      const again = await h.vaultFiles();
      for (const p of Object.keys(before)) assert.equal(again[p], after[p], `${p} changed on the second dedupe`);
    },
  },
  {
    name: 'Normalize note fixes a broken note',
    requires: { commands: ['normalize-note'] },
    async run(h) {
      const before = h.files;
      const expected = await vaultAfter(before, (dir) => runCli(['normalize', dir, '--write']));
      const broken = Object.keys(before).filter((p) => p.endsWith('.md') && expected[p] !== before[p]);
      assert.ok(broken.length > 0, 'the fixture vault has no note to normalize');
      const target = broken[0];
      await h.openFile(target);
      await h.runCommand('normalize-note');
      // The command either writes at once or previews the change in a modal first.
      const modal = h.page.locator('.modal-container');
      await h.waitUntil(
        async () => (await modal.count()) > 0 || (await h.readVaultFile(target)) !== before[target],
        'Normalize note neither opened a preview nor changed the note',
      );
      if ((await modal.count()) > 0) {
        await h.screenshot('normalize-modal', 'light', '.modal');
        await h.clickButton('Apply');
        await h.waitForNoModal();
      }
      assert.equal(await h.readVaultFile(target), expected[target], `${target} is not the normalized text`);
    },
  },
  {
    name: 'note text is never markup: an <img onerror> task renders as text',
    requires: { view: DASHBOARD, commands: ['open-dashboard'] },
    boot: {
      files: {
        'Meetings/2025-04-01 markup in notes.md': [
          '---',
          'type: people',
          'title: "<b onmouseover=window.__xss=3>Markup</b> review"',
          'date: "2025-04-01"',
          'participants: ["Myself", "<img src=x onerror=window.__xss=4>"]',
          '---',
          '',
          '## Action Items',
          '',
          '- [ ] <img src=x onerror="window.__xss=1"> check the export @Myself 📅 2030-01-01',
          '',
          '## Decisions',
          '',
          '- <script>window.__xss=2</script> ship it',
          '',
        ].join('\n'),
      },
    },
    async run(h) {
      const view = await openDashboard(h);
      await h.page.waitForTimeout(300); // give a broken <img> time to fire onerror
      assert.equal(await h.page.evaluate(() => window.__xss), undefined, 'markup from a note ran');
      assert.equal(await view.locator('img[src="x"], script, b[onmouseover]').count(), 0, 'note markup became elements');
      const text = await view.textContent();
      assert.ok(text?.includes('<img src=x onerror="window.__xss=1">'), 'the task text is not shown as written');
    },
  },
  {
    name: 'ticking a task in the dashboard marks it done in the note, with its done date',
    requires: { view: DASHBOARD, commands: ['open-dashboard'] },
    boot: {
      files: {
        'Meetings/2025-05-02 tick me.md': [
          '---',
          'type: people',
          'date: "2025-05-02"',
          'participants: ["Priya Raman", "Ana Ferreira"]',
          'source_ref: "/Users/priya.raman/Transcripts/2025-05-02 tick me.md"',
          '---',
          '',
          '## Action Items',
          '',
          '- [ ] Send the tick test deck @Myself 📅 2030-01-01 ^tick',
          '',
        ].join('\n'),
      },
    },
    async run(h) {
      const path = 'Meetings/2025-05-02 tick me.md';
      const view = await openDashboard(h);
      const row = view.locator(`.mi-task[data-mi-path="${cssString(path)}"]`).first();
      await row.waitFor({ state: 'attached', timeout: 15000 });
      await row.locator('input[type="checkbox"]').click();
      await h.waitUntil(async () => (await h.readVaultFile(path)).includes('- [x] Send the tick test deck'), 'the note was not marked done', 15000);
      const text = await h.readVaultFile(path);
      assert.match(text, /^- \[x\] Send the tick test deck @Myself 📅 2030-01-01 ✅ \d{4}-\d{2}-\d{2} \^tick$/m, 'the done date or the block id is not where Tasks puts them');
    },
  },
  {
    name: 'settings tab renders',
    requires: { settingTab: true },
    async run(h) {
      await h.page.evaluate(() => window.__e2e.openSettings());
      const modal = await h.waitForModal();
      assert.ok(((await modal.textContent()) ?? '').trim().length > 0, 'the settings tab is empty');
      await h.screenshot('settings', 'light', '.modal');
      await h.screenshot('settings', 'dark', '.modal');
    },
  },
];

/** Quotes a value for a CSS attribute selector. */
function cssString(value) {
  return value.replace(/["\\]/g, '\\$&');
}
