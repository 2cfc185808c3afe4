/**
 * The browser host: Obsidian's API from `obsidian-test-mocks`, with the gaps filled, exposed to
 * the runner as `window.__e2e`. The plugin sees none of this except through `require('obsidian')`
 * and the globals Obsidian itself defines (`app`, DOM helpers such as `createEl`).
 *
 * Boot order, one call per step so the runner can time and attribute each:
 *   createApp(files) → evaluatePlugin(code) → loadPlugin(manifest) → layoutReady()
 */
import * as mocks from 'obsidian-test-mocks/obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import type { PluginManifest } from 'obsidian';
import * as binary from './binary';
import { installPlaceholderIcons } from './icons';
import { buildLayout, type Side } from './layout';
import { evaluatePlugin, installAppInternals, loadPlugin, makeRequire, runCommand } from './plugins';
import { state, describeError } from './state';
import { installLeniency, registerMockClasses } from './strictness';
import { patchComponents, patchModals, patchNotices } from './ui';
import { markPhase, watchErrors, watchLongTasks } from './watch';
import { patchRibbon, patchWorkspace } from './workspace';

const { App, TFile, Platform } = mocks;
type AppT = mocks.App;

watchLongTasks();
watchErrors(window);
markPhase('host');

// Obsidian's globals and prototype helpers (createEl, setText, empty, addClass, …).
setup();
installLeniency();
installPlaceholderIcons();
const obsidian: Record<string, unknown> = { ...mocks, ...binary };
registerMockClasses(obsidian);
patchRibbon();
patchModals(document);
patchNotices();
patchComponents();
buildLayout(document);

let app: AppT | null = null;
let PluginCtor: ReturnType<typeof evaluatePlugin> | null = null;

/**
 * Runs `work` in a task of its own on the page's event loop. Code called straight from the
 * runner (DevTools evaluation) is not a task the long-task observer sees; code started from a
 * timer is, as plugin start-up in Obsidian is.
 */
function asTask<T>(work: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => {
      // A throw inside `work` becomes a rejection of the async wrapper.
      (async () => work())().then(resolve, reject);
    }, 0);
  });
}

function theApp(): AppT {
  if (!app) throw new Error('createApp has not run');
  return app;
}

function fileAt(path: string): mocks.TFile {
  const file = theApp().vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`no file "${path}" in the vault`);
  return file;
}

export interface CreateAppOptions {
  /** Obsidian mobile: Platform flags, `is-mobile` body classes. */
  mobile?: boolean;
}

const api = {
  obsidian,
  state,

  createApp(files: Record<string, string>, options: CreateAppOptions = {}): number {
    markPhase('create-app');
    if (options.mobile) {
      Object.assign(Platform, {
        isMobile: true,
        isMobileApp: true,
        isPhone: true,
        isDesktop: false,
        isDesktopApp: false,
        isWin: false,
      });
      document.body.addClass('is-mobile', 'is-phone');
    }
    app = App.createConfigured__({ files });
    (App.prototype as unknown as { isDarkMode(): boolean }).isDarkMode = () =>
      document.body.hasClass('theme-dark');
    installAppInternals(app);
    patchWorkspace(app);
    (window as unknown as { app: AppT }).app = app;
    // The mock metadata made for every file is garbage the plugin did not make: collect it
    // now (outside any task the observer sees), so its pause is not counted against the plugin.
    (window as unknown as { gc?: () => void }).gc?.();
    return app.vault.getFiles().length;
  },

  evaluatePlugin(code: string, pluginId: string): Promise<void> {
    return asTask(() => {
      markPhase('evaluate');
      PluginCtor = evaluatePlugin(code, pluginId, makeRequire(obsidian));
    });
  },

  loadPlugin(manifest: PluginManifest, data?: unknown): Promise<void> {
    return asTask(async () => {
      if (!PluginCtor) throw new Error('evaluatePlugin has not run');
      markPhase('onload');
      await loadPlugin(theApp(), PluginCtor, manifest, data);
      markPhase('loaded');
    });
  },

  /** Obsidian finishes the layout, then the metadata cache reports the vault resolved. */
  layoutReady(): Promise<void> {
    return asTask(() => {
      markPhase('layout-ready');
      const workspace = theApp().workspace;
      workspace.setLayoutReady__();
      workspace.trigger('layout-change');
      theApp().metadataCache.trigger('resolved');
      markPhase('indexing');
    });
  },

  async openView(type: string, side: Side = 'right'): Promise<void> {
    const workspace = theApp().workspace;
    let leaf = workspace.getLeavesOfType(type)[0];
    if (!leaf) {
      leaf = side === 'root' ? workspace.getLeaf(true) : side === 'left' ? workspace.getLeftLeaf(false)! : workspace.getRightLeaf(false)!;
      await leaf.setViewState({ type, active: true });
    }
    await workspace.revealLeaf(leaf);
  },

  registeredViewTypes(): string[] {
    return state.plugins.flatMap((p) => [...p.views__.keys()]);
  },

  commandIds(): string[] {
    return state.plugins.flatMap((p) => [...p.commands__.values()].map((c) => c.id));
  },

  runCommand(id: string): Promise<void> {
    return runCommand(theApp(), id);
  },

  async openFile(path: string): Promise<void> {
    await theApp().workspace.getLeaf(false).openFile(fileAt(path));
  },

  readVaultFile(path: string): Promise<string> {
    return theApp().vault.read(fileAt(path));
  },

  async writeVaultFile(path: string, text: string): Promise<void> {
    const vault = theApp().vault;
    const existing = vault.getAbstractFileByPath(path);
    if (existing instanceof TFile) await vault.modify(existing, text);
    else await vault.create(path, text);
  },

  async vaultFiles(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const file of theApp().vault.getFiles()) out[file.path] = await theApp().vault.read(file);
    return out;
  },

  notices(): string[] {
    return state.notices.map((n) => n.messageEl.textContent ?? '');
  },

  modalTexts(): string[] {
    return state.openModals.map((m) => m.modalEl.textContent ?? '');
  },

  setTheme(theme: 'light' | 'dark'): void {
    document.body.removeClass('theme-light', 'theme-dark');
    document.body.addClass(`theme-${theme}`);
    app?.workspace.trigger('css-change');
  },

  /** Opens the plugin's first setting tab in a settings modal. */
  openSettings(): void {
    const tab = state.plugins.flatMap((p) => p.settingTabs__)[0];
    if (!tab) throw new Error('the plugin registered no setting tab');
    const modal = new mocks.Modal(theApp());
    modal.modalEl.addClass('mod-settings');
    tab.containerEl.addClass('vertical-tab-content');
    modal.contentEl.appendChild(tab.containerEl);
    modal.open();
    // What Obsidian does on opening a tab: display(), or the 1.13 setting definitions.
    (tab as unknown as mocks.SettingTab).renderTab__();
  },

  describeError,
};

(window as unknown as { __e2e: typeof api }).__e2e = api;
export type HostApi = typeof api;
