import { subscriptionGrantsRequestSchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { recordSubscriptionAnswers } from '../../services/notifications/subscriptions';
import { parseBody, route } from '../route';

/** POST /v1/me/subscriptions: the user's answers to wx.requestSubscribeMessage → grants held. */
export const { handler, build } = route({ auth: true }, async ({ body, caller, runtime, scope }) =>
  ok({
    grants: await recordSubscriptionAnswers(
      runtime.store.subscriptionGrants,
      caller,
      parseBody(subscriptionGrantsRequestSchema, body),
      scope.clock.now(),
    ),
  }),
);
