// Flow (b): no residence permit yet — file under a signed personal commitment (AH-11, 3 months
// in Anhui), then supplement the permit, which fulfils the commitment.
import { listFilings } from './support/api';
import { byId, choosePhoto, openApp, screenshot, signWithFinger, text } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { HEFEI, insuredUser, type InsuredUser } from './support/people';
import { stripedPng } from './support/png';
import {
  answerWizardAsLongTermResident,
  chooseHangzhou,
  startTodayWithContact,
  storageUploadDone,
} from './support/wizard';

describe('filing under a commitment, then supplementing', () => {
  let phone: PhoneBrowser;
  let insured: InsuredUser;
  beforeAll(async () => {
    [phone, insured] = await Promise.all([
      launchPhone(),
      insuredUser('e2e_commitment', { name: '张桂兰', region: HEFEI }),
    ]);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('signs the commitment on screen instead of uploading the permit', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', insured.session.token);
    await byId(page, `person-${insured.personId}-new-filing`).click();
    await answerWizardAsLongTermResident(page);
    await byId(page, 'wizard-start-filing').click();
    await chooseHangzhou(page);
    await byId(page, 'filing-next').click();
    await startTodayWithContact(page);
    await byId(page, 'filing-next').click();

    await byId(page, 'filing-proof-kind-COMMITMENT').click();
    await byId(page, 'commitment-missing-RESIDENCE_PERMIT').click();
    await byId(page, 'commitment-text').filter({ hasText: '3个月内补齐' }).waitFor();
    await signWithFinger(page, byId(page, 'signature-canvas'));
    await screenshot(page, 'b1-commitment-signed');
    await byId(page, 'signature-confirm').click();
    await byId(page, 'signature-saved').waitFor();
    await byId(page, 'filing-next').click();

    await byId(page, 'filing-review').waitFor();
    await screenshot(page, 'b2-summary-commitment');
    await byId(page, 'filing-submit').click();
    await byId(page, 'detail-commitment').filter({ hasText: '还剩' }).waitFor();
    await screenshot(page, 'b3-detail-commitment-open');

    const [filing] = await listFilings(insured.session, insured.personId);
    expect(filing?.commitment).toMatchObject({ status: 'OPEN', missing: ['RESIDENCE_PERMIT'] });
  });

  it('supplements the permit, which closes the commitment', async () => {
    const { page } = phone;
    await byId(page, 'action-supplement').click();
    await text(page, '补充材料').waitFor();
    const uploaded = storageUploadDone(page);
    await choosePhoto(page, byId(page, 'upload-RESIDENCE_PERMIT-choose'), stripedPng(80, 60));
    await uploaded;
    await screenshot(page, 'b4-supplement');
    await byId(page, 'action-submit').click();

    await byId(page, 'certificate').waitFor();
    await byId(page, 'detail-commitment').waitFor();
    await expect(byId(page, 'detail-commitment').textContent()).resolves.not.toContain('还剩');
    await screenshot(page, 'b5-detail-commitment-fulfilled');

    const [filing] = await listFilings(insured.session, insured.personId);
    expect(filing?.commitment).toMatchObject({ status: 'FULFILLED' });
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
