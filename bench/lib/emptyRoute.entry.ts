// A route that reads nothing, behind exactly the middleware GET /v1/filings/{id} has (contractRoute
// on its own contract: scope and access log, error mapping, body, clock, token). The read-overhead
// bench (readOverhead.ts) bundles it like a function, as the middleware part of the read's floor.
import { filingsGetRoute } from '@yidi/shared';
import { contractRoute } from '../../functions/src/http/contractRoute';
import { ok } from '../../functions/src/middleware/respond';
import { filingsRecipe } from '../../functions/src/runtime/recipes';

// On GET filing's own recipe: the same runtime, composed the same way at cold start.
export const { handler, build } = contractRoute(filingsGetRoute, async () => ok({}), {
  runtime: filingsRecipe,
});
