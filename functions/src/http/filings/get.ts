// GET /v1/filings/{id} → Filing, with its whole history.
import { getFiling } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { route } from '../route';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = route({ auth: true }, async (request) => {
  const filingId = filingIdOf(request.param('id'));
  return ok(await getFiling(filingDeps(request), request.caller, { filingId }));
});
