// Flow (a): an insured person answers the wizard, files a long-term registration with a photo
// of the proof, and sees it under review.
import { listFilings } from './support/api';
import { byId, choosePhoto, openApp, screenshot, text } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { HEFEI, insuredUser, type InsuredUser } from './support/people';
import { stripedPng } from './support/png';
import {
  answerWizardAsLongTermResident,
  chooseHangzhou,
  startTodayWithContact,
} from './support/wizard';

describe('filing with materials', () => {
  let phone: PhoneBrowser;
  let insured: InsuredUser;
  beforeAll(async () => {
    [phone, insured] = await Promise.all([
      launchPhone(),
      insuredUser('e2e_materials', { name: '王秀英', region: HEFEI }),
    ]);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('the wizard finds the category from plain answers', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', insured.session.token);
    await byId(page, `person-${insured.personId}-new-filing`).click();
    await answerWizardAsLongTermResident(page);
    await text(page, '异地长期居住').waitFor();
    await screenshot(page, 'a1-wizard-result');
    await byId(page, 'wizard-start-filing').click();
  });

  it('takes the destination, the start date and the contact', async () => {
    const { page } = phone;
    await chooseHangzhou(page);
    await screenshot(page, 'a2-destination');
    await byId(page, 'filing-next').click();

    await startTodayWithContact(page);
    await screenshot(page, 'a3-date-and-contact');
    await byId(page, 'filing-next').click();
  });

  it('uploads a photo of the residence permit', async () => {
    const { page } = phone;
    await byId(page, 'filing-proof-kind-MATERIALS').click();
    await choosePhoto(page, byId(page, 'upload-RESIDENCE_PERMIT-choose'), stripedPng(64, 48));
    await byId(page, 'upload-RESIDENCE_PERMIT-done').waitFor();
    await screenshot(page, 'a4-proof-uploaded');
    await byId(page, 'filing-next').click();
  });

  it('submits after the summary and shows the registration under review', async () => {
    const { page } = phone;
    await byId(page, 'filing-review').waitFor();
    await byId(page, 'review-destination').filter({ hasText: '杭州' }).waitFor();
    await screenshot(page, 'a5-summary');
    await byId(page, 'filing-submit').click();

    await byId(page, 'certificate').waitFor();
    await byId(page, 'certificate-status').filter({ hasText: '审核中' }).waitFor();
    await byId(page, 'certificate-destination').filter({ hasText: '杭州' }).waitFor();
    await screenshot(page, 'a6-detail-pending');

    const filings = await listFilings(insured.session, insured.personId);
    expect(filings).toHaveLength(1);
    expect(filings[0]).toMatchObject({
      category: 'LONG_TERM_RESIDENT',
      status: 'PENDING_REVIEW',
      destination: { code: '330100' },
      commitment: null,
    });
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
