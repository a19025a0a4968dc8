// GET /v1/filings/{id} → Filing, with its whole history.
import { filingsGetRoute } from '@yidi/shared';
import { getFiling } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsGetRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(await getFiling(filingDeps(request), request.caller, { filingId }));
  },
  { runtime: filingsRecipe },
);
