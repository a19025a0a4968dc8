import type { ClaimServiceDeps } from '../../services/claims/deps';
import { materialVerifier } from '../../services/materials/materialVerifier';
import type { Caller, HttpResult } from '../../middleware/types';
import type { RouteRequest } from '../route';
import type { RuntimeWith } from '../../runtime';

/** The claim services' dependencies for one request (as filingDeps for filings). */
export function claimDeps(
  request: Pick<
    RouteRequest<Caller, RuntimeWith<keyof ClaimServiceDeps['store'], 'storage' | 'calendars'>>,
    'runtime' | 'scope' | 'recorder'
  >,
  respond?: (result: never) => HttpResult,
): ClaimServiceDeps {
  const { store, storage } = request.runtime;
  return {
    store,
    clock: request.scope.clock,
    calendars: request.runtime.calendars,
    verifier: materialVerifier({ storage, materials: store.materials }),
    ...(respond ? { recorder: request.recorder(respond) } : {}),
  };
}
