// The staff queue one page at a time: the first page and “加载更多”, which sends the server's
// nextCursor back and appends that page; on the last page the button gives way to “已全部加载”.
// Each row is a summary: who (name, masked ID), what, where to, by when; “审核” opens the review
// page for that id (which reads the whole filing).
import { fireEvent, render, screen } from '@testing-library/react';
import { queueItemFixture } from '../../../test/fixtures/queueItem';
import { taroDouble } from '../../../test/mocks/taro';
import { readableDate, todayInChina } from '../../format/dates';
import { zh } from '../../i18n/zh';
import ReviewQueuePage from './index';

const ME = { user: { id: 'r1', roles: ['REVIEWER'], regions: ['340300'] }, persons: [] };
const first = queueItemFixture({
  id: 'p1_f1',
  number: 'N-FIRST',
  review: { dueBy: '2027-01-04' },
});
const second = queueItemFixture({
  id: 'p2_f2',
  number: 'N-SECOND',
  person: { id: 'p2', name: '李秀英', idNumberMasked: '3403**********0022' },
  review: { dueBy: '2027-01-05', dueByProvisional: true },
});

beforeEach(() => taroDouble.reset());

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

it('shows each summary’s person, destination and deadline, and opens its review page', async () => {
  const today = todayInChina();
  const overdue = queueItemFixture({ review: { dueBy: '2020-01-06' }, overdue: true });
  const provisional = queueItemFixture({
    id: 'p2_f2',
    number: 'N-PROVISIONAL',
    person: { id: 'p2', name: '李秀英', idNumberMasked: '3403**********0022' },
    destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
    review: { dueBy: today, dueByProvisional: true },
  });
  taroDouble.respondWith((request) =>
    request.url.endsWith('/me')
      ? { statusCode: 200, data: ME }
      : { statusCode: 200, data: { items: [provisional, overdue] } },
  );
  const { container } = render(<ReviewQueuePage />);
  await screen.findByText(/N-PROVISIONAL/);
  const rows = screen.getAllByTestId('queue-item');
  // The earliest deadline first.
  expect(rows.map((row) => row.id)).toEqual(['queue-p1_f1', 'queue-p2_f2']);
  expect(rows[0]!.textContent).toContain('王建国（3403**********0011）');
  expect(rows[0]!.textContent).toContain('浙江省杭州市');
  expect(container.querySelector('#queue-p1_f1-due')!.textContent).toBe(
    `⚠ ${zh.staff.overdue} · ${zh.staff.dueBy(readableDate('2020-01-06'))}`,
  );
  expect(rows[1]!.textContent).toContain('李秀英（3403**********0022）');
  expect(rows[1]!.textContent).toContain('上海市');
  expect(container.querySelector('#queue-p2_f2-due')!.textContent).toBe(
    `！${zh.staff.dueToday} · ${zh.staff.dueBy(readableDate(today))}${zh.staff.dueByProvisional}`,
  );

  fireEvent.click(container.querySelector('#queue-p2_f2-open')!);
  expect(taroDouble.navigations.at(-1)).toEqual({
    kind: 'navigateTo',
    url: '/staff/review/index?id=p2_f2',
  });
});
