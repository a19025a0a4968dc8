// POST /v1/claims/{id}/supplements (Idempotency-Key required) → Claim.
import { claimsSupplementRoute } from '@yidi/shared';
import { supplementClaim } from '../../services/claims/supplementClaim';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimReplay } from '../replays/claim';
import { claimDeps } from './deps';
import { claimIdOf } from './ids';

export const { handler, build } = contractRoute(
  claimsSupplementRoute,
  async (request) =>
    request.respond(
      await supplementClaim(claimDeps(request, request.respond), request.caller, {
        claimId: claimIdOf(request.param('id')),
        ...request.body,
      }),
    ),
  { runtime: claimsRecipe, replay: claimReplay },
);
