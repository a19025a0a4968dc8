// GET /v1/review/queue?region=&status=PENDING_REVIEW → Filing[] (+ overdue), earliest due first.
import { reviewQueueQuerySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { reviewQueue } from '../../services/review/reviewQueue';
import { parseBody, route } from '../route';

export const { handler, build } = route({ auth: true }, async (request) => {
  const query = parseBody(reviewQueueQuerySchema, {
    region: request.query('region') || undefined,
    status: request.query('status') || undefined,
  });
  return ok(
    await reviewQueue(
      { store: request.runtime.store, clock: request.scope.clock },
      request.caller,
      query,
    ),
  );
});
