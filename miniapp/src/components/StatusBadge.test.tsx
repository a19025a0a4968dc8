import { render, screen } from '@testing-library/react';
import { StatusBadge } from './StatusBadge';

describe('StatusBadge', () => {
  // Taro's H5 runtime writes an undefined id out as id="undefined"; the prop must be absent.
  it.each([
    ['without an id', undefined, false],
    ['with an id', 'certificate-status', true],
  ])('passes no id prop %s', (_label, id, expected) => {
    const element = StatusBadge({ status: 'PENDING_REVIEW', ...(id ? { id } : {}) });
    expect('id' in element.props).toBe(expected);
  });

  it('shows the status in words and a plain symbol', () => {
    render(<StatusBadge status="PENDING_REVIEW" />);
    expect(screen.getByTestId('filing-status').textContent).toBe('○审核中');
  });
});
