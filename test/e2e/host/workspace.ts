/**
 * Workspace gaps. The mock's `WorkspaceLeaf.setViewState` only records the state and its
 * `addRibbonIcon` drops the callback; in Obsidian the first constructs the registered view,
 * opens it in the leaf and calls `onOpen`, and the second is a clickable button in the ribbon.
 * This module makes leaves real: views are built from the plugin's creators (`plugin.views__`),
 * mounted in the page (left / right sidebar or main area) and closed on detach; markdown files
 * open in a MarkdownView whose editor is saved back to the vault, as Obsidian does.
 */
import {
  MarkdownView,
  Plugin,
  TFile,
  Workspace,
  WorkspaceLeaf,
  setIcon,
  type App,
  type View,
} from 'obsidian-test-mocks/obsidian';
import type { ViewCreator, ViewState } from 'obsidian';
import { getLayout, type Side } from './layout';
import { state } from './state';

/** Where each leaf lives; leaves the host never placed default to the main area. */
const leafSide = new WeakMap<WorkspaceLeaf, Side>();
const leafEl = new WeakMap<WorkspaceLeaf, HTMLElement>();

type LeafProto = {
  setViewState: (this: WorkspaceLeaf, viewState: ViewState, eState?: Record<string, unknown>) => Promise<void>;
  openFile: (this: WorkspaceLeaf, file: TFile, openState?: unknown) => Promise<void>;
  detach: (this: WorkspaceLeaf) => void;
};
/** `onOpen` / `onClose` are protected in the typings; Obsidian itself calls them. */
type Lifecycle = { onOpen(): Promise<void>; onClose(): Promise<void> };
type WorkspaceProto = Record<string, (...args: never[]) => unknown>;

function findCreator(type: string): ViewCreator | null {
  for (const plugin of state.plugins) {
    const creator = plugin.views__.get(type);
    if (creator) return creator;
  }
  return null;
}

function elementFor(leaf: WorkspaceLeaf): HTMLElement {
  let el = leafEl.get(leaf);
  if (!el) {
    const split = getLayout().splits[leafSide.get(leaf) ?? 'root'];
    el = split.createDiv('workspace-leaf');
    leafEl.set(leaf, el);
  }
  return el;
}

/** Gives a view the DOM Obsidian gives it: `.workspace-leaf-content[data-type]`, a header, then `.view-content`. */
function dressView(view: View, type: string): void {
  const containerEl = view.containerEl;
  containerEl.addClass('workspace-leaf-content');
  containerEl.setAttr('data-type', type);
  const contentEl = (view as unknown as { contentEl?: HTMLElement }).contentEl;
  if (contentEl && contentEl.parentElement === containerEl) {
    // Obsidian's ItemView: containerEl.children[0] is the header, children[1] the content.
    const header = createDiv('view-header');
    header.createDiv({ cls: 'view-header-title', text: view.getDisplayText() });
    containerEl.insertBefore(header, contentEl);
    contentEl.addClass('view-content');
  }
}

async function closeView(leaf: WorkspaceLeaf): Promise<void> {
  const view = leaf.view as unknown as View | null;
  if (!view) return;
  await (view as unknown as Lifecycle).onClose();
  view.unload();
  view.containerEl.detach();
  leaf.view = null;
}

async function mountView(leaf: WorkspaceLeaf, viewState: ViewState): Promise<void> {
  const current = leaf.view as unknown as View | null;
  if (current && current.getViewType() === viewState.type) {
    if (viewState.state) await current.setState(viewState.state, { history: false });
    return;
  }
  await closeView(leaf);
  if (!viewState.type || viewState.type === 'empty') return;
  const creator = findCreator(viewState.type);
  if (!creator) {
    // Obsidian shows an empty leaf for a type nobody registered; note it for the report.
    state.warnings.push(`setViewState: no view registered for type "${viewState.type}"`);
    return;
  }
  const view = creator(leaf as never) as unknown as View;
  dressView(view, viewState.type);
  await leaf.open(view as never);
  elementFor(leaf).appendChild(view.containerEl);
  view.load();
  await (view as unknown as Lifecycle).onOpen();
  if (viewState.state) await view.setState(viewState.state, { history: false });
}

async function openMarkdown(app: App, leaf: WorkspaceLeaf, file: TFile): Promise<void> {
  await closeView(leaf);
  const view = MarkdownView.create2__(leaf);
  dressView(view, 'markdown');
  view.file = file;
  const text = await app.vault.read(file);
  view.setViewData(text, true);
  view.contentEl.addClass('markdown-source-view');
  view.contentEl.createEl('pre', { cls: 'e2e-file-text', text });
  await leaf.open(view as never);
  elementFor(leaf).appendChild(view.containerEl);
  view.load();
}

/** The editor's text goes back to the file, as Obsidian saves an edited note. */
export async function saveEditorOf(app: App, view: MarkdownView): Promise<void> {
  const file = view.file;
  if (!(file instanceof TFile)) return;
  const edited = view.editor.getValue();
  if (edited !== (await app.vault.read(file))) await app.vault.modify(file, edited);
}

export function patchWorkspace(app: App): void {
  const leafProto = WorkspaceLeaf.prototype as unknown as LeafProto;
  const originalSetViewState = leafProto.setViewState;
  leafProto.setViewState = async function (viewState, eState) {
    await originalSetViewState.call(this, viewState, eState);
    await mountView(this, viewState);
    if (viewState.active) app.workspace.setActiveLeaf(this);
  };

  const originalOpenFile = leafProto.openFile;
  leafProto.openFile = async function (file, openState) {
    await originalOpenFile.call(this, file, openState);
    if (file.extension === 'md') await openMarkdown(app, this, file);
    app.workspace.setActiveLeaf(this);
    app.workspace.trigger('file-open', file);
  };

  const originalDetach = leafProto.detach;
  leafProto.detach = function () {
    const el = leafEl.get(this);
    void closeView(this).then(() => el?.detach());
    originalDetach.call(this);
  };

  // Remember which side each new leaf belongs to.
  const wsProto = Workspace.prototype as unknown as WorkspaceProto;
  const sided = (name: string, side: Side): void => {
    const original = wsProto[name];
    if (!original) throw new Error(`Workspace.${name} missing from the mocks`);
    wsProto[name] = function (this: Workspace, ...args: never[]) {
      const result = original.apply(this, args);
      const place = (leaf: unknown): unknown => {
        if (leaf instanceof WorkspaceLeaf && !leafSide.has(leaf)) leafSide.set(leaf, side);
        return leaf;
      };
      return result instanceof Promise ? result.then(place) : place(result);
    };
  };
  sided('getRightLeaf', 'right');
  sided('getLeftLeaf', 'left');

  // Obsidian's ensureSideLeaf opens the view in a sidebar leaf; the mock returns a bare leaf.
  const ws = wsProto as unknown as {
    ensureSideLeaf: (
      this: Workspace,
      type: string,
      side: 'left' | 'right',
      options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown },
    ) => Promise<WorkspaceLeaf>;
    getActiveViewOfType: (this: Workspace, type: abstract new (...args: never[]) => unknown) => unknown;
    revealLeaf: (this: Workspace, leaf: WorkspaceLeaf) => Promise<void>;
  };
  ws.ensureSideLeaf = async function (type, side, options = {}) {
    const existing = this.getLeavesOfType(type)[0];
    if (existing) {
      if (options.reveal !== false) await this.revealLeaf(existing);
      return existing;
    }
    const leaf = WorkspaceLeaf.create2__(app);
    leafSide.set(leaf, side);
    (this as unknown as { leaves: WorkspaceLeaf[] }).leaves.push(leaf);
    await leaf.setViewState({ type, active: options.active, state: options.state as Record<string, unknown> });
    if (options.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  };
  ws.getActiveViewOfType = function (type) {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  };
  const originalReveal = ws.revealLeaf;
  ws.revealLeaf = async function (leaf) {
    await originalReveal.call(this, leaf);
    leafEl.get(leaf)?.scrollIntoView({ block: 'nearest' });
  };
}

/** The mock's addRibbonIcon keeps the element but drops the callback; make it a real button. */
export function patchRibbon(): void {
  const proto = Plugin.prototype as unknown as {
    addRibbonIcon: (this: Plugin, icon: string, title: string, callback: (evt: MouseEvent) => unknown) => HTMLElement;
  };
  proto.addRibbonIcon = function (icon, title, callback) {
    const el = getLayout().ribbonActions.createDiv({
      cls: 'side-dock-ribbon-action clickable-icon',
      attr: { 'aria-label': title, 'data-tooltip-position': 'right', role: 'button', tabindex: '0' },
    });
    setIcon(el, icon);
    // A throw or a rejected promise here stays uncaught, as in Obsidian; the host records both.
    el.addEventListener('click', (evt) => void callback(evt));
    this.ribbonActions__.push(el);
    this.register(() => el.detach());
    return el;
  };
}
