// Issue 12 acceptance in Chromium (H5): the wizard's eligibility answers reach the server with
// the filing, so a 异地安置退休 filing (retired, hukouMoved: AH-10) and a 阳江 long-term-resident
// filing (six months' stay: YJ-5) made through the app are accepted, not refused NOT_ELIGIBLE.
import { listFilings } from './support/api';
import { byId, choosePhoto, openApp, text } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { HEFEI, insuredUser, type InsuredUser } from './support/people';
import { stripedPng } from './support/png';
import { chooseHangzhou, startTodayWithContact, storageUploadDone } from './support/wizard';

const YANGJIANG = '441700';

async function answer(phone: PhoneBrowser, ids: string[]) {
  for (const id of ids) await byId(phone.page, id).click();
  await byId(phone.page, 'wizard-result').waitFor();
}

async function uploadAndSubmit(phone: PhoneBrowser, docType: string) {
  const { page } = phone;
  const uploaded = storageUploadDone(page);
  await choosePhoto(page, byId(page, `upload-${docType}-choose`), stripedPng(64, 48));
  await uploaded;
  await byId(page, `upload-${docType}-done`).waitFor();
  await byId(page, 'filing-next').click();
  await byId(page, 'filing-review').waitFor();
  const created = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/v1/filings'),
  );
  await byId(page, 'filing-submit').click();
  return created;
}

describe('异地安置退休 in 合肥 (H5)', () => {
  let phone: PhoneBrowser;
  let insured: InsuredUser;
  beforeAll(async () => {
    [phone, insured] = await Promise.all([
      launchPhone(),
      insuredUser('e2e_retired', { name: '张桂兰', region: HEFEI }),
    ]);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('is accepted with the retirement answers from the wizard', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', insured.session.token);
    await byId(page, `person-${insured.personId}-new-filing`).click();
    await answer(phone, ['wizard-emergency-no', 'wizard-referred-no', 'wizard-retiredSettled-yes']);
    await text(page, '异地安置退休').first().waitFor();
    await byId(page, 'wizard-start-filing').click();
    await chooseHangzhou(page);
    await byId(page, 'filing-next').click();
    await startTodayWithContact(page);
    await byId(page, 'filing-next').click();

    const response = await uploadAndSubmit(phone, 'HOUSEHOLD_REGISTER');
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({
      category: 'RETIRED_RESETTLED',
      facts: { retired: true, hukouMoved: true },
    });
    await byId(page, 'certificate-status').filter({ hasText: '审核中' }).waitFor();
    const [filing] = await listFilings(insured.session, insured.personId);
    expect(filing).toMatchObject({ category: 'RETIRED_RESETTLED', status: 'PENDING_REVIEW' });
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});

describe('阳江 long-term resident (H5)', () => {
  let phone: PhoneBrowser;
  let insured: InsuredUser;
  beforeAll(async () => {
    [phone, insured] = await Promise.all([
      launchPhone(),
      insuredUser('e2e_yangjiang', { name: '陈志强', region: YANGJIANG, gender: 'MALE' }),
    ]);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('is accepted with the stay answered in the wizard', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', insured.session.token);
    await byId(page, `person-${insured.personId}-new-filing`).click();
    await answer(phone, [
      'wizard-emergency-no',
      'wizard-referred-no',
      'wizard-retiredSettled-no',
      'wizard-posted-NONE',
      'wizard-residence-12',
    ]);
    await byId(page, 'wizard-start-filing').click();
    await chooseHangzhou(page);
    await byId(page, 'filing-next').click();
    await startTodayWithContact(page);
    // The permit's end date (YJ-9): the date picker's own confirm button takes its preset date.
    await byId(page, 'filing-proof-end-date').click();
    await text(page, '确定', true).first().click();
    await byId(page, 'filing-next').click();

    const response = await uploadAndSubmit(phone, 'RESIDENCE_PERMIT');
    expect(response.request().postDataJSON()).toMatchObject({
      category: 'LONG_TERM_RESIDENT',
      facts: { residenceMonths: 12 },
    });
    expect(response.status()).toBe(201);
    await byId(page, 'certificate-status').filter({ hasText: '审核中' }).waitFor();
    const [filing] = await listFilings(insured.session, insured.personId);
    expect(filing).toMatchObject({ category: 'LONG_TERM_RESIDENT', status: 'PENDING_REVIEW' });
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
