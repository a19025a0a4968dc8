import type { ClaimView } from '../../services/claims/present';
import { getClaim } from '../../services/claims/readClaims';
import type { RuntimeWith } from '../../runtime';
import type { ClaimServiceDeps } from '../../services/claims/deps';
import { callerOf, type RouteReplay } from './common';

/**
 * A claim's state changes (claim, supplement, review decision, paid): GET /v1/claims/{id} of
 * the claim, as it is now.
 */
export const claimReplay: RouteReplay<RuntimeWith<keyof ClaimServiceDeps['store']>> = {
  referenceOf: (result) => {
    const view = result as ClaimView;
    return { kind: 'claim', id: view.id, version: view.version };
  },
  read: ({ store }, reference, scope) =>
    getClaim({ store, clock: scope.clock }, callerOf(scope), reference.id),
};
