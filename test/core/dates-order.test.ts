/**
 * Whether 10/3 is the 10th of March or October 3rd: the writer's order, told to
 * `resolveDue` as `dayFirst`, and inferred from the dates a note or a vault writes
 * that can only be read one way (13/10, 10/13).
 */
import { describe, expect, it } from 'vitest';
import { addDateOrderEvidence, dateOrderEvidence, inferDayFirst, resolveDue } from '../../src/core/dates';

const WED = '2025-10-22';

function due(text: string, dayFirst?: boolean) {
  const { due: day, certainty } = resolveDue({ text, due: null, dayFirst }, WED);
  return [day, certainty];
}

describe('resolveDue with the writer’s order', () => {
  it('reads 5/11 day first when told, month first when told, and as a vague guess when not', () => {
    expect(due('Send the deck by 5/11', true)).toEqual(['2025-11-05', 'likely']);
    expect(due('Send the deck by 5/11', false)).toEqual(['2026-05-11', 'likely']);
    expect(due('Send the deck by 5/11')).toEqual(['2025-11-05', 'vague']);
  });

  it('applies the order to a written year too', () => {
    expect(due('Send the deck by 05/11/2025', true)).toEqual(['2025-11-05', 'likely']);
    expect(due('Send the deck by 05/11/2025', false)).toEqual(['2025-05-11', 'likely']);
    expect(due('Send the deck by 05/11/2025')).toEqual(['2025-05-11', 'vague']);
  });

  it('applies it to dashed dates', () => {
    expect(due('Send the deck by 11-3', true)).toEqual(['2026-03-11', 'likely']);
    expect(due('Send the deck by 11-3', false)).toEqual(['2025-11-03', 'likely']);
  });

  it('leaves alone what can be read one way only', () => {
    expect(due('Send the deck by 10/24', true)).toEqual(['2025-10-24', 'likely']);
    expect(due('Send the deck by 24/10', false)).toEqual(['2025-10-24', 'likely']);
    // Dotted dates are day first wherever they are written.
    expect(due('Send the deck by 3.11.', false)).toEqual(['2025-11-03', 'likely']);
  });

  it('lets a weekday written with the date win over the order', () => {
    // 10 March 2026 is a Tuesday: "Tue 10/3" is that day even for a month-first writer.
    expect(due('Send the deck by Tue 10/3', false)).toEqual(['2026-03-10', 'likely']);
  });
});

describe('dateOrderEvidence', () => {
  it('counts dates that can only be read one way', () => {
    expect(dateOrderEvidence('Met 13/10, follow-up on 20/10/2025.')).toEqual({ dayFirst: 2, monthFirst: 0 });
    expect(dateOrderEvidence('Due 10/13 and 10/20/2025.')).toEqual({ dayFirst: 0, monthFirst: 2 });
    expect(dateOrderEvidence('Signed 24.10.2025 and 13-10-2025')).toEqual({ dayFirst: 2, monthFirst: 0 });
  });

  it('ignores what could be either, and numbers that are no dates', () => {
    expect(dateOrderEvidence('Ship by 5/6, support 24/7, a 50/50 split, 3-15 people, v1.13.2')).toEqual({ dayFirst: 0, monthFirst: 0 });
    expect(dateOrderEvidence('See 2025-10-13 and 2025/10/13')).toEqual({ dayFirst: 0, monthFirst: 0 });
  });
});

describe('inferDayFirst', () => {
  const dayFirst = { dayFirst: 3, monthFirst: 0 };
  const monthFirst = { dayFirst: 0, monthFirst: 2 };
  const none = { dayFirst: 0, monthFirst: 0 };

  it("takes the note's own dates first", () => {
    expect(inferDayFirst(dayFirst, monthFirst)).toBe(true);
    expect(inferDayFirst(monthFirst, dayFirst)).toBe(false);
  });

  it("falls back to the vault's when the note's settle nothing", () => {
    expect(inferDayFirst(none, dayFirst)).toBe(true);
    expect(inferDayFirst({ dayFirst: 1, monthFirst: 1 }, monthFirst)).toBe(false);
  });

  it('stays unknown when nothing settles it', () => {
    expect(inferDayFirst(none)).toBeUndefined();
    expect(inferDayFirst({ dayFirst: 2, monthFirst: 1 }, { dayFirst: 4, monthFirst: 3 })).toBeUndefined();
  });

  it('sums a vault from its notes', () => {
    const vault = ['Met 13/10.', 'Due 20/10/2025.', 'Lunch 10/13?'].map(dateOrderEvidence).reduce(addDateOrderEvidence, { dayFirst: 0, monthFirst: 0 });
    expect(vault).toEqual({ dayFirst: 2, monthFirst: 1 });
  });
});
