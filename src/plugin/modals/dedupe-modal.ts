/**
 * The ribbon's dedupe: every duplicate group with its canonical copy highlighted,
 * its members and their notes, its confidence and a checkbox. Groups at or above
 * 0.8 are ticked; possible duplicates are shown unticked; vault-wide matches are
 * reported only.
 */
import { Modal, type App } from 'obsidian';
import type { DuplicateGroup } from '../../core/model';

export const APPLY_THRESHOLD = 0.8;

export function groupKey(g: DuplicateGroup): string {
  return `${g.kind}:${g.canonical.path}:${g.canonical.line}:${g.members.map((m) => `${m.path}:${m.line}`).join('|')}`;
}

export class DedupeModal extends Modal {
  private readonly selected = new Set<string>();
  private decided = false;

  constructor(
    app: App,
    private readonly groups: DuplicateGroup[],
    private readonly onApply: (groups: DuplicateGroup[]) => Promise<void>,
    private readonly scopeLabel = 'the vault',
    private readonly crossNote: 'mark' | 'delete' = 'mark',
  ) {
    super(app);
    for (const g of groups) if (g.confidence >= APPLY_THRESHOLD && g.scope !== 'vault') this.selected.add(groupKey(g));
  }

  override onOpen(): void {
    const { contentEl } = this;
    contentEl.addClass('mi-modal');
    this.setTitle('Dedupe tasks');
    if (this.groups.length === 0) {
      contentEl.createEl('p', { text: `No duplicates found in ${this.scopeLabel}.` });
      contentEl.createDiv({ cls: 'mi-modal-buttons' }).createEl('button', { text: 'Close' }).addEventListener('click', () => this.close());
      return;
    }
    const summary = contentEl.createEl('p');
    const update = () => summary.setText(`${this.groups.length} group${this.groups.length === 1 ? '' : 's'} in ${this.scopeLabel}; ${this.selected.size} selected. The highlighted copy in each group is kept, with every field its duplicates had; duplicates in the same note are removed, and those in other notes are ${this.crossNote === 'mark' ? 'marked cancelled with a link to it' : 'removed'}.`);
    update();

    const list = contentEl.createDiv({ cls: 'mi-groups' });
    for (const g of this.groups) {
      const key = groupKey(g);
      const box = list.createDiv({ cls: 'mi-group mi-duplicate', attr: { 'data-mi-group': key } });
      const head = box.createEl('label', { cls: 'mi-group-head' });
      const check = head.createEl('input', { type: 'checkbox' });
      check.checked = this.selected.has(key);
      check.disabled = g.scope === 'vault';
      check.addEventListener('change', () => {
        if (check.checked) this.selected.add(key);
        else this.selected.delete(key);
        update();
      });
      const level = g.scope === 'vault' ? 'Same owner elsewhere (report only)' : g.confidence >= APPLY_THRESHOLD ? 'Duplicate' : 'Possible duplicate';
      head.createSpan({ cls: 'mi-group-title', text: `${level} ${g.kind}` });
      head.createSpan({ cls: 'mi-confidence', text: `${Math.round(g.confidence * 100)}%` });
      const members = box.createEl('ul', { cls: 'mi-members' });
      for (const m of g.members) {
        const canonical = m.path === g.canonical.path && m.line === g.canonical.line;
        const item = members.createEl('li', { cls: canonical ? 'mi-member mi-canonical' : 'mi-member' });
        item.createSpan({ cls: 'mi-member-where', text: `${m.path}:${m.line}` });
        item.createSpan({ cls: 'mi-member-text', text: m.text });
        if (canonical) item.createSpan({ cls: 'mi-badge', text: 'kept' });
      }
      if (g.reasons.length > 0) box.createEl('p', { cls: 'mi-reasons', text: g.reasons.join(' · ') });
    }

    const row = contentEl.createDiv({ cls: 'mi-modal-buttons' });
    const apply = row.createEl('button', { cls: 'mod-cta', text: 'Apply' });
    apply.addEventListener('click', () => {
      if (this.decided) return;
      this.decided = true;
      apply.disabled = true;
      const chosen = this.groups.filter((g) => this.selected.has(groupKey(g)));
      void this.onApply(chosen).finally(() => this.close());
    });
    row.createEl('button', { text: 'Cancel' }).addEventListener('click', () => this.close());
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
