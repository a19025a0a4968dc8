// Actions on an approved long-term registration on weapp: the change refused by the 6-month lock
// shows its rule and date (AH-14-1); after the lock (the server's clock moved with X-Clock, which
// the local/test stages honour) the change goes through; cancellation with a reason (AH-14-2).
import { addMonths, chineseDate, type Filing } from '@yidi/shared';
import { getFiling } from '../e2e/support/api';
import { insuredWithActiveFiling } from '../e2e/support/filings';
import type { InsuredUser } from '../e2e/support/people';
import { openAs } from './support/app';
import { chooseDestination, tapInOrder } from './support/flows';
import type { WeappRuntime } from './support/runtime';

const HEFEI = '340100';

describe('a change on weapp: locked, then allowed after the lock', () => {
  let runtime: WeappRuntime;
  let insured: InsuredUser;
  let filing: Filing;
  beforeAll(async () => {
    ({ insured, filing } = await insuredWithActiveFiling('weapp_locked', {
      name: '刘德明',
      region: HEFEI,
    }));
  });
  afterEach(() => {
    runtime?.assertClean();
    runtime?.close();
  });

  it('shows the greyed change with the reason, rule AH-14-1 and the date it lifts', async () => {
    const change = filing.actions.change;
    if (change.allowed || !change.until) throw new Error('set-up: change should be locked');
    ({ runtime } = await openAs(insured.session.token, '/pages/index/index'));
    await tapInOrder(runtime, [`filing-${filing.id}-open`]);
    await runtime.page('filing/detail/index');
    const refusal = await runtime.waitForId('action-change-refusal');
    const page = runtime.currentPage!;
    const shown = page.text();
    expect(shown).toContain('AH-14-1');
    expect(shown).toContain(`${chineseDate(change.until)}起可以办理`);
    expect(refusal).toBeDefined();
    // The greyed button goes nowhere.
    page.tap('action-change');
    await runtime.settle();
    expect(runtime.currentPage!.route).toBe('filing/detail/index');
  });

  it('after the lock, changes the destination', async () => {
    const change = filing.actions.change;
    if (change.allowed || !change.until) throw new Error('set-up: change should be locked');
    ({ runtime } = await openAs(insured.session.token, `/filing/detail/index?id=${filing.id}`));
    runtime.setServerClock(addMonths(change.until, 1));
    // Reopened under the later clock: the server now allows it.
    runtime.navigate('reLaunch', `/filing/detail/index?id=${filing.id}`);
    await runtime.waitForId('action-change');
    await runtime.waitFor(
      () =>
        !runtime.currentPage!.byId('action-change-refusal') &&
        runtime.currentPage!.byId('action-change'),
    );
    await tapInOrder(runtime, ['action-change']);
    await runtime.page('filing/action/index');
    await tapInOrder(runtime, ['change-reason-OTHER']);
    await chooseDestination(runtime, '320000', '320100');
    await tapInOrder(runtime, ['action-submit']);
    await runtime.page('filing/detail/index');
    await runtime.waitFor(
      () =>
        runtime.currentPage!.byId('certificate-destination') &&
        runtime.currentPage!.text().includes('南京'),
    );
    const changed = await getFiling(insured.session, filing.id);
    expect(changed).toMatchObject({ version: filing.version + 1, destination: { code: '320100' } });
    filing = changed;
  });
});

describe('cancellation on weapp', () => {
  let runtime: WeappRuntime;
  afterAll(() => {
    runtime?.assertClean();
    runtime?.close();
  });

  it('cancels from the detail page with a reason', async () => {
    const { insured, filing } = await insuredWithActiveFiling('weapp_cancel', {
      name: '周玉梅',
      region: HEFEI,
    });
    ({ runtime } = await openAs(insured.session.token, `/filing/detail/index?id=${filing.id}`));
    await tapInOrder(runtime, ['action-cancel']);
    await runtime.page('filing/action/index');
    const page = runtime.currentPage!;
    await runtime.waitForId('cancel-reason');
    page.input('cancel-reason', '已经回参保地居住');
    await tapInOrder(runtime, ['cancel-in-hospital-no', 'action-submit']);
    await runtime.page('filing/detail/index');
    await runtime.waitFor(
      () =>
        runtime.currentPage!.byId('certificate-status') &&
        runtime.currentPage!.text().includes('已取消'),
    );
    await expect(getFiling(insured.session, filing.id)).resolves.toMatchObject({
      status: 'CANCELLED',
      version: filing.version + 1,
    });
  });
});
