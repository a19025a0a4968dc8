// The person withdraws an agent from the agents page (撤销授权, confirmed in a dialog); the
// agent's next request finds nothing of the person.
import type { Person } from '@yidi/shared';
import {
  addPerson,
  ApiCallError,
  callApi,
  freshUserName,
  loginAs,
  verifyIdentity,
  type Session,
} from './support/api';
import { byId, openApp, screenshot } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { HEFEI, insuredUser, uniqueIdNumber, type InsuredUser } from './support/people';

describe('withdrawing an agent', () => {
  let phone: PhoneBrowser;
  let mother: InsuredUser;
  let daughter: Session;

  beforeAll(async () => {
    [phone, mother, daughter] = await Promise.all([
      launchPhone(),
      insuredUser('e2e_mother', { name: '孙桂芳', region: HEFEI }),
      loginAs(freshUserName('e2e_daughter')),
    ]);
    await verifyIdentity(daughter, { name: '孙小芳', idNumber: uniqueIdNumber(HEFEI) });
    await addPerson(daughter, {
      name: '孙桂芳',
      idNumber: mother.idNumber,
      phone: '13700000003',
      insuranceType: 'EMPLOYEE',
      insuredRegion: HEFEI,
      relationship: 'PARENT',
    });
    await callApi('POST', `/persons/${mother.personId}/consent`, {
      token: mother.session.token,
      body: { agentUserId: daughter.userId },
    });
  });
  afterAll(async () => {
    await phone.close();
  });

  it('the mother withdraws her daughter, who then sees nothing of her', async () => {
    const { page } = phone;
    await openApp(page, `/family/consent/index?personId=${mother.personId}`, mother.session.token);
    await byId(page, `agent-${daughter.userId}-active`).waitFor();
    await screenshot(page, 'w1-agents');
    await byId(page, `agent-${daughter.userId}-withdraw`).click();
    // The confirm dialog (Taro.showModal, drawn in the page in H5): its text, then "撤销授权".
    await page.locator('.taro-modal__text').filter({ hasText: '撤销后' }).waitFor();
    await screenshot(page, 'w2-confirm');
    await page.locator('.taro-model__confirm').filter({ hasText: '撤销授权' }).click();
    await byId(page, `agent-${daughter.userId}`).waitFor({ state: 'detached' });
    await screenshot(page, 'w3-withdrawn');

    const persons = await callApi<Person[]>('GET', '/persons', { token: daughter.token });
    expect(persons).toEqual([]);
    await expect(
      callApi('GET', `/filings?personId=${mother.personId}`, { token: daughter.token }),
    ).rejects.toMatchObject({ status: 404 } satisfies Partial<ApiCallError>);
    // The daughter is told in her own account.
    const me = await callApi<{ notices: { kind: string }[] }>('GET', '/me', {
      token: daughter.token,
    });
    expect(me.notices).toEqual([expect.objectContaining({ kind: 'AUTHORIZATION_REVOKED' })]);
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
