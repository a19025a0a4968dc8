// Asking for subscribe messages (wx.requestSubscribeMessage) at the moment it makes sense to the
// user — submitting a filing (review result, deadline reminders), signing a commitment (its
// deadline) — and telling the server what was accepted: WeChat's one-time grants allow one
// message each, so the server sends only as many as were granted (POST /v1/me/subscriptions).
// WeChat only; H5 has no subscribe messages. A refusal is fine: the inbox has every message.
import Taro from '@tarojs/taro';
import {
  SUBSCRIPTION_PURPOSES,
  subscriptionAnswerSchema,
  type SubscriptionGrantsRequest,
  type SubscriptionPurpose,
} from '@yidi/shared';
import { reportSubscriptions } from '../api/client';

/** Template id per purpose, from the build (WECHAT_TEMPLATE_* in config/index.ts). */
export function subscribeTemplates(): Partial<Record<SubscriptionPurpose, string>> {
  const configured = typeof SUBSCRIBE_TEMPLATES === 'string' ? SUBSCRIBE_TEMPLATES : '{}';
  const parsed = JSON.parse(configured) as Record<string, unknown>;
  return Object.fromEntries(
    SUBSCRIPTION_PURPOSES.flatMap((purpose) => {
      const id = parsed[purpose];
      return typeof id === 'string' && id.trim() ? [[purpose, id.trim()]] : [];
    }),
  );
}

/** WeChat answers per template id; this turns it into answers per purpose. */
export function answersByPurpose(
  templates: Partial<Record<SubscriptionPurpose, string>>,
  result: Record<string, unknown>,
): SubscriptionGrantsRequest['templates'] {
  return Object.fromEntries(
    Object.entries(templates).flatMap(([purpose, id]) => {
      const answer = subscriptionAnswerSchema.safeParse(result[id]);
      return answer.success ? [[purpose, answer.data]] : [];
    }),
  );
}

/**
 * Must be called inside the tap handler, before any await (WeChat requires the user's gesture).
 * Resolves once the answer has been reported; never rejects.
 */
export async function askForSubscriptions(purposes: readonly SubscriptionPurpose[]): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  const all = subscribeTemplates();
  const templates = Object.fromEntries(
    purposes.flatMap((purpose) => (all[purpose] ? [[purpose, all[purpose]]] : [])),
  ) as Partial<Record<SubscriptionPurpose, string>>;
  const tmplIds = Object.values(templates);
  if (tmplIds.length === 0) return;
  try {
    // Taro's Option type demands entityIds too (its AtLeastOne is off); WeChat needs only tmplIds.
    const result = (await Taro.requestSubscribeMessage({
      tmplIds,
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
    const answers = answersByPurpose(templates, result);
    if (Object.values(answers).includes('accept'))
      await reportSubscriptions({ templates: answers });
  } catch {
    // The user said no, the template is not set up, or the report failed: messages stay in the
    // inbox, and the server sends nothing it was not granted.
  }
}

/** Submitting a filing: its review result and the reminders before its deadlines. */
export const askOnSubmit = () => askForSubscriptions(['review', 'reminder']);

/** Signing a commitment: the reminders before its deadline. */
export const askForCommitmentReminders = () => askForSubscriptions(['reminder']);
