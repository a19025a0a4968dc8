// POST /v1/filings/{id}/extensions (Idempotency-Key required) → Filing (PZH-4-2-2).
import { filingsExtendRoute } from '@yidi/shared';
import { extendFiling } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingChangeReplay } from '../replays/filing';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsExtendRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(
      await extendFiling(filingDeps(request, request.respond), request.caller, {
        filingId,
        ...request.body,
      }),
    );
  },
  { runtime: filingsRecipe, replay: filingChangeReplay },
);
