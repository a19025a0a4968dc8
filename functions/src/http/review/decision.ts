// POST /v1/review/{filingId}/decision (Idempotency-Key required) → Filing.
import { reviewDecisionBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { decideReview } from '../../services/review/decideReview';
import { filingIdOf } from '../filings/bodies';
import { parseBody, route } from '../route';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('filingId'));
    const body = parseBody(reviewDecisionBodySchema, request.body);
    return ok(
      await decideReview(
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
