// POST /v1/review/{filingId}/insurance-status-end (Idempotency-Key required) → Filing
// (AH 第十三条（一）: a long-term registration ends when the insurance status changes).
import { reviewInsuranceStatusEndRoute } from '@yidi/shared';
import { endForInsuranceStatus } from '../../services/review/endForInsuranceStatus';
import { filingIdOf } from '../filings/bodies';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { reviewedFilingReplay } from '../replays/filing';

export const { handler, build } = contractRoute(
  reviewInsuranceStatusEndRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('filingId'));
    return request.respond(
      await endForInsuranceStatus(
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
