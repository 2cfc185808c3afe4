import { describe, expect, it } from 'vitest';
import { assignSpeakers, gluedName, readStamped } from '../../../src/core/parse/transcript';
import { parseNote } from '../../../src/core/parse/index';
import type { TranscriptLine } from '../../../src/core/model';

describe('stamped lines', () => {
  it.each([
    ['[00:01:48.50] Jabra Speak 710 :  Hello there', '00:01:48.50', 108.5, 'Jabra Speak 710', 'Hello there'],
    ['[01:48] zoom.us : Hi', '01:48', 108, 'zoom.us', 'Hi'],
    ['[1:02:03] Ana Ruiz: Hello', '1:02:03', 3723, 'Ana Ruiz', 'Hello'],
    ['[00:00:05,25] x : y', '00:00:05,25', 5.25, 'x', 'y'],
    ['[00:10] just text', '00:10', 10, '', 'just text'],
  ])('%s', (line, timestamp, seconds, source, text) => {
    expect(readStamped(line)).toEqual({ timestamp, seconds, source, text });
  });

  it.each(['[[Link]] text', '[x] task', 'no stamp', '[123] text'])('%s is not stamped', (line) => {
    expect(readStamped(line)).toBeNull();
  });
});

describe('glued speaker names', () => {
  it.each([
    ['Ana RuizYeah, I think so', 'Ana Ruiz'],
    ['Ana RuizI mean, it works', 'Ana Ruiz'],
    ['Ana Ruiz- Sounds good', 'Ana Ruiz'],
    ['Ana Ruiz: Sounds good', 'Ana Ruiz'],
    ['Mary Anne SmithSo here we are', 'Mary Anne Smith'],
    ['Çağla YıldızEvet, I agree', 'Çağla Yıldız'],
    ['Jean-Luc MartinOkay', 'Jean-Luc Martin'],
  ])('%s → %s', (text, name) => {
    expect(gluedName(text)).toBe(name);
  });

  it.each([
    'Yeah, I think so',
    'Different Azure regions matter',
    'The OpenAI deal is done',
    'Thank YouVery much',
    'Ana Ruiz, she said it',
    'Ana Ruiz said it',
    'So I agree',
    'Microsoft Azure.',
    'OK. Next',
  ])('%s has no glued name', (text) => {
    expect(gluedName(text)).toBeNull();
  });

  it('a name seen glued once is recognised before a lower-case word', () => {
    const lines = ['Ana RuizYes', 'Ana Ruizbe more careful', 'Ana Ruiz, she said', 'Ana Ruiz10 minutes left'].map(
      (text, i): TranscriptLine => ({ timestamp: '0', seconds: i, source: 'mic', speaker: null, text, line: i + 1, start: 0, end: 0 }),
    );
    assignSpeakers(lines, []);
    expect(lines.map((l) => [l.speaker, l.text])).toEqual([
      ['Ana Ruiz', 'Yes'],
      ['Ana Ruiz', 'be more careful'],
      [null, 'Ana Ruiz, she said'],
      ['Ana Ruiz', '10 minutes left'],
    ]);
  });

  it('participants’ names count as known', () => {
    const lines: TranscriptLine[] = [{ timestamp: '0', seconds: 0, source: 'mic', speaker: null, text: 'Ben Okafor-ok', line: 1, start: 0, end: 0 }];
    assignSpeakers(lines, ['Ben Okafor']);
    expect(lines[0].speaker).toBe('Ben Okafor');
  });
});

describe('transcript blocks in a note', () => {
  const block = [
    '## Decisions', // 1
    '- Go', // 2
    '', // 3
    '<!-- ai:transcript:start -->', // 4
    '', // 5
    '## Transcript (auto)', // 6
    '', // 7
    '```text', // 8
    '[00:00:01.00] zoom.us : Hello, welcome.', // 9
    '', // 10
    '[00:00:04.50] Jabra Speak 710 :  Ana RuizThanks. I have', // 11
    'a second line here', // 12
    '- [ ] not a task', // 13
    '[00:00:09.00] zoom.us : Bye', // 14
    '```', // 15
    '', // 16
  ];

  it('reads lines, continuations, speakers and the end marker', () => {
    const text = [...block, '<!-- ai:transcript:end -->', '', '## Risks', '- Late'].join('\r\n');
    const note = parseNote('n.md', text);
    const t = note.transcript;
    expect(t).not.toBeNull();
    expect(t?.startLine).toBe(4);
    expect(t?.endLine).toBe(17);
    expect(t?.lines.map((l) => [l.line, l.source, l.speaker, l.text])).toEqual([
      [9, 'zoom.us', null, 'Hello, welcome.'],
      [11, 'Jabra Speak 710', 'Ana Ruiz', 'Thanks. I have a second line here - [ ] not a task'],
      [14, 'zoom.us', null, 'Bye'],
    ]);
    const second = t!.lines[1];
    expect(text.slice(second.start, second.end)).toBe('[00:00:04.50] Jabra Speak 710 :  Ana RuizThanks. I have\r\na second line here\r\n- [ ] not a task');
    expect(note.tasks).toEqual([]);
    expect(note.items.map((i) => [i.kind, i.text])).toEqual([
      ['decision', 'Go'],
      ['risk', 'Late'],
    ]);
    expect(note.sections.map((s) => s.kind)).toEqual(['decisions', 'transcript', 'risks']);
    expect(note.problems).toEqual([]);
  });

  it('a missing end marker is reported and the block runs to the end', () => {
    const text = [...block, '[00:00:12.00] zoom.us : After the fence'].join('\n');
    const note = parseNote('n.md', text);
    expect(note.transcript?.endLine).toBeNull();
    expect(note.transcript?.end).toBe(text.length);
    expect(note.transcript?.lines).toHaveLength(4);
    expect(note.problems).toEqual([expect.objectContaining({ kind: 'unterminated-transcript', line: 4 })]);
    expect(note.problems[0].message).toContain('line 4');
  });

  it('a Transcript section with no markers is read too', () => {
    const note = parseNote('n.md', '## Transcript\n```\n[00:01] Ana Ruiz: Hi\n[00:02] Ben Okafor: Hello\n```\n');
    expect(note.transcript?.lines.map((l) => [l.source, l.text])).toEqual([
      ['Ana Ruiz', 'Hi'],
      ['Ben Okafor', 'Hello'],
    ]);
    expect(note.transcript?.startLine).toBe(3);
    expect(note.transcript?.endLine).toBe(4);
  });
});

describe('stamped lines of other exports', () => {
  const parse = (lines: string[]) =>
    parseNote('Meetings/t.md', ['---', 'type: customer', 'date: 2025-10-03', '---', '## Transcript', '<!-- ai:transcript:start -->', ...lines, '<!-- ai:transcript:end -->', ''].join('\n'))
      .transcript?.lines.map((l) => [l.timestamp, l.seconds, l.source, l.text]);

  it('reads the stamp first, bare, in parentheses or before a dash', () => {
    expect(parse(['00:01:10 Chen Wei: Let us start.', '(00:02:30) Bob Reyes: Agreed.', '0:03:00 - Chen Wei: Next item.'])).toEqual([
      ['00:01:10', 70, 'Chen Wei', 'Let us start.'],
      ['00:02:30', 150, 'Bob Reyes', 'Agreed.'],
      ['0:03:00', 180, 'Chen Wei', 'Next item.'],
    ]);
  });

  it('reads the name first, with the stamp in brackets, in bold, or alone above the words', () => {
    expect(parse(['**Ana Souza (00:02:00):** Pricing first.', 'Ana Souza [00:03:30]: Thanks.', 'Bob Reyes  0:04:00', 'Let me take that one.', 'And the next.'])).toEqual([
      ['00:02:00', 120, 'Ana Souza', 'Pricing first.'],
      ['00:03:30', 210, 'Ana Souza', 'Thanks.'],
      ['0:04:00', 240, 'Bob Reyes', 'Let me take that one. And the next.'],
    ]);
  });

  it('starts a transcript without markers under a Transcript heading in these forms too', () => {
    const note = parseNote('Meetings/t.md', '# Call\n\n## Transcript\n\nAna Souza (00:00:05): Morning.\nBob Reyes (00:00:09): Hi.\n');
    expect(note.transcript?.lines.map((l) => [l.source, l.seconds])).toEqual([
      ['Ana Souza', 5],
      ['Bob Reyes', 9],
    ]);
  });

  it('reads a bold name with the stamp after the bold', () => {
    expect(parse(['**Ana Souza** (00:02:00): Pricing first.', '**Bob Reyes** [00:02:07]: Fine.'])).toEqual([
      ['00:02:00', 120, 'Ana Souza', 'Pricing first.'],
      ['00:02:07', 127, 'Bob Reyes', 'Fine.'],
    ]);
  });

  it('reads clock times as hours and minutes, in brackets or after the name', () => {
    expect(parse(['[10:02 AM] Ana Souza: Morning.', '[10:03AM] Bob Reyes: Hi.', 'Ana Souza (3:15 p.m.): Later.', '[12:05 AM] Bob Reyes: Late.'])).toEqual([
      ['10:02 AM', 36120, 'Ana Souza', 'Morning.'],
      ['10:03AM', 36180, 'Bob Reyes', 'Hi.'],
      ['3:15 p.m.', 54900, 'Ana Souza', 'Later.'],
      ['12:05 AM', 300, 'Bob Reyes', 'Late.'],
    ]);
  });

  it('reads WebVTT and SRT cues: the timing line, then the words with the speaker they name', () => {
    const lines = parse([
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.000',
      'Ana Souza: Shall we start?',
      '',
      '2',
      '00:00:05.000 --> 00:00:08.500 align:start position:0%',
      '<v Bob Reyes>Yes, go ahead.</v>',
      '',
      '3',
      '00:00:09,000 --> 00:00:12,000',
      'Words with no name',
      'over two lines.',
    ]);
    expect(lines).toEqual([
      ['00:00:01.000', 1, 'Ana Souza', 'Shall we start?'],
      ['00:00:05.000', 5, 'Bob Reyes', 'Yes, go ahead.'],
      ['00:00:09,000', 9, '', 'Words with no name over two lines.'],
    ]);
  });

  it('starts a transcript of WebVTT cues under a Transcript heading', () => {
    const note = parseNote('Meetings/t.md', '# Call\n\n## Transcript\n\n00:00:01.000 --> 00:00:03.000\nAna Souza: Morning.\n\n00:00:04.000 --> 00:00:06.000\nBob Reyes: Hi.\n');
    expect(note.transcript?.lines.map((l) => [l.source, l.seconds, l.text])).toEqual([
      ['Ana Souza', 1, 'Morning.'],
      ['Bob Reyes', 4, 'Hi.'],
    ]);
  });

  it('does not take prose with a time in it for a stamped line', () => {
    expect(parse(['[00:00:01] zoom.us : Hello.', 'We meet at 10:30 tomorrow, fine?'])).toEqual([['00:00:01', 1, 'zoom.us', 'Hello. We meet at 10:30 tomorrow, fine?']]);
  });
});
