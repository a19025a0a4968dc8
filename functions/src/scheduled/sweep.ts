// The daily `sweep` Lambda (serverless.yml schedule). Stops a minute before its timeout, leaving
// a checkpoint the next invocation of the day continues from. In the local and test stages the
// event may name the day to sweep ({"date": "2027-03-01"}) — time travel, as X-Clock is for HTTP.
import type { Context } from 'aws-lambda';
import { isValidIsoDate } from '@yidi/shared';
import { fixedClock, systemClock, type Clock } from '../clock';
import { runtimeFromEnvironment, type RuntimeOf } from '../runtime';
import { sweepRecipe } from '../runtime/recipes';
import { buildDispatch } from './dispatchMessages';
import { runSweep, type SweepReport } from '../services/sweep/runSweep';
import { sweepClaims } from '../services/claims/sweepClaims';

export interface SweepEvent {
  /** local/test only: sweep as if it were 02:00 China time on this day. */
  date?: string;
}

const SAFETY_MARGIN_MS = 60_000;

/** "YYYY-MM-DD" → 02:00 China time that day, the hour the schedule runs. */
export const sweepClockFor = (date: string): Clock => fixedClock(`${date}T02:00:00+08:00`);

export function buildSweep(runtime: RuntimeOf<typeof sweepRecipe>) {
  return async (event: SweepEvent = {}, context?: Pick<Context, 'getRemainingTimeInMillis'>) => {
    const date = event?.date;
    let clock = systemClock;
    if (date !== undefined) {
      if (runtime.config.deployed) throw new Error('A deployed sweep runs for today only');
      if (!isValidIsoDate(date)) throw new Error(`Not a date: ${date}`);
      clock = sweepClockFor(date);
    }
    const report: SweepReport = await runSweep(
      { store: runtime.store, clock, logger: runtime.logger, calendars: runtime.calendars },
      context ? { shouldStop: () => context.getRemainingTimeInMillis() < SAFETY_MARGIN_MS } : {},
    );
    // 零星报销 (AH-47): forfeitures and deadline reminders, from the claims' own due rows.
    const claims = await sweepClaims({ store: runtime.store, clock });
    // Send what the sweep queued now rather than at the dispatcher's next minute.
    return { ...report, claims, dispatched: await buildDispatch(runtime)() };
  };
}

let handlerForEnvironment: ReturnType<typeof buildSweep> | undefined;

export const handler = async (event: SweepEvent, context: Context) => {
  handlerForEnvironment ??= buildSweep(await runtimeFromEnvironment(sweepRecipe));
  return handlerForEnvironment(event, context);
};
