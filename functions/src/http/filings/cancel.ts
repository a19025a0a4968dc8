// POST /v1/filings/{id}/cancellation (Idempotency-Key required) → Filing (CANCELLED).
import { cancellationBodySchema } from '@yidi/shared';
import { cancelFiling } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { parseBody, route } from '../route';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = route(
  { auth: true, idempotency: 'required' },
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    const body = parseBody(cancellationBodySchema, request.body);
    return ok(await cancelFiling(filingDeps(request, ok), request.caller, { filingId, ...body }));
  },
);
