import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroDouble } from '../../../test/mocks/taro';
import { saveToken } from '../../api/tokenStore';
import { zh } from '../../i18n/zh';
import HomePage from './index';

const ME = {
  user: { id: 'u1', roles: ['INSURED'], regions: [] },
  persons: [
    {
      id: 'p1',
      name: '张桂兰',
      idNumberMasked: '3403**********1234',
      gender: 'FEMALE',
      birthDate: '1950-03-01',
      insuranceType: 'RESIDENT',
      insuredRegion: '340300',
      relationship: 'PARENT',
      authorization: 'PENDING',
    },
  ],
};

describe('HomePage', () => {
  it('sends a visitor without a token to the login page', async () => {
    render(<HomePage />);
    await waitFor(() =>
      expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/pages/login/index' }]),
    );
    expect(taroDouble.requests).toEqual([]);
  });

  it('shows loading, then the persons from GET /me', async () => {
    saveToken('token-1');
    taroDouble.respondWith(() => ({ statusCode: 200, data: ME }));
    render(<HomePage />);

    expect(screen.getByText(zh.common.loading)).toBeTruthy();
    expect(await screen.findByText('张桂兰')).toBeTruthy();
    expect(screen.getByText(`${zh.home.relationshipLabel}：父母`)).toBeTruthy();
    expect(screen.getByText(`${zh.home.insuranceTypeLabel}：城乡居民医保`)).toBeTruthy();
    expect(screen.getByText(zh.home.authorizationPending)).toBeTruthy();
    expect(screen.queryByText(zh.common.loading)).toBeNull();
    expect(screen.queryByRole('button', { name: zh.home.staffQueueButton })).toBeNull();
    expect(taroDouble.requests[0]?.url).toBe('http://localhost:3000/v1/me');
  });

  it('shows a Chinese error with a retry that loads again', async () => {
    saveToken('token-1');
    taroDouble.respondWith(() => new Error('request:fail'));
    render(<HomePage />);

    expect(await screen.findByText(zh.common.networkError)).toBeTruthy();
    taroDouble.respondWith(() => ({
      statusCode: 200,
      data: { ...ME, user: { ...ME.user, roles: ['REVIEWER'] } },
    }));
    fireEvent.click(screen.getByRole('button', { name: zh.common.retry }));

    expect(await screen.findByText('张桂兰')).toBeTruthy();
    expect(screen.getByRole('button', { name: zh.home.staffQueueButton })).toBeTruthy();
  });

  it('offers the staff queue to an ADMIN too: the server reviews with REVIEWER or ADMIN', async () => {
    saveToken('token-1');
    taroDouble.respondWith(() => ({
      statusCode: 200,
      data: { ...ME, user: { ...ME.user, roles: ['ADMIN'] } },
    }));
    render(<HomePage />);

    expect(await screen.findByText('张桂兰')).toBeTruthy();
    expect(screen.getByRole('button', { name: zh.home.staffQueueButton })).toBeTruthy();
  });

  it('switches the page to large text and remembers it', () => {
    render(<HomePage />);
    fireEvent.click(screen.getByRole('button', { name: zh.common.largeTextOn }));
    expect(screen.getByRole('button', { name: zh.common.largeTextOff })).toBeTruthy();
    expect(document.querySelector('.page-root.large-text')).not.toBeNull();
    expect(taroDouble.storage.get('yidi.display.largeText')).toBe(true);
  });

  it('shows each registration with status in words and symbol, and the open commitment', async () => {
    saveToken('token-1');
    const person = { ...ME.persons[0], id: 'p9', relationship: 'SELF', authorization: 'ACTIVE' };
    const filing = {
      id: 'f1',
      number: 'BA-1',
      personId: 'p9',
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
      status: 'ACTIVE',
      validFrom: '2026-11-01',
      validUntil: null,
      commitment: {
        status: 'OPEN',
        signedAt: '2026-11-01T10:00:00+08:00',
        dueDate: '2099-12-31',
        missing: ['RESIDENCE_PERMIT'],
        clawback: true,
      },
      review: null,
    };
    taroDouble.respondWith((request) =>
      request.url.endsWith('/me')
        ? { statusCode: 200, data: { ...ME, persons: [person] } }
        : { statusCode: 200, data: [filing] },
    );
    render(<HomePage />);

    const status = await screen.findByTestId('filing-status');
    expect(status.textContent).toBe('✓已生效');
    expect(taroDouble.requests[1]?.url).toBe('http://localhost:3000/v1/filings?personId=p9');
    expect(document.getElementById('filing-f1-commitment')?.textContent).toMatch(
      /请在2099年12月31日前补齐，还剩\d+天/,
    );
  });

  it("lists the user's own card first, whatever order the server used", async () => {
    saveToken('token-1');
    const parent = ME.persons[0];
    const self = { ...parent, id: 'p0', name: '张明', relationship: 'SELF' };
    taroDouble.respondWith(() => ({ statusCode: 200, data: { ...ME, persons: [parent, self] } }));
    render(<HomePage />);

    await screen.findByText('张明');
    expect(screen.getAllByTestId('person-card').map((card) => card.id)).toEqual([
      'person-p0',
      'person-p1',
    ]);
  });
});
