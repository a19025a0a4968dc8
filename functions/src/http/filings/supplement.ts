// POST /v1/filings/{id}/supplements (Idempotency-Key required) → Filing.
import { supplementFiling } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { parseBody, route } from '../route';
import { filingIdOf, supplementFilingBodySchema } from './bodies';
import { filingDeps } from './deps';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    const body = parseBody(supplementFilingBodySchema, request.body);
    return ok(
      await supplementFiling(filingDeps(request, ok), request.caller, { filingId, ...body }),
    );
  },
);
