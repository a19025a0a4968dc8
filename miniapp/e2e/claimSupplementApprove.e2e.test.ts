// Flow (claims, issue 15): a 淮安 outpatient claim (HA-18) filed without the prescription is told
// what is missing; the person adds it and submits; the reviewer returns it (the prescription
// unreadable), the person supplements from the claim page, the reviewer approves, and the
// person sees the HA-19 payment due date.
import { chineseDate } from '@yidi/shared';
import { callApi, freshUserName, loginAs, type Session } from './support/api';
import { smallTouchTargets } from './support/a11y';
import { byId, choosePhoto, fill, openApp, screenshot } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { insuredUser, type InsuredUser } from './support/people';
import { stripedPng } from './support/png';
import { storageUploadDone } from './support/wizard';

const HUAIAN = '320800';

interface ClaimView {
  id: string;
  status: string;
  paymentDueBy: string | null;
}

describe('a claim told what is missing, supplemented, approved', () => {
  let insuredPhone: PhoneBrowser;
  let reviewerPhone: PhoneBrowser;
  let insured: InsuredUser;
  let reviewer: Session;
  let claimId: string;

  beforeAll(async () => {
    [insuredPhone, reviewerPhone, insured, reviewer] = await Promise.all([
      launchPhone(),
      launchPhone(),
      insuredUser('e2e_claim', { name: '周敏', region: HUAIAN }),
      loginAs(freshUserName('e2e_claim_rev'), { roles: ['REVIEWER'], regions: [HUAIAN] }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([insuredPhone.close(), reviewerPhone.close()]);
  });

  const getClaim = (id: string) =>
    callApi<ClaimView>('GET', `/claims/${id}`, { token: insured.session.token });

  /** The decision page goes back once the server answered; the stored claim says it took. */
  async function statusBecomes(status: string) {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      if ((await getClaim(claimId)).status === status) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect((await getClaim(claimId)).status).toBe(status);
  }

  async function upload(docType: string) {
    const { page } = insuredPhone;
    const uploaded = storageUploadDone(page);
    await choosePhoto(page, byId(page, `upload-${docType}-choose`), stripedPng(48, 48));
    await uploaded;
    await byId(page, `upload-${docType}-done`).waitFor();
  }

  it('lists the three HA-18 documents before the person starts', async () => {
    const { page } = insuredPhone;
    await openApp(page, `/claims/new/index?personId=${insured.personId}`, insured.session.token);
    await byId(page, 'claim-kind-OUTPATIENT').click();
    await byId(page, 'claim-documents').waitFor();
    const listed = await byId(page, 'claim-documents').innerText();
    expect(listed).toContain('收费票据');
    expect(listed).toContain('门诊费用清单');
    expect(listed).toContain('处方');
    // Every button, choice and uploader at least 44 px, as on the filing pages.
    expect(await smallTouchTargets(page)).toEqual([]);
  });

  it('is told the missing prescription, adds it and submits', async () => {
    const { page } = insuredPhone;
    await fill(page, 'claim-hospital', '南京市鼓楼医院');
    await fill(page, 'claim-paid-on', '2026-11-20');
    await fill(page, 'claim-amount', '1234.50');
    await upload('RECEIPT');
    await upload('ITEMISED_BILL');
    await byId(page, 'claim-submit').click();
    await byId(page, 'claim-missing').waitFor();
    await expect(byId(page, 'claim-missing').innerText()).resolves.toContain('处方');
    await screenshot(page, 'c1-claim-missing');

    await upload('PRESCRIPTION');
    await byId(page, 'claim-submit').click();
    await byId(page, 'claim-summary').waitFor();
    await expect(byId(page, 'claim-status').innerText()).resolves.toContain('已提交');
    claimId = new URL(page.url().replace('#', '')).searchParams.get('id') ?? '';
    expect(claimId).not.toBe('');
  });

  it('the reviewer finds it in the claim queue and returns it', async () => {
    const { page } = reviewerPhone;
    await openApp(page, '/staff/claims/index', reviewer.token);
    await byId(page, `claimq-${claimId}-open`).click();
    await byId(page, 'review-claim').waitFor();
    await byId(page, 'claim-decision-RETURN').click();
    await byId(page, 'check-PRESCRIPTION.unclear').click();
    await byId(page, 'claim-decision-submit').click();
    await statusBecomes('RETURNED');
  });

  it('the person sees the notice and supplements from the claim page', async () => {
    const { page } = insuredPhone;
    await openApp(page, `/claims/detail/index?id=${claimId}`, insured.session.token);
    await byId(page, 'claim-notices').waitFor();
    await expect(byId(page, 'claim-notices').innerText()).resolves.toContain('处方');
    expect(await smallTouchTargets(page)).toEqual([]);
    await byId(page, 'claim-action-supplement').click();
    await upload('PRESCRIPTION');
    await byId(page, 'claim-supplement-submit').click();
    await byId(page, 'claim-status').filter({ hasText: '已提交' }).waitFor();
    await screenshot(page, 'c2-claim-supplemented');
  });

  it('the reviewer approves it and the person sees the payment due date', async () => {
    const { page } = reviewerPhone;
    await openApp(page, `/staff/claim/index?id=${claimId}`, reviewer.token);
    await byId(page, 'claim-decision-APPROVE').click();
    await byId(page, 'claim-decision-submit').click();
    await statusBecomes('APPROVED');
    const claim = await getClaim(claimId);
    expect(claim.paymentDueBy).not.toBeNull();

    const insuredPage = insuredPhone.page;
    await openApp(insuredPage, `/claims/detail/index?id=${claimId}`, insured.session.token);
    await byId(insuredPage, 'claim-payment-due').waitFor();
    await expect(byId(insuredPage, 'claim-payment-due').innerText()).resolves.toContain(
      chineseDate(claim.paymentDueBy!),
    );
    await screenshot(insuredPage, 'c3-claim-payment-due');
  });

  it('logged no errors in either browser', () => {
    expect([...insuredPhone.problems, ...reviewerPhone.problems]).toEqual([]);
  });
});
