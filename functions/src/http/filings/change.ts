// POST /v1/filings/{id}/changes (Idempotency-Key required) → Filing (version + 1).
import { filingsChangeRoute } from '@yidi/shared';
import { changeFiling } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingChangeReplay } from '../replays/filing';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsChangeRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(
      await changeFiling(filingDeps(request, request.respond), request.caller, {
        filingId,
        ...request.body,
      }),
    );
  },
  { runtime: filingsRecipe, replay: filingChangeReplay },
);
