import { fixedClock } from '../../clock';
import type { MessageRecord } from '../../store';
import { wechatAccessTokenSource, wechatNotifier } from './wechatNotifier';

const message: MessageRecord = {
  id: 'm1',
  personId: 'p1',
  filingId: 'f1',
  kind: 'EXPIRY',
  title: '备案即将到期',
  body: '…',
  fields: { subject: '异地就医备案到期', date: '2027-03-08', note: '还剩7天，可重新备案' },
  createdAt: '2027-03-01T00:00:00.000Z',
  delivery: 'PENDING',
};

/** A stand-in for WeChat: answers by URL, records every request. */
function fakeWechat(sendResults: { errcode: number }[]) {
  const requests: { url: string; body: Record<string, unknown> }[] = [];
  const fetchImpl = (async (url: string | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    requests.push({ url: String(url), body });
    const result = String(url).includes('stable_token')
      ? { access_token: 'TOKEN', expires_in: 7200 }
      : (sendResults.shift() ?? { errcode: 0 });
    return new Response(JSON.stringify(result), { status: 200 });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

function notifierWith(sendResults: { errcode: number }[], openids = ['o-self', 'o-agent']) {
  const wechat = fakeWechat(sendResults);
  const notifier = wechatNotifier({
    templates: { reminder: 'TPL-REMINDER' },
    accessToken: wechatAccessTokenSource(
      { appId: 'wx1', appSecret: 's' },
      fixedClock('2027-03-01T00:00:00Z'),
      wechat.fetchImpl,
    ),
    recipientsOf: async () => openids,
    fetchImpl: wechat.fetchImpl,
  });
  return { notifier, requests: wechat.requests };
}

describe('wechatNotifier', () => {
  it('sends the template to every recipient with one cached access token', async () => {
    const { notifier, requests } = notifierWith([{ errcode: 0 }, { errcode: 0 }, { errcode: 0 }]);
    expect(await notifier.send(message)).toBe('SENT');
    expect(await notifier.send({ ...message, id: 'm2' })).toBe('SENT');
    expect(requests.filter((request) => request.url.includes('stable_token'))).toHaveLength(1);
    const sends = requests.filter((request) => request.url.includes('subscribe/send'));
    expect(sends).toHaveLength(4);
    expect(sends[0]).toMatchObject({
      url: expect.stringContaining('access_token=TOKEN'),
      body: {
        touser: 'o-self',
        template_id: 'TPL-REMINDER',
        data: { thing1: { value: '异地就医备案到期' }, time2: { value: '2027-03-08' } },
      },
    });
  });

  it.each([
    [
      'nobody subscribed (43101)',
      [{ errcode: 43101 }, { errcode: 43101 }],
      ['a', 'b'],
      'NOT_SUBSCRIBED',
    ],
    ['one of two subscribed', [{ errcode: 43101 }, { errcode: 0 }], ['a', 'b'], 'SENT'],
    ['no WeChat account linked', [], [], 'NO_RECIPIENT'],
  ])('%s → %s', async (_name, results, openids, expected) => {
    const { notifier } = notifierWith(results, openids);
    expect(await notifier.send(message)).toBe(expected);
  });

  it('has no template for a kind that is not configured, and throws on other WeChat errors', async () => {
    const { notifier } = notifierWith([{ errcode: 40001 }]);
    expect(await notifier.send({ ...message, kind: 'REVIEW_APPROVED' })).toBe('NO_RECIPIENT');
    await expect(notifier.send(message)).rejects.toThrow('errcode 40001');
  });
});
