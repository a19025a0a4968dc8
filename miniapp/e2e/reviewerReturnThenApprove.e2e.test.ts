// Flow (f): the reviewer (卡萝, 蚌埠 340300) returns an application with every problem listed at
// once; the insured sees the notices and resubmits from the app with new photos of the
// documents named; the reviewer approves it.
import { chineseDate, type Filing } from '@yidi/shared';
import { getFiling } from './support/api';
import { appUrl, byId, choosePhoto, openApp, screenshot, text } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { fileLongTermResident } from './support/filings';
import { BENGBU, insuredUser, type InsuredUser } from './support/people';
import { stripedPng } from './support/png';
import { storageUploadDone } from './support/wizard';

describe('a reviewer returning, then approving', () => {
  let reviewerPhone: PhoneBrowser;
  let insuredPhone: PhoneBrowser;
  let insured: InsuredUser;
  let filing: Filing;
  beforeAll(async () => {
    [reviewerPhone, insuredPhone, insured] = await Promise.all([
      launchPhone(),
      launchPhone(),
      insuredUser('e2e_reviewed', { name: '孙丽华', region: BENGBU }),
    ]);
    filing = await fileLongTermResident(insured);
  });
  afterAll(async () => {
    await Promise.all([reviewerPhone.close(), insuredPhone.close()]);
  });

  async function openFromQueue() {
    const { page } = reviewerPhone;
    await openApp(page, '/staff/queue/index');
    await byId(page, `queue-${filing.id}`).waitFor();
    await byId(page, `queue-${filing.id}-due`).waitFor();
    await byId(page, `queue-${filing.id}-open`).click();
    await byId(page, 'review-filing').filter({ hasText: filing.number }).waitFor();
  }

  it('the reviewer logs in and finds it in the queue with its working-day deadline', async () => {
    const { page } = reviewerPhone;
    await page.goto(appUrl('/pages/login/index'));
    await text(page, '卡萝（医保经办审核员）', true).click();
    await byId(page, 'home-staff-queue').click();
    await byId(page, `queue-${filing.id}`).waitFor();
    await expect(byId(page, `queue-${filing.id}`).innerText()).resolves.toContain(
      chineseDate(filing.review!.dueBy),
    );
    // The row is a summary: the person by name and masked ID number only.
    const person = await byId(page, `queue-${filing.id}-person`).innerText();
    expect(person).toContain('孙丽华');
    expect(person).toMatch(/\*{4,}/);
    await screenshot(page, 'f1-review-queue');
  });

  it('returns it with two problems ticked at once', async () => {
    const { page } = reviewerPhone;
    await byId(page, `queue-${filing.id}-open`).click();
    await byId(page, 'review-filing').filter({ hasText: filing.number }).waitFor();
    await byId(page, 'review-decision-RETURN').click();
    await byId(page, 'check-RESIDENCE_PERMIT.unclear').click();
    await byId(page, 'check-IDENTITY.missing').click();
    await screenshot(page, 'f2-review-return');
    await byId(page, 'review-submit').click();
    await byId(page, `queue-${filing.id}`).waitFor({ state: 'detached' });

    filing = await getFiling(insured.session, filing.id);
    expect(filing.status).toBe('RETURNED');
    expect(filing.review?.notices).toHaveLength(2);
  });

  it('the insured sees every notice on the detail page', async () => {
    const { page } = insuredPhone;
    await openApp(page, `/filing/detail/index?id=${filing.id}`, insured.session.token);
    await byId(page, 'review-notices').waitFor();
    const notices = await byId(page, 'review-notices').innerText();
    expect(notices).toContain('居住证');
    expect(notices).toContain('身份证');
    await byId(page, 'certificate-status').filter({ hasText: '退回' }).waitFor();
    await screenshot(page, 'f3-insured-sees-notices');
  });

  it('the insured uploads new photos of both documents and resubmits', async () => {
    const { page } = insuredPhone;
    await byId(page, 'action-resubmit').click();
    await text(page, '修改后重新提交', true).waitFor();
    for (const docType of ['RESIDENCE_PERMIT', 'IDENTITY'] as const) {
      const uploaded = storageUploadDone(page);
      await choosePhoto(page, byId(page, `upload-${docType}-choose`), stripedPng(48, 48));
      await uploaded;
      await byId(page, `upload-${docType}-done`).waitFor();
    }
    await screenshot(page, 'f4-insured-resubmits');
    await byId(page, 'action-submit').click();
    await byId(page, 'certificate-status').filter({ hasText: '审核中' }).waitFor();

    filing = await getFiling(insured.session, filing.id);
    expect(filing.status).toBe('PENDING_REVIEW');
    expect(filing.review?.notices).toEqual([]);
  });

  it('after the resubmission the reviewer approves it', async () => {
    await openFromQueue();
    const { page } = reviewerPhone;
    await byId(page, 'review-decision-APPROVE').click();
    await screenshot(page, 'f5-review-approve');
    await byId(page, 'review-submit').click();
    await byId(page, `queue-${filing.id}`).waitFor({ state: 'detached' });
    await expect(getFiling(insured.session, filing.id)).resolves.toMatchObject({
      status: 'ACTIVE',
    });
  });

  it("the insured's 办理记录 lists every version, read by its own request after the filing", async () => {
    const { page } = insuredPhone;
    const reads: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/v1/filings/')) reads.push(path);
    });
    await openApp(page, `/filing/detail/index?id=${filing.id}`, insured.session.token);
    await byId(page, 'certificate-status').filter({ hasText: '已生效' }).waitFor();
    const entries = page.locator('#detail-history [data-testid="history-entry"]');
    await entries.nth(3).waitFor();
    const lines = await entries.allInnerTexts();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('提交备案');
    expect(lines[0]).toContain('本人办理');
    expect(lines[1]).toContain('退回补正');
    expect(lines[1]).toContain('医保经办机构');
    expect(lines[2]).toContain('补充材料');
    expect(lines[3]).toContain('审核通过');
    expect(lines[3]).toContain('已生效');
    const path = `/v1/filings/${encodeURIComponent(filing.id)}`;
    expect(reads.indexOf(`${path}/audit`)).toBeGreaterThan(reads.indexOf(path));
    await screenshot(page, 'f6-insured-history');
  });

  it('logged no errors in either browser', () => {
    expect([...reviewerPhone.problems, ...insuredPhone.problems]).toEqual([]);
  });
});
