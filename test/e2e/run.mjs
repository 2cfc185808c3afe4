#!/usr/bin/env node
/**
 * The browser suite: the built main.js in headless Chromium, inside a page whose only `require`
 * is `obsidian` (obsidian-test-mocks plus the host in test/e2e/host), with the fixture vault.
 *
 *   node test/e2e/run.mjs              enabled scenarios
 *   node test/e2e/run.mjs --all        pending ones too
 *   node test/e2e/run.mjs dedupe load  only scenarios whose name contains one of the words
 *
 * Prints one line per scenario and ends with exactly `N passed, M failed`; exits 1 on any
 * failure. Screenshots go to artifacts/e2e/. Expects main.js built (`npm run build`).
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ARTIFACTS, Harness, INDEXING_WINDOW_MS, launch, loadInputs } from './harness.mjs';
import { PENDING, SCENARIOS as CORE_SCENARIOS } from './scenarios.mjs';
import { SCENARIOS as USE_SCENARIOS } from './scenarios-use.mjs';

/** The suite's scenarios, then those written the way a demanding user works a vault. */
const SCENARIOS = [...CORE_SCENARIOS, ...USE_SCENARIOS];

const SCENARIO_TIMEOUT_MS = 30000;

const args = process.argv.slice(2);
const runAll = args.includes('--all');
const filters = args.filter((a) => !a.startsWith('--')).map((a) => a.toLowerCase());
const selected = SCENARIOS.filter(
  (s) => filters.length === 0 || filters.some((f) => s.name.toLowerCase().includes(f)),
);
const unknownPending = [...PENDING.keys()].filter((name) => !SCENARIOS.some((s) => s.name === name));
if (unknownPending.length > 0) {
  console.error(`PENDING names no scenario: ${unknownPending.join('; ')}`);
  process.exit(2);
}

/** What the loaded plugin registered, to tell whether a scenario's requirements are met. */
async function registrations(h) {
  return {
    views: await h.registeredViewTypes(),
    commands: await h.commandIds(),
    ribbon: await h.ribbonTitles(),
    settingTabs: await h.page.evaluate(() => window.__e2e.state.plugins.flatMap((p) => p.settingTabs__).length),
  };
}

/** The requirements the plugin does not meet, as sentences; empty when all are met. */
function unmet(requires = {}, reg) {
  const out = [];
  if (requires.view && !reg.views.includes(requires.view)) out.push(`no view type "${requires.view}"`);
  for (const id of requires.commands ?? []) {
    if (!reg.commands.some((c) => c === id || c.endsWith(`:${id}`))) out.push(`no command "${id}"`);
  }
  for (const title of requires.ribbon ?? []) {
    if (!reg.ribbon.includes(title)) out.push(`no ribbon icon "${title}"`);
  }
  if (requires.settingTab && reg.settingTabs === 0) out.push('no setting tab');
  return out;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runScenario(browser, inputs, scenario) {
  const h = await Harness.open(browser, inputs, scenario.name, {
    viewport: scenario.viewport,
    mobile: scenario.mobile,
  });
  const notes = [];
  h.info = (line) => notes.push(line);
  try {
    await withTimeout(
      (async () => {
        if (scenario.boot !== false) {
          await h.boot(typeof scenario.boot === 'object' ? scenario.boot : {});
          const missing = unmet(scenario.requires, await registrations(h));
          if (missing.length > 0) throw new Error(`the plugin is not ready for this scenario: ${missing.join('; ')}`);
        }
        await scenario.run(h);
      })(),
      SCENARIO_TIMEOUT_MS + (scenario.name.includes('long task') ? INDEXING_WINDOW_MS : 0),
      'scenario',
    );
    if (h.errors.length > 0) throw new Error(`errors in the page:\n    ${h.errors.join('\n    ')}`);
    return { ok: true, notes };
  } catch (error) {
    await h.screenshot(`FAILED-${slug(scenario.name)}`, 'light', 'page').catch(() => undefined);
    const pageErrors = h.errors.length > 0 && !String(error).includes('errors in the page') ? h.errors : [];
    return { ok: false, notes, error, pageErrors };
  } finally {
    await h.close();
  }
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** Loads the plugin once to learn what it registers, so pending scenarios can say if they are ready. */
async function readyPending(browser, inputs, pending) {
  if (pending.length === 0) return new Set();
  const h = await Harness.open(browser, inputs, 'registrations');
  try {
    await h.boot();
    const reg = await registrations(h);
    return new Set(pending.filter((s) => s.requires && unmet(s.requires, reg).length === 0).map((s) => s.name));
  } catch {
    return new Set();
  } finally {
    await h.close();
  }
}

/** Screenshots of failures from an earlier run would mislead; remove them. */
async function clearOldFailures() {
  const names = await readdir(ARTIFACTS).catch(() => []);
  await Promise.all(names.filter((n) => n.startsWith('FAILED-')).map((n) => rm(path.join(ARTIFACTS, n), { force: true })));
}

async function main() {
  const started = Date.now();
  await clearOldFailures();
  const inputs = await loadInputs();
  console.log(
    `e2e: main.js ${(inputs.mainJs.length / 1024).toFixed(0)} KB built ${inputs.mainMtime.toISOString()}, ` +
      `vault ${inputs.vault.dir} (${Object.keys(inputs.vault.files).length} files), host ${(inputs.hostJs.length / 1024).toFixed(0)} KB`,
  );
  const browser = await launch();
  let passed = 0;
  let failed = 0;
  const pending = [];
  try {
    for (const scenario of selected) {
      if (PENDING.has(scenario.name) && !runAll) {
        pending.push(scenario);
        continue;
      }
      const t0 = Date.now();
      const result = await runScenario(browser, inputs, scenario);
      const ms = Date.now() - t0;
      if (result.ok) {
        passed++;
        console.log(`PASS ${scenario.name} (${ms} ms)`);
      } else {
        failed++;
        console.log(`FAIL ${scenario.name} (${ms} ms)`);
        const message = result.error instanceof Error ? (result.error.stack ?? result.error.message) : String(result.error);
        console.log(`    ${message.split('\n').join('\n    ')}`);
        for (const e of result.pageErrors) console.log(`    page: ${e}`);
      }
      for (const note of result.notes) console.log(`    ${note}`);
    }
    const ready = await readyPending(browser, inputs, pending);
    for (const scenario of pending) {
      const tag = ready.has(scenario.name) ? 'the plugin now registers what it needs: enable it' : PENDING.get(scenario.name);
      console.log(`PENDING ${scenario.name} — ${tag}`);
    }
  } finally {
    await browser.close();
  }
  if (pending.length > 0) {
    console.log(`${pending.length} pending (not run; delete from PENDING in test/e2e/scenarios.mjs to enable)`);
  }
  console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
