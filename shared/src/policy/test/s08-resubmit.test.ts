import { decideActions } from '../actions';
import { resubmitBlocked } from '../resubmit';
import { AH, HA, filing } from './fixtures';
import type { FilingState } from '../types';

function filingIn(status: FilingState['status']): FilingState {
  return filing(AH, { status });
}

describe('§8 resubmitting a returned application', () => {
  it('AH-12-2 (第十二条): a RETURNED filing may be sent back once fixed', () => {
    expect(resubmitBlocked(AH, filingIn('RETURNED'), '2026-03-10')).toBeNull();
  });

  it.each(['PENDING_REVIEW', 'ACTIVE', 'CANCELLED'] as const)(
    'AH-12-2: a %s filing cannot be resubmitted, and the refusal names the rule',
    (status) => {
      expect(resubmitBlocked(AH, filingIn(status), '2026-03-10')).toMatchObject({
        code: 'FILING_NOT_ACTIVE',
        rule: 'AH-12-2',
      });
    },
  );

  it('HA-6: 淮安 names its own review rule', () => {
    expect(resubmitBlocked(HA, filingIn('ACTIVE'), '2026-03-10')?.rule).toBe('HA-6');
  });
});

describe('decideActions carries resubmit', () => {
  it('AH-12-2: allowed only on a returned filing', () => {
    expect(decideActions(AH, filingIn('RETURNED'), '2026-03-10').resubmit).toEqual({
      allowed: true,
    });
    expect(decideActions(AH, filingIn('ACTIVE'), '2026-03-10').resubmit).toMatchObject({
      allowed: false,
      rule: 'AH-12-2',
    });
  });
});
