/** Small vault helpers the plugin's parts share. */
import { TFile, TFolder, type TAbstractFile } from 'obsidian';

/** Every Markdown file in `folder` and the folders inside it. */
export function markdownFilesIn(folder: TFolder): TFile[] {
  const out: TFile[] = [];
  const visit = (f: TAbstractFile) => {
    if (f instanceof TFile && f.extension === 'md') out.push(f);
    else if (f instanceof TFolder) f.children.forEach(visit);
  };
  visit(folder);
  return out;
}

/** What an error says, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
