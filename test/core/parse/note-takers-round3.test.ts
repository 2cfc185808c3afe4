import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/index';
import { classifyHeading } from '../../../src/core/parse/sections';
import { parseTaskBody } from '../../../src/core/parse/tasks';
import { dottedDay } from '../../../src/core/parse/values';

const lines = (...l: string[]) => l.join('\n');

describe('header lines holding several fields', () => {
  it('reads each bold field parted by a middle dot, a bullet, a bar or a semicolon', () => {
    for (const sep of ['·', '•', '|', ';']) {
      const note = parseNote('n.md', lines('# Design review', `**Date:** 12 Feb 2026 ${sep} **Participants:** Sofia Marin, Jonas Berg`, '', '## Summary', 'x'));
      expect([sep, note.date, note.participants]).toEqual([sep, '2026-02-12', ['Sofia Marin', 'Jonas Berg']]);
    }
  });

  it('reads three fields, bold keys with the colon outside, and plain keys parted by a spaced bar', () => {
    const bold = parseNote('n.md', lines('**When**: Mar 3, 2026 · **With**: Ana Ruiz · **Account**: [[Northwind]]', '', '## Notes', 'x'));
    expect([bold.date, bold.participants, bold.account]).toEqual(['2026-03-03', ['Ana Ruiz'], 'Northwind']);
    const plain = parseNote('n.md', lines('Date: March 3, 2026 | Attendees: Ana Ruiz, Bo Chen', '', '## Notes', 'x'));
    expect([plain.date, plain.participants]).toEqual(['2026-03-03', ['Ana Ruiz', 'Bo Chen']]);
  });

  it('keeps a value that only holds a separator, with no field after it', () => {
    const note = parseNote('n.md', lines('**Attendees:** Ana Ruiz | Bo Chen', '', '## Notes', 'x'));
    expect(note.participants).toEqual(['Ana Ruiz', 'Bo Chen']);
    const title = parseNote('n.md', lines('**Date:** 2026-03-03 · weekly', '', '## Notes', 'x'));
    expect(title.date).toBe('2026-03-03');
  });
});

describe('headings note-takers use', () => {
  it.each([
    ['Key questions', 'questions'],
    ['Key Questions Raised', 'questions'],
    ['Parking lot', 'questions'],
    ['Agreed', 'decisions'],
    ['What we decided', 'decisions'],
    ['Resolutions', 'decisions'],
    ['Action plan', 'actions'],
    ['Who does what', 'actions'],
    ['Owners', 'other'],
    ['Agenda', 'other'],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading).kind).toBe(kind);
  });
});

describe('transcripts with the stamp and the speaker on one line, the words below (Fathom, tl;dv)', () => {
  const note = parseNote(
    'n.md',
    lines('## Transcript', '0:00 - Marco Bellini', 'Thanks for joining.', '', '0:04 - Ingrid Halvorsen', 'Happy to.', 'We have twenty minutes.', '', '01:15 Speaker 2', 'Let us start.'),
  );

  it('reads each speaker and their words', () => {
    expect(note.transcript?.lines.map((l) => [l.timestamp, l.source, l.text])).toEqual([
      ['0:00', 'Marco Bellini', 'Thanks for joining.'],
      ['0:04', 'Ingrid Halvorsen', 'Happy to. We have twenty minutes.'],
      ['01:15', 'Speaker 2', 'Let us start.'],
    ]);
  });

  it('does not take a chapter list for speakers outside a transcript', () => {
    const chapters = parseNote('n.md', lines('## Chapters', '00:00 Intro', '04:12 Flow walkthrough'));
    expect(chapters.transcript).toBeNull();
  });

  it('does not take a line with lower-case words after the stamp for a speaker', () => {
    const t = parseNote('n.md', lines('## Transcript', '0:00 - Marco Bellini', 'Hello.', '0:30 we moved on to pricing'));
    expect(t.transcript?.lines.map((l) => l.source)).toEqual(['Marco Bellini']);
    expect(t.transcript?.lines[0].text).toBe('Hello. 0:30 we moved on to pricing');
  });
});

describe('task words', () => {
  const read = (body: string) => {
    const t = parseTaskBody(body);
    return [t.text, t.assignee];
  };

  it('drops a link into the recording, and the dash before it', () => {
    expect(read('Send updated pricing [WATCH @ 12:31](https://fathom.video/share/abc?timestamp=751)')[0]).toBe('Send updated pricing');
    expect(read('Send updated pricing - [Watch](https://tldv.io/app/meetings/x?t=90)')[0]).toBe('Send updated pricing');
    expect(read('Send updated pricing [04:10](https://example.com/rec#t=250)')[0]).toBe('Send updated pricing');
    expect(read('Read the [pricing page](https://example.com/pricing)')[0]).toBe('Read the [pricing page](https://example.com/pricing)');
  });

  it('reads a Dataview field whose value is a link', () => {
    const t = parseTaskBody('Prepare the usage report [owner:: [[Pavel Novák]]] [due:: 2026-04-27]');
    expect([t.text, t.fields.owner, t.due]).toEqual(['Prepare the usage report', '[[Pavel Novák]]', '2026-04-27']);
  });
});

describe('days written with full stops', () => {
  it('are day first, as every locale that writes them', () => {
    expect(dottedDay('03.04.2026')).toBe('2026-04-03');
    expect(dottedDay('3.4.2026')).toBe('2026-04-03');
    expect(dottedDay('15.04.26')).toBe('2026-04-15');
    expect(dottedDay('03.04.2026 14:30')).toBe('2026-04-03');
    expect(dottedDay('31.02.2026')).toBeNull();
    expect(dottedDay('1.2.3')).toBeNull();
    expect(dottedDay('v2.10.2026')).toBeNull();
  });

  it('give the note its date in the frontmatter and in a meta line', () => {
    expect(parseNote('n.md', lines('---', 'date: 03.04.2026', '---', '# x')).date).toBe('2026-04-03');
    expect(parseNote('n.md', lines('**Datum:** 03.04.2026', '**Date:** 03.04.2026', '', '## Notes', 'x')).date).toBe('2026-04-03');
  });
});

describe('transcripts folded away', () => {
  it('reads the lines of a transcript callout, its span the whole quoted line', () => {
    const text = lines('## Notes', '- Fine.', '', '> [!quote]- Transcript', '> [00:00:01] Amara Okoye: Let us start.', '> [00:00:09] Dmitri Volkov: Sure.', '> and more words', '', 'After the callout.');
    const note = parseNote('n.md', text);
    expect(note.transcript?.lines.map((l) => [l.source, l.text, text.slice(l.start, l.end)])).toEqual([
      ['Amara Okoye', 'Let us start.', '> [00:00:01] Amara Okoye: Let us start.'],
      ['Dmitri Volkov', 'Sure. and more words', '> [00:00:09] Dmitri Volkov: Sure.\n> and more words'],
    ]);
  });

  it('reads a transcript inside <details>, whose summary heads it until </details>', () => {
    const note = parseNote(
      'n.md',
      lines('## Action items', '- [ ] Send the quote @Amara Okoye', '', '<details>', '<summary>Transcript</summary>', '', '[00:00:01] Amara Okoye: Let us start.', '', '</details>', '', '- [ ] Book the room'),
    );
    expect(note.transcript?.lines.map((l) => l.text)).toEqual(['Let us start.']);
    expect(note.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['actions', 'Action items'],
      ['transcript', 'Transcript'],
    ]);
    expect(note.tasks.map((t) => [t.text, t.section])).toEqual([
      ['Send the quote', 'actions'],
      ['Book the room', 'actions'],
    ]);
  });

  it('takes the summary on the same line as <details> too', () => {
    const note = parseNote('n.md', lines('<details><summary><b>Full transcript</b></summary>', '[00:00:01] Amara Okoye: Hi.', '</details>'));
    expect(note.transcript?.lines.map((l) => l.source)).toEqual(['Amara Okoye']);
  });
});

describe('participants written one per line in a block scalar', () => {
  it('are one person per line', () => {
    expect(parseNote('n.md', lines('---', 'participants: |', '  Amara Okoye', '  Dmitri Volkov', '---', '# x')).participants).toEqual(['Amara Okoye', 'Dmitri Volkov']);
  });
});

describe('frontmatter that YAML cannot read', () => {
  it('reads a list whose closing bracket was lost as the list it begins', () => {
    const note = parseNote('n.md', lines('---', 'title: "unclosed', 'participants: [Ana Ruiz, Bo Chen', 'date: 2026-01-05', '---', 'x'));
    expect([note.date, note.participants]).toEqual(['2026-01-05', ['Ana Ruiz', 'Bo Chen']]);
    expect(note.problems.map((p) => p.kind)).toEqual(['yaml']);
  });
});

describe('a title that only says the note is notes', () => {
  it('gives way to the heading naming the meeting below it (Gemini)', () => {
    const note = parseNote('n.md', lines('# 📝 Notes', '', 'Nov 18, 2026', '', '## Pricing sync', '', '### Summary', 'Agreed.', '', '### Suggested next steps', '- [ ] Bo Chen will send the form.'));
    expect([note.title, note.date]).toEqual(['Pricing sync', '2026-11-18']);
  });

  it('stays when no heading names the meeting before the note’s parts begin', () => {
    expect(parseNote('n.md', lines('# Meeting notes', '## Summary', 'x', '## Pricing sync')).title).toBe('Meeting notes');
    expect(parseNote('n.md', lines('# Pricing sync', '## Agenda')).title).toBe('Pricing sync');
  });
});

describe('notes written in German, French, Spanish, Portuguese or Dutch', () => {
  it.each([
    ['Zusammenfassung', 'summary'],
    ['Nächste Schritte', 'actions'],
    ['Aufgaben', 'actions'],
    ['Entscheidungen', 'decisions'],
    ['Offene Fragen', 'questions'],
    ['Risiken', 'risks'],
    ['Résumé', 'summary'],
    ['Prochaines étapes', 'actions'],
    ['Décisions', 'decisions'],
    ['Questions ouvertes', 'questions'],
    ['Próximos pasos', 'actions'],
    ['Acuerdos', 'decisions'],
    ['Puntos clave', 'facts'],
    ['Transcripción', 'transcript'],
    ['Próximos passos', 'actions'],
    ['Actiepunten', 'actions'],
    ['Besluiten', 'decisions'],
    ['Zusammenfassung des Projekts', 'other'],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading).kind).toBe(kind);
  });

  it('read their header keys for the date, the people and the account', () => {
    const fm = parseNote('n.md', lines('---', 'datum: 12.03.2026', 'teilnehmer: [Jana Weber, Lukas Braun]', 'kunde: Nordlicht GmbH', '---', '# x'));
    expect([fm.date, fm.participants, fm.account]).toEqual(['2026-03-12', ['Jana Weber', 'Lukas Braun'], 'Nordlicht GmbH']);
    const meta = parseNote('n.md', lines('**Fecha:** 2026-04-05', '**Asistentes:** Lucía Gómez, Pablo Ruiz', '', '## Resumen', 'x'));
    expect([meta.date, meta.participants]).toEqual(['2026-04-05', ['Lucía Gómez', 'Pablo Ruiz']]);
  });

  it('take the bullets under Teilnehmer for the people present', () => {
    expect(parseNote('n.md', lines('## Teilnehmer', '- Jana Weber', '- Lukas Braun', '', '## Notizen', '- x')).participants).toEqual(['Jana Weber', 'Lukas Braun']);
  });
});
