// @vitest-environment happy-dom
/**
 * The dedupe modal as a user meets it on a large vault: a page of groups at a
 * time, the copy kept first, select all or none, Apply off while nothing is
 * selected and answering one click only.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setup } from 'obsidian-test-mocks/setup';
import { App } from 'obsidian-test-mocks/obsidian';
import type { DuplicateGroup } from '../../src/core/model';
import { DedupeModal } from '../../src/plugin/modals/dedupe-modal';

beforeAll(() => setup());

function group(i: number, over: Partial<DuplicateGroup> = {}): DuplicateGroup {
  const path = `Meetings/2025-10-${String((i % 28) + 1).padStart(2, '0')} Sync.md`;
  return {
    kind: 'task',
    confidence: 0.95,
    scope: 'note',
    canonical: { path, line: 20 + 2 * i },
    members: [
      { path, line: 12 + 2 * i, text: `Send report ${i}` },
      { path, line: 20 + 2 * i, text: `Send the report ${i}` },
    ],
    reasons: ['same wording'],
    key: `g${i}`,
    ...over,
  };
}

function openModal(groups: DuplicateGroup[]) {
  const app = App.createConfigured__().asOriginalType__();
  const onApply = vi.fn((_chosen: DuplicateGroup[]) => Promise.resolve());
  const modal = new DedupeModal(app, groups, onApply);
  modal.onOpen();
  const el = modal.contentEl;
  const button = (text: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent === text) as HTMLButtonElement;
  return { modal, el, onApply, button };
}

describe('DedupeModal', () => {
  it('draws a page of groups at a time on a large vault', () => {
    const { el, button } = openModal(Array.from({ length: 120 }, (_, i) => group(i)));
    expect(el.querySelectorAll('.mi-duplicate')).toHaveLength(50);
    expect(el.querySelector('.mi-dedupe-summary')?.textContent).toMatch(/^120 groups in the vault; 120 selected\./);
    button('Show more (70)').click();
    expect(el.querySelectorAll('.mi-duplicate')).toHaveLength(100);
    button('Show more (20)').click();
    expect(el.querySelectorAll('.mi-duplicate')).toHaveLength(120);
    expect(button('Show more (20)')).toBeUndefined();
  });

  it('lists the copy kept first, marked Kept', () => {
    const { el } = openModal([group(1)]);
    const members = Array.from(el.querySelectorAll('.mi-member'));
    expect(members[0].hasClass('mi-canonical')).toBe(true);
    expect(members[0].querySelector('.mi-member-text')?.textContent).toBe('Send the report 1');
    expect(members[0].querySelector('.mi-badge')?.textContent).toBe('Kept');
    expect(members[1].querySelector('.mi-badge')).toBeNull();
  });

  it('selects none and all, keeps Apply off with nothing selected, and applies what is selected, even on pages not drawn yet', async () => {
    const groups = [...Array.from({ length: 60 }, (_, i) => group(i)), group(99, { scope: 'vault', key: 'v' })];
    const { el, onApply, button } = openModal(groups);
    const apply = button('Apply');
    button('Select none').click();
    expect(apply.disabled).toBe(true);
    expect(el.querySelector('.mi-dedupe-summary')?.textContent).toMatch(/; 0 selected\./);
    apply.click();
    expect(onApply).not.toHaveBeenCalled();
    button('Select all').click();
    expect(apply.disabled).toBe(false);
    // Vault-wide matches are reported, never applied.
    expect(el.querySelector('.mi-dedupe-summary')?.textContent).toMatch(/^61 groups in the vault; 60 selected\./);
    const first = el.querySelector('.mi-duplicate input[type="checkbox"]') as HTMLInputElement;
    first.checked = false;
    first.dispatchEvent(new Event('change'));
    apply.click();
    apply.click();
    await Promise.resolve();
    expect(onApply).toHaveBeenCalledTimes(1);
    const chosen = onApply.mock.calls[0][0];
    expect(chosen).toHaveLength(59);
    expect(chosen.map((g) => g.key)).not.toContain('g0');
    expect(chosen.map((g) => g.key)).toContain('g59');
  });

  it('offers possible duplicates unticked', () => {
    const { el } = openModal([group(1), group(2, { confidence: 0.65 })]);
    const checks = Array.from(el.querySelectorAll<HTMLInputElement>('.mi-duplicate input[type="checkbox"]'));
    expect(checks.map((c) => c.checked)).toEqual([true, false]);
    expect(el.querySelectorAll('.mi-group-title')[1].textContent).toBe('Possible duplicate task');
  });
});
