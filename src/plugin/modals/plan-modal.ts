/** The preview of an edit plan: every change with its line, before, after and reason; Apply or Cancel. */
import { Modal, type App } from 'obsidian';
import type { EditPlan } from '../../core/model';
import { previewEdits } from '../../core/diff';

export interface PlannedFile {
  plan: EditPlan;
  /** The text the plan was computed from. */
  text: string;
}

/** Most changes a modal lists per note before folding the rest into a count. */
const SHOWN_PER_FILE = 200;

export class PlanModal extends Modal {
  private decided = false;

  constructor(
    app: App,
    private readonly heading: string,
    private readonly files: PlannedFile[],
    private readonly onApply: () => Promise<void>,
    private readonly notes: string[] = [],
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    contentEl.addClass('mi-modal');
    this.setTitle(this.heading);
    const total = this.files.reduce((n, f) => n + f.plan.edits.length, 0);
    for (const note of this.notes) contentEl.createEl('p', { cls: 'mi-modal-note', text: note });
    if (total === 0) {
      contentEl.createEl('p', { text: 'Nothing to change: the note is already clean.' });
      this.buttons(false);
      return;
    }
    contentEl.createEl('p', {
      text: `${total} change${total === 1 ? '' : 's'} in ${this.files.length} note${this.files.length === 1 ? '' : 's'}. Nothing is written until you apply; the originals are kept for undo.`,
    });
    for (const { plan, text } of this.files) {
      if (plan.edits.length === 0) continue;
      const block = contentEl.createDiv({ cls: 'mi-preview-block' });
      block.createEl('h4', { cls: 'mi-preview-file', text: plan.path });
      const table = block.createEl('table', { cls: 'mi-preview' });
      const head = table.createEl('thead').createEl('tr');
      for (const [title, cls] of [['Line', 'mi-line-number'], ['Before', ''], ['After', ''], ['Why', '']]) head.createEl('th', { cls, text: title });
      const body = table.createEl('tbody');
      const previews = previewEdits(text, plan.edits);
      for (const p of previews.slice(0, SHOWN_PER_FILE)) {
        const row = body.createEl('tr', { attr: { 'data-mi-kind': p.kind } });
        row.createEl('td', { cls: 'mi-line-number', text: String(p.line) });
        row.createEl('td', { cls: 'mi-before' }).createEl('code', { text: p.before });
        row.createEl('td', { cls: 'mi-after' }).createEl('code', { text: p.after === '' ? '(line removed)' : p.after });
        row.createEl('td', { cls: 'mi-reason', text: p.reason });
      }
      if (previews.length > SHOWN_PER_FILE) block.createEl('p', { text: `… and ${previews.length - SHOWN_PER_FILE} more changes in this note.` });
    }
    this.buttons(true);
  }

  private buttons(canApply: boolean): void {
    const row = this.contentEl.createDiv({ cls: 'mi-modal-buttons' });
    if (canApply) {
      const apply = row.createEl('button', { cls: 'mod-cta', text: 'Apply' });
      apply.addEventListener('click', () => {
        if (this.decided) return;
        this.decided = true;
        apply.disabled = true;
        void this.onApply().finally(() => this.close());
      });
    }
    const cancel = row.createEl('button', { text: canApply ? 'Cancel' : 'Close' });
    cancel.addEventListener('click', () => this.close());
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
