/**
 * The runner's side of the browser suite: launching Chromium, building the page, booting the
 * plugin in it, and the helpers scenarios use (`openView`, `runCommand`, `clickRibbon`,
 * `clickButton`, `readVaultFile`, `screenshot`, …). Every scenario gets a fresh page.
 */
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHost, buildSelfTestPlugin } from './build-host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../..');
export const ARTIFACTS = path.join(REPO, 'artifacts', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The host collects its own set-up garbage before the plugin loads (see host/main.ts).
  '--js-flags=--expose-gc',
];
/** Obsidian's desktop window and a phone, for the mobile scenarios. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** How long the plugin may index after layout-ready before the long-task check is read. */
export const INDEXING_WINDOW_MS = 2000;

/** The host's own test plugin (selftest/plugin.ts), loaded instead of main.js by `boot({ selfTest: true })`. */
export const SELFTEST_MANIFEST = {
  id: 'e2e-selftest',
  name: 'E2E self-test',
  version: '0.0.0',
  minAppVersion: '1.5.0',
  description: 'Exercises the browser host.',
  author: 'Meeting Intelligence contributors',
  isDesktopOnly: false,
};

/** Reads every file under `dir` with its exact text (BOM, CRLF and all), keyed by vault path. */
export async function readVault(dir) {
  /** @type {Record<string, string>} */
  const files = {};
  async function walk(rel) {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue; // .obsidian, .DS_Store: not notes
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) {
        const bytes = await readFile(path.join(dir, child));
        if (bytes.includes(0)) continue; // binary attachment: the mock vault holds text only
        files[child] = bytes.toString('utf8');
      }
    }
  }
  await walk('');
  return files;
}

/** The vault under test: `fixtures/vault` once it holds notes, else the suite's own small vault. */
export async function chooseVault() {
  const fixtures = path.join(REPO, 'fixtures', 'vault');
  if (existsSync(fixtures)) {
    const files = await readVault(fixtures);
    if (Object.keys(files).some((p) => p.endsWith('.md'))) return { dir: fixtures, files };
  }
  const own = path.join(here, 'vault');
  return { dir: own, files: await readVault(own) };
}

/** Everything a page needs, read once per run. */
export async function loadInputs() {
  // E2E_MAIN_JS points at another build of the plugin (e.g. one made while tsc is red).
  const mainPath = process.env.E2E_MAIN_JS ? path.resolve(process.env.E2E_MAIN_JS) : path.join(REPO, 'main.js');
  if (!existsSync(mainPath)) throw new Error('main.js is missing: run `npm run build` first');
  const [hostJs, selfTestJs, themeCss, mainJs, manifestText, vault] = await Promise.all([
    buildHost(),
    buildSelfTestPlugin(),
    readFile(path.join(here, 'host', 'theme.css'), 'utf8'),
    readFile(mainPath, 'utf8'),
    readFile(path.join(REPO, 'manifest.json'), 'utf8'),
    chooseVault(),
  ]);
  const stylesPath = path.join(REPO, 'styles.css');
  const pluginCss = existsSync(stylesPath) ? await readFile(stylesPath, 'utf8') : '';
  const mainStat = await stat(mainPath);
  return {
    hostJs,
    themeCss,
    pluginCss,
    mainJs,
    mainMtime: mainStat.mtime,
    manifest: JSON.parse(manifestText),
    vault,
    selfTest: { code: selfTestJs, manifest: SELFTEST_MANIFEST },
  };
}

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/**
 * Runs the command line on a folder (the plugin's twin), returning stdout; throws on failure.
 * Exit 1 means "some files could not be read or parsed, the rest were processed" — the demo
 * vault holds such files on purpose — so it counts as success when the output is complete.
 */
export function runCli(args) {
  const cli = path.join(REPO, 'dist', 'cli.mjs');
  if (!existsSync(cli)) throw new Error('dist/cli.mjs is missing: run `npm run build` first');
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30000 });
  if (result.status !== 0 && !(result.status === 1 && result.stdout.length > 0)) {
    throw new Error(`meeting-intel ${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/**
 * Copies the vault to a temporary folder, lets `mutate(dir)` change it (e.g. the CLI with
 * `--write`) and returns the files afterwards. The temporary folder is removed.
 */
export async function vaultAfter(files, mutate) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mi-e2e-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text, 'utf8');
    }
    await mutate(dir);
    return await readVault(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One scenario's page: boot steps, what went wrong in it, and the helpers scenarios call. */
export class Harness {
  /** @param {import('playwright-core').Page} page */
  constructor(page, inputs, name) {
    this.page = page;
    this.inputs = inputs;
    this.name = name;
    /** Uncaught page errors and console errors, each one line. */
    this.errors = [];
    this.console = [];
    /** The vault the page was booted with. */
    this.files = { ...inputs.vault.files };
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.stack ?? error.message}`));
    page.on('console', (msg) => {
      const line = `[${msg.type()}] ${msg.text()}`;
      this.console.push(line);
      if (msg.type() === 'error') this.errors.push(`console.error: ${msg.text()}`);
    });
  }

  static async open(browser, inputs, name, { viewport = DESKTOP, mobile = false } = {}) {
    const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>Meeting Intelligence e2e</title>' +
      `<style id="obsidian-theme">${inputs.themeCss}</style>` +
      `<style id="plugin-styles">${inputs.pluginCss}</style>` +
      '</head><body class="theme-light"></body></html>';
    await page.setContent(html);
    return new Harness(page, inputs, name);
  }

  async close() {
    await this.page.context().close();
  }

  /** The Node-ish globals a page must not have (Obsidian mobile has none of them). */
  globals() {
    return this.page.evaluate(() => ({
      process: typeof process,
      Buffer: typeof Buffer,
      require: typeof require,
      module: typeof module,
      global: typeof global,
      __dirname: typeof __dirname,
      setImmediate: typeof setImmediate,
    }));
  }

  async injectHost() {
    await this.page.addScriptTag({ content: this.inputs.hostJs });
  }

  /**
   * The whole start-up: host, vault, main.js, onload, layout-ready. `files` adds or replaces
   * notes in the vault for this scenario only.
   */
  async boot({ files = {}, mobile = false, data = undefined, selfTest = false } = {}) {
    Object.assign(this.files, files);
    const plugin = selfTest ? this.inputs.selfTest : { code: this.inputs.mainJs, manifest: this.inputs.manifest };
    await this.injectHost();
    await this.page.evaluate(({ vault, mobile }) => window.__e2e.createApp(vault, { mobile }), {
      vault: this.files,
      mobile,
    });
    await this.page.evaluate(({ code, id }) => window.__e2e.evaluatePlugin(code, id), {
      code: plugin.code,
      id: plugin.manifest.id,
    });
    await this.page.evaluate(({ manifest, data }) => window.__e2e.loadPlugin(manifest, data), {
      manifest: plugin.manifest,
      data,
    });
    await this.page.evaluate(() => window.__e2e.layoutReady());
  }

  /** What the host recorded: required modules, notices, warnings, long tasks, phases. */
  hostState() {
    return this.page.evaluate(() => JSON.parse(JSON.stringify({
      required: window.__e2e.state.required,
      errors: window.__e2e.state.errors,
      warnings: window.__e2e.state.warnings,
      lenientReads: window.__e2e.state.lenientReads,
      longTasks: window.__e2e.state.longTasks,
      phases: window.__e2e.state.phases,
    })));
  }

  registeredViewTypes() {
    return this.page.evaluate(() => window.__e2e.registeredViewTypes());
  }

  commandIds() {
    return this.page.evaluate(() => window.__e2e.commandIds());
  }

  ribbonTitles() {
    return this.page.$$eval('.side-dock-ribbon-action', (els) => els.map((el) => el.getAttribute('aria-label')));
  }

  /** Opens a view of `type` in a sidebar (or the main area) and waits until it is in the page. */
  async openView(type, side = 'right') {
    await this.page.evaluate(({ type, side }) => window.__e2e.openView(type, side), { type, side });
    return this.waitForView(type);
  }

  /** Waits for a view of `type` to be mounted; returns a locator on its `.view-content`. */
  async waitForView(type) {
    const content = this.page.locator(`.workspace-leaf-content[data-type="${type}"] .view-content`);
    await content.first().waitFor({ state: 'attached' });
    return content.first();
  }

  /** Runs a command by id, with or without the plugin-id prefix, as the palette would. */
  runCommand(id) {
    return this.page.evaluate((id) => window.__e2e.runCommand(id), id);
  }

  /** Clicks the ribbon button with this title, with a real mouse click. */
  async clickRibbon(title) {
    await this.page.locator(`.side-dock-ribbon-action[aria-label="${title}"]`).click();
  }

  /**
   * Clicks the one visible button whose accessible name is exactly `text` — in the top-most
   * modal when one is open, else anywhere in the page.
   */
  async clickButton(text) {
    const modals = this.page.locator('.modal-container');
    const scope = (await modals.count()) > 0 ? modals.last() : this.page.locator('body');
    await scope.getByRole('button', { name: text, exact: true }).click();
  }

  /** Polls `check` (a Node-side async predicate) until it is true; throws `message` on timeout. */
  async waitUntil(check, message, timeout = 10000) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await check()) return;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`timed out: ${message}`);
  }

  /** Waits for a modal to be open and returns a locator on it. */
  async waitForModal() {
    const modal = this.page.locator('.modal-container .modal').last();
    await modal.waitFor({ state: 'visible' });
    return modal;
  }

  async waitForNoModal() {
    await this.page.locator('.modal-container').first().waitFor({ state: 'detached' });
  }

  openFile(vaultPath) {
    return this.page.evaluate((p) => window.__e2e.openFile(p), vaultPath);
  }

  readVaultFile(vaultPath) {
    return this.page.evaluate((p) => window.__e2e.readVaultFile(p), vaultPath);
  }

  vaultFiles() {
    return this.page.evaluate(() => window.__e2e.vaultFiles());
  }

  notices() {
    return this.page.evaluate(() => window.__e2e.notices());
  }

  async setTheme(theme) {
    await this.page.evaluate((t) => window.__e2e.setTheme(t), theme);
  }

  /**
   * Saves `artifacts/e2e/<name>-<theme>.png` of `target` (a selector; the right sidebar by
   * default, the whole page when the sidebar is empty or `target` is 'page').
   */
  async screenshot(name, theme = 'light', target = '.mod-right-split') {
    await this.setTheme(theme);
    await mkdir(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}-${theme}.png`);
    const element = target === 'page' ? null : this.page.locator(target).first();
    const usable = element && (await element.count()) > 0 && (await element.boundingBox())?.width;
    if (usable) await element.screenshot({ path: file, animations: 'disabled' });
    else await this.page.screenshot({ path: file, animations: 'disabled' });
    return file;
  }
}
