import { filingEventName } from './filingEventName';

describe('filingEventName: a stored event as the 办理记录 names it', () => {
  it.each([
    ['REVIEWED', 'ACTIVE', 'APPROVED'],
    ['REVIEWED', 'RETURNED', 'RETURNED'],
    ['REVIEWED', 'REJECTED', 'REJECTED'],
    ['SWEPT', 'EXPIRED', 'EXPIRED'],
    ['SWEPT', 'TERMINATED', 'TERMINATED'],
    ['ENDED', 'TERMINATED', 'TERMINATED'],
    ['FILED', 'PENDING_REVIEW', 'FILED'],
    ['CHANGED', 'ACTIVE', 'CHANGED'],
    ['DEADLINE_MOVED', 'ACTIVE', 'DEADLINE_MOVED'],
  ] as const)('%s to %s reads %s', (event, status, named) => {
    expect(filingEventName({ event, status })).toBe(named);
  });
});
