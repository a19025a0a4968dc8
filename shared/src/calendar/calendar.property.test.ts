import fc from 'fast-check';
import { compareIsoDates, isAfter } from './compare';
import { addDays, daysBetween } from './isoDate';
import { addMonths } from './months';
import { periodEnd } from './periods';
import { addWorkingDays, isWorkingDay } from './workingDays';

const NUM_RUNS = 200;
const BASE = '2004-01-01';
// Dates from 2004 (first official schedule) to the end of 2030 (Mon–Fri fallback).
const isoDate = fc.integer({ min: 0, max: 9861 }).map((offset) => addDays(BASE, offset));

describe('calendar properties', () => {
  it('addDays agrees with UTC Date arithmetic and daysBetween undoes it', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const result = addDays(date, days);
        return result === expected && daysBetween(date, result) === days;
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('CC-201: addMonths is never earlier than the start and lands in the right month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        return (
          compareIsoDates(result, date) >= 0 &&
          monthIndex(result) - monthIndex(date) === months &&
          Number(result.slice(8)) <= Number(date.slice(8))
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('addWorkingDays(d, n) is a working day after d with exactly n working days up to it', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 30 }), (date, workingDays) => {
        const result = addWorkingDays(date, workingDays);
        let counted = 0;
        for (let day = addDays(date, 1); day <= result; day = addDays(day, 1)) {
          if (isWorkingDay(day)) counted += 1;
        }
        return isWorkingDay(result) && isAfter(result, date) && counted === workingDays;
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('CC-201: periodEnd with roll-over is a working day, never before the plain end', () => {
    const length = fc.record(
      {
        years: fc.integer({ min: 0, max: 2 }),
        months: fc.integer({ min: 0, max: 24 }),
        days: fc.integer({ min: 0, max: 60 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(isoDate, length, (start, periodLength) => {
        const plainEnd = periodEnd(start, periodLength);
        const rolledOver = periodEnd(start, periodLength, { rollOverRestDays: true });
        return (
          compareIsoDates(rolledOver, plainEnd) >= 0 &&
          isWorkingDay(rolledOver) &&
          (rolledOver === plainEnd) === isWorkingDay(plainEnd)
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
