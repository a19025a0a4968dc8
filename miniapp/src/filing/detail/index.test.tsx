import { fireEvent, render, screen } from '@testing-library/react';
import type { Filing } from '@yidi/shared';
import { filingFixture } from '../../../test/fixtures/filing';
import { taroDouble } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import FilingDetailPage from './index';

const ME = { user: { id: 'u1', roles: ['INSURED'], regions: [] }, persons: [] };

function showFiling(filing: Filing) {
  taroDouble.setParams({ id: filing.id });
  taroDouble.respondWith((request) => ({
    statusCode: 200,
    data: request.url.endsWith('/me') ? ME : filing,
  }));
  render(<FilingDetailPage />);
}

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
});
