// The statutory days off of one year by the law in force (holidayLaw.ts), computed with tyme4ts
// (a devDependency: the generator and its test use it, the bundles never do).
import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';
import { holidayLawOf } from '../src/calendar/holidayLaw';

const isoOf = (day: SolarDay) =>
  `${day.getYear()}-${String(day.getMonth()).padStart(2, '0')}-${String(day.getDay()).padStart(2, '0')}`;

/** Sorted 'YYYY-MM-DD' statutory days off of `year` (none before the first law version). */
export function statutoryDaysOf(year: number): string[] {
  const law = holidayLawOf(year);
  if (!law) return [];
  const days = law.solarDays.map((monthDay) => `${year}-${monthDay}`);
  // Lunar dates of the lunar year starting in `year`: 正月 always begins in January–February.
  for (const [month, day] of law.lunarDays)
    days.push(isoOf(LunarDay.fromYmd(year, month, day).getSolarDay()));
  if (law.lunarNewYearsEve) days.push(isoOf(LunarDay.fromYmd(year, 1, 1).getSolarDay().next(-1)));
  // tyme4ts keeps solar-term instants in Beijing time, so the day is China's.
  if (law.qingming) days.push(isoOf(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()));
  return [...new Set(days)].sort();
}
