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
});
