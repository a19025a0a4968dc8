// Real-name verification, then adding oneself: the H5 build verifies with the dev stand-in
// (local/test only), then the person is added as SELF and is active at once.
import type { Person } from '@yidi/shared';
import { callApi, freshUserName, loginAs, type Session } from './support/api';
import { byId, fill, openApp, screenshot } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { BENGBU, uniqueIdNumber } from './support/people';

describe('实名认证 → add oneself', () => {
  const idNumber = uniqueIdNumber(BENGBU);
  let phone: PhoneBrowser;
  let session: Session;

  beforeAll(async () => {
    [phone, session] = await Promise.all([launchPhone(), loginAs(freshUserName('e2e_verify'))]);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('verifies the account, then adds the verified person as SELF', async () => {
    const { page } = phone;
    await openApp(page, '/family/identity/index', session.token);
    await fill(page, 'identity-name', '钱丽华');
    await fill(page, 'identity-id-number', idNumber);
    await screenshot(page, 'i1-identity');
    await byId(page, 'identity-submit').click();
    await byId(page, 'identity-verified').waitFor();
    await byId(page, 'identity-add-self').click();

    await fill(page, 'person-name', '钱丽华');
    await fill(page, 'person-id-number', idNumber);
    await fill(page, 'person-phone', '13700000002');
    await byId(page, 'person-relationship-SELF').click();
    await byId(page, 'person-insurance-type-EMPLOYEE').click();
    await byId(page, `person-region-${BENGBU}`).click();
    await byId(page, 'person-consent').click();
    await byId(page, 'person-submit').click();
    await byId(page, 'person-created').waitFor();
    await screenshot(page, 'i2-self-added');

    const persons = await callApi<Person[]>('GET', '/persons', { token: session.token });
    expect(persons).toEqual([
      expect.objectContaining({ name: '钱丽华', relationship: 'SELF', authorization: 'ACTIVE' }),
    ]);
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
