// The reviewer's side on weapp (the staff subpackage): the queue with its working-day deadline,
// a return with several notices at once (AH-12-2), the insured's resubmission with new photos,
// and the approval.
import { chineseDate, type Filing } from '@yidi/shared';
import { freshUserName, getFiling, loginAs, type Session } from '../e2e/support/api';
import { fileLongTermResident } from '../e2e/support/filings';
import { insuredUser, type InsuredUser } from '../e2e/support/people';
import { openAs } from './support/app';
import { textOf } from './support/tree';
import { tapInOrder } from './support/flows';
import type { WeappRuntime } from './support/runtime';

const BENGBU = '340300';

describe('review: return with several notices, resubmission, approval', () => {
  let insured: InsuredUser;
  let reviewer: Session;
  let filing: Filing;
  const runtimes: WeappRuntime[] = [];
  beforeAll(async () => {
    [insured, reviewer] = await Promise.all([
      insuredUser('weapp_reviewed', { name: '孙丽华', region: BENGBU }),
      loginAs(freshUserName('weapp_reviewer'), { roles: ['REVIEWER'], regions: [BENGBU] }),
    ]);
    filing = await fileLongTermResident(insured);
  });
  afterAll(() => {
    for (const runtime of runtimes) {
      runtime.close();
    }
  });
  afterEach(() => {
    for (const runtime of runtimes) runtime.assertClean();
  });

  async function queue() {
    const opened = await openAs(reviewer.token, '/staff/queue/index');
    runtimes.push(opened.runtime);
    await opened.runtime.waitForId(`queue-${filing.id}-due`);
    return opened.runtime;
  }

  it('the queue shows it with its due date, and the reviewer returns it with two problems', async () => {
    const runtime = await queue();
    expect(runtime.currentPage!.byId(`queue-${filing.id}`)).toBeDefined();
    expect(runtime.currentPage!.text()).toContain(chineseDate(filing.review!.dueBy));
    await tapInOrder(runtime, [`queue-${filing.id}-open`]);
    await runtime.page('staff/review/index');
    await runtime.waitForId('review-filing');
    await tapInOrder(runtime, [
      'review-decision-RETURN',
      'check-RESIDENCE_PERMIT.unclear',
      'check-IDENTITY.missing',
      'review-submit',
    ]);
    await runtime.page('staff/queue/index');
    filing = await getFiling(insured.session, filing.id);
    expect(filing.status).toBe('RETURNED');
    expect(filing.review?.notices).toHaveLength(2);
    expect(filing.actions.resubmit).toEqual({ allowed: true });
  });

  it('the insured sees both notices, uploads new photos and resubmits', async () => {
    const { runtime } = await openAs(insured.session.token, `/filing/detail/index?id=${filing.id}`);
    runtimes.push(runtime);
    await runtime.waitForId('review-notices');
    const text = runtime.currentPage!.text();
    expect(text).toContain('居住证');
    expect(text).toContain('身份证');
    await tapInOrder(runtime, ['action-resubmit']);
    await runtime.page('filing/action/index');
    for (const docType of ['RESIDENCE_PERMIT', 'IDENTITY']) {
      runtime.pick('sample.png');
      await tapInOrder(runtime, [`upload-${docType}-choose`]);
      await runtime.waitForId(`upload-${docType}-done`);
    }
    await tapInOrder(runtime, ['action-submit']);
    await runtime.page('filing/detail/index');
    // Back on the detail page only after the server took the resubmission.
    filing = await getFiling(insured.session, filing.id);
    expect(filing).toMatchObject({ status: 'PENDING_REVIEW', review: { notices: [] } });
  });

  it('the reviewer approves the resubmission', async () => {
    const runtime = await queue();
    await tapInOrder(runtime, [`queue-${filing.id}-open`]);
    await runtime.page('staff/review/index');
    await runtime.waitForId('review-filing');
    await tapInOrder(runtime, ['review-decision-APPROVE', 'review-submit']);
    await runtime.page('staff/queue/index');
    await expect(getFiling(insured.session, filing.id)).resolves.toMatchObject({
      status: 'ACTIVE',
    });
  });

  it("the insured's 办理记录 lists the four versions, read by its own request after the filing", async () => {
    const { runtime } = await openAs(insured.session.token, `/filing/detail/index?id=${filing.id}`);
    runtimes.push(runtime);
    await runtime.waitForId('detail-history');
    // Found by id, as the other weapp specs do (one id per version).
    const lines = runtime.currentPage!.allByIdPrefix('history-entry-').map((node) => textOf(node));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('提交备案');
    expect(lines[1]).toContain('退回补正');
    expect(lines[1]).toContain('医保经办机构');
    expect(lines[2]).toContain('补充材料');
    expect(lines[3]).toContain('审核通过');
    const paths = runtime.state.requests.map((request) => new URL(request.url).pathname);
    const filingPath = `/v1/filings/${encodeURIComponent(filing.id)}`;
    expect(paths.indexOf(`${filingPath}/audit`)).toBeGreaterThan(paths.indexOf(filingPath));
  });
});
