import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../src/core/model';
import {
  attributeSpeakers,
  isDeviceLabel,
  isRemoteAppLabel,
  splitGluedSpeaker,
  talkTime,
} from '../../../src/core/graph/speakers';

/** A transcript line as the parser would give it (offsets do not matter here). */
function line(seconds: number, source: string, text: string, speaker: string | null = null): TranscriptLine {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const timestamp = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
  return { timestamp, seconds, source, speaker, text, line: 1, start: 0, end: 0 };
}

describe('isDeviceLabel', () => {
  const devices = [
    'zoom.us', 'Zoom', 'Microsoft Teams', 'Teams', 'Jabra Speak 710', 'MacBook Pro Microphone', 'AirPods Pro',
    'Built-in Microphone', 'External Microphone', 'iPhone', 'Google Meet', 'Webex', 'Speaker 1', 'Unknown',
    'Parallels', 'meet.google.com', 'Blue Yeti', 'Logitech BRIO', 'WH-1000XM4', 'Poly Sync 20', 'Speakerphone',
    'USB Audio Device', 'Headset (Bose QC35)', 'Mac mini Speakers', 'Participant 3', 'Conference Room', '', '?',
    'Bose', 'Unknown Speaker',
  ];
  for (const label of devices) {
    it(`"${label}" is a device or app`, () => expect(isDeviceLabel(label)).toBe(true));
  }
  const people = ['Mara Okonkwo', 'Max', 'Mac Sutherland', 'Çağla Yıldız', 'Ivo', "Aoife O'Neill", 'Amar Bose'];
  for (const label of people) {
    it(`"${label}" is not`, () => expect(isDeviceLabel(label)).toBe(false));
  }
});

describe('isRemoteAppLabel', () => {
  it('knows the far end of a call', () => {
    for (const label of ['zoom.us', 'Microsoft Teams', 'Google Meet', 'Webex', 'Parallels', 'MacBook Pro Speakers', 'System Audio']) {
      expect(isRemoteAppLabel(label), label).toBe(true);
    }
  });

  it('knows local microphones are not', () => {
    for (const label of ['Jabra Speak 710', 'MacBook Pro Microphone', 'AirPods Pro', 'Built-in Microphone', 'Zoom H4n Mic']) {
      expect(isRemoteAppLabel(label), label).toBe(false);
    }
  });
});

describe('splitGluedSpeaker', () => {
  const names = ['Mara Okonkwo', 'Ivo Quill'];
  it('finds a name glued to the text', () => {
    expect(splitGluedSpeaker(' Mara OkonkwoYeah, sounds good.', names)).toEqual({ speaker: 'Mara Okonkwo', text: 'Yeah, sounds good.' });
    expect(splitGluedSpeaker('Mara Okonkwobe more careful', names)?.speaker).toBe('Mara Okonkwo');
    expect(splitGluedSpeaker('Mara Okonkwo- Sounds good', names)?.text).toBe('- Sounds good');
    expect(splitGluedSpeaker('Ivo Quill: Hello there', names)).toEqual({ speaker: 'Ivo Quill', text: 'Hello there' });
  });

  it('ignores a name that is merely mentioned', () => {
    expect(splitGluedSpeaker('Mara Okonkwo said we should wait', names)).toBeNull();
    expect(splitGluedSpeaker('Mara Okonkwo, can you hear me?', names)).toBeNull();
    expect(splitGluedSpeaker('So Mara OkonkwoYeah', names)).toBeNull();
  });
});

describe('attributeSpeakers', () => {
  it('uses the glued name, then the same source for that person throughout', () => {
    const lines = [
      line(0, 'Jabra Speak 710', 'Mara OkonkwoHi, thanks for joining.'),
      line(5, 'Jabra Speak 710', 'So where should we start?'),
      line(9, 'MacBook Pro Microphone', 'Ivo QuillLet me share my screen.'),
      line(12, 'MacBook Pro Microphone', 'Can you see it?'),
    ];
    const out = attributeSpeakers(lines, ['Mara Okonkwo', 'Ivo Quill', 'Dana Reyes'], null);
    expect(out.map((a) => [a.speaker, a.via])).toEqual([
      ['Mara Okonkwo', 'glued'],
      ['Mara Okonkwo', 'same-source'],
      ['Ivo Quill', 'glued'],
      ['Ivo Quill', 'same-source'],
    ]);
  });

  it('uses the parser\'s glued speaker when it has one', () => {
    const out = attributeSpeakers([line(0, 'Jabra Speak 710', 'Hi.', 'Mara Okonkwo')], ['Mara Okonkwo', 'Ivo Quill'], null);
    expect(out[0]).toMatchObject({ speaker: 'Mara Okonkwo', via: 'glued' });
  });

  it('in a two-person meeting, the remote app is the participant not heard on the local device', () => {
    const lines = [
      line(0, 'zoom.us', 'Recording in progress. How are you?'),
      line(4, 'Jabra Speak 710', ' Mara OkonkwoGood, thanks.'),
      line(6, 'zoom.us', 'Let us begin.'),
      line(9, 'Jabra Speak 710', 'Sure.'),
    ];
    const out = attributeSpeakers(lines, ['Ivo Quill'], 'Mara Okonkwo');
    expect(out.map((a) => [a.speaker, a.via])).toEqual([
      ['Ivo Quill', 'remote-app'],
      ['Mara Okonkwo', 'glued'],
      ['Ivo Quill', 'remote-app'],
      ['Mara Okonkwo', 'same-source'],
    ]);
  });

  it('with no names at all, the local device is the owner and the remote app the other person', () => {
    const lines = [line(0, 'Microsoft Teams', 'Hello?'), line(2, 'Built-in Microphone', 'Hi, can you hear me?')];
    const out = attributeSpeakers(lines, ['Mara Okonkwo', 'Ivo Quill'], 'Mara Okonkwo');
    expect(out.map((a) => [a.speaker, a.via])).toEqual([
      ['Ivo Quill', 'remote-app'],
      ['Mara Okonkwo', 'local-device'],
    ]);
  });

  it('with both people heard, places each further device by what it is, never a diarisation label or a shared microphone', () => {
    const lines = [
      line(0, 'MacBook Pro Microphone', 'Morning, can you hear me?'),
      line(6, 'Microsoft Teams', 'Yes, loud and clear.'),
      line(20, 'AirPods Pro', 'So, the renewal.'),
      line(30, 'Google Meet', 'Ivo QuillRight, the renewal.'),
      line(40, 'Speaker 2', 'One more thing.'),
      line(50, 'Poly Sync 20', 'Mara OkonkwoOkay.'),
      line(60, 'Room Mic', 'Mara OkonkwoBoth of us here now.'),
      line(62, 'Room Mic', 'Ivo QuillIndeed.'),
      line(64, 'Room Mic', 'Shall we?'),
    ];
    const out = attributeSpeakers(lines, ['Ivo Quill'], 'Mara Okonkwo');
    expect(out.map((a) => [a.speaker, a.via])).toEqual([
      ['Mara Okonkwo', 'local-device'],
      ['Ivo Quill', 'remote-app'],
      ['Mara Okonkwo', 'local-device'],
      ['Ivo Quill', 'glued'],
      [null, null],
      ['Mara Okonkwo', 'glued'],
      ['Mara Okonkwo', 'glued'],
      ['Ivo Quill', 'glued'],
      [null, null],
    ]);
  });

  it('does not guess in a meeting of three or more', () => {
    const lines = [line(0, 'zoom.us', 'Hello all.'), line(3, 'Jabra Speak 710', 'Mara OkonkwoHi.')];
    const out = attributeSpeakers(lines, ['Mara Okonkwo', 'Ivo Quill', 'Dana Reyes'], 'Mara Okonkwo');
    expect(out.map((a) => a.speaker)).toEqual([null, 'Mara Okonkwo']);
  });

  it('does not pin a shared room microphone on one person', () => {
    const lines = [
      line(0, 'Conference Room', 'Mara OkonkwoMorning.'),
      line(2, 'Conference Room', 'Ivo QuillMorning!'),
      line(4, 'Conference Room', 'Shall we?'),
    ];
    const out = attributeSpeakers(lines, ['Mara Okonkwo', 'Ivo Quill', 'Dana Reyes'], null);
    expect(out.map((a) => a.speaker)).toEqual(['Mara Okonkwo', 'Ivo Quill', null]);
  });

  it('takes a source that is a person\'s name as the speaker, and "Me" as the owner', () => {
    const lines = [line(0, 'Ivo Quill', 'Hello.'), line(1, 'Me', 'Hi Ivo.'), line(2, 'Speaker 2', 'Hi both.')];
    const out = attributeSpeakers(lines, ['Ivo Quill', 'Mara Okonkwo', 'Dana Reyes'], 'Mara Okonkwo');
    expect(out.map((a) => [a.speaker, a.via])).toEqual([
      ['Ivo Quill', 'source'],
      ['Mara Okonkwo', 'source'],
      [null, null],
    ]);
  });

  it('gives participants\' names in their written form even when glued in another case', () => {
    const out = attributeSpeakers([line(0, 'zoom.us', 'mara okonkwoYes.')], ['Mara Okonkwo', 'Ivo Quill', 'Dana Reyes'], null);
    expect(out[0].speaker).toBe('Mara Okonkwo');
  });
});

describe('talkTime', () => {
  it('counts until the next line, and estimates the last from its words', () => {
    const attributed = [
      { line: line(0, 'a', 'one two three'), speaker: 'Mara' },
      { line: line(10, 'b', 'four five'), speaker: 'Ivo' },
      { line: line(14, 'a', 'six seven eight nine ten'), speaker: 'Mara' },
    ];
    // Mara 10 s, Ivo 4 s, last line 5 words at 2.5 words/s = 2 s.
    expect(talkTime(attributed)).toEqual({ seconds: { Mara: 12, Ivo: 4 }, unattributed: 0, total: 16 });
  });

  it('caps a line followed by a long silence at its estimated length', () => {
    const attributed = [
      { line: line(0, 'a', 'ok'), speaker: 'Mara' }, // 1 word: 0.4 s; the other nine minutes and more are a break
      { line: line(600, 'b', 'back again now'), speaker: null },
    ];
    const t = talkTime(attributed);
    expect(t.seconds.Mara).toBe(0.4);
    expect(t.unattributed).toBe(1.2);
  });

  it('estimates when timestamps go backwards, and honours a custom speaking rate', () => {
    const attributed = [
      { line: line(50, 'a', 'one two three four'), speaker: 'Mara' },
      { line: line(10, 'b', 'five six'), speaker: 'Ivo' },
    ];
    expect(talkTime(attributed, { wordsPerSecond: 2 }).seconds).toEqual({ Mara: 2, Ivo: 1 });
  });

  it('is zero for no lines', () => {
    expect(talkTime([])).toEqual({ seconds: {}, unattributed: 0, total: 0 });
  });
});

// ─── On the real seed transcript, when present ──────────────────────────────

const seedsDir = path.resolve(__dirname, '../../../../shared/seeds');
const seed004 = existsSync(seedsDir) ? readdirSync(seedsDir).find((f) => f.startsWith('004')) : undefined;

describe.skipIf(!seed004)('seed 004 transcript', () => {
  const text = seed004 ? readFileSync(path.join(seedsDir, seed004), 'utf8') : '';
  const lines = [...text.matchAll(/^\[(\d+):(\d+):(\d+(?:\.\d+)?)\] (.*?) : (.*)$/gm)].map((m) =>
    line(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), m[4], m[5]),
  );
  const counterpart = /^counterpart:\s*"\[\[([^\]]+)\]\]"/m.exec(text)?.[1] ?? '';

  it('has a transcript with two sources', () => {
    expect(lines.length).toBeGreaterThan(20);
    expect(new Set(lines.map((l) => l.source))).toEqual(new Set(['zoom.us', 'Jabra Speak 710']));
    expect([...new Set(lines.map((l) => l.source))].every(isDeviceLabel)).toBe(true);
  });

  it('puts the owner on the local device and the counterpart on zoom.us', () => {
    const out = attributeSpeakers(lines, [counterpart], 'Jason Vallery');
    for (const a of out) {
      expect(a.speaker).toBe(a.line.source === 'zoom.us' ? counterpart : 'Jason Vallery');
    }
    const t = talkTime(out);
    expect(t.unattributed).toBe(0);
    expect(t.seconds[counterpart]).toBeGreaterThan(0);
    expect(t.seconds['Jason Vallery']).toBeGreaterThan(0);
    expect(t.total).toBeCloseTo(t.seconds[counterpart] + t.seconds['Jason Vallery'], 1);
  });
});
