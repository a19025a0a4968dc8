// The statutory holidays as the law fixes them (《全国年节及纪念日放假办法》), by the version in
// force each year: which solar dates, which lunar dates, whether 除夕 (the last day of the lunar
// year, 腊月廿九 or 三十) and 清明 (the day of the solar term, China time) are days off. The
// generator (shared/scripts/generateStatutoryTable.ts) reads this with a lunar-calendar library;
// the engine reads only the generated table, so no lunar library is bundled.

export interface HolidayLaw {
  /** First year the version applies to. */
  from: number;
  /** The version, for the README and the generated file's header. */
  version: string;
  /** 'MM-DD' solar dates. */
  solarDays: readonly string[];
  /** [lunar month, lunar day] of the lunar year that begins in the calendar year. */
  lunarDays: readonly (readonly [number, number])[];
  /** 除夕: the day before 正月初一 (腊月廿九 in a year whose 腊月 has 29 days). */
  lunarNewYearsEve: boolean;
  /** 清明: the day of the solar term in China Standard Time. */
  qingming: boolean;
}

/** Oldest first; a year follows the latest version whose `from` is not after it. */
export const HOLIDAY_LAWS: readonly HolidayLaw[] = [
  {
    // 2013 revision (国务院令第644号), in force 2014: 春节 初一至初三, 劳动节 1 day.
    from: 2014,
    version: '2013年修订',
    solarDays: ['01-01', '05-01', '10-01', '10-02', '10-03'],
    lunarDays: [
      [1, 1],
      [1, 2],
      [1, 3],
      [5, 5],
      [8, 15],
    ],
    lunarNewYearsEve: false,
    qingming: true,
  },
  {
    // 2024 revision (国务院令第795号), in force 2025: 春节 除夕至初三 (4 days), 劳动节 2 days.
    from: 2025,
    version: '2024年修订',
    solarDays: ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'],
    lunarDays: [
      [1, 1],
      [1, 2],
      [1, 3],
      [5, 5],
      [8, 15],
    ],
    lunarNewYearsEve: true,
    qingming: true,
  },
];

export function holidayLawOf(year: number): HolidayLaw | undefined {
  return [...HOLIDAY_LAWS].reverse().find((law) => law.from <= year);
}
