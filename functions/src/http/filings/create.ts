// POST /v1/filings (Idempotency-Key required) → 201 Filing.
import { createFilingBodySchema } from '@yidi/shared';
import { fileFiling } from '../../services/filings';
import { created } from '../../middleware/respond';
import { parseBody, route } from '../route';
import { filingDeps } from './deps';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const body = parseBody(createFilingBodySchema, request.body);
    return created(await fileFiling(filingDeps(request, created), request.caller, body));
  },
);
