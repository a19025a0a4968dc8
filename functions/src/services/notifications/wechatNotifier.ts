// The real channel: WeChat subscribe messages (订阅消息). Template ids come from configuration;
// the access token from WeChat's stable_token API, cached until shortly before it expires.
// Both HTTP calls go through an injectable fetch, so tests never reach WeChat.
import type { Clock } from '../../clock';
import type { MessageKind } from '../../store';
import type { Notifier } from './notifier';

/** Template ids per purpose, configured in the mini-program's admin console. */
export interface WechatTemplates {
  /** Commitment deadline and expiry reminders. */
  reminder?: string;
  /** Review results (approved, returned, rejected). */
  reviewResult?: string;
  /** Terminated / expired. */
  status?: string;
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

const TEMPLATE_OF: Record<MessageKind, keyof WechatTemplates> = {
  COMMITMENT_DUE: 'reminder',
  EXPIRY: 'reminder',
  REVIEW_APPROVED: 'reviewResult',
  REVIEW_RETURNED: 'reviewResult',
  REVIEW_REJECTED: 'reviewResult',
  TERMINATED: 'status',
  EXPIRED: 'status',
  // A moved deadline is told like a reminder: what, the new date, a short note.
  DEADLINE_MOVED: 'reminder',
  EXTENSION_APPROVED: 'reviewResult',
  EXTENSION_REFUSED: 'reviewResult',
  AUTHORIZATION_REVOKED: 'status',
};

export function wechatNotifier(input: {
  templates: WechatTemplates;
  accessToken: AccessTokenSource;
  /** Openids of the accounts that may receive the person's messages (the person and agents). */
  recipientsOf(personId: string, recipientUserId?: string): Promise<string[]>;
  /** formal | trial | developer: which build of the mini-program a tap opens. */
  miniprogramState?: 'formal' | 'trial' | 'developer';
  fetchImpl?: typeof fetch;
}): Notifier {
  const fetchImpl = input.fetchImpl ?? fetch;
  return {
    async send(message) {
      const templateId = input.templates[TEMPLATE_OF[message.kind]];
      const openids = await input.recipientsOf(message.personId, message.recipientUserId);
      if (!templateId || openids.length === 0) return 'NO_RECIPIENT';
      const token = await input.accessToken.token();
      let accepted = 0;
      for (const openid of openids) {
        const response = await fetchImpl(`${SEND_URL}?access_token=${encodeURIComponent(token)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            touser: openid,
            template_id: templateId,
            page: message.filingId
              ? `pages/filing/detail?id=${encodeURIComponent(message.filingId)}`
              : 'pages/index/index',
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
        if (!result.errcode) accepted += 1;
        else if (result.errcode !== NOT_SUBSCRIBED) {
          throw new Error(`subscribe/send failed: errcode ${result.errcode}`);
        }
      }
      return accepted > 0 ? 'SENT' : 'NOT_SUBSCRIBED';
    },
  };
}
