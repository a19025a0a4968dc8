import { fixedClock } from '../../clock';
import type { SubscriptionPurpose } from '@yidi/shared';
import type { MessageRecord, SubscriptionGrantRepository } from '../../store';
import { wechatAccessTokenSource, wechatNotifier } from './wechatNotifier';

/** Grant counts in memory, with the repository's rule: take only what is there. */
function memoryGrants(initial: Record<string, number> = {}) {
  const counts = new Map(Object.entries(initial));
  const grants: Pick<SubscriptionGrantRepository, 'take' | 'add'> = {
    async take(userId, purpose) {
      const key = `${userId}/${purpose}`;
      const held = counts.get(key) ?? 0;
      if (held <= 0) return false;
      counts.set(key, held - 1);
      return true;
    },
    async add(userId, added) {
      for (const [purpose, n] of Object.entries(added)) {
        const key = `${userId}/${purpose as SubscriptionPurpose}`;
        counts.set(key, (counts.get(key) ?? 0) + (n ?? 0));
      }
      return { review: 0, reminder: 0, status: 0 };
    },
  };
  return {
    grants,
    held: (userId: string, purpose: SubscriptionPurpose) => counts.get(`${userId}/${purpose}`) ?? 0,
  };
}

const message: MessageRecord = {
  id: 'm1',
  personId: 'p1',
  subject: { kind: 'FILING', id: 'f1' },
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

function notifierWith(
  sendResults: { errcode: number }[],
  openids = ['o-self', 'o-agent'],
  granted: Record<string, number> = Object.fromEntries(
    openids.map((openid) => [`u-${openid}/reminder`, 5]),
  ),
) {
  const wechat = fakeWechat(sendResults);
  const memory = memoryGrants(granted);
  const notifier = wechatNotifier({
    templates: { reminder: 'TPL-REMINDER' },
    accessToken: wechatAccessTokenSource(
      { appId: 'wx1', appSecret: 's' },
      fixedClock('2027-03-01T00:00:00Z'),
      wechat.fetchImpl,
    ),
    recipientsOf: async () => openids.map((openid) => ({ userId: `u-${openid}`, openid })),
    grants: memory.grants,
    clock: fixedClock('2027-03-01T00:00:00Z'),
    fetchImpl: wechat.fetchImpl,
  });
  return { notifier, requests: wechat.requests, held: memory.held };
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

  it('sends only to accounts holding a grant of the purpose, and takes one grant per message', async () => {
    const { notifier, requests, held } = notifierWith([], ['o-self', 'o-agent'], {
      'u-o-self/reminder': 1,
      'u-o-agent/review': 1,
    });
    expect(await notifier.send(message)).toBe('SENT');
    const sends = requests.filter((request) => request.url.includes('subscribe/send'));
    expect(sends.map((request) => request.body.touser)).toEqual(['o-self']);
    expect(held('u-o-self', 'reminder')).toBe(0);
    expect(held('u-o-agent', 'review')).toBe(1);
    // The one reminder grant is spent: the next reminder stays in the inbox, WeChat is not called.
    expect(await notifier.send({ ...message, id: 'm2' })).toBe('NOT_SUBSCRIBED');
    expect(requests.filter((request) => request.url.includes('subscribe/send'))).toHaveLength(1);
  });

  it('without any grant calls WeChat not at all', async () => {
    const { notifier, requests } = notifierWith([], ['o-self'], {});
    expect(await notifier.send({ ...message, kind: 'REVIEW_APPROVED' })).toBe('NO_RECIPIENT');
    expect(await notifier.send(message)).toBe('NOT_SUBSCRIBED');
    expect(requests).toHaveLength(0);
  });

  it('gives the grant back when WeChat fails, so the retry can send', async () => {
    const { notifier, held } = notifierWith([{ errcode: 40001 }], ['o-self'], {
      'u-o-self/reminder': 1,
    });
    await expect(notifier.send(message)).rejects.toThrow('errcode 40001');
    expect(held('u-o-self', 'reminder')).toBe(1);
    expect(await notifier.send(message)).toBe('SENT');
    expect(held('u-o-self', 'reminder')).toBe(0);
  });

  it("links a message to its subject's page: a filing's detail, a claim's detail, else home", async () => {
    const { notifier, requests } = notifierWith([], ['o-self']);
    const claimId = 'p1_c/1';
    await notifier.send(message);
    await notifier.send({
      ...message,
      id: 'm2',
      kind: 'CLAIM_DUE',
      subject: { kind: 'CLAIM', id: claimId },
    });
    await notifier.send({ ...message, id: 'm3', subject: undefined });
    const pages = requests
      .filter((request) => request.url.includes('subscribe/send'))
      .map((request) => request.body.page);
    expect(pages).toEqual([
      'filing/detail/index?id=f1',
      'claims/detail/index?id=p1_c%2F1',
      'pages/index/index',
    ]);
  });
});
