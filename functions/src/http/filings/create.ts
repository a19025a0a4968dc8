// POST /v1/filings (Idempotency-Key required) → 201 Filing.
import { filingsCreateRoute } from '@yidi/shared';
import { fileFiling } from '../../services/filings';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingReplay } from '../replays/filing';
import { filingDeps } from './deps';

export const { handler, build } = contractRoute(
  filingsCreateRoute,
  async (request) =>
    request.respond(
      await fileFiling(filingDeps(request, request.respond), request.caller, request.body),
    ),
  { runtime: filingsRecipe, replay: filingReplay },
);
