/**
 * The ribbon's dedupe: every duplicate group with its canonical copy highlighted,
 * its members and their notes, its confidence and a checkbox. Groups at or above
 * 0.8 are ticked; possible duplicates are shown unticked; vault-wide matches are
 * reported only. Groups are drawn a page at a time; Apply is off while nothing
 * is selected, and answers one click only.
 */
import { Modal, type App } from 'obsidian';
import type { DuplicateGroup } from '../../core/model';
import { APPLY_THRESHOLD } from '../../core/dedupe/similarity';


/** Groups drawn at first, and added by each "Show more". */
const GROUPS_PER_PAGE = 50;

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

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
    const selectable = this.groups.filter((g) => g.scope !== 'vault');
    const summary = contentEl.createEl('p', { cls: 'mi-dedupe-summary' });
    const bulk = contentEl.createDiv({ cls: 'mi-modal-bulk' });
    const selectAll = bulk.createEl('button', { text: 'Select all' });
    const selectNone = bulk.createEl('button', { text: 'Select none' });
    const list = contentEl.createDiv({ cls: 'mi-groups' });
    const row = contentEl.createDiv({ cls: 'mi-modal-buttons' });
    const apply = row.createEl('button', { cls: 'mod-cta', text: 'Apply' });
    const cancel = row.createEl('button', { text: 'Cancel' });

    const checks = new Map<string, HTMLInputElement>();
    const update = (): void => {
      const n = this.selected.size;
      summary.setText(
        `${plural(this.groups.length, 'group')} in ${this.scopeLabel}; ${n} selected. The highlighted copy in each group is kept, with every field its duplicates had; ` +
          `duplicates in the same note are removed, and those in other notes are ${this.crossNote === 'mark' ? 'marked cancelled with a link to it' : 'removed'}.`,
      );
      apply.disabled = this.decided || n === 0;
      selectAll.disabled = n === selectable.length;
      selectNone.disabled = n === 0;
    };
    const setAll = (on: boolean): void => {
      for (const g of selectable) {
        const key = groupKey(g);
        if (on) this.selected.add(key);
        else this.selected.delete(key);
        const check = checks.get(key);
        if (check) check.checked = on;
      }
      update();
    };
    selectAll.addEventListener('click', () => setAll(true));
    selectNone.addEventListener('click', () => setAll(false));

    const renderGroup = (g: DuplicateGroup): void => {
      const key = groupKey(g);
      const box = list.createDiv({ cls: 'mi-group mi-duplicate', attr: { 'data-mi-group': key } });
      const head = box.createEl('label', { cls: 'mi-group-head' });
      const check = head.createEl('input', { type: 'checkbox' });
      checks.set(key, check);
      check.checked = this.selected.has(key);
      check.disabled = g.scope === 'vault';
      check.addEventListener('change', () => {
        if (check.checked) this.selected.add(key);
        else this.selected.delete(key);
        update();
      });
      const level = g.scope === 'vault' ? 'Same owner elsewhere (report only)' : g.confidence >= APPLY_THRESHOLD ? 'Duplicate' : 'Possible duplicate';
      head.createSpan({ cls: 'mi-group-title', text: `${level} ${g.kind}` });
      head.createSpan({ cls: 'mi-confidence', text: `${Math.round(g.confidence * 100)}%`, attr: { 'aria-label': `Confidence ${Math.round(g.confidence * 100)} percent` } });
      const members = box.createEl('ul', { cls: 'mi-members' });
      // The copy kept first, then the others in the order they are written.
      const isKept = (m: DuplicateGroup['members'][number]): boolean => m.path === g.canonical.path && m.line === g.canonical.line;
      for (const m of [...g.members].sort((a, b) => Number(isKept(b)) - Number(isKept(a)))) {
        const kept = isKept(m);
        const item = members.createEl('li', { cls: kept ? 'mi-member mi-canonical' : 'mi-member' });
        const where = item.createDiv({ cls: 'mi-member-where' });
        where.createSpan({ text: `${m.path}:${m.line}` });
        if (kept) where.createSpan({ cls: 'mi-badge', text: 'Kept' });
        item.createSpan({ cls: 'mi-member-text', text: m.text });
      }
      if (g.reasons.length > 0) box.createEl('p', { cls: 'mi-reasons', text: g.reasons.join(' · ') });
    };
    // A vault can hold thousands of groups: a page at a time keeps the modal quick to open.
    let shown = 0;
    let more: HTMLButtonElement | null = null;
    const showPage = (): void => {
      more?.remove();
      more = null;
      const end = Math.min(this.groups.length, shown + GROUPS_PER_PAGE);
      for (; shown < end; shown++) renderGroup(this.groups[shown]);
      const left = this.groups.length - shown;
      if (left > 0) {
        more = list.createEl('button', { cls: 'mi-show-more', text: `Show more (${left})` });
        more.addEventListener('click', showPage);
      }
    };
    showPage();
    update();

    apply.addEventListener('click', () => {
      if (this.decided || this.selected.size === 0) return;
      this.decided = true;
      apply.disabled = true;
      const chosen = this.groups.filter((g) => this.selected.has(groupKey(g)));
      void this.onApply(chosen).finally(() => this.close());
    });
    cancel.addEventListener('click', () => this.close());
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
