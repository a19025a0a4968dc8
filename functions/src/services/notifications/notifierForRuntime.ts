// Which channel a runtime uses: WeChat subscribe messages in deployed stages with credentials;
// the recording stand-in in local and test (nothing leaves the machine). Template ids come from
// WECHAT_TEMPLATE_REMINDER, WECHAT_TEMPLATE_REVIEW_RESULT and WECHAT_TEMPLATE_STATUS.
import { systemClock } from '../../clock';
import type { RuntimeWith } from '../../runtime';
import type { Store } from '../../store';
import { recordingNotifier, type Notifier } from './notifier';
import {
  wechatAccessTokenSource,
  wechatNotifier,
  type WechatRecipient,
  type WechatTemplates,
} from './wechatNotifier';

const notifiers = new WeakMap<object, Notifier>();

export function templatesFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): WechatTemplates {
  const reminder = env.WECHAT_TEMPLATE_REMINDER;
  const review = env.WECHAT_TEMPLATE_REVIEW_RESULT;
  const status = env.WECHAT_TEMPLATE_STATUS;
  return {
    ...(reminder ? { reminder } : {}),
    ...(review ? { review } : {}),
    ...(status ? { status } : {}),
  };
}

/**
 * The WeChat accounts with an ACTIVE link to the person (self and agents), with openids; for a
 * notice to one account (recipientUserId), that account only.
 */
export function wechatRecipients(store: Pick<Store, 'agentLinks' | 'users'>) {
  return async (personId: string, recipientUserId?: string): Promise<WechatRecipient[]> => {
    const userIds = recipientUserId
      ? [recipientUserId]
      : (await store.agentLinks.listForPerson(personId))
          .filter((link) => link.authorization === 'ACTIVE')
          .map((link) => link.userId);
    const users = await Promise.all(userIds.map((userId) => store.users.get(userId)));
    return users.flatMap((user) =>
      user?.provider === 'wechat' ? [{ userId: user.id, openid: user.subject }] : [],
    );
  };
}

export function notifierFor(
  runtime: RuntimeWith<'agentLinks' | 'users' | 'subscriptionGrants'>,
): Notifier {
  let notifier = notifiers.get(runtime);
  if (!notifier) {
    const { config } = runtime;
    notifier =
      config.deployed && config.wechat
        ? wechatNotifier({
            templates: templatesFromEnvironment(),
            accessToken: wechatAccessTokenSource(config.wechat, systemClock),
            recipientsOf: wechatRecipients(runtime.store),
            grants: runtime.store.subscriptionGrants,
            clock: systemClock,
            miniprogramState: config.stage === 'prod' ? 'formal' : 'trial',
          })
        : recordingNotifier();
    notifiers.set(runtime, notifier);
  }
  return notifier;
}
