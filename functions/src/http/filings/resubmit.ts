// POST /v1/filings/{id}/resubmission (Idempotency-Key required) → Filing (PENDING_REVIEW again).
import { ok } from '../../middleware/respond';
import { resubmitFiling } from '../../services/filings/resubmit/resubmitFiling';
import { resubmitBodySchema } from '../../services/filings/resubmit/input';
import { parseBody, route } from '../route';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    const body = parseBody(resubmitBodySchema, request.body);
    return ok(await resubmitFiling(filingDeps(request, ok), request.caller, { filingId, ...body }));
  },
);
