// What every filing use case needs: the repositories it touches and "now". Services take these,
// never the table or the environment, so they run the same under HTTP, in tests and in scripts.
import { BUNDLED_CALENDAR, type NationalCalendar } from '@yidi/shared';
import type { Clock } from '../../../clock';
import type { CalendarSource } from '../../calendar/calendarSource';
import type { Caller } from '../../../middleware/types';
import type { ResultRecorder, Store } from '../../../store';
import { recordedVerificationOnly, type MaterialVerifier } from '../../materials/materialVerifier';

export interface FilingServiceDeps {
  store: Pick<Store, 'filings' | 'materials' | 'agentLinks'>;
  clock: Clock;
  /** Fresh ids (filing ids, numbers); injectable so tests can predict them. */
  newId?: () => string;
  /** Under an Idempotency-Key: the record of the response, written in the change's transaction. */
  recorder?: ResultRecorder;
  /** The loaded holiday schedules (runtime.calendars); without it the bundled calendar. */
  calendars?: CalendarSource;
  /** Checks cited materials' files; without one only an already recorded verdict counts. */
  verifier?: MaterialVerifier;
}

/** The national calendar a state change counts its dates on. */
export async function calendarFor(deps: {
  calendars?: Pick<CalendarSource, 'current'>;
}): Promise<NationalCalendar> {
  return deps.calendars ? deps.calendars.current() : BUNDLED_CALENDAR;
}

/** What resolveMaterials needs to check cited files. */
export function verificationOf(deps: Pick<FilingServiceDeps, 'verifier' | 'clock'>) {
  return { verifier: deps.verifier ?? recordedVerificationOnly, now: deps.clock.now() };
}

/** Who is acting: the verified caller. */
export type Actor = Caller;
