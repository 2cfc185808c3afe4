/** The plugin's settings: their shape and defaults. The settings tab follows. */

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
