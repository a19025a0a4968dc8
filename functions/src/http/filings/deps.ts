import type { FilingServiceDeps } from '../../services/filings';
import { materialVerifier } from '../../services/materials/materialVerifier';
import type { HttpResult } from '../../middleware/types';
import type { RouteRequest } from '../route';
import type { Caller } from '../../middleware/types';
import type { RuntimeWith } from '../../runtime';

/** What the filing routes' runtime holds for their services. */
export type FilingsRuntime = RuntimeWith<keyof FilingServiceDeps['store'], 'storage' | 'calendars'>;

/**
 * The filing services' dependencies for one request: the runtime's store, the request's clock
 * and, for a state change answered with `respond`, the recorder of that answer (Idempotency-Key).
 */
export function filingDeps(
  request: Pick<RouteRequest<Caller, FilingsRuntime>, 'runtime' | 'scope' | 'recorder'>,
  respond?: (result: never) => HttpResult,
): FilingServiceDeps {
  const { store, storage } = request.runtime;
  return {
    store,
    clock: request.scope.clock,
    calendars: request.runtime.calendars,
    verifier: materialVerifier({ storage, materials: store.materials }),
    ...(respond ? { recorder: request.recorder(respond) } : {}),
  };
}
