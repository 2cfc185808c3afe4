/**
 * The plugin's settings: their shape, defaults, how stored data is read back,
 * and the settings tab.
 *
 * The tab is described once (`SETTING_FIELDS`) and drawn two ways: as
 * declarative definitions on Obsidian 1.13+ (so the settings search finds
 * them) and with `Setting` rows in `display()` on older versions.
 */
import { type App, type Plugin, PluginSettingTab, Setting, type SettingDefinitionItem, normalizePath } from 'obsidian';

export interface MeetingIntelSettings {
  /** The vault owner's canonical name; empty means "guess from source_ref paths". */
  ownerName: string;
  /** Folder holding one note per person (their aliases live there). */
  peopleFolder: string;
  /** Frontmatter `type` values that make a note a meeting note. */
  meetingNoteTypes: string[];
  /** Folders whose notes count as meeting notes whatever their type. */
  meetingFolders: string[];
  /** What the dedupe does with a duplicate found in another note of the same meeting. */
  crossNoteDuplicates: 'mark' | 'delete';
  openDashboardOnStart: boolean;
  /** Folders the index skips (templates, archives). */
  excludeFolders: string[];
}

export const DEFAULT_SETTINGS: MeetingIntelSettings = {
  ownerName: '',
  peopleFolder: 'People',
  meetingNoteTypes: ['people', 'customer', '1-1', 'meeting'],
  meetingFolders: [],
  crossNoteDuplicates: 'mark',
  openDashboardOnStart: false,
  excludeFolders: [],
};

export type SettingKey = keyof MeetingIntelSettings;

type FieldKind = 'text' | 'folder' | 'words' | 'folders' | 'toggle' | 'choice';

interface Field {
  key: SettingKey;
  kind: FieldKind;
  name: string;
  desc: string;
  placeholder?: string;
  options?: Record<string, string>;
}

/** Every setting, in the order the tab shows them. */
export const SETTING_FIELDS: readonly Field[] = [
  {
    key: 'ownerName',
    kind: 'text',
    name: 'Vault owner',
    desc: 'Your name as it appears in meeting notes; @Myself, "me" and "I" mean you. Leave empty to guess from source_ref paths.',
    placeholder: 'First Last',
  },
  {
    key: 'peopleFolder',
    kind: 'folder',
    name: 'People folder',
    desc: 'Folder with one note per person. Their aliases teach the plugin other ways their name is written.',
    placeholder: 'People',
  },
  {
    key: 'meetingNoteTypes',
    kind: 'words',
    name: 'Meeting note types',
    desc: 'Values of the frontmatter "type" that make a note a meeting note, separated by commas.',
    placeholder: 'people, customer, 1-1, meeting',
  },
  {
    key: 'meetingFolders',
    kind: 'folders',
    name: 'Meeting folders',
    desc: 'Notes in these folders count as meeting notes whatever their type. One folder per line.',
    placeholder: 'Meetings',
  },
  {
    key: 'excludeFolders',
    kind: 'folders',
    name: 'Excluded folders',
    desc: 'Folders the index skips, such as templates or archives. One folder per line.',
    placeholder: 'Templates',
  },
  {
    key: 'crossNoteDuplicates',
    kind: 'choice',
    name: 'Duplicates across notes',
    desc: 'When two notes record the same meeting and repeat an item: mark the copy as a duplicate, or delete it. Duplicates within one note are always removed after you review them.',
    options: { mark: 'Mark as duplicate', delete: 'Delete the copy' },
  },
  {
    key: 'openDashboardOnStart',
    kind: 'toggle',
    name: 'Open the dashboard on start',
    desc: 'Show the meeting dashboard in the right sidebar when the vault opens.',
  },
];

// ─── Values: parsing what is typed and what was stored ──────────────────────

/** `people, customer,,1-1` → `['people', 'customer', '1-1']`: trimmed, no blanks, no repeats. */
export function parseWords(text: string): string[] {
  return unique(text.split(/[,\n]/).map((w) => w.trim()));
}

/** One folder per line, as vault paths without leading or trailing slashes. */
export function parseFolders(text: string): string[] {
  return unique(text.split(/\r?\n/).map(cleanFolder));
}

function cleanFolder(folder: string): string {
  const trimmed = folder.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? normalizePath(trimmed) : '';
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (!v || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

function stringsOf(v: unknown): string[] | null {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return null;
  return v.filter((x): x is string => typeof x === 'string');
}

/**
 * Settings from whatever `loadData()` returned: defaults for anything missing
 * or of the wrong type, lists cleaned, unknown keys dropped.
 */
export function normalizeSettings(stored: unknown): MeetingIntelSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const words = stringsOf(s.meetingNoteTypes);
  const meetingFolders = stringsOf(s.meetingFolders);
  const excludeFolders = stringsOf(s.excludeFolders);
  return {
    ownerName: typeof s.ownerName === 'string' ? s.ownerName.trim() : d.ownerName,
    peopleFolder: typeof s.peopleFolder === 'string' ? cleanFolder(s.peopleFolder) : d.peopleFolder,
    meetingNoteTypes: words ? parseWords(words.join(',')) : [...d.meetingNoteTypes],
    meetingFolders: meetingFolders ? unique(meetingFolders.map(cleanFolder)) : [...d.meetingFolders],
    crossNoteDuplicates: s.crossNoteDuplicates === 'delete' || s.crossNoteDuplicates === 'mark' ? s.crossNoteDuplicates : d.crossNoteDuplicates,
    openDashboardOnStart: typeof s.openDashboardOnStart === 'boolean' ? s.openDashboardOnStart : d.openDashboardOnStart,
    excludeFolders: excludeFolders ? unique(excludeFolders.map(cleanFolder)) : [...d.excludeFolders],
  };
}

function fieldOf(key: string): Field | undefined {
  return SETTING_FIELDS.find((f) => f.key === key);
}

/** A setting as its control shows it: lists become text. */
export function controlValue(settings: MeetingIntelSettings, key: string): unknown {
  const field = fieldOf(key);
  if (!field) return undefined;
  const value = settings[field.key];
  if (field.kind === 'words') return (value as string[]).join(', ');
  if (field.kind === 'folders') return (value as string[]).join('\n');
  return value;
}

/** Store what a control produced; returns false (changing nothing) for an unknown key or a value of the wrong type. */
export function applyControlValue(settings: MeetingIntelSettings, key: string, value: unknown): boolean {
  const field = fieldOf(key);
  if (!field) return false;
  switch (field.kind) {
    case 'text':
    case 'folder':
      if (typeof value !== 'string') return false;
      (settings[field.key] as string) = field.kind === 'folder' ? cleanFolder(value) : value.trim();
      return true;
    case 'words':
      if (typeof value !== 'string') return false;
      (settings[field.key] as string[]) = parseWords(value);
      return true;
    case 'folders':
      if (typeof value !== 'string') return false;
      (settings[field.key] as string[]) = parseFolders(value);
      return true;
    case 'toggle':
      if (typeof value !== 'boolean') return false;
      (settings[field.key] as boolean) = value;
      return true;
    case 'choice':
      if (typeof value !== 'string' || !field.options || !(value in field.options)) return false;
      (settings[field.key] as string) = value;
      return true;
  }
}

// ─── The tab ─────────────────────────────────────────────────────────────────

/** What the tab needs from the plugin. */
export interface SettingsOwner {
  settings: MeetingIntelSettings;
  saveSettings(): Promise<void>;
}

export class MeetingIntelSettingTab extends PluginSettingTab {
  private readonly owner: SettingsOwner;

  constructor(app: App, plugin: Plugin & SettingsOwner) {
    super(app, plugin);
    this.owner = plugin;
  }

  /** Obsidian 1.13+: the settings as definitions, found by the settings search. */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return SETTING_FIELDS.map((f): SettingDefinitionItem => {
      const base = { name: f.name, desc: f.desc };
      switch (f.kind) {
        case 'text':
          return { ...base, control: { type: 'text', key: f.key, placeholder: f.placeholder } };
        case 'folder':
          return { ...base, control: { type: 'folder', key: f.key, placeholder: f.placeholder } };
        case 'words':
          return { ...base, control: { type: 'text', key: f.key, placeholder: f.placeholder } };
        case 'folders':
          return { ...base, control: { type: 'textarea', key: f.key, placeholder: f.placeholder, rows: 3 } };
        case 'toggle':
          return { ...base, control: { type: 'toggle', key: f.key } };
        case 'choice':
          return { ...base, control: { type: 'dropdown', key: f.key, options: f.options ?? {} } };
      }
    });
  }

  override getControlValue(key: string): unknown {
    return controlValue(this.owner.settings, key);
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    if (applyControlValue(this.owner.settings, key, value)) await this.owner.saveSettings();
  }

  /** Obsidian before 1.13 draws the tab here. */
  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const f of SETTING_FIELDS) {
      const setting = new Setting(containerEl).setName(f.name).setDesc(f.desc);
      const current = controlValue(this.owner.settings, f.key);
      const text = typeof current === 'string' ? current : '';
      const save = (value: unknown): void => {
        void this.setControlValue(f.key, value);
      };
      switch (f.kind) {
        case 'text':
        case 'folder':
        case 'words':
          setting.addText((t) => t.setPlaceholder(f.placeholder ?? '').setValue(text).onChange(save));
          break;
        case 'folders':
          setting.addTextArea((t) => t.setPlaceholder(f.placeholder ?? '').setValue(text).onChange(save));
          break;
        case 'toggle':
          setting.addToggle((t) => t.setValue(current === true).onChange(save));
          break;
        case 'choice':
          setting.addDropdown((d) => d.addOptions(f.options ?? {}).setValue(text).onChange(save));
          break;
      }
    }
  }
}
