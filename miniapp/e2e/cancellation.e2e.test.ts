// Flow (d): cancelling an active long-term registration (Anhui sets no cancellation lock,
// AH-13-1): reason, whether in hospital, submit → 已取消.
import type { Filing } from '@yidi/shared';
import { getFiling } from './support/api';
import { byId, fill, openApp, screenshot } from './support/app';
import { launchPhone, type PhoneBrowser } from './support/browser';
import { insuredWithActiveFiling } from './support/filings';
import { HEFEI, type InsuredUser } from './support/people';

describe('cancelling a registration', () => {
  let phone: PhoneBrowser;
  let insured: InsuredUser;
  let filing: Filing;
  beforeAll(async () => {
    let setUp: Awaited<ReturnType<typeof insuredWithActiveFiling>>;
    [phone, setUp] = await Promise.all([
      launchPhone(),
      insuredWithActiveFiling('e2e_cancel', { name: '陈玉珍', region: HEFEI }),
    ]);
    ({ insured, filing } = setUp);
  });
  afterAll(async () => {
    await phone.close();
  });

  it('cancels from the detail page with a reason', async () => {
    const { page } = phone;
    await openApp(page, '/pages/index/index', insured.session.token);
    await byId(page, `filing-${filing.id}-open`).click();
    await byId(page, 'certificate-status').filter({ hasText: '已生效' }).waitFor();
    await byId(page, 'action-cancel').click();

    await fill(page, 'cancel-reason', '已经回参保地居住');
    await byId(page, 'cancel-in-hospital-no').click();
    await screenshot(page, 'd1-cancel-form');
    await byId(page, 'action-submit').click();

    await byId(page, 'certificate-status').filter({ hasText: '已取消' }).waitFor();
    await screenshot(page, 'd2-detail-cancelled');
    await expect(getFiling(insured.session, filing.id)).resolves.toMatchObject({
      status: 'CANCELLED',
      version: filing.version + 1,
    });
  });

  it('offers no more changes or cancellation once cancelled', async () => {
    const { page } = phone;
    // A closed filing can never be changed or cancelled again: the engine marks both
    // applicable: false and the detail page leaves the buttons out (issue 12 §6).
    await byId(page, 'certificate-status').filter({ hasText: '已取消' }).waitFor();
    for (const action of ['action-change', 'action-cancel', 'action-extend']) {
      await expect(byId(page, action).count()).resolves.toBe(0);
    }
  });

  it('logged no errors in the browser', () => {
    expect(phone.problems).toEqual([]);
  });
});
