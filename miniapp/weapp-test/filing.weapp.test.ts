// Acceptance (issue 12): on weapp, a 异地安置退休 filing signed with a commitment and a 阳江
// long-term-resident filing with an uploaded residence permit, both made through the app's
// screens, are accepted by the server (201, PENDING_REVIEW) with the wizard's answers.
import { addDays, chinaDateOf, type Filing } from '@yidi/shared';
import { listFilings, type Session } from '../e2e/support/api';
import { loggedInUser } from './support/app';
import {
  addSelf,
  chooseDestination,
  next,
  reopenHome,
  startTodayWithContact,
  tapInOrder,
} from './support/flows';
import type { WeappRuntime } from './support/runtime';

const HEFEI = '340100';
const personOf: { retired?: { session: Session; personId: string } } = {};
const YANGJIANG = '441700';

function filingRequest(runtime: WeappRuntime) {
  return runtime.state.requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/filings'));
}

describe('异地安置退休 with a signed commitment (合肥, AH-10/AH-11)', () => {
  let runtime: WeappRuntime;
  afterAll(() => runtime?.close());

  it('files through the wizard, the form, the signature pad and the summary', async () => {
    const user = await loggedInUser('weapp-retired');
    runtime = user.runtime;
    const personId = await addSelf(user.session, { name: '张桂兰', region: HEFEI });
    await reopenHome(runtime);
    await tapInOrder(runtime, [`person-${personId}-new-filing`]);
    await runtime.page('filing/wizard/index');
    await tapInOrder(runtime, [
      'wizard-emergency-no',
      'wizard-referred-no',
      'wizard-retiredSettled-yes',
    ]);
    await runtime.waitForId('wizard-result');
    expect(runtime.currentPage!.text()).toContain('异地安置退休');
    await tapInOrder(runtime, ['wizard-start-filing']);
    await runtime.page('filing/new/index');

    await chooseDestination(runtime, '330000', '330100');
    await next(runtime);
    await startTodayWithContact(runtime, '杭州市西湖区文三路100号');
    await next(runtime);

    await tapInOrder(runtime, [
      'filing-proof-kind-COMMITMENT',
      'commitment-missing-HOUSEHOLD_REGISTER',
    ]);
    const canvas = await runtime.waitForId('signature-canvas');
    const page = runtime.currentPage!;
    page.drawLine(canvas, [20, 40], [200, 120]);
    page.drawLine(canvas, [40, 150], [260, 60]);
    await runtime.settle();
    const node = page.canvases.get('signature-canvas');
    expect(node).toBeDefined();
    // Sized for the pixel ratio (3 here), the context scaled once, strokes drawn.
    expect(node!.width).toBe(343 * 3);
    expect(node!.recorded!.calls.filter((c) => c.op === 'scale')).toEqual([
      { op: 'scale', args: [3, 3] },
    ]);
    expect(node!.recorded!.inkedPixels()).toBeGreaterThan(100);
    // One SelectorQuery for the whole signature, not one per touchmove.
    expect(node!.getContextCalls).toBe(1);

    await tapInOrder(runtime, ['signature-confirm']);
    await runtime.waitForId('signature-saved');
    await next(runtime);
    await runtime.waitForId('filing-review');
    await tapInOrder(runtime, ['filing-submit']);
    await runtime.settle();
    if (process.env.DEBUG_WEAPP)
      console.log(
        JSON.stringify(filingRequest(runtime)),
        runtime.state.requests.map((r) => r.url),
      );
    await runtime.page('filing/detail/index');
    await runtime.waitForId('certificate-status');

    const request = filingRequest(runtime);
    expect(request).toMatchObject({
      status: 201,
      requestBody: {
        category: 'RETIRED_RESETTLED',
        facts: { retired: true, hukouMoved: true },
        proof: { kind: 'COMMITMENT', missing: ['HOUSEHOLD_REGISTER'] },
      },
    });
    const [filing] = await listFilings(user.session, personId);
    expect(filing).toMatchObject<Partial<Filing>>({
      category: 'RETIRED_RESETTLED',
      status: 'PENDING_REVIEW',
    });
    expect(filing!.commitment).toMatchObject({ missing: ['HOUSEHOLD_REGISTER'] });
    const upload = runtime.state.requests.find((r) => r.method === 'UPLOAD');
    expect(upload?.status).toBeLessThan(300);
    runtime.assertClean();
    personOf.retired = { session: user.session, personId };
  });

  it('supplements the household register later, which fulfils the commitment (AH-11)', async () => {
    const { session, personId } = personOf.retired!;
    await tapInOrder(runtime, ['action-supplement']);
    await runtime.page('filing/action/index');
    runtime.pick('sample.png');
    await tapInOrder(runtime, ['upload-HOUSEHOLD_REGISTER-choose']);
    await runtime.waitForId('upload-HOUSEHOLD_REGISTER-done');
    await tapInOrder(runtime, ['action-submit']);
    await runtime.page('filing/detail/index');
    const [filing] = await listFilings(session, personId);
    expect(filing!.commitment).toMatchObject({ status: 'FULFILLED' });
    runtime.assertClean();
  });
});

describe('阳江 long-term resident with a residence permit (YJ-5 six months, YJ-9)', () => {
  let runtime: WeappRuntime;
  afterAll(() => runtime?.close());

  it('files with the stay answered in the wizard and the permit uploaded', async () => {
    const user = await loggedInUser('weapp-yangjiang');
    runtime = user.runtime;
    const personId = await addSelf(user.session, {
      name: '陈志强',
      region: YANGJIANG,
      gender: 'MALE',
    });
    await reopenHome(runtime);
    await tapInOrder(runtime, [`person-${personId}-new-filing`]);
    await runtime.page('filing/wizard/index');
    await tapInOrder(runtime, [
      'wizard-emergency-no',
      'wizard-referred-no',
      'wizard-retiredSettled-no',
      'wizard-posted-NONE',
      'wizard-residence-12',
    ]);
    await runtime.waitForId('wizard-result');
    await tapInOrder(runtime, ['wizard-start-filing']);
    await runtime.page('filing/new/index');

    await chooseDestination(runtime, '440000', '440100');
    await next(runtime);
    await startTodayWithContact(runtime, '广州市天河区体育西路2号');
    const proofEnd = addDays(chinaDateOf(new Date()), 365);
    runtime.currentPage!.change('filing-proof-end-date', proofEnd);
    await runtime.settle();
    await next(runtime);

    runtime.pick('sample.jpg');
    await tapInOrder(runtime, ['upload-RESIDENCE_PERMIT-choose']);
    await runtime.waitForId('upload-RESIDENCE_PERMIT-done');
    await next(runtime);
    await tapInOrder(runtime, ['filing-submit']);
    await runtime.settle();
    if (process.env.DEBUG_WEAPP)
      console.log(
        JSON.stringify(filingRequest(runtime)),
        runtime.state.requests.map((r) => r.url),
      );
    await runtime.page('filing/detail/index');
    await runtime.waitForId('certificate-status');

    // Submitting asked for subscribe messages on the tap, and the grants reached the server.
    expect(runtime.state.subscribeRequests).toHaveLength(1);
    expect(runtime.state.subscribeRequests[0]).toContain('weapp-test-review');
    expect(
      runtime.state.requests.find((r) => r.url.endsWith('/me/subscriptions'))?.status,
    ).toBeLessThan(300);
    expect(filingRequest(runtime)).toMatchObject({
      status: 201,
      requestBody: {
        category: 'LONG_TERM_RESIDENT',
        facts: { residenceMonths: 12 },
        proofEndDate: proofEnd,
      },
    });
    const [filing] = await listFilings(user.session, personId);
    expect(filing).toMatchObject({ category: 'LONG_TERM_RESIDENT', status: 'PENDING_REVIEW' });
    runtime.assertClean();
  });
});
