// The flows of issue 12 that protect the person: WeChat's privacy check before a photo is chosen
// (agree and disagree), real-name verification with WeChat's face check and adding oneself, and
// the person withdrawing an agent. Set-up the app has no screen for goes through the API.
import type { Person } from '@yidi/shared';
import {
  addPerson,
  ApiCallError,
  callApi,
  freshUserName,
  listFilings,
  loginAs,
  verifyIdentity,
} from '../e2e/support/api';
import { uniqueIdNumber } from '../e2e/support/people';
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

const HEFEI = '340100';
const YANGJIANG = '441700';

describe('privacy, identity and agents on weapp', () => {
  let runtime: WeappRuntime | undefined;
  afterEach(() => {
    runtime?.assertClean();
    runtime?.close();
    runtime = undefined;
  });

  it('asks for privacy agreement before the first photo: disagree refuses it, agree lets it run', async () => {
    const user = await loggedInUser('weapp-privacy', { privacyAgreed: false });
    runtime = user.runtime;
    // The app registers its listener once, at start.
    expect(runtime.state.privacyHandlers).toHaveLength(1);
    const personId = await addSelf(user.session, { name: '周晓梅', region: YANGJIANG });
    await reopenHome(runtime);
    await tapInOrder(runtime, [`person-${personId}-new-filing`]);
    await runtime.page('filing/wizard/index');
    await tapInOrder(runtime, [
      'wizard-emergency-no',
      'wizard-referred-no',
      'wizard-retiredSettled-no',
      'wizard-posted-NONE',
      'wizard-residence-12',
    ]);
    await runtime.waitForId('wizard-result');
    await tapInOrder(runtime, ['wizard-start-filing']);
    await runtime.page('filing/new/index');
    await chooseDestination(runtime, '440000', '440100');
    await next(runtime);
    await startTodayWithContact(runtime, '广州市天河区体育西路2号');
    await next(runtime);

    // Disagree: the photo is not chosen, and the page says why.
    await tapInOrder(runtime, ['upload-RESIDENCE_PERMIT-choose']);
    await runtime.waitForId('privacy-popup');
    await tapInOrder(runtime, ['privacy-disagree']);
    await runtime.waitForId('upload-RESIDENCE_PERMIT-refused');
    expect(runtime.currentPage!.byId('privacy-popup')).toBeUndefined();
    expect(runtime.state.requests.some((r) => r.method === 'UPLOAD')).toBe(false);

    // Agree: the waiting chooseImage goes on and the photo is uploaded.
    runtime.pick('sample.jpg');
    await tapInOrder(runtime, ['upload-RESIDENCE_PERMIT-choose']);
    await runtime.waitForId('privacy-popup');
    await tapInOrder(runtime, ['privacy-agree']);
    await runtime.waitForId('upload-RESIDENCE_PERMIT-done');
    expect(runtime.currentPage!.byId('privacy-popup')).toBeUndefined();
    expect(runtime.state.privacyAgreed).toBe(true);
    expect(runtime.state.requests.find((r) => r.method === 'UPLOAD')?.status).toBeLessThan(300);
  });

  it('sends an unverified user to 实名认证, verifies with the face check and adds oneself', async () => {
    const user = await loggedInUser('weapp-identity');
    runtime = user.runtime;
    const idNumber = uniqueIdNumber(HEFEI, 'FEMALE');
    await tapInOrder(runtime, ['home-add-person']);
    const identityPage = await runtime.page('family/identity/index');
    await runtime.waitForId('identity-name');
    identityPage.input('identity-name', '孙丽华');
    identityPage.input('identity-id-number', idNumber);
    await runtime.settle();
    await tapInOrder(runtime, ['identity-submit']);
    await runtime.waitForId('identity-verified');
    const verification = runtime.state.requests.find((r) => r.url.endsWith('/me/identity'));
    expect(verification).toMatchObject({
      method: 'POST',
      requestBody: { provider: 'wechat-face', name: '孙丽华', idNumber },
    });
    expect(verification!.status).toBeLessThan(300);
    expect((verification!.requestBody as { verifyResult: string }).verifyResult).toMatch(
      /^dev-verify-/,
    );

    await tapInOrder(runtime, ['identity-add-self']);
    const form = await runtime.page('family/add/index');
    await runtime.waitForId('person-name');
    // The relationship arrives chosen, and says so to a screen reader (the aria plugin).
    expect(form.getById('person-relationship-SELF')).toMatchObject({
      'aria-role': 'radio',
      'aria-checked': true,
    });
    expect(form.getById('person-relationship-PARENT')).toMatchObject({
      'aria-role': 'radio',
      'aria-checked': false,
    });
    form.input('person-name', '孙丽华');
    form.input('person-id-number', idNumber);
    form.input('person-phone', '13900000002');
    await tapInOrder(runtime, [
      'person-insurance-type-EMPLOYEE',
      `person-region-${HEFEI}`,
      'person-consent',
      'person-submit',
    ]);
    await runtime.waitForId('person-created');
    const persons = await callApi<Person[]>('GET', '/persons', { token: user.session.token });
    expect(persons).toEqual([
      expect.objectContaining({ name: '孙丽华', relationship: 'SELF', authorization: 'ACTIVE' }),
    ]);
  });

  it('the person withdraws a son as agent, after which the son is refused', async () => {
    const father = await loggedInUser('weapp-withdraw');
    runtime = father.runtime;
    const fatherIdNumber = uniqueIdNumber(HEFEI, 'MALE');
    const fathersOwnId = await addSelf(father.session, {
      name: '钱国栋',
      region: HEFEI,
      idNumber: fatherIdNumber,
    });
    const son = await loginAs(freshUserName('weapp_son'));
    await verifyIdentity(son, { name: '钱斌', idNumber: uniqueIdNumber(HEFEI, 'MALE') });
    const fatherForSon = await addPerson(son, {
      name: '钱国栋',
      idNumber: fatherIdNumber,
      phone: '13700000003',
      insuranceType: 'EMPLOYEE',
      insuredRegion: HEFEI,
      relationship: 'PARENT',
    });
    await callApi('POST', `/persons/${fathersOwnId}/consent`, {
      token: father.session.token,
      body: { agentUserId: son.userId },
    });
    await expect(listFilings(son, fatherForSon.id)).resolves.toEqual([]);

    await reopenHome(runtime);
    await tapInOrder(runtime, [`person-${fathersOwnId}-consent`]);
    await runtime.page('family/consent/index');
    await runtime.waitForId(`agent-${son.userId}-active`);
    await tapInOrder(runtime, [`agent-${son.userId}-withdraw`]);
    const dialog = await runtime.modal();
    expect(dialog.title).toBe('撤销代办授权');
    dialog.answer(true);
    await runtime.waitFor(() => !runtime!.currentPage!.byId(`agent-${son.userId}`), {
      what: () => 'the agent card gone',
    });
    expect(runtime.state.toasts).toContainEqual(
      expect.objectContaining({ kind: 'toast', title: '已撤销授权' }),
    );

    // The son's next request for his father is refused.
    const refused = await listFilings(son, fatherForSon.id).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ApiCallError);
    expect([403, 404]).toContain((refused as ApiCallError).status);
  });
});
