// POST /v1/filings/{id}/changes (Idempotency-Key required) → Filing (version + 1).
import { changeBodySchema } from '@yidi/shared';
import { changeFiling } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { parseBody, route } from '../route';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    const body = parseBody(changeBodySchema, request.body);
    return ok(await changeFiling(filingDeps(request, ok), request.caller, { filingId, ...body }));
  },
);
