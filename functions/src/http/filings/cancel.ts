// POST /v1/filings/{id}/cancellation (Idempotency-Key required) → Filing (CANCELLED).
// Written against its contract (filingsCancelRoute): options, body and answer come from it.
import { filingsCancelRoute } from '@yidi/shared';
import { cancelFiling } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';
import { filingChangeReplay } from '../replays/filing';

export const { handler, build } = contractRoute(
  filingsCancelRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(
      await cancelFiling(filingDeps(request, request.respond), request.caller, {
        filingId,
        ...request.body,
      }),
    );
  },
  { runtime: filingsRecipe, replay: filingChangeReplay },
);
