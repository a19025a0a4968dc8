// POST /v1/filings/{id}/resubmission (Idempotency-Key required) → Filing (PENDING_REVIEW again).
import { filingsResubmitRoute } from '@yidi/shared';
import { resubmitFiling } from '../../services/filings/resubmit/resubmitFiling';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingChangeReplay } from '../replays/filing';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsResubmitRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(
      await resubmitFiling(filingDeps(request, request.respond), request.caller, {
        filingId,
        ...request.body,
      }),
    );
  },
  { runtime: filingsRecipe, replay: filingChangeReplay },
);
