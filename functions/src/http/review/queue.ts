// GET /v1/review/queue?region=&status=&limit=&cursor= → one page {items, nextCursor?}, earliest
// due first; reviewQueueRoute. A cursor this server did not sign for this query is 400.
import { reviewQueueRoute } from '@yidi/shared';
import { cursorKeyOf } from '../../services/review/pageCursor';
import { reviewQueue } from '../../services/review/reviewQueue';
import { contractRoute } from '../contractRoute';
import { reviewQueueRecipe } from '../../runtime/recipes';

let cursorKey: { secret: Uint8Array; key: Buffer } | undefined;
const cursorKeyFor = (secret: Uint8Array) =>
  (cursorKey?.secret === secret ? cursorKey : (cursorKey = { secret, key: cursorKeyOf(secret) }))
    .key;

export const { handler, build } = contractRoute(
  reviewQueueRoute,
  async (request) =>
    request.respond(
      await reviewQueue(
        {
          store: request.runtime.store,
          clock: request.scope.clock,
          cursorKey: cursorKeyFor(request.runtime.config.jwtSecret),
        },
        request.caller,
        request.query,
      ),
    ),
  { runtime: reviewQueueRecipe },
);
