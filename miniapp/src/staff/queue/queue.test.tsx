// The staff queue one page at a time: the first page and “加载更多”, which sends the server's
// nextCursor back and appends that page; on the last page the button gives way to “已全部加载”.
import { fireEvent, render, screen } from '@testing-library/react';
import { filingFixture } from '../../../test/fixtures/filing';
import { taroDouble } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import ReviewQueuePage from './index';

const ME = { user: { id: 'r1', roles: ['REVIEWER'], regions: ['340300'] }, persons: [] };
const first = filingFixture({
  id: 'p1_f1',
  number: 'N-FIRST',
  review: { dueBy: '2027-01-04', notices: [] },
});
const second = filingFixture({
  id: 'p2_f2',
  number: 'N-SECOND',
  review: { dueBy: '2027-01-05', notices: [] },
});

it('appends the next page with the cursor it was given, until the last', async () => {
  taroDouble.setParams({ limit: '1' });
  taroDouble.respondWith((request) => {
    if (request.url.endsWith('/me')) return { statusCode: 200, data: ME };
    const url = new URL(request.url);
    return url.searchParams.get('cursor') === 'c-1'
      ? { statusCode: 200, data: { items: [second] } }
      : { statusCode: 200, data: { items: [first], nextCursor: 'c-1' } };
  });
  render(<ReviewQueuePage />);
  await screen.findByText(/N-FIRST/);
  expect(screen.queryByText(/N-SECOND/)).toBeNull();
  const queueCall = taroDouble.requests.find((request) => request.url.includes('/review/queue'));
  expect(new URL(queueCall!.url).searchParams.get('limit')).toBe('1');

  fireEvent.click(screen.getByRole('button', { name: zh.staff.loadMore }));
  await screen.findByText(/N-SECOND/);
  expect(screen.getAllByTestId('queue-item')).toHaveLength(2);
  expect(screen.getByText(zh.staff.allLoaded)).toBeTruthy();
  expect(screen.queryByRole('button', { name: zh.staff.loadMore })).toBeNull();
});
