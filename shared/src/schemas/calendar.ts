// A State Council holiday schedule as the administrator loads it (PUT /v1/admin/calendar/{year},
// `npm run calendar:import -- 2027.json`). The shape is checked here; what the law requires of
// it (statutory days off, make-up workdays on weekends) by scheduleProblems in the calendar.
import * as z from 'zod/mini';
import { isoDateSchema } from './dates';

const dates = (label: string) =>
  z.array(isoDateSchema).check(z.maxLength(366, { error: `${label}不能超过366天` }));

/** The body of PUT /v1/admin/calendar/{year}. */
export const officialScheduleBodySchema = z.object({
  /** Every day off of the holidays, the weekends inside them included. */
  restDays: dates('放假日期'),
  /** Weekend days that are working days (调休上班). */
  makeUpWorkdays: dates('调休上班日期'),
  /** Where it comes from, e.g. 国办发明电〔2026〕X号; kept with the item. */
  source: z.optional(z.string().check(z.maxLength(200))),
});
export type OfficialScheduleBody = z.infer<typeof officialScheduleBodySchema>;

/** The import file: the body with its year. */
export const officialScheduleFileSchema = z.extend(officialScheduleBodySchema, {
  year: z.number().check(z.int()),
});
export type OfficialScheduleFile = z.infer<typeof officialScheduleFileSchema>;

/** PUT /v1/admin/calendar/{year}: the year as a path parameter (4 digits). */
export const calendarYearSchema = z
  .string()
  .check(z.regex(/^\d{4}$/, { error: '年份应为4位数字，例如 2027' }));

/** PUT /v1/admin/calendar/{year}'s answer: what was stored, and the recount of open deadlines. */
export const calendarImportReportSchema = z.object({
  year: z.number(),
  restDays: z.number(),
  makeUpWorkdays: z.number(),
  recompute: z.object({
    /** Filings read from the indexes. */
    read: z.number(),
    /** Filings written (a date moved, or only its provisional flag changed). */
    updated: z.number(),
    /** Filings with a date that moved (each got one message). */
    moved: z.number(),
    skipped: z.number(),
  }),
});
export type CalendarImportReport = z.infer<typeof calendarImportReportSchema>;
