/**
 * A small plugin that exercises every gap the host fills — a registered view opened through
 * setViewState, a ribbon button, a modal with Apply / Cancel buttons writing through
 * `vault.process`, a notice, an editor command, a setting tab — so the host is tested on its
 * own, independently of how far the real plugin has come. Built like main.js (CommonJS,
 * `obsidian` external) by build-host.mjs.
 */
import { ItemView, Modal, Notice, Plugin, PluginSettingTab, Setting, TFile, type App, type WorkspaceLeaf } from 'obsidian';

export const SELFTEST_VIEW = 'e2e-selftest-view';
export const SELFTEST_NOTE = 'selftest/target.md';

interface SelfTestSettings {
  flag: boolean;
}

class SelfTestView extends ItemView {
  getViewType(): string {
    return SELFTEST_VIEW;
  }

  getDisplayText(): string {
    return 'Self-test';
  }

  override async onOpen(): Promise<void> {
    const content = this.containerEl.children[1];
    const root = this.contentEl.createDiv({ cls: 'e2e-selftest', attr: { 'data-children-ok': String(content === this.contentEl) } });
    root.createEl('h4', { text: 'Self-test view' });
    root.createEl('p', { text: `${this.app.vault.getMarkdownFiles().length} notes`, cls: 'e2e-muted' });
    root.createEl('button', { text: 'Accent', cls: 'mod-cta' });
    await Promise.resolve();
  }
}

class ConfirmModal extends Modal {
  constructor(
    app: App,
    private readonly file: TFile,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('Apply the self-test edit?');
    this.contentEl.createEl('p', { text: this.file.path });
    new Setting(this.contentEl)
      .addButton((b) =>
        b
          .setButtonText('Apply')
          .setCta()
          .onClick(async () => {
            await this.app.vault.process(this.file, (text) => `${text}selftest applied\n`);
            new Notice('Applied');
            this.close();
          }),
      )
      .addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()));
  }
}

// The classic display() API on purpose: the host must render tabs written either way.
class SelfTestSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: SelfTestPlugin,
  ) {
    super(app, plugin);
  }

  override display(): void {
    this.containerEl.empty();
    new Setting(this.containerEl)
      .setName('Self-test flag')
      .setDesc('Saved when toggled.')
      .addToggle((t) =>
        t.setValue(this.plugin.settings.flag).onChange(async (value) => {
          this.plugin.settings.flag = value;
          await this.plugin.saveData(this.plugin.settings);
        }),
      );
  }
}

export default class SelfTestPlugin extends Plugin {
  override settings: SelfTestSettings = { flag: false };
  /** Declared, never assigned: reading it must give undefined, as in Obsidian. */
  private notYetSet?: number;

  override async onload(): Promise<void> {
    this.settings = Object.assign({ flag: false }, (await this.loadData()) as Partial<SelfTestSettings> | null);
    if (this.notYetSet !== undefined) throw new Error('an unassigned field should read as undefined');
    this.registerView(SELFTEST_VIEW, (leaf: WorkspaceLeaf) => new SelfTestView(leaf));
    this.addRibbonIcon('dice', 'Self-test ribbon', () => {
      const file = this.app.vault.getAbstractFileByPath(SELFTEST_NOTE);
      if (file instanceof TFile) new ConfirmModal(this.app, file).open();
    });
    this.addCommand({ id: 'open-view', name: 'Open self-test view', callback: () => this.openView() });
    this.addCommand({
      id: 'append-line',
      name: 'Append a line in the editor',
      editorCallback: (editor) => editor.setValue(`${editor.getValue()}edited\n`),
    });
    this.addSettingTab(new SelfTestSettingTab(this.app, this));
  }

  private async openView(): Promise<void> {
    const leaf = this.app.workspace.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type: SELFTEST_VIEW, active: true });
  }
}
