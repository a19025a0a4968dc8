// Claims (issue 15) on weapp: the claims subpackage and the staff claim pages in WeChat's logic
// layer. A 淮安 outpatient claim (HA-18) told the missing prescription, completed and submitted;
// the reviewer approves it; the person sees the HA-19 payment due date.
import { chineseDate } from '@yidi/shared';
import { callApi, freshUserName, loginAs, type Session } from '../e2e/support/api';
import { insuredUser, type InsuredUser } from '../e2e/support/people';
import { openAs } from './support/app';
import { tapInOrder } from './support/flows';
import type { WeappRuntime } from './support/runtime';

const HUAIAN = '320800';

interface ClaimView {
  id: string;
  status: string;
  paymentDueBy: string | null;
}

describe('claims: told what is missing, completed, approved, payment date shown', () => {
  let insured: InsuredUser;
  let reviewer: Session;
  const runtimes: WeappRuntime[] = [];
  beforeAll(async () => {
    [insured, reviewer] = await Promise.all([
      insuredUser('weapp_claim', { name: '周敏', region: HUAIAN }),
      loginAs(freshUserName('weapp_claim_rev'), { roles: ['REVIEWER'], regions: [HUAIAN] }),
    ]);
  });
  afterAll(() => {
    for (const runtime of runtimes) runtime.close();
  });
  afterEach(() => {
    for (const runtime of runtimes) runtime.assertClean();
  });

  const claimsOf = () =>
    callApi<ClaimView[]>('GET', `/claims?personId=${insured.personId}`, {
      token: insured.session.token,
    });

  async function upload(runtime: WeappRuntime, docType: string) {
    await tapInOrder(runtime, [`upload-${docType}-choose`]);
    await runtime.waitForId(`upload-${docType}-done`);
  }

  it('files the claim: the missing prescription is told, then added', async () => {
    const { runtime } = await openAs(
      insured.session.token,
      `/claims/new/index?personId=${insured.personId}`,
    );
    runtimes.push(runtime);
    await tapInOrder(runtime, ['claim-kind-OUTPATIENT']);
    await runtime.waitForId('claim-documents');
    expect(runtime.currentPage!.text()).toContain('门诊费用清单');
    const page = runtime.currentPage!;
    page.input('claim-hospital', '南京市鼓楼医院');
    page.input('claim-paid-on', '2026-11-20');
    page.input('claim-amount', '1234.50');
    await runtime.settle();
    await upload(runtime, 'RECEIPT');
    await upload(runtime, 'ITEMISED_BILL');
    await tapInOrder(runtime, ['claim-submit']);
    await runtime.waitForId('claim-missing');
    expect(runtime.currentPage!.text()).toContain('处方');

    await upload(runtime, 'PRESCRIPTION');
    await tapInOrder(runtime, ['claim-submit']);
    await runtime.page('claims/detail/index');
    await runtime.waitForId('claim-summary');
    const [claim] = await claimsOf();
    expect(claim?.status).toBe('SUBMITTED');
  });

  it('the reviewer approves it from the staff subpackage; the person sees the payment date', async () => {
    const [claim] = await claimsOf();
    const staff = await openAs(reviewer.token, '/staff/claims/index');
    runtimes.push(staff.runtime);
    await tapInOrder(staff.runtime, [`claimq-${claim!.id}-open`]);
    await staff.runtime.page('staff/claim/index');
    await staff.runtime.waitForId('review-claim');
    await tapInOrder(staff.runtime, ['claim-decision-APPROVE', 'claim-decision-submit']);
    await staff.runtime.page('staff/claims/index');

    const [approved] = await claimsOf();
    expect(approved?.status).toBe('APPROVED');
    expect(approved?.paymentDueBy).not.toBeNull();
    const person = await openAs(insured.session.token, `/claims/detail/index?id=${claim!.id}`);
    runtimes.push(person.runtime);
    await person.runtime.waitForId('claim-payment-due');
    expect(person.runtime.currentPage!.text()).toContain(chineseDate(approved!.paymentDueBy!));
  });
});
