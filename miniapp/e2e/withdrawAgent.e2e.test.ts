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
    // The confirm dialog (Taro.showModal in H5) is answered "撤销授权".
    page.on('dialog', (dialog) => void dialog.accept());
    await openApp(page, `/family/consent/index?personId=${mother.personId}`, mother.session.token);
    await byId(page, `agent-${daughter.userId}-active`).waitFor();
    await screenshot(page, 'w1-agents');
    await byId(page, `agent-${daughter.userId}-withdraw`).click();
    const confirm = page.locator('.taro-modal__foot .taro-modal__btn-primary, .taro-modal__ok');
    if (await confirm.count()) await confirm.first().click();
    await byId(page, `agent-${daughter.userId}`).waitFor({ state: 'detached' });
    await screenshot(page, 'w2-withdrawn');

    const persons = await callApi<Person[]>('GET', '/persons', { token: daughter.token });
    expect(persons).toEqual([]);
    await expect(
      callApi('GET', `/filings?personId=${mother.personId}`, { token: daughter.token }),
    ).rejects.toMatchObject({ status: 404 } satisfies Partial<ApiCallError>);
  });
});
