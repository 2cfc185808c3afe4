/**
 * The page's skeleton, shaped and classed like Obsidian's so the plugin's CSS selectors and the
 * theme variables apply the way they do in the app: a ribbon, left and right sidebars, the main
 * area, and a container for notices. Modals are appended to <body> as Obsidian does.
 */
export type Side = 'left' | 'right' | 'root';

export interface Layout {
  ribbonActions: HTMLElement;
  splits: Record<Side, HTMLElement>;
  notices: HTMLElement;
}

let layout: Layout | null = null;

export function buildLayout(doc: Document): Layout {
  if (layout) return layout;
  const body = doc.body;
  body.addClass('theme-light', 'app');
  const app = body.createDiv('app-container');
  const main = app.createDiv('horizontal-main-container');
  const workspace = main.createDiv('workspace');
  const ribbon = workspace.createDiv('workspace-ribbon side-dock-ribbon mod-left');
  const ribbonActions = ribbon.createDiv('side-dock-actions');
  const left = workspace.createDiv('workspace-split mod-horizontal mod-sidedock mod-left-split');
  const root = workspace.createDiv('workspace-split mod-vertical mod-root');
  const right = workspace.createDiv('workspace-split mod-horizontal mod-sidedock mod-right-split');
  const notices = body.createDiv('notice-container');
  layout = { ribbonActions, splits: { left, right, root }, notices };
  return layout;
}

export function getLayout(): Layout {
  if (!layout) throw new Error('host layout not built yet');
  return layout;
}
