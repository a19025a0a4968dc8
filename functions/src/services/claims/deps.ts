// What every claim use case needs: its repositories, "now", and for a keyed request the recorder
// of its answer. Like the filing services: no table, no environment.
import type { Clock } from '../../clock';
import type { ResultRecorder, Store } from '../../store';
import type { CalendarSource } from '../calendar/calendarSource';
import type { MaterialVerifier } from '../materials/materialVerifier';

export interface ClaimServiceDeps {
  store: Pick<Store, 'claims' | 'materials' | 'agentLinks' | 'persons' | 'filings' | 'messages'>;
  clock: Clock;
  newId?: () => string;
  recorder?: ResultRecorder;
  calendars?: CalendarSource;
  verifier?: MaterialVerifier;
}
