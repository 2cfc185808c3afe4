import { describe, expect, it, vi } from 'vitest';

// `obsidian` ships types only; its runtime is the in-memory mocks.
vi.mock('obsidian', async () => await import('obsidian-test-mocks/obsidian'));

const {
  DEFAULT_SETTINGS,
  SETTING_FIELDS,
  applyControlValue,
  controlValue,
  normalizeSettings,
  parseFolders,
  parseWords,
} = await import('../../src/plugin/settings');

describe('defaults', () => {
  it('count the usual meeting note types and guess the owner', () => {
    expect(DEFAULT_SETTINGS.meetingNoteTypes).toEqual(['people', 'customer', '1-1', 'meeting']);
    expect(DEFAULT_SETTINGS.ownerName).toBe('');
    expect(DEFAULT_SETTINGS.crossNoteDuplicates).toBe('mark');
    expect(DEFAULT_SETTINGS.openDashboardOnStart).toBe(false);
  });
});

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
  it('does not share the default lists', () => {
    const s = normalizeSettings({});
    s.meetingNoteTypes.push('standup');
    expect(DEFAULT_SETTINGS.meetingNoteTypes).not.toContain('standup');
  });
  it('keeps stored values and fills in the missing ones', () => {
    const s = normalizeSettings({ ownerName: '  Robin Vale ', openDashboardOnStart: true });
    expect(s.ownerName).toBe('Robin Vale');
    expect(s.openDashboardOnStart).toBe(true);
    expect(s.peopleFolder).toBe('People');
  });
  it('replaces values of the wrong type with defaults', () => {
    const s = normalizeSettings({ ownerName: 42, crossNoteDuplicates: 'erase', openDashboardOnStart: 'yes', meetingNoteTypes: 7 });
    expect(s.ownerName).toBe('');
    expect(s.crossNoteDuplicates).toBe('mark');
    expect(s.openDashboardOnStart).toBe(false);
    expect(s.meetingNoteTypes).toEqual(DEFAULT_SETTINGS.meetingNoteTypes);
  });
  it('cleans lists: trims, drops blanks, repeats and non-strings, accepts a single string', () => {
    const s = normalizeSettings({ meetingNoteTypes: [' 1-1 ', '', '1-1', 3, 'standup'], excludeFolders: '/Templates/' });
    expect(s.meetingNoteTypes).toEqual(['1-1', 'standup']);
    expect(s.excludeFolders).toEqual(['Templates']);
  });
  it('keeps an empty people folder empty (the whole vault)', () => {
    expect(normalizeSettings({ peopleFolder: '' }).peopleFolder).toBe('');
  });
  it('drops unknown keys', () => {
    expect(Object.keys(normalizeSettings({ stale: 1 })).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('list parsing', () => {
  it('splits words on commas and lines', () => {
    expect(parseWords('people, customer,,1-1\nmeeting, people')).toEqual(['people', 'customer', '1-1', 'meeting']);
    expect(parseWords('   ')).toEqual([]);
  });
  it('splits folders on lines only, so a folder name may hold a comma', () => {
    expect(parseFolders('Clients, 2025\n/Meetings/\r\n\nArchive/Old')).toEqual(['Clients, 2025', 'Meetings', 'Archive/Old']);
  });
});

describe('control values', () => {
  it('shows lists as text and reads them back', () => {
    const s = normalizeSettings({});
    expect(controlValue(s, 'meetingNoteTypes')).toBe('people, customer, 1-1, meeting');
    expect(applyControlValue(s, 'meetingNoteTypes', '1-1, standup')).toBe(true);
    expect(s.meetingNoteTypes).toEqual(['1-1', 'standup']);
    expect(applyControlValue(s, 'meetingFolders', 'Meetings\nCalls/')).toBe(true);
    expect(controlValue(s, 'meetingFolders')).toBe('Meetings\nCalls');
  });
  it('refuses unknown keys, wrong types and choices not offered', () => {
    const s = normalizeSettings({});
    expect(applyControlValue(s, 'nope', 'x')).toBe(false);
    expect(applyControlValue(s, 'openDashboardOnStart', 'true')).toBe(false);
    expect(applyControlValue(s, 'crossNoteDuplicates', 'erase')).toBe(false);
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(applyControlValue(s, 'crossNoteDuplicates', 'delete')).toBe(true);
    expect(s.crossNoteDuplicates).toBe('delete');
    expect(controlValue(s, 'nope')).toBeUndefined();
  });
  it('trims the owner and cleans the people folder', () => {
    const s = normalizeSettings({});
    applyControlValue(s, 'ownerName', '  Robin Vale ');
    applyControlValue(s, 'peopleFolder', '/Contacts/People/');
    expect(s.ownerName).toBe('Robin Vale');
    expect(s.peopleFolder).toBe('Contacts/People');
  });
});

describe('the tab’s fields', () => {
  it('cover every setting once', () => {
    expect(SETTING_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
  it('use sentence case and say something helpful', () => {
    for (const f of SETTING_FIELDS) {
      expect(f.name[0]).toBe(f.name[0].toUpperCase());
      expect(f.name.slice(1)).toBe(f.name.slice(1).toLowerCase());
      expect(f.desc.length).toBeGreaterThan(20);
    }
    expect(SETTING_FIELDS.find((f) => f.key === 'ownerName')?.desc).toContain('Leave empty to guess from source_ref paths');
  });
});
