// POST /v1/review/{filingId}/decision (Idempotency-Key required) → Filing.
import { reviewDecisionRoute } from '@yidi/shared';
import { decideReview } from '../../services/review/decideReview';
import { filingIdOf } from '../filings/bodies';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { reviewedFilingReplay } from '../replays/filing';

export const { handler, build } = contractRoute(
  reviewDecisionRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('filingId'));
    return request.respond(
      await decideReview(
        {
          store: request.runtime.store,
          clock: request.scope.clock,
          recorder: request.recorder(request.respond),
        },
        request.caller,
        { filingId, ...request.body },
      ),
    );
  },
  { runtime: filingsRecipe, replay: reviewedFilingReplay },
);
