// POST /v1/review/{filingId}/extension-decision (Idempotency-Key required) → Filing (PZH-4-2-2).
import { reviewExtensionDecisionRoute } from '@yidi/shared';
import { decideExtension } from '../../services/review/decideExtension';
import { filingIdOf } from '../filings/bodies';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { reviewedFilingReplay } from '../replays/filing';

export const { handler, build } = contractRoute(
  reviewExtensionDecisionRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('filingId'));
    return request.respond(
      await decideExtension(
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
