// GET /v1/review/queue?region=&status=PENDING_REVIEW → Filing[] (+ overdue), earliest due first.
import { reviewQueueRoute } from '@yidi/shared';
import { reviewQueue } from '../../services/review/reviewQueue';
import { contractRoute } from '../contractRoute';

export const { handler, build } = contractRoute(reviewQueueRoute, async (request) =>
  request.respond(
    await reviewQueue(
      { store: request.runtime.store, clock: request.scope.clock },
      request.caller,
      request.query,
    ),
  ),
);
