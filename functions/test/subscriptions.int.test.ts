// Subscribe-message grants on DynamoDB Local: the app reports what the user accepted, and the
// dispatcher sends a WeChat message only while a grant is held, taking one per message.
import { randomUUID } from 'node:crypto';
import { fixedClock } from '../src/clock';
import { build as buildLogin } from '../src/http/auth/login';
import { build as buildMe } from '../src/http/me/get';
import { build as buildSubscriptions } from '../src/http/me/subscriptions';
import { build as buildCreatePerson } from '../src/http/persons/create';
import type { Runtime } from '../src/runtime';
import { dispatchOutbox } from '../src/services/notifications/dispatchOutbox';
import { wechatRecipients } from '../src/services/notifications/notifierForRuntime';
import {
  wechatAccessTokenSource,
  wechatNotifier,
} from '../src/services/notifications/wechatNotifier';
import type { MessageRecord } from '../src/store';
import { invoke, verifyAs } from './support/http';
import { testPerson } from './support/people';
import { testRuntime } from './support/testRuntime';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function wechatUser(code: string) {
  const response = await invoke(buildLogin(runtime), {
    routeKey: 'POST /v1/auth/login',
    body: { provider: 'wechat', code },
  });
  expect(response.status).toBe(200);
  return { token: response.body.token as string, userId: response.body.user.id as string };
}

const report = (token: string, templates: Record<string, string>) =>
  invoke(buildSubscriptions(runtime), {
    routeKey: 'POST /v1/me/subscriptions',
    token,
    body: { templates },
  });

/** WeChat's servers (the one true external boundary here): records every send. */
function fakeWechat() {
  const sends: Record<string, unknown>[] = [];
  const fetchImpl = (async (url: string | URL, init?: RequestInit) => {
    if (String(url).includes('stable_token')) {
      return new Response(JSON.stringify({ access_token: 'T', expires_in: 7200 }));
    }
    sends.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    return new Response(JSON.stringify({ errcode: 0 }));
  }) as typeof fetch;
  return { fetchImpl, sends };
}

describe('POST /v1/me/subscriptions', () => {
  it('counts each accepted template as one grant and ignores the rest', async () => {
    const { token } = await wechatUser(`code-${randomUUID()}`);
    const first = await report(token, { review: 'accept', reminder: 'reject' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ grants: { review: 1, reminder: 0, status: 0 } });
    const second = await report(token, { review: 'accept', reminder: 'accept', status: 'ban' });
    expect(second.body).toEqual({ grants: { review: 2, reminder: 1, status: 0 } });
    const none = await report(token, { reminder: 'filter' });
    expect(none.body).toEqual({ grants: { review: 2, reminder: 1, status: 0 } });
  });

  it('keeps grants per account', async () => {
    const a = await wechatUser(`code-${randomUUID()}`);
    const b = await wechatUser(`code-${randomUUID()}`);
    await report(a.token, { review: 'accept' });
    expect((await report(b.token, {})).body).toEqual({
      grants: { review: 0, reminder: 0, status: 0 },
    });
  });

  it('does not disturb GET /v1/me, which reads the same partition', async () => {
    const { token } = await wechatUser(`code-${randomUUID()}`);
    await report(token, { review: 'accept' });
    const me = await invoke(buildMe(runtime), { routeKey: 'GET /v1/me', token });
    expect(me.status).toBe(200);
    expect(me.body.persons).toEqual([]);
  });

  it.each([
    ['no body', undefined],
    ['an unknown answer', { templates: { review: 'yes' } }],
    ['templates not an object', { templates: 'accept' }],
  ])('refuses %s with 422', async (_name, body) => {
    const { token } = await wechatUser(`code-${randomUUID()}`);
    const response = await invoke(buildSubscriptions(runtime), {
      routeKey: 'POST /v1/me/subscriptions',
      token,
      body,
    });
    expect(response.status).toBe(422);
  });

  it('needs a login', async () => {
    const response = await invoke(buildSubscriptions(runtime), {
      routeKey: 'POST /v1/me/subscriptions',
      body: { templates: { review: 'accept' } },
    });
    expect(response.status).toBe(401);
  });
});

describe('take (conditional decrement)', () => {
  it('never spends more grants than were given, even when taken at once', async () => {
    const userId = `wx_${randomUUID()}`;
    const at = '2027-03-01T00:00:00.000Z';
    await runtime.store.subscriptionGrants.add(userId, { reminder: 2 }, at);
    const taken = await Promise.all(
      Array.from({ length: 5 }, () =>
        runtime.store.subscriptionGrants.take(userId, 'reminder', at),
      ),
    );
    expect(taken.filter(Boolean)).toHaveLength(2);
    expect(await runtime.store.subscriptionGrants.get(userId)).toEqual({
      review: 0,
      reminder: 0,
      status: 0,
    });
    expect(await runtime.store.subscriptionGrants.take(`wx_${randomUUID()}`, 'review', at)).toBe(
      false,
    );
  });
});

describe('dispatcher with WeChat subscribe messages', () => {
  it('sends a review result once per grant; without one the message stays in the inbox', async () => {
    const owner = await wechatUser(`code-${randomUUID()}`);
    const self = testPerson();
    // SELF needs the account's verified identity to be this person.
    await verifyAs(runtime, owner.token, self);
    const person = await invoke(buildCreatePerson(runtime), {
      routeKey: 'POST /v1/persons',
      token: owner.token,
      body: self,
    });
    expect(person.status).toBe(201);
    await report(owner.token, { review: 'accept' });

    const wechat = fakeWechat();
    const clock = fixedClock('2027-03-01T00:00:00Z');
    const notifier = wechatNotifier({
      templates: { review: 'TPL-REVIEW', reminder: 'TPL-REMINDER' },
      accessToken: wechatAccessTokenSource(
        { appId: 'wx1', appSecret: 's' },
        clock,
        wechat.fetchImpl,
      ),
      recipientsOf: wechatRecipients(runtime.store),
      grants: runtime.store.subscriptionGrants,
      clock,
      fetchImpl: wechat.fetchImpl,
    });
    const queue = async (kind: MessageRecord['kind'], createdAt: string) => {
      const message: MessageRecord = {
        id: randomUUID(),
        personId: person.body.id,
        subject: { kind: 'FILING', id: `${person.body.id}_${randomUUID()}` },
        kind,
        title: '审核结果',
        body: '…',
        fields: { subject: '异地就医备案审核', date: '2027-03-01', note: '已通过' },
        createdAt,
        delivery: 'PENDING',
      };
      await runtime.store.messages.recordOnce(
        { subjectId: message.subject!.id, occasion: `TEST#${message.id}` },
        message,
        new Date('2027-04-01T00:00:00Z'),
      );
      return message;
    };
    await queue('REVIEW_APPROVED', '2027-03-01T00:00:01.000Z');
    await queue('REVIEW_RETURNED', '2027-03-01T00:00:02.000Z');
    await queue('COMMITMENT_DUE', '2027-03-01T00:00:03.000Z');

    const dispatched = await dispatchOutbox({
      messages: runtime.store.messages,
      notifier,
      now: () => clock.now(),
    });
    expect(dispatched).toEqual({ delivered: 3, retrying: 0, failed: 0, skipped: 0 });
    expect(wechat.sends).toHaveLength(1);
    expect(wechat.sends[0]).toMatchObject({ template_id: 'TPL-REVIEW' });
    const inbox = await runtime.store.messages.listForPerson(person.body.id);
    expect(Object.fromEntries(inbox.map((m) => [m.kind, m.delivery]))).toEqual({
      REVIEW_APPROVED: 'SENT',
      REVIEW_RETURNED: 'NOT_SUBSCRIBED',
      COMMITMENT_DUE: 'NOT_SUBSCRIBED',
    });
    expect(await runtime.store.subscriptionGrants.get(owner.userId)).toEqual({
      review: 0,
      reminder: 0,
      status: 0,
    });
  });
});
