// POST /v1/review/claims/{id}/decision (Idempotency-Key required) → Claim.
import { reviewClaimsDecisionRoute } from '@yidi/shared';
import { decideClaim } from '../../services/claims/reviewClaim';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimReplay } from '../replays/claim';
import { claimDeps } from './deps';
import { claimIdOf } from './ids';

export const { handler, build } = contractRoute(
  reviewClaimsDecisionRoute,
  async (request) =>
    request.respond(
      await decideClaim(claimDeps(request, request.respond), request.caller, {
        claimId: claimIdOf(request.param('id')),
        ...request.body,
      }),
    ),
  { runtime: claimsRecipe, replay: claimReplay },
);
