// PZH-1 "达到国家法定退休年龄": for employees, the national statutory retirement age as the
// 全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》 (2024-09-13, from 2025-01-01) sets it:
// men 60 → 63, one month later for every 4 months of birth from January 1965; women whose original
// age was 50 → 55, one month for every 2 months from January 1975; 55 → 58, one month for every
// 4 months from January 1970. Residents keep the document's own ages (men 60, women 50).
import { addMonths, type IsoDate } from '../calendar';

interface Schedule {
  baseYears: number;
  /** First birth month (year * 12 + month index) that retires later. */
  fromBirthMonth: number;
  birthMonthsPerStep: number;
  maxDelayMonths: number;
}

const SCHEDULES: Record<50 | 55 | 60, Schedule> = {
  60: { baseYears: 60, fromBirthMonth: 1965 * 12, birthMonthsPerStep: 4, maxDelayMonths: 36 },
  55: { baseYears: 55, fromBirthMonth: 1970 * 12, birthMonthsPerStep: 4, maxDelayMonths: 36 },
  50: { baseYears: 50, fromBirthMonth: 1975 * 12, birthMonthsPerStep: 2, maxDelayMonths: 60 },
};

/** Months the 2025 reform adds for someone born in `birthDate`'s month. */
export function retirementDelayMonths(birthDate: IsoDate, originalAge: 50 | 55 | 60): number {
  const schedule = SCHEDULES[originalAge];
  const birthMonth = Number(birthDate.slice(0, 4)) * 12 + Number(birthDate.slice(5, 7)) - 1;
  const monthsAfter = birthMonth - schedule.fromBirthMonth;
  if (monthsAfter < 0) return 0;
  return Math.min(
    Math.floor(monthsAfter / schedule.birthMonthsPerStep) + 1,
    schedule.maxDelayMonths,
  );
}

/** The day the statutory retirement age is reached (month-end clamp as CC-201 counts). */
export function statutoryRetirementDate(birthDate: IsoDate, originalAge: 50 | 55 | 60): IsoDate {
  const months =
    SCHEDULES[originalAge].baseYears * 12 + retirementDelayMonths(birthDate, originalAge);
  return addMonths(birthDate, months);
}
