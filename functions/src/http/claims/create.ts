// POST /v1/claims (Idempotency-Key required) → 201 Claim (SUBMITTED or EXTENSION_REQUESTED).
import { claimsCreateRoute } from '@yidi/shared';
import { createClaim } from '../../services/claims/createClaim';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimReplay } from '../replays/claim';
import { claimDeps } from './deps';

export const { handler, build } = contractRoute(
  claimsCreateRoute,
  async (request) =>
    request.respond(
      await createClaim(claimDeps(request, request.respond), request.caller, request.body),
    ),
  { runtime: claimsRecipe, replay: claimReplay },
);
