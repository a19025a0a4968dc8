// POST /v1/review/{filingId}/extension-decision (Idempotency-Key required) → Filing (PZH-4-2-2).
import { extensionDecisionBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { decideExtension } from '../../services/review/decideExtension';
import { filingIdOf } from '../filings/bodies';
import { parseBody, route } from '../route';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('filingId'));
    const body = parseBody(extensionDecisionBodySchema, request.body);
    return ok(
      await decideExtension(
        {
          store: request.runtime.store,
          clock: request.scope.clock,
          recorder: request.recorder(ok),
        },
        request.caller,
        { filingId, ...body },
      ),
    );
  },
);
