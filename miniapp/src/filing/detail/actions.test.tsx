// The detail page shows what `actions` says: a locked action with its reason and date, and
// nothing at all for an action that can never apply to this filing.
import { render, screen } from '@testing-library/react';
import { filingFixture } from '../../../test/fixtures/filing';
import { taroDouble } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import FilingDetailPage from './index';

const ME = { user: { id: 'u1', roles: ['INSURED'], regions: [] }, persons: [] };

it('leaves out the extension and the supplement of a long-term filing and explains the lock', async () => {
  const filing = filingFixture({
    actions: {
      change: {
        allowed: false,
        code: 'CHANGE_LOCKED',
        rule: 'AH-14-1',
        until: '2027-05-22',
        message: '备案生效后6个月内不能变更。',
      },
      cancel: { allowed: true },
      supplement: {
        allowed: false,
        code: 'NOT_APPLICABLE',
        rule: 'AH-14-1',
        message: '没有待补交的承诺。',
        applicable: false,
      },
      extend: {
        allowed: false,
        code: 'NOT_APPLICABLE',
        rule: 'PZH-4-2-2',
        message: '长期备案无需延期。',
        applicable: false,
      },
      resubmit: {
        allowed: false,
        code: 'NOT_APPLICABLE',
        rule: 'AH-12-2',
        message: '备案没有被退回，无需重新提交。',
        applicable: false,
      },
    },
  });
  taroDouble.setParams({ id: filing.id });
  taroDouble.respondWith((request) => ({
    statusCode: 200,
    data: request.url.endsWith('/me') ? ME : request.url.endsWith('/audit') ? [] : filing,
  }));
  render(<FilingDetailPage />);
  await screen.findByText(zh.detail.certificateTitle);

  expect(screen.queryByRole('button', { name: new RegExp(zh.detail.extend) })).toBeNull();
  expect(screen.queryByRole('button', { name: new RegExp(zh.detail.supplement) })).toBeNull();
  expect(screen.getByRole('button', { name: zh.detail.cancel })).toBeTruthy();
  const change = screen.getByRole('button', { name: new RegExp(zh.detail.change) });
  expect(change).toHaveProperty('disabled', true);
  const refusals = screen.getAllByTestId('action-refusal');
  expect(refusals).toHaveLength(1);
  expect(refusals[0]?.textContent).toContain('备案生效后6个月内不能变更。');
  expect(refusals[0]?.textContent).toContain('2027年5月22日');
});
