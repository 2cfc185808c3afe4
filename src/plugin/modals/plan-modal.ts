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
/** Notes drawn at first, and added by each "Show more". */
const FILES_PER_PAGE = 20;

export class PlanModal extends Modal {
  private decided = false;

  constructor(
    app: App,
    private readonly heading: string,
    private readonly files: PlannedFile[],
    private readonly onApply: () => Promise<void>,
    private readonly notes: string[] = [],
    /** How many notes were looked at: one note, or a folder's. */
    private readonly noteCount = 1,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    contentEl.addClass('mi-modal');
    this.setTitle(this.heading);
    const changed = this.files.filter((f) => f.plan.edits.length > 0);
    const total = changed.reduce((n, f) => n + f.plan.edits.length, 0);
    for (const note of this.notes) contentEl.createEl('p', { cls: 'mi-modal-note', text: note });
    if (total === 0) {
      contentEl.createEl('p', { text: this.noteCount === 1 ? 'Nothing to change: the note is already clean.' : 'Nothing to change: these notes are already clean.' });
      this.buttons(false);
      return;
    }
    contentEl.createEl('p', {
      text: `${total} change${total === 1 ? '' : 's'} in ${changed.length} note${changed.length === 1 ? '' : 's'}. Nothing is written until you apply; the originals are kept for undo.`,
    });
    const blocks = contentEl.createDiv({ cls: 'mi-preview-blocks' });
    // A folder can hold thousands of notes to fix: draw them a few at a time.
    let shown = 0;
    let more: HTMLButtonElement | null = null;
    const showPage = (): void => {
      more?.remove();
      more = null;
      const end = Math.min(changed.length, shown + FILES_PER_PAGE);
      for (; shown < end; shown++) this.renderFile(blocks, changed[shown]);
      const left = changed.length - shown;
      if (left > 0) {
        more = blocks.createEl('button', { cls: 'mi-show-more', text: `Show ${left} more note${left === 1 ? '' : 's'}` });
        more.addEventListener('click', showPage);
      }
    };
    showPage();
    this.buttons(true);
  }

  private renderFile(parent: HTMLElement, { plan, text }: PlannedFile): void {
    const block = parent.createDiv({ cls: 'mi-preview-block' });
    block.createEl('h4', { cls: 'mi-preview-file', text: plan.path });
    const table = block.createEl('table', { cls: 'mi-preview' });
    const head = table.createEl('thead').createEl('tr');
    for (const [title, cls] of [['Line', 'mi-line-number'], ['Before', ''], ['After', ''], ['Why', '']]) head.createEl('th', { cls, text: title });
    const body = table.createEl('tbody');
    const previews = previewEdits(text, plan.edits);
    for (const p of previews.slice(0, SHOWN_PER_FILE)) {
      const row = body.createEl('tr', { attr: { 'data-mi-kind': p.kind } });
      // Each cell names its column for narrow screens, where the rows stack (styles.css).
      row.createEl('td', { cls: 'mi-line-number', text: String(p.line), attr: { 'data-mi-label': 'Line' } });
      row.createEl('td', { cls: 'mi-before', attr: { 'data-mi-label': 'Before' } }).createEl('code', { text: p.before });
      row.createEl('td', { cls: 'mi-after', attr: { 'data-mi-label': 'After' } }).createEl('code', { text: p.after === '' ? '(line removed)' : p.after });
      row.createEl('td', { cls: 'mi-reason', text: p.reason, attr: { 'data-mi-label': 'Why' } });
    }
    if (previews.length > SHOWN_PER_FILE) block.createEl('p', { text: `… and ${previews.length - SHOWN_PER_FILE} more changes in this note.` });
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
