// A queue row as the API shows it: the store's summary plus `overdue`, which holds only for a
// filing still PENDING_REVIEW whose working-day deadline is before today (due today is on time).
import type { FilingSummary } from '../../store';
import { isOverdue, presentQueueItem } from './reviewQueue';

const summary = (change: Partial<FilingSummary> = {}): FilingSummary => ({
  id: 'p1_f1',
  number: '3403002701040001',
  person: { id: 'p1', name: '王五', idNumberMasked: '3403**********0011' },
  insuredRegion: '340300',
  category: 'LONG_TERM_RESIDENT',
  class: 'LONG_TERM',
  destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
  status: 'PENDING_REVIEW',
  filedOn: '2027-01-04',
  review: { dueBy: '2027-01-06' },
  ...change,
});

describe('isOverdue', () => {
  it.each([
    ['due yesterday, pending', summary(), '2027-01-07', true],
    ['due today, pending', summary(), '2027-01-06', false],
    ['due tomorrow, pending', summary(), '2027-01-05', false],
    ['past the date but decided', summary({ status: 'ACTIVE' }), '2027-02-01', false],
    ['no review deadline', summary({ status: 'RETURNED', review: null }), '2027-02-01', false],
  ] as const)('%s → %s', (_name, filing, today, expected) => {
    expect(isOverdue(filing, today)).toBe(expected);
  });
});

describe('presentQueueItem', () => {
  it('is the summary with its overdue mark, nothing more', () => {
    const filing = summary({ review: { dueBy: '2027-01-06', dueByProvisional: true } });
    expect(presentQueueItem(filing, '2027-01-07')).toEqual({ ...filing, overdue: true });
  });
});
