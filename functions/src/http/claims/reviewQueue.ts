// GET /v1/review/claims?region=&status=&cursor= → {items, nextCursor} (earliest due first).
import { reviewClaimsQueueRoute } from '@yidi/shared';
import { claimQueue } from '../../services/claims/claimQueue';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimDeps } from './deps';

export const { handler, build } = contractRoute(
  reviewClaimsQueueRoute,
  async (request) =>
    request.respond(await claimQueue(claimDeps(request), request.caller, request.query)),
  { runtime: claimsRecipe },
);
