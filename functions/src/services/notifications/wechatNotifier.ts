// The real channel: WeChat subscribe messages (订阅消息). Template ids come from configuration;
// the access token from WeChat's stable_token API, cached until shortly before it expires.
// Both HTTP calls go through an injectable fetch, so tests never reach WeChat.
// A message goes only to the accounts holding a grant of its purpose (one-time subscriptions:
// one grant, one message; subscriptions.ts); the grant is taken before the send.
import { messagePage, type SubscriptionPurpose } from '@yidi/shared';
import type { Clock } from '../../clock';
import type { SubscriptionGrantRepository } from '../../store';
import type { Notifier } from './notifier';
import { PURPOSE_OF_KIND } from './subscriptions';

/**
 * Template ids per purpose, configured in the mini-program's admin console: reminder (commitment
 * deadline, expiry), review (approved, returned, rejected), status (terminated, expired).
 */
export type WechatTemplates = Partial<Record<SubscriptionPurpose, string>>;

/** An account that may receive the person's messages. */
export interface WechatRecipient {
  userId: string;
  openid: string;
}

export interface AccessTokenSource {
  token(): Promise<string>;
}

const TOKEN_URL = 'https://api.weixin.qq.com/cgi-bin/stable_token';
const SEND_URL = 'https://api.weixin.qq.com/cgi-bin/message/subscribe/send';
/** The user has not (or no longer) allowed this template: not an error, nothing to retry. */
const NOT_SUBSCRIBED = 43101;

export function wechatAccessTokenSource(
  credentials: { appId: string; appSecret: string },
  clock: Clock,
  fetchImpl: typeof fetch = fetch,
): AccessTokenSource {
  let cached: { token: string; renewAt: number } | undefined;
  return {
    async token() {
      const now = clock.now().getTime();
      if (cached && now < cached.renewAt) return cached.token;
      const response = await fetchImpl(TOKEN_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credential',
          appid: credentials.appId,
          secret: credentials.appSecret,
        }),
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) throw new Error(`stable_token HTTP ${response.status}`);
      const result = (await response.json()) as {
        access_token?: string;
        expires_in?: number;
        errcode?: number;
      };
      if (!result.access_token) {
        throw new Error(`stable_token failed: errcode ${result.errcode ?? 'none'}`);
      }
      // Renew five minutes early, so a token never expires mid-run.
      const lifetime = Math.max(60, (result.expires_in ?? 7200) - 300) * 1000;
      cached = { token: result.access_token, renewAt: now + lifetime };
      return cached.token;
    },
  };
}

export function wechatNotifier(input: {
  templates: WechatTemplates;
  accessToken: AccessTokenSource;
  /** The accounts that may receive the person's messages (the person and agents). */
  /** For a notice to one account (recipientUserId), that account only. */
  recipientsOf(personId: string, recipientUserId?: string): Promise<WechatRecipient[]>;
  grants: Pick<SubscriptionGrantRepository, 'take' | 'add'>;
  clock: Clock;
  /** formal | trial | developer: which build of the mini-program a tap opens. */
  miniprogramState?: 'formal' | 'trial' | 'developer';
  fetchImpl?: typeof fetch;
}): Notifier {
  const fetchImpl = input.fetchImpl ?? fetch;
  return {
    async send(message) {
      const purpose = PURPOSE_OF_KIND[message.kind];
      const templateId = input.templates[purpose];
      const recipients = await input.recipientsOf(message.personId, message.recipientUserId);
      if (!templateId || recipients.length === 0) return 'NO_RECIPIENT';
      const at = input.clock.now().toISOString();
      const granted: WechatRecipient[] = [];
      for (const recipient of recipients) {
        if (await input.grants.take(recipient.userId, purpose, at)) granted.push(recipient);
      }
      // Nobody holds a grant: WeChat would refuse; the message stays in the inbox only.
      if (granted.length === 0) return 'NOT_SUBSCRIBED';
      let accepted = 0;
      for (const [index, recipient] of granted.entries()) {
        try {
          const token = await input.accessToken.token();
          const errcode = await sendOne(
            fetchImpl,
            token,
            templateId,
            recipient.openid,
            message,
            input,
          );
          // 43101: WeChat had no grant after all (spent elsewhere); ours is spent too.
          if (errcode === 0) accepted += 1;
          else if (errcode !== NOT_SUBSCRIBED) {
            throw new Error(`subscribe/send failed: errcode ${errcode}`);
          }
        } catch (error) {
          // Not sent: give back the grants of this and the remaining recipients (retried later).
          for (const unsent of granted.slice(index)) {
            await input.grants.add(unsent.userId, { [purpose]: 1 }, at);
          }
          throw error;
        }
      }
      return accepted > 0 ? 'SENT' : 'NOT_SUBSCRIBED';
    },
  };
}

async function sendOne(
  fetchImpl: typeof fetch,
  token: string,
  templateId: string,
  openid: string,
  message: Parameters<Notifier['send']>[0],
  input: { miniprogramState?: 'formal' | 'trial' | 'developer' },
): Promise<number> {
  const response = await fetchImpl(`${SEND_URL}?access_token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      touser: openid,
      template_id: templateId,
      // A tap opens what the message is about; an account notice opens the home page.
      page: messagePage(message.subject),
      miniprogram_state: input.miniprogramState ?? 'formal',
      lang: 'zh_CN',
      // Field names of the configured templates: thing1 事项, time2 日期, thing3 备注.
      data: {
        thing1: { value: message.fields.subject },
        time2: { value: message.fields.date },
        thing3: { value: message.fields.note },
      },
    }),
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`subscribe/send HTTP ${response.status}`);
  const result = (await response.json()) as { errcode?: number };
  return result.errcode ?? 0;
}
