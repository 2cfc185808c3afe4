/**
 * Loading a plugin the way Obsidian does: the bundle's text runs through
 * `new Function('module', 'exports', 'require', code)` with a `require` that knows only
 * `obsidian`; the default export is constructed with `(app, manifest)`, loaded, and its
 * commands become runnable by id.
 */
import { MarkdownView, type App, type Plugin } from 'obsidian-test-mocks/obsidian';
import type { Command, PluginManifest } from 'obsidian';
import { saveEditorOf } from './workspace';
import { state } from './state';

type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;

/** The page's only `require`: `obsidian` answers with the mocks, anything else throws like Node. */
export function makeRequire(obsidian: Record<string, unknown>): (id: string) => unknown {
  return (id: string) => {
    state.required.push(id);
    if (id === 'obsidian') return obsidian;
    const error = new Error(`Cannot find module '${id}'`) as Error & { code?: string };
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  };
}

/** Runs the bundle's text and returns its default export. */
export function evaluatePlugin(code: string, pluginId: string, require: (id: string) => unknown): PluginClass {
  const module: { exports: Record<string, unknown> } = { exports: {} };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- this is how Obsidian loads main.js
  const run = new Function('module', 'exports', 'require', `${code}\n//# sourceURL=plugin:${pluginId}`) as (
    m: typeof module,
    e: Record<string, unknown>,
    r: typeof require,
  ) => void;
  run(module, module.exports, require);
  const exported = (module.exports.default ?? module.exports) as unknown;
  if (typeof exported !== 'function') throw new Error('main.js has no default export class');
  return exported as PluginClass;
}

/** Constructs and loads the plugin; resolves when its `onload` (sync or async) has finished. */
export async function loadPlugin(
  app: App,
  PluginCtor: PluginClass,
  manifest: PluginManifest,
  data: unknown,
): Promise<Plugin> {
  // Obsidian fills in where the plugin lives before constructing it.
  const plugin = new PluginCtor(app, { dir: `${app.vault.configDir}/plugins/${manifest.id}`, ...manifest });
  // Obsidian's loadData() resolves to null when the plugin has never saved anything.
  plugin.data__ = data ?? null;
  state.plugins.push(plugin);
  const internals = app as unknown as { plugins: { plugins: Record<string, Plugin> } };
  internals.plugins.plugins[manifest.id] = plugin;
  let finished: Promise<unknown> = Promise.resolve();
  const onload = plugin.onload.bind(plugin);
  plugin.onload = () => {
    finished = Promise.resolve(onload());
  };
  plugin.load();
  await finished;
  return plugin;
}

function findCommand(id: string): { plugin: Plugin; command: Command } {
  for (const plugin of state.plugins) {
    const full = id.includes(':') ? id : `${plugin.manifest.id}:${id}`;
    for (const command of plugin.commands__.values()) {
      if (command.id === id || command.id === full || `${plugin.manifest.id}:${command.id}` === full) {
        return { plugin, command };
      }
    }
  }
  const known = state.plugins.flatMap((p) => [...p.commands__.values()].map((c) => c.id));
  throw new Error(`no command "${id}" (registered: ${known.join(', ') || 'none'})`);
}

/**
 * Runs a command as the command palette would. A command whose check callback says "not now"
 * is an error here: a scenario that runs it expects it to be available.
 */
export async function runCommand(app: App, id: string): Promise<void> {
  const { command } = findCommand(id);
  if (command.callback) {
    await Promise.resolve(command.callback() as unknown);
    return;
  }
  if (command.checkCallback) {
    if (!command.checkCallback(true)) throw new Error(`command "${id}" is not available now`);
    // A check callback returns its boolean; any work it starts runs on, as in Obsidian.
    command.checkCallback(false);
    return;
  }
  const view: unknown = app.workspace.getActiveViewOfType(MarkdownView as never);
  if (command.editorCallback || command.editorCheckCallback) {
    if (!(view instanceof MarkdownView)) throw new Error(`command "${id}" needs an open note (use openFile first)`);
    const ctx = view as never;
    if (command.editorCallback) {
      await Promise.resolve(command.editorCallback(view.editor, ctx) as unknown);
    } else if (command.editorCheckCallback) {
      if (!command.editorCheckCallback(true, view.editor, ctx)) {
        throw new Error(`command "${id}" is not available now`);
      }
      command.editorCheckCallback(false, view.editor, ctx);
    }
    await saveEditorOf(app, view);
    return;
  }
  throw new Error(`command "${id}" has no callback`);
}

/** Obsidian's internal `app.commands` and `app.plugins`, which plugins and tests reach for. */
export function installAppInternals(app: App): void {
  const plugins: Record<string, Plugin> = {};
  Object.assign(app, {
    plugins: {
      plugins,
      getPlugin: (id: string): Plugin | null => plugins[id] ?? null,
    },
    commands: {
      executeCommandById: (id: string): boolean => {
        void runCommand(app, id);
        return true;
      },
    },
  });
}
