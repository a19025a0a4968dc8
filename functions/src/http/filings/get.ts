// GET /v1/filings/{id} → Filing, with its whole history.
import { getFiling } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { route } from '../route';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = route({ auth: true }, async (request) => {
  const filingId = filingIdOf(request.param('id'));
  const deps = { ...filingDeps(request), persons: request.runtime.store.persons };
  return ok(await getFiling(deps, request.caller, { filingId }));
});
