// A 攀枝花 referral filed on weapp (wizard → referral hospital → certificate photo), approved,
// then extended by a month before it ends (PZH-4-2-2); the person's messages list what happened.
import { addMonths, type Filing } from '@yidi/shared';
import { callApi, freshUserName, getFiling, listFilings, loginAs } from '../e2e/support/api';
import { decide } from '../e2e/support/filings';
import { loggedInUser } from './support/app';
import {
  addSelf,
  chooseDestination,
  next,
  reopenHome,
  startTodayWithContact,
  tapInOrder,
} from './support/flows';
import type { WeappRuntime } from './support/runtime';

const PANZHIHUA = '510400';

describe('攀枝花 referral: filing, extension and messages on weapp', () => {
  let runtime: WeappRuntime;
  afterAll(() => {
    runtime?.assertClean();
    runtime?.close();
  });

  it('files a referral, and after approval extends it by one month', async () => {
    const user = await loggedInUser('weapp-referral');
    runtime = user.runtime;
    const personId = await addSelf(user.session, {
      name: '李文军',
      region: PANZHIHUA,
      gender: 'MALE',
    });
    await reopenHome(runtime);
    await tapInOrder(runtime, [`person-${personId}-new-filing`]);
    await runtime.page('filing/wizard/index');
    await tapInOrder(runtime, ['wizard-emergency-no', 'wizard-referred-yes']);
    await runtime.waitForId('wizard-result');
    await tapInOrder(runtime, ['wizard-start-filing']);
    await runtime.page('filing/new/index');
    await chooseDestination(runtime, '510000', '510100');
    await next(runtime);
    await startTodayWithContact(runtime, '成都市武侯区国学巷37号');
    runtime.currentPage!.input('filing-referral-hospital', '攀枝花市中心医院');
    await runtime.settle();
    await next(runtime);
    runtime.pick('sample.pdf');
    runtime.pick('sample.jpg');
    await tapInOrder(runtime, ['upload-REFERRAL_CERTIFICATE-choose']);
    await runtime.waitForId('upload-REFERRAL_CERTIFICATE-done');
    await next(runtime);
    await tapInOrder(runtime, ['filing-submit']);
    await runtime.page('filing/detail/index');

    let [filing] = (await listFilings(user.session, personId)) as [Filing];
    expect(filing).toMatchObject({ category: 'REFERRAL' });
    if (filing.status === 'PENDING_REVIEW') filing = await decide(filing, 'APPROVE');
    expect(filing.status).toBe('ACTIVE');
    expect(filing.actions.extend).toEqual({ allowed: true });

    runtime.navigate('reLaunch', `/filing/detail/index?id=${filing.id}`);
    await tapInOrder(runtime, ['action-extend']);
    await runtime.page('filing/action/index');
    await runtime.waitForId('extend-reason');
    runtime.currentPage!.input('extend-reason', '手术排期推迟，未能按时入院');
    await runtime.settle();
    await tapInOrder(runtime, ['action-submit']);
    await runtime.page('filing/detail/index');
    // The extension is a request (PZH-4-2-2 "经审批生效"): it waits for a reviewer of the region.
    const requested = await getFiling(user.session, filing.id);
    expect(requested.validUntil).toBe(filing.validUntil);
    expect(requested).toMatchObject({
      extensionRequest: { reason: '手术排期推迟，未能按时入院' },
    });
    const reviewer = await loginAs(freshUserName('weapp_reviewer'), {
      roles: ['REVIEWER'],
      regions: [PANZHIHUA],
    });
    await callApi<Filing>('POST', `/review/${encodeURIComponent(filing.id)}/extension-decision`, {
      token: reviewer.token,
      body: { expectedVersion: requested.version, decision: 'APPROVE' },
      idempotent: true,
    });
    const extended = await getFiling(user.session, filing.id);
    expect(extended.validUntil).toBe(addMonths(filing.validUntil!, 1));

    // The outbox is dispatched every 2 s locally: the messages page lists the person's messages.
    await reopenHome(runtime);
    await tapInOrder(runtime, [`person-${personId}-messages`]);
    await runtime.page('inbox/messages/index');
    const messagesUrl = `/${runtime.currentPage!.route}?personId=${personId}`;
    // Reopened until the dispatcher has delivered (the page reads its list once per open).
    let reopenedAt = Date.now();
    const messages = await runtime.waitFor(
      () => {
        const found = runtime.currentPage!.allByIdPrefix('message-');
        if (found.length > 0) return found;
        if (Date.now() - reopenedAt > 1000 && !runtime.currentPage!.text().includes('加载')) {
          reopenedAt = Date.now();
          runtime.navigate('redirectTo', messagesUrl);
        }
        return undefined;
      },
      { timeoutMs: 15_000, what: () => 'a message in the inbox' },
    );
    expect(messages.length).toBeGreaterThan(0);
    expect(runtime.currentPage!.byId('messages-placeholder')).toBeUndefined();
  });
});
