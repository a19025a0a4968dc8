// POST /v1/filings/{id}/extensions (Idempotency-Key required) → Filing (PZH-4-2-2).
import { extensionBodySchema } from '@yidi/shared';
import { extendFiling } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { parseBody, route } from '../route';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    const body = parseBody(extensionBodySchema, request.body);
    return ok(await extendFiling(filingDeps(request, ok), request.caller, { filingId, ...body }));
  },
);
