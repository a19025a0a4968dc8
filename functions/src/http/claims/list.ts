// GET /v1/claims?personId= → Claim[] (newest first).
import { claimsListRoute } from '@yidi/shared';
import { listClaims } from '../../services/claims/readClaims';
import { contractRoute } from '../contractRoute';
import { claimsRecipe } from '../../runtime/recipes';
import { claimDeps } from './deps';

export const { handler, build } = contractRoute(
  claimsListRoute,
  async (request) =>
    request.respond(await listClaims(claimDeps(request), request.caller, request.query.personId)),
  { runtime: claimsRecipe },
);
