// POST /v1/review/{filingId}/insurance-status-end (Idempotency-Key required) → Filing
// (AH 第十三条（一）: a long-term registration ends when the insurance status changes).
import { insuranceStatusEndBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { endForInsuranceStatus } from '../../services/review/endForInsuranceStatus';
import { filingIdOf } from '../filings/bodies';
import { parseBody, route } from '../route';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('filingId'));
    const body = parseBody(insuranceStatusEndBodySchema, request.body);
    return ok(
      await endForInsuranceStatus(
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
