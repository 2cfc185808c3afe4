/**
 * Deadlines named by an event the note dates elsewhere, third round: the event's
 * day written the many ways notes write it — "QBR is scheduled for Nov 3",
 * "Launch: 2026-04-01", a milestone table, "kickoff (Mon 3/9)", a meeting moved
 * from one day to another — and written in German, French or Spanish ("Board am
 * 15. März", "le comité du 3 avril", "la junta del 5 de abril"), where a day's
 * full stop is no sentence's end.
 */
import { describe, expect, it } from 'vitest';
import { eventDatesFor, findEventDates, resolveDueWithEvents } from '../../src/core/event-dates';

/** The due date of `task` in a note whose other lines are `lines`, met on `meeting`. */
function dueIn(lines: string[], task: string, meeting: string): string | null {
  const text = [...lines, `- [ ] ${task}`].join('\n');
  const events = eventDatesFor(text, [task], meeting);
  return resolveDueWithEvents({ text: task, due: null }, meeting, events).due;
}

type Case = [label: string, lines: string[], task: string, meeting: string, due: string | null];

const ENGLISH: Case[] = [
  ['scheduled for', ['QBR is scheduled for Nov 3.'], 'Prepare the usage report before the QBR', '2025-10-14', '2025-11-02'],
  ['a label and an ISO day', ['Launch: 2026-04-01'], 'Finalise the release notes before launch', '2026-02-10', '2026-03-31'],
  ['a label in bold', ['**Go-live date:** April 14, 2026'], 'Freeze the config before go-live', '2026-02-10', '2026-04-13'],
  ['a milestone table', ['| Milestone | Date |', '|---|---|', '| Kickoff | 2026-03-02 |', '| Launch | 2026-04-01 |'], 'Ship the landing page by launch', '2026-02-10', '2026-04-01'],
  ['a table with the day first', ['| Date | Event | Owner |', '| --- | --- | --- |', '| Mar 12 | Board meeting | Ana |'], 'Circulate the pack before the board meeting', '2026-02-10', '2026-03-11'],
  ['a weekday and a day in brackets', ['Agreed on a kickoff (Mon 3/9) with the whole team.'], 'Send the agenda before kickoff', '2026-02-20', '2026-03-08'],
  ['an abbreviated month with its stop', ['The board meets on Oct. 14 to sign off the budget.'], 'Send the budget before the board meeting', '2025-10-02', '2025-10-13'],
  ['Sept. with its stop', ['Offsite is Sept. 22–24 in Lisbon.'], 'Book flights before the offsite', '2025-09-01', '2025-09-21'],
  ['moved to a later day', ['Board meeting moved from Oct 14 to Oct 21.'], 'Send the deck before the board meeting', '2025-10-02', '2025-10-20'],
  ['rescheduled to', ['The QBR was rescheduled to Nov 12 (was Nov 5).'], 'Draft the QBR deck before the QBR', '2025-10-20', '2025-11-11'],
  ['a day-first numeric day', ['Go-live is 14/10/2025, no slack.'], 'Run the smoke tests before go-live', '2025-10-01', '2025-10-13'],
  ['a slashed ISO day', ['Renewal date 2026/01/31'], 'Send the renewal quote before the renewal', '2025-12-01', '2026-01-30'],
  ['the day in a heading', ['## Steerco — 18 Nov'], 'Get sign-off from finance before the steerco', '2025-11-03', '2025-11-17'],
  ['next weekday', ['Offsite next Thursday, all day.'], 'Book the room for the offsite', '2025-10-06', '2025-10-16'],
  ['a past event is no deadline', ['The board met on Sep 30.'], 'Share minutes before the board meeting', '2025-10-02', null],
  ['a key dates list', ['Key dates:', '- Audit: Dec 1', '- Launch: Jan 15'], 'Close the findings before the audit', '2025-11-10', '2025-11-30'],
];

const FOREIGN: Case[] = [
  ['German day with a full stop', ['Board am 15. März, danach Budgetfreigabe.'], 'Send the deck before the board', '2026-02-10', '2026-03-14'],
  ['German, a task in German', ['Das Board tagt am 15. März.'], 'Unterlagen vor dem Board schicken', '2026-02-10', '2026-03-14'],
  ['German board meeting compound', ['Vorstandssitzung am 12.03.2026 in Berlin.'], 'Zahlen vor der Vorstandssitzung prüfen', '2026-02-10', '2026-03-11'],
  ['German dotted day without a year', ['Kickoff am 2.3. mit allen Teams.'], 'Agenda vor dem Kickoff verschicken', '2026-02-10', '2026-03-01'],
  ['German go-live with an English month', ['Go-Live am 1. April 2026.'], 'Lasttest vor dem Go-Live', '2026-02-10', '2026-03-31'],
  ['French committee', ['Le comité du 3 avril validera le budget.'], 'Préparer le dossier avant le comité', '2026-02-10', '2026-04-02'],
  ['French, an English task', ['Le comité du 3 avril validera le budget.'], 'Send the file before the committee', '2026-02-10', '2026-04-02'],
  ['French launch with 1er', ['Lancement le 1er juin.'], 'Valider la page avant le lancement', '2026-03-10', '2026-05-31'],
  ['French mars after du', ['Réunion du conseil du 3 mars.'], 'Envoyer les chiffres avant le conseil', '2026-02-10', '2026-03-02'],
  ['Spanish board', ['La junta del 5 de abril aprobará el plan.'], 'Enviar el informe antes de la junta', '2026-02-10', '2026-04-04'],
  ['Spanish launch with a year', ['El lanzamiento será el 1 de junio de 2026.'], 'Revisar la web antes del lanzamiento', '2026-03-10', '2026-05-31'],
  ['Spanish, an English task', ['La junta del 5 de abril aprobará el plan.'], 'Send the report before the board', '2026-02-10', '2026-04-04'],
];

describe('an event dated the ways English notes date it', () => {
  it.each(ENGLISH)('%s', (_label, lines, task, meeting, due) => expect(dueIn(lines, task, meeting)).toBe(due));
});

describe('an event dated in German, French or Spanish', () => {
  it.each(FOREIGN)('%s', (_label, lines, task, meeting, due) => expect(dueIn(lines, task, meeting)).toBe(due));
});

describe('sentences and days', () => {
  const at = (text: string, meeting = '2026-02-10') => findEventDates([{ text, line: 1 }], meeting).map((e) => [e.head, e.date]);

  it('keeps a German day’s full stop inside its sentence', () => {
    expect(at('Board am 15. März.')).toContainEqual(['board', '2026-03-15']);
  });

  it('still ends a sentence at a full stop after a number that ends it', () => {
    // The launch's day is in the first sentence; the audit's sentence names none.
    expect(at('Launch is on March 15. Audit after that.')).toEqual([['launch', '2026-03-15']]);
  });

  it('reads no version number, decimal or time as a day', () => {
    expect(at('Release 2.3. Nothing else planned.')).toEqual([]);
    expect(at('Launch budget grew 1.5 times.')).toEqual([]);
    expect(at('Release 2.3.1 ships on Oct 14.')).toEqual([['release', '2026-10-14']]);
    expect(at('Board call at 9.10. Bring the numbers.')).toEqual([]);
  });

  it('takes a deadline beside the event for the task’s, not the event’s day', () => {
    expect(at('Send the deck before the QBR by next Friday.')).toEqual([]);
  });

  it('gives a foreign event its canonical head, so an English task finds it', () => {
    expect(at('Le comité du 3 avril.')).toContainEqual(['committee', '2026-04-03']);
    expect(at('La junta del 5 de abril.')).toContainEqual(['board', '2026-04-05']);
  });
});
