import type { FilingServiceDeps } from '../../services/filings';
import type { RouteRequest } from '../route';
import type { Caller } from '../../middleware/types';

/** The filing services' dependencies for one request: the runtime's store, the request's clock. */
export function filingDeps(request: RouteRequest<Caller>): FilingServiceDeps {
  return { store: request.runtime.store, clock: request.scope.clock };
}
