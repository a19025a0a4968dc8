// GET /v1/claims/{id} → Claim with its history and actions.
import { claimsGetRoute } from '@yidi/shared';
import { getClaim } from '../../services/claims/readClaims';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimIdOf } from './ids';
import { claimDeps } from './deps';

export const { handler, build } = contractRoute(
  claimsGetRoute,
  async (request) =>
    request.respond(
      await getClaim(claimDeps(request), request.caller, claimIdOf(request.param('id'))),
    ),
  { runtime: claimsRecipe },
);
