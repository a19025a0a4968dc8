import { decideActions } from '../actions';
import { decideCancel } from '../cancel';
import type { CancelRequest, FilingState } from '../types';
import { POLICIES, filing, refusalOf, valueOf, type PolicyId } from './fixtures';

const ANCHOR = '2026-08-31';
type Row = [
  string,
  PolicyId,
  Partial<FilingState>,
  CancelRequest,
  string,
  string | { code: string; rule: string; until?: string },
];

describe('§6 cancellation', () => {
  const rows: Row[] = [
    [
      'HA-9: long-term cannot be cancelled within 3 months, until 2026-12-01',
      'HA',
      {},
      {},
      '2026-11-30',
      { code: 'CANCEL_LOCKED', rule: 'HA-9', until: '2026-12-01' },
    ],
    [
      'HA-9: after 3 months an online cancellation completes the next working day',
      'HA',
      {},
      {},
      '2026-12-01',
      '2026-12-02',
    ],
    [
      'HA-9: an emergency is an exception to the lock',
      'HA',
      {},
      { emergency: true },
      '2026-09-30',
      '2026-10-08',
    ],
    [
      'HA-9: a hospital admission is an exception to the lock',
      'HA',
      {},
      { inHospital: true },
      '2026-09-02',
      '2026-09-03',
    ],
    [
      'HA-9: a referral is not locked',
      'HA',
      { category: 'REFERRAL', class: 'TEMPORARY', validUntil: '2027-08-31' },
      {},
      '2026-09-01',
      '2026-09-02',
    ],
    [
      'HA-9: an application still under review can be withdrawn at once',
      'HA',
      { status: 'PENDING_REVIEW' },
      {},
      '2026-09-01',
      '2026-09-01',
    ],
    [
      'HA-9: a cancelled registration cannot be cancelled again',
      'HA',
      { status: 'CANCELLED' },
      {},
      '2026-12-01',
      { code: 'FILING_NOT_ACTIVE', rule: 'HA-9' },
    ],
    [
      'AH-13-1: Anhui allows cancellation at any time, effective the same day',
      'AH',
      {},
      {},
      '2026-09-01',
      '2026-09-01',
    ],
    [
      'PZH-4-1-2: 攀枝花 allows cancellation on return at any time',
      'PZH',
      {},
      {},
      '2026-09-01',
      '2026-09-01',
    ],
    ['YJ-9: 阳江 allows cancellation at any time', 'YJ', {}, {}, '2026-09-01', '2026-09-01'],
  ];
  it.each(rows)('%s', (_name, id, overrides, cancel, today, expected) => {
    const policy = POLICIES[id];
    const state = filing(policy, {
      filedOn: ANCHOR,
      validFrom: ANCHOR,
      lockAnchor: ANCHOR,
      validUntil: '2028-08-31',
      ...overrides,
    });
    const decision = decideCancel(policy, state, cancel, today);
    if (typeof expected === 'string') expect(valueOf(decision).effectiveOn).toBe(expected);
    else expect(refusalOf(decision)).toMatchObject(expected);
  });

  it('HA-9: the refusal names the exceptions and the date', () => {
    const policy = POLICIES.HA;
    const state = filing(policy, { lockAnchor: ANCHOR, validUntil: '2028-08-31' });
    const action = decideActions(policy, state, '2026-10-01').cancel;
    expect(action).toMatchObject({ allowed: false, code: 'CANCEL_LOCKED', until: '2026-12-01' });
    if (!action.allowed) {
      expect(action.message).toBe(
        '长期驻外备案后3个月内不能取消（急诊、住院除外），2026年12月1日起可以办理。依据：《淮安市异地就医经办程序细则》（淮医保发〔2020〕34号）第九条',
      );
    }
  });
});
