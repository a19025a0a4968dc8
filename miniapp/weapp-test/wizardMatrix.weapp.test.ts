// The wizard into each category it can reach, in each of the five regions where the category is
// offered: the answers given on weapp reach the server with the filing, and the server's
// eligibility check (STRICT: it refuses a missing fact) passes. The proof is left out on
// purpose, so the server answers with what comes after eligibility (MATERIALS_INCOMPLETE, or the
// filing itself) — never NOT_ELIGIBLE. Full filings with proof are in filing/extension/family.
import { randomInt } from 'node:crypto';
import { generateIdNumber, policyForRegion, publicPolicyView, type Category } from '@yidi/shared';
import { loggedInUser } from './support/app';
import {
  addSelf,
  chooseDestination,
  next,
  reopenHome,
  startTodayWithContact,
  tapInOrder,
} from './support/flows';

const REGIONS = {
  合肥: '340100',
  蚌埠: '340300',
  淮安: '320800',
  攀枝花: '510400',
  阳江: '441700',
};

/** The wizard's taps to each category (minimums from the region's public policy). */
const PATHS: Record<string, string[]> = {
  RETIRED_RESETTLED: ['wizard-emergency-no', 'wizard-referred-no', 'wizard-retiredSettled-yes'],
  STATIONED_WORKER: [
    'wizard-emergency-no',
    'wizard-referred-no',
    'wizard-retiredSettled-no',
    'wizard-posted-WORKER',
  ],
  LONG_TERM_RESIDENT: [
    'wizard-emergency-no',
    'wizard-referred-no',
    'wizard-retiredSettled-no',
    'wizard-posted-NONE',
    'wizard-residence-24',
  ],
  OTHER_TEMPORARY: [
    'wizard-emergency-no',
    'wizard-referred-no',
    'wizard-retiredSettled-no',
    'wizard-posted-NONE',
    'wizard-residence-0',
  ],
};

const cases = Object.entries(REGIONS).flatMap(([name, code]) => {
  const policy = publicPolicyView(policyForRegion(code)!);
  return Object.keys(PATHS)
    .filter((category) => policy.categories.find((c) => c.category === category)?.allowed.value)
    .map((category) => ({ name, code, category: category as Category }));
});

describe('the wizard into each offered category, answers reaching the server', () => {
  it.each(cases)('$name $category', async ({ code, category }) => {
    const { runtime, session } = await loggedInUser(`weapp-matrix-${code}`);
    try {
      // Born 1955: old enough for every retirement-age rule (PZH-1 LONG_TERM_RESIDENT).
      const personId = await addSelf(session, {
        name: '测试人',
        region: code,
        idNumber: generateIdNumber({
          regionCode: `${code.slice(0, 4)}02`,
          birthDate: '1955-03-08',
          sequence: randomInt(0, 500),
          gender: 'MALE',
        }),
      });
      await reopenHome(runtime);
      await tapInOrder(runtime, [`person-${personId}-new-filing`]);
      await runtime.page('filing/wizard/index');
      await tapInOrder(runtime, PATHS[category]!);
      if (runtime.currentPage!.byId('wizard-work-enough'))
        await tapInOrder(runtime, ['wizard-work-enough']);
      await runtime.waitForId('wizard-result');
      await tapInOrder(runtime, ['wizard-start-filing']);
      await runtime.page('filing/new/index');
      await chooseDestination(runtime, '330000', '330100');
      await next(runtime);
      await startTodayWithContact(runtime, '杭州市西湖区文三路100号');
      await next(runtime);
      await next(runtime);
      await tapInOrder(runtime, ['filing-submit']);
      const sent = await runtime.waitFor(() =>
        runtime.state.requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/filings')),
      );
      expect(sent.requestBody).toMatchObject({ category });
      // 201, or a 409 from a rule the engine checks after eligibility; a 422 would mean the body
      // never reached the engine, so it does not count.
      expect([201, 409]).toContain(sent.status);
      const answer = sent.responseBody as { error?: { code: string; message: string } };
      expect(answer.error?.code).not.toBe('NOT_ELIGIBLE');
      if (category === 'RETIRED_RESETTLED') {
        expect(sent.requestBody).toMatchObject({ facts: { retired: true, hukouMoved: true } });
      }
      runtime.assertClean();
    } finally {
      runtime.close();
    }
  });
});
