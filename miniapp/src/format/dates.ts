// Dates as users read them: '2027年5月22日', and whole days left until a deadline.
import { chinaDateOf, chineseDate, daysBetween, type IsoDate } from '@yidi/shared';

export function todayInChina(now: Date = new Date()): IsoDate {
  return chinaDateOf(now);
}

/** '2027-05-22' → '2027年5月22日'; anything else is shown as it came. */
export function readableDate(date: string | null | undefined): string {
  if (!date) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? chineseDate(date) : date;
}

/** Days from today to the deadline; 0 on the day itself (due at its end), negative when past. */
export function daysLeft(today: IsoDate, dueDate: IsoDate): number {
  return daysBetween(today, dueDate);
}
