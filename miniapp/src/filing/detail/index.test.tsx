import { fireEvent, render, screen } from '@testing-library/react';
import { CHANGE_REASON_LABELS, FILING_STATUS_LABELS, type Filing } from '@yidi/shared';
import type { FilingVersion } from '../../api/types';
import { filingFixture, filingVersionFixture } from '../../../test/fixtures/filing';
import { taroDouble, type ScriptedResponse } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import FilingDetailPage from './index';

const ME = { user: { id: 'u1', roles: ['INSURED'], regions: [] }, persons: [] };

type HistoryAnswer = ScriptedResponse | Error | Promise<ScriptedResponse | Error>;

/** The page over a scripted API; `history` answers GET …/audit (default: no versions). */
function showFiling(filing: Filing, history: () => HistoryAnswer = () => ok([])) {
  taroDouble.setParams({ id: filing.id });
  taroDouble.respondWith((request) => {
    if (request.url.endsWith('/audit')) return history();
    return { statusCode: 200, data: request.url.endsWith('/me') ? ME : filing };
  });
  render(<FilingDetailPage />);
}

function ok(versions: FilingVersion[]): ScriptedResponse {
  return { statusCode: 200, data: versions };
}

const VERSIONS = [
  filingVersionFixture(),
  filingVersionFixture({
    version: 2,
    event: 'REVIEWED',
    filingEvent: 'APPROVED',
    at: '2026-11-02T17:30:00Z',
    actor: { userId: 'r1', kind: 'REVIEWER' },
    fromVersion: 1,
    fromStatus: 'PENDING_REVIEW',
    toStatus: 'ACTIVE',
  }),
  filingVersionFixture({
    version: 3,
    event: 'CHANGED',
    filingEvent: 'CHANGED',
    at: '2026-12-01T09:00:00+08:00',
    actor: { userId: 'a1', kind: 'AGENT' },
    fromVersion: 2,
    fromStatus: 'ACTIVE',
    toStatus: 'ACTIVE',
    note: 'RELOCATED',
    changeReason: 'RELOCATED',
    destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
  }),
];

const historyLines = () => screen.queryAllByTestId('history-entry').map((line) => line.textContent);

const COMMITMENT = {
  signedAt: '2026-11-01T10:00:00+08:00',
  dueDate: '2099-12-31',
  missing: ['RESIDENCE_PERMIT' as const],
  clawback: true,
};

describe('FilingDetailPage', () => {
  it.each([
    ['RETURNED', true],
    ['PENDING_REVIEW', false],
    ['ACTIVE', false],
  ] as const)('offers resubmission when the status is %s: %s', async (status, offered) => {
    showFiling(filingFixture({ status }));
    await screen.findByText(zh.detail.certificateTitle);
    expect(screen.queryByRole('button', { name: zh.detail.resubmit }) !== null).toBe(offered);
  });

  it('opens the resubmission screen for a returned filing', async () => {
    showFiling(
      filingFixture({
        status: 'RETURNED',
        review: {
          dueBy: '2026-11-05',
          notices: [{ docType: 'IDENTITY', problem: '缺少身份证' }],
        },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: zh.detail.resubmit }));
    expect(taroDouble.navigations).toEqual([
      { kind: 'navigateTo', url: '/filing/action/index?id=f1&kind=resubmit' },
    ]);
  });

  it.each([
    [true, true],
    [false, false],
  ])(
    'CC-201: a provisional commitment date (%s) is explained: %s',
    async (dueDateProvisional, explained) => {
      showFiling(
        filingFixture({
          commitment: { ...COMMITMENT, status: 'OPEN', dueDateProvisional },
        }),
      );
      const card = (await screen.findByText(zh.detail.commitmentHeading)).parentElement;
      expect(card?.textContent?.includes(zh.filingCard.provisionalDate)).toBe(explained);
    },
  );

  it.each([
    ['OPEN', `${zh.detail.commitmentMissing}：居住证`, zh.detail.commitmentFulfilled],
    ['FULFILLED', `✓ ${zh.detail.commitmentFulfilled}`, zh.detail.commitmentMissing],
  ] as const)('with a %s commitment shows "%s"', async (status, shown, hidden) => {
    showFiling(filingFixture({ commitment: { ...COMMITMENT, status } }));
    const commitment = await screen.findByText(zh.detail.commitmentHeading);
    const card = commitment.parentElement;
    expect(card?.textContent).toContain(shown);
    expect(card?.textContent).not.toContain(hidden);
  });

  it('shows an open stay as the server words it (住院中，出院前持续有效) and offers the discharge form', async () => {
    showFiling(
      filingFixture({
        admissions: [{ hospitalName: '上海市第六人民医院', admissionDate: '2027-12-10' }],
        inHospital: {
          admissionDate: '2027-12-10',
          hospitalName: '上海市第六人民医院',
          text: '住院中，出院前持续有效',
          rule: 'AH-13-2',
        },
        actions: { ...filingFixture().actions, admission: { allowed: true } },
      }),
    );
    expect(await screen.findByText('住院中，出院前持续有效')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: zh.detail.admission }));
    expect(taroDouble.navigations).toEqual([
      { kind: 'navigateTo', url: '/filing/action/index?id=f1&kind=admission' },
    ]);
  });

  it('PZH-4-4: shows the phone filing advice with a call button', async () => {
    const text =
      '没有到联网医院就医，或在联网医院就医但没有直接结算的，请拨打0812-12333办理备案（其它备案）。';
    showFiling(
      filingFixture({
        phoneFiling: {
          phone: '0812-12333',
          name: '其它备案',
          text,
          rule: 'PZH-4-4',
          clause: '四（四）',
        },
      }),
    );
    expect(await screen.findByText(text)).toBeTruthy();
    expect(
      screen.getByRole('button', { name: zh.detail.phoneFilingCall('0812-12333') }),
    ).toBeTruthy();
  });

  it('shows a pending extension request with its reason', async () => {
    showFiling(
      filingFixture({
        extensionRequest: { reason: '床位紧张未能入院', requestedOn: '2027-01-10' },
      }),
    );
    const reason = await screen.findByText(zh.detail.extensionReason('床位紧张未能入院'));
    expect(reason.parentElement?.textContent).toContain('等待医保经办机构审批');
  });

  describe('办理记录 (its own request, GET /v1/filings/{id}/audit)', () => {
    it('reads the versions after the filing and shows each in brief, oldest first', async () => {
      showFiling(filingFixture(), () => ok(VERSIONS));
      expect(await screen.findAllByTestId('history-entry')).toHaveLength(3);
      const { events, historyActors } = zh.detail;
      const status = FILING_STATUS_LABELS;
      expect(historyLines()).toEqual([
        `2026年11月1日 · ${events.FILED} · ${status.PENDING_REVIEW} · 浙江省杭州市 · ${historyActors.SELF}`,
        // 17:30 UTC is the next morning in China; a review shows what came of it.
        `2026年11月3日 · ${events.APPROVED} · ${status.ACTIVE} · 浙江省杭州市 · ${historyActors.REVIEWER}`,
        `2026年12月1日 · ${events.CHANGED} · ${status.ACTIVE} · 上海市 · ${CHANGE_REASON_LABELS.RELOCATED} · ${historyActors.AGENT}`,
      ]);
      const paths = taroDouble.requests.map((request) => new URL(request.url).pathname);
      expect(paths.indexOf('/v1/filings/f1/audit')).toBeGreaterThan(
        paths.indexOf('/v1/filings/f1'),
      );
    });

    it('says so while it loads, and the rest of the page does not wait for it', async () => {
      let answer: (response: ScriptedResponse) => void = () => undefined;
      showFiling(
        filingFixture(),
        () => new Promise<ScriptedResponse>((resolve) => (answer = resolve)),
      );
      expect(await screen.findByText(zh.detail.historyLoading)).toBeTruthy();
      expect(screen.getByText(zh.detail.certificateTitle)).toBeTruthy();
      expect(screen.getByRole('button', { name: zh.detail.cancel })).toBeTruthy();
      answer(ok(VERSIONS));
      expect(await screen.findAllByTestId('history-entry')).toHaveLength(3);
      expect(screen.queryByText(zh.detail.historyLoading)).toBeNull();
    });

    it('says in Chinese that it failed, keeps the page, and reads it again on retry', async () => {
      let fail = true;
      showFiling(filingFixture(), () => (fail ? new Error('offline') : ok(VERSIONS)));
      expect(await screen.findByText(`⚠ ${zh.detail.historyFailed}`)).toBeTruthy();
      expect(screen.getByText(zh.common.networkError)).toBeTruthy();
      expect(screen.getByText(zh.detail.certificateTitle)).toBeTruthy();
      expect(screen.getByRole('button', { name: zh.detail.cancel })).toBeTruthy();
      expect(historyLines()).toEqual([]);

      fail = false;
      fireEvent.click(screen.getByRole('button', { name: zh.detail.historyRetry }));
      expect(await screen.findAllByTestId('history-entry')).toHaveLength(3);
      expect(screen.queryByText(`⚠ ${zh.detail.historyFailed}`)).toBeNull();
    });

    it("shows the server's refusal when the read is refused", async () => {
      showFiling(filingFixture(), () => ({
        statusCode: 404,
        data: { error: { code: 'NOT_FOUND', message: '没有找到这份备案。' } },
      }));
      expect(await screen.findByText(`⚠ ${zh.detail.historyFailed}`)).toBeTruthy();
      expect(screen.getByText('没有找到这份备案。')).toBeTruthy();
    });
  });
});
