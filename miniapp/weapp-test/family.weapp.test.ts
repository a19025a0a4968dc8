// A son adds his father on weapp; the father, logged in with his own WeChat, consents; then the
// son files for him (AH-12-3: a temporary registration in Anhui takes effect at once). Each of
// them is a WeChat user of their own (their own wx.login code).
import type { Person } from '@yidi/shared';
import { callApi, listFilings, verifyIdentity } from '../e2e/support/api';
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

describe('family member after consent on weapp', () => {
  const runtimes: WeappRuntime[] = [];
  afterEach(() => {
    for (const runtime of runtimes) runtime.assertClean();
  });
  afterAll(() => {
    for (const runtime of runtimes) runtime.close();
  });

  it('adds a parent, who consents from his own account, and files for him', async () => {
    const father = await loggedInUser('weapp-father');
    runtimes.push(father.runtime);
    const fatherIdNumber = uniqueIdNumber(HEFEI, 'MALE');
    const fathersOwnId = await addSelf(father.session, {
      name: '赵建华',
      region: HEFEI,
      idNumber: fatherIdNumber,
    });

    const son = await loggedInUser('weapp-son');
    runtimes.push(son.runtime);
    // Adding anyone needs the son's own real-name verification first (set-up through the API).
    await verifyIdentity(son.session, { name: '赵文', idNumber: uniqueIdNumber(HEFEI, 'MALE') });
    await reopenHome(son.runtime);
    await tapInOrder(son.runtime, ['home-add-person']);
    await son.runtime.page('family/add/index');
    const form = son.runtime.currentPage!;
    await son.runtime.waitForId('person-name');
    form.input('person-name', '赵建华');
    form.input('person-id-number', fatherIdNumber);
    form.input('person-phone', '13700000001');
    await tapInOrder(son.runtime, [
      'person-relationship-PARENT',
      'person-insurance-type-EMPLOYEE',
      `person-region-${HEFEI}`,
      'person-consent',
      'person-submit',
    ]);
    await son.runtime.waitForId('person-created');
    const persons = await callApi<Person[]>('GET', '/persons', { token: son.session.token });
    const fatherForSon = persons.find((person) => person.relationship === 'PARENT');
    expect(fatherForSon).toMatchObject({ name: '赵建华', authorization: 'PENDING' });

    const fatherHome = await reopenHome(father.runtime);
    expect(fatherHome).toBeDefined();
    await tapInOrder(father.runtime, [`person-${fathersOwnId}-consent`]);
    await father.runtime.page('family/consent/index');
    await tapInOrder(father.runtime, [`agent-${son.session.userId}-approve`]);
    await father.runtime.waitForId(`agent-${son.session.userId}-active`);

    await reopenHome(son.runtime);
    await tapInOrder(son.runtime, [`person-${fatherForSon!.id}-new-filing`]);
    await son.runtime.page('filing/wizard/index');
    await tapInOrder(son.runtime, ['wizard-choose-other', 'wizard-category-OTHER_TEMPORARY']);
    await son.runtime.waitForId('wizard-result');
    await tapInOrder(son.runtime, ['wizard-start-filing']);
    await son.runtime.page('filing/new/index');
    await chooseDestination(son.runtime, '330000', '330100');
    await next(son.runtime);
    await startTodayWithContact(son.runtime, '杭州市西湖区文三路100号');
    await next(son.runtime);
    await next(son.runtime);
    await tapInOrder(son.runtime, ['filing-submit']);
    await son.runtime.page('filing/detail/index');
    await son.runtime.waitFor(() => son.runtime.currentPage!.text().includes('已生效'));
    const filings = await listFilings(son.session, fatherForSon!.id);
    expect(filings).toHaveLength(1);
    expect(filings[0]).toMatchObject({
      category: 'OTHER_TEMPORARY',
      status: 'ACTIVE',
      createdBy: son.session.userId,
    });
  });
});
