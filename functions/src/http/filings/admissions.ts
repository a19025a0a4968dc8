// POST /v1/filings/{id}/admissions (Idempotency-Key required) → Filing: an admission, or the
// discharge of the open one (AH-13-2, YJ-9, PZH-4-2-2).
import { filingsAdmissionsRoute } from '@yidi/shared';
import { recordAdmission } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingChangeReplay } from '../replays/filing';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsAdmissionsRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(
      await recordAdmission(filingDeps(request, request.respond), request.caller, {
        filingId,
        ...request.body,
      }),
    );
  },
  { runtime: filingsRecipe, replay: filingChangeReplay },
);
