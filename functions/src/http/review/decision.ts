// POST /v1/review/{filingId}/decision (Idempotency-Key required) → Filing.
import { reviewDecisionBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { notifierFor } from '../../services/notifications/notifierForRuntime';
import { decideReview } from '../../services/review/decideReview';
import { filingIdOf } from '../filings/bodies';
import { parseBody, route } from '../route';

export const { handler, build } = route(
  { auth: true, idempotency: 'required' },
  async (request) => {
    const filingId = filingIdOf(request.param('filingId'));
    const body = parseBody(reviewDecisionBodySchema, request.body);
    const { runtime, scope } = request;
    return ok(
      await decideReview(
        {
          store: runtime.store,
          clock: scope.clock,
          notifier: notifierFor(runtime),
          logger: scope.logger,
        },
        request.caller,
        { filingId, ...body },
      ),
    );
  },
);
