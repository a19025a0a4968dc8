// Flow (e): a son adds his father; until the father consents from his own account the son
// cannot file for him (AGENT_NOT_AUTHORIZED); after consent the son files a temporary
// registration for him, which in Anhui takes effect at once (AH-12-3).
import type { Person } from '@yidi/shared';
import {
  ApiCallError,
  addPerson,
  callApi,
  freshUserName,
  listFilings,
  loginAs,
  verifyIdentity,
  type Session,
} from './support/api';
import { byId, fill, openApp, screenshot, text } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { HEFEI, uniqueIdNumber } from './support/people';
import { chooseHangzhou, startTodayWithContact } from './support/wizard';

describe('filing for a family member after consent', () => {
  const fatherIdNumber = uniqueIdNumber(HEFEI, 'MALE');
  let phone: PhoneBrowser;
  let son: Session;
  let father: Session;
  let fathersOwnPerson: Person;
  let fatherAsSonsPerson: Person;

  beforeAll(async () => {
    [phone, son, father] = await Promise.all([
      launchPhone(),
      loginAs(freshUserName('e2e_son')),
      loginAs(freshUserName('e2e_father')),
    ]);
    // Both verify first: the father to add himself, the son to act for anyone.
    await verifyIdentity(father, { name: '赵建华', idNumber: fatherIdNumber });
    await verifyIdentity(son, { name: '赵小华', idNumber: uniqueIdNumber(HEFEI, 'MALE') });
    fathersOwnPerson = await addPerson(father, {
      name: '赵建华',
      idNumber: fatherIdNumber,
      phone: '13700000001',
      insuranceType: 'EMPLOYEE',
      insuredRegion: HEFEI,
      relationship: 'SELF',
    });
  });
  afterAll(async () => {
    await phone.close();
  });

  it('the son adds his father, who stays pending', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', son.token);
    await byId(page, 'home-add-person').click();
    await fill(page, 'person-name', '赵建华');
    await fill(page, 'person-id-number', fatherIdNumber);
    await fill(page, 'person-phone', '13700000001');
    await byId(page, 'person-relationship-PARENT').click();
    await byId(page, 'person-insurance-type-EMPLOYEE').click();
    await byId(page, `person-region-${HEFEI}`).click();
    await byId(page, 'person-consent').click();
    await screenshot(page, 'e1-add-family-member');
    await byId(page, 'person-submit').click();
    await byId(page, 'person-created').waitFor();
    await screenshot(page, 'e2-family-member-pending');

    const persons = await callApi<Person[]>('GET', '/persons', { token: son.token });
    const added = persons.find((person) => person.relationship === 'PARENT');
    expect(added).toMatchObject({ name: '赵建华', authorization: 'PENDING' });
    fatherAsSonsPerson = added!;
    // Filing for him is refused until he consents.
    await expect(
      callApi('POST', '/filings', {
        token: son.token,
        idempotent: true,
        body: {
          personId: fatherAsSonsPerson.id,
          category: 'OTHER_TEMPORARY',
          destination: { code: '330100' },
          startDate: '2030-01-01',
          contact: { address: '杭州', phone: '13700000001' },
          proof: { kind: 'MATERIALS', materialIds: [] },
        },
      }),
    ).rejects.toMatchObject({ status: 403 } satisfies Partial<ApiCallError>);
  });

  it('the father consents from his own account', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', father.token);
    await byId(page, `person-${fathersOwnPerson.id}-consent`).click();
    await byId(page, `agent-${son.userId}-approve`).click();
    await byId(page, `agent-${son.userId}-active`).waitFor();
    await screenshot(page, 'e3-consent-given');
  });

  it('the son files a temporary registration for him', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', son.token);
    await byId(page, `person-${fatherAsSonsPerson.id}-new-filing`).click();
    await byId(page, 'wizard-choose-other').click();
    await byId(page, 'wizard-category-OTHER_TEMPORARY').click();
    await byId(page, 'wizard-result').waitFor();
    await screenshot(page, 'e4-wizard-other-temporary');
    await byId(page, 'wizard-start-filing').click();
    await chooseHangzhou(page);
    await byId(page, 'filing-next').click();
    await startTodayWithContact(page);
    await byId(page, 'filing-next').click();
    await byId(page, 'filing-next').click();
    await byId(page, 'filing-review').waitFor();
    await byId(page, 'review-person').filter({ hasText: '赵建华' }).waitFor();
    await byId(page, 'filing-submit').click();

    await byId(page, 'certificate-person').filter({ hasText: '赵建华' }).waitFor();
    await byId(page, 'certificate-status').filter({ hasText: '已生效' }).waitFor();
    await text(page, '备案凭证').waitFor();
    await screenshot(page, 'e5-detail-family-filing');

    const filings = await listFilings(son, fatherAsSonsPerson.id);
    expect(filings).toHaveLength(1);
    expect(filings[0]).toMatchObject({
      category: 'OTHER_TEMPORARY',
      status: 'ACTIVE',
      createdBy: son.userId,
    });
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
