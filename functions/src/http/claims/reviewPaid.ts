// POST /v1/review/claims/{id}/paid (Idempotency-Key required) → Claim (PAID).
import { reviewClaimsPaidRoute } from '@yidi/shared';
import { markClaimPaid } from '../../services/claims/reviewClaim';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimReplay } from '../replays/claim';
import { claimDeps } from './deps';
import { claimIdOf } from './ids';

export const { handler, build } = contractRoute(
  reviewClaimsPaidRoute,
  async (request) =>
    request.respond(
      await markClaimPaid(claimDeps(request, request.respond), request.caller, {
        claimId: claimIdOf(request.param('id')),
        ...request.body,
      }),
    ),
  { runtime: claimsRecipe, replay: claimReplay },
);
