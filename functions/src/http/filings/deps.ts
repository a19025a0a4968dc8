import type { FilingServiceDeps } from '../../services/filings';
import type { HttpResult } from '../../middleware/types';
import type { RouteRequest } from '../route';
import type { Caller } from '../../middleware/types';

/**
 * The filing services' dependencies for one request: the runtime's store, the request's clock
 * and, for a state change answered with `respond`, the recorder of that answer (Idempotency-Key).
 */
export function filingDeps(
  request: Pick<RouteRequest<Caller>, 'runtime' | 'scope' | 'recorder'>,
  respond?: (result: never) => HttpResult,
): FilingServiceDeps {
  return {
    store: request.runtime.store,
    clock: request.scope.clock,
    ...(respond ? { recorder: request.recorder(respond) } : {}),
  };
}
