// What every filing use case needs: the repositories it touches and "now". Services take these,
// never the table or the environment, so they run the same under HTTP, in tests and in scripts.
import type { Clock } from '../../../clock';
import type { Caller } from '../../../middleware/types';
import type { ResultRecorder, Store } from '../../../store';

export interface FilingServiceDeps {
  store: Pick<Store, 'filings' | 'materials' | 'agentLinks'>;
  clock: Clock;
  /** Fresh ids (filing ids, numbers); injectable so tests can predict them. */
  newId?: () => string;
  /** Under an Idempotency-Key: the record of the response, written in the change's transaction. */
  recorder?: ResultRecorder;
}

/** Who is acting: the verified caller. */
export type Actor = Caller;
