/**
 * The mocks know no icons, so `setIcon` would leave buttons empty. The host draws the same
 * neutral rounded square for any icon id (tagged with the id, as Obsidian's `lucide-<id>` class),
 * so layouts keep their real size in screenshots without shipping an icon set.
 */
export function placeholderIcon(iconId: string): string {
  const id = iconId.replace(/[^a-z0-9-]/gi, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" ` +
    `stroke="currentColor" stroke-width="2" class="svg-icon lucide-${id}" data-icon="${id}">` +
    `<rect x="4" y="4" width="16" height="16" rx="4"></rect></svg>`
  );
}

export function installPlaceholderIcons(): void {
  (globalThis as { __e2ePlaceholderIcon?: typeof placeholderIcon }).__e2ePlaceholderIcon = placeholderIcon;
}
