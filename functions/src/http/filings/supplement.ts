// POST /v1/filings/{id}/supplements (Idempotency-Key required) → Filing.
import { filingsSupplementRoute } from '@yidi/shared';
import { supplementFiling } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingChangeReplay } from '../replays/filing';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsSupplementRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(
      await supplementFiling(filingDeps(request, request.respond), request.caller, {
        filingId,
        ...request.body,
      }),
    );
  },
  { runtime: filingsRecipe, replay: filingChangeReplay },
);
