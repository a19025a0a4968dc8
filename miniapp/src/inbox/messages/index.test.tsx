// The inbox opens what each message is about: a filing's message its filing, a claim's message
// its claim (not a filing detail with the claim's id), on the pages the app declares.
import { fireEvent, render, screen } from '@testing-library/react';
import { MESSAGE_PAGES, type InboxMessage } from '@yidi/shared';
import { taroDouble } from '../../../test/mocks/taro';
import { zh } from '../../i18n/zh';
import MessagesPage from './index';

const message = (overrides: Partial<InboxMessage>): InboxMessage => ({
  id: 'm1',
  subject: { kind: 'FILING', id: 'p1_f1' },
  kind: 'REVIEW_APPROVED',
  title: '备案已通过',
  body: '您的异地就医备案已通过。',
  createdAt: '2027-03-01T02:00:00.000Z',
  delivery: 'SENT',
  ...overrides,
});

interface AppPages {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
}

beforeEach(() => taroDouble.reset());

it("opens a filing's message on the filing and a claim's message on the claim", async () => {
  taroDouble.setParams({ personId: 'p1' });
  taroDouble.respondWith(() => ({
    statusCode: 200,
    data: [
      message({ id: 'm2', kind: 'CLAIM_RECEIVED', subject: { kind: 'CLAIM', id: 'p1_c1' } }),
      message({}),
    ],
  }));
  render(<MessagesPage />);
  fireEvent.click(await screen.findByRole('button', { name: zh.messages.open.CLAIM }));
  fireEvent.click(screen.getByRole('button', { name: zh.messages.open.FILING }));
  expect(taroDouble.navigations).toEqual([
    { kind: 'navigateTo', url: '/claims/detail/index?id=p1_c1' },
    { kind: 'navigateTo', url: '/filing/detail/index?id=p1_f1' },
  ]);
});

it('links messages only to pages the app declares', () => {
  // app.config.ts calls the build's global defineAppConfig, which is the config itself.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const appConfig = (require('../../app.config') as { default: AppPages }).default;
  const declared = [
    ...appConfig.pages,
    ...appConfig.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
  ];
  expect(declared).toEqual(expect.arrayContaining(Object.values(MESSAGE_PAGES)));
});
