// Checks a State Council schedule before it is loaded (docs/api.md "Scheduled work"): its dates are
// real dates of its year, every statutory day off fixed by law is a day off, make-up workdays
// fall on weekends, and no day is both. The messages are for the administrator loading it.
import { weekdayOf } from './civilDays';
import { addDays, dayNumberOfIsoDate, isValidIsoDate } from './isoDate';
import { isStatutoryHoliday, type OfficialSchedule } from './nationalCalendar';
import { STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR } from './statutoryRange';

export interface ScheduleProblem {
  /** 'year', 'restDays' or 'makeUpWorkdays'. */
  field: string;
  date?: string;
  message: string;
}

function datesOfYear(year: number): string[] {
  const dates: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) {
    dates.push(date);
  }
  return dates;
}

/** Every problem of `schedule`; an empty list means it may be loaded. */
export function scheduleProblems(schedule: OfficialSchedule): ScheduleProblem[] {
  const { year } = schedule;
  if (!Number.isInteger(year) || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) {
    return [
      {
        field: 'year',
        message: `年份须在${STATUTORY_FIRST_YEAR}至${STATUTORY_LAST_YEAR}年之间`,
      },
    ];
  }
  const problems: ScheduleProblem[] = [];
  const inYear = (field: string, dates: readonly string[]) =>
    dates.filter((date) => {
      if (isValidIsoDate(date) && date.startsWith(`${year}-`)) return true;
      problems.push({ field, date, message: `${date} 不是${year}年的日期` });
      return false;
    });
  const rest = new Set(inYear('restDays', schedule.restDays));
  const work = inYear('makeUpWorkdays', schedule.makeUpWorkdays);
  for (const date of work) {
    const weekday = weekdayOf(dayNumberOfIsoDate(date));
    if (weekday !== 0 && weekday !== 6) {
      problems.push({ field: 'makeUpWorkdays', date, message: `调休上班日 ${date} 不是周末` });
    }
    if (rest.has(date)) {
      problems.push({ field: 'makeUpWorkdays', date, message: `${date} 不能既放假又上班` });
    }
  }
  for (const date of datesOfYear(year).filter(isStatutoryHoliday)) {
    if (!rest.has(date)) {
      problems.push({ field: 'restDays', date, message: `法定节假日 ${date} 必须放假` });
    }
  }
  return problems;
}
