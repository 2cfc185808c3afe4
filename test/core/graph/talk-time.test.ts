/**
 * Talk time and speakers on transcripts as recording tools write them, through the whole graph: the
 * last line, breaks, a second recording, stamps out of order or shared, hours, several sources for one
 * person, the owner's own device; names glued to the text in other ways, devices named for their
 * owner, the meeting app as the other person. The people and companies are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { attributeSpeakers, deviceOwner, splitGluedSpeaker, talkTime } from '../../../src/core/graph/speakers';
import type { TranscriptLine } from '../../../src/core/model';

const OWNER = 'Noor Haddad';

function meetingWith(fields: Record<string, unknown>, lines: string[]) {
  const yaml = Object.entries({ type: 'meeting', date: '2025-06-03', ...fields }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return {
    path: 'Meetings/2025-06-03 Call.md',
    text: ['---', ...yaml, '---', '', '## Transcript', '<!-- ai:transcript:start -->', '```text', ...lines, '```', '<!-- ai:transcript:end -->', ''].join('\n'),
  };
}

/** Each person's talk seconds after building the graph of one meeting. */
function talkIn(fields: Record<string, unknown>, lines: string[], owner: string | null = OWNER): Record<string, number> {
  const g = buildGraph([meetingWith(fields, lines)], owner ? { owner } : {});
  return Object.fromEntries(g.people.map((p) => [p.name, p.talkSeconds]));
}

/** `n` words of speech. */
const words = (n: number) => Array.from({ length: n }, (_, i) => ['we', 'can', 'ship', 'the', 'pilot', 'next', 'week'][i % 7]).join(' ');

function line(seconds: number, source: string, text: string): TranscriptLine {
  return { timestamp: String(seconds), seconds, source, speaker: null, text, line: 1, start: 0, end: 0 };
}

describe('talk time, as a careful reader of the stamps totals it', () => {
  it('gives the last line the length of its words at the transcript’s own pace, not zero nor the rest of the hour', () => {
    // Ten turns of ten words every five seconds: two words a second. The last line has ten words: 5 s.
    const lines = Array.from({ length: 10 }, (_, i) => `[00:00:${String(i * 5).padStart(2, '0')}.00] ${i % 2 ? 'zoom.us' : 'MacBook Pro Microphone'} : ${words(10)}`);
    const talk = talkIn({ participants: ['Ana Ruiz', OWNER] }, lines);
    expect(talk).toMatchObject({ [OWNER]: 25, 'Ana Ruiz': 25 });
  });

  it('counts a break between stamps for nobody: the line before it lasts as long as its words', () => {
    const talk = talkIn({ participants: ['Ana Ruiz', OWNER] }, [
      '[00:00:00.00] zoom.us : Ana RuizShall we take a ten minute break here?',
      '[00:00:04.00] MacBook Pro Microphone : Noor HaddadYes, good idea, back at quarter past.',
      '[00:12:00.00] zoom.us : Ana RuizOkay, we are back.',
      '[00:12:03.00] MacBook Pro Microphone : Noor HaddadGreat.',
    ]);
    // Ana 4 s + 3 s; Noor seven words (2.8 s) before the break, one (0.4 s) at the end.
    expect(talk['Ana Ruiz']).toBe(7);
    expect(talk[OWNER]).toBe(3);
  });

  it('keeps a turn of a minute or less whole, whatever its words', () => {
    const talk = talkIn({ participants: ['Ana Ruiz', OWNER] }, [
      '[00:00:00.00] zoom.us : Ana RuizLet me think about that.',
      '[00:00:40.00] MacBook Pro Microphone : Noor HaddadSure.',
    ]);
    expect(talk['Ana Ruiz']).toBe(40);
  });

  it('times a second recording on its own when the stamps start again', () => {
    const t = talkTime([
      { line: line(0, 'a', words(5)), speaker: 'Ana' },
      { line: line(10, 'b', words(5)), speaker: 'Bo' },
      { line: line(1800, 'a', words(5)), speaker: 'Ana' }, // the first recording's last line: its words, 2 s
      { line: line(0, 'a', words(10)), speaker: 'Ana' }, // the second recording
      { line: line(20, 'b', words(5)), speaker: 'Bo' },
    ]);
    expect(t.seconds).toEqual({ Ana: 10 + 2 + 20, Bo: 2 + 2 });
  });

  it('puts a line stamped a little out of order in its place', () => {
    const t = talkTime([
      { line: line(10, 'a', words(5)), speaker: 'Ana' },
      { line: line(9.5, 'b', words(5)), speaker: 'Bo' },
      { line: line(15, 'a', words(5)), speaker: 'Ana' },
      { line: line(20, 'b', words(5)), speaker: 'Bo' },
    ]);
    // In order: Bo 9.5–10, Ana 10–15, Ana 15–20, Bo 20 and five words.
    expect(t.seconds).toEqual({ Ana: 10, Bo: 2.5 });
  });

  it('shares a stamp several lines carry by their words (clock stamps to the minute)', () => {
    const talk = talkIn({ participants: ['Ana Ruiz', OWNER] }, [
      `[10:02 AM] zoom.us : Ana Ruiz${words(30)}`,
      `[10:02 AM] MacBook Pro Microphone : Noor Haddad${words(10)}`,
      `[10:03 AM] zoom.us : Ana Ruiz${words(20)}`,
      `[10:04 AM] MacBook Pro Microphone : Noor Haddad${words(5)}`,
    ]);
    expect(talk).toMatchObject({ 'Ana Ruiz': 45 + 60, [OWNER]: 15 + 2 });
  });

  it('reads hours in the stamps, across the hour', () => {
    const talk = talkIn({ participants: ['Ana Ruiz', OWNER] }, [
      '[00:59:50.00] zoom.us : Ana RuizBefore we close the first hour.',
      '[01:00:05.00] MacBook Pro Microphone : Noor HaddadAgreed, one more item.',
      '[01:02:03.00] zoom.us : Ana RuizDone.',
    ]);
    expect(talk['Ana Ruiz']).toBe(15 + 0);
    // 118 s after a line of five words is a break: its words, 2 s.
    expect(talk[OWNER]).toBe(2);
  });

  it('totals one person heard on several sources, and counts an echo on two of them once', () => {
    const talk = talkIn({ participants: ['Ana Ruiz'] }, [
      '[00:00:00.00] Microsoft Teams : Hello, can you hear me?',
      '[00:00:05.00] MacBook Pro Microphone : Yes, switching to my headset now.',
      '[00:00:05.00] AirPods Pro : Yes, switching to my headset now.',
      '[00:00:10.00] AirPods Pro : Better?',
      '[00:00:12.00] Microsoft Teams : Much better.',
      '[00:00:14.00] AirPods Pro : Good.',
    ]);
    expect(talk).toMatchObject({ 'Ana Ruiz': 7, [OWNER]: 5 + 2 + 0 });
  });

  it('gives the owner the talk on their own microphone in a group call over a meeting app', () => {
    const talk = talkIn({ participants: ['Ana Ruiz', 'Bo Chen', OWNER] }, [
      '[00:00:00.00] zoom.us : Morning everyone.',
      '[00:00:06.00] MacBook Pro Microphone : Morning, I will share my screen.',
      '[00:00:12.00] zoom.us : Thanks.',
    ]);
    expect(talk[OWNER]).toBe(6);
    expect(talk['Ana Ruiz']).toBe(0);
  });
});

describe('speakers', () => {
  const names = ['Ana Ruiz', 'Bo Chen'];

  it('finds a name glued to the text in other ways', () => {
    expect(splitGluedSpeaker('Ana Ruiz:Yes, we can.', names)).toEqual({ speaker: 'Ana Ruiz', text: 'Yes, we can.' });
    expect(splitGluedSpeaker('ANA RUIZ Yes, we can.', names)).toEqual({ speaker: 'Ana Ruiz', text: 'Yes, we can.' });
    expect(splitGluedSpeaker('ANA RUIZ: yes', names)).toEqual({ speaker: 'Ana Ruiz', text: 'yes' });
    expect(splitGluedSpeaker('Ana Ruiz (Acme)Yes, we can.', names)).toEqual({ speaker: 'Ana Ruiz', text: 'Yes, we can.' });
    expect(splitGluedSpeaker('Ana Ruiz (Acme): Yes', names)).toEqual({ speaker: 'Ana Ruiz', text: 'Yes' });
    expect(splitGluedSpeaker('Ana Ruiz (she/her) Yes, we can.', names)).toEqual({ speaker: 'Ana Ruiz', text: 'Yes, we can.' });
  });

  it('leaves a name that is only talked about', () => {
    expect(splitGluedSpeaker('Ana Ruiz (our CTO), who joins later', names)).toBeNull();
    expect(splitGluedSpeaker('Ana Ruiz (our CTO) will join later', names)).toBeNull();
    expect(splitGluedSpeaker('Ana Ruiz will join later', names)).toBeNull();
  });

  it('hears glued names on a shared room source, the capitals and the asides too', () => {
    const out = attributeSpeakers(
      [
        line(0, 'Board Room', 'ANA RUIZ Morning all.'),
        line(4, 'Board Room', 'Bo Chen (Acme)Morning.'),
        line(8, 'Board Room', 'Ana Ruiz:Let us start.'),
      ],
      ['Ana Ruiz', 'Bo Chen', 'Dee Park'],
      OWNER,
    );
    expect(out.map((a) => a.speaker)).toEqual(['Ana Ruiz', 'Bo Chen', 'Ana Ruiz']);
    expect(out[0].text).toBe('Morning all.');
  });

  it('reads the owner of a device from its label, a network name included, and nobody from a numbered one', () => {
    expect(deviceOwner("Ana's MacBook Pro")).toBe('Ana');
    expect(deviceOwner('Galaxy S23 de Ana')).toBe('Ana');
    expect(deviceOwner('iPhone (2)')).toBeNull();
    expect(deviceOwner('DESKTOP-4F2K1')).toBeNull();
    const out = attributeSpeakers(
      [line(0, 'Anas-MacBook-Pro', 'Hello.'), line(3, 'Bo-Chens-iPhone.local', 'Hi.'), line(6, 'iPhone (2)', 'Hey.'), line(9, 'Galaxy S23 de Dee', 'Hi all.')],
      ['Ana Ruiz', 'Bo Chen', 'Dee Park'],
      OWNER,
    );
    expect(out.map((a) => a.speaker)).toEqual(['Ana Ruiz', 'Bo Chen', null, 'Dee Park']);
  });

  it('takes a source written as a first name for the one participant of that name', () => {
    const out = attributeSpeakers([line(0, 'Ana', 'Hello.')], ['Ana Ruiz', 'Bo Chen', 'Dee Park'], OWNER);
    expect(out[0]).toMatchObject({ speaker: 'Ana Ruiz', via: 'source' });
  });

  it.each(['Microsoft Teams', 'Google Meet', 'Webex', 'Zoom', 'Zoom Meeting', 'Cisco Webex Meetings'])(
    'takes the remote app (%s) for the other person of a 1:1, the owner known or not',
    (app) => {
      const lines = [line(0, app, 'Hello there.'), line(3, 'MacBook Pro Microphone', 'Hi.'), line(5, app, 'Shall we start?')];
      expect(attributeSpeakers(lines, ['Ana Ruiz'], OWNER).map((a) => a.speaker)).toEqual(['Ana Ruiz', OWNER, 'Ana Ruiz']);
      expect(attributeSpeakers(lines, ['Ana Ruiz'], null).map((a) => a.speaker)).toEqual(['Ana Ruiz', null, 'Ana Ruiz']);
    },
  );
});

describe('a meeting recorded by two notes', () => {
  it('counts its talk once, from the longer transcript, not once per note', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `[00:00:${String(i * 5).padStart(2, '0')}.00] ${i % 2 ? 'zoom.us' : 'MacBook Pro Microphone'} : ${words(10)}`);
    const one = meetingWith({ participants: ['Ana Ruiz', OWNER] }, lines);
    const alone = buildGraph([one], { owner: OWNER });
    const both = buildGraph([one, { ...meetingWith({ participants: ['Ana Ruiz', OWNER] }, lines.slice(0, 6)), path: 'AI/2025-06-03 Call summary.md' }], { owner: OWNER });
    expect(both.meetings).toHaveLength(1);
    const talk = (g: typeof alone) => Object.fromEntries(g.people.map((p) => [p.name, p.talkSeconds]));
    expect(talk(both)).toEqual(talk(alone));
  });
});
