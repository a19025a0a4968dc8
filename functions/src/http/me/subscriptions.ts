// POST /v1/me/subscriptions: the user's answers to wx.requestSubscribeMessage → grants held.
import { meSubscriptionsRoute } from '@yidi/shared';
import { recordSubscriptionAnswers } from '../../services/notifications/subscriptions';
import { contractRoute } from '../contractRoute';
import { meRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  meSubscriptionsRoute,
  async ({ body, caller, runtime, scope, respond }) =>
    respond({
      grants: await recordSubscriptionAnswers(
        runtime.store.subscriptionGrants,
        caller,
        body,
        scope.clock.now(),
      ),
    }),
  { runtime: meRecipe },
);
