// Subscribe-message grants (订阅消息): after wx.requestSubscribeMessage the app reports what the
// user answered per purpose; each 'accept' of a one-time template allows the server one message.
import * as z from 'zod/mini';

/** What a message is about; each purpose has its own WeChat template. */
export const SUBSCRIPTION_PURPOSES = ['review', 'reminder', 'status'] as const;
export type SubscriptionPurpose = (typeof SUBSCRIPTION_PURPOSES)[number];

/** WeChat's answer per template id: only 'accept' grants anything. */
export const subscriptionAnswerSchema = z.enum(['accept', 'reject', 'ban', 'filter']);
export type SubscriptionAnswer = z.infer<typeof subscriptionAnswerSchema>;

const answer = z.optional(subscriptionAnswerSchema);

export const subscriptionGrantsRequestSchema = z.object(
  {
    templates: z.object(
      { review: answer, reminder: answer, status: answer },
      { error: '订阅结果格式不正确' },
    ),
  },
  { error: '订阅结果格式不正确' },
);
export type SubscriptionGrantsRequest = z.infer<typeof subscriptionGrantsRequestSchema>;

/** Messages the server may still send the account, per purpose. */
export const subscriptionGrantsSchema = z.object({
  review: z.number(),
  reminder: z.number(),
  status: z.number(),
});
export type SubscriptionGrants = z.infer<typeof subscriptionGrantsSchema>;

/** POST /v1/me/subscriptions' answer. */
export const subscriptionGrantsResponseSchema = z.object({ grants: subscriptionGrantsSchema });
export type SubscriptionGrantsResponse = z.infer<typeof subscriptionGrantsResponseSchema>;
