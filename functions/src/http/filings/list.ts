// GET /v1/filings?personId=&status= → Filing[] (newest first).
import { filingsListRoute } from '@yidi/shared';
import { listFilings } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsListRoute,
  async (request) =>
    request.respond(await listFilings(filingDeps(request), request.caller, request.query)),
  { runtime: filingsRecipe },
);
