// @vitest-environment happy-dom
/**
 * The Normalize preview: what it says when there is nothing to do (for a note
 * or a folder), a folder's notes a page at a time, every cell named for the
 * stacked phone layout, and Apply answering one click only.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setup } from 'obsidian-test-mocks/setup';
import { App } from 'obsidian-test-mocks/obsidian';
import { planNormalize } from '../../src/core/repair/normalize';
import { PlanModal, type PlannedFile } from '../../src/plugin/modals/plan-modal';

beforeAll(() => setup());

const BROKEN = '---\ntype: 1-1\ndate: 2026-03-04\n---\n- [ ] Send it ðŸ“… 2026-03-11\n';

function planned(n: number): PlannedFile[] {
  return Array.from({ length: n }, (_, i) => {
    const path = `Meetings/note ${i}.md`;
    return { plan: planNormalize(path, BROKEN).plan, text: BROKEN };
  });
}

function openModal(files: PlannedFile[], noteCount = files.length) {
  const app = App.createConfigured__().asOriginalType__();
  const onApply = vi.fn(() => Promise.resolve());
  const modal = new PlanModal(app, 'Normalize', files, onApply, [], noteCount);
  modal.onOpen();
  const el = modal.contentEl;
  const button = (text: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent === text) as HTMLButtonElement;
  return { el, onApply, button };
}

describe('PlanModal', () => {
  it('says a note is clean, or that a folder’s notes are', () => {
    expect(openModal([], 1).el.textContent).toContain('Nothing to change: the note is already clean.');
    expect(openModal([], 12).el.textContent).toContain('Nothing to change: these notes are already clean.');
  });

  it('draws a folder’s notes a page at a time, counting all of them', () => {
    const { el, button } = openModal(planned(45));
    expect(el.textContent).toContain('45 changes in 45 notes.');
    expect(el.querySelectorAll('.mi-preview-block')).toHaveLength(20);
    button('Show 25 more notes').click();
    expect(el.querySelectorAll('.mi-preview-block')).toHaveLength(40);
    button('Show 5 more notes').click();
    expect(el.querySelectorAll('.mi-preview-block')).toHaveLength(45);
  });

  it('names every cell by its column, and applies once however often Apply is clicked', async () => {
    const { el, onApply, button } = openModal(planned(1));
    const cells = Array.from(el.querySelectorAll('.mi-preview tbody td')).map((td) => td.getAttribute('data-mi-label'));
    expect(cells).toEqual(['Line', 'Before', 'After', 'Why']);
    expect(el.querySelector('.mi-preview .mi-after code')?.textContent).toBe('- [ ] Send it 📅 2026-03-11');
    button('Apply').click();
    button('Apply').click();
    await Promise.resolve();
    expect(onApply).toHaveBeenCalledTimes(1);
  });
});
