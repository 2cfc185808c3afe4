/**
 * Browser scenarios written the way a demanding user works a real vault: copies of a
 * task shown where the dashboard lists it once, a note edited while the dedupe modal is
 * open, settings typed in and applied without a restart, a narrow sidebar with long names,
 * the list scrolling under the filter, and nothing left running once the plugin is unloaded.
 *
 * The runner (run.mjs) runs these after the scenarios in scenarios.mjs; the shape of a
 * scenario is the same (see there).
 */
import assert from 'node:assert/strict';
import { runCli } from './harness.mjs';

const DASHBOARD = 'meeting-intelligence-dashboard';
const VIEW = `.workspace-leaf-content[data-type="${DASHBOARD}"]`;
const PLUGIN_ID = 'meeting-intelligence';

/** Opens the dashboard through its command and waits until the index has filled it. */
async function openDashboard(h) {
  await h.runCommand('open-dashboard');
  const content = await h.waitForView(DASHBOARD);
  await h.page.locator(`${VIEW} [data-mi-section]`).first().waitFor({ state: 'attached', timeout: 15000 });
  await h.waitUntil(async () => (await h.page.locator(`${VIEW} .mi-loading`).count()) === 0, 'the dashboard never finished indexing', 15000);
  return content;
}

/** Clicks every "Show more" in the view until every list is whole. */
async function showEverything(view) {
  for (let round = 0; round < 200; round++) {
    const more = view.locator('button', { hasText: /^Show more/ });
    if ((await more.count()) === 0) return;
    await more.first().click();
  }
}

const isOpen = (task) => !['x', 'X', '-'].includes(task.status);
const where = (ref) => `${ref.path}:${ref.line}`;

/** Quotes a value for a CSS attribute selector. */
function cssString(value) {
  return value.replace(/["\\]/g, '\\$&');
}

/** The count a section's header shows. */
async function sectionCount(view, key) {
  return Number(await view.locator(`[data-mi-section="${key}"] .mi-section-header .mi-count`).getAttribute('data-mi-count'));
}

/** Types into the text control of the setting named `name` in the open settings modal, a key at a time. */
async function typeSetting(h, name, text) {
  const item = h.page.locator('.modal .setting-item').filter({ has: h.page.locator('.setting-item-name', { hasText: new RegExp(`^${name}$`) }) });
  const control = item.locator('input, textarea').first();
  await control.fill('');
  await control.pressSequentially(text, { delay: 15 });
}

/** A note that repeats nothing, with long words and a long name, for the narrow-sidebar scenario. */
const LONG_NOTE = [
  '---',
  'type: people',
  'date: "2025-05-06"',
  'participants: ["Myself", "Maximiliane Wolkenstein-Trostburg-Hohenegg von Ebersberg"]',
  '---',
  '',
  '## Action Items',
  '',
  '- [ ] Send https://intranet.example.com/departments/partnerships/agreements/2025/renewal-checklist-final-v12.pdf to the team @Maximiliane Wolkenstein-Trostburg-Hohenegg von Ebersberg 📅 2030-01-01',
  '- [ ] Review Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsvertrag @Myself 📅 2030-01-02',
  '',
].join('\n');

/** @type {import('./scenarios.mjs').Scenario[]} */
export const SCENARIOS = [
  {
    name: 'dashboard lists a task repeated across one meeting once, with a link to each other copy',
    requires: { view: DASHBOARD, commands: ['open-dashboard'] },
    async run(h) {
      const scan = JSON.parse(runCli(['scan', h.inputs.vault.dir, '--json']));
      const taskAt = new Map(scan.tasks.map((t) => [where(t), t]));
      // The groups the dashboard reads as one task: confident, within one note or meeting, no copy done.
      const collapsed = scan.duplicates.filter(
        (d) => d.kind === 'task' && d.scope !== 'vault' && d.confidence >= 0.8 && d.members.every((m) => taskAt.has(where(m)) && isOpen(taskAt.get(where(m)))),
      );
      assert.ok(collapsed.length > 0, 'the fixture vault repeats no task within a meeting: the scenario proves nothing');
      const view = await openDashboard(h);
      await showEverything(view);
      const rows = await view.locator('.mi-task[data-mi-path]').evaluateAll((els) =>
        els.map((el) => ({
          at: `${el.getAttribute('data-mi-path')}:${el.getAttribute('data-mi-line')}`,
          copies: Array.from(el.querySelectorAll('.mi-copies [data-mi-path]')).map((c) => `${c.getAttribute('data-mi-path')}:${c.getAttribute('data-mi-line')}`),
        })),
      );
      const problems = [];
      for (const group of collapsed) {
        const members = group.members.map(where);
        const listed = rows.filter((r) => members.includes(r.at));
        if (listed.length === 0) continue; // a task of someone the owner never met may be filtered out elsewhere
        const shownAt = new Set(listed.map((r) => r.at));
        const linked = new Set(listed.flatMap((r) => r.copies));
        const unreachable = members.filter((m) => !shownAt.has(m) && !linked.has(m));
        if (unreachable.length > 0) problems.push(`${members.join(' + ')}: ${unreachable.join(', ')} neither listed nor linked`);
        if (listed.length > 1) problems.push(`${members.join(' + ')}: listed ${listed.length} times`);
      }
      assert.deepEqual(problems, []);
      assert.ok(rows.some((r) => r.copies.length > 0), 'no task row links to its copies');
      // A copy's link opens its note at its line.
      const link = view.locator('.mi-copies .mi-link').first();
      assert.match((await link.getAttribute('aria-label')) ?? '', /^Open .+ at line \d+$/);
      await h.screenshot('dashboard-copies', 'light');
    },
  },

  {
    name: 'Dedupe leaves alone a note edited while its modal was open, and says so',
    requires: { ribbon: ['Dedupe tasks'] },
    async run(h) {
      const scan = JSON.parse(runCli(['scan', h.inputs.vault.dir, '--json']));
      const group = scan.duplicates.find((d) => d.kind === 'task' && d.scope !== 'vault' && d.confidence >= 0.8);
      assert.ok(group, 'the fixture vault has nothing to dedupe');
      const path = group.canonical.path;
      await h.clickRibbon('Dedupe tasks');
      await h.waitForModal();
      // The user types a line above the tasks in another pane while reviewing the groups.
      const before = await h.readVaultFile(path);
      const lines = before.split('\n');
      const heading = lines.findIndex((l, i) => i > 0 && /^#{1,6} /.test(l));
      lines.splice(heading + 1, 0, '- [ ] Ask the auditors for the Q3 letter @Myself');
      const edited = lines.join('\n');
      await h.page.evaluate(({ path, text }) => window.__e2e.writeVaultFile(path, text), { path, text: edited });
      await h.clickButton('Apply');
      await h.waitForNoModal();
      assert.equal(await h.readVaultFile(path), edited, `${path} was written although it changed after the modal opened`);
      const notices = (await h.notices()).join('\n');
      assert.match(notices, /edited since the preview, so it was left as it is|edited since the preview, so they were left as they are/);
      assert.ok(notices.includes(path), `the notice does not name ${path}: ${notices}`);
      assert.match(notices, /Open Dedupe tasks again/);
    },
  },

  {
    name: 'settings apply without a restart: the vault owner and excluded folders, rebuilt once typing stops',
    requires: { view: DASHBOARD, settingTab: true },
    async run(h) {
      const scan = JSON.parse(runCli(['scan', h.inputs.vault.dir, '--json']));
      const open = scan.tasks.filter(isOpen);
      const counts = new Map();
      for (const t of open) if (t.owner && !scan.people.find((p) => p.name === t.owner)?.owner) counts.set(t.owner, (counts.get(t.owner) ?? 0) + 1);
      const [newOwner] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      const view = await openDashboard(h);
      assert.ok((await view.locator(`[data-mi-person="${cssString(newOwner)}"]`).count()) > 0, `${newOwner} has no card to begin with`);
      const myTasksBefore = await sectionCount(view, 'my-tasks');

      const builds = await h.page.evaluate((id) => {
        const plugin = window.app.plugins.getPlugin(id);
        const build = plugin.index.build.bind(plugin.index);
        window.__builds = 0;
        plugin.index.build = (...args) => {
          window.__builds++;
          return build(...args);
        };
        return window.__builds;
      }, PLUGIN_ID);
      assert.equal(builds, 0);
      await h.page.evaluate(() => window.__e2e.openSettings());
      await h.waitForModal();
      await typeSetting(h, 'Vault owner', newOwner);
      // The owner is theirs now: their card goes (the dashboard is theirs) and My tasks are theirs.
      await h.waitUntil(async () => (await view.locator(`[data-mi-person="${cssString(newOwner)}"]`).count()) === 0, `${newOwner} still has a card after becoming the owner`, 15000);
      await h.waitUntil(async () => (await sectionCount(view, 'my-tasks')) !== myTasksBefore, 'My tasks did not change with the owner', 15000);
      const rebuilt = await h.page.evaluate(() => window.__builds);
      assert.ok(rebuilt >= 1 && rebuilt <= 2, `the index was rebuilt ${rebuilt} times for one name typed (${newOwner.length} keys)`);

      // Excluding a folder drops its notes' tasks from the dashboard.
      const folder = open[0].path.split('/')[0];
      assert.ok((await view.locator(`.mi-task[data-mi-path^="${cssString(folder)}/"]`).count()) > 0, `no task from ${folder} is listed to begin with`);
      await typeSetting(h, 'Excluded folders', folder);
      await h.waitUntil(async () => (await view.locator(`.mi-task[data-mi-path^="${cssString(folder)}/"]`).count()) === 0, `tasks from ${folder} are still listed after excluding it`, 15000);
      await h.page.keyboard.press('Escape');
      const saved = await h.page.evaluate((id) => window.app.plugins.getPlugin(id).data__, PLUGIN_ID);
      assert.equal(saved.ownerName, newOwner);
      assert.deepEqual(saved.excludeFolders, [folder]);
    },
  },

  {
    name: 'a 280 px sidebar with long names and unbroken words never scrolls sideways, in light and dark',
    requires: { view: DASHBOARD, commands: ['open-dashboard'] },
    boot: { files: { 'Meetings/2025-05-06 long words.md': LONG_NOTE } },
    async run(h) {
      const view = await openDashboard(h);
      await h.page.evaluate(() => {
        // The host's sidebar, dragged narrow as a user would.
        document.querySelector('.mod-right-split').setCssProps({ width: '280px', flex: '0 0 280px' });
      });
      await showEverything(view);
      // Open the long-named person's timeline too.
      const card = view.locator('[data-mi-person^="Maximiliane"] .mi-card-header').first();
      if ((await card.count()) > 0) await card.click();
      for (const theme of ['light', 'dark']) {
        await h.setTheme(theme);
        const overflow = await view.evaluate((el) => el.scrollWidth - el.clientWidth);
        assert.ok(overflow <= 1, `the dashboard scrolls sideways by ${overflow}px in a 280 px sidebar (${theme})`);
        const wide = await view.evaluate((el) => {
          const right = el.getBoundingClientRect().right;
          return Array.from(el.querySelectorAll('*'))
            .filter((c) => c.getBoundingClientRect().right > right + 1)
            .slice(0, 5)
            .map((c) => `${c.className} "${(c.textContent ?? '').slice(0, 40)}"`);
        });
        assert.deepEqual(wide, [], `elements stick out of the sidebar (${theme})`);
      }
      await h.screenshot('dashboard-280px', 'light');
      await h.screenshot('dashboard-280px', 'dark');
    },
  },

  {
    name: 'the list scrolls under the filter box without showing above it',
    requires: { view: DASHBOARD, commands: ['open-dashboard'] },
    async run(h) {
      const view = await openDashboard(h);
      await view.evaluate((el) => {
        el.scrollTop = 400;
      });
      await h.page.waitForTimeout(50);
      const hits = await view.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const filter = el.querySelector('.mi-filter').getBoundingClientRect();
        const out = [];
        // Every pixel row between the top of the pane and the filter box belongs to the toolbar, not the list under it.
        for (let y = Math.ceil(box.top) + 1; y < filter.top; y++) {
          const hit = el.ownerDocument.elementFromPoint(filter.left + 20, y);
          if (hit && hit.closest('.mi-body')) out.push(`${y - box.top}px: ${hit.className}`);
        }
        return out;
      });
      assert.deepEqual(hits, [], 'dashboard rows show through above the filter box');
    },
  },

  {
    name: 'unloading the plugin leaves no vault or workspace listener, timer or window listener behind',
    boot: false,
    async run(h) {
      await h.injectHost();
      await h.page.evaluate((vault) => window.__e2e.createApp(vault, {}), h.files);
      // Watch what plugin code schedules and listens to: its stack names `plugin:<id>` (the host's sourceURL).
      await h.page.evaluate((id) => {
        const mark = `plugin:${id}`;
        const fromPlugin = () => (new Error().stack ?? '').includes(mark);
        const watch = { unloaded: false, timersAfter: [], windowListeners: new Map(), intervals: new Set() };
        window.__watch = watch;
        const { setTimeout: st, setInterval: si, clearInterval: ci } = window;
        window.setTimeout = function (fn, ms, ...rest) {
          if (watch.unloaded && fromPlugin()) watch.timersAfter.push(new Error().stack.split('\n').slice(2, 5).join(' | '));
          return st.call(window, fn, ms, ...rest);
        };
        window.setInterval = function (fn, ms, ...rest) {
          const handle = si.call(window, fn, ms, ...rest);
          if (fromPlugin()) watch.intervals.add(handle);
          return handle;
        };
        window.clearInterval = function (handle) {
          watch.intervals.delete(handle);
          return ci.call(window, handle);
        };
        for (const target of [window, document, document.body]) {
          const add = target.addEventListener;
          const remove = target.removeEventListener;
          const name = target === window ? 'window' : target === document ? 'document' : 'body';
          target.addEventListener = function (type, fn, options) {
            if (fromPlugin()) watch.windowListeners.set(fn, `${name}:${type}`);
            return add.call(this, type, fn, options);
          };
          target.removeEventListener = function (type, fn, options) {
            watch.windowListeners.delete(fn);
            return remove.call(this, type, fn, options);
          };
        }
        const app = window.app;
        const handlers = () =>
          Object.fromEntries(
            [['vault', app.vault], ['workspace', app.workspace], ['metadataCache', app.metadataCache]].flatMap(([n, e]) =>
              Object.entries(e._ ?? {}).map(([ev, list]) => [`${n}:${ev}`, list.length]),
            ),
          );
        watch.handlers = handlers;
        watch.baseline = handlers();
      }, PLUGIN_ID);
      await h.page.evaluate(({ code, id }) => window.__e2e.evaluatePlugin(code, id), { code: h.inputs.mainJs, id: h.inputs.manifest.id });
      await h.page.evaluate(({ manifest }) => window.__e2e.loadPlugin(manifest, { ownerName: '' }), { manifest: h.inputs.manifest });
      await h.page.evaluate(() => window.__e2e.layoutReady());
      const view = await openDashboard(h);
      // Use it: filter, fold, a settings change still waiting to rebuild.
      await view.locator('.mi-filter').fill('pricing');
      await view.locator('[data-mi-section="people"] .mi-section-header').click();
      await h.page.evaluate((id) => {
        const plugin = window.app.plugins.getPlugin(id);
        plugin.settings.ownerName = 'Somebody Else';
        return plugin.saveSettings();
      }, PLUGIN_ID);
      await h.page.evaluate((id) => {
        window.app.plugins.getPlugin(id).unload();
        // Obsidian closes the plugin's views with it.
        window.app.workspace.detachLeavesOfType('meeting-intelligence-dashboard');
      }, PLUGIN_ID);
      await h.page.waitForTimeout(300);
      await h.page.evaluate(() => {
        window.__watch.unloaded = true;
      });
      // The vault keeps changing after the plugin is gone.
      const note = Object.keys(h.files).find((p) => p.endsWith('.md'));
      await h.page.evaluate(async (p) => {
        await window.__e2e.writeVaultFile(p, `${await window.__e2e.readVaultFile(p)}\nA line typed after the plugin was disabled.\n`);
        await window.__e2e.writeVaultFile('Meetings/new after unload.md', '---\ntype: people\ndate: 2025-06-01\n---\n- [ ] New task @Myself\n');
      }, note);
      await h.page.waitForTimeout(2500);
      const left = await h.page.evaluate(() => {
        const w = window.__watch;
        const now = w.handlers();
        const grown = Object.entries(now).filter(([k, n]) => n > (w.baseline[k] ?? 0)).map(([k, n]) => `${k}: ${w.baseline[k] ?? 0} → ${n}`);
        return { grown, timersAfter: w.timersAfter, intervals: w.intervals.size, windowListeners: [...w.windowListeners.values()] };
      });
      assert.deepEqual(left.grown, [], 'event handlers left registered after unload');
      assert.equal(left.intervals, 0, 'intervals left running after unload');
      assert.deepEqual(left.windowListeners, [], 'window or document listeners left after unload');
      assert.deepEqual(left.timersAfter, [], 'plugin code still scheduling work after unload');
    },
  },
];
