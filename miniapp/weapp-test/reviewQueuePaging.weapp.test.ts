// The staff queue one page at a time on weapp: opened with `?limit=1`, it shows one filing and
// “加载更多”; each tap appends the next page (the server's nextCursor) until the last, when the
// button gives way to “已全部加载”. Every filing of the region appears once, in due-date order.
import type { Filing } from '@yidi/shared';
import { freshUserName, loginAs, type Session } from '../e2e/support/api';
import { fileLongTermResident } from '../e2e/support/filings';
import { insuredUser } from '../e2e/support/people';
import { openAs } from './support/app';
import type { WeappRuntime } from './support/runtime';

const BENGBU = '340300';

describe('staff queue: 加载更多 appends the next page', () => {
  let reviewer: Session;
  const filed: Filing[] = [];
  let runtime: WeappRuntime | undefined;
  beforeAll(async () => {
    reviewer = await loginAs(freshUserName('weapp_pager'), {
      roles: ['REVIEWER'],
      regions: [BENGBU],
    });
    for (const name of ['钱文静', '周建国']) {
      filed.push(
        await fileLongTermResident(await insuredUser('weapp_paged', { name, region: BENGBU })),
      );
    }
  });
  afterAll(() => runtime?.close());

  it('shows one filing a page and appends each next page until all are loaded', async () => {
    const opened = await openAs(reviewer.token, '/staff/queue/index?limit=1');
    runtime = opened.runtime;
    // One “审核” button per card (ids queue-<filingId>-open).
    const shown = () =>
      runtime!.currentPage!.allByIdPrefix('queue-').filter((node) => node.uid?.endsWith('-open'))
        .length;
    await runtime.waitForId('queue-more');
    expect(shown()).toBe(1);
    let taps = 0;
    while (runtime.currentPage!.byId('queue-more') && taps < 50) {
      const before = shown();
      runtime.currentPage!.tap('queue-more');
      await runtime.settle();
      // DynamoDB may end with an empty page (the previous one was full): only the last tap may
      // add nothing.
      const last = !runtime.currentPage!.byId('queue-more');
      expect(shown() - before).toBe(last ? Math.min(shown() - before, 1) : 1);
      taps += 1;
    }
    await runtime.waitForId('queue-all-loaded');
    for (const filing of filed)
      expect(runtime.currentPage!.byId(`queue-${filing.id}`)).toBeDefined();
    // Each row names its person (the queue's summary carries the name and the masked ID).
    for (const name of ['钱文静', '周建国']) expect(runtime.currentPage!.text()).toContain(name);
    // Each filing once: as many due dates as cards.
    expect(
      runtime.currentPage!.allByIdPrefix('queue-').filter((n) => n.uid?.endsWith('-due')),
    ).toHaveLength(shown());
    runtime.assertClean();
  });
});
